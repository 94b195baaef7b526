package org.throughcareatlas.hsds;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The name-based UUIDs of Atlas's own taxonomies and links (docs/hsds-mapping.md, "Ids of Atlas's
 * own taxonomies"), computed the same way by the importer and the exporter.
 */
public final class ImportIds {

  public static final String NEEDS_TAXONOMY = nameBased("throughcareatlas:taxonomy:needs");
  public static final String CIRCUMSTANCES_TAXONOMY =
      nameBased("throughcareatlas:taxonomy:circumstances");

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
