package org.throughcareatlas.ui.services;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.throughcareatlas.directory.DirectoryQueries;
import org.throughcareatlas.directory.Location;
import org.throughcareatlas.directory.Service;
import org.throughcareatlas.directory.ServiceDetails;
import org.throughcareatlas.ui.BackgroundLoad;
import org.throughcareatlas.ui.Formats;
import org.throughcareatlas.ui.MainLayout;
import org.throughcareatlas.ui.Sections;
import org.throughcareatlas.ui.agencies.AgencyView;

/**
 * A service's page: what it does, who it is for, how to refer, where it is delivered and covers,
 * who to contact, and who funds it.
 */
@Route(value = "services/:id", layout = MainLayout.class)
public class ServiceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final DirectoryQueries directory;
  private final VerticalLayout content = new VerticalLayout();
  private String title = "Service · Throughcare Atlas";
  CompletableFuture<Void> loading = CompletableFuture.completedFuture(null);

  public ServiceView(DirectoryQueries directory) {
    this.directory = directory;
    content.setPadding(false);
    add(content);
  }

  /** The route parameters of the page of service {@code id}. */
  public static RouteParameters at(String id) {
    return new RouteParameters("id", id);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String id = event.getRouteParameters().get("id").orElse("");
    loading =
        BackgroundLoad.into(content, "the service", () -> directory.serviceDetails(id), this::show);
  }

  @Override
  public String getPageTitle() {
    return title;
  }

  private void show(Optional<ServiceDetails> found) {
    if (found.isEmpty()) {
      content.add(new H2("Service not found"));
      content.add(
          new Paragraph("There is no service at this address. It may have been removed or merged."),
          new RouterLink("Back to Find services", FindServicesView.class));
      return;
    }
    ServiceDetails d = found.get();
    Service s = d.service();
    title = s.name() + " · Throughcare Atlas";
    getUI().ifPresent(ui -> ui.getPage().setTitle(title));

    HorizontalLayout badges = new HorizontalLayout(Formats.lastConfirmed(s));
    if (!"active".equals(s.status())) {
      badges.add(Sections.badge(s.status(), "error"));
    }
    if ("full".equals(s.capacity())) {
      badges.add(Sections.badge("Full", "error"));
    }
    content.add(new H2(s.name()));
    content.add(
        new Paragraph(
            new Span("Provided by "),
            new RouterLink(d.agency().name(), AgencyView.class, AgencyView.at(d.agency().id()))));
    content.add(badges, new Paragraph(Formats.orDash(s.description())));

    content.add(
        Sections.section(
            "Needs it meets",
            Sections.list(d.needs(), n -> new Span(n.name()), "No needs recorded")));
    content.add(
        Sections.section(
            "Who it is for",
            Sections.fact(
                "Only for",
                d.onlyFor().isEmpty()
                    ? "anyone (no restriction)"
                    : d.onlyFor().stream().map(c -> c.name()).collect(Collectors.joining(", "))),
            Sections.fact("Ages", s.ageRange() == null ? "any age" : s.ageRange())));
    content.add(
        Sections.section(
            "How to refer",
            Sections.fact("Self-referral", s.selfReferral() ? "yes" : "no"),
            Sections.fact("Who may refer", String.join(", ", s.referralRoutes())),
            Sections.fact("Criteria", s.referralCriteria()),
            Sections.fact("Waiting time", s.waitingTime()),
            Sections.fact("Capacity", s.capacity()),
            Sections.fact("Cost", s.cost()),
            Sections.fact("What to bring", String.join(", ", s.requiredDocuments()))));
    content.add(
        Sections.section(
            "Where",
            Sections.fact(
                "Covers", Formats.catchment(d.covers().stream().map(a -> a.name()).toList())),
            Sections.list(d.locations(), l -> new Span(place(l)), "No delivery place recorded"),
            Sections.fact(
                "Works inside",
                d.inReach().isEmpty()
                    ? "no prison"
                    : d.inReach().stream().map(p -> p.name()).collect(Collectors.joining(", "))),
            Sections.fact("Opening times", s.openingHours()),
            Sections.fact("Languages", String.join(", ", s.languages()))));
    content.add(
        Sections.section(
            "Contacts",
            Sections.list(d.contacts(), Sections::contact, "No service contact recorded"),
            Sections.fact("Agency phone", d.agency().phone()),
            Sections.fact("Agency email", d.agency().email())));
    content.add(
        Sections.section(
            "Funded or commissioned by",
            Sections.list(
                d.fundedBy(),
                r ->
                    new Span(r.otherName() + " (" + r.type().toLowerCase().replace('_', ' ') + ")"),
                "No funder recorded")));
  }

  private static String place(Location l) {
    if (l.virtual()) {
      return Formats.orDash(l.name()) + " (phone or online)";
    }
    return String.join(
        ", ",
        java.util.stream.Stream.of(l.name(), l.address(), l.postcode())
            .filter(x -> x != null && !x.isBlank())
            .toList());
  }
}
