package org.throughcareatlas.directory;

/** A named role to contact; {@code prisonId} when the contact is for one prison. */
public record Contact(
    String id, String name, String role, String phone, String email, String prisonId) {}
