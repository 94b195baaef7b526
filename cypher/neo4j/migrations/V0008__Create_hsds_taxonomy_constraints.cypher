// HSDS import keeps taxonomies and terms Atlas does not know (docs/hsds-mapping.md): their ids
// are MERGE keys, so each has a uniqueness constraint.
CREATE CONSTRAINT taxonomy_id IF NOT EXISTS FOR (n:Taxonomy) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT taxonomy_term_id IF NOT EXISTS FOR (n:TaxonomyTerm) REQUIRE n.id IS UNIQUE;
