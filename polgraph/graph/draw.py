"""Pictures of the graph: a self-contained interactive page, and a static party-relationship picture.

Both lay parties out by country, with a fixed (computed, not simulated) layout, colour parties the same
way and colour statement edges by stance: attacks red, support green, neutral grey.
"""

from __future__ import annotations

import contextlib
import html
import json
import math
import re
import textwrap
from importlib import resources

import networkx as nx

from polgraph.outfile import output_file

PALETTE = [
    "#1f77b4",
    "#d62728",
    "#ff7f0e",
    "#2ca02c",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#17becf",
    "#bcbd22",
    "#7f7f7f",
    "#393b79",
    "#637939",
    "#8c6d31",
    "#843c39",
    "#7b4173",
    "#3182bd",
    "#e6550d",
    "#31a354",
    "#756bb1",
    "#636363",
]
NO_PARTY = "#607d8b"
STANCE_COLOURS = {"negative": "#d32f2f", "positive": "#2e7d32", "neutral": "#9e9e9e"}
STANCE_WORDS = {"negative": "attacked", "positive": "backed", "neutral": "neutral about"}
MEMBER_COLOUR = "#37474f"
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean(text: object) -> str:
    """Text safe to draw: no control characters (they make ill-formed SVG), newlines as spaces."""
    return CONTROL.sub("", str(text if text is not None else "").replace("\n", " ").replace("\r", " "))


def country_names() -> dict[str, str]:
    data = json.loads(resources.files("polgraph.loaders.vocab").joinpath("countries.json").read_text("utf-8"))
    return {code: entry["name"] for code, entry in data["countries"].items()}


def vis_network_js() -> str:
    """vis-network's minified build, shipped inside the pyvis package (no CDN, no network)."""
    return resources.files("pyvis").joinpath("templates/lib/vis-9.1.2/vis-network.min.js").read_text("utf-8")


def party_colours(graph: nx.Graph) -> dict[str, str]:
    """A colour per party key, the same in the page and the picture (both hold every party)."""
    parties = sorted(n for n, d in graph.nodes(data=True) if d.get("kind") == "Party")
    return {p: PALETTE[i % len(PALETTE)] for i, p in enumerate(parties)}


# ---------------------------------------------------------------- the page's layout (pixels)


def _text_px(label: str, size: int = 14) -> float:
    return 0.6 * size * len(label) + 10


def _shelf(boxes: list[tuple[str, float, float]], max_width: float, gap: float) -> tuple[dict, float, float]:
    """Place (id, width, height) boxes left to right in rows no wider than MAX_WIDTH; top-left corners."""
    placed, x, y, row_h, width = {}, 0.0, 0.0, 0.0, 0.0
    for ident, w, h in boxes:
        if x > 0 and x + w > max_width:
            x, y, row_h = 0.0, y + row_h + gap, 0.0
        placed[ident] = (x, y)
        x += w + gap
        row_h = max(row_h, h)
        width = max(width, x - gap)
    return placed, width, y + row_h


def page_layout(actors: nx.MultiDiGraph) -> tuple[dict[str, tuple[float, float]], dict[str, tuple[float, float]]]:
    """Fixed positions: per country a block of party clusters, each party box ringed by its members.

    Returns node positions and the top-left corner of each country block (for its heading).
    """
    members: dict[str, list[str]] = {}
    loose: list[str] = []
    for node, data in sorted(actors.nodes(data=True), key=lambda nd: (clean(nd[1]["label"]).lower(), nd[0])):
        if data["kind"] == "Person":
            if data.get("party") in actors:
                members.setdefault(data["party"], []).append(node)
            else:
                loose.append(node)
    clusters: dict[str, list[tuple[str, float, float]]] = {}
    local: dict[str, dict[str, tuple[float, float]]] = {}
    for party, data in sorted(actors.nodes(data=True), key=lambda nd: nd[0]):
        if data["kind"] != "Party":
            continue
        ring = members.get(party, [])
        box = _text_px(clean(data["label"])) / 2
        widths = [max(_text_px(clean(actors.nodes[m]["label"])), 60) + 16 for m in ring]
        least = 70 if len(ring) == 1 else box + max(widths, default=0) / 2 + 10  # labels below dots clear the box
        radius = max(1.15 * sum(widths) / (2 * math.pi), least) if ring else 0.0
        spots, angle = {party: (0.0, 0.0)}, -math.pi / 2
        for m, w in zip(ring, widths):
            angle += math.pi * w / sum(widths)
            spots[m] = (radius * math.cos(angle), radius * math.sin(angle))
            angle += math.pi * w / sum(widths)
        half = {party: box, **{m: w / 2 for m, w in zip(ring, widths)}}
        left = min(x - half[n] for n, (x, _) in spots.items()) - 10
        right = max(x + half[n] for n, (x, _) in spots.items()) + 10
        top = min(y for _, y in spots.values()) - 25
        bottom = max(y for _, y in spots.values()) + 35  # a person's label hangs below its dot
        local[party] = {n: (x - left, y - top) for n, (x, y) in spots.items()}
        clusters.setdefault(data.get("country") or "", []).append((party, right - left, bottom - top))
    for country, people in sorted(_by_country(actors, loose).items()):
        cell_w = max(_text_px(clean(actors.nodes[n]["label"])) for n in people) + 30
        cols = max(1, math.ceil(math.sqrt(len(people) / 2)))
        local[f"(no party) {country}"] = {
            n: (cell_w * (i % cols) + cell_w / 2, 70.0 * (i // cols) + 30) for i, n in enumerate(people)
        }
        clusters.setdefault(country, []).append(
            (f"(no party) {country}", cell_w * cols, 70.0 * math.ceil(len(people) / cols))
        )
    blocks, inner = [], {}
    for country in sorted(clusters):
        boxes = sorted(clusters[country], key=lambda b: (-b[1] * b[2], b[0]))
        area = sum(w * h for _, w, h in boxes)
        placed, w, h = _shelf(boxes, max(math.sqrt(area) * 2.2, max(b[1] for b in boxes)), 40)
        inner[country] = placed
        blocks.append((country, w, h + 50))
    total = sum(w * h for _, w, h in blocks)
    corners, _, _ = _shelf(blocks, max(math.sqrt(total) * 1.6, max(b[1] for b in blocks)), 90)
    pos = {}
    for country, (bx, by) in corners.items():
        for cluster, (cx, cy) in inner[country].items():
            for node, (x, y) in local[cluster].items():
                pos[node] = (round(bx + cx + x), round(by + 50 + cy + y))
    return pos, corners


def _by_country(actors: nx.MultiDiGraph, people: list[str]) -> dict[str, list[str]]:
    """People without a party, placed with the country of those they talk with most (known after a few rounds)."""
    country_of: dict[str, str] = {}
    for node, data in actors.nodes(data=True):
        party = node if data["kind"] == "Party" else data.get("party")
        if party in actors and actors.nodes[party].get("country"):
            country_of[node] = actors.nodes[party]["country"]
    for _ in range(3):
        for person in people:
            counts: dict[str, int] = {}
            for other in [*actors.successors(person), *actors.predecessors(person)]:
                if other in country_of:
                    counts[country_of[other]] = counts.get(country_of[other], 0) + 1
            if counts:
                country_of[person] = min(counts, key=lambda c: (-counts[c], c))
    out: dict[str, list[str]] = {}
    for person in people:
        out.setdefault(country_of.get(person, "~"), []).append(person)
    return out


def drawn_actors(actors: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """What the page shows: every party, and every person in a party or in a statement."""
    return actors.subgraph(
        n for n, d in actors.nodes(data=True) if d["kind"] == "Party" or d.get("party") or actors.degree(n)
    ).copy()


def page_data(actors: nx.MultiDiGraph) -> dict:
    """Nodes (with fixed positions) and edges in vis-network's shape; statement texts go into edge titles."""
    colours = party_colours(actors)
    actors = drawn_actors(actors)
    pos, corners = page_layout(actors)
    names = country_names()
    nodes = []
    for node, data in actors.nodes(data=True):
        party = data.get("party") or ""
        is_party = data["kind"] == "Party"
        label = clean(data.get("label")) or clean(node)
        x, y = pos[node]
        nodes.append(
            {
                "id": node,
                "label": label,
                "kind": data["kind"],
                "x": x,
                "y": y,
                "shape": "box" if is_party else "dot",
                "size": 10,
                "color": colours.get(node if is_party else party, NO_PARTY),
                "font": {"color": "#ffffff" if is_party else "#212121"},
            }
        )
    for country, (x, y) in corners.items():
        heading = "No party" if country == "~" else names.get(country, country) if country else "Country unknown"
        nodes.append(
            {
                "id": f"country:{country}",
                "label": heading,
                "kind": "Country",
                "x": round(x + 90),
                "y": round(y + 10),
                "shape": "text",
                "font": {"size": 22, "color": "#78909c"},
                "chosen": False,
            }
        )
    edges = []
    spoken = [(a, b, d) for a, b, d in actors.edges(data=True) if d["relation"] == "spoke_about"]
    pair_count: dict[tuple[str, str], int] = {}
    for a, b, data in spoken:
        stance = data.get("stance") or "neutral"
        n = pair_count[(a, b)] = pair_count.get((a, b), 0) + 1
        title = (
            f"{STANCE_WORDS[stance]} ({data.get('type')}): \u201c{clean(data.get('text'))}\u201d "
            f"[{clean(data.get('article'))}]"
        )
        edges.append(
            {
                "from": a,
                "to": b,
                "relation": "spoke_about",
                "stance": stance,
                "title": title,
                "color": {"color": STANCE_COLOURS[stance]},
                "arrows": "to",
                "width": 1.5,
                "smooth": {"type": "curvedCW", "roundness": min(0.15 + 0.08 * (n - 1), 0.6)},
            }
        )
    # Member-of lines are straight and drawn last, so a curved statement line never hides them.
    for a, b, data in actors.edges(data=True):
        if data["relation"] == "member_of":
            edges.append(
                {
                    "from": a,
                    "to": b,
                    "relation": "member_of",
                    "title": "member of",
                    "color": {"color": MEMBER_COLOUR},
                    "dashes": True,
                    "width": 1,
                    "smooth": False,
                }
            )
    for i, edge in enumerate(edges):
        edge["id"] = i
    return {"nodes": nodes, "edges": edges}


TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy"
      content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>__TITLE__</title>
<style>
 body { margin: 0; font: 14px system-ui, sans-serif; display: flex; height: 100vh; }
 #graph { flex: 1; }
 #side { width: 320px; padding: 12px; border-left: 1px solid #ddd; overflow: auto; }
 #side h1 { font-size: 16px; margin: 0 0 8px; }
 #search { width: 100%; padding: 6px; box-sizing: border-box; margin-bottom: 8px; }
 .legend div { margin: 2px 0; }
 .legend span { display: inline-block; width: 22px; height: 0; margin-right: 6px; vertical-align: middle;
                border-top: 3px solid; }
 #detail blockquote { margin: 6px 0; padding-left: 8px; border-left: 3px solid #9e9e9e; }
 #detail blockquote.negative { border-color: #d32f2f; }
 #detail blockquote.positive { border-color: #2e7d32; }
</style>
</head>
<body>
<div id="graph"></div>
<div id="side">
 <h1>__TITLE__</h1>
 <input id="search" type="search" placeholder="Find a person or party" list="names">
 <datalist id="names"></datalist>
 <div class="legend">
  <div><span style="border-color:#d32f2f"></span>attacked (negative statement)</div>
  <div><span style="border-color:#2e7d32"></span>backed (positive statement)</div>
  <div><span style="border-color:#9e9e9e"></span>spoke about (neutral)</div>
  <div><span style="border-color:#37474f; border-top-style:dashed"></span>member of</div>
 </div>
 <p>Boxes are parties, grouped by country; dots are people in their party's colour (people outside parties who
 said nothing and were not talked about are left out). Hover an arrow for the statement; click a node for
 everything said by and about it.</p>
 <div id="detail"></div>
 <div id="drawn" hidden></div>
</div>
<script>__VIS__</script>
<script>
const DATA = __DATA__;
const nodes = new vis.DataSet(DATA.nodes);
const edges = new vis.DataSet(DATA.edges);
const network = new vis.Network(document.getElementById("graph"), {nodes, edges}, {
  physics: false,
  layout: {improvedLayout: false},
  interaction: {hover: true, tooltipDelay: 100},
  edges: {arrows: {to: {scaleFactor: 0.6}}}
});
const people = DATA.nodes.filter(n => n.kind !== "Country");
const byLabel = new Map(people.map(n => [String(n.label).toLowerCase(), n.id]));
const list = document.getElementById("names");
people.forEach(n => { const o = document.createElement("option"); o.value = n.label; list.appendChild(o); });
function esc(s) { const d = document.createElement("div"); d.textContent = s; return d.innerHTML; }
function show(id) {
  const node = nodes.get(id);
  if (!node || node.kind === "Country") return;
  const said = DATA.edges.filter(e => e.relation === "spoke_about" && e.from === id);
  const heard = DATA.edges.filter(e => e.relation === "spoke_about" && e.to === id);
  const name = n => esc(nodes.get(n).label);
  const quote = (e, text) => "<blockquote class=\\"" + e.stance + "\\">" + text + esc(e.title) + "</blockquote>";
  document.getElementById("detail").innerHTML = "<h2>" + esc(node.label) + "</h2>" +
    "<h3>Said (" + said.length + ")</h3>" + said.map(e => quote(e, "about " + name(e.to) + ": ")).join("") +
    "<h3>Said about (" + heard.length + ")</h3>" + heard.map(e => quote(e, name(e.from) + ": ")).join("");
}
network.on("click", p => { if (p.nodes.length) show(p.nodes[0]); });
document.getElementById("search").addEventListener("input", ev => {
  const id = byLabel.get(ev.target.value.trim().toLowerCase());
  if (id !== undefined) { network.selectNodes([id]); network.focus(id, {scale: 1.4, animation: false}); show(id); }
});
function overlaps() {
  const boxes = people.map(n => network.getBoundingBox(n.id));
  let count = 0;
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) count++;
    }
  return count;
}
network.fit();
network.once("afterDrawing", () => {
  const drawn = document.getElementById("drawn");
  drawn.dataset.nodes = people.length;
  drawn.dataset.edges = edges.length;
  drawn.dataset.overlaps = overlaps();
  drawn.dataset.moved = people.filter(n => {
    const p = network.getPositions([n.id])[n.id];
    return Math.abs(p.x - n.x) > 0.5 || Math.abs(p.y - n.y) > 0.5;
  }).length;
  drawn.textContent = people.map(n => n.label).join("|");
  document.body.dataset.drawn = "yes";
});
</script>
</body>
</html>
"""


def _script_json(data: object) -> str:
    """JSON for an inline script: no '<', '>' or '&' that could end it or open a comment."""
    text = json.dumps(data, ensure_ascii=False)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def render_html(actors: nx.MultiDiGraph, title: str = "polgraph: who said what about whom") -> str:
    """The page as text; every placeholder is filled in one pass, so data can never inject another."""
    parts = {
        "__TITLE__": html.escape(clean(title)),
        "__DATA__": _script_json(page_data(actors)),
        "__VIS__": vis_network_js().replace("</script", "<\\/script"),
    }
    return re.sub("__(TITLE|DATA|VIS)__", lambda m: parts[m.group(0)], TEMPLATE)


def write_html(actors: nx.MultiDiGraph, path: str, title: str = "polgraph: who said what about whom") -> None:
    page = render_html(actors, title)
    with output_file(path) as fh:
        fh.write(page)


# ---------------------------------------------------------------- the static picture (inches)

NODE_R = 0.2  # node radius
WRAP = 18  # characters per label line
CHAR_W, LINE_H = 0.068, 0.15  # 8.5 pt text
CHORD = 1.45  # least distance between two parties of one country


def _label(text: str) -> str:
    return "\n".join(textwrap.wrap(clean(text), WRAP, max_lines=3, placeholder="\u2026")) or "?"


def static_layout(
    parties: nx.DiGraph,
) -> tuple[dict[str, tuple[float, float]], list[tuple[str, float, float, float, float]]]:
    """Positions in inches: a panel per country, its parties on a circle wide enough for their labels.

    Returns node positions and the panels as (country, x, y, width, height).
    """
    by_country: dict[str, list[str]] = {}
    for node, data in parties.nodes(data=True):
        by_country.setdefault(data.get("country") or "", []).append(node)
    names = country_names()
    panels = []
    for country, members in by_country.items():
        members.sort(key=lambda n: clean(parties.nodes[n]["label"]).lower())
        n = len(members)
        radius = 0.0 if n == 1 else CHORD / 2 / math.sin(math.pi / n)
        start = math.pi if n == 2 else -math.pi / 2
        spots = {
            m: (radius * math.cos(start + 2 * math.pi * i / n), radius * math.sin(start + 2 * math.pi * i / n))
            for i, m in enumerate(members)
        }
        label_w = max(len(line) for m in members for line in _label(parties.nodes[m]["label"]).split("\n")) * CHAR_W
        title_w = len(names.get(country, country) if country else "Country unknown") * 0.095 + 0.5
        xs, ys = [x for x, _ in spots.values()], [y for _, y in spots.values()]
        width = max(max(xs) - min(xs) + max(label_w, 2 * NODE_R) + 0.5, title_w)
        height = max(ys) - min(ys) + 2 * NODE_R + 3 * LINE_H + 0.85
        offset = (width / 2 - (max(xs) + min(xs)) / 2, 0.55 + NODE_R - min(ys))
        panels.append(
            (country, members, {m: (x + offset[0], y + offset[1]) for m, (x, y) in spots.items()}, width, height)
        )
    panels.sort(key=lambda p: (-len(p[1]), p[0]))
    area = sum(p[3] * p[4] for p in panels)
    corners, _, total_h = _shelf(
        [(p[0], p[3], p[4]) for p in panels], max(math.sqrt(area) * 1.5, max(p[3] for p in panels)), 0.3
    )
    pos, boxes = {}, []
    for country, _, spots, width, height in panels:
        x0, y0 = corners[country]
        pos.update({m: (x0 + x, y0 + y) for m, (x, y) in spots.items()})
        boxes.append((country, x0, y0, width, height))
    # y grows downwards above; flip so the first row is at the top
    pos = {n: (x, total_h - y) for n, (x, y) in pos.items()}
    boxes = [(c, x, total_h - y - h, w, h) for c, x, y, w, h in boxes]
    return pos, boxes


def _matplotlib() -> contextlib.AbstractContextManager:
    """Matplotlib without a display, '$' as a dollar sign (no mathtext), SVG text kept as text."""
    import matplotlib

    matplotlib.use("Agg")
    return matplotlib.rc_context({"text.parse_math": False, "svg.fonttype": "none", "font.size": 8.5})


def static_figure(parties: nx.DiGraph, title: str = "Who attacks and backs whom: party relations"):
    """The matplotlib figure of the signed party graph, a panel per country.

    Returns the figure and, per party key, its circle and label artists (to check what was drawn).
    """
    with _matplotlib():
        return _static_figure(parties, title)


def _static_figure(parties: nx.DiGraph, title: str):
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    from matplotlib.patches import Circle, FancyArrowPatch, FancyBboxPatch

    colours = party_colours(parties)
    drawn: dict[str, tuple] = {}
    if parties.number_of_nodes() == 0:
        fig = plt.figure(figsize=(6, 2), dpi=110)
        fig.text(0.5, 0.6, clean(title), ha="center", fontsize=13, weight="bold")
        fig.text(0.5, 0.35, "no parties in the graph yet", ha="center")
        return fig, drawn
    pos, boxes = static_layout(parties)
    width = max(x + w for _, x, _, w, _ in boxes)
    height = max(y + h for _, _, y, _, h in boxes)
    columns = 5 if width >= 9 else 2
    top, bottom, side = 0.6, 0.55 if columns == 5 else 0.95, 0.2
    fig_w, fig_h = width + 2 * side, height + top + bottom
    fig = plt.figure(figsize=(fig_w, fig_h), dpi=110)
    ax = fig.add_axes((side / fig_w, bottom / fig_h, width / fig_w, height / fig_h))
    ax.set_xlim(0, width)
    ax.set_ylim(0, height)
    ax.set_aspect("equal")
    ax.axis("off")
    names = country_names()
    for country, x, y, w, h in boxes:
        ax.add_patch(
            FancyBboxPatch(
                (x + 0.05, y + 0.05),
                w - 0.1,
                h - 0.1,
                boxstyle="round,pad=0,rounding_size=0.15",
                facecolor="#f4f6f8",
                edgecolor="#cfd8dc",
                linewidth=0.8,
                zorder=0,
            )
        )
        ax.text(
            x + 0.2,
            y + h - 0.2,
            names.get(country, country) if country else "Country unknown",
            ha="left",
            va="top",
            fontsize=10.5,
            weight="bold",
            color="#455a64",
            zorder=1,
        )
    for a, b, data in sorted(parties.edges(data=True), key=lambda e: e[2].get("weight", 1)):
        stance = data.get("stance") or "neutral"
        abroad = parties.nodes[a].get("country") != parties.nodes[b].get("country")
        ax.add_patch(
            FancyArrowPatch(
                pos[a],
                pos[b],
                connectionstyle="arc3,rad=0.18",
                arrowstyle="-|>",
                mutation_scale=11,
                linewidth=0.8 + 0.7 * min(data.get("weight", 1), 8),
                color=STANCE_COLOURS[stance],
                alpha=0.5 if abroad else 0.85,
                linestyle=(0, (4, 3)) if abroad else "-",
                shrinkA=NODE_R * 72 + 2,
                shrinkB=NODE_R * 72 + 3,
                zorder=2,
            )
        )
    for node, (x, y) in pos.items():
        circle = Circle((x, y), NODE_R, facecolor=colours[node], edgecolor="white", linewidth=1.2, zorder=3)
        ax.add_patch(circle)
        label = ax.text(
            x,
            y - NODE_R - 0.05,
            _label(parties.nodes[node]["label"]),
            ha="center",
            va="top",
            linespacing=1.1,
            zorder=4,
            bbox={"boxstyle": "round,pad=0.12", "facecolor": "white", "edgecolor": "none", "alpha": 0.8},
        )
        drawn[node] = (circle, label)
    fig.text(0.5, 1 - 0.32 / fig_h, clean(title), ha="center", va="center", fontsize=13, weight="bold")
    legend = [
        Line2D([], [], color=STANCE_COLOURS["negative"], lw=2.5, label="attacks (net negative)"),
        Line2D([], [], color=STANCE_COLOURS["positive"], lw=2.5, label="backs (net positive)"),
        Line2D([], [], color=STANCE_COLOURS["neutral"], lw=2.5, label="neutral or mixed"),
        Line2D([], [], color="#607d8b", lw=0.8, label="thicker = more statements"),
        Line2D([], [], color="#607d8b", lw=1.2, ls=(0, (4, 3)), label="between countries"),
    ]
    fig.legend(
        handles=legend,
        loc="lower center",
        ncol=columns,
        frameon=False,
        fontsize=8.5,
        bbox_to_anchor=(0.5, 0.05 / fig_h),
    )
    return fig, drawn


def write_static(
    parties: nx.DiGraph,
    path: str,
    title: str = "Who attacks and backs whom: party relations",
) -> list[str]:
    """PNG or SVG (by file name) of the signed party graph; returns the party labels drawn."""
    import matplotlib.pyplot as plt

    fig, drawn = static_figure(parties, title)
    with _matplotlib():
        try:
            with output_file(path, binary=True) as fh:
                fig.savefig(fh, format="svg" if path.lower().endswith(".svg") else "png")
        finally:
            plt.close(fig)
    return [parties.nodes[n]["label"] for n in drawn]
