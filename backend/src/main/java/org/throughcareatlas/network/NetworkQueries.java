package org.throughcareatlas.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.throughcareatlas.directory.Agency;
import org.throughcareatlas.directory.Area;
import org.throughcareatlas.directory.Contact;
import org.throughcareatlas.directory.DirectoryQueries;
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
   * The agencies through which a prison is entered: those working in it, and those providing a
   * service that works inside it (WORKS_IN sorts first, and is preferred).
   */
  static final String PRISON_ENTRIES =
      """
      MATCH (p:Prison {id: $id})
      CALL (p) {
        MATCH (a:Agency)-[r:WORKS_IN]->(p)
        RETURN a.id AS agencyId, 'WORKS_IN' AS link, r.id AS relationshipId, null AS viaId
        UNION
        MATCH (a:Agency)-[:PROVIDES]->(s:Service)-[:IN_REACH]->(p)
        RETURN a.id AS agencyId, 'IN_REACH' AS link, null AS relationshipId, s.id AS viaId
      }
      RETURN agencyId, link, relationshipId, viaId
      ORDER BY agencyId, link DESC, viaId
      """;

  /**
   * All shortest chains of working relationships between any entry agency and any exit agency:
   * REFERS_TO only in its direction, the others either way. Longer chains than the caller allows
   * are dropped by the caller; the cap on rows keeps a dense network from answering with thousands
   * of equivalent paths.
   */
  static final String AGENCY_PATHS =
      """
      MATCH path = ALL SHORTEST (a:Agency)
        ((x:Agency)-[r:REFERS_TO|PARTNERS_WITH|SHARES_INFORMATION_WITH]-(y:Agency)
          WHERE type(r) <> 'REFERS_TO' OR startNode(r) = x){0,6}
        (b:Agency)
      WHERE a.id IN $entryIds AND b.id IN $exitIds
      WITH path, length(path) AS hops
      WHERE hops <= $maxHops
      WITH path, hops ORDER BY hops LIMIT 1000
      RETURN hops, [n IN nodes(path) | n.id] AS agencyIds,
             [i IN range(0, hops - 1) |
               {id: relationships(path)[i].id, type: type(relationships(path)[i]),
                outgoing: startNode(relationships(path)[i]) = nodes(path)[i]}] AS relationships
      """;

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
        (()-[:REFERS_TO|PARTNERS_WITH|SHARES_INFORMATION_WITH]-(:Agency)){0,MAX_DEPTH}
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
          MATCH (a:Agency)-[:WORKS_IN]->(p) RETURN a
          UNION
          MATCH (a:Agency)-[:PROVIDES]->(:Service)-[:IN_REACH]->(p) RETURN a
        }
        CALL (a) {
          RETURN a AS member
          UNION
          MATCH (a)-[r:REFERS_TO|PARTNERS_WITH|SHARES_INFORMATION_WITH]-(member:Agency)
          WHERE type(r) IN $types
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
      WHERE type(r) IN $types AND ((b:Agency AND b.id IN $ids) OR b:Prison)
      RETURN a.id AS source, b.id AS target, r, type(r) AS type, b:Prison AS toPrison,
             b.name AS targetName
      ORDER BY type, source, target
      """;

  static final String ISOLATED =
      """
      MATCH (a:Agency)
      WHERE NOT EXISTS { (a)-[:REFERS_TO|PARTNERS_WITH|SHARES_INFORMATION_WITH]-(:Agency) }
        AND NOT EXISTS { (a)-[:WORKS_IN|FUNDS|COMMISSIONS]->() }
      WITH a ORDER BY a.name, a.id
      RETURN count(a) AS count, collect(a)[..$limit] AS agencies
      """;

  /**
   * The undirected network for betweenness, in one read: each agency with the agencies it links to
   * (REFERS_TO, PARTNERS_WITH, SHARES_INFORMATION_WITH, outgoing so each edge comes once) and the
   * prisons it works in; then every prison.
   */
  static final String NETWORK_EDGES =
      """
      MATCH (a:Agency)
      RETURN false AS prison, a.id AS id,
             COLLECT { MATCH (a)-[:REFERS_TO|PARTNERS_WITH|SHARES_INFORMATION_WITH]->(b:Agency)
                       RETURN b.id } AS agencies,
             COLLECT { MATCH (a)-[:WORKS_IN]->(p:Prison) RETURN p.id } AS prisons
      UNION ALL
      MATCH (p:Prison)
      RETURN true AS prison, p.id AS id, [] AS agencies, [] AS prisons
      """;

  static final String ONE_WAY_REFERRALS =
      """
      MATCH (a:Agency)-[r:REFERS_TO]->(b:Agency)
      WHERE NOT EXISTS { (b)-[:REFERS_TO]->(a) }
      WITH a, r, b ORDER BY a.name, b.name, r.id
      RETURN count(r) AS count, collect([a, r, b])[..$limit] AS referrals
      """;

  /**
   * For each council area: the prisons releasing people there (the prisons in it; where it has
   * none, the two nearest its main town), and the agencies serving it (based in it, or providing a
   * service covering it) with no link to any of them. A link is working in the prison, providing an
   * in-reach service in it, or a working relationship (either way) with an agency working in it.
   */
  static final String UNLINKED_TO_RELEASE_PRISONS =
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
      CALL (area, releasing) {
        CALL (area) {
          MATCH (a:Agency)-[:BASED_IN]->(area) RETURN a
          UNION
          MATCH (a:Agency)-[:PROVIDES]->(:Service)-[:COVERS]->(area) RETURN a
        }
        WITH a
        WHERE NOT EXISTS { (a)-[:WORKS_IN]->(p:Prison) WHERE p IN releasing }
          AND NOT EXISTS { (a)-[:PROVIDES]->(:Service)-[:IN_REACH]->(p:Prison) WHERE p IN releasing }
          AND NOT EXISTS { (a)-[:REFERS_TO|PARTNERS_WITH|SHARES_INFORMATION_WITH]-(:Agency)
                           -[:WORKS_IN]->(p:Prison) WHERE p IN releasing }
        WITH a ORDER BY a.name, a.id
        RETURN count(a) AS total, collect(a)[..$limit] AS agencies
      }
      WITH area, prisonsInArea, releasing, total, agencies WHERE total > 0
      RETURN area, prisonsInArea, total, agencies,
             [p IN releasing | {prison: p, areaCode: head([(p)-[:IN]->(x:Area) | x.code])}]
               AS prisons
      ORDER BY area.name
      """;

  static final String STALE_RELATIONSHIPS =
      """
      MATCH (a:Agency)-[r:REFERS_TO|PARTNERS_WITH|SHARES_INFORMATION_WITH|WORKS_IN|FUNDS|COMMISSIONS]->(o)
      WHERE r.lastConfirmed IS NULL OR r.lastConfirmed < $confirmedBefore
      WITH a, r, o ORDER BY r.lastConfirmed IS NOT NULL, r.lastConfirmed, a.name, r.id
      RETURN count(r) AS count,
             collect([a, r, o, head([(o:Prison)-[:IN]->(x:Area) | x.code])])[..$limit]
               AS relationships
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

    // How the chain starts: the prison's entry agencies, or the agency itself.
    Map<String, Entry> entries = new LinkedHashMap<>();
    if (from.prison) {
      for (Entry e :
          list(
              PRISON_ENTRIES,
              Map.of("id", fromId),
              (t, r) ->
                  new Entry(
                      r.get("agencyId").asString(),
                      Link.valueOf(r.get("link").asString()),
                      string(r.get("relationshipId")),
                      string(r.get("viaId"))))) {
        entries.putIfAbsent(e.agencyId, e);
      }
    } else {
      entries.put(fromId, new Entry(fromId, null, null, null));
    }
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
    int maxHops = MAX_STEPS - (from.prison ? 1 : 0) - (to.service ? 1 : 0);
    if (entries.isEmpty() || exitId == null) {
      return new ReferralPaths(start, end, List.of(), 0, noRoute);
    }

    List<AgencyChain> chains =
        list(
            AGENCY_PATHS,
            Map.of(
                "entryIds", List.copyOf(entries.keySet()),
                "exitIds", List.of(exitId),
                "maxHops", maxHops),
            (t, r) ->
                new AgencyChain(
                    r.get("hops").asInt(),
                    r.get("agencyIds").asList(Value::asString),
                    r.get("relationships")
                        .asList(
                            v ->
                                new Hop(
                                    v.get("id").isNull() ? null : v.get("id").asString(),
                                    v.get("type").asString(),
                                    v.get("outgoing").asBoolean()))));
    if (chains.isEmpty()) {
      return new ReferralPaths(start, end, List.of(), 0, noRoute);
    }
    int shortest = chains.stream().mapToInt(AgencyChain::hops).min().orElseThrow();
    // One chain per sequence of agencies: two relationships between the same pair are one route.
    Map<List<String>, AgencyChain> distinct = new LinkedHashMap<>();
    chains.stream()
        .filter(c -> c.hops == shortest)
        .sorted(Comparator.comparingInt(AgencyChain::hopTypeRank))
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
    List<String> serviceIds = new ArrayList<>();
    entries.values().stream().map(Entry::viaId).filter(id -> id != null).forEach(serviceIds::add);
    Map<String, Service> services = directory.servicesByIds(serviceIds);
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
        Entry entry = entries.get(chain.agencyIds.getFirst());
        Agency first = agencies.get(entry.agencyId);
        steps.add(
            new ReferralStep(
                start,
                entry.link,
                Direction.INCOMING,
                first,
                entry.relationshipId,
                entry.viaId == null ? null : services.get(entry.viaId),
                best(agencyContacts.get(first.id()), prisonId)));
      }
      for (int i = 0; i < chain.hops; i++) {
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
                        contact(r.get("c"), r.get("prisonId")),
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

  private record Entry(String agencyId, Link link, String relationshipId, String viaId) {}

  private record Hop(String id, String type, boolean outgoing) {}

  private record ContactRow(Contact contact, boolean forService) {}

  private record AgencyChain(int hops, List<String> agencyIds, List<Hop> relationships) {

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
    return new NetworkHealth(
        today,
        isolatedAgencies(limit),
        hubs(),
        oneWayReferrals(limit),
        unlinkedToReleasePrisons(limit),
        staleRelationships(today, limit));
  }

  /** Agencies with no working relationship of any kind, in either direction. */
  public IsolatedAgencies isolatedAgencies(int limit) {
    Record r = one(ISOLATED, Map.of("limit", limit));
    return new IsolatedAgencies(
        "Agencies with no working relationship at all: they refer to, partner with or share"
            + " information with no other agency (either way), work in no prison, and fund or"
            + " commission no service.",
        r.get("count").asInt(),
        r.get("agencies").asList(NetworkQueries::agency));
  }

  /**
   * The {@link #HUBS} agencies with the highest betweenness centrality over the undirected network
   * of agencies and prisons (agency–agency working relationships and WORKS_IN), normalised to 0–1.
   * The network is read with one query; scoring is exact up to {@link Betweenness#EXACT_UP_TO}
   * vertices, else estimated from a fixed-seed sample of {@link Betweenness#SAMPLE_SOURCES}
   * sources.
   */
  public Hubs hubs() {
    Map<String, Integer> index = new HashMap<>();
    List<String> agencyIds = new ArrayList<>();
    List<List<String>> linkedAgencies = new ArrayList<>();
    List<List<String>> linkedPrisons = new ArrayList<>();
    List<Record> rows = list(NETWORK_EDGES, Map.of(), (t, r) -> r);
    for (Record r : rows) {
      boolean prison = r.get("prison").asBoolean();
      String id = r.get("id").asString();
      index.put((prison ? "P:" : "A:") + id, index.size());
      if (!prison) {
        agencyIds.add(id);
        linkedAgencies.add(r.get("agencies").asList(Value::asString));
        linkedPrisons.add(r.get("prisons").asList(Value::asString));
      }
    }
    int edgeCount = 0;
    for (int a = 0; a < agencyIds.size(); a++) {
      edgeCount += linkedAgencies.get(a).size() + linkedPrisons.get(a).size();
    }
    int[] from = new int[edgeCount];
    int[] to = new int[edgeCount];
    int e = 0;
    for (int a = 0; a < agencyIds.size(); a++) {
      int source = index.get("A:" + agencyIds.get(a));
      for (String b : linkedAgencies.get(a)) {
        from[e] = source;
        to[e++] = index.get("A:" + b);
      }
      for (String p : linkedPrisons.get(a)) {
        from[e] = source;
        to[e++] = index.get("P:" + p);
      }
    }
    int n = index.size();
    Betweenness.Scores scores = Betweenness.of(n, from, to);
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

  /** REFERS_TO relationships with no REFERS_TO back. */
  public OneWayReferrals oneWayReferrals(int limit) {
    Record r = one(ONE_WAY_REFERRALS, Map.of("limit", limit));
    return new OneWayReferrals(
        "Referral routes that run one way only: one agency refers people to another, which has no"
            + " referral route back.",
        r.get("count").asInt(),
        r.get("referrals")
            .asList(
                v -> {
                  Relationship rel = v.get(1).asRelationship();
                  Agency from = agency(v.get(0));
                  Agency to = agency(v.get(2));
                  return new OneWayReferral(from, to, edge(rel, "REFERS_TO", from.id(), to.id()));
                }));
  }

  /**
   * Agencies serving a council area with no link to the prisons that release people there, by area.
   */
  public UnlinkedAgencies unlinkedToReleasePrisons(int limit) {
    List<UnlinkedArea> areas =
        list(
            UNLINKED_TO_RELEASE_PRISONS,
            Map.of("limit", limit),
            (t, r) ->
                new UnlinkedArea(
                    area(r.get("area")),
                    r.get("prisons").asList(v -> prison(v.get("prison"), v.get("areaCode"))),
                    r.get("prisonsInArea").asBoolean(),
                    r.get("total").asInt(),
                    r.get("agencies").asList(NetworkQueries::agency)));
    return new UnlinkedAgencies(
        "Agencies serving a council area (based in it, or providing a service covering it) with no"
            + " link to the prisons releasing people there — the prisons in that area or, where it"
            + " has none, the two prisons nearest its main town — where a link is working in the"
            + " prison, providing an in-reach service in it, or a working relationship with an"
            + " agency that works in it.",
        areas.stream().mapToInt(UnlinkedArea::count).sum(),
        areas);
  }

  /**
   * Working relationships last confirmed more than {@link #STALE_AFTER_MONTHS} months before {@code
   * today}, or never.
   */
  public StaleRelationships staleRelationships(LocalDate today, int limit) {
    LocalDate confirmedBefore = today.minusMonths(STALE_AFTER_MONTHS);
    Record r = one(STALE_RELATIONSHIPS, Map.of("confirmedBefore", confirmedBefore, "limit", limit));
    List<Value> rows = r.get("relationships").asList(v -> v);
    List<String> serviceIds =
        rows.stream()
            .map(v -> v.get(2).asNode())
            .filter(n -> n.hasLabel("Service"))
            .map(n -> n.get("id").asString())
            .toList();
    Map<String, Service> services =
        serviceIds.isEmpty() ? Map.of() : directory.servicesByIds(serviceIds);
    List<StaleRelationship> stale = new ArrayList<>();
    for (Value v : rows) {
      Agency from = agency(v.get(0));
      Relationship rel = v.get(1).asRelationship();
      Node other = v.get(2).asNode();
      String otherId = other.get("id").asString();
      Object to =
          other.hasLabel("Agency")
              ? agency(v.get(2))
              : other.hasLabel("Prison") ? prison(v.get(2), v.get(3)) : services.get(otherId);
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
        r.get("count").asInt(),
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
            (t, r) -> agency(r.get("a")))) {
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

  static Agency agency(Value value) {
    Node n = value.asNode();
    return new Agency(
        string(n.get("id")),
        string(n.get("name")),
        string(n.get("description")),
        string(n.get("kind")),
        string(n.get("website")),
        string(n.get("email")),
        string(n.get("phone")),
        date(n.get("lastConfirmed")));
  }

  private static Prison prison(Value value, Value areaCode) {
    Node n = value.asNode();
    Point p = n.get("point").isNull() ? null : n.get("point").asPoint();
    return new Prison(
        string(n.get("id")),
        string(n.get("name")),
        string(n.get("holds")),
        string(n.get("notes")),
        string(areaCode),
        p == null ? null : p.y(),
        p == null ? null : p.x());
  }

  private static Area area(Value value) {
    Node n = value.asNode();
    Point p = n.get("point").isNull() ? null : n.get("point").asPoint();
    return new Area(
        string(n.get("code")),
        string(n.get("name")),
        string(n.get("mainTown")),
        p == null ? null : p.y(),
        p == null ? null : p.x());
  }

  private static Contact contact(Value value, Value prisonId) {
    Node n = value.asNode();
    return new Contact(
        string(n.get("id")),
        string(n.get("name")),
        string(n.get("role")),
        string(n.get("phone")),
        string(n.get("email")),
        string(prisonId));
  }

  private static String string(Value v) {
    return v == null || v.isNull() ? null : v.asString();
  }

  private static LocalDate date(Value v) {
    return v == null || v.isNull() ? null : v.asLocalDate();
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
