package org.throughcareatlas.directory;

import java.time.LocalDate;

/** An organisation (HSDS organization). {@code kind} is an {@link AgencyKind} name. */
public record Agency(
    String id,
    String name,
    String description,
    String kind,
    String website,
    String email,
    String phone,
    LocalDate lastConfirmed) {}
