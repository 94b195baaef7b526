package org.throughcareatlas.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.throughcareatlas.demo.DemoDirectory;
import org.throughcareatlas.directorydata.Directory;
import tools.jackson.databind.JsonNode;

/**
 * The demo directory given out as HSDS: every service of the export validates against the official
 * HSDS 3.0 schema and the UK profile's, and every {@code /hsds} endpoint's answer against the UK
 * profile's schemas. Schemas are read from {@code ../shared/hsds} beside the clone.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "atlas.demo.enabled=true")
@ActiveProfiles("test")
class DemoHsdsTest {

  static final Path SHARED = Path.of("..", "..", "shared", "hsds").toAbsolutePath().normalize();
  static final String HSDS_BASE = "https://hsds.test/hsds-3.0/schema/";
  static final String ORUK_BASE =
      "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/";
  static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(
          SpecVersion.VersionFlag.V202012,
          builder ->
              builder.schemaMappers(
                  m ->
                      m.mapPrefix(HSDS_BASE, SHARED.resolve("hsds-3.0/schema").toUri().toString())
                          .mapPrefix(ORUK_BASE, SHARED.resolve("oruk/schema").toUri().toString())));
  static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  @Autowired Driver driver;
  @LocalServerPort int port;
  final Directory demo = DemoDirectory.build();
  final HttpClient http = HttpClient.newHttpClient();

  static JsonSchema schema(String base, String file) {
    return FACTORY.getSchema(SchemaLocation.of(base + file), CONFIG);
  }

  static List<String> problems(JsonSchema schema, JsonNode node) {
    Set<ValidationMessage> messages = schema.validate(node.toString(), InputFormat.JSON);
    return messages.stream().map(m -> node.path("id").asString() + " " + m).toList();
  }

  @Test
  void everyDemoServiceExportsAsValidHsds() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HsdsExport.Summary summary = new HsdsExport(driver, "neo4j").writeJson(ExportFilter.ALL, out);
    assertThat(summary.services()).isEqualTo(demo.services().size());
    JsonNode services =
        tools.jackson.databind.json.JsonMapper.builder()
            .build()
            .readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(services.size()).isEqualTo(demo.services().size());
    JsonSchema hsds = schema(HSDS_BASE, "service.json");
    JsonSchema oruk = schema(ORUK_BASE, "compiled/service.json");
    List<String> problems = new ArrayList<>();
    Set<String> locations = new HashSet<>();
    for (JsonNode service : services) {
      problems.addAll(problems(hsds, service));
      problems.addAll(problems(oruk, service));
      service
          .get("service_at_locations")
          .forEach(s -> locations.add(s.get("location_id").asString()));
      assertThat(service.get("attributes").isEmpty()).as(service.get("name").asString()).isFalse();
      assertThat(service.get("service_areas").isEmpty()).isFalse();
    }
    assertThat(problems).isEmpty();
    assertThat(locations).hasSize(demo.locations().size());
  }

  @Test
  void theDemoDatapackageHoldsEveryOrganizationAndService(@TempDir Path folder) throws Exception {
    HsdsExport.Summary summary =
        new HsdsExport(driver, "neo4j").writeDatapackage(ExportFilter.ALL, folder);
    assertThat(summary.tableRows().get("services")).isEqualTo(demo.services().size());
    assertThat(summary.tableRows().get("organizations")).isEqualTo(demo.agencies().size());
    assertThat(summary.tableRows().get("locations")).isEqualTo(demo.locations().size());
    assertThat(summary.tableRows().get("contacts")).isEqualTo(demo.contacts().size());
    assertThat(summary.tableRows().get("taxonomy_terms"))
        .isEqualTo(demo.needs().size() + demo.circumstances().size() + 5);
    assertThat(Files.readString(folder.resolve("services.csv")).lines().count())
        .isGreaterThan(demo.services().size());
  }

  JsonNode get(String path) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return tools.jackson.databind.json.JsonMapper.builder().build().readTree(response.body());
  }

  @Test
  void everyEndpointAnswersInTheUkProfileOnTheDemoDirectory() throws Exception {
    List<String> problems = new ArrayList<>();
    JsonSchema serviceList = schema(ORUK_BASE, "compiled/service_list.json");
    JsonSchema service = schema(ORUK_BASE, "compiled/service.json");
    JsonNode first = get("/hsds/services?per_page=100");
    assertThat(first.get("total_items").asLong()).isEqualTo(demo.services().size());
    assertThat(first.get("total_pages").asLong()).isEqualTo((demo.services().size() + 99) / 100);
    for (int page = 1; page <= first.get("total_pages").asInt(); page++) {
      for (JsonNode item : get("/hsds/services?per_page=100&page=" + page).get("contents")) {
        problems.addAll(problems(serviceList, item));
      }
    }
    String someService = first.at("/contents/0/id").asString();
    problems.addAll(problems(service, get("/hsds/services/" + someService)));
    JsonSchema salList = schema(ORUK_BASE, "compiled/service_at_location_list.json");
    JsonNode deliveries = get("/hsds/service_at_locations?per_page=100");
    for (JsonNode item : deliveries.get("contents")) {
      problems.addAll(problems(salList, item));
    }
    problems.addAll(
        problems(
            schema(ORUK_BASE, "compiled/service_at_location.json"),
            get("/hsds/service_at_locations/" + deliveries.at("/contents/0/id").asString())));
    JsonNode organizations = get("/hsds/organizations?per_page=100");
    assertThat(organizations.get("total_items").asLong()).isEqualTo(demo.agencies().size());
    for (JsonNode item : organizations.get("contents")) {
      problems.addAll(problems(schema(ORUK_BASE, "compiled/organization_list.json"), item));
    }
    problems.addAll(
        problems(
            schema(ORUK_BASE, "compiled/organization.json"),
            get("/hsds/organizations/" + organizations.at("/contents/0/id").asString())));
    for (JsonNode item : get("/hsds/taxonomies").get("contents")) {
      problems.addAll(problems(schema(ORUK_BASE, "taxonomy.json"), item));
    }
    JsonNode terms = get("/hsds/taxonomy_terms?per_page=100");
    for (JsonNode item : terms.get("contents")) {
      problems.addAll(problems(schema(ORUK_BASE, "taxonomy_term.json"), item));
    }
    assertThat(problems).isEmpty();
    assertThat(
            get("/hsds/services?taxonomy_term_id=" + HsdsIds.needTerm("housing"))
                .get("total_items")
                .asLong())
        .isGreaterThan(10);
  }
}
