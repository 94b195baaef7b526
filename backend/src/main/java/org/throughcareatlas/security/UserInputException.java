package org.throughcareatlas.security;

/** A user that cannot be saved as given: the field and what is wrong. */
public class UserInputException extends RuntimeException {

  private final String field;

  public UserInputException(String field, String problem) {
    super(problem);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
