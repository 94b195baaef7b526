package org.throughcareatlas.hsds;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The name-based UUIDs of Atlas's own taxonomies and links (docs/hsds-mapping.md, "Ids of Atlas's
 * own taxonomies"), computed the same way by the importer and the exporter.
 */
public final class ImportIds {

  public static final String NEEDS_TAXONOMY = nameBased("throughcareatlas:taxonomy:needs");
  public static final String CIRCUMSTANCES_TAXONOMY =
      nameBased("throughcareatlas:taxonomy:circumstances");

  /**
   * The local taxonomy "Throughcare Atlas service details": Atlas's own fields that HSDS has no
   * field for, each an attribute whose value holds it (docs/hsds-export.md, "Taxonomies").
   */
  public static final String DETAILS_TAXONOMY = nameBased("throughcareatlas:taxonomy:details");

  /** Codes of the details terms: a service's self-referral (true / false). */
  public static final String SELF_REFERRAL = "self-referral";

  /** A way a service can be referred to (one attribute per route). */
  public static final String REFERRAL_ROUTE = "referral-route";

  /** How much room a service has: open, limited or full. */
  public static final String CAPACITY = "capacity";

  /** A prison a service works inside ({@code IN_REACH}); the value is Atlas's prison id. */
  public static final String IN_REACH_PRISON = "in-reach-prison";

  /** An organization's kind ({@code Agency.kind}). */
  public static final String AGENCY_KIND = "agency-kind";

  /** The codes of the details terms, in the order the exporter lists them. */
  public static final List<String> DETAIL_CODES =
      List.of(SELF_REFERRAL, REFERRAL_ROUTE, CAPACITY, IN_REACH_PRISON, AGENCY_KIND);

  private static final Map<String, String> DETAIL_CODE_BY_TERM_ID =
      DETAIL_CODES.stream().collect(Collectors.toUnmodifiableMap(ImportIds::detailTerm, c -> c));

  private static final Pattern UUID_FORMAT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private ImportIds() {}

  public static String needTerm(String slug) {
    return nameBased("throughcareatlas:need:" + slug);
  }

  public static String circumstanceTerm(String slug) {
    return nameBased("throughcareatlas:circumstance:" + slug);
  }

  /** The term of the details taxonomy with this code. */
  public static String detailTerm(String code) {
    return nameBased("throughcareatlas:detail:" + code);
  }

  /** The code of a details term, by its term id; empty for any other term. */
  public static Optional<String> detailCode(String termId) {
    return Optional.ofNullable(termId == null ? null : DETAIL_CODE_BY_TERM_ID.get(termId));
  }

  public static String attribute(String serviceId, String termId) {
    return nameBased("throughcareatlas:attribute:" + serviceId + ":" + termId);
  }

  /** A stable UUID for anything named by a string (spreadsheet rows without ids). */
  public static String nameBased(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }

  public static boolean isUuid(String id) {
    return id != null && UUID_FORMAT.matcher(id).matches();
  }
}
