package org.throughcareatlas.directory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A page of a list in the Relay connection shape (the class name ends in "Connection" so that
 * Spring for GraphQL passes it through as it is) the GraphQL schema describes ({@code
 * ServiceConnection}, {@code AgencyConnection}). Cursors are opaque to clients; here they carry the
 * position in the list.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, int totalCount) {

  /** An item with its cursor. */
  public record Edge<T>(String cursor, T node) {}

  /** Where a page is. */
  public record PageInfo(
      boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {}

  public static <T> Connection<T> of(List<T> items, int offset, int totalCount) {
    List<Edge<T>> edges = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      edges.add(new Edge<>(cursor(offset + i), items.get(i)));
    }
    return new Connection<>(
        edges,
        new PageInfo(
            offset + items.size() < totalCount,
            offset > 0,
            edges.isEmpty() ? null : edges.getFirst().cursor(),
            edges.isEmpty() ? null : edges.getLast().cursor()),
        totalCount);
  }

  static String cursor(int position) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("position:" + position).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The offset of the item after {@code cursor}; 0 for no cursor.
   *
   * @throws IllegalArgumentException when the cursor is not one this API gave out
   */
  public static int offsetAfter(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return 0;
    }
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (!decoded.startsWith("position:")) {
        throw new IllegalArgumentException();
      }
      int position = Integer.parseInt(decoded.substring("position:".length()));
      if (position < 0) {
        throw new IllegalArgumentException();
      }
      return position + 1;
    } catch (IllegalArgumentException e) {
      throw new InvalidArgumentException(
          "after", "'" + cursor + "' is not a cursor from this API: pass a pageInfo.endCursor");
    }
  }
}
