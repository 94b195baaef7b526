package org.throughcareatlas.hsds;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.throughcareatlas.directory.AgencyKind;
import org.throughcareatlas.hsds.ImportReport.Kind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns one HSDS document (a service or an organization with everything nested in it) into Atlas
 * entities, checking it on the way: required ids and names, JSON types, UUIDs, dates, ages,
 * coordinates. Follows docs/hsds-mapping.md. Problems name the JSON path, the field and what was
 * expected; an entity with an error is not emitted.
 */
final class HsdsMapping {

  /** Where the mapping sends what it finds. */
  interface Sink {
    void entity(ImportedEntity entity);

    /** An id this document refers to without nesting it: it must be in the file or in Atlas. */
    void reference(Kind kind, String id, String where, String field);

    void problem(ImportProblem problem);
  }

  static final Set<String> STATUSES = Set.of("active", "inactive", "defunct", "temporarily closed");

  /** Nested arrays and objects stored as nodes and relationships, so left out of hsdsSource. */
  private static final List<String> STORED_AS_GRAPH =
      List.of(
          "organization",
          "services",
          "locations",
          "service_at_locations",
          "service_areas",
          "contacts",
          "attributes");

  private static final double NEAREST_AREA_KM = 25.0;

  private final ImportReference reference;
  private final Sink sink;
  private boolean failed;

  private HsdsMapping(ImportReference reference, Sink sink) {
    this.reference = reference;
    this.sink = sink;
  }

  /**
   * Maps one document.
   *
   * @return false when it had an error (then nothing of it should be written)
   */
  static boolean map(ImportDocument document, ImportReference reference, Sink sink) {
    HsdsMapping mapping = new HsdsMapping(reference, sink);
    switch (document.type()) {
      case SERVICE ->
          mapping.service(document.node(), document.where(), null, null, true, document.extras());
      case ORGANIZATION -> mapping.organization(document.node(), document.where(), true);
      case TAXONOMY_TERM -> {
        if (!mapping.isAtlasTerm(document.node())) {
          mapping.term(document.node(), document.where());
        }
      }
      case TAXONOMY -> {
        if (!isAtlasTaxonomy(document.node().path("id").asString(null))) {
          mapping.taxonomy(document.node(), document.where());
        }
      }
    }
    return !mapping.failed;
  }

  // ---- organization ------------------------------------------------------------------------

  private String organization(JsonNode node, String where, boolean topLevel) {
    if (!isObject(node, where, "")) {
      return null;
    }
    String id = id(node, where);
    String name = requiredText(node, where, "name");
    Map<String, Object> row = new TreeMap<>();
    row.put("id", id);
    row.put("name", name);
    row.put("description", text(node, where, "description"));
    String website = text(node, where, "website");
    row.put("website", website != null ? website : text(node, where, "url"));
    row.put("email", text(node, where, "email"));
    row.put("phone", firstPhone(node, where));
    List<Map<String, Object>> attributes = new ArrayList<>();
    Details details = new Details();
    ArrayNode kept = attributes(node, where, id, Kind.AGENCY, attributes, null, null, details);
    row.put("attributes", attributes);
    // Null when the file does not say: the agency keeps the kind it has in Atlas.
    row.put("kind", details.agencyKind);
    int i = 0;
    for (JsonNode contact : array(node, where, "contacts")) {
      contact(contact, where + ".contacts[" + i++ + "]", id, null, null);
    }
    i = 0;
    for (JsonNode location : array(node, where, "locations")) {
      location(location, where + ".locations[" + i++ + "]", id);
    }
    if (id != null && name != null) {
      row.put("hsdsSource", source(node, Map.of("attributes", kept)));
      sink.entity(new ImportedEntity(Kind.AGENCY, id, where, topLevel, row));
    }
    i = 0;
    for (JsonNode service : array(node, where, "services")) {
      service(
          service,
          where + ".services[" + i++ + "]",
          id,
          id != null && name != null ? null : "the organization it is in has errors",
          true,
          null);
    }
    return id;
  }

  // ---- service -----------------------------------------------------------------------------

  private void service(
      JsonNode node,
      String where,
      String parentOrganizationId,
      String parentProblem,
      boolean topLevel,
      ImportDocument.AtlasExtras extras) {
    if (!isObject(node, where, "")) {
      return;
    }
    int failuresBefore = failures;
    String id = id(node, where);
    String name = requiredText(node, where, "name");
    String status = requiredText(node, where, "status");
    if (status != null && !STATUSES.contains(status)) {
      error(
          where,
          "status",
          "one of active, inactive, defunct, temporarily closed; found \"" + status + "\"");
    }
    String agencyId = null;
    JsonNode organization = node.get("organization");
    if (organization != null && !organization.isNull()) {
      agencyId = organization(organization, where + ".organization", false);
    } else if (node.hasNonNull("organization_id")) {
      agencyId = text(node, where, "organization_id");
      if (agencyId != null) {
        sink.reference(Kind.AGENCY, agencyId, where, "organization_id");
      }
    } else if (parentOrganizationId != null) {
      agencyId = parentOrganizationId;
    } else if (parentProblem == null) {
      error(
          where,
          "organization",
          "the organization providing the service (\"organization\" or \"organization_id\")");
    }
    Map<String, Object> row = new TreeMap<>();
    row.put("id", id);
    row.put("agencyId", agencyId);
    row.put("name", name);
    row.put("description", text(node, where, "description"));
    row.put("status", status);
    row.put("referralCriteria", text(node, where, "eligibility_description"));
    row.put("waitingTime", text(node, where, "wait_time"));
    String fees = text(node, where, "fees_description");
    row.put("cost", fees != null ? fees : text(node, where, "fees"));
    Integer minimumAge = age(node, where, "minimum_age");
    Integer maximumAge = age(node, where, "maximum_age");
    if (minimumAge != null && maximumAge != null && minimumAge > maximumAge) {
      error(where, "maximum_age", "an age not below minimum_age (" + minimumAge + ")");
    }
    row.put("minimumAge", minimumAge);
    row.put("maximumAge", maximumAge);
    row.put("lastVerified", date(node, where, "assured_date"));
    List<String> languages = new ArrayList<>();
    for (JsonNode language : array(node, where, "languages")) {
      String l = text(language, where + ".languages", "name");
      if (l != null) {
        languages.add(l);
      }
    }
    row.put("languages", languages);
    List<String> documents = new ArrayList<>();
    for (JsonNode document : array(node, where, "required_documents")) {
      String d = text(document, where + ".required_documents", "document");
      if (d != null) {
        documents.add(d);
      }
    }
    row.put("requiredDocuments", documents);
    String openingHours = null;
    for (JsonNode schedule : array(node, where, "schedules")) {
      openingHours = text(schedule, where + ".schedules[0]", "description");
      break;
    }
    row.put("openingHours", openingHours);

    // Where it is delivered.
    List<Map<String, Object>> deliveredAt = new ArrayList<>();
    Set<String> locationAreas = new LinkedHashSet<>();
    int i = 0;
    for (JsonNode sal : array(node, where, "service_at_locations")) {
      String at = where + ".service_at_locations[" + i++ + "]";
      if (!isObject(sal, at, "")) {
        continue;
      }
      String salId = id(sal, at);
      String locationId = null;
      JsonNode location = sal.get("location");
      if (location != null && !location.isNull()) {
        ImportedEntity loc = location(location, at + ".location", null);
        if (loc != null) {
          locationId = loc.id();
          if (loc.row().get("areaCode") != null) {
            locationAreas.add((String) loc.row().get("areaCode"));
          }
        }
      } else {
        locationId = text(sal, at, "location_id");
        if (locationId == null) {
          error(at, "location", "the location (\"location\" or \"location_id\")");
        } else {
          sink.reference(Kind.LOCATION, locationId, at, "location_id");
        }
      }
      int c = 0;
      for (JsonNode contact : array(sal, at, "contacts")) {
        contact(contact, at + ".contacts[" + c++ + "]", agencyId, id, null);
      }
      if (salId != null && locationId != null) {
        ObjectNode salSource = ((ObjectNode) sal).deepCopy();
        salSource.remove(List.of("service", "service_id", "location", "location_id"));
        Map<String, Object> link = new TreeMap<>();
        link.put("id", salId);
        link.put("locationId", locationId);
        link.put("hsdsSource", HsdsJsonSource.JSON.writeValueAsString(salSource));
        deliveredAt.add(link);
      }
    }
    row.put("deliveredAt", deliveredAt);

    // Catchment.
    List<Map<String, Object>> covers = new ArrayList<>();
    ArrayNode unmatchedAreas = HsdsJsonSource.JSON.createArrayNode();
    Set<String> covered = new LinkedHashSet<>();
    i = 0;
    for (JsonNode area : array(node, where, "service_areas")) {
      String at = where + ".service_areas[" + i++ + "]";
      if (!isObject(area, at, "")) {
        continue;
      }
      String areaId = id(area, at);
      Optional<String> code = matchArea(area, at);
      if (code.isPresent() && covered.add(code.get())) {
        Map<String, Object> link = new TreeMap<>();
        link.put("id", areaId);
        link.put("areaCode", code.get());
        covers.add(link);
      } else {
        unmatchedAreas.add(area);
        if (code.isEmpty()) {
          warning(
              at,
              "extent",
              "a council area's GSS code (S12…) or name; this one matches none, so it is kept as given"
                  + " but does not make the service show in searches by area");
        }
      }
    }
    if (covers.isEmpty()) {
      for (String code : locationAreas) {
        Map<String, Object> link = new TreeMap<>();
        link.put("id", null);
        link.put("areaCode", code);
        covers.add(link);
      }
    }
    row.put("covers", covers);

    List<String> contactIds = new ArrayList<>();
    i = 0;
    for (JsonNode contact : array(node, where, "contacts")) {
      ImportedEntity c = contact(contact, where + ".contacts[" + i++ + "]", agencyId, id, null);
      if (c != null) {
        contactIds.add(c.id());
      }
    }
    // Contacts nested in the service's deliveries belong to it too.
    for (JsonNode sal : array(node, where, "service_at_locations")) {
      for (JsonNode contact : array(sal, where, "contacts")) {
        String cid = contact.path("id").isString() ? contact.path("id").asString() : null;
        if (cid != null && !contactIds.contains(cid)) {
          contactIds.add(cid);
        }
      }
    }
    row.put("contactIds", contactIds);

    List<Map<String, Object>> attributes = new ArrayList<>();
    List<Map<String, Object>> needLinks = new ArrayList<>();
    List<Map<String, Object>> forLinks = new ArrayList<>();
    Details details = new Details();
    ArrayNode keptAttributes =
        attributes(node, where, id, Kind.SERVICE, attributes, needLinks, forLinks, details);
    row.put("attributes", attributes);
    // Atlas's own fields: from a spreadsheet's columns, else from the details taxonomy's
    // attributes (as Atlas exports them); absent ones are false / empty / none.
    row.put(
        "selfReferral",
        extras != null ? extras.selfReferral() : Boolean.TRUE.equals(details.selfReferral));
    row.put(
        "referralRoutes",
        extras != null
            ? extras.referralRoutes()
            : inAtlasOrder(details.referralRoutes, text(node, where, "application_process")));
    row.put("capacity", extras != null ? extras.capacity() : details.capacity);
    row.put("inReachPrisonIds", List.copyOf(details.inReachPrisonIds));
    row.put("needLinks", HsdsGraphWriter.onePerTarget(needLinks, "needId"));
    row.put("forLinks", HsdsGraphWriter.onePerTarget(forLinks, "circumstanceId"));
    if (needLinks.isEmpty()) {
      warning(
          where,
          "attributes",
          "a term of Atlas's needs taxonomy, or one named like a need (e.g. \"Housing\"): without one"
              + " the service shows in no search by need");
    }
    if (covers.isEmpty()) {
      warning(
          where,
          "service_areas",
          "a council area (GSS code or name), or a location in one: without one the service shows"
              + " in no search by area");
    }
    if (parentProblem != null) {
      failed = true;
      return;
    }
    if (failures == failuresBefore && id != null) {
      row.put(
          "hsdsSource",
          source(node, Map.of("service_areas", unmatchedAreas, "attributes", keptAttributes)));
      sink.entity(new ImportedEntity(Kind.SERVICE, id, where, topLevel, row));
    }
  }

  private Optional<String> matchArea(JsonNode area, String at) {
    for (String field : List.of("extent", "name", "description", "uri")) {
      Optional<String> code = reference.areaByCodeIn(text(area, at, field));
      if (code.isPresent()) {
        return code;
      }
    }
    Optional<String> byName = reference.areaByName(text(area, at, "name"));
    if (byName.isPresent()) {
      return byName;
    }
    return reference.areaByName(text(area, at, "extent"));
  }

  // ---- location ----------------------------------------------------------------------------

  private ImportedEntity location(JsonNode node, String where, String ownerAgencyId) {
    if (!isObject(node, where, "")) {
      return null;
    }
    int failuresBefore = failures;
    String id = id(node, where);
    Map<String, Object> row = new TreeMap<>();
    row.put("id", id);
    row.put("name", text(node, where, "name"));
    String type = text(node, where, "location_type");
    row.put("virtual", "virtual".equalsIgnoreCase(type));
    Double latitude = number(node, where, "latitude");
    Double longitude = number(node, where, "longitude");
    if (latitude != null && longitude != null) {
      if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
        warning(
            where,
            "latitude/longitude",
            "WGS84 degrees (latitude −90…90, longitude −180…180); found "
                + latitude
                + ", "
                + longitude
                + ": kept as given, but the location has no point on the map");
        latitude = null;
        longitude = null;
      }
    } else if (latitude != null || longitude != null) {
      warning(
          where,
          latitude == null ? "latitude" : "longitude",
          "both latitude and longitude, or neither");
      latitude = null;
      longitude = null;
    }
    row.put("latitude", latitude);
    row.put("longitude", longitude);
    String address = null;
    String postcode = null;
    String areaCode = null;
    int i = 0;
    for (JsonNode a : array(node, where, "addresses")) {
      String at = where + ".addresses[" + i++ + "]";
      if (!isObject(a, at, "")) {
        continue;
      }
      if (address == null) {
        List<String> parts = new ArrayList<>();
        for (String field : List.of("address_1", "address_2", "city")) {
          String part = text(a, at, field);
          if (part != null && !part.isBlank()) {
            parts.add(part.trim());
          }
        }
        address = parts.isEmpty() ? null : String.join(", ", parts);
        postcode = text(a, at, "postal_code");
      }
      for (String field : List.of("region", "city", "state_province")) {
        if (areaCode == null) {
          areaCode = reference.areaByNameOrTown(text(a, at, field)).orElse(null);
        }
      }
    }
    if (areaCode == null && latitude != null) {
      areaCode = reference.areaNear(latitude, longitude, NEAREST_AREA_KM).orElse(null);
    }
    row.put("address", address);
    row.put("postcode", postcode);
    row.put("areaCode", areaCode);
    List<String> agencyIds = new ArrayList<>();
    if (ownerAgencyId != null) {
      agencyIds.add(ownerAgencyId);
    }
    String organizationId = text(node, where, "organization_id");
    if (organizationId != null && !agencyIds.contains(organizationId)) {
      agencyIds.add(organizationId);
    }
    row.put("agencyIds", agencyIds);
    List<Map<String, Object>> attributes = new ArrayList<>();
    ArrayNode kept = attributes(node, where, id, Kind.LOCATION, attributes, null, null, null);
    row.put("attributes", attributes);
    i = 0;
    for (JsonNode contact : array(node, where, "contacts")) {
      contact(contact, where + ".contacts[" + i++ + "]", null, null, id);
    }
    if (failures != failuresBefore || id == null) {
      return null;
    }
    row.put("hsdsSource", source(node, Map.of("attributes", kept)));
    ImportedEntity entity = new ImportedEntity(Kind.LOCATION, id, where, false, row);
    sink.entity(entity);
    return entity;
  }

  // ---- contact -----------------------------------------------------------------------------

  private ImportedEntity contact(
      JsonNode node, String where, String agencyId, String serviceId, String locationId) {
    if (!isObject(node, where, "")) {
      return null;
    }
    int failuresBefore = failures;
    String id = id(node, where);
    Map<String, Object> row = new TreeMap<>();
    row.put("id", id);
    row.put("name", text(node, where, "name"));
    row.put("role", text(node, where, "title"));
    row.put("email", text(node, where, "email"));
    row.put("phone", firstPhone(node, where));
    row.put("agencyIds", agencyId == null ? List.of() : List.of(agencyId));
    row.put("serviceIds", serviceId == null ? List.of() : List.of(serviceId));
    row.put("locationIds", locationId == null ? List.of() : List.of(locationId));
    if (failures != failuresBefore || id == null) {
      return null;
    }
    row.put("hsdsSource", source(node, Map.of()));
    ImportedEntity entity = new ImportedEntity(Kind.CONTACT, id, where, false, row);
    sink.entity(entity);
    return entity;
  }

  // ---- attributes and taxonomy terms ------------------------------------------------------

  /**
   * Maps an entity's attributes: links to Atlas's needs and circumstances (services only), the
   * terms of Atlas's details taxonomy back into {@code details} (a service's self-referral,
   * referral routes, capacity and prisons worked in; an organization's kind), and {@code
   * HAS_ATTRIBUTE} links to other terms.
   *
   * @return the attributes that could not be stored as links, to keep in hsdsSource
   */
  private ArrayNode attributes(
      JsonNode owner,
      String where,
      String ownerId,
      Kind ownerKind,
      List<Map<String, Object>> attributes,
      List<Map<String, Object>> needLinks,
      List<Map<String, Object>> forLinks,
      Details details) {
    ArrayNode kept = HsdsJsonSource.JSON.createArrayNode();
    int i = 0;
    for (JsonNode attribute : array(owner, where, "attributes")) {
      String at = where + ".attributes[" + i++ + "]";
      if (!isObject(attribute, at, "")) {
        continue;
      }
      String id = id(attribute, at);
      String linkType = text(attribute, at, "link_type");
      String linkEntity = text(attribute, at, "link_entity");
      String value =
          attribute.has("value") && !attribute.get("value").isNull()
              ? attribute.get("value").isString()
                  ? attribute.get("value").asString()
                  : attribute.get("value").toString()
              : null;
      JsonNode term = attribute.get("taxonomy_term");
      String termId;
      String termName = null;
      String termCode = null;
      String taxonomyId = null;
      if (term != null && !term.isNull()) {
        if (!isObject(term, at + ".taxonomy_term", "")) {
          continue;
        }
        termId = id(term, at + ".taxonomy_term");
        termName = text(term, at + ".taxonomy_term", "name");
        termCode = text(term, at + ".taxonomy_term", "code");
        taxonomyId = taxonomyIdOf(term, at + ".taxonomy_term");
      } else {
        termId = text(attribute, at, "taxonomy_term_id");
        if (termId == null) {
          error(
              at,
              "taxonomy_term",
              "the term the attribute links to (\"taxonomy_term\" or \"taxonomy_term_id\")");
          continue;
        }
      }
      if (id == null || termId == null) {
        continue;
      }
      Optional<String> detail = ImportIds.detailCode(termId);
      if (detail.isEmpty()
          && ImportIds.DETAILS_TAXONOMY.equals(taxonomyId)
          && ImportIds.DETAIL_CODES.contains(termCode)) {
        detail = Optional.of(termCode);
      }
      if (detail.isPresent()) {
        // Atlas's own field, not a term to keep; one Atlas cannot take stays in hsdsSource.
        if (details == null || !detail(details, detail.get(), value, ownerKind, at)) {
          kept.add(attribute);
        }
        continue;
      }
      boolean eligibility = "eligibility".equalsIgnoreCase(linkType);
      Optional<String> need = reference.needByTermId(termId);
      if (need.isEmpty() && ImportIds.NEEDS_TAXONOMY.equals(taxonomyId) && termCode != null) {
        need = reference.needBySlug(termCode);
      }
      Optional<String> circumstance = reference.circumstanceByTermId(termId);
      if (circumstance.isEmpty()
          && ImportIds.CIRCUMSTANCES_TAXONOMY.equals(taxonomyId)
          && termCode != null) {
        circumstance = reference.circumstanceBySlug(termCode);
      }
      boolean atlasTerm = need.isPresent() || circumstance.isPresent();
      if (atlasTerm && ownerKind != Kind.SERVICE) {
        kept.add(attribute);
        continue;
      }
      if (circumstance.isPresent() && (eligibility || need.isEmpty())) {
        forLinks.add(link(id, "circumstanceId", circumstance.get()));
        continue;
      }
      if (need.isPresent()) {
        needLinks.add(link(id, "needId", need.get()));
        continue;
      }
      // Any other term: kept as a TaxonomyTerm and linked by HAS_ATTRIBUTE.
      if (term != null && !term.isNull()) {
        if (term(term, at + ".taxonomy_term") == null) {
          continue;
        }
      } else {
        sink.reference(Kind.TERM, termId, at, "taxonomy_term_id");
      }
      Map<String, Object> a = new TreeMap<>();
      a.put("id", id);
      a.put("termId", termId);
      a.put("linkType", linkType);
      a.put("linkEntity", linkEntity);
      a.put("value", value);
      attributes.add(a);
      if (ownerKind == Kind.SERVICE) {
        Optional<String> byName =
            eligibility ? reference.circumstanceByName(termName) : Optional.empty();
        if (byName.isPresent()) {
          forLinks.add(link(null, "circumstanceId", byName.get()));
        } else {
          reference.needByName(termName).ifPresent(n -> needLinks.add(link(null, "needId", n)));
        }
      }
    }
    return kept;
  }

  /** Atlas's own fields read back from attributes of the details taxonomy. */
  private static final class Details {
    Boolean selfReferral;
    final List<String> referralRoutes = new ArrayList<>();
    String capacity;
    final List<String> inReachPrisonIds = new ArrayList<>();
    String agencyKind;
  }

  private static final Set<String> CAPACITIES = Set.of("open", "limited", "full");

  /**
   * Takes one details attribute into {@code details}.
   *
   * @return false when it is not one this owner has, or its value is not one Atlas can hold (a
   *     warning then says so): the attribute is then kept as given
   */
  private boolean detail(Details details, String code, String value, Kind owner, String at) {
    String v = value == null ? "" : value.trim();
    if (owner == Kind.AGENCY) {
      if (!code.equals(ImportIds.AGENCY_KIND)) {
        return false;
      }
      String kind = v.toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
      if (java.util.Arrays.stream(AgencyKind.values()).noneMatch(k -> k.name().equals(kind))) {
        warning(
            at,
            "value",
            "a kind of agency ("
                + java.util.Arrays.stream(AgencyKind.values())
                    .map(Enum::name)
                    .collect(java.util.stream.Collectors.joining(", "))
                + "); found \""
                + v
                + "\": kept as given");
        return false;
      }
      details.agencyKind = kind;
      return true;
    }
    if (owner != Kind.SERVICE) {
      return false;
    }
    switch (code) {
      case ImportIds.SELF_REFERRAL -> {
        if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
          warning(
              at, "value", "true or false for self-referral; found \"" + v + "\": kept as given");
          return false;
        }
        details.selfReferral = v.equalsIgnoreCase("true");
      }
      case ImportIds.REFERRAL_ROUTE -> {
        if (v.isEmpty()) {
          warning(at, "value", "the referral route; it is empty: kept as given");
          return false;
        }
        if (!details.referralRoutes.contains(v)) {
          details.referralRoutes.add(v);
        }
      }
      case ImportIds.CAPACITY -> {
        String capacity = v.toLowerCase(java.util.Locale.ROOT);
        if (!CAPACITIES.contains(capacity)) {
          warning(
              at,
              "value",
              "open, limited or full for capacity; found \"" + v + "\": kept as given");
          return false;
        }
        details.capacity = capacity;
      }
      case ImportIds.IN_REACH_PRISON -> {
        if (!reference.isPrison(v)) {
          warning(
              at,
              "value",
              "the id of one of Atlas's prisons; there is none with id \""
                  + v
                  + "\": kept as given, the service is not shown as working in a prison");
          return false;
        }
        if (!details.inReachPrisonIds.contains(v)) {
          details.inReachPrisonIds.add(v);
        }
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  /**
   * The referral routes in Atlas's order. The exporter lists attributes by id, so the order of the
   * routes is taken from {@code application_process} when it is the exporter's rendering of exactly
   * these routes ({@code Referral: a, b.}); otherwise they stay in the file's order.
   */
  static List<String> inAtlasOrder(List<String> routes, String applicationProcess) {
    String prefix = "Referral: ";
    if (routes.size() < 2
        || applicationProcess == null
        || !applicationProcess.startsWith(prefix)
        || !applicationProcess.endsWith(".")) {
      return List.copyOf(routes);
    }
    String listed =
        ", "
            + applicationProcess.substring(prefix.length(), applicationProcess.length() - 1)
            + ", ";
    List<String> sorted = new ArrayList<>(routes);
    sorted.sort(
        java.util.Comparator.comparingInt(
            r -> {
              int at = listed.indexOf(", " + r + ", ");
              return at < 0 ? Integer.MAX_VALUE : at;
            }));
    return applicationProcess.equals(prefix + String.join(", ", sorted) + ".")
        ? List.copyOf(sorted)
        : List.copyOf(routes);
  }

  /**
   * Whether a term on its own (a datapackage's row) is one of Atlas's: a need, a circumstance or a
   * detail. These are Atlas's own nodes and fields, never kept as {@code TaxonomyTerm}s.
   */
  private boolean isAtlasTerm(JsonNode term) {
    String id = term.path("id").isString() ? term.get("id").asString().trim() : null;
    if (id == null) {
      return false;
    }
    String lower = id.toLowerCase(java.util.Locale.ROOT);
    return reference.needByTermId(lower).isPresent()
        || reference.circumstanceByTermId(lower).isPresent()
        || ImportIds.detailCode(lower).isPresent();
  }

  /** Atlas's own taxonomies (needs, circumstances, details), which it does not keep as nodes. */
  private static boolean isAtlasTaxonomy(String id) {
    return id != null
        && (ImportIds.NEEDS_TAXONOMY.equals(id)
            || ImportIds.CIRCUMSTANCES_TAXONOMY.equals(id)
            || ImportIds.DETAILS_TAXONOMY.equals(id));
  }

  private static Map<String, Object> link(String id, String key, String value) {
    Map<String, Object> link = new TreeMap<>();
    link.put("id", id);
    link.put(key, value);
    return link;
  }

  private String taxonomyIdOf(JsonNode term, String where) {
    JsonNode detail = term.get("taxonomy_detail");
    if (detail != null && detail.isObject() && detail.path("id").isString()) {
      return detail.get("id").asString();
    }
    return text(term, where, "taxonomy_id");
  }

  private ImportedEntity term(JsonNode node, String where) {
    int failuresBefore = failures;
    String id = id(node, where);
    String name = requiredText(node, where, "name");
    Map<String, Object> row = new TreeMap<>();
    row.put("id", id);
    row.put("name", name);
    row.put("code", text(node, where, "code"));
    row.put("description", text(node, where, "description"));
    row.put("parentId", text(node, where, "parent_id"));
    row.put("taxonomy", text(node, where, "taxonomy"));
    row.put("termUri", text(node, where, "term_uri"));
    row.put("language", text(node, where, "language"));
    String taxonomyId = taxonomyIdOf(node, where);
    JsonNode detail = node.get("taxonomy_detail");
    if (detail != null && !detail.isNull()) {
      taxonomy(detail, where + ".taxonomy_detail");
    }
    row.put("taxonomyId", taxonomyId);
    if (failures != failuresBefore || id == null) {
      return null;
    }
    row.put("hsdsSource", source(node, Map.of(), "taxonomy_detail"));
    ImportedEntity entity = new ImportedEntity(Kind.TERM, id, where, false, row);
    sink.entity(entity);
    return entity;
  }

  private void taxonomy(JsonNode node, String where) {
    if (!isObject(node, where, "")) {
      return;
    }
    int failuresBefore = failures;
    String id = id(node, where);
    Map<String, Object> row = new TreeMap<>();
    row.put("id", id);
    row.put("name", requiredText(node, where, "name"));
    row.put("description", text(node, where, "description"));
    row.put("uri", text(node, where, "uri"));
    row.put("version", text(node, where, "version"));
    if (failures == failuresBefore && id != null) {
      row.put("hsdsSource", source(node, Map.of()));
      sink.entity(new ImportedEntity(Kind.TAXONOMY, id, where, false, row));
    }
  }

  // ---- checks ------------------------------------------------------------------------------

  private int failures;

  private void error(String where, String field, String expected) {
    failures++;
    failed = true;
    sink.problem(ImportProblem.error(where, field, expected));
  }

  private void warning(String where, String field, String expected) {
    sink.problem(ImportProblem.warning(where, field, expected));
  }

  private boolean isObject(JsonNode node, String where, String field) {
    if (node == null || !node.isObject()) {
      error(where, field, "an object, found " + describe(node));
      return false;
    }
    return true;
  }

  private String id(JsonNode node, String where) {
    JsonNode id = node.get("id");
    if (id == null || id.isNull() || (id.isString() && id.asString().isBlank())) {
      error(where, "id", "an id (a UUID); it is missing");
      return null;
    }
    if (!id.isString()) {
      error(where, "id", "an id as a string (a UUID), found " + describe(id));
      return null;
    }
    String value = id.asString().trim();
    if (!ImportIds.isUuid(value)) {
      error(
          where,
          "id",
          "a UUID such as 3a19ff88-4620-4d17-9830-ac1d859eb5d5, found \"" + value + "\"");
      return null;
    }
    return value.toLowerCase(java.util.Locale.ROOT);
  }

  private String requiredText(JsonNode node, String where, String field) {
    JsonNode value = node.get(field);
    if (value != null && !value.isNull() && !value.isString()) {
      error(where, field, "a string, found " + describe(value));
      return null;
    }
    if (value == null || value.isNull() || value.asString().isBlank()) {
      error(where, field, "a " + field + " (required); it is missing or empty");
      return null;
    }
    return value.asString();
  }

  private String text(JsonNode node, String where, String field) {
    if (node == null) {
      return null;
    }
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isString()) {
      error(where, field, "a string, found " + describe(value));
      return null;
    }
    return value.asString();
  }

  private Double number(JsonNode node, String where, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isNumber()) {
      error(where, field, "a number, found " + describe(value));
      return null;
    }
    return value.doubleValue();
  }

  private Integer age(JsonNode node, String where, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isNumber() || (value.isFloatingPointNumber() && value.doubleValue() % 1 != 0)) {
      error(where, field, "a whole number of years, found " + describe(value));
      return null;
    }
    int age = value.intValue();
    if (age < 0 || age > 150) {
      error(where, field, "an age from 0 to 150, found " + age);
      return null;
    }
    return age;
  }

  private String date(JsonNode node, String where, String field) {
    String value = text(node, where, field);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim()).toString();
    } catch (DateTimeParseException e) {
      error(where, field, "a date as YYYY-MM-DD, found \"" + value + "\"");
      return null;
    }
  }

  private Iterable<JsonNode> array(JsonNode node, String where, String field) {
    if (node == null) {
      return List.of();
    }
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      error(where, field, "an array, found " + describe(value));
      return List.of();
    }
    return value.values();
  }

  private String firstPhone(JsonNode node, String where) {
    for (JsonNode phone : array(node, where, "phones")) {
      if (phone.isObject()) {
        return text(phone, where + ".phones[0]", "number");
      }
      break;
    }
    return null;
  }

  private static String describe(JsonNode node) {
    if (node == null || node.isNull()) {
      return "nothing";
    }
    if (node.isString()) {
      return "a string";
    }
    if (node.isNumber()) {
      return "a number";
    }
    if (node.isBoolean()) {
      return "true/false";
    }
    if (node.isArray()) {
      return "an array";
    }
    return "an object";
  }

  /**
   * The entity's own HSDS object minus what Atlas stores as nodes and relationships, with the
   * nested items that could not be stored kept under their keys.
   */
  private static String source(JsonNode node, Map<String, ArrayNode> kept, String... alsoDrop) {
    ObjectNode copy = ((ObjectNode) node).deepCopy();
    copy.remove(STORED_AS_GRAPH);
    for (String drop : alsoDrop) {
      copy.remove(drop);
    }
    for (Map.Entry<String, ArrayNode> entry : kept.entrySet()) {
      if (!entry.getValue().isEmpty()) {
        copy.set(entry.getKey(), entry.getValue());
      }
    }
    return HsdsJsonSource.JSON.writeValueAsString(copy);
  }
}
