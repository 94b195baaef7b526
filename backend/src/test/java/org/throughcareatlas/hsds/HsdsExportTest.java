package org.throughcareatlas.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcareatlas.hsds.HsdsTestGraph.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.throughcareatlas.testing.TestGraph;
import tools.jackson.databind.JsonNode;

/**
 * Export of a small directory (imported and Atlas-made data) as HSDS JSON and as a datapackage,
 * through the plain API the command line uses: a driver and a database name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HsdsExportTest {

  @Autowired TestGraph graph;
  @Autowired Driver driver;

  HsdsExport export;

  @BeforeEach
  void smallDirectory() {
    HsdsTestGraph.build(graph);
    export = new HsdsExport(driver, "neo4j");
  }

  JsonNode json(ExportFilter filter) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    export.writeJson(filter, out);
    return HsdsDocuments.JSON.readTree(out.toString(StandardCharsets.UTF_8));
  }

  List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(s -> ids.add(s.get("id").asString()));
    return ids;
  }

  @Test
  void theWholeDirectoryIsAnArrayOfServicesValidAgainstHsdsAndTheUkProfile() {
    JsonNode all = json(ExportFilter.ALL);
    assertThat(ids(all)).containsExactly(S_IMPORTED, S_REMAND, S_WOMEN);
    for (JsonNode service : all) {
      assertThat(HsdsSchemas.problems(HsdsSchemas.hsds("service.json"), service.toString()))
          .isEmpty();
      assertThat(
              HsdsSchemas.problems(HsdsSchemas.oruk("compiled/service.json"), service.toString()))
          .isEmpty();
    }
    assertThat(all.get(0).at("/funding/0/source").asString()).isEqualTo("Big Lottery");
  }

  @Test
  void anExportIsTheSameEachTime() {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    export.writeJson(ExportFilter.ALL, first);
    export.writeJson(ExportFilter.ALL, second);
    assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
  }

  /**
   * Export, then turn the graph into what an importer following docs/hsds-mapping.md leaves
   * (hsdsSource on every entity, the exported ids on links, Atlas's details as imported terms,
   * nothing Atlas-only), then export again: the same bytes. The real importer's round trip is
   * checked once both sides are merged.
   */
  @Test
  void anExportReadBackAsTheMappingSaysExportsTheSame() {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    export.writeJson(ExportFilter.ALL, first);
    JsonNode services = HsdsDocuments.JSON.readTree(first.toString(StandardCharsets.UTF_8));
    for (JsonNode service : services) {
      String id = service.get("id").asString();
      graph.run(
          """
          MATCH (s:Service {id: $id})
          SET s.hsdsSource = $source
          REMOVE s.selfReferral, s.referralRoutes, s.capacity
          WITH s
          OPTIONAL MATCH (s)-[r:IN_REACH]->() DELETE r
          """,
          java.util.Map.of("id", id, "source", imported(service)));
      JsonNode organization = service.get("organization");
      graph.run(
          "MATCH (a:Agency {id: $id}) SET a.hsdsSource = $source REMOVE a.kind",
          java.util.Map.of(
              "id", organization.get("id").asString(), "source", imported(organization)));
      for (JsonNode a : organization.get("attributes")) {
        importAttribute("Agency", organization.get("id").asString(), a);
      }
      for (JsonNode a : service.get("attributes")) {
        String taxonomy = a.at("/taxonomy_term/taxonomy_id").asString();
        if (taxonomy.equals(HsdsIds.NEEDS_TAXONOMY)
            || taxonomy.equals(HsdsIds.CIRCUMSTANCES_TAXONOMY)) {
          // Test-only: the relationship type is one of two constants.
          String link = taxonomy.equals(HsdsIds.NEEDS_TAXONOMY) ? "MEETS" : "FOR";
          graph.run(
              "MATCH (:Service {id: $id})-[r:" + link + "]->({id: $code}) SET r.id = $attributeId",
              java.util.Map.of(
                  "id", id,
                  "code", a.at("/taxonomy_term/code").asString(),
                  "attributeId", a.get("id").asString()));
        } else if (taxonomy.equals(HsdsIds.DETAILS_TAXONOMY)) {
          importAttribute("Service", id, a);
        }
      }
      for (JsonNode area : service.get("service_areas")) {
        graph.run(
            "MATCH (:Service {id: $id})-[r:COVERS]->(:Area {code: $code}) SET r.id = $areaId",
            java.util.Map.of(
                "id",
                id,
                "code",
                area.get("extent").asString(),
                "areaId",
                area.get("id").asString()));
      }
      for (JsonNode sal : service.get("service_at_locations")) {
        JsonNode location = sal.get("location");
        graph.run(
            """
            MATCH (:Service {id: $id})-[r:DELIVERED_AT]->(l:Location {id: $location})
            SET r.id = $salId, l.hsdsSource = $source
            """,
            java.util.Map.of(
                "id", id,
                "location", location.get("id").asString(),
                "salId", sal.get("id").asString(),
                "source", imported(location)));
      }
      for (JsonNode contact : service.get("contacts")) {
        graph.run(
            """
            MATCH (c:Contact {id: $id}) SET c.hsdsSource = $source
            WITH c OPTIONAL MATCH (c)-[r:AT_PRISON]->() DELETE r
            """,
            java.util.Map.of("id", contact.get("id").asString(), "source", imported(contact)));
      }
    }
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    export.writeJson(ExportFilter.ALL, second);
    assertThat(second.toString(StandardCharsets.UTF_8))
        .isEqualTo(first.toString(StandardCharsets.UTF_8));
    assertThat(graph.count("MATCH ()-[r:HAS_ATTRIBUTE]->(:TaxonomyTerm) RETURN count(r)"))
        .isGreaterThan(4);
  }

  /** The entity as an importer keeps it: without what Atlas stores as nodes and links. */
  static String imported(JsonNode entity) {
    tools.jackson.databind.node.ObjectNode copy =
        ((tools.jackson.databind.node.ObjectNode) entity).deepCopy();
    for (String stored :
        List.of(
            "organization",
            "services",
            "locations",
            "service_at_locations",
            "service_areas",
            "contacts",
            "attributes")) {
      copy.remove(stored);
    }
    return copy.toString();
  }

  void importAttribute(String label, String entityId, JsonNode a) {
    JsonNode term = a.get("taxonomy_term");
    java.util.Map<String, Object> p = new java.util.HashMap<>();
    p.put("entity", entityId);
    p.put("attributeId", a.get("id").asString());
    p.put("linkEntity", a.get("link_entity").asString());
    p.put("linkType", a.has("link_type") ? a.get("link_type").asString() : null);
    p.put("value", a.has("value") ? a.get("value").asString() : null);
    p.put("term", term.get("id").asString());
    p.put("code", term.get("code").asString());
    p.put("name", term.get("name").asString());
    p.put("description", term.get("description").asString());
    p.put("taxonomyId", term.get("taxonomy_id").asString());
    p.put("taxonomy", term.get("taxonomy").asString());
    // Test-only: the label is one of two constants of this test.
    graph.run(
        "MATCH (e:"
            + label
            + " {id: $entity})"
            + """

            MERGE (x:Taxonomy {id: $taxonomyId}) SET x.name = $taxonomy
            MERGE (t:TaxonomyTerm {id: $term})
            SET t.code = $code, t.name = $name, t.description = $description,
                t.taxonomyId = $taxonomyId
            MERGE (t)-[:IN_TAXONOMY]->(x)
            MERGE (e)-[r:HAS_ATTRIBUTE {id: $attributeId}]->(t)
            SET r.linkEntity = $linkEntity, r.linkType = $linkType, r.value = $value
            """,
        p);
  }

  @Test
  void aFilteredExportHoldsOnlyTheServicesSelected() {
    assertThat(ids(json(ExportFilter.ALL.withAreaCodes(List.of(FIFE))))).containsExactly(S_WOMEN);
    assertThat(ids(json(ExportFilter.ALL.withAreaCodes(List.of(DUNDEE, ANGUS)))))
        .containsExactly(S_IMPORTED, S_REMAND);
    assertThat(ids(json(ExportFilter.ALL.withNeedIds(List.of("housing")))))
        .containsExactly(S_WOMEN);
    assertThat(ids(json(ExportFilter.ALL.withAgencyIds(List.of(ORG_ATLAS)))))
        .containsExactly(S_REMAND, S_WOMEN);
    assertThat(
            ids(
                json(
                    ExportFilter.ALL.withModifiedAfter(OffsetDateTime.parse("2026-01-01T00:00Z")))))
        .containsExactly(S_IMPORTED);
    assertThat(
            ids(
                json(
                    ExportFilter.ALL
                        .withAgencyIds(List.of(ORG_ATLAS))
                        .withNeedIds(List.of("employability")))))
        .containsExactly(S_REMAND);
  }

  @Test
  void theDatapackageHasTheOfficialTablesAndEveryReferenceResolves(@TempDir Path folder)
      throws Exception {
    HsdsExport.Summary summary = export.writeDatapackage(ExportFilter.ALL, folder);
    assertThat(summary.services()).isEqualTo(3);
    JsonNode descriptor =
        HsdsDocuments.JSON.readTree(Files.readString(folder.resolve("datapackage.json")));
    Path examples = HsdsSchemas.HSDS.resolve("examples/csv");
    int compared = 0;
    for (JsonNode resource : descriptor.get("resources")) {
      Path csv = folder.resolve(resource.get("path").asString());
      assertThat(csv).exists();
      List<String> header = Csv.read(csv).get(0);
      List<String> fields = new ArrayList<>();
      resource.at("/schema/fields").forEach(f -> fields.add(f.get("name").asString()));
      assertThat(header).isEqualTo(fields);
      Path example = examples.resolve(resource.get("path").asString());
      if (Files.exists(example)) {
        assertThat(header).as(example.toString()).isEqualTo(Csv.read(example).get(0));
        compared++;
      }
    }
    assertThat(compared).isGreaterThanOrEqualTo(19);

    assertThat(column(folder, "organizations.csv", "id"))
        .containsExactlyInAnyOrder(ORG_IMPORTED, ORG_ATLAS, ORG_NO_SERVICES);
    assertThat(column(folder, "services.csv", "id")).hasSize(3);
    assertThat(column(folder, "service_at_location.csv", "id")).hasSize(3);
    assertThat(column(folder, "taxonomies.csv", "id")).hasSize(4);
    assertThat(column(folder, "taxonomy_terms.csv", "id")).hasSize(11);
    assertThat(column(folder, "organizations.csv", "id"))
        .containsAll(column(folder, "services.csv", "organization_id"));
    assertThat(column(folder, "locations.csv", "id"))
        .containsAll(column(folder, "service_at_location.csv", "location_id"));
    assertThat(column(folder, "taxonomy_terms.csv", "id"))
        .containsAll(column(folder, "attributes.csv", "taxonomy_term_id"));
    assertThat(column(folder, "taxonomies.csv", "id"))
        .containsAll(column(folder, "taxonomy_terms.csv", "taxonomy_id"));
    assertThat(column(folder, "services.csv", "id"))
        .containsAll(column(folder, "service_areas.csv", "service_id"));
    assertThat(column(folder, "contacts.csv", "id")).contains(CONTACT_ATLAS, CONTACT_IMPORTED);
    assertThat(column(folder, "phones.csv", "contact_id")).contains(CONTACT_IMPORTED);
    assertThat(column(folder, "addresses.csv", "location_id"))
        .containsExactlyInAnyOrder(LOC_IMPORTED, LOC_KIRKCALDY);
    assertThat(column(folder, "funding.csv", "service_id")).containsExactly(S_IMPORTED);
    assertThat(column(folder, "organization_identifiers.csv", "organization_id"))
        .containsExactly(ORG_IMPORTED);
  }

  @Test
  void aFilteredDatapackageZipHoldsItsServicesAndTheirOrganizationsOnly() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    export.writeDatapackageZip(ExportFilter.ALL.withAreaCodes(List.of(FIFE)), out);
    Set<String> entries = new HashSet<>();
    String organizations = null;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        entries.add(e.getName());
        byte[] bytes = zip.readAllBytes();
        if (e.getName().equals("organizations.csv")) {
          organizations = new String(bytes, StandardCharsets.UTF_8);
        }
      }
    }
    assertThat(entries).contains("datapackage.json", "services.csv", "taxonomy_terms.csv");
    assertThat(organizations).contains(ORG_ATLAS).doesNotContain(ORG_IMPORTED);
  }

  static List<String> column(Path folder, String file, String name) throws Exception {
    List<List<String>> rows = Csv.read(folder.resolve(file));
    int index = rows.get(0).indexOf(name);
    List<String> values = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (!row.get(index).isEmpty()) {
        values.add(row.get(index));
      }
    }
    return values;
  }
}
