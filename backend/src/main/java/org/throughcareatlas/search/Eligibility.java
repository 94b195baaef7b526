package org.throughcareatlas.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.throughcareatlas.directory.Service;

/**
 * Who may use a service, decided in one place. The rules (also in docs/eligibility.md):
 *
 * <ol>
 *   <li>Only <b>active</b> services are offered; temporarily closed, inactive and defunct ones are
 *       left out.
 *   <li>A service's circumstances ({@code FOR}) restrict it. They are read by group — sentence,
 *       gender, age, flag: within a group <em>any</em> listed circumstance admits the person;
 *       across groups <em>every</em> group must admit them. A restriction is met only by a
 *       circumstance the officer gave: a women-only service is not offered when gender is not given
 *       (the reason says so).
 *   <li>Age 16 to 25 counts as the circumstance {@code young-people}. A service's minimum and
 *       maximum age are inclusive; a service with an age limit is not offered when the age is not
 *       given.
 *   <li>Place: with a release area, the service must cover it ({@code COVERS}). With a place or
 *       point and radius, a service is also in place when it is delivered at a location within the
 *       radius. Without either, place does not restrict.
 * </ol>
 */
public final class Eligibility {

  /** Ages that count as the circumstance {@code young-people}. */
  public static final int YOUNG_MIN = 16;

  public static final int YOUNG_MAX = 25;

  private Eligibility() {}

  /** A circumstance a service is restricted to. */
  public record Restriction(String id, String group, String name) {}

  /**
   * The person, as the officer described them.
   *
   * @param groupsGiven the circumstance groups the officer said anything in (e.g. {@code gender})
   */
  public record Person(Integer age, Set<String> circumstanceIds, Set<String> groupsGiven) {

    /** Whether they have this circumstance ({@code young-people} by age 16 to 25). */
    public boolean has(String circumstanceId) {
      return circumstanceIds.contains(circumstanceId)
          || ("young-people".equals(circumstanceId) && young());
    }

    /** Aged 16 to 25: the circumstance {@code young-people}. */
    private boolean young() {
      return age != null && age >= YOUNG_MIN && age <= YOUNG_MAX;
    }

    /** Their circumstances, with {@code young-people} added when their age is 16 to 25. */
    public Set<String> effectiveCircumstances() {
      if (young()) {
        var all = new java.util.HashSet<>(circumstanceIds);
        all.add("young-people");
        return all;
      }
      return circumstanceIds;
    }
  }

  /** Where the person will be; {@code areaName} null when no area was given. */
  public record PlaceRule(String areaName, String placeName, Double radiusKm) {}

  /** What is known of a service for deciding. */
  public record ServiceFacts(
      String status,
      Integer minimumAge,
      Integer maximumAge,
      List<Restriction> onlyFor,
      boolean coversArea,
      Double distanceKm) {}

  /** Every reason the person cannot use the service; empty when they can. */
  public static List<String> reasonsAgainst(ServiceFacts service, Person person, PlaceRule place) {
    if ("active".equals(service.status())
        && service.onlyFor().isEmpty()
        && service.minimumAge() == null
        && service.maximumAge() == null
        && (place.areaName() == null || service.coversArea())) {
      // The usual case, decided without building anything: thousands of rows per search.
      return List.of();
    }
    List<String> reasons = new ArrayList<>();
    if (!"active".equals(service.status())) {
      reasons.add(
          switch (String.valueOf(service.status())) {
            case "temporarily closed" -> "temporarily closed";
            case "defunct" -> "no longer running";
            default -> "not running at present (" + service.status() + ")";
          });
    }
    Map<String, List<Restriction>> byGroup = new LinkedHashMap<>();
    for (Restriction r : service.onlyFor()) {
      byGroup.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r);
    }
    byGroup.forEach(
        (group, restrictions) -> {
          boolean admitted = restrictions.stream().anyMatch(r -> person.has(r.id()));
          if (!admitted) {
            String names =
                String.join(
                    " or ",
                    restrictions.stream().map(r -> r.name().toLowerCase(Locale.UK)).toList());
            boolean unknown =
                !"flag".equals(group)
                    && ("age".equals(group)
                        ? person.age() == null
                        : !person.groupsGiven().contains(group));
            reasons.add(names + " only" + (unknown ? " (" + group + " not given)" : ""));
          }
        });
    if (service.minimumAge() != null || service.maximumAge() != null) {
      if (person.age() == null) {
        reasons.add(
            Service.describeAges(service.minimumAge(), service.maximumAge()) + " (age not given)");
      } else if ((service.minimumAge() != null && person.age() < service.minimumAge())
          || (service.maximumAge() != null && person.age() > service.maximumAge())) {
        reasons.add(Service.describeAges(service.minimumAge(), service.maximumAge()));
      }
    }
    if (place.areaName() != null && !service.coversArea()) {
      boolean withinRadius =
          place.radiusKm() != null
              && service.distanceKm() != null
              && service.distanceKm() <= place.radiusKm();
      if (!withinRadius) {
        reasons.add(
            "does not cover "
                + place.areaName()
                + (place.radiusKm() == null
                    ? ""
                    : " or work within "
                        + Math.round(place.radiusKm())
                        + " km of "
                        + place.placeName()));
      }
    }
    return reasons;
  }
}
