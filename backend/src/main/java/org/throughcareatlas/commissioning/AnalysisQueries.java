package org.throughcareatlas.commissioning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.throughcareatlas.graph.InParts;

/**
 * The analysis queries of the {@code cypher} module ({@code analysis/<name>.cypher} on the
 * classpath), run as they are written: the files an analyst runs by hand in Neo4j Browser are the
 * ones the backend runs. Each file is read once; its {@code //} comment lines (where the parameters
 * are documented) are left out, and its parameters are bound by name.
 */
@Component
public class AnalysisQueries {

  /** The coverage matrix: needs × council areas for a group. */
  public static final String COVERAGE_MATRIX = "coverage_matrix";

  /** {@code analysis/coverage_cell.cypher}: the services counted in one cell of the matrix. */
  public static final String COVERAGE_CELL = "coverage_cell";

  /** The active services that could duplicate another agency's, with their facts. */
  public static final String DUPLICATE_CANDIDATES = "duplicate_candidates";

  /** Need × area × group with no active service open to the group. */
  public static final String UNMET_NEED = "unmet_need";

  /** Needs met only by full, closed or stale services; prisons whose area lacks a need. */
  public static final String FRAGILE_PROVISION = "fragile_provision";

  private final Neo4jClient neo4j;
  private final Driver driver;
  private final SessionConfig sessionConfig;
  private final Map<String, String> texts = new ConcurrentHashMap<>();

  AnalysisQueries(Neo4jClient neo4j, Driver driver, SessionConfig sessionConfig) {
    this.neo4j = neo4j;
    this.driver = driver;
    this.sessionConfig = sessionConfig;
  }

  /** The statement of {@code analysis/<name>.cypher}, without its comment lines. */
  public String statement(String name) {
    return texts.computeIfAbsent(name, AnalysisQueries::load);
  }

  /** Runs {@code analysis/<name>.cypher} with the parameters and maps every row. */
  public <T> List<T> run(String name, Map<String, Object> parameters, Function<Record, T> mapping) {
    @SuppressWarnings("unchecked")
    Class<T> type = (Class<T>) Object.class;
    return List.copyOf(
        neo4j
            .query(statement(name))
            .bindAll(parameters)
            .fetchAs(type)
            .mappedBy((types, row) -> mapping.apply(row))
            .all());
  }

  /**
   * Runs {@code analysis/<name>.cypher} in {@code parts} parts at once ({@link InParts}), each in a
   * read transaction of its own, and hands each row to {@code action} as it arrives: the file takes
   * {@code $parts} and {@code $part} (0 to parts - 1) and returns each row in exactly one part.
   * {@code action} is called from several threads, one row at a time.
   */
  public void forEachInParts(
      String name, Map<String, Object> parameters, int parts, Consumer<Record> action) {
    Object lock = new Object();
    InParts.run(
        parts,
        part -> {
          Map<String, Object> own = new HashMap<>(parameters);
          own.put("parts", parts);
          own.put("part", part);
          try (Session session = driver.session(sessionConfig)) {
            session.executeRead(
                tx -> {
                  tx.run(statement(name), own)
                      .forEachRemaining(
                          row -> {
                            synchronized (lock) {
                              action.accept(row);
                            }
                          });
                  return null;
                });
          }
        },
        "reading " + name);
  }

  /** The text of a file without {@code //} comment lines and without surrounding blank lines. */
  static String withoutComments(String text) {
    return String.join("\n", text.lines().filter(line -> !line.strip().startsWith("//")).toList())
        .strip();
  }

  private static String load(String name) {
    ClassPathResource resource = new ClassPathResource("analysis/" + name + ".cypher");
    try {
      return withoutComments(resource.getContentAsString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read analysis/" + name + ".cypher", e);
    }
  }
}
