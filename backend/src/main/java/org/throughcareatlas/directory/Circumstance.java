package org.throughcareatlas.directory;

/** A circumstance a service can be restricted to; {@code group}: sentence, gender, age, flag. */
public record Circumstance(String id, String name, String group, String description) {}
