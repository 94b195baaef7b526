package org.throughcareatlas.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.throughcareatlas.directory.Need;

/** Which of the requested needs a result meets: each requested need that it or a narrower meets. */
class NeedsMetTest {

  static final ServiceSearch.Taxonomy TAXONOMY =
      new ServiceSearch.Taxonomy(
          List.of(
              new Need("housing", "Housing", null, null),
              new Need("housing.emergency", "Emergency accommodation", null, "housing"),
              new Need("mentoring", "Mentoring", null, null),
              new Need("health", "Health", null, null),
              new Need("health.dental", "Dental", null, "health")),
          List.of());

  static List<String> met(List<String> serviceNeeds, List<String> requested) {
    Map<String, List<String>> byNeed = ServiceSearch.needsMetByNeed(requested, TAXONOMY);
    return ServiceSearch.needsMet(serviceNeeds, requested, byNeed, TAXONOMY);
  }

  @Test
  void aRequestedNeedIsMetByItselfOrANarrowerOne() {
    assertThat(met(List.of("housing.emergency"), List.of("housing"))).containsExactly("housing");
    assertThat(met(List.of("housing"), List.of("housing"))).containsExactly("housing");
    assertThat(met(List.of("housing"), List.of("housing.emergency"))).isEmpty();
    assertThat(met(List.of("mentoring"), List.of("housing"))).isEmpty();
  }

  @Test
  void severalNeedsComeInTheOrderRequested() {
    assertThat(
            met(
                List.of("mentoring", "housing.emergency"),
                List.of("housing", "health", "mentoring")))
        .containsExactly("housing", "mentoring");
    assertThat(met(List.of("health.dental", "health"), List.of("mentoring", "health")))
        .containsExactly("health");
  }

  @Test
  void withoutRequestedNeedsTheTopLevelNeedsMetAreGiven() {
    assertThat(met(List.of("health.dental"), List.of())).containsExactly("health");
    assertThat(met(List.of("health.dental", "housing.emergency", "health"), List.of()))
        .containsExactly("health", "housing");
  }

  @Test
  void aNeedWrittenSinceTheTaxonomyWasReadMeetsOnlyItself() {
    assertThat(met(List.of("new-need"), List.of("new-need"))).containsExactly("new-need");
    assertThat(met(List.of("new-need"), List.of("housing"))).isEmpty();
    assertThat(met(List.of("new-need"), List.of())).containsExactly("new-need");
  }
}
