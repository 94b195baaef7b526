package org.throughcareatlas.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.throughcareatlas.directorydata.Directory;
import org.throughcareatlas.directorydata.DirectoryWriter;
import org.throughcareatlas.graph.QueryPlans;
import org.throughcareatlas.hsds.ImportReport.Kind;
import tools.jackson.databind.JsonNode;

/**
 * Import throughput (docs/benchmarks.md, "HSDS import"): {@code N} generated services (default
 * 20,000), each with two locations, two contacts, a catchment, needs and a council's own term, as
 * one HSDS JSON file. Side by side in one run:
 *
 * <ul>
 *   <li><b>importer</b>: {@link HsdsImporter} on the file — three streamed passes (check, nodes,
 *       links), comparison with the graph, one transaction;
 *   <li><b>import again</b>: the same file a second time (everything unchanged, nothing written);
 *   <li><b>bare UNWIND</b>: the same rows, already in memory, written with plain {@code UNWIND
 *       $rows … MERGE} statements in batches of 1,000 in one transaction: the limit;
 *   <li><b>bare CREATE</b>: the same rows and graph again, with {@code CREATE} instead of {@code
 *       MERGE} (no lookup of what exists, which an import of new entities could skip): the ceiling
 *       of any write of this graph through Cypher on the machine.
 * </ul>
 *
 * Named {@code *Benchmark} so the normal test run leaves it out. Run it with
 *
 * <pre>
 * ./mvnw -B -pl data-import -am test -Dtest=HsdsImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true
 * </pre>
 *
 * Options: {@code -Datlas.benchmark.services=20000}; {@code -Datlas.benchmark.keep=FILE} also keeps
 * the generated file there, to import it from the command line into a running Atlas.
 */
@SpringBootTest(properties = {"atlas.demo.enabled=false", "atlas.test.graph=hsds-benchmark"})
@ActiveProfiles("test")
class HsdsImportBenchmark {

  @Autowired Driver driver;
  @Autowired SessionConfig sessionConfig;
  @Autowired DirectoryWriter directoryWriter;
  @TempDir Path dir;

  @Test
  void importThroughputBesideABareUnwindWrite() throws IOException {
    int services = Integer.getInteger("atlas.benchmark.services", 20_000);
    Directory demo = GeneratedHsds.DEMO;
    directoryWriter.write(
        new Directory(
            demo.areas(),
            demo.prisons(),
            demo.needs(),
            demo.circumstances(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of()));
    HsdsImporter importer = new HsdsImporter(driver, sessionConfig);

    // Warm-up: a small file both ways, then cleared.
    Path small = dir.resolve("warm-up.json");
    new GeneratedHsds(1).write(small, 1_000, 0);
    importer.importFile(small, new HsdsImporter.Options(false), ImportProgress.NONE);
    clear();
    bareWrite(rows(small));
    clear();
    bareCreate(rows(small));
    clear();

    ImportTiming.report();
    Path file = dir.resolve("services.json");
    long generated = System.nanoTime();
    new GeneratedHsds(7).write(file, services, 0);
    double generateSeconds = (System.nanoTime() - generated) / 1e9;
    long bytes = Files.size(file);
    String keep = System.getProperty("atlas.benchmark.keep");
    if (keep != null) {
      // The same file for the command line: java -jar frontend/target/atlas.jar import FILE
      Files.copy(file, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    long started = System.nanoTime();
    ImportReport report =
        importer.importFile(file, new HsdsImporter.Options(false), ImportProgress.NONE);
    double importSeconds = (System.nanoTime() - started) / 1e9;
    assertThat(report.hasErrors()).as(report.summary()).isFalse();
    assertThat(report.countsOf(Kind.SERVICE).created()).isEqualTo(services);
    // As the application does when it hears of the import (DirectoryChanged): plans made afresh.
    QueryPlans.afterWrite(driver, sessionConfig, 0);
    long relationshipsImported = count("MATCH ()-[r]->() RETURN count(r)");
    long nodesImported = count("MATCH (n) RETURN count(n)");

    String firstTimes = ImportTiming.report();
    System.out.println(firstTimes);
    started = System.nanoTime();
    ImportReport again =
        importer.importFile(file, new HsdsImporter.Options(false), ImportProgress.NONE);
    double againSeconds = (System.nanoTime() - started) / 1e9;
    assertThat(again.countsOf(Kind.SERVICE).unchanged()).isEqualTo(services);

    clear();
    started = System.nanoTime();
    Rows rows = rows(file);
    double parseSeconds = (System.nanoTime() - started) / 1e9;
    started = System.nanoTime();
    bareWrite(rows);
    double bareSeconds = (System.nanoTime() - started) / 1e9;
    assertThat(count("MATCH (s:Service) RETURN count(s)")).isEqualTo(services);
    long nodesBare = count("MATCH (n) RETURN count(n)");
    long relationshipsBare = count("MATCH ()-[r]->() RETURN count(r)");

    clear();
    started = System.nanoTime();
    bareCreate(rows);
    double createSeconds = (System.nanoTime() - started) / 1e9;
    assertThat(count("MATCH (s:Service) RETURN count(s)")).isEqualTo(services);
    assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodesBare);
    assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationshipsBare);

    double importRate = services / importSeconds;
    double againRate = services / againSeconds;
    double bareRate = services / bareSeconds;
    double createRate = services / createSeconds;
    String table =
        String.format(
            """
            HSDS import benchmark: %,d services (%,.1f MB of JSON, generated in %.1f s); %,d nodes and %,d relationships after import, %,d and %,d after the bare write
            | what | seconds | services/s |
            |---|---:|---:|
            | importer (check + nodes + links, one transaction) | %.1f | %,.0f |
            | import again (all unchanged, nothing written) | %.1f | %,.0f |
            | bare UNWIND batch write of the same rows (rows in memory; parsing them took %.1f s) | %.1f | %,.0f |
            | bare CREATE of the same rows and graph (nothing looked up: the ceiling) | %.1f | %,.0f |
            | importer / bare | | %.2f |
            Processors %d, load average %.2f, max heap %,d MB
            """,
            services,
            bytes / 1e6,
            generateSeconds,
            nodesImported,
            relationshipsImported,
            nodesBare,
            relationshipsBare,
            importSeconds,
            importRate,
            againSeconds,
            againRate,
            parseSeconds,
            bareSeconds,
            bareRate,
            createSeconds,
            createRate,
            importRate / bareRate,
            Runtime.getRuntime().availableProcessors(),
            java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage(),
            Runtime.getRuntime().maxMemory() / 1_000_000);
    System.out.println(table);
    System.out.println(ImportTiming.report());
    Files.writeString(Path.of("target", "benchmark-hsds-import.md"), table);
  }

  long count(String cypher) {
    try (Session session = driver.session(sessionConfig)) {
      return session.run(cypher).single().get(0).asLong();
    }
  }

  void clear() {
    try (Session session = driver.session(sessionConfig)) {
      session
          .run(
              """
              MATCH (n) WHERE n:Service OR n:Agency OR n:Location OR n:Contact OR n:TaxonomyTerm
                           OR n:Taxonomy
              CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
              """)
          .consume();
    }
  }

  /** The rows of a generated file, as plain maps. */
  record Rows(
      List<Map<String, Object>> agencies,
      List<Map<String, Object>> terms,
      List<Map<String, Object>> locations,
      List<Map<String, Object>> contacts,
      List<Map<String, Object>> services) {}

  static Rows rows(Path file) throws IOException {
    Map<String, Map<String, Object>> agencies = new LinkedHashMap<>();
    Map<String, Map<String, Object>> terms = new LinkedHashMap<>();
    List<Map<String, Object>> locations = new ArrayList<>();
    List<Map<String, Object>> contacts = new ArrayList<>();
    List<Map<String, Object>> services = new ArrayList<>();
    HsdsJsonSource.of(file)
        .read(
            document -> {
              JsonNode s = document.node();
              JsonNode o = s.get("organization");
              String areaCode = s.get("service_areas").get(0).get("extent").asString();
              agencies.computeIfAbsent(
                  o.get("id").asString(),
                  id ->
                      Map.of(
                          "id", id,
                          "name", o.get("name").asString(),
                          "description", o.get("description").asString(),
                          "website", o.get("website").asString(),
                          "source", source(o)));
              List<String> locationIds = new ArrayList<>();
              List<Map<String, Object>> deliveries = new ArrayList<>();
              for (JsonNode d : s.get("service_at_locations").values()) {
                JsonNode l = d.get("location");
                JsonNode a = l.get("addresses").get(0);
                locationIds.add(l.get("id").asString());
                deliveries.add(
                    Map.of("id", d.get("id").asString(), "locationId", l.get("id").asString()));
                locations.add(
                    Map.of(
                        "id", l.get("id").asString(),
                        "name", l.get("name").asString(),
                        "address", a.get("address_1").asString() + ", " + a.get("city").asString(),
                        "postcode", a.get("postal_code").asString(),
                        "latitude", l.get("latitude").asDouble(),
                        "longitude", l.get("longitude").asDouble(),
                        "areaCode", areaCode,
                        "source", source(l)));
              }
              List<String> contactIds = new ArrayList<>();
              for (JsonNode c : s.get("contacts").values()) {
                contactIds.add(c.get("id").asString());
                contacts.add(
                    Map.of(
                        "id", c.get("id").asString(),
                        "name", c.get("name").asString(),
                        "email", c.get("email").asString(),
                        "phone", c.get("phones").get(0).get("number").asString(),
                        "agencyId", o.get("id").asString(),
                        "source", source(c)));
              }
              List<String> needIds = new ArrayList<>();
              List<String> forIds = new ArrayList<>();
              List<String> termIds = new ArrayList<>();
              for (JsonNode a : s.get("attributes").values()) {
                JsonNode t = a.get("taxonomy_term");
                if (t != null) {
                  termIds.add(t.get("id").asString());
                  terms.computeIfAbsent(
                      t.get("id").asString(),
                      id ->
                          Map.of(
                              "id", id,
                              "code", t.get("code").asString(),
                              "name", t.get("name").asString()));
                } else if (a.has("link_type")) {
                  forIds.add("women");
                } else {
                  needIds.add(NEED_BY_TERM.get(a.get("taxonomy_term_id").asString()));
                }
              }
              Map<String, Object> row = new HashMap<>();
              row.put("id", s.get("id").asString());
              row.put("name", s.get("name").asString());
              row.put("description", s.get("description").asString());
              row.put("status", s.get("status").asString());
              row.put("minimumAge", s.get("minimum_age").asInt());
              row.put("agencyId", o.get("id").asString());
              row.put("areaCodes", List.of(areaCode));
              row.put("deliveries", deliveries);
              row.put("forIds", forIds);
              row.put("source", source(s));
              row.put("contactIds", contactIds);
              row.put("needIds", needIds);
              row.put("termIds", termIds);
              services.add(row);
            },
            bytes -> {});
    return new Rows(
        List.copyOf(agencies.values()), List.copyOf(terms.values()), locations, contacts, services);
  }

  static final Map<String, String> NEED_BY_TERM = new HashMap<>();

  static {
    for (Directory.Need need : GeneratedHsds.NEEDS) {
      NEED_BY_TERM.put(ImportIds.needTerm(need.id()), need.id());
    }
  }

  /** The entity's own JSON without its nested arrays, as the importer keeps it. */
  static String source(JsonNode node) {
    tools.jackson.databind.node.ObjectNode copy =
        ((tools.jackson.databind.node.ObjectNode) node).deepCopy();
    copy.remove(
        List.of(
            "organization",
            "service_at_locations",
            "service_areas",
            "contacts",
            "attributes",
            "locations"));
    return copy.toString();
  }

  void bareWrite(Rows rows) {
    try (Session session = driver.session(sessionConfig);
        Transaction tx = session.beginTransaction()) {
      batches(
          tx,
          "UNWIND $rows AS r MERGE (a:Agency {id: r.id})"
              + " SET a.name = r.name, a.description = r.description, a.website = r.website,"
              + " a.hsdsSource = r.source",
          rows.agencies());
      batches(
          tx,
          "UNWIND $rows AS r MERGE (t:TaxonomyTerm {id: r.id}) SET t.code = r.code, t.name = r.name",
          rows.terms());
      batches(
          tx,
          "UNWIND $rows AS r MERGE (l:Location {id: r.id})"
              + " SET l.name = r.name, l.address = r.address, l.postcode = r.postcode,"
              + " l.point = point({latitude: r.latitude, longitude: r.longitude}),"
              + " l.hsdsSource = r.source"
              + " WITH l, r MATCH (a:Area {code: r.areaCode}) MERGE (l)-[:IN]->(a)",
          rows.locations());
      batches(
          tx,
          "UNWIND $rows AS r MERGE (c:Contact {id: r.id})"
              + " SET c.name = r.name, c.email = r.email, c.phone = r.phone, c.hsdsSource = r.source"
              + " WITH c, r MATCH (a:Agency {id: r.agencyId}) MERGE (a)-[:HAS_CONTACT]->(c)",
          rows.contacts());
      batches(
          tx,
          """
          UNWIND $rows AS r
          MERGE (s:Service {id: r.id})
          SET s.name = r.name, s.description = r.description, s.status = r.status,
              s.minimumAge = r.minimumAge, s.hsdsSource = r.source
          WITH s, r
          MATCH (a:Agency {id: r.agencyId})
          MERGE (a)-[:PROVIDES]->(s)
          WITH s, r
          CALL (s, r) { UNWIND r.deliveries AS x MATCH (l:Location {id: x.locationId}) MERGE (s)-[:DELIVERED_AT {id: x.id}]->(l) }
          CALL (s, r) { UNWIND r.needIds AS x MATCH (n:Need {id: x}) MERGE (s)-[:MEETS]->(n) }
          CALL (s, r) { UNWIND r.forIds AS x MATCH (c:Circumstance {id: x}) MERGE (s)-[:FOR]->(c) }
          CALL (s, r) { UNWIND r.areaCodes AS x MATCH (a:Area {code: x}) MERGE (s)-[:COVERS]->(a) }
          CALL (s, r) { UNWIND r.contactIds AS x MATCH (c:Contact {id: x}) MERGE (s)-[:HAS_CONTACT]->(c) }
          CALL (s, r) { UNWIND r.termIds AS x MATCH (t:TaxonomyTerm {id: x}) MERGE (s)-[:HAS_ATTRIBUTE]->(t) }
          """,
          rows.services());
      tx.commit();
    }
  }

  /** The same graph as {@link #bareWrite}, every node and relationship created, none merged. */
  void bareCreate(Rows rows) {
    try (Session session = driver.session(sessionConfig);
        Transaction tx = session.beginTransaction()) {
      batches(
          tx,
          "UNWIND $rows AS r CREATE (:Agency {id: r.id, name: r.name, description: r.description,"
              + " website: r.website, hsdsSource: r.source})",
          rows.agencies());
      batches(
          tx,
          "UNWIND $rows AS r CREATE (:TaxonomyTerm {id: r.id, code: r.code, name: r.name})",
          rows.terms());
      batches(
          tx,
          "UNWIND $rows AS r MATCH (a:Area {code: r.areaCode})"
              + " CREATE (:Location {id: r.id, name: r.name, address: r.address,"
              + " postcode: r.postcode, point: point({latitude: r.latitude, longitude: r.longitude}),"
              + " hsdsSource: r.source})-[:IN]->(a)",
          rows.locations());
      batches(
          tx,
          "UNWIND $rows AS r MATCH (a:Agency {id: r.agencyId})"
              + " CREATE (a)-[:HAS_CONTACT]->(:Contact {id: r.id, name: r.name, email: r.email,"
              + " phone: r.phone, hsdsSource: r.source})",
          rows.contacts());
      batches(
          tx,
          """
          UNWIND $rows AS r
          MATCH (a:Agency {id: r.agencyId})
          CREATE (a)-[:PROVIDES]->(s:Service {id: r.id, name: r.name, description: r.description,
                                              status: r.status, minimumAge: r.minimumAge,
                                              hsdsSource: r.source})
          WITH s, r
          CALL (s, r) { UNWIND r.deliveries AS x WITH DISTINCT x MATCH (l:Location {id: x.locationId}) CREATE (s)-[:DELIVERED_AT {id: x.id}]->(l) }
          CALL (s, r) { UNWIND r.needIds AS x WITH DISTINCT x MATCH (n:Need {id: x}) CREATE (s)-[:MEETS]->(n) }
          CALL (s, r) { UNWIND r.forIds AS x WITH DISTINCT x MATCH (c:Circumstance {id: x}) CREATE (s)-[:FOR]->(c) }
          CALL (s, r) { UNWIND r.areaCodes AS x WITH DISTINCT x MATCH (a:Area {code: x}) CREATE (s)-[:COVERS]->(a) }
          CALL (s, r) { UNWIND r.contactIds AS x WITH DISTINCT x MATCH (c:Contact {id: x}) CREATE (s)-[:HAS_CONTACT]->(c) }
          CALL (s, r) { UNWIND r.termIds AS x WITH DISTINCT x MATCH (t:TaxonomyTerm {id: x}) CREATE (s)-[:HAS_ATTRIBUTE]->(t) }
          """,
          rows.services());
      tx.commit();
    }
  }

  static void batches(Transaction tx, String statement, List<Map<String, Object>> rows) {
    for (int from = 0; from < rows.size(); from += 1_000) {
      tx.run(statement, Map.of("rows", rows.subList(from, Math.min(rows.size(), from + 1_000))))
          .consume();
    }
  }
}
