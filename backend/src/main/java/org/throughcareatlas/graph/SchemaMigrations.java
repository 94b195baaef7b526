package org.throughcareatlas.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the schema migrations of the {@code cypher} module at start-up, before anything else uses
 * the graph.
 *
 * <p>Follows the conventions of neo4j-migrations (which cannot be resolved here), so that switching
 * to it later changes no file: {@code neo4j/migrations/V0001__Description.cypher} on the classpath,
 * one statement per {@code ;}, each run in auto-commit (schema statements must be), and every
 * applied version recorded as a {@code __Neo4jMigration} node with its checksum. A file changed
 * after it was applied is refused: write a new version instead.
 */
@Component
public class SchemaMigrations implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);
  private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(\\w+)\\.cypher");

  private final Driver driver;
  private final SessionConfig sessionConfig;
  private final Neo4jConnectionDetails connection;
  private final AtlasProperties properties;

  SchemaMigrations(
      Driver driver,
      SessionConfig sessionConfig,
      Neo4jConnectionDetails connection,
      AtlasProperties properties) {
    this.driver = driver;
    this.sessionConfig = sessionConfig;
    this.connection = connection;
    this.properties = properties;
  }

  /** A migration file found on the classpath. */
  public record Migration(
      String version, String description, String checksum, List<String> statements) {}

  @Override
  public void afterPropertiesSet() {
    verifyConnectivity();
    apply(driver, sessionConfig);
  }

  /**
   * Applies the migrations not yet applied to the database the driver and session config name, and
   * returns how many it applied. The application calls it at start; the command line calls it
   * before restoring a backup into a fresh database.
   *
   * @throws AtlasStartupException when an applied migration's file was changed afterwards
   */
  public static int apply(Driver driver, SessionConfig sessionConfig) {
    List<Migration> migrations = load();
    try (Session session = driver.session(sessionConfig)) {
      session
          .run(
              "CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (m:__Neo4jMigration) REQUIRE m.version IS UNIQUE")
          .consume();
      int applied = 0;
      for (Migration migration : migrations) {
        var existing =
            session
                .run(
                    "MATCH (m:__Neo4jMigration {version: $version}) RETURN m.checksum AS checksum",
                    Map.of("version", migration.version()))
                .list();
        if (!existing.isEmpty()) {
          String checksum = existing.getFirst().get("checksum").asString();
          if (!checksum.equals(migration.checksum())) {
            throw new AtlasStartupException(
                "Migration V"
                    + migration.version()
                    + "__"
                    + migration.description()
                    + ".cypher was changed after it was applied to this database.",
                "Restore the file as it was and add a new migration with a higher version instead.",
                null);
          }
          continue;
        }
        for (String statement : migration.statements()) {
          session.run(statement).consume();
        }
        session
            .run(
                """
                CREATE (:__Neo4jMigration {version: $version, description: $description,
                        checksum: $checksum, installedOn: $now})
                """,
                Map.of(
                    "version", migration.version(),
                    "description", migration.description(),
                    "checksum", migration.checksum(),
                    "now", ZonedDateTime.now()))
            .consume();
        applied++;
        log.info("Applied migration V{}__{}", migration.version(), migration.description());
      }
      log.info("Schema up to date: {} migrations, {} applied now", migrations.size(), applied);
      return applied;
    }
  }

  /** The migration files on the classpath, in version order. */
  public static List<Migration> load() {
    try {
      Resource[] resources =
          new PathMatchingResourcePatternResolver()
              .getResources("classpath*:neo4j/migrations/V*.cypher");
      List<Migration> migrations = new ArrayList<>();
      for (Resource resource : resources) {
        Matcher name = FILE_NAME.matcher(resource.getFilename());
        if (!name.matches()) {
          throw new IllegalStateException(
              "Migration file name not understood: " + resource.getFilename());
        }
        String text = resource.getContentAsString(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        migrations.add(
            new Migration(
                name.group(1), name.group(2), Long.toString(crc.getValue()), statements(text)));
      }
      migrations.sort(Comparator.comparing(m -> Integer.parseInt(m.version())));
      return migrations;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Splits a file into statements at {@code ;}, leaving out {@code //} comment lines. */
  static List<String> statements(String text) {
    String withoutComments =
        String.join("\n", text.lines().filter(line -> !line.strip().startsWith("//")).toList());
    return Arrays.stream(withoutComments.split(";"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private void verifyConnectivity() {
    String where = connection.getUri().toString();
    boolean external = properties.neo4j().external();
    try {
      driver.verifyConnectivity();
      try (Session session = driver.session(sessionConfig)) {
        session.run("RETURN 1").consume();
      }
    } catch (SecurityException e) {
      throw new AtlasStartupException(
          "Neo4j at " + where + " refused user '" + properties.neo4j().user() + "'.",
          "Check ATLAS_NEO4J_USER and ATLAS_NEO4J_PASSWORD.",
          e);
    } catch (ServiceUnavailableException e) {
      throw new AtlasStartupException(
          "Neo4j at " + where + " cannot be reached.",
          external
              ? "Check ATLAS_NEO4J_URI (host, port, scheme: neo4j+s:// for Aura) and that the"
                  + " server is running; or unset it to use the embedded database."
              : "The embedded database did not accept connections; see the log above.",
          e);
    } catch (ClientException e) {
      if (String.valueOf(e.code()).contains("DatabaseNotFound")) {
        throw new AtlasStartupException(
            "Neo4j at " + where + " has no database '" + properties.neo4j().database() + "'.",
            "Check ATLAS_NEO4J_DATABASE, or create the database on the server.",
            e);
      }
      throw new AtlasStartupException(
          "Neo4j at " + where + " refused the connection: " + e.getMessage(),
          "Check ATLAS_NEO4J_URI, ATLAS_NEO4J_USER, ATLAS_NEO4J_PASSWORD and ATLAS_NEO4J_DATABASE.",
          e);
    } catch (IllegalArgumentException e) {
      throw new AtlasStartupException(
          "ATLAS_NEO4J_URI '" + where + "' is not usable: " + e.getMessage(),
          "Give a Neo4j URI such as neo4j+s://xxxx.databases.neo4j.io or bolt://127.0.0.1:7687.",
          e);
    }
  }
}
