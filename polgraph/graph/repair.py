"""Keeping the embedded database whole: a journal of the batch in flight, repair on open, free space.

ladybug commits a transaction to its write-ahead log and may then checkpoint it into the data file; a
process killed during that checkpoint can leave part of a batch. Before each batch the store writes a
journal naming the batch's articles and removes it once the commit (and any checkpoint) has returned.
A journal found on open means the batch may be incomplete: everything those articles contributed is
removed, the aggregates are rebuilt from the facts, and the next ingest writes the articles again.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from polgraph.graph.aggregates import recompute
from polgraph.graph.model import GraphBatch
from polgraph.graph.schema import AGGREGATE_RELS, COUNTERS, ENTITIES, NODES, RELS
from polgraph.graph.store import SET_RANKS, UNRANKED, StoreError, rank_chunks

if TYPE_CHECKING:
    from polgraph.graph.embedded import EmbeddedStore

MIN_FREE_MB = int(os.environ.get("POLGRAPH_MIN_FREE_MB", "64"))
"""Free space a batch must leave on the database's disk (megabytes)."""
ROW_BYTES = 512
"""A bound on a row's size apart from statement texts (keys, names, provenance)."""


def journal_path(db_path: str) -> Path:
    return Path(f"{db_path}.batch.json")


def begin_batch(db_path: str, batch: GraphBatch) -> None:
    """Record the batch's articles, durably, before its transaction starts."""
    path = journal_path(db_path)
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        json.dump({"articles": sorted(batch.nodes.get("Article", {}))}, fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def end_batch(db_path: str) -> None:
    journal_path(db_path).unlink(missing_ok=True)


def needed_bytes(batch: GraphBatch) -> int:
    """A generous bound on what a batch costs on disk: its rows in the log, then again in the data file."""
    rows = sum(len(rows) for rows in batch.nodes.values()) + sum(len(rows) for rows in batch.rels.values())
    text = sum(
        len(row.get("text") or "") + len(row.get("sentence") or "") for row in batch.nodes.get("Statement", {}).values()
    )
    return 4 * (ROW_BYTES * rows + 2 * text) + MIN_FREE_MB * 1024 * 1024


def check_free_space(db_path: str, batch: GraphBatch) -> None:
    """Stop before a batch that could fill the disk: a full disk mid-commit can leave the log unreadable."""
    folder = Path(db_path).resolve().parent
    free = shutil.disk_usage(folder).free
    wal = Path(f"{db_path}.wal")
    need = needed_bytes(batch) + (wal.stat().st_size if wal.exists() else 0)
    if free < need:
        raise StoreError(
            f"embedded store {db_path}: only {free // 2**20} MB free on its disk, a batch needs "
            f"{need // 2**20} MB; nothing of this batch was written (free space, or set "
            "POLGRAPH_MIN_FREE_MB)"
        )


ARTICLE_FACTS = (
    "MATCH (x:Statement) WHERE x.article IN $articles DETACH DELETE x",
    "MATCH (x:Statement)-[:REPORTED_IN]->(a:Article) WHERE a.key IN $articles DETACH DELETE x",
    "MATCH ()-[e:REPORTED_IN]->() WHERE e.article IN $articles DELETE e",
    "MATCH (x:Policy) WHERE NOT EXISTS { MATCH (x)-[:REPORTED_IN]->() } DETACH DELETE x",
    "MATCH ()-[e:HOLDS]->() WHERE e.article IN $articles DELETE e",
    "MATCH ()-[e:MEMBER_OF]->() WHERE e.article IN $articles DELETE e",
    "MATCH ()-[e:PROPOSES]->() WHERE e.article IN $articles DELETE e",
    "MATCH ()-[e:MENTIONED_IN]->() WHERE e.article IN $articles DELETE e",
    "MATCH (a:Article) WHERE a.key IN $articles DETACH DELETE a",
)


def repair(store: EmbeddedStore) -> bool:
    """Undo a batch a crash may have left half-written; True if there was one."""
    path = journal_path(store.path)
    if not path.exists():
        return False
    try:
        articles = json.loads(path.read_text(encoding="utf-8"))["articles"]
    except (OSError, ValueError, KeyError) as err:
        raise StoreError(f"embedded store {store.path}: unreadable batch journal {path} ({err})") from err
    conn = store.conn
    conn.execute("BEGIN TRANSACTION")
    try:
        for statement in ARTICLE_FACTS:
            conn.execute(statement, {"articles": articles})
        rebuild_aggregates(store)
        conn.execute("COMMIT")
    except BaseException:
        store._rollback()
        raise
    store._keys.clear()
    store._names = None
    end_batch(store.path)
    return True


def rebuild_aggregates(store: EmbeddedStore) -> None:
    """Replace SPOKE_ABOUT, PARTY_STANCE and the per-person counts by those the stored facts give."""
    conn = store.conn
    conn.execute("MATCH ()-[e:SPOKE_ABOUT]->() DELETE e")
    conn.execute("MATCH ()-[e:PARTY_STANCE]->() DELETE e")
    conn.execute("MATCH (p:Person) SET p.said = NULL, p.said_articles = NULL")
    plan = recompute(store._rows)
    for (fl, tl), rows in plan.spoke_rows().items():
        store._copy_rels("SPOKE_ABOUT", fl, tl, rows)
    if plan.parties:
        store._copy_rels("PARTY_STANCE", "Party", "Party", plan.party_rows())
    if plan.people:
        conn.execute(
            "UNWIND $rows AS r MATCH (p:Person {key: r.key}) SET p.said = r.said, p.said_articles = r.said_articles",
            {"rows": plan.people_rows()},
        )


def columns(store: EmbeddedStore, table: str) -> set[str]:
    """The property names a table has in this database (a table name from the schema, never from users)."""
    return {r["name"] for r in store._rows(f"CALL TABLE_INFO('{table}') RETURN name", {})}


def migrate(store: EmbeddedStore) -> bool:
    """Bring a database written by an earlier polgraph up to the schema: missing columns added (stance,
    digest, counters), then the name index and aggregates built from the facts. True if anything changed."""
    conn = store.conn
    changed = False
    tables = {
        **{n.label: {**n.properties, **COUNTERS.get(n.label, {})} for n in NODES.values()},
        **{r.type: r.properties for r in (*RELS.values(), *AGGREGATE_RELS.values())},
    }
    for table, props in tables.items():
        have = columns(store, table)
        for prop, kind in props.items():
            if prop not in have:
                conn.execute(f"ALTER TABLE {table} ADD {prop} {kind}")
                changed = True
    for first in store._rows(UNRANKED, {}):
        if first["missing"]:
            for rows in rank_chunks(store._rows, first["key"]):
                conn.execute("BEGIN TRANSACTION")
                try:
                    for statement in SET_RANKS:
                        conn.execute(statement, {"rows": rows})
                    conn.execute("COMMIT")
                except BaseException:
                    store._rollback()
                    raise
            changed = True
    names = store._rows("MATCH (n:Name) RETURN count(n) AS n", {})[0]["n"]
    entities = sum(store._rows(f"MATCH (n:{label}) RETURN count(n) AS n", {})[0]["n"] for label in ENTITIES)
    if names == 0 and entities:
        conn.execute("BEGIN TRANSACTION")
        try:
            for label in ENTITIES:
                rows = store._rows(f"MATCH (e:{label}) RETURN e.key AS k, e.name AS n, e.aliases AS a", {})
                links = sorted({(name, r["k"]) for r in rows for name in {r["n"], *(r["a"] or [])} if name})
                conn.execute("UNWIND $rows AS r MERGE (n:Name {key: r})", {"rows": sorted({n for n, _ in links})})
                if links:
                    store._copy_rels("NAMES", "Name", label, [{"from": n, "to": k} for n, k in links])
            conn.execute("MATCH ()-[e:ABOUT]->() WHERE e.stance IS NULL SET e.stance = 'neutral'")
            rebuild_aggregates(store)
            conn.execute("COMMIT")
        except BaseException:
            store._rollback()
            raise
        changed = True
    return changed
