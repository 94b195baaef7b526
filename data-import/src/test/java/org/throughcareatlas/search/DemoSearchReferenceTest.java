package org.throughcareatlas.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.throughcareatlas.demo.DemoDirectory;
import org.throughcareatlas.directorydata.Directory;
import org.throughcareatlas.search.Eligibility.Person;
import org.throughcareatlas.search.Eligibility.PlaceRule;
import org.throughcareatlas.search.Eligibility.Restriction;
import org.throughcareatlas.search.Eligibility.ServiceFacts;
import org.throughcareatlas.search.SearchResult.Hit;

/**
 * The search reads what {@link SearchIndex} copies onto services and starts from catchment nodes;
 * this checks, over a few hundred varied searches of the demo directory, that it answers exactly as
 * a plain reading of the relationships does: the query the search ran before the index (every
 * service, its relationships walked, free text expanded to services in Cypher), then {@link
 * Eligibility}, the same ranking and the same needs met.
 */
@SpringBootTest(properties = "atlas.demo.enabled=true")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoSearchReferenceTest {

  /** Every service with its facts read from its relationships. */
  static final String REFERENCE_CANDIDATES =
      """
      MATCH (a:Agency)-[:PROVIDES]->(s:Service)
      RETURN s.id AS id, s.name AS name, a.name AS agencyName, s.status AS status,
             s.minimumAge AS minimumAge, s.maximumAge AS maximumAge,
             COLLECT { MATCH (s)-[:FOR]->(c:Circumstance) RETURN [c.id, c.group, c.name] ORDER BY c.name }
               AS onlyFor,
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

  /** Free text as the search matched it before: services scored in Cypher. */
  static final String REFERENCE_TEXT =
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

  @Autowired ServiceSearch search;
  @Autowired Driver driver;
  @Autowired SessionConfig sessionConfig;

  final Directory demo = DemoDirectory.build();
  final Map<String, String> broader = new HashMap<>();

  @BeforeAll
  void taxonomy() {
    demo.needs().forEach(n -> broader.put(n.id(), n.broaderId()));
  }

  @Test
  void everySearchAnswersAsTheRelationshipsSay() {
    Random random = new Random(11);
    int withHits = 0;
    for (int i = 0; i < 400; i++) {
      SearchCriteria criteria = criteria(random);
      SearchResult actual = search.search(criteria);
      SearchResult expected = reference(criteria, actual.place());
      String label = "search " + i + ": " + criteria;
      assertThat(lines(actual.hits())).as(label).isEqualTo(lines(expected.hits()));
      assertThat(actual.excluded()).as(label).isEqualTo(expected.excluded());
      if (!actual.hits().isEmpty()) {
        withHits++;
      }
    }
    assertThat(withHits).isGreaterThan(200);
  }

  /**
   * A hit as a line, distances and scores to 9 decimals (the order of summing may differ), the
   * needs met as a set (the reference reads them in relationship order).
   */
  static List<String> lines(List<Hit> hits) {
    return hits.stream()
        .map(
            h ->
                String.format(
                    java.util.Locale.ROOT,
                    "%s %s %s %s %.9f",
                    h.serviceId(),
                    h.distanceKm() == null ? "-" : String.format("%.9f", h.distanceKm()),
                    new TreeSet<>(h.needIds()),
                    h.worksInPrison(),
                    h.textScore()))
        .toList();
  }

  SearchCriteria criteria(Random random) {
    List<Directory.Need> needs = demo.needs();
    List<String> needIds = new ArrayList<>();
    int needCount = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(2);
    while (needIds.size() < needCount) {
      String id = needs.get(random.nextInt(needs.size())).id();
      if (!needIds.contains(id)) {
        needIds.add(id);
      }
    }
    Directory.Area area = demo.areas().get(random.nextInt(demo.areas().size()));
    String areaCode = null;
    String place = null;
    Double latitude = null;
    Double longitude = null;
    Double radius = null;
    double where = random.nextDouble();
    if (where < 0.45) {
      areaCode = area.code();
    } else if (where < 0.7) {
      place = random.nextBoolean() ? area.mainTown() : area.name();
      radius = random.nextInt(5) == 0 ? null : new double[] {5, 10, 25, 40, 80}[random.nextInt(5)];
      if (random.nextInt(4) == 0) {
        areaCode = demo.areas().get(random.nextInt(demo.areas().size())).code();
      }
    } else if (where < 0.85) {
      latitude = area.latitude() + random.nextGaussian() * 0.2;
      longitude = area.longitude() + random.nextGaussian() * 0.3;
      radius = random.nextInt(3) == 0 ? null : 5 + random.nextDouble() * 60;
    }
    String prison =
        random.nextInt(3) == 0
            ? demo.prisons().get(random.nextInt(demo.prisons().size())).id()
            : null;
    Integer age = random.nextInt(6) == 0 ? null : 14 + random.nextInt(60);
    List<String> circumstances = new ArrayList<>();
    if (random.nextInt(4) != 0) {
      circumstances.add(random.nextBoolean() ? "men" : "women");
    }
    List<String> sentences =
        new ArrayList<>(List.of("remand", "short-term", "long-term", "hdc", "licence"));
    for (int s = random.nextInt(3); s > 0; s--) {
      circumstances.add(sentences.remove(random.nextInt(sentences.size())));
    }
    if (random.nextInt(4) == 0) {
      List<Directory.Circumstance> flags =
          demo.circumstances().stream().filter(c -> c.group().equals("flag")).toList();
      circumstances.add(flags.get(random.nextInt(flags.size())).id());
    }
    String text = null;
    if (random.nextInt(4) == 0) {
      List<String> words = new ArrayList<>();
      demo.services().forEach(s -> words.addAll(FreeText.words(s.name())));
      demo.agencies().forEach(a -> words.addAll(FreeText.words(a.name())));
      demo.needs().forEach(n -> words.addAll(FreeText.words(n.name())));
      text = words.get(random.nextInt(words.size()));
      if (text.length() > 4 && random.nextInt(3) == 0) {
        text = text.substring(0, 2) + "x" + text.substring(3);
      }
    }
    boolean includeExcluded = random.nextInt(3) == 0;
    return new SearchCriteria(
        needIds,
        areaCode,
        place,
        latitude,
        longitude,
        radius,
        prison,
        age,
        circumstances,
        text,
        includeExcluded);
  }

  /** The answer read from the relationships, for the place the search resolved. */
  SearchResult reference(SearchCriteria criteria, SearchResult.Place place) {
    Set<String> subtree = new LinkedHashSet<>();
    for (String id : criteria.needIds()) {
      subtree.add(id);
      broader.forEach(
          (need, parent) -> {
            if (id.equals(parent)) {
              subtree.add(need);
            }
          });
    }
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("areaCode", place.area() == null ? null : place.area().code());
    parameters.put(
        "point",
        place.latitude() == null
            ? null
            : Values.point(4326, place.longitude(), place.latitude()).asPoint());
    parameters.put("prisonId", criteria.prisonId());
    Map<String, Double> text = null;
    List<String> words = FreeText.words(criteria.text());
    List<Record> rows;
    try (Session session = driver.session(sessionConfig)) {
      rows = session.run(REFERENCE_CANDIDATES, parameters).list();
      if (!words.isEmpty()) {
        text = new HashMap<>();
        for (Record r :
            session
                .run(REFERENCE_TEXT, Map.of("lucene", FreeText.luceneQuery(words), "words", words))
                .list()) {
          text.put(r.get("id").asString(), r.get("score").asDouble());
        }
      }
    }
    Set<String> groupsGiven = new TreeSet<>();
    criteria
        .circumstanceIds()
        .forEach(
            id ->
                groupsGiven.add(
                    demo.circumstances().stream()
                        .filter(c -> c.id().equals(id))
                        .findFirst()
                        .orElseThrow()
                        .group()));
    Person person = new Person(criteria.age(), Set.copyOf(criteria.circumstanceIds()), groupsGiven);
    PlaceRule rule =
        new PlaceRule(
            place.area() == null ? null : place.area().name(), place.name(), place.radiusKm());
    List<Hit> hits = new ArrayList<>();
    List<SearchResult.Excluded> excluded = new ArrayList<>();
    for (Record row : rows) {
      String id = row.get("id").asString();
      List<String> needIds = row.get("needIds").asList(Value::asString);
      if (!subtree.isEmpty() && needIds.stream().noneMatch(subtree::contains)) {
        continue;
      }
      if (text != null && !text.containsKey(id)) {
        continue;
      }
      ServiceFacts facts =
          new ServiceFacts(
              row.get("status").isNull() ? null : row.get("status").asString(),
              row.get("minimumAge").isNull() ? null : row.get("minimumAge").asInt(),
              row.get("maximumAge").isNull() ? null : row.get("maximumAge").asInt(),
              row.get("onlyFor")
                  .asList(
                      v ->
                          new Restriction(
                              v.get(0).asString(), v.get(1).asString(), v.get(2).asString())),
              row.get("coversArea").asBoolean(),
              row.get("distanceMetres").isNull()
                  ? null
                  : row.get("distanceMetres").asDouble() / 1000);
      List<String> reasons = Eligibility.reasonsAgainst(facts, person, rule);
      if (reasons.isEmpty()) {
        hits.add(
            new Hit(
                id,
                row.get("name").asString(),
                facts.distanceKm(),
                needsMet(needIds, criteria.needIds()),
                row.get("worksInPrison").asBoolean(),
                text == null ? 0 : text.get(id)));
      } else if (criteria.includeExcluded()) {
        excluded.add(
            new SearchResult.Excluded(
                id, row.get("name").asString(), row.get("agencyName").asString(), reasons));
      }
    }
    hits.sort(ServiceSearch.ranking(place.latitude() != null));
    excluded.sort(
        Comparator.comparing(SearchResult.Excluded::serviceName)
            .thenComparing(SearchResult.Excluded::serviceId));
    return new SearchResult(hits, List.of(), excluded, place);
  }

  /** The requested needs a service meets; without requested needs, its top-level needs. */
  List<String> needsMet(List<String> serviceNeedIds, List<String> requested) {
    Set<String> met = new LinkedHashSet<>();
    for (String id : serviceNeedIds) {
      if (requested.isEmpty()) {
        met.add(broader.get(id) == null ? id : broader.get(id));
      } else {
        for (String want : requested) {
          if (id.equals(want) || want.equals(broader.get(id))) {
            met.add(want);
          }
        }
      }
    }
    return List.copyOf(met);
  }
}
