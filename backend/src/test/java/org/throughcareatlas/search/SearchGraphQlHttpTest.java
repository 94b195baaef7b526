package org.throughcareatlas.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcareatlas.search.SearchTestGraph.DUNDEE;
import static org.throughcareatlas.search.SearchTestGraph.FIFE;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
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

/** The officer search through GraphQL over real HTTP, including hostile input. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchGraphQlHttpTest {

  static final String SEARCH =
      """
      query Search($input: ServiceSearchInput!, $first: Int, $after: String) {
        searchServices(input: $input, first: $first, after: $after) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { cursor node { distanceKm worksInPrison needsMet { id }
                                service { id name agency { name } } } }
          groups { need { id } count message services { id } }
          excluded { service { id } reasons }
          place { area { code } name radiusKm }
        }
      }
      """;

  @LocalServerPort int port;
  @Autowired TestGraph graph;
  final HttpClient http = HttpClient.newHttpClient();
  final JsonMapper json = JsonMapper.builder().build();

  @BeforeAll
  void knownGraph() {
    SearchTestGraph.build(graph);
  }

  @Test
  void aSearchReturnsAPagedConnectionWithGroupsDistancesAndExclusions() throws Exception {
    Map<String, Object> input =
        Map.of(
            "needs",
            List.of("housing", "mentoring"),
            "place",
            "Dundee",
            "radiusKm",
            40,
            "prison",
            "hmp-perth",
            "age",
            19,
            "circumstances",
            List.of("men", "remand"),
            "includeExcluded",
            true);
    JsonNode first = search(input, 2, null).at("/data/searchServices");
    assertThat(first.at("/totalCount").asInt()).isEqualTo(4);
    assertThat(first.at("/edges").size()).isEqualTo(2);
    assertThat(first.at("/edges/0/node/service/id").asString()).isEqualTo("s1-night-shelter");
    assertThat(first.at("/edges/0/node/distanceKm").asDouble()).isLessThan(0.1);
    assertThat(first.at("/edges/0/node/worksInPrison").asBoolean()).isTrue();
    assertThat(first.at("/edges/0/node/needsMet/0/id").asString()).isEqualTo("housing");
    assertThat(first.at("/edges/0/node/service/agency/name").asString())
        .isEqualTo("Tayside Housing Trust");
    assertThat(first.at("/pageInfo/hasNextPage").asBoolean()).isTrue();
    assertThat(first.at("/groups/0/need/id").asString()).isEqualTo("housing");
    assertThat(first.at("/groups/0/count").asInt()).isEqualTo(3);
    assertThat(first.at("/groups/1/services/0/id").asString()).isEqualTo("s3-young-men-mentoring");
    assertThat(first.at("/place/area/code").asString()).isEqualTo(DUNDEE);
    assertThat(first.at("/excluded").size()).isPositive();
    assertThat(first.toString()).contains("women only").contains("temporarily closed");

    String cursor = first.at("/pageInfo/endCursor").asString();
    JsonNode second = search(input, 2, cursor).at("/data/searchServices");
    assertThat(second.at("/edges").size()).isEqualTo(2);
    assertThat(second.at("/pageInfo/hasNextPage").asBoolean()).isFalse();
    assertThat(second.at("/edges/1/node/service/id").asString()).isEqualTo("s10-perth-in-reach");
  }

  @Test
  void aNeedWithNoServiceSaysSoInPlainWords() throws Exception {
    JsonNode groups =
        search(
                Map.of(
                    "needs", List.of("housing"),
                    "area", FIFE,
                    "circumstances", List.of("women")),
                20,
                null)
            .at("/data/searchServices/groups");
    assertThat(groups.at("/0/count").asInt()).isZero();
    assertThat(groups.at("/0/message").asString())
        .isEqualTo("No service found for housing in Fife for women.");
  }

  @Test
  void badInputIsRefusedNamingTheFieldWithoutInternals() throws Exception {
    JsonNode response = search(Map.of("needs", List.of("no-such-need")), 20, null);
    assertThat(response.at("/errors/0/message").asString())
        .isEqualTo("Input 'needs': There is no need 'no-such-need'.");
    assertThat(response.at("/errors/0/extensions/classification").asString())
        .isEqualTo("BAD_REQUEST");
    JsonNode age = search(Map.of("age", -3), 20, null);
    assertThat(age.at("/errors/0/message").asString()).contains("'age'");
  }

  @Test
  void hostileInputChangesNothingAndLeaksNothing() throws Exception {
    long nodes = graph.count("MATCH (n) RETURN count(n)");
    long relationships = graph.count("MATCH ()-[r]->() RETURN count(r)");
    List<String> corpus =
        List.of(
            "'})-[*]-() DETACH DELETE n //",
            "\"}) MATCH (n) DETACH DELETE n //",
            "housing\" OR \"1\"=\"1",
            "*:* AND NOT x~ [a TO z] ^2 {!}",
            "🙂 ünïcödé 住房",
            "\u0000\u0001",
            "x".repeat(10_000));
    for (String hostile : corpus) {
      for (Map<String, Object> input :
          List.<Map<String, Object>>of(
              Map.of("text", hostile),
              Map.of("place", hostile),
              Map.of("needs", List.of(hostile)),
              Map.of("area", hostile),
              Map.of("prison", hostile),
              Map.of("circumstances", List.of(hostile)))) {
        JsonNode response = search(input, 5, null);
        String body = response.toString();
        assertThat(body)
            .doesNotContain("Neo.")
            .doesNotContain("Exception")
            .doesNotContain("(s:Service")
            .doesNotContain("Cypher")
            .doesNotContain("at org.");
        if (response.has("errors")) {
          assertThat(response.at("/errors/0/extensions/classification").asString())
              .isEqualTo("BAD_REQUEST");
        }
      }
    }
    assertThat(graph.count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
    assertThat(graph.count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
  }

  private JsonNode search(Map<String, Object> input, int first, String after) throws Exception {
    Map<String, Object> variables = new java.util.HashMap<>();
    variables.put("input", input);
    variables.put("first", first);
    variables.put("after", after);
    String body = json.writeValueAsString(Map.of("query", SEARCH, "variables", variables));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return json.readTree(response.body());
  }
}
