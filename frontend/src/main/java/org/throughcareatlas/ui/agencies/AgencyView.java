package org.throughcareatlas.ui.agencies;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.throughcareatlas.audit.Audit;
import org.throughcareatlas.directory.Agency;
import org.throughcareatlas.directory.AgencyDetails;
import org.throughcareatlas.directory.AgencyKind;
import org.throughcareatlas.directory.DirectoryQueries;
import org.throughcareatlas.directory.Service;
import org.throughcareatlas.directory.WorkingRelationship;
import org.throughcareatlas.directory.WorkingRelationship.Direction;
import org.throughcareatlas.editing.EntityType;
import org.throughcareatlas.editing.RecordEditing;
import org.throughcareatlas.relationships.RelationshipEditing;
import org.throughcareatlas.security.Access;
import org.throughcareatlas.ui.BackgroundLoad;
import org.throughcareatlas.ui.Formats;
import org.throughcareatlas.ui.MainLayout;
import org.throughcareatlas.ui.Sections;
import org.throughcareatlas.ui.editing.HistoryPanel;
import org.throughcareatlas.ui.editing.RecordDialog;
import org.throughcareatlas.ui.editing.RecordOptions;
import org.throughcareatlas.ui.services.ServiceView;

/**
 * An agency's page: what it does, its services and contacts, and every working relationship — who
 * it refers to and receives referrals from, partners with, shares information with, the prisons it
 * works in, and what it funds.
 */
@Route(value = "agencies/:id", layout = MainLayout.class)
@AnonymousAllowed
public class AgencyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final DirectoryQueries directory;
  private final RelationshipEditing editing;
  private final RecordEditing records;
  private final Access access;
  private final Audit audit;
  private final VerticalLayout content = new VerticalLayout();
  private String agencyId = "";
  private String title = "Agency · Throughcare Atlas";
  CompletableFuture<Void> loading = CompletableFuture.completedFuture(null);

  public AgencyView(
      DirectoryQueries directory,
      RelationshipEditing editing,
      RecordEditing records,
      Access access,
      Audit audit) {
    this.directory = directory;
    this.editing = editing;
    this.records = records;
    this.access = access;
    this.audit = audit;
    content.setPadding(false);
    add(content);
  }

  /** The route parameters of the page of agency {@code id}. */
  public static RouteParameters at(String id) {
    return new RouteParameters("id", id);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    agencyId = event.getRouteParameters().get("id").orElse("");
    load();
  }

  private void load() {
    String id = agencyId;
    loading =
        BackgroundLoad.into(content, "the agency", () -> directory.agencyDetails(id), this::show);
  }

  @Override
  public String getPageTitle() {
    return title;
  }

  private void show(Optional<AgencyDetails> found) {
    if (found.isEmpty()) {
      content.add(new H2("Agency not found"));
      content.add(
          new Paragraph("There is no agency at this address. It may have been removed or merged."),
          new RouterLink("Back to Agencies", AgenciesView.class));
      return;
    }
    AgencyDetails d = found.get();
    Agency a = d.agency();
    title = a.name() + " · Throughcare Atlas";
    getUI().ifPresent(ui -> ui.getPage().setTitle(title));

    content.add(new H2(a.name()));
    content.add(
        new HorizontalLayout(
            Sections.badge(AgencyKind.labelOf(a.kind()), "contrast"),
            new Span("Confirmed " + Formats.date(a.lastConfirmed()))));
    content.add(new Paragraph(Formats.orDash(a.description())));
    content.add(
        Sections.section(
            "What it does and where",
            Sections.fact("Needs", String.join(", ", d.needNames())),
            Sections.fact("Covers", Formats.catchment(d.areaNames())),
            Sections.fact(
                "Works in",
                d.prisonNames().isEmpty() ? "no prison" : String.join(", ", d.prisonNames()))));
    content.add(
        Sections.section(
            "Contact",
            Sections.fact("Phone", a.phone()),
            Sections.fact("Email", a.email()),
            Sections.fact("Website", a.website()),
            Sections.fact("Based in", d.baseArea() == null ? null : d.baseArea().name()),
            Sections.list(d.contacts(), Sections::contact, "No named contacts recorded")));
    content.add(
        Sections.section(
            "Services (" + d.services().size() + ")",
            Sections.list(
                d.services(),
                (Service s) -> new RouterLink(s.name(), ServiceView.class, ServiceView.at(s.id())),
                "This agency lists no services")));
    content.add(relationships(d.relationships(), this::changeButton));
    if (access.canEditAgency(agencyId)) {
      Button record = new Button("Record a relationship", VaadinIcon.PLUS.create());
      record.addClickListener(e -> openDialog(null));
      Button edit = new Button("Edit agency", VaadinIcon.EDIT.create(), e -> openEditor());
      content.add(new HorizontalLayout(edit, record));
    }
    if (access.signedIn()) {
      content.add(HistoryPanel.of(audit.history(agencyId)));
    }
  }

  private void openEditor() {
    records
        .read(EntityType.AGENCY, agencyId)
        .ifPresent(
            snapshot ->
                new RecordDialog(
                        "Edit agency",
                        EntityType.AGENCY,
                        snapshot,
                        RecordOptions.of(directory),
                        (version, changes) -> records.updateAgency(agencyId, version, changes),
                        id -> records.read(EntityType.AGENCY, id).orElseThrow(),
                        this::load)
                    .open());
  }

  private Component changeButton(WorkingRelationship r) {
    if (!access.canEditAgency(agencyId) || r.direction() != Direction.OUTGOING || !r.active()) {
      return new Span();
    }
    Button change = new Button("Change or end");
    change.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
    change.addClickListener(e -> openDialog(r));
    return change;
  }

  private void openDialog(WorkingRelationship existing) {
    RelationshipDialog.Parties parties =
        (type, text, offset, limit) ->
            directory
                .namedParties(
                    "WORKS_IN".equals(type),
                    !List.of("WORKS_IN", "FUNDS", "COMMISSIONS").contains(type),
                    List.of("FUNDS", "COMMISSIONS").contains(type),
                    text,
                    offset,
                    limit)
                .stream()
                .filter(p -> !p.id().equals(agencyId))
                .map(p -> new RelationshipDialog.Party(p.id(), p.name()));
    new RelationshipDialog(agencyId, existing, parties, editing, this::load).open();
  }

  /** The working relationships, grouped by what they mean seen from this agency. */
  private static Component relationships(
      List<WorkingRelationship> relationships,
      java.util.function.Function<WorkingRelationship, Component> actions) {
    Map<String, List<WorkingRelationship>> groups = new LinkedHashMap<>();
    for (String heading :
        List.of(
            "Refers to",
            "Receives referrals from",
            "Partners with",
            "Shares information with",
            "Works in",
            "Funds or commissions")) {
      groups.put(heading, new java.util.ArrayList<>());
    }
    for (WorkingRelationship r : relationships) {
      groups.get(heading(r)).add(r);
    }
    var section =
        Sections.section(
            "Working relationships (" + relationships.size() + ")",
            relationships.isEmpty()
                ? new Paragraph(
                    "No working relationships recorded: this agency is isolated in the directory.")
                : new Span());
    groups.forEach(
        (heading, rs) -> {
          if (!rs.isEmpty()) {
            section.add(Sections.section(heading, Sections.list(rs, AgencyView::relationship, "")));
          }
        });
    return section;
  }

  public static String heading(WorkingRelationship r) {
    boolean out = r.direction() == Direction.OUTGOING;
    return switch (r.type()) {
      case "REFERS_TO" -> out ? "Refers to" : "Receives referrals from";
      case "PARTNERS_WITH" -> "Partners with";
      case "SHARES_INFORMATION_WITH" -> "Shares information with";
      case "WORKS_IN" -> "Works in";
      default -> "Funds or commissions";
    };
  }

  private static Component relationship(WorkingRelationship r) {
    Component other =
        switch (r.other()) {
          case Agency a -> new RouterLink(a.name(), AgencyView.class, at(a.id()));
          case Service s -> new RouterLink(s.name(), ServiceView.class, ServiceView.at(s.id()));
          default -> new Span(r.otherName());
        };
    StringBuilder facts = new StringBuilder();
    if (r.since() != null) {
      facts.append(" · since ").append(Formats.date(r.since()));
    }
    facts.append(r.formal() ? " · formal agreement" : " · informal");
    if (r.system() != null) {
      facts.append(" · by ").append(r.system());
    }
    facts.append(" · confirmed ").append(Formats.date(r.lastConfirmed()));
    if (!r.active()) {
      facts.append(" · ended ").append(Formats.date(r.ended()));
    }
    Span line = new Span(other, new Span(facts.toString()));
    if (r.notes() != null && !r.notes().isBlank()) {
      Span notes = new Span(" — " + r.notes());
      notes.getStyle().set("color", "var(--lumo-secondary-text-color)");
      line.add(notes);
    }
    return line;
  }
}
