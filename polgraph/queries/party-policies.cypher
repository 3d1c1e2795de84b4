// name: party-policies
// description: Policies a party proposes, with who put each forward and where.
// param: party (string) - official name or alias of the party, e.g. "Labour Party"
// param: limit (int) = 100 - most rows returned
// example: polgraph query party-policies --param party="Labour Party"
MATCH (:Name {key: $party})-[:NAMES]->(pa:Party)-[pr:PROPOSES]->(pol:Policy)
RETURN pa.name AS party, pa.country AS country, pol.name AS policy, pr.proposer AS proposer, pr.article AS article
ORDER BY policy, article, country
LIMIT $limit
