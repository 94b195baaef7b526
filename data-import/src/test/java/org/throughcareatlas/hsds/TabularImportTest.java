package org.throughcareatlas.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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

/** The tabular ways in: Atlas's spreadsheet (one row per service) and HSDS datapackages. */
@SpringBootTest(properties = {"atlas.demo.enabled=true", "atlas.test.graph=hsds-import"})
@ActiveProfiles("test")
class TabularImportTest {

  @Autowired Driver driver;
  @Autowired SessionConfig sessionConfig;
  @TempDir Path dir;

  ImportReport importFile(Path file, boolean dryRun) throws IOException {
    return new HsdsImporter(driver, sessionConfig)
        .importFile(file, new HsdsImporter.Options(dryRun), ImportProgress.NONE);
  }

  Object one(String cypher, Map<String, Object> parameters) {
    try (Session session = driver.session(sessionConfig)) {
      return session.run(cypher, parameters).single().get(0).asObject();
    }
  }

  static List<ImportProblem> errors(ImportReport report) {
    return report.problems().stream().filter(ImportProblem::isError).toList();
  }

  @Test
  void theSpreadsheetTemplateImportsAsASearchableServiceAndAgainChangesNothing()
      throws IOException {
    Path sheet = dir.resolve("link-centre.csv");
    Files.writeString(sheet, ImportFormats.spreadsheetTemplate());
    ImportReport report = importFile(sheet, false);
    assertThat(errors(report)).as(report.problems().toString()).isEmpty();
    assertThat(report.countsOf(Kind.SERVICE).created()).isEqualTo(1);
    assertThat(
            one(
                """
                MATCH (a:Agency {name: 'Step Out Trust'})-[:PROVIDES]->(s:Service {name: "Women's mentoring"})
                RETURN s.selfReferral + ' ' + s.referralRoutes[1] + ' ' + s.capacity + ' '
                       + COUNT { (s)-[:MEETS]->() } + ' ' + [(s)-[:COVERS]->(x) | x.name][0] + ' '
                       + [(s)-[:FOR]->(c) | c.id][0] + ' ' + s.minimumAge + ' '
                       + [(s)-[:DELIVERED_AT]->(l)-[:IN]->(x) | x.name][0] + ' '
                       + [(s)-[:HAS_CONTACT]->(c) | c.phone][0]
                """,
                Map.of()))
        .isEqualTo("true prison officer open 2 Dundee City women 16 Dundee City 01382 496000");

    GraphState after = GraphState.of(driver, sessionConfig);
    ImportReport again = importFile(sheet, false);
    assertThat(again.countsOf(Kind.SERVICE).unchanged()).isEqualTo(1);
    assertThat(again.written()).isFalse();
    assertThat(GraphState.of(driver, sessionConfig)).isEqualTo(after);
  }

  @Test
  void aSpreadsheetWithBadCellsIsRefusedRowByRowAndChangesNothing() throws IOException {
    GraphState before = GraphState.of(driver, sessionConfig);
    Path sheet = dir.resolve("bad.csv");
    Files.writeString(
        sheet,
        "service_name,organization_name,needs,areas,minimum_age,latitude,longitude,last_verified\n"
            + "Good one,Org A,housing,Fife,18,56.1,-3.1,2026-01-02\n"
            + ",Org A,hovercraft,Atlantis,eighteen,96,-3.1,02/01/2026\n");
    ImportReport report = importFile(sheet, false);
    assertThat(report.written()).isFalse();
    assertThat(errors(report))
        .extracting(p -> p.where() + " " + p.field())
        .containsExactlyInAnyOrder(
            "bad.csv:row 3 service_name",
            "bad.csv:row 3 needs",
            "bad.csv:row 3 areas",
            "bad.csv:row 3 minimum_age",
            "bad.csv:row 3 latitude",
            "bad.csv:row 3 last_verified");
    assertThat(report.countsOf(Kind.SERVICE).rejected()).isEqualTo(1);
    assertThat(GraphState.of(driver, sessionConfig)).isEqualTo(before);
  }

  @Test
  void aSpreadsheetNotInUtf8IsRefused() throws IOException {
    GraphState before = GraphState.of(driver, sessionConfig);
    Path sheet = dir.resolve("latin1.csv");
    byte[] header = "service_name,organization_name\n".getBytes(StandardCharsets.UTF_8);
    byte[] row = "Caf\u00e9 drop-in,Org A\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[header.length + row.length];
    System.arraycopy(header, 0, all, 0, header.length);
    System.arraycopy(row, 0, all, header.length, row.length);
    Files.write(sheet, all);
    ImportReport report = importFile(sheet, false);
    assertThat(errors(report))
        .singleElement()
        .satisfies(p -> assertThat(p.expected()).contains("text in UTF-8"));
    assertThat(GraphState.of(driver, sessionConfig)).isEqualTo(before);
  }

  @Test
  void aSpreadsheetWithoutTheRequiredColumnsIsRefused() throws IOException {
    Path sheet = dir.resolve("other.csv");
    Files.writeString(sheet, "name,phone\nA,1\n");
    ImportReport report = importFile(sheet, true);
    assertThat(errors(report))
        .singleElement()
        .satisfies(p -> assertThat(p.where()).isEqualTo("other.csv:row 1"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"hsds-3.0", "oruk"})
  void theOfficialDatapackageImportsAsAFolderAndAsAZip(String profile) throws IOException {
    Path folder = SharedHsds.example(profile, "csv");
    ImportReport report = importFile(folder, false);
    assertThat(errors(report)).as(report.problems().toString()).isEmpty();
    assertThat(
            one(
                "MATCH (a:Agency)-[:PROVIDES]->(s:Service {id: 'ac148810-d857-441c-9679-408f346de14b'})"
                    + "-[d:DELIVERED_AT]->(l:Location) RETURN s.name + ' / ' + a.name + ' / ' + l.name",
                Map.of()))
        .isEqualTo("Community Counselling / Example Organization Inc. / MyCity Civic Center");
    String source =
        (String)
            one(
                "MATCH (s:Service {id: 'ac148810-d857-441c-9679-408f346de14b'}) RETURN s.hsdsSource",
                Map.of());
    assertThat(
            HsdsJsonSource.JSON
                .readTree(source)
                .get("cost_options")
                .get(0)
                .get("option")
                .asString())
        .isEqualTo("Under 18s and Over 60s");
    assertThat(
            one(
                "MATCH (t:TaxonomyTerm {id: '3f7b145d-84af-42d7-8fae-eaca714b02b2'})"
                    + " RETURN t.name + ' ' + t.termUri",
                Map.of()))
        .as("a term no attribute links to is kept")
        .isEqualTo("name http://example.com");

    Path zip = dir.resolve(profile + ".zip");
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream z = new ZipOutputStream(out);
        Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
        z.putNextEntry(new ZipEntry("package/" + file.getFileName()));
        z.write(Files.readAllBytes(file));
        z.closeEntry();
      }
    }
    ImportReport fromZip = importFile(zip, true);
    assertThat(errors(fromZip)).isEmpty();
    assertThat(fromZip.countsOf(Kind.SERVICE).unchanged()).isEqualTo(1);
  }
}
