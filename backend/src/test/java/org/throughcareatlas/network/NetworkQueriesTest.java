package org.throughcareatlas.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.throughcareatlas.network.NetworkTestGraph.AS_OF;
import static org.throughcareatlas.network.NetworkTestGraph.CJSW;
import static org.throughcareatlas.network.NetworkTestGraph.DUNDEE;
import static org.throughcareatlas.network.NetworkTestGraph.GATE;
import static org.throughcareatlas.network.NetworkTestGraph.HOUSING;
import static org.throughcareatlas.network.NetworkTestGraph.HUB;
import static org.throughcareatlas.network.NetworkTestGraph.LINK;
import static org.throughcareatlas.network.NetworkTestGraph.MENTORS;
import static org.throughcareatlas.network.NetworkTestGraph.PEER;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.throughcareatlas.directory.Agency;
import org.throughcareatlas.directory.Area;
import org.throughcareatlas.directory.Prison;
import org.throughcareatlas.directory.Service;
import org.throughcareatlas.directory.WorkingRelationship.Direction;
import org.throughcareatlas.network.AgencyNetwork.Edge;
import org.throughcareatlas.network.AgencyNetwork.Node;
import org.throughcareatlas.network.NetworkHealth.Hub;
import org.throughcareatlas.network.ReferralPaths.Link;
import org.throughcareatlas.network.ReferralPaths.ReferralStep;
import org.throughcareatlas.testing.TestGraph;

/** The network against a graph whose paths, isolates, hubs and one-way links are known by hand. */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkQueriesTest {

  @Autowired TestGraph graph;
  @Autowired NetworkQueries network;

  @BeforeAll
  void knownNetwork() {
    NetworkTestGraph.build(graph);
  }

  // Referral pathways

  @Test
  void fromAPrisonToAServiceEveryShortestChainIsGivenWithTheContactAtEachStep() {
    ReferralPaths result = network.referralPaths("hmp-perth", "s-housing");
    assertThat(result.message()).isNull();
    assertThat(result.shortestChains()).isEqualTo(3);
    assertThat(result.paths()).hasSize(3).allMatch(p -> p.length() == 4);
    assertThat(((Prison) result.from()).name()).isEqualTo("HMP Perth");
    assertThat(((Service) result.to()).name()).isEqualTo("Housing options");

    // By the names along them: in through the gate team's in-reach service, or the Link Centre.
    List<ReferralStep> viaGate = result.paths().get(0).steps();
    assertThat(viaGate)
        .extracting(ReferralStep::link)
        .containsExactly(
            Link.IN_REACH, Link.SHARES_INFORMATION_WITH, Link.REFERS_TO, Link.PROVIDES);
    List<ReferralStep> viaCjsw = result.paths().get(1).steps();
    assertThat(viaCjsw)
        .extracting(
            s -> name(s.from()), ReferralStep::link, ReferralStep::direction, s -> name(s.to()))
        .containsExactly(
            tuple("HMP Perth", Link.WORKS_IN, Direction.INCOMING, "Perth Link Centre"),
            tuple("Perth Link Centre", Link.REFERS_TO, Direction.OUTGOING, "Perth CJSW"),
            tuple("Perth CJSW", Link.REFERS_TO, Direction.OUTGOING, "Tayside Housing Advice"),
            tuple("Tayside Housing Advice", Link.PROVIDES, Direction.OUTGOING, "Housing options"));
    assertThat(viaCjsw)
        .extracting(ReferralStep::relationshipId)
        .containsExactly("w-link", "r-link-cjsw", "r-cjsw-housing", null);
    // The Link Centre's desk for this prison, not its office; the service's own worker.
    assertThat(viaCjsw)
        .extracting(s -> s.contact().name())
        .containsExactly(
            "Link Centre desk",
            "CJSW duty worker",
            "Housing Advice reception",
            "Housing options worker");

    List<ReferralStep> viaMentors = result.paths().get(2).steps();
    assertThat(viaMentors)
        .extracting(s -> name(s.to()))
        .containsExactly(
            "Perth Link Centre",
            "Throughcare Mentors",
            "Tayside Housing Advice",
            "Housing options");
    assertThat(viaMentors.get(1).link()).isEqualTo(Link.PARTNERS_WITH);
  }

  @Test
  void aPrisonIsAlsoEnteredThroughAnInReachService() {
    ReferralPaths result = network.referralPaths("hmp-perth", GATE);
    assertThat(result.paths()).hasSize(1);
    ReferralStep step = result.paths().getFirst().steps().getFirst();
    assertThat(step.link()).isEqualTo(Link.IN_REACH);
    assertThat(step.via().name()).isEqualTo("Gate pick-up");
    assertThat(name(step.to())).isEqualTo("Gate Pick-up Team");
    assertThat(step.contact().name()).isEqualTo("Gate team");
  }

  @Test
  void partnershipsAreFollowedEitherWayButReferralsOnlyInTheirDirection() {
    ReferralPaths back = network.referralPaths(MENTORS, LINK);
    assertThat(back.paths()).hasSize(1);
    assertThat(back.paths().getFirst().steps())
        .extracting(ReferralStep::link, ReferralStep::direction)
        .containsExactly(tuple(Link.PARTNERS_WITH, Direction.INCOMING));

    // Housing Advice is only ever referred to: it has no route out.
    ReferralPaths none = network.referralPaths(HOUSING, LINK);
    assertThat(none.paths()).isEmpty();
    assertThat(none.message())
        .isEqualTo(
            "No known route from Tayside Housing Advice to Perth Link Centre within 6 steps of"
                + " working relationships.");
  }

  @Test
  void separateNetworksHaveNoKnownRoute() {
    ReferralPaths result = network.referralPaths("hmp-edinburgh", "s-housing");
    assertThat(result.paths()).isEmpty();
    assertThat(result.message()).startsWith("No known route from HMP Edinburgh to Housing options");
  }

  @Test
  void unknownIdsAreRefusedNamingTheField() {
    assertThatThrownBy(() -> network.referralPaths("no-such-prison", "s-housing"))
        .isInstanceOf(NetworkInputException.class)
        .hasMessage("There is no prison or agency 'no-such-prison'.")
        .extracting(e -> ((NetworkInputException) e).field())
        .isEqualTo("from");
    assertThatThrownBy(() -> network.referralPaths(LINK, "hmp-perth"))
        .isInstanceOf(NetworkInputException.class)
        .extracting(e -> ((NetworkInputException) e).field())
        .isEqualTo("to");
  }

  // Neighbourhood and network

  @Test
  void theNeighbourhoodHoldsTheAgenciesWithinTheDepthThePrisonsTheyWorkInAndTheLinksAmongThem() {
    AgencyNetwork one = network.neighbourhood(LINK, 1);
    assertThat(one.nodes())
        .extracting(Node::id, Node::distance)
        .containsExactly(
            tuple(LINK, 0),
            tuple(PEER, 1),
            tuple(CJSW, 1),
            tuple(MENTORS, 1),
            tuple("hmp-perth", 1));
    assertThat(one.nodes().getLast().kind()).isEqualTo("PRISON");
    assertThat(one.edges())
        .extracting(Edge::id)
        .containsExactlyInAnyOrder(
            "p-link-mentors", "p-peer-link", "r-link-cjsw", "r-cjsw-link", "w-link");

    AgencyNetwork two = network.neighbourhood(LINK, 2);
    assertThat(two.nodes())
        .extracting(Node::id)
        .containsExactly(LINK, PEER, CJSW, MENTORS, GATE, HOUSING, "hmp-perth");
    assertThat(two.edges()).hasSize(8);
  }

  @Test
  void aNeighbourhoodNeedsAKnownAgencyAndADepthOfOneToThree() {
    assertThatThrownBy(() -> network.neighbourhood(LINK, 4))
        .isInstanceOf(NetworkInputException.class)
        .extracting(e -> ((NetworkInputException) e).field())
        .isEqualTo("depth");
    assertThatThrownBy(() -> network.neighbourhood("nobody", 1))
        .isInstanceOf(NetworkInputException.class)
        .extracting(e -> ((NetworkInputException) e).field())
        .isEqualTo("id");
  }

  @Test
  void theNetworkIsFilteredByAreaNeedPrisonAndRelationshipType() {
    AgencyNetwork dundee = network.network(new NetworkFilter(DUNDEE, null, null, null));
    assertThat(dundee.nodes()).extracting(Node::id).containsExactly(PEER, HOUSING);
    assertThat(dundee.edges()).isEmpty();

    AgencyNetwork housing = network.network(new NetworkFilter(null, "housing", null, null));
    assertThat(housing.nodes()).extracting(Node::id).containsExactly(HOUSING);

    AgencyNetwork perth = network.network(new NetworkFilter(null, null, "hmp-perth", null));
    assertThat(perth.nodes())
        .extracting(Node::id)
        .containsExactly(PEER, GATE, CJSW, LINK, MENTORS, "hmp-perth");
    assertThat(perth.edges())
        .extracting(Edge::id)
        .containsExactlyInAnyOrder(
            "w-link", "r-link-cjsw", "r-cjsw-link", "p-link-mentors", "p-peer-link", "i-gate-cjsw");

    AgencyNetwork referrals =
        network.network(new NetworkFilter(null, null, null, List.of("REFERS_TO")));
    assertThat(referrals.nodes()).hasSize(15).noneMatch(Node::isPrison);
    assertThat(referrals.edges())
        .extracting(Edge::id)
        .containsExactly("r-cjsw-housing", "r-cjsw-link", "r-link-cjsw", "r-mentors-housing");

    AgencyNetwork all = network.network(NetworkFilter.NONE);
    assertThat(all.nodes()).hasSize(17);
    assertThat(all.edges()).hasSize(14);
    Edge edge =
        all.edges().stream().filter(e -> e.id().equals("i-gate-cjsw")).findFirst().orElseThrow();
    assertThat(edge)
        .extracting(Edge::type, Edge::source, Edge::target, Edge::since, Edge::formal)
        .containsExactly("SHARES_INFORMATION_WITH", GATE, CJSW, LocalDate.of(2020, 1, 1), true);

    assertThatThrownBy(() -> network.network(new NetworkFilter(null, null, null, List.of("FUNDS"))))
        .isInstanceOf(NetworkInputException.class)
        .extracting(e -> ((NetworkInputException) e).field())
        .isEqualTo("filter.relationshipTypes");
    assertThatThrownBy(() -> network.network(new NetworkFilter("S99", null, null, null)))
        .extracting(e -> ((NetworkInputException) e).field())
        .isEqualTo("filter.area");
  }

  // Health

  @Test
  void isolatedAgenciesHaveNoWorkingRelationshipAtAll() {
    var isolated = network.isolatedAgencies(100);
    assertThat(isolated.count()).isEqualTo(2);
    assertThat(isolated.agencies())
        .extracting(Agency::name)
        .containsExactly("Lonely Advice", "Quiet Project");
    assertThat(isolated.explanation()).contains("no working relationship at all");
  }

  @Test
  void theCentreOfTheStarIsTheFirstHubThenTheLinkCentre() {
    var hubs = network.hubs();
    assertThat(hubs.exact()).isTrue();
    assertThat(hubs.vertices()).isEqualTo(18);
    assertThat(hubs.hubs())
        .extracting(h -> h.agency().id())
        .containsExactly(HUB, LINK, CJSW, MENTORS, HOUSING);
    assertThat(hubs.hubs())
        .extracting(Hub::score)
        .containsExactly(15 / 136.0, 10 / 136.0, 6.5 / 136.0, 1.5 / 136.0, 1 / 136.0);
    assertThat(hubs.hubs().getFirst().links()).isEqualTo(6);
    assertThat(hubs.hubs().getFirst().score()).isCloseTo(0.1103, within(1e-4));
    assertThat(hubs.explanation())
        .contains("betweenness centrality")
        .contains("exactly over all 18");
  }

  @Test
  void aReferralWithNoReferralBackIsOneWay() {
    var oneWay = network.oneWayReferrals(100);
    assertThat(oneWay.count()).isEqualTo(2);
    assertThat(oneWay.referrals())
        .extracting(r -> r.from().name(), r -> r.to().name(), r -> r.relationship().id())
        .containsExactly(
            tuple("Perth CJSW", "Tayside Housing Advice", "r-cjsw-housing"),
            tuple("Throughcare Mentors", "Tayside Housing Advice", "r-mentors-housing"));
  }

  @Test
  void agenciesServingAnAreaWithoutALinkToItsReleasingPrisonsAreListedByArea() {
    var unlinked = network.unlinkedToReleasePrisons(100);
    assertThat(unlinked.count()).isEqualTo(4);
    assertThat(unlinked.areas())
        .extracting(
            a -> a.area().name(),
            a -> a.releasingPrisons().stream().map(Prison::name).toList(),
            NetworkHealth.UnlinkedArea::prisonsInArea,
            a -> a.agencies().stream().map(Agency::name).toList())
        .containsExactly(
            // No prison in Dundee: the two nearest its main town, nearest first.
            tuple(
                "Dundee City",
                List.of("HMP Perth", "HMP Edinburgh"),
                false,
                List.of("Tayside Housing Advice")),
            tuple(
                "Highland",
                List.of("HMP Inverness"),
                true,
                List.of("Lonely Advice", "Quiet Project")),
            // Housing Advice covers Perth and Kinross; its partners do not work in HMP Perth.
            tuple(
                "Perth and Kinross",
                List.of("HMP Perth"),
                true,
                List.of("Tayside Housing Advice")));
    assertThat(unlinked.areas().getFirst().area()).extracting(Area::code).isEqualTo(DUNDEE);
    assertThat(unlinked.explanation()).contains("the two prisons nearest its main town");
  }

  @Test
  void relationshipsNotConfirmedForOverAYearAreStaleNeverConfirmedFirst() {
    var stale = network.staleRelationships(AS_OF, 100);
    assertThat(stale.confirmedBefore()).isEqualTo(LocalDate.of(2025, 11, 23));
    assertThat(stale.count()).isEqualTo(2);
    assertThat(stale.relationships())
        .extracting(r -> r.relationship().id(), r -> r.from().name(), r -> name(r.to()))
        .containsExactly(
            tuple("f-housing", "Justice Fund", "Housing options"),
            tuple("r-mentors-housing", "Throughcare Mentors", "Tayside Housing Advice"));
    assertThat(stale.explanation()).contains("2025-11-23");
  }

  @Test
  void healthHasEveryMeasureAndCapsListsButNotCounts() {
    NetworkHealth health = network.health(AS_OF, 1);
    assertThat(health.asOf()).isEqualTo(AS_OF);
    assertThat(health.isolatedAgencies().count()).isEqualTo(2);
    assertThat(health.isolatedAgencies().agencies()).hasSize(1);
    assertThat(health.hubs().hubs()).hasSize(5);
    assertThat(health.oneWayReferrals().referrals()).hasSize(1);
    assertThat(health.unlinkedToReleasePrisons().areas().get(1).agencies()).hasSize(1);
    assertThat(health.unlinkedToReleasePrisons().areas().get(1).count()).isEqualTo(2);
    assertThat(health.staleRelationships().relationships()).hasSize(1);
  }

  private static String name(Object party) {
    return switch (party) {
      case Agency a -> a.name();
      case Prison p -> p.name();
      case Service s -> s.name();
      default -> throw new IllegalArgumentException(String.valueOf(party));
    };
  }
}
