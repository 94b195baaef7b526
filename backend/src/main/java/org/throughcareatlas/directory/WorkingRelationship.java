package org.throughcareatlas.directory;

import java.time.LocalDate;

/**
 * A working relationship seen from one agency (or, for funding, one service): {@code other} is the
 * party at the other end, an {@link Agency}, {@link Prison} or {@link Service}. {@code ended} is
 * the date an ended relationship ended; null while it is active.
 */
public record WorkingRelationship(
    String id,
    String type,
    Direction direction,
    Object other,
    LocalDate since,
    boolean formal,
    LocalDate lastConfirmed,
    String notes,
    String system,
    LocalDate ended) {

  /** Which way the relationship points, seen from the party asked about. */
  public enum Direction {
    OUTGOING,
    INCOMING
  }

  public boolean active() {
    return ended == null;
  }

  /** The other party's name, whatever kind it is. */
  public String otherName() {
    return switch (other) {
      case Agency a -> a.name();
      case Prison p -> p.name();
      case Service s -> s.name();
      default -> String.valueOf(other);
    };
  }
}
