package org.throughcareatlas.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcareatlas.hsds.HsdsTestGraph.*;

import com.networknt.schema.JsonSchema;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.throughcareatlas.testing.TestGraph;
import tools.jackson.databind.JsonNode;

/**
 * The {@code /hsds} API over real HTTP on a small directory holding imported and Atlas-made data:
 * every answer validates against the Open Referral UK schemas; filters, paging, CORS and errors.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HsdsApiHttpTest {

  @LocalServerPort int port;
  @Autowired TestGraph graph;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void smallDirectory() {
    HsdsTestGraph.build(graph);
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  JsonNode ok(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    return HsdsDocuments.JSON.readTree(response.body());
  }

  /** A page whose wrapper has the profile's fields and whose items validate against a schema. */
  JsonNode validPage(String path, JsonSchema itemSchema) throws Exception {
    JsonNode page = ok(path);
    for (String field :
        List.of("total_items", "total_pages", "page_number", "size", "first_page", "last_page")) {
      assertThat(page.has(field)).as(path + " has " + field).isTrue();
    }
    assertThat(page.get("empty").isBoolean()).isTrue();
    assertThat(page.get("contents").isArray()).isTrue();
    for (JsonNode item : page.get("contents")) {
      assertThat(HsdsSchemas.problems(itemSchema, item.toString())).as(path).isEmpty();
    }
    return page;
  }

  JsonNode valid(String path, JsonSchema schema) throws Exception {
    JsonNode body = ok(path);
    assertThat(HsdsSchemas.problems(schema, body.toString())).as(path).isEmpty();
    return body;
  }

  List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("contents").forEach(c -> ids.add(c.get("id").asString()));
    return ids;
  }

  List<String> serviceIds(String query) throws Exception {
    return ids(ok("/hsds/services?" + query));
  }

  /** The attribute of {@code entity} linking it to {@code termId}. */
  static JsonNode attribute(JsonNode entity, String termId) {
    for (JsonNode a : entity.get("attributes")) {
      if (a.get("taxonomy_term_id").asString().equals(termId)) {
        return a;
      }
    }
    throw new AssertionError("no attribute for term " + termId + " in " + entity);
  }

  static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void everyEndpointAnswersInTheOpenReferralUkSchemas() throws Exception {
    JsonNode root = ok("/hsds/");
    assertThat(root.get("version").asString()).isEqualTo("3.0");
    assertThat(root.get("profile").asString()).startsWith("https://");

    JsonNode services = validPage("/hsds/services", HsdsSchemas.oruk("compiled/service_list.json"));
    assertThat(services.get("total_items").asLong()).isEqualTo(3);
    validPage("/hsds/services?full=true", HsdsSchemas.oruk("compiled/service.json"));
    for (String id : List.of(S_IMPORTED, S_WOMEN, S_REMAND)) {
      valid("/hsds/services/" + id, HsdsSchemas.oruk("compiled/service.json"));
      valid("/hsds/services/" + id, HsdsSchemas.hsds("service.json"));
    }
    JsonNode deliveries =
        validPage(
            "/hsds/service_at_locations",
            HsdsSchemas.oruk("compiled/service_at_location_list.json"));
    assertThat(deliveries.get("total_items").asLong()).isEqualTo(3);
    for (String id : ids(deliveries)) {
      valid(
          "/hsds/service_at_locations/" + id,
          HsdsSchemas.oruk("compiled/service_at_location.json"));
    }
    JsonNode organizations =
        validPage("/hsds/organizations", HsdsSchemas.oruk("compiled/organization_list.json"));
    assertThat(organizations.get("total_items").asLong()).isEqualTo(3);
    for (String id : ids(organizations)) {
      valid("/hsds/organizations/" + id, HsdsSchemas.oruk("compiled/organization.json"));
      valid(
          "/hsds/organizations/" + id + "?full_service=true",
          HsdsSchemas.oruk("compiled/organization.json"));
    }
    JsonNode taxonomies = validPage("/hsds/taxonomies", HsdsSchemas.oruk("taxonomy.json"));
    assertThat(ids(taxonomies))
        .containsExactly(
            HsdsIds.NEEDS_TAXONOMY,
            HsdsIds.CIRCUMSTANCES_TAXONOMY,
            HsdsIds.DETAILS_TAXONOMY,
            TAXONOMY);
    for (String id : ids(taxonomies)) {
      valid("/hsds/taxonomies/" + id, HsdsSchemas.oruk("taxonomy.json"));
    }
    JsonNode terms =
        validPage("/hsds/taxonomy_terms?per_page=100", HsdsSchemas.oruk("taxonomy_term.json"));
    // 3 needs, 2 circumstances, 5 details of Atlas's own, and the imported term
    assertThat(terms.get("total_items").asLong()).isEqualTo(11);
    for (String id : ids(terms)) {
      valid("/hsds/taxonomy_terms/" + id, HsdsSchemas.oruk("taxonomy_term.json"));
    }
  }

  @Test
  void aServiceCarriesWhatWasImportedWithAtlasFieldsWinning() throws Exception {
    JsonNode s = ok("/hsds/services/" + S_IMPORTED);
    assertThat(s.get("url").asString()).isEqualTo("https://tfn.example.org/larder");
    assertThat(s.get("alternate_name").asString()).isEqualTo("The Larder");
    assertThat(s.get("minimum_age").asInt()).isEqualTo(16);
    assertThat(s.get("last_modified").asString()).isEqualTo("2026-05-10T12:00:00Z");
    assertThat(s.get("assured_date").asString()).isEqualTo("2026-03-01");
    assertThat(s.get("fees_description").asString()).isEqualTo("Free");
    assertThat(s.get("eligibility_description").asString()).isEqualTo("Anyone in Dundee");
    assertThat(s.at("/organization/id").asString()).isEqualTo(ORG_IMPORTED);
    assertThat(s.at("/organization/phones/0/number").asString()).isEqualTo("01382 496000");
    // the imported English keeps its id and code; Polish is new
    assertThat(s.at("/languages/0/id").asString()).isEqualTo(LANGUAGE_IMPORTED);
    assertThat(s.at("/languages/1/name").asString()).isEqualTo("Polish");
    assertThat(s.at("/languages/1/code").asString()).isEqualTo("pl");
    assertThat(s.at("/schedules/0/id").asString()).isEqualTo(SCHEDULE_IMPORTED);
    assertThat(s.at("/service_areas/0/id").asString()).isEqualTo(AREA_IMPORTED);
    assertThat(s.at("/service_areas/0/extent").asString()).isEqualTo(DUNDEE);
    assertThat(s.at("/service_at_locations/0/id").asString()).isEqualTo(SAL_IMPORTED);
    assertThat(s.at("/service_at_locations/0/location/addresses/0/id").asString())
        .isEqualTo(ADDRESS_IMPORTED);
    assertThat(s.at("/service_at_locations/0/location/transportation").asString())
        .isEqualTo("Bus 22 to the door");
    assertThat(s.at("/contacts/0/phones/0/id").asString()).isEqualTo(PHONE_IMPORTED);
    assertThat(s.at("/contacts/0/phones").size()).isEqualTo(2);
    List<String> attributeTerms = new ArrayList<>();
    s.get("attributes").forEach(a -> attributeTerms.add(a.get("taxonomy_term_id").asString()));
    assertThat(attributeTerms)
        .contains(
            HsdsIds.needTerm("employability"),
            TERM,
            HsdsIds.detailTerm("self-referral"),
            HsdsIds.detailTerm("referral-route"));
    assertThat(attribute(s, HsdsIds.needTerm("employability")).get("id").asString())
        .isEqualTo(NEED_LINK_IMPORTED);
    List<String> attributeIds = new ArrayList<>();
    s.get("attributes").forEach(a -> attributeIds.add(a.get("id").asString()));
    assertThat(attributeIds).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void atlasOwnDataGetsNameBasedIdsAndAnAddressMadeFromItsOwn() throws Exception {
    JsonNode s = ok("/hsds/services/" + S_WOMEN);
    assertThat(s.at("/service_areas/0/id").asString())
        .isEqualTo(HsdsIds.part("service_area", S_WOMEN, FIFE));
    JsonNode physical = null;
    for (JsonNode sal : s.get("service_at_locations")) {
      if (sal.get("location_id").asString().equals(LOC_KIRKCALDY)) {
        physical = sal;
      } else {
        assertThat(sal.at("/location/location_type").asString()).isEqualTo("virtual");
        assertThat(sal.at("/location/addresses").isEmpty()).isTrue();
      }
    }
    assertThat(physical).isNotNull();
    assertThat(physical.get("id").asString())
        .isEqualTo(HsdsIds.part("service_at_location", S_WOMEN, LOC_KIRKCALDY));
    JsonNode address = physical.at("/location/addresses/0");
    assertThat(address.get("address_1").asString()).isEqualTo("12 High Street");
    assertThat(address.get("city").asString()).isEqualTo("Kirkcaldy");
    assertThat(address.get("region").asString()).isEqualTo("Fife");
    assertThat(address.get("postal_code").asString()).isEqualTo("KY1 1AA");
    assertThat(address.get("country").asString()).isEqualTo("GB");
    JsonNode need = attribute(s, HsdsIds.needTerm("housing.emergency"));
    assertThat(need.get("id").asString())
        .isEqualTo(HsdsIds.attribute(S_WOMEN, HsdsIds.needTerm("housing.emergency")));
    assertThat(need.at("/taxonomy_term/code").asString()).isEqualTo("housing.emergency");
    assertThat(need.at("/taxonomy_term/parent_id").asString())
        .isEqualTo(HsdsIds.needTerm("housing"));
    assertThat(need.has("link_type")).isFalse();
    assertThat(attribute(s, HsdsIds.circumstanceTerm("women")).get("link_type").asString())
        .isEqualTo("eligibility");
    assertThat(attribute(s, HsdsIds.detailTerm("capacity")).get("value").asString())
        .isEqualTo("limited");
    assertThat(attribute(s, HsdsIds.detailTerm("in-reach-prison")).get("value").asString())
        .isEqualTo("hmp-perth");
    assertThat(s.at("/schedules/0/description").asString())
        .isEqualTo("Monday to Friday, 9am to 5pm");
    assertThat(s.get("last_modified").asString()).isEqualTo("2025-01-15T00:00:00Z");
    JsonNode organization = ok("/hsds/organizations/" + ORG_ATLAS);
    assertThat(organization.at("/contacts/0/id").asString()).isEqualTo(CONTACT_ATLAS);
    assertThat(organization.at("/contacts/0/department").asString()).isEqualTo("HMP Perth");
    assertThat(organization.at("/services/0/id").asString()).isEqualTo(S_REMAND);
    // a delivery without an id of its own is found by its name-based id
    JsonNode sal = ok("/hsds/service_at_locations/" + physical.get("id").asString());
    assertThat(sal.at("/service/id").asString()).isEqualTo(S_WOMEN);
    assertThat(sal.at("/location/id").asString()).isEqualTo(LOC_KIRKCALDY);
  }

  @Test
  void filtersSelectTheServicesTheProfileDescribes() throws Exception {
    assertThat(serviceIds("search=larder")).containsExactly(S_IMPORTED);
    assertThat(serviceIds("search=" + q("women housing"))).containsExactly(S_WOMEN);
    assertThat(serviceIds("search=" + q("fife throughcare"))).containsExactly(S_REMAND, S_WOMEN);
    assertThat(serviceIds("taxonomy_term_id=" + HsdsIds.needTerm("housing")))
        .containsExactly(S_WOMEN);
    assertThat(serviceIds("taxonomy_term_id=" + HsdsIds.needTerm("employability")))
        .containsExactly(S_IMPORTED, S_REMAND);
    assertThat(serviceIds("taxonomy_term_id=" + HsdsIds.circumstanceTerm("women")))
        .containsExactly(S_WOMEN);
    assertThat(serviceIds("taxonomy_term_id=" + TERM)).containsExactly(S_IMPORTED);
    assertThat(serviceIds("taxonomy_term_id=" + HsdsIds.detailTerm("capacity")))
        .containsExactly(S_WOMEN);
    assertThat(serviceIds("taxonomy_id=" + TAXONOMY)).containsExactly(S_IMPORTED);
    assertThat(serviceIds("taxonomy_id=" + HsdsIds.CIRCUMSTANCES_TAXONOMY))
        .containsExactly(S_REMAND, S_WOMEN);
    assertThat(serviceIds("organization_id=" + ORG_ATLAS)).containsExactly(S_REMAND, S_WOMEN);
    assertThat(serviceIds("modified_after=2025-01-01")).containsExactly(S_IMPORTED, S_WOMEN);
    assertThat(serviceIds("modified_after=" + q("2026-05-10T12:00:00Z")))
        .containsExactly(S_IMPORTED);
    assertThat(serviceIds("modified_after=2026-05-11")).isEmpty();
    assertThat(serviceIds("minimum_age=17")).containsExactly(S_WOMEN);
    assertThat(serviceIds("maximum_age=30")).containsExactly(S_REMAND);
    assertThat(
            serviceIds("proximity=5000&latitude=" + KIRKCALDY_LAT + "&longitude=" + KIRKCALDY_LON))
        .containsExactly(S_WOMEN);
    assertThat(serviceIds("proximity=2000&postcode=" + q("dd1 1aa"))).containsExactly(S_IMPORTED);
    assertThat(serviceIds("postcode=DD11AA")).containsExactly(S_IMPORTED);
    assertThat(serviceIds("minimum_age=0&taxonomy_id=" + HsdsIds.NEEDS_TAXONOMY + "&search=fife"))
        .containsExactly(S_REMAND, S_WOMEN);
    // distance applies to each delivery's own location
    JsonNode near =
        ok(
            "/hsds/service_at_locations?proximity=5000&latitude="
                + DUNDEE_LAT
                + "&longitude="
                + DUNDEE_LON);
    assertThat(ids(near)).containsExactly(SAL_IMPORTED);
    assertThat(
            ok("/hsds/service_at_locations?organization_id=" + ORG_ATLAS)
                .get("total_items")
                .asLong())
        .isEqualTo(2);
    assertThat(ids(ok("/hsds/organizations?search=tayside"))).containsExactly(ORG_IMPORTED);
    assertThat(ids(ok("/hsds/taxonomy_terms?taxonomy_id=" + TAXONOMY))).containsExactly(TERM);
    assertThat(ids(ok("/hsds/taxonomy_terms?taxonomy_id=" + HsdsIds.CIRCUMSTANCES_TAXONOMY)))
        .containsExactly(HsdsIds.circumstanceTerm("remand"), HsdsIds.circumstanceTerm("women"));
  }

  @Test
  void pagesCountAndNumberAsTheProfileSays() throws Exception {
    JsonNode first = ok("/hsds/services?per_page=2");
    assertThat(ids(first)).containsExactly(S_IMPORTED, S_REMAND);
    assertThat(first.get("total_items").asLong()).isEqualTo(3);
    assertThat(first.get("total_pages").asLong()).isEqualTo(2);
    assertThat(first.get("page_number").asInt()).isEqualTo(1);
    assertThat(first.get("size").asInt()).isEqualTo(2);
    assertThat(first.get("first_page").asBoolean()).isTrue();
    assertThat(first.get("last_page").asBoolean()).isFalse();
    assertThat(first.get("empty").asBoolean()).isFalse();
    JsonNode second = ok("/hsds/services?per_page=2&page=2");
    assertThat(ids(second)).containsExactly(S_WOMEN);
    assertThat(second.get("first_page").asBoolean()).isFalse();
    assertThat(second.get("last_page").asBoolean()).isTrue();
    JsonNode beyond = ok("/hsds/services?per_page=2&page=3");
    assertThat(beyond.get("empty").asBoolean()).isTrue();
    assertThat(beyond.get("size").asInt()).isZero();
    JsonNode terms = ok("/hsds/taxonomy_terms?per_page=5&page=3");
    // 11 terms: Atlas's 10 then the imported one, paged across both
    assertThat(ids(terms)).containsExactly(TERM);
    assertThat(ids(ok("/hsds/taxonomy_terms?per_page=4&page=3")))
        .hasSize(3)
        .endsWith(TERM)
        .doesNotHaveDuplicates();
  }

  void badRequest(String path, String parameter) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(400);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    JsonNode body = HsdsDocuments.JSON.readTree(response.body());
    assertThat(body.get("parameter").asString()).isEqualTo(parameter);
    assertThat(body.get("message").asString()).startsWith(parameter + ": ");
  }

  @Test
  void whatCannotBeUsedIsRefusedNamingTheParameter() throws Exception {
    badRequest("/hsds/services?page=two", "page");
    badRequest("/hsds/services?page=0", "page");
    badRequest("/hsds/services?per_page=500", "per_page");
    badRequest("/hsds/organizations?per_page=-1", "per_page");
    badRequest("/hsds/services?proximity=far&latitude=56&longitude=-3", "proximity");
    badRequest("/hsds/services?proximity=5000", "proximity");
    badRequest("/hsds/service_at_locations?proximity=5000&latitude=95&longitude=-3", "latitude");
    badRequest("/hsds/services?modified_after=yesterday", "modified_after");
    badRequest("/hsds/services?minimum_age=old", "minimum_age");
    badRequest("/hsds/services?taxonomy_id=" + HsdsIds.of("nothing"), "taxonomy_id");
    badRequest("/hsds/services?taxonomy_term_id=nothing", "taxonomy_term_id");
    badRequest("/hsds/taxonomy_terms?taxonomy_id=nothing", "taxonomy_id");
    badRequest("/hsds/services?postcode=" + q("ZZ9 9ZZ"), "postcode");
    String message =
        HsdsDocuments.JSON
            .readTree(get("/hsds/services?per_page=500").body())
            .get("message")
            .asString();
    assertThat(message).isEqualTo("per_page: expected a whole number from 1 to 100, was '500'.");
  }

  @Test
  void unknownIdsAndPathsAre404AndOtherMethods405() throws Exception {
    for (String path :
        List.of(
            "/hsds/services/" + HsdsIds.of("missing"),
            "/hsds/service_at_locations/missing",
            "/hsds/organizations/missing",
            "/hsds/taxonomies/missing",
            "/hsds/taxonomy_terms/missing",
            "/hsds/nothing-here")) {
      HttpResponse<String> response = get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
      assertThat(HsdsDocuments.JSON.readTree(response.body()).get("message").asString())
          .isNotBlank();
    }
    HttpResponse<String> post =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/hsds/services"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).contains("GET");
    assertThat(post.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    HttpResponse<String> delete =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/hsds/services/" + S_IMPORTED))
                .DELETE()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(delete.statusCode()).isEqualTo(405);
    assertThat(graph.count("MATCH (s:Service) RETURN count(s)")).isEqualTo(3);
  }
}
