package org.throughcareatlas.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.ProfiledPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.throughcareatlas.directory.DirectoryQueries;
import org.throughcareatlas.directorydata.Directory;
import org.throughcareatlas.directorydata.DirectoryWriter;
import org.throughcareatlas.search.FreeText;
import org.throughcareatlas.search.SearchCriteria;
import org.throughcareatlas.search.ServiceSearch;
import org.throughcareatlas.search.ServiceSearch.CandidateQuery;
import org.throughcareatlas.search.ServiceSearch.TextMatch;
import org.throughcareatlas.search.ServiceSearch.TextMatches;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The officer search at scale (docs/benchmarks.md). For each size: clear the graph, write {@link
 * ScaledDirectory#scaled(int, long)}, then run a fixed, seeded mix of realistic searches twice side
 * by side — (a) a real HTTP POST of {@code searchServices} to {@code /graphql}, (b) the same
 * candidate Cypher with the same parameters ({@link ServiceSearch#candidateQuery}, after the
 * free-text statement of {@link ServiceSearch#textQuery} when there is text) through the driver —
 * and report median, p95 and p99 of each. Named {@code *Benchmark} so that the normal test run
 * leaves it out; run it with
 *
 * <pre>
 * for size in 10000 100000; do
 *   ./mvnw -B -pl data-import test -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *       -Dspotless.check.skip=true -Datlas.benchmark.sizes=$size
 * done
 * </pre>
 *
 * One size per JVM: a JVM that has searched the 10,000-service directory keeps the code its JIT
 * compiled for it, and searched the 100,000-service directory 10–50 % slower than a fresh one
 * (docs/benchmarks.md, "One JVM per size"). Both sizes in one run ({@code
 * -Datlas.benchmark.sizes=10000,100000}, the default) still works. The table goes to standard
 * output and to {@code data-import/target/benchmark-search.md} (and, for one size, {@code
 * benchmark-search-SIZE.md}).
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {"atlas.demo.enabled=false", "spring.threads.virtual.enabled=true"})
@ActiveProfiles("test")
class SearchBenchmark {

  static final long DATA_SEED = 42;
  static final long SEARCH_SEED = 7;

  /**
   * Random searches run both ways before measuring. The web, GraphQL and Spring layers are compiled
   * by the JIT's optimising tier only after a few thousand requests (measured from outside with the
   * app jar: a search answered in 9 ms after 2,000 requests took 4 ms after 5,000), while the
   * direct path's code is mostly the database's, hot after a few searches. Too short a warm-up
   * measures the GraphQL path half-compiled; a server that has been up a while is past this.
   */
  static final int WARM_UP = Integer.getInteger("atlas.benchmark.warmup", 2_500);

  static final int MEASURED = Integer.getInteger("atlas.benchmark.searches", 400);
  static final Path REPORT = Path.of("target", "benchmark-search.md");

  /** Results per page, as {@link #QUERY} asks ({@code first: 20}). */
  static final int PAGE_SIZE = 20;

  static final String QUERY =
      """
      query Search($input: ServiceSearchInput!) {
        searchServices(input: $input, first: 20) {
          totalCount
          edges { node { distanceKm worksInPrison service { id name agency { name } } } }
          groups { need { id } count message }
        }
      }
      """;

  static final List<String> SENTENCES =
      List.of("remand", "short-term", "long-term", "hdc", "licence");
  static final List<String> FLAGS =
      List.of(
          "care-experienced",
          "veteran",
          "parent",
          "homeless-on-release",
          "sex-offence-conviction",
          "first-custody");
  static final Set<String> NOT_SEARCH_WORDS =
      Set.of("after", "before", "their", "people", "release", "services", "service", "support");

  @LocalServerPort int port;
  @Autowired Driver driver;
  @Autowired SessionConfig sessionConfig;
  @Autowired DirectoryWriter writer;
  @Autowired ServiceSearch serviceSearch;

  final ObjectMapper json = JsonMapper.builder().build();

  @Test
  void searchAtScale() throws Exception {
    long started = System.nanoTime();
    List<Integer> sizes =
        Arrays.stream(System.getProperty("atlas.benchmark.sizes", "10000,100000").split(","))
            .map(String::strip)
            .map(Integer::parseInt)
            .toList();
    List<SizeResult> results = new ArrayList<>();
    for (int size : sizes) {
      results.add(run(size));
    }
    String report = report(results, (System.nanoTime() - started) / 1e9);
    System.out.println();
    System.out.println(report);
    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, report);
    // Each size in a JVM of its own is kept beside the others (docs/benchmarks.md, "One JVM per
    // size"): benchmark-search-10000.md, benchmark-search-100000.md.
    if (sizes.size() == 1) {
      Files.writeString(
          REPORT.resolveSibling("benchmark-search-" + sizes.getFirst() + ".md"), report);
    }
  }

  SizeResult run(int size) throws Exception {
    System.out.printf(Locale.UK, "%n== %,d services ==%n", size);
    resetPeakHeap();
    // With -Datlas.benchmark.reuse=true and -Datlas.data.dir=FOLDER, a graph already holding this
    // size (written by an earlier run into FOLDER) is searched as it is: the same seed gives the
    // same directory, so only the write is skipped.
    boolean reuse =
        Boolean.getBoolean("atlas.benchmark.reuse")
            && count("MATCH (s:Service) RETURN count(s)") == size;
    long t0 = System.nanoTime();
    if (!reuse) {
      clearGraph();
    }
    double clearSeconds = (System.nanoTime() - t0) / 1e9;

    t0 = System.nanoTime();
    Directory directory = ScaledDirectory.scaled(size, DATA_SEED);
    double generateSeconds = (System.nanoTime() - t0) / 1e9;

    t0 = System.nanoTime();
    if (!reuse) {
      ScaledDirectory.write(writer, directory);
    }
    double writeSeconds = (System.nanoTime() - t0) / 1e9;
    t0 = System.nanoTime();
    try (Session session = driver.session(sessionConfig)) {
      session.run("CALL db.awaitIndexes(600)").consume();
    }
    double indexSeconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        Locale.UK,
        "cleared in %.1f s, generated in %.2f s, written in %.1f s, indexes online after %.1f s%n",
        clearSeconds,
        generateSeconds,
        writeSeconds,
        indexSeconds);
    long services = count("MATCH (s:Service) RETURN count(s)");
    assertThat(services).isEqualTo(size);

    List<Search> searches = new ArrayList<>(everyShape(directory, new Random(SEARCH_SEED + 1)));
    // The measured searches come from their own seed, so they are the same whatever the warm-up.
    searches.addAll(searches(directory, new Random(SEARCH_SEED + 2), WARM_UP));
    int warmUp = searches.size();
    searches.addAll(searches(directory, new Random(SEARCH_SEED), MEASURED));
    List<Sample> samples = new ArrayList<>();
    for (int i = 0; i < searches.size(); i++) {
      Search search = searches.get(i);
      // Alternate which goes first, so that neither always meets a warmer cache.
      long gcBefore = gcMillis();
      Timed graphQl;
      Timed direct;
      if (i % 2 == 0) {
        graphQl = graphQl(search);
        direct = direct(search);
      } else {
        direct = direct(search);
        graphQl = graphQl(search);
      }
      if (i >= warmUp) {
        samples.add(new Sample(search, graphQl, direct, i % 2 == 0, gcMillis() - gcBefore));
      }
    }

    if (Boolean.getBoolean("atlas.benchmark.profile")) {
      profile(size, searches.subList(warmUp, searches.size()), samples);
    }

    writeSamples(size, samples);
    long peakHeap = peakHeap();
    System.gc();
    long heapAfterGc =
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    return new SizeResult(
        size,
        directory.agencies().size(),
        directory.locations().size(),
        directory.contacts().size(),
        directory.relationships().size(),
        generateSeconds,
        writeSeconds,
        peakHeap,
        heapAfterGc,
        samples);
  }

  // ---------------------------------------------------------------------------------------------
  // The two ways of searching
  // ---------------------------------------------------------------------------------------------

  /**
   * A real HTTP POST to /graphql over a kept-alive connection, the response read whole and parsed.
   * Sent with {@link HttpURLConnection}, which does its work on the calling thread: the JDK's
   * {@code HttpClient} hands each exchange between its own threads, and on this 2-core machine
   * spent about 1.4 ms of processor time per search doing so (profiled), time the server and the
   * direct search then did not have.
   */
  Timed graphQl(Search search) throws IOException {
    byte[] body = json.writeValueAsBytes(Map.of("query", QUERY, "variables", search.variables()));
    long t0 = System.nanoTime();
    HttpURLConnection connection = (HttpURLConnection) graphQlUrl().openConnection();
    connection.setRequestMethod("POST");
    connection.setDoOutput(true);
    connection.setRequestProperty("Content-Type", "application/json");
    connection.setRequestProperty("Accept", "application/graphql-response+json, application/json");
    try (OutputStream out = connection.getOutputStream()) {
      out.write(body);
    }
    int status = connection.getResponseCode();
    byte[] answer;
    try (InputStream in =
        status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
      answer = in == null ? new byte[0] : in.readAllBytes();
    }
    JsonNode tree = status == 200 ? json.readTree(answer) : null;
    long nanos = System.nanoTime() - t0;
    if (tree == null || tree.has("errors")) {
      throw new AssertionError(
          "GraphQL search failed ("
              + status
              + "): "
              + new String(answer, java.nio.charset.StandardCharsets.UTF_8));
    }
    return new Timed(nanos, tree.path("data").path("searchServices").path("totalCount").asInt());
  }

  URL graphQlUrl() throws IOException {
    return URI.create("http://127.0.0.1:" + port + "/graphql").toURL();
  }

  /**
   * The same Cypher through the driver, in one read transaction, rows materialised: the free-text
   * statement when there are words ({@link ServiceSearch#textQuery}), then the candidate statement,
   * with the parameters {@link ServiceSearch#search} binds for the same criteria ({@link
   * ServiceSearch#candidateQuery}).
   */
  Timed direct(Search search) {
    long t0 = System.nanoTime();
    int rows;
    try (Session session = driver.session(sessionConfig)) {
      rows =
          session.executeRead(
              tx -> {
                List<CandidateQuery> parts =
                    serviceSearch.candidateQueries(
                        search.criteria(), text(serviceSearch, tx, search));
                List<Record> candidates =
                    ServiceSearch.readParts(
                        driver,
                        sessionConfig,
                        tx,
                        parts,
                        record -> record,
                        record -> record.get("id").asString());
                // The page's services and their agencies, as the GraphQL search reads them: any
                // 20 of the results cost the same.
                List<String> page =
                    candidates.stream().limit(PAGE_SIZE).map(r -> r.get("id").asString()).toList();
                if (!page.isEmpty()) {
                  tx.run(DirectoryQueries.SERVICES_AND_AGENCIES, Map.of("ids", page)).list();
                }
                return candidates.size();
              });
    }
    return new Timed(System.nanoTime() - t0, rows);
  }

  /**
   * What the search's free-text statement ({@link ServiceSearch#textQuery}) finds for its words;
   * null without words.
   */
  static TextMatches text(
      ServiceSearch serviceSearch, org.neo4j.driver.SimpleQueryRunner tx, Search search) {
    CandidateQuery query = serviceSearch.textQuery(search.criteria());
    if (query == null) {
      return null;
    }
    return TextMatches.of(tx.run(query.cypher(), query.parameters()).list(TextMatch::of));
  }

  // ---------------------------------------------------------------------------------------------
  // The searches
  // ---------------------------------------------------------------------------------------------

  /**
   * One search: the GraphQL variables, and the same criteria as {@code SearchGraphQlController}
   * makes of them (every search names a release area; excluded services are not asked for).
   */
  record Search(
      String kind, Map<String, Object> variables, SearchCriteria criteria, List<String> words) {}

  /** A fixed, seeded mix of officer searches. */
  static List<Search> searches(Directory directory, Random random, int count) {
    return searches(directory, random, count, -1);
  }

  /**
   * Two searches of each shape (with or without text, place and radius, prison): each shape binds
   * different parameter types, so Neo4j plans it separately; warming up every shape keeps query
   * planning out of the measured searches, as in a server that has been up a while.
   */
  static List<Search> everyShape(Directory directory, Random random) {
    List<Search> searches = new ArrayList<>();
    for (int shape = 0; shape < 8; shape++) {
      searches.addAll(searches(directory, random, 2, shape));
    }
    return searches;
  }

  /** {@code shape} -1: random; else bit 0 prison, bit 1 place and radius, bit 2 text. */
  static List<Search> searches(Directory directory, Random random, int count, int shape) {
    List<Directory.Need> topLevel =
        directory.needs().stream().filter(n -> n.broaderId() == null).toList();
    List<Directory.Need> narrower =
        directory.needs().stream().filter(n -> n.broaderId() != null).toList();
    List<String> words = nameWords(directory);
    List<Search> searches = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Map<String, Object> input = new LinkedHashMap<>();
      Set<String> needIds = new LinkedHashSet<>();
      int needCount = random.nextDouble() < 0.6 ? 1 : 2;
      while (needIds.size() < needCount) {
        List<Directory.Need> from = random.nextBoolean() ? topLevel : narrower;
        needIds.add(from.get(random.nextInt(from.size())).id());
      }
      input.put("needs", List.copyOf(needIds));

      Directory.Area area = ScaledDirectory.pickArea(random, directory.areas());
      input.put("area", area.code());

      List<String> circumstances = new ArrayList<>();
      circumstances.add(random.nextDouble() < 0.85 ? "men" : "women");
      int age = random.nextDouble() < 0.2 ? 16 + random.nextInt(10) : 18 + random.nextInt(48);
      input.put("age", age);
      double d = random.nextDouble();
      int sentences = d < 0.3 ? 0 : d < 0.85 ? 1 : 2;
      List<String> pool = new ArrayList<>(SENTENCES);
      for (int s = 0; s < sentences; s++) {
        circumstances.add(pool.remove(random.nextInt(pool.size())));
      }
      if (random.nextDouble() < 0.25) {
        circumstances.add(FLAGS.get(random.nextInt(FLAGS.size())));
      }
      input.put("circumstances", circumstances);

      String prisonId = null;
      if (shape < 0 ? random.nextBoolean() : (shape & 1) != 0) {
        prisonId = directory.prisons().get(random.nextInt(directory.prisons().size())).id();
        input.put("prison", prisonId);
      }

      Double radiusKm = null;
      if (shape < 0 ? random.nextDouble() < 0.3 : (shape & 2) != 0) {
        radiusKm = new double[] {10, 25, 40}[random.nextInt(3)];
        input.put("place", area.mainTown());
        input.put("radiusKm", radiusKm);
      }

      String text = null;
      if (shape < 0 ? random.nextDouble() < 0.2 : (shape & 4) != 0) {
        text = words.get(random.nextInt(words.size()));
        if (random.nextDouble() < 0.33) {
          text = typo(text, random);
        }
        input.put("text", text);
      }

      SearchCriteria criteria =
          new SearchCriteria(
              List.copyOf(needIds),
              area.code(),
              radiusKm == null ? null : area.mainTown(),
              null,
              null,
              radiusKm,
              prisonId,
              age,
              circumstances,
              text,
              false);

      String kind = text != null ? "text" : radiusKm != null ? "place + radius" : "area only";
      searches.add(new Search(kind, Map.of("input", input), criteria, FreeText.words(text)));
    }
    return searches;
  }

  /** Words of five letters or more from the demo's service names, such as "accommodation". */
  static List<String> nameWords(Directory directory) {
    Set<String> words = new TreeSet<>();
    for (Directory.Service s :
        directory.services().subList(0, Math.min(231, directory.services().size()))) {
      for (String word : FreeText.words(s.name())) {
        if (word.length() >= 5 && word.chars().allMatch(Character::isLetter)) {
          words.add(word);
        }
      }
    }
    words.removeAll(NOT_SEARCH_WORDS);
    return List.copyOf(words);
  }

  /** One slip of the finger: a letter inside the word replaced. */
  static String typo(String word, Random random) {
    int at = 1 + random.nextInt(word.length() - 2);
    char replacement = (char) ('a' + random.nextInt(26));
    if (replacement == word.charAt(at)) {
      replacement = replacement == 'z' ? 'a' : (char) (replacement + 1);
    }
    return word.substring(0, at) + replacement + word.substring(at + 1);
  }

  // ---------------------------------------------------------------------------------------------
  // The graph
  // ---------------------------------------------------------------------------------------------

  void clearGraph() {
    try (Session session = driver.session(sessionConfig)) {
      session
          .run(
              """
              MATCH (n) WHERE NOT n:__Neo4jMigration AND NOT n:AtlasLock
              CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
              """)
          .consume();
    }
  }

  long count(String cypher) {
    try (Session session = driver.session(sessionConfig)) {
      return session.run(cypher).single().get(0).asLong();
    }
  }

  /**
   * PROFILE of the candidates (and of the free-text statement when there is text) for the slowest
   * direct search, the slowest search with text and the first search, written beside the report.
   */
  void profile(int size, List<Search> measured, List<Sample> samples) throws IOException {
    int slowest = 0;
    int slowestText = -1;
    for (int i = 0; i < samples.size(); i++) {
      long nanos = samples.get(i).direct().nanos();
      if (nanos > samples.get(slowest).direct().nanos()) {
        slowest = i;
      }
      if (samples.get(i).search().kind().equals("text")
          && (slowestText < 0 || nanos > samples.get(slowestText).direct().nanos())) {
        slowestText = i;
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i : new LinkedHashSet<>(List.of(slowest, Math.max(0, slowestText), 0))) {
      Search search = measured.get(i);
      try (Session session = driver.session(sessionConfig)) {
        TextMatches text = null;
        CandidateQuery textQuery = serviceSearch.textQuery(search.criteria());
        if (textQuery != null) {
          text =
              TextMatches.of(
                  session.run(textQuery.cypher(), textQuery.parameters()).list(TextMatch::of));
          out.append(
              String.format(
                  Locale.UK,
                  "%n-- %,d services, search %d: free text for %s, direct %.1f ms%n",
                  size,
                  i,
                  search.words(),
                  samples.get(i).direct().nanos() / 1e6));
          plan(profiled(session, textQuery.cypher(), textQuery.parameters()), 0, out);
        }
        List<CandidateQuery> parts = serviceSearch.candidateQueries(search.criteria(), text);
        for (int part = 0; part < parts.size(); part++) {
          CandidateQuery query = parts.get(part);
          out.append(
              String.format(
                  Locale.UK,
                  "%n-- %,d services, search %d (%s): candidates (part %d of %d) for %s, direct"
                      + " %.1f ms%n",
                  size,
                  i,
                  search.kind(),
                  part + 1,
                  parts.size(),
                  search.variables(),
                  samples.get(i).direct().nanos() / 1e6));
          plan(profiled(session, query.cypher(), query.parameters()), 0, out);
        }
      }
    }
    System.out.println(out);
    Files.createDirectories(REPORT.getParent());
    Files.writeString(
        REPORT.resolveSibling("benchmark-search-plan-" + size + ".txt"), out.toString());
  }

  /** Every measured search with its two times, for a closer look. */
  void writeSamples(int size, List<Sample> samples) throws IOException {
    StringBuilder csv =
        new StringBuilder("kind,graphql_ms,direct_ms,results,candidates,first,gc_ms,input\n");
    for (Sample s : samples) {
      csv.append(
          String.format(
              Locale.UK,
              "%s,%.2f,%.2f,%d,%d,%s,%d,\"%s\"%n",
              s.search().kind(),
              s.graphQl().nanos() / 1e6,
              s.direct().nanos() / 1e6,
              s.graphQl().results(),
              s.direct().results(),
              s.graphQlFirst() ? "graphql" : "direct",
              s.gcMillis(),
              json.writeValueAsString(s.search().variables().get("input")).replace("\"", "'")));
    }
    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT.resolveSibling("benchmark-search-samples-" + size + ".csv"), csv);
  }

  static ProfiledPlan profiled(Session session, String cypher, Map<String, Object> parameters) {
    Result result = session.run("PROFILE " + cypher, parameters);
    result.list();
    return result.consume().profile();
  }

  static void plan(ProfiledPlan plan, int depth, StringBuilder out) {
    out.append("  ".repeat(depth))
        .append(plan.operatorType())
        .append(String.format(Locale.UK, "  rows=%,d dbHits=%,d", plan.records(), plan.dbHits()));
    Object details = plan.arguments().get("Details");
    if (details != null) {
      String text = details.toString().replace('\n', ' ');
      out.append("  ").append(text.length() > 140 ? text.substring(0, 140) + "…" : text);
    }
    out.append('\n');
    for (ProfiledPlan child : plan.children()) {
      plan(child, depth + 1, out);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Memory
  // ---------------------------------------------------------------------------------------------

  static long gcMillis() {
    long millis = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      millis += Math.max(0, gc.getCollectionTime());
    }
    return millis;
  }

  static void resetPeakHeap() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Sum of the heap pools' peaks since the last reset, in MiB (an upper bound of the peak). */
  static long peakHeap() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes / (1024 * 1024);
  }

  // ---------------------------------------------------------------------------------------------
  // The report
  // ---------------------------------------------------------------------------------------------

  record Timed(long nanos, int results) {}

  /**
   * One measured search: both times, whether GraphQL went first, and the milliseconds the JVM spent
   * in garbage collection while the two ran.
   */
  record Sample(Search search, Timed graphQl, Timed direct, boolean graphQlFirst, long gcMillis) {}

  record SizeResult(
      int services,
      int agencies,
      int locations,
      int contacts,
      int relationships,
      double generateSeconds,
      double writeSeconds,
      long peakHeapMiB,
      long heapAfterGcMiB,
      List<Sample> samples) {}

  static double percentile(List<Long> nanos, double p) {
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
  }

  static String report(List<SizeResult> results, double totalSeconds) {
    StringBuilder out = new StringBuilder();
    Runtime rt = Runtime.getRuntime();
    out.append("# Search benchmark\n\n")
        .append(
            String.format(
                Locale.UK,
                "JDK %s, %d processors, max heap %,d MiB, JVM flags: %s%n%n",
                System.getProperty("java.version"),
                rt.availableProcessors(),
                rt.maxMemory() / (1024 * 1024),
                String.join(
                    " ",
                    ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .filter(a -> a.startsWith("-X"))
                        .toList())))
        .append(
            String.format(
                Locale.UK,
                "%d warm-up (%d random, 2 of each of the 8 parameter shapes) and %d measured"
                    + " searches per size; times in ms, wall clock per search.%n%n",
                WARM_UP + 16,
                WARM_UP,
                MEASURED));

    out.append("## Data\n\n")
        .append(
            "| services | agencies | locations | contacts | relationships | generated (s) | written"
                + " (s) | peak heap (MiB) | heap after GC (MiB) |\n")
        .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (SizeResult r : results) {
      out.append(
          String.format(
              Locale.UK,
              "| %,d | %,d | %,d | %,d | %,d | %.2f | %.1f | %,d | %,d |%n",
              r.services(),
              r.agencies(),
              r.locations(),
              r.contacts(),
              r.relationships(),
              r.generateSeconds(),
              r.writeSeconds(),
              r.peakHeapMiB(),
              r.heapAfterGcMiB()));
    }

    out.append("\n## Latency\n\n")
        .append(
            "| services | GraphQL median | GraphQL p95 | GraphQL p99 | direct median | direct p95 |"
                + " direct p99 | ratio median | ratio p95 | avg results (GraphQL totalCount) |"
                + " avg candidate rows (direct) |\n")
        .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (SizeResult r : results) {
      List<Long> g = r.samples().stream().map(s -> s.graphQl().nanos()).toList();
      List<Long> d = r.samples().stream().map(s -> s.direct().nanos()).toList();
      out.append(
          String.format(
              Locale.UK,
              "| %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %.1f | %.1f |%n",
              r.services(),
              percentile(g, 50),
              percentile(g, 95),
              percentile(g, 99),
              percentile(d, 50),
              percentile(d, 95),
              percentile(d, 99),
              percentile(g, 50) / percentile(d, 50),
              percentile(g, 95) / percentile(d, 95),
              r.samples().stream().mapToInt(s -> s.graphQl().results()).average().orElse(0),
              r.samples().stream().mapToInt(s -> s.direct().results()).average().orElse(0)));
    }

    out.append("\n## By kind of search\n\n")
        .append(
            "| services | kind | searches | GraphQL median | GraphQL p95 | direct median | direct p95"
                + " | avg results |\n")
        .append("|---:|---|---:|---:|---:|---:|---:|---:|\n");
    for (SizeResult r : results) {
      for (String kind : List.of("area only", "place + radius", "text")) {
        Predicate<Sample> ofKind = s -> s.search().kind().equals(kind);
        List<Long> g = r.samples().stream().filter(ofKind).map(s -> s.graphQl().nanos()).toList();
        List<Long> d = r.samples().stream().filter(ofKind).map(s -> s.direct().nanos()).toList();
        if (g.isEmpty()) {
          continue;
        }
        out.append(
            String.format(
                Locale.UK,
                "| %,d | %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
                r.services(),
                kind,
                g.size(),
                percentile(g, 50),
                percentile(g, 95),
                percentile(d, 50),
                percentile(d, 95),
                r.samples().stream()
                    .filter(ofKind)
                    .mapToInt(s -> s.graphQl().results())
                    .average()
                    .orElse(0)));
      }
    }
    out.append(String.format(Locale.UK, "%nTotal benchmark time: %.0f s%n", totalSeconds));
    return out.toString();
  }
}
