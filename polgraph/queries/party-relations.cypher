// name: party-relations
// description: How parties talk about each other: statements by party A or its members about party B or its members (one per statement and target), by stance; net = positive - negative. Parties are told apart by country.
// param: min (int) = 1 - least number of statements for a pair to be listed
// example: polgraph query party-relations
MATCH (a:Party)-[r:PARTY_STANCE]->(b:Party)
WHERE r.statements >= $min
RETURN a.name AS from_party, a.country AS from_country, b.name AS to_party, b.country AS to_country,
       r.statements AS statements, r.negative AS negative, r.positive AS positive, r.neutral AS neutral,
       r.positive - r.negative AS net
ORDER BY statements DESC, from_party, from_country, to_party, to_country
