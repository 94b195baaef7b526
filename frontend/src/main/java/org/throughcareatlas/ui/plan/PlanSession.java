package org.throughcareatlas.ui.plan;

import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.throughcareatlas.directory.ServiceDetails;
import org.throughcareatlas.ui.Formats;

/** The release plan of the current browser session, and how a service becomes a plan item. */
public final class PlanSession {

  private PlanSession() {}

  /** This session's plan, created empty on first use. Held in server memory only. */
  public static ReleasePlan current() {
    VaadinSession session = VaadinSession.getCurrent();
    ReleasePlan plan = session.getAttribute(ReleasePlan.class);
    if (plan == null) {
      plan = new ReleasePlan();
      session.setAttribute(ReleasePlan.class, plan);
    }
    return plan;
  }

  /** A plan item for {@code service}, picked for {@code need}. */
  public static PlanItem itemFor(ServiceDetails d, String need) {
    var s = d.service();
    String address =
        d.locations().stream()
            .filter(l -> !l.virtual())
            .findFirst()
            .map(Formats::address)
            .orElse("Phone or online");
    String contact =
        d.contacts().isEmpty()
            ? joined(" · ", d.agency().name(), d.agency().phone(), d.agency().email())
            : d.contacts().stream()
                .limit(2)
                .map(c -> joined(" · ", c.name(), c.role(), c.phone(), c.email()))
                .collect(Collectors.joining("; "));
    List<String> refer = new ArrayList<>();
    refer.add(s.selfReferral() ? "You can contact them yourself." : "Ask a worker to refer you.");
    if (!s.referralRoutes().isEmpty()) {
      refer.add("Referrals from: " + String.join(", ", s.referralRoutes()) + ".");
    }
    return new PlanItem(
        need,
        s.id(),
        s.name(),
        d.agency().name(),
        address,
        contact,
        String.join(" ", refer),
        s.openingHours(),
        List.copyOf(new LinkedHashSet<>(s.requiredDocuments())));
  }

  private static String joined(String separator, String... parts) {
    List<String> present = new ArrayList<>();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        present.add(part);
      }
    }
    return String.join(separator, present);
  }
}
