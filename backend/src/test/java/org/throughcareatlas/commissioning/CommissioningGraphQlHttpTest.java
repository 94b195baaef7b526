package org.throughcareatlas.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;
import org.throughcareatlas.security.Role;
import org.throughcareatlas.testing.TestGraph;
import org.throughcareatlas.testing.TestUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The commissioning analytics over real HTTP, checked figure by figure against the {@code
 * cypher/analysis/*.cypher} files run as an analyst would: the whole file, comments and all,
 * through the driver with the same parameters.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommissioningGraphQlHttpTest {

  @LocalServerPort int port;
  @Autowired TestGraph graph;
  @Autowired TestUsers users;
  @Autowired Driver driver;
  @Autowired SessionConfig sessionConfig;
  @Autowired Commissioning commissioning;
  final HttpClient http = HttpClient.newHttpClient();
  final JsonMapper json = JsonMapper.builder().build();

  @BeforeAll
  void knownGraph() {
    CommissioningTestGraph.build(graph);
    users.user("commissioner", Role.COMMISSIONER);
  }

  @Test
  void theCoverageMatrixAgreesWithTheFileRunByHand() throws Exception {
    for (String group : new String[] {null, "women", "young-people", "remand"}) {
      for (boolean narrower : new boolean[] {false, true}) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("group", group);
        variables.put("narrower", narrower);
        JsonNode matrix =
            query(
                    """
                    query($group: ID, $narrower: Boolean) {
                      coverage(group: $group, narrower: $narrower) {
                        group { id } areas { code }
                        rows { need { id } cells { area { code } services agencies } }
                      }
                    }
                    """,
                    variables)
                .at("/data/coverage");
        List<String> viaGraphQl = new ArrayList<>();
        for (JsonNode row : matrix.at("/rows")) {
          for (JsonNode cell : row.at("/cells")) {
            viaGraphQl.add(
                row.at("/need/id").asString()
                    + "@"
                    + cell.at("/area/code").asString()
                    + "="
                    + cell.at("/services").asInt()
                    + "/"
                    + cell.at("/agencies").asInt());
          }
        }
        List<String> byHand =
            byHand("coverage_matrix", variables).stream()
                .map(
                    r ->
                        r.get("needId").asString()
                            + "@"
                            + r.get("areaCode").asString()
                            + "="
                            + r.get("services").asInt()
                            + "/"
                            + r.get("agencies").asInt())
                .toList();
        assertThat(viaGraphQl)
            .as(group + " " + narrower)
            .isEqualTo(byHand)
            .hasSize(narrower ? 15 : 6);
      }
    }
  }

  @Test
  void gapsForEveryGroupAgreeWithTheFileRunByHandAndWithTheMatrix() throws Exception {
    JsonNode gaps =
        query(
                """
                { gaps(everyGroup: true) { group { id } groupName need { id } area { code }
                                           instead { service { id } why } } }
                """,
                Map.of())
            .at("/data/gaps");
    List<String> viaGraphQl = new ArrayList<>();
    for (JsonNode gap : gaps) {
      viaGraphQl.add(
          gap.at("/groupName").asString()
              + ":"
              + gap.at("/need/id").asString()
              + "@"
              + gap.at("/area/code").asString()
              + " "
              + gap.at("/instead").findValuesAsString("why"));
    }
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("groups", Commissioning.STANDARD_GROUPS);
    parameters.put("narrower", true);
    List<String> byHand =
        byHand("unmet_need", parameters).stream()
            .map(
                r ->
                    (r.get("groupId").isNull() ? "everyone" : name(r.get("groupId").asString()))
                        + ":"
                        + r.get("needId").asString()
                        + "@"
                        + r.get("areaCode").asString()
                        + " "
                        + r.get("instead").asList(v -> v.get("why").asString()))
            .toList();
    assertThat(viaGraphQl).isEqualTo(byHand);
    assertThat(viaGraphQl)
        .contains(
            "Women:housing@" + CommissioningTestGraph.ANGUS + " [temporarily closed, Men only]",
            "everyone:mentoring@" + CommissioningTestGraph.FIFE + " []");

    // Every gap is a 0 in the coverage matrix for its group.
    for (JsonNode gap : gaps) {
      Map<String, Object> variables = new HashMap<>();
      variables.put(
          "group",
          gap.at("/group/id").isMissingNode() || gap.at("/group").isNull()
              ? null
              : gap.at("/group/id").asString());
      variables.put("narrower", true);
      long cell =
          byHand("coverage_matrix", variables).stream()
              .filter(r -> r.get("needId").asString().equals(gap.at("/need/id").asString()))
              .filter(r -> r.get("areaCode").asString().equals(gap.at("/area/code").asString()))
              .mapToLong(r -> r.get("services").asLong())
              .sum();
      assertThat(cell).isZero();
    }
  }

  @Test
  void fragileProvisionAgreesWithTheFileRunByHand() throws Exception {
    JsonNode fragile =
        query(
                """
                { fragileProvision(today: "2026-11-23") {
                    today
                    areas { need { id } area { code } services { service { id } reasons } }
                    prisons { prison { id } group { id } need { id } area { code } } } }
                """,
                Map.of())
            .at("/data/fragileProvision");
    assertThat(fragile.at("/today").asString()).isEqualTo("2026-11-23");
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("group", null);
    parameters.put("today", CommissioningTestGraph.TODAY);
    parameters.put("narrower", true);
    List<Record> rows = byHand("fragile_provision", parameters);
    List<String> byHandAreas = new ArrayList<>();
    List<String> byHandPrisons = new ArrayList<>();
    for (Record r : rows) {
      String cell = r.get("needId").asString() + "@" + r.get("areaCode").asString();
      if (r.get("kind").asString().equals("area")) {
        byHandAreas.add(cell + " " + r.get("services").asList(v -> v.get("serviceId").asString()));
      } else {
        byHandPrisons.add(r.get("prisonId").asString() + ":" + cell);
      }
    }
    List<String> areas = new ArrayList<>();
    for (JsonNode a : fragile.at("/areas")) {
      areas.add(
          a.at("/need/id").asString()
              + "@"
              + a.at("/area/code").asString()
              + " "
              + a.at("/services").findValuesAsString("id"));
    }
    List<String> prisons = new ArrayList<>();
    for (JsonNode p : fragile.at("/prisons")) {
      prisons.add(
          p.at("/prison/id").asString()
              + ":"
              + p.at("/need/id").asString()
              + "@"
              + p.at("/area/code").asString());
    }
    assertThat(areas)
        .isEqualTo(byHandAreas)
        .containsExactly("housing.supported@" + CommissioningTestGraph.DUNDEE + " [w1]");
    assertThat(prisons).isEqualTo(byHandPrisons).hasSize(3);
  }

  @Test
  void duplicateGroupsAreScoredFromTheCandidatesOfTheFileRunByHand() throws Exception {
    JsonNode groups =
        query(
                """
                { duplicates { rank size meanScore linkingPairs services { id }
                               pairs { a { id } b { id } score needs catchment eligibility description }
                               sharedNeed { id } sharedAreas { code } people
                               differences { aspect values { serviceId value } } } }
                """,
                Map.of())
            .at("/data/duplicates");
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("areaCode", null);
    parameters.put("needId", null);
    parameters.put("parts", null);
    parameters.put("part", null);
    Map<String, DuplicateCandidate> candidates = new HashMap<>();
    for (Record r : byHand("duplicate_candidates", parameters)) {
      DuplicateCandidate c = commissioning.lookups().candidate(r);
      candidates.put(c.serviceId(), c);
    }
    assertThat(candidates.keySet())
        .containsExactlyInAnyOrder("d1", "d2", "d3", "w1", "m1", "m2", "m3", "f1", "r1");
    assertThat(groups.size()).isEqualTo(1);
    JsonNode group = groups.get(0);
    assertThat(group.at("/size").asInt()).isEqualTo(3);
    assertThat(group.at("/services").findValuesAsString("id")).containsExactly("d2", "d1", "d3");
    assertThat(group.at("/people").asString()).isEqualTo("men");
    assertThat(group.at("/sharedNeed/id").asString()).isEqualTo("housing.emergency");
    double sum = 0;
    for (JsonNode pair : group.at("/pairs")) {
      var expected =
          Duplicates.score(
              candidates.get(pair.at("/a/id").asString()),
              candidates.get(pair.at("/b/id").asString()));
      assertThat(pair.at("/score").asDouble()).isCloseTo(expected.score(), within(1e-12));
      assertThat(pair.at("/catchment").asDouble()).isCloseTo(expected.catchment(), within(1e-12));
      assertThat(pair.at("/description").asDouble())
          .isCloseTo(expected.description(), within(1e-12));
      sum += expected.score();
    }
    assertThat(group.at("/meanScore").asDouble()).isCloseTo(sum / 3, within(1e-12));
    assertThat(group.at("/linkingPairs").asInt()).isEqualTo(3);
  }

  @Test
  void badArgumentsAreRefusedNamingThemWithoutInternals() throws Exception {
    JsonNode response = query("{ coverage(group: \"martians\") { areas { code } } }", Map.of());
    assertThat(response.at("/errors/0/message").asString())
        .startsWith("Argument 'group': There is no circumstance 'martians'");
    assertThat(response.at("/errors/0/extensions/classification").asString())
        .isEqualTo("BAD_REQUEST");
    JsonNode threshold = query("{ duplicates(minScore: 2) { rank } }", Map.of());
    assertThat(threshold.at("/errors/0/message").asString()).startsWith("Argument 'minScore'");
    JsonNode both =
        query("{ gaps(group: \"women\", everyGroup: true) { area { code } } }", Map.of());
    assertThat(both.at("/errors/0/message").asString()).startsWith("Argument 'everyGroup'");
    assertThat(response.toString() + threshold + both)
        .doesNotContain("Exception")
        .doesNotContain("MATCH");
  }

  /** The file as an analyst runs it: every line, comments included, with the parameters. */
  List<Record> byHand(String name, Map<String, Object> parameters) throws Exception {
    String text =
        new ClassPathResource("analysis/" + name + ".cypher")
            .getContentAsString(StandardCharsets.UTF_8);
    try (var session = driver.session(sessionConfig)) {
      return session.run(text, parameters).list();
    }
  }

  private String name(String circumstanceId) {
    return graph
        .run("MATCH (c:Circumstance {id: $id}) RETURN c.name AS name", Map.of("id", circumstanceId))
        .getFirst()
        .get("name")
        .toString();
  }

  private JsonNode query(String query, Map<String, Object> variables) throws Exception {
    String body = json.writeValueAsString(Map.of("query", query, "variables", variables));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
            .header("Content-Type", "application/json")
            .header("Authorization", TestUsers.basic("commissioner"))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return json.readTree(response.body());
  }
}
