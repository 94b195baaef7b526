/**
 * Editing the directory: agencies, services (with their needs, catchment, eligibility and prisons),
 * locations and contacts, and confirming a service as still accurate. {@link RecordEditing} is the
 * one place these records are written: it checks every field (answering {@link FieldError}s,
 * changing nothing), refuses a change made against an old version of the record ({@link Conflict}:
 * who changed it and when), records the change in the audit trail and publishes {@link
 * org.throughcareatlas.directory.DirectoryChanged} once the transaction has committed. Who may edit
 * what is checked on each method (editors of the agency, administrators).
 */
package org.throughcareatlas.editing;
