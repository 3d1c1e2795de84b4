// name: rivals
// description: The most hostile pairs of people: who attacked whom most often, with the support between them.
// param: limit (int) = 20 - how many pairs
// example: polgraph query rivals --param limit=10
MATCH (a:Person)-[e:SPOKE_ABOUT]->(b:Person)
WHERE e.negative > 0 AND a.key <> b.key
RETURN a.name AS attacker, b.name AS target, e.negative AS attacks, e.positive AS support,
       e.statements AS statements
ORDER BY attacks DESC, attacker, target
LIMIT $limit
