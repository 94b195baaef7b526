package org.throughcareatlas.network;

import java.time.LocalDate;
import java.util.List;

/** Agencies and prisons and the working relationships between them, ready to draw as a graph. */
public record AgencyNetwork(List<Node> nodes, List<Edge> edges) {

  /** The node kind of a prison; agencies carry their {@code AgencyKind} name. */
  public static final String PRISON = "PRISON";

  /**
   * An agency or a prison.
   *
   * @param kind the agency's kind (an {@code AgencyKind} name), or {@link #PRISON}
   * @param distance in a neighbourhood, steps from the agency asked about (a prison counts one more
   *     than the nearest agency working in it); null for the whole network
   */
  public record Node(String id, String name, String kind, Integer distance) {

    public boolean isPrison() {
      return PRISON.equals(kind);
    }
  }

  /**
   * A working relationship from {@code source} to {@code target} (node ids), with its properties.
   */
  public record Edge(
      String id,
      String type,
      String source,
      String target,
      LocalDate since,
      boolean formal,
      LocalDate lastConfirmed,
      String notes,
      String system) {}
}
