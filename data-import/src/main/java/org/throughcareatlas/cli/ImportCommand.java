package org.throughcareatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;
import org.throughcareatlas.graph.QueryPlans;
import org.throughcareatlas.hsds.HsdsImporter;
import org.throughcareatlas.hsds.ImportFormats;
import org.throughcareatlas.hsds.ImportProblem;
import org.throughcareatlas.hsds.ImportProgress;
import org.throughcareatlas.hsds.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import FILE}: checks the file, then writes it in one transaction — or, with errors, writes
 * nothing and lists them.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import HSDS 3.0 JSON (a service, an organization, a paged list or an array of them), an HSDS"
          + " datapackage (a folder or .zip of CSVs) or an Atlas spreadsheet (.csv, one row per"
          + " service).",
      "The file is checked first; with any error nothing is written. Importing the same file again"
          + " changes nothing; a changed file updates in place by id."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:imported (or, with --dry-run, checked without errors)",
      "1:the file was rejected: its problems are listed, nothing was written",
      "2:wrong usage",
      "3:the database could not be reached or refused the work; nothing was written"
    })
class ImportCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The file or datapackage folder.")
  Path file;

  @Option(
      names = "--dry-run",
      description = "Check and compare with the database; report what would change; write nothing.")
  boolean dryRun;

  @Option(names = "--no-progress", description = "No progress bar (it is on the error stream).")
  boolean noProgress;

  @Mixin BoltConnection connection;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Driver driver;
    try {
      driver = connection.open();
    } catch (BoltConnection.Unreachable e) {
      err.println(e.getMessage());
      return AtlasCommand.DATABASE;
    }
    try (driver) {
      HsdsImporter importer = new HsdsImporter(driver, connection.sessionConfig());
      out.println(
          (dryRun ? "Checking " : "Importing ")
              + file
              + " ("
              + ImportFormats.formatOf(file).label()
              + ") into "
              + connection.uri());
      out.flush();
      ImportProgress progress = noProgress ? ImportProgress.NONE : new ConsoleProgress(err);
      long servicesBefore = dryRun ? 0 : QueryPlans.services(driver, connection.sessionConfig());
      ImportReport report = importer.importFile(file, new HsdsImporter.Options(dryRun), progress);
      if (report.written()) {
        // Atlas, in another process, does not hear of this write: its plans are dropped from here.
        QueryPlans.afterWrite(driver, connection.sessionConfig(), servicesBefore);
      }
      for (ImportProblem problem : report.problems()) {
        out.println(problem);
      }
      int hidden = report.errorCount() + report.warningCount() - report.problems().size();
      if (hidden > 0) {
        out.println("… and " + hidden + " more problems not listed");
      }
      out.println(report.summary());
      return report.hasErrors() ? AtlasCommand.REJECTED : AtlasCommand.OK;
    } catch (IOException e) {
      err.println("Could not read " + file + ": " + e.getMessage());
      return AtlasCommand.REJECTED;
    } catch (Neo4jException e) {
      err.println(
          "The database refused the import ("
              + e.code()
              + "); nothing was written. "
              + firstLine(e.getMessage()));
      return AtlasCommand.DATABASE;
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
