package org.throughcareatlas.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.throughcareatlas.hsds.ImportReport.Kind;

/**
 * Importing HSDS JSON into a graph holding the demo directory: the official examples import without
 * loss, a second import changes nothing, a changed file updates in place, and terms Atlas does not
 * know are kept.
 */
@SpringBootTest(properties = {"atlas.demo.enabled=true", "atlas.test.graph=hsds-import"})
@ActiveProfiles("test")
class HsdsImportTest {

  static final String SERVICE = "ac148810-d857-441c-9679-408f346de14b";
  static final String ORGANIZATION = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610";
  static final String LOCATION = "3a19ff88-4620-4d17-9830-ac1d859eb5d5";
  static final String CONTACT = "1e7efce3-639b-4880-940c-b95cd30cdb50";
  static final String TERM = "3f7b145d-84af-42d7-8fae-eaca714b02b2";

  @Autowired Driver driver;
  @Autowired SessionConfig sessionConfig;
  @TempDir Path dir;

  ImportReport importFile(Path file, boolean dryRun) throws IOException {
    return new HsdsImporter(driver, sessionConfig)
        .importFile(file, new HsdsImporter.Options(dryRun), ImportProgress.NONE);
  }

  List<ImportProblem> errors(ImportReport report) {
    return report.problems().stream().filter(ImportProblem::isError).toList();
  }

  Object one(String cypher, Map<String, Object> parameters) {
    try (Session session = driver.session(sessionConfig)) {
      return session.run(cypher, parameters).single().get(0).asObject();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "hsds-3.0/service_full.json",
        "hsds-3.0/service_list.json",
        "hsds-3.0/organization_full.json",
        "hsds-3.0/organization_list.json",
        "oruk/service_full.json",
        "oruk/service_list.json",
        "oruk/organization_full.json",
        "oruk/organization_list.json"
      })
  void eachOfficialExampleImportsWithoutErrorsAndASecondImportChangesNothing(String example)
      throws IOException {
    String[] parts = example.split("/");
    Path file = SharedHsds.example(parts[0], parts[1]);

    ImportReport first = importFile(file, false);
    assertThat(errors(first)).as(first.summary()).isEmpty();
    GraphState after = GraphState.of(driver, sessionConfig);

    ImportReport dryRun = importFile(file, true);
    assertThat(errors(dryRun)).isEmpty();
    for (Kind kind : Kind.values()) {
      assertThat(dryRun.countsOf(kind).created()).as(kind.plural()).isZero();
      assertThat(dryRun.countsOf(kind).updated()).as(kind.plural()).isZero();
    }
    assertThat(dryRun.countsOf(Kind.AGENCY).unchanged()).isEqualTo(1);

    ImportReport again = importFile(file, false);
    assertThat(again.written()).isFalse();
    assertThat(GraphState.of(driver, sessionConfig)).isEqualTo(after);
  }

  @Test
  void theFullServiceExampleIsInTheGraphWithEverythingKept() throws IOException {
    ImportReport report = importFile(SharedHsds.example("hsds-3.0", "service_full.json"), false);
    assertThat(errors(report)).isEmpty();

    assertThat(one("MATCH (s:Service {id: $id}) RETURN s.name", Map.of("id", SERVICE)))
        .isEqualTo("Community Counselling");
    assertThat(
            one(
                "MATCH (a:Agency {id: $a})-[:PROVIDES]->(s:Service {id: $s}) RETURN a.name",
                Map.of("a", ORGANIZATION, "s", SERVICE)))
        .isEqualTo("Example Organization Inc.");
    assertThat(
            one(
                "MATCH (:Service {id: $s})-[r:DELIVERED_AT]->(l:Location {id: $l})"
                    + " RETURN r.id + ' ' + l.name + ' ' + l.address",
                Map.of("s", SERVICE, "l", LOCATION)))
        .isEqualTo(
            "e94c9f38-1e8f-4564-91d4-d53501ab1765 MyCity Civic Center 1-30 Main Street, MyVillage, MyCity");
    assertThat(
            one(
                "MATCH (:Service {id: $s})-[:HAS_CONTACT]->(c:Contact {id: $c})"
                    + "<-[:HAS_CONTACT]-(:Agency {id: $a}) RETURN c.name + ', ' + c.role",
                Map.of("s", SERVICE, "c", CONTACT, "a", ORGANIZATION)))
        .isEqualTo("Ann Persona, Reception Manager");
    assertThat(
            one(
                "MATCH (:Location {id: $l})-[:HAS_CONTACT]->(c:Contact {id: $c}) RETURN count(c)",
                Map.of("l", LOCATION, "c", CONTACT)))
        .isEqualTo(1L);
    assertThat(
            one(
                "MATCH (:Agency {id: $a})-[:HAS_LOCATION]->(l:Location {id: $l}) RETURN count(l)",
                Map.of("a", ORGANIZATION, "l", LOCATION)))
        .isEqualTo(1L);
    // A term Atlas does not know is kept, with its taxonomy and the attribute's details.
    assertThat(
            one(
                "MATCH (:Service {id: $s})-[r:HAS_ATTRIBUTE]->(t:TaxonomyTerm {id: $t})"
                    + "-[:IN_TAXONOMY]->(x:Taxonomy)"
                    + " RETURN r.id + ' ' + r.linkType + ' ' + r.value + ' ' + t.code + ' ' + x.id",
                Map.of("s", SERVICE, "t", TERM)))
        .isEqualTo(
            "ae58cc39-8b70-4ab1-8aea-786882e5ac8e link_type value code"
                + " 5c4d79d7-cc55-470e-9f1f-8cad074e4892");
    // What Atlas does not model is kept as given.
    String source =
        (String) one("MATCH (s:Service {id: $id}) RETURN s.hsdsSource", Map.of("id", SERVICE));
    var json = HsdsJsonSource.JSON.readTree(source);
    assertThat(json.get("cost_options").get(0).get("amount").asInt()).isEqualTo(35);
    assertThat(json.get("schedules").get(0).get("byday").asString()).isEqualTo("TH,FR");
    assertThat(json.get("metadata").get(0).get("previous_value").asString())
        .isEqualTo("MyCity Civic Center");
    assertThat(json.has("service_at_locations")).isFalse();
    assertThat(json.get("service_areas").get(0).get("id").asString())
        .as("a service area matching no council area stays as given")
        .isEqualTo("381c64f1-a724-4884-9c21-ac96c21cca3e");
    String locationSource =
        (String) one("MATCH (l:Location {id: $id}) RETURN l.hsdsSource", Map.of("id", LOCATION));
    assertThat(HsdsJsonSource.JSON.readTree(locationSource).get("latitude").asInt())
        .as("coordinates out of range stay as given")
        .isEqualTo(100);
    assertThat(one("MATCH (s:Service {id: $id}) RETURN s.minimumAge", Map.of("id", SERVICE)))
        .isEqualTo(12L);
    assertThat(report.problems())
        .anySatisfy(
            p -> {
              assertThat(p.isError()).isFalse();
              assertThat(p.field()).isEqualTo("latitude/longitude");
            });
  }

  @Test
  void aChangedFileUpdatesInPlaceAndDropsWhatItNoLongerHas() throws IOException {
    Path file = dir.resolve("service.json");
    Files.writeString(file, ServiceJson.service("Step Out", true));
    assertThat(errors(importFile(file, false))).isEmpty();
    assertThat(
            one(
                "MATCH (s:Service {id: $id})-[:DELIVERED_AT]->(l) RETURN count(l)",
                Map.of("id", ServiceJson.SERVICE)))
        .isEqualTo(2L);

    Files.writeString(file, ServiceJson.service("Step Out Dundee", false));
    ImportReport dry = importFile(file, true);
    assertThat(dry.countsOf(Kind.SERVICE).updated()).isEqualTo(1);
    assertThat(dry.written()).isFalse();
    ImportReport report = importFile(file, false);
    assertThat(errors(report)).isEmpty();
    assertThat(report.countsOf(Kind.SERVICE).updated()).isEqualTo(1);
    assertThat(report.countsOf(Kind.AGENCY).unchanged()).isEqualTo(1);
    assertThat(
            one(
                "MATCH (s:Service {id: $id}) RETURN s.name + ' ' + COUNT { (s)-[:DELIVERED_AT]->() }",
                Map.of("id", ServiceJson.SERVICE)))
        .isEqualTo("Step Out Dundee 1");
    assertThat(one("MATCH (s:Service {name: 'Step Out Dundee'}) RETURN count(s)", Map.of()))
        .isEqualTo(1L);
  }

  @Test
  void anImportedServiceIsFoundByNeedAndAreaAndKeepsItsOwnTerm() throws IOException {
    Path file = dir.resolve("service.json");
    Files.writeString(file, ServiceJson.service("Step Out", true));
    ImportReport report = importFile(file, false);
    assertThat(errors(report)).isEmpty();
    assertThat(
            one(
                "MATCH (s:Service {id: $id})-[:MEETS]->(n:Need) RETURN collect(n.id)",
                Map.of("id", ServiceJson.SERVICE)))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .containsExactlyInAnyOrder("housing", "mentoring-and-peer-support");
    assertThat(
            one(
                "MATCH (s:Service {id: $id})-[r:COVERS]->(a:Area) RETURN r.id + ' ' + a.name",
                Map.of("id", ServiceJson.SERVICE)))
        .isEqualTo(ServiceJson.AREA_LINK + " Dundee City");
    assertThat(
            one(
                "MATCH (s:Service {id: $id})-[:FOR]->(c:Circumstance) RETURN collect(c.id)",
                Map.of("id", ServiceJson.SERVICE)))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .containsExactly("women");
    assertThat(
            one(
                "MATCH (s:Service {id: $id})-[:HAS_ATTRIBUTE]->(t:TaxonomyTerm) RETURN t.name",
                Map.of("id", ServiceJson.SERVICE)))
        .as("the council's own term named like a need is kept as well")
        .isEqualTo("Housing");
    assertThat(
            one(
                "MATCH (l:Location {id: $id})-[:IN]->(a:Area) RETURN a.name",
                Map.of("id", ServiceJson.LOCATION_1)))
        .isEqualTo("Dundee City");
  }

  @Test
  void attributesOfAtlasServiceDetailsTaxonomySetAtlasOwnFieldsAndUnknownValuesAreKeptAsGiven()
      throws IOException {
    String prison = (String) one("MATCH (p:Prison) RETURN p.id ORDER BY p.id LIMIT 1", Map.of());
    String service = "5b0c8a47-1f4e-4c59-9a61-0d6f0b2a9d01";
    String organization = "5b0c8a47-1f4e-4c59-9a61-0d6f0b2a9d02";
    String json =
        """
        {"id": "%1$s", "name": "Gate support", "status": "active",
         "application_process": "Referral: prison officer, self.",
         "organization": {"id": "%2$s", "name": "Gate Trust", "attributes": [
            {"id": "5b0c8a47-1f4e-4c59-9a61-0d6f0b2a9d10", "taxonomy_term_id": "%3$s",
             "value": "PEER_LED"}]},
         "service_areas": [{"id": "5b0c8a47-1f4e-4c59-9a61-0d6f0b2a9d03", "extent": "S12000042"}],
         "attributes": [
            {"id": "5b0c8a47-1f4e-4c59-9a61-0d6f0b2a9d04", "taxonomy_term_id": "%4$s",
             "value": "true"},
            {"id": "5b0c8a47-1f4e-4c59-9a61-0d6f0b2a9d05", "taxonomy_term_id": "%5$s",
             "value": "self"},
            {"id": "5b0c8a47-1f4e-4c59-9a61-0d6f0b2a9d06",
             "taxonomy_term": {"id": "5b0c8a47-1f4e-4c59-9a61-0d6f0b2a9d07", "code": "referral-route",
                               "name": "Referral route", "taxonomy_id": "%6$s"},
             "value": "prison officer"},
            {"id": "5b0c8a47-1f4e-4c59-9a61-0d6f0b2a9d08", "taxonomy_term_id": "%7$s",
             "value": "Limited"},
            {"id": "5b0c8a47-1f4e-4c59-9a61-0d6f0b2a9d09", "taxonomy_term_id": "%8$s",
             "value": "%9$s"},
            {"id": "5b0c8a47-1f4e-4c59-9a61-0d6f0b2a9d11", "taxonomy_term_id": "%8$s",
             "value": "no-such-prison"}]}
        """
            .formatted(
                service,
                organization,
                ImportIds.detailTerm(ImportIds.AGENCY_KIND),
                ImportIds.detailTerm(ImportIds.SELF_REFERRAL),
                ImportIds.detailTerm(ImportIds.REFERRAL_ROUTE),
                ImportIds.DETAILS_TAXONOMY,
                ImportIds.detailTerm(ImportIds.CAPACITY),
                ImportIds.detailTerm(ImportIds.IN_REACH_PRISON),
                prison);
    Path file = dir.resolve("details.json");
    Files.writeString(file, json);

    ImportReport report = importFile(file, false);

    assertThat(errors(report)).as(report.summary()).isEmpty();
    assertThat(report.problems())
        .as("the unknown prison is named")
        .anyMatch(p -> p.field().equals("value") && p.expected().contains("no-such-prison"));
    assertThat(
            one(
                """
                MATCH (s:Service {id: $id})
                RETURN toString(s.selfReferral) + ' ' + reduce(r = '', x IN s.referralRoutes | r + x + '|')
                       + ' ' + s.capacity + ' '
                       + reduce(r = '', p IN COLLECT { MATCH (s)-[:IN_REACH]->(p:Prison) RETURN p.id }
                                | r + p)
                """,
                Map.of("id", service)))
        .as("routes in the order application_process gives them")
        .isEqualTo("true prison officer|self| limited " + prison);
    assertThat(one("MATCH (a:Agency {id: $id}) RETURN a.kind", Map.of("id", organization)))
        .isEqualTo("PEER_LED");
    assertThat(
            one(
                "MATCH (s:Service {id: $id}) RETURN COUNT { (s)-[:HAS_ATTRIBUTE]->() }",
                Map.of("id", service)))
        .as("details are Atlas's fields, not kept terms")
        .isEqualTo(0L);
    assertThat(one("MATCH (s:Service {id: $id}) RETURN s.hsdsSource", Map.of("id", service)))
        .as("the attribute Atlas could not take is kept as given")
        .asString()
        .contains("no-such-prison")
        .doesNotContain("prison officer\"");
  }

  @Test
  void servicesNamingAnOrganizationAndALocationFurtherOnInTheFileAreLinkedToThem()
      throws IOException {
    String organization = "5b0c8a47-1f4e-4c59-9a61-0d6f0b2a9f01";
    String location = "5b0c8a47-1f4e-4c59-9a61-0d6f0b2a9f02";
    String service = "5b0c8a47-1f4e-4c59-9a61-0d6f0b2a9f03";
    String json =
        """
        [{"id": "%s", "name": "Later", "status": "active", "organization_id": "%s",
          "service_at_locations": [{"id": "5b0c8a47-1f4e-4c59-9a61-0d6f0b2a9f04",
                                    "location_id": "%s"}],
          "service_areas": [{"id": "5b0c8a47-1f4e-4c59-9a61-0d6f0b2a9f05", "extent": "S12000030"}]},
         {"id": "%s", "name": "Forward Trust", "description": "Comes second",
          "locations": [{"id": "%s", "location_type": "physical", "name": "Forward office"}]}]
        """
            .formatted(service, organization, location, organization, location);
    Path file = dir.resolve("forward.json");
    Files.writeString(file, json);
    ImportReport report =
        new HsdsImporter(driver, sessionConfig, 1)
            .importFile(file, new HsdsImporter.Options(false), ImportProgress.NONE);
    assertThat(errors(report)).isEmpty();
    assertThat(
            one(
                "MATCH (a:Agency {id: $a})-[:PROVIDES]->(s:Service {id: $s})-[d:DELIVERED_AT]->"
                    + "(l:Location {id: $l})<-[:HAS_LOCATION]-(a) RETURN d.id",
                Map.of("a", organization, "s", service, "l", location)))
        .isEqualTo("5b0c8a47-1f4e-4c59-9a61-0d6f0b2a9f04");
  }

  static String utf8(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
