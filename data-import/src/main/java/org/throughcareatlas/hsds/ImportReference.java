package org.throughcareatlas.hsds;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.Session;

/**
 * What an import resolves names against, read from the graph once: the council areas (by GSS code,
 * name and main town), the needs and the circumstances (by slug, name and their HSDS term ids), and
 * the prisons' ids.
 */
final class ImportReference {

  record Area(String code, String name, String mainTown, Double latitude, Double longitude) {}

  record Term(String id, String name) {}

  private static final Pattern GSS = Pattern.compile("\\b(S12\\d{6}|[ENW]0[6-9]\\d{6})\\b");

  static ImportReference read(Session session) {
    List<Area> areas =
        session
            .run(
                """
                MATCH (a:Area)
                RETURN a.code AS code, a.name AS name, a.mainTown AS town,
                       a.point.latitude AS lat, a.point.longitude AS lon
                ORDER BY code
                """)
            .list(
                r ->
                    new Area(
                        r.get("code").asString(),
                        r.get("name").asString(null),
                        r.get("town").asString(null),
                        r.get("lat").isNull() ? null : r.get("lat").asDouble(),
                        r.get("lon").isNull() ? null : r.get("lon").asDouble()));
    List<Term> needs =
        session
            .run("MATCH (n:Need) RETURN n.id AS id, n.name AS name ORDER BY id")
            .list(r -> new Term(r.get("id").asString(), r.get("name").asString(null)));
    List<Term> circumstances =
        session
            .run("MATCH (c:Circumstance) RETURN c.id AS id, c.name AS name ORDER BY id")
            .list(r -> new Term(r.get("id").asString(), r.get("name").asString(null)));
    Set<String> prisons =
        Set.copyOf(
            session.run("MATCH (p:Prison) RETURN p.id AS id").list(r -> r.get("id").asString()));
    return new ImportReference(areas, needs, circumstances, prisons);
  }

  private final List<Area> areas;
  private final List<Term> needs;
  private final List<Term> circumstances;
  private final Map<String, String> needTermIds;
  private final Map<String, String> circumstanceTermIds;
  private final Set<String> prisonIds;
  private final Set<String> areaCodes;
  // Normalised name (and main town) to the first area's code, by code: every location of an
  // import is matched against these, so they are looked up, not searched.
  private final Map<String, String> areaByName;
  private final Map<String, String> areaByTown;

  ImportReference(
      List<Area> areas, List<Term> needs, List<Term> circumstances, Set<String> prisonIds) {
    this.prisonIds = Set.copyOf(prisonIds);
    this.areas = List.copyOf(areas);
    this.needs = List.copyOf(needs);
    this.circumstances = List.copyOf(circumstances);
    this.needTermIds = index(needs, ImportIds::needTerm);
    this.circumstanceTermIds = index(circumstances, ImportIds::circumstanceTerm);
    this.areaCodes = new HashSet<>();
    this.areaByName = new HashMap<>();
    this.areaByTown = new HashMap<>();
    for (Area a : this.areas) {
      areaCodes.add(a.code());
      if (a.name() != null) {
        areaByName.putIfAbsent(normal(a.name()), a.code());
      }
      if (a.mainTown() != null) {
        areaByTown.putIfAbsent(normal(a.mainTown()), a.code());
      }
    }
  }

  List<Area> areas() {
    return areas;
  }

  List<Term> needs() {
    return needs;
  }

  List<Term> circumstances() {
    return circumstances;
  }

  private static Map<String, String> index(
      List<Term> terms, java.util.function.UnaryOperator<String> id) {
    Map<String, String> map = new HashMap<>();
    for (Term t : terms) {
      map.put(id.apply(t.id()), t.id());
    }
    return map;
  }

  /** Whether Atlas has a prison with this id (the value of an in-reach detail). */
  boolean isPrison(String id) {
    return id != null && prisonIds.contains(id);
  }

  /** The need slug for an HSDS term id that is one of Atlas's need terms. */
  Optional<String> needByTermId(String termId) {
    return Optional.ofNullable(needTermIds.get(termId));
  }

  Optional<String> circumstanceByTermId(String termId) {
    return Optional.ofNullable(circumstanceTermIds.get(termId));
  }

  Optional<String> needBySlug(String slug) {
    return needs.stream().map(Term::id).filter(id -> id.equals(slug)).findFirst();
  }

  Optional<String> circumstanceBySlug(String slug) {
    return circumstances.stream().map(Term::id).filter(id -> id.equals(slug)).findFirst();
  }

  Optional<String> needByName(String name) {
    return byName(needs, name);
  }

  Optional<String> circumstanceByName(String name) {
    return byName(circumstances, name);
  }

  private static Optional<String> byName(List<Term> terms, String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.trim();
    return terms.stream()
        .filter(t -> t.name() != null && t.name().equalsIgnoreCase(wanted))
        .map(Term::id)
        .findFirst();
  }

  /** An area by its GSS code appearing in the text. */
  Optional<String> areaByCodeIn(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = GSS.matcher(text);
    while (m.find()) {
      String code = m.group(1);
      if (areaCodes.contains(code)) {
        return Optional.of(code);
      }
    }
    return Optional.empty();
  }

  /** An area whose name (or name without "council") is the text, case-insensitive. */
  Optional<String> areaByName(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(areaByName.get(normal(text)));
  }

  /** An area whose name or main town is the text. */
  Optional<String> areaByNameOrTown(String text) {
    Optional<String> byName = areaByName(text);
    if (byName.isPresent() || text == null) {
      return byName;
    }
    return Optional.ofNullable(areaByTown.get(normal(text)));
  }

  /** The area whose main town is nearest the point, when within {@code maxKm}. */
  Optional<String> areaNear(double latitude, double longitude, double maxKm) {
    String best = null;
    double bestKm = maxKm;
    for (Area a : areas) {
      if (a.latitude() == null || a.longitude() == null) {
        continue;
      }
      double km = kilometres(latitude, longitude, a.latitude(), a.longitude());
      if (km <= bestKm) {
        bestKm = km;
        best = a.code();
      }
    }
    return Optional.ofNullable(best);
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static String normal(String text) {
    String t = SPACES.matcher(text.trim().toLowerCase(Locale.ROOT)).replaceAll(" ");
    if (t.endsWith(" council")) {
      t = t.substring(0, t.length() - " council".length());
    }
    return t;
  }

  static double kilometres(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }
}
