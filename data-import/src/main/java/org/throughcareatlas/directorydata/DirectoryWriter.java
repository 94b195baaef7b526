package org.throughcareatlas.directorydata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.throughcareatlas.backup.DirectoryLock;
import org.throughcareatlas.directory.DirectoryChanged;
import org.throughcareatlas.search.SearchIndex;

/**
 * Writes a {@link Directory} into the graph through the driver with {@code UNWIND $rows … MERGE} in
 * batches, all in one transaction: the graph is never left half-written. Every {@code MERGE} key
 * has a uniqueness constraint (migration V0001). Writing the same directory twice changes nothing;
 * a changed row updates its node in place and its links are replaced. Last, in the same
 * transaction, the search index of the services written (and of those of the agencies and locations
 * written) is recomputed ({@link SearchIndex#refresh}).
 */
@Component
public class DirectoryWriter {

  static final int BATCH_SIZE = 1_000;

  private final Driver driver;
  private final SessionConfig sessionConfig;
  private final ApplicationEventPublisher events;

  public DirectoryWriter(
      Driver driver, SessionConfig sessionConfig, ApplicationEventPublisher events) {
    this.driver = driver;
    this.sessionConfig = sessionConfig;
    this.events = events;
  }

  /** Writes the whole directory in one transaction, then says the directory changed. */
  public void write(Directory directory) {
    try (Session session = driver.session(sessionConfig);
        Transaction tx = session.beginTransaction()) {
      write(tx, directory);
      tx.commit();
    }
    events.publishEvent(new DirectoryChanged());
  }

  /** Writes the directory inside a transaction the caller owns (and commits or rolls back). */
  public void write(Transaction tx, Directory directory) {
    DirectoryLock.take(tx);
    batches(tx, AREAS, directory.areas(), DirectoryWriter::area);
    batches(tx, PRISONS, directory.prisons(), DirectoryWriter::prison);
    batches(tx, NEEDS, directory.needs(), DirectoryWriter::need);
    batches(tx, NEED_BROADER, directory.needs(), DirectoryWriter::need);
    // A restricted service is in the catchments gated by its first group's circumstances: when a
    // circumstance moves to another group, its services are indexed again.
    List<String> regrouped =
        tx.run(
                REGROUPED_SERVICES,
                Map.of(
                    "rows",
                    directory.circumstances().stream().map(DirectoryWriter::circumstance).toList()))
            .list(r -> r.get("id").asString());
    batches(tx, CIRCUMSTANCES, directory.circumstances(), DirectoryWriter::circumstance);
    batches(tx, AGENCIES, directory.agencies(), DirectoryWriter::agency);
    batches(tx, LOCATIONS, directory.locations(), DirectoryWriter::location);
    batches(tx, SERVICES, directory.services(), DirectoryWriter::service);
    batches(tx, CONTACTS, directory.contacts(), DirectoryWriter::contact);
    for (Directory.RelationshipType type : Directory.RelationshipType.values()) {
      List<Directory.Relationship> ofType =
          directory.relationships().stream().filter(r -> r.type() == type).toList();
      batches(tx, relationshipStatement(type), ofType, DirectoryWriter::relationship);
    }
    List<String> services = new ArrayList<>(regrouped);
    directory.services().forEach(service -> services.add(service.id()));
    SearchIndex.refresh(
        tx,
        services,
        directory.agencies().stream().map(Directory.Agency::id).toList(),
        directory.locations().stream().map(Directory.Location::id).toList());
  }

  private static <T> void batches(
      Transaction tx, String statement, List<T> rows, Function<T, Map<String, Object>> toMap) {
    for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
      List<Map<String, Object>> batch = new ArrayList<>();
      for (T row : rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE))) {
        batch.add(toMap.apply(row));
      }
      tx.run(statement, Map.of("rows", batch)).consume();
    }
  }

  private static final String AREAS =
      """
      UNWIND $rows AS row
      MERGE (a:Area {code: row.code})
      SET a.name = row.name, a.mainTown = row.mainTown,
          a.point = point({latitude: row.latitude, longitude: row.longitude})
      """;

  private static final String PRISONS =
      """
      UNWIND $rows AS row
      MERGE (p:Prison {id: row.id})
      SET p.name = row.name, p.holds = row.holds, p.notes = row.notes,
          p.point = point({latitude: row.latitude, longitude: row.longitude})
      WITH p, row
      OPTIONAL MATCH (p)-[old:IN]->(:Area)
      DELETE old
      WITH p, row
      MATCH (a:Area {code: row.areaCode})
      MERGE (p)-[:IN]->(a)
      """;

  private static final String NEEDS =
      """
      UNWIND $rows AS row
      MERGE (n:Need {id: row.id})
      SET n.name = row.name, n.description = row.description,
          n.level = CASE WHEN row.broaderId IS NULL THEN 1 ELSE 2 END
      """;

  private static final String NEED_BROADER =
      """
      UNWIND $rows AS row
      MATCH (n:Need {id: row.id})
      OPTIONAL MATCH (n)-[old:BROADER]->(:Need)
      DELETE old
      WITH n, row WHERE row.broaderId IS NOT NULL
      MATCH (b:Need {id: row.broaderId})
      MERGE (n)-[:BROADER]->(b)
      """;

  /** The services restricted to a circumstance whose group the rows change. */
  private static final String REGROUPED_SERVICES =
      """
      UNWIND $rows AS row
      MATCH (c:Circumstance {id: row.id}) WHERE coalesce(c.group, '') <> coalesce(row.group, '')
      MATCH (s:Service)-[:FOR]->(c)
      RETURN DISTINCT s.id AS id
      """;

  private static final String CIRCUMSTANCES =
      """
      UNWIND $rows AS row
      MERGE (c:Circumstance {id: row.id})
      SET c.name = row.name, c.group = row.group, c.description = row.description
      """;

  private static final String AGENCIES =
      """
      UNWIND $rows AS row
      MERGE (a:Agency {id: row.id})
      SET a.name = row.name, a.description = row.description, a.kind = row.kind,
          a.website = row.website, a.email = row.email, a.phone = row.phone,
          a.lastConfirmed = row.lastConfirmed
      WITH a, row
      OPTIONAL MATCH (a)-[old:BASED_IN]->(:Area)
      DELETE old
      WITH a, row
      OPTIONAL MATCH (area:Area {code: row.baseAreaCode})
      FOREACH (_ IN CASE WHEN area IS NULL THEN [] ELSE [1] END | MERGE (a)-[:BASED_IN]->(area))
      """;

  private static final String LOCATIONS =
      """
      UNWIND $rows AS row
      MERGE (l:Location {id: row.id})
      SET l.name = row.name, l.address = row.address, l.postcode = row.postcode,
          l.virtual = row.virtual,
          l.point = CASE WHEN row.latitude IS NULL OR row.longitude IS NULL THEN null
                         ELSE point({latitude: row.latitude, longitude: row.longitude}) END
      WITH l, row
      OPTIONAL MATCH (l)-[old:IN]->(:Area)
      DELETE old
      WITH l, row
      OPTIONAL MATCH (area:Area {code: row.areaCode})
      FOREACH (_ IN CASE WHEN area IS NULL THEN [] ELSE [1] END | MERGE (l)-[:IN]->(area))
      """;

  private static final String SERVICES =
      """
      UNWIND $rows AS row
      MERGE (s:Service {id: row.id})
      SET s.name = row.name, s.description = row.description, s.status = row.status,
          s.selfReferral = row.selfReferral, s.referralRoutes = row.referralRoutes,
          s.referralCriteria = row.referralCriteria, s.waitingTime = row.waitingTime,
          s.capacity = row.capacity, s.cost = row.cost, s.languages = row.languages,
          s.openingHours = row.openingHours, s.requiredDocuments = row.requiredDocuments,
          s.minimumAge = row.minimumAge, s.maximumAge = row.maximumAge,
          s.lastVerified = row.lastVerified
      WITH s, row
      OPTIONAL MATCH (s)-[old:MEETS|FOR|COVERS|IN_REACH|DELIVERED_AT]->()
      DELETE old
      WITH DISTINCT s, row
      OPTIONAL MATCH (s)<-[oldProvider:PROVIDES]-(:Agency)
      DELETE oldProvider
      WITH DISTINCT s, row
      MATCH (agency:Agency {id: row.agencyId})
      MERGE (agency)-[:PROVIDES]->(s)
      WITH s, row
      CALL (s, row) {
        UNWIND row.needIds AS needId
        MATCH (n:Need {id: needId})
        MERGE (s)-[:MEETS]->(n)
      }
      CALL (s, row) {
        UNWIND row.circumstanceIds AS circumstanceId
        MATCH (c:Circumstance {id: circumstanceId})
        MERGE (s)-[:FOR]->(c)
      }
      CALL (s, row) {
        UNWIND row.coversAreaCodes AS code
        MATCH (a:Area {code: code})
        MERGE (s)-[:COVERS]->(a)
      }
      CALL (s, row) {
        UNWIND row.inReachPrisonIds AS prisonId
        MATCH (p:Prison {id: prisonId})
        MERGE (s)-[:IN_REACH]->(p)
      }
      CALL (s, row) {
        UNWIND row.locationIds AS locationId
        MATCH (l:Location {id: locationId})
        MERGE (s)-[:DELIVERED_AT]->(l)
      }
      """;

  private static final String CONTACTS =
      """
      UNWIND $rows AS row
      MERGE (c:Contact {id: row.id})
      SET c.name = row.name, c.role = row.role, c.phone = row.phone, c.email = row.email
      WITH c, row
      OPTIONAL MATCH (c)<-[old:HAS_CONTACT]-()
      DELETE old
      WITH DISTINCT c, row
      OPTIONAL MATCH (c)-[oldPrison:AT_PRISON]->()
      DELETE oldPrison
      WITH DISTINCT c, row
      MATCH (a:Agency {id: row.agencyId})
      MERGE (a)-[:HAS_CONTACT]->(c)
      WITH c, row
      OPTIONAL MATCH (s:Service {id: row.serviceId})
      FOREACH (_ IN CASE WHEN s IS NULL THEN [] ELSE [1] END | MERGE (s)-[:HAS_CONTACT]->(c))
      WITH c, row
      OPTIONAL MATCH (p:Prison {id: row.prisonId})
      FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | MERGE (c)-[:AT_PRISON]->(p))
      """;

  /**
   * One statement per relationship type, made once from a template: a type cannot be a parameter in
   * Cypher, and the names put in come from the {@link Directory.RelationshipType} enum, never from
   * input.
   */
  static String relationshipStatement(Directory.RelationshipType type) {
    String target =
        switch (type) {
          case REFERS_TO, PARTNERS_WITH, SHARES_INFORMATION_WITH -> "Agency";
          case WORKS_IN -> "Prison";
          case FUNDS, COMMISSIONS -> "Service";
        };
    return RELATIONSHIP_TEMPLATE.replace("TARGET_LABEL", target).replace("REL_TYPE", type.name());
  }

  private static final String RELATIONSHIP_TEMPLATE =
      """
      UNWIND $rows AS row
      MATCH (from:Agency {id: row.fromId})
      MATCH (to:TARGET_LABEL {id: row.toId})
      MERGE (from)-[r:REL_TYPE {id: row.id}]->(to)
      SET r.since = row.since, r.formal = row.formal, r.lastConfirmed = row.lastConfirmed,
          r.notes = row.notes, r.system = row.system
      """;

  private static Map<String, Object> area(Directory.Area a) {
    return map(
        "code",
        a.code(),
        "name",
        a.name(),
        "mainTown",
        a.mainTown(),
        "latitude",
        a.latitude(),
        "longitude",
        a.longitude());
  }

  private static Map<String, Object> prison(Directory.Prison p) {
    return map(
        "id",
        p.id(),
        "name",
        p.name(),
        "areaCode",
        p.areaCode(),
        "holds",
        p.holds(),
        "latitude",
        p.latitude(),
        "longitude",
        p.longitude(),
        "notes",
        p.notes());
  }

  private static Map<String, Object> need(Directory.Need n) {
    return map(
        "id", n.id(), "name", n.name(), "description", n.description(), "broaderId", n.broaderId());
  }

  private static Map<String, Object> circumstance(Directory.Circumstance c) {
    return map("id", c.id(), "name", c.name(), "group", c.group(), "description", c.description());
  }

  private static Map<String, Object> agency(Directory.Agency a) {
    return map(
        "id",
        a.id(),
        "name",
        a.name(),
        "description",
        a.description(),
        "kind",
        a.kind(),
        "website",
        a.website(),
        "email",
        a.email(),
        "phone",
        a.phone(),
        "baseAreaCode",
        a.baseAreaCode(),
        "lastConfirmed",
        a.lastConfirmed());
  }

  private static Map<String, Object> location(Directory.Location l) {
    return map(
        "id",
        l.id(),
        "name",
        l.name(),
        "address",
        l.address(),
        "postcode",
        l.postcode(),
        "areaCode",
        l.areaCode(),
        "latitude",
        l.latitude(),
        "longitude",
        l.longitude(),
        "virtual",
        l.virtual());
  }

  private static Map<String, Object> service(Directory.Service s) {
    return map(
        "id",
        s.id(),
        "agencyId",
        s.agencyId(),
        "name",
        s.name(),
        "description",
        s.description(),
        "status",
        s.status(),
        "selfReferral",
        s.selfReferral(),
        "referralRoutes",
        s.referralRoutes(),
        "referralCriteria",
        s.referralCriteria(),
        "waitingTime",
        s.waitingTime(),
        "capacity",
        s.capacity(),
        "cost",
        s.cost(),
        "languages",
        s.languages(),
        "openingHours",
        s.openingHours(),
        "requiredDocuments",
        s.requiredDocuments(),
        "minimumAge",
        s.minimumAge(),
        "maximumAge",
        s.maximumAge(),
        "lastVerified",
        s.lastVerified(),
        "needIds",
        s.needIds(),
        "circumstanceIds",
        s.circumstanceIds(),
        "coversAreaCodes",
        s.coversAreaCodes(),
        "inReachPrisonIds",
        s.inReachPrisonIds(),
        "locationIds",
        s.locationIds());
  }

  private static Map<String, Object> contact(Directory.Contact c) {
    return map(
        "id",
        c.id(),
        "agencyId",
        c.agencyId(),
        "serviceId",
        c.serviceId(),
        "prisonId",
        c.prisonId(),
        "name",
        c.name(),
        "role",
        c.role(),
        "phone",
        c.phone(),
        "email",
        c.email());
  }

  private static Map<String, Object> relationship(Directory.Relationship r) {
    return map(
        "id",
        r.id(),
        "fromId",
        r.fromId(),
        "toId",
        r.toId(),
        "since",
        r.since(),
        "formal",
        r.formal(),
        "lastConfirmed",
        r.lastConfirmed(),
        "notes",
        r.notes(),
        "system",
        r.system());
  }

  /** A map that, unlike {@code Map.of}, keeps nulls (they become Cypher nulls). */
  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
