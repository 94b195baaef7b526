package org.throughcareatlas.hsds;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Which services to export or list; every part is optional and the parts combine with "and". The
 * export's own filters are the first four; the others are the Open Referral UK API's.
 *
 * @param areaCodes council areas (GSS codes): services covering one of them or delivered at a
 *     location in one
 * @param needIds needs (Atlas slugs): services meeting one of them or a narrower need
 * @param agencyIds agencies (organization ids): their services
 * @param modifiedAfter services whose {@code last_modified} is on or after this
 * @param search words, all of which must match the service's or its agency's name or description
 * @param taxonomyTermId a taxonomy term (HSDS id) the service is linked to (a need also finds
 *     services meeting a narrower need)
 * @param taxonomyId a taxonomy (HSDS id) any of whose terms the service is linked to
 * @param minimumAge services whose minimum age is at least this (no minimum counts as 0)
 * @param maximumAge services with a maximum age of at most this
 * @param near services delivered at a location within a distance of a point
 */
public record ExportFilter(
    List<String> areaCodes,
    List<String> needIds,
    List<String> agencyIds,
    OffsetDateTime modifiedAfter,
    String search,
    String taxonomyTermId,
    String taxonomyId,
    Integer minimumAge,
    Integer maximumAge,
    Proximity near) {

  /** Every service. */
  public static final ExportFilter ALL =
      new ExportFilter(List.of(), List.of(), List.of(), null, null, null, null, null, null, null);

  public ExportFilter {
    areaCodes = areaCodes == null ? List.of() : List.copyOf(areaCodes);
    needIds = needIds == null ? List.of() : List.copyOf(needIds);
    agencyIds = agencyIds == null ? List.of() : List.copyOf(agencyIds);
  }

  /** A point and a distance in metres. */
  public record Proximity(double latitude, double longitude, double metres) {}

  /** Whether this filter selects every service. */
  public boolean selectsAll() {
    return equals(ALL);
  }

  public ExportFilter withAreaCodes(List<String> codes) {
    return new ExportFilter(
        codes,
        needIds,
        agencyIds,
        modifiedAfter,
        search,
        taxonomyTermId,
        taxonomyId,
        minimumAge,
        maximumAge,
        near);
  }

  public ExportFilter withNeedIds(List<String> ids) {
    return new ExportFilter(
        areaCodes,
        ids,
        agencyIds,
        modifiedAfter,
        search,
        taxonomyTermId,
        taxonomyId,
        minimumAge,
        maximumAge,
        near);
  }

  public ExportFilter withAgencyIds(List<String> ids) {
    return new ExportFilter(
        areaCodes,
        needIds,
        ids,
        modifiedAfter,
        search,
        taxonomyTermId,
        taxonomyId,
        minimumAge,
        maximumAge,
        near);
  }

  public ExportFilter withModifiedAfter(OffsetDateTime after) {
    return new ExportFilter(
        areaCodes,
        needIds,
        agencyIds,
        after,
        search,
        taxonomyTermId,
        taxonomyId,
        minimumAge,
        maximumAge,
        near);
  }

  public ExportFilter withSearch(String words) {
    return new ExportFilter(
        areaCodes,
        needIds,
        agencyIds,
        modifiedAfter,
        words,
        taxonomyTermId,
        taxonomyId,
        minimumAge,
        maximumAge,
        near);
  }

  public ExportFilter withTaxonomyTermId(String id) {
    return new ExportFilter(
        areaCodes,
        needIds,
        agencyIds,
        modifiedAfter,
        search,
        id,
        taxonomyId,
        minimumAge,
        maximumAge,
        near);
  }

  public ExportFilter withTaxonomyId(String id) {
    return new ExportFilter(
        areaCodes,
        needIds,
        agencyIds,
        modifiedAfter,
        search,
        taxonomyTermId,
        id,
        minimumAge,
        maximumAge,
        near);
  }

  public ExportFilter withAges(Integer minimum, Integer maximum) {
    return new ExportFilter(
        areaCodes,
        needIds,
        agencyIds,
        modifiedAfter,
        search,
        taxonomyTermId,
        taxonomyId,
        minimum,
        maximum,
        near);
  }

  public ExportFilter withNear(Proximity proximity) {
    return new ExportFilter(
        areaCodes,
        needIds,
        agencyIds,
        modifiedAfter,
        search,
        taxonomyTermId,
        taxonomyId,
        minimumAge,
        maximumAge,
        proximity);
  }
}
