package org.throughcareatlas.problems;

import java.time.OffsetDateTime;

/** A problem reported about a service, and what became of it. */
public record ProblemReport(
    String id,
    Kind kind,
    String note,
    String reportedBy,
    OffsetDateTime reportedAt,
    Status status,
    String resolvedBy,
    OffsetDateTime resolvedAt,
    String resolution,
    String serviceId,
    String serviceName,
    String agencyId,
    String agencyName) {

  /** What is wrong. */
  public enum Kind {
    CLOSED("The service has closed"),
    WRONG_CONTACT("Wrong contact details"),
    WRONG_AREA("Wrong area"),
    OTHER("Something else");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Open until an editor resolves it. */
  public enum Status {
    OPEN,
    RESOLVED
  }
}
