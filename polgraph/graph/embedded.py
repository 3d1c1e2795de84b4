"""The zero-set-up store: an embedded ladybug (Kùzu) database in one folder."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pyarrow as pa

from polgraph.graph.aggregates import AggregatePlan, drop_stored_statements, plan_aggregates
from polgraph.graph.model import GraphBatch
from polgraph.graph.repair import begin_batch, check_free_space, columns, end_batch, migrate, repair
from polgraph.graph.schema import AGGREGATE_RELS, COUNTERS, ENTITIES, INDEX_NODES, NODES, RANKED, RELS
from polgraph.graph.store import (
    DIGESTS,
    PEOPLE,
    GraphStore,
    Row,
    StoreError,
    add_person_counts_query,
    changed_rows,
    create_node_query,
    create_rel_query,
    merge_node_query,
    merge_rel_query,
    node_rows,
    read_only_check,
    rel_rows,
    update_counts_query,
)

BUFFER_POOL_MB = int(os.environ.get("POLGRAPH_BUFFER_POOL_MB", "1024"))
ARROW = {"STRING": pa.string(), "INT64": pa.int64(), "DOUBLE": pa.float64(), "STRING[]": pa.list_(pa.string())}
COPY_ROWS = int(os.environ.get("POLGRAPH_COPY_ROWS", "5000"))
"""Rows of one table in one batch from which new rows are COPYed rather than CREATEd."""
CHECKPOINT_BYTES = int(os.environ.get("POLGRAPH_CHECKPOINT_BYTES", "-1"))
"""WAL size that triggers a checkpoint at commit (-1: ladybug's default); tests make it tiny."""


def schema_ddl() -> list[str]:
    """CREATE NODE/REL TABLE statements for the shared schema, the name index and the aggregates."""
    ddl = []
    for node in (*NODES.values(), *INDEX_NODES.values()):
        props = {**node.properties, **COUNTERS.get(node.label, {})}
        cols = ", ".join(f"{p} {t}" for p, t in props.items())
        ddl.append(f"CREATE NODE TABLE IF NOT EXISTS {node.label}({cols}, PRIMARY KEY(key))")
    for rel in (*RELS.values(), *AGGREGATE_RELS.values()):
        ends = ", ".join(f"FROM {a} TO {b}" for a, b in rel.ends)
        cols = "".join(f", {p} {t}" for p, t in rel.properties.items())
        ddl.append(f"CREATE REL TABLE IF NOT EXISTS {rel.type}({ends}{cols})")
    return ddl


class EmbeddedStore(GraphStore):
    """One writer process at a time; every batch is one transaction."""

    name = "embedded"
    db: Any  # ladybug.Database, None once closed
    conn: Any  # ladybug.Connection, None once closed

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        import ladybug

        self.path = str(path)
        self.read_only = read_only
        self._keys: dict[str, set[str]] = {}
        self._names: set[tuple[str, str]] | None = None
        if self.path.strip() in ("", ":memory:"):
            raise StoreError(
                f"embedded store {self.path!r}: an in-memory database keeps nothing after the command; "
                "give a folder, e.g. --db polgraph.db"
            )
        if read_only and not Path(self.path).exists():
            raise StoreError(f"embedded store {self.path}: no database there; run polgraph ingest first")
        try:
            # Read-only opens never write: no schema statements, no repair, no checkpoint on close.
            self.db = ladybug.Database(
                self.path,
                read_only=read_only,
                buffer_pool_size=BUFFER_POOL_MB * 1024 * 1024,
                checkpoint_threshold=CHECKPOINT_BYTES,
            )
            self.conn = ladybug.Connection(self.db)
            if read_only:
                self._refuse_outdated()
            else:
                for statement in schema_ddl():
                    self.conn.execute(statement)
                migrate(self)
                repair(self)
        except StoreError:
            self.close()
            raise
        except RuntimeError as err:
            raise StoreError(f"embedded store {self.path}: {_first_line(err)}") from err

    def _refuse_outdated(self) -> None:
        """A read-only open cannot bring an older database up to the schema: say how to, before a query fails."""
        for rel_type in RANKED:
            if "rank" not in columns(self, rel_type):
                raise StoreError(
                    f"embedded store {self.path}: written by an older polgraph; run `polgraph upgrade --db "
                    f"{self.path}` once to bring it up to date"
                )

    def write(self, batch: GraphBatch) -> None:
        """One transaction. Keys are resolved in Python: new nodes, and relationships of articles not
        stored before, are CREATEd; only what may exist goes through MERGE (slow row by row in ladybug).
        Statements already stored are left as they are; the aggregates and the name index are updated
        in the same transaction."""
        if self.read_only:
            raise StoreError(f"embedded store {self.path}: opened read-only")
        known = {label: self._known_keys(label) for label in NODES}
        drop_stored_statements(batch, set(batch.nodes.get("Statement", {})) & known["Statement"])
        new_articles = set(batch.nodes.get("Article", {})) - known["Article"]
        check_free_space(self.path, batch)
        names = self._known_names()
        begin_batch(self.path, batch)
        self.conn.execute("BEGIN TRANSACTION")
        try:
            plan = plan_aggregates(batch, new_articles, self._rows)
            for label in NODES:
                rows = node_rows(batch, label)
                old = [r for r in rows if r["key"] in known[label]]
                new = [r for r in rows if r["key"] not in known[label]]
                changed = self._changed(label, old)
                if changed:
                    self.conn.execute(merge_node_query(label), {"rows": changed})
                if new:
                    self._copy_nodes(label, new)
            for key in batch.rels:
                rows = rel_rows(batch, key)
                fresh = [r for r in rows if r["article"] in new_articles]
                again = [r for r in rows if r["article"] not in new_articles]
                if fresh:
                    self._copy_rels(key[0], key[1], key[2], fresh)
                if again:
                    self.conn.execute(merge_rel_query(*key), {"rows": again})
            new_names = self._write_aggregates(plan, names)
            self.conn.execute("COMMIT")
        except BaseException as err:
            self._rollback()
            end_batch(self.path)
            self._keys.clear()
            self._names = None
            if isinstance(err, StoreError) or not isinstance(err, Exception):
                raise
            cause = _first_line(err) if isinstance(err, RuntimeError) else f"{type(err).__name__}: {_first_line(err)}"
            raise StoreError(f"embedded store {self.path}: batch not written: {cause}") from err
        end_batch(self.path)
        for label in NODES:
            known[label].update(batch.nodes.get(label, {}))
        names.update(new_names)

    def _changed(self, label: str, rows: list[Row]) -> list[Row]:
        """The stored nodes whose name, aliases or digest this batch changes (MERGE is slow row by row);
        labels with neither aliases nor a digest are never written again."""
        fields = [p for p in ("name", "aliases", "digest") if p in NODES[label].properties]
        if not rows or not {"aliases", "digest"} & set(fields):
            return []
        stored = self._rows(
            f"UNWIND $keys AS k MATCH (n:{label} {{key: k}}) RETURN n.key AS key, "
            + ", ".join(f"n.{p} AS {p}" for p in fields),
            {"keys": [r["key"] for r in rows]},
        )
        return changed_rows(rows, {r["key"]: r for r in stored}, fields)

    def _rollback(self) -> None:
        """Roll back if ladybug has not already (it does on most errors); never hide the first error."""
        try:
            self.conn.execute("ROLLBACK")
        except RuntimeError:
            pass

    def _write_aggregates(self, plan: AggregatePlan, names: set[tuple[str, str]]) -> set[tuple[str, str]]:
        new_links = {(n, label, key) for n, label, key in plan.names if (n, key) not in names}
        name_nodes = {n for n, _ in names}
        fresh = sorted({n for n, _, _ in new_links} - name_nodes)
        if fresh:
            self.conn.execute("UNWIND $rows AS r CREATE (n:Name {key: r})", {"rows": fresh})
        for label in ENTITIES:
            rows = [{"from": n, "to": key} for n, lab, key in sorted(new_links) if lab == label]
            if rows:
                self._copy_rels("NAMES", "Name", label, rows)
        for (fl, tl), rows in plan.spoke_rows().items():
            self._add_counts("SPOKE_ABOUT", fl, tl, rows)
        if plan.parties:
            self._add_counts("PARTY_STANCE", "Party", "Party", plan.party_rows())
        if plan.people:
            self.conn.execute(add_person_counts_query(), {"rows": plan.people_rows()})
        return {(n, key) for n, _, key in new_links}

    def _add_counts(self, rel_type: str, from_label: str, to_label: str, rows: list[Row]) -> None:
        """Existing counting relationships are updated, missing ones COPYed in."""
        existing = {
            (r["f"], r["t"])
            for r in self._rows(
                f"UNWIND $keys AS k MATCH (a:{from_label} {{key: k}})-[e:{rel_type}]->(b:{to_label}) "
                "RETURN a.key AS f, b.key AS t",
                {"keys": sorted({r["from"] for r in rows})},
            )
        }
        old = [r for r in rows if (r["from"], r["to"]) in existing]
        new = [r for r in rows if (r["from"], r["to"]) not in existing]
        if old:
            self.conn.execute(update_counts_query(rel_type, from_label, to_label), {"rows": old})
        if new:
            self._copy_rels(rel_type, from_label, to_label, new)

    def _known_names(self) -> set[tuple[str, str]]:
        if self._names is None:
            links = self._table("MATCH (n:Name)-[:NAMES]->(e) RETURN n.key AS n, e.key AS k")
            self._names = set(zip(links["n"], links["k"]))
            self._names |= {(n, "") for n in self._table("MATCH (n:Name) RETURN n.key AS n")["n"]}
        return self._names

    def _copy_nodes(self, label: str, rows: list[Row]) -> None:
        """New nodes: COPY from an Arrow table for many rows; a COPY makes the commit write whole column
        chunks, which costs more than it saves for a small batch, so few rows go through UNWIND ... CREATE."""
        if len(rows) < COPY_ROWS:
            self.conn.execute(create_node_query(label), {"rows": rows})
            return
        props = {**NODES[label].properties, **COUNTERS.get(label, {})}
        columns = {p: pa.array([r.get(p) for r in rows], ARROW[kind]) for p, kind in props.items()}
        new_nodes = pa.table(columns)  # noqa: F841 - read by name through ladybug's scan replacement
        self.conn.execute(f"COPY {label} FROM new_nodes")

    def _copy_rels(self, rel_type: str, from_label: str, to_label: str, rows: list[Row]) -> None:
        """COPY from an Arrow table for many rows (it uses the primary-key index; UNWIND ... MATCH by key
        scans), UNWIND ... CREATE for a few (see ``_copy_nodes``)."""
        if len(rows) < COPY_ROWS:
            self.conn.execute(create_rel_query(rel_type, from_label, to_label), {"rows": rows})
            return
        rel = RELS.get(rel_type) or AGGREGATE_RELS[rel_type]
        columns = {
            "from": pa.array([r["from"] for r in rows], pa.string()),
            "to": pa.array([r["to"] for r in rows], pa.string()),
        }
        for prop, kind in rel.properties.items():
            columns[prop] = pa.array([r.get(prop) for r in rows], ARROW[kind])
        new_rels = pa.table(columns)  # noqa: F841 - read by name through ladybug's scan replacement
        self.conn.execute(f"COPY {rel_type} FROM new_rels (from='{from_label}', to='{to_label}')")

    def _known_keys(self, label: str) -> set[str]:
        if label not in self._keys:
            self._keys[label] = set(self._table(f"MATCH (n:{label}) RETURN n.key AS key")["key"])
        return self._keys[label]

    def _table(self, cypher: str) -> dict[str, list[Any]]:
        """A whole result of plain values by column, converted in bulk: row by row is slow for a whole table."""
        return self.conn.execute(cypher).get_as_arrow().to_pydict()

    def people(self) -> list[Row]:
        return self.conn.execute(PEOPLE).get_as_arrow().to_pylist()

    def article_digests(self) -> dict[str, str]:
        table = self._table(DIGESTS)
        return {k: d for k, d in zip(table["k"], table["d"]) if d}

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


def _first_line(err: BaseException) -> str:
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__
