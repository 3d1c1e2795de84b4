// name: statements-about
// description: Who said what about a person, party or organisation (by name or alias), with the stance; newest first.
// param: name (string) - name or alias of the target, e.g. "Keir Starmer"
// param: limit (int) = 100 - most rows returned
// example: polgraph query statements-about --param name="Keir Starmer"
MATCH (:Name {key: $name})-[:NAMES]->(target)<-[ab:ABOUT]-(s:Statement)
WITH target, ab, s ORDER BY ab.rank DESC LIMIT $limit
OPTIONAL MATCH (sp)-[:SAID]->(s)
RETURN sp.name AS speaker, s.type AS type, s.text AS statement, target.name AS about, ab.stance AS stance,
       s.article AS article, s.published AS published
ORDER BY ab.rank DESC, about, speaker, statement
