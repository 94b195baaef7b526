package org.throughcareatlas.editing;

/** A field that cannot be saved as given, and what is expected instead. */
public record FieldError(String field, String message) {}
