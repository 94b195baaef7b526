// Coverage cell: the services counted in one cell of the coverage matrix (coverage_matrix.cypher),
// by the same rule: ACTIVE services covering the council area that meet the need or a narrower
// one and are open to the group (not restricted to a different circumstance of the group's own
// kind; for young-people, age limits overlapping 16–25).
//
// Parameters:
//   $group      null for everyone, or a circumstance id such as 'women', 'remand', 'young-people'
//   $needId     a need id, e.g. 'housing' or 'housing.supported-accommodation'
//   $areaCode   a council area's GSS code, e.g. 'S12000047' (Fife)
//
// Run by hand:
//   :param group => 'women'
//   :param needId => 'housing'
//   :param areaCode => 'S12000047'
//
// Returns: serviceId, serviceName, agencyName, onlyFor (circumstance names), ordered by name

OPTIONAL MATCH (g:Circumstance {id: $group})
MATCH (agency:Agency)-[:PROVIDES]->(s:Service {status: 'active'})-[:COVERS]->(:Area {code: $areaCode})
WHERE EXISTS { (s)-[:MEETS]->(m:Need) WHERE m.id = $needId OR (m)-[:BROADER]->(:Need {id: $needId}) }
  AND (g IS NULL
       OR (NOT EXISTS { (s)-[:FOR]->(c:Circumstance) WHERE c.group = g.group AND c.id <> g.id }
           AND (g.id <> 'young-people'
                OR (coalesce(s.minimumAge, 0) <= 25 AND coalesce(s.maximumAge, 200) >= 16))))
RETURN s.id AS serviceId, s.name AS serviceName, agency.name AS agencyName,
       COLLECT { MATCH (s)-[:FOR]->(c:Circumstance) RETURN c.name ORDER BY c.name } AS onlyFor
ORDER BY serviceName, serviceId
