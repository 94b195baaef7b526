package org.throughcareatlas.hsds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads HSDS objects from the graph inside one read transaction, so that a page or a whole export
 * sees one consistent directory. Needs only a driver: the web application, the export and the
 * command line all use it the same way.
 */
final class HsdsReader {

  private final Driver driver;
  private final SessionConfig sessionConfig;

  HsdsReader(Driver driver, String database) {
    this.driver = driver;
    this.sessionConfig =
        SessionConfig.builder()
            .withDatabase(database)
            .withDefaultAccessMode(AccessMode.READ)
            .build();
  }

  /** Runs {@code work} in one read transaction with Atlas's taxonomies at hand. */
  <T> T read(Function<Reading, T> work) {
    try (Session session = driver.session(sessionConfig);
        Transaction tx = session.beginTransaction()) {
      T result = work.apply(new Reading(tx, Taxonomies.read(tx)));
      tx.commit();
      return result;
    }
  }

  /** What one transaction can read. */
  static final class Reading {
    final Transaction tx;
    final Taxonomies taxonomies;
    final HsdsDocuments documents;

    Reading(Transaction tx, Taxonomies taxonomies) {
      this.tx = tx;
      this.taxonomies = taxonomies;
      this.documents = new HsdsDocuments(taxonomies);
    }

    HsdsQueries.Selection select(ExportFilter filter) {
      return HsdsQueries.select(filter, taxonomies, tx);
    }

    /** Full services by id, in the order given. */
    Map<String, ObjectNode> services(List<String> ids) {
      Map<String, ObjectNode> out = new LinkedHashMap<>();
      HsdsQueries.serviceRows(tx, ids).forEach((id, row) -> out.put(id, documents.service(row)));
      return out;
    }

    /** Full organizations by id, with their services (full or as list items). */
    Map<String, ObjectNode> organizations(List<String> ids, boolean fullServices) {
      Map<String, ObjectNode> out = new LinkedHashMap<>();
      for (Map.Entry<String, Map<String, Object>> e :
          HsdsQueries.organizationRows(tx, ids).entrySet()) {
        @SuppressWarnings("unchecked")
        List<String> serviceIds = (List<String>) e.getValue().get("serviceIds");
        List<ObjectNode> services = new ArrayList<>();
        for (ObjectNode service : services(serviceIds).values()) {
          services.add(fullServices ? service : HsdsDocuments.serviceListItem(service));
        }
        out.put(e.getKey(), documents.organizationFull(e.getValue(), services));
      }
      return out;
    }

    /** Organizations by id with their own contacts but without their services. */
    Map<String, ObjectNode> organizationsWithoutServices(List<String> ids) {
      Map<String, ObjectNode> out = new LinkedHashMap<>();
      HsdsQueries.organizationRows(tx, ids)
          .forEach(
              (id, row) -> {
                ObjectNode org = documents.organizationFull(row, List.of());
                org.remove("services");
                out.put(id, org);
              });
      return out;
    }
  }
}
