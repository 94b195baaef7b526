package org.throughcareatlas.graph;

import java.net.URI;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Connects to the Neo4j server, cluster or Aura instance named by {@code atlas.neo4j.uri}. */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalNeo4jConfiguration.ExternalUri.class)
class ExternalNeo4jConfiguration {

  @Bean
  Neo4jConnectionDetails externalNeo4jConnection(AtlasProperties properties) {
    AtlasProperties.Neo4j neo4j = properties.neo4j();
    URI uri;
    try {
      uri = URI.create(neo4j.uri().trim());
    } catch (IllegalArgumentException e) {
      throw new AtlasStartupException(
          "ATLAS_NEO4J_URI '" + neo4j.uri() + "' is not a URI.",
          "Give a Neo4j URI such as neo4j://host:7687, neo4j+s://xxxx.databases.neo4j.io or"
              + " bolt://127.0.0.1:7687.",
          e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme();
    if (!scheme.matches("(neo4j|bolt)(\\+s|\\+ssc)?")) {
      throw new AtlasStartupException(
          "ATLAS_NEO4J_URI '" + neo4j.uri() + "' does not name a Neo4j Bolt endpoint.",
          "Use a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI, e.g. neo4j+s://xxxx.databases.neo4j.io.",
          null);
    }
    AuthToken auth =
        neo4j.password() == null || neo4j.password().isEmpty()
            ? AuthTokens.none()
            : AuthTokens.basic(neo4j.user(), neo4j.password());
    return new Neo4jConnectionDetails() {
      @Override
      public URI getUri() {
        return uri;
      }

      @Override
      public AuthToken getAuthToken() {
        return auth;
      }
    };
  }

  static class ExternalUri extends EmbeddedNeo4jConfiguration.NoExternalUri {
    @Override
    public boolean matches(
        org.springframework.context.annotation.ConditionContext context,
        org.springframework.core.type.AnnotatedTypeMetadata metadata) {
      return !super.matches(context, metadata);
    }
  }
}
