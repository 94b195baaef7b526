package org.throughcareatlas.hsds;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.throughcareatlas.testing.TestGraph;

/**
 * A small directory in both shapes the exporter meets: one organization and service as the HSDS
 * importer leaves them (with {@code hsdsSource}, relationship ids, an imported taxonomy and term),
 * and Atlas's own data as the demo writes it (no {@code hsdsSource}, no ids on catchments and
 * deliveries).
 */
final class HsdsTestGraph {

  static final String DUNDEE = "S12000042";
  static final String FIFE = "S12000047";
  static final String ANGUS = "S12000041";

  static final String TAXONOMY = "0a000000-0000-4000-8000-000000000001";
  static final String TERM = "0a000000-0000-4000-8000-000000000002";
  static final String ORG_IMPORTED = "0b000000-0000-4000-8000-000000000001";
  static final String ORG_ATLAS = "0b000000-0000-4000-8000-000000000002";
  static final String ORG_NO_SERVICES = "0b000000-0000-4000-8000-000000000003";
  static final String S_IMPORTED = "0c000000-0000-4000-8000-000000000001";
  static final String S_WOMEN = "0c000000-0000-4000-8000-000000000002";
  static final String S_REMAND = "0c000000-0000-4000-8000-000000000003";
  static final String LOC_IMPORTED = "0d000000-0000-4000-8000-000000000001";
  static final String LOC_KIRKCALDY = "0d000000-0000-4000-8000-000000000002";
  static final String LOC_PHONE = "0d000000-0000-4000-8000-000000000003";
  static final String CONTACT_IMPORTED = "0e000000-0000-4000-8000-000000000001";
  static final String CONTACT_ATLAS = "0e000000-0000-4000-8000-000000000002";
  static final String SAL_IMPORTED = "0f000000-0000-4000-8000-000000000001";
  static final String AREA_IMPORTED = "0f000000-0000-4000-8000-000000000002";
  static final String NEED_LINK_IMPORTED = "0f000000-0000-4000-8000-000000000003";
  static final String TERM_LINK_IMPORTED = "0f000000-0000-4000-8000-000000000004";
  static final String SCHEDULE_IMPORTED = "0f000000-0000-4000-8000-000000000005";
  static final String ADDRESS_IMPORTED = "0f000000-0000-4000-8000-000000000006";
  static final String PHONE_IMPORTED = "0f000000-0000-4000-8000-000000000007";
  static final String LANGUAGE_IMPORTED = "0f000000-0000-4000-8000-000000000008";
  static final String FUNDING_IMPORTED = "0f000000-0000-4000-8000-000000000009";

  static final double KIRKCALDY_LAT = 56.1165;
  static final double KIRKCALDY_LON = -3.1586;
  static final double DUNDEE_LAT = 56.462;
  static final double DUNDEE_LON = -2.9707;

  private HsdsTestGraph() {}

  static void build(TestGraph graph) {
    graph.clear();
    graph
        .area(DUNDEE, "Dundee City", DUNDEE_LAT, DUNDEE_LON)
        .area(FIFE, "Fife", 56.2, -3.15)
        .area(ANGUS, "Angus", 56.644, -2.889)
        .prison("hmp-perth", "HMP Perth", DUNDEE)
        .need("housing", "Housing", null)
        .need("housing.emergency", "Emergency accommodation", "housing")
        .need("employability", "Employment and skills", null)
        .circumstance("women", "Women", "gender")
        .circumstance("remand", "Remand", "sentence");
    Map<String, Object> p = new HashMap<>();
    p.put("taxonomy", TAXONOMY);
    p.put("term", TERM);
    p.put("orgImported", ORG_IMPORTED);
    p.put("orgAtlas", ORG_ATLAS);
    p.put("orgNoServices", ORG_NO_SERVICES);
    p.put("sImported", S_IMPORTED);
    p.put("sWomen", S_WOMEN);
    p.put("sRemand", S_REMAND);
    p.put("locImported", LOC_IMPORTED);
    p.put("locKirkcaldy", LOC_KIRKCALDY);
    p.put("locPhone", LOC_PHONE);
    p.put("contactImported", CONTACT_IMPORTED);
    p.put("contactAtlas", CONTACT_ATLAS);
    p.put("salImported", SAL_IMPORTED);
    p.put("areaImported", AREA_IMPORTED);
    p.put("needLink", NEED_LINK_IMPORTED);
    p.put("termLink", TERM_LINK_IMPORTED);
    p.put("dundee", DUNDEE);
    p.put("fife", FIFE);
    p.put("angus", ANGUS);
    p.put("kLat", KIRKCALDY_LAT);
    p.put("kLon", KIRKCALDY_LON);
    p.put("dLat", DUNDEE_LAT);
    p.put("dLon", DUNDEE_LON);
    p.put("verifiedImported", LocalDate.of(2026, 3, 1));
    p.put("modifiedImported", ZonedDateTime.parse("2026-05-10T12:00:00Z"));
    p.put("verifiedWomen", LocalDate.of(2025, 1, 15));
    p.put("verifiedRemand", LocalDate.of(2024, 6, 1));
    p.put(
        "orgSource",
        json(
            Map.of(
                "id",
                ORG_IMPORTED,
                "name",
                "Tayside Food Network",
                "alternate_name",
                "TFN",
                "organization_identifiers",
                List.of(
                    Map.of(
                        "id", "0f000000-0000-4000-8000-000000000010",
                        "identifier_type", "Scottish Charity Number",
                        "identifier", "SC000001")),
                "phones",
                List.of(Map.of("id", "0f000000-0000-4000-8000-000000000011", "number", "x")))));
    p.put(
        "serviceSource",
        json(
            Map.of(
                "id", S_IMPORTED,
                "url", "https://tfn.example.org/larder",
                "alternate_name", "The Larder",
                "schedules",
                    List.of(
                        Map.of(
                            "id", SCHEDULE_IMPORTED,
                            "freq", "WEEKLY",
                            "byday", "MO,TU,WE,TH,FR",
                            "opens_at", "10:00",
                            "closes_at", "16:00",
                            "description", "Weekdays 10am to 4pm")),
                "languages",
                    List.of(Map.of("id", LANGUAGE_IMPORTED, "name", "English", "code", "en")),
                "funding", List.of(Map.of("id", FUNDING_IMPORTED, "source", "Big Lottery")),
                "cost_options",
                    List.of(
                        Map.of(
                            "id", "0f000000-0000-4000-8000-000000000012",
                            "option", "Free",
                            "amount", 0)))));
    p.put(
        "locationSource",
        json(
            Map.of(
                "id",
                LOC_IMPORTED,
                "transportation",
                "Bus 22 to the door",
                "addresses",
                List.of(
                    Map.of(
                        "id", ADDRESS_IMPORTED,
                        "address_1", "5 Food Lane",
                        "city", "Dundee",
                        "state_province", "Scotland",
                        "postal_code", "DD1 1AA",
                        "country", "GB",
                        "address_type", "physical")),
                "accessibility",
                List.of(
                    Map.of(
                        "id", "0f000000-0000-4000-8000-000000000013",
                        "description", "Step-free access")))));
    p.put(
        "contactSource",
        json(
            Map.of(
                "id",
                CONTACT_IMPORTED,
                "department",
                "Food",
                "phones",
                List.of(
                    Map.of("id", PHONE_IMPORTED, "number", "01382 496001"),
                    Map.of(
                        "id", "0f000000-0000-4000-8000-000000000014",
                        "number", "07700 900001",
                        "type", "text")))));
    graph.run(
        """
        CREATE (x:Taxonomy {id: $taxonomy, name: 'Open Eligibility', description: 'Service types',
                            uri: 'http://example.com/open-eligibility', version: '1'})
        CREATE (t:TaxonomyTerm {id: $term, code: '1102', name: 'Food', description: 'Food banks',
                                taxonomyId: $taxonomy, language: 'en'})
        CREATE (t)-[:IN_TAXONOMY]->(x)
        WITH t
        MATCH (dundee:Area {code: $dundee}), (fife:Area {code: $fife}), (angus:Area {code: $angus})
        MATCH (housingEmergency:Need {id: 'housing.emergency'}), (work:Need {id: 'employability'})
        MATCH (women:Circumstance {id: 'women'}), (remand:Circumstance {id: 'remand'})
        MATCH (perth:Prison {id: 'hmp-perth'})
        CREATE (oi:Agency {id: $orgImported, name: 'Tayside Food Network',
                description: 'A network of food projects', kind: 'THIRD_SECTOR',
                website: 'https://tfn.example.org', email: 'hello@tfn.example.org',
                phone: '01382 496000', hsdsSource: $orgSource})
        CREATE (oi)-[:HAS_ATTRIBUTE {id: '0f000000-0000-4000-8000-000000000015',
                linkType: 'organization_type', linkEntity: 'organization'}]->(t)
        CREATE (oa:Agency {id: $orgAtlas, name: 'Fife Throughcare', kind: 'STATUTORY',
                description: 'Council throughcare team', phone: '0131 496 0100',
                email: 'throughcare@fife.example.org'})
        CREATE (:Agency {id: $orgNoServices, name: 'Justice Fund', kind: 'FUNDER'})
        CREATE (si:Service {id: $sImported, name: 'Community food larder',
                description: 'Food and cooking for people newly released', status: 'active',
                lastVerified: $verifiedImported, lastModified: $modifiedImported,
                minimumAge: 16, maximumAge: 65, languages: ['English', 'Polish'],
                referralCriteria: 'Anyone in Dundee', cost: 'Free',
                openingHours: 'Weekdays 10am to 4pm', requiredDocuments: ['Proof of address'],
                selfReferral: true, referralRoutes: ['self'], hsdsSource: $serviceSource})
        CREATE (oi)-[:PROVIDES]->(si)
        CREATE (si)-[:MEETS {id: $needLink}]->(work)
        CREATE (si)-[:HAS_ATTRIBUTE {id: $termLink, linkEntity: 'service',
                linkType: 'service_type'}]->(t)
        CREATE (si)-[:COVERS {id: $areaImported}]->(dundee)
        CREATE (li:Location {id: $locImported, name: 'Larder hall', address: '5 Food Lane',
                postcode: 'DD1 1AA', virtual: false, hsdsSource: $locationSource,
                point: point({latitude: $dLat, longitude: $dLon})})
        CREATE (li)-[:IN]->(dundee)
        CREATE (si)-[:DELIVERED_AT {id: $salImported}]->(li)
        CREATE (ci:Contact {id: $contactImported, name: 'Larder desk', role: 'Coordinator',
                email: 'larder@tfn.example.org', phone: '01382 496001',
                hsdsSource: $contactSource})
        CREATE (oi)-[:HAS_CONTACT]->(ci)
        CREATE (si)-[:HAS_CONTACT]->(ci)
        CREATE (sw:Service {id: $sWomen, name: "Women's housing support",
                description: 'Emergency housing for women leaving custody', status: 'active',
                lastVerified: $verifiedWomen, minimumAge: 18, capacity: 'limited',
                selfReferral: false, referralRoutes: ['prison officer', 'CJSW'],
                languages: ['English'], requiredDocuments: [],
                openingHours: 'Monday to Friday, 9am to 5pm'})
        CREATE (oa)-[:PROVIDES]->(sw)
        CREATE (sw)-[:MEETS]->(housingEmergency)
        CREATE (sw)-[:FOR]->(women)
        CREATE (sw)-[:COVERS]->(fife)
        CREATE (sw)-[:IN_REACH]->(perth)
        CREATE (lk:Location {id: $locKirkcaldy, name: 'Fife Throughcare, Kirkcaldy',
                address: '12 High Street, Kirkcaldy', postcode: 'KY1 1AA', virtual: false,
                point: point({latitude: $kLat, longitude: $kLon})})
        CREATE (lk)-[:IN]->(fife)
        CREATE (lp:Location {id: $locPhone, name: 'Fife Throughcare (phone and online)',
                address: 'Phone and online', virtual: true,
                point: point({latitude: $kLat, longitude: $kLon})})
        CREATE (lp)-[:IN]->(fife)
        CREATE (sw)-[:DELIVERED_AT]->(lk)
        CREATE (sw)-[:DELIVERED_AT]->(lp)
        CREATE (ca:Contact {id: $contactAtlas, name: 'Prison team', role: 'Throughcare officer',
                phone: '0131 496 0101', email: 'prisonteam@fife.example.org'})
        CREATE (oa)-[:HAS_CONTACT]->(ca)
        CREATE (ca)-[:AT_PRISON]->(perth)
        CREATE (sr:Service {id: $sRemand, name: 'Remand employment advice',
                description: 'Advice on work for people held on remand',
                status: 'temporarily closed', lastVerified: $verifiedRemand, maximumAge: 25})
        CREATE (oa)-[:PROVIDES]->(sr)
        CREATE (sr)-[:MEETS]->(work)
        CREATE (sr)-[:FOR]->(remand)
        CREATE (sr)-[:COVERS]->(angus)
        """,
        p);
  }

  private static String json(Object value) {
    return HsdsDocuments.JSON.writeValueAsString(value);
  }
}
