package org.throughcareatlas.ui.plan;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.throughcareatlas.ui.Formats;

/**
 * The release plan as a printable handout: plain, large, no navigation, what the person needs to
 * use each service. The same content as the PDF.
 */
@Route("plan/print")
@PageTitle("Your plan for release")
@AnonymousAllowed
public class PrintablePlanView extends VerticalLayout {

  public PrintablePlanView() {
    ReleasePlan plan = PlanSession.current();
    setMaxWidth("48em");
    getStyle().set("font-size", "1.15rem").set("margin", "0 auto");

    Button print = new Button("Print", VaadinIcon.PRINT.create());
    print.addClickListener(e -> print.getElement().executeJs("window.print()"));
    Div screenOnly = new Div(print, new RouterLink("Back to the plan", ReleasePlanView.class));
    screenOnly.addClassName("atlas-screen-only");
    screenOnly.getStyle().set("display", "flex").set("gap", "1em").set("align-items", "center");
    add(screenOnly);

    add(new H1("Your plan for release"));
    add(new Paragraph("Prepared on " + Formats.date(LocalDate.now())));
    add(
        new Paragraph(
            "Keep this sheet. Ring or visit the services below. Take photo ID if you have it."));
    if (plan.isEmpty()) {
      add(new Paragraph("No services have been picked yet."));
      return;
    }
    Map<String, List<PlanItem>> byNeed = new LinkedHashMap<>();
    Set<String> bring = new LinkedHashSet<>();
    for (PlanItem item : plan.items()) {
      byNeed.computeIfAbsent(item.need(), n -> new java.util.ArrayList<>()).add(item);
      bring.addAll(item.whatToBring());
    }
    byNeed.forEach(
        (need, items) -> {
          add(new H2(need));
          for (PlanItem item : items) {
            Div entry = new Div();
            entry.addClassName("atlas-handout-item");
            Paragraph name = new Paragraph(item.serviceName() + " — " + item.agencyName());
            name.getStyle().set("font-weight", "bold").set("margin-bottom", "0.2em");
            entry.add(name);
            line(entry, "Where", item.address());
            line(entry, "Contact", item.contact());
            line(entry, "How to get help", item.howToRefer());
            line(entry, "Open", item.openingHours());
            line(entry, "Bring", String.join(", ", item.whatToBring()));
            add(entry);
          }
        });
    add(new H2("What to bring"));
    bring.add("Photo ID if you have it");
    add(new Paragraph(String.join(", ", bring)));
    if (!plan.notes().isBlank()) {
      add(new H2("Notes"));
      Pre notes = new Pre(plan.notes());
      notes.getStyle().set("white-space", "pre-wrap").set("font-family", "inherit");
      add(notes);
    }
    add(
        new Paragraph(
            "Throughcare Atlas · This plan holds no personal details. Services' details can"
                + " change: check by phone before you go."));
    getElement()
        .executeJs(
            "const s = document.createElement('style');"
                + "s.textContent = '@media print { .atlas-screen-only { display: none !important; } }';"
                + "document.head.appendChild(s);");
  }

  private static void line(Div entry, String label, String value) {
    if (value != null && !value.isBlank()) {
      Paragraph p = new Paragraph(label + ": " + value);
      p.getStyle().set("margin", "0.1em 0");
      entry.add(p);
    }
  }
}
