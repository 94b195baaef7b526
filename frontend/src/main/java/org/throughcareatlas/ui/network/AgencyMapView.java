package org.throughcareatlas.ui.network;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;
import org.throughcareatlas.directory.DirectoryQueries;
import org.throughcareatlas.ui.BackgroundLoad;
import org.throughcareatlas.ui.MainLayout;
import org.throughcareatlas.ui.agencies.AgenciesView;

/**
 * Agency map: how agencies and prisons work together. For now the kinds of working relationship and
 * how many of each the directory records; each agency's page lists its own.
 */
@Route(value = "agency-map", layout = MainLayout.class)
@PageTitle("Agency map · Throughcare Atlas")
public class AgencyMapView extends VerticalLayout {

  private static final Map<String, String> MEANING =
      Map.of(
          "REFERS_TO", "Refers people to (a referral route used in practice)",
          "PARTNERS_WITH", "Partners with (joint delivery, partnership or consortium)",
          "SHARES_INFORMATION_WITH", "Shares information with (by a named system or protocol)",
          "WORKS_IN", "Works in a prison (e.g. a CJSW team in the Link Centre)",
          "FUNDS", "Funds a service",
          "COMMISSIONS", "Commissions a service");

  final VerticalLayout content = new VerticalLayout();

  public AgencyMapView(DirectoryQueries directory) {
    add(new H2("Agency map"));
    add(
        new Paragraph(
            "How agencies and prisons work with each other. The interactive map of the network is"
                + " being built; meanwhile here are the working relationships the directory"
                + " records, and every agency's page lists its own."),
        new RouterLink("See the agencies", AgenciesView.class));
    content.setPadding(false);
    add(content);
    BackgroundLoad.into(
        content,
        "the working relationships",
        directory::relationshipCounts,
        counts -> {
          Grid<Map.Entry<String, Long>> grid = new Grid<>();
          grid.addColumn(e -> MEANING.getOrDefault(e.getKey(), e.getKey()))
              .setHeader("Relationship")
              .setFlexGrow(3);
          grid.addColumn(Map.Entry::getValue).setHeader("How many").setFlexGrow(1);
          grid.setItems(counts.entrySet());
          grid.setAllRowsVisible(true);
          content.add(grid);
        });
  }
}
