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
//   $parts      null, or how many parts the services are split into (by internal node id), and
//   $part       which of them (0 to $parts - 1) to return: the backend reads the parts at once,
//               one per processor, as one query uses one core. Leave both null by hand.
//
// Run by hand (services in no need or area are returned too when both are null; they pair
// with nothing):
//   :param areaCode => 'S12000049'
//   :param needId => 'housing'
//   :param parts => null
//   :param part => null
//
// Returns: serviceId, serviceName, agencyId, agencyName, description, needIds, areaCodes,
//          onlyFor (circumstance ids, such as 'women'), minimumAge, maximumAge, waitingTime,
//          capacity, selfReferral, inReach (prison ids). Ids rather than names: at 100,000
//          services, looking names up per row here cost a fifth of the query's time; the backend
//          looks them up once. Unordered: sorting here costs more than the backend's own
//          ordering (by service id); add ORDER BY serviceName when reading by hand.
//
// Reads the facts the search index keeps on each Service (backend search.SearchIndex, refreshed
// by every writer from the relationships): needIds (MEETS), areaCodes (COVERS), onlyFor (FOR, ids),
// inReachPrisonIds (IN_REACH), agencyId and agencyName (PROVIDES) — one property each instead of
// walking every service's relationships, which took most of the time at 100,000 services. A
// service without a provider (no agencyId) is left out, as it cannot duplicate another agency's.

MATCH (s:Service {status: 'active'})
WHERE s.agencyId IS NOT NULL
  AND ($needId IS NULL
       OR EXISTS { (s)-[:MEETS]->(m:Need)
                   WHERE m.id = $needId OR (m)-[:BROADER]->(:Need {id: $needId}) })
  AND ($areaCode IS NULL OR $areaCode IN s.areaCodes)
  AND ($parts IS NULL OR id(s) % $parts = $part)
RETURN s.id AS serviceId, s.name AS serviceName, s.agencyId AS agencyId,
       s.agencyName AS agencyName, coalesce(s.description, '') AS description,
       s.needIds AS needIds, s.areaCodes AS areaCodes,
       s.onlyFor AS onlyFor,
       s.minimumAge AS minimumAge, s.maximumAge AS maximumAge,
       s.waitingTime AS waitingTime, s.capacity AS capacity,
       coalesce(s.selfReferral, false) AS selfReferral,
       s.inReachPrisonIds AS inReach
