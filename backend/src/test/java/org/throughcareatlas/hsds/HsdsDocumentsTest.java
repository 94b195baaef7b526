package org.throughcareatlas.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** What is kept from an import, and how a service's last change is written. */
class HsdsDocumentsTest {

  @Test
  void importedNullsAndWhatAtlasStoresAsNodesAreNotGivenBack() {
    ObjectNode source =
        HsdsDocuments.source(
            """
            {"id": "x", "alternate_name": null, "url": "https://example.org",
             "organization": {"id": "o"}, "service_areas": [], "attributes": [],
             "schedules": [null, {"id": "s", "notes": null, "description": "Mondays"}]}
            """);
    assertThat(source.has("alternate_name")).isFalse();
    assertThat(source.has("organization")).isFalse();
    assertThat(source.has("service_areas")).isFalse();
    assertThat(source.has("attributes")).isFalse();
    assertThat(source.get("url").asString()).isEqualTo("https://example.org");
    assertThat(source.get("schedules").size()).isEqualTo(1);
    assertThat(source.at("/schedules/0").has("notes")).isFalse();
    assertThat(HsdsDocuments.source("not json").isEmpty()).isTrue();
    assertThat(HsdsDocuments.source(null).isEmpty()).isTrue();
  }

  @Test
  void lastModifiedIsTheRecordedChangeElseTheDayOfTheLastCheck() {
    assertThat(
            HsdsDocuments.lastModified(
                ZonedDateTime.parse("2026-05-10T13:00:00+01:00"), LocalDate.of(2026, 1, 1)))
        .isEqualTo("2026-05-10T12:00:00Z");
    assertThat(HsdsDocuments.lastModified(null, LocalDate.of(2026, 1, 1)))
        .isEqualTo("2026-01-01T00:00:00Z");
    assertThat(HsdsDocuments.lastModified("garbled", LocalDate.of(2026, 1, 1)))
        .isEqualTo("2026-01-01T00:00:00Z");
    assertThat(HsdsDocuments.lastModified(null, null)).isNull();
  }
}
