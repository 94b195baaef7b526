package org.throughcareatlas.hsds;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Atlas's spreadsheet: a CSV file with one row per service, the way Link Centres keep their lists.
 * Each row is checked cell by cell and turned into an HSDS service (with its organization,
 * location, contact, catchment, needs and circumstances), which then goes the same way as imported
 * HSDS. Rows are read one at a time. Ids are optional: without them, name-based UUIDs are derived
 * from the organization's and service's names, so importing the same sheet again changes nothing.
 */
final class Spreadsheet implements ImportSource {

  /** The columns, in the template's order, with what each holds (README "Importing data"). */
  static final Map<String, String> COLUMNS = new LinkedHashMap<>();

  static {
    COLUMNS.put("service_id", "optional UUID; derived from the names when empty");
    COLUMNS.put("service_name", "required");
    COLUMNS.put("organization_id", "optional UUID; derived from organization_name when empty");
    COLUMNS.put("organization_name", "required unless organization_id names one in Atlas");
    COLUMNS.put("organization_description", "optional");
    COLUMNS.put("description", "what the service does");
    COLUMNS.put("status", "active (default), inactive, defunct or temporarily closed");
    COLUMNS.put("needs", "Atlas needs, ids or names, separated by ;");
    COLUMNS.put("areas", "council areas covered, GSS codes or names, separated by ;");
    COLUMNS.put("for", "only for these circumstances (e.g. women; remand), ids or names");
    COLUMNS.put("minimum_age", "whole years");
    COLUMNS.put("maximum_age", "whole years");
    COLUMNS.put("location_name", "where it is delivered");
    COLUMNS.put("address", "street address");
    COLUMNS.put("town", "town or city");
    COLUMNS.put("postcode", "postcode");
    COLUMNS.put("latitude", "WGS84 degrees");
    COLUMNS.put("longitude", "WGS84 degrees");
    COLUMNS.put("contact_name", "a role, e.g. Duty worker");
    COLUMNS.put("phone", "phone number");
    COLUMNS.put("email", "email address");
    COLUMNS.put("website", "web address");
    COLUMNS.put("self_referral", "yes or no");
    COLUMNS.put("referral_routes", "who may refer, separated by ; (e.g. self; prison officer)");
    COLUMNS.put("eligibility", "referral criteria in words");
    COLUMNS.put("waiting_time", "in words");
    COLUMNS.put("cost", "in words; empty when free");
    COLUMNS.put("capacity", "open, limited or full");
    COLUMNS.put("languages", "separated by ;");
    COLUMNS.put("opening_hours", "in words");
    COLUMNS.put("last_verified", "date confirmed, YYYY-MM-DD");
  }

  private static final Set<String> YES = Set.of("yes", "y", "true", "1");
  private static final Set<String> NO = Set.of("no", "n", "false", "0", "");
  private static final Set<String> CAPACITIES = Set.of("open", "limited", "full");

  private final String name;
  private final long size;
  private final Supplier<InputStream> open;
  private final ImportReference reference;

  Spreadsheet(String name, long size, Supplier<InputStream> open, ImportReference reference) {
    this.name = name;
    this.size = size;
    this.open = open;
    this.reference = reference;
  }

  static ImportSource of(Path file, ImportReference reference) throws IOException {
    return new Spreadsheet(
        file.getFileName().toString(),
        Files.size(file),
        () -> {
          try {
            return Files.newInputStream(file);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        reference);
  }

  /** The template offered for download: the header and one example row. */
  static String template() {
    String header = String.join(",", COLUMNS.keySet());
    String example =
        ",Women's mentoring,,Step Out Trust,A charity in Dundee,One-to-one mentoring for women"
            + " leaving prison,active,mentoring-and-peer-support;Housing,S12000042,women,16,,"
            + "Step Out office,1 High Street,Dundee,DD1 1AA,56.462,-2.9707,Duty worker,"
            + "01382 496000,hello@example.org,https://example.org,yes,self;prison officer,"
            + "Women leaving HMP Grampian or Polmont,2 weeks,,open,English;Polish,"
            + "Mon-Fri 9am-5pm,2026-09-01";
    return header + "\r\n" + example + "\r\n";
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public void read(Consumer<ImportDocument> documents, LongConsumer bytesRead) throws IOException {
    try (HsdsJsonSource.CountingStream in =
            new HsdsJsonSource.CountingStream(open.get(), bytesRead);
        Reader reader =
            new BufferedReader(
                new InputStreamReader(
                    in,
                    StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)),
                1 << 16);
        CSVParser parser =
            CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get()
                .parse(reader)) {
      List<String> header =
          parser.getHeaderNames().stream()
              .map(h -> h.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT))
              .toList();
      if (!header.contains("service_name")
          || (!header.contains("organization_name") && !header.contains("organization_id"))) {
        throw new ImportFileException(
            ImportProblem.error(
                name + ":row 1",
                "",
                "a header row naming at least service_name and organization_name (the columns are "
                    + String.join(", ", COLUMNS.keySet())
                    + "); found "
                    + String.join(", ", header)));
      }
      List<String> unknown = header.stream().filter(h -> !COLUMNS.containsKey(h)).toList();
      boolean warned = false;
      try {
        for (CSVRecord record : parser) {
          Map<String, String> cells = new LinkedHashMap<>();
          for (int i = 0; i < header.size() && i < record.size(); i++) {
            cells.put(header.get(i), record.get(i));
          }
          String where = name + ":row " + (record.getRecordNumber() + 1);
          List<ImportProblem> problems = new ArrayList<>();
          if (!warned && !unknown.isEmpty()) {
            problems.add(
                ImportProblem.warning(
                    name + ":row 1",
                    String.join(", ", unknown),
                    "one of the documented columns; these are ignored"));
            warned = true;
          }
          if (record.size() != header.size()) {
            problems.add(
                ImportProblem.error(
                    where,
                    "",
                    header.size() + " cells as in the header row, found " + record.size()));
          }
          documents.accept(row(where, cells, problems));
        }
      } catch (UncheckedIOException e) {
        throw unreadable(parser, e.getCause());
      }
    } catch (CharacterCodingException e) {
      throw new ImportFileException(
          ImportProblem.error(name, "", "text in UTF-8 (save the sheet as \"CSV UTF-8\")"));
    }
  }

  private ImportFileException unreadable(CSVParser parser, IOException cause) {
    String expected =
        cause instanceof CharacterCodingException
            ? "text in UTF-8 (save the sheet as \"CSV UTF-8\")"
            : "well-formed CSV (" + cause.getMessage() + ")";
    return new ImportFileException(
        ImportProblem.error(name + ":row " + (parser.getRecordNumber() + 2), "", expected));
  }

  /** One row as an HSDS service document. */
  private ImportDocument row(
      String where, Map<String, String> cells, List<ImportProblem> problems) {
    Cells c = new Cells(where, cells, problems);
    String serviceName = c.required("service_name");
    String organizationName = c.get("organization_name");
    String organizationId =
        c.uuid("organization_id")
            .orElseGet(
                () ->
                    organizationName == null
                        ? null
                        : ImportIds.nameBased(
                            "throughcareatlas:spreadsheet:organization:" + key(organizationName)));
    if (organizationId == null) {
      problems.add(
          ImportProblem.error(
              where, "organization_name", "the organization providing the service"));
    }
    String serviceId =
        c.uuid("service_id")
            .orElseGet(
                () ->
                    ImportIds.nameBased(
                        "throughcareatlas:spreadsheet:service:"
                            + key(organizationName == null ? organizationId : organizationName)
                            + ":"
                            + key(serviceName == null ? "" : serviceName)));
    ObjectNode service = HsdsJsonSource.JSON.createObjectNode();
    service.put("id", serviceId);
    service.put("name", serviceName);
    service.put("description", c.get("description"));
    String status = c.get("status") == null ? "active" : c.get("status").toLowerCase(Locale.ROOT);
    if (!HsdsMapping.STATUSES.contains(status)) {
      problems.add(
          ImportProblem.error(
              where,
              "status",
              "active, inactive, defunct or temporarily closed; found \"" + status + "\""));
    }
    service.put("status", status);
    if (organizationName != null) {
      ObjectNode organization = service.putObject("organization");
      organization.put("id", organizationId);
      organization.put("name", organizationName);
      organization.put("description", c.get("organization_description"));
    } else if (organizationId != null) {
      service.put("organization_id", organizationId);
    }
    c.integer("minimum_age").ifPresent(v -> service.put("minimum_age", v));
    c.integer("maximum_age").ifPresent(v -> service.put("maximum_age", v));
    c.date("last_verified").ifPresent(v -> service.put("assured_date", v));
    service.put("eligibility_description", c.get("eligibility"));
    service.put("wait_time", c.get("waiting_time"));
    service.put("fees_description", c.get("cost"));
    service.put("url", c.get("website"));
    ArrayNode languages = service.putArray("languages");
    for (String language : c.list("languages")) {
      languages
          .addObject()
          .put("id", ImportIds.nameBased(serviceId + ":language:" + key(language)))
          .put("name", language);
    }
    if (c.get("opening_hours") != null) {
      service
          .putArray("schedules")
          .addObject()
          .put("id", ImportIds.nameBased(serviceId + ":schedule"))
          .put("description", c.get("opening_hours"));
    }
    ArrayNode attributes = service.putArray("attributes");
    for (String need : c.list("needs")) {
      Optional<String> slug = reference.needBySlug(need).or(() -> reference.needByName(need));
      if (slug.isEmpty()) {
        problems.add(
            ImportProblem.error(
                where,
                "needs",
                "Atlas needs by id or name (e.g. housing or Housing); \""
                    + need
                    + "\" is neither"));
        continue;
      }
      String termId = ImportIds.needTerm(slug.get());
      attributes
          .addObject()
          .put("id", ImportIds.attribute(serviceId, termId))
          .put("taxonomy_term_id", termId);
    }
    for (String circumstance : c.list("for")) {
      Optional<String> slug =
          reference
              .circumstanceBySlug(circumstance)
              .or(() -> reference.circumstanceByName(circumstance));
      if (slug.isEmpty()) {
        problems.add(
            ImportProblem.error(
                where,
                "for",
                "Atlas circumstances by id or name (e.g. women, remand); \""
                    + circumstance
                    + "\" is neither"));
        continue;
      }
      String termId = ImportIds.circumstanceTerm(slug.get());
      attributes
          .addObject()
          .put("id", ImportIds.attribute(serviceId, termId))
          .put("link_type", "eligibility")
          .put("taxonomy_term_id", termId);
    }
    ArrayNode areas = service.putArray("service_areas");
    for (String area : c.list("areas")) {
      Optional<String> code = reference.areaByCodeIn(area).or(() -> reference.areaByName(area));
      if (code.isEmpty()) {
        problems.add(
            ImportProblem.error(
                where,
                "areas",
                "council areas by GSS code or name (e.g. S12000042 or Dundee City); \""
                    + area
                    + "\" is neither"));
        continue;
      }
      areas
          .addObject()
          .put("id", ImportIds.nameBased(serviceId + ":area:" + code.get()))
          .put("name", area)
          .put("extent", code.get())
          .put("extent_type", "text");
    }
    Optional<Double> latitude = c.decimal("latitude", -90, 90);
    Optional<Double> longitude = c.decimal("longitude", -180, 180);
    if ((c.get("latitude") == null) != (c.get("longitude") == null)) {
      problems.add(ImportProblem.error(where, "latitude/longitude", "both, or neither"));
    }
    if (c.get("location_name") != null
        || c.get("address") != null
        || c.get("postcode") != null
        || latitude.isPresent()) {
      ObjectNode location = HsdsJsonSource.JSON.createObjectNode();
      String locationId = ImportIds.nameBased(serviceId + ":location");
      location.put("id", locationId);
      location.put("location_type", "physical");
      location.put("name", c.get("location_name") != null ? c.get("location_name") : serviceName);
      latitude.ifPresent(v -> location.put("latitude", v));
      longitude.ifPresent(v -> location.put("longitude", v));
      if (c.get("address") != null || c.get("postcode") != null || c.get("town") != null) {
        location
            .putArray("addresses")
            .addObject()
            .put("id", ImportIds.nameBased(serviceId + ":address"))
            .put("address_1", c.get("address"))
            .put("city", c.get("town"))
            .put("postal_code", c.get("postcode"))
            .put("country", "GB")
            .put("address_type", "physical");
      }
      ObjectNode delivery = service.putArray("service_at_locations").addObject();
      delivery.put("id", ImportIds.nameBased(serviceId + ":service_at_location"));
      delivery.set("location", location);
    }
    if (c.get("contact_name") != null || c.get("phone") != null || c.get("email") != null) {
      ObjectNode contact = service.putArray("contacts").addObject();
      String contactId = ImportIds.nameBased(serviceId + ":contact");
      contact.put("id", contactId);
      contact.put("name", c.get("contact_name"));
      contact.put("email", c.get("email"));
      if (c.get("phone") != null) {
        contact
            .putArray("phones")
            .addObject()
            .put("id", ImportIds.nameBased(serviceId + ":phone"))
            .put("number", c.get("phone"));
      }
    }
    boolean selfReferral = c.yesNo("self_referral");
    String capacity = c.get("capacity") == null ? null : c.get("capacity").toLowerCase(Locale.ROOT);
    if (capacity != null && !CAPACITIES.contains(capacity)) {
      problems.add(
          ImportProblem.error(
              where, "capacity", "open, limited or full; found \"" + capacity + "\""));
    }
    removeNulls(service);
    return new ImportDocument(
        where,
        ImportDocument.Type.SERVICE,
        service,
        new ImportDocument.AtlasExtras(selfReferral, c.list("referral_routes"), capacity),
        List.copyOf(problems));
  }

  private static void removeNulls(ObjectNode node) {
    List<String> nulls = new ArrayList<>();
    for (Map.Entry<String, tools.jackson.databind.JsonNode> e : node.properties()) {
      if (e.getValue().isNull()) {
        nulls.add(e.getKey());
      } else if (e.getValue().isObject()) {
        removeNulls((ObjectNode) e.getValue());
      } else if (e.getValue().isArray()) {
        for (tools.jackson.databind.JsonNode item : e.getValue().values()) {
          if (item.isObject()) {
            removeNulls((ObjectNode) item);
          }
        }
      }
    }
    node.remove(nulls);
  }

  private static String key(String name) {
    return name.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  /** A row's cells, read with checks that name the column and what was expected. */
  private record Cells(String where, Map<String, String> cells, List<ImportProblem> problems) {

    String get(String column) {
      String value = cells.get(column);
      return value == null || value.isBlank() ? null : value.trim();
    }

    String required(String column) {
      String value = get(column);
      if (value == null) {
        problems.add(ImportProblem.error(where, column, "a value (required); the cell is empty"));
      }
      return value;
    }

    List<String> list(String column) {
      String value = get(column);
      if (value == null) {
        return List.of();
      }
      return Arrays.stream(value.split(";"))
          .map(String::trim)
          .filter(s -> !s.isEmpty())
          .distinct()
          .collect(Collectors.toList());
    }

    Optional<String> uuid(String column) {
      String value = get(column);
      if (value == null) {
        return Optional.empty();
      }
      if (!ImportIds.isUuid(value)) {
        problems.add(
            ImportProblem.error(where, column, "a UUID, or nothing; found \"" + value + "\""));
        return Optional.empty();
      }
      return Optional.of(value.toLowerCase(Locale.ROOT));
    }

    Optional<Integer> integer(String column) {
      String value = get(column);
      if (value == null) {
        return Optional.empty();
      }
      try {
        int n = Integer.parseInt(value);
        if (n >= 0 && n <= 150) {
          return Optional.of(n);
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      problems.add(
          ImportProblem.error(
              where, column, "a whole number of years (0–150); found \"" + value + "\""));
      return Optional.empty();
    }

    Optional<Double> decimal(String column, double min, double max) {
      String value = get(column);
      if (value == null) {
        return Optional.empty();
      }
      try {
        double d = Double.parseDouble(value);
        if (d >= min && d <= max) {
          return Optional.of(d);
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      problems.add(
          ImportProblem.error(
              where,
              column,
              "a number from " + (int) min + " to " + (int) max + "; found \"" + value + "\""));
      return Optional.empty();
    }

    Optional<String> date(String column) {
      String value = get(column);
      if (value == null) {
        return Optional.empty();
      }
      try {
        return Optional.of(LocalDate.parse(value).toString());
      } catch (DateTimeParseException e) {
        problems.add(
            ImportProblem.error(where, column, "a date as YYYY-MM-DD; found \"" + value + "\""));
        return Optional.empty();
      }
    }

    boolean yesNo(String column) {
      String value = get(column) == null ? "" : get(column).toLowerCase(Locale.ROOT);
      if (YES.contains(value)) {
        return true;
      }
      if (!NO.contains(value)) {
        problems.add(ImportProblem.error(where, column, "yes or no; found \"" + value + "\""));
      }
      return false;
    }
  }
}
