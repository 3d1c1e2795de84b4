"""Neo4j (the tests' private server from scripts/neo4j-local) and the embedded store must hold the same graph."""
from __future__ import annotations

import pytest

from polgraph.graph.ingest import ingest
from polgraph.graph.neo4j_store import Neo4jStore
from polgraph.graph.store import StoreError
from polgraph.queries import canned_queries

pytestmark = pytest.mark.neo4j

PARAMS = {"statements-about": {"name": "Keir Starmer"}, "statements-by": {"name": "David Lammy"},
          "party-members": {"party": "Labour Party"}, "person-roles": {"name": "Keir Starmer"},
          "party-relations": {}, "party-policies": {"party": "Labour Party"},
          "policies-matching": {"keyword": "tax"}, "most-quoted": {"limit": "10"},
          "co-mentioned": {"name": "Rishi Sunak"}, "article-facts": {"article": "uk-23"}}


@pytest.fixture(scope="module")
def neo4j_store(neo4j_server, dev_facts):
    neo4j_server.wipe()
    store = neo4j_server.store()
    ingest(store, dev_facts)
    yield store
    store.close()


@pytest.fixture()
def embedded_store(dev_store):
    return dev_store


def canonical(rows: list[dict]) -> list[tuple]:
    def cell(v):
        if isinstance(v, list):
            return tuple(sorted(map(str, v)))
        if isinstance(v, float):
            return round(v, 6)
        return v
    return sorted((tuple((k, cell(v)) for k, v in sorted(r.items())) for r in rows), key=repr)


def test_both_stores_hold_the_same_counts(neo4j_store, embedded_store):
    assert neo4j_store.counts() == embedded_store.counts()


@pytest.mark.parametrize("name", sorted(PARAMS))
def test_every_canned_query_answers_the_same_on_both_stores(name, neo4j_store, embedded_store):
    canned = canned_queries()[name]
    params = canned.bind(PARAMS[name])
    assert canonical(neo4j_store.query(canned.text, params)) == canonical(embedded_store.query(canned.text, params))


def test_every_canned_query_has_agreement_params():
    assert set(PARAMS) == set(canned_queries())


def test_reingest_into_neo4j_changes_nothing(neo4j_store, dev_facts):
    before = neo4j_store.counts()
    ingest(neo4j_store, dev_facts)
    assert neo4j_store.counts() == before


def test_read_access_mode_refuses_writes(neo4j_store):
    with pytest.raises(StoreError, match="--write"):
        neo4j_store.query("CREATE (:Person {key: 'intruder'})")


def test_wrong_password_names_the_uri_never_the_password(neo4j_server):
    uri = neo4j_server.uri
    with pytest.raises(StoreError) as err:
        Neo4jStore(uri, "neo4j", "not-the-password-42")
    assert uri in str(err.value) and "not-the-password-42" not in str(err.value)


def test_unreachable_server_is_a_clear_error():
    with pytest.raises(StoreError, match="bolt://127.0.0.1:1: cannot connect"):
        Neo4jStore("bolt://127.0.0.1:1", "neo4j", "x")
