package org.throughcareatlas.editing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcareatlas.audit.Audit;
import org.throughcareatlas.audit.Change;
import org.throughcareatlas.backup.DirectoryLock;
import org.throughcareatlas.editing.FieldSpec.Kind;
import org.throughcareatlas.search.SearchIndex;
import org.throughcareatlas.security.Access;

/**
 * The one place where agencies, services, locations and contacts are written by people. Each edit
 * is a map of the fields to change (field name → new value; a field left out is left as it is):
 *
 * <ol>
 *   <li>every field is checked (required, length, format, ranges, values from their lists); any
 *       problem is answered as {@link FieldError}s and nothing changes;
 *   <li>the record must still be at the version the editor read: otherwise the answer is a {@link
 *       Conflict} naming who changed it and when, and nothing changes — the write itself checks the
 *       version too, so two saves at the same moment cannot both pass;
 *   <li>the changed fields are written, the version goes up by one, and the change is recorded in
 *       the audit trail (who, when, each field's old and new value) in the same transaction;
 *   <li>{@link org.throughcareatlas.directory.DirectoryChanged} is published after commit.
 * </ol>
 */
@Service
@Transactional
public class RecordEditing {

  static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
  static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{6,22}");
  static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]{3,490}");
  static final Pattern POSTCODE =
      Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})", Pattern.CASE_INSENSITIVE);

  private static final Map<EntityType, String> READ = new EnumMap<>(EntityType.class);

  static {
    for (EntityType type : EntityType.values()) {
      StringBuilder read =
          new StringBuilder(
              "MATCH (n:"
                  + type.label()
                  + " {id: $id})\nRETURN coalesce(n.version, 0) AS version, n {.*} AS props,"
                  + " n.point.latitude AS latitude, n.point.longitude AS longitude");
      for (FieldSpec f : type.fields()) {
        if (f.kind() == Kind.LINKS) {
          read.append(",\n  [(n)-[:")
              .append(f.relType())
              .append("]->(t:")
              .append(f.targetLabel())
              .append(") | t.")
              .append(f.targetKey())
              .append("] AS ")
              .append(f.name());
        }
      }
      READ.put(type, read.toString());
    }
  }

  private final Neo4jClient neo4j;
  private final Audit audit;
  private final Access access;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final SearchIndex searchIndex;

  RecordEditing(
      Neo4jClient neo4j,
      Audit audit,
      Access access,
      ApplicationEventPublisher events,
      Clock clock,
      SearchIndex searchIndex) {
    this.searchIndex = searchIndex;
    this.neo4j = neo4j;
    this.audit = audit;
    this.access = access;
    this.events = events;
    this.clock = clock;
  }

  /** A record's editable values as stored now, and its version. */
  public record Snapshot(String id, int version, Map<String, Object> values) {
    @SuppressWarnings("unchecked")
    public List<String> list(String field) {
      Object v = values.get(field);
      return v == null ? List.of() : (List<String>) v;
    }
  }

  /** The current values of record {@code id}, for a form or an API client to start from. */
  @Transactional(readOnly = true)
  public Optional<Snapshot> read(EntityType type, String id) {
    return neo4j
        .query(READ.get(type))
        .bind(id == null ? "" : id)
        .to("id")
        .fetchAs(Snapshot.class)
        .mappedBy((t, r) -> snapshot(type, id, r))
        .one();
  }

  /** The versions of records {@code ids} (0 for one never edited). */
  @Transactional(readOnly = true)
  public Map<String, Integer> versions(EntityType type, Collection<String> ids) {
    Map<String, Integer> versions = new HashMap<>();
    neo4j
        .query(
            "MATCH (n:"
                + type.label()
                + ") WHERE n.id IN $ids RETURN n.id AS id,"
                + " coalesce(n.version, 0) AS version")
        .bind(List.copyOf(ids))
        .to("ids")
        .fetch()
        .all()
        .forEach(
            row -> versions.put((String) row.get("id"), ((Number) row.get("version")).intValue()));
    return versions;
  }

  @PreAuthorize("@access.canEditService(#id)")
  public EditResult updateService(String id, int expectedVersion, Map<String, Object> changes) {
    return update(EntityType.SERVICE, id, expectedVersion, changes, "update");
  }

  /** Confirms that service {@code id} is still accurate: its last-confirmed date becomes today. */
  @PreAuthorize("@access.canEditService(#id)")
  public EditResult confirmService(String id, int expectedVersion) {
    return update(
        EntityType.SERVICE, id, expectedVersion, Map.of("lastVerified", today()), "confirm");
  }

  /** Adds a service to agency {@code agencyId}. */
  @PreAuthorize("@access.canEditAgency(#agencyId)")
  public EditResult createService(String agencyId, Map<String, Object> values) {
    Map<String, Object> given = new LinkedHashMap<>(values);
    given.putIfAbsent("status", "active");
    given.putIfAbsent("lastVerified", today());
    List<FieldError> errors = new ArrayList<>();
    Map<String, Object> clean = check(EntityType.SERVICE, given, true, errors);
    boolean agencyExists =
        neo4j
                .query("MATCH (a:Agency {id: $id}) RETURN count(a) AS n")
                .bind(agencyId == null ? "" : agencyId)
                .to("id")
                .fetchAs(Long.class)
                .mappedBy((t, r) -> r.get("n").asLong())
                .one()
                .orElse(0L)
            > 0;
    if (!agencyExists) {
      errors.add(new FieldError("agencyId", "Choose the agency that provides the service."));
    }
    String id = UUID.randomUUID().toString();
    if (!errors.isEmpty()) {
      return EditResult.of(null).invalid(errors, 0);
    }
    neo4j
        .query(
            "MATCH (a:Agency {id: $agency}) CREATE (a)-[:PROVIDES]->(:Service {id: $id, version: 0})")
        .bindAll(Map.of("agency", agencyId, "id", id))
        .run();
    Snapshot blank = read(EntityType.SERVICE, id).orElseThrow();
    return write(EntityType.SERVICE, blank, clean, "create");
  }

  @PreAuthorize("@access.canEditAgency(#id)")
  public EditResult updateAgency(String id, int expectedVersion, Map<String, Object> changes) {
    return update(EntityType.AGENCY, id, expectedVersion, changes, "update");
  }

  @PreAuthorize("@access.canEditLocation(#id)")
  public EditResult updateLocation(String id, int expectedVersion, Map<String, Object> changes) {
    return update(EntityType.LOCATION, id, expectedVersion, changes, "update");
  }

  @PreAuthorize("@access.canEditContact(#id)")
  public EditResult updateContact(String id, int expectedVersion, Map<String, Object> changes) {
    return update(EntityType.CONTACT, id, expectedVersion, changes, "update");
  }

  private EditResult update(
      EntityType type, String id, int expectedVersion, Map<String, Object> changes, String action) {
    // Take the record's write lock first, so that of two saves at the same moment the second
    // reads the record only once the first has committed, and sees its new version.
    neo4j
        .query("MATCH (n:" + type.label() + " {id: $id}) SET n.__lock = true REMOVE n.__lock")
        .bind(id == null ? "" : id)
        .to("id")
        .run();
    Optional<Snapshot> found = read(type, id);
    if (found.isEmpty()) {
      return EditResult.of(id)
          .invalid(
              List.of(new FieldError("id", "There is no " + type.hsdsName() + " '" + id + "'.")),
              0);
    }
    Snapshot current = found.get();
    if (current.version() != expectedVersion) {
      return EditResult.of(id).conflict(conflict(id, current.version()));
    }
    List<FieldError> errors = new ArrayList<>();
    Map<String, Object> clean = check(type, changes == null ? Map.of() : changes, false, errors);
    crossCheck(type, current, clean, errors);
    if (!errors.isEmpty()) {
      return EditResult.of(id).invalid(errors, current.version());
    }
    return write(type, current, clean, action);
  }

  private EditResult write(
      EntityType type, Snapshot current, Map<String, Object> clean, String action) {
    neo4j.query(DirectoryLock.TAKE).run(); // a backup never sees half of this edit
    String id = current.id();
    List<Change.FieldChange> changed = new ArrayList<>();
    Map<String, Object> props = new HashMap<>();
    Map<String, List<String>> links = new LinkedHashMap<>();
    boolean point = false;
    for (Map.Entry<String, Object> e : clean.entrySet()) {
      FieldSpec f = type.field(e.getKey());
      Object before = current.values().get(f.name());
      Object after = e.getValue();
      if (same(f, before, after)) {
        continue;
      }
      changed.add(new Change.FieldChange(f.name(), text(before), text(after)));
      switch (f.kind()) {
        case LINKS -> links.put(f.name(), listOf(after));
        case LATITUDE, LONGITUDE -> point = true;
        default -> props.put(f.name(), after);
      }
    }
    if (changed.isEmpty() && !"create".equals(action)) {
      return EditResult.of(id).saved(current.version());
    }
    Map<String, Object> p = new HashMap<>();
    p.put("id", id);
    p.put("expected", current.version());
    p.put("props", props);
    Optional<Long> version =
        neo4j
            .query(
                "MATCH (n:"
                    + type.label()
                    + " {id: $id}) WHERE coalesce(n.version, 0) = $expected\n"
                    + "SET n += $props, n.version = $expected + 1\n"
                    + "RETURN n.version AS version")
            .bindAll(p)
            .fetchAs(Long.class)
            .mappedBy((t, r) -> r.get("version").asLong())
            .one();
    if (version.isEmpty()) {
      return EditResult.of(id).conflict(conflict(id, current.version() + 1));
    }
    if (point) {
      Map<String, Object> q = new HashMap<>();
      q.put("id", id);
      q.put("lat", clean.getOrDefault("latitude", current.values().get("latitude")));
      q.put("lon", clean.getOrDefault("longitude", current.values().get("longitude")));
      neo4j
          .query(
              "MATCH (n:"
                  + type.label()
                  + " {id: $id}) SET n.point = CASE WHEN $lat IS NULL OR $lon IS NULL THEN null"
                  + " ELSE point({latitude: $lat, longitude: $lon}) END")
          .bindAll(q)
          .run();
    }
    links.forEach(
        (name, keys) -> {
          FieldSpec f = type.field(name);
          neo4j
              .query(
                  "MATCH (n:"
                      + type.label()
                      + " {id: $id})\nOPTIONAL MATCH (n)-[r:"
                      + f.relType()
                      + "]->(:"
                      + f.targetLabel()
                      + ")\nDELETE r\nWITH DISTINCT n\nUNWIND $keys AS key\nMATCH (t:"
                      + f.targetLabel()
                      + " {"
                      + f.targetKey()
                      + ": key})\nMERGE (n)-[:"
                      + f.relType()
                      + "]->(t)")
              .bindAll(Map.of("id", id, "keys", keys))
              .run();
        });
    // What the search reads from a service, its agency's name and its locations' points.
    switch (type) {
      case SERVICE -> searchIndex.refresh(List.of(id), List.of(), List.of());
      case AGENCY -> searchIndex.refresh(List.of(), List.of(id), List.of());
      case LOCATION -> searchIndex.refresh(List.of(), List.of(), List.of(id));
      default -> {}
    }
    audit.record(access.who(), type.hsdsName(), id, action, changed);
    AfterCommit.directoryChanged(events);
    return EditResult.of(id).saved(version.get().intValue());
  }

  private Conflict conflict(String id, int currentVersion) {
    return audit
        .latest(id)
        .map(c -> new Conflict(c.by(), c.at(), currentVersion))
        .orElse(new Conflict(null, null, currentVersion));
  }

  /** Checks and normalises the given fields; problems go to {@code errors}. */
  Map<String, Object> check(
      EntityType type, Map<String, Object> given, boolean creating, List<FieldError> errors) {
    Map<String, Object> clean = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : given.entrySet()) {
      FieldSpec f = type.field(e.getKey());
      if (f == null) {
        errors.add(new FieldError(e.getKey(), "There is no field '" + e.getKey() + "' to change."));
        continue;
      }
      try {
        Object value = normalise(f, e.getValue());
        if (f.required() && (value == null || value instanceof List<?> l && l.isEmpty())) {
          errors.add(new FieldError(f.name(), f.label() + " is required."));
          continue;
        }
        clean.put(f.name(), value);
      } catch (IllegalArgumentException problem) {
        errors.add(new FieldError(f.name(), problem.getMessage()));
      }
    }
    if (creating) {
      for (FieldSpec f : type.fields()) {
        if (f.required() && !given.containsKey(f.name())) {
          errors.add(new FieldError(f.name(), f.label() + " is required."));
        }
      }
    }
    if (errors.isEmpty()) {
      checkLinksExist(type, clean, errors);
    }
    return clean;
  }

  private void crossCheck(
      EntityType type, Snapshot current, Map<String, Object> clean, List<FieldError> errors) {
    if (type == EntityType.SERVICE) {
      Object min =
          clean.containsKey("minimumAge")
              ? clean.get("minimumAge")
              : current.values().get("minimumAge");
      Object max =
          clean.containsKey("maximumAge")
              ? clean.get("maximumAge")
              : current.values().get("maximumAge");
      if (min instanceof Integer a && max instanceof Integer b && a > b) {
        errors.add(
            new FieldError(
                "maximumAge", "The maximum age cannot be below the minimum age (" + a + ")."));
      }
    }
    if (type == EntityType.LOCATION) {
      Object lat =
          clean.containsKey("latitude") ? clean.get("latitude") : current.values().get("latitude");
      Object lon =
          clean.containsKey("longitude")
              ? clean.get("longitude")
              : current.values().get("longitude");
      if ((lat == null) != (lon == null)) {
        errors.add(
            new FieldError(
                lat == null ? "latitude" : "longitude",
                "Give both latitude and longitude, or neither."));
      }
    }
  }

  private void checkLinksExist(
      EntityType type, Map<String, Object> clean, List<FieldError> errors) {
    for (Map.Entry<String, Object> e : clean.entrySet()) {
      FieldSpec f = type.field(e.getKey());
      if (f.kind() != Kind.LINKS || e.getValue() == null) {
        continue;
      }
      List<String> keys = listOf(e.getValue());
      List<String> known =
          List.copyOf(
              neo4j
                  .query(
                      "MATCH (t:"
                          + f.targetLabel()
                          + ") WHERE t."
                          + f.targetKey()
                          + " IN $keys RETURN t."
                          + f.targetKey()
                          + " AS key")
                  .bind(keys)
                  .to("keys")
                  .fetchAs(String.class)
                  .mappedBy((t, r) -> r.get("key").asString())
                  .all());
      List<String> unknown = keys.stream().filter(k -> !known.contains(k)).toList();
      if (!unknown.isEmpty()) {
        errors.add(
            new FieldError(
                f.name(),
                "Choose "
                    + f.label().toLowerCase(Locale.ROOT)
                    + " from the list: "
                    + unknown.size()
                    + " given "
                    + (unknown.size() == 1 ? "is" : "are")
                    + " not in it."));
      }
    }
  }

  /**
   * What is wrong with {@code value} for field {@code field}, if anything — the same rules the save
   * applies, for a form to show before saving.
   */
  public static Optional<String> problem(FieldSpec field, Object value) {
    try {
      Object v = normalise(field, value);
      if (field.required() && (v == null || v instanceof List<?> l && l.isEmpty())) {
        return Optional.of(field.label() + " is required.");
      }
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** The value as stored, or IllegalArgumentException with what is expected. */
  static Object normalise(FieldSpec f, Object raw) {
    if (raw instanceof String s
        && s.isBlank()
        && f.kind() != Kind.TEXT_LIST
        && f.kind() != Kind.LINKS) {
      raw = null;
    }
    if (raw == null) {
      return f.kind() == Kind.TEXT_LIST || (f.kind() == Kind.LINKS && !f.single())
          ? List.of()
          : null;
    }
    return switch (f.kind()) {
      case TEXT -> {
        String s = String.valueOf(raw).strip();
        if (f.max() > 0 && s.length() > f.max()) {
          throw new IllegalArgumentException(f.label() + " is at most " + f.max() + " characters.");
        }
        if (s.chars().anyMatch(c -> c < 32 && c != '\n' && c != '\r' && c != '\t')) {
          throw new IllegalArgumentException(f.label() + " has characters that cannot be shown.");
        }
        yield s;
      }
      case TEXT_LIST -> {
        List<String> items = new ArrayList<>();
        Collection<?> values =
            raw instanceof Collection<?> c ? c : List.of(String.valueOf(raw).split("\\s*,\\s*"));
        for (Object v : values) {
          String s = v == null ? "" : String.valueOf(v).strip();
          if (s.isEmpty()) {
            continue;
          }
          if (s.length() > Math.max(f.max(), 1)) {
            throw new IllegalArgumentException(
                "Each of "
                    + f.label().toLowerCase(Locale.ROOT)
                    + " is at most "
                    + f.max()
                    + " characters.");
          }
          if (!items.contains(s)) {
            items.add(s);
          }
        }
        if (items.size() > 50) {
          throw new IllegalArgumentException(f.label() + ": at most 50.");
        }
        yield List.copyOf(items);
      }
      case CHOICE -> {
        String s = String.valueOf(raw).strip();
        if (!f.choices().contains(s)) {
          throw new IllegalArgumentException(
              f.label()
                  + " must be one of: "
                  + String.join(", ", f.choices().stream().sorted().toList())
                  + ".");
        }
        yield s;
      }
      case BOOLEAN -> {
        if (raw instanceof Boolean b) {
          yield b;
        }
        throw new IllegalArgumentException(f.label() + " is yes or no.");
      }
      case AGE -> {
        Integer age = integer(raw);
        if (age == null || age < 0 || age > 120) {
          throw new IllegalArgumentException(f.label() + " is a whole number from 0 to 120.");
        }
        yield age;
      }
      case DATE -> {
        LocalDate date;
        try {
          date = raw instanceof LocalDate d ? d : LocalDate.parse(String.valueOf(raw).strip());
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(f.label() + " is a date, YYYY-MM-DD.");
        }
        yield date;
      }
      case EMAIL -> {
        String s = String.valueOf(raw).strip();
        if (s.length() > 254 || !EMAIL.matcher(s).matches()) {
          throw new IllegalArgumentException(
              f.label() + " is an email address, like name@example.org.");
        }
        yield s;
      }
      case PHONE -> {
        String s = String.valueOf(raw).strip();
        if (!PHONE.matcher(s).matches() || s.chars().filter(Character::isDigit).count() < 7) {
          throw new IllegalArgumentException(
              f.label() + " is a phone number: digits, spaces, + ( ) -, like 01382 000 000.");
        }
        yield s;
      }
      case URL -> {
        String s = String.valueOf(raw).strip();
        if (!URL.matcher(s).matches()) {
          throw new IllegalArgumentException(
              f.label() + " is a web address starting with https:// or http://.");
        }
        yield s;
      }
      case POSTCODE -> {
        var m = POSTCODE.matcher(String.valueOf(raw).strip());
        if (!m.matches()) {
          throw new IllegalArgumentException(f.label() + " is a UK postcode, like DD1 1AA.");
        }
        yield (m.group(1) + " " + m.group(2)).toUpperCase(Locale.ROOT);
      }
      case LATITUDE, LONGITUDE -> {
        double limit = f.kind() == Kind.LATITUDE ? 90 : 180;
        Double d = decimal(raw);
        if (d == null || d.isNaN() || d < -limit || d > limit) {
          throw new IllegalArgumentException(
              f.label() + " is a number from " + (int) -limit + " to " + (int) limit + ".");
        }
        yield d;
      }
      case LINKS -> {
        List<String> keys = new ArrayList<>();
        Collection<?> values = raw instanceof Collection<?> c ? c : List.of(raw);
        for (Object v : values) {
          if (v != null
              && !String.valueOf(v).isBlank()
              && !keys.contains(String.valueOf(v).strip())) {
            keys.add(String.valueOf(v).strip());
          }
        }
        if (f.single() && keys.size() > 1) {
          throw new IllegalArgumentException(
              "Choose one " + f.label().toLowerCase(Locale.ROOT) + ".");
        }
        if (keys.size() > 200) {
          throw new IllegalArgumentException(f.label() + ": at most 200.");
        }
        yield f.single() ? (keys.isEmpty() ? null : keys.getFirst()) : List.copyOf(keys);
      }
    };
  }

  private static Integer integer(Object raw) {
    if (raw instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return n.intValue();
    }
    try {
      return Integer.valueOf(String.valueOf(raw).strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Double decimal(Object raw) {
    if (raw instanceof Number n) {
      return n.doubleValue();
    }
    try {
      return Double.valueOf(String.valueOf(raw).strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean same(FieldSpec f, Object before, Object after) {
    if (f.kind() == Kind.LINKS && !f.single()) {
      return listOf(before).stream()
          .sorted()
          .toList()
          .equals(listOf(after).stream().sorted().toList());
    }
    if (f.kind() == Kind.TEXT_LIST) {
      return listOf(before).equals(listOf(after));
    }
    return Objects.equals(before, after);
  }

  @SuppressWarnings("unchecked")
  private static List<String> listOf(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> l) {
      return (List<String>) l;
    }
    return List.of(String.valueOf(value));
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof List<?> l) {
      return l.isEmpty() ? null : String.join(", ", l.stream().map(String::valueOf).toList());
    }
    return String.valueOf(value);
  }

  private Snapshot snapshot(EntityType type, String id, Record r) {
    Map<String, Object> values = new LinkedHashMap<>();
    Value props = r.get("props");
    for (FieldSpec f : type.fields()) {
      Value v =
          switch (f.kind()) {
            case LINKS, LATITUDE, LONGITUDE -> r.get(f.name());
            default -> props.get(f.name());
          };
      Object value;
      if (v == null || v.isNull()) {
        value =
            f.kind() == Kind.TEXT_LIST || (f.kind() == Kind.LINKS && !f.single())
                ? List.of()
                : null;
      } else {
        value =
            switch (f.kind()) {
              case TEXT_LIST -> v.asList(Value::asString);
              case LINKS ->
                  f.single()
                      ? (v.asList(Value::asString).isEmpty()
                          ? null
                          : v.asList(Value::asString).getFirst())
                      : v.asList(Value::asString);
              case BOOLEAN -> v.asBoolean();
              case AGE -> v.asInt();
              case DATE -> v.asLocalDate();
              case LATITUDE, LONGITUDE -> v.asDouble();
              default -> v.asString();
            };
      }
      values.put(f.name(), value);
    }
    return new Snapshot(id, r.get("version").asInt(), values);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
