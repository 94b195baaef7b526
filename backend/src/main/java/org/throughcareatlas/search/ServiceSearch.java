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
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Values;
import org.springframework.stereotype.Service;
import org.throughcareatlas.directory.Area;
import org.throughcareatlas.directory.Circumstance;
import org.throughcareatlas.directory.DirectoryQueries;
import org.throughcareatlas.directory.Need;
import org.throughcareatlas.directory.Prison;
import org.throughcareatlas.graph.InParts;
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
 * services in the graph (one statement per anchor, such as {@link #CANDIDATES_IN_CATCHMENTS}, over
 * the facts {@link SearchIndex} keeps on services), decide who may use each ({@link Eligibility}),
 * rank, and group by need. The person's details live only in the request.
 */
@Service
public class ServiceSearch {

  /**
   * The eligibility rules every candidate statement reads from a service's own facts: active; every
   * restricted group admits the person; within the age limits.
   */
  static final String ELIGIBILITY_RULES =
      """
      s.status = 'active'
      AND all(r IN s.onlyFor WHERE $groups[r] IS NULL
              OR any(q IN s.onlyFor WHERE q IN $circumstances AND $groups[q] = $groups[r]))
      AND (s.minimumAge IS NULL OR s.minimumAge <= $age)
      AND (s.maximumAge IS NULL OR s.maximumAge >= $age)
      """;

  /**
   * The last two columns of every candidate statement: the nearest place's distance, in-reach. Each
   * written as a {@code CASE}, so that a search without a place or a prison does not read the
   * service's points or in-reach prisons (measured: a tenth of the candidate statement for 2,900
   * rows).
   */
  static final String NEAREST_AND_IN_REACH =
      """
           CASE WHEN $point IS NULL THEN null ELSE
             reduce(nearest = null, p IN s.points |
                    CASE WHEN nearest IS NULL OR point.distance(p, $point) < nearest
                         THEN point.distance(p, $point) ELSE nearest END)
           END AS distanceMetres,
           CASE WHEN $prisonId IS NULL THEN false ELSE $prisonId IN s.inReachPrisonIds END
             AS worksInPrison
      """;

  /** Ages accepted, inclusive. */
  static final int MIN_AGE = 10;

  static final int MAX_AGE = 120;

  /** Radii accepted, in km. */
  static final double MAX_RADIUS_KM = 500;

  /**
   * What every candidate statement returns for a service, from the facts {@link SearchIndex} keeps
   * on it: one property read each instead of a walk over the service's relationships. Every
   * candidate statement returns these twelve columns in this order ({@link Candidate#of} reads them
   * by position).
   */
  static final String CANDIDATE_COLUMNS =
      """
      RETURN s.id AS id, s.name AS name, s.agencyId AS agencyId, s.agencyName AS agencyName,
             s.status AS status, s.minimumAge AS minimumAge, s.maximumAge AS maximumAge,
             s.onlyFor AS onlyFor, s.needIds AS needIds,
             ($areaCode IS NOT NULL AND $areaCode IN s.areaCodes) AS coversArea,
      """
          + NEAREST_AND_IN_REACH;

  /**
   * Leaves out, when only eligible services are wanted ({@code $includeExcluded} false), the
   * services {@link Eligibility} would certainly leave out: not active; restricted in a
   * circumstance group the person has none of ({@code $groups} maps each known circumstance to its
   * group, {@code $circumstances} are the person's, {@code young-people} included by age); outside
   * the age limits, or with limits and no age; not covering {@code $areaCode} nor delivered within
   * {@code $radiusMetres} of {@code $point} (a metre of slack for rounding). It only narrows:
   * {@link Eligibility} still decides every row, and gives the reasons when excluded services are
   * asked for. It ends in {@code AND}: {@link #TEXT_MATCHED} follows it.
   */
  static final String ELIGIBLE_ONLY =
      """
      WHERE ($includeExcluded OR (
      """
          + ELIGIBILITY_RULES
          + """
            AND ($areaCode IS NULL OR $areaCode IN s.areaCodes
                 OR any(p IN s.points WHERE point.distance(p, $point) <= $radiusMetres + 1))))
          AND
          """;

  /**
   * Leaves out, when there are words, the services nothing of which they matched (so that {@link
   * TextMatches#score} would leave them out): not found themselves ({@code $textServiceIds}), nor
   * their agency ({@code $textAgencyIds}), nor meeting a need whose name holds a word or a narrower
   * one of it ({@code $textNeedSubtree}). All three are null without words. Measured: a search with
   * words read about eight times the rows it kept before this (100,000 services).
   */
  static final String TEXT_MATCHED =
      """
      ($textServiceIds IS NULL OR s.id IN $textServiceIds OR s.agencyId IN $textAgencyIds
       OR any(n IN s.needIds WHERE n IN $textNeedSubtree))
      """;

  /**
   * The end of both catchment statements, once each service of the catchments read has its {@code
   * coversArea}: the eligibility rules, in place, matched by the words, and the twelve columns.
   */
  static final String CATCHMENT_ROWS =
      """
      WHERE
      """
          + ELIGIBILITY_RULES
          + """
            AND (coversArea OR any(p IN s.points WHERE point.distance(p, $point) <= $radiusMetres + 1))
            AND
          """
          + TEXT_MATCHED
          + """
          RETURN s.id AS id, s.name AS name,
                 CASE WHEN $withAgencyIds THEN s.agencyId END AS agencyId, null AS agencyName,
                 s.status AS status, s.minimumAge AS minimumAge, s.maximumAge AS maximumAge,
                 s.onlyFor AS onlyFor, s.needIds AS needIds, coversArea,
          """
          + NEAREST_AND_IN_REACH;

  /**
   * Union branches, for inside a {@code CALL}: the services the words found ({@code
   * $textServiceIds}) and those of the agencies they found ({@code $textAgencyIds}).
   */
  static final String FOUND_BY_WORDS =
      """
        MATCH (s:Service) WHERE s.id IN $textServiceIds
        RETURN s
        UNION
        MATCH (a:Agency)-[:PROVIDES]->(s:Service) WHERE a.id IN $textAgencyIds
        RETURN s
      """;

  /**
   * Candidates for needs in a place, eligible ones only (the usual search): the services linked to
   * the {@code Catchment} nodes of each requested need (and its narrower needs) in the release area
   * and, with a radius, in each grid square near the point, plain or gated by one of the person's
   * circumstances ({@link SearchIndex#gatedKeys}). Only the active services that meet a need there
   * and that the person passes the gate of are read, and of those only what is needed: a service
   * covers the release area when it was reached through one of the area's keys ({@code
   * $areaKeyPrefix}, "S12000036|"; it is linked to the area's key of every need it meets directly
   * when it covers it, so this is the same as reading its {@code areaCodes}); its agency's name is
   * not read (only excluded services show it, and they are not asked for here), nor its agency's id
   * unless words are scored ({@code $withAgencyIds}). The same rules as {@link #ELIGIBLE_ONLY}.
   */
  public static final String CANDIDATES_IN_CATCHMENTS =
      """
      UNWIND $catchmentKeys AS key
      MATCH (:Catchment {key: key})<-[:IN_CATCHMENT]-(s:Service)
      WITH s, max(CASE WHEN key STARTS WITH $areaKeyPrefix THEN 1 ELSE 0 END) = 1 AS coversArea
      """
          + CATCHMENT_ROWS;

  /**
   * {@link #CANDIDATES_IN_CATCHMENTS} when words are given and matched no need's name: the services
   * the words found ({@code $textServiceIds}) and those of the agencies they found ({@code
   * $textAgencyIds}) that are linked to one of the catchments, rather than every service of the
   * catchments with the words checked on each. The same rows, from the few the words found instead
   * of the thousands a large place holds (measured on 100,000 services: Paisley within 40 km,
   * housing, "living": 378 rows kept of 9,560 read).
   */
  public static final String CANDIDATES_FOUND_IN_CATCHMENTS =
      """
      CALL () {
      """
          + FOUND_BY_WORDS
          + """
      }
      MATCH (s)-[:IN_CATCHMENT]->(c:Catchment) WHERE c.key IN $catchmentKeys
      WITH s, max(CASE WHEN c.key STARTS WITH $areaKeyPrefix THEN 1 ELSE 0 END) = 1 AS coversArea
      """
          + CATCHMENT_ROWS;

  /** Candidates in a place without needs, eligible ones only: covering the area, or nearby. */
  public static final String CANDIDATES_IN_PLACE =
      """
      CALL () {
        MATCH (:Area {code: $areaCode})<-[:COVERS]-(s:Service)
        RETURN s
        UNION
        WITH 1 AS go WHERE $point IS NOT NULL
        MATCH (l:Location) WHERE point.distance(l.point, $point) <= $radiusMetres + 1
        MATCH (s:Service)-[:DELIVERED_AT]->(l)
        RETURN s
      }
      WITH s
      """
          + ELIGIBLE_ONLY
          + TEXT_MATCHED
          + CANDIDATE_COLUMNS;

  /**
   * Candidates meeting the needs ({@code $needSubtree}: each requested need and its narrower ones)
   * anywhere: when services left out for their place are to be listed with that reason, when there
   * is no place, or when the radius is too large for the grid.
   */
  public static final String CANDIDATES_BY_NEED =
      """
      MATCH (m:Need)<-[:MEETS]-(s:Service) WHERE m.id IN $needSubtree
      WITH DISTINCT s
      """
          + ELIGIBLE_ONLY
          + TEXT_MATCHED
          + CANDIDATE_COLUMNS;

  /**
   * Candidates matching the words when no need is given ({@link #TEXT_MATCHES}): the services
   * found, those of the agencies found, and those meeting a need whose name holds a word (or a
   * narrower need of it).
   */
  public static final String CANDIDATES_BY_TEXT =
      """
      CALL () {
      """
          + FOUND_BY_WORDS
          + """
        UNION
        MATCH (m:Need)<-[:MEETS]-(s:Service) WHERE m.id IN $textNeedSubtree
        RETURN s
      }
      WITH s
      """
          + ELIGIBLE_ONLY
          + TEXT_MATCHED
          + CANDIDATE_COLUMNS;

  /** Every service: no need, no words, and a place only when excluded services are wanted. */
  public static final String CANDIDATES_ALL =
      """
      MATCH (s:Service)
      """
          + ELIGIBLE_ONLY
          + TEXT_MATCHED
          + CANDIDATE_COLUMNS;

  /**
   * What the words match: services and agencies by name or description (full text, each with its
   * score: a service found scores its own, a service of an agency found half the agency's), and
   * needs whose name holds a word (each need met that is it or narrower scores 0.5). Rows: {@code
   * kind} (service, agency, need), {@code id}, {@code score}.
   */
  public static final String TEXT_MATCHES =
      """
      CALL db.index.fulltext.queryNodes('directory_text', $lucene, {limit: 5000})
      YIELD node, score
      WITH node, score WHERE node:Service OR node:Agency
      RETURN CASE WHEN node:Service THEN 'service' ELSE 'agency' END AS kind, node.id AS id, score
      UNION ALL
      MATCH (n:Need) WHERE any(word IN $words WHERE toLower(n.name) CONTAINS word)
      RETURN 'need' AS kind, n.id AS id, 0.5 AS score
      """;

  /**
   * {@link #TEXT_MATCHES} among the services and agencies of some catchments only: {@code $lucene}
   * requires both the words and one of the catchments' keys ({@link #catchmentLucene}), in the
   * index {@code catchment_text}, which scores names and descriptions as {@code directory_text}
   * does. Used with {@link #CANDIDATES_IN_CATCHMENTS}: only the candidates can match.
   */
  public static final String TEXT_MATCHES_IN_CATCHMENTS =
      TEXT_MATCHES.replace("'directory_text'", "'catchment_text'");

  /** Up to this many catchment keys, free text is matched in the catchments (Lucene's limit). */
  static final int MAX_TEXT_KEYS = 800;

  /** At most this many catchment keys: beyond, the radius is too large and needs anchor. */
  static final int MAX_CATCHMENT_KEYS = 2_000;

  /** How long the taxonomies and places are kept in memory before they are read again. */
  static final java.time.Duration REFERENCE_DATA_TTL = java.time.Duration.ofSeconds(30);

  private final Driver driver;
  private final SessionConfig sessionConfig;
  private final DirectoryQueries directory;
  private volatile ReferenceData reference;

  /** True while the reference data is being read again beside the searches. */
  private final java.util.concurrent.atomic.AtomicBoolean refreshing =
      new java.util.concurrent.atomic.AtomicBoolean();

  /** How many times the directory said it changed. */
  private final java.util.concurrent.atomic.AtomicLong changes =
      new java.util.concurrent.atomic.AtomicLong();

  ServiceSearch(Driver driver, SessionConfig sessionConfig, DirectoryQueries directory) {
    this.driver = driver;
    this.sessionConfig = sessionConfig;
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
    if (current == null) {
      current = readReferenceData();
      reference = current;
    } else if (System.nanoTime() - current.readAt() > REFERENCE_DATA_TTL.toNanos()
        && refreshing.compareAndSet(false, true)) {
      // Old enough to read again: this search uses what it has, and the reading is done beside
      // it (so no search waits for it); a write that changes them drops them at once instead.
      Thread.ofVirtual()
          .name("search-reference-data")
          .start(
              () -> {
                long generation = changes.get();
                try {
                  ReferenceData read = readReferenceData();
                  // Not if the directory changed meanwhile: what was read may be older.
                  synchronized (changes) {
                    if (changes.get() == generation) {
                      reference = read;
                    }
                  }
                } finally {
                  refreshing.set(false);
                }
              });
    }
    return current;
  }

  private ReferenceData readReferenceData() {
    return new ReferenceData(
        new Taxonomy(directory.needs(), directory.circumstances()),
        directory.areas(),
        directory.prisons().stream().map(Prison::id).collect(java.util.stream.Collectors.toSet()),
        System.nanoTime());
  }

  /** The needs by id, from the reference data kept in memory. */
  public Map<String, Need> needsById() {
    return reference().taxonomy().needs;
  }

  @org.springframework.context.event.EventListener
  void directoryChanged(org.throughcareatlas.directory.DirectoryChanged event) {
    synchronized (changes) {
      changes.incrementAndGet();
      reference = null;
    }
  }

  /**
   * Searches.
   *
   * @throws SearchInputException naming the field, when an input cannot be used
   */
  public SearchResult search(SearchCriteria criteria) {
    return searchPage(criteria, 0, 0, false).result();
  }

  /**
   * {@link #search} in the read transaction {@code tx}; a large search's candidates are read in
   * parts at once ({@link #readParts}).
   */
  private SearchResult search(TransactionContext tx, SearchCriteria criteria) {
    ReferenceData reference = reference();
    Taxonomy taxonomy = reference.taxonomy();
    Resolved r = resolve(criteria, reference);

    CandidateQuery textQuery = textQuery(criteria, r);
    TextMatches text =
        textQuery == null
            ? null
            : TextMatches.of(
                tx.run(textQuery.cypher(), textQuery.parameters()).list(TextMatch::of));

    List<Candidate> candidates =
        readParts(
            driver,
            sessionConfig,
            tx,
            candidateQueries(criteria, r, text, reference),
            Candidate::of,
            Candidate::id);

    Person person =
        new Person(criteria.age(), Set.copyOf(criteria.circumstanceIds()), r.groupsGiven);
    PlaceRule placeRule =
        new PlaceRule(r.area == null ? null : r.area.name(), r.placeName, r.radiusKm);
    List<Hit> hits = new ArrayList<>();
    List<Excluded> excluded = new ArrayList<>();
    Map<List<String>, List<Restriction>> restrictions = new HashMap<>();
    Map<String, List<String>> metByNeed = needsMetByNeed(criteria.needIds(), taxonomy);
    for (Candidate c : candidates) {
      double textScore = 0;
      if (text != null) {
        Double score = text.score(c.id(), c.agencyId(), c.needIds(), taxonomy);
        if (score == null) {
          continue;
        }
        textScore = score;
      }
      ServiceFacts facts =
          c.facts(
              c.onlyFor().isEmpty()
                  ? List.of()
                  : restrictions.computeIfAbsent(c.onlyFor(), this::restrictions));
      List<String> reasons = Eligibility.reasonsAgainst(facts, person, placeRule);
      if (reasons.isEmpty()) {
        hits.add(
            new Hit(
                c.id(),
                c.name(),
                facts.distanceKm(),
                needsMet(c.needIds(), criteria.needIds(), metByNeed, taxonomy),
                c.worksInPrison(),
                textScore));
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

  /**
   * A search, and the services of one page of its hits with their agencies (empty when not asked
   * for).
   */
  public record SearchPage(
      SearchResult result, java.util.Collection<DirectoryQueries.ServiceAndAgency> services) {}

  /**
   * {@link #search}, then, with {@code withServices}, the services of the hits from {@code offset}
   * ({@code size} of them) and their agencies, in the same transaction: one more query instead of
   * two more transactions when a page of results is shown.
   */
  public SearchPage searchPage(
      SearchCriteria criteria, int offset, int size, boolean withServices) {
    try (Session session = driver.session(sessionConfig)) {
      return session.executeRead(
          tx -> {
            SearchResult result = search(tx, criteria);
            if (!withServices) {
              return new SearchPage(result, List.of());
            }
            List<String> ids = result.page(offset, size).stream().map(Hit::serviceId).toList();
            return new SearchPage(
                result,
                ids.isEmpty() ? List.of() : DirectoryQueries.servicesAndAgencies(tx, ids).values());
          });
    }
  }

  /**
   * Runs the parts of a candidate read at once ({@link InParts}): the first in {@code tx}, each
   * other in a read transaction of its own session. The rows of all parts, each service once (a
   * service linked to catchments of two parts comes back from both, with the same columns).
   *
   * @param idOf the service id of a mapped row
   */
  public static <T> List<T> readParts(
      Driver driver,
      SessionConfig sessionConfig,
      org.neo4j.driver.SimpleQueryRunner tx,
      List<CandidateQuery> parts,
      java.util.function.Function<org.neo4j.driver.Record, T> mapper,
      java.util.function.Function<T, String> idOf) {
    if (parts.size() == 1) {
      return tx.run(parts.getFirst().cypher(), parts.getFirst().parameters()).list(mapper);
    }
    List<List<T>> rows = new ArrayList<>(java.util.Collections.nCopies(parts.size(), null));
    InParts.run(
        parts.size(),
        part -> {
          CandidateQuery query = parts.get(part);
          if (part == 0) {
            rows.set(0, tx.run(query.cypher(), query.parameters()).list(mapper));
          } else {
            try (Session session = driver.session(sessionConfig)) {
              rows.set(
                  part,
                  session.executeRead(
                      other -> other.run(query.cypher(), query.parameters()).list(mapper)));
            }
          }
        },
        "reading the search's candidates");
    Map<String, T> byId = new LinkedHashMap<>();
    for (List<T> part : rows) {
      for (T row : part) {
        byId.putIfAbsent(idOf.apply(row), row);
      }
    }
    return List.copyOf(byId.values());
  }

  /** A statement with its parameters. */
  public record CandidateQuery(String cypher, Map<String, Object> parameters) {}

  /**
   * The candidate statement {@link #search} runs for these criteria, with its parameters, once the
   * words (if any) have been matched with {@link #TEXT_MATCHES}: for benchmarks and analysts, who
   * can run the very same query.
   *
   * @param text what {@link #TEXT_MATCHES} found, or null without words
   * @throws SearchInputException naming the field, when an input cannot be used
   */
  public List<CandidateQuery> candidateQueries(SearchCriteria criteria, TextMatches text) {
    ReferenceData reference = reference();
    return candidateQueries(criteria, resolve(criteria, reference), text, reference);
  }

  /**
   * The free-text statement {@link #search} runs first for these criteria, with its parameters;
   * null without words. {@link #TEXT_MATCHES_IN_CATCHMENTS} when the candidates come from
   * catchments, else {@link #TEXT_MATCHES}.
   */
  public CandidateQuery textQuery(SearchCriteria criteria) {
    return textQuery(criteria, resolve(criteria, reference()));
  }

  /** The parameters of {@link #TEXT_MATCHES} for the words of {@link FreeText#words}. */
  public static Map<String, Object> textParameters(List<String> words) {
    return Map.of("lucene", FreeText.luceneQuery(words), "words", words);
  }

  /** Lucene: the words, and one of the catchment keys (not scored). */
  static String catchmentLucene(List<String> words, List<String> catchmentKeys) {
    StringBuilder keys = new StringBuilder();
    for (String key : catchmentKeys) {
      keys.append(keys.isEmpty() ? "" : " ").append(SearchIndex.token(key));
    }
    return "+(" + FreeText.luceneQuery(words) + ") +catchmentText:(" + keys + ")^0";
  }

  private CandidateQuery textQuery(SearchCriteria criteria, Resolved r) {
    List<String> words = FreeText.words(criteria.text());
    if (words.isEmpty()) {
      return null;
    }
    List<String> keys = catchmentKeys(criteria, r);
    if (keys != null && keys.size() <= MAX_TEXT_KEYS) {
      return new CandidateQuery(
          TEXT_MATCHES_IN_CATCHMENTS,
          Map.of("lucene", catchmentLucene(words, keys), "words", words));
    }
    return new CandidateQuery(TEXT_MATCHES, textParameters(words));
  }

  /**
   * The catchment keys the candidates come from: each need of the subtree in the release area and,
   * with a radius, in each grid square near the point; null when the candidates do not come from
   * catchments (excluded services wanted, no need, no area, or a radius too large for the grid).
   */
  private static List<String> catchmentKeys(SearchCriteria criteria, Resolved r) {
    if (r.needSubtree.isEmpty() || r.area == null || criteria.includeExcluded()) {
      return null;
    }
    List<String> keys = new ArrayList<>();
    r.needSubtree.forEach(needId -> keys.add(SearchIndex.areaKey(r.area.code(), needId)));
    if (r.latitude != null) {
      List<String> cells =
          SearchIndex.cellKeys(
              r.latitude, r.longitude, r.radiusKm, r.needSubtree, MAX_CATCHMENT_KEYS);
      if (cells == null) {
        return null;
      }
      keys.addAll(cells);
    }
    return keys;
  }

  /**
   * The candidate statement for these criteria, in parts to be run at once ({@link #readParts})
   * when the candidates come from at least {@link #MIN_KEYS_TO_SHARE} catchments and there is more
   * than one processor: the catchment keys shared out by need ({@link #shareOut}). Not when they
   * are read from what the words found: those are few.
   */
  private List<CandidateQuery> candidateQueries(
      SearchCriteria criteria, Resolved r, TextMatches text, ReferenceData reference) {
    List<String> keys = catchmentKeys(criteria, r);
    int parts = InParts.count();
    if (keys == null || parts == 1 || keys.size() < MIN_KEYS_TO_SHARE || foundByWords(text)) {
      return List.of(candidateQuery(criteria, r, text, reference, keys));
    }
    return shareOut(keys, parts).stream()
        .map(share -> candidateQuery(criteria, r, text, reference, share))
        .toList();
  }

  /**
   * The candidates in catchments are to be read from what the words found ({@link
   * #CANDIDATES_FOUND_IN_CATCHMENTS}): there are words, they matched no need's name (which would
   * bring in every service meeting that need), and they found at most {@link #MAX_FOUND} services
   * and agencies. A common word ("centres" found 5,000 of them on 100,000 services) is cheaper to
   * check on the catchments' services: each service found costs a walk over its catchment links
   * (about twelve), an agency found a walk over its services' too.
   */
  private static boolean foundByWords(TextMatches text) {
    return text != null
        && text.needs().isEmpty()
        && text.services().size() + text.agencies().size() <= MAX_FOUND;
  }

  /**
   * At most this many services and agencies found by the words are read from ({@link
   * #foundByWords}).
   */
  static final int MAX_FOUND = 1_000;

  /** From this many catchment keys up, the candidates are read in parts. */
  static final int MIN_KEYS_TO_SHARE = 4;

  /**
   * Catchment keys ({@code "<place>|<needId>"}) shared out into at most {@code parts} non-empty
   * shares: by need, round the shares, so that a service's keys for one need (its area and its grid
   * squares) fall in one share and it is read once; with fewer needs than shares, key by key.
   */
  static List<List<String>> shareOut(List<String> keys, int parts) {
    Map<String, List<String>> byNeed = new LinkedHashMap<>();
    for (String key : keys) {
      byNeed.computeIfAbsent(key.substring(key.indexOf('|') + 1), n -> new ArrayList<>()).add(key);
    }
    List<List<String>> shares = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      shares.add(new ArrayList<>());
    }
    int next = 0;
    if (byNeed.size() >= parts) {
      for (List<String> need : byNeed.values()) {
        shares.get(next++ % parts).addAll(need);
      }
    } else {
      for (String key : keys) {
        shares.get(next++ % parts).add(key);
      }
    }
    shares.removeIf(List::isEmpty);
    return shares;
  }

  /**
   * The candidate statement for these criteria and parameters; {@code catchmentKeys} are those of
   * {@link #catchmentKeys} (or a share of them), null when the candidates do not come from
   * catchments.
   */
  private CandidateQuery candidateQuery(
      SearchCriteria criteria,
      Resolved r,
      TextMatches text,
      ReferenceData reference,
      List<String> catchmentKeys) {
    Taxonomy taxonomy = reference.taxonomy();
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("includeExcluded", criteria.includeExcluded());
    parameters.put("areaCode", r.area == null ? null : r.area.code());
    parameters.put(
        "point", r.latitude == null ? null : Values.point(4326, r.longitude, r.latitude).asPoint());
    parameters.put("radiusMetres", r.radiusKm == null ? 0.0 : r.radiusKm * 1000);
    parameters.put("prisonId", criteria.prisonId());
    parameters.put("age", criteria.age());
    List<String> circumstances =
        List.copyOf(
            new Person(criteria.age(), Set.copyOf(criteria.circumstanceIds()), r.groupsGiven)
                .effectiveCircumstances());
    parameters.put("circumstances", circumstances);
    Map<String, String> groups = new HashMap<>();
    taxonomy.circumstances.values().forEach(c -> groups.put(c.id(), c.group()));
    parameters.put("groups", groups);

    parameters.put("textServiceIds", text == null ? null : List.copyOf(text.services().keySet()));
    parameters.put("textAgencyIds", text == null ? null : List.copyOf(text.agencies().keySet()));
    parameters.put(
        "textNeedSubtree", text == null ? null : List.copyOf(taxonomy.subtreeOf(text.needs())));

    String cypher;
    if (catchmentKeys != null) {
      parameters.put("catchmentKeys", SearchIndex.gatedKeys(catchmentKeys, circumstances));
      parameters.put("areaKeyPrefix", SearchIndex.areaKey(r.area.code(), ""));
      parameters.put("withAgencyIds", text != null);
      cypher = foundByWords(text) ? CANDIDATES_FOUND_IN_CATCHMENTS : CANDIDATES_IN_CATCHMENTS;
    } else if (!r.needSubtree.isEmpty()) {
      parameters.put("needSubtree", List.copyOf(r.needSubtree));
      cypher = CANDIDATES_BY_NEED;
    } else if (r.area != null && !criteria.includeExcluded()) {
      cypher = CANDIDATES_IN_PLACE;
    } else if (text != null) {
      cypher = CANDIDATES_BY_TEXT;
    } else {
      cypher = CANDIDATES_ALL;
    }
    return new CandidateQuery(cypher, parameters);
  }

  /** The restrictions of a service from its circumstance ids, with their groups and names. */
  private List<Restriction> restrictions(List<String> circumstanceIds) {
    if (circumstanceIds.isEmpty()) {
      return List.of();
    }
    Map<String, Circumstance> known = reference().taxonomy().circumstances;
    if (!known.keySet().containsAll(circumstanceIds)) {
      // Written since the reference data was read: read it again.
      reference = null;
      known = reference().taxonomy().circumstances;
    }
    List<Restriction> restrictions = new ArrayList<>();
    for (String id : circumstanceIds) {
      Circumstance c = known.get(id);
      restrictions.add(
          c == null
              ? new Restriction(id, "unknown", id)
              : new Restriction(id, c.group(), c.name()));
    }
    restrictions.sort(Comparator.comparing(Restriction::name));
    return restrictions;
  }

  /** A row of {@link #TEXT_MATCHES}. */
  public record TextMatch(String kind, String id, double score) {
    public static TextMatch of(org.neo4j.driver.Record row) {
      return new TextMatch(
          row.get("kind").asString(), row.get("id").asString(), row.get("score").asDouble());
    }
  }

  /**
   * What the words matched ({@link #TEXT_MATCHES}): scores by service and by agency, and the needs
   * whose names hold a word.
   */
  public record TextMatches(
      Map<String, Double> services, Map<String, Double> agencies, Set<String> needs) {

    public static TextMatches of(java.util.Collection<TextMatch> rows) {
      Map<String, Double> services = new HashMap<>();
      Map<String, Double> agencies = new HashMap<>();
      Set<String> needs = new LinkedHashSet<>();
      for (TextMatch row : rows) {
        switch (row.kind()) {
          case "service" -> services.merge(row.id(), row.score(), Double::sum);
          case "agency" -> agencies.merge(row.id(), row.score(), Double::sum);
          default -> needs.add(row.id());
        }
      }
      return new TextMatches(services, agencies, needs);
    }

    /**
     * A service's text score: its own, half its agency's, and 0.5 for each need it meets that
     * matched (or whose broader need matched); null when nothing of it matched.
     */
    Double score(String serviceId, String agencyId, List<String> needIds, Taxonomy taxonomy) {
      boolean matched = false;
      double score = 0;
      Double own = services.get(serviceId);
      if (own != null) {
        matched = true;
        score += own;
      }
      Double agency = agencyId == null ? null : agencies.get(agencyId);
      if (agency != null) {
        matched = true;
        score += agency * 0.5;
      }
      for (String needId : needIds) {
        if (needs.contains(needId)) {
          matched = true;
          score += 0.5;
        }
        String broader = taxonomy.broaderOf(needId);
        if (broader != null && needs.contains(broader)) {
          matched = true;
          score += 0.5;
        }
      }
      return matched ? score : null;
    }
  }

  /** Nearest first when there is a place; else works in their prison, best text match, name. */
  static Comparator<Hit> ranking(boolean byDistance) {
    // Written out rather than chained: thousands of hits are sorted per search.
    return (a, b) -> {
      if (byDistance) {
        Double da = a.distanceKm();
        Double db = b.distanceKm();
        if (da == null || db == null) {
          if (da != db) {
            return da == null ? 1 : -1;
          }
        } else {
          int byDistanceKm = Double.compare(da, db);
          if (byDistanceKm != 0) {
            return byDistanceKm;
          }
        }
      }
      if (a.worksInPrison() != b.worksInPrison()) {
        return a.worksInPrison() ? -1 : 1;
      }
      int byText = Double.compare(b.textScore(), a.textScore());
      if (byText != 0) {
        return byText;
      }
      int byName = a.serviceName().compareTo(b.serviceName());
      return byName != 0 ? byName : a.serviceId().compareTo(b.serviceId());
    };
  }

  /**
   * For each need of the taxonomy, the requested needs it meets, in the order requested; without
   * requested needs, its top-level need. Worked out once per search, so that most results (which
   * meet one need) take theirs from here without building anything.
   */
  static Map<String, List<String>> needsMetByNeed(List<String> requested, Taxonomy taxonomy) {
    Map<String, List<String>> met = new HashMap<>();
    for (String id : taxonomy.needs.keySet()) {
      if (requested.isEmpty()) {
        met.put(id, List.of(taxonomy.topLevelOf(id)));
      } else {
        List<String> wanted = new ArrayList<>();
        for (String want : requested) {
          if (meets(id, want, taxonomy)) {
            wanted.add(want);
          }
        }
        met.put(id, List.copyOf(wanted));
      }
    }
    return met;
  }

  /**
   * The requested needs a service meets, in the order requested; without requested needs, its
   * top-level needs ({@code metByNeed} from {@link #needsMetByNeed}).
   */
  static List<String> needsMet(
      List<String> serviceNeedIds,
      List<String> requested,
      Map<String, List<String>> metByNeed,
      Taxonomy taxonomy) {
    if (serviceNeedIds.size() == 1) {
      List<String> met = metByNeed.get(serviceNeedIds.getFirst());
      if (met != null) {
        return met;
      }
    }
    Set<String> met = new LinkedHashSet<>();
    if (requested.isEmpty()) {
      serviceNeedIds.forEach(id -> met.add(taxonomy.topLevelOf(id)));
      return List.copyOf(met);
    }
    for (String want : requested) {
      for (String id : serviceNeedIds) {
        if (meets(id, want, taxonomy)) {
          met.add(want);
          break;
        }
      }
    }
    return met.size() == requested.size() ? requested : List.copyOf(met);
  }

  /** A service's need {@code id} meets the requested need {@code want}: it or a narrower one. */
  private static boolean meets(String id, String want, Taxonomy taxonomy) {
    return id.equals(want) || want.equals(taxonomy.broaderOf(id));
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
    // One pass over the hits (in rank order), each hit's needs added to their groups.
    Map<String, List<String>> idsByNeed = new HashMap<>();
    for (String needId : needIds) {
      idsByNeed.put(needId, new ArrayList<>());
    }
    for (Hit hit : hits) {
      for (String needId : hit.needIds()) {
        List<String> ids = idsByNeed.get(needId);
        if (ids != null) {
          ids.add(hit.serviceId());
        }
      }
    }
    List<NeedGroup> groups = new ArrayList<>();
    for (String needId : needIds) {
      List<String> ids = java.util.Collections.unmodifiableList(idsByNeed.get(needId));
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
    for (String id : c.needIds()) {
      if (!taxonomy.needs.containsKey(id)) {
        throw new SearchInputException("needs", "There is no need '" + id + "'.");
      }
    }
    Set<String> subtree = taxonomy.subtreeOf(c.needIds());
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

  /** One candidate row; {@code onlyFor} are circumstance ids. */
  record Candidate(
      String id,
      String name,
      String agencyId,
      String agencyName,
      String status,
      Integer minimumAge,
      Integer maximumAge,
      List<String> onlyFor,
      boolean coversArea,
      Double distanceKm,
      boolean worksInPrison,
      List<String> needIds) {

    /** From a row of any candidate statement: the same twelve columns in the same order. */
    static Candidate of(org.neo4j.driver.Record row) {
      org.neo4j.driver.Value agencyId = row.get(2);
      org.neo4j.driver.Value agencyName = row.get(3);
      org.neo4j.driver.Value status = row.get(4);
      org.neo4j.driver.Value minimumAge = row.get(5);
      org.neo4j.driver.Value maximumAge = row.get(6);
      org.neo4j.driver.Value distance = row.get(10);
      return new Candidate(
          row.get(0).asString(),
          row.get(1).asString(),
          agencyId.isNull() ? null : agencyId.asString(),
          agencyName.isNull() ? null : agencyName.asString(),
          status.isNull() ? null : status.asString(),
          minimumAge.isNull() ? null : minimumAge.asInt(),
          maximumAge.isNull() ? null : maximumAge.asInt(),
          strings(row.get(7)),
          row.get(9).asBoolean(),
          distance.isNull() ? null : distance.asDouble() / 1000,
          row.get(11).asBoolean(),
          strings(row.get(8)));
    }

    ServiceFacts facts(List<Restriction> restrictions) {
      return new ServiceFacts(status, minimumAge, maximumAge, restrictions, coversArea, distanceKm);
    }

    private static List<String> strings(org.neo4j.driver.Value value) {
      return value.isNull() || value.size() == 0
          ? List.of()
          : value.asList(org.neo4j.driver.Value::asString);
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

    /** The needs {@code needIds} and the narrower needs of each, in that order. */
    Set<String> subtreeOf(java.util.Collection<String> needIds) {
      Set<String> subtree = new LinkedHashSet<>();
      for (String id : needIds) {
        subtree.add(id);
        subtree.addAll(narrowerOf(id));
      }
      return subtree;
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
