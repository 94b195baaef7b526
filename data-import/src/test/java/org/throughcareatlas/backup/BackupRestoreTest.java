package org.throughcareatlas.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.throughcareatlas.directorydata.Directory;
import org.throughcareatlas.directorydata.DirectoryWriter;
import org.throughcareatlas.graph.EmbeddedNeo4j;

/**
 * A backup of the demo directory restored into a fresh data folder gives back the same graph: every
 * node with its labels, ids and properties, every relationship with its type, ends and properties.
 * Damaged files restore nothing, and writers wait while a backup reads.
 */
@SpringBootTest(properties = "atlas.demo.enabled=true")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreTest {

  @Autowired Driver driver;
  @Autowired SessionConfig sessionConfig;
  @Autowired DirectoryWriter writer;

  @TempDir Path folder;

  Path backup;
  GraphBackup.Summary written;

  @BeforeAll
  void backUpTheDemoDirectory() throws IOException {
    backup = Files.createTempFile("atlas-backup", ".atlas.gz");
    try (OutputStream out = Files.newOutputStream(backup)) {
      written = GraphBackup.write(driver, sessionConfig, out, BackupProgress.NONE);
    }
  }

  @AfterAll
  void removeBackup() throws IOException {
    Files.deleteIfExists(backup);
  }

  @Test
  void aRestoreIntoAFreshDataFolderGivesBackTheSameNodesIdsAndRelationships() {
    List<String> original = GraphSnapshot.of(driver, sessionConfig);
    assertThat(written.nodes()).isGreaterThan(500);
    assertThat(written.relationships()).isGreaterThan(1_000);

    try (var fresh = new FreshDatabase(folder.resolve("restored"))) {
      GraphRestore.Summary restored =
          GraphRestore.restore(
              fresh.driver, SessionConfig.defaultConfig(), backup, BackupProgress.NONE);

      assertThat(restored.nodes()).isEqualTo(written.nodes());
      assertThat(restored.relationships()).isEqualTo(written.relationships());
      assertThat(GraphSnapshot.of(fresh.driver, SessionConfig.defaultConfig())).isEqualTo(original);
      assertThat(count(fresh.driver, "SHOW CONSTRAINTS YIELD name RETURN count(*) AS n"))
          .as("the schema migrations ran before the data")
          .isGreaterThanOrEqualTo(10);
    }
  }

  @Test
  void aRestoreIntoADatabaseWithDataIsRefusedAndChangesNothing() {
    List<String> before = GraphSnapshot.of(driver, sessionConfig);
    assertThatThrownBy(
            () -> GraphRestore.restore(driver, sessionConfig, backup, BackupProgress.NONE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("restore only into a fresh data folder");
    assertThat(GraphSnapshot.of(driver, sessionConfig)).isEqualTo(before);
  }

  @Test
  void aTruncatedBackupRestoresNothing() throws IOException {
    Path truncated = folder.resolve("truncated.atlas.gz");
    List<String> lines = lines(backup);
    writeLines(truncated, lines.subList(0, lines.size() / 2));
    assertRestoresNothing(truncated, "it ends early (no closing record)");
  }

  @Test
  void aCutOffGzipStreamRestoresNothing() throws IOException {
    Path cut = folder.resolve("cut.atlas.gz");
    byte[] bytes = Files.readAllBytes(backup);
    Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 3));
    assertRestoresNothing(cut, "ends early or is damaged");
  }

  @Test
  void aFileThatIsNotABackupRestoresNothing() throws IOException {
    Path notGzip = folder.resolve("services.json");
    Files.writeString(notGzip, "[{\"id\": \"x\"}]");
    assertRestoresNothing(notGzip, "damaged");

    Path otherFormat = folder.resolve("other.atlas.gz");
    writeLines(otherFormat, List.of("{\"format\":\"something-else\"}"));
    assertRestoresNothing(otherFormat, "does not name the Atlas backup format");
  }

  @Test
  void aRelationshipToANodeTheFileLacksRestoresNothing() throws IOException {
    Path dangling = folder.resolve("dangling.atlas.gz");
    List<String> lines = new ArrayList<>(lines(backup));
    int firstRelationship = 0;
    while (!lines.get(firstRelationship).startsWith("{\"relationship\"")) firstRelationship++;
    lines.set(
        firstRelationship,
        lines.get(firstRelationship).replaceFirst("\"from\":\"[^\"]+\"", "\"from\":\"no-such\""));
    writeLines(dangling, lines);
    assertRestoresNothing(dangling, "links a node the file does not hold");
  }

  @Test
  void aWriterWaitsWhileABackupHoldsTheDirectoryLock() throws Exception {
    Directory one =
        new Directory(
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(
                new Directory.Agency(
                    "00000000-0000-4000-8000-00000000b0b0",
                    "Lock Test Agency",
                    "",
                    "THIRD_SECTOR",
                    null,
                    null,
                    null,
                    null,
                    LocalDate.of(2026, 1, 1))),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    try (var session = driver.session(sessionConfig);
        Transaction backupTx = session.beginTransaction()) {
      DirectoryLock.take(backupTx);
      CompletableFuture<Void> write = CompletableFuture.runAsync(() -> writer.write(one));
      Thread.sleep(1_000);
      assertThat(write).as("the write waits for the backup").isNotDone();
      backupTx.rollback();
      write.get(30, TimeUnit.SECONDS);
    }
    assertThat(count(driver, "MATCH (a:Agency {name: 'Lock Test Agency'}) RETURN count(a) AS n"))
        .isEqualTo(1);
    try (var session = driver.session(sessionConfig)) {
      session.run("MATCH (a:Agency {name: 'Lock Test Agency'}) DETACH DELETE a").consume();
    }
  }

  private void assertRestoresNothing(Path file, String message) {
    try (var fresh = new FreshDatabase(folder.resolve("fresh-" + file.getFileName()))) {
      assertThatThrownBy(
              () ->
                  GraphRestore.restore(
                      fresh.driver, SessionConfig.defaultConfig(), file, BackupProgress.NONE))
          .isInstanceOf(BackupFileException.class)
          .hasMessageContaining(message)
          .hasMessageContaining("Nothing was restored");
      assertThat(
              count(
                  fresh.driver,
                  "MATCH (n) WHERE NOT n:__Neo4jMigration AND NOT n:AtlasLock RETURN count(n) AS n"))
          .isZero();
    }
  }

  static long count(Driver driver, String query) {
    try (var session = driver.session()) {
      return session.run(query).single().get("n").asLong();
    }
  }

  private static List<String> lines(Path gzip) throws IOException {
    try (var in = new GZIPInputStream(Files.newInputStream(gzip))) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .lines()
          .toList();
    }
  }

  private static void writeLines(Path gzip, List<String> lines) throws IOException {
    try (var out = new GZIPOutputStream(Files.newOutputStream(gzip))) {
      out.write(
          (String.join("\n", lines) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  /** An embedded Neo4j on a fresh folder, as `restore` starts one. */
  static final class FreshDatabase implements AutoCloseable {
    final DatabaseManagementService service;
    final Driver driver;

    FreshDatabase(Path dataDir) {
      service = EmbeddedNeo4j.start(dataDir, 0);
      driver = GraphDatabase.driver(EmbeddedNeo4j.boltUri(service), AuthTokens.none());
    }

    @Override
    public void close() {
      driver.close();
      service.shutdown();
    }
  }
}
