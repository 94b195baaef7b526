package org.throughcareatlas.hsds;

/**
 * A file that cannot be read at all (not JSON, truncated, not UTF-8, not a known format): the
 * problem says where reading stopped and what was expected.
 */
public class ImportFileException extends RuntimeException {

  private final transient ImportProblem problem;

  public ImportFileException(ImportProblem problem) {
    super(problem.toString());
    this.problem = problem;
  }

  public ImportProblem problem() {
    return problem;
  }
}
