package org.throughcareatlas.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.throughcareatlas.backup.BackupFileException;
import org.throughcareatlas.backup.GraphRestore;
import org.throughcareatlas.graph.EmbeddedNeo4j;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code restore FILE --data-dir NEW_FOLDER}: restores a backup into a fresh data folder (or, with
 * {@code --uri}, into an empty Neo4j database). The whole file is checked before anything is
 * written.
 */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = {
      "Restores a backup written by 'backup' into a fresh data folder (then start Atlas with"
          + " ATLAS_DATA_DIR=that folder), or into an empty Neo4j database named by --uri.",
      "The whole file is checked first: a damaged or truncated backup restores nothing."
    })
public final class RestoreCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The backup file")
  Path file;

  @ArgGroup(multiplicity = "1")
  Target target;

  static final class Target {
    @Option(
        names = "--data-dir",
        required = true,
        description = "A new (or empty) folder to hold the restored database")
    Path dataDir;

    @Option(
        names = "--uri",
        required = true,
        description = "An empty Neo4j database to restore into")
    URI uri;
  }

  @Option(names = "--user", description = "Neo4j user (with --uri)")
  String user;

  @Option(names = "--password", description = "Neo4j password (with --uri)")
  String password;

  @Option(
      names = "--database",
      defaultValue = "neo4j",
      description = "Database name (default: ${DEFAULT-VALUE})")
  String database;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(file)) {
      err.println("There is no backup file at " + file.toAbsolutePath() + ".");
      return AtlasCommand.USAGE;
    }
    long started = System.nanoTime();
    try {
      GraphRestore.Summary summary;
      if (target.uri != null) {
        try (Driver driver = Connections.driver(target.uri, user, password)) {
          summary = restore(driver, err);
        }
      } else {
        Path folder = target.dataDir;
        if (Files.exists(folder) && !isEmptyFolder(folder)) {
          err.println(
              "The folder "
                  + folder.toAbsolutePath()
                  + " is not empty: restore into a new folder, so no data is ever overwritten.");
          return AtlasCommand.USAGE;
        }
        DatabaseManagementService embedded = EmbeddedNeo4j.start(folder, 0);
        try (Driver driver = Connections.driver(EmbeddedNeo4j.boltUri(embedded), null, null)) {
          summary = restore(driver, err);
        } finally {
          embedded.shutdown();
        }
      }
      out.printf(
          "Restored %,d nodes and %,d relationships in %.1f s.%n",
          summary.nodes(), summary.relationships(), (System.nanoTime() - started) / 1e9);
      if (target.dataDir != null) {
        out.println("Start Atlas on it with: ATLAS_DATA_DIR=" + target.dataDir + " ./atlas run");
      }
      return 0;
    } catch (BackupFileException | IllegalStateException e) {
      err.println(e.getMessage());
      return AtlasCommand.REJECTED;
    }
  }

  private GraphRestore.Summary restore(Driver driver, PrintWriter err) {
    var progress = new BackupProgressBar(err, "Restoring");
    try {
      return GraphRestore.restore(driver, SessionConfig.forDatabase(database), file, progress);
    } finally {
      progress.done();
    }
  }

  private static boolean isEmptyFolder(Path folder) throws Exception {
    if (!Files.isDirectory(folder)) return false;
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    }
  }
}
