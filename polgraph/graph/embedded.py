"""The zero-set-up store: an embedded ladybug (Kùzu) database in one folder."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from polgraph.graph.model import GraphBatch
from polgraph.graph.schema import NODES, RELS
from polgraph.graph.store import GraphStore, Row, StoreError, write_plan

WRITE_CLAUSE = re.compile(r"\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|ALTER|COPY|INSTALL|LOAD|IMPORT|ATTACH)\b",
                          re.I)


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
        if read_only and not Path(self.path).exists():
            raise StoreError(f"embedded store {self.path}: no database there; run polgraph ingest first")
        try:
            self.db = ladybug.Database(self.path, read_only=read_only)
            self.conn = ladybug.Connection(self.db)
            if not read_only:
                for statement in schema_ddl():
                    self.conn.execute(statement)
        except RuntimeError as err:
            raise StoreError(f"embedded store {self.path}: {err}") from err

    def write(self, batch: GraphBatch) -> None:
        self.conn.execute("BEGIN TRANSACTION")
        try:
            for query, rows in write_plan(batch):
                self.conn.execute(query, {"rows": rows})
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    def query(self, cypher: str, params: Row | None = None, write: bool = False) -> list[Row]:
        if not write and WRITE_CLAUSE.search(_strip_strings(cypher)):
            raise StoreError("this query writes to the graph; pass --write to allow it")
        try:
            result = self.conn.execute(cypher, params or {})
        except RuntimeError as err:
            raise StoreError(f"embedded store {self.path}: {str(err).splitlines()[0]}") from err
        columns = result.get_column_names()
        rows = []
        while result.has_next():
            rows.append(dict(zip(columns, (_plain(v) for v in result.get_next()))))
        return rows

    def close(self) -> None:
        conn, self.conn = getattr(self, "conn", None), None
        if conn is not None:
            conn.close()
        db, self.db = getattr(self, "db", None), None
        if db is not None:
            db.close()


def _strip_strings(cypher: str) -> str:
    return re.sub(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|//[^\n]*", "''", cypher)


def _plain(value: Any) -> Any:
    if isinstance(value, dict) and "_label" in value:
        return {k: v for k, v in value.items() if not k.startswith("_")}
    return value
