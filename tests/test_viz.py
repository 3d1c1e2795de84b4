"""Pictures: the interactive page in a real headless Chromium, the static party picture, graph exports."""
from __future__ import annotations

import re
import shutil
import subprocess

import networkx as nx
import pytest
from conftest import needs_dev

from polgraph.graph.draw import write_html, write_static
from polgraph.graph.project import actor_graph, analyse, export_graph, party_graph

pytestmark = needs_dev
CHROMIUM = shutil.which("chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         "--host-resolver-rules=MAP * ~NOTFOUND", "--enable-logging=stderr", "--v=0"]


def chromium(page, tmp_path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *extra, page.as_uri()],
                          capture_output=True, text=True, timeout=120)


@pytest.mark.chromium
@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (scripts/setup installs it)")
def test_page_draws_people_and_parties_without_console_errors(dev_store, tmp_path):
    page = tmp_path / "graph.html"
    write_html(actor_graph(dev_store), str(page))
    html = page.read_text()
    assert "<script src" not in html and "http://" not in html.split("<script>", 1)[0]
    run = chromium(page, tmp_path, "--virtual-time-budget=10000", "--dump-dom")
    errors = [ln for ln in run.stderr.splitlines() if "CONSOLE" in ln and ("ERROR" in ln or "Uncaught" in ln)]
    assert not errors, errors
    assert 'data-drawn="yes"' in run.stdout
    drawn = re.search(r'<div id="drawn"[^>]*>([^<]*)</div>', run.stdout).group(1).split("|")
    assert {"Keir Starmer", "Michael Gove", "Conservative Party", "Sinn Féin"} <= set(drawn)


@pytest.mark.chromium
@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (scripts/setup installs it)")
def test_page_screenshot_is_not_blank(dev_store, tmp_path):
    page = tmp_path / "graph.html"
    write_html(actor_graph(dev_store), str(page))
    shot = tmp_path / "shot.png"
    chromium(page, tmp_path, "--window-size=1200,800", "--virtual-time-budget=8000", f"--screenshot={shot}")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


def test_static_party_picture_is_labelled(dev_store, tmp_path):
    out = tmp_path / "parties.png"
    labels = write_static(party_graph(dev_store), str(out))
    assert out.read_bytes()[:4] == b"\x89PNG" and out.stat().st_size > 10_000
    assert {"Labour Party (GB)", "Conservative Party", "Republican Party", "Democratic Party"} <= set(labels)


def test_party_graph_is_weighted_by_statements(dev_store):
    graph = party_graph(dev_store)
    label = nx.get_node_attributes(graph, "label")
    weights = {(label[a], label[b]): d["weight"] for a, b, d in graph.edges(data=True)}
    assert weights[("Labour Party (GB)", "Conservative Party")] >= 2


def test_analysis_and_gephi_exports(dev_store, tmp_path):
    report = analyse(party_graph(dev_store))
    assert report["central"] and ["Democratic Party", "Republican Party"] in report["communities"]
    for name in ("g.graphml", "g.gexf"):
        export_graph(party_graph(dev_store), str(tmp_path / name))
        assert (tmp_path / name).stat().st_size > 500
