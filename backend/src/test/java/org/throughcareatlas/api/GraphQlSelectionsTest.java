package org.throughcareatlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.execution.MergedField;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Whether a query asks for a path of fields, read from the query as it is written. */
class GraphQlSelectionsTest {

  static final List<String> PATH = List.of("edges", "node", "service");

  @Test
  void fieldsAskedDirectlyOrThroughFragmentsCount() {
    assertThat(asks("{ search { edges { node { service { id } } } } }")).isTrue();
    assertThat(asks("{ search { edges { ... on Edge { node { service { id } } } } } }")).isTrue();
    assertThat(
            asks(
                "query { search { ...Page } }"
                    + " fragment Page on Connection { edges { node { ...Hit } } }"
                    + " fragment Hit on Hit { distanceKm service { name } }"))
        .isTrue();
  }

  @Test
  void otherFieldsOrTheSameNamesElsewhereDoNot() {
    assertThat(asks("{ search { totalCount edges { node { distanceKm } } } }")).isFalse();
    assertThat(asks("{ search { groups { services { id } } node { service { id } } } }")).isFalse();
    assertThat(asks("{ search { edges { cursor } service { id } } }")).isFalse();
  }

  /** Whether the first field of the query's operation asks for {@link #PATH}. */
  static boolean asks(String query) {
    Document document = Parser.parse(query);
    OperationDefinition operation =
        document.getDefinitionsOfType(OperationDefinition.class).getFirst();
    Field field = (Field) operation.getSelectionSet().getSelections().getFirst();
    Map<String, FragmentDefinition> fragments =
        document.getDefinitionsOfType(FragmentDefinition.class).stream()
            .collect(Collectors.toMap(FragmentDefinition::getName, f -> f));
    DataFetchingEnvironment environment =
        DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
            .mergedField(MergedField.newMergedField(field).build())
            .fragmentsByName(fragments)
            .build();
    return GraphQlSelections.asks(environment, PATH);
  }
}
