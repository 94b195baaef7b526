package org.throughcareatlas.ui.problems;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.throughcareatlas.problems.ProblemReport;
import org.throughcareatlas.problems.Problems;
import org.throughcareatlas.ui.MainLayout;
import org.throughcareatlas.ui.services.ServiceView;

/**
 * The open problem reports about the services of the editor's agencies (all, for an administrator):
 * open the service to fix it, then resolve the report saying what was done.
 */
@Route(value = "problems", layout = MainLayout.class)
@PageTitle("Problem reports · Throughcare Atlas")
@RolesAllowed({"EDITOR", "ADMIN"})
public class ProblemQueueView extends VerticalLayout {

  final Grid<ProblemReport> grid = new Grid<>();
  private final Problems problems;

  public ProblemQueueView(Problems problems) {
    this.problems = problems;
    add(new H2("Problem reports"));
    add(
        new Paragraph(
            "Reports from officers about your agencies' services. Fix the service on its page,"
                + " then resolve the report: the officer sees it resolved."));
    grid.addComponentColumn(
            r -> new RouterLink(r.serviceName(), ServiceView.class, ServiceView.at(r.serviceId())))
        .setHeader("Service")
        .setFlexGrow(2);
    grid.addColumn(r -> r.kind().label()).setHeader("Problem");
    grid.addColumn(r -> r.note() == null ? "" : r.note()).setHeader("Note").setFlexGrow(3);
    grid.addColumn(ProblemReport::reportedBy).setHeader("Reported by");
    grid.addColumn(r -> r.reportedAt().toLocalDate().toString()).setHeader("On");
    grid.addComponentColumn(r -> new Button("Resolve", e -> resolve(r))).setHeader("");
    grid.setAllRowsVisible(true);
    add(grid);
    refresh();
  }

  void resolve(ProblemReport report) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle("Resolve: " + report.kind().label());
    TextArea what = new TextArea("What was done");
    what.setWidthFull();
    Button done =
        new Button(
            "Resolve",
            e -> {
              Problems.Result result = problems.resolve(report.id(), what.getValue());
              if (!result.errors().isEmpty()) {
                what.setErrorMessage(result.errors().getFirst().message());
                what.setInvalid(true);
                return;
              }
              Notification.show("Resolved.");
              dialog.close();
              refresh();
            });
    dialog.add(what);
    dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), done);
    dialog.open();
  }

  private void refresh() {
    grid.setItems(problems.queue());
  }
}
