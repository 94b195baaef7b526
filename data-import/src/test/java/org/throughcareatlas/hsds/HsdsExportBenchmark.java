package org.throughcareatlas.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.throughcareatlas.benchmark.ScaledDirectory;
import org.throughcareatlas.directorydata.Directory;
import org.throughcareatlas.directorydata.DirectoryWriter;

/**
 * HSDS export and API at scale: for each size, write {@code ScaledDirectory.scaled(size, 42)}, then
 * time the JSON export and the datapackage export of everything (bytes written, peak heap), and
 * pages of {@code /hsds/services} over real HTTP. Named {@code *Benchmark}: the normal test run
 * leaves it out. Run with
 *
 * <pre>
 * ./mvnw -B -pl data-import -am test -Dtest=HsdsExportBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dspotless.check.skip=true [-Datlas.benchmark.sizes=10000,100000]
 * </pre>
 *
 * The table goes to standard output and to {@code data-import/target/benchmark-hsds.md}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "atlas.demo.enabled=false")
@ActiveProfiles("test")
class HsdsExportBenchmark {

  @Autowired Driver driver;
  @Autowired DirectoryWriter writer;
  @LocalServerPort int port;

  /** Counts what is written and throws it away. */
  static final class Counting extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }

  @Test
  void exportAndApiAtScale(@TempDir Path temp) throws Exception {
    List<Integer> sizes =
        Arrays.stream(System.getProperty("atlas.benchmark.sizes", "10000,100000").split(","))
            .map(String::trim)
            .map(Integer::parseInt)
            .toList();
    List<String> lines = new ArrayList<>();
    lines.add(
        "| services | write | JSON export | JSON size | peak heap | datapackage | zip size |"
            + " /hsds/services page (median of 20) |");
    lines.add("|---:|---:|---:|---:|---:|---:|---:|---:|");
    HttpClient http = HttpClient.newHttpClient();
    for (int size : sizes) {
      try (var session = driver.session()) {
        session
            .run(
                "MATCH (n) WHERE NOT n:__Neo4jMigration CALL (n) { DETACH DELETE n }"
                    + " IN TRANSACTIONS OF 10000 ROWS")
            .consume();
      }
      Directory directory = ScaledDirectory.scaled(size, 42);
      long t0 = System.nanoTime();
      ScaledDirectory.write(writer, directory);
      double write = seconds(t0);
      HsdsExport export = new HsdsExport(driver, "neo4j");
      export.writeJson(ExportFilter.ALL.withNeedIds(List.of("housing")), new Counting());
      System.gc();
      resetPeaks();
      Counting json = new Counting();
      t0 = System.nanoTime();
      HsdsExport.Summary summary = export.writeJson(ExportFilter.ALL, json);
      double jsonSeconds = seconds(t0);
      long peak = peakHeap();
      assertThat(summary.services()).isEqualTo(directory.services().size());
      Path zip = temp.resolve("export-" + size + ".zip");
      t0 = System.nanoTime();
      try (OutputStream out = Files.newOutputStream(zip)) {
        export.writeDatapackageZip(ExportFilter.ALL, out);
      }
      double datapackage = seconds(t0);
      List<Double> pages = new ArrayList<>();
      int totalPages = Math.max(1, directory.services().size() / 100);
      for (int i = 0; i < 20; i++) {
        int page = 1 + (int) ((long) i * 7919 % totalPages);
        long p0 = System.nanoTime();
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://localhost:"
                                + port
                                + "/hsds/services?per_page=100&page="
                                + page))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        pages.add(seconds(p0));
        assertThat(response.statusCode()).isEqualTo(200);
      }
      pages.sort(null);
      lines.add(
          String.format(
              Locale.ROOT,
              "| %,d | %.1f s | %.1f s | %.0f MB | %.0f MB | %.1f s | %.1f MB | %.0f ms |",
              directory.services().size(),
              write,
              jsonSeconds,
              json.bytes / 1e6,
              peak / 1e6,
              datapackage,
              Files.size(zip) / 1e6,
              pages.get(pages.size() / 2) * 1000));
      Files.delete(zip);
    }
    String table = String.join("\n", lines);
    System.out.println(table);
    Files.writeString(Path.of("target", "benchmark-hsds.md"), table + "\n");
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  /** Peak heap since the reset, summed over the heap pools (an upper bound). */
  private static long peakHeap() {
    long total = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        total += pool.getPeakUsage().getUsed();
      }
    }
    return total;
  }
}
