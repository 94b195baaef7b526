package org.throughcareatlas.ui;

import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.throughcareatlas.directory.Location;
import org.throughcareatlas.directory.Service;

/** How dates, lists and freshness are shown across the UI. */
public final class Formats {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** Council areas in Scotland: a catchment of all of them is shown as "All of Scotland". */
  public static final int COUNCIL_AREAS = 32;

  private Formats() {}

  public static String date(LocalDate date) {
    return date == null ? "not recorded" : DATE.format(date);
  }

  /** "Confirmed 3 March 2026", marked stale when older than a year. */
  public static Span lastConfirmed(Service service) {
    boolean stale = service.staleOn(LocalDate.now());
    Span span =
        new Span((stale ? "Not confirmed since " : "Confirmed ") + date(service.lastVerified()));
    span.getElement().getThemeList().add(stale ? "badge warning" : "badge success");
    if (stale) {
      span.getElement()
          .setAttribute("title", "Last confirmed more than a year ago: check before referring");
    }
    return span;
  }

  /** A catchment in words: "All of Scotland", or the area names. */
  public static String catchment(List<String> areaNames) {
    if (areaNames.size() >= COUNCIL_AREAS) {
      return "All of Scotland";
    }
    return areaNames.isEmpty() ? "No catchment recorded" : String.join(", ", areaNames);
  }

  public static String orDash(String text) {
    return text == null || text.isBlank() ? "—" : text;
  }

  /** "Name, street, postcode", without repeating a name the street address already holds. */
  public static String address(Location l) {
    boolean nameInAddress =
        l.name() != null && l.address() != null && l.address().contains(l.name());
    return String.join(
        ", ",
        java.util.stream.Stream.of(nameInAddress ? null : l.name(), l.address(), l.postcode())
            .filter(part -> part != null && !part.isBlank())
            .toList());
  }
}
