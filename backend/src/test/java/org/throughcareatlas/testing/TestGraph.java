package org.throughcareatlas.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.throughcareatlas.directory.DirectoryChanged;
import org.throughcareatlas.search.SearchIndex;

/**
 * Small named builders for the graphs tests need, written through the driver into the test's
 * embedded Neo4j. {@link #clear()} empties the directory but keeps the schema and migrations.
 */
@Component
public class TestGraph {

  private final Driver driver;
  private final SessionConfig sessionConfig;
  private final ApplicationEventPublisher events;

  public TestGraph(Driver driver, SessionConfig sessionConfig, ApplicationEventPublisher events) {
    this.driver = driver;
    this.sessionConfig = sessionConfig;
    this.events = events;
  }

  public void clear() {
    run("MATCH (n) WHERE NOT n:__Neo4jMigration DETACH DELETE n", Map.of());
  }

  /**
   * Runs a statement, then refreshes the search index of every service ({@link SearchIndex}: the
   * statement may have changed any service's links); what is cached of the directory is dropped, as
   * after any bulk write.
   */
  public List<Map<String, Object>> run(String cypher, Map<String, Object> parameters) {
    try (Session session = driver.session(sessionConfig)) {
      List<Map<String, Object>> rows = session.run(cypher, parameters).list(r -> r.asMap());
      session.executeWriteWithoutResult(SearchIndex::refreshAll);
      return rows;
    } finally {
      events.publishEvent(new DirectoryChanged());
    }
  }

  public long count(String cypher) {
    try (Session session = driver.session(sessionConfig)) {
      return session.run(cypher).single().get(0).asLong();
    }
  }

  public TestGraph area(String code, String name, double latitude, double longitude) {
    run(
        """
        MERGE (a:Area {code: $code})
        SET a.name = $name, a.mainTown = $name,
            a.point = point({latitude: $latitude, longitude: $longitude})
        """,
        Map.of("code", code, "name", name, "latitude", latitude, "longitude", longitude));
    return this;
  }

  public TestGraph need(String id, String name, String broaderId) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", id);
    p.put("name", name);
    p.put("broaderId", broaderId);
    run(
        """
        MERGE (n:Need {id: $id}) SET n.name = $name, n.description = 'About ' + $name
        WITH n
        OPTIONAL MATCH (b:Need {id: $broaderId})
        FOREACH (_ IN CASE WHEN b IS NULL THEN [] ELSE [1] END | MERGE (n)-[:BROADER]->(b))
        """,
        p);
    return this;
  }

  public TestGraph circumstance(String id, String name, String group) {
    run(
        "MERGE (c:Circumstance {id: $id}) SET c.name = $name, c.group = $group",
        Map.of("id", id, "name", name, "group", group));
    return this;
  }

  public TestGraph prison(String id, String name, String areaCode) {
    return prison(id, name, areaCode, "men");
  }

  /** A prison holding {@code holds} (e.g. "men", "women", "men and women"). */
  public TestGraph prison(String id, String name, String areaCode, String holds) {
    run(
        """
        MATCH (a:Area {code: $areaCode})
        MERGE (p:Prison {id: $id}) SET p.name = $name, p.holds = $holds, p.point = a.point
        MERGE (p)-[:IN]->(a)
        """,
        Map.of("id", id, "name", name, "areaCode", areaCode, "holds", holds));
    return this;
  }

  public TestGraph agency(String id, String name, String kind) {
    run(
        """
        MERGE (a:Agency {id: $id})
        SET a.name = $name, a.kind = $kind, a.description = $name + ' helps people leaving prison',
            a.lastConfirmed = date('2026-06-01')
        """,
        Map.of("id", id, "name", name, "kind", kind));
    return this;
  }

  /** A relationship of {@code type} from agency {@code fromId} to the node with id {@code toId}. */
  public TestGraph relationship(String id, String type, String fromId, String toId) {
    return relationship(id, type, fromId, toId, LocalDate.of(2026, 1, 1));
  }

  /**
   * A relationship of {@code type} from agency {@code fromId} to the node with id {@code toId},
   * last confirmed on {@code lastConfirmed} (null: never).
   */
  public TestGraph relationship(
      String id, String type, String fromId, String toId, LocalDate lastConfirmed) {
    String target =
        switch (type) {
          case "WORKS_IN" -> "Prison";
          case "FUNDS", "COMMISSIONS" -> "Service";
          default -> "Agency";
        };
    // Test-only: type and label come from the switch above and the test's own constants.
    String cypher =
        String.join(
            "\n",
            "MATCH (f:Agency {id: $fromId}), (t:" + target + " {id: $toId})",
            "CREATE (f)-[:" + type + " {id: $id, since: date('2020-01-01'), formal: true,",
            "  lastConfirmed: $lastConfirmed, notes: 'test'}]->(t)");
    Map<String, Object> p = new HashMap<>();
    p.put("id", id);
    p.put("fromId", fromId);
    p.put("toId", toId);
    p.put("lastConfirmed", lastConfirmed);
    run(cypher, p);
    return this;
  }

  /** The council area of an agency's base. */
  public TestGraph basedIn(String agencyId, String areaCode) {
    run(
        "MATCH (a:Agency {id: $agencyId}), (c:Area {code: $areaCode}) MERGE (a)-[:BASED_IN]->(c)",
        Map.of("agencyId", agencyId, "areaCode", areaCode));
    return this;
  }

  /** A service that works inside a prison before release. */
  public TestGraph inReach(String serviceId, String prisonId) {
    run(
        "MATCH (s:Service {id: $serviceId}), (p:Prison {id: $prisonId}) MERGE (s)-[:IN_REACH]->(p)",
        Map.of("serviceId", serviceId, "prisonId", prisonId));
    return this;
  }

  /**
   * A contact of an agency; also of one of its services when {@code serviceId} is given, and for
   * one prison when {@code prisonId} is given.
   */
  public TestGraph contact(
      String id, String name, String agencyId, String serviceId, String prisonId) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", id);
    p.put("name", name);
    p.put("agencyId", agencyId);
    p.put("serviceId", serviceId);
    p.put("prisonId", prisonId);
    run(
        """
        MATCH (a:Agency {id: $agencyId})
        CREATE (c:Contact {id: $id, name: $name, role: 'Referrals', phone: '0131 496 0000',
                           email: $id + '@example.org'})
        CREATE (a)-[:HAS_CONTACT]->(c)
        WITH c
        OPTIONAL MATCH (s:Service {id: $serviceId})
        FOREACH (_ IN CASE WHEN s IS NULL THEN [] ELSE [1] END | MERGE (s)-[:HAS_CONTACT]->(c))
        WITH c
        OPTIONAL MATCH (pr:Prison {id: $prisonId})
        FOREACH (_ IN CASE WHEN pr IS NULL THEN [] ELSE [1] END | MERGE (c)-[:AT_PRISON]->(pr))
        """,
        p);
    return this;
  }

  public ServiceFixture service(String id, String name, String agencyId) {
    return new ServiceFixture(id, name, agencyId);
  }

  /** A service being built; {@link #create()} writes it. */
  public final class ServiceFixture {
    private final Map<String, Object> p = new HashMap<>();
    private final List<String> needs = new ArrayList<>();
    private final List<String> covers = new ArrayList<>();
    private final List<String> onlyFor = new ArrayList<>();
    private final List<Map<String, Object>> locations = new ArrayList<>();
    private final List<String> inReach = new ArrayList<>();

    private ServiceFixture(String id, String name, String agencyId) {
      p.put("id", id);
      p.put("name", name);
      p.put("agencyId", agencyId);
      p.put("status", "active");
      p.put("lastVerified", LocalDate.of(2026, 9, 1));
      p.put("minimumAge", null);
      p.put("maximumAge", null);
      p.put("description", name + " for people leaving prison");
      p.put("capacity", null);
      p.put("waitingTime", null);
      p.put("selfReferral", true);
    }

    public ServiceFixture description(String description) {
      p.put("description", description);
      return this;
    }

    /** open, limited or full. */
    public ServiceFixture capacity(String capacity) {
      p.put("capacity", capacity);
      return this;
    }

    public ServiceFixture waitingTime(String waitingTime) {
      p.put("waitingTime", waitingTime);
      return this;
    }

    public ServiceFixture selfReferral(boolean selfReferral) {
      p.put("selfReferral", selfReferral);
      return this;
    }

    /** Works inside these prisons before release ({@code IN_REACH}). */
    public ServiceFixture inReach(String... prisonIds) {
      inReach.addAll(List.of(prisonIds));
      return this;
    }

    public ServiceFixture meets(String... needIds) {
      needs.addAll(List.of(needIds));
      return this;
    }

    public ServiceFixture covers(String... areaCodes) {
      covers.addAll(List.of(areaCodes));
      return this;
    }

    public ServiceFixture onlyFor(String... circumstanceIds) {
      onlyFor.addAll(List.of(circumstanceIds));
      return this;
    }

    public ServiceFixture ages(Integer minimum, Integer maximum) {
      p.put("minimumAge", minimum);
      p.put("maximumAge", maximum);
      return this;
    }

    public ServiceFixture lastVerified(LocalDate date) {
      p.put("lastVerified", date);
      return this;
    }

    public ServiceFixture status(String status) {
      p.put("status", status);
      return this;
    }

    public ServiceFixture locatedAt(
        String locationId, String areaCode, double latitude, double longitude) {
      locations.add(
          Map.of(
              "id",
              locationId,
              "areaCode",
              areaCode,
              "latitude",
              latitude,
              "longitude",
              longitude));
      return this;
    }

    public TestGraph create() {
      p.put("needs", needs);
      p.put("covers", covers);
      p.put("onlyFor", onlyFor);
      p.put("locations", locations);
      p.put("inReach", inReach);
      run(
          """
          MATCH (a:Agency {id: $agencyId})
          CREATE (s:Service {id: $id, name: $name, description: $description,
                  status: $status, selfReferral: $selfReferral,
                  referralRoutes: ['self', 'prison officer'],
                  capacity: $capacity, waitingTime: $waitingTime,
                  lastVerified: $lastVerified, minimumAge: $minimumAge, maximumAge: $maximumAge,
                  languages: ['English'], requiredDocuments: []})
          CREATE (a)-[:PROVIDES]->(s)
          FOREACH (needId IN $needs | MERGE (n:Need {id: needId}) MERGE (s)-[:MEETS]->(n))
          FOREACH (code IN $covers | MERGE (c:Area {code: code}) MERGE (s)-[:COVERS]->(c))
          FOREACH (cid IN $onlyFor | MERGE (c:Circumstance {id: cid}) MERGE (s)-[:FOR]->(c))
          FOREACH (pid IN $inReach | MERGE (pr:Prison {id: pid}) MERGE (s)-[:IN_REACH]->(pr))
          FOREACH (l IN $locations |
            MERGE (loc:Location {id: l.id})
            SET loc.name = $name, loc.address = '1 Test Street', loc.virtual = false,
                loc.point = point({latitude: l.latitude, longitude: l.longitude})
            MERGE (s)-[:DELIVERED_AT]->(loc)
            MERGE (ar:Area {code: l.areaCode})
            MERGE (loc)-[:IN]->(ar))
          """,
          p);
      return TestGraph.this;
    }
  }
}
