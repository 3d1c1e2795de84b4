"""Pictures and analysis: the page in a real headless Chromium, the static party picture, the signed graph."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import networkx as nx
import pytest
from click.testing import CliRunner
from sample_graph import sample_facts, sample_store

from polgraph.cli import main
from polgraph.graph.draw import (
    STANCE_COLOURS,
    page_data,
    party_colours,
    render_html,
    static_figure,
    write_html,
    write_static,
)
from polgraph.graph.project import (
    actor_graph,
    analyse,
    export_graph,
    party_graph,
    stance_ranking,
)

CHROMIUM = shutil.which("chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--enable-logging=stderr",
    "--v=0",
]
no_chromium = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (scripts/setup)")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    store = sample_store(tmp_path_factory.mktemp("viz") / "sample.db")
    yield store
    store.close()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """The sample with a quote that tries to break the page, a name full of markup, and a nameless person."""
    facts = sample_facts()
    facts[0].statements[0].text = "It ends here <!--<script> and __VIS__ and </script><b>x</b> & $1$"
    facts[0].persons[1].name = "Ines $\\alpha$ Farrow\x07"
    facts[0].memberships[1].person = facts[0].persons[1].name
    facts[0].statements[1].about = [facts[0].persons[1].name]
    facts[0].statements[1].stance = {facts[0].persons[1].name: "positive"}
    store = sample_store(tmp_path_factory.mktemp("hostile") / "hostile.db", facts)
    store.query("MATCH (p:Person) WHERE p.key = 'joost verhaal' SET p.name = NULL", write=True)
    yield store
    store.close()


def chromium(page, tmp_path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *extra, page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def rendered(store, tmp_path) -> tuple[dict, list[str], str]:
    """Draw the page in Chromium: the data attributes of #drawn, its labels, and the console errors."""
    page = tmp_path / "graph.html"
    write_html(actor_graph(store), str(page))
    run = chromium(page, tmp_path, "--virtual-time-budget=10000", "--dump-dom")
    errors = [ln for ln in run.stderr.splitlines() if "CONSOLE" in ln and ("ERROR" in ln or "Uncaught" in ln)]
    assert not errors, errors
    assert 'data-drawn="yes"' in run.stdout
    tag = re.search(r'<div id="drawn"([^>]*)>([^<]*)</div>', run.stdout)
    attrs = dict(re.findall(r'data-(\w+)="([^"]*)"', tag.group(1)))
    return attrs, tag.group(2).split("|"), run.stdout


@pytest.mark.chromium
@no_chromium
def test_page_draws_every_node_where_placed_without_overlaps(store, tmp_path):
    attrs, labels, _ = rendered(store, tmp_path)
    assert {
        "Maren Holloway",
        "Tobias Quell",
        "Joost Verhaal",
        "Fine Gael",
        "Labour Party (IE)",
        "Labour Party (GB)",
        "Labour Party (NL)",
    } <= set(labels)
    assert attrs["nodes"] == str(actor_graph(store).number_of_nodes())
    assert attrs["overlaps"] == "0" and attrs["moved"] == "0"


def test_people_outside_parties_and_statements_are_left_out(store):
    actors = actor_graph(store)
    actors.add_node("lone walker", label="Lone Walker", kind="Person", party="")
    actors.add_node("xx:empty", label="Party Without Members", kind="Party", party="xx:empty", country="")
    labels = {n["label"] for n in page_data(actors)["nodes"]}
    assert "Lone Walker" not in labels and {"Joost Verhaal", "Party Without Members"} <= labels


def test_page_layout_is_the_same_on_every_load(store, tmp_path):
    first, second = render_html(actor_graph(store)), render_html(actor_graph(store))
    assert first == second
    nodes = page_data(actor_graph(store))["nodes"]
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in nodes)


def test_page_groups_parties_by_country(store):
    nodes = {n["id"]: n for n in page_data(actor_graph(store))["nodes"]}
    headings = {n["label"]: n for n in nodes.values() if n["kind"] == "Country"}
    assert {"United Kingdom", "Ireland", "Netherlands"} <= set(headings)

    def block(node: str) -> str:  # the nearest heading above and left of a node
        above = [h for h in headings.values() if h["y"] < nodes[node]["y"] and h["x"] - 100 < nodes[node]["x"]]
        return min(above, key=lambda h: (nodes[node]["y"] - h["y"]) + abs(nodes[node]["x"] - h["x"]))["label"]

    assert block("gb:labour party") == block("gb:conservative party") == "United Kingdom"
    assert block("ie:labour party") == block("ie:fine gael") == "Ireland"


def test_member_lines_are_straight_and_drawn_over_statement_lines(store):
    edges = page_data(actor_graph(store))["edges"]
    member = [i for i, e in enumerate(edges) if e["relation"] == "member_of"]
    spoken = [i for i, e in enumerate(edges) if e["relation"] == "spoke_about"]
    assert member and spoken and min(member) > max(spoken)
    assert all(edges[i]["smooth"] is False for i in member)
    assert all(edges[i]["smooth"]["type"].startswith("curved") for i in spoken)


def test_statement_edges_are_coloured_by_stance(store):
    edges = page_data(actor_graph(store))["edges"]
    colour = {(e["from"], e["to"]): e["color"]["color"] for e in edges if e["relation"] == "spoke_about"}
    assert colour[("tobias quell", "gb:labour party")] == STANCE_COLOURS["negative"]
    assert colour[("maren holloway", "ines farrow")] == STANCE_COLOURS["positive"]
    assert colour[("aoife strand", "ie:labour party")] == STANCE_COLOURS["neutral"]
    assert "attacked" in render_html(actor_graph(store)) and "backed" in render_html(actor_graph(store))


@pytest.mark.chromium
@no_chromium
def test_markup_in_quotes_and_a_nameless_person_do_not_blank_the_page(hostile, tmp_path):
    html = render_html(actor_graph(hostile))
    data = html.split("const DATA = ", 1)[1].split("\n", 1)[0]
    assert "<" not in data and "__VIS__" in data
    attrs, labels, dom = rendered(hostile, tmp_path)
    assert "joost verhaal" in labels and "Ines $\\alpha$ Farrow" in labels
    assert attrs["nodes"] == str(actor_graph(hostile).number_of_nodes())
    assert "<b>x</b>" not in dom


@pytest.mark.chromium
@no_chromium
def test_page_screenshot_shows_red_and_green_edges(store, tmp_path):
    from PIL import Image

    page = tmp_path / "graph.html"
    write_html(actor_graph(store), str(page))
    shot = tmp_path / "shot.png"
    chromium(page, tmp_path, "--window-size=1200,800", "--virtual-time-budget=8000", f"--screenshot={shot}")
    colours = {c for _, c in Image.open(shot).convert("RGB").getcolors(1_000_000)}

    def near(hex_colour: str) -> bool:
        want = tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
        return any(sum(abs(a - b) for a, b in zip(c, want)) < 40 for c in colours)

    assert near(STANCE_COLOURS["negative"]) and near(STANCE_COLOURS["positive"])


def test_static_picture_has_every_party_in_the_page_colours(store, tmp_path):
    out = tmp_path / "parties.png"
    labels = write_static(party_graph(store), str(out))
    assert out.read_bytes()[:4] == b"\x89PNG" and out.stat().st_size > 10_000
    assert sorted(labels) == [
        "Conservative Party",
        "Fine Gael",
        "Labour Party (GB)",
        "Labour Party (IE)",
        "Labour Party (NL)",
    ]
    from matplotlib.colors import to_hex

    _, drawn = static_figure(party_graph(store))

    page = party_colours(actor_graph(store))
    assert {key: to_hex(circle.get_facecolor()) for key, (circle, _) in drawn.items()} == page


def test_static_picture_has_no_overlapping_labels_or_nodes(tmp_path):
    parties = nx.DiGraph()
    for i in range(12):
        country = ["GB", "IE", "NL", "DE"][i % 4]
        parties.add_node(
            f"{country}:{i}", label=f"Party of Somewhat Long Name Number {i}", kind="Party", country=country
        )
    for i in range(12):
        parties.add_edge(
            f"{['GB', 'IE', 'NL', 'DE'][i % 4]}:{i}",
            f"{['GB', 'IE', 'NL', 'DE'][(i + 4) % 4]}:{(i + 4) % 12}",
            weight=2,
            stance="negative",
        )
    fig, drawn = static_figure(parties)
    renderer = fig.canvas.get_renderer()
    boxes = [
        (key, kind, artist.get_window_extent(renderer))
        for key, pair in drawn.items()
        for kind, artist in zip(("node", "label"), pair)
    ]
    clashes = [
        (a, b)
        for i, (a, ka, box_a) in enumerate(boxes)
        for (b, kb, box_b) in boxes[i + 1 :]
        if a != b and box_a.overlaps(box_b)
    ]
    assert not clashes, clashes
    width, height = fig.get_size_inches()
    assert width * height < 12 * 9  # little empty space: about three parties per square foot


def test_mathtext_and_control_characters_in_names_draw_well_formed_svg_and_png(hostile, tmp_path):
    graph = party_graph(hostile)
    graph.nodes["gb:labour party"]["label"] = "Labour $x^2$ \x01Party"
    svg, png = tmp_path / "p.svg", tmp_path / "p.png"
    write_static(graph, str(svg))
    write_static(graph, str(png))
    ET.parse(svg)
    assert "Labour $x^2$ Party" in svg.read_text() and png.stat().st_size > 10_000


def test_gephi_exports_survive_control_characters(hostile, tmp_path):
    graph = actor_graph(hostile)
    for name in ("g.graphml", "g.gexf"):
        export_graph(graph, str(tmp_path / name))
        assert (tmp_path / name).stat().st_size > 500
    assert nx.read_graphml(tmp_path / "g.graphml").number_of_nodes() == graph.number_of_nodes()


def test_signed_party_graph_keys_parties_by_country(store):
    graph = party_graph(store)
    label = nx.get_node_attributes(graph, "label")
    edges = {(label[a], label[b]): d for a, b, d in graph.edges(data=True)}
    attacks = edges[("Conservative Party", "Labour Party (GB)")]
    assert (attacks["negative"], attacks["positive"], attacks["net"], attacks["stance"]) == (2, 0, -2, "negative")
    assert edges[("Labour Party (NL)", "Labour Party (GB)")]["stance"] == "positive"
    assert edges[("Fine Gael", "Labour Party (IE)")]["stance"] == "neutral"
    assert ("Labour Party (IE)", "Conservative Party") not in edges


def test_who_is_attacked_and_who_attacks_most(store):
    ranking = stance_ranking(party_graph(store))
    assert ranking["most_attacked"][0] == {"name": "Labour Party (GB)", "statements": 2}
    assert ranking["attacks_most"][0] == {"name": "Conservative Party", "statements": 2}
    assert ranking["most_backed"] == [{"name": "Labour Party (GB)", "statements": 1}]
    assert analyse(party_graph(store))["nodes"] == 5


def test_analyze_prints_who_is_attacked_most(tmp_path):
    sample_store(tmp_path / "db").close()
    result = CliRunner().invoke(main, ["analyze", "--db", str(tmp_path / "db")])
    assert result.exit_code == 0, result.output
    assert "most attacked: Labour Party (GB) (2)" in result.stdout
