package org.throughcareatlas.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and reads the audit trail. A change is written in the same transaction as the edit it
 * describes, so there is never an edit without its record nor a record without its edit.
 */
@Service
@Transactional
public class Audit {

  /** The label of the records of each HSDS type that a change is linked to. */
  private static final Map<String, String> LABELS =
      Map.of(
          "service", "Service",
          "organization", "Agency",
          "location", "Location",
          "contact", "Contact",
          "problem_report", "ProblemReport");

  private final Neo4jClient neo4j;
  private final Clock clock;

  Audit(Neo4jClient neo4j, Clock clock) {
    this.neo4j = neo4j;
    this.clock = clock;
  }

  /**
   * Records that {@code by} did {@code action} to the record with key {@code entityId} (a node with
   * that {@code id}, or a relationship), changing {@code fields}.
   */
  public Change record(
      String by,
      String entityType,
      String entityId,
      String action,
      List<Change.FieldChange> fields) {
    String id = UUID.randomUUID().toString();
    OffsetDateTime at = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    Map<String, Object> p = new HashMap<>();
    p.put("id", id);
    p.put("at", at);
    p.put("by", by);
    p.put("entityType", entityType);
    p.put("entityId", entityId);
    p.put("action", action);
    p.put("fieldNames", fields.stream().map(Change.FieldChange::field).toList());
    p.put("oldValues", fields.stream().map(f -> nz(f.oldValue())).toList());
    p.put("newValues", fields.stream().map(f -> nz(f.newValue())).toList());
    String create =
        """
        CREATE (c:Change {id: $id, at: $at, by: $by, entityType: $entityType,
                          entityId: $entityId, action: $action, fieldNames: $fieldNames,
                          oldValues: $oldValues, newValues: $newValues})
        """;
    String label = LABELS.get(entityType);
    if (label != null) {
      create += "WITH c MATCH (n:" + label + " {id: $entityId}) CREATE (c)-[:OF]->(n)";
    }
    neo4j.query(create).bindAll(p).run();
    return new Change(id, at, by, entityType, entityId, action, List.copyOf(fields));
  }

  /** The changes of record {@code entityId}, newest first. */
  @Transactional(readOnly = true)
  public List<Change> history(String entityId) {
    return List.copyOf(
        neo4j
            .query(
                """
                MATCH (c:Change {entityId: $id})
                RETURN c ORDER BY c.at DESC, c.id
                """)
            .bind(entityId == null ? "" : entityId)
            .to("id")
            .fetchAs(Change.class)
            .mappedBy((t, r) -> change(r))
            .all());
  }

  /** The latest change of record {@code entityId}, if any. */
  @Transactional(readOnly = true)
  public Optional<Change> latest(String entityId) {
    return history(entityId).stream().findFirst();
  }

  /**
   * Every change, oldest first, optionally of one record only, as rows of the HSDS {@code metadata}
   * table: one row per changed field.
   */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> hsdsMetadata(String entityId, int limit) {
    List<Change> changes =
        List.copyOf(
            neo4j
                .query(
                    """
                    MATCH (c:Change) WHERE $id IS NULL OR c.entityId = $id
                    RETURN c ORDER BY c.at, c.id LIMIT $limit
                    """)
                .bindAll(mapOf("id", entityId, "limit", limit))
                .fetchAs(Change.class)
                .mappedBy((t, r) -> change(r))
                .all());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Change c : changes) {
      for (Change.FieldChange f : c.fields()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(
            "id",
            UUID.nameUUIDFromBytes(
                    (c.id() + "/" + f.field()).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString());
        row.put("resource_id", c.entityId());
        row.put("resource_type", c.entityType());
        row.put("last_action_date", c.at().toLocalDate().toString());
        row.put("last_action_type", c.action());
        row.put("field_name", f.field());
        row.put("previous_value", f.oldValue() == null ? "" : f.oldValue());
        row.put("replacement_value", f.newValue() == null ? "" : f.newValue());
        row.put("updated_by", c.by());
        rows.add(row);
      }
    }
    return rows;
  }

  private static Change change(Record r) {
    Value c = r.get("c");
    List<String> names = c.get("fieldNames").asList(Value::asString);
    List<String> olds = c.get("oldValues").asList(Value::asString);
    List<String> news = c.get("newValues").asList(Value::asString);
    List<Change.FieldChange> fields = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      fields.add(new Change.FieldChange(names.get(i), nn(olds.get(i)), nn(news.get(i))));
    }
    return new Change(
        c.get("id").asString(),
        c.get("at").asOffsetDateTime(),
        c.get("by").asString(),
        c.get("entityType").asString(),
        c.get("entityId").asString(),
        c.get("action").asString(),
        fields);
  }

  /** Neo4j lists cannot hold null: an empty value is stored as "". */
  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String nn(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static Map<String, Object> mapOf(Object... kv) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
