package org.throughcareatlas.editing;

import static org.throughcareatlas.editing.FieldSpec.Kind.*;

import java.util.List;
import java.util.Set;

/**
 * The records that can be edited, with their fields and how each is checked. The label and
 * relationship names here are the only names that go into the editing statements.
 */
public enum EntityType {
  SERVICE(
      "Service",
      "service",
      List.of(
          FieldSpec.of("name", "Name", TEXT, true).max(200),
          FieldSpec.of("description", "Description", TEXT, false).max(4000),
          FieldSpec.of("status", "Status", CHOICE, true)
              .choices(Set.of("active", "inactive", "defunct", "temporarily closed")),
          FieldSpec.of("selfReferral", "Self-referral", BOOLEAN, false),
          FieldSpec.of("referralRoutes", "Who may refer", TEXT_LIST, false).max(100),
          FieldSpec.of("referralCriteria", "Referral criteria", TEXT, false).max(2000),
          FieldSpec.of("waitingTime", "Waiting time", TEXT, false).max(200),
          FieldSpec.of("capacity", "Capacity", CHOICE, false)
              .choices(Set.of("open", "limited", "full")),
          FieldSpec.of("cost", "Cost", TEXT, false).max(200),
          FieldSpec.of("languages", "Languages", TEXT_LIST, false).max(60),
          FieldSpec.of("openingHours", "Opening hours", TEXT, false).max(500),
          FieldSpec.of("requiredDocuments", "What to bring", TEXT_LIST, false).max(200),
          FieldSpec.of("minimumAge", "Minimum age", AGE, false),
          FieldSpec.of("maximumAge", "Maximum age", AGE, false),
          FieldSpec.of("needs", "Needs", LINKS, true).link("MEETS", "Need", "id"),
          FieldSpec.of("covers", "Areas covered", LINKS, true).link("COVERS", "Area", "code"),
          FieldSpec.of("onlyFor", "Only for", LINKS, false).link("FOR", "Circumstance", "id"),
          FieldSpec.of("inReach", "Works inside prisons", LINKS, false)
              .link("IN_REACH", "Prison", "id"),
          FieldSpec.of("lastVerified", "Last confirmed", DATE, false))),
  AGENCY(
      "Agency",
      "organization",
      List.of(
          FieldSpec.of("name", "Name", TEXT, true).max(200),
          FieldSpec.of("description", "Description", TEXT, false).max(4000),
          FieldSpec.of("kind", "Kind", CHOICE, true)
              .choices(
                  Set.of(
                      "STATUTORY",
                      "PRISON_SERVICE",
                      "THIRD_SECTOR",
                      "PEER_LED",
                      "FAITH_BASED",
                      "HEALTH",
                      "FUNDER")),
          FieldSpec.of("website", "Website", URL, false),
          FieldSpec.of("email", "Email", EMAIL, false),
          FieldSpec.of("phone", "Phone", PHONE, false),
          FieldSpec.of("baseArea", "Based in", LINKS, false)
              .link("BASED_IN", "Area", "code")
              .oneOnly(),
          FieldSpec.of("lastConfirmed", "Last confirmed", DATE, false))),
  LOCATION(
      "Location",
      "location",
      List.of(
          FieldSpec.of("name", "Name", TEXT, false).max(200),
          FieldSpec.of("address", "Address", TEXT, false).max(500),
          FieldSpec.of("postcode", "Postcode", POSTCODE, false),
          FieldSpec.of("virtual", "Phone or online only", BOOLEAN, false),
          FieldSpec.of("latitude", "Latitude", LATITUDE, false),
          FieldSpec.of("longitude", "Longitude", LONGITUDE, false),
          FieldSpec.of("area", "Council area", LINKS, false).link("IN", "Area", "code").oneOnly())),
  CONTACT(
      "Contact",
      "contact",
      List.of(
          FieldSpec.of("name", "Name", TEXT, false).max(200),
          FieldSpec.of("role", "Role", TEXT, false).max(200),
          FieldSpec.of("phone", "Phone", PHONE, false),
          FieldSpec.of("email", "Email", EMAIL, false)));

  private final String label;
  private final String hsdsName;
  private final List<FieldSpec> fields;

  EntityType(String label, String hsdsName, List<FieldSpec> fields) {
    this.label = label;
    this.hsdsName = hsdsName;
    this.fields = fields;
  }

  /** The node label. */
  public String label() {
    return label;
  }

  /** The HSDS table name, for the audit trail and its export. */
  public String hsdsName() {
    return hsdsName;
  }

  public List<FieldSpec> fields() {
    return fields;
  }

  public FieldSpec field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
  }
}
