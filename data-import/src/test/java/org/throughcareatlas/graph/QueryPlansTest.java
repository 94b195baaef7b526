package org.throughcareatlas.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;
import org.throughcareatlas.benchmark.ScaledDirectory;
import org.throughcareatlas.directorydata.DirectoryWriter;
import org.throughcareatlas.search.SearchCriteria;
import org.throughcareatlas.search.ServiceSearch;

/**
 * After a write that doubles (or halves) the directory, Neo4j's kept plans are dropped, so that the
 * search is planned for the graph as it now is; after a small change they are kept.
 */
@SpringBootTest(properties = {"atlas.demo.enabled=false", "atlas.test.graph=query-plans"})
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class QueryPlansTest {

  @Autowired Driver driver;
  @Autowired SessionConfig sessionConfig;
  @Autowired DirectoryWriter writer;
  @Autowired ServiceSearch search;

  @Test
  void onlyAWriteThatDoublesOrHalvesTheDirectoryDropsThePlans(CapturedOutput output) {
    // From an empty directory to 1,500 services, in one write: the application drops the plans.
    writer.write(ScaledDirectory.scaled(1_500, 3));
    assertThat(output).contains("The directory went from 0 to 1500 services");

    long services = QueryPlans.services(driver, sessionConfig);
    assertThat(services).isEqualTo(1_500);

    // A small change keeps the plans the search has made.
    searchHousingInGlasgow();
    QueryPlans.afterWrite(driver, sessionConfig, services - 10);
    assertThat(clearQueryCaches()).startsWith("Query caches successfully cleared of");

    // A write from a third of the size drops them: nothing is left to clear.
    searchHousingInGlasgow();
    QueryPlans.afterWrite(driver, sessionConfig, services / 3);
    assertThat(clearQueryCaches()).isEqualTo("Query cache already empty.");

    // And the search plans again and answers as before.
    assertThat(searchHousingInGlasgow()).isPositive();
  }

  @Test
  void theSizeMustChangeTwofoldAndReachAThousandServices() {
    assertThat(QueryPlans.resized(0, 999)).isFalse();
    assertThat(QueryPlans.resized(0, 1_000)).isTrue();
    assertThat(QueryPlans.resized(10_000, 19_999)).isFalse();
    assertThat(QueryPlans.resized(10_000, 20_000)).isTrue();
    assertThat(QueryPlans.resized(100_000, 50_001)).isFalse();
    assertThat(QueryPlans.resized(100_000, 50_000)).isTrue();
    assertThat(QueryPlans.resized(600, 300)).isFalse();
  }

  int searchHousingInGlasgow() {
    return search
        .search(
            new SearchCriteria(
                java.util.List.of("housing"),
                "S12000049",
                null,
                null,
                null,
                null,
                null,
                30,
                java.util.List.of("men"),
                null,
                false))
        .hits()
        .size();
  }

  String clearQueryCaches() {
    try (Session session = driver.session(sessionConfig)) {
      return session.run("CALL db.clearQueryCaches()").single().get(0).asString();
    }
  }
}
