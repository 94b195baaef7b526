package org.throughcareatlas.search;

import java.util.List;
import org.throughcareatlas.directory.Area;

/**
 * The answer to a search: the eligible services in rank order, the same services grouped by need
 * (with a plain message where a need has none), and, when asked for, the services left out and why.
 */
public record SearchResult(
    List<Hit> hits, List<NeedGroup> groups, List<Excluded> excluded, Place place) {

  /** The hits of one page: {@code size} of them from {@code offset} (fewer at the end). */
  public List<Hit> page(int offset, int size) {
    return hits.subList(Math.min(offset, hits.size()), Math.min(offset + size, hits.size()));
  }

  /**
   * An eligible service.
   *
   * @param distanceKm from the place searched around to the nearest place the service is delivered;
   *     null without a place, or for phone-only services
   * @param needIds the requested needs (or, without any, the top-level needs) this service meets
   * @param worksInPrison the service works inside the person's prison before release
   */
  public record Hit(
      String serviceId,
      String serviceName,
      Double distanceKm,
      List<String> needIds,
      boolean worksInPrison,
      double textScore) {}

  /**
   * The eligible services meeting one need.
   *
   * @param message "No service found for housing in Fife for women" when there are none
   */
  public record NeedGroup(
      String needId, String needName, List<String> serviceIds, String message) {}

  /** A service that meets the need but is left out, with every reason that applies. */
  public record Excluded(
      String serviceId, String serviceName, String agencyName, List<String> reasons) {}

  /** Where the search was for: the release area, and the point and radius if any. */
  public record Place(Area area, Double latitude, Double longitude, Double radiusKm, String name) {}
}
