"""Pictures of the graph: a self-contained interactive page, and static party-relationship drawings."""
from __future__ import annotations

import html
import json
from importlib import resources

import networkx as nx

PALETTE = ["#d62728", "#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22",
           "#7f7f7f"]
RELATION_COLOURS = {"member_of": "#9e9e9e", "spoke_about": "#1565c0"}
STANCE_COLOURS = {"support": "#2e7d32", "oppose": "#c62828", "unknown": "#1565c0"}


def vis_network_js() -> str:
    """vis-network's minified build, shipped inside the pyvis package (no CDN, no network)."""
    return resources.files("pyvis").joinpath("templates/lib/vis-9.1.2/vis-network.min.js").read_text("utf-8")


def party_colours(graph: nx.Graph) -> dict[str, str]:
    parties = sorted(n for n, d in graph.nodes(data=True) if d.get("kind") == "Party")
    return {p: PALETTE[i % len(PALETTE)] for i, p in enumerate(parties)}


def page_data(actors: nx.MultiDiGraph) -> dict:
    """Nodes and edges in vis-network's shape; statement texts go into edge titles."""
    colours = party_colours(actors)
    nodes = []
    for node, data in actors.nodes(data=True):
        party = data.get("party") or ""
        is_party = data["kind"] == "Party"
        nodes.append({"id": node, "label": data["label"], "kind": data["kind"],
                      "shape": "box" if is_party else "dot", "size": 18 if is_party else 10,
                      "color": colours.get(node if is_party else party, "#607d8b"),
                      "font": {"color": "#ffffff" if is_party else "#212121"}})
    edges = []
    for i, (a, b, data) in enumerate(actors.edges(data=True)):
        relation = data["relation"]
        colour = RELATION_COLOURS[relation] if relation == "member_of" else STANCE_COLOURS[data.get("stance", "unknown")]
        title = "member of" if relation == "member_of" else f"{data.get('type')}: \u201c{data.get('text')}\u201d ({data.get('article')})"
        edges.append({"id": i, "from": a, "to": b, "relation": relation, "title": title,
                      "color": {"color": colour}, "arrows": "to", "dashes": relation == "member_of"})
    return {"nodes": nodes, "edges": edges}


TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>__TITLE__</title>
<style>
 body { margin: 0; font: 14px system-ui, sans-serif; display: flex; height: 100vh; }
 #graph { flex: 1; }
 #side { width: 320px; padding: 12px; border-left: 1px solid #ddd; overflow: auto; }
 #side h1 { font-size: 16px; margin: 0 0 8px; }
 #search { width: 100%; padding: 6px; box-sizing: border-box; margin-bottom: 8px; }
 .legend span { display: inline-block; width: 12px; height: 12px; margin-right: 4px; vertical-align: middle; }
 #detail blockquote { margin: 6px 0; padding-left: 8px; border-left: 3px solid #1565c0; }
</style>
</head>
<body>
<div id="graph"></div>
<div id="side">
 <h1>__TITLE__</h1>
 <input id="search" type="search" placeholder="Find a person or party" list="names">
 <datalist id="names"></datalist>
 <div class="legend">
  <div><span style="background:#1565c0"></span>spoke about (stance unknown)</div>
  <div><span style="background:#2e7d32"></span>spoke in support</div>
  <div><span style="background:#c62828"></span>spoke against</div>
  <div><span style="background:#9e9e9e"></span>member of (dashed)</div>
 </div>
 <p>Boxes are parties, dots are people coloured by party. Hover an arrow for the statement; click a node for everything said by and about it.</p>
 <div id="detail"></div>
 <div id="drawn" hidden></div>
</div>
<script>__VIS__</script>
<script>
const DATA = __DATA__;
const nodes = new vis.DataSet(DATA.nodes);
const edges = new vis.DataSet(DATA.edges.map(e => Object.assign({}, e, {title: e.title})));
const network = new vis.Network(document.getElementById("graph"), {nodes, edges}, {
  physics: {stabilization: {iterations: 300}, barnesHut: {springLength: 140}},
  interaction: {hover: true, tooltipDelay: 100},
  edges: {smooth: {type: "continuous"}}
});
const byLabel = new Map(DATA.nodes.map(n => [n.label.toLowerCase(), n.id]));
const list = document.getElementById("names");
DATA.nodes.forEach(n => { const o = document.createElement("option"); o.value = n.label; list.appendChild(o); });
function esc(s) { const d = document.createElement("div"); d.textContent = s; return d.innerHTML; }
function show(id) {
  const node = nodes.get(id);
  const said = DATA.edges.filter(e => e.relation === "spoke_about" && e.from === id);
  const heard = DATA.edges.filter(e => e.relation === "spoke_about" && e.to === id);
  const name = n => esc(nodes.get(n).label);
  document.getElementById("detail").innerHTML = "<h2>" + esc(node.label) + "</h2>" +
    "<h3>Said (" + said.length + ")</h3>" + said.map(e => "<blockquote>about " + name(e.to) + ": " + esc(e.title) + "</blockquote>").join("") +
    "<h3>Said about (" + heard.length + ")</h3>" + heard.map(e => "<blockquote>" + name(e.from) + ": " + esc(e.title) + "</blockquote>").join("");
}
network.on("click", p => { if (p.nodes.length) show(p.nodes[0]); });
document.getElementById("search").addEventListener("input", ev => {
  const id = byLabel.get(ev.target.value.trim().toLowerCase());
  if (id !== undefined) { network.selectNodes([id]); network.focus(id, {scale: 1.4, animation: false}); show(id); }
});
network.once("afterDrawing", () => {
  const drawn = document.getElementById("drawn");
  drawn.dataset.nodes = nodes.length;
  drawn.dataset.edges = edges.length;
  drawn.textContent = nodes.get().map(n => n.label).join("|");
  document.body.dataset.drawn = "yes";
});
</script>
</body>
</html>
"""


def write_html(actors: nx.MultiDiGraph, path: str, title: str = "polgraph: who said what about whom") -> None:
    data = json.dumps(page_data(actors), ensure_ascii=False).replace("</", "<\\/")
    page = (TEMPLATE.replace("__TITLE__", html.escape(title)).replace("__DATA__", data)
            .replace("__VIS__", vis_network_js().replace("</script", "<\\/script")))
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(page)


def write_static(parties: nx.DiGraph, path: str, title: str = "Who talks about whom: party relations") -> list[str]:
    """PNG or SVG of the party-relationship graph, edges as wide as their statement count; returns the labels drawn."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    graph = parties.copy()
    graph.remove_nodes_from([n for n in list(graph) if graph.degree(n) == 0])
    fig, ax = plt.subplots(figsize=(10, 7), dpi=120)
    ax.set_title(title)
    ax.axis("off")
    if graph.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "no statements between parties yet", ha="center", va="center")
    else:
        colours = party_colours(graph)
        pos = nx.spring_layout(graph, seed=7, k=1.2)
        widths = [1 + 1.5 * d["weight"] for _, _, d in graph.edges(data=True)]
        nx.draw_networkx_nodes(graph, pos, ax=ax, node_size=2200, node_color=[colours[n] for n in graph])
        nx.draw_networkx_edges(graph, pos, ax=ax, width=widths, arrowsize=18, edge_color="#455a64",
                               connectionstyle="arc3,rad=0.12", node_size=2200)
        nx.draw_networkx_labels(graph, pos, ax=ax, labels=nx.get_node_attributes(graph, "label"),
                                font_size=9, font_color="#000000")
        nx.draw_networkx_edge_labels(graph, pos, ax=ax, edge_labels=nx.get_edge_attributes(graph, "weight"),
                                     font_size=8, connectionstyle="arc3,rad=0.12")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return [graph.nodes[n]["label"] for n in graph]
