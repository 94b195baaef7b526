package org.throughcareatlas.ui.services;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.throughcareatlas.audit.Audit;
import org.throughcareatlas.directory.Agency;
import org.throughcareatlas.directory.DirectoryQueries;
import org.throughcareatlas.directory.Location;
import org.throughcareatlas.directory.Service;
import org.throughcareatlas.directory.ServiceDetails;
import org.throughcareatlas.directory.WorkingRelationship;
import org.throughcareatlas.editing.EditResult;
import org.throughcareatlas.editing.EntityType;
import org.throughcareatlas.editing.RecordEditing;
import org.throughcareatlas.problems.ProblemReport;
import org.throughcareatlas.problems.Problems;
import org.throughcareatlas.security.Access;
import org.throughcareatlas.ui.BackgroundLoad;
import org.throughcareatlas.ui.Formats;
import org.throughcareatlas.ui.MainLayout;
import org.throughcareatlas.ui.Sections;
import org.throughcareatlas.ui.agencies.AgencyView;
import org.throughcareatlas.ui.editing.HistoryPanel;
import org.throughcareatlas.ui.editing.RecordDialog;
import org.throughcareatlas.ui.editing.RecordOptions;
import org.throughcareatlas.ui.plan.PlanSession;
import org.throughcareatlas.ui.plan.ReleasePlan;
import org.throughcareatlas.ui.problems.ReportProblemDialog;

/**
 * A service's page: what it does, who it is for, how to refer, where it is delivered and covers,
 * who to contact, and who funds it.
 */
@Route(value = "services/:id", layout = MainLayout.class)
@AnonymousAllowed
public class ServiceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final DirectoryQueries directory;
  private final RecordEditing editing;
  private final Access access;
  private final Audit audit;
  private final Problems problems;
  private final VerticalLayout content = new VerticalLayout();
  private String serviceId = "";
  private String title = "Service · Throughcare Atlas";
  CompletableFuture<Void> loading = CompletableFuture.completedFuture(null);

  public ServiceView(
      DirectoryQueries directory,
      RecordEditing editing,
      Access access,
      Audit audit,
      Problems problems) {
    this.directory = directory;
    this.editing = editing;
    this.access = access;
    this.audit = audit;
    this.problems = problems;
    content.setPadding(false);
    add(content);
  }

  /** The route parameters of the page of service {@code id}. */
  public static RouteParameters at(String id) {
    return new RouteParameters("id", id);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    serviceId = event.getRouteParameters().get("id").orElse("");
    load();
  }

  private void load() {
    String id = serviceId;
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

  /** Edit, confirm and report buttons, as the signed-in person's role allows. */
  private Component actions(ServiceDetails d) {
    HorizontalLayout actions = new HorizontalLayout();
    if (access.canEditService(d.service().id())) {
      Button edit = new Button("Edit service", VaadinIcon.EDIT.create(), e -> openEditor());
      Button confirm =
          new Button(
              "Confirm still accurate",
              VaadinIcon.CHECK.create(),
              e -> {
                int version =
                    editing
                        .read(EntityType.SERVICE, serviceId)
                        .map(RecordEditing.Snapshot::version)
                        .orElse(0);
                EditResult result = editing.confirmService(serviceId, version);
                Notification.show(
                    result.saved()
                        ? "Confirmed as accurate today."
                        : result.conflict() != null
                            ? result.conflict().message()
                            : "Not confirmed.");
                load();
              });
      actions.add(edit, confirm);
    }
    if (access.signedIn()) {
      actions.add(
          new Button(
              "Report a problem",
              VaadinIcon.FLAG.create(),
              e -> new ReportProblemDialog(problems, d.service()).open()));
    }
    return actions;
  }

  private void openEditor() {
    editing
        .read(EntityType.SERVICE, serviceId)
        .ifPresent(
            snapshot ->
                new RecordDialog(
                        "Edit service",
                        EntityType.SERVICE,
                        snapshot,
                        RecordOptions.of(directory),
                        (version, changes) -> editing.updateService(serviceId, version, changes),
                        id -> editing.read(EntityType.SERVICE, id).orElseThrow(),
                        () -> {
                          Notification.show("Saved.");
                          load();
                        })
                    .open());
  }

  /** Opens the form for a location or a contact of this service. */
  private Button editButton(EntityType type, String id, String what) {
    Button edit =
        new Button(
            "Edit " + what,
            e ->
                editing
                    .read(type, id)
                    .ifPresent(
                        snapshot ->
                            new RecordDialog(
                                    "Edit " + what,
                                    type,
                                    snapshot,
                                    RecordOptions.of(directory),
                                    (version, changes) ->
                                        type == EntityType.LOCATION
                                            ? editing.updateLocation(id, version, changes)
                                            : editing.updateContact(id, version, changes),
                                    rid -> editing.read(type, rid).orElseThrow(),
                                    this::load)
                                .open()));
    edit.addThemeVariants(
        com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY_INLINE,
        com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
    return edit;
  }

  /** Open problem reports (for editors) and the history (for anyone signed in). */
  private void records(ServiceDetails d) {
    if (access.canEditService(d.service().id())) {
      if (!d.locations().isEmpty() || !d.contacts().isEmpty()) {
        VerticalLayout places = new VerticalLayout();
        places.setPadding(false);
        d.locations()
            .forEach(
                l ->
                    places.add(
                        new HorizontalLayout(
                            new Span(place(l)),
                            editButton(EntityType.LOCATION, l.id(), "location"))));
        d.contacts()
            .forEach(
                c ->
                    places.add(
                        new HorizontalLayout(
                            new Span(
                                Formats.orDash(c.name()) + " (" + Formats.orDash(c.role()) + ")"),
                            editButton(EntityType.CONTACT, c.id(), "contact"))));
        content.add(Sections.section("Edit where and who to contact", places));
      }
      List<ProblemReport> open = problems.openAbout(d.service().id());
      if (!open.isEmpty()) {
        content.add(
            Sections.section(
                "Reported problems (" + open.size() + ")",
                Sections.list(
                    open,
                    r ->
                        new Span(
                            r.kind().label()
                                + (r.note() == null ? "" : ": " + r.note())
                                + " — "
                                + r.reportedBy()),
                    "")));
      }
    }
    if (access.signedIn()) {
      content.add(HistoryPanel.of(audit.history(d.service().id())));
    }
  }

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
    content.add(badges, new Paragraph(Formats.orDash(s.description())), addToPlan, actions(d));

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
    records(d);
  }

  private static String place(Location l) {
    if (l.virtual()) {
      return Formats.orDash(l.name()) + " (phone or online)";
    }
    return Formats.address(l);
  }
}
