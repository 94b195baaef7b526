package org.throughcareatlas.api;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;

/**
 * What a query asks for below the field being fetched, read from the query itself. {@link
 * DataFetchingEnvironment#getSelectionSet()} answers the same, but builds the whole normalised
 * operation first: measured, a twentieth of a search's work on the web thread.
 */
public final class GraphQlSelections {

  private GraphQlSelections() {}

  /**
   * Whether the query asks, below the field being fetched, for the fields of {@code path} one
   * inside the other ({@code edges}, {@code node}, {@code service}), directly or through fragments.
   * A field under {@code @skip} or {@code @include} counts as asked for.
   */
  public static boolean asks(DataFetchingEnvironment environment, List<String> path) {
    Map<String, FragmentDefinition> fragments = environment.getFragmentsByName();
    for (Field field : environment.getMergedField().getFields()) {
      if (asks(field.getSelectionSet(), path, 0, fragments)) {
        return true;
      }
    }
    return false;
  }

  private static boolean asks(
      SelectionSet selections,
      List<String> path,
      int at,
      Map<String, FragmentDefinition> fragments) {
    if (selections == null) {
      return false;
    }
    for (Selection<?> selection : selections.getSelections()) {
      boolean found =
          switch (selection) {
            case Field field ->
                field.getName().equals(path.get(at))
                    && (at == path.size() - 1
                        || asks(field.getSelectionSet(), path, at + 1, fragments));
            case InlineFragment inline -> asks(inline.getSelectionSet(), path, at, fragments);
            case FragmentSpread spread -> {
              FragmentDefinition definition = fragments.get(spread.getName());
              yield definition != null && asks(definition.getSelectionSet(), path, at, fragments);
            }
            default -> false;
          };
      if (found) {
        return true;
      }
    }
    return false;
  }
}
