package org.throughcareatlas.directory;

import java.time.LocalDate;
import java.util.List;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Point;

/**
 * Maps graph nodes to the read models, for every package that reads them. Missing properties become
 * nulls or empty lists.
 */
public final class GraphValues {

  private GraphValues() {}

  public static Service service(Value value) {
    Node n = value.asNode();
    return new Service(
        string(n.get("id")),
        string(n.get("name")),
        string(n.get("description")),
        string(n.get("status")),
        n.get("selfReferral").asBoolean(false),
        strings(n.get("referralRoutes")),
        string(n.get("referralCriteria")),
        string(n.get("waitingTime")),
        string(n.get("capacity")),
        string(n.get("cost")),
        strings(n.get("languages")),
        string(n.get("openingHours")),
        strings(n.get("requiredDocuments")),
        integer(n.get("minimumAge")),
        integer(n.get("maximumAge")),
        date(n.get("lastVerified")));
  }

  public static Agency agency(Value value) {
    Node n = value.asNode();
    return new Agency(
        string(n.get("id")),
        string(n.get("name")),
        string(n.get("description")),
        string(n.get("kind")),
        string(n.get("website")),
        string(n.get("email")),
        string(n.get("phone")),
        date(n.get("lastConfirmed")));
  }

  public static Need need(Value value, Value broaderId) {
    Node n = value.asNode();
    return new Need(
        string(n.get("id")),
        string(n.get("name")),
        string(n.get("description")),
        string(broaderId));
  }

  public static Circumstance circumstance(Value value) {
    Node n = value.asNode();
    return new Circumstance(
        string(n.get("id")),
        string(n.get("name")),
        string(n.get("group")),
        string(n.get("description")));
  }

  public static Area area(Value value) {
    Node n = value.asNode();
    Point p = point(n.get("point"));
    return new Area(
        string(n.get("code")),
        string(n.get("name")),
        string(n.get("mainTown")),
        p == null ? null : p.y(),
        p == null ? null : p.x());
  }

  public static Prison prison(Value value, Value areaCode) {
    Node n = value.asNode();
    Point p = point(n.get("point"));
    return new Prison(
        string(n.get("id")),
        string(n.get("name")),
        string(n.get("holds")),
        string(n.get("notes")),
        string(areaCode),
        p == null ? null : p.y(),
        p == null ? null : p.x());
  }

  public static Location location(Value value, Value areaCode) {
    Node n = value.asNode();
    Point p = point(n.get("point"));
    return new Location(
        string(n.get("id")),
        string(n.get("name")),
        string(n.get("address")),
        string(n.get("postcode")),
        n.get("virtual").asBoolean(false),
        string(areaCode),
        p == null ? null : p.y(),
        p == null ? null : p.x());
  }

  public static Contact contact(Value value, Value prisonId) {
    Node n = value.asNode();
    return new Contact(
        string(n.get("id")),
        string(n.get("name")),
        string(n.get("role")),
        string(n.get("phone")),
        string(n.get("email")),
        string(prisonId));
  }

  /** An agency, prison or service node, as its read model. */
  public static Object party(Value value, Value prisonAreaCode) {
    Node n = value.asNode();
    if (n.hasLabel("Agency")) {
      return agency(value);
    }
    if (n.hasLabel("Prison")) {
      return prison(value, prisonAreaCode);
    }
    return service(value);
  }

  public static String string(Value v) {
    return v == null || v.isNull() ? null : v.asString();
  }

  public static Integer integer(Value v) {
    return v == null || v.isNull() ? null : v.asInt();
  }

  public static LocalDate date(Value v) {
    return v == null || v.isNull() ? null : v.asLocalDate();
  }

  public static List<String> strings(Value v) {
    return v == null || v.isNull() ? List.of() : v.asList(Value::asString);
  }

  public static Point point(Value v) {
    return v == null || v.isNull() ? null : v.asPoint();
  }
}
