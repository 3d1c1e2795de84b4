"""The embedded store on hand-made facts: stance, canned queries, maintained aggregates, idempotence, safety."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from stance_facts import PARTY_RELATIONS, stance_articles

from polgraph.cli import main
from polgraph.facts import Article, ArticleFacts, Entity, Statement
from polgraph.graph import aggregates
from polgraph.graph.embedded import EmbeddedStore
from polgraph.graph.ingest import ingest
from polgraph.graph.model import EntityResolver, facts_to_batch
from polgraph.graph.store import StoreError
from polgraph.queries import canned_queries


@pytest.fixture()
def store(tmp_path) -> EmbeddedStore:
    db = EmbeddedStore(tmp_path / "g.db")
    ingest(db, stance_articles())
    yield db
    db.close()


def run(store, query_name: str, **params: str) -> list[dict]:
    canned = canned_queries()[query_name]
    return store.query(canned.text, canned.bind(params))


def relations(store) -> dict[tuple, tuple]:
    return {
        (r["from_party"], r["from_country"], r["to_party"], r["to_country"]): (
            r["statements"],
            r["negative"],
            r["positive"],
            r["neutral"],
            r["net"],
        )
        for r in run(store, "party-relations")
    }


def test_party_relations_count_stances_per_party_key(store):
    assert relations(store) == PARTY_RELATIONS


def test_party_relations_lists_the_most_talked_about_pair_first(store):
    first = run(store, "party-relations")[0]
    assert (first["from_party"], first["to_party"], first["net"]) == ("Conservative Party", "Labour Party", -3)


def test_statements_about_show_the_stance_toward_the_target(store):
    rows = run(store, "statements-about", name="Orla Penhale")
    assert {(r["speaker"], r["stance"]) for r in rows} == {
        ("Rufus Dunmore", "negative"),
        ("Pim Oosterlaan", "positive"),
    }


def test_an_alias_finds_the_same_target(store):
    assert run(store, "statements-about", name="Penhale") == run(store, "statements-about", name="Orla Penhale")


def test_attacks_on_and_support_for_a_person(store):
    assert [(r["attacker"], r["statement"]) for r in run(store, "attacks-on", name="Orla Penhale")] == [
        ("Rufus Dunmore", "Her sums do not add up.")
    ]
    assert [r["supporter"] for r in run(store, "support-for", name="Orla Penhale")] == ["Pim Oosterlaan"]


def test_attacks_on_a_party_include_those_by_another_party(store):
    rows = run(store, "attacks-on", name="Labour Party")
    assert [(r["attacker"], r["target"]) for r in rows] == [("Conservative Party", "Labour Party")]


def test_rivals_are_the_most_hostile_pairs_of_people(store):
    rows = run(store, "rivals")
    assert [(r["attacker"], r["target"], r["attacks"]) for r in rows] == [
        ("Rufus Dunmore", "Orla Penhale", 1),
        ("Rufus Dunmore", "Silas Crane", 1),
    ]


def test_statements_by_a_speaker_with_their_targets(store):
    rows = run(store, "statements-by", name="Orla Penhale")
    assert {r["statement"]: r["about"] for r in rows} == {
        "Tamsin has been brilliant on housing.": ["Tamsin Vey"],
        "The Tories have run out of road.": ["Conservative Party"],
    }


def test_members_roles_and_policies_of_a_party(store):
    members = run(store, "party-members", party="Labour Party")
    assert {(r["person"], r["country"]) for r in members} >= {
        ("Orla Penhale", "GB"),
        ("Silas Crane", "GB"),
        ("Brid Keogh", "IE"),
        ("Pim Oosterlaan", "NL"),
    }
    assert run(store, "person-roles", name="Orla Penhale")[0]["role"] == "shadow chancellor"
    assert [r["policy"] for r in run(store, "party-policies", party="Labour Party")] == ["a rent freeze for two years"]
    assert [r["proposer"] for r in run(store, "policies-matching", keyword="Rent")] == ["Tamsin Vey"]


def test_most_quoted_and_co_mentioned(store):
    assert [(r["person"], r["statements"], r["articles"]) for r in run(store, "most-quoted", limit="2")] == [
        ("Orla Penhale", 2, 1),
        ("Rufus Dunmore", 2, 2),
    ]
    assert [r["person"] for r in run(store, "co-mentioned", name="Silas Crane")] == ["Rufus Dunmore", "Tamsin Vey"]


def test_article_facts_carry_provenance(store):
    rows = run(store, "article-facts", article="uk-a")
    assert len(rows) == 4 and all(r["extractor"] for r in rows)


def test_ingesting_again_changes_nothing_and_skips_unchanged_articles(store):
    before = (store.counts(), relations(store), aggregates.stored(store._rows))
    summary = ingest(store, stance_articles())
    assert summary.unchanged == 5
    assert (store.counts(), relations(store), aggregates.stored(store._rows)) == before


@pytest.mark.parametrize("order", ["forward", "backward", "one batch", "twice, one at a time"])
def test_maintained_aggregates_equal_those_the_facts_give(tmp_path, order):
    articles = stance_articles()
    db = EmbeddedStore(tmp_path / "g.db")
    if order == "forward":
        ingest(db, articles, batch_articles=2)
    elif order == "backward":
        ingest(db, articles[::-1], batch_articles=1)
    elif order == "one batch":
        ingest(db, articles)
    else:
        for article in articles + articles:
            ingest(db, [article])
    held, derived = aggregates.stored(db._rows), aggregates.recompute(db._rows)
    assert (held.spoke, held.parties, held.people) == (derived.spoke, derived.parties, derived.people)
    assert relations(db) == PARTY_RELATIONS
    db.close()


class CountingStore(EmbeddedStore):
    """An embedded store that counts its transactions."""

    writes = 0

    def write(self, batch) -> None:
        self.writes += 1
        super().write(batch)


def test_a_batch_holds_the_store_default_number_of_articles_or_what_waited(tmp_path):
    db = CountingStore(tmp_path / "g.db")
    ingest(db, stance_articles())
    assert db.writes == 1  # five articles, far under the embedded default
    ingest(db, stance_articles()[:2], batch_articles=1)
    assert db.writes == 1  # unchanged articles write nothing
    db.close()

    slow = CountingStore(tmp_path / "slow.db")
    ingest(slow, stance_articles(), flush_seconds=0)  # as if extraction took longer than the flush time
    assert slow.writes == 5
    assert relations(slow) == PARTY_RELATIONS
    slow.close()


def test_ingest_leaves_the_garbage_collector_as_it_found_it(tmp_path):
    import gc

    db = EmbeddedStore(tmp_path / "g.db")
    ingest(db, stance_articles()[:2])
    assert gc.isenabled()
    gc.disable()
    try:
        ingest(db, stance_articles())
        assert not gc.isenabled()
    finally:
        gc.enable()
    db.close()


def test_a_changed_article_adds_its_new_statements_once(store):
    changed = stance_articles()[3]
    changed.statements.append(
        changed.statements[0].__class__(
            "Silas Crane",
            "direct",
            "Rufus never listens.",
            ["Rufus Dunmore"],
            provenance=None,
            stance={"Rufus Dunmore": "negative"},
        )
    )
    ingest(store, [changed])
    ingest(store, [changed])
    assert ("Silas Crane", "Rufus Dunmore", 1) in {
        (r["attacker"], r["target"], r["attacks"]) for r in run(store, "rivals")
    }
    held, derived = aggregates.stored(store._rows), aggregates.recompute(store._rows)
    assert (held.spoke, held.parties, held.people) == (derived.spoke, derived.parties, derived.people)


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
    a1 = ArticleFacts(Article("a1", "x"), persons=[Entity("Hollis Brandt", "person", ["Mr Hollis Brandt"])])
    a2 = ArticleFacts(Article("a2", "y"), persons=[Entity("Brandt", "person", [])])
    ingest(db, [a1])
    ingest(db, [a2])
    rows = db.query("MATCH (p:Person) RETURN p.name AS name, p.aliases AS aliases")
    db.close()
    assert len(rows) == 1 and {"Mr Hollis Brandt", "Brandt"} <= set(rows[0]["aliases"])


def test_an_in_memory_database_is_refused_because_it_keeps_nothing():
    with pytest.raises(StoreError, match="keeps nothing"):
        EmbeddedStore(":memory:")
    result = CliRunner().invoke(main, ["stats", "--db", ":memory:"])
    assert result.exit_code != 0 and "keeps nothing" in result.output


def test_a_failed_write_names_its_cause_and_stores_nothing(store):
    before = store.counts()
    batch = facts_to_batch(
        ArticleFacts(
            Article("bad-1", "x"),
            persons=[Entity("Nell Ashby", "person", [])],
            statements=[Statement("Nell Ashby", "direct", "We will win.")],
        ),
        EntityResolver(),
    )
    next(iter(batch.nodes["Statement"].values()))["start_offset"] = "ten"
    with pytest.raises(StoreError) as err:
        store.write(batch)
    assert "batch not written" in str(err.value) and "ten" in str(err.value)
    assert "ROLLBACK" not in str(err.value)
    assert store.counts() == before


def test_a_read_only_open_writes_no_file(tmp_path):
    path = tmp_path / "ro.db"
    EmbeddedStore(path).close()
    db = EmbeddedStore(path)
    ingest(db, stance_articles())
    db.close()

    def files() -> dict[str, tuple[int, int]]:
        return {p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in tmp_path.iterdir()}

    before = files()
    ro = EmbeddedStore(path, read_only=True)
    assert relations(ro) == PARTY_RELATIONS
    with pytest.raises(StoreError):
        ro.write(facts_to_batch(stance_articles()[0], EntityResolver()))
    ro.close()
    assert files() == before


def test_cli_stats_json(tmp_path):
    db = str(tmp_path / "cli.db")
    EmbeddedStore(db).close()
    result = CliRunner().invoke(main, ["stats", "--db", db, "--format", "json"])
    assert result.exit_code == 0 and '"Person": 0' in result.output


def test_cypher_injection_through_cli_param_changes_nothing(tmp_path):
    db = str(tmp_path / "inj.db")
    store = EmbeddedStore(db)
    ingest(store, stance_articles())
    before = store.counts()
    store.close()
    runner = CliRunner()
    evil = "x\"}) DETACH DELETE n // ' OR 1=1"
    result = runner.invoke(main, ["query", "attacks-on", "--param", f"name={evil}", "--db", db, "--format", "json"])
    assert result.exit_code == 0 and result.output.strip() == "[]"
    refused = runner.invoke(main, ["cypher", "MATCH (n) DETACH DELETE n", "--db", db])
    assert refused.exit_code == 1 and "--write" in refused.output
    store = EmbeddedStore(db, read_only=True)
    assert store.counts() == before
    store.close()


def test_a_batch_journal_left_by_a_crash_is_undone_on_open(tmp_path):
    path = tmp_path / "j.db"
    db = EmbeddedStore(path)
    ingest(db, stance_articles()[:2])
    clean = (db.counts(), relations(db))
    ingest(db, stance_articles()[2:])
    db.close()
    Path(f"{path}.batch.json").write_text('{"articles": ["nl-a", "uk-b", "uk-c"]}')
    db = EmbeddedStore(path)
    assert not Path(f"{path}.batch.json").exists()
    assert (db.counts()["Statement"], relations(db)) == (clean[0]["Statement"], clean[1])
    held, derived = aggregates.stored(db._rows), aggregates.recompute(db._rows)
    assert (held.spoke, held.parties, held.people) == (derived.spoke, derived.parties, derived.people)
    ingest(db, stance_articles())
    assert relations(db) == PARTY_RELATIONS
    db.close()


def test_no_batch_starts_without_room_on_disk(tmp_path, monkeypatch):
    from polgraph.graph import repair

    monkeypatch.setattr(repair, "MIN_FREE_MB", 10**7)
    db = EmbeddedStore(tmp_path / "full.db")
    with pytest.raises(StoreError, match="MB free"):
        ingest(db, stance_articles())
    assert db.counts()["Article"] == 0
    db.close()


def test_a_database_from_before_stance_and_aggregates_is_brought_up_to_date(tmp_path):
    path = tmp_path / "old.db"
    db = EmbeddedStore(path)
    ingest(db, stance_articles())
    expected = relations(db)
    for statement in (
        "MATCH ()-[e:SPOKE_ABOUT]->() DELETE e",
        "MATCH ()-[e:PARTY_STANCE]->() DELETE e",
        "MATCH (n:Name) DETACH DELETE n",
        "ALTER TABLE Person DROP said",
        "ALTER TABLE SAID DROP rank",
        "ALTER TABLE ABOUT DROP rank",
    ):
        db.conn.execute(statement)
    db.close()
    db = EmbeddedStore(path)
    assert relations(db) == expected
    assert run(db, "statements-about", name="Penhale")
    assert db.query("MATCH ()-[e:SAID|ABOUT]->() WHERE e.rank IS NULL RETURN count(e) AS n") == [{"n": 0}]
    db.close()


def _day(article: str, published: str, *said: tuple[str, str, int]) -> ArticleFacts:
    """One dated article in which each (speaker, sentence, offset) is a statement about Mara Quill."""
    return ArticleFacts(
        article=Article(id=article, title=article, text="...", published=published),
        persons=[Entity("Mara Quill", "person"), *(Entity(s, "person") for s, _, _ in said)],
        statements=[
            Statement(speaker=s, type="direct", text=t, about=["Mara Quill"], provenance=_at(article, t, start))
            for s, t, start in said
        ],
    )


def _at(article: str, text: str, start: int):
    from polgraph.facts import Provenance

    return Provenance(article=article, field="text", start=start, end=start + len(text), sentence=text)


def test_statements_about_a_person_come_newest_first_and_in_article_order(tmp_path):
    db = EmbeddedStore(tmp_path / "g.db")
    ingest(
        db,
        [
            _day("march", "2026-03-01", ("Ivo Brandt", "She is wrong on rents.", 10)),
            _day("may", "2026-05-20", ("Ivo Brandt", "Quill has a plan.", 300), ("Lena Marsh", "Quill won.", 40)),
            _day("undated", "", ("Lena Marsh", "Quill is tired.", 5)),
        ],
    )
    rows = run(db, "statements-about", name="Mara Quill")
    assert [r["statement"] for r in rows] == [
        "Quill won.",
        "Quill has a plan.",
        "She is wrong on rents.",
        "Quill is tired.",
    ]
    assert [r["statement"] for r in run(db, "statements-about", name="Mara Quill", limit="2")] == [
        "Quill won.",
        "Quill has a plan.",
    ]
    assert [r["statement"] for r in run(db, "statements-by", name="Lena Marsh")] == ["Quill won.", "Quill is tired."]
    db.close()


def test_an_older_database_is_ranked_in_chunks_its_first_statement_last(tmp_path, monkeypatch):
    from polgraph.graph import store as store_module
    from polgraph.graph.store import UNRANKED, rank_chunks

    path = tmp_path / "old.db"
    db = EmbeddedStore(path)
    ingest(db, stance_articles())
    expected = run(db, "statements-about", name="Orla Penhale")
    db.conn.execute("MATCH ()-[e:SAID|ABOUT]->() SET e.rank = NULL")
    first = db.query(UNRANKED)[0]["key"]
    monkeypatch.setattr(store_module, "RANK_CHUNK", 2)
    chunks = list(rank_chunks(db._rows, first))
    assert all(len(c) <= 2 for c in chunks) and [r["key"] for r in chunks[-1]] == [first]
    assert len({r["key"] for c in chunks for r in c}) == db.counts()["Statement"]
    db.close()
    db = EmbeddedStore(path)
    assert run(db, "statements-about", name="Orla Penhale") == expected
    db.close()


def test_an_older_database_read_only_names_the_upgrade_and_upgrade_brings_it_up_to_date(tmp_path):
    path = tmp_path / "old.db"
    db = EmbeddedStore(path)
    ingest(db, stance_articles())
    expected = run(db, "statements-about", name="Orla Penhale")
    db.conn.execute("ALTER TABLE ABOUT DROP rank")
    db.close()
    runner = CliRunner()
    before = runner.invoke(main, ["query", "statements-about", "--param", "name=Orla Penhale", "--db", str(path)])
    assert before.exit_code == 1
    assert before.output == (
        f"Error: embedded store {path}: written by an older polgraph; run `polgraph upgrade --db {path}` once "
        "to bring it up to date\n"
    )
    upgraded = runner.invoke(main, ["upgrade", "--db", str(path)])
    assert upgraded.exit_code == 0 and "up to date" in upgraded.output
    db = EmbeddedStore(path, read_only=True)
    assert run(db, "statements-about", name="Orla Penhale") == expected
    db.close()
    nothing = runner.invoke(main, ["upgrade", "--db", str(tmp_path / "none.db")])
    assert nothing.exit_code == 1 and "no database there" in nothing.output
    assert not (tmp_path / "none.db").exists()
