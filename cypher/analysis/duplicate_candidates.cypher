// Duplicate candidates: the active services that could duplicate another agency's, with
// everything the similarity score and its explanation are computed from.
//
// One row per ACTIVE service that meets a need (MEETS) and covers a council area (COVERS). Pairs
// are then compared and grouped as written in docs/duplicates.md (backend:
// commissioning.Duplicates): same need met directly, overlapping catchment, compatible
// eligibility (no conflicting restriction within one circumstance group, overlapping age
// ranges, a prison in common when both work inside prisons), different agencies,
//   score = 0.35 needs + 0.25 catchment + 0.15 eligibility + 0.25 description,
// pairs at or above minScore joined into groups (connected components).
// Pairing is not done here: at 100,000 services the pairs sharing a need and an area run into
// the hundreds of millions, while the candidates are one row per service. By hand, narrow the
// rows to one area or need with the parameters below.
//
// Parameters:
//   $areaCode   null, or a GSS code: only services covering this council area
//   $needId     null, or a need id: only services meeting this need (or a narrower need of it)
//
// Run by hand (services in no need or area are returned too when both are null; they pair
// with nothing):
//   :param areaCode => 'S12000049'
//   :param needId => 'housing'
//
// Returns: serviceId, serviceName, agencyId, agencyName, description, needIds, areaCodes,
//          onlyFor (list of [id, group, name]), minimumAge, maximumAge, waitingTime, capacity,
//          selfReferral, inReach (prison names). Unordered: at 100,000 services sorting here
//          costs more than the backend's own ordering (by service id); add ORDER BY serviceName
//          when reading by hand.
//
// Reads the facts the search index keeps on each Service (backend search.SearchIndex, refreshed
// by every writer from the relationships): needIds (MEETS), areaCodes (COVERS), onlyFor (FOR, ids),
// inReachPrisonIds (IN_REACH), agencyId and agencyName (PROVIDES) — one property each instead of
// walking every service's relationships, which took most of the time at 100,000 services. A
// service without a provider (no agencyId) is left out, as it cannot duplicate another agency's.

CALL () { MATCH (c:Circumstance) RETURN collect([c.id, c.group, c.name]) AS circumstances }
CALL () { MATCH (p:Prison) RETURN collect([p.id, p.name]) AS prisons }
MATCH (s:Service {status: 'active'})
WHERE s.agencyId IS NOT NULL
  AND ($needId IS NULL
       OR EXISTS { (s)-[:MEETS]->(m:Need)
                   WHERE m.id = $needId OR (m)-[:BROADER]->(:Need {id: $needId}) })
  AND ($areaCode IS NULL OR $areaCode IN s.areaCodes)
RETURN s.id AS serviceId, s.name AS serviceName, s.agencyId AS agencyId,
       s.agencyName AS agencyName, coalesce(s.description, '') AS description,
       s.needIds AS needIds, s.areaCodes AS areaCodes,
       [c IN circumstances WHERE c[0] IN s.onlyFor] AS onlyFor,
       s.minimumAge AS minimumAge, s.maximumAge AS maximumAge,
       s.waitingTime AS waitingTime, s.capacity AS capacity,
       coalesce(s.selfReferral, false) AS selfReferral,
       [p IN prisons WHERE p[0] IN s.inReachPrisonIds | p[1]] AS inReach
