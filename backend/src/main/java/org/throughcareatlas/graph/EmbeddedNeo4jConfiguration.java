package org.throughcareatlas.graph;

import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts Neo4j in-process when no external URI is configured: data on disk in {@code
 * atlas.data.dir}, Bolt on 127.0.0.1 only (so no authentication), HTTP off. The driver is then
 * pointed at the running database's real Bolt address, so port 0 works for tests and the code path
 * is the same as for a server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jConfiguration.NoExternalUri.class)
class EmbeddedNeo4jConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

  @Bean(destroyMethod = "shutdown")
  DatabaseManagementService embeddedNeo4j(AtlasProperties properties) {
    Path dataDir = properties.data().dir().toAbsolutePath().normalize();
    requireWritable(dataDir);
    int port = properties.bolt().port();
    long started = System.nanoTime();
    try {
      DatabaseManagementService service =
          new DatabaseManagementServiceBuilder(dataDir)
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
              .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
              .setConfig(HttpConnector.enabled, false)
              .setConfig(HttpsConnector.enabled, false)
              .setConfig(GraphDatabaseSettings.auth_enabled, false)
              // Plan a query once, whatever the size of its list parameters: otherwise each new
              // size of the search's need or text lists re-plans it (0.3–1.5 s each, measured).
              .setConfig(GraphDatabaseInternalSettings.cypher_size_hint_parameters, false)
              .build();
      log.info(
          "Embedded Neo4j started in {} ms with its data in {}",
          (System.nanoTime() - started) / 1_000_000,
          dataDir);
      return service;
    } catch (RuntimeException e) {
      throw explain(e, dataDir, port);
    }
  }

  @Bean
  Neo4jConnectionDetails embeddedNeo4jConnection(DatabaseManagementService embeddedNeo4j) {
    var database =
        (GraphDatabaseAPI) embeddedNeo4j.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    var bolt =
        database
            .getDependencyResolver()
            .resolveDependency(ConnectorPortRegister.class)
            .getLocalAddress(ConnectorType.BOLT);
    URI uri = URI.create("bolt://127.0.0.1:" + bolt.getPort());
    log.info("Embedded Neo4j accepts Bolt connections at {}", uri);
    return new Neo4jConnectionDetails() {
      @Override
      public URI getUri() {
        return uri;
      }

      @Override
      public org.neo4j.driver.AuthToken getAuthToken() {
        return AuthTokens.none();
      }
    };
  }

  private static void requireWritable(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
      Path probe = Files.createTempFile(dataDir, ".atlas-write-check", ".tmp");
      Files.delete(probe);
    } catch (IOException | RuntimeException e) {
      throw new AtlasStartupException(
          "The data folder "
              + dataDir
              + " cannot be written ("
              + e.getClass().getSimpleName()
              + ").",
          "Set ATLAS_DATA_DIR (or --atlas.data.dir=…) to a folder this user can write, or fix the"
              + " permissions of "
              + dataDir
              + ". Nothing in it was changed.",
          e);
    }
  }

  private static RuntimeException explain(RuntimeException e, Path dataDir, int port) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException
          || String.valueOf(t.getMessage()).contains("Address already in use")) {
        return new AtlasStartupException(
            "The Bolt port " + port + " on 127.0.0.1 is already in use.",
            "Stop whatever uses it (another Atlas or Neo4j?), or set ATLAS_BOLT_PORT"
                + " (--atlas.bolt.port=…) to a free port. The data in "
                + dataDir
                + " was not touched.",
            e);
      }
      if (t.getClass().getSimpleName().contains("FileLock")) {
        return new AtlasStartupException(
            "The data folder " + dataDir + " is in use by another running Atlas or Neo4j.",
            "Stop the other process, or set ATLAS_DATA_DIR to another folder.",
            e);
      }
    }
    return new AtlasStartupException(
        "The embedded Neo4j could not start with its data in " + dataDir + ": " + e.getMessage(),
        "Check the folder and the log above; set ATLAS_DATA_DIR to start on a fresh folder.",
        e);
  }

  /** True when {@code atlas.neo4j.uri} is blank. */
  static class NoExternalUri implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      String uri = context.getEnvironment().getProperty("atlas.neo4j.uri", "");
      return uri.isBlank();
    }
  }
}
