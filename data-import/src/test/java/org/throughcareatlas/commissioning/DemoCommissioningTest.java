package org.throughcareatlas.commissioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;
import org.throughcareatlas.demo.DemoDirectory;

/**
 * The analytics find what was built into the demo directory (docs/demo-directory.md): every
 * deliberate duplicate cluster in one duplicate group at the default threshold, every deliberate
 * gap reported as unmet need and as a 0 in the matrix — and the service agrees with the files run
 * by hand.
 */
@SpringBootTest(properties = "atlas.demo.enabled=true")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoCommissioningTest {

  @Autowired Commissioning commissioning;
  @Autowired Driver driver;
  @Autowired SessionConfig sessionConfig;

  List<DuplicateGroup> duplicates;
  List<Gap> gaps;

  @BeforeAll
  void analysed() {
    duplicates = commissioning.duplicates(Commissioning.DEFAULT_MIN_SCORE, 2);
    gaps = commissioning.gaps(Commissioning.STANDARD_GROUPS, true);
  }

  @Test
  void everyDeliberateDuplicateClusterIsFoundInOneGroup() {
    for (var cluster : DemoDirectory.duplicateClusters()) {
      DuplicateGroup group =
          duplicates.stream()
              .filter(
                  g ->
                      g.services().stream()
                          .anyMatch(s -> s.serviceId().equals(cluster.serviceIds().getFirst())))
              .findFirst()
              .orElse(null);
      assertThat(group).as(cluster.label()).isNotNull();
      assertThat(group.services())
          .as(cluster.label())
          .extracting(DuplicateCandidate::serviceId)
          .containsAll(cluster.serviceIds());
      assertThat(group.services().stream().map(DuplicateCandidate::agencyId).distinct().count())
          .isGreaterThanOrEqualTo(cluster.serviceIds().size());
      assertThat(group.meanScore()).isGreaterThanOrEqualTo(Commissioning.DEFAULT_MIN_SCORE);
    }
  }

  @Test
  void theGroupsAreTheSameWhateverOrderTheCandidatesComeIn() {
    // commissioning.duplicates groups the rows as they stream from the database; grouping the
    // same candidates from a list, in reverse and in shuffled orders, gives equal groups, ranks,
    // pairs, scores and explanations.
    var lookups = commissioning.lookups();
    List<DuplicateCandidate> candidates =
        new java.util.ArrayList<>(commissioning.duplicateCandidates(null, null));
    assertThat(candidates).hasSizeGreaterThan(100);
    java.util.Collections.reverse(candidates);
    assertThat(
            Duplicates.groups(
                candidates, Commissioning.DEFAULT_MIN_SCORE, 2, lookups.needs(), lookups.areas()))
        .isEqualTo(duplicates);
    java.util.Collections.shuffle(candidates, new java.util.Random(11));
    assertThat(
            Duplicates.groups(
                candidates, Commissioning.DEFAULT_MIN_SCORE, 2, lookups.needs(), lookups.areas()))
        .isEqualTo(duplicates);
  }

  @Test
  void theClustersAreExplainedByWhatTheyShare() {
    for (var cluster : DemoDirectory.duplicateClusters()) {
      DuplicateGroup group =
          duplicates.stream()
              .filter(
                  g ->
                      g.services().stream()
                          .anyMatch(s -> s.serviceId().equals(cluster.serviceIds().getFirst())))
              .findFirst()
              .orElseThrow();
      if (group.services().size() == cluster.serviceIds().size()) {
        assertThat(group.sharedNeed().id()).as(cluster.label()).isEqualTo(cluster.needId());
        assertThat(group.sharedAreas())
            .as(cluster.label())
            .extracting("code")
            .contains(cluster.areaCode());
      }
    }
  }

  @Test
  void everyDeliberateGapIsReportedAndIsAZeroInTheMatrix() {
    Set<String> reported = new HashSet<>();
    for (Gap gap : gaps) {
      reported.add(
          key(gap.need().id(), gap.area().code(), gap.group() == null ? null : gap.group().id()));
    }
    Map<String, CoverageMatrix> matrices = new HashMap<>();
    for (var gap : DemoDirectory.gaps()) {
      assertThat(reported)
          .as(gap.label())
          .contains(key(gap.needId(), gap.areaCode(), gap.circumstanceId()));
      CoverageMatrix matrix =
          matrices.computeIfAbsent(
              String.valueOf(gap.circumstanceId()),
              g -> commissioning.coverage(gap.circumstanceId(), true));
      assertThat(matrix.cell(gap.needId(), gap.areaCode()).services()).as(gap.label()).isZero();
    }
  }

  @Test
  void theServiceAgreesWithTheFilesRunByHand() throws Exception {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("groups", Commissioning.STANDARD_GROUPS);
    parameters.put("narrower", true);
    List<String> byHand =
        byHand("unmet_need", parameters).stream()
            .map(
                r ->
                    key(
                        r.get("needId").asString(),
                        r.get("areaCode").asString(),
                        r.get("groupId").isNull() ? null : r.get("groupId").asString()))
            .toList();
    assertThat(
            gaps.stream()
                .map(
                    g ->
                        key(
                            g.need().id(),
                            g.area().code(),
                            g.group() == null ? null : g.group().id()))
                .toList())
        .isEqualTo(byHand);

    Map<String, Object> women = new HashMap<>();
    women.put("group", "women");
    women.put("narrower", false);
    CoverageMatrix matrix = commissioning.coverage("women", false);
    for (Record r : byHand("coverage_matrix", women)) {
      CoverageMatrix.Cell cell =
          matrix.cell(r.get("needId").asString(), r.get("areaCode").asString());
      assertThat(cell.services()).isEqualTo(r.get("services").asInt());
      assertThat(cell.agencies()).isEqualTo(r.get("agencies").asInt());
    }
    assertThat(matrix.rows()).hasSize(14);
    assertThat(matrix.areas()).hasSize(32);

    Map<String, Object> all = new HashMap<>();
    all.put("areaCode", null);
    all.put("needId", null);
    all.put("parts", null);
    all.put("part", null);
    assertThat(
            byHand("duplicate_candidates", all).stream()
                .map(commissioning.lookups()::candidate)
                .toList())
        .containsExactlyInAnyOrderElementsOf(commissioning.duplicateCandidates(null, null));
    // Split in parts (as the backend reads them at once), every row comes exactly once.
    List<String> inParts = new java.util.ArrayList<>();
    for (int part = 0; part < 3; part++) {
      Map<String, Object> one = new HashMap<>(all);
      one.put("parts", 3);
      one.put("part", part);
      byHand("duplicate_candidates", one).forEach(r -> inParts.add(r.get("serviceId").asString()));
    }
    assertThat(inParts)
        .containsExactlyInAnyOrderElementsOf(
            commissioning.duplicateCandidates(null, null).stream()
                .map(DuplicateCandidate::serviceId)
                .toList());
  }

  private static String key(String needId, String areaCode, String groupId) {
    return needId + "@" + areaCode + " for " + (groupId == null ? "everyone" : groupId);
  }

  private List<Record> byHand(String name, Map<String, Object> parameters) throws Exception {
    String text =
        new ClassPathResource("analysis/" + name + ".cypher")
            .getContentAsString(StandardCharsets.UTF_8);
    try (var session = driver.session(sessionConfig)) {
      return session.run(text, parameters).list();
    }
  }
}
