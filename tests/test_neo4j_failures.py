"""Neo4j going away mid-run (a fake driver: no server needed) gives a clear error and writes nothing."""
from __future__ import annotations

import pytest
from neo4j.exceptions import ServiceUnavailable

from polgraph.graph.model import GraphBatch
from polgraph.graph.neo4j_store import Neo4jStore
from polgraph.graph.store import StoreError


class GoneSession:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def execute_write(self, work):
        raise ServiceUnavailable("connection reset by peer")


class GoneDriver:
    def session(self, **kwargs):
        return GoneSession()


def test_server_gone_mid_batch_names_the_uri_and_writes_nothing():
    store = Neo4jStore.__new__(Neo4jStore)
    store.uri, store.database, store.driver = "neo4j://db.example:7687", None, GoneDriver()
    batch = GraphBatch()
    batch.node("Person", {"key": "ann lee", "name": "Ann Lee", "aliases": []})
    with pytest.raises(StoreError, match=r"neo4j://db.example:7687: connection lost .* nothing of this batch"):
        store.write(batch)


def test_missing_uri_is_a_clear_error(monkeypatch):
    monkeypatch.delenv("NEO4J_URI", raising=False)
    with pytest.raises(StoreError, match="NEO4J_URI"):
        Neo4jStore.from_env()
