package org.throughcareatlas.editing;

import java.time.OffsetDateTime;

/**
 * The record was changed by someone else since it was read: nothing was saved.
 *
 * @param changedBy who made the latest change
 * @param changedAt when
 * @param currentVersion the record's version now, to reload
 */
public record Conflict(String changedBy, OffsetDateTime changedAt, int currentVersion) {

  public String message() {
    String when =
        changedAt == null
            ? ""
            : " at "
                + changedAt
                    .atZoneSameInstant(java.time.ZoneId.of("Europe/London"))
                    .format(java.time.format.DateTimeFormatter.ofPattern("HH:mm 'on' d MMM yyyy"));
    return "This record was changed by "
        + (changedBy == null ? "someone else" : changedBy)
        + when
        + " after you opened it. Reload to see their change, then make yours again.";
  }
}
