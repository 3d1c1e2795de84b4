"""Hostile RDF for `polgraph import` and `validate`: no network, no entities, one-line errors, nothing stored."""

from __future__ import annotations

import http.server
import io
import json
import threading
import time

import pytest
from click.testing import CliRunner
from rdflib import Graph
from sample_graph import sample_store

from polgraph.cli import main
from polgraph.graph.embedded import EmbeddedStore
from polgraph.ontology.rdf import RdfError, export, load

PERSON = "https://w3id.org/polgraph/id/person/"


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> str:
    """The sample graph as N-Triples text."""
    store = sample_store(tmp_path_factory.mktemp("rdfin") / "sample.db")
    buf = io.StringIO()
    export(store, buf, "nt")
    store.close()
    return buf.getvalue()


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def one_line_error(result, *words: str) -> None:
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    for word in words:
        assert word in lines[0], lines[0]


def imported_nothing(db) -> None:
    if db.exists():
        store = EmbeddedStore(db, read_only=True)
        assert not any(store.counts().values())
        store.close()


@pytest.fixture
def server():
    """A local HTTP server that counts requests (it must see none)."""
    hits = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            body = b'{"@context": {"name": "http://xmlns.com/foaf/0.1/name"}}'
            self.send_response(200)
            self.send_header("Content-Type", "application/ld+json")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    httpd = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", hits
    httpd.shutdown()


@pytest.mark.parametrize(
    "doc",
    [
        lambda url: {"@context": f"{url}/context.jsonld", "@id": PERSON + "x", "name": "X"},
        lambda url: {"@context": [{"foaf": "http://xmlns.com/foaf/0.1/"}, f"{url}/c"], "@id": PERSON + "x"},
        lambda url: {"@context": {"@import": f"{url}/c", "@version": 1.1}, "@id": PERSON + "x"},
        lambda url: {"@graph": [{"@context": f"{url}/nested", "@id": PERSON + "x"}]},
    ],
)
@pytest.mark.parametrize("command", ["import", "validate"])
def test_json_ld_remote_contexts_are_not_fetched(tmp_path, server, doc, command):
    url, hits = server
    path = tmp_path / "remote.jsonld"
    path.write_text(json.dumps(doc(url)))
    args = [command, str(path)] + (["--db", str(tmp_path / "db")] if command == "import" else [])
    one_line_error(run(*args), str(path), "not fetched")
    assert hits == []
    imported_nothing(tmp_path / "db")


def test_nested_xml_entities_fail_fast(tmp_path):
    entities = "".join(
        f'<!ENTITY e{i} "&e{i - 1};&e{i - 1};&e{i - 1};&e{i - 1};&e{i - 1};&e{i - 1};">' for i in range(1, 30)
    )
    path = tmp_path / "laughs.rdf"
    path.write_text(
        f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e0 "ha">{entities}]>'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns:f="http://xmlns.com/foaf/0.1/"><rdf:Description rdf:about="https://x.org/p">'
        "<f:name>&e29;</f:name></rdf:Description></rdf:RDF>"
    )
    started = time.monotonic()
    for command in ("validate", "import"):
        one_line_error(
            run(command, str(path), "--db", str(tmp_path / "db")) if command == "import" else run(command, str(path)),
            "entity",
        )
    assert time.monotonic() - started < 10
    imported_nothing(tmp_path / "db")


def test_external_entities_are_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    doc = tmp_path / "evil.rdf"
    doc.write_text(
        f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns:f="http://xmlns.com/foaf/0.1/"><rdf:Description rdf:about="https://x.org/p">'
        "<f:name>&x;</f:name></rdf:Description></rdf:RDF>"
    )
    with pytest.raises(RdfError, match="entity"):
        load(str(doc))


def test_parsing_stops_at_the_time_limit(tmp_path):
    path = tmp_path / "big.nt"
    path.write_text("".join(f'<{PERSON}p{i}> <http://xmlns.com/foaf/0.1/name> "P {i}" .\n' for i in range(200_000)))
    with pytest.raises(RdfError, match="took more than"):
        load(str(path), seconds=0.05)


def test_validate_names_the_whole_parse_error(tmp_path):
    path = tmp_path / "broken.ttl"
    path.write_text('@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n<https://x.org/p> foaf:name "A" "B" .\n')
    result = run("validate", str(path))
    one_line_error(result, str(path), "line 2")
    assert not result.stderr.rstrip().endswith(":")


@pytest.mark.parametrize(
    "change, words",
    [
        (
            lambda nt: nt.replace(
                '"0.8"^^<http://www.w3.org/2001/XMLSchema#double>', '"0.80"^^<http://www.w3.org/2001/XMLSchema#decimal>'
            ),
            None,
        ),
        (lambda nt: _first_offset(nt, '"99999999999999999999999"'), ("out of range",)),
        (lambda nt: _first_offset(nt, '"-4"'), ("out of range",)),
        (lambda nt: _first_offset(nt, '"twelve"'), ("whole number",)),
        (
            lambda nt: "\n".join(ln for ln in nt.splitlines() if not ("/member_of/" in ln and "wasDerivedFrom" in ln)),
            ("prov:wasDerivedFrom",),
        ),
        (
            lambda nt: nt.replace(
                "<https://schema.org/author> <https://w3id.org/polgraph/id/person/tobias%20quell>",
                "<https://schema.org/author> <https://w3id.org/polgraph/id/article/gb-1>",
                1,
            ),
            ("schema:author", "Person or Party"),
        ),
        (
            lambda nt: nt.replace(
                "<https://schema.org/about> <https://w3id.org/polgraph/id/person/ines%20farrow>",
                '<https://schema.org/about> "Ines Farrow"',
                1,
            ),
            ("schema:about",),
        ),
    ],
)
def test_import_rejects_bad_polgraph_rdf_in_one_line_and_stores_nothing(tmp_path, exported, change, words):
    path = tmp_path / "changed.nt"
    path.write_text(change(exported))
    result = run("import", str(path), "--db", str(tmp_path / "db"))
    if words is None:  # accepted, read as a plain number
        assert result.exit_code == 0, result.output
        store = EmbeddedStore(tmp_path / "db", read_only=True)
        assert store.query("MATCH (s:Statement) RETURN min(s.confidence) AS c")[0]["c"] == pytest.approx(0.8)
        store.close()
        return
    one_line_error(result, str(path), *words)
    imported_nothing(tmp_path / "db")


def _first_offset(nt: str, value: str) -> str:
    lines = nt.splitlines()
    i = next(i for i, ln in enumerate(lines) if "#startOffset>" in ln)
    lines[i] = (
        lines[i].split("#startOffset> ")[0]
        + "#startOffset> "
        + value
        + "^^<http://www.w3.org/2001/XMLSchema#integer> ."
    )
    return "\n".join(lines) + "\n"


def test_importing_rdf_that_is_not_polgraph_fails(tmp_path):
    path = tmp_path / "other.ttl"
    Graph().parse(data='<https://example.org/a> <http://xmlns.com/foaf/0.1/name> "A" .', format="turtle").serialize(
        str(path), format="turtle"
    )
    one_line_error(run("import", str(path), "--db", str(tmp_path / "db")), str(path), "no polgraph resources")
    imported_nothing(tmp_path / "db")
