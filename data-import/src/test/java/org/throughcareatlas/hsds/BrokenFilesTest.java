package org.throughcareatlas.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.throughcareatlas.cli.AtlasCommand;

/**
 * Broken files are refused through the command line — exit code 1, each problem named with its
 * place, field and what was expected — and the graph is left exactly as it was (node and
 * relationship counts and a checksum of everything in it).
 */
@SpringBootTest(properties = {"atlas.demo.enabled=true", "atlas.test.graph=hsds-import"})
@ActiveProfiles("test")
class BrokenFilesTest {

  @Autowired Driver driver;
  @Autowired SessionConfig sessionConfig;
  @Autowired Neo4jConnectionDetails bolt;
  @TempDir Path dir;

  GraphState before;

  @BeforeEach
  void remember() {
    before = GraphState.of(driver, sessionConfig);
  }

  record Run(int exitCode, String out, String err) {}

  Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 3];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--uri";
    all[args.length + 1] = bolt.getUri().toString();
    all[args.length + 2] = "--no-progress";
    int code = AtlasCommand.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  Run refused(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content);
    Run run = cli("import", file.toString());
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(AtlasCommand.REJECTED);
    assertThat(run.out()).contains("Nothing was written");
    assertThat(GraphState.of(driver, sessionConfig)).isEqualTo(before);
    return run;
  }

  Run refused(String name, String content) throws IOException {
    return refused(name, content.getBytes(StandardCharsets.UTF_8));
  }

  static String valid() {
    return ServiceJson.service("Step Out", true);
  }

  @Test
  void aServiceWithoutAnIdIsRefused() throws IOException {
    Run run = refused("no-id.json", valid().replaceFirst("\"id\": \"[0-9a-f-]+\",", ""));
    assertThat(run.out()).contains("error: no-id.json:$ id: an id (a UUID); it is missing");
  }

  @Test
  void anIdThatIsNotAUuidIsRefused() throws IOException {
    Run run = refused("bad-id.json", valid().replace(ServiceJson.LOCATION_1, "office-1"));
    assertThat(run.out())
        .contains("bad-id.json:$.service_at_locations[0].location id: a UUID")
        .contains("found \"office-1\"");
  }

  @Test
  void wrongTypesAreRefusedNamingTheField() throws IOException {
    Run run =
        refused(
            "types.json",
            valid()
                .replace("\"minimum_age\": 18", "\"minimum_age\": \"eighteen\"")
                .replace("\"latitude\": 56.462", "\"latitude\": \"56.462\"")
                .replace("\"assured_date\": \"2026-09-01\"", "\"assured_date\": \"01/09/2026\""));
    assertThat(run.out())
        .contains("types.json:$ minimum_age: a whole number of years, found a string")
        .contains(
            "types.json:$.service_at_locations[0].location latitude: a number, found a string")
        .contains("types.json:$ assured_date: a date as YYYY-MM-DD, found \"01/09/2026\"");
  }

  @Test
  void aReferenceToAnOrganizationNeitherInTheFileNorInAtlasIsRefused() throws IOException {
    String dangling =
        valid()
            .replaceFirst(
                "\"organization\": \\{[^}]*\\},",
                "\"organization_id\": \"00000000-0000-4000-8000-000000000000\",");
    Run run = refused("dangling.json", dangling);
    assertThat(run.out())
        .contains(
            "dangling.json:$ organization_id: the id of one of the organizations in this file or in"
                + " Atlas; there is none with id 00000000-0000-4000-8000-000000000000");
  }

  @Test
  void twoServicesWithTheSameIdAndDifferentDetailsAreRefused() throws IOException {
    String twice =
        "[" + valid() + "," + valid().replace("\"Step Out\"", "\"Step Out Again\"") + "]";
    Run run = refused("twice.json", twice);
    assertThat(run.out())
        .contains("twice.json:$[1] id: an id used once")
        .contains("is also the id of another of the services at twice.json:$[0]");
    assertThat(run.out()).containsPattern("services\\s+0\\s+0\\s+0\\s+1");
  }

  @Test
  void invalidUtf8IsRefusedWithItsPlace() throws IOException {
    byte[] good = valid().getBytes(StandardCharsets.UTF_8);
    String text = new String(good, StandardCharsets.UTF_8);
    int at = text.indexOf("Step Out");
    byte[] bad = good.clone();
    bad[at] = (byte) 0xC3;
    bad[at + 1] = (byte) 0x28;
    Run run = refused("latin.json", bad);
    assertThat(run.out()).contains("latin.json:line 3").contains("well-formed JSON in UTF-8");
  }

  @Test
  void truncatedJsonIsRefusedWithItsPlace() throws IOException {
    String list = "{\"contents\": [" + valid() + "," + valid() + "]}";
    Run run = refused("cut.json", list.substring(0, list.length() * 3 / 4));
    assertThat(run.out()).contains("cut.json:line").contains("well-formed JSON in UTF-8");
  }

  @Test
  void anEmptyFileAndAFileThatIsNotJsonAreRefused() throws IOException {
    assertThat(refused("empty.json", "").out()).contains("the file is empty");
    assertThat(refused("words.json", "name,status\nStep Out,active\n").out())
        .contains("well-formed JSON");
  }

  @Test
  void aDryRunOfAGoodFileChangesNothingAndSaysWhatWouldChange() throws IOException {
    Path file = dir.resolve("good.json");
    Files.writeString(
        file, valid().replace(ServiceJson.SERVICE, "5b0c8a47-1f4e-4c59-9a61-0d6f0b2a9eff"));
    Run run = cli("import", file.toString(), "--dry-run");
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(AtlasCommand.OK);
    assertThat(run.out()).containsPattern("services\\s+1\\s+0\\s+0\\s+0").contains("Dry run");
    assertThat(GraphState.of(driver, sessionConfig)).isEqualTo(before);
  }

  @Test
  void noDatabaseAtTheUriIsOneClearLine() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        AtlasCommand.run(
            new String[] {"import", "x.json", "--uri", "bolt://127.0.0.1:1"},
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    assertThat(code).isEqualTo(AtlasCommand.DATABASE);
    assertThat(err.toString().strip())
        .isEqualTo(
            "No Atlas database answers at bolt://127.0.0.1:1: start Atlas with ./atlas run, or"
                + " give --uri.");
  }

  @Test
  void exportWithNoDatabaseAnsweringSaysSoLikeImport() {
    StringWriter err = new StringWriter();
    int code =
        AtlasCommand.run(
            new String[] {
              "export", dir.resolve("out.json").toString(), "--uri", "bolt://127.0.0.1:1"
            },
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true));
    assertThat(code).isEqualTo(AtlasCommand.DATABASE);
    assertThat(err.toString()).contains("No Atlas database answers at bolt://127.0.0.1:1");
    assertThat(List.of("import", "export", "backup", "restore", "help"))
        .allMatch(c -> AtlasCommand.isCommand(new String[] {c}));
    assertThat(AtlasCommand.isCommand(new String[] {"--server.port=9090"})).isFalse();
    assertThat(AtlasCommand.isCommand(new String[] {})).isFalse();
  }
}
