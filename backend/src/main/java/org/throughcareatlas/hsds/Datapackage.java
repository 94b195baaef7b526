package org.throughcareatlas.hsds;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * HSDS's tabular form: one CSV per table (columns as in the official {@code examples/csv}) and a
 * {@code datapackage.json} describing them. Nested HSDS objects are flattened into their tables,
 * each row once (by id), with the id of the object they were nested in filled in ({@code
 * service_id}, {@code location_id}, an attribute's {@code link_id}…).
 */
final class Datapackage implements Closeable {

  /** A table: its CSV file and its columns, in order. */
  record Table(String name, String file, List<String> columns) {}

  static final Map<String, Table> TABLES = new LinkedHashMap<>();

  private static void table(String name, String file, String columns) {
    TABLES.put(name, new Table(name, file, List.of(columns.split(","))));
  }

  static {
    table(
        "organizations",
        "organizations.csv",
        "id,name,alternate_name,description,email,website,tax_status,tax_id,year_incorporated,"
            + "legal_status,logo,uri,parent_organization_id");
    table(
        "services",
        "services.csv",
        "id,organization_id,program_id,name,alternate_name,description,url,email,status,"
            + "interpretation_services,application_process,fees_description,wait_time,fees,"
            + "accreditations,eligibility_description,minimum_age,maximum_age,assured_date,"
            + "assurer_email,licenses,alert,last_modified");
    table(
        "locations",
        "locations.csv",
        "id,location_type,url,organization_id,name,alternate_name,description,transportation,"
            + "latitude,longitude,external_identifier,external_identifier_type");
    table(
        "service_at_location", "service_at_location.csv", "id,service_id,location_id,description");
    table(
        "addresses",
        "addresses.csv",
        "id,location_id,attention,address_1,address_2,city,region,state_province,postal_code,"
            + "country,address_type");
    table(
        "service_areas",
        "service_areas.csv",
        "id,service_id,name,description,extent,extent_type,uri");
    table(
        "contacts",
        "contacts.csv",
        "id,organization_id,service_id,service_at_location_id,location_id,name,title,department,"
            + "email");
    table(
        "phones",
        "phones.csv",
        "id,location_id,service_id,organization_id,contact_id,service_at_location_id,number,"
            + "extension,type,description");
    table(
        "schedules",
        "schedules.csv",
        "id,service_id,location_id,service_at_location_id,valid_from,valid_to,dtstart,timezone,"
            + "until,count,wkst,freq,interval,byday,byweekno,bymonthday,byyearday,description,"
            + "opens_at,closes_at,schedule_link,attending_type,notes");
    table("languages", "languages.csv", "id,service_id,location_id,phone_id,name,code,note");
    table("required_documents", "required_documents.csv", "id,service_id,document,uri");
    table("funding", "funding.csv", "id,organization_id,service_id,source");
    table(
        "cost_options",
        "cost_options.csv",
        "id,service_id,valid_from,valid_to,option,currency,amount,amount_description");
    table("programs", "programs.csv", "id,organization_id,name,alternate_name,description");
    table(
        "organization_identifiers",
        "organization_identifiers.csv",
        "id,organization_id,identifier_scheme,identifier_type,identifier");
    table("accessibility", "accessibility.csv", "id,location_id,description,details,url");
    table("taxonomies", "taxonomies.csv", "id,name,description,uri,version");
    table(
        "taxonomy_terms",
        "taxonomy_terms.csv",
        "id,code,name,description,parent_id,taxonomy,language,taxonomy_id,term_uri");
    table(
        "attributes", "attributes.csv", "id,link_id,taxonomy_term_id,link_type,link_entity,value");
    table(
        "metadata",
        "metadata.csv",
        "id,resource_id,resource_type,last_action_date,last_action_type,field_name,"
            + "previous_value,replacement_value,updated_by");
  }

  /** Which table a nested property's objects go to. */
  private static final Map<String, String> TABLE_OF_PROPERTY =
      Map.ofEntries(
          Map.entry("organization", "organizations"),
          Map.entry("organizations", "organizations"),
          Map.entry("services", "services"),
          Map.entry("service", "services"),
          Map.entry("program", "programs"),
          Map.entry("programs", "programs"),
          Map.entry("location", "locations"),
          Map.entry("locations", "locations"),
          Map.entry("service_at_locations", "service_at_location"),
          Map.entry("addresses", "addresses"),
          Map.entry("service_areas", "service_areas"),
          Map.entry("contacts", "contacts"),
          Map.entry("phones", "phones"),
          Map.entry("schedules", "schedules"),
          Map.entry("languages", "languages"),
          Map.entry("required_documents", "required_documents"),
          Map.entry("funding", "funding"),
          Map.entry("cost_options", "cost_options"),
          Map.entry("organization_identifiers", "organization_identifiers"),
          Map.entry("accessibility", "accessibility"),
          Map.entry("taxonomy_detail", "taxonomies"),
          Map.entry("taxonomy_term", "taxonomy_terms"),
          Map.entry("attributes", "attributes"),
          Map.entry("metadata", "metadata"));

  /** The column a child row names its parent by, by the parent's table. */
  private static final Map<String, String> PARENT_KEY =
      Map.of(
          "organizations", "organization_id",
          "services", "service_id",
          "locations", "location_id",
          "contacts", "contact_id",
          "service_at_location", "service_at_location_id",
          "phones", "phone_id");

  private static final Set<String> NUMBER_COLUMNS =
      Set.of(
          "latitude",
          "longitude",
          "minimum_age",
          "maximum_age",
          "year_incorporated",
          "extension",
          "timezone",
          "count",
          "interval",
          "amount");

  private final Path folder;
  private final Map<String, BufferedWriter> writers = new LinkedHashMap<>();
  private final Map<String, Set<String>> written = new LinkedHashMap<>();
  private final Map<String, Long> rows = new LinkedHashMap<>();

  /** Starts a datapackage in {@code folder}: every table's CSV with its header. */
  Datapackage(Path folder) throws IOException {
    this.folder = folder;
    Files.createDirectories(folder);
    for (Table table : TABLES.values()) {
      BufferedWriter writer =
          Files.newBufferedWriter(folder.resolve(table.file()), StandardCharsets.UTF_8);
      writeRow(writer, table.columns());
      writers.put(table.name(), writer);
      written.put(table.name(), new HashSet<>());
      rows.put(table.name(), 0L);
    }
  }

  /** Adds an HSDS object of {@code table} and everything nested in it. */
  void add(String table, ObjectNode object) {
    add(table, object, null, null);
  }

  private void add(String table, JsonNode node, String parentTable, String parentId) {
    if (!node.isObject()) {
      return;
    }
    ObjectNode object = (ObjectNode) node;
    String id = object.path("id").asString(null);
    Table t = TABLES.get(table);
    if (parentId != null) {
      String key = table.equals("attributes") ? "link_id" : PARENT_KEY.get(parentTable);
      if (key != null && t.columns().contains(key) && !object.hasNonNull(key)) {
        object = object.deepCopy();
        object.put(key, parentId);
      }
    }
    if (id != null && written.get(table).add(id)) {
      ObjectNode row = object;
      try {
        writeRow(writers.get(table), t.columns().stream().map(c -> cell(row, c)).toList());
        rows.merge(table, 1L, Long::sum);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    object
        .properties()
        .forEach(
            e -> {
              String childTable = TABLE_OF_PROPERTY.get(e.getKey());
              if (childTable == null) {
                return;
              }
              JsonNode value = e.getValue();
              if (value.isArray()) {
                for (JsonNode child : (ArrayNode) value) {
                  add(childTable, child, table, id);
                }
              } else if (value.isObject()) {
                add(childTable, value, table, id);
              }
            });
  }

  private static String cell(JsonNode node, String column) {
    JsonNode value = node.get(column);
    if (value == null || value.isNull() || value.isContainer()) {
      return "";
    }
    return value.isString() ? value.asString() : value.toString();
  }

  private static void writeRow(BufferedWriter writer, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        writer.write(',');
      }
      writer.write(csv(cells.get(i)));
    }
    writer.write("\r\n");
  }

  /** RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled. */
  static String csv(String value) {
    if (value.indexOf(',') < 0
        && value.indexOf('"') < 0
        && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  /** How many rows each table has so far. */
  Map<String, Long> rowCounts() {
    return Map.copyOf(rows);
  }

  /** Closes the CSVs and writes {@code datapackage.json}. */
  @Override
  public void close() throws IOException {
    for (BufferedWriter writer : writers.values()) {
      writer.close();
    }
    Files.writeString(
        folder.resolve("datapackage.json"),
        HsdsDocuments.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(descriptor()),
        StandardCharsets.UTF_8);
  }

  /** The Frictionless Data descriptor of the package. */
  static ObjectNode descriptor() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode d = nodes.objectNode();
    d.put("name", "throughcare-atlas-hsds");
    d.put("title", "Throughcare Atlas directory (HSDS 3.0)");
    d.put("profile", "tabular-data-package");
    d.put("version", "3.0");
    ArrayNode resources = d.putArray("resources");
    for (Table table : TABLES.values()) {
      ObjectNode r = resources.addObject();
      r.put("name", table.name());
      r.put("path", table.file());
      r.put("profile", "tabular-data-resource");
      r.put("format", "csv");
      r.put("mediatype", "text/csv");
      r.put("encoding", "utf-8");
      ObjectNode schema = r.putObject("schema");
      ArrayNode fields = schema.putArray("fields");
      for (String column : table.columns()) {
        ObjectNode field = fields.addObject();
        field.put("name", column);
        if (NUMBER_COLUMNS.contains(column)) {
          field.put("type", "number");
        } else if (column.equals("last_modified")) {
          field.put("type", "datetime");
        } else {
          field.put("type", "string");
          if (column.equals("id") || column.endsWith("_id")) {
            field.put("format", "uuid");
          } else if (column.equals("email") || column.endsWith("_email")) {
            field.put("format", "email");
          }
        }
      }
      schema.put("primaryKey", "id");
    }
    return d;
  }
}
