// The search index (backend search.SearchIndex): one Catchment node per place and need, found by
// its key ("S12000036|housing" for a council area, "@281:-11|housing" for a grid square); the
// services meeting the need there link to it with IN_CATCHMENT. The services' copied facts
// (needIds, areaCodes, ...) are filled at start-up by SearchIndex, not here.
CREATE CONSTRAINT catchment_key IF NOT EXISTS FOR (n:Catchment) REQUIRE n.key IS UNIQUE;
// Free text within catchments: the names and descriptions of services and agencies exactly as
// directory_text indexes them (same analyzer, so the same scores), with the catchment keys of
// each (catchmentText, kept by SearchIndex) to require: "+(words) +catchmentText:(keys)^0".
CREATE FULLTEXT INDEX catchment_text IF NOT EXISTS
FOR (n:Service|Agency) ON EACH [n.name, n.description, n.catchmentText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};
