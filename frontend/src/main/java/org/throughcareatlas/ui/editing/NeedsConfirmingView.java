package org.throughcareatlas.ui.editing;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.throughcareatlas.editing.EditResult;
import org.throughcareatlas.editing.EntityType;
import org.throughcareatlas.editing.Freshness;
import org.throughcareatlas.editing.RecordEditing;
import org.throughcareatlas.ui.Formats;
import org.throughcareatlas.ui.MainLayout;
import org.throughcareatlas.ui.services.ServiceView;

/**
 * Services not confirmed as accurate for the configured months: an editor's (their agencies') and
 * an administrator's (all) to-do list, each confirmable in one click.
 */
@Route(value = "confirming", layout = MainLayout.class)
@PageTitle("Needs confirming · Throughcare Atlas")
@RolesAllowed({"EDITOR", "ADMIN"})
public class NeedsConfirmingView extends VerticalLayout {

  final Grid<Freshness.Unconfirmed> grid = new Grid<>();
  private final Freshness freshness;
  private final RecordEditing editing;

  public NeedsConfirmingView(Freshness freshness, RecordEditing editing) {
    this.freshness = freshness;
    this.editing = editing;
    add(new H2("Needs confirming"));
    add(
        new Paragraph(
            "Services not confirmed as accurate for "
                + freshness.staleAfterMonths()
                + " months or more, longest first. Check each with the agency, change what is"
                + " wrong on its page, or confirm it is still accurate."));
    grid.addComponentColumn(
            u -> new RouterLink(u.serviceName(), ServiceView.class, ServiceView.at(u.serviceId())))
        .setHeader("Service")
        .setFlexGrow(2);
    grid.addColumn(Freshness.Unconfirmed::agencyName).setHeader("Agency").setFlexGrow(2);
    grid.addColumn(u -> u.lastVerified() == null ? "never" : Formats.date(u.lastVerified()))
        .setHeader("Last confirmed");
    grid.addComponentColumn(u -> new Button("Still accurate", e -> confirm(u))).setHeader("");
    grid.setAllRowsVisible(true);
    add(grid);
    refresh();
  }

  private void confirm(Freshness.Unconfirmed u) {
    int version =
        editing
            .read(EntityType.SERVICE, u.serviceId())
            .map(RecordEditing.Snapshot::version)
            .orElse(0);
    EditResult result = editing.confirmService(u.serviceId(), version);
    Notification.show(
        result.saved() ? "Confirmed: " + u.serviceName() : "Not confirmed: " + message(result));
    refresh();
  }

  private static String message(EditResult result) {
    return result.conflict() != null
        ? result.conflict().message()
        : result.errors().stream().map(e -> e.message()).findFirst().orElse("");
  }

  private void refresh() {
    grid.setItems(freshness.needsConfirming(500));
  }
}
