/**
 * Recording working relationships between agencies: add, change and end, with validation. Until
 * sign-in and roles land, {@link RelationshipEditing} refuses every change unless the setting
 * {@code atlas.editing.enabled} is true (see the README).
 */
package org.throughcareatlas.relationships;
