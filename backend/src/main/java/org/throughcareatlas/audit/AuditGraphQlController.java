package org.throughcareatlas.audit;

import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.throughcareatlas.directory.InvalidArgumentException;

/** The audit trail in the HSDS metadata shape over GraphQL. */
@Controller
class AuditGraphQlController {

  private final Audit audit;

  AuditGraphQlController(Audit audit) {
    this.audit = audit;
  }

  @QueryMapping
  @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
  List<Map<String, Object>> changeMetadata(@Argument String resourceId, @Argument Integer first) {
    int limit = first == null ? 100 : first;
    if (limit < 1 || limit > 1000) {
      throw new InvalidArgumentException("first", "give 1 to 1000.");
    }
    return audit.hsdsMetadata(resourceId, limit);
  }
}
