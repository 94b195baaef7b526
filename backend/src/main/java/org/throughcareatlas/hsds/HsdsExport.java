package org.throughcareatlas.hsds;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.neo4j.driver.Driver;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exports the whole directory, or the services a filter selects, as HSDS 3.0: JSON (an array of
 * fully nested services, service_full) or a tabular datapackage (CSVs and {@code datapackage.json},
 * as a folder or a zip). Reads in one read transaction, a page of services at a time, and streams
 * what it writes: memory stays small however large the directory.
 *
 * <p>Works without the web application: {@code new HsdsExport(driver, "neo4j").writeJson(filter,
 * out)} with any Neo4j Java Driver connected to Atlas's database.
 */
public final class HsdsExport {

  /** Services read and written per query. */
  static final int PAGE = 200;

  private final HsdsReader reader;

  /**
   * @param driver a driver connected to Atlas's graph (embedded over Bolt, or external)
   * @param database the database holding the directory ({@code atlas.neo4j.database}, "neo4j")
   */
  public HsdsExport(Driver driver, String database) {
    this.reader = new HsdsReader(driver, database);
  }

  /** What an export wrote. */
  public record Summary(long services, Map<String, Long> tableRows) {}

  /**
   * Writes the selected services as a JSON array of HSDS service_full objects to {@code out} (which
   * is flushed, not closed).
   */
  public Summary writeJson(ExportFilter filter, OutputStream out) {
    return reader.read(
        reading -> {
          List<String> ids = allServiceIds(reading, filter);
          try (JsonGenerator json =
              HsdsDocuments.JSON
                  .writerWithDefaultPrettyPrinter()
                  .createGenerator(new NotClosing(out))) {
            json.writeStartArray();
            for (int from = 0; from < ids.size(); from += PAGE) {
              for (ObjectNode service :
                  reading.services(ids.subList(from, Math.min(ids.size(), from + PAGE))).values()) {
                json.writeTree(service);
              }
            }
            json.writeEndArray();
          }
          return new Summary(ids.size(), Map.of());
        });
  }

  /** Writes the selected services as a datapackage into {@code folder} (created if missing). */
  public Summary writeDatapackage(ExportFilter filter, Path folder) {
    return reader.read(
        reading -> {
          try (Datapackage data = new Datapackage(folder)) {
            List<String> ids = allServiceIds(reading, filter);
            Set<String> organizationIds = new LinkedHashSet<>();
            for (int from = 0; from < ids.size(); from += PAGE) {
              for (ObjectNode service :
                  reading.services(ids.subList(from, Math.min(ids.size(), from + PAGE))).values()) {
                data.add("services", service);
                if (service.hasNonNull("organization_id")) {
                  organizationIds.add(service.get("organization_id").asString());
                }
              }
            }
            // Every organization when the whole directory is exported (also those without
            // services), with the contacts that belong to the organization itself.
            List<String> organizations =
                filter.selectsAll()
                    ? reading
                        .tx
                        .run("MATCH (a:Agency) RETURN a.id AS id ORDER BY a.id")
                        .list(r -> r.get("id").asString())
                    : new ArrayList<>(organizationIds);
            for (int from = 0; from < organizations.size(); from += PAGE) {
              reading
                  .organizationsWithoutServices(
                      organizations.subList(from, Math.min(organizations.size(), from + PAGE)))
                  .values()
                  .forEach(o -> data.add("organizations", o));
            }
            HsdsDocuments.ownTaxonomies().forEach(t -> data.add("taxonomies", t));
            reading
                .taxonomies
                .ownTerms()
                .forEach(t -> data.add("taxonomy_terms", HsdsDocuments.term(t)));
            long taxonomies = HsdsQueries.countGraphTaxonomies(reading.tx);
            for (long from = 0; from < taxonomies; from += PAGE) {
              HsdsQueries.graphTaxonomies(reading.tx, from, PAGE)
                  .forEach(x -> data.add("taxonomies", HsdsDocuments.graphTaxonomy(x)));
            }
            long terms = HsdsQueries.countGraphTerms(reading.tx, null);
            for (long from = 0; from < terms; from += PAGE) {
              HsdsQueries.graphTerms(reading.tx, null, from, PAGE)
                  .forEach(t -> data.add("taxonomy_terms", HsdsDocuments.graphTerm(t)));
            }
            data.close();
            return new Summary(ids.size(), data.rowCounts());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** Writes the selected services as a zipped datapackage to {@code out} (flushed, not closed). */
  public Summary writeDatapackageZip(ExportFilter filter, OutputStream out) {
    Path folder = null;
    try {
      folder = Files.createTempDirectory("atlas-hsds-");
      Summary summary = writeDatapackage(filter, folder);
      ZipOutputStream zip = new ZipOutputStream(out);
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.sorted().toList()) {
          zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
          Files.copy(file, zip);
          zip.closeEntry();
        }
      }
      zip.finish();
      zip.flush();
      return summary;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(folder);
    }
  }

  /** Keeps the caller's stream open when the JSON generator is closed. */
  private static final class NotClosing extends java.io.FilterOutputStream {
    NotClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  private static List<String> allServiceIds(HsdsReader.Reading reading, ExportFilter filter) {
    HsdsQueries.Selection selection = reading.select(filter);
    return HsdsQueries.serviceIds(reading.tx, selection, 0, Integer.MAX_VALUE);
  }

  private static void delete(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
