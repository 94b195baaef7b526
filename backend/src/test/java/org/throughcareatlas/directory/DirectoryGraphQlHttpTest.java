package org.throughcareatlas.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.throughcareatlas.testing.TestGraph;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The directory's GraphQL API over real HTTP against a small known graph. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DirectoryGraphQlHttpTest {

  static final String DUNDEE = "S12000042";
  static final String ANGUS = "S12000041";
  static final String PERTH_AND_KINROSS = "S12000048";

  @LocalServerPort int port;
  @Autowired TestGraph graph;
  final HttpClient http = HttpClient.newHttpClient();
  final JsonMapper json = JsonMapper.builder().build();

  @BeforeEach
  void smallDirectory() {
    graph.clear();
    graph
        .area(DUNDEE, "Dundee City", 56.462, -2.9707)
        .area(ANGUS, "Angus", 56.644, -2.889)
        .area(PERTH_AND_KINROSS, "Perth and Kinross", 56.395, -3.4308)
        .prison("hmp-perth", "HMP Perth", PERTH_AND_KINROSS)
        .need("housing", "Housing", null)
        .need("housing.emergency", "Emergency accommodation", "housing")
        .circumstance("women", "Women", "gender")
        .agency("a-tayside", "Tayside Housing Advice", "THIRD_SECTOR")
        .agency("a-cjsw", "Dundee City Justice Social Work", "STATUTORY")
        .agency("a-fund", "Justice Fund", "FUNDER")
        .service("s-night", "Night shelter", "a-tayside")
        .meets("housing.emergency")
        .covers(DUNDEE, ANGUS, PERTH_AND_KINROSS)
        .onlyFor("women")
        .ages(18, null)
        .locatedAt("l-1", DUNDEE, 56.46, -2.97)
        .lastVerified(LocalDate.now().minusYears(2))
        .create()
        .service("s-advice", "Housing options", "a-tayside")
        .meets("housing")
        .covers(DUNDEE)
        .create()
        .relationship("r-1", "REFERS_TO", "a-cjsw", "a-tayside")
        .relationship("r-2", "WORKS_IN", "a-cjsw", "hmp-perth")
        .relationship("r-3", "FUNDS", "a-fund", "s-night");
  }

  @Test
  void aServiceByIdComesWithItsAgencyNeedsCatchmentEligibilityAndFunders() throws Exception {
    JsonNode service =
        query(
                """
                { service(id: "s-night") { name status stale minimumAge maximumAge lastVerified
                    agency { name kind } needs { id broader { id } } onlyFor { id }
                    covers { code name } locations { area { name } latitude }
                    fundedBy { type direction other { ... on Agency { name } } } } }
                """)
            .at("/data/service");
    assertThat(service.at("/name").asString()).isEqualTo("Night shelter");
    assertThat(service.at("/stale").asBoolean()).isTrue();
    assertThat(service.at("/minimumAge").asInt()).isEqualTo(18);
    assertThat(service.at("/maximumAge").isNull()).isTrue();
    assertThat(service.at("/agency/name").asString()).isEqualTo("Tayside Housing Advice");
    assertThat(service.at("/agency/kind").asString()).isEqualTo("THIRD_SECTOR");
    assertThat(service.at("/needs/0/id").asString()).isEqualTo("housing.emergency");
    assertThat(service.at("/needs/0/broader/id").asString()).isEqualTo("housing");
    assertThat(service.at("/onlyFor/0/id").asString()).isEqualTo("women");
    assertThat(service.at("/covers").findValuesAsString("name"))
        .containsExactly("Angus", "Dundee City", "Perth and Kinross");
    assertThat(service.at("/locations/0/area/name").asString()).isEqualTo("Dundee City");
    assertThat(service.at("/fundedBy/0/type").asString()).isEqualTo("FUNDS");
    assertThat(service.at("/fundedBy/0/direction").asString()).isEqualTo("INCOMING");
    assertThat(service.at("/fundedBy/0/other/name").asString()).isEqualTo("Justice Fund");
  }

  @Test
  void anAgencyByIdComesWithItsServicesAndRelationshipsBothWays() throws Exception {
    JsonNode cjsw =
        query(
                """
                { agency(id: "a-cjsw") { name relationships { type direction
                    other { __typename ... on Agency { name } ... on Prison { name area { name } } } } } }
                """)
            .at("/data/agency");
    assertThat(cjsw.at("/relationships").size()).isEqualTo(2);
    assertThat(cjsw.at("/relationships").findValuesAsString("__typename"))
        .containsExactlyInAnyOrder("Agency", "Prison");
    JsonNode tayside =
        query(
                """
                { agency(id: "a-tayside") { services { name }
                    relationships { type direction other { ... on Agency { name } } } } }
                """)
            .at("/data/agency");
    assertThat(tayside.at("/services").findValuesAsString("name"))
        .containsExactly("Housing options", "Night shelter");
    assertThat(tayside.at("/relationships/0/type").asString()).isEqualTo("REFERS_TO");
    assertThat(tayside.at("/relationships/0/direction").asString()).isEqualTo("INCOMING");
    assertThat(tayside.at("/relationships/0/other/name").asString())
        .isEqualTo("Dundee City Justice Social Work");
  }

  @Test
  void theNeedsTreeListsTopLevelNeedsWithTheirNarrowerNeeds() throws Exception {
    JsonNode needs = query("{ needs { id broader { id } narrower { id } } }").at("/data/needs");
    assertThat(needs.at("/0/broader").isNull()).isTrue();
    assertThat(needs.size()).isEqualTo(1);
    assertThat(needs.at("/0/id").asString()).isEqualTo("housing");
    assertThat(needs.at("/0/narrower/0/id").asString()).isEqualTo("housing.emergency");
  }

  @Test
  void areasPrisonsAndCircumstancesAreListed() throws Exception {
    JsonNode data =
        query(
                "{ areas { code } prisons { id area { code } } circumstances { id group }"
                    + " agency(id: \"a-fund\") { baseArea { code } contacts { prison { id } } } }")
            .at("/data");
    assertThat(data.at("/areas").size()).isEqualTo(3);
    assertThat(data.at("/prisons/0/area/code").asString()).isEqualTo(PERTH_AND_KINROSS);
    assertThat(data.at("/circumstances/0/group").asString()).isEqualTo("gender");
    assertThat(data.at("/agency/baseArea").isNull()).isTrue();
  }

  @Test
  void servicesArePagedWithCursorsAndATotalCount() throws Exception {
    JsonNode first =
        query(
                "{ services(first: 1) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }")
            .at("/data/services");
    assertThat(first.at("/totalCount").asInt()).isEqualTo(2);
    assertThat(first.at("/edges/0/node/name").asString()).isEqualTo("Housing options");
    assertThat(first.at("/pageInfo/hasNextPage").asBoolean()).isTrue();
    String cursor = first.at("/pageInfo/endCursor").asString();
    JsonNode second =
        query(
                "{ services(first: 1, after: \""
                    + cursor
                    + "\") { edges { node { name } } pageInfo { hasNextPage } } }")
            .at("/data/services");
    assertThat(second.at("/edges/0/node/name").asString()).isEqualTo("Night shelter");
    assertThat(second.at("/pageInfo/hasNextPage").asBoolean()).isFalse();
  }

  @Test
  void aBadCursorOrPageSizeIsRefusedNamingTheArgument() throws Exception {
    JsonNode badCursor = query("{ services(after: \"nonsense\") { totalCount } }");
    assertThat(badCursor.at("/errors/0/message").asString()).contains("'after'");
    assertThat(badCursor.at("/errors/0/extensions/classification").asString())
        .isEqualTo("BAD_REQUEST");
    JsonNode tooMany = query("{ agencies(first: 5000) { totalCount } }");
    assertThat(tooMany.at("/errors/0/message").asString()).contains("'first'").contains("100");
  }

  @Test
  void anUnknownIdIsNullNotAnError() throws Exception {
    JsonNode response = query("{ service(id: \"nope\") { name } }");
    assertThat(response.at("/data/service").isNull()).isTrue();
    assertThat(response.has("errors")).isFalse();
  }

  private JsonNode query(String query) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    json.writeValueAsString(Map.of("query", query))))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return json.readTree(response.body());
  }
}
