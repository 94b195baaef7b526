package org.throughcareatlas.graph;

import java.net.URI;
import java.nio.file.Path;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts Neo4j in-process when no external URI is configured: data on disk in {@code
 * atlas.data.dir}, Bolt on 127.0.0.1 only (so no authentication), HTTP off. The driver is then
 * pointed at the running database's real Bolt address, so port 0 works for tests and the code path
 * is the same as for a server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jConfiguration.NoExternalUri.class)
class EmbeddedNeo4jConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

  @Bean(destroyMethod = "shutdown")
  DatabaseManagementService embeddedNeo4j(AtlasProperties properties) {
    Path dataDir = properties.data().dir().toAbsolutePath().normalize();
    return EmbeddedNeo4j.start(dataDir, properties.bolt().port());
  }

  @Bean
  Neo4jConnectionDetails embeddedNeo4jConnection(DatabaseManagementService embeddedNeo4j) {
    URI uri = EmbeddedNeo4j.boltUri(embeddedNeo4j);
    log.info("Embedded Neo4j accepts Bolt connections at {}", uri);
    return new Neo4jConnectionDetails() {
      @Override
      public URI getUri() {
        return uri;
      }

      @Override
      public org.neo4j.driver.AuthToken getAuthToken() {
        return AuthTokens.none();
      }
    };
  }

  /** True when {@code atlas.neo4j.uri} is blank. */
  static class NoExternalUri implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      String uri = context.getEnvironment().getProperty("atlas.neo4j.uri", "");
      return uri.isBlank();
    }
  }
}
