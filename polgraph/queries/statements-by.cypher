// name: statements-by
// description: Everything one speaker (person or party) said, with what it was about; newest first.
// param: name (string) - name or alias of the speaker, e.g. "David Lammy"
// param: limit (int) = 100 - most rows returned
// example: polgraph query statements-by --param name="David Lammy"
MATCH (:Name {key: $name})-[:NAMES]->(sp)-[said:SAID]->(s:Statement)
WITH sp, said, s ORDER BY said.rank DESC LIMIT $limit
OPTIONAL MATCH (s)-[:ABOUT]->(target)
WITH sp, said, s, collect(DISTINCT target.name) AS about
RETURN sp.name AS speaker, s.type AS type, s.text AS statement, about, s.article AS article,
       s.published AS published
ORDER BY said.rank DESC, speaker, statement
