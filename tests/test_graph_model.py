"""Facts to graph rows: keys, cross-article entity resolution (no database needed)."""

from polgraph.facts import Article, ArticleFacts, Entity, Statement
from polgraph.graph.model import EntityResolver, GraphBatch, facts_to_batch, normalise


def article(id_: str, persons: list[Entity], statements: list[Statement] = ()) -> ArticleFacts:
    return ArticleFacts(Article(id=id_, text="..."), persons=persons, statements=list(statements))


def test_normalise_drops_honorifics_possessives_and_accents():
    assert normalise("Sir Keir Starmer's") == "keir starmer"
    assert normalise("Mícheál Martin") == "micheal martin"


def test_surname_only_person_joins_the_full_name_seen_before():
    resolver = EntityResolver()
    batch = GraphBatch()
    facts_to_batch(article("a1", [Entity("Keir Starmer", "person", ["Sir Keir Starmer"])]), resolver, batch)
    facts_to_batch(article("a2", [Entity("Starmer", "person", [])]), resolver, batch)
    people = batch.nodes["Person"]
    assert list(people) == ["keir starmer"]
    assert {"Keir Starmer", "Sir Keir Starmer", "Starmer"} <= set(people["keir starmer"]["aliases"])


def test_two_people_sharing_a_surname_are_never_merged():
    resolver = EntityResolver()
    batch = GraphBatch()
    facts_to_batch(
        article("a1", [Entity("Ed Miliband", "person", []), Entity("David Miliband", "person", [])]), resolver, batch
    )
    facts_to_batch(article("a2", [Entity("Miliband", "person", [])]), resolver, batch)
    assert set(batch.nodes["Person"]) == {"ed miliband", "david miliband", "miliband"}


def test_statement_links_speaker_target_and_article():
    said = Statement("Ann Lee", "direct", "We will win.", about=["Bob Hart"])
    batch = facts_to_batch(
        article("a1", [Entity("Ann Lee", "person", []), Entity("Bob Hart", "person", [])], [said]), EntityResolver()
    )
    assert len(batch.rels[("SAID", "Person", "Statement")]) == 1
    assert next(iter(batch.rels[("ABOUT", "Statement", "Person")].values()))["to"] == "bob hart"
    assert len(batch.rels[("REPORTED_IN", "Statement", "Article")]) == 1


def test_bulk_files_hold_the_aggregates_an_ingest_would_write(tmp_path):
    from stance_facts import stance_articles

    from polgraph.graph.bulk import tables_from_facts, write_import_files

    nodes, rels = tables_from_facts(stance_articles())
    parties = {(r["from"], r["to"]): (r["statements"], r["negative"]) for r in rels[("PARTY_STANCE", "Party", "Party")]}
    assert parties[("gb:conservative party", "gb:labour party")] == (3, 3)
    assert ("gb:labour party", "ie:labour party") not in parties
    assert {"Penhale", "Orla Penhale"} <= {r["key"] for r in nodes["Name"]}
    args = write_import_files(nodes, rels, tmp_path / "bulk").read_text()
    assert f"--nodes=Person={tmp_path / 'bulk' / 'node-Person.csv'}" in args
    header = (tmp_path / "bulk" / "node-Person.csv").read_text().splitlines()[0]
    assert header == "key:ID(Person),kind,name,aliases:string[],said:long,said_articles:long"


def test_the_article_node_keeps_where_the_article_came_from():
    article = Article("budget-row", "Text.", title="Budget row", source="news/budget-row.txt")
    batch = facts_to_batch(ArticleFacts(article), EntityResolver())
    assert batch.nodes["Article"]["budget-row"]["source"] == "news/budget-row.txt"
