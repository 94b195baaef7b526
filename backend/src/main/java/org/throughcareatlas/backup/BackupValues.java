package org.throughcareatlas.backup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.TypeSystem;
import tools.jackson.databind.JsonNode;

/**
 * Property values in a backup file. Strings, integers, floats, booleans and lists of them are plain
 * JSON; every other Neo4j type is an object with one tagged member ({@code {"$date":
 * "2026-11-23"}}, {@code {"$point": {"srid": 4326, "x": …, "y": …}}}) so that a restore gives back
 * the same type. Neo4j properties never hold maps, so an object is always a tagged value.
 */
final class BackupValues {

  private static final TypeSystem TYPES = TypeSystem.getDefault();

  private BackupValues() {}

  /** A property map as it goes into the file. */
  static Map<String, Object> write(Map<String, Value> properties) {
    Map<String, Object> out = new LinkedHashMap<>();
    properties.forEach((key, value) -> out.put(key, write(value)));
    return out;
  }

  private static Object write(Value value) {
    var type = value.type();
    if (type.equals(TYPES.STRING())) return value.asString();
    if (type.equals(TYPES.INTEGER())) return value.asLong();
    if (type.equals(TYPES.FLOAT())) return value.asDouble();
    if (type.equals(TYPES.BOOLEAN())) return value.asBoolean();
    if (type.equals(TYPES.LIST())) return value.asList(BackupValues::write);
    if (type.equals(TYPES.DATE())) return Map.of("$date", value.asLocalDate().toString());
    if (type.equals(TYPES.DATE_TIME()))
      return Map.of("$datetime", value.asZonedDateTime().toString());
    if (type.equals(TYPES.LOCAL_DATE_TIME()))
      return Map.of("$localdatetime", value.asLocalDateTime().toString());
    if (type.equals(TYPES.TIME())) return Map.of("$time", value.asOffsetTime().toString());
    if (type.equals(TYPES.LOCAL_TIME()))
      return Map.of("$localtime", value.asLocalTime().toString());
    if (type.equals(TYPES.DURATION())) {
      IsoDuration d = value.asIsoDuration();
      return Map.of(
          "$duration",
          Map.of(
              "months",
              d.months(),
              "days",
              d.days(),
              "seconds",
              d.seconds(),
              "nanos",
              d.nanoseconds()));
    }
    if (type.equals(TYPES.POINT())) {
      Point p = value.asPoint();
      Map<String, Object> point = new LinkedHashMap<>();
      point.put("srid", p.srid());
      point.put("x", p.x());
      point.put("y", p.y());
      if (!Double.isNaN(p.z())) point.put("z", p.z());
      return Map.of("$point", point);
    }
    if (type.equals(TYPES.BYTES()))
      return Map.of("$bytes", Base64.getEncoder().encodeToString(value.asByteArray()));
    throw new IllegalArgumentException(
        "A property of type " + type.name() + " cannot be backed up");
  }

  /** A property map read from the file, as driver parameters. */
  static Map<String, Object> read(JsonNode properties) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (var entry : properties.properties()) {
      out.put(entry.getKey(), value(entry.getValue()));
    }
    return out;
  }

  private static Object value(JsonNode node) {
    if (node.isString()) return node.asString();
    if (node.isIntegralNumber()) return node.asLong();
    if (node.isNumber()) return node.asDouble();
    if (node.isBoolean()) return node.asBoolean();
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.forEach(item -> list.add(value(item)));
      return list;
    }
    if (node.isObject() && node.size() == 1) {
      var tagged = node.properties().iterator().next();
      JsonNode v = tagged.getValue();
      switch (tagged.getKey()) {
        case "$date":
          return LocalDate.parse(v.asString());
        case "$datetime":
          return ZonedDateTime.parse(v.asString());
        case "$localdatetime":
          return LocalDateTime.parse(v.asString());
        case "$time":
          return OffsetTime.parse(v.asString());
        case "$localtime":
          return LocalTime.parse(v.asString());
        case "$duration":
          return Values.isoDuration(
                  v.get("months").asLong(),
                  v.get("days").asLong(),
                  v.get("seconds").asLong(),
                  v.get("nanos").asInt())
              .asIsoDuration();
        case "$point":
          return v.has("z")
              ? Values.point(
                      v.get("srid").asInt(),
                      v.get("x").asDouble(),
                      v.get("y").asDouble(),
                      v.get("z").asDouble())
                  .asPoint()
              : Values.point(v.get("srid").asInt(), v.get("x").asDouble(), v.get("y").asDouble())
                  .asPoint();
        case "$bytes":
          return Base64.getDecoder().decode(v.asString());
        default:
          break;
      }
    }
    throw new BackupFileException("a property value is not understood: " + node);
  }
}
