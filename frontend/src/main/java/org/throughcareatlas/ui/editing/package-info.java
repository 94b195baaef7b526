/**
 * Editing in the UI: the form for a service, an agency, a location or a contact ({@link
 * RecordDialog}, built from the fields {@code editing.EntityType} defines and checked by the same
 * rules as a save), a record's history, and the list of services that need confirming.
 */
package org.throughcareatlas.ui.editing;
