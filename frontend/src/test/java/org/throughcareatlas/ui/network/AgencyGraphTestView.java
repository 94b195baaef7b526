package org.throughcareatlas.ui.network;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Test-only page for {@link AgencyGraphBrowserTest}: an {@link AgencyGraph} with a generated
 * directory of {@value #AGENCIES} agencies in eight regions, {@value #PRISONS} prisons and {@value
 * #EDGES} relationships (the same every time), the id of the last clicked node, and buttons that
 * detach and re-attach the graph.
 */
@Route("test/agency-graph")
@AnonymousAllowed
public class AgencyGraphTestView extends VerticalLayout {

  static final int PRISONS = 10;
  static final int AGENCIES = 240;
  static final int EDGES = 400;

  static final List<String> REGIONS =
      List.of(
          "Glasgow",
          "Edinburgh",
          "Aberdeen",
          "Dundee",
          "Highland",
          "Forth Valley",
          "Ayrshire",
          "Fife");
  private static final List<String> PRISON_NAMES =
      List.of(
          "HMP Barlinnie",
          "HMP Edinburgh",
          "HMP Grampian",
          "HMP Perth",
          "HMP Inverness",
          "HMP Glenochil",
          "HMP Kilmarnock",
          "HMP Low Moss",
          "HMP Shotts",
          "HMP & YOI Polmont");
  private static final List<String> SERVICES =
      List.of(
          "Housing Advice",
          "Recovery Hub",
          "Mentoring",
          "Employability",
          "Money Advice",
          "Family Support");
  private static final List<String> PHRASES =
      List.of(
          "refers to",
          "partners with",
          "shares information with",
          "works in",
          "funds",
          "commissions");
  private static final List<String> TYPES =
      List.of(
          "REFERS_TO",
          "PARTNERS_WITH",
          "SHARES_INFORMATION_WITH",
          "WORKS_IN",
          "FUNDS",
          "COMMISSIONS");

  public AgencyGraphTestView() {
    AgencyGraph graph = new AgencyGraph();
    // Set before the graph is attached: drawn when it is.
    Generated generated = generate();
    graph.setGraph(generated.nodes(), generated.edges());

    Span clicked = new Span("Clicked: none");
    clicked.setId("clicked");
    graph.addNodeClickListener(id -> clicked.setText("Clicked: " + id));

    VerticalLayout holder = new VerticalLayout(graph);
    holder.setPadding(false);
    holder.setWidthFull();
    Button hide = new Button("Hide graph", e -> holder.remove(graph));
    Button show = new Button("Show graph", e -> holder.add(graph));
    Button fit = new Button("Fit", e -> graph.fit());
    add(new HorizontalLayout(hide, show, fit, clicked), holder);
    setWidthFull();
  }

  record Generated(List<AgencyGraph.Node> nodes, List<AgencyGraph.Edge> edges) {}

  /**
   * Agencies relate mostly within their region, and the well-connected attract more (so there are
   * hubs, as in the real directory); every prison has agencies working in it.
   */
  static Generated generate() {
    Random random = new Random(42);
    List<AgencyGraph.Node> nodes = new ArrayList<>();
    List<Integer> region = new ArrayList<>();
    for (int i = 0; i < PRISONS; i++) {
      nodes.add(new AgencyGraph.Node("prison-" + i, PRISON_NAMES.get(i), "PRISON"));
      region.add(i % REGIONS.size());
    }
    String[] kinds = {
      "THIRD_SECTOR", "STATUTORY", "HEALTH", "PEER_LED", "FAITH_BASED", "PRISON_SERVICE", "FUNDER"
    };
    double[] shares = {0.40, 0.20, 0.12, 0.10, 0.08, 0.05, 0.05};
    for (int i = 0; i < AGENCIES; i++) {
      int r = random.nextInt(REGIONS.size());
      String kind = kinds[pick(random, shares)];
      String label =
          i == 7
              ? "<b>Bold</b> & Co"
              : REGIONS.get(r) + " " + SERVICES.get(random.nextInt(SERVICES.size())) + " " + i;
      nodes.add(new AgencyGraph.Node("agency-" + i, label, kind));
      region.add(r);
    }

    List<AgencyGraph.Edge> edges = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int[] degree = new int[nodes.size()];
    // Each prison: three agencies of its region work in it.
    for (int p = 0; p < PRISONS; p++) {
      for (int k = 0; k < 3; k++) {
        add(nodes, edges, seen, degree, preferred(random, region, degree, region.get(p)), p, 3);
      }
    }
    // Each agency: one referral route in its region.
    for (int a = PRISONS; a < nodes.size() && edges.size() < EDGES; a++) {
      add(nodes, edges, seen, degree, a, preferred(random, region, degree, region.get(a)), 0);
    }
    double[] typeShares = {0.40, 0.30, 0.15, 0.10, 0.03, 0.02};
    while (edges.size() < EDGES) {
      int type = pick(random, typeShares);
      int a = PRISONS + random.nextInt(AGENCIES);
      int b;
      if (type == 3) {
        b = random.nextInt(PRISONS);
      } else if (random.nextDouble() < 0.8) {
        b = preferred(random, region, degree, region.get(a));
      } else {
        b = preferred(random, region, degree, -1);
      }
      add(nodes, edges, seen, degree, a, b, type);
    }
    return new Generated(List.copyOf(nodes), List.copyOf(edges));
  }

  private static int pick(Random random, double[] shares) {
    double x = random.nextDouble();
    for (int i = 0; i < shares.length; i++) {
      x -= shares[i];
      if (x < 0) {
        return i;
      }
    }
    return 0;
  }

  /** An agency (region -1: anywhere), chosen with odds growing with its relationships so far. */
  private static int preferred(Random random, List<Integer> region, int[] degree, int inRegion) {
    List<Integer> candidates = new ArrayList<>();
    int total = 0;
    for (int i = PRISONS; i < degree.length; i++) {
      if (inRegion < 0 || region.get(i) == inRegion) {
        candidates.add(i);
        total += 1 + degree[i];
      }
    }
    int x = random.nextInt(total);
    for (int i : candidates) {
      x -= 1 + degree[i];
      if (x < 0) {
        return i;
      }
    }
    return candidates.getLast();
  }

  private static void add(
      List<AgencyGraph.Node> nodes,
      List<AgencyGraph.Edge> edges,
      Set<String> seen,
      int[] degree,
      int source,
      int target,
      int type) {
    if (source == target || !seen.add(source + ">" + target + ":" + type)) {
      return;
    }
    AgencyGraph.Node from = nodes.get(source);
    AgencyGraph.Node to = nodes.get(target);
    String label =
        from.label()
            + " "
            + PHRASES.get(type)
            + " "
            + to.label()
            + " · since "
            + (2010 + (source * 7 + target) % 15)
            + ((source + target) % 3 == 0 ? " · formal agreement" : " · informal");
    edges.add(
        new AgencyGraph.Edge("rel-" + edges.size(), from.id(), to.id(), TYPES.get(type), label));
    degree[source]++;
    degree[target]++;
  }
}
