package org.throughcareatlas.graph;

import org.neo4j.driver.SessionConfig;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;

/** Settings and the database every session uses, embedded or external. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AtlasProperties.class)
class GraphConfiguration {

  @Bean
  DatabaseSelectionProvider atlasDatabaseSelection(AtlasProperties properties) {
    return DatabaseSelectionProvider.createStaticDatabaseSelectionProvider(
        properties.neo4j().database());
  }

  /** The clock every "today" comes from (freshness, dates in order); tests may fix it. */
  @Bean
  java.time.Clock clock() {
    return java.time.Clock.systemDefaultZone();
  }

  @Bean
  SessionConfig atlasSessionConfig(AtlasProperties properties) {
    return SessionConfig.forDatabase(properties.neo4j().database());
  }
}
