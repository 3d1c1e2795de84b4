// name: party-members
// description: Members of a party, with the roles the articles give them.
// param: party (string) - official name or alias of the party, e.g. "Labour Party"
// param: limit (int) = 100 - most rows returned
// example: polgraph query party-members --param party="Labour Party"
MATCH (:Name {key: $party})-[:NAMES]->(pa:Party)<-[:MEMBER_OF]-(p:Person)
WITH DISTINCT pa, p ORDER BY p.name, pa.country LIMIT $limit
OPTIONAL MATCH (p)-[:HOLDS]->(r:Role)
RETURN p.name AS person, pa.name AS party, pa.country AS country, collect(DISTINCT r.name) AS roles
ORDER BY person, country
