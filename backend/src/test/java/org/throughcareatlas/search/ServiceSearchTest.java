package org.throughcareatlas.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.throughcareatlas.search.EligibilityTableTest.person;
import static org.throughcareatlas.search.SearchTestGraph.DUNDEE;
import static org.throughcareatlas.search.SearchTestGraph.FIFE;
import static org.throughcareatlas.search.SearchTestGraph.GLASGOW;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.throughcareatlas.search.SearchResult.Hit;
import org.throughcareatlas.testing.TestGraph;

/** Why services match or are left out, grouping, ranking, free text and bad input. */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceSearchTest {

  @Autowired TestGraph graph;
  @Autowired ServiceSearch search;

  @BeforeAll
  void knownGraph() {
    SearchTestGraph.build(graph);
  }

  @Test
  void servicesLeftOutAreListedWithEveryReason() {
    SearchResult result =
        search.search(
            person(List.of("housing", "mentoring"), DUNDEE, 19, "men", "remand")
                .withIncludeExcluded(true));
    Map<String, List<String>> reasons =
        result.excluded().stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    SearchResult.Excluded::serviceId, SearchResult.Excluded::reasons));
    assertThat(reasons.get("s2-women-housing"))
        .containsExactly("women only", "does not cover Dundee City");
    assertThat(reasons.get("s5-licence-mentoring"))
        .containsExactly("long-term sentence or on licence only", "does not cover Dundee City");
    assertThat(reasons.get("s8-closed-hostel")).containsExactly("temporarily closed");
    assertThat(reasons.get("s10-perth-in-reach")).containsExactly("does not cover Dundee City");
    assertThat(result.hits())
        .extracting(Hit::serviceId)
        .doesNotContainAnyElementsOf(reasons.keySet());
  }

  @Test
  void aRestrictionTheOfficerSaidNothingAboutIsNamedAsNotGiven() {
    SearchResult result =
        search.search(
            person(List.of("housing", "mentoring"), GLASGOW, null).withIncludeExcluded(true));
    var byId =
        result.excluded().stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    SearchResult.Excluded::serviceId, SearchResult.Excluded::reasons));
    assertThat(byId.get("s2-women-housing")).containsExactly("women only (gender not given)");
    assertThat(byId.get("s5-licence-mentoring"))
        .containsExactly("long-term sentence or on licence only (sentence not given)");
  }

  @Test
  void eachResultNamesTheRequestedNeedsItMeets() {
    SearchResult result =
        search.search(person(List.of("housing", "mentoring"), DUNDEE, 19, "men", "remand"));
    Map<String, List<String>> needs =
        result.hits().stream()
            .collect(java.util.stream.Collectors.toMap(Hit::serviceId, Hit::needIds));
    assertThat(needs)
        .containsEntry("s1-night-shelter", List.of("housing"))
        .containsEntry("s3-young-men-mentoring", List.of("mentoring"));
  }

  @Test
  void resultsAreGroupedByNeedWithAPlainMessageWhereANeedHasNone() {
    SearchResult result =
        search.search(person(List.of("housing", "alcohol-and-drugs"), FIFE, 40, "women"));
    assertThat(result.groups())
        .extracting(SearchResult.NeedGroup::needId)
        .containsExactly("housing", "alcohol-and-drugs");
    assertThat(result.groups().getFirst().serviceIds()).isEmpty();
    assertThat(result.groups().getFirst().message())
        .isEqualTo("No service found for housing in Fife for women aged 40.");
    assertThat(result.groups().get(1).serviceIds()).containsExactly("s7-national-helpline");
    assertThat(result.groups().get(1).message()).isNull();
  }

  @Test
  void withAPlaceResultsAreNearestFirstAndCarryTheirDistance() {
    SearchResult result =
        search.search(
            new SearchCriteria(
                List.of("housing", "mentoring"),
                null,
                "Dundee",
                null,
                null,
                40.0,
                null,
                19,
                List.of("men", "remand"),
                null,
                false));
    assertThat(result.place().area().code()).isEqualTo(DUNDEE);
    assertThat(result.hits())
        .extracting(Hit::serviceId)
        .containsExactly(
            "s1-night-shelter",
            "s3-young-men-mentoring",
            "s4-remand-housing",
            "s10-perth-in-reach");
    assertThat(result.hits().getFirst().distanceKm()).isLessThan(0.1);
    assertThat(result.hits().getLast().distanceKm()).isBetween(25.0, 35.0);
  }

  @Test
  void aServiceWithinTheRadiusCountsEvenIfItsCatchmentIsElsewhere() {
    var near =
        new SearchCriteria(
            List.of("housing"),
            null,
            null,
            56.40,
            -3.40,
            5.0,
            null,
            40,
            List.of("men"),
            null,
            false);
    assertThat(search.search(near).hits())
        .extracting(Hit::serviceId)
        .contains("s10-perth-in-reach");
  }

  @Test
  void servicesWorkingInsideTheirPrisonAreMarkedAndComeFirst() {
    var criteria =
        new SearchCriteria(
            List.of("housing"),
            null,
            null,
            null,
            null,
            null,
            "hmp-perth",
            40,
            List.of("women"),
            null,
            false);
    List<Hit> hits = search.search(criteria).hits();
    assertThat(hits.getFirst().worksInPrison()).isTrue();
    assertThat(hits.stream().filter(Hit::worksInPrison).map(Hit::serviceId))
        .containsExactlyInAnyOrder("s1-night-shelter", "s10-perth-in-reach");
  }

  @Test
  void freeTextFindsByPrefixAndTypoInAnyWordOrder() {
    assertThat(ids(text("hous"))).contains("s1-night-shelter", "s2-women-housing");
    assertThat(ids(text("shleter"))).containsExactly("s1-night-shelter");
    assertThat(ids(text("glasgow women"))).contains("s2-women-housing");
    assertThat(ids(text("women glasgow"))).contains("s2-women-housing");
    assertThat(ids(text("Tayside"))).contains("s1-night-shelter", "s4-remand-housing");
  }

  @Test
  void wordsWithNeedsAndAPlaceKeepTheServicesTheyFindThere() {
    // Found by the service's name, by its agency's name, or by a need's name; only those that meet
    // the need in the place, and that the person may use.
    assertThat(ids(housingInDundee("shelter", null))).containsExactly("s1-night-shelter");
    assertThat(ids(housingInDundee("beds", null))).containsExactly("s4-remand-housing");
    assertThat(ids(housingInDundee("taysdie", null)))
        .containsExactlyInAnyOrder("s1-night-shelter", "s4-remand-housing");
    assertThat(ids(housingInDundee("tayside", 10.0)))
        .containsExactlyInAnyOrder("s1-night-shelter", "s4-remand-housing");
    assertThat(ids(housingInDundee("emergency", null)))
        .containsExactlyInAnyOrder("s1-night-shelter", "s4-remand-housing");
    // Glasgow's housing and Perth's advice are found by their words, but are not in Dundee.
    assertThat(ids(housingInDundee("glasgow", null))).isEmpty();
    assertThat(ids(housingInDundee("advice", 10.0))).isEmpty();
    // The closed hostel is found by its name, and left out.
    assertThat(ids(housingInDundee("hostel", null))).isEmpty();
  }

  /** Housing in Dundee (within {@code radiusKm} of it when given) for a man of 30 on remand. */
  private static SearchCriteria housingInDundee(String text, Double radiusKm) {
    return new SearchCriteria(
        List.of("housing"),
        DUNDEE,
        radiusKm == null ? null : "Dundee",
        null,
        null,
        radiusKm,
        null,
        30,
        List.of("men", "remand"),
        text,
        false);
  }

  @Test
  void hostileTextIsJustWordsAndChangesNothing() {
    long before = graph.count("MATCH (n) RETURN count(n)");
    for (String hostile :
        List.of(
            "'})-[*]-() DETACH DELETE n //",
            "\" OR 1=1 --",
            "housing AND NOT (shelter~ OR \"x\"^3) [a TO z] {*}",
            "🙂🏠 housing",
            "\\",
            "a".repeat(10_000),
            "word ".repeat(2_000),
            "CALL db.index.fulltext.queryNodes('directory_text', '*')")) {
      var result = search.search(text(hostile));
      assertThat(result.hits()).isNotNull();
    }
    assertThat(ids(text("🙂🏠 housing"))).contains("s2-women-housing");
    assertThat(graph.count("MATCH (n) RETURN count(n)")).isEqualTo(before);
  }

  @Test
  void unknownOrImpossibleInputIsRefusedNamingTheField() {
    assertThatThrownBy(() -> search.search(person(List.of("nope"), null, null)))
        .isInstanceOf(SearchInputException.class)
        .hasMessageContaining("'nope'")
        .extracting(e -> ((SearchInputException) e).field())
        .isEqualTo("needs");
    assertThatThrownBy(() -> search.search(person(List.of(), "S99", null)))
        .extracting(e -> ((SearchInputException) e).field())
        .isEqualTo("area");
    assertThatThrownBy(() -> search.search(person(List.of(), null, 200)))
        .extracting(e -> ((SearchInputException) e).field())
        .isEqualTo("age");
    assertThatThrownBy(() -> search.search(person(List.of(), null, null, "martian")))
        .extracting(e -> ((SearchInputException) e).field())
        .isEqualTo("circumstances");
    assertThatThrownBy(
            () ->
                search.search(
                    new SearchCriteria(
                        List.of(),
                        null,
                        "Atlantis",
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        null,
                        false)))
        .hasMessageContaining("No place called 'Atlantis'")
        .extracting(e -> ((SearchInputException) e).field())
        .isEqualTo("place");
  }

  /** Free text alone, for someone every test service here could admit but for age and sentence. */
  private static SearchCriteria text(String text) {
    return new SearchCriteria(
        List.of(),
        null,
        null,
        null,
        null,
        null,
        null,
        40,
        List.of("women", "men", "remand"),
        text,
        false);
  }

  private List<String> ids(SearchCriteria criteria) {
    return search.search(criteria).hits().stream().map(Hit::serviceId).toList();
  }
}
