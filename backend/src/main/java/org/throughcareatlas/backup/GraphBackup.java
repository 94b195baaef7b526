package org.throughcareatlas.backup;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the whole graph to a backup file: gzip, one JSON record per line — a header, every node
 * (its labels and properties), every relationship (type, ends, properties) and a trailer with the
 * counts, so a truncated file is recognised. The schema is not in the file: a restore applies the
 * migrations first. The migration bookkeeping and the {@link DirectoryLock} node are left out.
 *
 * <p>The read runs in one transaction holding the {@link DirectoryLock}, so no Atlas write can
 * commit half-way through it: the backup is consistent. It works the same against the embedded
 * database and a server, while Atlas runs.
 */
public final class GraphBackup {

  /** The first member of the header: what kind of file this is. */
  static final String FORMAT = "throughcare-atlas-backup";

  /** The version of the file layout. */
  static final int VERSION = 1;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String NODES =
      """
      MATCH (n)
      WHERE NOT n:__Neo4jMigration AND NOT n:AtlasLock
      RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties
      """;

  private static final String RELATIONSHIPS =
      """
      MATCH (a)-[r]->(b)
      WHERE NOT a:__Neo4jMigration AND NOT a:AtlasLock
        AND NOT b:__Neo4jMigration AND NOT b:AtlasLock
      RETURN type(r) AS type, elementId(a) AS from, elementId(b) AS to,
             properties(r) AS properties
      """;

  private static final String COUNTS =
      """
      CALL () { MATCH (n) RETURN count(n) AS nodes }
      CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
      RETURN nodes, relationships
      """;

  private GraphBackup() {}

  /** What a backup wrote. */
  public record Summary(long nodes, long relationships) {}

  /**
   * Writes a backup of the database that {@code sessionConfig} names to {@code out} (which it
   * closes). Atlas writes wait while it reads.
   */
  public static Summary write(
      Driver driver, SessionConfig sessionConfig, OutputStream out, BackupProgress progress) {
    try (var session = driver.session(sessionConfig);
        Transaction tx = session.beginTransaction();
        Writer writer =
            new BufferedWriter(
                new OutputStreamWriter(new GZIPOutputStream(out, 1 << 16), StandardCharsets.UTF_8),
                1 << 16)) {
      DirectoryLock.take(tx);
      Record counts = tx.run(COUNTS).single();
      long total = counts.get("nodes").asLong() + counts.get("relationships").asLong();
      List<String> migrations =
          tx.run("MATCH (m:__Neo4jMigration) RETURN m.version AS v ORDER BY v")
              .list(r -> r.get("v").asString());

      Map<String, Object> header = new LinkedHashMap<>();
      header.put("format", FORMAT);
      header.put("version", VERSION);
      header.put("createdAt", ZonedDateTime.now().toString());
      header.put("migrations", migrations);
      line(writer, header);

      long nodes = 0;
      long relationships = 0;
      var nodeRows = tx.run(NODES);
      while (nodeRows.hasNext()) {
        Record row = nodeRows.next();
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("node", row.get("id").asString());
        node.put("labels", row.get("labels").asList(Value::asString));
        node.put("properties", BackupValues.write(row.get("properties").asMap(v -> v)));
        line(writer, node);
        if (++nodes % 10_000 == 0) progress.update(nodes, total);
      }
      var relationshipRows = tx.run(RELATIONSHIPS);
      while (relationshipRows.hasNext()) {
        Record row = relationshipRows.next();
        Map<String, Object> relationship = new LinkedHashMap<>();
        relationship.put("relationship", row.get("type").asString());
        relationship.put("from", row.get("from").asString());
        relationship.put("to", row.get("to").asString());
        relationship.put("properties", BackupValues.write(row.get("properties").asMap(v -> v)));
        line(writer, relationship);
        if (++relationships % 10_000 == 0) progress.update(nodes + relationships, total);
      }
      line(writer, Map.of("end", true, "nodes", nodes, "relationships", relationships));
      progress.update(nodes + relationships, nodes + relationships);
      tx.rollback(); // the lock's time stamp is not worth a write
      return new Summary(nodes, relationships);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void line(Writer writer, Map<String, Object> record) throws IOException {
    writer.write(JSON.writeValueAsString(record));
    writer.write('\n');
  }
}
