// name: person-roles
// description: Roles of one person over time, with the party and the article that states each.
// param: name (string) - name or alias of the person, e.g. "Keir Starmer"
// example: polgraph query person-roles --param name="Keir Starmer"
MATCH (:Name {key: $name})-[:NAMES]->(p:Person)-[h:HOLDS]->(r:Role)
RETURN p.name AS person, r.name AS role, h.party AS party, h.as_of AS as_of, h.article AS article
ORDER BY as_of, role, article
