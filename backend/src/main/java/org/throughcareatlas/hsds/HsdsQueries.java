package org.throughcareatlas.hsds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.Record;
import org.neo4j.driver.Values;
import org.throughcareatlas.search.FreeText;

/**
 * The Cypher behind the export and the API. Filters become fixed fragments of Cypher chosen by
 * which filters are given; every value is a parameter. Nested parts are read for a whole page of
 * services at once (one query with a subquery per kind of part), never one query per service.
 */
final class HsdsQueries {

  private HsdsQueries() {}

  /** A selection of services: a fixed head, chosen conditions and their parameters. */
  record Selection(String head, List<String> conditions, Map<String, Object> parameters) {

    private String matchWhere() {
      return head + (conditions.isEmpty() ? "" : "\nWHERE " + String.join("\n  AND ", conditions));
    }

    /**
     * A page of ids by name. {@code s.name IS NOT NULL} (every service has a name) lets Neo4j read
     * the names in the order of their index instead of sorting every service for each page.
     */
    String idsQuery() {
      return matchWhere()
          + (conditions.isEmpty() ? "\nWHERE " : "\n  AND ")
          + "s.name IS NOT NULL"
          + "\nRETURN s.id AS id ORDER BY s.name, s.id SKIP $skip LIMIT $limit";
    }

    String countQuery() {
      return matchWhere() + "\nRETURN count(s) AS n";
    }

    /** The services' deliveries at locations (service_at_location), paged. */
    String deliveriesQuery(boolean locationNear) {
      return matchWhere()
          + "\nMATCH (s)-[r:DELIVERED_AT]->(l:Location)"
          + (locationNear ? "\nWHERE point.distance(l.point, $point) <= $metres" : "")
          + "\nRETURN s.id AS serviceId, l.id AS locationId"
          + "\nORDER BY s.name, s.id, l.id SKIP $skip LIMIT $limit";
    }

    String deliveriesCountQuery(boolean locationNear) {
      return matchWhere()
          + "\nMATCH (s)-[r:DELIVERED_AT]->(l:Location)"
          + (locationNear ? "\nWHERE point.distance(l.point, $point) <= $metres" : "")
          + "\nRETURN count(r) AS n";
    }
  }

  static Selection select(ExportFilter f, Taxonomies taxonomies, QueryRunner tx) {
    Map<String, Object> p = new HashMap<>();
    List<String> where = new ArrayList<>();
    String head = "MATCH (s:Service)";
    List<String> words = FreeText.words(f.search());
    if (!words.isEmpty()) {
      // Every word must match, as a prefix, the service's or its agency's name or description.
      p.put("lucene", String.join(" AND ", words.stream().map(w -> "(" + w + "*)").toList()));
      head =
          """
          CALL db.index.fulltext.queryNodes('directory_text', $lucene) YIELD node
          UNWIND CASE WHEN node:Service THEN [node]
                      ELSE [(node)-[:PROVIDES]->(x:Service) | x] END AS found
          WITH DISTINCT found AS s""";
    }
    if (!f.agencyIds().isEmpty()) {
      where.add("EXISTS { (a:Agency)-[:PROVIDES]->(s) WHERE a.id IN $agencyIds }");
      p.put("agencyIds", f.agencyIds());
    }
    if (!f.areaCodes().isEmpty()) {
      where.add(
          "(EXISTS { (s)-[:COVERS]->(c:Area) WHERE c.code IN $areaCodes }"
              + " OR EXISTS { (s)-[:DELIVERED_AT]->(:Location)-[:IN]->(c:Area)"
              + " WHERE c.code IN $areaCodes })");
      p.put("areaCodes", f.areaCodes());
    }
    if (!f.needIds().isEmpty()) {
      where.add("EXISTS { (s)-[:MEETS]->(:Need)-[:BROADER*0..]->(n:Need) WHERE n.id IN $needIds }");
      p.put("needIds", f.needIds());
    }
    if (f.modifiedAfter() != null) {
      where.add(LAST_MODIFIED + " >= $modifiedAfter");
      p.put("modifiedAfter", f.modifiedAfter());
    }
    if (f.minimumAge() != null) {
      where.add("coalesce(s.minimumAge, 0) >= $minimumAge");
      p.put("minimumAge", f.minimumAge());
    }
    if (f.maximumAge() != null) {
      where.add("s.maximumAge IS NOT NULL AND s.maximumAge <= $maximumAge");
      p.put("maximumAge", f.maximumAge());
    }
    if (f.near() != null) {
      where.add(
          "EXISTS { (s)-[:DELIVERED_AT]->(l:Location)"
              + " WHERE point.distance(l.point, $point) <= $metres }");
      p.put("point", Values.point(4326, f.near().longitude(), f.near().latitude()).asPoint());
      p.put("metres", f.near().metres());
    }
    if (f.taxonomyTermId() != null) {
      where.add(termCondition(f.taxonomyTermId(), taxonomies, tx, p));
    }
    if (f.taxonomyId() != null) {
      where.add(taxonomyCondition(f.taxonomyId(), tx, p));
    }
    return new Selection(head, where, p);
  }

  /** A service's last change: set by Atlas or an import, else the day it was last verified. */
  static final String LAST_MODIFIED =
      "CASE WHEN s.lastModified IS NOT NULL THEN datetime(s.lastModified)"
          + " WHEN s.lastVerified IS NOT NULL"
          + " THEN datetime({date: date(s.lastVerified), timezone: 'Z'}) END";

  private static String termCondition(
      String id, Taxonomies taxonomies, QueryRunner tx, Map<String, Object> p) {
    Taxonomies.Term own = taxonomies.term(id);
    if (own != null) {
      p.put("termCode", own.code());
      if (own.taxonomyId().equals(HsdsIds.NEEDS_TAXONOMY)) {
        return "EXISTS { (s)-[:MEETS]->(:Need)-[:BROADER*0..]->(n:Need) WHERE n.id = $termCode }";
      }
      if (own.taxonomyId().equals(HsdsIds.CIRCUMSTANCES_TAXONOMY)) {
        return "EXISTS { (s)-[:FOR]->(c:Circumstance) WHERE c.id = $termCode }";
      }
      return switch (own.code()) {
        case Taxonomies.SELF_REFERRAL -> "s.selfReferral IS NOT NULL";
        case Taxonomies.REFERRAL_ROUTE -> "size(coalesce(s.referralRoutes, [])) > 0";
        case Taxonomies.CAPACITY -> "s.capacity IS NOT NULL";
        case Taxonomies.IN_REACH_PRISON -> "EXISTS { (s)-[:IN_REACH]->(:Prison) }";
        default -> "false"; // terms of organizations and contacts, never of a service
      };
    }
    boolean known =
        tx.run("MATCH (t:TaxonomyTerm {id: $id}) RETURN count(t) > 0 AS known", Map.of("id", id))
            .single()
            .get("known")
            .asBoolean();
    if (!known) {
      throw new HsdsInputException(
          "taxonomy_term_id", "there is no taxonomy term with id '" + id + "'.");
    }
    p.put("termId", id);
    return "EXISTS { (s)-[:HAS_ATTRIBUTE]->(t:TaxonomyTerm) WHERE t.id = $termId }";
  }

  private static String taxonomyCondition(String id, QueryRunner tx, Map<String, Object> p) {
    if (id.equals(HsdsIds.NEEDS_TAXONOMY)) {
      return "EXISTS { (s)-[:MEETS]->(:Need) }";
    }
    if (id.equals(HsdsIds.CIRCUMSTANCES_TAXONOMY)) {
      return "EXISTS { (s)-[:FOR]->(:Circumstance) }";
    }
    if (id.equals(HsdsIds.DETAILS_TAXONOMY)) {
      return "(s.selfReferral IS NOT NULL OR size(coalesce(s.referralRoutes, [])) > 0"
          + " OR s.capacity IS NOT NULL OR EXISTS { (s)-[:IN_REACH]->(:Prison) })";
    }
    if (!graphTaxonomyExists(tx, id)) {
      throw new HsdsInputException("taxonomy_id", "there is no taxonomy with id '" + id + "'.");
    }
    p.put("taxonomyId", id);
    return "EXISTS { (s)-[:HAS_ATTRIBUTE]->(t:TaxonomyTerm) WHERE t.taxonomyId = $taxonomyId"
        + " OR EXISTS { (t)-[:IN_TAXONOMY]->(:Taxonomy {id: $taxonomyId}) } }";
  }

  static boolean graphTaxonomyExists(QueryRunner tx, String id) {
    return tx.run(
            """
            RETURN EXISTS { MATCH (x:Taxonomy {id: $id}) }
                OR EXISTS { MATCH (t:TaxonomyTerm {taxonomyId: $id}) } AS known
            """,
            Map.of("id", id))
        .single()
        .get("known")
        .asBoolean();
  }

  static List<String> serviceIds(QueryRunner tx, Selection selection, long skip, int limit) {
    Map<String, Object> p = new HashMap<>(selection.parameters());
    p.put("skip", skip);
    p.put("limit", limit);
    return tx.run(selection.idsQuery(), p).list(r -> r.get("id").asString());
  }

  static long countServices(QueryRunner tx, Selection selection) {
    return tx.run(selection.countQuery(), selection.parameters()).single().get("n").asLong();
  }

  /** A service's delivery at a location, by their ids. */
  record Delivery(String serviceId, String locationId) {}

  static List<Delivery> deliveries(
      QueryRunner tx, Selection selection, ExportFilter.Proximity near, long skip, int limit) {
    Map<String, Object> p = new HashMap<>(selection.parameters());
    p.put("skip", skip);
    p.put("limit", limit);
    addNear(p, near);
    return tx.run(selection.deliveriesQuery(near != null), p)
        .list(r -> new Delivery(r.get("serviceId").asString(), r.get("locationId").asString()));
  }

  static long countDeliveries(QueryRunner tx, Selection selection, ExportFilter.Proximity near) {
    Map<String, Object> p = new HashMap<>(selection.parameters());
    addNear(p, near);
    return tx.run(selection.deliveriesCountQuery(near != null), p).single().get("n").asLong();
  }

  private static void addNear(Map<String, Object> p, ExportFilter.Proximity near) {
    if (near != null) {
      p.put("point", Values.point(4326, near.longitude(), near.latitude()).asPoint());
      p.put("metres", near.metres());
    }
  }

  /**
   * Services with everything HSDS nests in them, by id, in the order asked (unknown ids absent):
   * one query for the whole page.
   */
  static Map<String, Map<String, Object>> serviceRows(QueryRunner tx, List<String> ids) {
    Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return rows;
    }
    tx.run(SERVICES, Map.of("ids", ids))
        .forEachRemaining(r -> rows.put(r.get("id").asString(), r.asMap()));
    Map<String, Map<String, Object>> ordered = new LinkedHashMap<>();
    for (String id : ids) {
      if (rows.containsKey(id)) {
        ordered.put(id, rows.get(id));
      }
    }
    return ordered;
  }

  private static final String TERM_LINKS = termLinks("r");

  private static String termLinks(String rel) {
    return """
        RETURN {rel: properties(REL), term: properties(t), taxonomyName: coalesce(x.name, t.taxonomy),
                taxonomyId: coalesce(x.id, t.taxonomyId)}
        ORDER BY t.id"""
        .replace("REL", rel);
  }

  static final String SERVICES =
      """
      UNWIND $ids AS id
      MATCH (s:Service {id: id})
      OPTIONAL MATCH (a:Agency)-[:PROVIDES]->(s)
      WITH s, head(collect(a)) AS a
      RETURN s.id AS id, properties(s) AS service, properties(a) AS agency,
        COLLECT { MATCH (a)-[r:HAS_ATTRIBUTE]->(t:TaxonomyTerm)
                  OPTIONAL MATCH (t)-[:IN_TAXONOMY]->(x:Taxonomy)
                  %s } AS agencyAttributes,
        COLLECT { MATCH (s)-[r:MEETS]->(n:Need) RETURN {slug: n.id, rel: r.id} ORDER BY n.id }
          AS needs,
        COLLECT { MATCH (s)-[r:FOR]->(c:Circumstance) RETURN {slug: c.id, rel: r.id}
                  ORDER BY c.id } AS circumstances,
        COLLECT { MATCH (s)-[r:HAS_ATTRIBUTE]->(t:TaxonomyTerm)
                  OPTIONAL MATCH (t)-[:IN_TAXONOMY]->(x:Taxonomy)
                  %s } AS attributes,
        COLLECT { MATCH (s)-[r:COVERS]->(c:Area)
                  RETURN {rel: r.id, code: c.code, name: c.name} ORDER BY c.code } AS areas,
        COLLECT { MATCH (s)-[:IN_REACH]->(p:Prison) RETURN p.id ORDER BY p.id } AS inReach,
        COLLECT { MATCH (s)-[r:DELIVERED_AT]->(l:Location)
                  OPTIONAL MATCH (l)-[:IN]->(c:Area)
                  WITH r, l, head(collect(c)) AS c
                  RETURN {rel: properties(r), location: properties(l),
                          latitude: l.point.latitude, longitude: l.point.longitude,
                          areaName: c.name, areaCode: c.code, town: c.mainTown,
                          attributes: COLLECT { MATCH (l)-[r2:HAS_ATTRIBUTE]->(t:TaxonomyTerm)
                                                OPTIONAL MATCH (t)-[:IN_TAXONOMY]->(x:Taxonomy)
                                                %s }}
                  ORDER BY l.id } AS locations,
        COLLECT { MATCH (s)-[:HAS_CONTACT]->(c:Contact)
                  OPTIONAL MATCH (c)-[:AT_PRISON]->(p:Prison)
                  RETURN {contact: properties(c), prisonName: p.name} ORDER BY c.id } AS contacts
      """
          .formatted(TERM_LINKS, TERM_LINKS, termLinks("r2"));

  /** Agencies with their own contacts (those for no service) and attributes, by id. */
  static Map<String, Map<String, Object>> organizationRows(QueryRunner tx, List<String> ids) {
    Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return rows;
    }
    tx.run(ORGANIZATIONS, Map.of("ids", ids))
        .forEachRemaining(r -> rows.put(r.get("id").asString(), r.asMap()));
    Map<String, Map<String, Object>> ordered = new LinkedHashMap<>();
    for (String id : ids) {
      if (rows.containsKey(id)) {
        ordered.put(id, rows.get(id));
      }
    }
    return ordered;
  }

  static final String ORGANIZATIONS =
      """
      UNWIND $ids AS id
      MATCH (a:Agency {id: id})
      RETURN a.id AS id, properties(a) AS agency,
        COLLECT { MATCH (a)-[r:HAS_ATTRIBUTE]->(t:TaxonomyTerm)
                  OPTIONAL MATCH (t)-[:IN_TAXONOMY]->(x:Taxonomy)
                  %s } AS agencyAttributes,
        COLLECT { MATCH (a)-[:HAS_CONTACT]->(c:Contact)
                  WHERE NOT EXISTS { (:Service)-[:HAS_CONTACT]->(c) }
                  OPTIONAL MATCH (c)-[:AT_PRISON]->(p:Prison)
                  RETURN {contact: properties(c), prisonName: p.name} ORDER BY c.id } AS contacts,
        COLLECT { MATCH (a)-[:PROVIDES]->(s:Service) RETURN s.id ORDER BY s.name, s.id }
          AS serviceIds
      """
          .formatted(TERM_LINKS);

  static List<String> organizationIds(QueryRunner tx, String lucene, long skip, int limit) {
    Map<String, Object> p = new HashMap<>();
    p.put("skip", skip);
    p.put("limit", limit);
    p.put("lucene", lucene);
    return tx.run(
            organizationsHead(lucene)
                + "\nRETURN a.id AS id ORDER BY a.name, a.id"
                + " SKIP $skip LIMIT $limit",
            p)
        .list(r -> r.get("id").asString());
  }

  static long countOrganizations(QueryRunner tx, String lucene) {
    Map<String, Object> p = new HashMap<>();
    p.put("lucene", lucene);
    return tx.run(organizationsHead(lucene) + "\nRETURN count(a) AS n", p)
        .single()
        .get("n")
        .asLong();
  }

  private static String organizationsHead(String lucene) {
    return lucene == null
        ? "MATCH (a:Agency)"
        : """
          CALL db.index.fulltext.queryNodes('directory_text', $lucene) YIELD node
          WITH node AS a WHERE a:Agency""";
  }

  /** The Lucene query for an API {@code search}: every word as a prefix; null when no words. */
  static String lucene(String search) {
    List<String> words = FreeText.words(search);
    return words.isEmpty()
        ? null
        : String.join(" AND ", words.stream().map(w -> "(" + w + "*)").toList());
  }

  /** Taxonomies kept from imports, ordered by name. */
  static List<Map<String, Object>> graphTaxonomies(QueryRunner tx, long skip, int limit) {
    return tx.run(
            "MATCH (x:Taxonomy) RETURN properties(x) AS x ORDER BY x.name, x.id"
                + " SKIP $skip LIMIT $limit",
            Map.of("skip", skip, "limit", limit))
        .list(r -> r.get("x").asMap());
  }

  static long countGraphTaxonomies(QueryRunner tx) {
    return tx.run("MATCH (x:Taxonomy) RETURN count(x) AS n").single().get("n").asLong();
  }

  static Map<String, Object> graphTaxonomy(QueryRunner tx, String id) {
    List<Record> found =
        tx.run("MATCH (x:Taxonomy {id: $id}) RETURN properties(x) AS x", Map.of("id", id)).list();
    return found.isEmpty() ? null : found.get(0).get("x").asMap();
  }

  /** Terms kept from imports (of one taxonomy when {@code taxonomyId} is given). */
  static List<Map<String, Object>> graphTerms(
      QueryRunner tx, String taxonomyId, long skip, int limit) {
    Map<String, Object> p = new HashMap<>();
    p.put("taxonomyId", taxonomyId);
    p.put("skip", skip);
    p.put("limit", limit);
    return tx.run(
            """
            MATCH (t:TaxonomyTerm)
            OPTIONAL MATCH (t)-[:IN_TAXONOMY]->(x:Taxonomy)
            WITH t, head(collect(x)) AS x
            WHERE $taxonomyId IS NULL OR coalesce(x.id, t.taxonomyId) = $taxonomyId
            RETURN {term: properties(t), taxonomyName: coalesce(x.name, t.taxonomy),
                    taxonomyId: coalesce(x.id, t.taxonomyId)} AS t
            ORDER BY t.term.name, t.term.id SKIP $skip LIMIT $limit
            """,
            p)
        .list(r -> r.get("t").asMap());
  }

  static long countGraphTerms(QueryRunner tx, String taxonomyId) {
    Map<String, Object> p = new HashMap<>();
    p.put("taxonomyId", taxonomyId);
    return tx.run(
            """
            MATCH (t:TaxonomyTerm)
            OPTIONAL MATCH (t)-[:IN_TAXONOMY]->(x:Taxonomy)
            WITH t, head(collect(x)) AS x
            WHERE $taxonomyId IS NULL OR coalesce(x.id, t.taxonomyId) = $taxonomyId
            RETURN count(t) AS n
            """,
            p)
        .single()
        .get("n")
        .asLong();
  }

  static Map<String, Object> graphTerm(QueryRunner tx, String id) {
    List<Record> found =
        tx.run(
                """
                MATCH (t:TaxonomyTerm {id: $id})
                OPTIONAL MATCH (t)-[:IN_TAXONOMY]->(x:Taxonomy)
                WITH t, head(collect(x)) AS x
                RETURN {term: properties(t), taxonomyName: coalesce(x.name, t.taxonomy),
                        taxonomyId: coalesce(x.id, t.taxonomyId)} AS t
                """,
                Map.of("id", id))
            .list();
    return found.isEmpty() ? null : found.get(0).get("t").asMap();
  }
}
