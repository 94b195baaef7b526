package org.throughcareatlas.ui.services;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Locale;
import org.throughcareatlas.directory.ServiceDetails;
import org.throughcareatlas.search.SearchResult.Hit;
import org.throughcareatlas.ui.Formats;
import org.throughcareatlas.ui.Sections;
import org.throughcareatlas.ui.agencies.AgencyView;
import org.throughcareatlas.ui.plan.PlanSession;
import org.throughcareatlas.ui.plan.ReleasePlan;

/**
 * One search result: what the service does and for which of the person's needs, how far, how to
 * refer, who to call, whether it works inside their prison, and how fresh its details are.
 */
class ResultCard extends Composite<Div> {

  final Button addToPlan = new Button();

  ResultCard(Hit hit, ServiceDetails d, String needNames, String prisonName, boolean placeGiven) {
    var s = d.service();
    Div card = getContent();
    card.addClassNames(
        "atlas-result",
        LumoUtility.Border.ALL,
        LumoUtility.BorderRadius.MEDIUM,
        LumoUtility.Padding.MEDIUM,
        LumoUtility.Margin.Bottom.SMALL);
    card.getElement().setAttribute("data-service-id", s.id());

    RouterLink name = new RouterLink(s.name(), ServiceView.class, ServiceView.at(s.id()));
    name.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD);
    HorizontalLayout title = new HorizontalLayout(name);
    title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    title.setWrap(true);
    if (hit.worksInPrison()) {
      title.add(Sections.badge("Works in " + prisonName, "success"));
    }
    if ("full".equals(s.capacity())) {
      title.add(Sections.badge("Full at present", "error"));
    }
    title.add(Formats.lastConfirmed(s));
    card.add(title);

    Paragraph byWho =
        new Paragraph(
            new Span("By "),
            new RouterLink(d.agency().name(), AgencyView.class, AgencyView.at(d.agency().id())),
            new Span(
                (placeGiven ? " · " + distance(hit) : "")
                    + " · meets "
                    + needNames.toLowerCase(Locale.UK)));
    byWho.addClassNames(LumoUtility.Margin.Vertical.XSMALL, LumoUtility.TextColor.SECONDARY);
    card.add(byWho);
    card.add(new Paragraph(shorten(Formats.orDash(s.description()), 280)));
    card.add(
        Sections.fact(
            "How to refer",
            (s.selfReferral() ? "self-referral accepted" : "referral needed")
                + (s.referralRoutes().isEmpty()
                    ? ""
                    : "; referrals from " + String.join(", ", s.referralRoutes()))
                + (s.referralCriteria() == null ? "" : ". " + s.referralCriteria())));
    String contact =
        d.contacts().isEmpty()
            ? String.join(" · ", List.of(d.agency().name(), Formats.orDash(d.agency().phone())))
            : d.contacts().getFirst().name()
                + (d.contacts().getFirst().role() == null
                    ? ""
                    : ", " + d.contacts().getFirst().role())
                + " · "
                + Formats.orDash(d.contacts().getFirst().phone());
    card.add(Sections.fact("Contact", contact));
    card.add(Sections.fact("Open", s.openingHours()));

    ReleasePlan plan = PlanSession.current();
    addToPlan.addThemeVariants(ButtonVariant.LUMO_SMALL);
    showPlanState(plan.contains(s.id()));
    addToPlan.addClickListener(
        e -> {
          plan.add(PlanSession.itemFor(d, needNames));
          showPlanState(true);
          Notification.show(
              "Added to the release plan: " + s.name(), 3000, Notification.Position.BOTTOM_START);
        });
    card.add(addToPlan);
  }

  private void showPlanState(boolean inPlan) {
    addToPlan.setText(inPlan ? "In the plan" : "Add to plan");
    addToPlan.setIcon(inPlan ? VaadinIcon.CHECK.create() : VaadinIcon.PLUS.create());
    addToPlan.setEnabled(!inPlan);
  }

  static String distance(Hit hit) {
    if (hit.distanceKm() == null) {
      return "phone or online";
    }
    return hit.distanceKm() < 1
        ? "under 1 km away"
        : String.format(Locale.UK, "%.0f km away", hit.distanceKm());
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
