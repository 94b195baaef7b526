package org.throughcareatlas.ui.commissioning;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.throughcareatlas.commissioning.Commissioning;
import org.throughcareatlas.commissioning.DuplicateGroup;
import org.throughcareatlas.commissioning.FragileProvision;
import org.throughcareatlas.commissioning.Gap;
import org.throughcareatlas.directory.Circumstance;
import org.throughcareatlas.directory.DirectoryQueries;
import org.throughcareatlas.ui.BackgroundLoad;
import org.throughcareatlas.ui.Formats;
import org.throughcareatlas.ui.MainLayout;
import org.throughcareatlas.ui.services.ServiceView;

/**
 * Commissioning: who provides what where. The coverage matrix (needs × council areas, for a group
 * of people), duplicated provision, unmet need and fragile provision — each exportable as CSV, the
 * matrix also as a printable page. The numbers come from the analysis files in {@code
 * cypher/analysis}, the same that GraphQL and an analyst running them by hand use.
 */
@Route(value = "commissioning", layout = MainLayout.class)
@PageTitle("Commissioning · Throughcare Atlas")
@RolesAllowed({"COMMISSIONER", "ADMIN"})
public class CommissioningView extends VerticalLayout {

  static final String EVERYONE = "everyone";

  private final Commissioning commissioning;
  private final Map<String, Circumstance> circumstances;
  final Select<String> group = new Select<>();
  final VerticalLayout coverage = new VerticalLayout();
  final VerticalLayout duplicates = new VerticalLayout();
  final VerticalLayout gaps = new VerticalLayout();
  final VerticalLayout fragile = new VerticalLayout();
  final NumberField minScore = new NumberField("Similarity at least");
  CompletableFuture<Void> loading = CompletableFuture.completedFuture(null);

  public CommissioningView(Commissioning commissioning, DirectoryQueries directory) {
    this.commissioning = commissioning;
    this.circumstances =
        directory.circumstances().stream().collect(Collectors.toMap(Circumstance::id, c -> c));
    add(new H2("Commissioning"));
    add(
        new Paragraph(
            "Who provides what, where, and for whom: the gaps, the duplication, and the provision"
                + " that exists on paper only. Every table can be exported as CSV for a report."));

    List<String> groups = new ArrayList<>();
    groups.add(EVERYONE);
    directory.circumstances().forEach(c -> groups.add(c.id()));
    group.setLabel("Group of people");
    group.setItems(groups);
    group.setItemLabelGenerator(
        id -> EVERYONE.equals(id) ? "Everyone" : circumstances.get(id).name());
    group.setValue(EVERYONE);
    group.addValueChangeListener(e -> loadCoverage());

    coverage.setPadding(false);
    duplicates.setPadding(false);
    gaps.setPadding(false);
    fragile.setPadding(false);
    TabSheet tabs = new TabSheet();
    tabs.add("Coverage", coverage);
    tabs.add("Duplicated provision", duplicatesTab());
    tabs.add("Unmet need", gaps);
    tabs.add("Fragile provision", fragile);
    tabs.setWidthFull();
    add(group, tabs);
    loadCoverage();
    loadDuplicates();
    loadGaps();
    loadFragile();
  }

  private String groupId() {
    return EVERYONE.equals(group.getValue()) ? null : group.getValue();
  }

  private void loadCoverage() {
    String chosen = groupId();
    loading =
        BackgroundLoad.into(
            coverage,
            "the coverage matrix",
            () -> commissioning.coverage(chosen, false),
            matrix -> {
              coverage.add(
                  new Paragraph(
                      "Active services covering each council area for each need, open to "
                          + (matrix.group() == null
                              ? "everyone"
                              : matrix.group().name().toLowerCase(Locale.UK))
                          + ". Red: no service. Click a cell to see its services."));
              String query =
                  chosen == null ? "" : QueryParameters.of("group", chosen).getQueryString();
              Anchor print =
                  new Anchor(
                      RouteConfiguration.forSessionScope().getUrl(PrintableCoverageView.class)
                          + (query.isEmpty() ? "" : "?" + query),
                      "Printable page");
              print.setTarget("_blank");
              coverage.add(
                  new HorizontalLayout(
                      Csv.download(
                          "Download CSV",
                          "coverage-" + (chosen == null ? EVERYONE : chosen) + ".csv",
                          () -> CoverageTable.csv(matrix)),
                      print));
              Div scroll =
                  new Div(new CoverageTable(matrix, (need, area) -> showCell(chosen, need, area)));
              scroll.getStyle().set("overflow-x", "auto");
              scroll.setWidthFull();
              coverage.add(scroll);
            });
  }

  private void showCell(String chosenGroup, String needId, String areaCode) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle("Services in this cell");
    VerticalLayout list = new VerticalLayout();
    list.setPadding(false);
    dialog.add(list);
    dialog
        .getFooter()
        .add(new com.vaadin.flow.component.button.Button("Close", e -> dialog.close()));
    dialog.open();
    BackgroundLoad.into(
        list,
        "the services",
        () -> commissioning.cellServices(chosenGroup, needId, areaCode),
        services -> {
          if (services.isEmpty()) {
            list.add(new Paragraph("No active service: a gap."));
          }
          for (var s : services) {
            list.add(
                new Div(
                    new RouterLink(
                        s.serviceName(), ServiceView.class, ServiceView.at(s.serviceId())),
                    new Span(
                        " — "
                            + s.agencyName()
                            + (s.onlyFor().isEmpty()
                                ? ""
                                : " (only for " + String.join(", ", s.onlyFor()) + ")"))));
          }
        });
  }

  private Component duplicatesTab() {
    minScore.setMin(0);
    minScore.setMax(1);
    minScore.setStep(0.05);
    minScore.setStepButtonsVisible(true);
    minScore.setValue(Commissioning.DEFAULT_MIN_SCORE);
    minScore.setHelperText("0 to 1: how alike two services must be to count as duplicates");
    minScore.addValueChangeListener(e -> loadDuplicates());
    Paragraph method =
        new Paragraph(
            "Services of different agencies that meet the same need, for compatible people, in"
                + " overlapping catchments. Similarity = 0.35 × shared needs + 0.25 × shared"
                + " catchment + 0.15 × compatible eligibility + 0.25 × similar description;"
                + " services linked by pairs at or above the threshold form a group"
                + " (docs/duplicates.md).");
    method.addClassNames(LumoUtility.TextColor.SECONDARY);
    VerticalLayout tab = new VerticalLayout(method, minScore, duplicates);
    tab.setPadding(false);
    return tab;
  }

  private void loadDuplicates() {
    double threshold =
        minScore.getValue() == null
            ? Commissioning.DEFAULT_MIN_SCORE
            : Math.max(0, Math.min(1, minScore.getValue()));
    BackgroundLoad.into(
        duplicates,
        "duplicated provision",
        () -> commissioning.duplicates(threshold, 2),
        found -> {
          duplicates.add(
              new HorizontalLayout(
                  new Span(found.size() + " groups of duplicated provision"),
                  Csv.download("Download CSV", "duplicates.csv", () -> duplicatesCsv(found))));
          for (DuplicateGroup g : found) {
            duplicates.add(duplicateGroup(g));
          }
        });
  }

  private Component duplicateGroup(DuplicateGroup g) {
    Div box = new Div();
    box.addClassNames(
        "atlas-duplicate-group",
        LumoUtility.Border.ALL,
        LumoUtility.BorderRadius.MEDIUM,
        LumoUtility.Padding.MEDIUM,
        LumoUtility.Margin.Bottom.SMALL);
    box.add(
        new H3(
            "#"
                + g.rank()
                + " "
                + g.sharedNeed().name()
                + " — "
                + g.services().size()
                + " services, similarity "
                + String.format(Locale.UK, "%.2f", g.meanScore())));
    box.add(
        new Paragraph(
            "Shared: "
                + g.sharedNeeds().stream().map(n -> n.name()).collect(Collectors.joining(", "))
                + " · in "
                + Formats.catchment(g.sharedAreas().stream().map(a -> a.name()).toList())
                + " · for "
                + g.people()));
    for (var s : g.services()) {
      box.add(
          new Div(
              new RouterLink(s.serviceName(), ServiceView.class, ServiceView.at(s.serviceId())),
              new Span(" — " + s.agencyName())));
    }
    if (!g.differences().isEmpty()) {
      Paragraph differ =
          new Paragraph(
              "Differ in: "
                  + g.differences().stream()
                      .map(
                          d ->
                              d.aspect()
                                  + " ("
                                  + d.values().stream()
                                      .map(v -> v.value())
                                      .distinct()
                                      .collect(Collectors.joining(" / "))
                                  + ")")
                      .collect(Collectors.joining("; ")));
      differ.addClassNames(LumoUtility.TextColor.SECONDARY);
      box.add(differ);
    }
    return box;
  }

  private static String duplicatesCsv(List<DuplicateGroup> groups) {
    List<List<String>> rows = new ArrayList<>();
    for (DuplicateGroup g : groups) {
      for (var s : g.services()) {
        rows.add(
            List.of(
                String.valueOf(g.rank()),
                g.sharedNeed().name(),
                g.sharedAreas().stream().map(a -> a.name()).collect(Collectors.joining("; ")),
                g.people(),
                String.format(Locale.UK, "%.3f", g.meanScore()),
                s.serviceName(),
                s.serviceId(),
                s.agencyName()));
      }
    }
    return Csv.of(
        List.of(
            "group",
            "shared_need",
            "shared_areas",
            "people",
            "mean_score",
            "service",
            "service_id",
            "agency"),
        rows);
  }

  private void loadGaps() {
    BackgroundLoad.into(
        gaps,
        "unmet need",
        () -> commissioning.gaps(Commissioning.STANDARD_GROUPS, false),
        found -> {
          gaps.add(
              new Paragraph(
                  "Needs, council areas and groups of people with no active service. There is no"
                      + " population or release data yet, so the list is ordered by need, then"
                      + " area."));
          gaps.add(
              new HorizontalLayout(
                  new Span(found.size() + " gaps"),
                  Csv.download("Download CSV", "unmet-need.csv", () -> gapsCsv(found))));
          Grid<Gap> grid = new Grid<>();
          grid.addColumn(g -> g.need().name()).setHeader("Need").setSortable(true);
          grid.addColumn(g -> g.area().name()).setHeader("Council area").setSortable(true);
          grid.addColumn(g -> g.group() == null ? "Everyone" : g.group().name()).setHeader("For");
          grid.addColumn(
                  g ->
                      g.instead().isEmpty()
                          ? "nothing"
                          : g.instead().stream()
                              .map(i -> i.serviceName() + " (" + i.why() + ")")
                              .collect(Collectors.joining("; ")))
              .setHeader("What is there instead")
              .setFlexGrow(3);
          grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
          grid.setItems(found);
          grid.setHeight("600px");
          gaps.add(grid);
        });
  }

  private static String gapsCsv(List<Gap> gaps) {
    return Csv.of(
        List.of("need", "need_id", "area", "area_code", "group", "instead"),
        gaps.stream()
            .map(
                g ->
                    List.of(
                        g.need().name(),
                        g.need().id(),
                        g.area().name(),
                        g.area().code(),
                        g.group() == null ? "everyone" : g.group().id(),
                        g.instead().stream()
                            .map(i -> i.serviceName() + " (" + i.why() + ")")
                            .collect(Collectors.joining("; "))))
            .toList());
  }

  private void loadFragile() {
    BackgroundLoad.into(
        fragile,
        "fragile provision",
        () -> commissioning.fragileProvision(null, LocalDate.now(), false),
        found -> {
          fragile.add(
              new Paragraph(
                  "Needs in council areas whose only services are full, temporarily closed or"
                      + " not confirmed for over a year; and prisons whose own council area has no"
                      + " active service for a need."));
          fragile.add(
              Csv.download("Download CSV", "fragile-provision.csv", () -> fragileCsv(found)));
          Grid<FragileProvision.FragileNeed> grid = new Grid<>();
          grid.addColumn(f -> f.need().name()).setHeader("Need");
          grid.addColumn(f -> f.area().name()).setHeader("Council area");
          grid.addColumn(
                  f ->
                      f.services().stream()
                          .map(s -> s.serviceName() + " (" + String.join(", ", s.reasons()) + ")")
                          .collect(Collectors.joining("; ")))
              .setHeader("Only services")
              .setFlexGrow(3);
          grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
          grid.setItems(found.areas());
          grid.setAllRowsVisible(true);
          fragile.add(
              new H3("Areas with only fragile provision (" + found.areas().size() + ")"), grid);
          Grid<FragileProvision.PrisonGap> prisons = new Grid<>();
          prisons.addColumn(p -> p.prison().name()).setHeader("Prison");
          prisons.addColumn(p -> p.area().name()).setHeader("Release area");
          prisons.addColumn(p -> p.need().name()).setHeader("Need with no service");
          prisons
              .addColumn(p -> p.group() == null ? "everyone" : p.group().name())
              .setHeader("For");
          prisons.addThemeVariants(GridVariant.LUMO_COMPACT);
          prisons.setItems(found.prisons());
          prisons.setAllRowsVisible(true);
          fragile.add(
              new H3("Prisons whose release area lacks a need (" + found.prisons().size() + ")"),
              prisons);
        });
  }

  private static String fragileCsv(FragileProvision found) {
    List<List<String>> rows = new ArrayList<>();
    for (var f : found.areas()) {
      for (var s : f.services()) {
        rows.add(
            List.of(
                "area",
                f.need().name(),
                f.area().name(),
                "",
                s.serviceName(),
                String.join("; ", s.reasons())));
      }
    }
    for (var p : found.prisons()) {
      rows.add(
          List.of("prison", p.need().name(), p.area().name(), p.prison().name(), "", "no service"));
    }
    return Csv.of(List.of("kind", "need", "area", "prison", "service", "why"), rows);
  }
}
