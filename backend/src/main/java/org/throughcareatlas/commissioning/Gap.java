package org.throughcareatlas.commissioning;

import java.util.List;
import org.throughcareatlas.directory.Area;
import org.throughcareatlas.directory.Circumstance;
import org.throughcareatlas.directory.Need;

/**
 * No active service open to the group meets the need (or a narrower one) in the area ({@code
 * cypher/analysis/unmet_need.cypher}).
 *
 * @param group the group of people, null for everyone
 * @param instead the services meeting the need there that do not count, and why
 */
public record Gap(Circumstance group, Need need, Area area, List<Instead> instead) {

  /** A service that meets the need in the area but not for the group, or not at present. */
  public record Instead(String serviceId, String serviceName, String why) {}
}
