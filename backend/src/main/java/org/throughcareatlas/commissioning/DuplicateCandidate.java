package org.throughcareatlas.commissioning;

import java.util.List;
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

  /** A row of the file; lists sorted, so that equal services make equal candidates. */
  static DuplicateCandidate of(Record row) {
    return new DuplicateCandidate(
        row.get("serviceId").asString(),
        row.get("serviceName").asString(),
        row.get("agencyId").asString(),
        row.get("agencyName").asString(),
        row.get("description").asString(),
        row.get("needIds").asList(Value::asString).stream().sorted().toList(),
        row.get("areaCodes").asList(Value::asString).stream().sorted().toList(),
        row
            .get("onlyFor")
            .asList(
                v -> new Restriction(v.get(0).asString(), v.get(1).asString(), v.get(2).asString()))
            .stream()
            .sorted(java.util.Comparator.comparing(Restriction::id))
            .toList(),
        row.get("minimumAge").isNull() ? null : row.get("minimumAge").asInt(),
        row.get("maximumAge").isNull() ? null : row.get("maximumAge").asInt(),
        row.get("waitingTime").isNull() ? null : row.get("waitingTime").asString(),
        row.get("capacity").isNull() ? null : row.get("capacity").asString(),
        row.get("selfReferral").asBoolean(),
        row.get("inReach").asList(Value::asString).stream().sorted().toList());
  }
}
