"""The shared store: Neo4j through the official driver (bolt:// or neo4j:// routing, so clusters and Aura work)."""

from __future__ import annotations

import os
import time
from typing import Any

from polgraph.graph.aggregates import AggregatePlan, drop_stored_statements, plan_aggregates, recompute
from polgraph.graph.model import GraphBatch
from polgraph.graph.schema import ENTITIES, NODES
from polgraph.graph.store import (
    SET_RANKS,
    UNRANKED,
    GraphStore,
    Row,
    StoreError,
    add_counts_query,
    add_person_counts_query,
    changed_rows,
    create_node_query,
    create_rel_query,
    merge_node_query,
    merge_rel_query,
    node_rows,
    rank_chunks,
    read_only_check,
    rel_rows,
)

RETRIES = 4
PAGE = 50_000
"""Nodes per record when a whole label is read (people, article digests)."""
SCHEMA = (
    "CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:Name) REQUIRE n.key IS UNIQUE",
    "CREATE INDEX person_said IF NOT EXISTS FOR (n:Person) ON (n.said)",
    "CREATE INDEX spoke_about_negative IF NOT EXISTS FOR ()-[e:SPOKE_ABOUT]-() ON (e.negative)",
    "CREATE TEXT INDEX policy_text IF NOT EXISTS FOR (n:Policy) ON (n.text_lc)",
)
"""The name index, and indexes the aggregate queries order or filter by."""
SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
CONNECT_TIMEOUT = 10.0
"""Seconds to connect and shake hands (NEO4J_CONNECT_TIMEOUT); the connection check retries within it."""


class Neo4jStore(GraphStore):
    """Uniqueness constraints on first use; each batch in one managed (retried) write transaction."""

    name = "neo4j"
    query_timeout: float | None = None
    driver: Any  # neo4j.Driver, None once closed
    _secret: str | None = None

    def __init__(
        self,
        uri: str,
        user: str | None,
        password: str | None,
        database: str | None = None,
        connect_timeout: float | None = None,
        query_timeout: float | None = None,
    ) -> None:
        import neo4j
        from neo4j.exceptions import AuthError, ConfigurationError, Neo4jError, ServiceUnavailable

        uri, user, password = split_credentials(uri, user, password)
        self.uri = uri
        self.database = database or None
        self.query_timeout = query_timeout
        self._secret = password
        scheme = uri.partition("://")[0].lower() if "://" in uri else ""
        if scheme not in SCHEMES:
            raise StoreError(
                f"Neo4j at {uri}: unsupported URI scheme {scheme or '(none)'!r}; use "
                + ", ".join(f"{s}://" for s in SCHEMES)
            )
        if self.database and self.database.lower() == "system":
            raise StoreError(
                f"Neo4j at {uri}: the 'system' database holds users and settings, not a graph; "
                "name a graph database or leave NEO4J_DATABASE unset for the server's default"
            )
        timeout = connect_timeout if connect_timeout is not None else CONNECT_TIMEOUT
        auth = (user or "neo4j", password or "") if (user or password) else None
        try:
            self.driver = neo4j.GraphDatabase.driver(
                uri,
                auth=auth,
                notifications_min_severity="OFF",
                connection_timeout=timeout,
                connection_acquisition_timeout=timeout,
            )
            self._with_retry(self.driver.verify_connectivity, deadline=time.monotonic() + timeout)
            self._ensure_schema()
            self._migrate()
        except AuthError as err:
            raise StoreError(f"Neo4j at {uri}: authentication failed for user {user or 'neo4j'!r}") from err
        except (ServiceUnavailable, OSError) as err:
            raise StoreError(f"Neo4j at {uri}: cannot connect within {timeout:g} s ({self._say(err)})") from err
        except (ConfigurationError, ValueError, Neo4jError) as err:
            raise StoreError(f"Neo4j at {uri}: {self._say(err)}") from err

    @classmethod
    def from_env(
        cls,
        uri: str | None = None,
        user: str | None = None,
        password: str | None = None,
        database: str | None = None,
        connect_timeout: float | None = None,
        query_timeout: float | None = None,
    ) -> Neo4jStore:
        """Options first, then NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE,
        NEO4J_CONNECT_TIMEOUT and NEO4J_QUERY_TIMEOUT (seconds)."""
        uri = uri or os.environ.get("NEO4J_URI")
        if not uri:
            raise StoreError("Neo4j store: no URI; set NEO4J_URI or pass --neo4j-uri")
        if connect_timeout is None:
            connect_timeout = _seconds("NEO4J_CONNECT_TIMEOUT")
        if query_timeout is None:
            query_timeout = _seconds("NEO4J_QUERY_TIMEOUT")
        return cls(
            uri,
            user or os.environ.get("NEO4J_USER"),
            password or os.environ.get("NEO4J_PASSWORD"),
            database or os.environ.get("NEO4J_DATABASE"),
            connect_timeout,
            query_timeout,
        )

    def _session(self, write: bool) -> Any:
        import neo4j

        mode = neo4j.WRITE_ACCESS if write else neo4j.READ_ACCESS
        return self.driver.session(database=self.database, default_access_mode=mode)

    def _with_retry(self, func: Any, *args: Any, deadline: float | None = None) -> Any:
        from neo4j.exceptions import ServiceUnavailable, SessionExpired, TransientError

        for attempt in range(RETRIES):
            try:
                return func(*args)
            except (ServiceUnavailable, SessionExpired, TransientError):
                pause = 0.5 * 2**attempt
                if attempt == RETRIES - 1 or (deadline is not None and time.monotonic() + pause >= deadline):
                    raise
                time.sleep(pause)
        return None

    def _say(self, err: BaseException) -> str:
        """The first line of an error, the password masked should the server or driver echo it."""
        text = _first_line(err)
        return text.replace(self._secret, "***") if self._secret else text

    def _ensure_schema(self) -> None:
        with self._session(write=True) as session:
            for label in NODES:
                session.run(
                    f"CREATE CONSTRAINT {label.lower()}_key IF NOT EXISTS FOR (n:{label}) REQUIRE n.key IS UNIQUE"
                ).consume()
                session.run(f"CREATE INDEX {label.lower()}_name IF NOT EXISTS FOR (n:{label}) ON (n.name)").consume()
            for statement in SCHEMA:
                session.run(statement).consume()

    def _migrate(self) -> None:
        """A graph written by an earlier polgraph (entities but no name index) gets its name index, stances
        and aggregates, built from the facts in one transaction."""
        with self._session(write=True) as session:
            for first in session.run(UNRANKED).data():
                if first["missing"]:
                    self._rank_statements(first["key"])
            if session.run("MATCH (n:Name) RETURN count(n) > 0 AS some").single()["some"]:
                return
            if not any(
                session.run(f"MATCH (n:{label}) RETURN count(n) > 0 AS some").single()["some"]
                for label in ("Person", "Party")
            ):
                return
            session.execute_write(migrate_graph)

    def _rank_statements(self, last: str) -> None:
        """Statements written before ranks existed get them, a transaction per chunk (a million statements
        would not fit the server's transaction memory in one)."""

        def read(cypher: str, params: Row) -> list[Row]:
            with self._session(write=False) as session:
                return session.run(cypher, params).data()

        def work(tx: Any, rows: list[Row]) -> None:
            for statement in SET_RANKS:
                tx.run(statement, rows=rows).consume()

        for rows in rank_chunks(read, last):
            with self._session(write=True) as session:
                session.execute_write(work, rows)

    def write(self, batch: GraphBatch) -> None:
        from neo4j.exceptions import Neo4jError, ServiceUnavailable

        def work(tx: Any) -> None:
            write_batch(tx, batch)

        try:
            with self._session(write=True) as session:
                session.execute_write(work)
        except ServiceUnavailable as err:
            raise StoreError(
                f"Neo4j at {self.uri}: connection lost ({_first_line(err)}); nothing of this batch was written"
            ) from err
        except Neo4jError as err:
            raise StoreError(f"Neo4j at {self.uri}: {_first_line(err)}") from err

    def query(self, cypher: str, params: Row | None = None, write: bool = False) -> list[Row]:
        """Run ``cypher``; unless ``write``, only a single read statement, in a READ transaction."""
        import neo4j
        from neo4j.exceptions import ClientError, Neo4jError, ServiceUnavailable

        if not write:
            read_only_check(cypher, self.name)

        @neo4j.unit_of_work(timeout=self.query_timeout)
        def work(tx: Any) -> list[Row]:
            return [{k: _plain(v) for k, v in record.items()} for record in tx.run(cypher, params or {})]

        try:
            with self._session(write=write) as session:
                return session.execute_write(work) if write else session.execute_read(work)
        except ClientError as err:
            if "AccessMode" in (err.code or "") or "read access mode" in str(err).lower():
                raise StoreError("this query writes to the graph; pass --write to allow it") from err
            if "TransactionTimedOut" in (err.code or ""):
                raise StoreError(
                    f"Neo4j at {self.uri}: query stopped after the {self.query_timeout:g} s "
                    "time limit (--timeout, NEO4J_QUERY_TIMEOUT)"
                ) from err
            raise StoreError(f"Neo4j at {self.uri}: {self._say(err)}") from err
        except (ServiceUnavailable, Neo4jError) as err:
            raise StoreError(f"Neo4j at {self.uri}: {self._say(err)}") from err

    def set_query_timeout(self, seconds: float | None) -> None:
        self.query_timeout = seconds

    def people(self) -> list[Row]:
        return [{"key": k, "name": n, "aliases": a} for k, n, a in self._every("Person", "name", "aliases")]

    def article_digests(self) -> dict[str, str]:
        return {k: d for k, d in self._every("Article", "digest") if d}

    def _every(self, label: str, *props: str) -> list[list[Any]]:
        """[key, *props] of every node of a label, PAGE nodes per record in key order: one record per page
        decodes several times faster than one per node. (Each node is a list: collect() would skip nulls.)"""
        values = ", ".join(f"p.{p}" for p in ("key", *props))
        first, rest = (
            f"MATCH (p:{label}) WHERE p.key {op} $after WITH p ORDER BY p.key LIMIT $limit "
            f"RETURN collect([{values}]) AS page"
            for op in (">=", ">")
        )
        rows: list[list[Any]] = []
        cypher, after = first, ""
        while page := self.query(cypher, {"after": after, "limit": PAGE})[0]["page"]:
            rows.extend(page)
            cypher, after = rest, page[-1][0]
        return rows

    def close(self) -> None:
        driver = getattr(self, "driver", None)
        if driver is not None:
            driver.close()
            self.driver = None


def migrate_graph(tx: Any) -> None:
    def read(cypher: str, params: Row) -> list[Row]:
        return [dict(r) for r in tx.run(cypher, params)]

    for label in ENTITIES:
        tx.run(
            f"MATCH (e:{label}) UNWIND [e.name] + coalesce(e.aliases, []) AS name WITH e, name "
            "WHERE name IS NOT NULL MERGE (n:Name {key: name}) MERGE (n)-[:NAMES]->(e)"
        ).consume()
    tx.run("MATCH ()-[e:ABOUT]->() WHERE e.stance IS NULL SET e.stance = 'neutral'").consume()
    tx.run("MATCH ()-[e:SPOKE_ABOUT|PARTY_STANCE]->() DELETE e").consume()
    tx.run("MATCH (p:Person) SET p.said = NULL, p.said_articles = NULL").consume()
    plan = recompute(read)
    write_counts(tx, plan)


def write_counts(tx: Any, plan: AggregatePlan) -> None:
    """Add an aggregate plan's increments: speaker-target and party-party counts per stance, per-person counts."""
    for (fl, tl), rows in plan.spoke_rows().items():
        tx.run(add_counts_query("SPOKE_ABOUT", fl, tl), rows=rows).consume()
    if plan.parties:
        tx.run(add_counts_query("PARTY_STANCE", "Party", "Party"), rows=plan.party_rows()).consume()
    if plan.people:
        tx.run(add_person_counts_query(), rows=plan.people_rows()).consume()


def write_batch(tx: Any, batch: GraphBatch) -> None:
    """The batch's facts, names and aggregate increments, in the caller's transaction (which may be retried,
    so the batch itself is left as it is)."""

    def read(cypher: str, params: Row) -> list[Row]:
        return [dict(r) for r in tx.run(cypher, params)]

    batch = GraphBatch(
        nodes={k: dict(v) for k, v in batch.nodes.items()}, rels={k: dict(v) for k, v in batch.rels.items()}
    )
    statements = list(batch.nodes.get("Statement", {}))
    stored = {r["k"] for r in read("UNWIND $keys AS k MATCH (s:Statement {key: k}) RETURN k", {"keys": statements})}
    drop_stored_statements(batch, stored)
    articles = list(batch.nodes.get("Article", {}))
    new_articles = set(articles) - {
        r["k"] for r in read("UNWIND $keys AS k MATCH (a:Article {key: k}) RETURN k", {"keys": articles})
    }
    plan = plan_aggregates(batch, new_articles, read)
    stored_entities = _stored_entities(read, batch)
    indexed = {
        (n, k)
        for label in ENTITIES
        for k, row in stored_entities[label].items()
        for n in [row["name"], *row["aliases"]]
        if n
    }
    for label in NODES:
        new, old = _new_and_old(label, node_rows(batch, label), new_articles)
        if label in ENTITIES:  # a stored entity is written again only if the batch changes its name or aliases
            old = changed_rows(old, stored_entities[label], ("name", "aliases"))
        if new:
            tx.run(create_node_query(label), rows=new).consume()
        if old:
            tx.run(merge_node_query(label), rows=old).consume()
    for key in batch.rels:
        rows = rel_rows(batch, key)
        fresh = [r for r in rows if r["article"] in new_articles]
        again = [r for r in rows if r["article"] not in new_articles]
        if fresh:
            tx.run(create_rel_query(*key), rows=fresh).consume()
        if again:
            tx.run(merge_rel_query(*key), rows=again).consume()
    for label in ENTITIES:
        rows = [{"name": n, "key": k} for n, lab, k in plan.names if lab == label and (n, k) not in indexed]
        if rows:
            tx.run(
                f"UNWIND $rows AS r MATCH (e:{label} {{key: r.key}}) MERGE (n:Name {{key: r.name}}) "
                "MERGE (n)-[:NAMES]->(e)",
                rows=rows,
            ).consume()
    write_counts(tx, plan)


def _new_and_old(label: str, rows: list[Row], new_articles: set[str]) -> tuple[list[Row], list[Row]]:
    """Rows to CREATE and rows to MERGE. Statements left in a batch are new (stored ones were dropped), and
    new articles are known: CREATE skips MERGE's lookup and lock, and the key constraint still refuses a
    duplicate."""
    if label == "Statement":
        return rows, []
    if label == "Article":
        return [r for r in rows if r["key"] in new_articles], [r for r in rows if r["key"] not in new_articles]
    return [], rows


def _stored_entities(read: Any, batch: GraphBatch) -> dict[str, dict[str, Row]]:
    """Label -> key -> {name, aliases} of the batch's entities already stored. Their names and aliases were
    linked in the Name index in the transaction that stored them, so only new ones need a MERGE there."""
    stored: dict[str, dict[str, Row]] = {}
    for label in ENTITIES:
        keys = list(batch.nodes.get(label, {}))
        rows = (
            read(
                f"UNWIND $keys AS k MATCH (e:{label} {{key: k}}) RETURN e.key AS key, e.name AS name, "
                "coalesce(e.aliases, []) AS aliases",
                {"keys": keys},
            )
            if keys
            else []
        )
        stored[label] = {r["key"]: r for r in rows}
    return stored


def split_credentials(uri: str, user: str | None, password: str | None) -> tuple[str, str | None, str | None]:
    """``bolt://user:pass@host`` -> (``bolt://host``, user, pass): the driver refuses user info in URIs and
    messages must never show a password. Explicit user and password win over the URI's."""
    scheme, sep, rest = uri.partition("://")
    netloc, slash, path = rest.partition("/")
    info, at, host = netloc.rpartition("@")
    if not sep or not at:
        return uri, user, password
    from urllib.parse import unquote

    uri_user, colon, uri_password = info.partition(":")
    return (
        f"{scheme}://{host}{slash}{path}",
        user or unquote(uri_user) or None,
        password or (unquote(uri_password) if colon else None),
    )


def _seconds(variable: str) -> float | None:
    raw = os.environ.get(variable)
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not value > 0:
        raise StoreError(f"{variable}={raw!r}: not a positive number of seconds")
    return value


def _first_line(err: BaseException) -> str:
    text = getattr(err, "message", None) or str(err)
    return text.strip().splitlines()[0] if text.strip() else type(err).__name__


def _plain(value: Any) -> Any:
    if hasattr(value, "items") and hasattr(value, "labels"):
        return dict(value.items())
    return value
