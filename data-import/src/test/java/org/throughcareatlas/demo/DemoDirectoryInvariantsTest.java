package org.throughcareatlas.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.throughcareatlas.directorydata.Directory;
import org.throughcareatlas.directorydata.DirectoryWriter;

/**
 * The demo directory as loaded into an empty database at start-up: its size, its completeness, and
 * the duplicates and gaps built into it for the analytics to find (docs/demo-directory.md).
 */
@SpringBootTest(properties = "atlas.demo.enabled=true")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDirectoryInvariantsTest {

  @Autowired Driver driver;
  @Autowired SessionConfig sessionConfig;
  @Autowired DirectoryWriter writer;

  final Directory demo = DemoDirectory.build();

  @BeforeAll
  void loadedAtStartUp() {
    assertThat(count("MATCH (s:Service) RETURN count(s)")).isEqualTo(demo.services().size());
  }

  @Test
  void holdsAllCouncilAreasEstablishmentsAndEnoughAgenciesServicesAndRelationships() {
    assertThat(count("MATCH (a:Area) RETURN count(a)")).isEqualTo(32);
    assertThat(count("MATCH (p:Prison)-[:IN]->(:Area) RETURN count(p)")).isEqualTo(17);
    assertThat(count("MATCH (a:Agency) RETURN count(a)")).isGreaterThanOrEqualTo(60);
    assertThat(count("MATCH (s:Service) RETURN count(s)")).isGreaterThanOrEqualTo(200);
    assertThat(
            count(
                "MATCH ()-[r:REFERS_TO|PARTNERS_WITH|SHARES_INFORMATION_WITH|WORKS_IN|FUNDS|COMMISSIONS]->()"
                    + " RETURN count(r)"))
        .isEqualTo(demo.relationships().size())
        .isGreaterThanOrEqualTo(150);
    assertThat(count("MATCH (n:Need) WHERE NOT (n)-[:BROADER]->() RETURN count(n)")).isEqualTo(14);
    assertThat(count("MATCH (n:Need)-[:BROADER]->(:Need) RETURN count(n)"))
        .isEqualTo(demo.needs().size() - 14);
  }

  @Test
  void everyRowWasWrittenWithEveryLinkItNames() {
    // The writer MATCHes ends by id: a row naming an id that does not exist would silently lose
    // its link, so each kind of link is counted against the rows.
    assertThat(count("MATCH (:Service)-[r:MEETS]->(:Need) RETURN count(r)"))
        .isEqualTo(demo.services().stream().mapToLong(s -> s.needIds().size()).sum());
    assertThat(count("MATCH (:Service)-[r:COVERS]->(:Area) RETURN count(r)"))
        .isEqualTo(demo.services().stream().mapToLong(s -> s.coversAreaCodes().size()).sum());
    assertThat(count("MATCH (:Service)-[r:FOR]->(:Circumstance) RETURN count(r)"))
        .isEqualTo(demo.services().stream().mapToLong(s -> s.circumstanceIds().size()).sum());
    assertThat(count("MATCH (:Service)-[r:DELIVERED_AT]->(:Location) RETURN count(r)"))
        .isEqualTo(demo.services().stream().mapToLong(s -> s.locationIds().size()).sum());
    assertThat(count("MATCH (:Service)-[r:IN_REACH]->(:Prison) RETURN count(r)"))
        .isEqualTo(demo.services().stream().mapToLong(s -> s.inReachPrisonIds().size()).sum());
    assertThat(count("MATCH (:Agency)-[:HAS_CONTACT]->(c:Contact) RETURN count(c)"))
        .isEqualTo(demo.contacts().size());
  }

  @Test
  void everyServiceHasAnAgencyANeedACatchmentAndAPlace() {
    assertThat(count("MATCH (s:Service) WHERE NOT (:Agency)-[:PROVIDES]->(s) RETURN count(s)"))
        .isZero();
    assertThat(count("MATCH (s:Service) WHERE NOT (s)-[:MEETS]->(:Need) RETURN count(s)")).isZero();
    assertThat(count("MATCH (s:Service) WHERE NOT (s)-[:COVERS]->(:Area) RETURN count(s)"))
        .isZero();
    assertThat(
            count("MATCH (s:Service) WHERE NOT (s)-[:DELIVERED_AT]->(:Location) RETURN count(s)"))
        .isZero();
  }

  @Test
  void everyTopLevelNeedIsMetAndEveryCircumstanceIsUsed() {
    assertThat(
            count(
                """
                MATCH (top:Need) WHERE NOT (top)-[:BROADER]->()
                AND NOT EXISTS { (:Service)-[:MEETS]->(n:Need) WHERE n = top OR (n)-[:BROADER]->(top) }
                RETURN count(top)
                """))
        .isZero();
    assertThat(count("MATCH (c:Circumstance) WHERE NOT (:Service)-[:FOR]->(c) RETURN count(c)"))
        .isZero();
  }

  @Test
  void catchmentsDifferFromWhereServicesAreBased() {
    assertThat(
            count(
                """
                MATCH (s:Service)-[:DELIVERED_AT]->(:Location {virtual: false})-[:IN]->(home:Area)
                WHERE EXISTS { (s)-[:COVERS]->(other:Area) WHERE other <> home }
                RETURN count(DISTINCT s)
                """))
        .isGreaterThanOrEqualTo(20);
  }

  @Test
  void someDetailsAreStaleAndSomeAgenciesAreIsolated() {
    assertThat(
            count(
                "MATCH (s:Service) WHERE s.lastVerified < date('2026-11-23') - duration('P1Y')"
                    + " RETURN count(s)"))
        .isGreaterThanOrEqualTo(25);
    assertThat(
            count(
                """
                MATCH (a:Agency)
                WHERE NOT (a)-[:REFERS_TO|PARTNERS_WITH|SHARES_INFORMATION_WITH|WORKS_IN|FUNDS|COMMISSIONS]-()
                RETURN count(a)
                """))
        .isBetween(3L, 5L);
  }

  @Test
  void justiceSocialWorkTeamsWorkInLinkCentres() {
    assertThat(
            count(
                """
                MATCH (a:Agency {kind: 'STATUTORY'})-[:WORKS_IN]->(:Prison)
                WHERE a.name CONTAINS 'Justice Social Work'
                RETURN count(DISTINCT a)
                """))
        .isGreaterThanOrEqualTo(3);
  }

  @Test
  void theDeliberateDuplicatesAreActiveServicesOfDifferentAgenciesForTheSameNeedAndPlace() {
    assertThat(DemoDirectory.duplicateClusters()).hasSizeGreaterThanOrEqualTo(4);
    for (var cluster : DemoDirectory.duplicateClusters()) {
      long matching =
          count(
              """
              MATCH (a:Agency)-[:PROVIDES]->(s:Service {status: 'active'})-[:COVERS]->(:Area {code: $area})
              WHERE s.id IN $ids
                AND EXISTS { (s)-[:MEETS]->(n:Need) WHERE n.id = $need OR (n)-[:BROADER]->(:Need {id: $need}) }
              RETURN count(DISTINCT a)
              """,
              Map.of(
                  "ids",
                  cluster.serviceIds(),
                  "area",
                  cluster.areaCode(),
                  "need",
                  cluster.needId()));
      assertThat(matching)
          .as(cluster.label())
          .isEqualTo(cluster.serviceIds().size())
          .isGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void theDeliberateGapsHaveNoServiceForThatNeedPlaceAndGroup() {
    assertThat(DemoDirectory.gaps()).hasSizeGreaterThanOrEqualTo(4);
    for (var gap : DemoDirectory.gaps()) {
      Map<String, Object> p = new java.util.HashMap<>();
      p.put("need", gap.needId());
      p.put("area", gap.areaCode());
      p.put("group", gap.circumstanceId());
      long services =
          count(
              """
              MATCH (s:Service {status: 'active'})-[:COVERS]->(:Area {code: $area})
              WHERE EXISTS { (s)-[:MEETS]->(n:Need) WHERE n.id = $need OR (n)-[:BROADER]->(:Need {id: $need}) }
                // A service restricted to another circumstance of the group's kind (men, for
                // women) is not for the group; any other service is.
                AND ($group IS NULL OR NOT EXISTS {
                      MATCH (g:Circumstance {id: $group})
                      MATCH (s)-[:FOR]->(c:Circumstance) WHERE c.group = g.group AND c <> g })
              RETURN count(s)
              """,
              p);
      assertThat(services).as(gap.label()).isZero();
      assertThat(
              count("MATCH (a:Area {code: $area}) RETURN count(a)", Map.of("area", gap.areaCode())))
          .isEqualTo(1);
    }
  }

  @Test
  void writingTheDemoDirectoryAgainChangesNothing() {
    List<Object> before = snapshot();
    writer.write(DemoDirectory.build());
    assertThat(snapshot()).isEqualTo(before);
  }

  /** Every node and relationship with all its properties, in a stable order. */
  private List<Object> snapshot() {
    try (var session = driver.session(sessionConfig)) {
      return session
          .run(
              """
              MATCH (n) WHERE NOT n:__Neo4jMigration
              OPTIONAL MATCH (n)-[r]->(m)
              WITH n, r, m
              ORDER BY coalesce(n.id, n.code, n.key), type(r), coalesce(m.id, m.code, m.key), r.id
              RETURN collect([labels(n), properties(n), type(r), properties(r),
                              coalesce(m.id, m.code, m.key)]) AS graph
              """)
          .single()
          .get("graph")
          .asList();
    }
  }

  private long count(String cypher) {
    return count(cypher, Map.of());
  }

  private long count(String cypher, Map<String, Object> parameters) {
    try (var session = driver.session(sessionConfig)) {
      return session.run(cypher, parameters).single().get(0).asLong();
    }
  }
}
