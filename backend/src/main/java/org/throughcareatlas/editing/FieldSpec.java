package org.throughcareatlas.editing;

import java.util.Set;

/** One editable field: its kind, whether it is required, and its limits. */
public record FieldSpec(
    String name,
    String label,
    Kind kind,
    boolean required,
    int max,
    Set<String> choices,
    String relType,
    String targetLabel,
    String targetKey,
    boolean single) {

  /** How a field is stored and checked. */
  public enum Kind {
    TEXT,
    TEXT_LIST,
    CHOICE,
    BOOLEAN,
    AGE,
    DATE,
    EMAIL,
    PHONE,
    URL,
    POSTCODE,
    LATITUDE,
    LONGITUDE,
    /** Relationships to nodes from a list (needs, areas, circumstances, prisons). */
    LINKS
  }

  static FieldSpec of(String name, String label, Kind kind, boolean required) {
    return new FieldSpec(name, label, kind, required, 0, Set.of(), null, null, null, false);
  }

  FieldSpec max(int max) {
    return new FieldSpec(
        name, label, kind, required, max, choices, relType, targetLabel, targetKey, single);
  }

  FieldSpec choices(Set<String> choices) {
    return new FieldSpec(
        name, label, kind, required, max, choices, relType, targetLabel, targetKey, single);
  }

  FieldSpec link(String relType, String targetLabel, String targetKey) {
    return new FieldSpec(
        name, label, kind, required, max, choices, relType, targetLabel, targetKey, single);
  }

  FieldSpec oneOnly() {
    return new FieldSpec(
        name, label, kind, required, max, choices, relType, targetLabel, targetKey, true);
  }

  boolean stored() {
    return kind != Kind.LINKS && kind != Kind.LATITUDE && kind != Kind.LONGITUDE;
  }
}
