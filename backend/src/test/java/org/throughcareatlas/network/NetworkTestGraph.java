package org.throughcareatlas.network;

import java.time.LocalDate;
import org.throughcareatlas.testing.TestGraph;

/**
 * A small network whose answers are known by hand.
 *
 * <pre>
 * HMP Perth ◄─WORKS_IN── Perth Link Centre ──REFERS_TO──► Perth CJSW ──REFERS_TO──► Tayside Housing Advice ─PROVIDES─► Housing options
 *   ▲                     │  ▲   ◄──REFERS_TO──────────┘  ▲                          ▲
 *   │ IN_REACH            │  └─PARTNERS_WITH─ Dundee Peer Support   │ SHARES_INFORMATION_WITH   │ REFERS_TO (stale)
 *   │                     └──PARTNERS_WITH──► Throughcare Mentors ─┼─────────────────────────┘
 * Gate pick-up ◄─PROVIDES─ Gate Pick-up Team ──────────────────────┘
 *
 * Recovery Hub ──WORKS_IN──► HMP Edinburgh; Recovery Hub ──PARTNERS_WITH──► Leaf 1 … Leaf 5 (a star)
 * Lonely Advice, Quiet Project (Highland): no relationship at all.  Justice Fund ──FUNDS (never confirmed)──► Housing options
 * </pre>
 *
 * Two shortest routes from HMP Perth to Housing options (4 steps): through Perth CJSW and through
 * Throughcare Mentors. Betweenness (pairs of other vertices whose shortest paths pass through):
 * Recovery Hub 15 (its six neighbours: five leaves and HMP Edinburgh), Perth Link Centre 10, Perth
 * CJSW 7.5, Throughcare Mentors 1.5, Tayside Housing Advice 1; 18 vertices (15 agencies, 3
 * prisons), so each is divided by the 17·16/2 = 136 pairs of other vertices.
 */
final class NetworkTestGraph {

  static final String PERTH_AND_KINROSS = "S12000048";
  static final String DUNDEE = "S12000042";
  static final String EDINBURGH = "S12000036";
  static final String HIGHLAND = "S12000017";

  static final String LINK = "a-link";
  static final String CJSW = "a-cjsw";
  static final String HOUSING = "a-housing";
  static final String MENTORS = "a-mentors";
  static final String PEER = "a-peer";
  static final String GATE = "a-gate";
  static final String HUB = "a-hub";
  static final String FUNDER = "a-funder";

  /** The day the health measures are taken on: stale means last confirmed before 2025-11-23. */
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

  private NetworkTestGraph() {}

  static void build(TestGraph graph) {
    graph.clear();
    graph
        .area(PERTH_AND_KINROSS, "Perth and Kinross", 56.395, -3.4308)
        .area(DUNDEE, "Dundee City", 56.462, -2.9707)
        .area(EDINBURGH, "City of Edinburgh", 55.9533, -3.1883)
        .area(HIGHLAND, "Highland", 57.4778, -4.2247)
        .prison("hmp-perth", "HMP Perth", PERTH_AND_KINROSS)
        .prison("hmp-edinburgh", "HMP Edinburgh", EDINBURGH)
        .prison("hmp-inverness", "HMP Inverness", HIGHLAND)
        .need("housing", "Housing", null)
        .need("housing.emergency", "Emergency accommodation", "housing")
        .need("practical", "Practical basics", null)
        .agency(LINK, "Perth Link Centre", "PRISON_SERVICE")
        .agency(CJSW, "Perth CJSW", "STATUTORY")
        .agency(HOUSING, "Tayside Housing Advice", "THIRD_SECTOR")
        .agency(MENTORS, "Throughcare Mentors", "PEER_LED")
        .agency(PEER, "Dundee Peer Support", "PEER_LED")
        .agency(GATE, "Gate Pick-up Team", "THIRD_SECTOR")
        .agency(HUB, "Recovery Hub", "THIRD_SECTOR")
        .agency("a-lonely", "Lonely Advice", "THIRD_SECTOR")
        .agency("a-quiet", "Quiet Project", "FAITH_BASED")
        .agency(FUNDER, "Justice Fund", "FUNDER")
        .basedIn(LINK, PERTH_AND_KINROSS)
        .basedIn(CJSW, PERTH_AND_KINROSS)
        .basedIn(MENTORS, PERTH_AND_KINROSS)
        .basedIn(GATE, PERTH_AND_KINROSS)
        .basedIn(HOUSING, DUNDEE)
        .basedIn(PEER, DUNDEE)
        .basedIn(HUB, EDINBURGH)
        .basedIn("a-lonely", HIGHLAND)
        .basedIn("a-quiet", HIGHLAND);
    for (int i = 1; i <= 5; i++) {
      graph.agency("a-leaf" + i, "Leaf " + i, "THIRD_SECTOR").basedIn("a-leaf" + i, EDINBURGH);
    }
    graph
        .service("s-housing", "Housing options", HOUSING)
        .meets("housing.emergency")
        .covers(DUNDEE, PERTH_AND_KINROSS)
        .create()
        .service("s-gate", "Gate pick-up", GATE)
        .meets("practical")
        .covers(PERTH_AND_KINROSS)
        .create()
        .inReach("s-gate", "hmp-perth");
    graph
        .relationship("w-link", "WORKS_IN", LINK, "hmp-perth")
        .relationship("r-link-cjsw", "REFERS_TO", LINK, CJSW)
        .relationship("r-cjsw-link", "REFERS_TO", CJSW, LINK)
        .relationship("r-cjsw-housing", "REFERS_TO", CJSW, HOUSING)
        .relationship(
            "p-link-mentors", "PARTNERS_WITH", LINK, MENTORS, AS_OF.minusMonths(12)) // not stale
        .relationship(
            "r-mentors-housing", "REFERS_TO", MENTORS, HOUSING, LocalDate.of(2025, 6, 30)) // stale
        .relationship("p-peer-link", "PARTNERS_WITH", PEER, LINK)
        .relationship("i-gate-cjsw", "SHARES_INFORMATION_WITH", GATE, CJSW)
        .relationship("w-hub", "WORKS_IN", HUB, "hmp-edinburgh")
        .relationship("f-housing", "FUNDS", FUNDER, "s-housing", null); // never confirmed
    for (int i = 1; i <= 5; i++) {
      graph.relationship("p-hub-leaf" + i, "PARTNERS_WITH", HUB, "a-leaf" + i);
    }
    graph
        .contact("c-link-desk", "Link Centre desk", LINK, null, "hmp-perth")
        .contact("c-link-office", "Link Centre office", LINK, null, null)
        .contact("c-cjsw", "CJSW duty worker", CJSW, null, null)
        .contact("c-housing", "Housing Advice reception", HOUSING, null, null)
        .contact("c-housing-options", "Housing options worker", HOUSING, "s-housing", null)
        .contact("c-mentors", "Mentor coordinator", MENTORS, null, null)
        .contact("c-gate", "Gate team", GATE, null, null);
  }
}
