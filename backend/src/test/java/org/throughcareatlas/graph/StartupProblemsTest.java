package org.throughcareatlas.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.throughcareatlas.BackendTestApplication;

/**
 * Each start-up problem a person can fix gives one message saying what to change, and changes no
 * data.
 */
class StartupProblemsTest {

  @TempDir Path temp;

  @Test
  void aDataFolderThatCannotBeWrittenIsNamedWithWhatToSet() throws IOException {
    Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
    AtlasStartupException problem = startFails("--atlas.data.dir=" + file.resolve("data"));
    assertThat(problem.getMessage()).contains("cannot be written").contains("not-a-folder");
    assertThat(problem.action()).contains("ATLAS_DATA_DIR");
    assertThat(Files.readString(file)).isEqualTo("x");
  }

  @Test
  void anOccupiedBoltPortIsNamedWithWhatToSet() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      AtlasStartupException problem =
          startFails(
              "--atlas.data.dir=" + temp.resolve("data"),
              "--atlas.bolt.port=" + taken.getLocalPort());
      assertThat(problem.getMessage())
          .contains("Bolt port " + taken.getLocalPort())
          .contains("already in use");
      assertThat(problem.action()).contains("ATLAS_BOLT_PORT");
    }
  }

  @Test
  void anUnreachableExternalNeo4jIsNamedAndTheEmbeddedOneIsNotStarted() throws IOException {
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = probe.getLocalPort();
    }
    Path dataDir = temp.resolve("never-created");
    AtlasStartupException problem =
        startFails(
            "--atlas.neo4j.uri=bolt://127.0.0.1:" + closedPort, "--atlas.data.dir=" + dataDir);
    assertThat(problem.getMessage()).contains("cannot be reached");
    assertThat(problem.action()).contains("ATLAS_NEO4J_URI");
    assertThat(dataDir).doesNotExist();
  }

  @Test
  void aUriThatIsNotNeo4jIsRefusedWithExamples() {
    AtlasStartupException problem = startFails("--atlas.neo4j.uri=http://localhost:7474");
    assertThat(problem.getMessage()).contains("does not name a Neo4j Bolt endpoint");
    assertThat(problem.action()).contains("neo4j+s://");
  }

  @Test
  void aWrongPasswordIsNamedWithTheSettingsToCheck() {
    var server =
        new DatabaseManagementServiceBuilder(temp.resolve("secured"))
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .build();
    try {
      int port =
          ((GraphDatabaseAPI) server.database("neo4j"))
              .getDependencyResolver()
              .resolveDependency(ConnectorPortRegister.class)
              .getLocalAddress(ConnectorType.BOLT)
              .getPort();
      AtlasStartupException problem =
          startFails(
              "--atlas.neo4j.uri=bolt://127.0.0.1:" + port,
              "--atlas.neo4j.user=neo4j",
              "--atlas.neo4j.password=wrong-password");
      assertThat(problem.getMessage()).contains("refused user 'neo4j'");
      assertThat(problem.action()).contains("ATLAS_NEO4J_PASSWORD");
    } finally {
      server.shutdown();
    }
  }

  @Test
  void theFailureReportGivesTheProblemAndTheActionWithoutAStackTrace() {
    var problem = new AtlasStartupException("The thing is wrong.", "Change the thing.", null);
    FailureAnalysis analysis = new StartupFailureAnalyzer().analyze(problem);
    assertThat(analysis.getDescription()).isEqualTo("The thing is wrong.");
    assertThat(analysis.getAction()).isEqualTo("Change the thing.");
  }

  private static AtlasStartupException startFails(String... args) {
    Throwable thrown =
        catchThrowable(
            () ->
                new SpringApplicationBuilder(BackendTestApplication.class)
                    .properties("spring.main.banner-mode=off", "atlas.demo.enabled=false")
                    .web(org.springframework.boot.WebApplicationType.NONE)
                    .run(args)
                    .close());
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof AtlasStartupException problem) {
        return problem;
      }
    }
    throw new AssertionError("Expected a start-up problem, got " + thrown, thrown);
  }
}
