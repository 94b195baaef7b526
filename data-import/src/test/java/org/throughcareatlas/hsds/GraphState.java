package org.throughcareatlas.hsds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * The whole graph in three numbers: nodes, relationships, and a checksum of every node's labels and
 * properties and every relationship's type, properties and ends. Equal states mean nothing changed.
 */
record GraphState(long nodes, long relationships, String checksum) {

  static GraphState of(Driver driver, SessionConfig config) {
    try (Session session = driver.session(config)) {
      List<String> lines = new ArrayList<>();
      session
          .run("MATCH (n) RETURN elementId(n) AS e, labels(n) AS l, properties(n) AS p")
          .forEachRemaining(
              r ->
                  lines.add(
                      "N "
                          + r.get("e").asString()
                          + " "
                          + r.get("l").asList()
                          + " "
                          + new TreeMap<>(r.get("p").asMap())));
      long nodes = lines.size();
      session
          .run(
              "MATCH (a)-[r]->(b) RETURN elementId(a) AS a, type(r) AS t, properties(r) AS p,"
                  + " elementId(b) AS b")
          .forEachRemaining(
              r ->
                  lines.add(
                      "R "
                          + r.get("a").asString()
                          + " "
                          + r.get("t").asString()
                          + " "
                          + new TreeMap<>(r.get("p").asMap())
                          + " "
                          + r.get("b").asString()));
      long relationships = lines.size() - nodes;
      lines.sort(null);
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String line : lines) {
        digest.update(line.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
      }
      return new GraphState(nodes, relationships, HexFormat.of().formatHex(digest.digest()));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, Object> none() {
    return Map.of();
  }
}
