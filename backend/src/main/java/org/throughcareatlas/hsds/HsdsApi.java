package org.throughcareatlas.hsds;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Driver;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.throughcareatlas.directory.DirectoryChanged;
import org.throughcareatlas.graph.AtlasProperties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the {@code /hsds} API answers: pages of services, deliveries at locations, organizations,
 * taxonomies and terms, and single ones by id, each read in one transaction with the nested parts
 * of a page loaded together.
 */
@Component
public class HsdsApi {

  /** The HSDS version and the profile the API follows. */
  public static final String VERSION = "3.0";

  public static final String PROFILE = "https://github.com/OpenReferralUK/uk-profile";

  private final HsdsReader reader;

  /** Name-based ids of deliveries that have no id of their own, built on first use. */
  private volatile Map<String, HsdsQueries.Delivery> namedDeliveries;

  public HsdsApi(Driver driver, AtlasProperties properties) {
    this.reader = new HsdsReader(driver, properties.neo4j().database());
  }

  @EventListener
  void directoryChanged(DirectoryChanged event) {
    namedDeliveries = null;
  }

  /** The raw query parameters of a list of services or deliveries. */
  public record ServiceParameters(
      String search,
      String taxonomyTermId,
      String taxonomyId,
      String organizationId,
      String modifiedAfter,
      String minimumAge,
      String maximumAge,
      String proximity,
      String postcode,
      String latitude,
      String longitude) {}

  public ObjectNode services(ServiceParameters parameters, Paging paging, boolean full) {
    return reader.read(
        reading -> {
          Where where = where(reading, parameters);
          HsdsQueries.Selection selection = reading.select(where.filter());
          long total = HsdsQueries.countServices(reading.tx, selection);
          List<String> ids =
              HsdsQueries.serviceIds(reading.tx, selection, paging.skip(), paging.perPage());
          List<ObjectNode> contents = new ArrayList<>();
          for (ObjectNode service : reading.services(ids).values()) {
            contents.add(full ? service : HsdsDocuments.serviceListItem(service));
          }
          return paging.wrap(total, contents);
        });
  }

  public ObjectNode service(String id) {
    return reader.read(
        reading ->
            Optional.ofNullable(reading.services(List.of(id)).get(id))
                .orElseThrow(() -> new HsdsNotFoundException("service", id)));
  }

  public ObjectNode serviceAtLocations(ServiceParameters parameters, Paging paging) {
    return reader.read(
        reading -> {
          Where where = where(reading, parameters);
          // Distance applies to each delivery's own location, not to the service's others.
          HsdsQueries.Selection selection = reading.select(where.filter().withNear(null));
          long total = HsdsQueries.countDeliveries(reading.tx, selection, where.filter().near());
          List<HsdsQueries.Delivery> page =
              HsdsQueries.deliveries(
                  reading.tx, selection, where.filter().near(), paging.skip(), paging.perPage());
          return paging.wrap(total, deliveries(reading, page));
        });
  }

  public ObjectNode serviceAtLocation(String id) {
    return reader.read(
        reading -> {
          List<HsdsQueries.Delivery> found =
              reading
                  .tx
                  .run(
                      """
                      MATCH (s:Service)-[:DELIVERED_AT {id: $id}]->(l:Location)
                      RETURN s.id AS serviceId, l.id AS locationId
                      """,
                      Map.of("id", id))
                  .list(
                      r ->
                          new HsdsQueries.Delivery(
                              r.get("serviceId").asString(), r.get("locationId").asString()));
          if (found.isEmpty() && namedDeliveries(reading).containsKey(id)) {
            found = List.of(namedDeliveries(reading).get(id));
          }
          List<ObjectNode> documents = deliveries(reading, found);
          if (documents.isEmpty()) {
            throw new HsdsNotFoundException("service_at_location", id);
          }
          return documents.get(0);
        });
  }

  private Map<String, HsdsQueries.Delivery> namedDeliveries(HsdsReader.Reading reading) {
    Map<String, HsdsQueries.Delivery> named = namedDeliveries;
    if (named == null) {
      Map<String, HsdsQueries.Delivery> built = new LinkedHashMap<>();
      reading
          .tx
          .run(
              """
              MATCH (s:Service)-[r:DELIVERED_AT]->(l:Location) WHERE r.id IS NULL
              RETURN s.id AS serviceId, l.id AS locationId
              """)
          .forEachRemaining(
              r -> {
                String s = r.get("serviceId").asString();
                String l = r.get("locationId").asString();
                built.put(
                    HsdsDocuments.serviceAtLocationId(s, l, null), new HsdsQueries.Delivery(s, l));
              });
      named = Map.copyOf(built);
      namedDeliveries = named;
    }
    return named;
  }

  /** Deliveries as service_at_location objects, each with its location and its service. */
  private static List<ObjectNode> deliveries(
      HsdsReader.Reading reading, List<HsdsQueries.Delivery> page) {
    List<String> serviceIds =
        List.copyOf(
            new LinkedHashSet<>(page.stream().map(HsdsQueries.Delivery::serviceId).toList()));
    Map<String, ObjectNode> services = reading.services(serviceIds);
    List<ObjectNode> out = new ArrayList<>();
    for (HsdsQueries.Delivery d : page) {
      ObjectNode service = services.get(d.serviceId());
      if (service == null) {
        continue;
      }
      for (JsonNode sal : service.path("service_at_locations")) {
        if (d.locationId().equals(sal.path("location_id").asString())) {
          ObjectNode copy = ((ObjectNode) sal).deepCopy();
          copy.set("service", HsdsDocuments.serviceListItem(service));
          out.add(copy);
        }
      }
    }
    return out;
  }

  public ObjectNode organizations(String search, Paging paging) {
    return reader.read(
        reading -> {
          String lucene = HsdsQueries.lucene(search);
          long total = HsdsQueries.countOrganizations(reading.tx, lucene);
          List<String> ids =
              HsdsQueries.organizationIds(reading.tx, lucene, paging.skip(), paging.perPage());
          List<ObjectNode> contents = new ArrayList<>();
          reading
              .organizationsWithoutServices(ids)
              .values()
              .forEach(o -> contents.add(HsdsDocuments.organizationListItem(o)));
          return paging.wrap(total, contents);
        });
  }

  public ObjectNode organization(String id, boolean fullServices) {
    return reader.read(
        reading ->
            Optional.ofNullable(reading.organizations(List.of(id), fullServices).get(id))
                .orElseThrow(() -> new HsdsNotFoundException("organization", id)));
  }

  public ObjectNode taxonomies(Paging paging) {
    return reader.read(
        reading -> {
          List<ObjectNode> own = HsdsDocuments.ownTaxonomies();
          long graphCount = HsdsQueries.countGraphTaxonomies(reading.tx);
          List<ObjectNode> contents =
              union(
                  own,
                  paging,
                  (skip, limit) ->
                      HsdsQueries.graphTaxonomies(reading.tx, skip, limit).stream()
                          .map(HsdsDocuments::graphTaxonomy)
                          .toList());
          return paging.wrap(own.size() + graphCount, contents);
        });
  }

  public ObjectNode taxonomy(String id) {
    return reader.read(
        reading -> {
          for (ObjectNode own : HsdsDocuments.ownTaxonomies()) {
            if (own.get("id").asString().equals(id)) {
              return own;
            }
          }
          Map<String, Object> x = HsdsQueries.graphTaxonomy(reading.tx, id);
          if (x == null) {
            throw new HsdsNotFoundException("taxonomy", id);
          }
          return HsdsDocuments.graphTaxonomy(x);
        });
  }

  public ObjectNode taxonomyTerms(String taxonomyId, Paging paging) {
    return reader.read(
        reading -> {
          String wanted = taxonomyId == null || taxonomyId.isBlank() ? null : taxonomyId.trim();
          if (wanted != null
              && !Taxonomies.isOwnTaxonomy(wanted)
              && !HsdsQueries.graphTaxonomyExists(reading.tx, wanted)) {
            throw new HsdsInputException(
                "taxonomy_id", "there is no taxonomy with id '" + wanted + "'.");
          }
          List<ObjectNode> own =
              reading.taxonomies.ownTerms().stream()
                  .filter(t -> wanted == null || t.taxonomyId().equals(wanted))
                  .map(HsdsDocuments::term)
                  .toList();
          String graphTaxonomy = wanted != null && Taxonomies.isOwnTaxonomy(wanted) ? null : wanted;
          long graphCount =
              wanted != null && Taxonomies.isOwnTaxonomy(wanted)
                  ? 0
                  : HsdsQueries.countGraphTerms(reading.tx, graphTaxonomy);
          List<ObjectNode> contents =
              union(
                  own,
                  paging,
                  (skip, limit) ->
                      graphCount == 0
                          ? List.of()
                          : HsdsQueries.graphTerms(reading.tx, graphTaxonomy, skip, limit).stream()
                              .map(HsdsDocuments::graphTerm)
                              .toList());
          return paging.wrap(own.size() + graphCount, contents);
        });
  }

  public ObjectNode taxonomyTerm(String id) {
    return reader.read(
        reading -> {
          Taxonomies.Term own = reading.taxonomies.term(id);
          if (own != null) {
            return HsdsDocuments.term(own);
          }
          Map<String, Object> t = HsdsQueries.graphTerm(reading.tx, id);
          if (t == null) {
            throw new HsdsNotFoundException("taxonomy_term", id);
          }
          return HsdsDocuments.graphTerm(t);
        });
  }

  private interface Fetch {
    List<ObjectNode> page(long skip, int limit);
  }

  /** A page over Atlas's own items followed by those in the graph. */
  private static List<ObjectNode> union(List<ObjectNode> own, Paging paging, Fetch graph) {
    List<ObjectNode> out = new ArrayList<>();
    long skip = paging.skip();
    for (long i = skip; i < own.size() && out.size() < paging.perPage(); i++) {
      out.add(own.get((int) i));
    }
    if (out.size() < paging.perPage()) {
      long graphSkip = Math.max(0, skip - own.size());
      out.addAll(graph.page(graphSkip, paging.perPage() - out.size()));
    }
    return out;
  }

  // --- parameters ----------------------------------------------------------------------------

  private record Where(ExportFilter filter) {}

  private static Where where(HsdsReader.Reading reading, ServiceParameters p) {
    ExportFilter f = ExportFilter.ALL.withSearch(blankToNull(p.search()));
    if (blankToNull(p.taxonomyTermId()) != null) {
      f = f.withTaxonomyTermId(p.taxonomyTermId().trim());
    }
    if (blankToNull(p.taxonomyId()) != null) {
      f = f.withTaxonomyId(p.taxonomyId().trim());
    }
    if (blankToNull(p.organizationId()) != null) {
      f = f.withAgencyIds(List.of(p.organizationId().trim()));
    }
    if (blankToNull(p.modifiedAfter()) != null) {
      f = f.withModifiedAfter(dateTime(p.modifiedAfter().trim()));
    }
    f = f.withAges(age("minimum_age", p.minimumAge()), age("maximum_age", p.maximumAge()));
    String postcode = blankToNull(p.postcode());
    PostcodePlace place = postcode == null ? null : postcode(reading, postcode);
    if (blankToNull(p.proximity()) != null) {
      double metres = number("proximity", p.proximity(), 1, 2_000_000);
      double latitude;
      double longitude;
      if (blankToNull(p.latitude()) != null || blankToNull(p.longitude()) != null) {
        latitude = number("latitude", p.latitude(), -90, 90);
        longitude = number("longitude", p.longitude(), -180, 180);
      } else if (place != null) {
        latitude = place.latitude();
        longitude = place.longitude();
      } else {
        throw new HsdsInputException(
            "proximity",
            "a distance in metres needs a point: give latitude and longitude, or a postcode.");
      }
      f = f.withNear(new ExportFilter.Proximity(latitude, longitude, metres));
    } else if (place != null) {
      f = f.withAreaCodes(place.areaCodes());
    }
    return new Where(f);
  }

  private record PostcodePlace(double latitude, double longitude, List<String> areaCodes) {}

  /** Where a postcode is, from the directory's own locations (Atlas has no postcode register). */
  private static PostcodePlace postcode(HsdsReader.Reading reading, String postcode) {
    String normalised = postcode.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
    var row =
        reading
            .tx
            .run(
                """
                MATCH (l:Location)
                WHERE replace(toUpper(l.postcode), ' ', '') = $postcode AND l.point IS NOT NULL
                OPTIONAL MATCH (l)-[:IN]->(a:Area)
                RETURN count(l) AS n, avg(l.point.latitude) AS latitude,
                       avg(l.point.longitude) AS longitude, collect(DISTINCT a.code) AS areas
                """,
                Map.of("postcode", normalised))
            .single();
    if (row.get("n").asLong() == 0) {
      throw new HsdsInputException(
          "postcode", "no location in the directory has the postcode '" + postcode + "'.");
    }
    return new PostcodePlace(
        row.get("latitude").asDouble(),
        row.get("longitude").asDouble(),
        row.get("areas").asList(v -> v.asString()));
  }

  static OffsetDateTime dateTime(String value) {
    try {
      return OffsetDateTime.parse(value);
    } catch (DateTimeException e) {
      // try the shorter forms
    }
    try {
      return LocalDateTime.parse(value).atOffset(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      // try a date
    }
    try {
      return LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      throw new HsdsInputException(
          "modified_after",
          "expected a date or date-time such as 2026-01-31 or 2026-01-31T09:00:00Z, was '"
              + value
              + "'.");
    }
  }

  private static Integer age(String name, String value) {
    if (blankToNull(value) == null) {
      return null;
    }
    double n = number(name, value, 0, 150);
    if (n != Math.rint(n)) {
      throw new HsdsInputException(name, "expected a whole number of years, was '" + value + "'.");
    }
    return (int) n;
  }

  private static double number(String name, String value, double min, double max) {
    if (blankToNull(value) != null) {
      try {
        double n = Double.parseDouble(value.trim());
        if (n >= min && n <= max) {
          return n;
        }
      } catch (NumberFormatException e) {
        // refused below
      }
    }
    throw new HsdsInputException(
        name,
        "expected a number from "
            + plain(min)
            + " to "
            + plain(max)
            + ", was '"
            + (value == null ? "" : value)
            + "'.");
  }

  private static String plain(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
