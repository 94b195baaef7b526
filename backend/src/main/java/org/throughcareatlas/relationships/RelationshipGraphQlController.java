package org.throughcareatlas.relationships;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import org.throughcareatlas.editing.FieldError;

/** Recording relationships over GraphQL; a refused input is a field error in the payload. */
@Controller
class RelationshipGraphQlController {

  private final RelationshipEditing editing;

  RelationshipGraphQlController(RelationshipEditing editing) {
    this.editing = editing;
  }

  @MutationMapping
  Map<String, Object> recordRelationship(@Argument RelationshipInput input) {
    try {
      return payload(editing.add(input), List.of());
    } catch (RelationshipInputException e) {
      return payload(null, List.of(new FieldError(e.field(), e.getMessage())));
    }
  }

  @MutationMapping
  Map<String, Object> changeRelationship(@Argument String id, @Argument RelationshipInput input) {
    try {
      editing.change(id, input);
      return payload(id, List.of());
    } catch (RelationshipInputException e) {
      return payload(null, List.of(new FieldError(e.field(), e.getMessage())));
    }
  }

  @MutationMapping
  Map<String, Object> endRelationship(@Argument String id, @Argument LocalDate ended) {
    try {
      editing.end(id, ended);
      return payload(id, List.of());
    } catch (RelationshipInputException e) {
      return payload(null, List.of(new FieldError(e.field(), e.getMessage())));
    }
  }

  private static Map<String, Object> payload(String id, List<FieldError> errors) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", id);
    m.put("errors", errors);
    return m;
  }
}
