package org.throughcareatlas.commissioning;

import java.util.List;
import org.throughcareatlas.directory.Area;
import org.throughcareatlas.directory.Need;

/**
 * Services of different agencies that do the same thing for the same people in the same place: the
 * services linked, directly or through each other, by pairs scoring at least the threshold
 * (docs/duplicates.md).
 *
 * @param rank 1 for the largest group (then by mean score)
 * @param services the services, by name
 * @param meanScore mean score of the linking pairs (pairs of services of different agencies at or
 *     above the threshold)
 * @param linkingPairs how many such pairs there are
 * @param pairs the strongest linking pairs, at most {@link Duplicates#MAX_PAIRS_SHOWN}, best first
 * @param sharedNeed the need they share: met by most of them, the narrowest first
 * @param sharedNeeds every need met by as many of them as {@code sharedNeed}
 * @param sharedAreas the council areas in as many of their catchments as any area is
 * @param people who all of them admit, e.g. "men", "anyone", "women aged 16–25"
 * @param differences how they differ: waiting time, gender, capacity, prison in-reach,
 *     self-referral (only the aspects that differ)
 */
public record DuplicateGroup(
    int rank,
    List<DuplicateCandidate> services,
    double meanScore,
    long linkingPairs,
    List<ScoredPair> pairs,
    Need sharedNeed,
    List<Need> sharedNeeds,
    List<Area> sharedAreas,
    String people,
    List<Difference> differences) {

  /** Two services and their similarity, with its four parts (each in [0, 1]). */
  public record ScoredPair(
      String serviceIdA,
      String serviceIdB,
      double score,
      double needs,
      double catchment,
      double eligibility,
      double description) {}

  /** One aspect in which the services differ, with each service's value. */
  public record Difference(String aspect, List<Value> values) {}

  /** A service's value for an aspect. */
  public record Value(String serviceId, String serviceName, String value) {}
}
