package org.throughcareatlas.commissioning;

import java.time.LocalDate;
import java.util.List;
import org.throughcareatlas.directory.Area;
import org.throughcareatlas.directory.Circumstance;
import org.throughcareatlas.directory.Need;
import org.throughcareatlas.directory.Prison;

/**
 * Provision that is there on paper only ({@code cypher/analysis/fragile_provision.cypher}).
 *
 * @param today the date freshness was measured from
 * @param areas needs in areas whose only services are full, temporarily closed or stale
 * @param prisons prisons whose own council area has no active service for a need, for the people
 *     they hold
 */
public record FragileProvision(
    Circumstance group, LocalDate today, List<FragileNeed> areas, List<PrisonGap> prisons) {

  /** A need in an area met only by fragile services. */
  public record FragileNeed(Need need, Area area, List<FragileService> services) {}

  /** A service that counts on paper, with what makes it fragile (full, closed, stale). */
  public record FragileService(
      String serviceId,
      String serviceName,
      String status,
      String capacity,
      LocalDate lastVerified,
      List<String> reasons) {}

  /**
   * A prison whose release area (its own council area) lacks the need.
   *
   * @param group the people it holds: women, men, or null for a mixed establishment
   */
  public record PrisonGap(Prison prison, Circumstance group, Need need, Area area) {}
}
