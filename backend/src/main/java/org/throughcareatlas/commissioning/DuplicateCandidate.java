package org.throughcareatlas.commissioning;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.throughcareatlas.search.Eligibility.Restriction;

/**
 * An active service that could duplicate another agency's, with what the similarity score and its
 * explanation are computed from: a row of {@code cypher/analysis/duplicate_candidates.cypher}.
 */
public record DuplicateCandidate(
    String serviceId,
    String serviceName,
    String agencyId,
    String agencyName,
    String description,
    List<String> needIds,
    List<String> areaCodes,
    List<Restriction> onlyFor,
    Integer minimumAge,
    Integer maximumAge,
    String waitingTime,
    String capacity,
    boolean selfReferral,
    List<String> inReach) {

  /**
   * A row of the file; lists sorted, so that equal services make equal candidates. The file gives
   * circumstance and prison ids: their groups and names come from the look-ups.
   *
   * @param circumstances every circumstance by id, as a restriction (id, group, name)
   * @param prisonNames every prison's name by id
   */
  static DuplicateCandidate of(
      Record row, Map<String, Restriction> circumstances, Map<String, String> prisonNames) {
    return new DuplicateCandidate(
        row.get("serviceId").asString(),
        row.get("serviceName").asString(),
        row.get("agencyId").asString(),
        row.get("agencyName").asString(),
        row.get("description").asString(),
        sorted(row.get("needIds")),
        sorted(row.get("areaCodes")),
        restrictions(strings(row.get("onlyFor")), circumstances),
        row.get("minimumAge").isNull() ? null : row.get("minimumAge").asInt(),
        row.get("maximumAge").isNull() ? null : row.get("maximumAge").asInt(),
        row.get("waitingTime").isNull() ? null : row.get("waitingTime").asString(),
        row.get("capacity").isNull() ? null : row.get("capacity").asString(),
        row.get("selfReferral").asBoolean(),
        prisons(strings(row.get("inReach")), prisonNames));
  }

  private static List<Restriction> restrictions(
      List<String> ids, Map<String, Restriction> circumstances) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return ids.stream()
        .map(
            id -> {
              Restriction known = circumstances.get(id);
              return known != null ? known : new Restriction(id, "unknown", id);
            })
        .sorted(java.util.Comparator.comparing(Restriction::id))
        .toList();
  }

  private static List<String> prisons(List<String> ids, Map<String, String> prisonNames) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return ids.stream().map(id -> prisonNames.getOrDefault(id, id)).sorted().toList();
  }

  private static List<String> strings(Value value) {
    return value.isNull() ? List.of() : value.asList(Value::asString);
  }

  private static List<String> sorted(Value value) {
    List<String> list = strings(value);
    return list.size() < 2 ? list : list.stream().sorted().toList();
  }
}
