"""SIGKILL `polgraph ingest` mid-run, run it again: the graph is exactly that of an uninterrupted run."""
from __future__ import annotations

import json
import os
import re
import select
import signal
import subprocess
import sys
import time

import pytest
from conftest import DEV_ARTICLES, needs_dev

from polgraph.graph.embedded import EmbeddedStore
from polgraph.graph.schema import NODES, RELS

pytestmark = needs_dev
CLI = [sys.executable, "-m", "polgraph.cli"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> str:
    """The dev articles three times over, under new ids: long enough to be killed in the middle."""
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    lines = DEV_ARTICLES.read_text().splitlines()
    with path.open("w") as out:
        for copy in range(3):
            for line in lines:
                obj = json.loads(line)
                obj["id"] = f"{obj['id']}-{copy}"
                out.write(json.dumps(obj) + "\n")
    return str(path)


def snapshot(store) -> dict:
    """Every node key per label and every relationship per type: the graph's identity."""
    shot: dict = {}
    for label in NODES:
        shot[label] = sorted(r["k"] for r in store.query(f"MATCH (n:{label}) RETURN n.key AS k"))
    for rel in RELS:
        rows = store.query(f"MATCH (a)-[e:{rel}]->(b) RETURN a.key AS a, b.key AS b, e.article AS art")
        shot[rel] = sorted((r["a"], r["b"], r["art"]) for r in rows)
    people = store.query("MATCH (p:Person) RETURN p.key AS k, p.aliases AS aliases")
    shot["aliases"] = sorted((r["k"], tuple(sorted(r["aliases"] or []))) for r in people)
    return shot


def ingest_args(corpus: str, store_args: list[str]) -> list[str]:
    return [*CLI, "ingest", corpus, "--batch", "1", *store_args]


def kill_midway(args: list[str], after_articles: int = 4, env: dict[str, str] | None = None) -> None:
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    seen, deadline = b"", time.time() + 240
    while time.time() < deadline:
        ready, _, _ = select.select([proc.stderr], [], [], 1)
        if ready:
            chunk = os.read(proc.stderr.fileno(), 4096)
            if not chunk:
                break
            seen += chunk
            counts = [int(n) for n in re.findall(rb"articles\s+(\d+)", seen)]
            if counts and counts[-1] >= after_articles:
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                return
    proc.kill()
    pytest.fail(f"ingest never reached {after_articles} articles: {seen[-500:]!r}")


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory, corpus) -> dict:
    db = str(tmp_path_factory.mktemp("clean") / "clean.db")
    subprocess.run(ingest_args(corpus, ["--db", db]), check=True, capture_output=True)
    store = EmbeddedStore(db, read_only=True)
    shot = snapshot(store)
    store.close()
    return shot


def test_embedded_store_survives_sigkill(tmp_path, corpus, uninterrupted):
    db = str(tmp_path / "killed.db")
    kill_midway(ingest_args(corpus, ["--db", db]))
    subprocess.run(ingest_args(corpus, ["--db", db]), check=True, capture_output=True)
    store = EmbeddedStore(db, read_only=True)
    assert snapshot(store) == uninterrupted
    store.close()


@pytest.mark.neo4j
def test_neo4j_store_survives_sigkill(empty_neo4j, corpus, uninterrupted):
    store = empty_neo4j.store()
    kill_midway(ingest_args(corpus, ["--store", "neo4j"]), env=empty_neo4j.env())
    subprocess.run(ingest_args(corpus, ["--store", "neo4j"]), check=True, capture_output=True, env=empty_neo4j.env())
    try:
        assert snapshot(store) == uninterrupted
    finally:
        store.close()
