package org.throughcareatlas.backup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;

/** The whole graph as comparable text, for tests that prove a graph unchanged or restored. */
public final class GraphSnapshot {

  private GraphSnapshot() {}

  /**
   * Every node as "labels {properties}" and every relationship as "(from key)-[TYPE
   * {properties}]->(to key)", sorted: equal snapshots mean equal graphs (keys are ids or codes).
   */
  public static List<String> of(Driver driver, SessionConfig config) {
    try (var session = driver.session(config)) {
      List<String> lines = new ArrayList<>();
      session
          .run(
              """
              MATCH (n) WHERE NOT n:__Neo4jMigration AND NOT n:AtlasLock
              RETURN labels(n) AS labels, properties(n) AS properties
              """)
          .forEachRemaining(
              r ->
                  lines.add(
                      new TreeSet<>(r.get("labels").asList(Value::asString))
                          + " "
                          + new TreeMap<>(r.get("properties").asMap(Value::toString))));
      session
          .run(
              """
              MATCH (a)-[r]->(b)
              WHERE NOT a:__Neo4jMigration AND NOT a:AtlasLock
              RETURN labels(a) + coalesce(a.id, a.code, a.username, a.key, '') AS from,
                     type(r) AS type, properties(r) AS properties,
                     labels(b) + coalesce(b.id, b.code, b.username, b.key, '') AS to
              """)
          .forEachRemaining(
              r ->
                  lines.add(
                      r.get("from").asList(Value::asString)
                          + "-["
                          + r.get("type").asString()
                          + " "
                          + new TreeMap<>(r.get("properties").asMap(Value::toString))
                          + "]->"
                          + r.get("to").asList(Value::asString)));
      Collections.sort(lines);
      return lines;
    }
  }
}
