package org.throughcareatlas.hsds;

/**
 * One thing wrong with an import file: where (file and JSON path, or file and row), which field,
 * and what was expected there. Errors stop the import; warnings are reported and the import goes
 * on.
 */
public record ImportProblem(Severity severity, String where, String field, String expected) {

  /** How bad a problem is. */
  public enum Severity {
    ERROR,
    WARNING
  }

  static ImportProblem error(String where, String field, String expected) {
    return new ImportProblem(Severity.ERROR, where, field, expected);
  }

  static ImportProblem warning(String where, String field, String expected) {
    return new ImportProblem(Severity.WARNING, where, field, expected);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public String toString() {
    return (isError() ? "error" : "warning")
        + ": "
        + where
        + (field == null || field.isEmpty() ? "" : " " + field)
        + ": "
        + expected;
  }
}
