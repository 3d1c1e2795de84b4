// name: attacks-on
// description: Who attacked a person, party or organisation (by name or alias), with the statements; newest first.
// param: name (string) - name or alias of the target, e.g. "Keir Starmer"
// param: limit (int) = 100 - most rows returned
// example: polgraph query attacks-on --param name="Keir Starmer"
MATCH (:Name {key: $name})-[:NAMES]->(target)<-[ab:ABOUT]-(s:Statement)
WHERE ab.stance = 'negative'
WITH target, ab, s ORDER BY ab.rank DESC LIMIT $limit
OPTIONAL MATCH (sp)-[:SAID]->(s)
RETURN sp.name AS attacker, target.name AS target, s.text AS statement, s.article AS article,
       s.published AS published
ORDER BY ab.rank DESC, target.name, attacker, statement
