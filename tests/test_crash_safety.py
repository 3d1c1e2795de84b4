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
from pathlib import Path

import pytest

from polgraph.graph import aggregates
from polgraph.graph.embedded import EmbeddedStore
from polgraph.graph.schema import NODES, RELS

CLI = [sys.executable, "-m", "polgraph.cli"]


SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "articles.jsonl"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> str:
    """The invented sample articles ten times over, under new ids: long enough to be killed in the middle."""
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    lines = SAMPLE.read_text().splitlines()
    with path.open("w") as out:
        for copy in range(10):
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
    held = aggregates.stored(lambda cypher, params: store.query(cypher, params))
    shot["aggregates"] = (sorted(held.spoke.items()), sorted(held.parties.items()), sorted(held.people.items()))
    shot["names"] = sorted(
        (r["n"], r["k"]) for r in store.query("MATCH (n:Name)-[:NAMES]->(e) RETURN n.key AS n, e.key AS k")
    )
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


@pytest.fixture(scope="module")
def facts_corpus(tmp_path_factory) -> str:
    """Hand-made facts for 200 articles (no extraction), so that a run spends its time writing."""
    from stance_facts import stance_articles

    path = tmp_path_factory.mktemp("facts") / "facts.jsonl"
    with path.open("w") as out:
        for copy in range(40):
            for facts in stance_articles():
                facts.article.id = f"{facts.article.id}-{copy}"
                obj = facts.to_contract()
                for kind in ("roles", "memberships", "statements", "policies"):
                    for fact in obj[kind]:
                        if fact.get("provenance"):
                            fact["provenance"]["article"] = facts.article.id
                out.write(json.dumps(obj) + "\n")
    return str(path)


def facts_args(corpus: str, db: str) -> list[str]:
    return [*CLI, "ingest", "--facts", corpus, "--batch", "3", "--db", db]


def test_sigkill_during_checkpoints_leaves_no_half_batch(tmp_path, facts_corpus):
    """Every commit checkpoints (tiny threshold); kills at several moments; each time the database opens
    with whole batches only and a second run gives the uninterrupted graph, aggregates included."""
    env = {**os.environ, "POLGRAPH_CHECKPOINT_BYTES": "1"}
    clean_db = str(tmp_path / "clean.db")
    subprocess.run(facts_args(facts_corpus, clean_db), check=True, capture_output=True, env=env)
    store = EmbeddedStore(clean_db, read_only=True)
    clean = snapshot(store)
    store.close()
    for round_, delay in enumerate((1.5, 3.0, 4.5)):
        db = str(tmp_path / f"killed-{round_}.db")
        proc = subprocess.Popen(
            facts_args(facts_corpus, db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
        )
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        store = EmbeddedStore(db)
        said = store.query("MATCH (s:Statement) RETURN count(s) AS n")[0]["n"]
        whole = store.query("MATCH (:Person)-[:SAID]->(s:Statement)-[:REPORTED_IN]->(:Article) RETURN count(s) AS n")[
            0
        ]["n"]
        party_said = store.query("MATCH (:Party)-[:SAID]->(s:Statement) RETURN count(s) AS n")[0]["n"]
        assert said == whole + party_said, f"round {round_}: statements without speaker or article"
        held = aggregates.stored(store._rows)
        derived = aggregates.recompute(store._rows)
        assert (held.spoke, held.parties, held.people) == (derived.spoke, derived.parties, derived.people)
        store.close()
        subprocess.run(facts_args(facts_corpus, db), check=True, capture_output=True, env=env)
        store = EmbeddedStore(db, read_only=True)
        assert snapshot(store) == clean, f"round {round_} (killed after {delay} s)"
        store.close()


@pytest.fixture()
def tmpfs(tmp_path):
    """A 160 MB tmpfs, unmounted afterwards."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=160m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(folder, leave_mb: int) -> None:
    """Write a file until only ``leave_mb`` megabytes stay free."""
    import shutil

    free = shutil.disk_usage(folder).free
    with open(folder / "filler", "wb") as fh:
        fh.write(b"\0" * max(0, free - leave_mb * 2**20))


def test_a_full_disk_stops_ingest_cleanly_and_keeps_what_was_committed(tmpfs):
    from stance_facts import stance_articles

    from polgraph.graph.ingest import ingest
    from polgraph.graph.store import StoreError

    db = tmpfs / "g.db"
    store = EmbeddedStore(db)
    articles = stance_articles()
    ingest(store, articles[:3])
    before = snapshot(store)
    fill(tmpfs, leave_mb=32)
    with pytest.raises(StoreError, match="MB free"):
        ingest(store, articles[3:])
    store.close()
    result = subprocess.run(
        [*CLI, "ingest", "--facts", str(tmpfs / "none.jsonl"), "--db", str(db)], capture_output=True, text=True
    )
    assert "Traceback" not in result.stderr
    (tmpfs / "filler").unlink()
    store = EmbeddedStore(db)
    assert snapshot(store) == before
    ingest(store, articles)
    assert store.counts()["Article"] == 5
    store.close()
