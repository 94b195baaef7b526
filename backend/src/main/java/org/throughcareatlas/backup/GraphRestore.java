package org.throughcareatlas.backup;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.throughcareatlas.graph.SchemaMigrations;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Restores a {@link GraphBackup} file into an empty database: checks the whole file first (a
 * truncated or damaged file restores nothing), applies the schema migrations, then creates the
 * nodes and relationships in batches. If a batch fails, what was restored is deleted again, so the
 * database is left empty rather than half-restored.
 */
public final class GraphRestore {

  private static final int BATCH = 5_000;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String CREATE_NODES =
      """
      UNWIND $rows AS row
      CREATE (n:$(row.labels))
      SET n = row.properties
      RETURN row.id AS old, elementId(n) AS new
      """;

  private static final String CREATE_RELATIONSHIPS =
      """
      UNWIND $rows AS row
      MATCH (a) WHERE elementId(a) = row.from
      MATCH (b) WHERE elementId(b) = row.to
      CREATE (a)-[r:$(row.type)]->(b)
      SET r = row.properties
      """;

  private static final String COUNT_DATA =
      "MATCH (n) WHERE NOT n:__Neo4jMigration AND NOT n:AtlasLock RETURN count(n) AS n";

  private static final String DELETE_DATA =
      """
      MATCH (n) WHERE NOT n:__Neo4jMigration AND NOT n:AtlasLock
      CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
      """;

  private GraphRestore() {}

  /** What a restore created. */
  public record Summary(long nodes, long relationships) {}

  /**
   * Restores {@code file} into the database {@code sessionConfig} names, which must hold no data.
   *
   * @throws BackupFileException when the file is not a complete Atlas backup (nothing is written)
   * @throws IllegalStateException when the database already holds data (nothing is written)
   */
  public static Summary restore(
      Driver driver, SessionConfig sessionConfig, Path file, BackupProgress progress) {
    Summary expected = check(file);
    SchemaMigrations.apply(driver, sessionConfig);
    try (var session = driver.session(sessionConfig)) {
      long existing = session.run(COUNT_DATA).single().get("n").asLong();
      if (existing > 0) {
        throw new IllegalStateException(
            "The database already holds "
                + existing
                + " nodes: restore only into a fresh data folder (or an empty database)."
                + " Nothing was restored.");
      }
    }
    try {
      return load(driver, sessionConfig, file, expected, progress);
    } catch (RuntimeException e) {
      try (var session = driver.session(sessionConfig)) {
        session.run(DELETE_DATA).consume();
      }
      throw e;
    }
  }

  /** Reads the whole file once and returns its counts, or says what is wrong with it. */
  static Summary check(Path file) {
    Set<String> nodeIds = new HashSet<>();
    long relationships = 0;
    boolean ended = false;
    long lineNumber = 0;
    try (BufferedReader reader = open(file)) {
      String header = reader.readLine();
      lineNumber++;
      if (header == null) throw new BackupFileException("the file is empty");
      JsonNode head = parse(header, lineNumber);
      if (!GraphBackup.FORMAT.equals(head.path("format").asString(""))) {
        throw new BackupFileException("the first line does not name the Atlas backup format");
      }
      if (head.path("version").asInt(0) != GraphBackup.VERSION) {
        throw new BackupFileException(
            "it is version " + head.path("version") + " of the format; this Atlas reads version 1");
      }
      Set<String> known = new HashSet<>();
      SchemaMigrations.load().forEach(m -> known.add(m.version()));
      for (JsonNode version : head.path("migrations")) {
        if (!known.contains(version.asString())) {
          throw new BackupFileException(
              "it was made by a newer Atlas (schema V"
                  + version.asString()
                  + "); restore it with that version");
        }
      }
      String line;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (ended) throw new BackupFileException("line " + lineNumber + " follows the last record");
        JsonNode record = parse(line, lineNumber);
        if (record.has("node")) {
          if (!nodeIds.add(record.get("node").asString())) {
            throw new BackupFileException("line " + lineNumber + " repeats a node");
          }
          BackupValues.read(record.path("properties"));
        } else if (record.has("relationship")) {
          if (!nodeIds.contains(record.path("from").asString())
              || !nodeIds.contains(record.path("to").asString())) {
            throw new BackupFileException(
                "line " + lineNumber + " links a node the file does not hold");
          }
          BackupValues.read(record.path("properties"));
          relationships++;
        } else if (record.path("end").asBoolean(false)) {
          if (record.path("nodes").asLong(-1) != nodeIds.size()
              || record.path("relationships").asLong(-1) != relationships) {
            throw new BackupFileException("its counts do not match its records");
          }
          ended = true;
        } else {
          throw new BackupFileException("line " + lineNumber + " is not a node or relationship");
        }
      }
    } catch (CharacterCodingException e) {
      throw new BackupFileException("it is not valid UTF-8 text after line " + lineNumber);
    } catch (EOFException | ZipException e) {
      throw new BackupFileException("it ends early or is damaged (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!ended) throw new BackupFileException("it ends early (no closing record)");
    return new Summary(nodeIds.size(), relationships);
  }

  private static Summary load(
      Driver driver,
      SessionConfig sessionConfig,
      Path file,
      Summary expected,
      BackupProgress progress) {
    long total = expected.nodes() + expected.relationships();
    Map<String, String> newIds = new HashMap<>();
    List<Map<String, Object>> nodes = new ArrayList<>();
    List<Map<String, Object>> relationships = new ArrayList<>();
    long done = 0;
    try (BufferedReader reader = open(file);
        var session = driver.session(sessionConfig)) {
      reader.readLine(); // header, checked
      String line;
      while ((line = reader.readLine()) != null) {
        JsonNode record = JSON.readTree(line);
        if (record.has("node")) {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("id", record.get("node").asString());
          List<String> labels = new ArrayList<>();
          record.path("labels").forEach(l -> labels.add(l.asString()));
          row.put("labels", labels);
          row.put("properties", BackupValues.read(record.path("properties")));
          nodes.add(row);
          if (nodes.size() == BATCH) done += writeNodes(session, nodes, newIds);
        } else if (record.has("relationship")) {
          if (!nodes.isEmpty()) done += writeNodes(session, nodes, newIds);
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("type", record.get("relationship").asString());
          row.put("from", newIds.get(record.get("from").asString()));
          row.put("to", newIds.get(record.get("to").asString()));
          row.put("properties", BackupValues.read(record.path("properties")));
          relationships.add(row);
          if (relationships.size() == BATCH) done += writeRelationships(session, relationships);
        } else {
          continue;
        }
        progress.update(done, total);
      }
      if (!nodes.isEmpty()) done += writeNodes(session, nodes, newIds);
      if (!relationships.isEmpty()) done += writeRelationships(session, relationships);
      progress.update(done, total);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return expected;
  }

  private static int writeNodes(
      org.neo4j.driver.Session session,
      List<Map<String, Object>> rows,
      Map<String, String> newIds) {
    int n = rows.size();
    session.executeWriteWithoutResult(
        tx -> {
          DirectoryLock.take(tx);
          tx.run(CREATE_NODES, Map.of("rows", rows))
              .forEachRemaining(r -> newIds.put(r.get("old").asString(), r.get("new").asString()));
        });
    rows.clear();
    return n;
  }

  private static int writeRelationships(
      org.neo4j.driver.Session session, List<Map<String, Object>> rows) {
    int n = rows.size();
    session.executeWriteWithoutResult(
        tx -> {
          DirectoryLock.take(tx);
          long created =
              tx.run(CREATE_RELATIONSHIPS, Map.of("rows", rows))
                  .consume()
                  .counters()
                  .relationshipsCreated();
          if (created != rows.size()) {
            throw new IllegalStateException(
                "Only " + created + " of " + rows.size() + " relationships could be linked");
          }
        });
    rows.clear();
    return n;
  }

  private static BufferedReader open(Path file) throws IOException {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new BufferedReader(
        new InputStreamReader(new GZIPInputStream(Files.newInputStream(file), 1 << 16), decoder),
        1 << 16);
  }

  private static JsonNode parse(String line, long lineNumber) {
    try {
      return JSON.readTree(line);
    } catch (JacksonException e) {
      throw new BackupFileException("line " + lineNumber + " is not valid JSON");
    }
  }
}
