package org.throughcareatlas.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.throughcareatlas.security.Access;
import org.throughcareatlas.security.Role;
import org.throughcareatlas.ui.agencies.AgenciesView;
import org.throughcareatlas.ui.commissioning.CommissioningView;
import org.throughcareatlas.ui.data.DataView;
import org.throughcareatlas.ui.editing.NeedsConfirmingView;
import org.throughcareatlas.ui.network.AgencyMapView;
import org.throughcareatlas.ui.plan.ReleasePlanView;
import org.throughcareatlas.ui.problems.MyReportsView;
import org.throughcareatlas.ui.problems.ProblemQueueView;
import org.throughcareatlas.ui.services.FindServicesView;
import org.throughcareatlas.ui.users.UsersView;

/** The frame of every page: the app's name and the navigation to each area. */
@AnonymousAllowed
public class MainLayout extends AppLayout {

  public MainLayout(Access access, AuthenticationContext authentication) {
    H1 title = new H1("Throughcare Atlas");
    title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
    Span strap = new Span("Support around release from prison");
    strap.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
    Anchor api = new Anchor("graphiql", "GraphQL API");
    api.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Margin.Left.AUTO);
    HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, strap, api);
    if (access.signedIn()) {
      Span who = new Span("Signed in as " + access.who());
      who.addClassNames(LumoUtility.FontSize.SMALL);
      Button signOut = new Button("Sign out", e -> authentication.logout());
      signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
      header.add(who, signOut);
    } else {
      Anchor signIn = new Anchor("login", "Sign in");
      signIn.addClassNames(LumoUtility.FontSize.SMALL);
      header.add(signIn);
    }
    header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    header.setWidthFull();
    header.addClassNames(LumoUtility.Padding.End.MEDIUM);
    addToNavbar(header);

    SideNav nav = new SideNav();
    nav.addItem(
        new SideNavItem("Find services", FindServicesView.class, VaadinIcon.SEARCH.create()),
        new SideNavItem("Release plan", ReleasePlanView.class, VaadinIcon.CLIPBOARD_TEXT.create()),
        new SideNavItem("Agencies", AgenciesView.class, VaadinIcon.BUILDING.create()),
        new SideNavItem("Agency map", AgencyMapView.class, VaadinIcon.CLUSTER.create()));
    boolean admin = access.has(Role.ADMIN);
    if (admin || access.has(Role.COMMISSIONER)) {
      nav.addItem(
          new SideNavItem(
              "Commissioning", CommissioningView.class, VaadinIcon.CHART_GRID.create()));
    }
    if (admin || access.has(Role.EDITOR)) {
      nav.addItem(
          new SideNavItem("Needs confirming", NeedsConfirmingView.class, VaadinIcon.CHECK.create()),
          new SideNavItem("Problem reports", ProblemQueueView.class, VaadinIcon.FLAG.create()),
          new SideNavItem("Data", DataView.class, VaadinIcon.DATABASE.create()));
    }
    if (access.signedIn()) {
      nav.addItem(new SideNavItem("My reports", MyReportsView.class, VaadinIcon.FLAG_O.create()));
    }
    if (admin) {
      nav.addItem(new SideNavItem("Users", UsersView.class, VaadinIcon.USERS.create()));
    }
    addToDrawer(nav);
    setPrimarySection(Section.DRAWER);
  }
}
