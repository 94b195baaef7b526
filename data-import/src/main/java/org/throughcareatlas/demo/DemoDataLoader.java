package org.throughcareatlas.demo;

import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import org.throughcareatlas.directorydata.Directory;
import org.throughcareatlas.directorydata.DirectoryWriter;
import org.throughcareatlas.graph.AtlasProperties;
import org.throughcareatlas.graph.SchemaMigrations;

/**
 * Fills an empty database with the demo directory at start-up, before the web server accepts
 * requests. A database that already holds any area, agency or service is left exactly as it is, so
 * a second start reloads nothing and loses nothing. {@code ATLAS_DEMO_ENABLED=false} turns it off.
 */
@Component
class DemoDataLoader implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

  private final Driver driver;
  private final SessionConfig sessionConfig;
  private final DirectoryWriter writer;
  private final AtlasProperties properties;

  DemoDataLoader(
      SchemaMigrations migrationsFirst,
      Driver driver,
      SessionConfig sessionConfig,
      DirectoryWriter writer,
      AtlasProperties properties) {
    this.driver = driver;
    this.sessionConfig = sessionConfig;
    this.writer = writer;
    this.properties = properties;
  }

  @Override
  public void afterPropertiesSet() {
    if (!properties.demo().enabled()) {
      return;
    }
    long existing;
    try (Session session = driver.session(sessionConfig)) {
      existing =
          session
              .run("MATCH (n) WHERE n:Area OR n:Agency OR n:Service RETURN count(n) AS n", Map.of())
              .single()
              .get("n")
              .asLong();
    }
    if (existing > 0) {
      log.info(
          "The database holds a directory already ({} areas, agencies and services): demo not loaded",
          existing);
      return;
    }
    long started = System.nanoTime();
    Directory demo = DemoDirectory.build();
    writer.write(demo);
    log.info(
        "Loaded the demo directory: {} agencies, {} services, {} working relationships in {} ms",
        demo.agencies().size(),
        demo.services().size(),
        demo.relationships().size(),
        (System.nanoTime() - started) / 1_000_000);
  }
}
