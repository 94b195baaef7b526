package org.throughcareatlas.commissioning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.neo4j.driver.Record;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

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
  private final Map<String, String> texts = new ConcurrentHashMap<>();

  AnalysisQueries(Neo4jClient neo4j) {
    this.neo4j = neo4j;
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
