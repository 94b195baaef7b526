package org.throughcareatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.throughcareatlas.backup.GraphSnapshot;
import org.throughcareatlas.graph.EmbeddedNeo4j;
import picocli.CommandLine;

/**
 * The documented commands: {@code backup FILE} from a running Atlas, then {@code restore FILE
 * --data-dir NEW} into a fresh folder, which then holds the same graph.
 */
@SpringBootTest(properties = "atlas.demo.enabled=true")
@ActiveProfiles("test")
class BackupCommandTest {

  @Autowired Driver driver;
  @Autowired SessionConfig sessionConfig;
  @Autowired Neo4jConnectionDetails connection;

  @TempDir Path folder;

  record Run(int exitCode, String out, String err) {}

  static Run run(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        new CommandLine(command)
            .setOut(new PrintWriter(out))
            .setErr(new PrintWriter(err))
            .execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void aBackupOfTheRunningAtlasRestoresIntoAFreshDataFolderWithTheSameGraph() {
    Path file = folder.resolve("atlas.atlas.gz");
    String uri = connection.getUri().toString();

    Run backup = run(new BackupCommand(), file.toString(), "--uri", uri);
    assertThat(backup.exitCode()).as(backup.err()).isZero();
    assertThat(backup.out()).contains("nodes and").contains("relationships written to");
    assertThat(file).isRegularFile();
    assertThat(folder.resolve("atlas.atlas.gz.partial")).doesNotExist();

    Path restored = folder.resolve("restored-data");
    Run restore = run(new RestoreCommand(), file.toString(), "--data-dir", restored.toString());
    assertThat(restore.exitCode()).as(restore.err()).isZero();
    assertThat(restore.out()).contains("Restored").contains("ATLAS_DATA_DIR=" + restored);

    List<String> original = GraphSnapshot.of(driver, sessionConfig);
    DatabaseManagementService reopened = EmbeddedNeo4j.start(restored, 0);
    try (Driver restoredDriver =
        GraphDatabase.driver(EmbeddedNeo4j.boltUri(reopened), AuthTokens.none())) {
      assertThat(GraphSnapshot.of(restoredDriver, SessionConfig.defaultConfig()))
          .isEqualTo(original);
    } finally {
      reopened.shutdown();
    }
  }

  @Test
  void aRestoreNeverWritesIntoAFolderThatHoldsSomething() throws Exception {
    Path file = folder.resolve("b.atlas.gz");
    assertThat(
            run(new BackupCommand(), file.toString(), "--uri", connection.getUri().toString())
                .exitCode())
        .isZero();
    Path used = Files.createDirectories(folder.resolve("used"));
    Files.writeString(used.resolve("keep.txt"), "precious");

    Run restore = run(new RestoreCommand(), file.toString(), "--data-dir", used.toString());

    assertThat(restore.exitCode()).isEqualTo(2);
    assertThat(restore.err()).contains("is not empty").contains("new folder");
    assertThat(Files.readString(used.resolve("keep.txt"))).isEqualTo("precious");
  }

  @Test
  void aBackupNeverOverwritesAFileUnlessTold() throws Exception {
    Path file = Files.writeString(folder.resolve("exists.atlas.gz"), "older backup");
    Run backup = run(new BackupCommand(), file.toString(), "--uri", connection.getUri().toString());
    assertThat(backup.exitCode()).isEqualTo(2);
    assertThat(backup.err()).contains("exists already").contains("--force");
    assertThat(Files.readString(file)).isEqualTo("older backup");
  }

  @Test
  void aDamagedBackupIsRefusedWithAMessageAndRestoresNothing() throws Exception {
    Path damaged = Files.writeString(folder.resolve("damaged.atlas.gz"), "not a backup");
    Path target = folder.resolve("fresh");
    Run restore = run(new RestoreCommand(), damaged.toString(), "--data-dir", target.toString());
    assertThat(restore.exitCode()).isEqualTo(1);
    assertThat(restore.err())
        .contains("not a complete Atlas backup")
        .contains("Nothing was restored");
  }

  @Test
  void noAtlasAtTheGivenUriIsSaidPlainly() {
    Run backup =
        run(
            new BackupCommand(),
            folder.resolve("x.atlas.gz").toString(),
            "--uri",
            "bolt://127.0.0.1:1");
    assertThat(backup.exitCode()).isEqualTo(AtlasCommand.DATABASE);
    assertThat(backup.err()).contains("No Atlas database answers at bolt://127.0.0.1:1");
  }
}
