"""networkx projections of the stored graph, and the analyses users ask of them."""
from __future__ import annotations

from typing import Any

import networkx as nx

from polgraph.graph.store import GraphStore

PARTY_EDGES = """
MATCH (a:Party)<-[:MEMBER_OF]-(:Person)-[:SAID]->(s:Statement)-[:ABOUT]->(t)
OPTIONAL MATCH (t)-[:MEMBER_OF]->(tp:Party)
WITH a, s, CASE WHEN t.kind = 'Party' THEN t.key ELSE tp.key END AS target
WHERE target IS NOT NULL AND target <> a.key
RETURN a.key AS source, target, count(DISTINCT s.key) AS statements
"""
PARTY_SPEAKING = """
MATCH (a:Party)-[:SAID]->(s:Statement)-[:ABOUT]->(t:Party)
WHERE t.key <> a.key
RETURN a.key AS source, t.key AS target, count(DISTINCT s.key) AS statements
"""
PARTIES = "MATCH (p:Party) RETURN p.key AS key, p.name AS name, p.country AS country"
PEOPLE = """
MATCH (p:Person)
OPTIONAL MATCH (p)-[:MEMBER_OF]->(party:Party)
RETURN p.key AS key, p.name AS name, collect(DISTINCT party.key) AS parties
"""
SPOKE_ABOUT = """
MATCH (sp)-[:SAID]->(s:Statement)-[:ABOUT]->(t)
WHERE t.kind IN ['Person', 'Party']
RETURN sp.key AS source, t.key AS target, s.text AS text, s.type AS type, s.article AS article
"""
MEMBERS = "MATCH (p:Person)-[:MEMBER_OF]->(party:Party) RETURN DISTINCT p.key AS person, party.key AS party"


def party_labels(store: GraphStore) -> dict[str, tuple[str, str]]:
    """(label, country) per party key; a name two countries share gets its country code."""
    rows = store.query(PARTIES)
    names = [r["name"] for r in rows]
    return {r["key"]: (f"{r['name']} ({r['country']})" if names.count(r["name"]) > 1 and r["country"] else r["name"],
                       r["country"] or "") for r in rows}


def party_graph(store: GraphStore) -> nx.DiGraph:
    """Parties; an edge A -> B weighted by the statements A (or its members) made about B (or its members)."""
    graph = nx.DiGraph(name="party relations")
    for key, (label, country) in party_labels(store).items():
        graph.add_node(key, label=label, kind="Party", country=country)
    for query in (PARTY_EDGES, PARTY_SPEAKING):
        for row in store.query(query):
            weight = graph.get_edge_data(row["source"], row["target"], {}).get("weight", 0)
            graph.add_edge(row["source"], row["target"], weight=weight + row["statements"], stance="unknown")
    return graph


def actor_graph(store: GraphStore) -> nx.MultiDiGraph:
    """People and parties; member-of edges and one spoke-about edge per statement (with its text)."""
    graph = nx.MultiDiGraph(name="actors")
    for key, (label, _) in party_labels(store).items():
        graph.add_node(key, label=label, kind="Party", party=key)
    for row in store.query(PEOPLE):
        parties = [p for p in row["parties"] or [] if p]
        graph.add_node(row["key"], label=row["name"], kind="Person", party=parties[0] if parties else "")
    for row in store.query(MEMBERS):
        graph.add_edge(row["person"], row["party"], relation="member_of")
    for row in store.query(SPOKE_ABOUT):
        if row["source"] in graph and row["target"] in graph and row["source"] != row["target"]:
            graph.add_edge(row["source"], row["target"], relation="spoke_about", text=row["text"],
                           type=row["type"], article=row["article"], stance="unknown")
    return graph


def person_graph(actors: nx.MultiDiGraph) -> nx.DiGraph:
    """People only; an edge A -> B weighted by the statements A made about B."""
    graph = nx.DiGraph(name="people")
    for node, data in actors.nodes(data=True):
        if data["kind"] == "Person":
            graph.add_node(node, **data)
    for a, b, data in actors.edges(data=True):
        if data["relation"] == "spoke_about" and a in graph and b in graph:
            graph.add_edge(a, b, weight=graph.get_edge_data(a, b, {}).get("weight", 0) + 1)
    return graph


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
    communities = (nx.community.greedy_modularity_communities(undirected, weight="weight")
                   if undirected.number_of_edges() else [])
    return {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "central": [{"name": label.get(n, n), "pagerank": round(pagerank[n], 4),
                     "in_weight": indegree[n], "betweenness": round(betweenness[n], 4)} for n in ranked],
        "communities": [sorted(label.get(n, n) for n in c) for c in communities if len(c) > 1],
    }


def export_graph(graph: nx.Graph, path: str) -> None:
    """GraphML or GEXF (for Gephi), by file name."""
    clean = graph.copy()
    for _, data in clean.nodes(data=True):
        for k, v in list(data.items()):
            if v is None:
                data[k] = ""
    if path.endswith(".gexf"):
        nx.write_gexf(clean, path)
    else:
        nx.write_graphml(clean, path)
