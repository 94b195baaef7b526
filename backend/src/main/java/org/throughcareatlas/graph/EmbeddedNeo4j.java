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
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Neo4j in-process with its data on disk, Bolt on 127.0.0.1 only (so no authentication) and
 * HTTP off. The application starts it when no external URI is configured; the command line starts
 * it to restore a backup into a fresh data folder. Failures become an {@link AtlasStartupException}
 * that says what to do.
 */
public final class EmbeddedNeo4j {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

  private EmbeddedNeo4j() {}

  /**
   * Starts the database with its data in {@code dataDir} (created if missing) and Bolt on
   * 127.0.0.1:{@code boltPort} (0: any free port, see {@link #boltUri}).
   */
  public static DatabaseManagementService start(Path dataDir, int boltPort) {
    dataDir = dataDir.toAbsolutePath().normalize();
    requireWritable(dataDir);
    long started = System.nanoTime();
    try {
      DatabaseManagementService service =
          new DatabaseManagementServiceBuilder(dataDir)
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
              .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort))
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
      throw explain(e, dataDir, boltPort);
    }
  }

  /** The Bolt address the running database really listens on (useful with port 0). */
  public static URI boltUri(DatabaseManagementService service) {
    var database = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    var bolt =
        database
            .getDependencyResolver()
            .resolveDependency(ConnectorPortRegister.class)
            .getLocalAddress(ConnectorType.BOLT);
    return URI.create("bolt://127.0.0.1:" + bolt.getPort());
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
}
