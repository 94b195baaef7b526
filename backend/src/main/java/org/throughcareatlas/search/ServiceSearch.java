package org.throughcareatlas.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.Values;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcareatlas.directory.Area;
import org.throughcareatlas.directory.Circumstance;
import org.throughcareatlas.directory.DirectoryQueries;
import org.throughcareatlas.directory.Need;
import org.throughcareatlas.directory.Prison;
import org.throughcareatlas.search.Eligibility.Person;
import org.throughcareatlas.search.Eligibility.PlaceRule;
import org.throughcareatlas.search.Eligibility.Restriction;
import org.throughcareatlas.search.Eligibility.ServiceFacts;
import org.throughcareatlas.search.SearchResult.Excluded;
import org.throughcareatlas.search.SearchResult.Hit;
import org.throughcareatlas.search.SearchResult.NeedGroup;
import org.throughcareatlas.search.SearchResult.Place;

/**
 * The officer search. One read transaction: check and resolve the input, find the candidate
 * services in the graph ({@link #CANDIDATES}), decide who may use each ({@link Eligibility}), rank,
 * and group by need. The person's details live only in the request.
 */
@Service
@Transactional(readOnly = true)
public class ServiceSearch {

  /** Ages accepted, inclusive. */
  static final int MIN_AGE = 10;

  static final int MAX_AGE = 120;

  /** Radii accepted, in km. */
  static final double MAX_RADIUS_KM = 500;

  /**
   * Services that could answer the search: anchored on the place when only eligible services are
   * wanted (fast), else on the needs, so that services left out for their place can be listed with
   * that reason. Every value is a parameter.
   */
  public static final String CANDIDATES =
      """
      CALL () {
        WITH 1 AS go WHERE $anchor = 'need'
        MATCH (m:Need)<-[:MEETS]-(s:Service) WHERE m.id IN $needSubtree
        RETURN s
        UNION
        WITH 1 AS go WHERE $anchor = 'place'
        MATCH (:Area {code: $areaCode})<-[:COVERS]-(s:Service)
        RETURN s
        UNION
        WITH 1 AS go WHERE $anchor = 'place' AND $point IS NOT NULL
        MATCH (l:Location) WHERE point.distance(l.point, $point) <= $radiusMetres
        MATCH (s:Service)-[:DELIVERED_AT]->(l)
        RETURN s
        UNION
        WITH 1 AS go WHERE $anchor = 'text'
        MATCH (s:Service) WHERE s.id IN $textIds
        RETURN s
        UNION
        WITH 1 AS go WHERE $anchor = 'all'
        MATCH (s:Service)
        RETURN s
      }
      WITH s
      WHERE ($includeExcluded OR s.status = 'active')
        AND (size($needSubtree) = 0 OR EXISTS { (s)-[:MEETS]->(m:Need) WHERE m.id IN $needSubtree })
        AND ($textIds IS NULL OR s.id IN $textIds)
      MATCH (a:Agency)-[:PROVIDES]->(s)
      RETURN s.id AS id, s.name AS name, a.name AS agencyName, s.status AS status,
             s.minimumAge AS minimumAge, s.maximumAge AS maximumAge,
             COLLECT { MATCH (s)-[:FOR]->(c:Circumstance) RETURN [c.id, c.group, c.name] ORDER BY c.name } AS onlyFor,
             ($areaCode IS NOT NULL AND EXISTS { (s)-[:COVERS]->(:Area {code: $areaCode}) })
               AS coversArea,
             CASE WHEN $point IS NULL THEN null ELSE
               COLLECT { MATCH (s)-[:DELIVERED_AT]->(l:Location)
                         WHERE NOT l.virtual AND l.point IS NOT NULL
                         RETURN point.distance(l.point, $point) AS d ORDER BY d LIMIT 1 }[0]
             END AS distanceMetres,
             ($prisonId IS NOT NULL AND EXISTS { (s)-[:IN_REACH]->(:Prison {id: $prisonId}) })
               AS worksInPrison,
             COLLECT { MATCH (s)-[:MEETS]->(m:Need) RETURN m.id } AS needIds
      """;

  /** Services whose name or description, or whose agency's, matches the words; or their needs. */
  public static final String TEXT_MATCHES =
      """
      CALL () {
        CALL db.index.fulltext.queryNodes('directory_text', $lucene, {limit: 5000})
        YIELD node, score
        CALL (node, score) {
          WITH node, score WHERE node:Service
          RETURN node AS s, score AS weighted
          UNION
          WITH node, score WHERE node:Agency
          MATCH (node)-[:PROVIDES]->(s:Service)
          RETURN s, score * 0.5 AS weighted
        }
        RETURN s, weighted
        UNION ALL
        MATCH (n:Need) WHERE any(word IN $words WHERE toLower(n.name) CONTAINS word)
        MATCH (s:Service)-[:MEETS]->(m:Need) WHERE m = n OR (m)-[:BROADER]->(n)
        RETURN s, 0.5 AS weighted
      }
      RETURN s.id AS id, sum(weighted) AS score
      """;

  /** How long the taxonomies and places are kept in memory before they are read again. */
  static final java.time.Duration REFERENCE_DATA_TTL = java.time.Duration.ofSeconds(30);

  private final Neo4jClient neo4j;
  private final DirectoryQueries directory;
  private volatile ReferenceData reference;

  ServiceSearch(Neo4jClient neo4j, DirectoryQueries directory) {
    this.neo4j = neo4j;
    this.directory = directory;
  }

  /**
   * The needs, circumstances, areas and prisons every search resolves its input against. They
   * change rarely, so they are kept for {@link #REFERENCE_DATA_TTL}, and dropped at once when a
   * bulk write says the directory changed; that saves four queries per search.
   */
  record ReferenceData(Taxonomy taxonomy, List<Area> areas, Set<String> prisonIds, long readAt) {}

  private ReferenceData reference() {
    ReferenceData current = reference;
    long now = System.nanoTime();
    if (current == null || now - current.readAt() > REFERENCE_DATA_TTL.toNanos()) {
      current =
          new ReferenceData(
              new Taxonomy(directory.needs(), directory.circumstances()),
              directory.areas(),
              directory.prisons().stream()
                  .map(Prison::id)
                  .collect(java.util.stream.Collectors.toSet()),
              now);
      reference = current;
    }
    return current;
  }

  /** The needs by id, from the reference data kept in memory. */
  public Map<String, Need> needsById() {
    return reference().taxonomy().needs;
  }

  @org.springframework.context.event.EventListener
  void directoryChanged(org.throughcareatlas.directory.DirectoryChanged event) {
    reference = null;
  }

  /**
   * Searches.
   *
   * @throws SearchInputException naming the field, when an input cannot be used
   */
  public SearchResult search(SearchCriteria criteria) {
    ReferenceData reference = reference();
    Taxonomy taxonomy = reference.taxonomy();
    Resolved r = resolve(criteria, reference);

    List<String> words = FreeText.words(criteria.text());
    Map<String, Double> textScores = words.isEmpty() ? null : textScores(words);

    String anchor;
    if (!r.needSubtree.isEmpty() && (criteria.includeExcluded() || r.area == null)) {
      anchor = "need";
    } else if (r.area != null && !criteria.includeExcluded()) {
      anchor = "place";
    } else if (textScores != null) {
      anchor = "text";
    } else {
      anchor = "all";
    }
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("anchor", anchor);
    parameters.put("includeExcluded", criteria.includeExcluded());
    parameters.put("needSubtree", List.copyOf(r.needSubtree));
    parameters.put("areaCode", r.area == null ? null : r.area.code());
    parameters.put(
        "point", r.latitude == null ? null : Values.point(4326, r.longitude, r.latitude).asPoint());
    parameters.put("radiusMetres", r.radiusKm == null ? 0 : r.radiusKm * 1000);
    parameters.put("prisonId", criteria.prisonId());
    parameters.put("textIds", textScores == null ? null : List.copyOf(textScores.keySet()));

    List<Candidate> candidates =
        List.copyOf(
            neo4j
                .query(CANDIDATES)
                .bindAll(parameters)
                .fetchAs(Candidate.class)
                .mappedBy((t, row) -> Candidate.of(row))
                .all());

    Person person =
        new Person(criteria.age(), Set.copyOf(criteria.circumstanceIds()), r.groupsGiven);
    PlaceRule placeRule =
        new PlaceRule(r.area == null ? null : r.area.name(), r.placeName, r.radiusKm);
    List<Hit> hits = new ArrayList<>();
    List<Excluded> excluded = new ArrayList<>();
    for (Candidate c : candidates) {
      List<String> reasons = Eligibility.reasonsAgainst(c.facts(), person, placeRule);
      List<String> needsMet = needsMet(c.needIds(), criteria.needIds(), taxonomy);
      if (reasons.isEmpty()) {
        hits.add(
            new Hit(
                c.id(),
                c.name(),
                c.facts().distanceKm(),
                needsMet,
                c.worksInPrison(),
                textScores == null ? 0 : textScores.getOrDefault(c.id(), 0.0)));
      } else if (criteria.includeExcluded()) {
        excluded.add(new Excluded(c.id(), c.name(), c.agencyName(), reasons));
      }
    }
    hits.sort(ranking(r.latitude != null));
    excluded.sort(Comparator.comparing(Excluded::serviceName).thenComparing(Excluded::serviceId));
    return new SearchResult(
        hits,
        groups(hits, criteria, r, taxonomy),
        excluded,
        new Place(r.area, r.latitude, r.longitude, r.radiusKm, r.placeName));
  }

  /** Nearest first when there is a place; else works in their prison, best text match, name. */
  static Comparator<Hit> ranking(boolean byDistance) {
    Comparator<Hit> byName = Comparator.comparing(Hit::serviceName).thenComparing(Hit::serviceId);
    Comparator<Hit> relevance =
        Comparator.comparing(Hit::worksInPrison)
            .reversed()
            .thenComparing(Comparator.comparingDouble(Hit::textScore).reversed());
    if (byDistance) {
      return Comparator.comparing(
              Hit::distanceKm, Comparator.nullsLast(Comparator.<Double>naturalOrder()))
          .thenComparing(relevance)
          .thenComparing(byName);
    }
    return relevance.thenComparing(byName);
  }

  private Map<String, Double> textScores(List<String> words) {
    Map<String, Double> scores = new HashMap<>();
    neo4j
        .query(TEXT_MATCHES)
        .bindAll(Map.of("lucene", FreeText.luceneQuery(words), "words", words))
        .fetch()
        .all()
        .forEach(
            row -> scores.put((String) row.get("id"), ((Number) row.get("score")).doubleValue()));
    return scores;
  }

  /** The requested needs a service meets; without requested needs, its top-level needs. */
  private static List<String> needsMet(
      List<String> serviceNeedIds, List<String> requested, Taxonomy taxonomy) {
    Set<String> met = new LinkedHashSet<>();
    for (String id : serviceNeedIds) {
      if (requested.isEmpty()) {
        met.add(taxonomy.topLevelOf(id));
      } else {
        for (String want : requested) {
          if (id.equals(want) || want.equals(taxonomy.broaderOf(id))) {
            met.add(want);
          }
        }
      }
    }
    return List.copyOf(met);
  }

  private static List<NeedGroup> groups(
      List<Hit> hits, SearchCriteria criteria, Resolved r, Taxonomy taxonomy) {
    List<String> needIds =
        criteria.needIds().isEmpty()
            ? hits.stream()
                .flatMap(h -> h.needIds().stream())
                .distinct()
                .sorted(Comparator.comparing(id -> taxonomy.needs.get(id).name()))
                .toList()
            : criteria.needIds();
    List<NeedGroup> groups = new ArrayList<>();
    for (String needId : needIds) {
      List<String> ids =
          hits.stream().filter(h -> h.needIds().contains(needId)).map(Hit::serviceId).toList();
      String name = taxonomy.needs.get(needId).name();
      groups.add(
          new NeedGroup(
              needId,
              name,
              ids,
              ids.isEmpty() ? noServiceMessage(name, criteria, r, taxonomy) : null));
    }
    return groups;
  }

  /** "No service found for housing in Fife for women." */
  static String noServiceMessage(
      String needName, SearchCriteria criteria, Resolved r, Taxonomy taxonomy) {
    StringBuilder message =
        new StringBuilder("No service found for ").append(needName.toLowerCase(Locale.UK));
    if (r.area != null) {
      message.append(" in ").append(r.area.name());
      if (r.radiusKm != null && r.placeName != null && !r.placeName.equals(r.area.name())) {
        message
            .append(" or within ")
            .append(Math.round(r.radiusKm))
            .append(" km of ")
            .append(r.placeName);
      }
    }
    String who = taxonomy.describePerson(criteria);
    if (!who.isEmpty()) {
      message.append(" for ").append(who);
    }
    return message.append('.').toString();
  }

  private Resolved resolve(SearchCriteria c, ReferenceData reference) {
    Taxonomy taxonomy = reference.taxonomy();
    Set<String> subtree = new LinkedHashSet<>();
    for (String id : c.needIds()) {
      Need need = taxonomy.needs.get(id);
      if (need == null) {
        throw new SearchInputException("needs", "There is no need '" + id + "'.");
      }
      subtree.add(id);
      subtree.addAll(taxonomy.narrowerOf(id));
    }
    Set<String> groupsGiven = new HashSet<>();
    for (String id : c.circumstanceIds()) {
      Circumstance circumstance = taxonomy.circumstances.get(id);
      if (circumstance == null) {
        throw new SearchInputException("circumstances", "There is no circumstance '" + id + "'.");
      }
      groupsGiven.add(circumstance.group());
    }
    if (c.age() != null && (c.age() < MIN_AGE || c.age() > MAX_AGE)) {
      throw new SearchInputException(
          "age", "Age must be between " + MIN_AGE + " and " + MAX_AGE + ", was " + c.age() + ".");
    }
    if (c.prisonId() != null && !c.prisonId().isBlank()) {
      if (!reference.prisonIds().contains(c.prisonId())) {
        throw new SearchInputException("prison", "There is no prison '" + c.prisonId() + "'.");
      }
    }
    if (c.radiusKm() != null && (c.radiusKm() <= 0 || c.radiusKm() > MAX_RADIUS_KM)) {
      throw new SearchInputException(
          "radiusKm", "Radius must be more than 0 and at most " + (int) MAX_RADIUS_KM + " km.");
    }
    List<Area> areas = reference.areas();
    Area area = null;
    Double latitude = null;
    Double longitude = null;
    Double radius = null;
    String placeName = null;
    if (c.areaCode() != null && !c.areaCode().isBlank()) {
      area =
          areas.stream()
              .filter(a -> a.code().equals(c.areaCode()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new SearchInputException(
                          "area", "There is no council area '" + c.areaCode() + "'."));
      placeName = area.name();
    }
    if (c.latitude() != null || c.longitude() != null) {
      if (c.latitude() == null
          || c.longitude() == null
          || Math.abs(c.latitude()) > 90
          || Math.abs(c.longitude()) > 180) {
        throw new SearchInputException(
            "near", "Give both latitude (−90 to 90) and longitude (−180 to 180).");
      }
      latitude = c.latitude();
      longitude = c.longitude();
      radius = c.radiusKm() == null ? SearchCriteria.DEFAULT_RADIUS_KM : c.radiusKm();
      Area nearest = nearestArea(areas, latitude, longitude);
      if (area == null) {
        area = nearest;
      }
      placeName = String.format(Locale.UK, "%.3f, %.3f", latitude, longitude);
    } else if (c.place() != null && !c.place().isBlank()) {
      String wanted = c.place().strip();
      Optional<Area> named =
          areas.stream()
              .filter(
                  a -> a.name().equalsIgnoreCase(wanted) || wanted.equalsIgnoreCase(a.mainTown()))
              .findFirst();
      if (named.isEmpty()) {
        throw new SearchInputException(
            "place",
            "No place called '"
                + (wanted.length() > 60 ? wanted.substring(0, 60) + "…" : wanted)
                + "' is known: give a council area or its main town, such as Dundee or Inverness.");
      }
      Area found = named.get();
      if (area == null) {
        area = found;
      }
      latitude = found.latitude();
      longitude = found.longitude();
      radius = c.radiusKm() == null ? SearchCriteria.DEFAULT_RADIUS_KM : c.radiusKm();
      placeName = found.mainTown();
    }
    return new Resolved(subtree, groupsGiven, area, latitude, longitude, radius, placeName);
  }

  /** The council area whose main town is nearest: a point's area, near enough for ranking. */
  static Area nearestArea(List<Area> areas, double latitude, double longitude) {
    return areas.stream()
        .filter(a -> a.latitude() != null)
        .min(
            Comparator.comparingDouble(
                a -> Geo.distanceKm(latitude, longitude, a.latitude(), a.longitude())))
        .orElseThrow();
  }

  record Resolved(
      Set<String> needSubtree,
      Set<String> groupsGiven,
      Area area,
      Double latitude,
      Double longitude,
      Double radiusKm,
      String placeName) {}

  /** One candidate row. */
  record Candidate(
      String id,
      String name,
      String agencyName,
      ServiceFacts facts,
      boolean worksInPrison,
      List<String> needIds) {

    static Candidate of(org.neo4j.driver.Record row) {
      List<Restriction> onlyFor =
          row.get("onlyFor")
              .asList(
                  v ->
                      new Restriction(
                          v.get(0).asString(), v.get(1).asString(), v.get(2).asString()));
      Double distanceKm =
          row.get("distanceMetres").isNull() ? null : row.get("distanceMetres").asDouble() / 1000;
      return new Candidate(
          row.get("id").asString(),
          row.get("name").asString(),
          row.get("agencyName").asString(),
          new ServiceFacts(
              row.get("status").isNull() ? null : row.get("status").asString(),
              row.get("minimumAge").isNull() ? null : row.get("minimumAge").asInt(),
              row.get("maximumAge").isNull() ? null : row.get("maximumAge").asInt(),
              onlyFor,
              row.get("coversArea").asBoolean(),
              distanceKm),
          row.get("worksInPrison").asBoolean(),
          row.get("needIds").asList(org.neo4j.driver.Value::asString));
    }
  }

  /** The needs and circumstances, looked up by id. */
  static final class Taxonomy {
    final Map<String, Need> needs = new LinkedHashMap<>();
    final Map<String, Circumstance> circumstances = new LinkedHashMap<>();

    Taxonomy(List<Need> needs, List<Circumstance> circumstances) {
      needs.forEach(n -> this.needs.put(n.id(), n));
      circumstances.forEach(c -> this.circumstances.put(c.id(), c));
    }

    String broaderOf(String needId) {
      Need need = needs.get(needId);
      return need == null ? null : need.broaderId();
    }

    String topLevelOf(String needId) {
      String broader = broaderOf(needId);
      return broader == null ? needId : broader;
    }

    List<String> narrowerOf(String needId) {
      return needs.values().stream()
          .filter(n -> needId.equals(n.broaderId()))
          .map(Need::id)
          .toList();
    }

    /** "women", "men aged 19 (remand)", "people aged 45 (on licence, veteran)", or "". */
    String describePerson(SearchCriteria c) {
      Set<String> ids = Set.copyOf(c.circumstanceIds());
      String who = ids.contains("women") ? "women" : ids.contains("men") ? "men" : "people";
      if (c.age() != null) {
        who += " aged " + c.age();
      }
      List<String> others =
          c.circumstanceIds().stream()
              .filter(id -> !id.equals("women") && !id.equals("men"))
              .map(id -> circumstances.get(id).name().toLowerCase(Locale.UK))
              .toList();
      if (!others.isEmpty()) {
        who += " (" + String.join(", ", others) + ")";
      }
      return who.equals("people") ? "" : who;
    }
  }
}
