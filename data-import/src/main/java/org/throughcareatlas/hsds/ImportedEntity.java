package org.throughcareatlas.hsds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.throughcareatlas.hsds.ImportReport.Kind;

/**
 * One entity as read from a file, in Atlas's words: its kind, HSDS id, where it was found, and its
 * properties and links as one sorted map ({@code row}) — the row the writer sends, and what its
 * hash is taken of.
 */
record ImportedEntity(
    Kind kind, String id, String where, boolean topLevel, Map<String, Object> row) {

  /** Keys of links gathered from every place an entity appears (a contact's owners). */
  static final Set<String> OWNER_KEYS = Set.of("agencyIds", "serviceIds", "locationIds");

  String key() {
    return kind.name() + ":" + id;
  }

  /** A hash of everything but the owners: two appearances with the same hash are the same. */
  String contentHash() {
    Map<String, Object> content = new TreeMap<>(row);
    content.keySet().removeAll(OWNER_KEYS);
    return hash(content);
  }

  /**
   * This entity with {@code importHash} in its row: a hash of the rest of the row, stored in the
   * graph to tell "unchanged" next time.
   */
  ImportedEntity withImportHash() {
    Map<String, Object> hashed = new TreeMap<>(row);
    hashed.remove("importHash");
    hashed.put("importHash", hash(hashed));
    return new ImportedEntity(kind, id, where, topLevel, hashed);
  }

  String importHash() {
    return (String) row.get("importHash");
  }

  /** SHA-256 (first 128 bits) of the sorted row's text; nested maps are sorted maps too. */
  private static String hash(Map<String, Object> row) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] bytes = new TreeMap<>(row).toString().getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(digest.digest(bytes), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
