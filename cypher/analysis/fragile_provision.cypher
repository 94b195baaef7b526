// Fragile provision: where a need is met only on paper.
//
// Two kinds of row (column `kind`):
//
//   'area'   — need N in council area A, where every service that would count for the group
//              (it covers A, meets N or a narrower need of N, is open to the group, and is active
//              or temporarily closed) is FULL (capacity 'full'), TEMPORARILY CLOSED, or STALE (last
//              verified more than 12 months before $today), and there is at least one such
//              service. One closure, one full waiting list or one out-of-date entry away from a
//              gap. Inactive and defunct services are not provision at all (see unmet_need.cypher).
//   'prison' — a prison whose release area lacks a need: no active service open to the people
//              it holds meets N in the council area the prison stands in. Kept simple: the
//              prison's own council area stands for its main release areas (there is no release
//              data in the graph); the people it holds are read from Prison.holds (women only →
//              women, men only → men, mixed → everyone).
//
// "Open to the group" is the rule of coverage_matrix.cypher ($group null = everyone; a
// circumstance id leaves out services restricted to a different circumstance of its own group,
// and young-people also services whose ages miss 16–25).
//
// Order: no population data, so by kind, need (broad need, then its narrower needs), then area
// or prison name.
//
// Parameters:
//   $group      null (everyone) or a circumstance id, for the 'area' rows
//   $today      the date freshness is measured from (stale = lastVerified < $today - 12 months)
//   $narrower   false: the 14 top-level needs only; true: also every narrower need
//
// Run by hand:
//   :param group => null
//   :param today => date('2026-11-23')
//   :param narrower => true
//
// Returns: kind, prisonId, prisonName, groupId, needId, needName, broaderId, areaCode,
//          areaName, services (list of {serviceId, serviceName, status, capacity, lastVerified,
//          full, closed, stale})

CALL () {
  OPTIONAL MATCH (g:Circumstance {id: $group})
  MATCH (n:Need)
  WHERE $narrower OR NOT (n)-[:BROADER]->(:Need)
  MATCH (a:Area)
  CALL (g, n, a) {
    MATCH (a)<-[:COVERS]-(s:Service)-[:MEETS]->(m:Need)
    WHERE (m = n OR (m)-[:BROADER]->(n))
      AND s.status IN ['active', 'temporarily closed']
      AND (g IS NULL
        OR (NOT EXISTS { (s)-[:FOR]->(c:Circumstance) WHERE c.group = g.group AND c.id <> g.id }
            AND (g.id <> 'young-people'
                 OR (coalesce(s.minimumAge, 0) <= 25 AND coalesce(s.maximumAge, 200) >= 16))))
    WITH DISTINCT s
    WITH s, coalesce(s.capacity = 'full', false) AS full, s.status = 'temporarily closed' AS closed,
         (s.lastVerified IS NULL OR s.lastVerified < $today - duration('P12M')) AS stale
    ORDER BY s.name
    RETURN collect({serviceId: s.id, serviceName: s.name, status: s.status,
                    capacity: s.capacity, lastVerified: s.lastVerified,
                    full: full, closed: closed, stale: stale}) AS services,
           all(x IN collect(full OR closed OR stale) WHERE x) AS allFragile
  }
  WITH g, n, a, services WHERE size(services) > 0 AND allFragile
  OPTIONAL MATCH (n)-[:BROADER]->(broader:Need)
  RETURN 'area' AS kind, null AS prisonId, null AS prisonName, g.id AS groupId, n, broader,
         a, services
  UNION ALL
  MATCH (p:Prison)-[:IN]->(a:Area)
  WITH p, a,
       CASE
         WHEN p.holds STARTS WITH 'women' THEN 'women'
         WHEN p.holds STARTS WITH 'men' AND NOT p.holds CONTAINS 'women' THEN 'men'
       END AS groupId
  OPTIONAL MATCH (g:Circumstance {id: groupId})
  MATCH (n:Need)
  WHERE ($narrower OR NOT (n)-[:BROADER]->(:Need))
    AND NOT EXISTS {
      MATCH (a)<-[:COVERS]-(s:Service {status: 'active'})-[:MEETS]->(m:Need)
      WHERE (m = n OR (m)-[:BROADER]->(n))
        AND (g IS NULL
          OR NOT EXISTS { (s)-[:FOR]->(c:Circumstance) WHERE c.group = g.group AND c.id <> g.id })
    }
  OPTIONAL MATCH (n)-[:BROADER]->(broader:Need)
  RETURN 'prison' AS kind, p.id AS prisonId, p.name AS prisonName, g.id AS groupId, n, broader,
         a, [] AS services
}
RETURN kind, prisonId, prisonName, groupId, n.id AS needId, n.name AS needName,
       broader.id AS broaderId, a.code AS areaCode, a.name AS areaName, services
ORDER BY kind, coalesce(broader.name, n.name), broader IS NOT NULL, n.name,
         coalesce(prisonName, a.name), a.name
