"""Neo4j (the tests' private server from scripts/neo4j-local) and the embedded store must hold the same graph."""

from __future__ import annotations

import pytest
from stance_facts import PARTY_RELATIONS, stance_articles

from polgraph.graph import aggregates
from polgraph.graph.embedded import EmbeddedStore
from polgraph.graph.ingest import ingest
from polgraph.graph.neo4j_store import Neo4jStore
from polgraph.graph.store import StoreError
from polgraph.queries import canned_queries

pytestmark = pytest.mark.neo4j

PARAMS = {
    "statements-about": {"name": "Orla Penhale"},
    "statements-by": {"name": "Orla Penhale"},
    "party-members": {"party": "Labour Party"},
    "person-roles": {"name": "Penhale"},
    "party-relations": {},
    "party-policies": {"party": "Labour"},
    "policies-matching": {"keyword": "rent"},
    "most-quoted": {"limit": "10"},
    "co-mentioned": {"name": "Silas Crane"},
    "article-facts": {"article": "uk-a"},
    "attacks-on": {"name": "Labour Party"},
    "support-for": {"name": "Orla Penhale"},
    "rivals": {},
}


@pytest.fixture(scope="module")
def neo4j_store(neo4j_server):
    neo4j_server.wipe()
    store = neo4j_server.store()
    ingest(store, stance_articles()[:3])
    ingest(store, stance_articles(), batch_articles=1)
    yield store
    store.close()


@pytest.fixture(scope="module")
def embedded_store(tmp_path_factory):
    store = EmbeddedStore(tmp_path_factory.mktemp("agree") / "g.db")
    ingest(store, stance_articles())
    yield store
    store.close()


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


def test_reingest_into_neo4j_changes_nothing(neo4j_store):
    before = neo4j_store.counts(), held(neo4j_store)
    assert ingest(neo4j_store, stance_articles()).unchanged == 5
    assert (neo4j_store.counts(), held(neo4j_store)) == before


def test_stance_and_party_keys_on_neo4j(neo4j_store):
    rows = neo4j_store.query(canned_queries()["party-relations"].text, {"min": 1})
    assert {
        (r["from_party"], r["from_country"], r["to_party"], r["to_country"]): (
            r["statements"],
            r["negative"],
            r["positive"],
            r["neutral"],
            r["net"],
        )
        for r in rows
    } == PARTY_RELATIONS


def test_neo4j_aggregates_equal_those_the_facts_give(neo4j_store, embedded_store):
    def read(cypher, params):
        return neo4j_store.query(cypher, params)

    derived = aggregates.recompute(read)
    assert held(neo4j_store) == (derived.spoke, derived.parties, derived.people) == held(embedded_store)


def held(store) -> tuple:
    plan = aggregates.stored(lambda cypher, params: store.query(cypher, params))
    return plan.spoke, plan.parties, plan.people


def test_people_and_digests_read_page_by_page_match_the_embedded_store(neo4j_store, embedded_store, monkeypatch):
    from polgraph.graph import neo4j_store as module

    monkeypatch.setattr(module, "PAGE", 2)  # several pages, each a single record
    assert canonical(neo4j_store.people()) == canonical(embedded_store.people())
    assert neo4j_store.article_digests() == embedded_store.article_digests()
    assert len(neo4j_store.article_digests()) == 5


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


def test_a_graph_from_before_the_name_index_is_brought_up_to_date(neo4j_server):
    neo4j_server.wipe()
    store = neo4j_server.store()
    ingest(store, stance_articles())
    expected = store.query(canned_queries()["party-relations"].text, {"min": 1})
    store.query("MATCH (n:Name) DETACH DELETE n", write=True)
    store.query("MATCH ()-[e:SPOKE_ABOUT|PARTY_STANCE]->() DELETE e", write=True)
    store.query("MATCH ()-[e:SAID|ABOUT]->() REMOVE e.rank", write=True)
    store.close()
    store = neo4j_server.store()
    try:
        assert store.query(canned_queries()["party-relations"].text, {"min": 1}) == expected
        assert store.query(canned_queries()["statements-about"].text, {"name": "Penhale", "limit": 100})
        assert store.query("MATCH ()-[e:SAID|ABOUT]->() WHERE e.rank IS NULL RETURN count(e) AS n") == [{"n": 0}]
    finally:
        store.close()
        neo4j_server.wipe()


def test_a_stored_person_is_written_again_only_when_an_article_adds_a_name(neo4j_server):
    from polgraph.facts import Article, ArticleFacts, Entity

    neo4j_server.wipe()
    store = neo4j_server.store()
    first = ArticleFacts(Article("n1", "x"), persons=[Entity("Hollis Brandt", "person", ["Mr Hollis Brandt"])])
    same = ArticleFacts(Article("n2", "y"), persons=[Entity("Hollis Brandt", "person", [])])
    more = ArticleFacts(Article("n3", "z"), persons=[Entity("Brandt", "person", ["H. Brandt"])])
    try:
        for article in (first, same, more):
            ingest(store, [article])
        (person,) = store.people()
        assert {"Hollis Brandt", "Mr Hollis Brandt", "Brandt", "H. Brandt"} <= set(person["aliases"])
        names = store.query("MATCH (n:Name)-[:NAMES]->(p:Person) RETURN collect(n.key) AS names")[0]["names"]
        assert "H. Brandt" in names
    finally:
        store.close()
        neo4j_server.wipe()
