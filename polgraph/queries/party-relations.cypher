// name: party-relations
// description: How parties talk about each other: statements by members of party A about party B or its members.
// param: min (int) = 1 - least number of statements for a pair to be listed
// example: polgraph query party-relations
MATCH (a:Party)<-[:MEMBER_OF]-(:Person)-[:SAID]->(s:Statement)-[:ABOUT]->(t)
OPTIONAL MATCH (t)-[:MEMBER_OF]->(tp:Party)
WITH a, s, CASE WHEN t.kind = 'Party' THEN t.name ELSE tp.name END AS target
WHERE target IS NOT NULL AND target <> a.name
WITH a.name AS from_party, target AS to_party, count(DISTINCT s.key) AS statements
WHERE statements >= $min
RETURN from_party, to_party, statements
ORDER BY statements DESC, from_party, to_party
