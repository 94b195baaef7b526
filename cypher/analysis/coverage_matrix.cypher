// Coverage matrix: needs (rows) × council areas (columns).
//
// Each cell counts the ACTIVE services whose catchment (COVERS) includes the area, that meet the
// row's need or a narrower need of it (MEETS, BROADER), and that are open to the chosen group of
// people; and the distinct agencies providing them. Every need × area pair is returned, with 0
// where nothing is provided, ordered by need (broad need, then its narrower needs) and area name.
//
// Who is "open to the group" (the same rule in unmet_need.cypher and fragile_provision.cypher):
//   - $group null: everyone, i.e. every active service counts, whatever its restrictions.
//   - $group a circumstance id G: a service is open to G unless it is restricted (FOR) to a
//     DIFFERENT circumstance of G's own group (sentence, gender, age, flag). A men-only service is
//     not open to women; a short-term-only service is not open to remand; a service for "remand or
//     short-term" is open to remand. Restrictions in OTHER groups do not close it (a women-only
//     service still counts for remand), because a group is a slice of people along one dimension.
//   - young-people (16–25) also leaves out services whose age limits do not overlap 16–25.
//   An unknown id matches no Circumstance and is read as everyone (the backend refuses it first).
//
// Parameters:
//   $group      null (everyone) or a circumstance id: women, men, young-people, remand,
//               short-term, long-term, hdc, licence, or a flag (veteran, care-experienced, …)
//   $narrower   false: the 14 top-level needs only; true: also a row per narrower need
//
// Run by hand (Neo4j Browser or cypher-shell):
//   :param group => 'women'
//   :param narrower => false
//
// Returns: needId, needName, broaderId, areaCode, areaName, services, agencies

OPTIONAL MATCH (g:Circumstance {id: $group})
CALL (g) {
  MATCH (agency:Agency)-[:PROVIDES]->(s:Service {status: 'active'})
  WHERE g IS NULL
     OR (NOT EXISTS { (s)-[:FOR]->(c:Circumstance) WHERE c.group = g.group AND c.id <> g.id }
         AND (g.id <> 'young-people'
              OR (coalesce(s.minimumAge, 0) <= 25 AND coalesce(s.maximumAge, 200) >= 16)))
  WITH s, agency,
       COLLECT {
         MATCH (s)-[:MEETS]->(m:Need)
         OPTIONAL MATCH (m)-[:BROADER]->(b:Need)
         UNWIND CASE WHEN $narrower THEN [m.id, b.id] ELSE [coalesce(b.id, m.id)] END AS needId
         WITH needId WHERE needId IS NOT NULL
         RETURN DISTINCT needId
       } AS rowNeeds,
       COLLECT { MATCH (s)-[:COVERS]->(a:Area) RETURN a.code } AS areaCodes
  UNWIND rowNeeds AS needId
  UNWIND areaCodes AS areaCode
  WITH needId, areaCode, count(s) AS services, count(DISTINCT agency) AS agencies
  WITH needId, collect([areaCode, services, agencies]) AS cells
  RETURN collect({needId: needId, cells: cells}) AS provision
}
MATCH (n:Need)
WHERE $narrower OR NOT (n)-[:BROADER]->(:Need)
OPTIONAL MATCH (n)-[:BROADER]->(broader:Need)
WITH n, broader, coalesce([p IN provision WHERE p.needId = n.id][0].cells, []) AS cells
MATCH (a:Area)
WITH n, broader, a, [c IN cells WHERE c[0] = a.code][0] AS cell
RETURN n.id AS needId, n.name AS needName, broader.id AS broaderId,
       a.code AS areaCode, a.name AS areaName,
       coalesce(cell[1], 0) AS services, coalesce(cell[2], 0) AS agencies
ORDER BY coalesce(broader.name, n.name), broader IS NOT NULL, n.name, a.name
