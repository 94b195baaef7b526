package org.throughcareatlas.search;

/** A search input that cannot be used, with the field it concerns and what was expected. */
public class SearchInputException extends RuntimeException {

  private final String field;

  public SearchInputException(String field, String problem) {
    super(problem);
    this.field = field;
  }

  /** The input field, e.g. {@code needs}, {@code area}, {@code age}. */
  public String field() {
    return field;
  }
}
