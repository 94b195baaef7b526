package org.throughcareatlas.ui.services;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.throughcareatlas.directory.Area;
import org.throughcareatlas.directory.DirectoryQueries;
import org.throughcareatlas.directory.Location;
import org.throughcareatlas.directory.Need;
import org.throughcareatlas.directory.Prison;
import org.throughcareatlas.directory.ServiceDetails;
import org.throughcareatlas.search.SearchCriteria;
import org.throughcareatlas.search.SearchInputException;
import org.throughcareatlas.search.SearchResult;
import org.throughcareatlas.search.SearchResult.Hit;
import org.throughcareatlas.search.ServiceSearch;
import org.throughcareatlas.ui.BackgroundLoad;
import org.throughcareatlas.ui.MainLayout;
import org.throughcareatlas.ui.map.LeafletMap;
import org.throughcareatlas.ui.map.MapSettings;

/**
 * Find services: the officer describes the person — needs, where they will live, their prison and
 * circumstances — and sees the services they can use, as a list, by need and on a map, with the
 * services left out and why. The address holds the search, so it can be bookmarked or shared; the
 * person's details are kept nowhere else.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Find services · Throughcare Atlas")
@AnonymousAllowed
public class FindServicesView extends SplitLayout implements BeforeEnterObserver {

  /** Results shown at first, and added by each "Show more". */
  static final int PAGE = 20;

  /** Services listed per need in the "By need" tab before pointing to the list. */
  static final int PER_NEED = 5;

  private final ServiceSearch search;
  private final DirectoryQueries directory;
  private final List<Area> areas;
  private final List<Prison> prisons;
  private final Map<String, Need> needs;
  final SearchForm form;
  final VerticalLayout results = new VerticalLayout();
  final LeafletMap map;
  CompletableFuture<Void> loading = CompletableFuture.completedFuture(null);

  public FindServicesView(
      ServiceSearch search, DirectoryQueries directory, MapSettings mapSettings) {
    this.search = search;
    this.directory = directory;
    this.areas = directory.areas();
    this.prisons = directory.prisons();
    List<Need> allNeeds = directory.needs();
    this.needs = allNeeds.stream().collect(Collectors.toMap(Need::id, Function.identity()));
    this.form = new SearchForm(allNeeds, areas, prisons, directory.circumstances());
    this.map = new LeafletMap(mapSettings);
    map.setHeight("480px");
    map.setWidthFull();
    map.addMarkerClickListener(
        id -> UI.getCurrent().navigate(ServiceView.class, ServiceView.at(id)));

    VerticalLayout formPanel = new VerticalLayout(form);
    formPanel.setWidthFull();
    // Each side scrolls on its own, so the form's button is always reachable on a small screen.
    formPanel.getStyle().set("overflow", "auto");
    results.getStyle().set("overflow", "auto");
    results.setPadding(true);
    results.setWidthFull();
    addToPrimary(formPanel);
    addToSecondary(results);
    setSplitterPosition(30);
    setSizeFull();

    form.search.addClickListener(e -> navigateTo(form.criteria()));
    form.clear.addClickListener(e -> navigateTo(null));
    showIntroduction();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    QueryParameters parameters = event.getLocation().getQueryParameters();
    form.clearInvalid();
    if (!SearchUrl.isSearch(parameters)) {
      form.show(SearchCriteria.everything(), areas, prisons);
      showIntroduction();
      return;
    }
    SearchUrl url = SearchUrl.read(parameters);
    form.show(url.criteria(), areas, prisons);
    url.problems().forEach(p -> Notification.show(p, 5000, Notification.Position.TOP_CENTER));
    run(url.criteria());
  }

  private void navigateTo(SearchCriteria criteria) {
    UI.getCurrent()
        .navigate(
            FindServicesView.class,
            criteria == null ? QueryParameters.empty() : SearchUrl.write(criteria));
  }

  private void showIntroduction() {
    results.removeAll();
    results.add(new H2("Find services"));
    results.add(
        new Paragraph(
            "Describe the person leaving prison without naming them: their needs, where they will"
                + " live, the prison they are in and their circumstances. Atlas shows the services"
                + " they can use, nearest first when you give a town, with who to contact and how"
                + " to refer. Nothing you enter is stored."),
        new Paragraph(
            new Span("To see every service whoever it is for, go to "),
            new RouterLink("all services", AllServicesView.class),
            new Span(".")));
  }

  /** What a search shows: the result, and the details of the services to show first. */
  record Shown(
      SearchResult result, Map<String, ServiceDetails> details, SearchInputException bad) {}

  private void run(SearchCriteria criteria) {
    loading =
        BackgroundLoad.into(
            results,
            "services",
            () -> {
              try {
                SearchResult result = search.search(criteria);
                return new Shown(result, directory.serviceDetails(firstIds(result)), null);
              } catch (SearchInputException bad) {
                return new Shown(null, Map.of(), bad);
              }
            },
            shown -> show(criteria, shown));
  }

  /** The services shown without scrolling: the first page and the first few of each need. */
  static List<String> firstIds(SearchResult result) {
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    result.hits().stream().limit(PAGE).forEach(h -> ids.add(h.serviceId()));
    result.groups().forEach(g -> g.serviceIds().stream().limit(PER_NEED).forEach(ids::add));
    return List.copyOf(ids);
  }

  private void show(SearchCriteria criteria, Shown shown) {
    if (shown.bad() != null) {
      results.add(new H2("Check the search"));
      Paragraph message = new Paragraph(shown.bad().getMessage());
      message.getElement().setAttribute("role", "alert");
      results.add(message);
      form.markInvalid(shown.bad().field(), shown.bad().getMessage());
      return;
    }
    SearchResult result = shown.result();
    Map<String, ServiceDetails> details = new java.util.HashMap<>(shown.details());
    Map<String, Hit> hitsById =
        result.hits().stream().collect(Collectors.toMap(Hit::serviceId, Function.identity()));
    String prisonName =
        prisons.stream()
            .filter(p -> p.id().equals(criteria.prisonId()))
            .map(Prison::name)
            .findFirst()
            .orElse("their prison");
    boolean placeGiven = result.place().latitude() != null;

    results.add(new H2(summary(result)));
    Button copyLink = new Button("Copy link to this search", VaadinIcon.LINK.create());
    copyLink.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    copyLink.addClickListener(
        e -> {
          copyLink.getElement().executeJs("navigator.clipboard.writeText(window.location.href)");
          Notification.show("Link copied: it holds the search, not the person.");
        });
    results.add(copyLink);
    for (SearchResult.NeedGroup group : result.groups()) {
      if (group.message() != null) {
        Paragraph gap = new Paragraph(group.message());
        gap.addClassNames(
            "atlas-gap", LumoUtility.TextColor.ERROR, LumoUtility.FontWeight.SEMIBOLD);
        results.add(gap);
      }
    }

    VerticalLayout list = new VerticalLayout();
    list.setPadding(false);
    list.setSpacing(false);
    Function<Hit, Component> card =
        hit ->
            new ResultCard(
                hit, details.get(hit.serviceId()), needNames(hit), prisonName, placeGiven);
    result.hits().stream().limit(PAGE).forEach(h -> list.add(card.apply(h)));
    if (result.hits().isEmpty()) {
      list.add(
          new Paragraph(
              "No service matches all of this. Try fewer needs or circumstances, a"
                  + " larger radius, or show the services left out to see why."));
    }
    Button more = new Button();
    Runnable updateMore =
        () -> {
          int remaining = result.hits().size() - list.getComponentCount();
          more.setText("Show " + Math.min(PAGE, remaining) + " more of " + remaining);
          more.setVisible(remaining > 0);
        };
    more.addClickListener(
        e -> {
          List<Hit> next =
              result.hits().stream().skip(list.getComponentCount()).limit(PAGE).toList();
          details.putAll(directory.serviceDetails(next.stream().map(Hit::serviceId).toList()));
          next.forEach(h -> list.add(card.apply(h)));
          updateMore.run();
        });
    updateMore.run();
    VerticalLayout listTab = new VerticalLayout(list, more);
    listTab.setPadding(false);

    VerticalLayout byNeed = new VerticalLayout();
    byNeed.setPadding(false);
    for (SearchResult.NeedGroup group : result.groups()) {
      H3 heading = new H3(group.needName() + " (" + group.serviceIds().size() + ")");
      byNeed.add(heading);
      if (group.message() != null) {
        Paragraph gap = new Paragraph(group.message());
        gap.addClassNames("atlas-gap", LumoUtility.TextColor.ERROR);
        byNeed.add(gap);
      }
      group.serviceIds().stream()
          .limit(PER_NEED)
          .forEach(id -> byNeed.add(card.apply(hitsById.get(id))));
      if (group.serviceIds().size() > PER_NEED) {
        byNeed.add(
            new Paragraph(
                (group.serviceIds().size() - PER_NEED) + " more for this need in the list."));
      }
    }

    TabSheet tabs = new TabSheet();
    tabs.add("List (" + result.hits().size() + ")", listTab);
    tabs.add("By need", byNeed);
    tabs.add("Map", map);
    tabs.setWidthFull();
    results.add(tabs);
    showOnMap(result, details);

    if (criteria.includeExcluded()) {
      results.add(excluded(result.excluded()));
    }
  }

  private void showOnMap(SearchResult result, Map<String, ServiceDetails> details) {
    List<LeafletMap.Marker> markers = new ArrayList<>();
    for (Hit hit : result.hits()) {
      ServiceDetails d = details.get(hit.serviceId());
      if (d == null) {
        continue;
      }
      d.locations().stream()
          .filter(l -> !l.virtual() && l.latitude() != null)
          .findFirst()
          .ifPresent(
              (Location l) ->
                  markers.add(
                      new LeafletMap.Marker(
                          hit.serviceId(),
                          l.latitude(),
                          l.longitude(),
                          d.service().name(),
                          d.agency().name())));
    }
    map.setMarkers(markers);
    SearchResult.Place place = result.place();
    if (place.latitude() != null && place.radiusKm() != null) {
      map.setCircle(place.latitude(), place.longitude(), place.radiusKm());
    } else {
      map.clearCircle();
    }
    map.fitToMarkers();
  }

  private Component excluded(List<SearchResult.Excluded> excluded) {
    UnorderedList list = new UnorderedList();
    for (SearchResult.Excluded e : excluded) {
      ListItem item =
          new ListItem(
              new RouterLink(e.serviceName(), ServiceView.class, ServiceView.at(e.serviceId())),
              new Span(" (" + e.agencyName() + "): " + String.join("; ", e.reasons())));
      item.addClassNames("atlas-excluded");
      list.add(item);
    }
    Details details =
        new Details("Left out: " + excluded.size() + " services that meet the needs", list);
    details.setOpened(true);
    details.setWidthFull();
    Div wrapper = new Div(details);
    wrapper.setWidthFull();
    return wrapper;
  }

  private String needNames(Hit hit) {
    return hit.needIds().stream().map(id -> needs.get(id).name()).collect(Collectors.joining(", "));
  }

  private String summary(SearchResult result) {
    int n = result.hits().size();
    StringBuilder text =
        new StringBuilder(n == 1 ? "1 service they can use" : n + " services they can use");
    if (result.place().area() != null) {
      text.append(" in ").append(result.place().area().name());
      if (result.place().radiusKm() != null) {
        text.append(" or within ")
            .append(Math.round(result.place().radiusKm()))
            .append(" km of ")
            .append(result.place().name());
      }
    }
    return text.toString();
  }
}
