package org.throughcareatlas.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A file of over 100 MB is imported by the command line in a JVM of its own limited to a 256 MB
 * heap — so it must be streamed, never read whole — and the same file cut short is refused with the
 * graph left exactly as it was.
 */
@SpringBootTest(properties = {"atlas.demo.enabled=true", "atlas.test.graph=hsds-large"})
@ActiveProfiles("test")
// Its database is large: closed after this class rather than at the end of the test JVM.
@org.springframework.test.annotation.DirtiesContext
class LargeFileImportTest {

  static final long HUNDRED_MB = 100L * 1024 * 1024;

  @Autowired Driver driver;
  @Autowired SessionConfig sessionConfig;
  @Autowired Neo4jConnectionDetails bolt;
  @TempDir Path dir;

  record Run(int exitCode, String out, String err) {}

  Run cliInOwnJvm(Path file) throws IOException, InterruptedException {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("--enable-native-access=ALL-UNNAMED");
    command.add("-cp");
    command.add(classpath);
    command.add("org.throughcareatlas.cli.AtlasCommand");
    command.addAll(List.of("import", file.toString(), "--uri", bolt.getUri().toString()));
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!process.waitFor(15, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("The import did not finish in 15 minutes");
    }
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  long services() {
    try (Session session = driver.session(sessionConfig)) {
      return session.run("MATCH (s:Service) RETURN count(s)").single().get(0).asLong();
    }
  }

  @Test
  void aFileOverAHundredMegabytesIsStreamedInASmallHeapAndACutCopyChangesNothing()
      throws Exception {
    Path file = dir.resolve("big.json");
    int written = new GeneratedHsds(11, 2_500).write(file, 0, HUNDRED_MB);
    assertThat(Files.size(file)).isGreaterThan(HUNDRED_MB);

    Path cut = dir.resolve("cut.json");
    Files.copy(file, cut);
    try (RandomAccessFile raf = new RandomAccessFile(cut.toFile(), "rw")) {
      raf.setLength(raf.length() * 9 / 10);
    }
    GraphState before = GraphState.of(driver, sessionConfig);
    Run refused = cliInOwnJvm(cut);
    assertThat(refused.exitCode()).as(refused.out() + refused.err()).isEqualTo(1);
    assertThat(refused.out()).contains("cut.json:line").contains("Nothing was written");
    assertThat(GraphState.of(driver, sessionConfig)).isEqualTo(before);

    long servicesBefore = services();
    Run run = cliInOwnJvm(file);
    System.out.println(run.out());
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("Imported into Atlas.");
    assertThat(run.err()).as("the progress bar with its rate").contains("MB/s").contains("records");
    assertThat(run.err()).as("the commit shown as a step").containsPattern("Saving +… done in \\d");
    assertThat(services()).isEqualTo(servicesBefore + written);
  }
}
