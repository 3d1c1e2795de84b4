// name: statements-by
// description: Everything one speaker (person or party) said, with what it was about.
// param: name (string) - name or alias of the speaker, e.g. "David Lammy"
// param: limit (int) = 100 - most rows returned
// example: polgraph query statements-by --param name="David Lammy"
MATCH (:Name {key: $name})-[:NAMES]->(sp)-[:SAID]->(s:Statement)
WITH sp, s ORDER BY s.article, s.text, s.key LIMIT $limit
OPTIONAL MATCH (s)-[:ABOUT]->(target)
RETURN sp.name AS speaker, s.type AS type, s.text AS statement,
       collect(DISTINCT target.name) AS about, s.article AS article
ORDER BY article, statement
