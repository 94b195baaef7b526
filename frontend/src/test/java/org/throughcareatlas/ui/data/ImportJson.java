package org.throughcareatlas.ui.data;

/** Small HSDS files for the import tests of the Data page. */
final class ImportJson {
  private ImportJson() {}

  static String service(String serviceId, String name) {
    return """
        {"id": "%s", "name": "%s", "status": "active",
         "description": "Advice on benefits for people leaving prison.",
         "organization": {"id": "7d1c2b5e-4f0a-4e8b-9c3d-2a6b1e0f9a01", "name": "Benefits Gate",
                          "description": "A charity."},
         "service_areas": [{"id": "7d1c2b5e-4f0a-4e8b-9c3d-2a6b1e0f9a02", "extent": "S12000047"}],
         "attributes": [{"id": "7d1c2b5e-4f0a-4e8b-9c3d-2a6b1e0f9a03",
                         "taxonomy_term": {"id": "7d1c2b5e-4f0a-4e8b-9c3d-2a6b1e0f9a04",
                                           "name": "Benefits and income",
                                           "description": "Fife's term"}}]}
        """
        .formatted(serviceId, name);
  }
}
