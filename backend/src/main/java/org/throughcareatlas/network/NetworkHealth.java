package org.throughcareatlas.network;

import java.time.LocalDate;
import java.util.List;
import org.throughcareatlas.directory.Agency;
import org.throughcareatlas.directory.Area;
import org.throughcareatlas.directory.Prison;

/**
 * How healthy the network of working relationships is, measure by measure, each with a sentence
 * that explains it on screen. Lists are capped (the {@code limit} asked for); counts are not.
 *
 * @param asOf the day the measures are for (stale relationships are counted back from it)
 */
public record NetworkHealth(
    LocalDate asOf,
    IsolatedAgencies isolatedAgencies,
    Hubs hubs,
    OneWayReferrals oneWayReferrals,
    UnlinkedAgencies unlinkedToReleasePrisons,
    StaleRelationships staleRelationships) {

  /** Agencies with no working relationship at all, by name. */
  public record IsolatedAgencies(String explanation, int count, List<Agency> agencies) {}

  /**
   * The agencies with the highest betweenness centrality, highest first.
   *
   * @param exact true when every vertex was a source; false when the scores are estimated from a
   *     sample of {@code sources} vertices
   * @param vertices agencies and prisons in the network scored
   */
  public record Hubs(
      String explanation, boolean exact, int sources, int vertices, List<Hub> hubs) {}

  /**
   * One hub.
   *
   * @param score normalised betweenness centrality, 0–1
   * @param links how many distinct agencies and prisons it is directly linked to
   */
  public record Hub(Agency agency, double score, int links) {}

  /** Referral routes that run one way only, by the referring agency's name. */
  public record OneWayReferrals(String explanation, int count, List<OneWayReferral> referrals) {}

  /** {@code from} refers to {@code to}; {@code to} never refers back. */
  public record OneWayReferral(Agency from, Agency to, AgencyNetwork.Edge relationship) {}

  /**
   * Agencies serving a council area with no link to the prisons that release people there.
   *
   * @param count (area, agency) pairs in all
   * @param areas the areas with at least one such agency, by name
   */
  public record UnlinkedAgencies(String explanation, int count, List<UnlinkedArea> areas) {}

  /**
   * One council area.
   *
   * @param prisonsInArea true when the releasing prisons stand in the area; false when they are the
   *     two nearest to its main town
   * @param count the agencies in this area without a link (all, not only those listed)
   */
  public record UnlinkedArea(
      Area area,
      List<Prison> releasingPrisons,
      boolean prisonsInArea,
      int count,
      List<Agency> agencies) {}

  /**
   * Working relationships not confirmed since {@code confirmedBefore}, never-confirmed first, then
   * oldest first.
   */
  public record StaleRelationships(
      String explanation,
      LocalDate confirmedBefore,
      int count,
      List<StaleRelationship> relationships) {}

  /**
   * One stale relationship.
   *
   * @param to an {@link Agency}, a {@link Prison} or a {@link
   *     org.throughcareatlas.directory.Service}
   */
  public record StaleRelationship(Agency from, Object to, AgencyNetwork.Edge relationship) {}
}
