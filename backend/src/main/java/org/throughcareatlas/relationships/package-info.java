/**
 * Recording working relationships between agencies: add, change and end, with validation. Only an
 * editor of the agency a relationship is from, or an administrator, may do so ({@link
 * RelationshipEditing} checks it on each method).
 */
package org.throughcareatlas.relationships;
