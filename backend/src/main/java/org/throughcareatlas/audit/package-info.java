/**
 * The audit trail: every change to a record is a {@code (:Change)} node linked to the record by
 * {@code OF}, saying who, when, what was done and each field's old and new value. {@link Audit}
 * records changes, reads a record's history and exports changes in the HSDS {@code metadata} shape.
 */
package org.throughcareatlas.audit;
