package org.throughcareatlas.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;
import org.throughcareatlas.hsds.ExportFilter;
import org.throughcareatlas.hsds.HsdsExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export FILE}: the whole directory (or the services of some areas, needs or agencies) as
 * HSDS 3.0 JSON — an array of service_full documents — or as an HSDS datapackage (a .zip, or a
 * folder). The file is written beside its name and renamed when complete.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export the directory as HSDS 3.0 JSON (an array of service_full documents) or as an HSDS"
          + " datapackage (datapackage.json and CSVs, as a .zip or into a folder).",
      "The format follows FILE's name (.zip or an existing folder: datapackage; otherwise JSON)"
          + " unless --format says."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:exported",
      "2:wrong usage (e.g. FILE exists without --force)",
      "3:the database could not be reached or refused the work"
    })
class ExportCommand implements Callable<Integer> {

  enum Format {
    json,
    datapackage
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "Where to write.")
  Path file;

  @Option(names = "--format", description = "json or datapackage (default: from FILE's name).")
  Format format;

  @Option(
      names = "--area",
      paramLabel = "GSS",
      description = "Only services covering or delivered in this council area (repeatable).")
  List<String> areas = new ArrayList<>();

  @Option(
      names = "--need",
      paramLabel = "NEED",
      description = "Only services meeting this need or a narrower one (slug; repeatable).")
  List<String> needs = new ArrayList<>();

  @Option(
      names = "--agency",
      paramLabel = "ID",
      description = "Only this agency's services (organization id; repeatable).")
  List<String> agencies = new ArrayList<>();

  @Option(
      names = "--modified-after",
      paramLabel = "DATE",
      description = "Only services changed or confirmed on or after this date (YYYY-MM-DD).")
  LocalDate modifiedAfter;

  @Option(names = "--force", description = "Overwrite FILE if it exists.")
  boolean force;

  @Mixin BoltConnection connection;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Format chosen = format != null ? format : formatOf(file);
    boolean folder = chosen == Format.datapackage && !file.toString().endsWith(".zip");
    if (Files.exists(file) && !force && !(folder && isEmptyFolder(file))) {
      err.println("The file " + file + " exists already: give another name, or --force.");
      return AtlasCommand.USAGE;
    }
    ExportFilter filter =
        ExportFilter.ALL
            .withAreaCodes(areas)
            .withNeedIds(needs)
            .withAgencyIds(agencies)
            .withModifiedAfter(
                modifiedAfter == null
                    ? null
                    : modifiedAfter.atStartOfDay().atOffset(ZoneOffset.UTC));
    Driver driver;
    try {
      driver = connection.open();
    } catch (BoltConnection.Unreachable e) {
      err.println(e.getMessage());
      return AtlasCommand.DATABASE;
    }
    long started = System.nanoTime();
    try (driver) {
      HsdsExport export = new HsdsExport(driver, connection.database);
      HsdsExport.Summary summary;
      if (folder) {
        summary = export.writeDatapackage(filter, file);
      } else {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (OutputStream stream = Files.newOutputStream(partial)) {
          summary =
              chosen == Format.json
                  ? export.writeJson(filter, stream)
                  : export.writeDatapackageZip(filter, stream);
        } catch (RuntimeException e) {
          Files.deleteIfExists(partial);
          throw e;
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
      }
      out.printf(
          "Exported %,d services as HSDS 3.0 %s to %s in %.1f s.%n",
          summary.services(),
          chosen == Format.json ? "JSON" : "datapackage",
          file,
          (System.nanoTime() - started) / 1e9);
      return AtlasCommand.OK;
    } catch (Neo4jException e) {
      err.println("The database refused the export (" + e.code() + ").");
      return AtlasCommand.DATABASE;
    }
  }

  private static Format formatOf(Path file) {
    String name = file.getFileName().toString().toLowerCase();
    return name.endsWith(".zip") || Files.isDirectory(file) ? Format.datapackage : Format.json;
  }

  private static boolean isEmptyFolder(Path folder) throws java.io.IOException {
    if (!Files.isDirectory(folder)) return false;
    try (var entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    }
  }
}
