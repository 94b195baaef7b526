package org.throughcareatlas.cli;

import java.net.URI;
import java.nio.file.Path;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/** Where the command line finds Atlas's database: the same settings the application reads. */
final class Connections {

  private Connections() {}

  /** The local Atlas's data folder: ATLAS_DATA_DIR (default ./data). */
  static Path localDataDir() {
    return Path.of(System.getenv().getOrDefault("ATLAS_DATA_DIR", "./data"));
  }

  /**
   * A driver for {@code uri}, with a user and password when given (the local Atlas needs none),
   * that keeps its own logging off the console as {@link BoltConnection}'s does.
   */
  static Driver driver(URI uri, String user, String password) {
    Config quiet = Config.builder().withLogging(Logging.none()).build();
    return user == null
        ? GraphDatabase.driver(uri, AuthTokens.none(), quiet)
        : GraphDatabase.driver(
            uri, AuthTokens.basic(user, password == null ? "" : password), quiet);
  }
}
