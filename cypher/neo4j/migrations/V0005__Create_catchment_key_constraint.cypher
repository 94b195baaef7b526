// The search index (backend search.SearchIndex): one Catchment node per place and need, found by
// its key ("S12000036|housing" for a council area, "@281:-11|housing" for a grid square); the
// services meeting the need there link to it with IN_CATCHMENT. The services' copied facts
// (needIds, areaCodes, ...) are filled at start-up by SearchIndex, not here.
CREATE CONSTRAINT catchment_key IF NOT EXISTS FOR (n:Catchment) REQUIRE n.key IS UNIQUE;
