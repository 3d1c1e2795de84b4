"""The zero-set-up store: an embedded ladybug (Kùzu) database in one folder."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from polgraph.graph.model import GraphBatch
from polgraph.graph.schema import NODES, RELS
from polgraph.graph.store import (GraphStore, Row, StoreError, create_node_query, merge_node_query, merge_rel_query,
                                  node_rows, read_only_check, rel_rows)

BUFFER_POOL_MB = int(os.environ.get("POLGRAPH_BUFFER_POOL_MB", "1024"))

def schema_ddl() -> list[str]:
    """CREATE NODE/REL TABLE statements for the shared schema."""
    ddl = []
    for node in NODES.values():
        cols = ", ".join(f"{p} {t}" for p, t in node.properties.items())
        ddl.append(f"CREATE NODE TABLE IF NOT EXISTS {node.label}({cols}, PRIMARY KEY(key))")
    for rel in RELS.values():
        ends = ", ".join(f"FROM {a} TO {b}" for a, b in rel.ends)
        cols = "".join(f", {p} {t}" for p, t in rel.properties.items())
        ddl.append(f"CREATE REL TABLE IF NOT EXISTS {rel.type}({ends}{cols})")
    return ddl


class EmbeddedStore(GraphStore):
    """One writer process at a time; every batch is one transaction."""

    name = "embedded"

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        import ladybug

        self.path = str(path)
        self._keys: dict[str, set[str]] = {}
        if read_only and not Path(self.path).exists():
            raise StoreError(f"embedded store {self.path}: no database there; run polgraph ingest first")
        try:
            self.db = ladybug.Database(self.path, read_only=read_only, buffer_pool_size=BUFFER_POOL_MB * 1024 * 1024)
            self.conn = ladybug.Connection(self.db)
            if not read_only:
                for statement in schema_ddl():
                    self.conn.execute(statement)
        except RuntimeError as err:
            raise StoreError(f"embedded store {self.path}: {err}") from err

    def write(self, batch: GraphBatch) -> None:
        """One transaction. Keys are resolved in Python: new nodes, and relationships of articles not
        stored before, are CREATEd; only what may exist goes through MERGE (slow row by row in ladybug)."""
        known = {label: self._known_keys(label) for label in NODES}
        new_articles = set(batch.nodes.get("Article", {})) - known["Article"]
        self.conn.execute("BEGIN TRANSACTION")
        try:
            for label in NODES:
                rows = node_rows(batch, label)
                old = [r for r in rows if r["key"] in known[label]]
                new = [r for r in rows if r["key"] not in known[label]]
                if old and "aliases" in NODES[label].properties:
                    self.conn.execute(merge_node_query(label), {"rows": old})
                if new:
                    self.conn.execute(create_node_query(label), {"rows": new})
            for key in batch.rels:
                rows = rel_rows(batch, key)
                fresh = [r for r in rows if r["article"] in new_articles]
                again = [r for r in rows if r["article"] not in new_articles]
                if fresh:
                    self._copy_rels(key[0], key[1], key[2], fresh)
                if again:
                    self.conn.execute(merge_rel_query(*key), {"rows": again})
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            self._keys.clear()
            raise
        for label in NODES:
            known[label].update(batch.nodes.get(label, {}))

    def _copy_rels(self, rel_type: str, from_label: str, to_label: str, rows: list[Row]) -> None:
        """COPY from an Arrow table: uses the primary-key index (UNWIND ... MATCH by key does not)."""
        import pyarrow as pa

        types = {"STRING": pa.string(), "INT64": pa.int64(), "DOUBLE": pa.float64()}
        columns = {"from": pa.array([r["from"] for r in rows], pa.string()),
                   "to": pa.array([r["to"] for r in rows], pa.string())}
        for prop, kind in RELS[rel_type].properties.items():
            columns[prop] = pa.array([r.get(prop) for r in rows], types[kind])
        new_rels = pa.table(columns)  # noqa: F841 - read by name through ladybug's scan replacement
        self.conn.execute(f"COPY {rel_type} FROM new_rels (from='{from_label}', to='{to_label}')")

    def _known_keys(self, label: str) -> set[str]:
        if label not in self._keys:
            self._keys[label] = {r["key"] for r in self._rows(f"MATCH (n:{label}) RETURN n.key AS key", {})}
        return self._keys[label]

    def _rows(self, cypher: str, params: Row) -> list[Row]:
        result = self.conn.execute(cypher, params)
        columns = result.get_column_names()
        rows = []
        while result.has_next():
            rows.append(dict(zip(columns, (_plain(v) for v in result.get_next()))))
        return rows

    def query(self, cypher: str, params: Row | None = None, write: bool = False) -> list[Row]:
        if not write:
            read_only_check(cypher, self.name)
        try:
            return self._rows(cypher, params or {})
        except RuntimeError as err:
            if str(err).startswith("Interrupted"):
                raise StoreError(f"embedded store {self.path}: query stopped at the time limit (--timeout)") from err
            raise StoreError(f"embedded store {self.path}: {str(err).splitlines()[0]}") from err

    def set_query_timeout(self, seconds: float | None) -> None:
        self.conn.set_query_timeout(int(seconds * 1000) if seconds else 0)

    def close(self) -> None:
        conn, self.conn = getattr(self, "conn", None), None
        if conn is not None:
            conn.close()
        db, self.db = getattr(self, "db", None), None
        if db is not None:
            db.close()


def _plain(value: Any) -> Any:
    if isinstance(value, dict) and "_label" in value:
        return {k: v for k, v in value.items() if not k.startswith("_")}
    return value
