package org.throughcareatlas.ui.network;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.throughcareatlas.directory.Agency;
import org.throughcareatlas.directory.AgencyKind;
import org.throughcareatlas.directory.Area;
import org.throughcareatlas.directory.Contact;
import org.throughcareatlas.directory.DirectoryQueries;
import org.throughcareatlas.directory.Need;
import org.throughcareatlas.directory.Prison;
import org.throughcareatlas.directory.Service;
import org.throughcareatlas.network.AgencyNetwork;
import org.throughcareatlas.network.NetworkFilter;
import org.throughcareatlas.network.NetworkHealth;
import org.throughcareatlas.network.NetworkInputException;
import org.throughcareatlas.network.NetworkQueries;
import org.throughcareatlas.network.ReferralPaths;
import org.throughcareatlas.ui.BackgroundLoad;
import org.throughcareatlas.ui.Formats;
import org.throughcareatlas.ui.MainLayout;
import org.throughcareatlas.ui.Sections;
import org.throughcareatlas.ui.agencies.AgencyView;
import org.throughcareatlas.ui.services.ServiceView;

/**
 * Agency map: who works with whom. An interactive picture of agencies and prisons filtered by
 * council area, need, prison and kind of relationship; referral pathways from a prison or agency to
 * a service or agency, with who to contact at each step; and the network's health.
 */
@Route(value = "agency-map", layout = MainLayout.class)
@PageTitle("Agency map · Throughcare Atlas")
@AnonymousAllowed
public class AgencyMapView extends VerticalLayout {

  static final Map<String, String> TYPES = new LinkedHashMap<>();

  static {
    TYPES.put("REFERS_TO", "Refers to");
    TYPES.put("PARTNERS_WITH", "Partners with");
    TYPES.put("SHARES_INFORMATION_WITH", "Shares information with");
    TYPES.put("WORKS_IN", "Works in a prison");
  }

  private final NetworkQueries network;
  private final DirectoryQueries directory;
  final ComboBox<Area> area = new ComboBox<>("Council area");
  final ComboBox<Need> need = new ComboBox<>("Need");
  final ComboBox<Prison> prison = new ComboBox<>("Prison");
  final CheckboxGroup<String> types = new CheckboxGroup<>("Relationships");
  final AgencyGraph graph = new AgencyGraph();
  final VerticalLayout mapPanel = new VerticalLayout();
  final VerticalLayout details = new VerticalLayout();
  final ComboBox<Party> from = new ComboBox<>("From (prison or agency)");
  final ComboBox<Party> to = new ComboBox<>("To (agency or service)");
  final Button findRoute = new Button("Find referral routes");
  final VerticalLayout routes = new VerticalLayout();
  final VerticalLayout health = new VerticalLayout();
  CompletableFuture<Void> loading = CompletableFuture.completedFuture(null);
  CompletableFuture<Void> routing = CompletableFuture.completedFuture(null);
  private final Map<String, AgencyNetwork.Node> nodesById = new HashMap<>();

  /** Something a route can start or end at. */
  record Party(String id, String name, String kind) {
    static Party of(DirectoryQueries.NamedParty p) {
      return new Party(p.id(), p.name(), p.kind());
    }
  }

  public AgencyMapView(NetworkQueries network, DirectoryQueries directory) {
    this.network = network;
    this.directory = directory;
    add(new H2("Agency map"));
    add(
        new Paragraph(
            "Agencies (coloured by kind) and prisons, and how they work together. Click an agency"
                + " for its details; point at a line for the relationship. Filter to a council"
                + " area, a need or a prison to see who joins in where."));

    area.setItems(directory.areas());
    area.setItemLabelGenerator(Area::name);
    area.setClearButtonVisible(true);
    need.setItems(directory.needs().stream().filter(Need::topLevel).toList());
    need.setItemLabelGenerator(Need::name);
    need.setClearButtonVisible(true);
    prison.setItems(directory.prisons());
    prison.setItemLabelGenerator(Prison::name);
    prison.setClearButtonVisible(true);
    types.setItems(TYPES.keySet());
    types.setItemLabelGenerator(TYPES::get);
    types.setValue(java.util.Set.copyOf(TYPES.keySet()));
    for (var field : List.of(area, need, prison)) {
      field.addValueChangeListener(e -> loadMap());
    }
    types.addValueChangeListener(e -> loadMap());
    HorizontalLayout filters = new HorizontalLayout(area, need, prison, types);
    filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
    filters.setWrap(true);
    add(filters);

    graph.setHeight("600px");
    graph.addNodeClickListener(this::showDetails);
    mapPanel.setPadding(false);
    mapPanel.setWidth("70%");
    details.setWidth("30%");
    details.add(new Paragraph("Click an agency or a prison on the map to see its details here."));
    HorizontalLayout mapAndDetails = new HorizontalLayout(mapPanel, details);
    mapAndDetails.setWidthFull();
    add(mapAndDetails);

    add(new H3("Referral routes"));
    add(
        new Paragraph(
            "The shortest chains of real working relationships from a prison or an agency to a"
                + " service or an agency, with who to contact at each step."));
    from.setItems(
        query ->
            directory
                .namedParties(
                    true,
                    true,
                    false,
                    query.getFilter().orElse(""),
                    query.getOffset(),
                    query.getLimit())
                .stream()
                .map(Party::of));
    to.setItems(
        query ->
            directory
                .namedParties(
                    false,
                    true,
                    true,
                    query.getFilter().orElse(""),
                    query.getOffset(),
                    query.getLimit())
                .stream()
                .map(Party::of));
    from.setItemLabelGenerator(p -> p.name() + " (" + p.kind() + ")");
    to.setItemLabelGenerator(p -> p.name() + " (" + p.kind() + ")");
    from.setWidth("24em");
    to.setWidth("24em");
    findRoute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    findRoute.addClickListener(e -> findRoutes());
    HorizontalLayout routeForm = new HorizontalLayout(from, to, findRoute);
    routeForm.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
    routeForm.setWrap(true);
    routes.setPadding(false);
    add(routeForm, routes);

    add(new H3("Network health"));
    health.setPadding(false);
    add(health);
    BackgroundLoad.into(
        health,
        "the network's health",
        () -> network.health(LocalDate.now(), 10),
        this::showHealth);
    loadMap();
  }

  private void loadMap() {
    NetworkFilter filter =
        new NetworkFilter(
            area.getValue() == null ? null : area.getValue().code(),
            need.getValue() == null ? null : need.getValue().id(),
            prison.getValue() == null ? null : prison.getValue().id(),
            List.copyOf(types.getValue()));
    loading =
        BackgroundLoad.into(
            mapPanel,
            "the agency map",
            () -> network.network(filter),
            result -> {
              nodesById.clear();
              result.nodes().forEach(n -> nodesById.put(n.id(), n));
              List<AgencyGraph.Node> nodes =
                  result.nodes().stream()
                      .map(n -> new AgencyGraph.Node(n.id(), n.name(), n.kind()))
                      .toList();
              List<AgencyGraph.Edge> edges =
                  result.edges().stream()
                      .map(
                          e ->
                              new AgencyGraph.Edge(
                                  e.id(), e.source(), e.target(), e.type(), label(e)))
                      .toList();
              graph.setGraph(nodes, edges);
              Span counts =
                  new Span(
                      nodes.size() + " agencies and prisons, " + edges.size() + " relationships");
              counts.addClassNames(LumoUtility.TextColor.SECONDARY);
              mapPanel.add(counts, graph);
              if (nodes.isEmpty()) {
                mapPanel.add(new Paragraph("No agency matches these filters."));
              }
            });
  }

  /** "Sacro refers to Shelter Scotland · since 1 May 2019 · formal agreement". */
  private String label(AgencyNetwork.Edge e) {
    String source = name(e.source());
    String target = name(e.target());
    StringBuilder text =
        new StringBuilder(source)
            .append(' ')
            .append(TYPES.getOrDefault(e.type(), e.type()).toLowerCase(Locale.UK))
            .append(' ')
            .append(target);
    if (e.since() != null) {
      text.append(" · since ").append(Formats.date(e.since()));
    }
    text.append(e.formal() ? " · formal agreement" : " · informal");
    if (e.system() != null) {
      text.append(" · by ").append(e.system());
    }
    text.append(" · confirmed ").append(Formats.date(e.lastConfirmed()));
    return text.toString();
  }

  private String name(String nodeId) {
    AgencyNetwork.Node node = nodesById.get(nodeId);
    return node == null ? nodeId : node.name();
  }

  private void showDetails(String nodeId) {
    AgencyNetwork.Node node = nodesById.get(nodeId);
    details.removeAll();
    if (node == null) {
      return;
    }
    details.add(new H3(node.name()));
    if (node.isPrison()) {
      details.add(Sections.badge("Prison", "contrast"));
      details.add(new Paragraph("Agencies working in it are linked to it on the map."));
      return;
    }
    BackgroundLoad.into(
        details,
        "the agency",
        () -> directory.agencyDetails(nodeId),
        found ->
            found.ifPresent(
                d -> {
                  details.add(new H3(d.agency().name()));
                  details.add(Sections.badge(AgencyKind.labelOf(d.agency().kind()), "contrast"));
                  details.add(
                      new RouterLink(
                          "Open the agency's page",
                          AgencyView.class,
                          AgencyView.at(d.agency().id())));
                  details.add(new Paragraph(Formats.orDash(d.agency().description())));
                  details.add(Sections.fact("Phone", d.agency().phone()));
                  details.add(Sections.fact("Works in", String.join(", ", d.prisonNames())));
                  details.add(
                      Sections.fact(
                          "Relationships",
                          d.relationships().size()
                              + " ("
                              + d.relationships().stream()
                                  .map(r -> AgencyView.heading(r).toLowerCase(Locale.UK))
                                  .distinct()
                                  .reduce((a, b) -> a + ", " + b)
                                  .orElse("none")
                              + ")"));
                  details.add(Sections.list(d.contacts(), Sections::contact, "No named contacts"));
                }));
  }

  private void findRoutes() {
    routes.removeAll();
    if (from.getValue() == null || to.getValue() == null) {
      routes.add(new Paragraph("Choose where the route starts and where it should end."));
      return;
    }
    String fromId = from.getValue().id();
    String toId = to.getValue().id();
    routing =
        BackgroundLoad.into(
            routes,
            "referral routes",
            () -> {
              try {
                return network.referralPaths(fromId, toId);
              } catch (NetworkInputException bad) {
                return new ReferralPaths(null, null, List.of(), 0, bad.getMessage());
              }
            },
            this::showRoutes);
  }

  private void showRoutes(ReferralPaths found) {
    if (found.paths().isEmpty()) {
      Paragraph none = new Paragraph(found.message() == null ? "No known route." : found.message());
      none.addClassNames("atlas-no-route");
      routes.add(none);
      return;
    }
    routes.add(
        new Paragraph(
            found.shortestChains()
                + (found.shortestChains() == 1 ? " shortest route" : " shortest routes")
                + " of "
                + found.paths().getFirst().length()
                + (found.paths().getFirst().length() == 1 ? " step" : " steps")
                + (found.shortestChains() > found.paths().size()
                    ? " (the first " + found.paths().size() + " shown)"
                    : "")));
    int number = 1;
    for (ReferralPaths.ReferralPath path : found.paths()) {
      Div route = new Div();
      route.addClassNames("atlas-route", LumoUtility.Margin.Bottom.MEDIUM);
      route.add(new H3("Route " + number++));
      for (ReferralPaths.ReferralStep step : path.steps()) {
        route.add(step(step));
      }
      routes.add(route);
    }
  }

  private Component step(ReferralPaths.ReferralStep step) {
    String how =
        switch (step.link()) {
          case WORKS_IN -> "works in";
          case IN_REACH -> "has a service working in";
          case REFERS_TO -> "refers to";
          case PARTNERS_WITH -> "partners with";
          case SHARES_INFORMATION_WITH -> "shares information with";
          case PROVIDES -> "provides";
        };
    boolean reversed =
        step.direction() == org.throughcareatlas.directory.WorkingRelationship.Direction.INCOMING;
    Paragraph line = new Paragraph();
    line.addClassNames("atlas-route-step", LumoUtility.Margin.Vertical.XSMALL);
    if (reversed) {
      line.add(party(step.to()), new Span(" " + how + " "), party(step.from()));
    } else {
      line.add(party(step.from()), new Span(" " + how + " "), party(step.to()));
    }
    Contact contact = step.contact();
    if (contact != null) {
      Span who =
          new Span(
              " — contact: "
                  + contact.name()
                  + (contact.role() == null ? "" : ", " + contact.role())
                  + (contact.phone() == null ? "" : " · " + contact.phone())
                  + (contact.email() == null ? "" : " · " + contact.email()));
      who.addClassNames(LumoUtility.TextColor.SECONDARY);
      line.add(who);
    }
    return line;
  }

  private static Component party(Object party) {
    return switch (party) {
      case Agency a -> new RouterLink(a.name(), AgencyView.class, AgencyView.at(a.id()));
      case Service s -> new RouterLink(s.name(), ServiceView.class, ServiceView.at(s.id()));
      case Prison p -> new Span(p.name());
      case null -> new Span("?");
      default -> new Span(String.valueOf(party));
    };
  }

  private void showHealth(NetworkHealth h) {
    health.add(
        measure(
            "Isolated agencies (" + h.isolatedAgencies().count() + ")",
            h.isolatedAgencies().explanation(),
            Sections.list(
                h.isolatedAgencies().agencies(),
                AgencyMapView::agencyLink,
                "None: every agency has a link.")));
    health.add(
        measure(
            "Hubs most routes go through",
            h.hubs().explanation(),
            Sections.list(
                h.hubs().hubs(),
                hub ->
                    new Span(
                        agencyLink(hub.agency()),
                        new Span(
                            String.format(
                                Locale.UK,
                                " — centrality %.3f, %d links",
                                hub.score(),
                                hub.links()))),
                "No hubs.")));
    health.add(
        measure(
            "One-way referral links (" + h.oneWayReferrals().count() + ")",
            h.oneWayReferrals().explanation(),
            Sections.list(
                h.oneWayReferrals().referrals(),
                r -> new Span(agencyLink(r.from()), new Span(" refers to "), agencyLink(r.to())),
                "None.")));
    health.add(
        measure(
            "Agencies with no link to the prisons that release people to their area ("
                + h.unlinkedToReleasePrisons().count()
                + ")",
            h.unlinkedToReleasePrisons().explanation(),
            Sections.list(
                h.unlinkedToReleasePrisons().areas(),
                a ->
                    new Span(
                        a.area().name()
                            + " ("
                            + String.join(
                                ", ", a.releasingPrisons().stream().map(Prison::name).toList())
                            + "): "
                            + String.join(", ", a.agencies().stream().map(Agency::name).toList())
                            + (a.count() > a.agencies().size() ? " and more" : "")),
                "None.")));
    health.add(
        measure(
            "Relationships not confirmed for over a year (" + h.staleRelationships().count() + ")",
            h.staleRelationships().explanation(),
            Sections.list(
                h.staleRelationships().relationships(),
                r ->
                    new Span(
                        agencyLink(r.from()),
                        new Span(
                            " "
                                + TYPES
                                    .getOrDefault(r.relationship().type(), r.relationship().type())
                                    .toLowerCase(Locale.UK)
                                + " "),
                        party(r.to()),
                        new Span(" — confirmed " + Formats.date(r.relationship().lastConfirmed()))),
                "None.")));
  }

  private static Component measure(String title, String explanation, Component list) {
    Paragraph why = new Paragraph(explanation);
    why.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Vertical.XSMALL);
    Div measure = Sections.section(title, why, list);
    measure.addClassNames("atlas-health-measure");
    return measure;
  }

  private static Component agencyLink(Agency a) {
    return new RouterLink(a.name(), AgencyView.class, AgencyView.at(a.id()));
  }
}
