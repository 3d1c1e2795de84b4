// name: co-mentioned
// description: People named in the same articles as a given person, by number of shared articles.
// param: name (string) - name or alias of the person, e.g. "Rishi Sunak"
// param: limit (int) = 20 - how many people
// example: polgraph query co-mentioned --param name="Rishi Sunak"
MATCH (:Name {key: $name})-[:NAMES]->(p:Person)-[:MENTIONED_IN]->(a)<-[:MENTIONED_IN]-(other:Person)
WHERE other <> p
WITH other, count(DISTINCT a) AS shared_articles
RETURN other.name AS person, shared_articles
ORDER BY shared_articles DESC, person
LIMIT $limit
