package org.throughcareatlas.hsds;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.UUID;

/**
 * The name-based UUIDs of {@code docs/hsds-mapping.md}: HSDS wants UUIDs where Atlas has slugs
 * (needs, circumstances) or no id at all (a service's catchment, its delivery at a location, the
 * phone of a contact). The same name gives the same UUID on every export and in the importer.
 */
public final class HsdsIds {

  /** The taxonomy of Atlas's needs. */
  public static final String NEEDS_TAXONOMY = of("throughcareatlas:taxonomy:needs");

  /** The taxonomy of Atlas's circumstances (who a service is only for). */
  public static final String CIRCUMSTANCES_TAXONOMY = of("throughcareatlas:taxonomy:circumstances");

  /**
   * The local taxonomy of Atlas's own service details that HSDS has no field for (self-referral,
   * referral routes, capacity, prisons worked in, agency kind).
   */
  public static final String DETAILS_TAXONOMY = of("throughcareatlas:taxonomy:details");

  private HsdsIds() {}

  /** {@code UUID.nameUUIDFromBytes(name in UTF-8)} as text. */
  public static String of(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(UTF_8)).toString();
  }

  public static String needTerm(String slug) {
    return of("throughcareatlas:need:" + slug);
  }

  public static String circumstanceTerm(String slug) {
    return of("throughcareatlas:circumstance:" + slug);
  }

  /** A term of the local details taxonomy, by its code ({@code self-referral}, …). */
  public static String detailTerm(String code) {
    return of("throughcareatlas:detail:" + code);
  }

  /** The attribute linking an entity to a term (a need, a circumstance). */
  public static String attribute(String entityId, String termId) {
    return of("throughcareatlas:attribute:" + entityId + ":" + termId);
  }

  /** The attribute linking an entity to a detail term with a value. */
  public static String attribute(String entityId, String termId, String value) {
    return of("throughcareatlas:attribute:" + entityId + ":" + termId + ":" + value);
  }

  /** Any other HSDS object Atlas keeps no id for: kind, owner and distinguishing key. */
  public static String part(String kind, String ownerId, String key) {
    return of("throughcareatlas:" + kind + ":" + ownerId + ":" + key);
  }

  /** Whether {@code id} is a UUID in its canonical text form. */
  public static boolean isUuid(String id) {
    if (id == null || id.length() != 36) {
      return false;
    }
    try {
      return UUID.fromString(id).toString().equalsIgnoreCase(id);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
