package org.throughcareatlas.ui.services;

import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.throughcareatlas.search.SearchCriteria;

/**
 * A search as the page address holds it, so that a search can be bookmarked or sent to a colleague:
 * {@code ?need=housing&need=mentoring&area=S12000042&age=19&gender=men&c=remand}. Values that
 * cannot be read (an age of "abc") are dropped and reported, never fatal.
 */
record SearchUrl(SearchCriteria criteria, List<String> problems) {

  /** Reads the address's parameters. */
  static SearchUrl read(QueryParameters parameters) {
    Map<String, List<String>> p = parameters.getParameters();
    List<String> problems = new ArrayList<>();
    List<String> circumstances = new ArrayList<>(all(p, "c"));
    String gender = one(p, "gender");
    if (gender != null) {
      if (gender.equals("women") || gender.equals("men")) {
        circumstances.addFirst(gender);
      } else {
        problems.add("Gender '" + shorten(gender) + "' is not women or men: left out.");
      }
    }
    Integer age = integer(p, "age", problems);
    Double radius = null;
    String radiusText = one(p, "radius");
    if (radiusText != null) {
      try {
        radius = Double.parseDouble(radiusText);
      } catch (NumberFormatException e) {
        problems.add("Radius '" + shorten(radiusText) + "' is not a number: 25 km used.");
      }
    }
    SearchCriteria criteria =
        new SearchCriteria(
            all(p, "need"),
            one(p, "area"),
            one(p, "place"),
            null,
            null,
            radius,
            one(p, "prison"),
            age,
            circumstances,
            one(p, "q"),
            "1".equals(one(p, "excluded")));
    return new SearchUrl(criteria, problems);
  }

  /** True when the address asks for a search at all. */
  static boolean isSearch(QueryParameters parameters) {
    return !parameters.getParameters().isEmpty();
  }

  /** The address parameters for {@code criteria}; the inverse of {@link #read}. */
  static QueryParameters write(SearchCriteria c) {
    Map<String, List<String>> p = new LinkedHashMap<>();
    if (!c.needIds().isEmpty()) {
      p.put("need", c.needIds());
    }
    put(p, "area", c.areaCode());
    put(p, "place", c.place());
    put(p, "radius", c.radiusKm() == null ? null : String.valueOf(c.radiusKm().intValue()));
    put(p, "prison", c.prisonId());
    put(p, "age", c.age() == null ? null : String.valueOf(c.age()));
    List<String> others = new ArrayList<>();
    for (String id : c.circumstanceIds()) {
      if (id.equals("women") || id.equals("men")) {
        put(p, "gender", id);
      } else {
        others.add(id);
      }
    }
    if (!others.isEmpty()) {
      p.put("c", others);
    }
    put(p, "q", c.text());
    put(p, "excluded", c.includeExcluded() ? "1" : null);
    return new QueryParameters(p);
  }

  private static void put(Map<String, List<String>> p, String name, String value) {
    if (value != null && !value.isBlank()) {
      p.put(name, List.of(value));
    }
  }

  private static String one(Map<String, List<String>> p, String name) {
    List<String> values = p.getOrDefault(name, List.of());
    return values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst();
  }

  private static List<String> all(Map<String, List<String>> p, String name) {
    return p.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).toList();
  }

  private static Integer integer(Map<String, List<String>> p, String name, List<String> problems) {
    String value = one(p, name);
    if (value == null) {
      return null;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      problems.add("Age '" + shorten(value) + "' is not a whole number: left out.");
      return null;
    }
  }

  private static String shorten(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }
}
