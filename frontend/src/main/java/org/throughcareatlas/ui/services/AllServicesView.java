package org.throughcareatlas.ui.services;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.throughcareatlas.directory.DirectoryQueries;
import org.throughcareatlas.directory.ServiceSummary;
import org.throughcareatlas.ui.Formats;
import org.throughcareatlas.ui.MainLayout;
import org.throughcareatlas.ui.agencies.AgencyView;

/**
 * All services: every service in the directory, a page at a time, by name, whoever it is for. Rows
 * are fetched in pages as the list scrolls, so the directory's size never slows the page.
 */
@Route(value = "services", layout = MainLayout.class)
@PageTitle("All services · Throughcare Atlas")
@AnonymousAllowed
public class AllServicesView extends VerticalLayout {

  final Grid<ServiceSummary> services = new Grid<>();

  public AllServicesView(DirectoryQueries directory) {
    setSizeFull();
    add(new H2("All services"));
    add(
        new Paragraph(
            "Every service in the directory, by name, whoever it is for: who provides it, the"
                + " needs it meets, where it covers and when it was last confirmed. To find what"
                + " one person can use, describe them in Find services."));

    services
        .addComponentColumn(
            s ->
                new RouterLink(
                    s.service().name(), ServiceView.class, ServiceView.at(s.service().id())))
        .setHeader("Service")
        .setFlexGrow(3)
        .setKey("service");
    services
        .addComponentColumn(
            s -> new RouterLink(s.agencyName(), AgencyView.class, AgencyView.at(s.agencyId())))
        .setHeader("Agency")
        .setFlexGrow(2)
        .setKey("agency");
    services
        .addColumn(s -> String.join(", ", s.needs()))
        .setHeader("Needs met")
        .setFlexGrow(2)
        .setKey("needs");
    services
        .addColumn(s -> Formats.catchment(s.areas()))
        .setHeader("Covers")
        .setFlexGrow(2)
        .setKey("covers");
    services
        .addComponentColumn(s -> Formats.lastConfirmed(s.service()))
        .setHeader("Last confirmed")
        .setAutoWidth(true)
        .setKey("lastConfirmed");
    services.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    services.setPageSize(50);
    services.setItems(
        query -> directory.serviceSummaries(query.getOffset(), query.getLimit()).stream(),
        query -> directory.countServices());
    services.setSizeFull();
    add(services);
  }
}
