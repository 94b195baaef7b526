package org.throughcareatlas.search;

import java.time.LocalDate;
import org.throughcareatlas.testing.TestGraph;

/**
 * A small directory whose answers are known by hand: five council areas, two prisons, three needs,
 * and ten services with every kind of restriction. Used by the search tests.
 */
final class SearchTestGraph {

  static final String DUNDEE = "S12000042";
  static final String ANGUS = "S12000041";
  static final String GLASGOW = "S12000049";
  static final String HIGHLAND = "S12000017";
  static final String FIFE = "S12000047";
  static final String PERTH_AND_KINROSS = "S12000048";

  private SearchTestGraph() {}

  static void build(TestGraph graph) {
    graph.clear();
    graph
        .area(DUNDEE, "Dundee City", 56.4620, -2.9707)
        .area(ANGUS, "Angus", 56.6440, -2.8890)
        .area(GLASGOW, "Glasgow City", 55.8642, -4.2518)
        .area(HIGHLAND, "Highland", 57.4778, -4.2247)
        .area(FIFE, "Fife", 56.1950, -3.1780)
        .area(PERTH_AND_KINROSS, "Perth and Kinross", 56.3950, -3.4308)
        .run(
            """
            MATCH (a:Area {code: 'S12000042'}) SET a.mainTown = 'Dundee'
            """,
            java.util.Map.of());
    graph
        .prison("hmp-perth", "HMP Perth", PERTH_AND_KINROSS)
        .prison("hmp-inverness", "HMP Inverness", HIGHLAND)
        .need("housing", "Housing", null)
        .need("housing.emergency", "Emergency accommodation", "housing")
        .need("alcohol-and-drugs", "Alcohol and drugs", null)
        .need("alcohol-and-drugs.recovery-support", "Recovery support", "alcohol-and-drugs")
        .need("mentoring", "Mentoring and peer support", null)
        .circumstance("women", "Women", "gender")
        .circumstance("men", "Men", "gender")
        .circumstance("young-people", "Young people (16–25)", "age")
        .circumstance("remand", "Remand", "sentence")
        .circumstance("short-term", "Short-term sentence", "sentence")
        .circumstance("long-term", "Long-term sentence", "sentence")
        .circumstance("hdc", "Home Detention Curfew", "sentence")
        .circumstance("licence", "On licence", "sentence")
        .circumstance("veteran", "Veteran", "flag")
        .agency("tayside", "Tayside Housing Trust", "THIRD_SECTOR")
        .agency("glasgow-women", "Glasgow Women's Housing", "THIRD_SECTOR")
        .agency("mentors", "Mentor Scotland", "THIRD_SECTOR")
        .agency("recovery", "Recovery Scotland", "PEER_LED");
    graph
        .service("s1-night-shelter", "Tayside night shelter", "tayside")
        .meets("housing.emergency")
        .covers(DUNDEE, ANGUS)
        .locatedAt("l1", DUNDEE, 56.4620, -2.9707)
        .create()
        .service("s2-women-housing", "Women's housing Glasgow", "glasgow-women")
        .meets("housing")
        .covers(GLASGOW)
        .onlyFor("women")
        .locatedAt("l2", GLASGOW, 55.8642, -4.2518)
        .create()
        .service("s3-young-men-mentoring", "Young men's mentoring Dundee", "mentors")
        .meets("mentoring")
        .covers(DUNDEE)
        .onlyFor("men", "young-people")
        .ages(18, 25)
        .locatedAt("l3", DUNDEE, 56.4700, -2.9800)
        .create()
        .service("s4-remand-housing", "Remand release beds Dundee", "tayside")
        .meets("housing.emergency")
        .covers(DUNDEE)
        .onlyFor("remand")
        .locatedAt("l4", DUNDEE, 56.4500, -2.9600)
        .create()
        .service("s5-licence-mentoring", "Licence mentoring Glasgow", "mentors")
        .meets("mentoring")
        .covers(GLASGOW)
        .onlyFor("long-term", "licence")
        .locatedAt("l5", GLASGOW, 55.8600, -4.2500)
        .create()
        .service("s6-hdc-recovery", "Highland HDC recovery", "recovery")
        .meets("alcohol-and-drugs.recovery-support")
        .covers(HIGHLAND)
        .onlyFor("hdc")
        .locatedAt("l6", HIGHLAND, 57.4778, -4.2247)
        .create()
        .service("s7-national-helpline", "National recovery helpline", "recovery")
        .meets("alcohol-and-drugs")
        .covers(DUNDEE, ANGUS, GLASGOW, HIGHLAND, FIFE)
        .create()
        .service("s8-closed-hostel", "Dundee hostel", "tayside")
        .meets("housing")
        .covers(DUNDEE)
        .status("temporarily closed")
        .locatedAt("l8", DUNDEE, 56.4600, -2.9700)
        .create()
        .service("s9-veterans-recovery", "Veterans' recovery Fife", "recovery")
        .meets("alcohol-and-drugs")
        .covers(FIFE)
        .onlyFor("veteran")
        .locatedAt("l9", FIFE, 56.1950, -3.1780)
        .create()
        .service("s10-perth-in-reach", "Perth in-reach housing advice", "tayside")
        .meets("housing")
        .covers(PERTH_AND_KINROSS)
        .lastVerified(LocalDate.of(2024, 1, 1))
        .locatedAt("l10", PERTH_AND_KINROSS, 56.3950, -3.4308)
        .create();
    graph.run(
        """
        MATCH (s:Service {id: 's10-perth-in-reach'}), (p:Prison {id: 'hmp-perth'})
        MERGE (s)-[:IN_REACH]->(p)
        WITH s
        MATCH (d:Service {id: 's1-night-shelter'}), (p:Prison {id: 'hmp-perth'})
        MERGE (d)-[:IN_REACH]->(p)
        """,
        java.util.Map.of());
  }
}
