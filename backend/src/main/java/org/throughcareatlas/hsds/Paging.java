package org.throughcareatlas.hsds;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A page asked for ({@code page} from 1, {@code per_page} from 1 to {@link #MAX_PER_PAGE}). */
record Paging(int page, int perPage) {

  static final int DEFAULT_PER_PAGE = 50;
  static final int MAX_PER_PAGE = 100;

  long skip() {
    return (long) (page - 1) * perPage;
  }

  /** Reads the parameters, refusing what is not a whole number in range. */
  static Paging of(String page, String perPage) {
    return new Paging(
        whole("page", page, 1, 1, Integer.MAX_VALUE / MAX_PER_PAGE),
        whole("per_page", perPage, DEFAULT_PER_PAGE, 1, MAX_PER_PAGE));
  }

  private static int whole(String name, String value, int fallback, int min, int max) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.trim());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new HsdsInputException(
        name,
        "expected a whole number from "
            + min
            + (max == Integer.MAX_VALUE / MAX_PER_PAGE ? " up" : " to " + max)
            + ", was '"
            + value
            + "'.");
  }

  /** The Open Referral page object around {@code contents}. */
  ObjectNode wrap(long totalItems, List<? extends JsonNode> contents) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    long totalPages = (totalItems + perPage - 1) / perPage;
    out.put("total_items", totalItems);
    out.put("total_pages", totalPages);
    out.put("page_number", page);
    out.put("size", contents.size());
    out.put("first_page", page == 1);
    out.put("last_page", page >= totalPages);
    out.put("empty", contents.isEmpty());
    ArrayNode array = out.putArray("contents");
    contents.forEach(array::add);
    return out;
  }
}
