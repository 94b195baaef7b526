package org.throughcareatlas.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.SimpleQueryRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.throughcareatlas.graph.SchemaMigrations;

/**
 * What the officer search and the duplicate analysis filter on, copied onto each {@code Service}
 * node so that a query reads one property instead of walking the service's relationships, and the
 * {@code Catchment} nodes the search starts from. <b>Every writer that changes a service's links or
 * what they point at must call {@link #refresh} in the same transaction</b> (docs/benchmarks.md,
 * "The search index"); the relationships stay the truth, and this is recomputed from them.
 *
 * <p>On every {@code Service}, recomputed by {@link #REFRESH_SERVICES}:
 *
 * <ul>
 *   <li>{@code needIds}: the ids of the needs it meets directly ({@code MEETS}), sorted;
 *   <li>{@code areaCodes}: the council areas it covers ({@code COVERS});
 *   <li>{@code onlyFor}: the circumstances it is restricted to ({@code FOR});
 *   <li>{@code inReachPrisonIds}: the prisons it works inside ({@code IN_REACH});
 *   <li>{@code points}: the points of the places it is delivered at that are not virtual ({@code
 *       DELIVERED_AT} a {@code Location} with {@code virtual = false} and a {@code point});
 *   <li>{@code agencyId}, {@code agencyName}: its provider ({@code PROVIDES});
 *   <li>{@code searchIndexVersion}: {@link #VERSION}, so that services written before this version
 *       (or by a writer that forgot) are found and refreshed at start-up;
 *   <li>{@code (s)-[:IN_CATCHMENT]->(:Catchment {key})}, one per need it meets directly and place:
 *       {@code "<areaCode>|<needId>"} for each area it covers, and {@code
 *       "@<row>:<column>|<needId>"} for each grid square ({@link #CELL_LATITUDE_DEGREES} × {@link
 *       #CELL_LONGITUDE_DEGREES}) one of its points is in. The search for a need in an area starts
 *       from these few nodes and reads only the services that meet the need there. Only
 *       <b>active</b> services are linked (no other can be offered). A service restricted to some
 *       circumstances ({@code FOR}) is linked through a <b>gate</b> instead: its first restricted
 *       group in the order of the group names, one key per circumstance of it it admits, {@code
 *       "<place>|<needId>|<circumstanceId>"} ({@link #gatedKeys}). A person can use it only with
 *       one of those, so the search asks for the plain keys and the keys gated by the person's own
 *       circumstances, and a women-only or remand-only service is never read for a man on licence.
 * </ul>
 *
 * <p>So a writer must refresh: the services it writes or whose {@code MEETS}, {@code COVERS},
 * {@code FOR}, {@code IN_REACH}, {@code DELIVERED_AT} or {@code PROVIDES} it changes (by service
 * id); the services of an agency whose name it changes (by agency id); the services delivered at a
 * location whose point or {@code virtual} it changes (by location id). Deleting a location or a
 * service's links: refresh its services after the delete. A service deleted with {@code DETACH
 * DELETE} takes its catchment links with it. Needs, circumstances, areas and prisons are read by id
 * only, so changing their names or the need hierarchy needs no refresh; moving a circumstance to
 * another group changes the gates of the services restricted to it, so refresh those ({@code
 * DirectoryWriter} does).
 */
@Component
public class SearchIndex implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

  /** Raised when what is kept on a service changes shape, so that start-up recomputes it. */
  public static final int VERSION = 2;

  /** Height of a grid square of the catchment index, in degrees of latitude (about 22 km). */
  public static final double CELL_LATITUDE_DEGREES = 0.2;

  /** Width of a grid square, in degrees of longitude (about 19 km in central Scotland). */
  public static final double CELL_LONGITUDE_DEGREES = 0.3;

  /** Services refreshed per statement. */
  static final int BATCH_SIZE = 1_000;

  /**
   * Recomputes everything above for the services with the ids {@code $serviceIds} (ids of services
   * that do not exist are ignored). Idempotent.
   */
  public static final String REFRESH_SERVICES =
      """
      UNWIND $serviceIds AS serviceId
      MATCH (s:Service {id: serviceId})
      WITH s,
           COLLECT { MATCH (s)-[:MEETS]->(n:Need) RETURN DISTINCT n.id AS id ORDER BY id } AS needIds,
           COLLECT { MATCH (s)-[:COVERS]->(a:Area) RETURN DISTINCT a.code AS code ORDER BY code }
             AS areaCodes,
           COLLECT { MATCH (s)-[:FOR]->(c:Circumstance) RETURN DISTINCT c.id AS id ORDER BY id }
             AS onlyFor,
           COLLECT { MATCH (s)-[:IN_REACH]->(p:Prison) RETURN DISTINCT p.id AS id ORDER BY id }
             AS inReachPrisonIds,
           COLLECT { MATCH (s)-[:DELIVERED_AT]->(l:Location)
                     WHERE NOT l.virtual AND l.point IS NOT NULL
                     RETURN DISTINCT l.point AS point ORDER BY point.latitude, point.longitude }
             AS points,
           COLLECT { MATCH (a:Agency)-[:PROVIDES]->(s) RETURN a ORDER BY a.id LIMIT 1 } AS providers
      SET s.needIds = needIds, s.areaCodes = areaCodes, s.onlyFor = onlyFor,
          s.inReachPrisonIds = inReachPrisonIds, s.points = points,
          s.agencyId = providers[0].id, s.agencyName = providers[0].name,
          s.searchIndexVersion = $version
      WITH s, needIds,
           areaCodes
             + COLLECT { UNWIND points AS p
                         RETURN DISTINCT '@' + toString(toInteger(floor(p.latitude / $cellLatitude)))
                                + ':' + toString(toInteger(floor(p.longitude / $cellLongitude)))
                                AS cell
                         ORDER BY cell }
             AS places
      SET s.catchmentText =
            reduce(text = '', place IN places |
                   reduce(t = text, needId IN needIds |
                          t + ' 0' + replace(replace(replace(replace(replace(
                              toLower(place + '|' + needId), '|', '0'), '@', 'q'), ':', 'w'),
                              '-', 'y'), '.', 'x')))
      WITH s, needIds, places,
           COLLECT { MATCH (s)-[:FOR]->(c:Circumstance) WHERE c.group IS NOT NULL
                     WITH DISTINCT c.group AS grp, c.id AS id ORDER BY grp, id
                     RETURN [grp, id] } AS restrictions
      WITH s, needIds, places,
           CASE WHEN s.status IS NULL OR s.status <> 'active' THEN []
                WHEN size(restrictions) = 0 THEN ['']
                ELSE [r IN restrictions WHERE r[0] = restrictions[0][0] | '|' + r[1]]
           END AS gates
      CALL (s) {
        MATCH (s)-[old:IN_CATCHMENT]->(:Catchment)
        DELETE old
      }
      CALL (s, needIds, places, gates) {
        UNWIND places AS place
        UNWIND needIds AS needId
        UNWIND gates AS gate
        MERGE (c:Catchment {key: place + '|' + needId + gate})
        CREATE (s)-[:IN_CATCHMENT]->(c)
      }
      WITH collect(s) AS refreshed
      UNWIND refreshed AS s
      MATCH (agency:Agency)-[:PROVIDES]->(s)
      WITH DISTINCT agency
      SET agency.catchmentText =
            reduce(text = '', t IN COLLECT { MATCH (agency)-[:PROVIDES]->(o:Service)
                                             RETURN o.catchmentText ORDER BY o.id } | text + t)
      """;

  /** The ids of the services of the agencies {@code $agencyIds} and at {@code $locationIds}. */
  public static final String SERVICES_AFFECTED =
      """
      CALL () {
        UNWIND $agencyIds AS agencyId
        MATCH (:Agency {id: agencyId})-[:PROVIDES]->(s:Service)
        RETURN s
        UNION
        UNWIND $locationIds AS locationId
        MATCH (:Location {id: locationId})<-[:DELIVERED_AT]-(s:Service)
        RETURN s
      }
      RETURN s.id AS id
      """;

  /** The services whose copy is missing or of another {@link #VERSION}. */
  public static final String SERVICES_OUT_OF_DATE =
      """
      MATCH (s:Service)
      WHERE s.searchIndexVersion IS NULL OR s.searchIndexVersion <> $version
      RETURN s.id AS id
      """;

  private final Driver driver;
  private final SessionConfig sessionConfig;
  private final Neo4jClient neo4j;

  SearchIndex(
      SchemaMigrations migrationsFirst,
      Driver driver,
      SessionConfig sessionConfig,
      Neo4jClient neo4j) {
    this.driver = driver;
    this.sessionConfig = sessionConfig;
    this.neo4j = neo4j;
  }

  /**
   * Refreshes the services changed through a writer's own transaction (or session).
   *
   * @param serviceIds services written, or whose links changed
   * @param agencyIds agencies whose name changed (their services are refreshed)
   * @param locationIds locations whose point or {@code virtual} changed (their services)
   * @return how many services were refreshed
   */
  public static int refresh(
      SimpleQueryRunner tx,
      Collection<String> serviceIds,
      Collection<String> agencyIds,
      Collection<String> locationIds) {
    Set<String> ids = new LinkedHashSet<>(serviceIds);
    if (!agencyIds.isEmpty() || !locationIds.isEmpty()) {
      tx.run(
              SERVICES_AFFECTED,
              Map.of("agencyIds", List.copyOf(agencyIds), "locationIds", List.copyOf(locationIds)))
          .forEachRemaining(r -> ids.add(r.get("id").asString()));
    }
    return refreshServices(tx, ids);
  }

  /** Refreshes these services (see the class comment), in batches. */
  public static int refreshServices(SimpleQueryRunner tx, Collection<String> serviceIds) {
    List<String> ids = List.copyOf(serviceIds);
    for (int from = 0; from < ids.size(); from += BATCH_SIZE) {
      tx.run(
              REFRESH_SERVICES,
              parameters(ids.subList(from, Math.min(ids.size(), from + BATCH_SIZE))))
          .consume();
    }
    return ids.size();
  }

  /** Refreshes every service: for tests and repairs. */
  public static int refreshAll(SimpleQueryRunner tx) {
    List<String> ids =
        tx.run("MATCH (s:Service) RETURN s.id AS id").list(r -> r.get("id").asString());
    return refreshServices(tx, ids);
  }

  /**
   * {@link #refresh(SimpleQueryRunner, Collection, Collection, Collection)} inside the current
   * Spring transaction, for writers that use {@link Neo4jClient}.
   */
  public int refresh(
      Collection<String> serviceIds, Collection<String> agencyIds, Collection<String> locationIds) {
    Set<String> ids = new LinkedHashSet<>(serviceIds);
    if (!agencyIds.isEmpty() || !locationIds.isEmpty()) {
      ids.addAll(
          neo4j
              .query(SERVICES_AFFECTED)
              .bindAll(
                  Map.of(
                      "agencyIds", List.copyOf(agencyIds), "locationIds", List.copyOf(locationIds)))
              .fetchAs(String.class)
              .mappedBy((t, r) -> r.get("id").asString())
              .all());
    }
    List<String> all = List.copyOf(ids);
    for (int from = 0; from < all.size(); from += BATCH_SIZE) {
      neo4j
          .query(REFRESH_SERVICES)
          .bindAll(parameters(all.subList(from, Math.min(all.size(), from + BATCH_SIZE))))
          .run();
    }
    return all.size();
  }

  /**
   * At start-up: services written before this version, or by a writer that did not refresh, are
   * refreshed, {@link #BATCH_SIZE} per transaction (a large directory does not fit in one).
   */
  @Override
  public void afterPropertiesSet() {
    long started = System.nanoTime();
    List<String> ids;
    try (Session session = driver.session(sessionConfig)) {
      ids =
          session.executeRead(
              tx ->
                  tx.run(SERVICES_OUT_OF_DATE, Map.of("version", VERSION))
                      .list(r -> r.get("id").asString()));
      for (int from = 0; from < ids.size(); from += BATCH_SIZE) {
        List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH_SIZE));
        session.executeWriteWithoutResult(tx -> refreshServices(tx, batch));
      }
    }
    if (!ids.isEmpty()) {
      log.info(
          "Refreshed the search index of {} services in {} ms",
          ids.size(),
          (System.nanoTime() - started) / 1_000_000);
    }
  }

  /**
   * A catchment key as one word of {@code catchmentText}: lower case, {@code |} → 0, {@code @} → q,
   * {@code :} → w, {@code -} → y, {@code .} → x, after a 0 (the full-text analyzer keeps letters
   * and digits together as one word). {@code "S12000036|housing.emergency"} → {@code
   * "0s120000360housingxemergency"}.
   */
  public static String token(String key) {
    return "0"
        + key.toLowerCase(java.util.Locale.ROOT)
            .replace('|', '0')
            .replace('@', 'q')
            .replace(':', 'w')
            .replace('-', 'y')
            .replace('.', 'x');
  }

  /**
   * The catchment keys of a need in an area, as {@link #REFRESH_SERVICES} writes them: {@code
   * "<areaCode>|<needId>"}.
   */
  public static String areaKey(String areaCode, String needId) {
    return areaCode + "|" + needId;
  }

  /**
   * The keys to search for a person with these circumstances ({@code young-people} included by
   * age): each of {@code keys}, and each gated by each circumstance ({@code "S12000036|housing"},
   * {@code "S12000036|housing|women"}, …), as {@link #REFRESH_SERVICES} links restricted services.
   */
  public static List<String> gatedKeys(List<String> keys, Collection<String> circumstanceIds) {
    List<String> gates = circumstanceIds.stream().sorted().toList();
    List<String> all = new ArrayList<>(keys.size() * (1 + gates.size()));
    for (String key : keys) {
      all.add(key);
      for (String gate : gates) {
        all.add(key + "|" + gate);
      }
    }
    return all;
  }

  /**
   * The keys of the grid squares that may hold a point within {@code radiusKm} of the point, for
   * each need; null when that would be more than {@code maxKeys} keys (a radius too large for the
   * grid to help). Squares of the bounding box whose nearest point is clearly beyond the radius
   * (the corners of the box) are left out.
   */
  public static List<String> cellKeys(
      double latitude, double longitude, double radiusKm, Collection<String> needIds, int maxKeys) {
    // Degrees per km on a sphere a little smaller than the one Neo4j measures on, and a margin,
    // so that the squares always include every point within the radius.
    double latitudeDegrees = Math.toDegrees(radiusKm / SMALL_EARTH_RADIUS_KM) * 1.01 + 1e-6;
    double south = latitude - latitudeDegrees;
    double north = latitude + latitudeDegrees;
    double poleward = Math.max(Math.abs(south), Math.abs(north));
    if (poleward >= 89) {
      return null;
    }
    double longitudeDegrees = latitudeDegrees / Math.cos(Math.toRadians(poleward));
    if (longitude - longitudeDegrees < -180 || longitude + longitudeDegrees > 180) {
      return null;
    }
    int firstRow = (int) Math.floor(south / CELL_LATITUDE_DEGREES);
    int lastRow = (int) Math.floor(north / CELL_LATITUDE_DEGREES);
    int firstColumn = (int) Math.floor((longitude - longitudeDegrees) / CELL_LONGITUDE_DEGREES);
    int lastColumn = (int) Math.floor((longitude + longitudeDegrees) / CELL_LONGITUDE_DEGREES);
    long count = (long) (lastRow - firstRow + 1) * (lastColumn - firstColumn + 1) * needIds.size();
    if (count > maxKeys) {
      return null;
    }
    List<String> keys = new ArrayList<>((int) count);
    for (int row = firstRow; row <= lastRow; row++) {
      for (int column = firstColumn; column <= lastColumn; column++) {
        if (beyond(latitude, longitude, radiusKm, row, column)) {
          continue;
        }
        for (String needId : needIds) {
          keys.add("@" + row + ":" + column + "|" + needId);
        }
      }
    }
    return keys;
  }

  /**
   * True when every point of the grid square is certainly more than {@code radiusKm} from the
   * point: the square's point nearest in latitude and longitude is beyond the radius with a margin
   * (1% and 1 km, far more than the few metres by which that point can differ from the nearest on
   * the sphere for squares this small), measured on a sphere smaller than Neo4j's.
   */
  static boolean beyond(double latitude, double longitude, double radiusKm, int row, int column) {
    double south = row * CELL_LATITUDE_DEGREES;
    double west = column * CELL_LONGITUDE_DEGREES;
    double nearestLatitude = Math.clamp(latitude, south, south + CELL_LATITUDE_DEGREES);
    double nearestLongitude = Math.clamp(longitude, west, west + CELL_LONGITUDE_DEGREES);
    double dLat = Math.toRadians(nearestLatitude - latitude);
    double dLon = Math.toRadians(nearestLongitude - longitude);
    double a =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(Math.toRadians(latitude))
                * Math.cos(Math.toRadians(nearestLatitude))
                * Math.pow(Math.sin(dLon / 2), 2);
    double km = 2 * SMALL_EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    return km > radiusKm * 1.01 + 1;
  }

  /** Below the smallest radius of the Earth (polar, 6,356.8 km): more degrees per km. */
  private static final double SMALL_EARTH_RADIUS_KM = 6_350;

  private static Map<String, Object> parameters(List<String> serviceIds) {
    return Map.of(
        "serviceIds",
        serviceIds,
        "version",
        VERSION,
        "cellLatitude",
        CELL_LATITUDE_DEGREES,
        "cellLongitude",
        CELL_LONGITUDE_DEGREES);
  }
}
