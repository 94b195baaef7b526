package org.throughcareatlas.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.Driver;
import org.throughcareatlas.backup.GraphBackup;
import org.throughcareatlas.graph.EmbeddedNeo4j;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code backup FILE}: writes a consistent backup of the whole graph. With Atlas running it reads
 * over Bolt while Atlas's writes wait; with Atlas stopped it opens the data folder itself.
 */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a consistent backup of the whole directory to FILE (gzip, one JSON record per line).",
      "With Atlas running, it reads over Bolt (Atlas's writes wait until it is done); with Atlas"
          + " stopped, it opens the data folder (--data-dir) itself."
    })
public final class BackupCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      description = "The backup file to write, e.g. atlas-2026-11-23.atlas.gz")
  Path file;

  @Mixin BoltConnection connection;

  @Option(
      names = "--data-dir",
      description =
          "Atlas's data folder, used when no Atlas answers (default: ATLAS_DATA_DIR or ./data)")
  Path dataDir;

  @Option(names = "--force", description = "Overwrite FILE if it exists")
  boolean force;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (Files.exists(file) && !force) {
      err.println("The file " + file + " exists already: give another name, or --force.");
      return AtlasCommand.USAGE;
    }
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    long started = System.nanoTime();
    GraphBackup.Summary summary;
    Driver driver = null;
    try {
      driver = connection.open();
    } catch (BoltConnection.Unreachable e) {
      if (connection.uri != null || !e.nothingAnswered()) {
        err.println(e.getMessage());
        return AtlasCommand.DATABASE;
      }
    }
    if (driver != null) {
      try (Driver remote = driver) {
        summary = write(remote, partial, err);
        out.println("Backed up the Atlas at " + connection.uri() + ".");
      }
    } else {
      Path folder = dataDir != null ? dataDir : Connections.localDataDir();
      if (!Files.isDirectory(folder)) {
        err.println(
            "No Atlas answers at "
                + connection.uri()
                + " and there is no data folder at "
                + folder.toAbsolutePath()
                + ": start Atlas, or give --uri or --data-dir.");
        return AtlasCommand.DATABASE;
      }
      DatabaseManagementService embedded = EmbeddedNeo4j.start(folder, 0);
      try (Driver local = Connections.driver(EmbeddedNeo4j.boltUri(embedded), null, null)) {
        summary = write(local, partial, err);
        out.println(
            "Backed up the data folder " + folder.toAbsolutePath() + " (Atlas is stopped).");
      } finally {
        embedded.shutdown();
      }
    }
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    out.printf(
        "%,d nodes and %,d relationships written to %s (%,d bytes) in %.1f s.%n",
        summary.nodes(),
        summary.relationships(),
        file,
        Files.size(file),
        (System.nanoTime() - started) / 1e9);
    out.println(
        "Restore it into a fresh data folder with: java -jar atlas.jar restore "
            + file
            + " --data-dir NEW_FOLDER");
    return 0;
  }

  private GraphBackup.Summary write(Driver driver, Path partial, PrintWriter err) throws Exception {
    var progress = new BackupProgressBar(err, "Backing up");
    try (OutputStream stream = Files.newOutputStream(partial)) {
      return GraphBackup.write(driver, connection.sessionConfig(), stream, progress);
    } catch (RuntimeException e) {
      Files.deleteIfExists(partial);
      throw e;
    } finally {
      progress.done();
    }
  }
}
