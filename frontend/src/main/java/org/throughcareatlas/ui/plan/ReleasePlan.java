package org.throughcareatlas.ui.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * A release plan being put together for one person: services picked per need, and notes. It lives
 * in the browser session only and is never stored on the server's disk or in the graph; nothing in
 * it names the person.
 */
public class ReleasePlan {

  private final List<PlanItem> items = new ArrayList<>();
  private String notes = "";

  /** The picked services, in the order they were picked. */
  public List<PlanItem> items() {
    return List.copyOf(items);
  }

  /** Adds a service for a need; picking the same service for the same need again does nothing. */
  public void add(PlanItem item) {
    boolean already =
        items.stream()
            .anyMatch(i -> i.serviceId().equals(item.serviceId()) && i.need().equals(item.need()));
    if (!already) {
      items.add(item);
    }
  }

  public void remove(PlanItem item) {
    items.remove(item);
  }

  public boolean contains(String serviceId) {
    return items.stream().anyMatch(i -> i.serviceId().equals(serviceId));
  }

  public String notes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes == null ? "" : notes;
  }

  public boolean isEmpty() {
    return items.isEmpty();
  }

  public void clear() {
    items.clear();
    notes = "";
  }
}
