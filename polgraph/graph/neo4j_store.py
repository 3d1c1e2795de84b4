"""The shared store: Neo4j through the official driver (bolt:// or neo4j:// routing, so clusters and Aura work)."""
from __future__ import annotations

import os
import time
from typing import Any

from polgraph.graph.model import GraphBatch
from polgraph.graph.schema import NODES
from polgraph.graph.store import GraphStore, Row, StoreError, write_plan

RETRIES = 4


class Neo4jStore(GraphStore):
    """Uniqueness constraints on first use; each batch in one managed (retried) write transaction."""

    name = "neo4j"

    def __init__(self, uri: str, user: str | None, password: str | None, database: str | None = None) -> None:
        import neo4j
        from neo4j.exceptions import AuthError, ConfigurationError, Neo4jError, ServiceUnavailable

        self.uri = uri
        self.database = database or None
        auth = (user or "neo4j", password or "") if (user or password) else None
        try:
            self.driver = neo4j.GraphDatabase.driver(uri, auth=auth, notifications_min_severity="OFF")
            self._with_retry(self.driver.verify_connectivity)
            self._ensure_schema()
        except AuthError as err:
            raise StoreError(f"Neo4j at {uri}: authentication failed for user {user or 'neo4j'!r}") from err
        except (ServiceUnavailable, OSError) as err:
            raise StoreError(f"Neo4j at {uri}: cannot connect ({_first_line(err)})") from err
        except (ConfigurationError, ValueError, Neo4jError) as err:
            raise StoreError(f"Neo4j at {uri}: {_first_line(err)}") from err

    @classmethod
    def from_env(cls, uri: str | None = None, user: str | None = None, password: str | None = None,
                 database: str | None = None) -> "Neo4jStore":
        """Options first, then NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE."""
        uri = uri or os.environ.get("NEO4J_URI")
        if not uri:
            raise StoreError("Neo4j store: no URI; set NEO4J_URI or pass --neo4j-uri")
        return cls(uri, user or os.environ.get("NEO4J_USER"), password or os.environ.get("NEO4J_PASSWORD"),
                   database or os.environ.get("NEO4J_DATABASE"))

    def _session(self, write: bool) -> Any:
        import neo4j

        mode = neo4j.WRITE_ACCESS if write else neo4j.READ_ACCESS
        return self.driver.session(database=self.database, default_access_mode=mode)

    def _with_retry(self, func: Any, *args: Any) -> Any:
        from neo4j.exceptions import ServiceUnavailable, SessionExpired, TransientError

        for attempt in range(RETRIES):
            try:
                return func(*args)
            except (ServiceUnavailable, SessionExpired, TransientError):
                if attempt == RETRIES - 1:
                    raise
                time.sleep(0.5 * 2 ** attempt)
        return None

    def _ensure_schema(self) -> None:
        with self._session(write=True) as session:
            for label in NODES:
                session.run(f"CREATE CONSTRAINT {label.lower()}_key IF NOT EXISTS "
                            f"FOR (n:{label}) REQUIRE n.key IS UNIQUE").consume()
                session.run(f"CREATE INDEX {label.lower()}_name IF NOT EXISTS FOR (n:{label}) ON (n.name)").consume()

    def write(self, batch: GraphBatch) -> None:
        from neo4j.exceptions import Neo4jError, ServiceUnavailable

        plan = write_plan(batch)

        def work(tx: Any) -> None:
            for query, rows in plan:
                tx.run(query, rows=rows).consume()

        try:
            with self._session(write=True) as session:
                session.execute_write(work)
        except ServiceUnavailable as err:
            raise StoreError(f"Neo4j at {self.uri}: connection lost ({_first_line(err)}); nothing of this batch "
                             "was written") from err
        except Neo4jError as err:
            raise StoreError(f"Neo4j at {self.uri}: {_first_line(err)}") from err

    def query(self, cypher: str, params: Row | None = None, write: bool = False) -> list[Row]:
        from neo4j.exceptions import ClientError, Neo4jError, ServiceUnavailable

        def work(tx: Any) -> list[Row]:
            return [{k: _plain(v) for k, v in record.items()} for record in tx.run(cypher, params or {})]

        try:
            with self._session(write=write) as session:
                return session.execute_write(work) if write else session.execute_read(work)
        except ClientError as err:
            if "AccessMode" in (err.code or "") or "read access mode" in str(err).lower():
                raise StoreError("this query writes to the graph; pass --write to allow it") from err
            raise StoreError(f"Neo4j at {self.uri}: {_first_line(err)}") from err
        except (ServiceUnavailable, Neo4jError) as err:
            raise StoreError(f"Neo4j at {self.uri}: {_first_line(err)}") from err

    def close(self) -> None:
        driver = getattr(self, "driver", None)
        if driver is not None:
            driver.close()
            self.driver = None


def _first_line(err: BaseException) -> str:
    text = getattr(err, "message", None) or str(err)
    return text.strip().splitlines()[0] if text.strip() else type(err).__name__


def _plain(value: Any) -> Any:
    if hasattr(value, "items") and hasattr(value, "labels"):
        return dict(value.items())
    return value
