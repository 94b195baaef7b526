package org.throughcareatlas.commissioning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcareatlas.commissioning.FragileProvision.FragileNeed;
import org.throughcareatlas.commissioning.FragileProvision.FragileService;
import org.throughcareatlas.commissioning.FragileProvision.PrisonGap;
import org.throughcareatlas.directory.Area;
import org.throughcareatlas.directory.Circumstance;
import org.throughcareatlas.directory.DirectoryQueries;
import org.throughcareatlas.directory.InvalidArgumentException;
import org.throughcareatlas.directory.Need;
import org.throughcareatlas.directory.Prison;
import org.throughcareatlas.graph.InParts;
import org.throughcareatlas.search.Eligibility.Restriction;

/**
 * Commissioning analytics over the whole directory: the coverage matrix, duplicated provision,
 * unmet need and fragile provision. Each runs one file of {@code cypher/analysis/} as written
 * ({@link AnalysisQueries}); the duplicates are then scored and grouped in Java ({@link
 * Duplicates}). A group of people is a circumstance id (null for everyone), checked here.
 */
@Service
@Transactional(readOnly = true)
public class Commissioning {

  /** The groups the unmet-need analysis looks at by default; null is everyone. */
  public static final List<String> STANDARD_GROUPS =
      Arrays.asList(
          null,
          "women",
          "men",
          "young-people",
          "remand",
          "short-term",
          "long-term",
          "licence",
          "hdc");

  /** Default threshold of the similarity score for duplicates. */
  public static final double DEFAULT_MIN_SCORE = 0.5;

  private final AnalysisQueries queries;
  private final DirectoryQueries directory;

  Commissioning(AnalysisQueries queries, DirectoryQueries directory) {
    this.queries = queries;
    this.directory = directory;
  }

  /**
   * Needs × council areas for a group ({@code coverage_matrix.cypher}).
   *
   * @param group a circumstance id, or null for everyone
   * @param narrower also a row for each narrower need
   * @throws InvalidArgumentException {@code group} when there is no such circumstance
   */
  public CoverageMatrix coverage(String group, boolean narrower) {
    Circumstance circumstance = group(group, "group");
    Lookups lookups = lookups();
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("group", group);
    parameters.put("narrower", narrower);
    Map<String, List<CoverageMatrix.Cell>> cellsByNeed = new LinkedHashMap<>();
    List<Area> columns = new ArrayList<>();
    for (Record row : queries.run(AnalysisQueries.COVERAGE_MATRIX, parameters, r -> r)) {
      Need need = lookups.needs.get(row.get("needId").asString());
      Area area = lookups.areas.get(row.get("areaCode").asString());
      List<CoverageMatrix.Cell> cells =
          cellsByNeed.computeIfAbsent(need.id(), k -> new ArrayList<>());
      if (cellsByNeed.size() == 1) {
        columns.add(area);
      }
      cells.add(
          new CoverageMatrix.Cell(
              need, area, row.get("services").asInt(), row.get("agencies").asInt()));
    }
    List<CoverageMatrix.Row> rows =
        cellsByNeed.entrySet().stream()
            .map(
                e ->
                    new CoverageMatrix.Row(
                        lookups.needs.get(e.getKey()), List.copyOf(e.getValue())))
            .toList();
    return new CoverageMatrix(circumstance, List.copyOf(columns), rows);
  }

  /**
   * Groups of duplicated provision, largest first ({@code duplicate_candidates.cypher}, then {@link
   * Duplicates}).
   *
   * @param minScore pairs scoring at least this link (0 to 1)
   * @param minGroupSize groups with fewer services are left out (at least 2)
   * @throws InvalidArgumentException {@code minScore} or {@code minGroupSize} out of range
   */
  public List<DuplicateGroup> duplicates(double minScore, int minGroupSize) {
    if (!(minScore >= 0 && minScore <= 1)) {
      throw new InvalidArgumentException("minScore", "must be between 0 and 1, was " + minScore);
    }
    if (minGroupSize < 2) {
      throw new InvalidArgumentException("minGroupSize", "must be at least 2, was " + minGroupSize);
    }
    Lookups lookups = lookups();
    Map<String, Object> parameters = candidateParameters(null, null);
    // The rows are read in parts at once (one per processor, up to four) and profiles are built
    // as they arrive, while the database reads the next ones.
    Duplicates.Grouping grouping = new Duplicates.Grouping();
    queries.forEachInParts(
        AnalysisQueries.DUPLICATE_CANDIDATES,
        parameters,
        InParts.count(),
        row -> grouping.add(lookups.candidate(row)));
    return grouping.groups(minScore, minGroupSize, lookups.needs, lookups.areas);
  }

  /** A service counted in a cell of the coverage matrix. */
  public record CellService(
      String serviceId, String serviceName, String agencyName, List<String> onlyFor) {}

  /**
   * The services counted in one cell of the coverage matrix ({@code coverage_cell.cypher}, the
   * matrix's rule), so a commissioner can see what stands behind a number.
   */
  public List<CellService> cellServices(String group, String needId, String areaCode) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("group", group);
    parameters.put("needId", needId);
    parameters.put("areaCode", areaCode);
    return queries.run(
        AnalysisQueries.COVERAGE_CELL,
        parameters,
        row ->
            new CellService(
                row.get("serviceId").asString(),
                row.get("serviceName").asString(),
                row.get("agencyName").asString(),
                row.get("onlyFor").asList(org.neo4j.driver.Value::asString)));
  }

  /**
   * The rows of {@code duplicate_candidates.cypher}: the active services, with what the similarity
   * score reads.
   *
   * @param areaCode null, or only services covering this area
   * @param needId null, or only services meeting this need or a narrower one
   */
  public List<DuplicateCandidate> duplicateCandidates(String areaCode, String needId) {
    return duplicateCandidates(areaCode, needId, lookups());
  }

  private List<DuplicateCandidate> duplicateCandidates(
      String areaCode, String needId, Lookups lookups) {
    return queries.run(
        AnalysisQueries.DUPLICATE_CANDIDATES,
        candidateParameters(areaCode, needId),
        lookups::candidate);
  }

  /**
   * The parameters of {@code duplicate_candidates.cypher}, read whole ({@code $parts} null; {@link
   * AnalysisQueries#forEachInParts} sets it for each part).
   */
  private static Map<String, Object> candidateParameters(String areaCode, String needId) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("areaCode", areaCode);
    parameters.put("needId", needId);
    parameters.put("parts", null);
    parameters.put("part", null);
    return parameters;
  }

  /**
   * Need × area × group with no active service open to the group ({@code unmet_need.cypher}),
   * ordered by group (as given), need and area.
   *
   * @param groups circumstance ids; null in the list is everyone
   * @param narrower also narrower needs (else the top-level needs only)
   * @throws InvalidArgumentException {@code group} when a group is not a circumstance
   */
  public List<Gap> gaps(List<String> groups, boolean narrower) {
    Map<String, Circumstance> byId = new HashMap<>();
    for (String id : groups) {
      if (id != null) {
        byId.put(id, group(id, "group"));
      }
    }
    Lookups lookups = lookups();
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("groups", groups);
    parameters.put("narrower", narrower);
    return queries.run(
        AnalysisQueries.UNMET_NEED,
        parameters,
        row ->
            new Gap(
                row.get("groupId").isNull() ? null : byId.get(row.get("groupId").asString()),
                lookups.needs.get(row.get("needId").asString()),
                lookups.areas.get(row.get("areaCode").asString()),
                row.get("instead")
                    .asList(
                        v ->
                            new Gap.Instead(
                                v.get("serviceId").asString(),
                                v.get("serviceName").asString(),
                                v.get("why").asString()))));
  }

  /**
   * Needs met only by full, temporarily closed or stale services, and prisons whose own council
   * area lacks a need for the people they hold ({@code fragile_provision.cypher}).
   *
   * @param group a circumstance id, or null for everyone (for the areas)
   * @param today freshness is measured from this date (stale: verified over 12 months before)
   * @param narrower also narrower needs
   */
  public FragileProvision fragileProvision(String group, LocalDate today, boolean narrower) {
    Circumstance circumstance = group(group, "group");
    Lookups lookups = lookups();
    Map<String, Circumstance> circumstances =
        directory.circumstances().stream()
            .collect(Collectors.toMap(Circumstance::id, Function.identity()));
    Map<String, Prison> prisons =
        directory.prisons().stream().collect(Collectors.toMap(Prison::id, Function.identity()));
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("group", group);
    parameters.put("today", today);
    parameters.put("narrower", narrower);
    List<FragileNeed> areas = new ArrayList<>();
    List<PrisonGap> prisonGaps = new ArrayList<>();
    for (Record row : queries.run(AnalysisQueries.FRAGILE_PROVISION, parameters, r -> r)) {
      Need need = lookups.needs.get(row.get("needId").asString());
      Area area = lookups.areas.get(row.get("areaCode").asString());
      if (row.get("kind").asString().equals("prison")) {
        prisonGaps.add(
            new PrisonGap(
                prisons.get(row.get("prisonId").asString()),
                row.get("groupId").isNull()
                    ? null
                    : circumstances.get(row.get("groupId").asString()),
                need,
                area));
      } else {
        areas.add(new FragileNeed(need, area, row.get("services").asList(Commissioning::fragile)));
      }
    }
    return new FragileProvision(circumstance, today, List.copyOf(areas), List.copyOf(prisonGaps));
  }

  private static FragileService fragile(Value v) {
    List<String> reasons = new ArrayList<>();
    if (v.get("closed").asBoolean()) {
      reasons.add("temporarily closed");
    }
    if (v.get("full").asBoolean()) {
      reasons.add("full");
    }
    if (v.get("stale").asBoolean()) {
      reasons.add(
          v.get("lastVerified").isNull()
              ? "never verified"
              : "last verified " + v.get("lastVerified").asLocalDate());
    }
    return new FragileService(
        v.get("serviceId").asString(),
        v.get("serviceName").asString(),
        v.get("status").asString(),
        v.get("capacity").isNull() ? null : v.get("capacity").asString(),
        v.get("lastVerified").isNull() ? null : v.get("lastVerified").asLocalDate(),
        List.copyOf(reasons));
  }

  /** The circumstance a group id names; null for null (everyone). */
  private Circumstance group(String id, String argument) {
    if (id == null) {
      return null;
    }
    return directory.circumstances().stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidArgumentException(
                    argument,
                    "There is no circumstance '"
                        + (id.length() > 60 ? id.substring(0, 60) + "…" : id)
                        + "'; give one of the ids of `circumstances`, or nothing for everyone."));
  }

  /** The needs, areas, circumstances and prisons by id, read once per analysis. */
  public Lookups lookups() {
    return new Lookups(
        directory.needs().stream().collect(Collectors.toMap(Need::id, Function.identity())),
        directory.areas().stream().collect(Collectors.toMap(Area::code, Function.identity())),
        directory.circumstances().stream()
            .collect(
                Collectors.toMap(
                    Circumstance::id, c -> new Restriction(c.id(), c.group(), c.name()))),
        directory.prisons().stream().collect(Collectors.toMap(Prison::id, Prison::name)));
  }

  public record Lookups(
      Map<String, Need> needs,
      Map<String, Area> areas,
      Map<String, Restriction> circumstances,
      Map<String, String> prisonNames) {

    /** A row of {@code duplicate_candidates.cypher}, its ids looked up. */
    public DuplicateCandidate candidate(Record row) {
      return DuplicateCandidate.of(row, circumstances, prisonNames);
    }
  }
}
