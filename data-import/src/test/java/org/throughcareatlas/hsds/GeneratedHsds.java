package org.throughcareatlas.hsds;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.throughcareatlas.demo.DemoDirectory;
import org.throughcareatlas.directorydata.Directory;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generated HSDS services for the large-file test and the import benchmark, deterministic for a
 * seed: each service with its organization (one per five services), two locations with addresses
 * and coordinates in a council area, two contacts with phones, a catchment, two Atlas needs, a term
 * of a council's own taxonomy, sometimes an eligibility circumstance, and a schedule.
 */
final class GeneratedHsds {

  static final Directory DEMO = DemoDirectory.build();
  static final List<Directory.Area> AREAS = DEMO.areas();
  static final List<Directory.Need> NEEDS = DEMO.needs();
  static final String TAXONOMY = ImportIds.nameBased("generated:taxonomy");
  static final int TERMS = 40;

  private final long seed;
  private final String padding;

  GeneratedHsds(long seed) {
    this(seed, 0);
  }

  /** With {@code paddingChars} more characters of description per service (for big files). */
  GeneratedHsds(long seed, int paddingChars) {
    this.seed = seed;
    this.padding =
        paddingChars == 0
            ? ""
            : " "
                + "We meet people at the gate, help with housing, benefits and ID, and stay in touch. "
                    .repeat(paddingChars / 80 + 1)
                    .substring(0, paddingChars);
  }

  static String id(String... parts) {
    return ImportIds.nameBased("generated:" + String.join(":", parts));
  }

  /** The i-th service, with everything nested in it. */
  ObjectNode service(int i) {
    Random random = new Random(seed * 1_000_003L + i);
    ObjectNode s = HsdsJsonSource.JSON.createObjectNode();
    String serviceId = id("service", Long.toString(seed), Integer.toString(i));
    Directory.Area area = AREAS.get(random.nextInt(AREAS.size()));
    s.put("id", serviceId);
    s.put("name", "Service " + i + " in " + area.mainTown());
    s.put("status", "active");
    s.put(
        "description",
        "Support on release from prison in "
            + area.name()
            + ": practical help, advice and someone to talk to, for as long as it takes. "
            + "Referrals from prison officers, throughcare workers and people themselves."
            + padding);
    s.put("minimum_age", 16 + random.nextInt(3));
    s.put("assured_date", "2026-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(9));
    int org = i / 5;
    ObjectNode o = s.putObject("organization");
    o.put("id", id("organization", Long.toString(seed), Integer.toString(org)));
    o.put("name", "Organization " + org);
    o.put("description", "A charity working with people leaving prison.");
    o.put("website", "https://example.org/" + org);
    ArrayNode areas = s.putArray("service_areas");
    areas
        .addObject()
        .put("id", id("area", serviceId, "0"))
        .put("name", area.name())
        .put("extent", area.code());
    ArrayNode deliveries = s.putArray("service_at_locations");
    for (int j = 0; j < 2; j++) {
      ObjectNode d = deliveries.addObject();
      d.put("id", id("delivery", serviceId, Integer.toString(j)));
      ObjectNode l = d.putObject("location");
      l.put("id", id("location", serviceId, Integer.toString(j)));
      l.put("location_type", "physical");
      l.put("name", area.mainTown() + " office " + j);
      l.put("latitude", area.latitude() + (random.nextDouble() - 0.5) * 0.1);
      l.put("longitude", area.longitude() + (random.nextDouble() - 0.5) * 0.1);
      l.putArray("addresses")
          .addObject()
          .put("id", id("address", serviceId, Integer.toString(j)))
          .put("address_1", (1 + random.nextInt(200)) + " High Street")
          .put("city", area.mainTown())
          .put("state_province", "Scotland")
          .put("postal_code", "AB1 " + random.nextInt(10) + "CD")
          .put("country", "GB")
          .put("address_type", "physical");
    }
    ArrayNode contacts = s.putArray("contacts");
    for (int j = 0; j < 2; j++) {
      ObjectNode c = contacts.addObject();
      c.put("id", id("contact", serviceId, Integer.toString(j)));
      c.put("name", j == 0 ? "Duty worker" : "Referrals");
      c.put("email", "team" + j + "@example.org");
      c.putArray("phones")
          .addObject()
          .put("id", id("phone", serviceId, Integer.toString(j)))
          .put("number", "0131 496 0" + (100 + random.nextInt(900)));
    }
    ArrayNode attributes = s.putArray("attributes");
    for (int j = 0; j < 2; j++) {
      String need = NEEDS.get(random.nextInt(NEEDS.size())).id();
      String term = ImportIds.needTerm(need);
      attributes
          .addObject()
          .put("id", id("attribute", serviceId, term))
          .put("taxonomy_term_id", term);
    }
    int t = random.nextInt(TERMS);
    ObjectNode term =
        attributes
            .addObject()
            .put("id", id("attribute", serviceId, "council"))
            .put("link_type", "service_type")
            .putObject("taxonomy_term");
    term.put("id", id("term", Integer.toString(t)));
    term.put("code", "T" + t);
    term.put("name", "Council category " + t);
    term.put("description", "A category of the council's own directory");
    term.putObject("taxonomy_detail")
        .put("id", TAXONOMY)
        .put("name", "Council directory categories")
        .put("description", "The categories of a council's own directory");
    if (random.nextInt(5) == 0) {
      String women = ImportIds.circumstanceTerm("women");
      attributes
          .addObject()
          .put("id", id("attribute", serviceId, women))
          .put("link_type", "eligibility")
          .put("taxonomy_term_id", women);
    }
    s.putArray("schedules")
        .addObject()
        .put("id", id("schedule", serviceId))
        .put("description", "Monday to Friday, 9am to 5pm")
        .put("freq", "WEEKLY")
        .put("byday", "MO,TU,WE,TH,FR");
    return s;
  }

  /**
   * Writes a paged list ({@code {"contents": [...]}}) of services, one at a time, until it holds
   * {@code services} services or reaches {@code minBytes} (whichever is asked for).
   *
   * @return how many services were written
   */
  int write(Path file, int services, long minBytes) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        JsonGenerator json = HsdsJsonSource.JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeNumberProperty("page_number", 1);
      json.writeName("contents");
      json.writeStartArray();
      int i = 0;
      while (services > 0
          ? i < services
          : json.streamWriteOutputBuffered() + Files.size(file) < minBytes) {
        HsdsJsonSource.JSON.writeTree(json, service(i));
        i++;
      }
      json.writeEndArray();
      json.writeEndObject();
      return i;
    }
  }
}
