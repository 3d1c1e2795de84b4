"""`polgraph serve`: pages and JSON API over a graph built from hand-made facts, and a real browser session."""

from __future__ import annotations

import contextlib
import json
import shutil
import socket
import subprocess
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from polgraph.facts import Article, ArticleFacts, Entity, Membership, Policy, Provenance, Role, Statement
from polgraph.graph.embedded import EmbeddedStore
from polgraph.graph.ingest import ingest

fastapi = pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from polgraph.web.app import create_app  # noqa: E402

XSS = "<script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned'\">"


def prov(article: str, sentence: str) -> Provenance:
    return Provenance(article=article, field="text", start=0, end=len(sentence), sentence=sentence)


def hand_made_facts() -> list[ArticleFacts]:
    """Two invented articles: the Heritage Party's leader attacks the Civic Union, whose chair answers."""
    s1 = "Heritage Party leader Mara Quill said the Civic Union had wasted a decade."
    s2 = "Civic Union chair Tomas Reyes praised Quill's candour but called the plan reckless."
    first = ArticleFacts(
        Article(
            "art-1",
            "\n".join([s1]),
            title="Quill attacks Civic Union",
            url="https://example.org/1",
            outlet="Example News",
            published="2026-01-10",
        ),
        persons=[Entity("Mara Quill", "person", ["Quill"])],
        parties=[Entity("Heritage Party", "party", [], "GB"), Entity("Civic Union", "party", [], "GB")],
        roles=[Role("Mara Quill", "leader", "Heritage Party", prov("art-1", s1))],
        memberships=[Membership("Mara Quill", "Heritage Party", prov("art-1", s1))],
        statements=[
            Statement(
                "Mara Quill",
                "indirect",
                "the Civic Union had wasted a decade",
                ["Civic Union"],
                provenance=prov("art-1", s1),
                stance={"Civic Union": "negative"},
            ),
            Statement(
                "Mara Quill",
                "direct",
                XSS,
                ["Civic Union"],
                provenance=prov("art-1", XSS),
                stance={"Civic Union": "neutral"},
            ),
        ],
        policies=[Policy("Heritage Party", "a cap on rail fares", "Mara Quill", prov("art-1", s1))],
    )
    second = ArticleFacts(
        Article("art-2", s2, title="Reyes replies", published="2026-02-01"),
        persons=[Entity("Tomas Reyes", "person", ["Reyes"]), Entity("Mara Quill", "person", ["Quill"])],
        parties=[Entity("Civic Union", "party", [], "GB")],
        roles=[Role("Tomas Reyes", "chair", "Civic Union", prov("art-2", s2))],
        memberships=[Membership("Tomas Reyes", "Civic Union", prov("art-2", s2))],
        statements=[
            Statement(
                "Tomas Reyes",
                "indirect",
                "Quill's candour",
                ["Mara Quill"],
                provenance=prov("art-2", s2),
                stance={"Mara Quill": "positive"},
            )
        ],
    )
    return [first, second]


@pytest.fixture(scope="module")
def graph_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "graph.db"
    with EmbeddedStore(path) as store:
        ingest(store, hand_made_facts())
    return path


@pytest.fixture(scope="module")
def client(graph_db):
    store = EmbeddedStore(graph_db, read_only=True)
    yield TestClient(create_app(store))
    store.close()


def test_search_finds_people_and_parties_by_name_or_alias(client):
    assert [r["name"] for r in client.get("/api/search", params={"q": "quill"}).json()] == ["Mara Quill"]
    kinds = {r["name"]: r["kind"] for r in client.get("/api/search", params={"q": "civic"}).json()}
    assert kinds == {"Civic Union": "Party"}


def test_person_page_shows_roles_statements_by_target_and_timeline(client):
    page = client.get("/person/mara%20quill")
    assert page.status_code == 200
    html = page.text
    assert "leader" in html and "Heritage Party" in html
    assert "the Civic Union had wasted a decade" in html and "stance-negative" in html
    assert "Tomas Reyes" in html and "stance-positive" in html  # what others said about her
    assert html.index("2026-01-10") < html.index("2026-02-01")  # timeline in date order


def test_person_api_is_paginated(client):
    first = client.get("/api/person/mara%20quill", params={"limit": 1}).json()
    assert first["said"]["total"] == 2 and len(first["said"]["rows"]) == 1
    second = client.get("/api/person/mara%20quill", params={"limit": 1, "offset": 1}).json()
    assert second["said"]["rows"] != first["said"]["rows"]


def test_party_page_counts_stance_both_ways(client):
    party = client.get("/api/party/gb%3Aheritage%20party").json()
    assert [m["name"] for m in party["members"]] == ["Mara Quill"]
    assert party["policies"][0]["policy"] == "a cap on rail fares"
    out = {r["name"]: r for r in party["talks_about"]}
    assert out["Civic Union"]["negative"] == 1 and out["Civic Union"]["net"] == -1
    back = {r["name"]: r for r in party["talked_about_by"]}
    assert back["Civic Union"]["positive"] == 1


def test_statement_page_links_its_provenance(client):
    said = client.get("/api/person/mara%20quill").json()["said"]["rows"]
    key = next(s["key"] for s in said if s["text"].startswith("the Civic Union"))
    statement = client.get(f"/api/statement/{key}").json()
    assert statement["article"]["outlet"] == "Example News" and statement["sentence"].startswith("Heritage Party")
    html = client.get(f"/statement/{key}").text
    assert 'href="https://example.org/1"' in html and 'href="/person/mara%20quill"' in html


def test_canned_queries_mirror_the_cli(client):
    names = {q["name"] for q in client.get("/api/queries").json()}
    assert {"statements-about", "party-relations"} <= names
    rows = client.get("/api/query/statements-about", params={"name": "Civic Union"}).json()["rows"]
    assert {r["speaker"] for r in rows} == {"Mara Quill"}


def test_errors_are_json_with_a_status(client):
    assert client.get("/api/person/nobody").json() == {"error": "no person with key 'nobody'", "status": 404}
    bad = client.get("/api/query/statements-about")
    assert bad.status_code == 400 and "name" in bad.json()["error"]
    assert client.get("/api/search", params={"limit": 10**6}).status_code == 422
    assert client.get("/api/query/no-such-query").status_code == 404


def test_output_is_escaped_and_scripts_are_confined(client):
    html = client.get("/person/mara%20quill").text
    assert "<script>document.title" not in html and "&lt;script&gt;" in html
    csp = client.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "cypher" not in json.dumps(client.get("/openapi.json").json()["paths"]).lower()


def test_nothing_is_fetched_from_a_cdn(client):
    for path in ("/", "/person/mara%20quill", "/relations", "/api"):
        html = client.get(path).text
        assert "https://" not in html.replace('href="https://example.org/1"', "")


# --- a real browser ------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def live_server(graph_db):
    import uvicorn

    store = EmbeddedStore(graph_db, read_only=True)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(100):
        if server.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)
    store.close()


class Browser:
    """Headless Chromium driven over the DevTools protocol (no network but loopback)."""

    def __init__(self, profile: Path) -> None:
        from websockets.sync.client import connect

        port = free_port()
        self.proc = subprocess.Popen(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-sync",
                "--disable-background-networking",
                "--disable-component-update",
                f"--user-data-dir={profile}",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                "--window-size=1200,900",
                f"--remote-debugging-port={port}",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(200):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=1) as r:
                    pages = [t for t in json.load(r) if t["type"] == "page"]
                if pages:
                    break
            except OSError:
                pass
            time.sleep(0.1)
        self.stack = contextlib.ExitStack()
        self.ws = self.stack.enter_context(connect(pages[0]["webSocketDebuggerUrl"], max_size=None))
        self.next_id = 0

    def send(self, method: str, **params: object) -> dict:
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv(timeout=30))
            if msg.get("id") == self.next_id:
                return msg.get("result", {})

    def js(self, expression: str) -> object:
        return self.send("Runtime.evaluate", expression=expression, returnByValue=True)["result"].get("value")

    def wait_for(self, expression: str, seconds: float = 15) -> object:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            value = self.js(expression)
            if value:
                return value
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for {expression}")

    def close(self) -> None:
        self.stack.close()
        self.proc.terminate()
        self.proc.wait(10)


@pytest.mark.chromium
@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (scripts/setup installs it)")
def test_a_reader_searches_opens_a_person_and_reads_the_timeline(live_server, tmp_path):
    pytest.importorskip("websockets")
    browser = Browser(tmp_path / "profile")
    try:
        browser.send("Page.enable")
        browser.send("Page.navigate", url=live_server + "/")
        browser.wait_for("document.readyState === 'complete' && !!document.getElementById('q')")
        browser.js("document.getElementById('q').focus()")
        browser.send("Input.insertText", text="Qui")
        browser.wait_for("document.querySelectorAll('#suggestions li a').length > 0")
        assert browser.js("document.querySelector('#suggestions li a').textContent") == "Mara Quill"
        browser.js("document.querySelector('#suggestions li a').click()")
        browser.wait_for("location.pathname.startsWith('/person/') && document.readyState === 'complete'")
        said = browser.js("document.getElementById('said').textContent")
        assert "the Civic Union had wasted a decade" in said
        assert browser.js("document.querySelectorAll('#timeline li').length") == 4
        assert browser.js("document.title") != "pwned"
        shot = browser.send("Page.captureScreenshot", format="png")["data"]
        assert len(shot) > 10_000
    finally:
        browser.close()


@pytest.mark.chromium
@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (scripts/setup installs it)")
def test_relations_page_draws_the_party_graph(live_server, tmp_path):
    pytest.importorskip("websockets")
    browser = Browser(tmp_path / "profile")
    try:
        browser.send("Page.navigate", url=live_server + "/relations")
        assert browser.wait_for("document.getElementById('graph').dataset.ready") == "2"
        assert browser.js("document.querySelectorAll('#graph canvas').length") == 1
    finally:
        browser.close()


# --- the same app over Neo4j ------------------------------------------------------------------


@pytest.mark.neo4j
def test_every_page_and_api_call_answers_the_same_on_neo4j(neo4j_server, client):
    neo4j_server.wipe()
    store = neo4j_server.store()
    try:
        ingest(store, hand_made_facts())
        on_neo4j = TestClient(create_app(store))
        said = client.get("/api/person/mara%20quill").json()["said"]["rows"]
        calls = [
            "/api/search?q=quill",
            "/api/search?q=civic",
            "/api/person/mara%20quill",
            "/api/person/tomas%20reyes",
            "/api/party/gb%3Aheritage%20party",
            "/api/party/gb%3Acivic%20union",
            "/api/relations",
            f"/api/statement/{said[0]['key']}",
            "/api/query/statements-about?name=Civic%20Union",
            "/api/query/party-relations",
        ]
        for call in calls:
            assert on_neo4j.get(call).json() == client.get(call).json(), call
        for page in ("/", "/?q=quill", "/person/mara%20quill", "/party/gb%3Aheritage%20party", "/relations"):
            assert on_neo4j.get(page).status_code == 200, page
    finally:
        store.close()
        neo4j_server.wipe()
