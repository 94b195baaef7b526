package org.throughcareatlas.hsds;

/** A filter or parameter that cannot be used; the message names it and says what was expected. */
public class HsdsInputException extends RuntimeException {

  private final String parameter;

  public HsdsInputException(String parameter, String message) {
    super(parameter + ": " + message);
    this.parameter = parameter;
  }

  /** The parameter (as the API names it) that was refused. */
  public String parameter() {
    return parameter;
  }
}
