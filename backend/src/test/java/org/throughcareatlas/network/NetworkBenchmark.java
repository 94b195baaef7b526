package org.throughcareatlas.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.throughcareatlas.testing.TestGraph;

/**
 * Times the network measures on a generated network of 10,000 agencies and 100,000 working
 * relationships. Not run by the normal build (surefire runs {@code *Test}); run it with
 *
 * <pre>
 * ./mvnw -B -pl backend -am test -Dtest=NetworkBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true
 * </pre>
 *
 * It prints a table and writes {@code backend/target/benchmark-network.md}. Each figure is the
 * median of 5 runs after 1 warm-up.
 */
@SpringBootTest
@ActiveProfiles("test")
class NetworkBenchmark {

  static final int AGENCIES = 10_000;
  static final int RELATIONSHIPS = 100_000;
  static final int WORKS_IN = 300;
  static final int AREAS = 32;
  static final int PRISONS = 17;

  /** Agencies never linked to anything, so that the isolates measure has work. */
  static final int ISOLATES = 100;

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  static final int RUNS = 5;

  @Autowired Driver driver;
  @Autowired SessionConfig sessionConfig;
  @Autowired TestGraph graph;
  @Autowired NetworkQueries network;

  @Test
  void networkMeasuresOnTenThousandAgencies() throws IOException {
    graph.clear();
    long started = System.nanoTime();
    Generated g = generate(new SplittableRandom(42));
    double generateSeconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(Locale.UK, "generated in %.1f s%n", generateSeconds);
    assertThat(graph.count("MATCH (a:Agency) RETURN count(a)")).isEqualTo(AGENCIES);
    long relationships =
        graph.count(
            "MATCH (:Agency)-[r:REFERS_TO|PARTNERS_WITH|SHARES_INFORMATION_WITH]->(:Agency)"
                + " RETURN count(r)");
    long worksIn = graph.count("MATCH (:Agency)-[r:WORKS_IN]->(:Prison) RETURN count(r)");

    Map<String, Timing> timings = new LinkedHashMap<>();
    measure(
        timings,
        "health (all five measures, one transaction)",
        time(() -> network.health(TODAY, 100)));
    // Inside health the network is read once and every measure works from it.
    NetworkQueries.Snapshot loaded = network.network();
    measure(timings, "· read the network (one Cypher query)", time(network::network));
    measure(
        timings,
        "· isolated agencies, from the network read",
        time(() -> network.isolatedAgencies(loaded, 100)));
    measure(timings, "· hubs, from the network read", time(() -> network.hubs(loaded)));
    measure(
        timings,
        "  · of which betweenness, sampled (100 sources)",
        time(() -> Betweenness.of(loaded.n(), loaded.from(), loaded.to())));
    measure(
        timings,
        "· one-way referrals, from the network read",
        time(() -> network.oneWayReferrals(loaded, 100)));
    measure(
        timings,
        "· unlinked to releasing prisons, from the network read",
        time(() -> network.unlinkedToReleasePrisons(loaded, 100)));
    measure(
        timings,
        "· stale relationships, from the network read",
        time(() -> network.staleRelationships(loaded, TODAY, 100)));
    // Each measure asked for on its own reads the network itself.
    measure(timings, "isolated agencies, on its own", time(() -> network.isolatedAgencies(100)));
    measure(timings, "hubs, on its own", time(network::hubs));
    measure(timings, "one-way referrals, on its own", time(() -> network.oneWayReferrals(100)));
    measure(
        timings,
        "unlinked to releasing prisons, on its own",
        time(() -> network.unlinkedToReleasePrisons(100)));
    measure(
        timings,
        "stale relationships, on its own",
        time(() -> network.staleRelationships(TODAY, 100)));
    measure(
        timings,
        "referral paths, prison → service",
        time(() -> network.referralPaths("prison-01", g.serviceIds.get(g.serviceIds.size() / 2))));
    measure(
        timings,
        "referral paths, agency → agency",
        time(() -> network.referralPaths(g.agencyIds.get(5_000), g.agencyIds.get(7_000))));
    measure(
        timings,
        "neighbourhood, depth 1",
        time(() -> network.neighbourhood(g.agencyIds.get(5_000), 1)));
    measure(
        timings,
        "neighbourhood, depth 2",
        time(() -> network.neighbourhood(g.agencyIds.get(5_000), 2)));
    measure(
        timings,
        "network filtered by area",
        time(() -> network.network(new NetworkFilter(areaCode(1), null, null, null))));
    measure(
        timings,
        "network filtered by prison",
        time(() -> network.network(new NetworkFilter(null, null, "prison-01", null))));
    measure(timings, "whole network, unfiltered", time(() -> network.network(NetworkFilter.NONE)));

    NetworkHealth health = network.health(TODAY, 100);
    ReferralPaths paths =
        network.referralPaths("prison-01", g.serviceIds.get(g.serviceIds.size() / 2));
    String report = report(timings, generateSeconds, relationships, worksIn, health, paths, loaded);
    System.out.println(report);
    Path file = Path.of("target", "benchmark-network.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, report);
  }

  // The generated network

  record Generated(List<String> agencyIds, List<String> serviceIds) {}

  /**
   * 32 council areas, 17 prisons in 12 of them, 10,000 agencies, 15,000 services, 100,000 working
   * relationships whose ends are drawn with weights falling as a power of rank (a few hubs with
   * thousands of links, most agencies with a handful), 300 WORKS_IN links, about 2% of services
   * working inside a prison, last confirmed dates spread over three years.
   */
  private Generated generate(SplittableRandom random) {
    List<Map<String, Object>> areas = new ArrayList<>();
    for (int i = 0; i < AREAS; i++) {
      areas.add(
          Map.of(
              "code", areaCode(i),
              "name", "Area " + (i + 1),
              "latitude", 55.0 + random.nextDouble() * 3.5,
              "longitude", -6.0 + random.nextDouble() * 4.0));
    }
    write(
        """
        UNWIND $rows AS row
        CREATE (a:Area {code: row.code, name: row.name, mainTown: row.name,
                        point: point({latitude: row.latitude, longitude: row.longitude})})
        """,
        areas);
    List<Map<String, Object>> prisons = new ArrayList<>();
    for (int i = 0; i < PRISONS; i++) {
      prisons.add(Map.of("id", String.format("prison-%02d", i + 1), "area", areaCode(i % 12)));
    }
    write(
        """
        UNWIND $rows AS row
        MATCH (a:Area {code: row.area})
        CREATE (p:Prison {id: row.id, name: 'HMP ' + row.id, holds: 'men',
                          point: point({latitude: a.point.latitude + 0.05,
                                        longitude: a.point.longitude + 0.05})})
        CREATE (p)-[:IN]->(a)
        """,
        prisons);
    List<Map<String, Object>> needs = new ArrayList<>();
    for (int i = 0; i < 14; i++) {
      needs.add(Map.of("id", "need-" + i, "broader", ""));
      needs.add(Map.of("id", "need-" + i + ".a", "broader", "need-" + i));
      needs.add(Map.of("id", "need-" + i + ".b", "broader", "need-" + i));
    }
    write(
        """
        UNWIND $rows AS row
        CREATE (n:Need {id: row.id, name: row.id})
        WITH n, row
        MATCH (b:Need {id: row.broader})
        CREATE (n)-[:BROADER]->(b)
        """,
        needs);

    String[] kinds = {
      "STATUTORY", "THIRD_SECTOR", "THIRD_SECTOR", "PEER_LED", "HEALTH", "FAITH_BASED"
    };
    List<String> agencyIds = new ArrayList<>();
    List<Map<String, Object>> agencies = new ArrayList<>();
    for (int i = 0; i < AGENCIES; i++) {
      String id = String.format("agency-%05d", i);
      agencyIds.add(id);
      agencies.add(
          Map.of(
              "id",
              id,
              "name",
              "Agency " + i,
              "kind",
              kinds[random.nextInt(kinds.length)],
              "area",
              areaCode(random.nextInt(AREAS))));
    }
    write(
        """
        UNWIND $rows AS row
        MATCH (area:Area {code: row.area})
        CREATE (a:Agency {id: row.id, name: row.name, kind: row.kind})
        CREATE (a)-[:BASED_IN]->(area)
        CREATE (a)-[:HAS_CONTACT]->(:Contact {id: 'contact-' + row.id, name: 'Referrals',
                                              email: row.id + '@example.org'})
        """,
        agencies);

    List<String> serviceIds = new ArrayList<>();
    List<Map<String, Object>> services = new ArrayList<>();
    for (int i = 0; i < AGENCIES * 3 / 2; i++) {
      String id = String.format("service-%05d", i);
      serviceIds.add(id);
      List<String> covers = new ArrayList<>();
      for (int c = 0; c < 1 + random.nextInt(3); c++) {
        covers.add(areaCode(random.nextInt(AREAS)));
      }
      services.add(
          Map.of(
              "id",
              id,
              "agencyId",
              agencyIds.get(random.nextInt(AGENCIES)),
              "need",
              "need-" + random.nextInt(14) + (random.nextBoolean() ? ".a" : ""),
              "covers",
              covers,
              "inReach",
              random.nextInt(50) == 0
                  ? List.of(String.format("prison-%02d", 1 + random.nextInt(PRISONS)))
                  : List.of()));
    }
    write(
        """
        UNWIND $rows AS row
        MATCH (a:Agency {id: row.agencyId})
        MATCH (n:Need {id: row.need})
        CREATE (s:Service {id: row.id, name: 'Service ' + row.id, status: 'active'})
        CREATE (a)-[:PROVIDES]->(s)
        CREATE (s)-[:MEETS]->(n)
        WITH s, row
        CALL (s, row) {
          UNWIND row.covers AS code
          MATCH (c:Area {code: code})
          MERGE (s)-[:COVERS]->(c)
        }
        CALL (s, row) {
          UNWIND row.inReach AS prisonId
          MATCH (p:Prison {id: prisonId})
          CREATE (s)-[:IN_REACH]->(p)
        }
        """,
        services);

    // Ends drawn by weight (rank + 1)^-0.75 over agencies in a random order: a few hubs.
    // The last ISOLATES agencies are never drawn.
    int linked = AGENCIES - ISOLATES;
    int[] order = new int[linked];
    for (int i = 0; i < linked; i++) {
      order[i] = i;
    }
    for (int i = linked - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    double[] cumulative = new double[linked];
    double sum = 0;
    for (int rank = 0; rank < linked; rank++) {
      sum += Math.pow(rank + 1, -0.75);
      cumulative[rank] = sum;
    }
    Map<String, List<Map<String, Object>>> byType = new HashMap<>();
    String[] types = {"REFERS_TO", "REFERS_TO", "PARTNERS_WITH", "SHARES_INFORMATION_WITH"};
    int made = 0;
    while (made < RELATIONSHIPS) {
      int a = order[draw(cumulative, random)];
      int b = order[draw(cumulative, random)];
      if (a == b) {
        continue;
      }
      String type = types[random.nextInt(types.length)];
      byType
          .computeIfAbsent(type, t -> new ArrayList<>())
          .add(rel(made++, a, b, agencyIds, random));
      if (type.equals("REFERS_TO") && random.nextInt(10) < 3 && made < RELATIONSHIPS) {
        byType.get(type).add(rel(made++, b, a, agencyIds, random)); // referred back
      }
    }
    List<Map<String, Object>> worksIn = new ArrayList<>();
    for (int i = 0; i < WORKS_IN; i++) {
      Map<String, Object> row =
          new HashMap<>(rel(made + i, order[draw(cumulative, random) / 4], 0, agencyIds, random));
      row.put("toId", String.format("prison-%02d", 1 + random.nextInt(PRISONS)));
      worksIn.add(row);
    }
    byType.put("WORKS_IN", worksIn);
    // One statement per type from this fixed list (a type cannot be a parameter).
    for (String type :
        List.of("REFERS_TO", "PARTNERS_WITH", "SHARES_INFORMATION_WITH", "WORKS_IN")) {
      String target = type.equals("WORKS_IN") ? "Prison" : "Agency";
      write(
          """
          UNWIND $rows AS row
          MATCH (f:Agency {id: row.fromId})
          MATCH (t:TARGET {id: row.toId})
          CREATE (f)-[:TYPE {id: row.id, since: row.since, formal: row.formal,
                             lastConfirmed: row.lastConfirmed, notes: 'generated'}]->(t)
          """
              .replace("TARGET", target)
              .replace("TYPE", type),
          byType.get(type));
    }
    return new Generated(agencyIds, serviceIds);
  }

  private static Map<String, Object> rel(
      int n, int from, int to, List<String> agencyIds, SplittableRandom random) {
    return Map.of(
        "id", "rel-" + n,
        "fromId", agencyIds.get(from),
        "toId", agencyIds.get(to),
        "since", TODAY.minusDays(365 + random.nextInt(3650)),
        "formal", random.nextBoolean(),
        "lastConfirmed", TODAY.minusDays(random.nextInt(3 * 365)));
  }

  private static int draw(double[] cumulative, SplittableRandom random) {
    double x = random.nextDouble() * cumulative[cumulative.length - 1];
    int i = Arrays.binarySearch(cumulative, x);
    return i >= 0 ? i : Math.min(-i - 1, cumulative.length - 1);
  }

  private static String areaCode(int i) {
    return String.format("S12%06d", i + 1);
  }

  private void write(String cypher, List<Map<String, Object>> rows) {
    try (Session session = driver.session(sessionConfig)) {
      for (int i = 0; i < rows.size(); i += 10_000) {
        List<Map<String, Object>> batch = rows.subList(i, Math.min(rows.size(), i + 10_000));
        session.executeWriteWithoutResult(tx -> tx.run(cypher, Map.of("rows", batch)).consume());
      }
    }
  }

  // Timing and the report

  record Timing(double medianMs, double minMs, double maxMs) {}

  private static void measure(Map<String, Timing> timings, String name, Timing timing) {
    timings.put(name, timing);
    System.out.printf(Locale.UK, "%-50s %8.0f ms%n", name, timing.medianMs());
  }

  private static Timing time(Supplier<?> work) {
    work.get(); // warm-up
    double[] ms = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      work.get();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    return new Timing(ms[RUNS / 2], ms[0], ms[RUNS - 1]);
  }

  private static String report(
      Map<String, Timing> timings,
      double generateSeconds,
      long relationships,
      long worksIn,
      NetworkHealth health,
      ReferralPaths paths,
      NetworkQueries.Snapshot loaded) {
    StringBuilder md = new StringBuilder();
    md.append("# Network measures benchmark\n\n");
    md.append(
        String.format(
            Locale.UK,
            "%,d agencies, %,d agency–agency working relationships, %,d WORKS_IN links, %d"
                + " prisons, %d council areas; %,d vertices and %,d edges in the network loaded"
                + " for betweenness. Generated and written in %.1f s (UNWIND batches of"
                + " 10,000 through the driver).%n%n",
            AGENCIES,
            relationships,
            worksIn,
            PRISONS,
            AREAS,
            loaded.n(),
            loaded.from().length,
            generateSeconds));
    md.append("Machine: ")
        .append(machine())
        .append("\n\nMedian of ")
        .append(RUNS)
        .append(" runs after 1 warm-up, in milliseconds:\n\n");
    md.append("| measure | median ms | min ms | max ms |\n|---|---:|---:|---:|\n");
    timings.forEach(
        (name, t) ->
            md.append(
                String.format(
                    Locale.UK,
                    "| %s | %.0f | %.0f | %.0f |%n",
                    name,
                    t.medianMs(),
                    t.minMs(),
                    t.maxMs())));
    md.append("\nAnswers on this network:\n\n");
    md.append(
        String.format(
            Locale.UK,
            "- isolated agencies: %,d%n- hubs (%s): %s%n- one-way referral links: %,d%n"
                + "- (area, agency) pairs unlinked to releasing prisons: %,d in %d areas%n"
                + "- stale relationships (before %s): %,d%n"
                + "- referral paths prison-01 → a service: %d shown of %d shortest, %s%n",
            health.isolatedAgencies().count(),
            health.hubs().exact() ? "exact" : "sampled, " + health.hubs().sources() + " sources",
            health.hubs().hubs().stream()
                .limit(3)
                .map(
                    h ->
                        String.format(
                            Locale.UK,
                            "%s %.4f (%d links)",
                            h.agency().name(),
                            h.score(),
                            h.links()))
                .toList(),
            health.oneWayReferrals().count(),
            health.unlinkedToReleasePrisons().count(),
            health.unlinkedToReleasePrisons().areas().size(),
            health.staleRelationships().confirmedBefore(),
            health.staleRelationships().count(),
            paths.paths().size(),
            paths.shortestChains(),
            paths.paths().isEmpty()
                ? paths.message()
                : paths.paths().getFirst().length() + " steps"));
    return md.toString();
  }

  private static String machine() {
    String cpu = "unknown CPU";
    String memory = "";
    try {
      cpu =
          Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
              .filter(l -> l.startsWith("model name"))
              .map(l -> l.substring(l.indexOf(':') + 1).strip())
              .findFirst()
              .orElse(cpu);
      memory =
          Files.readAllLines(Path.of("/proc/meminfo")).stream()
              .filter(l -> l.startsWith("MemTotal"))
              .map(
                  l ->
                      String.format(
                          Locale.UK,
                          ", %.0f GiB RAM",
                          Long.parseLong(l.replaceAll("\\D", "")) / 1048576.0))
              .findFirst()
              .orElse("");
    } catch (IOException e) {
      // leave the defaults
    }
    return Runtime.getRuntime().availableProcessors()
        + " cores ("
        + cpu
        + ")"
        + memory
        + "; JDK "
        + Runtime.version()
        + ", JVM flags "
        + ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .filter(a -> a.startsWith("-X"))
            .toList()
        + ", heap max "
        + Runtime.getRuntime().maxMemory() / 1048576
        + " MiB.";
  }
}
