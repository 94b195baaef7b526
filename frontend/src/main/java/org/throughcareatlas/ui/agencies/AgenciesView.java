package org.throughcareatlas.ui.agencies;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.throughcareatlas.directory.Agency;
import org.throughcareatlas.directory.AgencyKind;
import org.throughcareatlas.directory.DirectoryQueries;
import org.throughcareatlas.ui.Formats;
import org.throughcareatlas.ui.MainLayout;

/** Agencies: every agency in the directory, a page at a time, by name. */
@Route(value = "agencies", layout = MainLayout.class)
@PageTitle("Agencies · Throughcare Atlas")
@AnonymousAllowed
public class AgenciesView extends VerticalLayout {

  final Grid<Agency> agencies = new Grid<>();

  public AgenciesView(DirectoryQueries directory) {
    setSizeFull();
    add(new H2("Agencies"));
    add(
        new Paragraph(
            "The organisations in the directory. Open one for its services, contacts and the"
                + " agencies and prisons it works with."));
    agencies
        .addComponentColumn(a -> new RouterLink(a.name(), AgencyView.class, AgencyView.at(a.id())))
        .setHeader("Agency")
        .setFlexGrow(3)
        .setKey("agency");
    agencies
        .addColumn(a -> AgencyKind.labelOf(a.kind()))
        .setHeader("Kind")
        .setFlexGrow(1)
        .setKey("kind");
    agencies
        .addColumn(a -> Formats.orDash(a.phone()))
        .setHeader("Phone")
        .setFlexGrow(1)
        .setKey("phone");
    agencies
        .addColumn(a -> Formats.date(a.lastConfirmed()))
        .setHeader("Last confirmed")
        .setAutoWidth(true)
        .setKey("lastConfirmed");
    agencies.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    agencies.setPageSize(50);
    agencies.setItems(
        query -> directory.agencies(query.getOffset(), query.getLimit()).stream(),
        query -> directory.countAgencies());
    agencies.setSizeFull();
    add(agencies);
  }
}
