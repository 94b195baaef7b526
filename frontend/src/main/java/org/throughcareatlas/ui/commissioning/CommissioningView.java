package org.throughcareatlas.ui.commissioning;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.throughcareatlas.directory.DirectoryQueries;
import org.throughcareatlas.directory.NeedProvision;
import org.throughcareatlas.ui.BackgroundLoad;
import org.throughcareatlas.ui.MainLayout;

/**
 * Commissioning: who provides what. For now, provision by need across Scotland; the coverage matrix
 * by council area and group, duplicated provision and unmet need build on it.
 */
@Route(value = "commissioning", layout = MainLayout.class)
@PageTitle("Commissioning · Throughcare Atlas")
public class CommissioningView extends VerticalLayout {

  final VerticalLayout content = new VerticalLayout();

  public CommissioningView(DirectoryQueries directory) {
    add(new H2("Commissioning"));
    add(
        new Paragraph(
            "Active services and the distinct agencies providing them, for each need, across"
                + " Scotland. Coverage by council area and group of people, duplicated provision"
                + " and unmet need are being built on these numbers."));
    content.setPadding(false);
    add(content);
    BackgroundLoad.into(
        content,
        "provision by need",
        directory::provisionByNeed,
        rows -> {
          Grid<NeedProvision> grid = new Grid<>();
          grid.addColumn(NeedProvision::needName).setHeader("Need").setFlexGrow(3);
          grid.addColumn(NeedProvision::services).setHeader("Active services").setFlexGrow(1);
          grid.addColumn(NeedProvision::agencies).setHeader("Agencies").setFlexGrow(1);
          grid.setItems(rows);
          grid.setAllRowsVisible(true);
          content.add(grid);
        });
  }
}
