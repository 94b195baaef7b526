package org.throughcareatlas.graph;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an {@link AtlasStartupException} into Spring Boot's short "what to change" report. */
class StartupFailureAnalyzer extends AbstractFailureAnalyzer<AtlasStartupException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, AtlasStartupException cause) {
    return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
  }
}
