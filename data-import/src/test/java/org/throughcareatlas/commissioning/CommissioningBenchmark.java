package org.throughcareatlas.commissioning;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.throughcareatlas.benchmark.ScaledDirectory;
import org.throughcareatlas.directorydata.Directory;
import org.throughcareatlas.directorydata.DirectoryWriter;

/**
 * The commissioning analytics at scale: writes {@link ScaledDirectory#scaled(int, long)} (100,000
 * services by default) into an empty embedded Neo4j, then times the full coverage matrix (everyone
 * and women, top-level and with narrower needs), duplicate detection at the default threshold (the
 * candidates query and the scoring and grouping, separately) and unmet need for the standard
 * groups; each {@value #RUNS} times after one warm-up, reporting the median and the slowest. Named
 * {@code *Benchmark} so that the normal test run leaves it out; run it with
 *
 * <pre>
 * ./mvnw -B -pl data-import -am test -Dtest=CommissioningBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true \
 *     "-DargLine=--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow" \
 *     [-Datlas.benchmark.services=100000]
 * </pre>
 *
 * The {@code argLine} drops the tests' C1-only JIT ({@code -XX:TieredStopAtLevel=1}, good for short
 * test runs), so that Neo4j and the scoring are compiled as in the running application; with it the
 * same run is two to three times slower.
 *
 * <p>The table goes to standard output and to {@code
 * data-import/target/benchmark-commissioning.md}.
 */
@SpringBootTest(properties = "atlas.demo.enabled=false")
@ActiveProfiles("test")
class CommissioningBenchmark {

  static final int RUNS = 5;
  static final int SERVICES = Integer.getInteger("atlas.benchmark.services", 100_000);
  static final Path REPORT = Path.of("target", "benchmark-commissioning.md");

  @Autowired Commissioning commissioning;
  @Autowired DirectoryWriter writer;
  @Autowired Driver driver;
  @Autowired SessionConfig sessionConfig;

  record Row(String what, double medianMs, double maxMs, String result) {}

  @Test
  void commissioningAtScale() throws Exception {
    long t0 = System.nanoTime();
    Directory directory = ScaledDirectory.scaled(SERVICES, 42);
    double generated = (System.nanoTime() - t0) / 1e9;
    t0 = System.nanoTime();
    // With -Datlas.benchmark.reuse=true and -Datlas.data.dir=FOLDER, a graph that an earlier run
    // wrote into FOLDER with the same number of services is analysed as it is (same seed, same
    // directory): only the write is skipped.
    boolean reuse = Boolean.getBoolean("atlas.benchmark.reuse") && services() == SERVICES;
    if (!reuse) {
      ScaledDirectory.write(writer, directory);
    }
    double written = (System.nanoTime() - t0) / 1e9;

    List<Row> rows = new ArrayList<>();
    rows.add(
        time(
            "coverage matrix, everyone, 14 needs × 32 areas",
            () -> cells(commissioning.coverage(null, false))));
    rows.add(
        time(
            "coverage matrix, women, 14 needs × 32 areas",
            () -> cells(commissioning.coverage("women", false))));
    rows.add(
        time(
            "coverage matrix, everyone, 56 needs × 32 areas",
            () -> cells(commissioning.coverage(null, true))));
    rows.add(
        time(
            "coverage matrix, young-people, 56 needs × 32 areas",
            () -> cells(commissioning.coverage("young-people", true))));
    List<DuplicateCandidate> candidates = commissioning.duplicateCandidates(null, null);
    rows.add(
        time(
            "duplicate candidates (duplicate_candidates.cypher)",
            () -> commissioning.duplicateCandidates(null, null).size() + " candidates"));
    rows.add(
        time(
            "duplicate scoring and grouping (Java)",
            () ->
                groups(
                    Duplicates.groups(
                        candidates,
                        Commissioning.DEFAULT_MIN_SCORE,
                        2,
                        java.util.Map.of(),
                        java.util.Map.of()))));
    rows.add(
        time(
            "duplicate detection, whole (duplicates(0.5, 2))",
            () -> groups(commissioning.duplicates(Commissioning.DEFAULT_MIN_SCORE, 2))));
    rows.add(
        time(
            "unmet need, 9 standard groups, 56 needs",
            () -> commissioning.gaps(Commissioning.STANDARD_GROUPS, true).size() + " gaps"));

    String report = report(generated, written, rows);
    System.out.println();
    System.out.println(report);
    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, report);
  }

  long services() {
    try (var session = driver.session(sessionConfig)) {
      return session.run("MATCH (s:Service) RETURN count(s) AS n").single().get("n").asLong();
    }
  }

  static String cells(CoverageMatrix matrix) {
    long zero =
        matrix.rows().stream()
            .flatMap(r -> r.cells().stream())
            .filter(c -> c.services() == 0)
            .count();
    return matrix.rows().size() * matrix.areas().size() + " cells, " + zero + " zero";
  }

  static String groups(List<DuplicateGroup> groups) {
    return groups.size()
        + " groups, largest "
        + (groups.isEmpty() ? 0 : groups.getFirst().services().size());
  }

  static Row time(String what, Supplier<String> run) {
    run.get();
    List<Double> ms = new ArrayList<>();
    String result = null;
    for (int i = 0; i < RUNS; i++) {
      long t = System.nanoTime();
      result = run.get();
      ms.add((System.nanoTime() - t) / 1e6);
    }
    ms.sort(Double::compare);
    Row row = new Row(what, ms.get(RUNS / 2), ms.getLast(), result);
    System.out.printf(
        Locale.UK,
        "%-55s median %8.0f ms  max %8.0f ms  %s%n",
        what,
        row.medianMs(),
        row.maxMs(),
        result);
    return row;
  }

  String report(double generated, double written, List<Row> rows) throws Exception {
    StringBuilder out = new StringBuilder("# Commissioning benchmark\n\n");
    Runtime rt = Runtime.getRuntime();
    String cpu =
        Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
            .filter(l -> l.startsWith("model name"))
            .findFirst()
            .map(l -> l.substring(l.indexOf(':') + 1).strip())
            .orElse("unknown CPU");
    String load =
        Files.exists(Path.of("/proc/loadavg"))
            ? Files.readString(Path.of("/proc/loadavg")).strip()
            : "?";
    out.append(
        String.format(
            Locale.UK,
            "%,d services (ScaledDirectory, seed 42), generated in %.1f s, written in %.0f s."
                + " JDK %s, %d processors (%s), max heap %,d MiB; load average at the end: %s."
                + " Embedded Neo4j in the same JVM. Each figure: one warm-up, then %d runs.%n%n",
            SERVICES,
            generated,
            written,
            System.getProperty("java.version"),
            rt.availableProcessors(),
            cpu,
            rt.maxMemory() / (1024 * 1024),
            load,
            RUNS));
    out.append("| analysis | median (ms) | slowest (ms) | result |\n|---|---:|---:|---|\n");
    for (Row r : rows) {
      out.append(
          String.format(
              Locale.UK,
              "| %s | %.0f | %.0f | %s |%n",
              r.what(),
              r.medianMs(),
              r.maxMs(),
              r.result()));
    }
    return out.toString();
  }
}
