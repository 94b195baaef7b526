package org.throughcareatlas.editing;

import java.util.List;

/**
 * What came of an edit: saved (no errors, no conflict) with the record's new version; or refused
 * with the fields that are wrong; or refused because someone else changed it first.
 */
public record EditResult(String id, int version, List<FieldError> errors, Conflict conflict) {

  public boolean saved() {
    return errors.isEmpty() && conflict == null;
  }

  static EdtBuilder of(String id) {
    return new EdtBuilder(id);
  }

  record EdtBuilder(String id) {
    EditResult saved(int version) {
      return new EditResult(id, version, List.of(), null);
    }

    EditResult invalid(List<FieldError> errors, int version) {
      return new EditResult(id, version, List.copyOf(errors), null);
    }

    EditResult conflict(Conflict conflict) {
      return new EditResult(id, conflict.currentVersion(), List.of(), conflict);
    }
  }
}
