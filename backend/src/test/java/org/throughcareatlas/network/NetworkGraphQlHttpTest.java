package org.throughcareatlas.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.throughcareatlas.testing.TestGraph;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The network's four GraphQL queries over real HTTP, against the hand-built network. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkGraphQlHttpTest {

  static final String PATHS =
      """
      query Paths($from: ID!, $to: ID!) {
        referralPaths(from: $from, to: $to) {
          from { ... on Prison { name } ... on Agency { name } }
          to { ... on Service { name } ... on Agency { name } }
          shortestChains
          message
          paths {
            length
            steps {
              from { ... on Prison { id } ... on Agency { id } }
              link direction relationshipId
              to { ... on Agency { id name } ... on Service { id name } }
              via { name }
              contact { name email }
            }
          }
        }
      }
      """;

  static final String NEIGHBOURHOOD =
      """
      query Neighbourhood($id: ID!, $depth: Int) {
        agencyNeighbourhood(id: $id, depth: $depth) {
          nodes { id name kind distance agency { name baseArea { name } } prison { name } }
          edges { id type source target since formal lastConfirmed notes }
        }
      }
      """;

  static final String NETWORK =
      """
      query Network($filter: AgencyNetworkFilter) {
        agencyNetwork(filter: $filter) {
          nodes { id kind }
          edges { id type source target }
        }
      }
      """;

  static final String HEALTH =
      """
      query Health($asOf: Date, $limit: Int) {
        networkHealth(asOf: $asOf, limit: $limit) {
          asOf
          isolatedAgencies { explanation count agencies { name } }
          hubs { explanation exact sources vertices hubs { agency { id name } score links } }
          oneWayReferrals { explanation count referrals { from { name } to { name } relationship { id type } } }
          unlinkedToReleasePrisons {
            explanation count
            areas { area { name } releasingPrisons { name } prisonsInArea count agencies { name } }
          }
          staleRelationships {
            explanation confirmedBefore count
            relationships { from { name } to { __typename ... on Service { name } ... on Agency { name } }
                            relationship { id lastConfirmed } }
          }
        }
      }
      """;

  @LocalServerPort int port;
  @Autowired TestGraph graph;
  final HttpClient http = HttpClient.newHttpClient();
  final JsonMapper json = JsonMapper.builder().build();

  @BeforeAll
  void knownNetwork() {
    NetworkTestGraph.build(graph);
  }

  @Test
  void referralPathsGiveEachStepWithItsContact() throws Exception {
    JsonNode result =
        query(PATHS, Map.of("from", "hmp-perth", "to", "s-housing")).at("/data/referralPaths");
    assertThat(result.at("/from/name").asString()).isEqualTo("HMP Perth");
    assertThat(result.at("/to/name").asString()).isEqualTo("Housing options");
    assertThat(result.at("/shortestChains").asInt()).isEqualTo(3);
    assertThat(result.at("/message").isNull()).isTrue();
    JsonNode viaLinkCentre = result.at("/paths/1");
    assertThat(viaLinkCentre.at("/length").asInt()).isEqualTo(4);
    assertThat(viaLinkCentre.at("/steps/0/from/id").asString()).isEqualTo("hmp-perth");
    assertThat(viaLinkCentre.at("/steps/0/link").asString()).isEqualTo("WORKS_IN");
    assertThat(viaLinkCentre.at("/steps/0/direction").asString()).isEqualTo("INCOMING");
    assertThat(viaLinkCentre.at("/steps/0/contact/name").asString()).isEqualTo("Link Centre desk");
    assertThat(viaLinkCentre.at("/steps/1/relationshipId").asString()).isEqualTo("r-link-cjsw");
    assertThat(viaLinkCentre.at("/steps/3/link").asString()).isEqualTo("PROVIDES");
    assertThat(viaLinkCentre.at("/steps/3/to/name").asString()).isEqualTo("Housing options");
    assertThat(viaLinkCentre.at("/steps/3/contact/email").asString())
        .isEqualTo("c-housing-options@example.org");
    assertThat(result.at("/paths/0/steps/0/via/name").asString()).isEqualTo("Gate pick-up");
  }

  @Test
  void noKnownRouteIsAnAnswerNotAnError() throws Exception {
    JsonNode response = query(PATHS, Map.of("from", NetworkTestGraph.HOUSING, "to", "a-link"));
    assertThat(response.has("errors")).isFalse();
    JsonNode result = response.at("/data/referralPaths");
    assertThat(result.at("/paths").size()).isZero();
    assertThat(result.at("/message").asString())
        .isEqualTo(
            "No known route from Tayside Housing Advice to Perth Link Centre within 6 steps of"
                + " working relationships.");
  }

  @Test
  void aBadIdIsRefusedNamingTheFieldWithoutInternals() throws Exception {
    JsonNode response = query(PATHS, Map.of("from", "hmp-nowhere", "to", "s-housing"));
    assertThat(response.at("/errors/0/message").asString())
        .isEqualTo("Input 'from': There is no prison or agency 'hmp-nowhere'.");
    assertThat(response.at("/errors/0/extensions/classification").asString())
        .isEqualTo("BAD_REQUEST");
    assertThat(response.at("/errors/0/extensions/field").asString()).isEqualTo("from");

    JsonNode depth = query(NEIGHBOURHOOD, Map.of("id", "a-link", "depth", 9));
    assertThat(depth.at("/errors/0/message").asString())
        .isEqualTo("Input 'depth': Depth must be between 1 and 3, was 9.");

    JsonNode hostile = query(PATHS, Map.of("from", "'}) DETACH DELETE n //", "to", "x"));
    assertThat(hostile.toString()).doesNotContain("Neo.").doesNotContain("Exception");
    assertThat(graph.count("MATCH (n:Agency) RETURN count(n)")).isEqualTo(15);
  }

  @Test
  void theNeighbourhoodIsReadyToDraw() throws Exception {
    JsonNode result =
        query(NEIGHBOURHOOD, Map.of("id", "a-link", "depth", 1)).at("/data/agencyNeighbourhood");
    assertThat(result.at("/nodes").size()).isEqualTo(5);
    assertThat(result.at("/nodes/0/id").asString()).isEqualTo("a-link");
    assertThat(result.at("/nodes/0/distance").asInt()).isZero();
    assertThat(result.at("/nodes/0/agency/baseArea/name").asString())
        .isEqualTo("Perth and Kinross");
    assertThat(result.at("/nodes/4/kind").asString()).isEqualTo("PRISON");
    assertThat(result.at("/nodes/4/prison/name").asString()).isEqualTo("HMP Perth");
    assertThat(result.at("/nodes/4/agency").isNull()).isTrue();
    assertThat(result.at("/edges").size()).isEqualTo(5);
    assertThat(result.at("/edges/0/since").asString()).isEqualTo("2020-01-01");
  }

  @Test
  void theNetworkIsFilteredAndAnUnshowableTypeIsRefused() throws Exception {
    JsonNode perth =
        query(
                NETWORK,
                Map.of(
                    "filter",
                    Map.of(
                        "prison",
                        "hmp-perth",
                        "relationshipTypes",
                        java.util.List.of("WORKS_IN", "REFERS_TO"))))
            .at("/data/agencyNetwork");
    // Working in HMP Perth or in-reach there, and their partners by referral.
    assertThat(perth.at("/nodes").size()).isEqualTo(4);
    assertThat(perth.at("/edges").size()).isEqualTo(3);

    JsonNode funds =
        query(NETWORK, Map.of("filter", Map.of("relationshipTypes", java.util.List.of("FUNDS"))));
    assertThat(funds.at("/errors/0/extensions/field").asString())
        .isEqualTo("filter.relationshipTypes");
  }

  @Test
  void healthExplainsEveryMeasure() throws Exception {
    JsonNode health =
        query(HEALTH, Map.of("asOf", "2026-11-23", "limit", 10)).at("/data/networkHealth");
    assertThat(health.at("/asOf").asString()).isEqualTo("2026-11-23");
    assertThat(health.at("/isolatedAgencies/count").asInt()).isEqualTo(2);
    assertThat(health.at("/hubs/hubs/0/agency/name").asString()).isEqualTo("Recovery Hub");
    assertThat(health.at("/hubs/hubs/0/links").asInt()).isEqualTo(6);
    assertThat(health.at("/hubs/exact").asBoolean()).isTrue();
    assertThat(health.at("/oneWayReferrals/count").asInt()).isEqualTo(2);
    assertThat(health.at("/unlinkedToReleasePrisons/areas/0/area/name").asString())
        .isEqualTo("Dundee City");
    assertThat(health.at("/unlinkedToReleasePrisons/areas/0/releasingPrisons/1/name").asString())
        .isEqualTo("HMP Edinburgh");
    assertThat(health.at("/staleRelationships/confirmedBefore").asString()).isEqualTo("2025-11-23");
    assertThat(health.at("/staleRelationships/relationships/0/to/__typename").asString())
        .isEqualTo("Service");
    for (String measure :
        new String[] {
          "isolatedAgencies",
          "hubs",
          "oneWayReferrals",
          "unlinkedToReleasePrisons",
          "staleRelationships"
        }) {
      assertThat(health.at("/" + measure + "/explanation").asString()).endsWith(".");
    }
    JsonNode badLimit = query(HEALTH, Map.of("limit", 0));
    assertThat(badLimit.at("/errors/0/extensions/field").asString()).isEqualTo("limit");
  }

  private JsonNode query(String query, Map<String, Object> variables) throws Exception {
    Map<String, Object> body = new HashMap<>();
    body.put("query", query);
    body.put("variables", variables);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return json.readTree(response.body());
  }
}
