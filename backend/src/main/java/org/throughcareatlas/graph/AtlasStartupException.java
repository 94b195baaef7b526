package org.throughcareatlas.graph;

/**
 * Atlas cannot start because of something the person starting it can change. {@link
 * StartupFailureAnalyzer} prints the problem and the action as one clear message instead of a stack
 * trace.
 */
public class AtlasStartupException extends RuntimeException {

  private final String action;

  public AtlasStartupException(String problem, String action, Throwable cause) {
    super(problem, cause);
    this.action = action;
  }

  /** What to change so that Atlas starts. */
  public String action() {
    return action;
  }
}
