package org.throughcareatlas.ui.data;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.throughcareatlas.directory.DirectoryQueries;
import org.throughcareatlas.graph.AtlasProperties;
import org.throughcareatlas.hsds.HsdsImports;
import org.throughcareatlas.ui.BackgroundLoad;
import org.throughcareatlas.ui.MainLayout;
import org.throughcareatlas.ui.Sections;

/**
 * Data: what the directory holds, where it is kept, how developers reach it, and importing data
 * kept elsewhere ({@link ImportPanel}).
 */
@Route(value = "data", layout = MainLayout.class)
@PageTitle("Data · Throughcare Atlas")
@RolesAllowed({"EDITOR", "ADMIN"})
public class DataView extends VerticalLayout {

  final VerticalLayout content = new VerticalLayout();
  final ImportPanel importPanel;

  public DataView(DirectoryQueries directory, AtlasProperties properties, HsdsImports imports) {
    add(new H2("Data"));
    add(
        Sections.fact(
            "Database",
            properties.neo4j().external()
                ? "Neo4j at " + properties.neo4j().uri()
                : "embedded Neo4j, data in "
                    + properties.data().dir().toAbsolutePath().normalize()));
    add(
        new Paragraph(
            "Developers query the whole directory through the GraphQL API; its schema describes"
                + " every type and field."),
        new Anchor("graphiql", "Open the GraphQL explorer (GraphiQL)"));
    content.setPadding(false);
    add(content);
    importPanel = new ImportPanel(imports, () -> showCounts(directory));
    add(importPanel);
    add(VaadinService.getCurrent().getInstantiator().getOrCreate(ExportPanel.class));
    showCounts(directory);
  }

  private void showCounts(DirectoryQueries directory) {
    BackgroundLoad.into(
        content,
        "the directory's size",
        directory::counts,
        counts -> {
          Grid<Map.Entry<String, Long>> grid = new Grid<>();
          grid.addColumn(Map.Entry::getKey).setHeader("What").setFlexGrow(2);
          grid.addColumn(Map.Entry::getValue).setHeader("How many").setFlexGrow(1);
          grid.setItems(counts.entrySet());
          grid.setAllRowsVisible(true);
          content.add(grid);
        });
  }
}
