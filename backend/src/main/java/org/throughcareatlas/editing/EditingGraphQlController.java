package org.throughcareatlas.editing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.throughcareatlas.audit.Audit;
import org.throughcareatlas.audit.Change;
import org.throughcareatlas.directory.Agency;
import org.throughcareatlas.directory.DirectoryQueries;
import org.throughcareatlas.directory.Service;

/** Editing over GraphQL ({@code graphql/editing.graphqls}): maps inputs and payloads. */
@Controller
class EditingGraphQlController {

  private final RecordEditing editing;
  private final Freshness freshness;
  private final DirectoryQueries directory;
  private final Audit audit;

  EditingGraphQlController(
      RecordEditing editing, Freshness freshness, DirectoryQueries directory, Audit audit) {
    this.editing = editing;
    this.freshness = freshness;
    this.directory = directory;
    this.audit = audit;
  }

  /** A payload as the schema has it: the record (or id and version), errors and conflict. */
  private Map<String, Object> payload(String recordField, Object record, EditResult result) {
    Map<String, Object> payload = new HashMap<>();
    payload.put(recordField, result.saved() ? record : null);
    payload.put("id", result.saved() ? result.id() : null);
    payload.put("version", result.saved() ? result.version() : null);
    payload.put("errors", result.errors());
    payload.put("conflict", conflict(result.conflict()));
    return payload;
  }

  private static Map<String, Object> conflict(Conflict c) {
    if (c == null) {
      return null;
    }
    Map<String, Object> m = new HashMap<>();
    m.put("changedBy", c.changedBy());
    m.put("changedAt", c.changedAt() == null ? null : c.changedAt().toString());
    m.put("currentVersion", c.currentVersion());
    m.put("message", c.message());
    return m;
  }

  private static Map<String, Object> changes(Map<String, Object> input, String... leaveOut) {
    Map<String, Object> changes = new LinkedHashMap<>(input);
    for (String key : leaveOut) {
      changes.remove(key);
    }
    return changes;
  }

  private static int version(Map<String, Object> input) {
    return ((Number) input.get("version")).intValue();
  }

  @MutationMapping
  Map<String, Object> updateService(@Argument Map<String, Object> input) {
    String id = (String) input.get("id");
    EditResult result = editing.updateService(id, version(input), changes(input, "id", "version"));
    return payload("service", result.saved() ? directory.service(id).orElse(null) : null, result);
  }

  @MutationMapping
  Map<String, Object> createService(@Argument Map<String, Object> input) {
    EditResult result =
        editing.createService((String) input.get("agencyId"), changes(input, "agencyId"));
    return payload(
        "service", result.saved() ? directory.service(result.id()).orElse(null) : null, result);
  }

  @MutationMapping
  Map<String, Object> confirmService(@Argument String id, @Argument int version) {
    EditResult result = editing.confirmService(id, version);
    return payload("service", result.saved() ? directory.service(id).orElse(null) : null, result);
  }

  @MutationMapping
  Map<String, Object> updateAgency(@Argument Map<String, Object> input) {
    String id = (String) input.get("id");
    Map<String, Object> changes = changes(input, "id", "version");
    if (changes.get("kind") != null) {
      changes.put("kind", String.valueOf(changes.get("kind")));
    }
    EditResult result = editing.updateAgency(id, version(input), changes);
    return payload("agency", result.saved() ? directory.agency(id).orElse(null) : null, result);
  }

  @MutationMapping
  Map<String, Object> updateLocation(@Argument Map<String, Object> input) {
    String id = (String) input.get("id");
    EditResult result = editing.updateLocation(id, version(input), changes(input, "id", "version"));
    return payload("location", null, result);
  }

  @MutationMapping
  Map<String, Object> updateContact(@Argument Map<String, Object> input) {
    String id = (String) input.get("id");
    EditResult result = editing.updateContact(id, version(input), changes(input, "id", "version"));
    return payload("contact", null, result);
  }

  @QueryMapping
  List<Map<String, Object>> needsConfirming(@Argument Integer first) {
    int limit = first == null ? 50 : first;
    if (limit < 1 || limit > 100) {
      throw new org.throughcareatlas.directory.InvalidArgumentException("first", "give 1 to 100.");
    }
    List<Freshness.Unconfirmed> unconfirmed = freshness.needsConfirming(limit);
    Map<String, Service> services =
        directory.servicesByIds(
            unconfirmed.stream().map(Freshness.Unconfirmed::serviceId).toList());
    return unconfirmed.stream()
        .map(
            u -> {
              Map<String, Object> m = new HashMap<>();
              m.put("service", services.get(u.serviceId()));
              m.put("lastVerified", u.lastVerified());
              return m;
            })
        .toList();
  }

  @BatchMapping(typeName = "Service", field = "version")
  Map<Service, Integer> serviceVersion(List<Service> services) {
    Map<String, Integer> v =
        editing.versions(EntityType.SERVICE, services.stream().map(Service::id).toList());
    Map<Service, Integer> out = new LinkedHashMap<>();
    services.forEach(s -> out.put(s, v.getOrDefault(s.id(), 0)));
    return out;
  }

  @BatchMapping(typeName = "Agency", field = "version")
  Map<Agency, Integer> agencyVersion(List<Agency> agencies) {
    Map<String, Integer> v =
        editing.versions(EntityType.AGENCY, agencies.stream().map(Agency::id).toList());
    Map<Agency, Integer> out = new LinkedHashMap<>();
    agencies.forEach(a -> out.put(a, v.getOrDefault(a.id(), 0)));
    return out;
  }

  @SchemaMapping(typeName = "Service", field = "history")
  List<Change> serviceHistory(Service service) {
    return audit.history(service.id());
  }

  @SchemaMapping(typeName = "Agency", field = "history")
  List<Change> agencyHistory(Agency agency) {
    return audit.history(agency.id());
  }

  @SchemaMapping(typeName = "Change", field = "at")
  String changeAt(Change change) {
    return change.at().toString();
  }
}
