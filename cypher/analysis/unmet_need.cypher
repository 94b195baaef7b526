// Unmet need: need × council area × group of people with NO active service open to that group.
//
// A gap (need N, area A, group G) holds when no ACTIVE service has A in its catchment (COVERS),
// meets N or a narrower need of N, and is open to G. "Open to G" is the rule of
// coverage_matrix.cypher: everyone (null) counts every active service; a circumstance id G leaves
// out services restricted (FOR) to a different circumstance of G's own group (men-only for women,
// short-term-only for remand), and young-people also leaves out services whose age limits miss
// 16–25. A gap is exactly a 0 cell of the coverage matrix for that group.
//
// Each gap lists what is there instead: the services meeting N in A that do not count (not
// active, or not open to G), with why.
//
// Order: there is no population or release data in the graph to weigh a gap by the people it
// affects, so gaps are ordered by group (in the order given), then need (broad need, then its
// narrower needs), then area name. Read "Na h-Eileanan Siar, women" and "Glasgow City, women"
// as equally important until population figures are added.
//
// Parameters:
//   $groups     the groups to look at, a list of circumstance ids; null in the list = everyone.
//               The standard list: [null, 'women', 'men', 'young-people', 'remand',
//               'short-term', 'long-term', 'licence', 'hdc']
//   $narrower   false: the 14 top-level needs only; true: also every narrower need
//
// Run by hand:
//   :param groups => [null, 'women', 'men', 'young-people', 'remand', 'short-term', 'long-term', 'licence', 'hdc']
//   :param narrower => true
//
// Returns: groupIndex, groupId (null = everyone), needId, needName, broaderId, areaCode,
//          areaName, instead (list of {serviceId, serviceName, why})

UNWIND range(0, size($groups) - 1) AS groupIndex
WITH groupIndex, $groups[groupIndex] AS groupId
OPTIONAL MATCH (g:Circumstance {id: groupId})
CALL (g) {
  MATCH (s:Service {status: 'active'})
  WHERE g IS NULL
     OR (NOT EXISTS { (s)-[:FOR]->(c:Circumstance) WHERE c.group = g.group AND c.id <> g.id }
         AND (g.id <> 'young-people'
              OR (coalesce(s.minimumAge, 0) <= 25 AND coalesce(s.maximumAge, 200) >= 16)))
  WITH s,
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
  WITH DISTINCT needId, areaCode
  WITH needId, collect(areaCode) AS covered
  RETURN collect({needId: needId, covered: covered}) AS provision
}
MATCH (n:Need)
WHERE $narrower OR NOT (n)-[:BROADER]->(:Need)
OPTIONAL MATCH (n)-[:BROADER]->(broader:Need)
WITH groupIndex, groupId, g, n, broader,
     coalesce([p IN provision WHERE p.needId = n.id][0].covered, []) AS covered
MATCH (a:Area)
WHERE NOT a.code IN covered
RETURN groupIndex, groupId, n.id AS needId, n.name AS needName, broader.id AS broaderId,
       a.code AS areaCode, a.name AS areaName,
       COLLECT {
         MATCH (a)<-[:COVERS]-(s:Service)-[:MEETS]->(m:Need)
         WHERE m = n OR (m)-[:BROADER]->(n)
         WITH DISTINCT s
         WITH s, COLLECT { MATCH (s)-[:FOR]->(c:Circumstance) WHERE c.group = g.group
                            RETURN c.name ORDER BY c.name } AS onlyFor
         RETURN {serviceId: s.id, serviceName: s.name,
                 why: CASE
                   WHEN s.status <> 'active' THEN s.status
                   WHEN g IS NOT NULL AND g.id = 'young-people'
                        AND NOT (coalesce(s.minimumAge, 0) <= 25 AND coalesce(s.maximumAge, 200) >= 16)
                     THEN 'ages ' + coalesce(toString(s.minimumAge), '') + '–' + coalesce(toString(s.maximumAge), '')
                   ELSE reduce(text = '', name IN onlyFor |
                          text + CASE WHEN text = '' THEN '' ELSE ', ' END + name) + ' only'
                 END}
         ORDER BY s.name
       } AS instead
ORDER BY groupIndex, coalesce(broader.name, n.name), broader IS NOT NULL, n.name, a.name
