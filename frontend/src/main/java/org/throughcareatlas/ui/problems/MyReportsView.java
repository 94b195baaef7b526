package org.throughcareatlas.ui.problems;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.throughcareatlas.problems.ProblemReport;
import org.throughcareatlas.problems.Problems;
import org.throughcareatlas.ui.MainLayout;
import org.throughcareatlas.ui.services.ServiceView;

/** The problems the signed-in person reported, and what became of each. */
@Route(value = "my-reports", layout = MainLayout.class)
@PageTitle("My reports · Throughcare Atlas")
@PermitAll
public class MyReportsView extends VerticalLayout {

  final Grid<ProblemReport> grid = new Grid<>();

  public MyReportsView(Problems problems) {
    add(new H2("My reports"));
    grid.addComponentColumn(
            r -> new RouterLink(r.serviceName(), ServiceView.class, ServiceView.at(r.serviceId())))
        .setHeader("Service")
        .setFlexGrow(2);
    grid.addColumn(r -> r.kind().label()).setHeader("Problem");
    grid.addColumn(r -> r.reportedAt().toLocalDate().toString()).setHeader("Reported");
    grid.addColumn(r -> r.status() == ProblemReport.Status.OPEN ? "Open" : "Resolved")
        .setHeader("Status");
    grid.addColumn(
            r ->
                r.status() == ProblemReport.Status.OPEN
                    ? ""
                    : r.resolution()
                        + " ("
                        + r.resolvedBy()
                        + ", "
                        + r.resolvedAt().toLocalDate()
                        + ")")
        .setHeader("What was done")
        .setFlexGrow(3);
    grid.setAllRowsVisible(true);
    grid.setItems(problems.mine());
    add(grid);
  }
}
