"""Benchmarks clear the Neo4j they are given: only a database that is empty or that a benchmark marked."""

from __future__ import annotations

MARKER = "PolgraphBenchMarker"


class NotOurs(SystemExit):
    pass


def claim(store) -> None:
    """Mark an empty database as the benchmarks'; stop if it holds nodes a benchmark did not write."""
    if store.query(f"MATCH (m:{MARKER}) RETURN count(m) AS n")[0]["n"]:
        return
    total = store.query("MATCH (n) RETURN count(n) AS n")[0]["n"]
    if total:
        raise NotOurs(
            f"bench: Neo4j at {store.uri} holds {total} node(s) no benchmark wrote; refusing to clear it. "
            'Use an empty database, e.g. eval "$(scripts/neo4j-local start)"'
        )
    store.query(f"CREATE (:{MARKER})", write=True)


def clear(store, keep_marker: bool = True) -> None:
    """Delete what the benchmark wrote in small transactions (relationships first), after checking the marker."""
    claim(store)
    where = f"WHERE NOT n:{MARKER} " if keep_marker else ""
    while store.query("MATCH ()-[e]->() WITH e LIMIT 50000 DELETE e RETURN count(*) AS n", write=True)[0]["n"]:
        pass
    while store.query(f"MATCH (n) {where}WITH n LIMIT 50000 DELETE n RETURN count(*) AS n", write=True)[0]["n"]:
        pass
