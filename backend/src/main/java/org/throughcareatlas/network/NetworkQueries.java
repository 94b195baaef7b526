package org.throughcareatlas.network;

import static org.throughcareatlas.directory.GraphValues.date;
import static org.throughcareatlas.directory.GraphValues.string;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.throughcareatlas.directory.Agency;
import org.throughcareatlas.directory.Area;
import org.throughcareatlas.directory.Contact;
import org.throughcareatlas.directory.DirectoryQueries;
import org.throughcareatlas.directory.GraphValues;
import org.throughcareatlas.directory.Prison;
import org.throughcareatlas.directory.Service;
import org.throughcareatlas.directory.WorkingRelationship.Direction;
import org.throughcareatlas.network.AgencyNetwork.Edge;
import org.throughcareatlas.network.NetworkHealth.Hub;
import org.throughcareatlas.network.NetworkHealth.Hubs;
import org.throughcareatlas.network.NetworkHealth.IsolatedAgencies;
import org.throughcareatlas.network.NetworkHealth.OneWayReferral;
import org.throughcareatlas.network.NetworkHealth.OneWayReferrals;
import org.throughcareatlas.network.NetworkHealth.StaleRelationship;
import org.throughcareatlas.network.NetworkHealth.StaleRelationships;
import org.throughcareatlas.network.NetworkHealth.UnlinkedAgencies;
import org.throughcareatlas.network.NetworkHealth.UnlinkedArea;
import org.throughcareatlas.network.ReferralPaths.Link;
import org.throughcareatlas.network.ReferralPaths.ReferralPath;
import org.throughcareatlas.network.ReferralPaths.ReferralStep;

/**
 * The working relationships between agencies read as a network: referral pathways, an agency's
 * neighbourhood, the whole network (filtered) for drawing, and the network's health. Read-only;
 * each public method runs in one read transaction.
 *
 * <p>"Working relationships" between agencies are {@code REFERS_TO} (followed in its direction
 * only), {@code PARTNERS_WITH} and {@code SHARES_INFORMATION_WITH} (followed either way); agencies
 * meet prisons through {@code WORKS_IN}.
 */
@Component
@Transactional(readOnly = true)
public class NetworkQueries {

  /**
   * The longest referral pathway looked for, in steps (entering a prison and reaching a service
   * count).
   */
  public static final int MAX_STEPS = 6;

  /** The most pathways returned. */
  public static final int MAX_PATHS = 5;

  /** The deepest neighbourhood, in steps from the agency. */
  public static final int MAX_DEPTH = 3;

  /** How many hubs are listed. */
  public static final int HUBS = 10;

  /** Relationships not confirmed for longer than this are stale. */
  public static final int STALE_AFTER_MONTHS = 12;

  /** The relationship types the network is drawn with. */
  public static final List<String> NETWORK_TYPES =
      List.of("REFERS_TO", "PARTNERS_WITH", "SHARES_INFORMATION_WITH", "WORKS_IN");

  /** Whether an id is a prison, an agency or a service. */
  static final String KIND_OF_ID =
      """
      OPTIONAL MATCH (p:Prison {id: $id})
      OPTIONAL MATCH (a:Agency {id: $id})
      OPTIONAL MATCH (s:Service {id: $id})
      RETURN p IS NOT NULL AS prison, a IS NOT NULL AS agency, s IS NOT NULL AS service
      """;

  /**
   * What every path search returns: the agencies along the path, the working relationships between
   * them (each with whether it points forwards), and how the prison was entered.
   */
  private static final String PATH_COLUMNS =
      """
      WITH path, [n IN nodes(path) WHERE n:Agency] AS agencies,
           [r IN relationships(path)
            WHERE type(r) IN ['REFERS_TO', 'PARTNERS_WITH', 'SHARES_INFORMATION_WITH']] AS links
      RETURN [n IN agencies | n.id] AS agencyIds,
             [i IN range(0, size(links) - 1) |
               {id: links[i].id, type: type(links[i]), outgoing: startNode(links[i]) = agencies[i]}]
               AS relationships,
             head([r IN relationships(path) WHERE type(r) = 'WORKS_IN' | r.id]) AS entryId,
             head([n IN nodes(path) WHERE n:Service | n.id]) AS viaId
      """;

  /**
   * The shortest paths from a prison into the agencies working in it, then over working
   * relationships (REFERS_TO only in its direction, the others either way) to the exit agency. One
   * search (one start, one end), so it stays fast on a dense network; {@code SHORTEST 10} bounds
   * how many equivalent paths it enumerates.
   */
  static final String PATHS_FROM_PRISON_WORKING_IN =
      """
      MATCH path = SHORTEST 10 (p:Prison {id: $from})<-[w:WORKS_IN WHERE w.ended IS NULL]-(:Agency)
        ((x:Agency)-[r:REFERS_TO|PARTNERS_WITH|SHARES_INFORMATION_WITH]-(y:Agency)
          WHERE (type(r) <> 'REFERS_TO' OR startNode(r) = x) AND r.ended IS NULL){0,5}
        (b:Agency {id: $exit})
      """
          + PATH_COLUMNS;

  /** As {@link #PATHS_FROM_PRISON_WORKING_IN}, entering through an in-reach service. */
  static final String PATHS_FROM_PRISON_IN_REACH =
      """
      MATCH path = SHORTEST 10 (p:Prison {id: $from})<-[:IN_REACH]-(:Service)<-[:PROVIDES]-(:Agency)
        ((x:Agency)-[r:REFERS_TO|PARTNERS_WITH|SHARES_INFORMATION_WITH]-(y:Agency)
          WHERE (type(r) <> 'REFERS_TO' OR startNode(r) = x) AND r.ended IS NULL){0,5}
        (b:Agency {id: $exit})
      """
          + PATH_COLUMNS;

  /** As {@link #PATHS_FROM_PRISON_WORKING_IN}, from an agency. */
  static final String PATHS_FROM_AGENCY =
      """
      MATCH path = SHORTEST 10 (a:Agency {id: $from})
        ((x:Agency)-[r:REFERS_TO|PARTNERS_WITH|SHARES_INFORMATION_WITH]-(y:Agency)
          WHERE (type(r) <> 'REFERS_TO' OR startNode(r) = x) AND r.ended IS NULL){0,6}
        (b:Agency {id: $exit})
      """
          + PATH_COLUMNS;

  /** The contacts of agencies, with the prison each is for and whether it belongs to a service. */
  static final String AGENCY_CONTACTS =
      """
      UNWIND $ids AS agencyId
      MATCH (:Agency {id: agencyId})-[:HAS_CONTACT]->(c:Contact)
      OPTIONAL MATCH (c)-[:AT_PRISON]->(p:Prison)
      RETURN agencyId AS key, c, p.id AS prisonId,
             EXISTS { (:Service)-[:HAS_CONTACT]->(c) } AS forService
      ORDER BY c.name, c.id
      """;

  /**
   * Agencies within {@code MAX_DEPTH} steps of working relationships (either way) from one agency,
   * each with its distance. {@code MAX_DEPTH} is replaced by 1, 2 or 3 when the class loads (a
   * quantifier cannot be a parameter); nothing from input is ever put in.
   */
  private static final String NEIGHBOURS_TEMPLATE =
      """
      MATCH (start:Agency {id: $id})
      MATCH path = ANY SHORTEST (start)
        (()-[n:REFERS_TO|PARTNERS_WITH|SHARES_INFORMATION_WITH WHERE n.ended IS NULL]-(:Agency)){0,MAX_DEPTH}
        (a:Agency)
      RETURN a.id AS id, a.name AS name, a.kind AS kind, length(path) AS distance
      ORDER BY distance, name, id
      """;

  static final List<String> NEIGHBOURS =
      IntStream.rangeClosed(1, MAX_DEPTH)
          .mapToObj(d -> NEIGHBOURS_TEMPLATE.replace("MAX_DEPTH", Integer.toString(d)))
          .toList();

  /**
   * The agencies of the filtered network: with a prison, those working in it or with an in-reach
   * service in it and their direct partners over the agency relationship types shown; then only
   * those serving the area (based in it or providing a service covering it) and meeting the need
   * (directly or through a narrower need).
   */
  static final String FILTERED_AGENCIES =
      """
      CALL () {
        MATCH (a:Agency) WHERE $prison IS NULL
        RETURN a
        UNION
        MATCH (p:Prison {id: $prison})
        CALL (p) {
          MATCH (a:Agency)-[w:WORKS_IN]->(p) WHERE w.ended IS NULL RETURN a
          UNION
          MATCH (a:Agency)-[:PROVIDES]->(:Service)-[:IN_REACH]->(p) RETURN a
        }
        CALL (a) {
          RETURN a AS member
          UNION
          MATCH (a)-[r:REFERS_TO|PARTNERS_WITH|SHARES_INFORMATION_WITH]-(member:Agency)
          WHERE type(r) IN $types AND r.ended IS NULL
          RETURN member
        }
        RETURN member AS a
      }
      WITH DISTINCT a
      WHERE ($area IS NULL
             OR EXISTS { (a)-[:BASED_IN]->(:Area {code: $area}) }
             OR EXISTS { (a)-[:PROVIDES]->(:Service)-[:COVERS]->(:Area {code: $area}) })
        AND ($need IS NULL
             OR EXISTS { (a)-[:PROVIDES]->(:Service)-[:MEETS]->(n:Need)
                         WHERE n.id = $need OR EXISTS { (n)-[:BROADER]->(:Need {id: $need}) } })
      RETURN a.id AS id, a.name AS name, a.kind AS kind, null AS distance
      ORDER BY name, id
      """;

  /**
   * The relationships of the types shown among the agencies given, and to the prisons they work in.
   */
  static final String EDGES_AMONG =
      """
      UNWIND $ids AS id
      MATCH (a:Agency {id: id})-[r:REFERS_TO|PARTNERS_WITH|SHARES_INFORMATION_WITH|WORKS_IN]->(b)
      WHERE type(r) IN $types AND r.ended IS NULL AND ((b:Agency AND b.id IN $ids) OR b:Prison)
      RETURN a.id AS source, b.id AS target, r, type(r) AS type, b:Prison AS toPrison,
             b.name AS targetName
      ORDER BY type, source, target
      """;

  /**
   * The whole network for the health measures, in one read: every agency with each of its outgoing
   * working relationships as {@code [type, target id, lastConfirmed, relationship id]}; then every
   * prison. Isolates, hubs, one-way referrals and stale relationships are all computed from it.
   */
  static final String NETWORK_SNAPSHOT =
      """
      MATCH (a:Agency)
      RETURN false AS prison, a.id AS id, a.name AS name,
             COLLECT { MATCH (a)-[r:REFERS_TO|PARTNERS_WITH|SHARES_INFORMATION_WITH|WORKS_IN|FUNDS|COMMISSIONS]->(o)
                       WHERE r.ended IS NULL
                       RETURN [type(r), o.id, r.lastConfirmed, r.id] } AS relationships
      UNION ALL
      MATCH (p:Prison)
      RETURN true AS prison, p.id AS id, p.name AS name, [] AS relationships
      """;

  /**
   * Relationships by type and id (each type's ids are unique, so each branch is an index seek),
   * with their ends: the few listed by a health measure.
   */
  static final String RELATIONSHIPS_BY_ID =
      """
      CALL () {
        MATCH (a:Agency)-[r:REFERS_TO]->(o) WHERE r.id IN $ids RETURN a, r, o
        UNION ALL
        MATCH (a:Agency)-[r:PARTNERS_WITH]->(o) WHERE r.id IN $ids RETURN a, r, o
        UNION ALL
        MATCH (a:Agency)-[r:SHARES_INFORMATION_WITH]->(o) WHERE r.id IN $ids RETURN a, r, o
        UNION ALL
        MATCH (a:Agency)-[r:WORKS_IN]->(o) WHERE r.id IN $ids RETURN a, r, o
        UNION ALL
        MATCH (a:Agency)-[r:FUNDS]->(o) WHERE r.id IN $ids RETURN a, r, o
        UNION ALL
        MATCH (a:Agency)-[r:COMMISSIONS]->(o) WHERE r.id IN $ids RETURN a, r, o
      }
      RETURN a, r, o, head([(o:Prison)-[:IN]->(x:Area) | x.code]) AS prisonAreaCode
      """;

  /**
   * For each council area: the prisons releasing people there (the prisons in it; where it has
   * none, the two nearest its main town), and the agencies serving it (based in it, or providing a
   * service covering it).
   */
  static final String RELEASING_PRISONS_AND_AGENCIES =
      """
      MATCH (area:Area)
      CALL (area) {
        OPTIONAL MATCH (p:Prison)-[:IN]->(area)
        WITH p ORDER BY p.name
        RETURN collect(p) AS inArea
      }
      CALL (area, inArea) {
        MATCH (p:Prison)
        WHERE size(inArea) = 0 AND p.point IS NOT NULL AND area.point IS NOT NULL
        WITH p ORDER BY point.distance(p.point, area.point), p.name LIMIT 2
        RETURN collect(p) AS nearest
      }
      WITH area, size(inArea) > 0 AS prisonsInArea,
           CASE WHEN size(inArea) > 0 THEN inArea ELSE nearest END AS releasing
      WHERE size(releasing) > 0
      CALL (area) {
        CALL (area) {
          MATCH (a:Agency)-[:BASED_IN]->(area) RETURN a
          UNION
          MATCH (a:Agency)-[:PROVIDES]->(:Service)-[:COVERS]->(area) RETURN a
        }
        RETURN collect(a.id) AS agencies
      }
      RETURN area, prisonsInArea, agencies,
             [p IN releasing | {prison: p, areaCode: head([(p)-[:IN]->(x:Area) | x.code])}]
               AS prisons
      ORDER BY area.name
      """;

  /** The agencies providing a service that works inside each prison. */
  static final String IN_REACH_PROVIDERS =
      """
      MATCH (a:Agency)-[:PROVIDES]->(:Service)-[:IN_REACH]->(p:Prison)
      RETURN p.id AS prisonId, collect(DISTINCT a.id) AS agencies
      """;

  private final Neo4jClient neo4j;
  private final DirectoryQueries directory;

  NetworkQueries(Neo4jClient neo4j, DirectoryQueries directory) {
    this.neo4j = neo4j;
    this.directory = directory;
  }

  // Referral pathways

  /**
   * The shortest chains of working relationships from a prison or an agency to a service or an
   * agency, at most {@link #MAX_STEPS} steps and {@link #MAX_PATHS} chains, each step with the
   * contact to use at its end.
   *
   * @param fromId a prison or an agency
   * @param toId a service or an agency
   * @throws NetworkInputException naming {@code from} or {@code to} when the id is not one of those
   */
  public ReferralPaths referralPaths(String fromId, String toId) {
    IdKind from = kindOf(fromId);
    if (!from.prison && !from.agency) {
      throw new NetworkInputException(
          "from",
          from.service
              ? "'" + shorten(fromId) + "' is a service: start from a prison or an agency."
              : "There is no prison or agency '" + shorten(fromId) + "'.");
    }
    IdKind to = kindOf(toId);
    if (!to.service && !to.agency) {
      throw new NetworkInputException(
          "to",
          to.prison
              ? "'" + shorten(toId) + "' is a prison: end at a service or an agency."
              : "There is no service or agency '" + shorten(toId) + "'.");
    }
    String prisonId = from.prison ? fromId : null;
    Object start = from.prison ? directory.prison(fromId).orElseThrow() : agency(fromId);
    Object end = to.service ? directory.service(toId).orElseThrow() : agency(toId);
    String endName = end instanceof Service s ? s.name() : ((Agency) end).name();
    String startName = start instanceof Prison p ? p.name() : ((Agency) start).name();

    // How it ends: the agency providing the service, or the agency itself.
    String exitId =
        to.service
            ? list(
                    "MATCH (a:Agency)-[:PROVIDES]->(:Service {id: $id}) RETURN a.id AS id",
                    Map.of("id", toId),
                    (t, r) -> r.get("id").asString())
                .stream()
                .findFirst()
                .orElse(null)
            : toId;
    if (!from.prison && !to.service && fromId.equals(toId)) {
      return new ReferralPaths(
          start, end, List.of(), 0, "The start and the end are the same agency.");
    }
    String noRoute =
        "No known route from "
            + startName
            + " to "
            + endName
            + " within "
            + MAX_STEPS
            + " steps of working relationships.";
    if (exitId == null) {
      return new ReferralPaths(start, end, List.of(), 0, noRoute);
    }
    int maxHops = MAX_STEPS - (from.prison ? 1 : 0) - (to.service ? 1 : 0);
    Map<String, Object> parameters = Map.of("from", fromId, "exit", exitId);
    List<AgencyChain> chains = new ArrayList<>();
    if (from.prison) {
      chains.addAll(list(PATHS_FROM_PRISON_WORKING_IN, parameters, NetworkQueries::chain));
      chains.addAll(list(PATHS_FROM_PRISON_IN_REACH, parameters, NetworkQueries::chain));
    } else {
      chains.addAll(list(PATHS_FROM_AGENCY, parameters, NetworkQueries::chain));
    }
    chains.removeIf(c -> c.hops() > maxHops);
    if (chains.isEmpty()) {
      return new ReferralPaths(start, end, List.of(), 0, noRoute);
    }
    int shortest = chains.stream().mapToInt(AgencyChain::hops).min().orElseThrow();
    // One chain per sequence of agencies: two relationships between the same pair are one route;
    // working in the prison is preferred to entering it through an in-reach service.
    Map<List<String>, AgencyChain> distinct = new LinkedHashMap<>();
    chains.stream()
        .filter(c -> c.hops() == shortest)
        .sorted(
            Comparator.comparing((AgencyChain c) -> c.entryId() == null)
                .thenComparingInt(AgencyChain::hopTypeRank))
        .forEach(c -> distinct.putIfAbsent(c.agencyIds, c));

    Set<String> agencyIds = new LinkedHashSet<>();
    distinct.keySet().forEach(agencyIds::addAll);
    agencyIds.add(exitId);
    Map<String, Agency> agencies = agenciesByIds(agencyIds);
    Comparator<List<String>> byNames =
        Comparator.comparing(
            ids -> String.join("\u0000", ids.stream().map(id -> agencies.get(id).name()).toList()));
    List<AgencyChain> chosen =
        distinct.values().stream()
            .sorted(Comparator.comparing(AgencyChain::agencyIds, byNames))
            .limit(MAX_PATHS)
            .toList();

    Set<String> contactsFor = new LinkedHashSet<>();
    chosen.forEach(c -> contactsFor.addAll(c.agencyIds));
    Map<String, List<ContactRow>> agencyContacts = agencyContacts(contactsFor);
    List<String> viaIds =
        chosen.stream().map(AgencyChain::viaId).filter(id -> id != null).distinct().toList();
    Map<String, Service> services = viaIds.isEmpty() ? Map.of() : directory.servicesByIds(viaIds);
    Contact serviceContact = null;
    if (to.service) {
      serviceContact =
          best(
              directory.contactsOfServices(List.of(toId)).getOrDefault(toId, List.of()).stream()
                  .map(c -> new ContactRow(c, false))
                  .toList(),
              prisonId);
    }

    List<ReferralPath> paths = new ArrayList<>();
    for (AgencyChain chain : chosen) {
      List<ReferralStep> steps = new ArrayList<>();
      if (from.prison) {
        Agency first = agencies.get(chain.agencyIds.getFirst());
        boolean worksIn = chain.entryId() != null;
        steps.add(
            new ReferralStep(
                start,
                worksIn ? Link.WORKS_IN : Link.IN_REACH,
                Direction.INCOMING,
                first,
                chain.entryId(),
                worksIn ? null : services.get(chain.viaId()),
                best(agencyContacts.get(first.id()), prisonId)));
      }
      for (int i = 0; i < chain.hops(); i++) {
        Hop hop = chain.relationships.get(i);
        Agency next = agencies.get(chain.agencyIds.get(i + 1));
        steps.add(
            new ReferralStep(
                agencies.get(chain.agencyIds.get(i)),
                Link.valueOf(hop.type),
                hop.outgoing ? Direction.OUTGOING : Direction.INCOMING,
                next,
                hop.id,
                null,
                best(agencyContacts.get(next.id()), prisonId)));
      }
      if (to.service) {
        Agency provider = agencies.get(exitId);
        Contact contact =
            serviceContact != null
                ? serviceContact
                : best(agencyContacts.get(provider.id()), prisonId);
        steps.add(
            new ReferralStep(
                provider, Link.PROVIDES, Direction.OUTGOING, end, null, null, contact));
      }
      paths.add(new ReferralPath(List.copyOf(steps)));
    }
    if (paths.getFirst().steps().isEmpty()) {
      return new ReferralPaths(
          start, end, List.of(), 0, "The start and the end are the same agency.");
    }
    return new ReferralPaths(start, end, List.copyOf(paths), distinct.size(), null);
  }

  /**
   * The contact to use at an agency: for a chain from a prison, its contact for that prison (e.g.
   * its Link Centre worker) where it has one; else a general contact, then a service's, then one
   * for another prison.
   */
  private static Contact best(List<ContactRow> contacts, String prisonId) {
    if (contacts == null || contacts.isEmpty()) {
      return null;
    }
    return contacts.stream()
        .min(
            Comparator.comparingInt(
                c -> {
                  String at = c.contact.prisonId();
                  if (prisonId != null && prisonId.equals(at)) {
                    return 0;
                  }
                  if (at == null) {
                    return c.forService ? 2 : 1;
                  }
                  return 3;
                }))
        .map(ContactRow::contact)
        .orElse(null);
  }

  private static AgencyChain chain(TypeSystem t, Record r) {
    return new AgencyChain(
        r.get("agencyIds").asList(Value::asString),
        r.get("relationships")
            .asList(
                v ->
                    new Hop(
                        string(v.get("id")),
                        v.get("type").asString(),
                        v.get("outgoing").asBoolean())),
        string(r.get("entryId")),
        string(r.get("viaId")));
  }

  private Map<String, List<ContactRow>> agencyContacts(Collection<String> agencyIds) {
    Map<String, List<ContactRow>> result = new HashMap<>();
    for (var row :
        list(
            AGENCY_CONTACTS,
            Map.of("ids", List.copyOf(agencyIds)),
            (t, r) ->
                Map.entry(
                    r.get("key").asString(),
                    new ContactRow(
                        GraphValues.contact(r.get("c"), r.get("prisonId")),
                        r.get("forService").asBoolean())))) {
      result.computeIfAbsent(row.getKey(), k -> new ArrayList<>()).add(row.getValue());
    }
    return result;
  }

  private IdKind kindOf(String id) {
    if (id == null || id.isBlank()) {
      return new IdKind(false, false, false);
    }
    return neo4j
        .query(KIND_OF_ID)
        .bind(id)
        .to("id")
        .fetchAs(IdKind.class)
        .mappedBy(
            (t, r) ->
                new IdKind(
                    r.get("prison").asBoolean(),
                    r.get("agency").asBoolean(),
                    r.get("service").asBoolean()))
        .one()
        .orElseThrow();
  }

  private record IdKind(boolean prison, boolean agency, boolean service) {}

  private record Hop(String id, String type, boolean outgoing) {}

  private record ContactRow(Contact contact, boolean forService) {}

  /**
   * A path found: the agencies along it, the relationships between them, and for a prison start,
   * the WORKS_IN relationship or the in-reach service it was entered by.
   */
  private record AgencyChain(
      List<String> agencyIds, List<Hop> relationships, String entryId, String viaId) {

    int hops() {
      return relationships.size();
    }

    /** Lower for chains of stronger links: referral routes, then partnerships, then sharing. */
    int hopTypeRank() {
      return relationships.stream().mapToInt(h -> NETWORK_TYPES.indexOf(h.type)).sum();
    }
  }

  // The network for drawing

  /**
   * The agencies within {@code depth} steps of working relationships (either way) of an agency, the
   * prisons they work in, and every relationship among them.
   *
   * @param depth 1 to {@link #MAX_DEPTH}
   * @throws NetworkInputException naming {@code id} or {@code depth}
   */
  public AgencyNetwork neighbourhood(String agencyId, int depth) {
    if (depth < 1 || depth > MAX_DEPTH) {
      throw new NetworkInputException(
          "depth", "Depth must be between 1 and " + MAX_DEPTH + ", was " + depth + ".");
    }
    List<AgencyNetwork.Node> agencies =
        list(
            NEIGHBOURS.get(depth - 1),
            Map.of("id", agencyId == null ? "" : agencyId),
            NetworkQueries::node);
    if (agencies.isEmpty()) {
      throw new NetworkInputException(
          "id", "There is no agency '" + shorten(String.valueOf(agencyId)) + "'.");
    }
    return subnetwork(agencies, NETWORK_TYPES, null);
  }

  /**
   * The network for a graph drawing, filtered by area, need, prison and relationship types.
   *
   * @throws NetworkInputException naming {@code filter.area}, {@code filter.need}, {@code
   *     filter.prison} or {@code filter.relationshipTypes}
   */
  public AgencyNetwork network(NetworkFilter filter) {
    NetworkFilter f = filter == null ? NetworkFilter.NONE : filter;
    List<String> types =
        f.relationshipTypes() == null || f.relationshipTypes().isEmpty()
            ? NETWORK_TYPES
            : List.copyOf(new LinkedHashSet<>(f.relationshipTypes()));
    for (String type : types) {
      if (!NETWORK_TYPES.contains(type)) {
        throw new NetworkInputException(
            "filter.relationshipTypes",
            "The network is drawn with "
                + String.join(", ", NETWORK_TYPES)
                + "; '"
                + shorten(String.valueOf(type))
                + "' is not one of them.");
      }
    }
    String area = blankToNull(f.areaCode());
    String need = blankToNull(f.needId());
    String prison = blankToNull(f.prisonId());
    if (area != null && directory.area(area).isEmpty()) {
      throw new NetworkInputException(
          "filter.area", "There is no council area '" + shorten(area) + "'.");
    }
    if (need != null && directory.need(need).isEmpty()) {
      throw new NetworkInputException("filter.need", "There is no need '" + shorten(need) + "'.");
    }
    if (prison != null && directory.prison(prison).isEmpty()) {
      throw new NetworkInputException(
          "filter.prison", "There is no prison '" + shorten(prison) + "'.");
    }
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("area", area);
    parameters.put("need", need);
    parameters.put("prison", prison);
    parameters.put("types", types);
    List<AgencyNetwork.Node> agencies = list(FILTERED_AGENCIES, parameters, NetworkQueries::node);
    return subnetwork(agencies, types, prison);
  }

  private AgencyNetwork subnetwork(
      List<AgencyNetwork.Node> agencies, List<String> types, String prisonId) {
    Map<String, AgencyNetwork.Node> nodes = new LinkedHashMap<>();
    agencies.forEach(a -> nodes.put(a.id(), a));
    Map<String, AgencyNetwork.Node> prisons = new LinkedHashMap<>();
    if (prisonId != null) {
      directory
          .prison(prisonId)
          .ifPresent(
              p ->
                  prisons.put(
                      p.id(),
                      new AgencyNetwork.Node(p.id(), p.name(), AgencyNetwork.PRISON, null)));
    }
    List<Edge> edges = new ArrayList<>();
    for (Record r :
        list(
            EDGES_AMONG,
            Map.of("ids", List.copyOf(nodes.keySet()), "types", types),
            (t, row) -> row)) {
      String source = r.get("source").asString();
      String target = r.get("target").asString();
      edges.add(edge(r.get("r").asRelationship(), r.get("type").asString(), source, target));
      if (r.get("toPrison").asBoolean()) {
        Integer from = nodes.get(source).distance();
        Integer distance = from == null ? null : from + 1;
        AgencyNetwork.Node known = prisons.get(target);
        if (known == null
            || (distance != null && (known.distance() == null || distance < known.distance()))) {
          prisons.put(
              target,
              new AgencyNetwork.Node(
                  target, r.get("targetName").asString(), AgencyNetwork.PRISON, distance));
        }
      }
    }
    List<AgencyNetwork.Node> all = new ArrayList<>(nodes.values());
    prisons.values().stream()
        .sorted(Comparator.comparing(AgencyNetwork.Node::name))
        .forEach(all::add);
    return new AgencyNetwork(List.copyOf(all), List.copyOf(edges));
  }

  // Network health

  /**
   * Every measure of the network's health, read in one transaction.
   *
   * @param today the day to count stale relationships back from
   * @param limit the most items listed per measure (counts are never capped)
   */
  public NetworkHealth health(LocalDate today, int limit) {
    Snapshot network = network();
    return new NetworkHealth(
        today,
        isolatedAgencies(network, limit),
        hubs(network),
        oneWayReferrals(network, limit),
        unlinkedToReleasePrisons(network, limit),
        staleRelationships(network, today, limit));
  }

  /** Agencies with no working relationship of any kind, in either direction. */
  public IsolatedAgencies isolatedAgencies(int limit) {
    return isolatedAgencies(network(), limit);
  }

  /**
   * The {@link #HUBS} agencies with the highest betweenness centrality over the undirected network
   * of agencies and prisons (agency–agency working relationships and WORKS_IN), normalised to 0–1.
   * Scoring is exact up to {@link Betweenness#EXACT_UP_TO} vertices, else estimated from a
   * fixed-seed sample of {@link Betweenness#SAMPLE_SOURCES} sources.
   */
  public Hubs hubs() {
    return hubs(network());
  }

  /** REFERS_TO relationships with no REFERS_TO back. */
  public OneWayReferrals oneWayReferrals(int limit) {
    return oneWayReferrals(network(), limit);
  }

  /**
   * Working relationships last confirmed more than {@link #STALE_AFTER_MONTHS} months before {@code
   * today}, or never.
   */
  public StaleRelationships staleRelationships(LocalDate today, int limit) {
    return staleRelationships(network(), today, limit);
  }

  /**
   * The network as read for the health measures ({@link #NETWORK_SNAPSHOT}). Vertices {@code
   * 0..n-1} are the agencies (in the order of {@code agencyIds}) then the prisons; {@code from} and
   * {@code to} are the undirected edges for betweenness (agency–agency relationships and WORKS_IN);
   * {@code relationships} are all working relationships; {@code related} marks the agencies with at
   * least one, either way.
   */
  record Snapshot(
      List<String> agencyIds,
      List<String> agencyNames,
      int n,
      int[] from,
      int[] to,
      List<Rel> relationships,
      boolean[] related) {}

  /**
   * One working relationship from agency index {@code from}; {@code toAgency} is the target's
   * agency index, or -1 when the target is a prison or a service.
   */
  record Rel(
      String type, int from, String targetId, int toAgency, LocalDate lastConfirmed, String id) {}

  Snapshot network() {
    List<Record> rows = list(NETWORK_SNAPSHOT, Map.of(), (t, r) -> r);
    Map<String, Integer> agencyIndex = new HashMap<>();
    Map<String, Integer> prisonIndex = new HashMap<>();
    List<String> agencyIds = new ArrayList<>();
    List<String> agencyNames = new ArrayList<>();
    for (Record r : rows) {
      if (!r.get("prison").asBoolean()) {
        agencyIndex.put(r.get("id").asString(), agencyIds.size());
        agencyIds.add(r.get("id").asString());
        agencyNames.add(string(r.get("name")));
      }
    }
    int n = agencyIds.size();
    for (Record r : rows) {
      if (r.get("prison").asBoolean()) {
        prisonIndex.put(r.get("id").asString(), n++);
      }
    }
    List<Rel> relationships = new ArrayList<>();
    boolean[] related = new boolean[agencyIds.size()];
    int[] from = new int[1024];
    int[] to = new int[1024];
    int edges = 0;
    for (Record r : rows) {
      if (r.get("prison").asBoolean()) {
        continue;
      }
      int source = agencyIndex.get(r.get("id").asString());
      for (Value v : r.get("relationships").values()) {
        String type = v.get(0).asString();
        String targetId = string(v.get(1));
        boolean agencyType = NETWORK_TYPES.indexOf(type) >= 0 && !type.equals("WORKS_IN");
        Integer toAgency = agencyType ? agencyIndex.get(targetId) : null;
        relationships.add(
            new Rel(
                type,
                source,
                targetId,
                toAgency == null ? -1 : toAgency,
                date(v.get(2)),
                string(v.get(3))));
        related[source] = true;
        if (toAgency != null) {
          related[toAgency] = true;
        }
        Integer target = type.equals("WORKS_IN") ? prisonIndex.get(targetId) : toAgency;
        if (target != null) {
          if (edges == from.length) {
            from = Arrays.copyOf(from, edges * 2);
            to = Arrays.copyOf(to, edges * 2);
          }
          from[edges] = source;
          to[edges++] = target;
        }
      }
    }
    return new Snapshot(
        agencyIds,
        agencyNames,
        n,
        Arrays.copyOf(from, edges),
        Arrays.copyOf(to, edges),
        relationships,
        related);
  }

  IsolatedAgencies isolatedAgencies(Snapshot network, int limit) {
    List<Integer> isolated =
        IntStream.range(0, network.agencyIds().size())
            .filter(v -> !network.related()[v])
            .boxed()
            .sorted(byAgencyName(network))
            .toList();
    List<String> listed = isolated.stream().limit(limit).map(network.agencyIds()::get).toList();
    Map<String, Agency> agencies = agenciesByIds(listed);
    return new IsolatedAgencies(
        "Agencies with no working relationship at all: they refer to, partner with or share"
            + " information with no other agency (either way), work in no prison, and fund or"
            + " commission no service.",
        isolated.size(),
        listed.stream().map(agencies::get).toList());
  }

  private static Comparator<Integer> byAgencyName(Snapshot network) {
    return Comparator.comparing((Integer v) -> String.valueOf(network.agencyNames().get(v)))
        .thenComparing(v -> network.agencyIds().get(v));
  }

  Hubs hubs(Snapshot network) {
    List<String> agencyIds = network.agencyIds();
    int n = network.n();
    Betweenness.Scores scores = Betweenness.of(n, network.from(), network.to());
    // Agencies come first in the index, in the order of agencyIds.
    List<Integer> top =
        IntStream.range(0, agencyIds.size())
            .filter(v -> scores.scores()[v] > 0)
            .boxed()
            .sorted(
                Comparator.comparingDouble((Integer v) -> -scores.scores()[v])
                    .thenComparing(v -> agencyIds.get(v)))
            .limit(HUBS)
            .toList();
    Map<String, Agency> agencies = agenciesByIds(top.stream().map(agencyIds::get).toList());
    List<Hub> hubs =
        top.stream()
            .map(
                v ->
                    new Hub(
                        agencies.get(agencyIds.get(v)), scores.scores()[v], scores.degrees()[v]))
            .sorted(
                Comparator.comparingDouble((Hub h) -> -h.score())
                    .thenComparing(h -> h.agency().name()))
            .toList();
    String how =
        scores.exact()
            ? "computed exactly over all "
                + String.format(Locale.UK, "%,d", n)
                + " agencies and prisons"
            : "estimated from the shortest paths out of "
                + scores.sources()
                + " of the "
                + String.format(Locale.UK, "%,d", n)
                + " agencies and prisons chosen at random (a fixed seed, so the same network always"
                + " gives the same answer)";
    return new Hubs(
        "The agencies that most often lie on the shortest chains between other agencies and"
            + " prisons — if one of them stopped, many routes would get longer or break"
            + " (betweenness centrality over agency–agency relationships and work in prisons,"
            + " direction ignored, normalised to 0–1, "
            + how
            + ").",
        scores.exact(),
        scores.sources(),
        n,
        hubs);
  }

  OneWayReferrals oneWayReferrals(Snapshot network, int limit) {
    Set<Long> referrals = new HashSet<>();
    for (Rel r : network.relationships()) {
      if (r.type().equals("REFERS_TO") && r.toAgency() >= 0) {
        referrals.add(((long) r.from() << 32) | r.toAgency());
      }
    }
    Comparator<Rel> byNames =
        Comparator.comparing((Rel r) -> String.valueOf(network.agencyNames().get(r.from())))
            .thenComparing(r -> String.valueOf(network.agencyNames().get(r.toAgency())))
            .thenComparing(r -> String.valueOf(r.id()));
    List<Rel> oneWay =
        network.relationships().stream()
            .filter(r -> r.type().equals("REFERS_TO") && r.toAgency() >= 0)
            .filter(r -> !referrals.contains(((long) r.toAgency() << 32) | r.from()))
            .toList();
    List<OneWayReferral> listed = new ArrayList<>();
    for (Record row : relationshipsById(oneWay.stream().sorted(byNames).limit(limit).toList())) {
      Agency from = GraphValues.agency(row.get("a"));
      Agency to = GraphValues.agency(row.get("o"));
      listed.add(
          new OneWayReferral(
              from, to, edge(row.get("r").asRelationship(), "REFERS_TO", from.id(), to.id())));
    }
    return new OneWayReferrals(
        "Referral routes that run one way only: one agency refers people to another, which has no"
            + " referral route back.",
        oneWay.size(),
        listed);
  }

  /**
   * The rows ({@code a}, {@code r}, {@code o}, {@code prisonAreaCode}) of these relationships, in
   * order.
   */
  private List<Record> relationshipsById(List<Rel> wanted) {
    if (wanted.isEmpty()) {
      return List.of();
    }
    Map<String, Record> byKey = new HashMap<>();
    for (Record row :
        list(
            RELATIONSHIPS_BY_ID,
            Map.of("ids", wanted.stream().map(Rel::id).distinct().toList()),
            (t, r) -> r)) {
      Relationship rel = row.get("r").asRelationship();
      byKey.put(rel.type() + " " + string(rel.get("id")), row);
    }
    return wanted.stream()
        .map(r -> byKey.get(r.type() + " " + r.id()))
        .filter(Objects::nonNull)
        .toList();
  }

  /**
   * Agencies serving a council area with no link to the prisons that release people there, by area.
   */
  public UnlinkedAgencies unlinkedToReleasePrisons(int limit) {
    return unlinkedToReleasePrisons(network(), limit);
  }

  UnlinkedAgencies unlinkedToReleasePrisons(Snapshot network, int limit) {
    record AreaRow(Area area, List<Prison> prisons, boolean prisonsInArea, List<String> agencies) {}
    List<AreaRow> rows =
        list(
            RELEASING_PRISONS_AND_AGENCIES,
            Map.of(),
            (t, r) ->
                new AreaRow(
                    GraphValues.area(r.get("area")),
                    r.get("prisons")
                        .asList(v -> GraphValues.prison(v.get("prison"), v.get("areaCode"))),
                    r.get("prisonsInArea").asBoolean(),
                    r.get("agencies").asList(Value::asString)));
    // Linked to a prison: works in it, has an in-reach service in it, or has a working relationship
    // (either way) with an agency that works in it.
    Map<String, Set<String>> linked = new HashMap<>();
    Map<Integer, List<String>> prisonsWorkedIn = new HashMap<>();
    for (Rel r : network.relationships()) {
      if (r.type().equals("WORKS_IN")) {
        linked
            .computeIfAbsent(r.targetId(), k -> new HashSet<>())
            .add(network.agencyIds().get(r.from()));
        prisonsWorkedIn.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r.targetId());
      }
    }
    for (Rel r : network.relationships()) {
      if (r.toAgency() < 0) {
        continue;
      }
      for (String prison : prisonsWorkedIn.getOrDefault(r.from(), List.of())) {
        linked.get(prison).add(network.agencyIds().get(r.toAgency()));
      }
      for (String prison : prisonsWorkedIn.getOrDefault(r.toAgency(), List.of())) {
        linked.get(prison).add(network.agencyIds().get(r.from()));
      }
    }
    for (var row :
        list(
            IN_REACH_PROVIDERS,
            Map.of(),
            (t, r) ->
                Map.entry(
                    r.get("prisonId").asString(), r.get("agencies").asList(Value::asString)))) {
      linked.computeIfAbsent(row.getKey(), k -> new HashSet<>()).addAll(row.getValue());
    }
    Map<String, String> names = new HashMap<>();
    for (int v = 0; v < network.agencyIds().size(); v++) {
      names.put(network.agencyIds().get(v), String.valueOf(network.agencyNames().get(v)));
    }
    Comparator<String> byName =
        Comparator.comparing((String id) -> names.getOrDefault(id, "")).thenComparing(id -> id);
    Map<AreaRow, List<String>> unlinked = new LinkedHashMap<>();
    Set<String> listed = new LinkedHashSet<>();
    for (AreaRow row : rows) {
      List<String> agencies =
          row.agencies().stream()
              .filter(
                  a ->
                      row.prisons().stream()
                          .noneMatch(p -> linked.getOrDefault(p.id(), Set.of()).contains(a)))
              .sorted(byName)
              .toList();
      if (!agencies.isEmpty()) {
        unlinked.put(row, agencies);
        agencies.stream().limit(limit).forEach(listed::add);
      }
    }
    Map<String, Agency> agencies = agenciesByIds(listed);
    List<UnlinkedArea> areas = new ArrayList<>();
    unlinked.forEach(
        (row, ids) ->
            areas.add(
                new UnlinkedArea(
                    row.area(),
                    row.prisons(),
                    row.prisonsInArea(),
                    ids.size(),
                    ids.stream().limit(limit).map(agencies::get).toList())));
    return new UnlinkedAgencies(
        "Agencies serving a council area (based in it, or providing a service covering it) with no"
            + " link to the prisons releasing people there — the prisons in that area or, where it"
            + " has none, the two prisons nearest its main town — where a link is working in the"
            + " prison, providing an in-reach service in it, or a working relationship with an"
            + " agency that works in it.",
        areas.stream().mapToInt(UnlinkedArea::count).sum(),
        areas);
  }

  StaleRelationships staleRelationships(Snapshot network, LocalDate today, int limit) {
    LocalDate confirmedBefore = today.minusMonths(STALE_AFTER_MONTHS);
    Comparator<Rel> neverThenOldest =
        Comparator.comparing((Rel r) -> r.lastConfirmed() != null)
            .thenComparing(Rel::lastConfirmed, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(r -> String.valueOf(network.agencyNames().get(r.from())))
            .thenComparing(r -> String.valueOf(r.id()));
    List<Rel> staleRels =
        network.relationships().stream()
            .filter(r -> r.lastConfirmed() == null || r.lastConfirmed().isBefore(confirmedBefore))
            .toList();
    int count = staleRels.size();
    List<Record> rows =
        relationshipsById(staleRels.stream().sorted(neverThenOldest).limit(limit).toList());
    List<String> serviceIds =
        rows.stream()
            .map(v -> v.get("o").asNode())
            .filter(n -> n.hasLabel("Service"))
            .map(n -> n.get("id").asString())
            .toList();
    Map<String, Service> services =
        serviceIds.isEmpty() ? Map.of() : directory.servicesByIds(serviceIds);
    List<StaleRelationship> stale = new ArrayList<>();
    for (Record v : rows) {
      Agency from = GraphValues.agency(v.get("a"));
      Relationship rel = v.get("r").asRelationship();
      Node other = v.get("o").asNode();
      String otherId = other.get("id").asString();
      Object to =
          other.hasLabel("Agency")
              ? GraphValues.agency(v.get("o"))
              : other.hasLabel("Prison")
                  ? GraphValues.prison(v.get("o"), v.get("prisonAreaCode"))
                  : services.get(otherId);
      stale.add(new StaleRelationship(from, to, edge(rel, rel.type(), from.id(), otherId)));
    }
    return new StaleRelationships(
        "Working relationships not confirmed for over a year: last confirmed before "
            + confirmedBefore
            + " ("
            + STALE_AFTER_MONTHS
            + " months before "
            + today
            + "), or never.",
        confirmedBefore,
        count,
        List.copyOf(stale));
  }

  // Lookups shared with the GraphQL controller

  /** The agencies with these ids, by id; unknown ids are absent. */
  public Map<String, Agency> agenciesByIds(Collection<String> ids) {
    Map<String, Agency> result = new LinkedHashMap<>();
    for (Agency a :
        list(
            "MATCH (a:Agency) WHERE a.id IN $ids RETURN a",
            Map.of("ids", List.copyOf(ids)),
            (t, r) -> GraphValues.agency(r.get("a")))) {
      result.put(a.id(), a);
    }
    return result;
  }

  private Agency agency(String id) {
    return agenciesByIds(List.of(id)).get(id);
  }

  // Mapping

  private static AgencyNetwork.Node node(TypeSystem t, Record r) {
    return new AgencyNetwork.Node(
        r.get("id").asString(),
        r.get("name").asString(),
        string(r.get("kind")),
        r.get("distance").isNull() ? null : r.get("distance").asInt());
  }

  private static Edge edge(Relationship r, String type, String source, String target) {
    return new Edge(
        string(r.get("id")),
        type,
        source,
        target,
        date(r.get("since")),
        r.get("formal").asBoolean(false),
        date(r.get("lastConfirmed")),
        string(r.get("notes")),
        string(r.get("system")));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** An id as it may be shown back in a message: never more than 60 characters. */
  private static String shorten(String id) {
    return id.length() > 60 ? id.substring(0, 60) + "…" : id;
  }

  private Record one(String cypher, Map<String, Object> parameters) {
    return neo4j
        .query(cypher)
        .bindAll(parameters)
        .fetchAs(Record.class)
        .mappedBy((t, r) -> r)
        .one()
        .orElseThrow();
  }

  private <T> List<T> list(
      String cypher, Map<String, Object> parameters, BiFunction<TypeSystem, Record, T> mapper) {
    @SuppressWarnings("unchecked")
    Class<T> type = (Class<T>) Object.class;
    return List.copyOf(
        neo4j.query(cypher).bindAll(parameters).fetchAs(type).mappedBy(mapper).all());
  }
}
