// name: statements-about
// description: Who said what about a person, party or organisation (by name or alias).
// param: name (string) - name or alias of the target, e.g. "Keir Starmer"
// param: limit (int) = 100 - most rows returned
// example: polgraph query statements-about --param name="Keir Starmer"
MATCH (sp)-[:SAID]->(s:Statement)-[:ABOUT]->(target)
WHERE target.name = $name OR $name IN target.aliases
RETURN sp.name AS speaker, s.type AS type, s.text AS statement, target.name AS about,
       s.article AS article, s.published AS published
ORDER BY speaker, statement
LIMIT $limit
