package org.throughcareatlas.relationships;

/** A relationship that cannot be recorded as given: the field and what is wrong. */
public class RelationshipInputException extends RuntimeException {

  private final String field;

  public RelationshipInputException(String field, String problem) {
    super(problem);
    this.field = field;
  }

  /** The input field: type, from, to, since, lastConfirmed, ended, notes, system, or id. */
  public String field() {
    return field;
  }
}
