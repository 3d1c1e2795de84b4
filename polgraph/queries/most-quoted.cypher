// name: most-quoted
// description: The people quoted most often, directly or in reported speech.
// param: limit (int) = 20 - how many people
// example: polgraph query most-quoted --param limit=10
MATCH (p:Person)-[:SAID]->(s:Statement)
RETURN p.name AS person, count(s) AS statements, count(DISTINCT s.article) AS articles
ORDER BY statements DESC, person
LIMIT $limit
