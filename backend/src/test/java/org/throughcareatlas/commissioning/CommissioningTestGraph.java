package org.throughcareatlas.commissioning;

import java.time.LocalDate;
import org.throughcareatlas.testing.TestGraph;

/**
 * A small directory whose coverage, duplicates and gaps are known by hand: three council areas, two
 * broad needs with a narrower need each, one prison, and nine services.
 *
 * <ul>
 *   <li>Dundee: three services give emergency beds (night shelter d1, emergency beds d2 — the same
 *       description — and a men's hostel d3 also covering Angus), from three agencies: one
 *       duplicate group. Women's supported flats w1 are full. Mentoring for men aged 18–25 (m1) and
 *       for women (m2): same need and place, but for different people.
 *   <li>Angus: the men's hostel d3, a temporarily closed hostel c1, mentoring for ages 30–65 (m3).
 *   <li>Fife: housing advice f1 last verified in January 2024 (stale), emergency beds for
 *       short-term prisoners only r1, no mentoring at all; HMP Fife (men) stands there.
 * </ul>
 */
final class CommissioningTestGraph {

  static final String DUNDEE = "S12000042";
  static final String ANGUS = "S12000041";
  static final String FIFE = "S12000047";
  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private CommissioningTestGraph() {}

  static void build(TestGraph graph) {
    graph.clear();
    graph
        .area(DUNDEE, "Dundee City", 56.4620, -2.9707)
        .area(ANGUS, "Angus", 56.6440, -2.8890)
        .area(FIFE, "Fife", 56.1950, -3.1780)
        .prison("hmp-fife", "HMP Fife", FIFE, "men")
        .need("housing", "Housing", null)
        .need("housing.emergency", "Emergency accommodation", "housing")
        .need("housing.supported", "Supported accommodation", "housing")
        .need("mentoring", "Mentoring and peer support", null)
        .need("mentoring.one-to-one", "One-to-one mentoring", "mentoring")
        .circumstance("women", "Women", "gender")
        .circumstance("men", "Men", "gender")
        .circumstance("young-people", "Young people (16–25)", "age")
        .circumstance("remand", "Remand", "sentence")
        .circumstance("short-term", "Short-term sentence", "sentence")
        .circumstance("long-term", "Long-term sentence", "sentence")
        .circumstance("hdc", "Home Detention Curfew", "sentence")
        .circumstance("licence", "On licence", "sentence")
        .circumstance("veteran", "Veteran", "flag")
        .agency("a1", "Tayside Shelter", "THIRD_SECTOR")
        .agency("a2", "Dundee Beds", "THIRD_SECTOR")
        .agency("a3", "Men's Hostels", "FAITH_BASED")
        .agency("a4", "Women's Housing", "THIRD_SECTOR");
    graph
        .service("d1", "Dundee night shelter", "a1")
        .meets("housing.emergency")
        .covers(DUNDEE)
        .description("Emergency beds tonight.")
        .waitingTime("No wait")
        .inReach("hmp-fife")
        .create()
        .service("d2", "Dundee emergency beds on release", "a2")
        .meets("housing.emergency")
        .covers(DUNDEE)
        .description("Emergency beds tonight.")
        .waitingTime("No wait")
        .create()
        .service("d3", "Tayside hostel for men", "a3")
        .meets("housing.emergency")
        .covers(DUNDEE, ANGUS)
        .onlyFor("men")
        .description("Emergency beds for men.")
        .waitingTime("2–4 weeks")
        .create()
        .service("w1", "Women's supported flats, Dundee", "a4")
        .meets("housing.supported")
        .covers(DUNDEE)
        .onlyFor("women")
        .capacity("full")
        .create()
        .service("m1", "Mentoring for young men, Dundee", "a1")
        .meets("mentoring.one-to-one")
        .covers(DUNDEE)
        .onlyFor("men")
        .ages(18, 25)
        .create()
        .service("m2", "Mentoring for women, Dundee", "a2")
        .meets("mentoring.one-to-one")
        .covers(DUNDEE)
        .onlyFor("women")
        .create()
        .service("m3", "Mentoring over 30, Angus", "a3")
        .meets("mentoring.one-to-one")
        .covers(ANGUS)
        .ages(30, 65)
        .create()
        .service("c1", "Angus hostel", "a4")
        .meets("housing.emergency")
        .covers(ANGUS)
        .status("temporarily closed")
        .create()
        .service("f1", "Fife housing advice", "a2")
        .meets("housing")
        .covers(FIFE)
        .lastVerified(LocalDate.of(2024, 1, 1))
        .create()
        .service("r1", "Fife beds for short-term prisoners", "a3")
        .meets("housing.emergency")
        .covers(FIFE)
        .onlyFor("short-term")
        .create();
  }
}
