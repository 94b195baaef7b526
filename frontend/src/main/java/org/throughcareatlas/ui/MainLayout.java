package org.throughcareatlas.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.throughcareatlas.ui.agencies.AgenciesView;
import org.throughcareatlas.ui.commissioning.CommissioningView;
import org.throughcareatlas.ui.data.DataView;
import org.throughcareatlas.ui.network.AgencyMapView;
import org.throughcareatlas.ui.plan.ReleasePlanView;
import org.throughcareatlas.ui.services.FindServicesView;

/** The frame of every page: the app's name and the navigation to each area. */
public class MainLayout extends AppLayout {

  public MainLayout() {
    H1 title = new H1("Throughcare Atlas");
    title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
    Span strap = new Span("Support around release from prison");
    strap.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
    Anchor api = new Anchor("graphiql", "GraphQL API");
    api.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Margin.Left.AUTO);
    HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, strap, api);
    header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    header.setWidthFull();
    header.addClassNames(LumoUtility.Padding.End.MEDIUM);
    addToNavbar(header);

    SideNav nav = new SideNav();
    nav.addItem(
        new SideNavItem("Find services", FindServicesView.class, VaadinIcon.SEARCH.create()),
        new SideNavItem("Release plan", ReleasePlanView.class, VaadinIcon.CLIPBOARD_TEXT.create()),
        new SideNavItem("Agencies", AgenciesView.class, VaadinIcon.BUILDING.create()),
        new SideNavItem("Agency map", AgencyMapView.class, VaadinIcon.CLUSTER.create()),
        new SideNavItem("Commissioning", CommissioningView.class, VaadinIcon.CHART_GRID.create()),
        new SideNavItem("Data", DataView.class, VaadinIcon.DATABASE.create()));
    addToDrawer(nav);
    setPrimarySection(Section.DRAWER);
  }
}
