package org.throughcareatlas.problems;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.throughcareatlas.directory.DirectoryQueries;
import org.throughcareatlas.directory.Service;

/** Problem reports over GraphQL. */
@Controller
class ProblemsGraphQlController {

  private final Problems problems;
  private final DirectoryQueries directory;

  ProblemsGraphQlController(Problems problems, DirectoryQueries directory) {
    this.problems = problems;
    this.directory = directory;
  }

  @MutationMapping
  Map<String, Object> reportProblem(@Argument Map<String, Object> input) {
    ProblemReport.Kind kind = ProblemReport.Kind.valueOf(String.valueOf(input.get("kind")));
    return payload(
        problems.report((String) input.get("serviceId"), kind, (String) input.get("note")));
  }

  @MutationMapping
  Map<String, Object> resolveProblem(@Argument String id, @Argument String resolution) {
    return payload(problems.resolve(id, resolution));
  }

  @QueryMapping
  List<ProblemReport> problemQueue() {
    return problems.queue();
  }

  @QueryMapping
  List<ProblemReport> myProblemReports() {
    return problems.mine();
  }

  @SchemaMapping(typeName = "ProblemReport", field = "service")
  Service service(ProblemReport report) {
    return directory.service(report.serviceId()).orElse(null);
  }

  @SchemaMapping(typeName = "ProblemReport", field = "reportedAt")
  String reportedAt(ProblemReport report) {
    return report.reportedAt().toString();
  }

  @SchemaMapping(typeName = "ProblemReport", field = "resolvedAt")
  String resolvedAt(ProblemReport report) {
    return report.resolvedAt() == null ? null : report.resolvedAt().toString();
  }

  private static Map<String, Object> payload(Problems.Result result) {
    Map<String, Object> m = new HashMap<>();
    m.put("report", result.report());
    m.put("errors", result.errors());
    return m;
  }
}
