"""Graph stores, the shared schema, projection and drawing."""

BATCH_ARTICLES = {"embedded": 10_000, "neo4j": 2_000}
"""Articles per transaction, per store. The embedded store rewrites part of its columns at every commit, so
fewer, larger commits are much faster; Neo4j's cost is per row, and its transactions must fit in a default
server's memory."""
FLUSH_SECONDS = 30.0
"""A batch is also written once its first article has waited this long (extraction is slower than writing),
so an interrupted run loses little."""
