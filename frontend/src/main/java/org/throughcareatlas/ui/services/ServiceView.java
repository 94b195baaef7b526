package org.throughcareatlas.ui.services;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.throughcareatlas.directory.Agency;
import org.throughcareatlas.directory.DirectoryQueries;
import org.throughcareatlas.directory.Location;
import org.throughcareatlas.directory.Service;
import org.throughcareatlas.directory.ServiceDetails;
import org.throughcareatlas.directory.WorkingRelationship;
import org.throughcareatlas.ui.BackgroundLoad;
import org.throughcareatlas.ui.Formats;
import org.throughcareatlas.ui.MainLayout;
import org.throughcareatlas.ui.Sections;
import org.throughcareatlas.ui.agencies.AgencyView;
import org.throughcareatlas.ui.plan.PlanSession;
import org.throughcareatlas.ui.plan.ReleasePlan;

/**
 * A service's page: what it does, who it is for, how to refer, where it is delivered and covers,
 * who to contact, and who funds it.
 */
@Route(value = "services/:id", layout = MainLayout.class)
public class ServiceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final DirectoryQueries directory;
  private final VerticalLayout content = new VerticalLayout();
  private String title = "Service · Throughcare Atlas";
  CompletableFuture<Void> loading = CompletableFuture.completedFuture(null);

  public ServiceView(DirectoryQueries directory) {
    this.directory = directory;
    content.setPadding(false);
    add(content);
  }

  /** The route parameters of the page of service {@code id}. */
  public static RouteParameters at(String id) {
    return new RouteParameters("id", id);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String id = event.getRouteParameters().get("id").orElse("");
    loading =
        BackgroundLoad.into(
            content,
            "the service",
            () -> {
              Optional<ServiceDetails> details = directory.serviceDetails(id);
              List<WorkingRelationship> worksWith =
                  details
                      .map(d -> directory.relationshipsOfAgencies(List.of(d.agency().id())))
                      .map(byAgency -> byAgency.values().iterator().next())
                      .orElse(List.of());
              return new Loaded(details, worksWith);
            },
            this::show);
  }

  @Override
  public String getPageTitle() {
    return title;
  }

  /** A service's details and its agency's working relationships. */
  record Loaded(Optional<ServiceDetails> details, List<WorkingRelationship> worksWith) {}

  private void show(Loaded loaded) {
    Optional<ServiceDetails> found = loaded.details();
    if (found.isEmpty()) {
      content.add(new H2("Service not found"));
      content.add(
          new Paragraph("There is no service at this address. It may have been removed or merged."),
          new RouterLink("Back to Find services", FindServicesView.class));
      return;
    }
    ServiceDetails d = found.get();
    Service s = d.service();
    title = s.name() + " · Throughcare Atlas";
    getUI().ifPresent(ui -> ui.getPage().setTitle(title));

    HorizontalLayout badges = new HorizontalLayout(Formats.lastConfirmed(s));
    if (!"active".equals(s.status())) {
      badges.add(Sections.badge(s.status(), "error"));
    }
    if ("full".equals(s.capacity())) {
      badges.add(Sections.badge("Full", "error"));
    }
    content.add(new H2(s.name()));
    content.add(
        new Paragraph(
            new Span("Provided by "),
            new RouterLink(d.agency().name(), AgencyView.class, AgencyView.at(d.agency().id()))));
    Button addToPlan = new Button();
    ReleasePlan plan = PlanSession.current();
    Runnable planState =
        () -> {
          boolean in = plan.contains(s.id());
          addToPlan.setText(in ? "In the release plan" : "Add to release plan");
          addToPlan.setEnabled(!in);
        };
    planState.run();
    addToPlan.addClickListener(
        e -> {
          plan.add(
              PlanSession.itemFor(
                  d, String.join(", ", d.needs().stream().map(n -> n.name()).toList())));
          planState.run();
          Notification.show("Added to the release plan: " + s.name());
        });
    content.add(badges, new Paragraph(Formats.orDash(s.description())), addToPlan);

    content.add(
        Sections.section(
            "Needs it meets",
            Sections.list(d.needs(), n -> new Span(n.name()), "No needs recorded")));
    content.add(
        Sections.section(
            "Who it is for",
            Sections.fact(
                "Only for",
                d.onlyFor().isEmpty()
                    ? "anyone (no restriction)"
                    : d.onlyFor().stream().map(c -> c.name()).collect(Collectors.joining(", "))),
            Sections.fact("Ages", s.ageRange() == null ? "any age" : s.ageRange())));
    content.add(
        Sections.section(
            "How to refer",
            Sections.fact("Self-referral", s.selfReferral() ? "yes" : "no"),
            Sections.fact("Who may refer", String.join(", ", s.referralRoutes())),
            Sections.fact("Criteria", s.referralCriteria()),
            Sections.fact("Waiting time", s.waitingTime()),
            Sections.fact("Capacity", s.capacity()),
            Sections.fact("Cost", s.cost()),
            Sections.fact("What to bring", String.join(", ", s.requiredDocuments()))));
    content.add(
        Sections.section(
            "Where",
            Sections.fact(
                "Covers", Formats.catchment(d.covers().stream().map(a -> a.name()).toList())),
            Sections.list(d.locations(), l -> new Span(place(l)), "No delivery place recorded"),
            Sections.fact(
                "Works inside",
                d.inReach().isEmpty()
                    ? "no prison"
                    : d.inReach().stream().map(p -> p.name()).collect(Collectors.joining(", "))),
            Sections.fact("Opening times", s.openingHours()),
            Sections.fact("Languages", String.join(", ", s.languages()))));
    content.add(
        Sections.section(
            "Contacts",
            Sections.list(d.contacts(), Sections::contact, "No service contact recorded"),
            Sections.fact("Agency phone", d.agency().phone()),
            Sections.fact("Agency email", d.agency().email())));
    List<WorkingRelationship> partners =
        loaded.worksWith().stream().filter(r -> r.other() instanceof Agency).toList();
    content.add(
        Sections.section(
            d.agency().name() + " works with",
            Sections.list(
                partners,
                r ->
                    new Span(
                        new RouterLink(
                            r.otherName(),
                            AgencyView.class,
                            AgencyView.at(((Agency) r.other()).id())),
                        new Span(" — " + AgencyView.heading(r).toLowerCase(java.util.Locale.UK))),
                "No working relationships recorded for this agency")));
    content.add(
        Sections.section(
            "Funded or commissioned by",
            Sections.list(
                d.fundedBy(),
                r ->
                    new Span(r.otherName() + " (" + r.type().toLowerCase().replace('_', ' ') + ")"),
                "No funder recorded")));
  }

  private static String place(Location l) {
    if (l.virtual()) {
      return Formats.orDash(l.name()) + " (phone or online)";
    }
    return Formats.address(l);
  }
}
