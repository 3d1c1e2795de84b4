"""Shared fixtures: one loaded extractor for the whole session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from polgraph.facts import Article
from polgraph.loaders.extract.pipeline import Extractor

SHARED_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
DEV_ARTICLES = SHARED_EVAL / "dev" / "articles.jsonl"
needs_dev = pytest.mark.skipif(not DEV_ARTICLES.exists(), reason="needs ../shared/eval/dev")


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def dev_facts(extractor: Extractor) -> list:
    """Facts of the dev articles, extracted once."""
    from polgraph.loaders.sources import iter_articles

    return list(extractor.extract_many(iter_articles([str(DEV_ARTICLES)])))


@pytest.fixture(scope="session")
def dev_store(tmp_path_factory, dev_facts):
    """An embedded store holding the dev articles."""
    from polgraph.graph.embedded import EmbeddedStore
    from polgraph.graph.ingest import ingest

    store = EmbeddedStore(tmp_path_factory.mktemp("dev") / "dev.db")
    ingest(store, dev_facts)
    yield store
    store.close()


@pytest.fixture(scope="session")
def extract(extractor: Extractor):
    """Extract facts from a short article: ``extract(text, title=..., url=...)`` -> contract dict."""

    def run(text: str, title: str = "", url: str | None = None, outlet: str | None = None) -> dict:
        article = Article(id="t", text=text, title=title, url=url, outlet=outlet)
        return extractor.extract(article).to_contract()

    return run


def said(facts: dict) -> set[tuple[str, str]]:
    """(speaker, text) of every statement."""
    return {(s["speaker"], s["text"]) for s in facts["statements"]}


def roles(facts: dict) -> set[tuple[str, str, str | None]]:
    return {(r["person"], r["role"], r["party"]) for r in facts["roles"]}


def members(facts: dict) -> set[tuple[str, str]]:
    return {(m["person"], m["party"]) for m in facts["memberships"]}


def policies(facts: dict) -> set[tuple[str, str]]:
    return {(p["party"], p["policy"]) for p in facts["policies"]}


def pytest_configure(config) -> None:
    """Drop the user's NEO4J_* and POLGRAPH_STORE/DB: tests reach only the server they are given."""
    from neo4j_server import USER_VARS

    for name in USER_VARS:
        os.environ.pop(name, None)


@pytest.fixture(scope="session")
def neo4j_server():
    """The private Neo4j of ``scripts/test`` (POLGRAPH_TEST_NEO4J_*), claimed by a marker; emptied at the end."""
    import neo4j
    from neo4j_server import Refused, claim, from_environ, wipe

    try:
        server = from_environ()
    except Refused as err:
        pytest.fail(str(err), pytrace=False)
    if server is None:
        if os.environ.get("POLGRAPH_REQUIRE_NEO4J") == "1":
            pytest.fail("POLGRAPH_TEST_NEO4J_URI is not set; run the tests with scripts/test", pytrace=False)
        pytest.skip("no test Neo4j: run scripts/test, which starts a private one")
    driver = neo4j.GraphDatabase.driver(
        server.uri, auth=(server.user, server.password), connection_timeout=10, notifications_min_severity="OFF"
    )
    try:
        with driver.session() as session:
            claim(session)
    except Refused as err:
        driver.close()
        pytest.fail(str(err), pytrace=False)
    yield server
    with driver.session() as session:
        wipe(session, keep_marker=False)
    driver.close()


@pytest.fixture()
def empty_neo4j(neo4j_server):
    """The test server with everything but its marker deleted."""
    neo4j_server.wipe()
    return neo4j_server
