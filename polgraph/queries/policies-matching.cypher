// name: policies-matching
// description: Who proposes policies whose text contains a keyword (case-insensitive).
// param: keyword (string, lowercase) - a word or phrase, e.g. "tax"
// param: limit (int) = 100 - most rows returned
// example: polgraph query policies-matching --param keyword=tax
MATCH (pol:Policy)
WHERE pol.text_lc CONTAINS $keyword
MATCH (pa:Party)-[pr:PROPOSES]->(pol)
RETURN pa.name AS party, pol.name AS policy, pr.proposer AS proposer, pr.article AS article
ORDER BY party, policy, article
LIMIT $limit
