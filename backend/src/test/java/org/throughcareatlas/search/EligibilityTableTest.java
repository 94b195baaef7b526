package org.throughcareatlas.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcareatlas.search.SearchTestGraph.DUNDEE;
import static org.throughcareatlas.search.SearchTestGraph.FIFE;
import static org.throughcareatlas.search.SearchTestGraph.GLASGOW;
import static org.throughcareatlas.search.SearchTestGraph.HIGHLAND;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.throughcareatlas.testing.TestGraph;

/**
 * Eligibility as a table: people described as an officer would, on a small graph whose answers are
 * known by hand (SearchTestGraph), and exactly the services each may use.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EligibilityTableTest {

  @Autowired TestGraph graph;
  @Autowired ServiceSearch search;

  @BeforeAll
  void knownGraph() {
    SearchTestGraph.build(graph);
  }

  static Stream<Arguments> people() {
    return Stream.of(
        row(
            "a 19-year-old man on remand released to Dundee, needing housing and mentoring",
            person(List.of("housing", "mentoring"), DUNDEE, 19, "men", "remand"),
            "s1-night-shelter",
            "s3-young-men-mentoring",
            "s4-remand-housing"),
        row(
            "a 45-year-old woman on licence released to Glasgow, needing housing and mentoring",
            person(List.of("housing", "mentoring"), GLASGOW, 45, "women", "licence", "long-term"),
            "s2-women-housing",
            "s5-licence-mentoring"),
        row(
            "someone on HDC released to rural Highland, needing alcohol and drugs support",
            person(List.of("alcohol-and-drugs"), HIGHLAND, 30, "men", "hdc"),
            "s6-hdc-recovery",
            "s7-national-helpline"),
        row(
            "a 50-year-old veteran on a short sentence released to Fife",
            person(List.of("alcohol-and-drugs"), FIFE, 50, "men", "short-term", "veteran"),
            "s7-national-helpline",
            "s9-veterans-recovery"),
        row(
            "the same man, not a veteran",
            person(List.of("alcohol-and-drugs"), FIFE, 50, "men", "short-term"),
            "s7-national-helpline"),
        row(
            "a 30-year-old man released to Glasgow: women-only housing is not for him",
            person(List.of("housing"), GLASGOW, 30, "men")),
        row(
            "a 26-year-old man to Dundee is too old for the young men's mentoring",
            person(List.of("mentoring"), DUNDEE, 26, "men")),
        row(
            "a 17-year-old man to Dundee is under its minimum age of 18",
            person(List.of("mentoring"), DUNDEE, 17, "men")),
        row(
            "a man on remand whose age is not given: age-limited services are not offered",
            person(List.of("mentoring", "housing"), DUNDEE, null, "men", "remand"),
            "s1-night-shelter",
            "s4-remand-housing"),
        row(
            "choosing the broad need 'housing' includes emergency accommodation",
            person(List.of("housing"), DUNDEE, 40, "women", "short-term"),
            "s1-night-shelter"),
        row(
            "choosing only the narrow need 'emergency accommodation'",
            person(List.of("housing.emergency"), DUNDEE, 40, "men", "remand"),
            "s1-night-shelter",
            "s4-remand-housing"),
        row(
            "with no area, place does not restrict; closed services never appear",
            person(List.of("housing"), null, 40, "women", "short-term"),
            "s1-night-shelter",
            "s2-women-housing",
            "s10-perth-in-reach"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("people")
  void eachPersonIsOfferedExactlyTheServicesTheyMayUse(
      String who, SearchCriteria criteria, List<String> expected) {
    List<String> offered = search.search(criteria).hits().stream().map(h -> h.serviceId()).toList();
    assertThat(offered).as(who).containsExactlyInAnyOrderElementsOf(expected);
  }

  private static Arguments row(String who, SearchCriteria criteria, String... expected) {
    return Arguments.of(who, criteria, List.of(expected));
  }

  static SearchCriteria person(
      List<String> needs, String area, Integer age, String... circumstances) {
    return new SearchCriteria(
        needs, area, null, null, null, null, null, age, List.of(circumstances), null, false);
  }
}
