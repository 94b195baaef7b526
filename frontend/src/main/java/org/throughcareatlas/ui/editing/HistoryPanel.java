package org.throughcareatlas.ui.editing;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.throughcareatlas.audit.Change;
import org.throughcareatlas.ui.Sections;

/** A record's history: who changed what and when, each field's old and new value. */
public final class HistoryPanel {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

  private HistoryPanel() {}

  public static Component of(List<Change> changes) {
    return Sections.section(
        "History (" + changes.size() + ")",
        Sections.list(changes, HistoryPanel::change, "No changes recorded since it was loaded."));
  }

  private static Component change(Change c) {
    Div entry = new Div();
    entry.add(
        new Span(
            c.at().atZoneSameInstant(ZoneId.of("Europe/London")).format(WHEN)
                + " · "
                + c.by()
                + " · "
                + c.action()));
    for (Change.FieldChange f : c.fields()) {
      Div line = new Div();
      line.getStyle().set("font-size", "var(--lumo-font-size-s)").set("padding-left", "1em");
      line.setText(
          f.field()
              + ": "
              + (f.oldValue() == null ? "—" : f.oldValue())
              + " → "
              + (f.newValue() == null ? "—" : f.newValue()));
      entry.add(line);
    }
    return entry;
  }
}
