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

  /** Existing {@code importHash} (and, for agencies, {@code kind}) of the given ids. */
  static Map<String, Map<String, Object>> existing(Transaction tx, Kind kind, List<String> ids) {
    Map<String, Map<String, Object>> found = new HashMap<>();
    tx.run(
            "UNWIND $ids AS id MATCH (n:"
                + label(kind)
                + " {id: id})"
                + " RETURN n.id AS id, n.importHash AS hash, n.kind AS kind",
            Map.of("ids", ids))
        .forEachRemaining(
            r -> {
              Map<String, Object> values = new HashMap<>();
              values.put("hash", r.get("hash").asString(null));
              values.put("kind", r.get("kind").asString(null));
              found.put(r.get("id").asString(), values);
            });
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

  /** First phase: the nodes other than services, with their own properties. */
  void writeNodes(Transaction tx, List<Entity> entities, Map<String, String> agencyKinds) {
    List<Directory.Agency> agencies = new ArrayList<>();
    List<Directory.Location> locations = new ArrayList<>();
    List<Directory.Contact> contacts = new ArrayList<>();
    List<Map<String, Object>> agencyRows = new ArrayList<>();
    List<Map<String, Object>> locationRows = new ArrayList<>();
    List<Map<String, Object>> contactRows = new ArrayList<>();
    List<Map<String, Object>> taxonomyRows = new ArrayList<>();
    List<Map<String, Object>> termRows = new ArrayList<>();
    for (Entity e : entities) {
      Map<String, Object> row = withHash(e);
      switch (e.kind()) {
        case AGENCY -> {
          agencies.add(agency(row, agencyKinds.get(e.id())));
          agencyRows.add(row);
        }
        case LOCATION -> {
          locations.add(location(row));
          locationRows.add(row);
        }
        case CONTACT -> {
          contacts.add(contact(row));
          contactRows.add(row);
        }
        case TAXONOMY -> taxonomyRows.add(row);
        case TERM -> termRows.add(row);
        case SERVICE -> {}
      }
    }
    directoryWriter.write(
        tx,
        new Directory(
            List.of(), List.of(), List.of(), List.of(), agencies, locations, contacts, List.of(),
            List.of()));
    run(tx, NODE_EXTRAS.replace("LABEL", "Agency"), agencyRows);
    run(tx, NODE_EXTRAS.replace("LABEL", "Location"), locationRows);
    run(tx, NODE_EXTRAS.replace("LABEL", "Contact"), contactRows);
    run(tx, TAXONOMIES, taxonomyRows);
    run(tx, TERMS, termRows);
  }

  /** Second phase, once every node exists: services with their links, and the other links. */
  void writeLinks(Transaction tx, List<Entity> entities) {
    List<Directory.Service> services = new ArrayList<>();
    List<Map<String, Object>> serviceRows = new ArrayList<>();
    List<Map<String, Object>> agencyRows = new ArrayList<>();
    List<Map<String, Object>> locationRows = new ArrayList<>();
    List<Map<String, Object>> contactRows = new ArrayList<>();
    for (Entity e : entities) {
      Map<String, Object> row = withHash(e);
      switch (e.kind()) {
        case SERVICE -> {
          services.add(service(row));
          serviceRows.add(row);
        }
        case AGENCY -> agencyRows.add(row);
        case LOCATION -> locationRows.add(row);
        case CONTACT -> contactRows.add(row);
        default -> {}
      }
    }
    directoryWriter.write(
        tx,
        new Directory(
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), services,
            List.of()));
    run(tx, SERVICE_EXTRAS, serviceRows);
    run(tx, AGENCY_LINKS, agencyRows);
    run(tx, LOCATION_LINKS, locationRows);
    run(tx, CONTACT_LINKS, contactRows);
  }

  private static Map<String, Object> withHash(Entity e) {
    return e.row();
  }

  private static void run(Transaction tx, String statement, List<Map<String, Object>> rows) {
    if (!rows.isEmpty()) {
      tx.run(statement, Map.of("rows", rows)).consume();
    }
  }

  // ---- rows into DirectoryWriter's records ---------------------------------------------------

  private static Directory.Agency agency(Map<String, Object> row, String existingKind) {
    return new Directory.Agency(
        (String) row.get("id"),
        (String) row.get("name"),
        (String) row.get("description"),
        existingKind,
        (String) row.get("website"),
        (String) row.get("email"),
        (String) row.get("phone"),
        null,
        null);
  }

  private static Directory.Location location(Map<String, Object> row) {
    return new Directory.Location(
        (String) row.get("id"),
        (String) row.get("name"),
        (String) row.get("address"),
        (String) row.get("postcode"),
        (String) row.get("areaCode"),
        (Double) row.get("latitude"),
        (Double) row.get("longitude"),
        Boolean.TRUE.equals(row.get("virtual")));
  }

  private static Directory.Contact contact(Map<String, Object> row) {
    return new Directory.Contact(
        (String) row.get("id"),
        first(row.get("agencyIds")),
        first(row.get("serviceIds")),
        null,
        (String) row.get("name"),
        (String) row.get("role"),
        (String) row.get("phone"),
        (String) row.get("email"));
  }

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
        List.of(),
        linked(row.get("deliveredAt"), "locationId"));
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object value) {
    return value == null ? List.of() : (List<String>) value;
  }

  @SuppressWarnings("unchecked")
  private static String first(Object value) {
    List<String> list = (List<String>) value;
    return list == null || list.isEmpty() ? null : list.get(0);
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

  private static final String NODE_EXTRAS =
      """
      UNWIND $rows AS row
      MATCH (n:LABEL {id: row.id})
      SET n.hsdsSource = row.hsdsSource, n.importHash = row.importHash
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
      CALL (s) {
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
      CALL (a) {
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
      CALL (l) {
        OPTIONAL MATCH (l)<-[old:HAS_LOCATION]-()
        DELETE old
      }
      CALL (l, row) {
        UNWIND row.agencyIds AS agencyId
        MATCH (a:Agency {id: agencyId})
        MERGE (a)-[:HAS_LOCATION]->(l)
      }
      CALL (l) {
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

  private static final String CONTACT_LINKS =
      """
      UNWIND $rows AS row
      MATCH (c:Contact {id: row.id})
      CALL (c) {
        OPTIONAL MATCH (c)<-[old:HAS_CONTACT]-(:Location)
        DELETE old
      }
      CALL (c, row) {
        UNWIND row.agencyIds AS x
        MATCH (a:Agency {id: x})
        MERGE (a)-[:HAS_CONTACT]->(c)
      }
      CALL (c, row) {
        UNWIND row.serviceIds AS x
        MATCH (s:Service {id: x})
        MERGE (s)-[:HAS_CONTACT]->(c)
      }
      CALL (c, row) {
        UNWIND row.locationIds AS x
        MATCH (l:Location {id: x})
        MERGE (l)-[:HAS_CONTACT]->(c)
      }
      """;
}
