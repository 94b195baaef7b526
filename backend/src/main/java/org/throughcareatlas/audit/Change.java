package org.throughcareatlas.audit;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One recorded change of a record.
 *
 * @param entityType the HSDS name of the record's table: service, organization, location, contact,
 *     relationship, problem_report
 * @param action create, update, confirm, end, resolve
 * @param fields each field that changed, with its old and new value as text
 */
public record Change(
    String id,
    OffsetDateTime at,
    String by,
    String entityType,
    String entityId,
    String action,
    List<FieldChange> fields) {

  /** One field's change; a value is null when it was or became empty. */
  public record FieldChange(String field, String oldValue, String newValue) {}
}
