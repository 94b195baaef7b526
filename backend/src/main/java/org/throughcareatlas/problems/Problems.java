package org.throughcareatlas.problems;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcareatlas.audit.Audit;
import org.throughcareatlas.audit.Change;
import org.throughcareatlas.backup.DirectoryLock;
import org.throughcareatlas.editing.FieldError;
import org.throughcareatlas.security.Access;
import org.throughcareatlas.security.Role;

/**
 * Problem reports: {@code (:ProblemReport {id, kind, note, reportedBy, reportedAt, status,
 * resolvedBy, resolvedAt, resolution})-[:ABOUT]->(:Service)}. Any signed-in user may report (an
 * officer most often); the editors of the service's agency and administrators resolve.
 */
@Service
@Transactional
public class Problems {

  static final int MAX_NOTE = 2_000;

  /** A report saved, or the fields that are wrong. */
  public record Result(ProblemReport report, List<FieldError> errors) {}

  private final Neo4jClient neo4j;
  private final Access access;
  private final Audit audit;
  private final Clock clock;

  Problems(Neo4jClient neo4j, Access access, Audit audit, Clock clock) {
    this.neo4j = neo4j;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** Reports a problem with service {@code serviceId}. */
  @PreAuthorize("isAuthenticated()")
  public Result report(String serviceId, ProblemReport.Kind kind, String note) {
    neo4j.query(DirectoryLock.TAKE).run();
    List<FieldError> errors = new java.util.ArrayList<>();
    if (kind == null) {
      errors.add(
          new FieldError(
              "kind", "Choose what is wrong: closed, wrong contact, wrong area or other."));
    }
    String text = note == null ? "" : note.strip();
    if (text.length() > MAX_NOTE) {
      errors.add(new FieldError("note", "A note is at most " + MAX_NOTE + " characters."));
    }
    if (kind == ProblemReport.Kind.OTHER && text.isEmpty()) {
      errors.add(new FieldError("note", "Say what is wrong."));
    }
    boolean exists =
        neo4j
                .query("MATCH (s:Service {id: $id}) RETURN count(s) AS n")
                .bind(serviceId == null ? "" : serviceId)
                .to("id")
                .fetchAs(Long.class)
                .mappedBy((t, r) -> r.get("n").asLong())
                .one()
                .orElse(0L)
            > 0;
    if (!exists) {
      errors.add(new FieldError("serviceId", "There is no service '" + serviceId + "'."));
    }
    if (!errors.isEmpty()) {
      return new Result(null, errors);
    }
    String id = UUID.randomUUID().toString();
    Map<String, Object> p = new HashMap<>();
    p.put("id", id);
    p.put("service", serviceId);
    p.put("kind", kind.name());
    p.put("note", text.isEmpty() ? null : text);
    p.put("by", access.who());
    p.put("at", now());
    neo4j
        .query(
            """
            MATCH (s:Service {id: $service})
            CREATE (p:ProblemReport {id: $id, kind: $kind, note: $note, reportedBy: $by,
                                     reportedAt: $at, status: 'OPEN'})-[:ABOUT]->(s)
            """)
        .bindAll(p)
        .run();
    audit.record(
        access.who(),
        "problem_report",
        id,
        "create",
        List.of(
            new Change.FieldChange("kind", null, kind.name()),
            new Change.FieldChange("note", null, text.isEmpty() ? null : text)));
    return new Result(find(id).orElseThrow(), List.of());
  }

  /** Closes report {@code id}, saying what was done. */
  @PreAuthorize("@access.canEditService(@problems.serviceOf(#id))")
  public Result resolve(String id, String resolution) {
    neo4j.query(DirectoryLock.TAKE).run();
    Optional<ProblemReport> found = find(id);
    if (found.isEmpty()) {
      return new Result(null, List.of(new FieldError("id", "There is no report '" + id + "'.")));
    }
    if (found.get().status() == ProblemReport.Status.RESOLVED) {
      return new Result(
          found.get(), List.of(new FieldError("id", "This report is already resolved.")));
    }
    String text = resolution == null ? "" : resolution.strip();
    if (text.isEmpty() || text.length() > MAX_NOTE) {
      return new Result(
          null,
          List.of(
              new FieldError(
                  "resolution", "Say what was done (at most " + MAX_NOTE + " characters).")));
    }
    neo4j
        .query(
            """
            MATCH (p:ProblemReport {id: $id})
            SET p.status = 'RESOLVED', p.resolvedBy = $by, p.resolvedAt = $at, p.resolution = $text
            """)
        .bindAll(Map.of("id", id, "by", access.who(), "at", now(), "text", text))
        .run();
    audit.record(
        access.who(),
        "problem_report",
        id,
        "resolve",
        List.of(
            new Change.FieldChange("status", "OPEN", "RESOLVED"),
            new Change.FieldChange("resolution", null, text)));
    return new Result(find(id).orElseThrow(), List.of());
  }

  /** The service a report is about (for the access check); null when there is no such report. */
  @Transactional(readOnly = true)
  public String serviceOf(String reportId) {
    return find(reportId).map(ProblemReport::serviceId).orElse(null);
  }

  /** The open reports an editor (their agencies') or an administrator (all) should deal with. */
  @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
  @Transactional(readOnly = true)
  public List<ProblemReport> queue() {
    return query(
        """
        WHERE p.status = 'OPEN'
          AND ($all OR EXISTS { (:User {username: $me})-[:MEMBER_OF]->(a) })
        """,
        Map.of("all", access.has(Role.ADMIN), "me", access.username().orElse("")));
  }

  /** The reports the signed-in user made, newest first. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<ProblemReport> mine() {
    return query("WHERE p.reportedBy = $me", Map.of("me", access.username().orElse("")));
  }

  /** The open reports about service {@code serviceId} (shown to its editors on its page). */
  @Transactional(readOnly = true)
  public List<ProblemReport> openAbout(String serviceId) {
    return query(
        "WHERE s.id = $service AND p.status = 'OPEN'",
        Map.of("service", serviceId == null ? "" : serviceId));
  }

  @Transactional(readOnly = true)
  public Optional<ProblemReport> find(String id) {
    return query("WHERE p.id = $id", Map.of("id", id == null ? "" : id)).stream().findFirst();
  }

  private List<ProblemReport> query(String where, Map<String, Object> parameters) {
    return List.copyOf(
        neo4j
            .query(
                "MATCH (p:ProblemReport)-[:ABOUT]->(s:Service)<-[:PROVIDES]-(a:Agency)\n"
                    + where
                    + "\nRETURN p, s.id AS serviceId, s.name AS serviceName, a.id AS agencyId,"
                    + " a.name AS agencyName ORDER BY p.reportedAt DESC LIMIT 500")
            .bindAll(parameters)
            .fetchAs(ProblemReport.class)
            .mappedBy((t, r) -> report(r))
            .all());
  }

  private static ProblemReport report(Record r) {
    var p = r.get("p");
    return new ProblemReport(
        p.get("id").asString(),
        ProblemReport.Kind.valueOf(p.get("kind").asString()),
        p.get("note").asString(null),
        p.get("reportedBy").asString(),
        p.get("reportedAt").asOffsetDateTime(),
        ProblemReport.Status.valueOf(p.get("status").asString()),
        p.get("resolvedBy").asString(null),
        p.get("resolvedAt").isNull() ? null : p.get("resolvedAt").asOffsetDateTime(),
        p.get("resolution").asString(null),
        r.get("serviceId").asString(),
        r.get("serviceName").asString(),
        r.get("agencyId").asString(),
        r.get("agencyName").asString());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}
