package org.throughcareatlas.hsds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.QueryRunner;

/**
 * Atlas's own taxonomies as HSDS sees them: needs and circumstances (read from the graph, a few
 * dozen rows) and the local taxonomy of service details with fixed terms. Taxonomies and terms
 * imported from elsewhere stay in the graph as {@code Taxonomy} and {@code TaxonomyTerm} nodes.
 */
final class Taxonomies {

  static final String NEEDS_NAME = "Throughcare Atlas needs";
  static final String CIRCUMSTANCES_NAME = "Throughcare Atlas circumstances";
  static final String DETAILS_NAME = "Throughcare Atlas service details";

  /** A term of one of Atlas's own taxonomies. */
  record Term(
      String id,
      String code,
      String name,
      String description,
      String parentId,
      String taxonomyId,
      String taxonomyName) {}

  /** The terms of the local details taxonomy, by code. */
  static final Map<String, Term> DETAILS = new LinkedHashMap<>();

  static final String SELF_REFERRAL = "self-referral";
  static final String REFERRAL_ROUTE = "referral-route";
  static final String CAPACITY = "capacity";
  static final String IN_REACH_PRISON = "in-reach-prison";
  static final String AGENCY_KIND = "agency-kind";

  static {
    detail(SELF_REFERRAL, "Self-referral", "Whether people may refer themselves: true or false.");
    detail(
        REFERRAL_ROUTE,
        "Referral route",
        "A way a person can be referred to the service; the value names it (self, prison"
            + " officer, …).");
    detail(CAPACITY, "Capacity", "How much room the service has now: open, limited or full.");
    detail(
        IN_REACH_PRISON,
        "Works inside prison",
        "A prison the service works inside before release; the value is Atlas's prison id.");
    detail(
        AGENCY_KIND,
        "Kind of agency",
        "What kind of agency the organization is (STATUTORY, PRISON_SERVICE, THIRD_SECTOR,"
            + " PEER_LED, FAITH_BASED, HEALTH, FUNDER).");
  }

  private static void detail(String code, String name, String description) {
    DETAILS.put(
        code,
        new Term(
            HsdsIds.detailTerm(code),
            code,
            name,
            description,
            null,
            HsdsIds.DETAILS_TAXONOMY,
            DETAILS_NAME));
  }

  final List<Term> needs;
  final List<Term> circumstances;
  private final Map<String, Term> byId = new LinkedHashMap<>();
  private final Map<String, Term> needsBySlug = new LinkedHashMap<>();
  private final Map<String, Term> circumstancesBySlug = new LinkedHashMap<>();

  private Taxonomies(List<Term> needs, List<Term> circumstances) {
    this.needs = needs;
    this.circumstances = circumstances;
    needs.forEach(
        t -> {
          byId.put(t.id(), t);
          needsBySlug.put(t.code(), t);
        });
    circumstances.forEach(
        t -> {
          byId.put(t.id(), t);
          circumstancesBySlug.put(t.code(), t);
        });
    DETAILS.values().forEach(t -> byId.put(t.id(), t));
  }

  /** Reads the needs and circumstances. */
  static Taxonomies read(QueryRunner tx) {
    List<Term> needs = new ArrayList<>();
    tx.run(
            """
            MATCH (n:Need)
            OPTIONAL MATCH (n)-[:BROADER]->(b:Need)
            RETURN n.id AS id, n.name AS name, n.description AS description, b.id AS broader
            ORDER BY coalesce(n.level, 1), n.id
            """)
        .forEachRemaining(
            r -> {
              String slug = r.get("id").asString();
              String broader = r.get("broader").isNull() ? null : r.get("broader").asString();
              needs.add(
                  new Term(
                      HsdsIds.needTerm(slug),
                      slug,
                      text(r.get("name").asString(null), slug),
                      text(r.get("description").asString(null), r.get("name").asString(slug)),
                      broader == null ? null : HsdsIds.needTerm(broader),
                      HsdsIds.NEEDS_TAXONOMY,
                      NEEDS_NAME));
            });
    List<Term> circumstances = new ArrayList<>();
    tx.run(
            """
            MATCH (c:Circumstance)
            RETURN c.id AS id, c.name AS name, c.description AS description ORDER BY c.id
            """)
        .forEachRemaining(
            r -> {
              String slug = r.get("id").asString();
              circumstances.add(
                  new Term(
                      HsdsIds.circumstanceTerm(slug),
                      slug,
                      text(r.get("name").asString(null), slug),
                      text(r.get("description").asString(null), r.get("name").asString(slug)),
                      null,
                      HsdsIds.CIRCUMSTANCES_TAXONOMY,
                      CIRCUMSTANCES_NAME));
            });
    return new Taxonomies(needs, circumstances);
  }

  private static String text(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }

  /** A term of Atlas's own taxonomies by its HSDS id, or null. */
  Term term(String id) {
    return byId.get(id);
  }

  Term need(String slug) {
    return needsBySlug.get(slug);
  }

  Term circumstance(String slug) {
    return circumstancesBySlug.get(slug);
  }

  /** Atlas's own terms in a fixed order: needs, circumstances, details. */
  List<Term> ownTerms() {
    List<Term> all = new ArrayList<>(needs);
    all.addAll(circumstances);
    all.addAll(DETAILS.values());
    return all;
  }

  static boolean isOwnTaxonomy(String id) {
    return HsdsIds.NEEDS_TAXONOMY.equals(id)
        || HsdsIds.CIRCUMSTANCES_TAXONOMY.equals(id)
        || HsdsIds.DETAILS_TAXONOMY.equals(id);
  }
}
