package org.throughcareatlas.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.neo4j.driver.Record;
import org.neo4j.driver.types.TypeSystem;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the directory. Single lookups and pages for lists, and batch lookups keyed by id ({@code
 * …Of(ids)}) so that GraphQL fields and pages cost one query per field, not one per row.
 */
@Component
@Transactional(readOnly = true)
public class DirectoryQueries {

  /** The largest page the API gives out; lists in the UI ask for what they show. */
  public static final int MAX_PAGE_SIZE = 100;

  private final Neo4jClient neo4j;

  DirectoryQueries(Neo4jClient neo4j) {
    this.neo4j = neo4j;
  }

  public Optional<Service> service(String id) {
    return neo4j
        .query("MATCH (s:Service {id: $id}) RETURN s")
        .bind(id)
        .to("id")
        .fetchAs(Service.class)
        .mappedBy((t, r) -> GraphValues.service(r.get("s")))
        .one();
  }

  public Optional<Agency> agency(String id) {
    return neo4j
        .query("MATCH (a:Agency {id: $id}) RETURN a")
        .bind(id)
        .to("id")
        .fetchAs(Agency.class)
        .mappedBy((t, r) -> GraphValues.agency(r.get("a")))
        .one();
  }

  /** A service with everything about it, for its page; read in one transaction. */
  public Optional<ServiceDetails> serviceDetails(String id) {
    return Optional.ofNullable(serviceDetails(List.of(id)).get(id));
  }

  /**
   * Services with everything about them, by id, in the order asked; unknown ids are absent. One
   * query per kind of link, however many services.
   */
  public Map<String, ServiceDetails> serviceDetails(Collection<String> ids) {
    List<String> wanted = List.copyOf(new java.util.LinkedHashSet<>(ids));
    Map<String, Service> services = servicesByIds(wanted);
    List<String> found = wanted.stream().filter(services::containsKey).toList();
    Map<String, Agency> agencies = agencyOfServices(found);
    Map<String, List<Need>> needs = needsOfServices(found);
    Map<String, List<Circumstance>> onlyFor = onlyForOfServices(found);
    Map<String, List<Area>> covers = coversOfServices(found);
    Map<String, List<Prison>> inReach = inReachOfServices(found);
    Map<String, List<Location>> locations = locationsOfServices(found);
    Map<String, List<Contact>> contacts = contactsOfServices(found);
    Map<String, List<WorkingRelationship>> funders = fundersOfServices(found);
    Map<String, ServiceDetails> result = new LinkedHashMap<>();
    for (String id : found) {
      result.put(
          id,
          new ServiceDetails(
              services.get(id),
              agencies.get(id),
              needs.get(id),
              onlyFor.get(id),
              covers.get(id),
              inReach.get(id),
              locations.get(id),
              contacts.get(id),
              funders.get(id)));
    }
    return result;
  }

  /** An agency with its services, contacts and working relationships, for its page. */
  public Optional<AgencyDetails> agencyDetails(String id) {
    return agency(id)
        .map(
            a -> {
              List<String> ids = List.of(id);
              Map<String, List<String>> reach = reachOfAgency(id);
              return new AgencyDetails(
                  a,
                  baseAreaOfAgencies(ids).get(id),
                  reach.get("needs"),
                  reach.get("areas"),
                  reach.get("prisons"),
                  servicesOfAgencies(ids).get(id),
                  contactsOfAgencies(ids).get(id),
                  relationshipsOfAgencies(ids).get(id));
            });
  }

  /** The names of the needs, areas and prisons an agency's work reaches. */
  private Map<String, List<String>> reachOfAgency(String id) {
    return neo4j
        .query(
            """
            MATCH (a:Agency {id: $id})
            RETURN
              COLLECT { MATCH (a)-[:PROVIDES]->(:Service)-[:MEETS]->(n:Need)
                        RETURN DISTINCT n.name AS name ORDER BY name } AS needs,
              COLLECT { MATCH (a)-[:PROVIDES]->(:Service)-[:COVERS]->(c:Area)
                        RETURN DISTINCT c.name AS name ORDER BY name } AS areas,
              COLLECT { MATCH (a)-[w:WORKS_IN]->(p:Prison) WHERE w.ended IS NULL
                        RETURN p.name AS name
                        UNION
                        MATCH (a)-[:PROVIDES]->(:Service)-[:IN_REACH]->(p:Prison)
                        RETURN p.name AS name } AS prisons
            """)
        .bind(id)
        .to("id")
        .fetchAs(Map.class)
        .mappedBy(
            (t, r) ->
                Map.of(
                    "needs", GraphValues.strings(r.get("needs")),
                    "areas", GraphValues.strings(r.get("areas")),
                    "prisons", GraphValues.strings(r.get("prisons")).stream().sorted().toList()))
        .one()
        .map(m -> castReach(m))
        .orElse(Map.of("needs", List.of(), "areas", List.of(), "prisons", List.of()));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, List<String>> castReach(Map<?, ?> map) {
    return (Map<String, List<String>>) map;
  }

  /** How many of each kind of node the directory holds, by label. */
  public Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (var row :
        list(
            """
            UNWIND ['Agency', 'Service', 'Location', 'Contact', 'Area', 'Prison', 'Need',
                    'Circumstance'] AS label
            CALL (label) {
              MATCH (n) WHERE label IN labels(n) RETURN count(n) AS n
            }
            RETURN label, n
            """,
            Map.of(),
            (t, r) -> Map.entry(r.get("label").asString(), r.get("n").asLong()))) {
      counts.put(row.getKey(), row.getValue());
    }
    counts.put(
        "Working relationship",
        (long)
            count(
                """
                MATCH ()-[r:REFERS_TO|PARTNERS_WITH|SHARES_INFORMATION_WITH|WORKS_IN|FUNDS|COMMISSIONS]->()
                RETURN count(r) AS n
                """));
    return counts;
  }

  /** Services by name (then id), {@code limit} of them after skipping {@code offset}. */
  public List<Service> services(int offset, int limit) {
    return list(
        """
        MATCH (s:Service) RETURN s ORDER BY s.name, s.id SKIP $offset LIMIT $limit
        """,
        Map.of("offset", offset, "limit", Math.max(0, limit)),
        (t, r) -> GraphValues.service(r.get("s")));
  }

  public int countServices() {
    return count("MATCH (s:Service) RETURN count(s) AS n");
  }

  /** A page of the services list with each service's agency, needs and catchment, in one query. */
  public List<ServiceSummary> serviceSummaries(int offset, int limit) {
    return list(
        """
        MATCH (s:Service)
        WITH s ORDER BY s.name, s.id SKIP $offset LIMIT $limit
        MATCH (a:Agency)-[:PROVIDES]->(s)
        RETURN s, a.id AS agencyId, a.name AS agencyName,
               COLLECT { MATCH (s)-[:MEETS]->(n:Need) RETURN n.name ORDER BY n.name } AS needs,
               COLLECT { MATCH (s)-[:COVERS]->(c:Area) RETURN c.name ORDER BY c.name } AS areas
        ORDER BY s.name, s.id
        """,
        Map.of("offset", offset, "limit", Math.max(0, limit)),
        (t, r) ->
            new ServiceSummary(
                GraphValues.service(r.get("s")),
                r.get("agencyId").asString(),
                r.get("agencyName").asString(),
                GraphValues.strings(r.get("needs")),
                GraphValues.strings(r.get("areas"))));
  }

  public List<Agency> agencies(int offset, int limit) {
    return list(
        "MATCH (a:Agency) RETURN a ORDER BY a.name, a.id SKIP $offset LIMIT $limit",
        Map.of("offset", offset, "limit", Math.max(0, limit)),
        (t, r) -> GraphValues.agency(r.get("a")));
  }

  public int countAgencies() {
    return count("MATCH (a:Agency) RETURN count(a) AS n");
  }

  /** All needs, top level first by name, each followed by nothing: use {@link Need#broaderId()}. */
  public List<Need> needs() {
    return list(
        """
        MATCH (n:Need)
        OPTIONAL MATCH (n)-[:BROADER]->(b:Need)
        RETURN n, b.id AS broaderId
        ORDER BY coalesce(b.name, n.name), b IS NOT NULL, n.name
        """,
        Map.of(),
        (t, r) -> GraphValues.need(r.get("n"), r.get("broaderId")));
  }

  public List<Circumstance> circumstances() {
    return list(
        """
        MATCH (c:Circumstance) RETURN c
        ORDER BY CASE c.group WHEN 'sentence' THEN 0 WHEN 'gender' THEN 1 WHEN 'age' THEN 2 ELSE 3 END,
                 c.name
        """,
        Map.of(),
        (t, r) -> GraphValues.circumstance(r.get("c")));
  }

  public List<Area> areas() {
    return list(
        "MATCH (a:Area) RETURN a ORDER BY a.name",
        Map.of(),
        (t, r) -> GraphValues.area(r.get("a")));
  }

  public List<Prison> prisons() {
    return list(
        "MATCH (p:Prison) OPTIONAL MATCH (p)-[:IN]->(a:Area) RETURN p, a.code AS areaCode ORDER BY p.name",
        Map.of(),
        (t, r) -> GraphValues.prison(r.get("p"), r.get("areaCode")));
  }

  /**
   * A prison, agency or service by name, for pickers; {@code kind} is prison, agency or service.
   */
  public record NamedParty(String id, String name, String kind) {}

  /**
   * Prisons, agencies and/or services whose name contains {@code text} (any case), by name, a page
   * at a time: pickers fetch what they show instead of the whole directory.
   */
  public List<NamedParty> namedParties(
      boolean prisons, boolean agencies, boolean services, String text, int offset, int limit) {
    return list(
        """
        CALL () {
          MATCH (n:Prison) WHERE $prisons RETURN n, 'prison' AS kind
          UNION ALL
          MATCH (n:Agency) WHERE $agencies RETURN n, 'agency' AS kind
          UNION ALL
          MATCH (n:Service) WHERE $services RETURN n, 'service' AS kind
        }
        WITH n, kind WHERE $text = '' OR toLower(n.name) CONTAINS $text
        RETURN n.id AS id, n.name AS name, kind
        ORDER BY name, id SKIP $offset LIMIT $limit
        """,
        Map.of(
            "prisons",
            prisons,
            "agencies",
            agencies,
            "services",
            services,
            "text",
            text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT),
            "offset",
            Math.max(0, offset),
            "limit",
            Math.max(0, limit)),
        (t, r) ->
            new NamedParty(
                r.get("id").asString(), r.get("name").asString(), r.get("kind").asString()));
  }

  // Batch lookups: one query for many ids, answered as a map from each id asked about.

  /**
   * The services with these ids, by id; unknown ids are absent. One query, so it opens no
   * transaction of its own (it joins the caller's, if any): a page of results looked up alone costs
   * one round trip to the database instead of three (begin, run, commit).
   */
  @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
  public Map<String, Service> servicesByIds(Collection<String> ids) {
    Map<String, Service> result = new LinkedHashMap<>();
    for (Service s :
        list(
            "MATCH (s:Service) WHERE s.id IN $ids RETURN s",
            Map.of("ids", List.copyOf(ids)),
            (t, r) -> GraphValues.service(r.get("s")))) {
      result.put(s.id(), s);
    }
    return result;
  }

  /** A service and its agency (null when it has none). */
  public record ServiceAndAgency(Service service, Agency agency) {}

  /** Services by id, each with its agency (unknown ids are absent). */
  public static final String SERVICES_AND_AGENCIES =
      """
      MATCH (s:Service) WHERE s.id IN $ids
      OPTIONAL MATCH (a:Agency)-[:PROVIDES]->(s)
      RETURN s, a
      """;

  /**
   * Services by id, each with its agency, in one query (unknown ids are absent): a page of search
   * results, read in the search's own transaction {@code tx}.
   */
  public static Map<String, ServiceAndAgency> servicesAndAgencies(
      org.neo4j.driver.SimpleQueryRunner tx, Collection<String> ids) {
    Map<String, ServiceAndAgency> result = new LinkedHashMap<>();
    tx.run(SERVICES_AND_AGENCIES, Map.of("ids", List.copyOf(ids)))
        .forEachRemaining(
            r -> {
              ServiceAndAgency row =
                  new ServiceAndAgency(
                      GraphValues.service(r.get("s")),
                      r.get("a").isNull() ? null : GraphValues.agency(r.get("a")));
              result.put(row.service().id(), row);
            });
    return result;
  }

  /** The agency of each service, by service id; one query, like {@link #servicesByIds}. */
  @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
  public Map<String, Agency> agencyOfServices(Collection<String> serviceIds) {
    Map<String, Agency> result = new LinkedHashMap<>();
    for (var row :
        list(
            "MATCH (a:Agency)-[:PROVIDES]->(s:Service) WHERE s.id IN $ids RETURN s.id AS key, a",
            Map.of("ids", List.copyOf(serviceIds)),
            (t, r) -> Map.entry(r.get("key").asString(), GraphValues.agency(r.get("a"))))) {
      result.put(row.getKey(), row.getValue());
    }
    return result;
  }

  public Map<String, List<Need>> needsOfServices(Collection<String> serviceIds) {
    return grouped(
        """
        MATCH (s:Service)-[:MEETS]->(n:Need) WHERE s.id IN $ids
        OPTIONAL MATCH (n)-[:BROADER]->(b:Need)
        RETURN s.id AS key, n, b.id AS broaderId ORDER BY n.name
        """,
        serviceIds,
        (t, r) -> GraphValues.need(r.get("n"), r.get("broaderId")));
  }

  public Map<String, List<Circumstance>> onlyForOfServices(Collection<String> serviceIds) {
    return grouped(
        """
        MATCH (s:Service)-[:FOR]->(c:Circumstance) WHERE s.id IN $ids
        RETURN s.id AS key, c ORDER BY c.name
        """,
        serviceIds,
        (t, r) -> GraphValues.circumstance(r.get("c")));
  }

  public Map<String, List<Area>> coversOfServices(Collection<String> serviceIds) {
    return grouped(
        """
        MATCH (s:Service)-[:COVERS]->(a:Area) WHERE s.id IN $ids
        RETURN s.id AS key, a ORDER BY a.name
        """,
        serviceIds,
        (t, r) -> GraphValues.area(r.get("a")));
  }

  public Map<String, List<Prison>> inReachOfServices(Collection<String> serviceIds) {
    return grouped(
        """
        MATCH (s:Service)-[:IN_REACH]->(p:Prison) WHERE s.id IN $ids
        OPTIONAL MATCH (p)-[:IN]->(a:Area)
        RETURN s.id AS key, p, a.code AS areaCode ORDER BY p.name
        """,
        serviceIds,
        (t, r) -> GraphValues.prison(r.get("p"), r.get("areaCode")));
  }

  public Map<String, List<Location>> locationsOfServices(Collection<String> serviceIds) {
    return grouped(
        """
        MATCH (s:Service)-[:DELIVERED_AT]->(l:Location) WHERE s.id IN $ids
        OPTIONAL MATCH (l)-[:IN]->(a:Area)
        RETURN s.id AS key, l, a.code AS areaCode ORDER BY l.virtual, l.name
        """,
        serviceIds,
        (t, r) -> GraphValues.location(r.get("l"), r.get("areaCode")));
  }

  public Map<String, List<Contact>> contactsOfServices(Collection<String> serviceIds) {
    return grouped(
        """
        MATCH (s:Service)-[:HAS_CONTACT]->(c:Contact) WHERE s.id IN $ids
        OPTIONAL MATCH (c)-[:AT_PRISON]->(p:Prison)
        RETURN s.id AS key, c, p.id AS prisonId ORDER BY c.name
        """,
        serviceIds,
        (t, r) -> GraphValues.contact(r.get("c"), r.get("prisonId")));
  }

  /** Funders and commissioners of each service, as incoming relationships. */
  public Map<String, List<WorkingRelationship>> fundersOfServices(Collection<String> serviceIds) {
    return grouped(
        """
        MATCH (f:Agency)-[r:FUNDS|COMMISSIONS]->(s:Service) WHERE s.id IN $ids
        RETURN s.id AS key, r, type(r) AS type, 'INCOMING' AS direction, f AS other,
               null AS otherAreaCode
        ORDER BY f.name
        """,
        serviceIds,
        DirectoryQueries::relationship);
  }

  public Map<String, List<Service>> servicesOfAgencies(Collection<String> agencyIds) {
    return grouped(
        """
        MATCH (a:Agency)-[:PROVIDES]->(s:Service) WHERE a.id IN $ids
        RETURN a.id AS key, s ORDER BY s.name
        """,
        agencyIds,
        (t, r) -> GraphValues.service(r.get("s")));
  }

  public Map<String, List<Contact>> contactsOfAgencies(Collection<String> agencyIds) {
    return grouped(
        """
        MATCH (a:Agency)-[:HAS_CONTACT]->(c:Contact) WHERE a.id IN $ids
        OPTIONAL MATCH (c)-[:AT_PRISON]->(p:Prison)
        RETURN a.id AS key, c, p.id AS prisonId ORDER BY c.name
        """,
        agencyIds,
        (t, r) -> GraphValues.contact(r.get("c"), r.get("prisonId")));
  }

  public Map<String, Area> baseAreaOfAgencies(Collection<String> agencyIds) {
    Map<String, Area> result = new LinkedHashMap<>();
    for (var row :
        list(
            "MATCH (a:Agency)-[:BASED_IN]->(area:Area) WHERE a.id IN $ids RETURN a.id AS key, area",
            Map.of("ids", List.copyOf(agencyIds)),
            (t, r) -> Map.entry(r.get("key").asString(), GraphValues.area(r.get("area"))))) {
      result.put(row.getKey(), row.getValue());
    }
    return result;
  }

  /** Every working relationship of each agency, outgoing then incoming, by type and name. */
  public Map<String, List<WorkingRelationship>> relationshipsOfAgencies(
      Collection<String> agencyIds) {
    return grouped(
        """
        MATCH (a:Agency) WHERE a.id IN $ids
        CALL (a) {
          MATCH (a)-[r:REFERS_TO|PARTNERS_WITH|SHARES_INFORMATION_WITH|WORKS_IN|FUNDS|COMMISSIONS]->(o)
          RETURN r, 'OUTGOING' AS direction, o
          UNION ALL
          MATCH (a)<-[r:REFERS_TO|PARTNERS_WITH|SHARES_INFORMATION_WITH]-(o:Agency)
          RETURN r, 'INCOMING' AS direction, o
        }
        OPTIONAL MATCH (o:Prison)-[:IN]->(pa:Area)
        RETURN a.id AS key, r, type(r) AS type, direction, o AS other, pa.code AS otherAreaCode
        ORDER BY direction DESC, type, o.name
        """,
        agencyIds,
        DirectoryQueries::relationship);
  }

  public Map<String, List<Need>> narrowerOfNeeds(Collection<String> needIds) {
    return grouped(
        """
        MATCH (n:Need)-[:BROADER]->(b:Need) WHERE b.id IN $ids
        RETURN b.id AS key, n, b.id AS broaderId ORDER BY n.name
        """,
        needIds,
        (t, r) -> GraphValues.need(r.get("n"), r.get("broaderId")));
  }

  public Optional<Need> need(String id) {
    return neo4j
        .query(
            """
            MATCH (n:Need {id: $id}) OPTIONAL MATCH (n)-[:BROADER]->(b:Need)
            RETURN n, b.id AS broaderId
            """)
        .bind(id)
        .to("id")
        .fetchAs(Need.class)
        .mappedBy((t, r) -> GraphValues.need(r.get("n"), r.get("broaderId")))
        .one();
  }

  public Optional<Area> area(String code) {
    return neo4j
        .query("MATCH (a:Area {code: $code}) RETURN a")
        .bind(code)
        .to("code")
        .fetchAs(Area.class)
        .mappedBy((t, r) -> GraphValues.area(r.get("a")))
        .one();
  }

  public Optional<Prison> prison(String id) {
    return neo4j
        .query(
            "MATCH (p:Prison {id: $id}) OPTIONAL MATCH (p)-[:IN]->(a:Area) RETURN p, a.code AS areaCode")
        .bind(id)
        .to("id")
        .fetchAs(Prison.class)
        .mappedBy((t, r) -> GraphValues.prison(r.get("p"), r.get("areaCode")))
        .one();
  }

  private static WorkingRelationship relationship(TypeSystem t, Record r) {
    var rel = r.get("r").asRelationship();
    return new WorkingRelationship(
        GraphValues.string(rel.get("id")),
        r.get("type").asString(),
        WorkingRelationship.Direction.valueOf(r.get("direction").asString()),
        GraphValues.party(r.get("other"), r.get("otherAreaCode")),
        GraphValues.date(rel.get("since")),
        rel.get("formal").asBoolean(false),
        GraphValues.date(rel.get("lastConfirmed")),
        GraphValues.string(rel.get("notes")),
        GraphValues.string(rel.get("system")),
        GraphValues.date(rel.get("ended")));
  }

  private <T> List<T> list(
      String cypher, Map<String, Object> parameters, BiFunction<TypeSystem, Record, T> mapper) {
    @SuppressWarnings("unchecked")
    Class<T> type = (Class<T>) Object.class;
    return List.copyOf(
        neo4j.query(cypher).bindAll(parameters).fetchAs(type).mappedBy(mapper).all());
  }

  /** Runs a query returning {@code key} and a row per item; groups the items by key. */
  private <T> Map<String, List<T>> grouped(
      String cypher, Collection<String> ids, BiFunction<TypeSystem, Record, T> mapper) {
    Map<String, List<T>> result = new LinkedHashMap<>();
    for (String id : ids) {
      result.put(id, new ArrayList<>());
    }
    List<Map.Entry<String, T>> rows =
        list(
            cypher,
            Map.of("ids", List.copyOf(ids)),
            (t, r) -> Map.entry(r.get("key").asString(), mapper.apply(t, r)));
    for (Map.Entry<String, T> row : rows) {
      result.computeIfAbsent(row.getKey(), k -> new ArrayList<>()).add(row.getValue());
    }
    return result;
  }

  private int count(String cypher) {
    return neo4j
        .query(cypher)
        .fetchAs(Integer.class)
        .mappedBy((t, r) -> r.get("n").asInt())
        .one()
        .orElse(0);
  }
}
