// name: party-members
// description: Members of a party, with the roles the articles give them.
// param: party (string) - official name or alias of the party, e.g. "Labour Party"
// example: polgraph query party-members --param party="Labour Party"
MATCH (p:Person)-[:MEMBER_OF]->(pa:Party)
WHERE pa.name = $party OR $party IN pa.aliases
OPTIONAL MATCH (p)-[:HOLDS]->(r:Role)
RETURN p.name AS person, pa.name AS party, collect(DISTINCT r.name) AS roles
ORDER BY person
