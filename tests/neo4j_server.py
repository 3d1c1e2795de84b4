"""The tests' own Neo4j: named only by POLGRAPH_TEST_NEO4J_*, on loopback, claimed with a marker node.

``scripts/test`` starts a private server in a fresh folder and exports these variables. A database
that holds nodes but no marker is somebody else's: the tests refuse to touch it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

TEST_VARS = ("POLGRAPH_TEST_NEO4J_URI", "POLGRAPH_TEST_NEO4J_USER", "POLGRAPH_TEST_NEO4J_PASSWORD")
USER_VARS = ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE", "POLGRAPH_STORE", "POLGRAPH_DB")
"""The user's own settings: dropped for the whole test run, so no test, CLI call or subprocess sees them."""
MARKER = "PolgraphTestMarker"
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


class Refused(RuntimeError):
    """The configured server is not one the tests may write to."""


@dataclass(frozen=True)
class PrivateServer:
    uri: str
    user: str
    password: str

    def store(self, **options: Any):
        from polgraph.graph.neo4j_store import Neo4jStore

        return Neo4jStore(self.uri, self.user, self.password, **options)

    def wipe(self) -> None:
        """Delete everything the tests wrote, keeping the marker."""
        import neo4j

        driver = neo4j.GraphDatabase.driver(self.uri, auth=(self.user, self.password), notifications_min_severity="OFF")
        with driver, driver.session() as session:
            wipe(session)

    def env(self) -> dict[str, str]:
        """Environment for a ``polgraph ... --store neo4j`` subprocess aimed at this server only."""
        clean = {k: v for k, v in os.environ.items() if k not in USER_VARS}
        return {**clean, "NEO4J_URI": self.uri, "NEO4J_USER": self.user, "NEO4J_PASSWORD": self.password}


def from_environ(environ: Mapping[str, str] = os.environ) -> PrivateServer | None:
    """The test server named by POLGRAPH_TEST_NEO4J_*; never NEO4J_URI."""
    uri = environ.get(TEST_VARS[0])
    if not uri:
        return None
    require_loopback(uri)
    return PrivateServer(uri, environ.get(TEST_VARS[1]) or "neo4j", environ.get(TEST_VARS[2]) or "")


def require_loopback(uri: str) -> None:
    try:
        host = urlsplit(uri).hostname
    except ValueError:
        host = None
    if host not in LOOPBACK:
        raise Refused(f"{TEST_VARS[0]}={uri}: not a loopback address; the tests only use a server on this machine")


def claim(session: Any) -> None:
    """Mark an empty database as the tests'; refuse one holding nodes the tests did not write."""
    marked = session.run(f"MATCH (m:{MARKER}) RETURN count(m) AS n").single()["n"]
    if marked:
        return
    total = session.run("MATCH (n) RETURN count(n) AS n").single()["n"]
    if total:
        raise Refused(f"the test database holds {total} node(s) the tests did not write; refusing to touch it")
    session.run(f"CREATE (:{MARKER})").consume()


def wipe(session: Any, keep_marker: bool = True) -> None:
    """Delete what the tests wrote (only after checking the marker is there)."""
    if not session.run(f"MATCH (m:{MARKER}) RETURN count(m) AS n").single()["n"]:
        raise Refused("the test marker is gone; not deleting anything")
    where = f"WHERE NOT n:{MARKER} " if keep_marker else ""
    session.run(f"MATCH (n) {where}DETACH DELETE n").consume()
