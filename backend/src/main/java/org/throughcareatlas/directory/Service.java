package org.throughcareatlas.directory;

import java.time.LocalDate;
import java.util.List;

/** A service (HSDS service) with its own properties; its links are read separately. */
public record Service(
    String id,
    String name,
    String description,
    String status,
    boolean selfReferral,
    List<String> referralRoutes,
    String referralCriteria,
    String waitingTime,
    String capacity,
    String cost,
    List<String> languages,
    String openingHours,
    List<String> requiredDocuments,
    Integer minimumAge,
    Integer maximumAge,
    LocalDate lastVerified) {

  /** Details not confirmed for longer than this are shown as stale. */
  public static final int STALE_AFTER_MONTHS = 12;

  /** True when the details were last confirmed more than a year before {@code today}. */
  public boolean staleOn(LocalDate today) {
    return lastVerified == null || lastVerified.isBefore(today.minusMonths(STALE_AFTER_MONTHS));
  }

  /** "ages 18–25", "ages 16 and over", or null when there is no age limit. */
  public String ageRange() {
    return describeAges(minimumAge, maximumAge);
  }

  /** "ages 18–25", "ages 16 and over", "ages up to 25", or null for no limit. */
  public static String describeAges(Integer minimum, Integer maximum) {
    if (minimum == null && maximum == null) {
      return null;
    }
    if (maximum == null) {
      return "ages " + minimum + " and over";
    }
    if (minimum == null) {
      return "ages up to " + maximum;
    }
    return "ages " + minimum + "–" + maximum;
  }
}
