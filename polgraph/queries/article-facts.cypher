// name: article-facts
// description: Every statement and policy extracted from one article, with its provenance.
// param: article (string) - the article id, e.g. "seed-01"
// example: polgraph query article-facts --param article=seed-01
MATCH (x)-[:REPORTED_IN]->(a:Article {key: $article})
OPTIONAL MATCH (sp)-[:SAID]->(x)
RETURN x.kind AS fact, coalesce(sp.name, x.party) AS by, x.name AS text,
       x.start_offset AS start, x.end_offset AS end_offset, x.confidence AS confidence, x.extractor AS extractor
ORDER BY x.start_offset, text
