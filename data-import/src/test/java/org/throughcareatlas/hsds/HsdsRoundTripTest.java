package org.throughcareatlas.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.throughcareatlas.hsds.ImportReport.Kind;

/**
 * Export → import → export gives the same file, for the demo directory and for an official example
 * imported first; and importing an export of an unchanged graph changes nothing.
 */
@SpringBootTest(properties = {"atlas.demo.enabled=true", "atlas.test.graph=hsds-round-trip"})
@ActiveProfiles("test")
class HsdsRoundTripTest {

  @Autowired Driver driver;
  @Autowired SessionConfig sessionConfig;
  @TempDir Path dir;

  Path export(ExportFilter filter, String name) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      new HsdsExport(driver, sessionConfig.database().orElse("neo4j")).writeJson(filter, out);
    }
    return file;
  }

  ImportReport importFile(Path file, boolean dryRun) throws IOException {
    return new HsdsImporter(driver, sessionConfig)
        .importFile(file, new HsdsImporter.Options(dryRun), ImportProgress.NONE);
  }

  static List<ImportProblem> errors(ImportReport report) {
    return report.problems().stream().filter(ImportProblem::isError).toList();
  }

  /**
   * Atlas's own fields that HSDS has no field for (exported as attributes of the details taxonomy),
   * service by service and agency by agency.
   */
  List<String> atlasOnlyFields() {
    try (var session = driver.session(sessionConfig)) {
      List<String> fields =
          new java.util.ArrayList<>(
              session
                  .run(
                      """
                      MATCH (s:Service)
                      RETURN s.id + ' ' + toString(s.selfReferral) + ' '
                             + coalesce(reduce(r = '', x IN s.referralRoutes | r + x + '|'), '')
                             + ' ' + coalesce(s.capacity, '-') + ' '
                             + reduce(r = '', p IN COLLECT { MATCH (s)-[:IN_REACH]->(p:Prison)
                                                            RETURN p.id ORDER BY p.id }
                                      | r + p + '|') AS line
                      ORDER BY line
                      """)
                  .list(r -> r.get("line").asString()));
      fields.addAll(
          session
              .run(
                  "MATCH (a:Agency) RETURN a.id + ' ' + coalesce(a.kind, '-') AS line ORDER BY line")
              .list(r -> r.get("line").asString()));
      return fields;
    }
  }

  @Test
  void theDemoDirectoryExportedImportedAndExportedAgainIsTheSameFile() throws IOException {
    List<String> atlasOnlyBefore = atlasOnlyFields();
    assertThat(atlasOnlyBefore)
        .as("the demo directory has services taking self-referrals, with capacity and in-reach")
        .anyMatch(line -> line.contains(" true ") && line.matches(".* (open|limited|full) .*\\|"));
    Path first = export(ExportFilter.ALL, "first.json");

    ImportReport imported = importFile(first, false);
    assertThat(errors(imported)).as(imported.summary()).isEmpty();
    assertThat(imported.countsOf(Kind.SERVICE).created()).as("no new services").isZero();
    assertThat(imported.countsOf(Kind.SERVICE).updated())
        .as("the demo services are written over by the import")
        .isPositive();
    assertThat(atlasOnlyFields())
        .as("self-referral, referral routes, capacity, in-reach prisons and agency kinds read back")
        .isEqualTo(atlasOnlyBefore);
    try (var session = driver.session(sessionConfig)) {
      assertThat(
              session
                  .run(
                      "MATCH (t:TaxonomyTerm) WHERE t.taxonomyId IN $own RETURN count(t) AS n",
                      java.util.Map.of(
                          "own",
                          List.of(
                              ImportIds.DETAILS_TAXONOMY,
                              ImportIds.NEEDS_TAXONOMY,
                              ImportIds.CIRCUMSTANCES_TAXONOMY)))
                  .single()
                  .get("n")
                  .asLong())
          .as("Atlas's own terms are read back into its fields, not kept as foreign terms")
          .isZero();
    }
    Path second = export(ExportFilter.ALL, "second.json");

    assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
    ImportReport again = importFile(second, true);
    for (Kind kind : Kind.values()) {
      assertThat(again.countsOf(kind).created() + again.countsOf(kind).updated())
          .as("a second import of %s changes nothing: %s", kind, again.summary())
          .isZero();
    }
  }

  @Test
  void theDemoDatapackageExportedImportedAndExportedAgainHasTheSameTables() throws IOException {
    Path first = dir.resolve("first-datapackage");
    Path second = dir.resolve("second-datapackage");
    HsdsExport export = new HsdsExport(driver, sessionConfig.database().orElse("neo4j"));
    export.writeDatapackage(ExportFilter.ALL, first);

    ImportReport imported = importFile(first, false);
    assertThat(errors(imported)).as(imported.summary()).isEmpty();
    assertThat(imported.countsOf(Kind.SERVICE).created()).as("no new services").isZero();
    export.writeDatapackage(ExportFilter.ALL, second);

    List<String> tables;
    try (var files = Files.list(first)) {
      tables = files.map(f -> f.getFileName().toString()).sorted().toList();
    }
    assertThat(tables).contains("datapackage.json", "services.csv", "organizations.csv");
    for (String table : tables) {
      assertThat(Files.readString(second.resolve(table)))
          .as(table)
          .isEqualTo(Files.readString(first.resolve(table)));
    }
  }

  @Test
  void anOfficialExampleImportedThenExportedSurvivesAnotherRoundUnchanged() throws IOException {
    ImportReport example = importFile(SharedHsds.example("oruk", "service_full.json"), false);
    assertThat(errors(example)).as(example.summary()).isEmpty();
    ExportFilter itsAgency = ExportFilter.ALL.withAgencyIds(List.of(HsdsImportTest.ORGANIZATION));

    Path first = export(itsAgency, "example-first.json");
    assertThat(Files.readString(first)).contains(HsdsImportTest.ORGANIZATION);
    ImportReport imported = importFile(first, false);
    assertThat(errors(imported)).as(imported.summary()).isEmpty();
    Path second = export(itsAgency, "example-second.json");

    assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
  }
}
