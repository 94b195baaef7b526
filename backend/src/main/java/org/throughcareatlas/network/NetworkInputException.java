package org.throughcareatlas.network;

/** A network question that cannot be answered as asked, naming the field and what was expected. */
public class NetworkInputException extends RuntimeException {

  private final String field;

  public NetworkInputException(String field, String problem) {
    super(problem);
    this.field = field;
  }

  /** The argument or input field, e.g. {@code from}, {@code depth}, {@code filter.area}. */
  public String field() {
    return field;
  }
}
