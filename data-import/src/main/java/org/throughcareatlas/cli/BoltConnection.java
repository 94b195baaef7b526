package org.throughcareatlas.cli;

import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.FatalDiscoveryException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import picocli.CommandLine.Option;

/**
 * Where the command line writes: a running Atlas's embedded database (Bolt on 127.0.0.1, port
 * {@code ATLAS_BOLT_PORT} or 7687, no authentication) unless {@code --uri} names another Neo4j.
 */
class BoltConnection {

  @Option(
      names = "--uri",
      paramLabel = "URI",
      description =
          "Bolt URI of the database (default: the local Atlas, bolt://127.0.0.1:$ATLAS_BOLT_PORT or 7687).")
  String uri;

  @Option(
      names = "--user",
      paramLabel = "USER",
      description = "User, when the database asks for one (default: ${DEFAULT-VALUE}).",
      defaultValue = "neo4j")
  String user;

  @Option(
      names = "--password",
      paramLabel = "PASSWORD",
      description = "Password; without one, no authentication (as the embedded database runs).",
      interactive = false)
  String password;

  @Option(
      names = "--database",
      paramLabel = "NAME",
      description = "Database name (default: ${DEFAULT-VALUE}).",
      defaultValue = "neo4j")
  String database;

  /** A database that could not be reached, with the one line that says what to do. */
  static final class Unreachable extends Exception {
    private final boolean nothingAnswered;

    Unreachable(String message) {
      this(message, false);
    }

    Unreachable(String message, boolean nothingAnswered) {
      super(message);
      this.nothingAnswered = nothingAnswered;
    }

    /** True when nothing answered at the address (rather than refusing the user or database). */
    boolean nothingAnswered() {
      return nothingAnswered;
    }
  }

  String uri() {
    if (uri != null && !uri.isBlank()) {
      return uri;
    }
    String port = System.getenv("ATLAS_BOLT_PORT");
    return "bolt://127.0.0.1:" + (port == null || port.isBlank() ? "7687" : port.trim());
  }

  SessionConfig sessionConfig() {
    return SessionConfig.forDatabase(database);
  }

  /** Opens and checks a driver, or says in one line why it cannot. */
  Driver open() throws Unreachable {
    String target = uri();
    AuthToken auth =
        password == null || password.isEmpty()
            ? AuthTokens.none()
            : AuthTokens.basic(user, password);
    Driver driver;
    try {
      driver =
          GraphDatabase.driver(
              target,
              auth,
              Config.builder()
                  .withLogging(Logging.none())
                  .withConnectionTimeout(5, TimeUnit.SECONDS)
                  .withUserAgent("throughcare-atlas-cli")
                  .build());
    } catch (IllegalArgumentException e) {
      throw new Unreachable(
          "The URI "
              + target
              + " is not a Bolt URI: give --uri bolt://host:port or neo4j://host:port.");
    }
    try {
      driver.verifyConnectivity();
      try (var session = driver.session(sessionConfig())) {
        session.run("RETURN 1").consume();
      }
      return driver;
    } catch (ServiceUnavailableException e) {
      driver.close();
      throw new Unreachable(
          "No Atlas database answers at "
              + target
              + ": start Atlas with ./atlas run, or give --uri.",
          true);
    } catch (AuthenticationException e) {
      driver.close();
      throw new Unreachable(
          "The database at "
              + target
              + " refused the user or password: give --user and --password.");
    } catch (FatalDiscoveryException e) {
      driver.close();
      throw new Unreachable(
          "The database \"" + database + "\" does not exist at " + target + ": give --database.");
    } catch (ClientException e) {
      driver.close();
      throw new Unreachable(
          "The database at " + target + " refused the connection (" + e.code() + ").");
    }
  }
}
