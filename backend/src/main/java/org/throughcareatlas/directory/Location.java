package org.throughcareatlas.directory;

/** Where a service is delivered; {@code virtual} for phone-only or online. */
public record Location(
    String id,
    String name,
    String address,
    String postcode,
    boolean virtual,
    String areaCode,
    Double latitude,
    Double longitude) {}
