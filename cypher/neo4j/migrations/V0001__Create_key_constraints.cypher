// A uniqueness constraint behind every key of the graph model (see DESIGN.md), so that every
// MERGE on a key is safe and fast. Relationship ids are unique too: relationships are edited
// one by one later.
CREATE CONSTRAINT agency_id IF NOT EXISTS FOR (n:Agency) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT service_id IF NOT EXISTS FOR (n:Service) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT location_id IF NOT EXISTS FOR (n:Location) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT area_code IF NOT EXISTS FOR (n:Area) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT prison_id IF NOT EXISTS FOR (n:Prison) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT need_id IF NOT EXISTS FOR (n:Need) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT circumstance_id IF NOT EXISTS FOR (n:Circumstance) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT contact_id IF NOT EXISTS FOR (n:Contact) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT refers_to_id IF NOT EXISTS FOR ()-[r:REFERS_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT partners_with_id IF NOT EXISTS FOR ()-[r:PARTNERS_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT shares_information_with_id IF NOT EXISTS FOR ()-[r:SHARES_INFORMATION_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT works_in_id IF NOT EXISTS FOR ()-[r:WORKS_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT funds_id IF NOT EXISTS FOR ()-[r:FUNDS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT commissions_id IF NOT EXISTS FOR ()-[r:COMMISSIONS]-() REQUIRE r.id IS UNIQUE;
