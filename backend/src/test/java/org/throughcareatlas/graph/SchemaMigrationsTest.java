package org.throughcareatlas.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.throughcareatlas.testing.TestGraph;

@SpringBootTest
@SuppressWarnings("unchecked")
@ActiveProfiles("test")
class SchemaMigrationsTest {

  @Autowired TestGraph graph;
  @Autowired SchemaMigrations migrations;

  @Test
  void everyKeyOfTheGraphModelHasAUniquenessConstraint() {
    List<String> constrained =
        graph.run("SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties", Map.of()).stream()
            .filter(c -> c.get("type").toString().contains("UNIQUENESS"))
            .map(c -> c.get("labelsOrTypes") + "." + c.get("properties"))
            .toList();
    assertThat(constrained)
        .contains(
            "[Agency].[id]",
            "[Service].[id]",
            "[Location].[id]",
            "[Area].[code]",
            "[Prison].[id]",
            "[Need].[id]",
            "[Circumstance].[id]",
            "[Contact].[id]",
            "[Catchment].[key]",
            "[REFERS_TO].[id]",
            "[PARTNERS_WITH].[id]",
            "[SHARES_INFORMATION_WITH].[id]",
            "[WORKS_IN].[id]",
            "[FUNDS].[id]",
            "[COMMISSIONS].[id]");
  }

  @Test
  void serviceAndAgencyNamesAndDescriptionsHaveAFullTextIndex() {
    var fulltext =
        graph.run(
            "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, state"
                + " WHERE name = 'directory_text' RETURN *",
            Map.of());
    assertThat(fulltext).hasSize(1);
    assertThat((List<Object>) fulltext.getFirst().get("labelsOrTypes"))
        .containsExactlyInAnyOrder("Service", "Agency");
    assertThat((List<Object>) fulltext.getFirst().get("properties"))
        .containsExactlyInAnyOrder("name", "description");
  }

  @Test
  void locationsHaveAPointIndex() {
    var point =
        graph.run(
            "SHOW POINT INDEXES YIELD name, labelsOrTypes, properties"
                + " WHERE 'Location' IN labelsOrTypes RETURN *",
            Map.of());
    assertThat(point).hasSize(1);
    assertThat((List<Object>) point.getFirst().get("properties")).containsExactly("point");
  }

  @Test
  void everyMigrationIsRecordedOnceWithItsChecksum() {
    var files = SchemaMigrations.load();
    assertThat(files).extracting(SchemaMigrations.Migration::version).startsWith("0001", "0002");
    var recorded =
        graph.run(
            "MATCH (m:__Neo4jMigration) RETURN m.version AS version, m.checksum AS checksum"
                + " ORDER BY version",
            Map.of());
    assertThat(recorded)
        .extracting(r -> r.get("version") + ":" + r.get("checksum"))
        .containsExactlyElementsOf(
            files.stream().map(f -> f.version() + ":" + f.checksum()).toList());
  }

  @Test
  void applyingTheMigrationsAgainChangesNothing() {
    long before = graph.count("MATCH (m:__Neo4jMigration) RETURN count(m)");
    migrations.afterPropertiesSet();
    assertThat(graph.count("MATCH (m:__Neo4jMigration) RETURN count(m)")).isEqualTo(before);
  }

  @Test
  void statementsAreSplitAtSemicolonsWithoutCommentLines() {
    assertThat(SchemaMigrations.statements("// a comment\nCREATE X;\n\n  // another\nCREATE Y;\n"))
        .containsExactly("CREATE X", "CREATE Y");
  }
}
