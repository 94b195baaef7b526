package org.throughcareatlas.directory;

/** A council area; {@code code} is its GSS code. */
public record Area(String code, String name, String mainTown, Double latitude, Double longitude) {}
