package org.throughcareatlas.ui.plan;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.throughcareatlas.ui.MainLayout;
import org.throughcareatlas.ui.Sections;
import org.throughcareatlas.ui.services.FindServicesView;
import org.throughcareatlas.ui.services.ServiceView;

/**
 * Release plan: the services picked for the person, by need, with notes; printed or downloaded as a
 * PDF handout to give them at the gate. Kept in the browser session only.
 */
@Route(value = "plan", layout = MainLayout.class)
@PageTitle("Release plan · Throughcare Atlas")
@AnonymousAllowed
public class ReleasePlanView extends VerticalLayout {

  static final int MAX_NOTES = 4_000;

  private final ReleasePlan plan = PlanSession.current();
  final VerticalLayout items = new VerticalLayout();
  final TextArea notes = new TextArea("Notes for the person");

  public ReleasePlanView() {
    add(new H2("Release plan"));
    add(
        new Paragraph(
            "The services picked for this person, by need. Add notes, then print the handout or"
                + " download it as a PDF to give them at the gate. The plan is kept only while"
                + " this browser session lasts and names no one."));
    items.setPadding(false);
    add(items);

    notes.setWidthFull();
    notes.setMaxLength(MAX_NOTES);
    notes.setHelperText("e.g. appointment times, what to do on the day. No names or case details.");
    notes.setValueChangeMode(ValueChangeMode.LAZY);
    notes.setValue(plan.notes());
    notes.addValueChangeListener(e -> plan.setNotes(e.getValue()));
    add(notes);

    Button print = new Button("Print handout", VaadinIcon.PRINT.create());
    print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    print.addClickListener(
        e -> {
          plan.setNotes(notes.getValue());
          print.getUI().ifPresent(ui -> ui.navigate(PrintablePlanView.class));
        });
    Anchor pdf =
        new Anchor(
            DownloadHandler.fromInputStream(
                event -> {
                  byte[] bytes = ReleasePlanPdf.render(plan, LocalDate.now());
                  return new DownloadResponse(
                      new ByteArrayInputStream(bytes),
                      "release-plan.pdf",
                      "application/pdf",
                      bytes.length);
                }),
            "Download PDF");
    pdf.getElement().setAttribute("download", true);
    Button clear = new Button("Start a new plan", VaadinIcon.TRASH.create());
    clear.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    clear.addClickListener(
        e -> {
          plan.clear();
          notes.clear();
          showItems();
        });
    add(new HorizontalLayout(print, pdf, clear));
    showItems();
  }

  private void showItems() {
    items.removeAll();
    if (plan.isEmpty()) {
      items.add(
          new Paragraph(
              new Span("No services have been picked yet. "),
              new RouterLink("Find services", FindServicesView.class),
              new Span(" and choose \"Add to plan\".")));
      return;
    }
    Map<String, List<PlanItem>> byNeed = new LinkedHashMap<>();
    for (PlanItem item : plan.items()) {
      byNeed.computeIfAbsent(item.need(), n -> new java.util.ArrayList<>()).add(item);
    }
    byNeed.forEach(
        (need, picked) -> {
          items.add(new H3(need));
          for (PlanItem item : picked) {
            Button remove = new Button("Remove", VaadinIcon.CLOSE_SMALL.create());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.addClickListener(
                e -> {
                  plan.remove(item);
                  showItems();
                });
            VerticalLayout entry =
                new VerticalLayout(
                    new HorizontalLayout(
                        new RouterLink(
                            item.serviceName(),
                            ServiceView.class,
                            ServiceView.at(item.serviceId())),
                        new Span("· " + item.agencyName()),
                        remove),
                    Sections.fact("Where", item.address()),
                    Sections.fact("Contact", item.contact()),
                    Sections.fact("How to get help", item.howToRefer()));
            entry.setPadding(false);
            entry.setSpacing(false);
            entry.addClassNames("atlas-plan-item");
            items.add(entry);
          }
        });
  }
}
