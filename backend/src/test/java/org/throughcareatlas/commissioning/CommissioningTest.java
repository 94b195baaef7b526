package org.throughcareatlas.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.throughcareatlas.commissioning.CommissioningTestGraph.ANGUS;
import static org.throughcareatlas.commissioning.CommissioningTestGraph.DUNDEE;
import static org.throughcareatlas.commissioning.CommissioningTestGraph.FIFE;
import static org.throughcareatlas.commissioning.CommissioningTestGraph.TODAY;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.throughcareatlas.commissioning.DuplicateGroup.Difference;
import org.throughcareatlas.commissioning.DuplicateGroup.ScoredPair;
import org.throughcareatlas.directory.InvalidArgumentException;
import org.throughcareatlas.testing.TestGraph;

/** Coverage, duplicates, gaps and fragile provision on a graph whose answers are known by hand. */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommissioningTest {

  /** d1–d3: needs 1, catchment 1/√2, eligibility 1 (men within anyone), description 2/4. */
  static final double D1_D3 = 0.35 + 0.25 / Math.sqrt(2) + 0.15 + 0.25 * 0.5;

  @Autowired TestGraph graph;
  @Autowired Commissioning commissioning;

  @BeforeAll
  void knownGraph() {
    CommissioningTestGraph.build(graph);
  }

  @Test
  void theMatrixCountsActiveServicesAndAgenciesPerNeedAndArea() {
    CoverageMatrix everyone = commissioning.coverage(null, false);
    assertThat(everyone.group()).isNull();
    assertThat(everyone.areas()).extracting("name").containsExactly("Angus", "Dundee City", "Fife");
    assertThat(everyone.rows())
        .extracting(r -> r.need().id())
        .containsExactly("housing", "mentoring");
    assertThat(counts(everyone, "housing")).containsExactly("1/1", "4/4", "2/2");
    assertThat(counts(everyone, "mentoring")).containsExactly("1/1", "2/2", "0/0");

    CoverageMatrix narrower = commissioning.coverage(null, true);
    assertThat(narrower.rows())
        .extracting(r -> r.need().id())
        .containsExactly(
            "housing",
            "housing.emergency",
            "housing.supported",
            "mentoring",
            "mentoring.one-to-one");
    assertThat(counts(narrower, "housing.emergency")).containsExactly("1/1", "3/3", "1/1");
    assertThat(counts(narrower, "housing.supported")).containsExactly("0/0", "1/1", "0/0");
  }

  @Test
  void aGroupLeavesOutServicesForAnotherCircumstanceOfItsOwnKindOnly() {
    // Women: the men's hostel is out; the short-term beds in Fife (another kind) still count.
    assertThat(counts(commissioning.coverage("women", false), "housing"))
        .containsExactly("0/0", "3/3", "2/2");
    assertThat(counts(commissioning.coverage("women", false), "mentoring"))
        .containsExactly("1/1", "1/1", "0/0");
    assertThat(counts(commissioning.coverage("men", false), "housing"))
        .containsExactly("1/1", "3/3", "2/2");
    // Remand: beds for short-term prisoners only are out.
    assertThat(counts(commissioning.coverage("remand", false), "housing"))
        .containsExactly("1/1", "4/4", "1/1");
    // Young people: ages 30–65 do not overlap 16–25; ages 18–25 do.
    assertThat(counts(commissioning.coverage("young-people", false), "mentoring"))
        .containsExactly("0/0", "2/2", "0/0");
  }

  @Test
  void servicesOfDifferentAgenciesDoingTheSameThingForTheSamePeopleFormOneGroup() {
    List<DuplicateGroup> groups = commissioning.duplicates(0.5, 2);
    assertThat(groups).hasSize(1);
    DuplicateGroup group = groups.getFirst();
    assertThat(group.rank()).isEqualTo(1);
    assertThat(group.services()).extracting("serviceId").containsExactly("d2", "d1", "d3");
    assertThat(group.linkingPairs()).isEqualTo(3);
    assertThat(group.meanScore()).isCloseTo((1 + 2 * D1_D3) / 3, within(1e-9));
    assertThat(group.pairs())
        .extracting(p -> p.serviceIdA() + "-" + p.serviceIdB())
        .containsExactly("d1-d2", "d1-d3", "d2-d3");
    ScoredPair d1d3 = group.pairs().get(1);
    assertThat(d1d3.score()).isCloseTo(D1_D3, within(1e-9));
    assertThat(d1d3.needs()).isEqualTo(1);
    assertThat(d1d3.catchment()).isCloseTo(1 / Math.sqrt(2), within(1e-12));
    assertThat(d1d3.eligibility()).isEqualTo(1);
    assertThat(d1d3.description()).isEqualTo(0.5);
    assertThat(group.pairs().getFirst().score()).isCloseTo(1, within(1e-12));

    assertThat(group.sharedNeed().id()).isEqualTo("housing.emergency");
    assertThat(group.sharedAreas()).extracting("code").containsExactly(DUNDEE);
    assertThat(group.people()).isEqualTo("men");
    assertThat(group.differences())
        .extracting(Difference::aspect)
        .containsExactly("waiting time", "gender", "prison in-reach");
    assertThat(group.differences().get(1).values())
        .extracting("value")
        .containsExactly("anyone", "anyone", "men only");
    assertThat(group.differences().get(2).values())
        .extracting("value")
        .containsExactly("none", "HMP Fife", "none");
  }

  @Test
  void mentoringForMenAndForWomenIsNotDuplicatedAndAHigherThresholdKeepsTheClosestPair() {
    assertThat(Duplicates.score(candidate("m1"), candidate("m2"))).isNull();
    List<DuplicateGroup> strict = commissioning.duplicates(0.9, 2);
    assertThat(strict).hasSize(1);
    assertThat(strict.getFirst().services()).extracting("serviceId").containsExactly("d2", "d1");
    assertThat(strict.getFirst().meanScore()).isCloseTo(1, within(1e-12));
    assertThat(commissioning.duplicates(0.5, 4)).isEmpty();
  }

  @Test
  void gapsAreTheZeroCellsForEachGroupWithWhatIsThereInstead() {
    assertThat(commissioning.gaps(Collections.singletonList(null), true))
        .extracting(g -> g.need().id() + "@" + g.area().code())
        .containsExactly(
            "housing.supported@" + ANGUS,
            "housing.supported@" + FIFE,
            "mentoring@" + FIFE,
            "mentoring.one-to-one@" + FIFE);

    List<Gap> women = commissioning.gaps(List.of("women"), false);
    assertThat(women)
        .extracting(g -> g.need().id() + "@" + g.area().code())
        .containsExactly("housing@" + ANGUS, "mentoring@" + FIFE);
    assertThat(women.getFirst().group().id()).isEqualTo("women");
    assertThat(women.getFirst().instead())
        .extracting(i -> i.serviceId() + ": " + i.why())
        .containsExactly("c1: temporarily closed", "d3: Men only");

    List<Gap> young = commissioning.gaps(List.of("young-people"), false);
    assertThat(young)
        .extracting(g -> g.need().id() + "@" + g.area().code())
        .containsExactly("mentoring@" + ANGUS, "mentoring@" + FIFE);
    assertThat(young.getFirst().instead())
        .extracting(Gap.Instead::why)
        .containsExactly("ages 30–65");

    // Several groups at once, in the order given.
    assertThat(commissioning.gaps(Arrays.asList("men", null), false))
        .extracting(g -> (g.group() == null ? "everyone" : g.group().id()) + ":" + g.need().id())
        .containsExactly("men:mentoring", "everyone:mentoring");
  }

  @Test
  void fragileProvisionIsFullClosedOrStaleOnlyAndPrisonsLackingANeedAtHome() {
    FragileProvision everyone = commissioning.fragileProvision(null, TODAY, true);
    assertThat(everyone.areas())
        .extracting(f -> f.need().id() + "@" + f.area().code())
        .containsExactly("housing.supported@" + DUNDEE);
    assertThat(everyone.areas().getFirst().services().getFirst().reasons()).containsExactly("full");
    assertThat(everyone.prisons())
        .extracting(p -> p.prison().id() + ":" + p.need().id())
        .containsExactly(
            "hmp-fife:housing.supported", "hmp-fife:mentoring", "hmp-fife:mentoring.one-to-one");
    assertThat(everyone.prisons().getFirst().group().id()).isEqualTo("men");

    FragileProvision remand = commissioning.fragileProvision("remand", TODAY, false);
    assertThat(remand.areas())
        .extracting(f -> f.need().id() + "@" + f.area().code())
        .containsExactly("housing@" + FIFE);
    assertThat(remand.areas().getFirst().services())
        .extracting(FragileProvision.FragileService::reasons)
        .containsExactly(List.of("last verified 2024-01-01"));
    assertThat(remand.prisons()).extracting(p -> p.need().id()).containsExactly("mentoring");
  }

  @Test
  void anUnknownGroupOrThresholdIsRefusedNamingTheArgument() {
    assertThatThrownBy(() -> commissioning.coverage("martians", false))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("Argument 'group'")
        .hasMessageContaining("martians");
    assertThatThrownBy(() -> commissioning.duplicates(1.5, 2))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("Argument 'minScore'");
    assertThatThrownBy(() -> commissioning.duplicates(0.5, 1))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("Argument 'minGroupSize'");
  }

  private DuplicateCandidate candidate(String id) {
    return commissioning.duplicateCandidates(null, null).stream()
        .filter(c -> c.serviceId().equals(id))
        .findFirst()
        .orElseThrow();
  }

  /** "services/agencies" for each area of a need's row. */
  static List<String> counts(CoverageMatrix matrix, String needId) {
    return matrix.rows().stream()
        .filter(r -> r.need().id().equals(needId))
        .findFirst()
        .orElseThrow()
        .cells()
        .stream()
        .map(c -> c.services() + "/" + c.agencies())
        .toList();
  }
}
