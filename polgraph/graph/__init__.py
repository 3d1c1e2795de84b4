"""Graph stores, the shared schema, projection and drawing."""

BATCH_ARTICLES = 2000
"""Articles per transaction: big enough that a write is mostly column COPYs and few round trips, small enough
that an interrupted run loses little and a transaction fits in a default Neo4j's memory."""
