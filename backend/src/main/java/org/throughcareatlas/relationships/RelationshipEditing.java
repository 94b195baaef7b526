package org.throughcareatlas.relationships;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcareatlas.audit.Audit;
import org.throughcareatlas.audit.Change;
import org.throughcareatlas.backup.DirectoryLock;
import org.throughcareatlas.editing.AfterCommit;
import org.throughcareatlas.security.Access;

/**
 * Adds, changes and ends working relationships. Every change is checked first and refused with a
 * message naming the field, changing nothing: both ends must exist and suit the type, an active
 * relationship of the same type between the same two parties may not be recorded twice, and dates
 * must be in order (since ≤ last confirmed ≤ today; since ≤ ended ≤ today). Ending keeps the
 * relationship, with its end date, so the history stays; ended relationships are shown as such and
 * left out of the network.
 *
 * <p>Only an editor of the agency the relationship is from, or an administrator, may record, change
 * or end it. Every change is recorded in the audit trail and followed, after commit, by {@link
 * org.throughcareatlas.directory.DirectoryChanged}.
 */
@Service
@Transactional
public class RelationshipEditing {

  /** The relationship types and the label of the node each goes to. */
  static final Map<String, String> TARGET_LABEL =
      Map.of(
          "REFERS_TO", "Agency",
          "PARTNERS_WITH", "Agency",
          "SHARES_INFORMATION_WITH", "Agency",
          "WORKS_IN", "Prison",
          "FUNDS", "Service",
          "COMMISSIONS", "Service");

  static final int MAX_NOTES = 2_000;

  private final Neo4jClient neo4j;
  private final Clock clock;
  private final Audit audit;
  private final Access access;
  private final ApplicationEventPublisher events;

  RelationshipEditing(
      Neo4jClient neo4j,
      Clock clock,
      Audit audit,
      Access access,
      ApplicationEventPublisher events) {
    this.neo4j = neo4j;
    this.clock = clock;
    this.audit = audit;
    this.access = access;
    this.events = events;
  }

  /** Records a new relationship and returns its id. */
  @PreAuthorize("@access.canEditAgency(#input.fromAgencyId())")
  public String add(RelationshipInput input) {
    neo4j.query(DirectoryLock.TAKE).run();
    check(input, null);
    String id = UUID.randomUUID().toString();
    Map<String, Object> p = parameters(input);
    p.put("id", id);
    // One statement per type: a relationship type cannot be a parameter. The type has been
    // checked against TARGET_LABEL, so only those six statements can run.
    neo4j.query(CREATE.get(input.type())).bindAll(p).run();
    audited(id, "create", input);
    return id;
  }

  /** Changes the dates, formality, notes and system of relationship {@code id}. */
  @PreAuthorize("@access.canEditRelationship(#id)")
  public void change(String id, RelationshipInput input) {
    neo4j.query(DirectoryLock.TAKE).run();
    Existing existing = existing(id);
    if (!existing.type().equals(input.type())
        || !existing.fromId().equals(input.fromAgencyId())
        || !existing.toId().equals(input.toId())) {
      throw new RelationshipInputException(
          "type",
          "The type and the two ends of a relationship cannot change: end it and record a new"
              + " one.");
    }
    check(input, id);
    Map<String, Object> p = parameters(input);
    p.put("id", id);
    neo4j
        .query(
            """
            MATCH ()-[r {id: $id}]->()
            SET r.since = $since, r.formal = $formal, r.lastConfirmed = $lastConfirmed,
                r.notes = $notes, r.system = $system
            """)
        .bindAll(p)
        .run();
    audited(id, "update", input);
  }

  private void audited(String id, String action, RelationshipInput input) {
    audit.record(
        access.who(),
        "relationship",
        id,
        action,
        List.of(
            new Change.FieldChange("type", null, input.type()),
            new Change.FieldChange("from", null, input.fromAgencyId()),
            new Change.FieldChange("to", null, input.toId()),
            new Change.FieldChange("since", null, text(input.since())),
            new Change.FieldChange("formal", null, String.valueOf(input.formal())),
            new Change.FieldChange("lastConfirmed", null, text(input.lastConfirmed())),
            new Change.FieldChange("notes", null, input.notes())));
    AfterCommit.directoryChanged(events);
  }

  private static String text(Object o) {
    return o == null ? null : o.toString();
  }

  /** Ends relationship {@code id} on {@code ended}, keeping it with its end date. */
  @PreAuthorize("@access.canEditRelationship(#id)")
  public void end(String id, LocalDate ended) {
    neo4j.query(DirectoryLock.TAKE).run();
    Existing existing = existing(id);
    if (existing.ended() != null) {
      throw new RelationshipInputException(
          "ended", "This relationship already ended on " + existing.ended() + ".");
    }
    if (ended == null) {
      throw new RelationshipInputException("ended", "Give the date it ended.");
    }
    if (ended.isAfter(today())) {
      throw new RelationshipInputException("ended", "The end date cannot be in the future.");
    }
    if (existing.since() != null && ended.isBefore(existing.since())) {
      throw new RelationshipInputException(
          "ended", "It cannot end before it began (" + existing.since() + ").");
    }
    neo4j
        .query("MATCH ()-[r {id: $id}]->() SET r.ended = $ended")
        .bindAll(Map.of("id", id, "ended", ended))
        .run();
    audit.record(
        access.who(),
        "relationship",
        id,
        "end",
        List.of(new Change.FieldChange("ended", null, ended.toString())));
    AfterCommit.directoryChanged(events);
  }

  private void check(RelationshipInput input, String changingId) {
    if (input.type() == null || !TARGET_LABEL.containsKey(input.type())) {
      throw new RelationshipInputException(
          "type",
          "Choose a type: refers to, partners with, shares information with, works in,"
              + " funds or commissions.");
    }
    if (blank(input.fromAgencyId()) || !exists("Agency", input.fromAgencyId())) {
      throw new RelationshipInputException("from", "Choose the agency the relationship is from.");
    }
    String target = TARGET_LABEL.get(input.type());
    if (blank(input.toId()) || !exists(target, input.toId())) {
      throw new RelationshipInputException(
          "to", "Choose the " + target.toLowerCase() + " the relationship is with.");
    }
    if (input.fromAgencyId().equals(input.toId())) {
      throw new RelationshipInputException(
          "to", "An agency cannot have a relationship with itself.");
    }
    LocalDate today = today();
    if (input.since() != null && input.since().isAfter(today)) {
      throw new RelationshipInputException("since", "'Since' cannot be in the future.");
    }
    if (input.lastConfirmed() != null && input.lastConfirmed().isAfter(today)) {
      throw new RelationshipInputException(
          "lastConfirmed", "'Last confirmed' cannot be in the future.");
    }
    if (input.since() != null
        && input.lastConfirmed() != null
        && input.lastConfirmed().isBefore(input.since())) {
      throw new RelationshipInputException(
          "lastConfirmed", "'Last confirmed' cannot be before 'since'.");
    }
    if (input.notes() != null && input.notes().length() > MAX_NOTES) {
      throw new RelationshipInputException(
          "notes", "Notes are at most " + MAX_NOTES + " characters.");
    }
    if (input.system() != null
        && !input.system().isBlank()
        && !"SHARES_INFORMATION_WITH".equals(input.type())) {
      throw new RelationshipInputException(
          "system", "A system is recorded only for information sharing.");
    }
    boolean duplicate =
        neo4j
            .query(
                """
                MATCH (a:Agency {id: $from})-[r]->(b {id: $to})
                WHERE type(r) = $type AND r.ended IS NULL
                  AND ($changing IS NULL OR r.id <> $changing)
                RETURN count(r) > 0 AS duplicate
                """)
            .bindAll(
                mapOf(
                    "from",
                    input.fromAgencyId(),
                    "to",
                    input.toId(),
                    "type",
                    input.type(),
                    "changing",
                    changingId))
            .fetchAs(Boolean.class)
            .mappedBy((t, r) -> r.get("duplicate").asBoolean())
            .one()
            .orElse(false);
    if (duplicate) {
      throw new RelationshipInputException(
          "to", "This relationship is already recorded and active: change it instead.");
    }
  }

  private record Existing(
      String type, String fromId, String toId, LocalDate since, LocalDate ended) {}

  private Existing existing(String id) {
    Optional<Existing> found =
        neo4j
            .query(
                """
                MATCH (a:Agency)-[r {id: $id}]->(b)
                WHERE type(r) IN $types
                RETURN type(r) AS type, a.id AS fromId, b.id AS toId, r.since AS since,
                       r.ended AS ended
                """)
            .bindAll(Map.of("id", id == null ? "" : id, "types", TARGET_LABEL.keySet()))
            .fetchAs(Existing.class)
            .mappedBy(
                (t, r) ->
                    new Existing(
                        r.get("type").asString(),
                        r.get("fromId").asString(),
                        r.get("toId").asString(),
                        r.get("since").isNull() ? null : r.get("since").asLocalDate(),
                        r.get("ended").isNull() ? null : r.get("ended").asLocalDate()))
            .one();
    return found.orElseThrow(
        () -> new RelationshipInputException("id", "There is no relationship '" + id + "'."));
  }

  private boolean exists(String label, String id) {
    return neo4j
        .query(
            """
            MATCH (n {id: $id}) WHERE $label IN labels(n) RETURN count(n) > 0 AS found
            """)
        .bindAll(Map.of("id", id, "label", label))
        .fetchAs(Boolean.class)
        .mappedBy((t, r) -> r.get("found").asBoolean())
        .one()
        .orElse(false);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static Map<String, Object> parameters(RelationshipInput input) {
    return mapOf(
        "from", input.fromAgencyId(),
        "to", input.toId(),
        "since", input.since(),
        "formal", input.formal(),
        "lastConfirmed", input.lastConfirmed(),
        "notes", blank(input.notes()) ? null : input.notes().strip(),
        "system", blank(input.system()) ? null : input.system().strip());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static Map<String, Object> mapOf(Object... keysAndValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static final String CREATE_TEMPLATE =
      """
      MATCH (a:Agency {id: $from}), (b:TARGET {id: $to})
      CREATE (a)-[:TYPE {id: $id, since: $since, formal: $formal, lastConfirmed: $lastConfirmed,
                         notes: $notes, system: $system}]->(b)
      """;

  /** The create statement of each type, made once from the template and the fixed type list. */
  private static final Map<String, String> CREATE = new HashMap<>();

  static {
    TARGET_LABEL.forEach(
        (type, label) ->
            CREATE.put(type, CREATE_TEMPLATE.replace("TARGET", label).replace("TYPE", type)));
  }
}
