package org.throughcareatlas.hsds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Transaction;
import org.throughcareatlas.directorydata.Directory;
import org.throughcareatlas.directorydata.DirectoryWriter;
import org.throughcareatlas.hsds.ImportReport.Kind;
import org.throughcareatlas.search.SearchIndex;

/**
 * Writes imported entities inside the import's one transaction. Agencies, locations, contacts and
 * services go through {@link DirectoryWriter} (so the graph keeps the shape every other writer
 * gives it); what HSDS adds — {@code hsdsSource}, {@code importHash}, relationship ids, taxonomies,
 * terms, {@code HAS_ATTRIBUTE}, {@code HAS_LOCATION}, a location's contacts — is written here,
 * after it, by the statements below (docs/hsds-mapping.md).
 */
final class HsdsGraphWriter {

  private final DirectoryWriter directoryWriter;

  HsdsGraphWriter(DirectoryWriter directoryWriter) {
    this.directoryWriter = directoryWriter;
  }

  /** Existing {@code importHash} of the given ids. */
  static Map<String, Map<String, Object>> existing(Transaction tx, Kind kind, List<String> ids) {
    Map<String, Map<String, Object>> found = new HashMap<>();
    tx.run(
            "UNWIND $ids AS id MATCH (n:"
                + label(kind)
                + " {id: id})"
                + " RETURN n.id AS id, n.importHash AS hash",
            Map.of("ids", ids))
        .forEachRemaining(
            r -> {
              Map<String, Object> values = new HashMap<>();
              values.put("hash", r.get("hash").asString(null));
              found.put(r.get("id").asString(), values);
            });
    return found;
  }

  /**
   * Existing {@code importHash} of entities of every kind, in one query: key ({@code KIND:id}) to
   * hash (null when the node exists without one).
   */
  static Map<String, String> existingHashes(Transaction tx, Map<Kind, List<String>> idsByKind) {
    StringBuilder query = new StringBuilder();
    Map<String, Object> parameters = new HashMap<>();
    for (Map.Entry<Kind, List<String>> entry : idsByKind.entrySet()) {
      if (!query.isEmpty()) {
        query.append(" UNION ALL ");
      }
      String parameter = entry.getKey().name().toLowerCase(java.util.Locale.ROOT);
      query
          .append("UNWIND $")
          .append(parameter)
          .append(" AS id MATCH (n:")
          .append(label(entry.getKey()))
          .append(" {id: id}) RETURN '")
          .append(entry.getKey().name())
          .append(":' + n.id AS key, n.importHash AS hash");
      parameters.put(parameter, entry.getValue());
    }
    Map<String, String> found = new HashMap<>();
    if (query.isEmpty()) {
      return found;
    }
    tx.run(query.toString(), parameters)
        .forEachRemaining(r -> found.put(r.get("key").asString(), r.get("hash").asString(null)));
    return found;
  }

  /** Which of the ids exist in the graph. */
  static Set<String> existingIds(Transaction tx, Kind kind, List<String> ids) {
    return existing(tx, kind, ids).keySet();
  }

  /**
   * The node label of a kind: from an enum, never from input, so safe to put in a statement (labels
   * cannot be parameters).
   */
  static String label(Kind kind) {
    return switch (kind) {
      case SERVICE -> "Service";
      case AGENCY -> "Agency";
      case LOCATION -> "Location";
      case CONTACT -> "Contact";
      case TAXONOMY -> "Taxonomy";
      case TERM -> "TaxonomyTerm";
    };
  }

  /**
   * First, the nodes of a batch other than services, with their own properties (and a location's
   * council area). {@code created} are the keys of entities new to the graph.
   */
  void writeNodes(Transaction tx, List<ImportedEntity> entities, Set<String> created) {
    Map<Kind, List<Map<String, Object>>> rows = rows(entities, created);
    run(tx, AGENCIES, rows.get(Kind.AGENCY));
    run(tx, LOCATIONS, rows.get(Kind.LOCATION));
    run(tx, CONTACTS, rows.get(Kind.CONTACT));
    run(tx, TAXONOMIES, rows.get(Kind.TAXONOMY));
    run(tx, TERMS, rows.get(Kind.TERM));
  }

  /**
   * Then, once the nodes they point to exist: services through {@link DirectoryWriter} with their
   * links, what HSDS adds to them, and the links of the other nodes. A new node has no old links to
   * remove, so those statements skip that work for it.
   */
  @SuppressWarnings("unchecked")
  void writeLinks(Transaction tx, List<ImportedEntity> entities, Set<String> created) {
    Map<Kind, List<Map<String, Object>>> rows = rows(entities, created);
    List<Directory.Service> services = new ArrayList<>();
    for (Map<String, Object> row : rows.get(Kind.SERVICE)) {
      services.add(service(row));
    }
    if (!services.isEmpty()) {
      long started = System.nanoTime();
      directoryWriter.write(
          tx,
          new Directory(
              List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), services,
              List.of()));
      ImportTiming.add("DirectoryWriter: services", started);
    }
    run(tx, SERVICE_EXTRAS, rows.get(Kind.SERVICE));
    run(
        tx,
        AGENCY_LINKS,
        rows.get(Kind.AGENCY).stream()
            .filter(r -> !(boolean) r.get("created") || !((List<?>) r.get("attributes")).isEmpty())
            .toList());
    run(
        tx,
        LOCATION_LINKS,
        rows.get(Kind.LOCATION).stream()
            .filter(
                r ->
                    !(boolean) r.get("created")
                        || !((List<?>) r.get("attributes")).isEmpty()
                        || !((List<?>) r.get("agencyIds")).isEmpty())
            .toList());
    run(
        tx,
        CONTACT_LINKS,
        rows.get(Kind.CONTACT).stream()
            .filter(
                r ->
                    !(boolean) r.get("created")
                        || !((List<?>) r.get("agencyIds")).isEmpty()
                        || !((List<?>) r.get("locationIds")).isEmpty())
            .toList());
    // Services were refreshed by DirectoryWriter; an agency renamed or a location moved changes
    // what the search index holds for their services too.
    List<String> agencyIds = rows.get(Kind.AGENCY).stream().map(r -> (String) r.get("id")).toList();
    List<String> locationIds =
        rows.get(Kind.LOCATION).stream().map(r -> (String) r.get("id")).toList();
    if (!agencyIds.isEmpty() || !locationIds.isEmpty()) {
      SearchIndex.refresh(tx, List.of(), agencyIds, locationIds);
    }
  }

  /** The rows to send, by kind, each with {@code created} added. */
  private static Map<Kind, List<Map<String, Object>>> rows(
      List<ImportedEntity> entities, Set<String> created) {
    Map<Kind, List<Map<String, Object>>> rows = new java.util.EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      rows.put(kind, new ArrayList<>());
    }
    for (ImportedEntity e : entities) {
      Map<String, Object> row = new HashMap<>(e.row());
      row.put("created", created.contains(e.key()));
      rows.get(e.kind()).add(row);
    }
    return rows;
  }

  private static void run(Transaction tx, String statement, List<Map<String, Object>> rows) {
    if (!rows.isEmpty()) {
      long started = System.nanoTime();
      tx.run(statement, Map.of("rows", rows)).consume();
      ImportTiming.add(statement.strip().lines().skip(1).findFirst().orElse("?"), started);
    }
  }

  // ---- rows into DirectoryWriter's records ---------------------------------------------------

  private static Directory.Service service(Map<String, Object> row) {
    String lastVerified = (String) row.get("lastVerified");
    return new Directory.Service(
        (String) row.get("id"),
        (String) row.get("agencyId"),
        (String) row.get("name"),
        (String) row.get("description"),
        (String) row.get("status"),
        Boolean.TRUE.equals(row.get("selfReferral")),
        strings(row.get("referralRoutes")),
        (String) row.get("referralCriteria"),
        (String) row.get("waitingTime"),
        (String) row.get("capacity"),
        (String) row.get("cost"),
        strings(row.get("languages")),
        (String) row.get("openingHours"),
        strings(row.get("requiredDocuments")),
        (Integer) row.get("minimumAge"),
        (Integer) row.get("maximumAge"),
        lastVerified == null ? null : LocalDate.parse(lastVerified),
        linked(row.get("needLinks"), "needId"),
        linked(row.get("forLinks"), "circumstanceId"),
        linked(row.get("covers"), "areaCode"),
        strings(row.get("inReachPrisonIds")),
        linked(row.get("deliveredAt"), "locationId"));
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object value) {
    return value == null ? List.of() : (List<String>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<String> linked(Object links, String key) {
    Set<String> ids = new LinkedHashSet<>();
    for (Map<String, Object> link : (List<Map<String, Object>>) links) {
      ids.add((String) link.get(key));
    }
    return List.copyOf(ids);
  }

  /**
   * Links to needs and circumstances, one per target: an explicit attribute id wins over a link
   * found by name (which has none).
   */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> onePerTarget(Object links, String key) {
    Map<String, Map<String, Object>> byTarget = new LinkedHashMap<>();
    for (Map<String, Object> link : (List<Map<String, Object>>) links) {
      byTarget.merge((String) link.get(key), link, (a, b) -> a.get("id") != null ? a : b);
    }
    return List.copyOf(byTarget.values());
  }

  // ---- statements ----------------------------------------------------------------------------

  /**
   * Agencies keep what HSDS has no place for ({@code lastConfirmed}, {@code BASED_IN}, and {@code
   * kind} unless the file gives it as an attribute of Atlas's details taxonomy), so an agency of
   * the demo directory or one edited in Atlas keeps them on import.
   */
  private static final String AGENCIES =
      """
      UNWIND $rows AS row
      MERGE (a:Agency {id: row.id})
      SET a.name = row.name, a.description = row.description, a.website = row.website,
          a.email = row.email, a.phone = row.phone, a.kind = coalesce(row.kind, a.kind),
          a.hsdsSource = row.hsdsSource, a.importHash = row.importHash
      """;

  /** As {@link DirectoryWriter} writes locations, with what HSDS adds. */
  private static final String LOCATIONS =
      """
      UNWIND $rows AS row
      MERGE (l:Location {id: row.id})
      SET l.name = row.name, l.address = row.address, l.postcode = row.postcode,
          l.virtual = row.virtual,
          l.point = CASE WHEN row.latitude IS NULL OR row.longitude IS NULL THEN null
                         ELSE point({latitude: row.latitude, longitude: row.longitude}) END,
          l.hsdsSource = row.hsdsSource, l.importHash = row.importHash
      WITH l, row
      CALL (l, row) {
        WITH l, row WHERE NOT row.created
        OPTIONAL MATCH (l)-[old:IN]->(:Area)
        DELETE old
      }
      CALL (l, row) {
        MATCH (area:Area {code: row.areaCode})
        MERGE (l)-[:IN]->(area)
      }
      """;

  /** A contact's own properties; {@code AT_PRISON}, which HSDS has no place for, is kept. */
  private static final String CONTACTS =
      """
      UNWIND $rows AS row
      MERGE (c:Contact {id: row.id})
      SET c.name = row.name, c.role = row.role, c.phone = row.phone, c.email = row.email,
          c.hsdsSource = row.hsdsSource, c.importHash = row.importHash
      """;

  private static final String TAXONOMIES =
      """
      UNWIND $rows AS row
      MERGE (t:Taxonomy {id: row.id})
      SET t.name = row.name, t.description = row.description, t.uri = row.uri,
          t.version = row.version, t.hsdsSource = row.hsdsSource, t.importHash = row.importHash
      """;

  private static final String TERMS =
      """
      UNWIND $rows AS row
      MERGE (t:TaxonomyTerm {id: row.id})
      SET t.code = row.code, t.name = row.name, t.description = row.description,
          t.parentId = row.parentId, t.taxonomyId = row.taxonomyId, t.taxonomy = row.taxonomy,
          t.termUri = row.termUri, t.language = row.language, t.hsdsSource = row.hsdsSource,
          t.importHash = row.importHash
      WITH t, row
      CALL (t) {
        OPTIONAL MATCH (t)-[old:IN_TAXONOMY]->()
        DELETE old
      }
      WITH t, row WHERE row.taxonomyId IS NOT NULL
      MERGE (x:Taxonomy {id: row.taxonomyId})
      SET x.name = coalesce(x.name, row.taxonomy)
      MERGE (t)-[:IN_TAXONOMY]->(x)
      """;

  private static final String SERVICE_EXTRAS =
      """
      UNWIND $rows AS row
      MATCH (s:Service {id: row.id})
      SET s.hsdsSource = row.hsdsSource, s.importHash = row.importHash
      WITH s, row
      CALL (s, row) {
        UNWIND row.deliveredAt AS d
        MATCH (s)-[r:DELIVERED_AT]->(:Location {id: d.locationId})
        SET r.id = d.id, r.hsdsSource = d.hsdsSource
      }
      CALL (s, row) {
        UNWIND row.covers AS c
        MATCH (s)-[r:COVERS]->(:Area {code: c.areaCode})
        SET r.id = c.id
      }
      CALL (s, row) {
        UNWIND row.needLinks AS n
        MATCH (s)-[r:MEETS]->(:Need {id: n.needId})
        SET r.id = n.id
      }
      CALL (s, row) {
        UNWIND row.forLinks AS f
        MATCH (s)-[r:FOR]->(:Circumstance {id: f.circumstanceId})
        SET r.id = f.id
      }
      CALL (s, row) {
        WITH s, row WHERE NOT row.created
        OPTIONAL MATCH (s)-[old:HAS_ATTRIBUTE]->()
        DELETE old
      }
      CALL (s, row) {
        UNWIND row.attributes AS a
        MATCH (t:TaxonomyTerm {id: a.termId})
        CREATE (s)-[:HAS_ATTRIBUTE {id: a.id, linkType: a.linkType, linkEntity: a.linkEntity,
                                    value: a.value}]->(t)
      }
      CALL (s, row) {
        WITH s, row WHERE NOT row.created
        OPTIONAL MATCH (s)-[old:HAS_CONTACT]->(c:Contact)
        WHERE NOT c.id IN row.contactIds
        DELETE old
      }
      CALL (s, row) {
        UNWIND row.contactIds AS contactId
        MATCH (c:Contact {id: contactId})
        MERGE (s)-[:HAS_CONTACT]->(c)
      }
      """;

  private static final String AGENCY_LINKS =
      """
      UNWIND $rows AS row
      MATCH (a:Agency {id: row.id})
      CALL (a, row) {
        WITH a, row WHERE NOT row.created
        OPTIONAL MATCH (a)-[old:HAS_ATTRIBUTE]->()
        DELETE old
      }
      CALL (a, row) {
        UNWIND row.attributes AS x
        MATCH (t:TaxonomyTerm {id: x.termId})
        CREATE (a)-[:HAS_ATTRIBUTE {id: x.id, linkType: x.linkType, linkEntity: x.linkEntity,
                                    value: x.value}]->(t)
      }
      """;

  private static final String LOCATION_LINKS =
      """
      UNWIND $rows AS row
      MATCH (l:Location {id: row.id})
      CALL (l, row) {
        WITH l, row WHERE NOT row.created
        OPTIONAL MATCH (l)<-[old:HAS_LOCATION]-()
        DELETE old
      }
      CALL (l, row) {
        UNWIND row.agencyIds AS agencyId
        MATCH (a:Agency {id: agencyId})
        MERGE (a)-[:HAS_LOCATION]->(l)
      }
      CALL (l, row) {
        WITH l, row WHERE NOT row.created
        OPTIONAL MATCH (l)-[old:HAS_ATTRIBUTE]->()
        DELETE old
      }
      CALL (l, row) {
        UNWIND row.attributes AS x
        MATCH (t:TaxonomyTerm {id: x.termId})
        CREATE (l)-[:HAS_ATTRIBUTE {id: x.id, linkType: x.linkType, linkEntity: x.linkEntity,
                                    value: x.value}]->(t)
      }
      """;

  /**
   * A contact's links from its agencies and locations (services link to their contacts themselves,
   * in {@link #SERVICE_EXTRAS}).
   */
  private static final String CONTACT_LINKS =
      """
      UNWIND $rows AS row
      MATCH (c:Contact {id: row.id})
      CALL (c, row) {
        WITH c, row WHERE NOT row.created
        OPTIONAL MATCH (c)<-[old:HAS_CONTACT]-(owner)
        WHERE owner:Agency OR owner:Location
        DELETE old
      }
      CALL (c, row) {
        UNWIND row.agencyIds AS x
        MATCH (a:Agency {id: x})
        MERGE (a)-[:HAS_CONTACT]->(c)
      }
      CALL (c, row) {
        UNWIND row.locationIds AS x
        MATCH (l:Location {id: x})
        MERGE (l)-[:HAS_CONTACT]->(c)
      }
      """;
}
