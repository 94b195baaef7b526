package org.throughcareatlas.hsds;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HSDS tabular form: a folder or {@code .zip} of CSV files ({@code services.csv}, {@code
 * organizations.csv}, {@code locations.csv}, …, with or without {@code datapackage.json}). The
 * tables are joined by their foreign keys into nested organizations and services, which then go the
 * same way as imported JSON. A datapackage is read whole into memory (its tables must be joined);
 * for very large directories use JSON, which is streamed.
 */
final class DatapackageSource implements ImportSource {

  /** Columns holding numbers in HSDS; every other cell is text. */
  private static final Set<String> INTEGERS =
      Set.of(
          "minimum_age",
          "maximum_age",
          "year_incorporated",
          "extension",
          "timezone",
          "count",
          "interval");

  private static final Set<String> DECIMALS = Set.of("latitude", "longitude", "amount");

  private final String name;
  private final Map<String, byte[]> files;
  private final long size;

  private DatapackageSource(String name, Map<String, byte[]> files) {
    this.name = name;
    this.files = files;
    this.size = files.values().stream().mapToLong(b -> b.length).sum();
  }

  static ImportSource of(Path path) throws IOException {
    Map<String, byte[]> files = new HashMap<>();
    if (Files.isDirectory(path)) {
      try (Stream<Path> list = Files.list(path)) {
        for (Path file : list.toList()) {
          String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
          if (n.endsWith(".csv") && Files.isRegularFile(file)) {
            files.put(n, Files.readAllBytes(file));
          }
        }
      }
    } else {
      try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(path))) {
        ZipEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
          String n = Path.of(entry.getName()).getFileName().toString().toLowerCase(Locale.ROOT);
          if (!entry.isDirectory() && n.endsWith(".csv")) {
            files.put(n, zip.readAllBytes());
          }
        }
      } catch (IOException e) {
        throw new ImportFileException(
            ImportProblem.error(
                path.getFileName().toString(),
                "",
                "a zip file of HSDS CSV tables (" + e.getMessage() + ")"));
      }
    }
    if (!files.containsKey("services.csv") && !files.containsKey("organizations.csv")) {
      throw new ImportFileException(
          ImportProblem.error(
              path.getFileName().toString(),
              "",
              "an HSDS datapackage: CSV tables including services.csv or organizations.csv"));
    }
    return new DatapackageSource(path.getFileName().toString(), files);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public long size() {
    return size;
  }

  /** A table row with where it came from. */
  private record Row(String where, ObjectNode node) {
    String get(String column) {
      JsonNode v = node.get(column);
      return v == null || !v.isString() ? null : v.asString();
    }
  }

  @Override
  public void read(Consumer<ImportDocument> documents, LongConsumer bytesRead) throws IOException {
    List<ImportProblem> problems = new ArrayList<>();
    Map<String, List<Row>> tables = new HashMap<>();
    for (String table :
        List.of(
            "organizations",
            "services",
            "locations",
            "addresses",
            "phones",
            "contacts",
            "schedules",
            "service_areas",
            "service_at_locations",
            "attributes",
            "taxonomy_terms",
            "taxonomies",
            "languages",
            "accessibility",
            "funding",
            "cost_options",
            "programs",
            "required_documents",
            "organization_identifiers",
            "metadata")) {
      tables.put(table, table(table, problems));
    }
    bytesRead.accept(size);

    Map<String, Row> taxonomies = byId(tables.get("taxonomies"));
    Map<String, ObjectNode> terms = new HashMap<>();
    for (Row term : tables.get("taxonomy_terms")) {
      ObjectNode node = term.node().deepCopy();
      Row taxonomy = taxonomies.get(term.get("taxonomy_id"));
      if (taxonomy != null) {
        node.set("taxonomy_detail", taxonomy.node().deepCopy());
      }
      terms.put(term.get("id"), node);
    }
    Map<String, ObjectNode> locations = new LinkedHashMap<>();
    for (Row location : tables.get("locations")) {
      locations.put(location.get("id"), location.node());
    }
    Map<String, ObjectNode> services = new LinkedHashMap<>();
    Map<String, String> serviceWhere = new HashMap<>();
    for (Row service : tables.get("services")) {
      services.put(service.get("id"), service.node());
      serviceWhere.put(service.get("id"), service.where());
    }
    Map<String, ObjectNode> organizations = new LinkedHashMap<>();
    Map<String, String> organizationWhere = new HashMap<>();
    for (Row organization : tables.get("organizations")) {
      organizations.put(organization.get("id"), organization.node());
      organizationWhere.put(organization.get("id"), organization.where());
    }
    Map<String, ObjectNode> deliveries = new LinkedHashMap<>();
    for (Row sal : tables.get("service_at_locations")) {
      ObjectNode node = sal.node().deepCopy();
      deliveries.put(sal.get("id"), node);
    }
    Map<String, ObjectNode> contacts = new LinkedHashMap<>();
    for (Row contact : tables.get("contacts")) {
      contacts.put(contact.get("id"), contact.node());
    }
    Map<String, ObjectNode> phones = new LinkedHashMap<>();
    for (Row phone : tables.get("phones")) {
      phones.put(phone.get("id"), phone.node());
    }
    // Leaves first: each child is copied into every owner it names, as nested HSDS does.
    Map<String, Map<String, ObjectNode>> owners =
        Map.of(
            "organization_id", organizations,
            "service_id", services,
            "location_id", locations,
            "service_at_location_id", deliveries,
            "contact_id", contacts,
            "phone_id", phones);
    nest(
        tables.get("languages"),
        "languages",
        owners,
        List.of("service_id", "location_id", "phone_id"),
        problems);
    nest(
        tables.get("phones"),
        "phones",
        owners,
        List.of(
            "contact_id", "service_id", "organization_id", "location_id", "service_at_location_id"),
        problems);
    nest(tables.get("addresses"), "addresses", owners, List.of("location_id"), problems);
    nest(tables.get("accessibility"), "accessibility", owners, List.of("location_id"), problems);
    nest(
        tables.get("schedules"),
        "schedules",
        owners,
        List.of("service_id", "location_id", "service_at_location_id"),
        problems);
    nest(
        tables.get("contacts"),
        "contacts",
        owners,
        List.of("organization_id", "service_id", "service_at_location_id", "location_id"),
        problems);
    nest(tables.get("service_areas"), "service_areas", owners, List.of("service_id"), problems);
    nest(
        tables.get("required_documents"),
        "required_documents",
        owners,
        List.of("service_id"),
        problems);
    nest(tables.get("cost_options"), "cost_options", owners, List.of("service_id"), problems);
    nest(
        tables.get("funding"),
        "funding",
        owners,
        List.of("organization_id", "service_id"),
        problems);
    nest(tables.get("programs"), "programs", owners, List.of("organization_id"), problems);
    nest(
        tables.get("organization_identifiers"),
        "organization_identifiers",
        owners,
        List.of("organization_id"),
        problems);
    for (Row metadata : tables.get("metadata")) {
      String resource = metadata.get("resource_id");
      ObjectNode owner =
          firstOf(resource, services, organizations, locations, deliveries, contacts);
      if (owner == null) {
        problems.add(
            ImportProblem.warning(
                metadata.where(),
                "resource_id",
                "the id of a row in the package; there is none with id "
                    + resource
                    + ", so this row is not imported"));
      } else {
        owner.withArray("metadata").add(metadata.node());
      }
    }
    Map<String, ObjectNode> programs = new HashMap<>();
    for (Row program : tables.get("programs")) {
      programs.put(program.get("id"), program.node());
    }
    for (Row attribute : tables.get("attributes")) {
      ObjectNode node = attribute.node().deepCopy();
      String link = node.path("link_id").asString(null);
      node.remove("link_id");
      ObjectNode term = terms.get(node.path("taxonomy_term_id").asString(null));
      if (term != null) {
        node.remove("taxonomy_term_id");
        node.set("taxonomy_term", term);
      }
      ObjectNode owner = firstOf(link, services, organizations, locations);
      if (owner == null) {
        problems.add(
            ImportProblem.warning(
                attribute.where(),
                "link_id",
                "the id of a service, organization or location in the package; there is none with id "
                    + link
                    + ", so this attribute is not imported"));
      } else {
        owner.withArray("attributes").add(node);
      }
    }
    for (Map.Entry<String, ObjectNode> delivery : deliveries.entrySet()) {
      ObjectNode node = delivery.getValue();
      String serviceId = node.path("service_id").asString(null);
      ObjectNode service = services.get(serviceId);
      if (service == null) {
        problems.add(
            ImportProblem.error(
                "service_at_locations.csv",
                "service_id",
                "the id of a service in services.csv; there is none with id " + serviceId));
        continue;
      }
      String locationId = node.path("location_id").asString(null);
      ObjectNode location = locations.get(locationId);
      if (location != null) {
        node.remove("location_id");
        node.set("location", location.deepCopy());
      }
      node.remove("service_id");
      service.withArray("service_at_locations").add(node);
    }
    for (ObjectNode location : locations.values()) {
      ObjectNode organization = organizations.get(location.path("organization_id").asString(null));
      if (organization != null) {
        organization.withArray("locations").add(location.deepCopy());
      }
    }
    // Taxonomies and terms on their own too, so that none is lost when no attribute links to it.
    for (Row taxonomy : tables.get("taxonomies")) {
      documents.accept(
          new ImportDocument(
              taxonomy.where(),
              ImportDocument.Type.TAXONOMY,
              taxonomy.node(),
              null,
              List.copyOf(problems)));
      problems.clear();
    }
    for (Row term : tables.get("taxonomy_terms")) {
      documents.accept(
          new ImportDocument(
              term.where(),
              ImportDocument.Type.TAXONOMY_TERM,
              terms.get(term.get("id")),
              null,
              List.copyOf(problems)));
      problems.clear();
    }
    for (Map.Entry<String, ObjectNode> organization : organizations.entrySet()) {
      documents.accept(
          new ImportDocument(
              organizationWhere.get(organization.getKey()),
              ImportDocument.Type.ORGANIZATION,
              organization.getValue(),
              null,
              List.copyOf(problems)));
      problems.clear();
    }
    for (Map.Entry<String, ObjectNode> service : services.entrySet()) {
      ObjectNode node = service.getValue();
      ObjectNode program = programs.get(node.path("program_id").asString(null));
      if (program != null) {
        node.set("program", program.deepCopy());
      }
      documents.accept(
          new ImportDocument(
              serviceWhere.get(service.getKey()),
              ImportDocument.Type.SERVICE,
              node,
              null,
              List.copyOf(problems)));
      problems.clear();
    }
  }

  @SafeVarargs
  private static ObjectNode firstOf(String id, Map<String, ObjectNode>... maps) {
    if (id == null) {
      return null;
    }
    for (Map<String, ObjectNode> map : maps) {
      if (map.containsKey(id)) {
        return map.get(id);
      }
    }
    return null;
  }

  /**
   * Copies each row into every owner its foreign keys name (without the keys); a row naming no
   * owner in the package is reported and left out.
   */
  private void nest(
      List<Row> rows,
      String property,
      Map<String, Map<String, ObjectNode>> owners,
      List<String> keys,
      List<ImportProblem> problems) {
    for (Row row : rows) {
      ObjectNode child = row.node().deepCopy();
      for (String key : owners.keySet()) {
        child.remove(key);
      }
      boolean placed = false;
      for (String key : keys) {
        String id = row.get(key);
        ObjectNode owner = id == null ? null : owners.get(key).get(id);
        if (owner != null) {
          owner.withArray(property).add(child.deepCopy());
          placed = true;
        }
      }
      if (!placed) {
        problems.add(
            ImportProblem.warning(
                row.where(),
                String.join("/", keys),
                "the id of a row in the package that it belongs to; none matches, so this row is"
                    + " not imported"));
      }
    }
  }

  private static Map<String, Row> byId(List<Row> rows) {
    Map<String, Row> map = new HashMap<>();
    for (Row row : rows) {
      map.put(row.get("id"), row);
    }
    return map;
  }

  /** A table's rows as objects, numbers as numbers; the singular file name is accepted too. */
  private List<Row> table(String table, List<ImportProblem> problems) throws IOException {
    String file = table + ".csv";
    byte[] bytes = files.get(file);
    if (bytes == null) {
      String singular =
          table.endsWith("ies")
              ? table.substring(0, table.length() - 3) + "y.csv"
              : table.endsWith("s") ? table.substring(0, table.length() - 1) + ".csv" : null;
      if (singular != null && files.containsKey(singular)) {
        file = singular;
        bytes = files.get(singular);
      } else if (table.equals("service_at_locations")
          && files.containsKey("service_at_location.csv")) {
        file = "service_at_location.csv";
        bytes = files.get(file);
      } else {
        return List.of();
      }
    }
    List<Row> rows = new ArrayList<>();
    try (InputStream in = new ByteArrayInputStream(bytes);
        CSVParser parser =
            CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .get()
                .parse(
                    new InputStreamReader(
                        in,
                        StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
      List<String> header =
          parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").trim()).toList();
      for (CSVRecord record : parser) {
        String where = name + "/" + file + ":row " + (record.getRecordNumber() + 1);
        ObjectNode node = HsdsJsonSource.JSON.createObjectNode();
        for (int i = 0; i < header.size() && i < record.size(); i++) {
          String column = header.get(i);
          String value = record.get(i);
          if (value == null || value.isEmpty()) {
            continue;
          }
          if (INTEGERS.contains(column) || DECIMALS.contains(column)) {
            try {
              if (INTEGERS.contains(column)) {
                node.put(column, Long.parseLong(value.trim()));
              } else {
                node.put(column, new java.math.BigDecimal(value.trim()));
              }
              continue;
            } catch (NumberFormatException e) {
              problems.add(ImportProblem.error(where, column, "a number; found \"" + value + "\""));
              continue;
            }
          }
          node.put(column, value);
        }
        rows.add(new Row(where, node));
      }
    } catch (UncheckedIOException e) {
      throw new ImportFileException(
          ImportProblem.error(
              name + "/" + file, "", "CSV text in UTF-8 (" + e.getCause().getMessage() + ")"));
    }
    return rows;
  }
}
