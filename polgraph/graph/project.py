"""networkx projections of the stored graph, and the analyses users ask of them."""

from __future__ import annotations

from typing import Any

import networkx as nx

from polgraph.graph.store import GraphStore
from polgraph.outfile import output_file, xml_safe

PARTIES = "MATCH (p:Party) RETURN p.key AS key, p.name AS name, p.country AS country"
PEOPLE = "MATCH (p:Person) RETURN p.key AS key, p.name AS name"
MEMBERS = "MATCH (p:Person)-[:MEMBER_OF]->(party:Party) RETURN DISTINCT p.key AS person, party.key AS party"
SPOKE_ABOUT = """
MATCH (sp)-[:SAID]->(s:Statement)-[e:ABOUT]->(t)
WHERE sp.kind IN ['Person', 'Party'] AND t.kind IN ['Person', 'Party']
RETURN sp.key AS source, t.key AS target, s.key AS statement, s.text AS text, s.type AS type,
       s.article AS article, e.stance AS stance
ORDER BY statement, target
"""
STANCES = ("negative", "positive", "neutral")


def stance_of(value: str | None) -> str:
    """A stored stance; a missing or unknown one counts as neutral."""
    return value if value in STANCES else "neutral"


def net_stance(stances: set[str]) -> str:
    """One statement's stance toward a party it reaches through several targets: mixed signs are neutral."""
    if "negative" in stances and "positive" not in stances:
        return "negative"
    if "positive" in stances and "negative" not in stances:
        return "positive"
    return "neutral"


def party_labels(store: GraphStore) -> dict[str, tuple[str, str]]:
    """(label, country) per party key; a name two countries share gets its country code."""
    rows = store.query(PARTIES)
    names = [r["name"] for r in rows]
    return {
        r["key"]: (
            f"{r['name'] or r['key']} ({r['country']})"
            if names.count(r["name"]) > 1 and r["country"]
            else r["name"] or r["key"],
            r["country"] or "",
        )
        for r in rows
    }


def _signed_edge(graph: nx.DiGraph, a: str, b: str, stance: str) -> None:
    data = graph.get_edge_data(a, b) or {"weight": 0, "negative": 0, "positive": 0, "neutral": 0}
    data["weight"] += 1
    data[stance] += 1
    data["net"] = data["positive"] - data["negative"]
    data["stance"] = "negative" if data["net"] < 0 else "positive" if data["net"] > 0 else "neutral"
    graph.add_edge(a, b, **data)


def party_graph(store: GraphStore) -> nx.DiGraph:
    """The signed party graph: an edge A -> B per statement A (or its members) made about B (or its members).

    Edge attributes: ``weight`` (statements), ``negative``/``positive``/``neutral`` counts, ``net``
    (positive minus negative) and ``stance`` (the sign of ``net`` as a word). Parties are keyed by
    country and official name, so parties of the same name in two countries stay apart.
    """
    graph = nx.DiGraph(name="party relations")
    for key, (label, country) in party_labels(store).items():
        graph.add_node(key, label=label, kind="Party", country=country)
    parties_of: dict[str, set[str]] = {}
    for row in store.query(MEMBERS):
        parties_of.setdefault(row["person"], set()).add(row["party"])
    reached: dict[tuple[str, str, str], set[str]] = {}
    for row in store.query(SPOKE_ABOUT):
        sources = {row["source"]} if row["source"] in graph else parties_of.get(row["source"], set())
        targets = {row["target"]} if row["target"] in graph else parties_of.get(row["target"], set())
        for a in sources:
            for b in targets - {a}:
                reached.setdefault((row["statement"], a, b), set()).add(stance_of(row["stance"]))
    for (_, a, b), stances in sorted(reached.items()):
        _signed_edge(graph, a, b, net_stance(stances))
    return graph


def actor_graph(store: GraphStore) -> nx.MultiDiGraph:
    """People and parties; member-of edges and one spoke-about edge per statement and target, with its stance."""
    graph = nx.MultiDiGraph(name="actors")
    for key, (label, country) in party_labels(store).items():
        graph.add_node(key, label=label, kind="Party", party=key, country=country)
    members = store.query(MEMBERS)
    parties_of: dict[str, list[str]] = {}
    for row in members:
        parties_of.setdefault(row["person"], []).append(row["party"])
    for row in store.query(PEOPLE):
        parties = sorted(parties_of.get(row["key"], []))
        graph.add_node(row["key"], label=row["name"] or row["key"], kind="Person", party=parties[0] if parties else "")
    for row in members:
        graph.add_edge(row["person"], row["party"], relation="member_of")
    for row in store.query(SPOKE_ABOUT):
        if row["source"] in graph and row["target"] in graph and row["source"] != row["target"]:
            graph.add_edge(
                row["source"],
                row["target"],
                relation="spoke_about",
                text=row["text"] or "",
                type=row["type"] or "",
                article=row["article"] or "",
                stance=stance_of(row["stance"]),
            )
    return graph


def person_graph(actors: nx.MultiDiGraph) -> nx.DiGraph:
    """People only; an edge A -> B weighted by the statements A made about B."""
    graph = nx.DiGraph(name="people")
    for node, data in actors.nodes(data=True):
        if data["kind"] == "Person":
            graph.add_node(node, **data)
    for a, b, data in actors.edges(data=True):
        if data["relation"] == "spoke_about" and a in graph and b in graph:
            _signed_edge(graph, a, b, data["stance"])
    return graph


def stance_ranking(graph: nx.DiGraph, top: int = 10) -> dict[str, list[dict[str, Any]]]:
    """Who is attacked and backed most, and who attacks and backs most: statement counts on signed edges."""
    label = nx.get_node_attributes(graph, "label")

    def ranked(direction: str, stance: str) -> list[dict[str, Any]]:
        totals: dict[str, int] = {}
        for a, b, data in graph.edges(data=True):
            node = b if direction == "in" else a
            totals[node] = totals.get(node, 0) + data.get(stance, 0)
        order = sorted((n for n, v in totals.items() if v), key=lambda n: (-totals[n], label.get(n, n)))
        return [{"name": label.get(n, n), "statements": totals[n]} for n in order[:top]]

    return {
        "most_attacked": ranked("in", "negative"),
        "attacks_most": ranked("out", "negative"),
        "most_backed": ranked("in", "positive"),
        "backs_most": ranked("out", "positive"),
    }


def analyse(graph: nx.DiGraph, top: int = 10) -> dict[str, Any]:
    """Centrality (weighted in-degree, PageRank, betweenness) and modularity communities."""
    if graph.number_of_nodes() == 0:
        return {"nodes": 0, "edges": 0, "central": [], "communities": []}
    label = nx.get_node_attributes(graph, "label")
    pagerank = nx.pagerank(graph, weight="weight") if graph.number_of_edges() else {n: 0.0 for n in graph}
    betweenness = nx.betweenness_centrality(graph)
    indegree = dict(graph.in_degree(weight="weight"))
    ranked = sorted(graph.nodes, key=lambda n: (-pagerank[n], -indegree[n], label.get(n, n)))[:top]
    undirected = nx.Graph(graph)
    communities = (
        nx.community.greedy_modularity_communities(undirected, weight="weight") if undirected.number_of_edges() else []
    )
    return {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "central": [
            {
                "name": label.get(n, n),
                "pagerank": round(pagerank[n], 4),
                "in_weight": indegree[n],
                "betweenness": round(betweenness[n], 4),
            }
            for n in ranked
        ],
        "communities": [sorted(label.get(n, n) for n in c) for c in communities if len(c) > 1],
    }


def _xml_safe(value: Any) -> Any:
    if value is None:
        return ""
    return xml_safe(value) if isinstance(value, str) else value


def export_graph(graph: nx.Graph, path: str) -> None:
    """GraphML or GEXF (for Gephi), by file name; written whole or not at all (``OutputError``)."""
    clean = nx.relabel_nodes(graph, {n: _xml_safe(n) for n in graph if isinstance(n, str)})
    for _, data in clean.nodes(data=True):
        data.update({k: _xml_safe(v) for k, v in data.items()})
    for *_, data in clean.edges(data=True):
        data.update({k: _xml_safe(v) for k, v in data.items()})
    clean.graph.update({k: _xml_safe(v) for k, v in clean.graph.items()})
    with output_file(path, binary=True) as fh:
        if path.endswith(".gexf"):
            nx.write_gexf(clean, fh)
        else:
            nx.write_graphml(clean, fh)
