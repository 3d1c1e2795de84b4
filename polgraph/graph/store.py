"""The ``GraphStore`` interface and the statements both implementations run."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from polgraph.graph.model import GraphBatch, statement_rank
from polgraph.graph.schema import AGGREGATE_RELS, COUNTERS, NODES, RELS, STANCES

Row = dict[str, Any]


class StoreError(RuntimeError):
    """The store cannot be opened or written; the message names the store, never a password."""


def merge_node_query(label: str) -> str:
    """UNWIND ... MERGE for one label (labels and property names come from the schema, never from users)."""
    props = [p for p in NODES[label].properties if p != "key"]
    on_create = ", ".join(f"n.{p} = r.{p}" for p in props)
    on_match = ", ".join(f"n.{p} = r.{p}" for p in props if p in ("aliases", "name", "digest"))
    query = f"UNWIND $rows AS r MERGE (n:{label} {{key: r.key}}) ON CREATE SET {on_create}"
    return query + (f" ON MATCH SET {on_match}" if on_match else "")


def merge_rel_query(rel_type: str, from_label: str, to_label: str) -> str:
    props = [p for p in RELS[rel_type].properties if p != "article"]
    sets = ", ".join(f"e.{p} = r.{p}" for p in props)
    query = (
        f"UNWIND $rows AS r MATCH (a:{from_label} {{key: r.from}}), (b:{to_label} {{key: r.to}}) "
        f"MERGE (a)-[e:{rel_type} {{article: r.article}}]->(b)"
    )
    return query + (f" ON CREATE SET {sets}" if sets else "")


def create_node_query(label: str) -> str:
    """UNWIND ... CREATE for rows whose keys are known to be new."""
    props = ", ".join(f"{p}: r.{p}" for p in NODES[label].properties)
    return f"UNWIND $rows AS r CREATE (n:{label} {{{props}}})"


def create_rel_query(rel_type: str, from_label: str, to_label: str) -> str:
    """UNWIND ... CREATE for relationships known to be new (those of articles not stored before)."""
    props = ", ".join(f"{p}: r.{p}" for p in (RELS.get(rel_type) or AGGREGATE_RELS[rel_type]).properties)
    return (
        f"UNWIND $rows AS r MATCH (a:{from_label} {{key: r.from}}) MATCH (b:{to_label} {{key: r.to}}) "
        f"CREATE (a)-[e:{rel_type}" + (f" {{{props}}}" if props else "") + "]->(b)"
    )


COUNT_PROPS = ("statements", *STANCES)


def add_counts_query(rel_type: str, from_label: str, to_label: str) -> str:
    """UNWIND ... MERGE a counting relationship and add the row's counts to it (Neo4j)."""
    zero = ", ".join(f"e.{p} = 0" for p in COUNT_PROPS)
    plus = ", ".join(f"e.{p} = e.{p} + r.{p}" for p in COUNT_PROPS)
    return (
        f"UNWIND $rows AS r MATCH (a:{from_label} {{key: r.from}}) MATCH (b:{to_label} {{key: r.to}}) "
        f"MERGE (a)-[e:{rel_type}]->(b) ON CREATE SET {zero} SET {plus}"
    )


def update_counts_query(rel_type: str, from_label: str, to_label: str) -> str:
    """UNWIND ... add the row's counts to an existing counting relationship."""
    plus = ", ".join(f"e.{p} = e.{p} + r.{p}" for p in COUNT_PROPS)
    return (
        f"UNWIND $rows AS r MATCH (a:{from_label} {{key: r.from}})-[e:{rel_type}]->(b:{to_label} {{key: r.to}}) "
        f"SET {plus}"
    )


def add_person_counts_query() -> str:
    sets = ", ".join(f"p.{c} = coalesce(p.{c}, 0) + r.{c}" for c in COUNTERS["Person"])
    return f"UNWIND $rows AS r MATCH (p:Person {{key: r.key}}) SET {sets}"


DIGESTS = "MATCH (a:Article) RETURN a.key AS k, a.digest AS d"
PEOPLE = "MATCH (p:Person) RETURN p.key AS key, p.name AS name, p.aliases AS aliases"
UNRANKED = "MATCH ()-[e:SAID]->(s:Statement) RETURN e.rank IS NULL AS missing, s.key AS key LIMIT 1"
"""Whether a graph predates ranked statements, by its first statement: a migration ranks that one last."""
STATEMENT_PLACES = (
    "MATCH (s:Statement) WHERE s.key > $after "
    "RETURN s.key AS key, s.published AS published, s.article AS article, s.start_offset AS start "
    "ORDER BY s.key LIMIT $limit"
)
SET_RANKS = (
    "UNWIND $rows AS r MATCH (x)-[e:SAID]->(s:Statement {key: r.key}) SET e.rank = r.rank",
    "UNWIND $rows AS r MATCH (s:Statement {key: r.key})-[e:ABOUT]->(x) SET e.rank = r.rank",
)
RANK_CHUNK = 20_000
"""Statements ranked per transaction when an older graph is migrated."""


def rank_chunks(read: Callable[[str, Row], list[Row]], last: str) -> Iterator[list[Row]]:
    """Rank rows of every stored statement in key order, RANK_CHUNK at a time; the statement keyed ``last``
    comes in a chunk of its own at the end, so an interrupted migration is found and redone on the next open."""
    after = ""
    while rows := read(STATEMENT_PLACES, {"after": after, "limit": RANK_CHUNK}):
        after = rows[-1]["key"]
        chunk = rank_rows([r for r in rows if r["key"] != last])
        if chunk:
            yield chunk
    yield rank_rows(read(STATEMENT_PLACES.replace("s.key > $after", "s.key = $after"), {"after": last, "limit": 1}))


def rank_rows(statements: list[Row]) -> list[Row]:
    """Each stored statement's rank, from its STATEMENT_PLACES row."""
    return [{"key": r["key"], "rank": statement_rank(r["published"], r["article"], r["start"])} for r in statements]


def changed_rows(rows: list[Row], stored: dict[str, Row], fields: Sequence[str]) -> list[Row]:
    """The rows of nodes not stored, or whose ``fields`` differ from the stored node's."""
    return [r for r in rows if r["key"] not in stored or any(r.get(p) != stored[r["key"]].get(p) for p in fields)]


def node_rows(batch: GraphBatch, label: str) -> list[Row]:
    props = NODES[label].properties
    return [{p: r.get(p) for p in props} for r in batch.nodes.get(label, {}).values()]


def rel_rows(batch: GraphBatch, key: tuple[str, str, str]) -> list[Row]:
    props = RELS[key[0]].properties
    return [{"from": r["from"], "to": r["to"], **{p: r.get(p) for p in props}} for r in batch.rels[key].values()]


def write_plan(batch: GraphBatch) -> list[tuple[str, list[Row]]]:
    """(query, rows) pairs: every node label first, then every relationship."""
    plan: list[tuple[str, list[Row]]] = []
    for label in NODES:
        rows = node_rows(batch, label)
        if rows:
            plan.append((merge_node_query(label), rows))
    for key in batch.rels:
        plan.append((merge_rel_query(*key), rel_rows(batch, key)))
    return plan


def read_only_check(cypher: str, store: str, allow_writes: bool = False) -> None:
    """StoreError unless ``cypher`` is one statement that only reads (see ``polgraph.queries.guard``)."""
    from polgraph.queries.guard import CypherRefused, check

    try:
        check(cypher, store, allow_writes)
    except CypherRefused as err:
        raise StoreError(f"refused: {err}") from err


class GraphStore(ABC):
    """Where facts live. Both stores answer the same Cypher."""

    name = "store"

    @abstractmethod
    def write(self, batch: GraphBatch) -> None:
        """Write a batch in one transaction: all of it, or nothing."""

    @abstractmethod
    def query(self, cypher: str, params: Row | None = None, write: bool = False) -> list[Row]:
        """Run Cypher with parameters; read-only unless ``write``."""

    @abstractmethod
    def close(self) -> None: ...

    def set_query_timeout(self, seconds: float | None) -> None:  # noqa: B027 (optional: a store may not limit)
        """Stop each later query after ``seconds`` (None: no limit)."""

    def counts(self) -> dict[str, int]:
        """Node count per label and relationship count per type."""
        out: dict[str, int] = {}
        for label in NODES:
            out[label] = self.query(f"MATCH (n:{label}) RETURN count(n) AS n")[0]["n"]
        for rel_type in RELS:
            out[rel_type] = self.query(f"MATCH ()-[e:{rel_type}]->() RETURN count(e) AS n")[0]["n"]
        return out

    def article_digests(self) -> dict[str, str]:
        """Article key -> fingerprint of the facts stored for it."""
        return {r["k"]: r["d"] for r in self.query(DIGESTS) if r["d"]}

    def people(self) -> list[Row]:
        return self.query(PEOPLE)

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(kind: str = "embedded", db: str | None = None, read_only: bool = False, **neo4j: Any) -> GraphStore:
    """The embedded store at ``db`` (default ./polgraph.db), or Neo4j from options and NEO4J_* variables.
    ``read_only`` opens the embedded store without writing a file; Neo4j reads run in READ transactions anyway."""
    if kind == "embedded":
        from polgraph.graph.embedded import EmbeddedStore

        return EmbeddedStore(db or "polgraph.db", read_only=read_only)
    if kind == "neo4j":
        from polgraph.graph.neo4j_store import Neo4jStore

        return Neo4jStore.from_env(**neo4j)
    raise StoreError(f"unknown store {kind!r}: use embedded or neo4j")
