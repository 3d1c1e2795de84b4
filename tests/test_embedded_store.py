"""The embedded store on the dev articles: idempotent ingest, canned queries, read-only safety."""
from __future__ import annotations

import pytest
from click.testing import CliRunner
from conftest import needs_dev

from polgraph.cli import main
from polgraph.facts import Article, ArticleFacts, Entity
from polgraph.graph.embedded import EmbeddedStore
from polgraph.graph.ingest import ingest
from polgraph.graph.store import StoreError
from polgraph.queries import canned_queries

pytestmark = needs_dev


@pytest.fixture()
def store(dev_store) -> EmbeddedStore:
    return dev_store


def run(store: EmbeddedStore, query_name: str, **params: str) -> list[dict]:
    canned = canned_queries()[query_name]
    return store.query(canned.text, canned.bind(params))


def test_ingesting_twice_changes_no_count(store, dev_facts):
    before = store.counts()
    ingest(store, dev_facts)
    assert store.counts() == before
    assert before["Article"] == 10 and before["Statement"] > 50


def test_who_spoke_about_starmer_in_the_seed_article(store):
    speakers = {r["speaker"] for r in run(store, "statements-about", name="Keir Starmer") if r["article"] == "seed-01"}
    assert {"James Cleverly", "Michael Gove"} <= speakers


def test_statements_by_a_speaker(store):
    rows = run(store, "statements-by", name="Rachel Reeves")
    assert any("windfall tax" in r["statement"] for r in rows)


def test_members_of_labour_with_roles(store):
    rows = {r["person"]: r["roles"] for r in run(store, "party-members", party="Labour Party")}
    assert "shadow foreign secretary" in rows["David Lammy"]
    assert "Angela Rayner" in rows


def test_roles_of_a_person_over_articles(store):
    rows = run(store, "person-roles", name="Keir Starmer")
    assert {r["article"] for r in rows if r["role"] == "leader"} >= {"seed-01", "uk2-05"}


def test_party_relations(store):
    pairs = {(r["from_party"], r["to_party"]) for r in run(store, "party-relations")}
    assert ("Labour Party", "Conservative Party") in pairs


def test_policies_of_a_party_and_by_keyword(store):
    assert any("Border Security Command" in r["policy"] for r in run(store, "party-policies", party="Labour Party"))
    assert any(r["party"] == "Labour Party" for r in run(store, "policies-matching", keyword="Income Tax"))


def test_most_quoted_and_co_mentioned(store):
    top = [r["person"] for r in run(store, "most-quoted", limit="5")]
    assert "Rachel Reeves" in top
    assert "Jonathan Ashworth" in {r["person"] for r in run(store, "co-mentioned", name="Rishi Sunak")}


def test_article_facts_carry_provenance(store):
    rows = run(store, "article-facts", article="uk2-01")
    assert rows and all(r["extractor"] for r in rows if r["fact"] == "Statement")


def test_parameters_are_never_spliced_into_cypher(store):
    before = store.counts()
    evil = "x' OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //"
    assert run(store, "statements-about", name=evil) == []
    assert store.counts() == before


def test_adhoc_cypher_is_read_only_unless_asked(store):
    with pytest.raises(StoreError, match="--write"):
        store.query("MATCH (n:Person) DETACH DELETE n")


def test_same_surname_articles_share_one_person(tmp_path):
    db = EmbeddedStore(tmp_path / "g.db")
    a1 = ArticleFacts(Article("a1", "x"), persons=[Entity("Keir Starmer", "person", ["Sir Keir Starmer"])])
    a2 = ArticleFacts(Article("a2", "y"), persons=[Entity("Starmer", "person", [])])
    ingest(db, [a1])
    ingest(db, [a2])
    rows = db.query("MATCH (p:Person) RETURN p.name AS name, p.aliases AS aliases")
    db.close()
    assert len(rows) == 1 and {"Sir Keir Starmer", "Starmer"} <= set(rows[0]["aliases"])


def test_cli_stats_json(tmp_path):
    runner = CliRunner()
    db = str(tmp_path / "cli.db")
    EmbeddedStore(db).close()
    result = runner.invoke(main, ["stats", "--db", db, "--format", "json"])
    assert result.exit_code == 0 and '"Person": 0' in result.output


def test_cypher_injection_through_cli_param_changes_nothing(tmp_path, dev_facts):
    db = str(tmp_path / "inj.db")
    store = EmbeddedStore(db)
    ingest(store, dev_facts[:2])
    before = store.counts()
    store.close()
    runner = CliRunner()
    evil = "x\"}) DETACH DELETE n // ' OR 1=1"
    result = runner.invoke(main, ["query", "statements-about", "--param", f"name={evil}", "--db", db,
                                  "--format", "json"])
    assert result.exit_code == 0 and result.output.strip() == "[]"
    refused = runner.invoke(main, ["cypher", "MATCH (n) DETACH DELETE n", "--db", db])
    assert refused.exit_code == 1 and "--write" in refused.output
    store = EmbeddedStore(db, read_only=True)
    assert store.counts() == before
    store.close()
