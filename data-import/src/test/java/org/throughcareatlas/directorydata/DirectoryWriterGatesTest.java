package org.throughcareatlas.directorydata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.throughcareatlas.demo.DemoDirectory;

/**
 * A restricted service is in the catchments gated by its first restricted group's circumstances;
 * when a circumstance moves to another group, the writer indexes its services again.
 */
// Its own graph: the writes below re-index services, and the shared demo graph's full-text scores
// (compared between two indexes by DemoSearchReferenceTest) count re-indexed documents until
// Lucene merges them.
@SpringBootTest(properties = {"atlas.demo.enabled=true", "atlas.test.graph=directory-writer-gates"})
@ActiveProfiles("test")
class DirectoryWriterGatesTest {

  @Autowired Driver driver;
  @Autowired SessionConfig sessionConfig;
  @Autowired DirectoryWriter writer;

  @Test
  void movingACircumstanceToAnotherGroupMovesTheGatesOfItsServices() {
    Directory demo = DemoDirectory.build();
    String serviceId =
        single(
            """
            MATCH (s:Service)-[:FOR]->(:Circumstance {id: 'women'}),
                  (s)-[:FOR]->(:Circumstance {id: 'remand'})
            RETURN s.id ORDER BY s.id LIMIT 1
            """);
    // Gender comes before sentence: gated by "women".
    assertThat(gates(serviceId)).containsOnly("women");
    try {
      writer.write(circumstancesOnly(demo, "women", "zz-gender"));
      // Now sentence comes first: gated by "remand".
      assertThat(gates(serviceId)).containsOnly("remand");
    } finally {
      writer.write(circumstancesOnly(demo, "women", "gender"));
    }
    assertThat(gates(serviceId)).containsOnly("women");
  }

  /** The demo's circumstances alone, one of them in another group. */
  static Directory circumstancesOnly(Directory demo, String id, String group) {
    List<Directory.Circumstance> circumstances =
        demo.circumstances().stream()
            .map(
                c ->
                    c.id().equals(id)
                        ? new Directory.Circumstance(c.id(), c.name(), group, c.description())
                        : c)
            .toList();
    return new Directory(
        List.of(),
        List.of(),
        List.of(),
        circumstances,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  /** The gate circumstance of each of the service's catchment keys. */
  List<String> gates(String serviceId) {
    try (Session session = driver.session(sessionConfig)) {
      return session
          .run(
              "MATCH (:Service {id: $id})-[:IN_CATCHMENT]->(c:Catchment) RETURN c.key AS key",
              Map.of("id", serviceId))
          .list(r -> r.get("key").asString())
          .stream()
          .map(key -> key.split("\\|"))
          .map(parts -> parts.length == 3 ? parts[2] : "")
          .distinct()
          .toList();
    }
  }

  String single(String cypher) {
    try (Session session = driver.session(sessionConfig)) {
      return session.run(cypher).single().get(0).asString();
    }
  }
}
