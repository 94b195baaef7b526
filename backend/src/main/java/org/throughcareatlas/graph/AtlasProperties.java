package org.throughcareatlas.graph;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Atlas's settings. Nested so that the documented environment variables bind by Spring's relaxed
 * rules: {@code ATLAS_DATA_DIR} is {@code atlas.data.dir}, {@code ATLAS_BOLT_PORT} is {@code
 * atlas.bolt.port}, {@code ATLAS_NEO4J_URI} is {@code atlas.neo4j.uri}, and so on.
 */
@ConfigurationProperties("atlas")
public record AtlasProperties(
    @DefaultValue Data data,
    @DefaultValue Bolt bolt,
    @DefaultValue Neo4j neo4j,
    @DefaultValue Demo demo) {

  /** Where the embedded database keeps its files. */
  public record Data(@DefaultValue("./data") Path dir) {}

  /** The embedded database's Bolt port on 127.0.0.1; 0 picks a free one (tests). */
  public record Bolt(@DefaultValue("7687") int port) {}

  /** An external Neo4j; when {@code uri} is blank the embedded database is started instead. */
  public record Neo4j(
      String uri,
      @DefaultValue("neo4j") String user,
      String password,
      @DefaultValue("neo4j") String database) {

    public boolean external() {
      return uri != null && !uri.isBlank();
    }
  }

  /** Whether an empty database is filled with the demo directory at start-up. */
  public record Demo(@DefaultValue("true") boolean enabled) {}
}
