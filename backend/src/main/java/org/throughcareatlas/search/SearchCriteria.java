package org.throughcareatlas.search;

import java.util.List;

/**
 * Who the officer is looking for services for, without naming them. Every field is optional.
 *
 * @param needIds needs to meet; a broad need includes its narrower needs
 * @param areaCode the council area they will live in (GSS code)
 * @param place a town or council area by name, as an alternative to {@code areaCode}
 * @param latitude with {@code longitude}: a point to search around, as an alternative to place
 * @param radiusKm how far from the place or point a service may be delivered (default 25 km)
 * @param prisonId the prison they are in: services working inside it are marked
 * @param age their age in years
 * @param circumstanceIds their circumstances: gender (women, men), sentence (remand, short-term,
 *     long-term, hdc, licence) and flags (veteran, care-experienced, …)
 * @param text free text, matched loosely against services, agencies and needs
 * @param includeExcluded also list the services left out, each with its reasons
 */
public record SearchCriteria(
    List<String> needIds,
    String areaCode,
    String place,
    Double latitude,
    Double longitude,
    Double radiusKm,
    String prisonId,
    Integer age,
    List<String> circumstanceIds,
    String text,
    boolean includeExcluded) {

  /** Radius used with a place or point when none is given. */
  public static final double DEFAULT_RADIUS_KM = 25;

  public SearchCriteria {
    needIds = needIds == null ? List.of() : List.copyOf(needIds);
    circumstanceIds = circumstanceIds == null ? List.of() : List.copyOf(circumstanceIds);
  }

  /** Everyone, everywhere: every active service. */
  public static SearchCriteria everything() {
    return new SearchCriteria(
        List.of(), null, null, null, null, null, null, null, List.of(), null, false);
  }

  public SearchCriteria withIncludeExcluded(boolean include) {
    return new SearchCriteria(
        needIds,
        areaCode,
        place,
        latitude,
        longitude,
        radiusKm,
        prisonId,
        age,
        circumstanceIds,
        text,
        include);
  }
}
