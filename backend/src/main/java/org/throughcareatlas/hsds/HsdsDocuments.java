package org.throughcareatlas.hsds;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns rows read by {@link HsdsQueries} into HSDS 3.0 objects, following {@code
 * docs/hsds-mapping.md}: start from what was imported ({@code hsdsSource}, nothing for Atlas's own
 * data), write every field Atlas models from the graph, then rebuild the nested arrays from the
 * graph's nodes and relationships. Values that are absent are left out, never written as null.
 */
final class HsdsDocuments {

  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** What {@code hsdsSource} never holds: Atlas stores these as nodes and relationships. */
  private static final Set<String> STORED_ELSEWHERE =
      Set.of(
          "organization",
          "services",
          "locations",
          "service_at_locations",
          "service_areas",
          "contacts",
          "attributes");

  private static final Set<String> STATUSES =
      Set.of("active", "inactive", "defunct", "temporarily closed");

  /** Scalar fields of a service, for lists (service_list). */
  private static final Set<String> NESTED_IN_SERVICE =
      Set.of(
          "phones",
          "schedules",
          "service_areas",
          "service_at_locations",
          "languages",
          "funding",
          "cost_options",
          "program",
          "required_documents",
          "contacts",
          "attributes",
          "metadata",
          "organization");

  private final Taxonomies taxonomies;

  HsdsDocuments(Taxonomies taxonomies) {
    this.taxonomies = taxonomies;
  }

  // --- services ------------------------------------------------------------------------------

  /** A service with everything nested (service_full). */
  @SuppressWarnings("unchecked")
  ObjectNode service(Map<String, Object> row) {
    Map<String, Object> s = (Map<String, Object>) row.get("service");
    Map<String, Object> agency = (Map<String, Object>) row.get("agency");
    String id = (String) s.get("id");
    ObjectNode source = source(s.get("hsdsSource"));
    ObjectNode out = NODES.objectNode();
    out.put("id", id);
    if (agency != null) {
      out.put("organization_id", (String) agency.get("id"));
    }
    out.put("name", text(s.get("name"), id));
    copyAll(source, out);
    out.put("id", id);
    putOrRemove(out, "name", text(s.get("name"), source.path("name").asString(id)));
    putOrRemove(out, "description", s.get("description"));
    out.put("status", status(s.get("status"), source.path("status").asString(null)));
    List<String> routes = strings(s.get("referralRoutes"));
    if (!routes.isEmpty()) {
      out.put("application_process", "Referral: " + String.join(", ", routes) + ".");
    }
    putIfPresent(out, "eligibility_description", s.get("referralCriteria"));
    putIfPresent(out, "wait_time", s.get("waitingTime"));
    putIfPresent(out, "fees_description", s.get("cost"));
    putNumberOrRemove(out, "minimum_age", s.get("minimumAge"));
    putNumberOrRemove(out, "maximum_age", s.get("maximumAge"));
    if (s.get("lastVerified") != null) {
      out.put("assured_date", date(s.get("lastVerified")));
    }
    String lastModified = lastModified(s.get("lastModified"), s.get("lastVerified"));
    if (lastModified != null) {
      out.put("last_modified", lastModified);
    }
    out.set(
        "languages",
        textObjects(source.path("languages"), strings(s.get("languages")), "name", "language", id));
    out.set(
        "required_documents",
        textObjects(
            source.path("required_documents"),
            strings(s.get("requiredDocuments")),
            "document",
            "required_document",
            id));
    out.set("schedules", schedules(source.path("schedules"), (String) s.get("openingHours"), id));
    // Fields kept as imported come before the parts rebuilt from the graph, in the same order on
    // every export (so an export of an import of an export reads the same).
    if (agency != null) {
      out.set("organization", organization(agency, (List<Object>) row.get("agencyAttributes")));
    }
    out.set("service_areas", serviceAreas(id, (List<Object>) row.get("areas")));
    ArrayNode deliveries = NODES.arrayNode();
    for (Object delivery : (List<Object>) row.get("locations")) {
      deliveries.add(serviceAtLocation(id, (Map<String, Object>) delivery));
    }
    out.set("service_at_locations", deliveries);
    ArrayNode contacts = NODES.arrayNode();
    for (Object contact : (List<Object>) row.get("contacts")) {
      contacts.add(contact((Map<String, Object>) contact, "service_id", id));
    }
    out.set("contacts", contacts);
    out.set("attributes", serviceAttributes(id, s, row));
    return out;
  }

  /** The one-to-one fields of a service and its organization's (service_list). */
  static ObjectNode serviceListItem(ObjectNode full) {
    ObjectNode out = NODES.objectNode();
    full.properties()
        .forEach(
            e -> {
              if (!NESTED_IN_SERVICE.contains(e.getKey())) {
                out.set(e.getKey(), e.getValue());
              }
            });
    if (full.has("organization")) {
      out.set("organization", organizationListItem((ObjectNode) full.get("organization")));
    }
    return out;
  }

  private static String status(Object graph, String source) {
    if (graph instanceof String g && STATUSES.contains(g.toLowerCase(Locale.ROOT))) {
      return g.toLowerCase(Locale.ROOT);
    }
    return source != null && STATUSES.contains(source) ? source : "active";
  }

  /** When a service last changed: set by Atlas or an import, else the day it was verified. */
  static String lastModified(Object lastModified, Object lastVerified) {
    if (lastModified != null) {
      try {
        OffsetDateTime time =
            switch (lastModified) {
              case ZonedDateTime z -> z.toOffsetDateTime();
              case OffsetDateTime o -> o;
              case LocalDateTime l -> l.atOffset(ZoneOffset.UTC);
              case LocalDate d -> d.atStartOfDay().atOffset(ZoneOffset.UTC);
              default -> OffsetDateTime.parse(lastModified.toString());
            };
        return time.withOffsetSameInstant(ZoneOffset.UTC)
            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      } catch (java.time.DateTimeException e) {
        // not a date-time: fall back to the day of the last check
      }
    }
    if (lastVerified != null) {
      return date(lastVerified) + "T00:00:00Z";
    }
    return null;
  }

  private static String date(Object value) {
    return value instanceof TemporalAccessor t && !(value instanceof String)
        ? DateTimeFormatter.ISO_LOCAL_DATE.format(t)
        : value.toString();
  }

  /**
   * Atlas's lists of plain strings (languages, required documents) as HSDS objects: an imported
   * object is reused (with its id) when its text matches, a new one gets a name-based id.
   */
  private static ArrayNode textObjects(
      JsonNode sourceItems, List<String> texts, String field, String kind, String serviceId) {
    ArrayNode out = NODES.arrayNode();
    if (texts.isEmpty() && sourceItems.isArray() && !sourceItems.isEmpty()) {
      return (ArrayNode) sourceItems; // Atlas kept no text for them: give them back as imported
    }
    for (String text : texts) {
      ObjectNode item = null;
      for (JsonNode candidate : sourceItems) {
        if (candidate.isObject() && text.equalsIgnoreCase(candidate.path(field).asString(""))) {
          item = ((ObjectNode) candidate).deepCopy();
        }
      }
      if (item == null) {
        item = NODES.objectNode();
        item.put("id", HsdsIds.part(kind, serviceId, text));
        item.put("service_id", serviceId);
        item.put(field, text);
        if (kind.equals("language")) {
          String code = languageCode(text);
          if (code != null) {
            item.put("code", code);
          }
        }
      }
      out.add(item);
    }
    return out;
  }

  private static final Map<String, String> LANGUAGE_CODES = new LinkedHashMap<>();

  static {
    for (String code : Locale.getISOLanguages()) {
      LANGUAGE_CODES.putIfAbsent(
          Locale.of(code).getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
    }
    LANGUAGE_CODES.put("gaelic", "gd");
    LANGUAGE_CODES.put("british sign language", "sgn-gb");
    LANGUAGE_CODES.put("bsl", "sgn-gb");
  }

  private static String languageCode(String name) {
    return LANGUAGE_CODES.get(name.toLowerCase(Locale.ROOT).trim());
  }

  /**
   * Imported schedules are given back as they were (Atlas's opening hours came from them); an
   * edited description replaces the first one's. Atlas's own opening hours become one schedule.
   */
  private static ArrayNode schedules(JsonNode source, String openingHours, String serviceId) {
    if (source.isArray() && !source.isEmpty()) {
      ArrayNode copy = ((ArrayNode) source).deepCopy();
      JsonNode first = copy.get(0);
      if (openingHours != null
          && first.isObject()
          && first.has("description")
          && !openingHours.equals(first.path("description").asString())) {
        ((ObjectNode) first).put("description", openingHours);
      }
      return copy;
    }
    ArrayNode out = NODES.arrayNode();
    if (openingHours != null && !openingHours.isBlank()) {
      ObjectNode schedule = NODES.objectNode();
      schedule.put("id", HsdsIds.part("schedule", serviceId, "opening-hours"));
      schedule.put("service_id", serviceId);
      schedule.put("description", openingHours);
      out.add(schedule);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static ArrayNode serviceAreas(String serviceId, List<Object> areas) {
    ArrayNode out = NODES.arrayNode();
    for (Object o : areas) {
      Map<String, Object> area = (Map<String, Object>) o;
      String code = (String) area.get("code");
      ObjectNode node = NODES.objectNode();
      node.put(
          "id",
          area.get("rel") != null
              ? (String) area.get("rel")
              : HsdsIds.part("service_area", serviceId, code));
      node.put("service_id", serviceId);
      node.put("name", text(area.get("name"), code));
      node.put("description", text(area.get("name"), code) + " council area (" + code + ")");
      node.put("extent", code);
      node.put("extent_type", "gss_code");
      node.put("uri", "http://statistics.data.gov.uk/id/statistical-geography/" + code);
      out.add(node);
    }
    return out;
  }

  // --- locations -----------------------------------------------------------------------------

  /** The id of a service's delivery at a location: the relationship's, else name-based. */
  static String serviceAtLocationId(String serviceId, String locationId, Object relId) {
    return relId != null
        ? relId.toString()
        : HsdsIds.part("service_at_location", serviceId, locationId);
  }

  @SuppressWarnings("unchecked")
  ObjectNode serviceAtLocation(String serviceId, Map<String, Object> delivery) {
    Map<String, Object> rel = (Map<String, Object>) delivery.get("rel");
    Map<String, Object> location = (Map<String, Object>) delivery.get("location");
    String locationId = (String) location.get("id");
    ObjectNode out = NODES.objectNode();
    out.put("id", serviceAtLocationId(serviceId, locationId, rel == null ? null : rel.get("id")));
    out.put("service_id", serviceId);
    out.put("location_id", locationId);
    if (rel != null && rel.get("description") instanceof String d && !d.isBlank()) {
      out.put("description", d);
    }
    out.set("location", location(delivery));
    return out;
  }

  @SuppressWarnings("unchecked")
  ObjectNode location(Map<String, Object> delivery) {
    Map<String, Object> l = (Map<String, Object>) delivery.get("location");
    String id = (String) l.get("id");
    ObjectNode source = source(l.get("hsdsSource"));
    ObjectNode out = NODES.objectNode();
    out.put("id", id);
    copyAll(source, out);
    out.put("id", id);
    boolean virtual = Boolean.TRUE.equals(l.get("virtual"));
    String sourceType = source.path("location_type").asString(null);
    out.put(
        "location_type", virtual ? "virtual" : "postal".equals(sourceType) ? "postal" : "physical");
    putOrRemove(out, "name", l.get("name"));
    if (delivery.get("latitude") instanceof Number lat
        && delivery.get("longitude") instanceof Number lon) {
      out.put("latitude", lat.doubleValue());
      out.put("longitude", lon.doubleValue());
    }
    out.set("addresses", addresses(id, l, delivery, source.path("addresses")));
    out.set(
        "attributes",
        dedupe(graphAttributes(id, "location", (List<Object>) delivery.get("attributes"), null)));
    return out;
  }

  /**
   * The location's address: the imported one when Atlas's address and postcode still say the same,
   * else one made from Atlas's (street part, town, council area, postcode, GB).
   */
  private static ArrayNode addresses(
      String locationId, Map<String, Object> l, Map<String, Object> delivery, JsonNode source) {
    String address = (String) l.get("address");
    String postcode = (String) l.get("postcode");
    boolean virtual = Boolean.TRUE.equals(l.get("virtual"));
    if (source.isArray() && !source.isEmpty() && source.get(0).isObject()) {
      ObjectNode first = (ObjectNode) source.get(0);
      boolean sameAddress =
          address == null
              || address.equals(first.path("address_1").asString(null))
              || address.equals(rendered(first));
      boolean samePostcode =
          postcode == null || postcode.equals(first.path("postal_code").asString(null));
      if (sameAddress && samePostcode) {
        return (ArrayNode) source;
      }
    }
    ArrayNode out = NODES.arrayNode();
    if (virtual || (isBlank(address) && isBlank(postcode))) {
      return out;
    }
    String town = text(delivery.get("town"), text(delivery.get("areaName"), ""));
    String line = text(address, "");
    String city = town;
    int comma = line.lastIndexOf(", ");
    if (comma > 0) {
      city = line.substring(comma + 2);
      line = line.substring(0, comma);
    }
    ObjectNode a = NODES.objectNode();
    JsonNode firstSource = source.isArray() && !source.isEmpty() ? source.get(0) : null;
    if (firstSource != null && firstSource.isObject()) {
      a.setAll((ObjectNode) firstSource.deepCopy());
    } else {
      a.put("id", HsdsIds.part("address", locationId, "1"));
    }
    a.put("location_id", locationId);
    a.put("address_1", line);
    a.remove("address_2");
    a.put("city", city);
    if (delivery.get("areaName") instanceof String area) {
      a.put("region", area);
    }
    a.put("state_province", a.path("state_province").asString("Scotland"));
    a.put("postal_code", text(postcode, ""));
    a.put("country", a.path("country").asString("GB"));
    a.put("address_type", a.path("address_type").asString("physical"));
    out.add(a);
    if (source.isArray()) {
      for (int i = 1; i < source.size(); i++) {
        out.add(source.get(i));
      }
    }
    return out;
  }

  private static String rendered(JsonNode address) {
    List<String> parts = new ArrayList<>();
    for (String field : List.of("address_1", "address_2", "city")) {
      String value = address.path(field).asString("");
      if (!value.isBlank()) {
        parts.add(value);
      }
    }
    return String.join(", ", parts);
  }

  // --- organizations and contacts ------------------------------------------------------------

  /** An organization's own fields, its phone and its attributes. */
  ObjectNode organization(Map<String, Object> agency, List<Object> graphAttributes) {
    String id = (String) agency.get("id");
    ObjectNode source = source(agency.get("hsdsSource"));
    ObjectNode out = NODES.objectNode();
    out.put("id", id);
    copyAll(source, out);
    out.put("id", id);
    String name = text(agency.get("name"), source.path("name").asString(id));
    out.put("name", name);
    out.put(
        "description", text(agency.get("description"), source.path("description").asString(name)));
    putIfPresent(out, "email", agency.get("email"));
    putIfPresent(out, "website", agency.get("website"));
    out.set(
        "phones",
        phones(source.path("phones"), (String) agency.get("phone"), "organization_id", id));
    ArrayNode attributes =
        graphAttributes(
            id, "organization", graphAttributes == null ? List.of() : graphAttributes, null);
    if (agency.get("kind") instanceof String kind && !kind.isBlank()) {
      attributes.insert(0, detailAttribute(id, "organization", Taxonomies.AGENCY_KIND, kind));
    }
    out.set("attributes", dedupe(attributes));
    return out;
  }

  static ObjectNode organizationListItem(ObjectNode organization) {
    ObjectNode out = NODES.objectNode();
    organization
        .properties()
        .forEach(
            e -> {
              if (!e.getValue().isArray() && !e.getValue().isObject()) {
                out.set(e.getKey(), e.getValue());
              }
            });
    return out;
  }

  /** An organization with its own contacts and its services (organization_full). */
  @SuppressWarnings("unchecked")
  ObjectNode organizationFull(Map<String, Object> row, Collection<ObjectNode> services) {
    ObjectNode out =
        organization(
            (Map<String, Object>) row.get("agency"), (List<Object>) row.get("agencyAttributes"));
    String id = out.get("id").asString();
    ArrayNode contacts = NODES.arrayNode();
    for (Object contact : (List<Object>) row.get("contacts")) {
      contacts.add(contact((Map<String, Object>) contact, "organization_id", id));
    }
    out.set("contacts", contacts);
    ArrayNode list = NODES.arrayNode();
    services.forEach(list::add);
    out.set("services", list);
    return out;
  }

  @SuppressWarnings("unchecked")
  ObjectNode contact(Map<String, Object> row, String ownerField, String ownerId) {
    Map<String, Object> c = (Map<String, Object>) row.get("contact");
    String id = (String) c.get("id");
    ObjectNode source = source(c.get("hsdsSource"));
    ObjectNode out = NODES.objectNode();
    out.put("id", id);
    copyAll(source, out);
    out.put("id", id);
    out.put(ownerField, ownerId);
    putIfPresent(out, "name", c.get("name"));
    putIfPresent(out, "title", c.get("role"));
    putIfPresent(out, "email", c.get("email"));
    // The prison a contact is for (AT_PRISON) is its department: kept as text by an importer,
    // so that export → import → export gives it back.
    if (row.get("prisonName") instanceof String prison && !prison.isBlank()) {
      out.put("department", prison);
    }
    out.set("phones", phones(source.path("phones"), (String) c.get("phone"), "contact_id", id));
    return out;
  }

  /** Atlas keeps the first phone's number; the imported phones are otherwise given back. */
  private static ArrayNode phones(
      JsonNode source, String number, String ownerField, String ownerId) {
    ArrayNode out = NODES.arrayNode();
    List<JsonNode> rest = new ArrayList<>();
    source.forEach(rest::add);
    if (number != null && !number.isBlank()) {
      ObjectNode first;
      if (!rest.isEmpty() && rest.get(0).isObject()) {
        first = ((ObjectNode) rest.remove(0)).deepCopy();
      } else {
        first = NODES.objectNode();
        first.put("id", HsdsIds.part("phone", ownerId, "1"));
        first.put(ownerField, ownerId);
      }
      first.put("number", number);
      out.add(first);
    } else if (!rest.isEmpty()) {
      rest.remove(0);
    }
    rest.forEach(out::add);
    return out;
  }

  // --- attributes and taxonomy terms ---------------------------------------------------------

  @SuppressWarnings("unchecked")
  private ArrayNode serviceAttributes(String id, Map<String, Object> s, Map<String, Object> row) {
    ArrayNode out = NODES.arrayNode();
    for (Object o : (List<Object>) row.get("needs")) {
      Map<String, Object> link = (Map<String, Object>) o;
      Taxonomies.Term term = taxonomies.need((String) link.get("slug"));
      if (term != null) {
        out.add(attribute(link.get("rel"), id, "service", null, null, term));
      }
    }
    for (Object o : (List<Object>) row.get("circumstances")) {
      Map<String, Object> link = (Map<String, Object>) o;
      Taxonomies.Term term = taxonomies.circumstance((String) link.get("slug"));
      if (term != null) {
        out.add(attribute(link.get("rel"), id, "service", "eligibility", null, term));
      }
    }
    if (s.get("selfReferral") instanceof Boolean self) {
      out.add(detailAttribute(id, "service", Taxonomies.SELF_REFERRAL, self.toString()));
    }
    for (String route : strings(s.get("referralRoutes"))) {
      out.add(detailAttribute(id, "service", Taxonomies.REFERRAL_ROUTE, route));
    }
    if (s.get("capacity") instanceof String capacity && !capacity.isBlank()) {
      out.add(detailAttribute(id, "service", Taxonomies.CAPACITY, capacity));
    }
    for (String prison : strings(row.get("inReach"))) {
      out.add(detailAttribute(id, "service", Taxonomies.IN_REACH_PRISON, prison));
    }
    out.addAll(graphAttributes(id, "service", (List<Object>) row.get("attributes"), null));
    return dedupe(out);
  }

  /**
   * Attributes once each, ordered by id: the same whether a link came from Atlas's own fields or
   * from an import of an earlier export.
   */
  private static ArrayNode dedupe(ArrayNode attributes) {
    Map<String, JsonNode> byId = new java.util.TreeMap<>();
    attributes.forEach(a -> byId.putIfAbsent(a.path("id").asString(), a));
    ArrayNode out = NODES.arrayNode();
    byId.values().forEach(out::add);
    return out;
  }

  private static ObjectNode attribute(
      Object relId,
      String linkId,
      String linkEntity,
      String linkType,
      String value,
      Taxonomies.Term term) {
    ObjectNode a = NODES.objectNode();
    a.put(
        "id",
        relId != null
            ? relId.toString()
            : value == null
                ? HsdsIds.attribute(linkId, term.id())
                : HsdsIds.attribute(linkId, term.id(), value));
    a.put("link_id", linkId);
    if (linkType != null) {
      a.put("link_type", linkType);
    }
    a.put("link_entity", linkEntity);
    a.put("taxonomy_term_id", term.id());
    if (value != null) {
      a.put("value", value);
    }
    a.set("taxonomy_term", term(term));
    return a;
  }

  private static ObjectNode detailAttribute(
      String linkId, String linkEntity, String code, String value) {
    return attribute(null, linkId, linkEntity, null, value, Taxonomies.DETAILS.get(code));
  }

  @SuppressWarnings("unchecked")
  private static ArrayNode graphAttributes(
      String linkId, String defaultEntity, List<Object> links, String unused) {
    ArrayNode out = NODES.arrayNode();
    if (links == null) {
      return out;
    }
    for (Object o : links) {
      Map<String, Object> link = (Map<String, Object>) o;
      Map<String, Object> rel = (Map<String, Object>) link.get("rel");
      ObjectNode term = graphTerm(link);
      String termId = term.get("id").asString();
      String value = rel.get("value") == null ? null : rel.get("value").toString();
      ObjectNode a = NODES.objectNode();
      a.put(
          "id",
          rel.get("id") != null
              ? rel.get("id").toString()
              : value == null
                  ? HsdsIds.attribute(linkId, termId)
                  : HsdsIds.attribute(linkId, termId, value));
      a.put("link_id", linkId);
      putIfPresent(a, "link_type", rel.get("linkType"));
      a.put("link_entity", text(rel.get("linkEntity"), defaultEntity));
      a.put("taxonomy_term_id", termId);
      if (value != null) {
        a.put("value", value);
      }
      a.set("taxonomy_term", term);
      out.add(a);
    }
    return out;
  }

  /** One of Atlas's own terms. */
  static ObjectNode term(Taxonomies.Term t) {
    ObjectNode out = NODES.objectNode();
    out.put("id", t.id());
    out.put("code", t.code());
    out.put("name", t.name());
    out.put("description", t.description());
    if (t.parentId() != null) {
      out.put("parent_id", t.parentId());
    }
    out.put("taxonomy", t.taxonomyName());
    out.put("taxonomy_id", t.taxonomyId());
    return out;
  }

  /** A term kept from an import: {@code {term: properties, taxonomyName, taxonomyId}}. */
  @SuppressWarnings("unchecked")
  static ObjectNode graphTerm(Map<String, Object> row) {
    Map<String, Object> t = (Map<String, Object>) row.get("term");
    ObjectNode out = NODES.objectNode();
    String id = (String) t.get("id");
    String name = text(t.get("name"), text(t.get("code"), id));
    out.put("id", id);
    putIfPresent(out, "code", t.get("code"));
    out.put("name", name);
    out.put("description", text(t.get("description"), name));
    putIfPresent(out, "parent_id", t.get("parentId"));
    putIfPresent(out, "taxonomy", row.get("taxonomyName"));
    putIfPresent(out, "taxonomy_id", row.get("taxonomyId"));
    putIfPresent(out, "language", t.get("language"));
    putIfPresent(out, "term_uri", t.get("termUri"));
    return out;
  }

  /** One of Atlas's own taxonomies. */
  static ObjectNode taxonomy(String id, String name, String description) {
    ObjectNode out = NODES.objectNode();
    out.put("id", id);
    out.put("name", name);
    out.put("description", description);
    return out;
  }

  /** A taxonomy kept from an import. */
  static ObjectNode graphTaxonomy(Map<String, Object> x) {
    ObjectNode out = NODES.objectNode();
    String id = (String) x.get("id");
    String name = text(x.get("name"), id);
    out.put("id", id);
    out.put("name", name);
    out.put("description", text(x.get("description"), name));
    putIfPresent(out, "uri", x.get("uri"));
    putIfPresent(out, "version", x.get("version"));
    return out;
  }

  /** Atlas's own taxonomies, in a fixed order. */
  static List<ObjectNode> ownTaxonomies() {
    return List.of(
        taxonomy(
            HsdsIds.NEEDS_TAXONOMY,
            Taxonomies.NEEDS_NAME,
            "What a person may need on release from prison, in two levels (a need and the"
                + " narrower needs within it); the code is Atlas's need id."),
        taxonomy(
            HsdsIds.CIRCUMSTANCES_TAXONOMY,
            Taxonomies.CIRCUMSTANCES_NAME,
            "Circumstances a service may be only for (gender, age, sentence, flags); linked with"
                + " link_type eligibility. The code is Atlas's circumstance id."),
        taxonomy(
            HsdsIds.DETAILS_TAXONOMY,
            Taxonomies.DETAILS_NAME,
            "Details Atlas keeps that HSDS has no field for; each attribute's value holds the"
                + " detail."));
  }

  // --- helpers -------------------------------------------------------------------------------

  /** The imported HSDS object, minus what Atlas stores as nodes; empty when there is none. */
  static ObjectNode source(Object hsdsSource) {
    if (!(hsdsSource instanceof String text) || text.isBlank()) {
      return NODES.objectNode();
    }
    try {
      JsonNode node = JSON.readTree(text);
      if (!node.isObject()) {
        return NODES.objectNode();
      }
      ObjectNode object = (ObjectNode) node;
      STORED_ELSEWHERE.forEach(object::remove);
      withoutNulls(object);
      return object;
    } catch (JacksonException e) {
      return NODES.objectNode();
    }
  }

  /** HSDS fields are typed: an imported {@code null} is left out rather than given back. */
  private static void withoutNulls(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      List<String> nulls = new ArrayList<>();
      object
          .properties()
          .forEach(
              e -> {
                if (e.getValue().isNull()) {
                  nulls.add(e.getKey());
                } else {
                  withoutNulls(e.getValue());
                }
              });
      nulls.forEach(object::remove);
    } else if (node.isArray()) {
      ArrayNode array = (ArrayNode) node;
      for (int i = array.size() - 1; i >= 0; i--) {
        if (array.get(i).isNull()) {
          array.remove(i);
        } else {
          withoutNulls(array.get(i));
        }
      }
    }
  }

  private static void copyAll(ObjectNode from, ObjectNode to) {
    from.properties().forEach(e -> to.set(e.getKey(), e.getValue()));
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static String text(Object value, String fallback) {
    return value instanceof String s && !s.isBlank() ? s : fallback;
  }

  private static void putIfPresent(ObjectNode node, String field, Object value) {
    if (value instanceof String s && !s.isBlank()) {
      node.put(field, s);
    } else if (value instanceof Number n) {
      node.put(field, n.toString());
    }
  }

  private static void putOrRemove(ObjectNode node, String field, Object value) {
    if (value instanceof String s && !s.isBlank()) {
      node.put(field, s);
    } else {
      node.remove(field);
    }
  }

  private static void putNumberOrRemove(ObjectNode node, String field, Object value) {
    if (value instanceof Number n) {
      node.put(field, n.longValue());
    } else {
      node.remove(field);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object value) {
    if (!(value instanceof List<?> list)) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Object o : list) {
      if (o != null && !o.toString().isBlank()) {
        out.add(o.toString());
      }
    }
    return out;
  }
}
