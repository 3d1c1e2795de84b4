// name: most-quoted
// description: The people quoted most often, directly or in reported speech.
// param: limit (int) = 20 - how many people
// example: polgraph query most-quoted --param limit=10
MATCH (p:Person)
WHERE p.said > 0
RETURN p.name AS person, p.said AS statements, p.said_articles AS articles
ORDER BY statements DESC, person
LIMIT $limit
