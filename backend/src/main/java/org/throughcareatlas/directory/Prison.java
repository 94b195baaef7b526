package org.throughcareatlas.directory;

/** A prison or community custody unit, with the council area it stands in. */
public record Prison(
    String id,
    String name,
    String holds,
    String notes,
    String areaCode,
    Double latitude,
    Double longitude) {}
