package org.throughcareatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.throughcareatlas.demo.DemoDirectory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code java -jar atlas.jar export FILE}: the directory, or part of it, as HSDS 3.0. */
@SpringBootTest(properties = "atlas.demo.enabled=true")
@ActiveProfiles("test")
class ExportCommandTest {

  static final String FIFE = "S12000047";

  @Autowired Neo4jConnectionDetails connection;
  @TempDir Path dir;

  record Run(int exitCode, String out, String err) {}

  Run export(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>(List.of("export"));
    all.addAll(List.of(args));
    all.addAll(List.of("--uri", connection.getUri().toString()));
    int code =
        AtlasCommand.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void theWholeDirectoryGoesOutAsAnArrayOfHsdsServices() throws Exception {
    Path file = dir.resolve("atlas.json");
    Run run = export(file.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(AtlasCommand.OK);
    int services = DemoDirectory.build().services().size();
    assertThat(run.out()).contains("Exported " + services + " services as HSDS 3.0 JSON");
    JsonNode json = JsonMapper.builder().build().readTree(file.toFile());
    assertThat(json.isArray()).isTrue();
    assertThat(json.size()).isEqualTo(services);
    assertThat(json.get(0).path("organization").path("name").asString()).isNotBlank();
    assertThat(dir.resolve("atlas.json.partial")).doesNotExist();
  }

  @Test
  void anAreaFilterExportsOnlyTheServicesOfThatArea() throws Exception {
    Path file = dir.resolve("fife.json");
    Run run = export(file.toString(), "--area", FIFE);

    assertThat(run.exitCode()).as(run.err()).isEqualTo(AtlasCommand.OK);
    JsonNode json = JsonMapper.builder().build().readTree(file.toFile());
    assertThat(json.size()).isPositive().isLessThan(DemoDirectory.build().services().size());
    for (JsonNode service : json) {
      assertThat(service.toString()).contains(FIFE);
    }
  }

  @Test
  void aZipNameGivesADatapackage() throws Exception {
    Path file = dir.resolve("atlas.zip");
    Run run = export(file.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(AtlasCommand.OK);
    assertThat(run.out()).contains("datapackage");
    try (ZipFile zip = new ZipFile(file.toFile())) {
      assertThat(zip.getEntry("datapackage.json")).isNotNull();
      assertThat(zip.getEntry("services.csv")).isNotNull();
      assertThat(zip.getEntry("organizations.csv")).isNotNull();
    }
  }

  @Test
  void anExistingFileIsNeverOverwrittenUnlessTold() throws Exception {
    Path file = Files.writeString(dir.resolve("kept.json"), "older export");
    Run run = export(file.toString());

    assertThat(run.exitCode()).isEqualTo(AtlasCommand.USAGE);
    assertThat(run.err()).contains("exists already").contains("--force");
    assertThat(Files.readString(file)).isEqualTo("older export");
  }
}
