package org.throughcareatlas.network;

import java.util.List;

/**
 * Which part of the network to show; every field is optional and they combine with AND.
 *
 * @param areaCode agencies based in this council area (GSS code) or providing services covering it
 * @param needId agencies with services meeting this need or a narrower one
 * @param prisonId agencies working in this prison or with in-reach services in it, plus the
 *     agencies directly linked to them by a relationship of the types shown
 * @param relationshipTypes the relationship types to show (default: REFERS_TO, PARTNERS_WITH,
 *     SHARES_INFORMATION_WITH, WORKS_IN); prisons appear only through WORKS_IN
 */
public record NetworkFilter(
    String areaCode, String needId, String prisonId, List<String> relationshipTypes) {

  /** The whole network, every relationship type. */
  public static final NetworkFilter NONE = new NetworkFilter(null, null, null, null);
}
