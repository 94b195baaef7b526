package org.throughcareatlas.hsds;

/** A small HSDS service in Dundee, built as text, for the import tests. */
final class ServiceJson {
  private ServiceJson() {}

  static final String SERVICE = "5b0c8a47-1f4e-4c59-9a61-0d6f0b2a9e01";
  static final String ORGANIZATION = "5b0c8a47-1f4e-4c59-9a61-0d6f0b2a9e02";
  static final String LOCATION_1 = "5b0c8a47-1f4e-4c59-9a61-0d6f0b2a9e03";
  static final String LOCATION_2 = "5b0c8a47-1f4e-4c59-9a61-0d6f0b2a9e04";
  static final String AREA_LINK = "5b0c8a47-1f4e-4c59-9a61-0d6f0b2a9e05";
  static final String COUNCIL_TERM = "5b0c8a47-1f4e-4c59-9a61-0d6f0b2a9e06";

  static String service(String name, boolean twoLocations) {
    String second =
        twoLocations
            ? """
              , {"id": "5b0c8a47-1f4e-4c59-9a61-0d6f0b2a9e08",
                 "location": {"id": "%s", "location_type": "virtual", "name": "Phone line"}}
              """
                .formatted(LOCATION_2)
            : "";
    return """
        {
          "id": "%s",
          "name": "%s",
          "status": "active",
          "description": "Mentoring for women leaving prison, and help to find a home.",
          "minimum_age": 18,
          "assured_date": "2026-09-01",
          "organization": {"id": "%s", "name": "Step Out Trust", "description": "A charity."},
          "service_areas": [{"id": "%s", "name": "Dundee", "extent": "S12000042"}],
          "service_at_locations": [
            {"id": "5b0c8a47-1f4e-4c59-9a61-0d6f0b2a9e07",
             "location": {"id": "%s", "location_type": "physical", "name": "Step Out office",
                          "latitude": 56.462, "longitude": -2.9707,
                          "addresses": [{"id": "5b0c8a47-1f4e-4c59-9a61-0d6f0b2a9e09",
                                         "address_1": "1 High Street", "city": "Dundee",
                                         "state_province": "Scotland", "postal_code": "DD1 1AA",
                                         "country": "GB", "address_type": "physical"}]}}
            %s
          ],
          "contacts": [{"id": "5b0c8a47-1f4e-4c59-9a61-0d6f0b2a9e10", "name": "Duty worker",
                        "phones": [{"id": "5b0c8a47-1f4e-4c59-9a61-0d6f0b2a9e11",
                                    "number": "01382 496000"}]}],
          "attributes": [
            {"id": "5b0c8a47-1f4e-4c59-9a61-0d6f0b2a9e12",
             "taxonomy_term": {"id": "%s", "name": "Mentoring and peer support",
                               "description": "Atlas need", "code": "mentoring-and-peer-support"}},
            {"id": "5b0c8a47-1f4e-4c59-9a61-0d6f0b2a9e13", "link_type": "eligibility",
             "taxonomy_term_id": "%s"},
            {"id": "5b0c8a47-1f4e-4c59-9a61-0d6f0b2a9e14",
             "taxonomy_term": {"id": "%s", "name": "Housing", "description": "Council term",
                               "code": "HOU", "taxonomy": "Dundee services"}}
          ]
        }
        """
        .formatted(
            SERVICE,
            name,
            ORGANIZATION,
            AREA_LINK,
            LOCATION_1,
            second,
            ImportIds.needTerm("mentoring-and-peer-support"),
            ImportIds.circumstanceTerm("women"),
            COUNCIL_TERM);
  }
}
