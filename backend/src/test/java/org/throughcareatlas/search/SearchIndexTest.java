package org.throughcareatlas.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcareatlas.search.SearchTestGraph.ANGUS;
import static org.throughcareatlas.search.SearchTestGraph.DUNDEE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.throughcareatlas.testing.TestGraph;

/** The facts copied onto services and the catchment nodes stay true to the relationships. */
@SpringBootTest
@ActiveProfiles("test")
class SearchIndexTest {

  /** Each copied fact, and the same fact read from the relationships. */
  static final String COPY_AND_TRUTH =
      """
      MATCH (s:Service)
      RETURN s.id AS id,
             [s.needIds, COLLECT { MATCH (s)-[:MEETS]->(n) RETURN n.id ORDER BY n.id }] AS needs,
             [s.areaCodes, COLLECT { MATCH (s)-[:COVERS]->(a) RETURN a.code ORDER BY a.code }]
               AS areas,
             [s.onlyFor, COLLECT { MATCH (s)-[:FOR]->(c) RETURN c.id ORDER BY c.id }] AS onlyFor,
             [s.inReachPrisonIds, COLLECT { MATCH (s)-[:IN_REACH]->(p) RETURN p.id ORDER BY p.id }]
               AS prisons,
             [s.agencyName, COLLECT { MATCH (a)-[:PROVIDES]->(s) RETURN a.name }[0]] AS agency,
             [size(s.points), COUNT { (s)-[:DELIVERED_AT]->(l) WHERE NOT l.virtual }] AS points,
             [s.searchIndexVersion, $version] AS version
      """;

  @Autowired TestGraph graph;
  @Autowired SearchIndex index;
  @Autowired Driver driver;
  @Autowired SessionConfig sessionConfig;

  @BeforeEach
  void knownGraph() {
    SearchTestGraph.build(graph);
  }

  @Test
  void everyServiceCarriesWhatItsRelationshipsSay() {
    assertCopiesAreTrue();
    Map<String, Object> night = service("s1-night-shelter");
    assertThat(night.get("needIds")).isEqualTo(List.of("housing.emergency"));
    assertThat(night.get("areaCodes")).isEqualTo(List.of(ANGUS, DUNDEE));
    assertThat(night.get("inReachPrisonIds")).isEqualTo(List.of("hmp-perth"));
    assertThat(night.get("agencyName")).isEqualTo("Tayside Housing Trust");
    assertThat(service("s3-young-men-mentoring").get("onlyFor"))
        .isEqualTo(List.of("men", "young-people"));
    assertThat(service("s7-national-helpline").get("points")).isEqualTo(List.of());
  }

  @Test
  void aServiceIsInTheCatchmentOfEachNeedItMeetsInEachAreaItCoversAndGridSquareItIsIn() {
    // Dundee (56.4620, -2.9707) is in row floor(56.462 / 0.2) = 282, column floor(-2.9707 / 0.3)
    // = -10.
    assertThat(catchments("s1-night-shelter"))
        .containsExactlyInAnyOrder(
            DUNDEE + "|housing.emergency",
            ANGUS + "|housing.emergency",
            "@282:-10|housing.emergency");
    assertThat(catchments("s7-national-helpline"))
        .hasSize(5)
        .allMatch(key -> key.endsWith("|alcohol-and-drugs") && !key.startsWith("@"));
  }

  @Test
  void aRestrictedServiceIsReachedThroughTheGateOfItsFirstGroupAndAnInactiveOneNotAtAll() {
    // Restricted by age (young people) and gender (men): gated by the first group, "age".
    assertThat(catchments("s3-young-men-mentoring"))
        .containsExactlyInAnyOrder(
            DUNDEE + "|mentoring|young-people", "@282:-10|mentoring|young-people");
    // Long-term or licence: one key per circumstance it admits.
    assertThat(catchments("s5-licence-mentoring"))
        .containsExactlyInAnyOrder(
            SearchTestGraph.GLASGOW + "|mentoring|licence",
            SearchTestGraph.GLASGOW + "|mentoring|long-term",
            "@279:-15|mentoring|licence",
            "@279:-15|mentoring|long-term");
    assertThat(catchments("s8-closed-hostel")).isEmpty();

    // The search asks for the plain keys and those gated by the person's circumstances.
    assertThat(SearchIndex.gatedKeys(List.of("A|n", "B|n"), Set.of("women", "licence")))
        .containsExactly("A|n", "A|n|licence", "A|n|women", "B|n", "B|n|licence", "B|n|women");

    // Opened again: linked as any active service.
    try (Session session = driver.session(sessionConfig)) {
      session.executeWriteWithoutResult(
          tx -> {
            tx.run("MATCH (s:Service {id: 's8-closed-hostel'}) SET s.status = 'active'");
            SearchIndex.refresh(tx, List.of("s8-closed-hostel"), List.of(), List.of());
          });
    }
    assertThat(catchments("s8-closed-hostel"))
        .containsExactlyInAnyOrder(DUNDEE + "|housing", "@282:-10|housing");
  }

  @Test
  void aWriterThatRefreshesMovesTheServiceToItsNewCatchment() {
    try (Session session = driver.session(sessionConfig)) {
      session.executeWriteWithoutResult(
          tx -> {
            tx.run(
                """
                MATCH (s:Service {id: 's1-night-shelter'})-[c:COVERS]->(:Area {code: $angus})
                DELETE c
                """,
                Map.of("angus", ANGUS));
            tx.run("MATCH (a:Agency {id: 'tayside'}) SET a.name = 'Tayside Homes'");
            tx.run("MATCH (l:Location {id: 'l1'}) SET l.virtual = true");
            assertThat(SearchIndex.refresh(tx, List.of(), List.of("tayside"), List.of("l1")))
                .isEqualTo(4);
          });
    }
    assertThat(catchments("s1-night-shelter")).containsExactly(DUNDEE + "|housing.emergency");
    assertThat(service("s4-remand-housing").get("agencyName")).isEqualTo("Tayside Homes");
    assertCopiesAreTrue();
  }

  @Test
  void servicesWrittenWithoutTheIndexAreRefreshedAtStartUp() {
    try (Session session = driver.session(sessionConfig)) {
      session
          .run(
              """
              MATCH (s:Service) WHERE s.id IN ['s2-women-housing', 's5-licence-mentoring']
              REMOVE s.needIds, s.areaCodes, s.searchIndexVersion
              """)
          .consume();
      session
          .run("MATCH (s:Service {id: 's6-hdc-recovery'}) SET s.searchIndexVersion = 0")
          .consume();
    }
    index.afterPropertiesSet();
    assertCopiesAreTrue();
  }

  @Test
  void theGridSquaresNearAPointHoldEveryPointWithinTheRadius() {
    Random random = new Random(5);
    boolean prunedSomewhere = false;
    for (int i = 0; i < 300; i++) {
      double latitude = 54.5 + random.nextDouble() * 6.5;
      double longitude = -8 + random.nextDouble() * 7;
      double radiusKm = 1 + random.nextDouble() * 120;
      Set<String> keys =
          new HashSet<>(SearchIndex.cellKeys(latitude, longitude, radiusKm, List.of("n"), 100_000));
      List<String> cells = new ArrayList<>();
      for (int j = 0; j < 40; j++) {
        // A point at a random bearing, just inside the radius as Neo4j measures it.
        double bearing = random.nextDouble() * 2 * Math.PI;
        double[] p = destination(latitude, longitude, bearing, radiusKm * 0.9999);
        assertThat(neo4jDistanceKm(latitude, longitude, p[0], p[1])).isLessThanOrEqualTo(radiusKm);
        cells.add(
            "@"
                + (int) Math.floor(p[0] / SearchIndex.CELL_LATITUDE_DEGREES)
                + ":"
                + (int) Math.floor(p[1] / SearchIndex.CELL_LONGITUDE_DEGREES)
                + "|n");
      }
      assertThat(keys).containsAll(cells);
      // The squares left out of the box are beyond the radius: none holds a point within it.
      Set<String> box = new HashSet<>(boundingBox(latitude, longitude, radiusKm));
      assertThat(box).containsAll(keys);
      for (String left : box) {
        if (!keys.contains(left)) {
          String[] rowColumn = left.substring(1, left.indexOf('|')).split(":");
          double south = Integer.parseInt(rowColumn[0]) * SearchIndex.CELL_LATITUDE_DEGREES;
          double west = Integer.parseInt(rowColumn[1]) * SearchIndex.CELL_LONGITUDE_DEGREES;
          for (int j = 0; j <= 20; j++) {
            for (int k = 0; k <= 20; k++) {
              double pointLatitude = south + SearchIndex.CELL_LATITUDE_DEGREES * j / 20;
              double pointLongitude = west + SearchIndex.CELL_LONGITUDE_DEGREES * k / 20;
              assertThat(neo4jDistanceKm(latitude, longitude, pointLatitude, pointLongitude))
                  .as("a point of the square %s left out", left)
                  .isGreaterThan(radiusKm);
            }
          }
        }
      }
      prunedSomewhere |= box.size() > keys.size();
    }
    assertThat(prunedSomewhere).as("corners of the box left out").isTrue();
    assertThat(SearchIndex.cellKeys(56.4, -3.4, 500, List.of("a", "b"), 2_000)).isNull();
  }

  /** Every grid square of the box around the circle, as the keys of need "n". */
  static List<String> boundingBox(double latitude, double longitude, double radiusKm) {
    double latitudeDegrees = Math.toDegrees(radiusKm / 6_350) * 1.01 + 1e-6;
    double south = latitude - latitudeDegrees;
    double north = latitude + latitudeDegrees;
    double poleward = Math.max(Math.abs(south), Math.abs(north));
    double longitudeDegrees = latitudeDegrees / Math.cos(Math.toRadians(poleward));
    List<String> keys = new ArrayList<>();
    for (int row = (int) Math.floor(south / SearchIndex.CELL_LATITUDE_DEGREES);
        row <= (int) Math.floor(north / SearchIndex.CELL_LATITUDE_DEGREES);
        row++) {
      for (int column =
              (int) Math.floor((longitude - longitudeDegrees) / SearchIndex.CELL_LONGITUDE_DEGREES);
          column
              <= (int)
                  Math.floor((longitude + longitudeDegrees) / SearchIndex.CELL_LONGITUDE_DEGREES);
          column++) {
        keys.add("@" + row + ":" + column + "|n");
      }
    }
    return keys;
  }

  private void assertCopiesAreTrue() {
    for (Map<String, Object> row :
        graph.run(COPY_AND_TRUTH, Map.of("version", SearchIndex.VERSION))) {
      for (String fact :
          List.of("needs", "areas", "onlyFor", "prisons", "agency", "points", "version")) {
        List<?> pair = (List<?>) row.get(fact);
        assertThat(pair.get(0)).as(row.get("id") + " " + fact).isEqualTo(pair.get(1));
      }
    }
  }

  private Map<String, Object> service(String id) {
    try (Session session = driver.session(sessionConfig)) {
      return session
          .run("MATCH (s:Service {id: $id}) RETURN properties(s) AS p", Map.of("id", id))
          .single()
          .get("p")
          .asMap();
    }
  }

  private List<String> catchments(String id) {
    try (Session session = driver.session(sessionConfig)) {
      return session
          .run(
              "MATCH (:Service {id: $id})-[:IN_CATCHMENT]->(c:Catchment) RETURN c.key AS key",
              Map.of("id", id))
          .list(r -> r.get("key").asString());
    }
  }

  /** The point at a distance and bearing, on Neo4j's sphere (haversine, radius 6,378.14 km). */
  static double[] destination(double lat, double lon, double bearing, double km) {
    double d = km / NEO4J_EARTH_RADIUS_KM;
    double φ1 = Math.toRadians(lat);
    double λ1 = Math.toRadians(lon);
    double φ2 =
        Math.asin(Math.sin(φ1) * Math.cos(d) + Math.cos(φ1) * Math.sin(d) * Math.cos(bearing));
    double λ2 =
        λ1
            + Math.atan2(
                Math.sin(bearing) * Math.sin(d) * Math.cos(φ1),
                Math.cos(d) - Math.sin(φ1) * Math.sin(φ2));
    return new double[] {Math.toDegrees(φ2), Math.toDegrees(λ2)};
  }

  static double neo4jDistanceKm(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * NEO4J_EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
  }

  static final double NEO4J_EARTH_RADIUS_KM = 6_378.14;
}
