"""Hostile input: every bad item is named with its position, every good one is kept, nothing reads forever."""

from __future__ import annotations

import gzip
import io
import json
import threading
import typing
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from polgraph.cli import main
from polgraph.facts import Article
from polgraph.loaders.extract.pipeline import Extractor
from polgraph.loaders.runner import extract_articles
from polgraph.loaders.sources import LoadError, iter_articles

NEWS = "The minister said the budget would pass. Green leader Ada Quill said the plan was unfair to families."


def line(**fields) -> bytes:
    return json.dumps({"text": NEWS, **fields}, ensure_ascii=False).encode("utf-8") + b"\n"


def load(*paths) -> tuple[list[Article], list[str]]:
    items = list(iter_articles([str(p) for p in paths]))
    return [i for i in items if isinstance(i, Article)], [str(i) for i in items if isinstance(i, LoadError)]


def test_one_invalid_byte_rejects_only_its_line_and_decodes_nothing_else(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(
        line(id="one", title="Café talks")
        + b'{"id": "two", "text": "Caf\xe9"}\n'
        + line(id="three", title="Crème budget")
    )
    articles, errors = load(path)
    assert [(a.id, a.title) for a in articles] == [("one", "Café talks"), ("three", "Crème budget")]
    assert errors == [f"{path}:2: not UTF-8 (byte 0xe9 at column 27); JSON Lines must be UTF-8"]


def test_a_nul_byte_rejects_only_its_line(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(line(id="one") + b'{"id": "two", "text": "x\x00y"}\n' + line(id="three"))
    articles, errors = load(path)
    assert [a.id for a in articles] == ["one", "three"]
    assert errors == [f"{path}:2: NUL byte in line"]


def test_duplicate_ids_keep_the_first_and_name_the_later(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(line(id="same", title="First") + line(id="other") + line(id="same", title="Second"))
    articles, errors = load(path)
    assert [(a.id, a.title) for a in articles] == [("same", "First"), ("other", "")]
    assert errors == [f"{path}:3: duplicate article id 'same' (first in {path}:1); skipped"]


def test_items_after_a_bad_array_element_are_kept(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(
        json.dumps([{"id": "a", "text": NEWS}, {"id": "b", "title": ["x"], "text": NEWS}, {"id": "c", "text": NEWS}])
    )
    articles, errors = load(path)
    assert [a.id for a in articles] == ["a", "c"]
    assert errors == [f"{path}[1]: 'title' is a list, expected a string"]


def test_utf16_with_bom_is_text(tmp_path):
    (tmp_path / "a.txt").write_bytes(("Budget row\n" + NEWS + " Café.").encode("utf-16"))
    (tmp_path / "b.jsonl").write_bytes((json.dumps({"id": "u16", "text": NEWS}) + "\n").encode("utf-16"))
    articles, errors = load(tmp_path / "a.txt", tmp_path / "b.jsonl")
    assert not errors and [a.id for a in articles] == ["a", "u16"]
    assert articles[0].title == "Budget row" and articles[0].text.endswith("Café.")


@pytest.mark.parametrize(
    "bad, message",
    [
        ({"id": {"x": 1}, "text": NEWS}, "'id' is an object, expected a string"),
        ({"id": "t", "title": {"a": 1}, "text": NEWS}, "'title' is an object, expected a string"),
        ({"id": "t", "text": ["a"]}, "'text' is a list, expected a string"),
        ({"id": "t", "text": NEWS, "url": 5}, "'url' is int, expected a string"),
        ("just a string", "expected a JSON object with a 'text' key, got str"),
    ],
)
def test_wrong_shapes_are_one_line_each(tmp_path, bad, message):
    path = tmp_path / "a.jsonl"
    path.write_bytes(line(id="good") + json.dumps(bad).encode() + b"\n")
    articles, errors = load(path)
    assert [a.id for a in articles] == ["good"] and errors == [f"{path}:2: {message}"]


def test_deeply_nested_json_is_one_error(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(b"[" * 100_000 + b"]" * 100_000 + b"\n" + line(id="good"))
    (tmp_path / "b.json").write_bytes(b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}")
    articles, errors = load(path, tmp_path / "b.json")
    assert [a.id for a in articles] == ["good"]
    assert errors == [f"{path}:1: JSON nested too deeply", f"{tmp_path / 'b.json'}: JSON nested too deeply"]


def test_a_paragraph_over_spacys_limit_is_reported_and_the_rest_extracted(extractor):
    limit, extractor.nlp.max_length = extractor.nlp.max_length, 5000
    try:
        errors: list[LoadError] = []
        articles = [
            Article("a", NEWS, source="in.jsonl:1"),
            Article("long", "word " * 2000, source="in.jsonl:2"),
            Article("c", NEWS, source="in.jsonl:3"),
        ]
        facts = list(extract_articles(extractor, articles, errors.append))
    finally:
        extractor.nlp.max_length = limit
    assert [f.article.id for f in facts] == ["a", "c"]
    assert [str(e) for e in errors] == [
        "in.jsonl:2: text paragraph 1 has 10,000 characters, over spaCy's limit of 5,000"
    ]


class Flaky(Extractor):
    """An extractor whose rules fail on one article, as a rule bug would."""

    def facts(self, doc):
        if doc.article.id == "bad":
            raise RuntimeError("rule bug")
        return super().facts(doc)


def test_an_article_the_rules_fail_on_is_reported_and_the_stream_goes_on(extractor):
    flaky = Flaky(extractor.nlp, extractor.vocab)
    errors: list[LoadError] = []
    articles = [Article(str(i) if i != 3 else "bad", NEWS, source=f"in:{i}") for i in range(6)]
    facts = list(extract_articles(flaky, articles, errors.append))
    assert [f.article.id for f in facts] == ["0", "1", "2", "4", "5"]
    assert [str(e) for e in errors] == ["in:3: extraction failed (RuntimeError: rule bug)"]


def test_dev_zero_is_refused_at_once():
    [error] = list(iter_articles(["/dev/zero"]))
    assert str(error) == "/dev/zero: binary data (NUL bytes), not text"


class Endless(io.RawIOBase):
    """A stdin that never ends: ``head`` once, then ``fill`` for ever."""

    def __init__(self, head: bytes, fill: bytes) -> None:
        self.head, self.fill = head, fill

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        chunk = (self.head or self.fill * (len(buffer) // len(self.fill) + 1))[: len(buffer)]
        self.head = self.head[len(chunk) :]
        buffer[: len(chunk)] = chunk
        return len(chunk)


@pytest.mark.parametrize(
    "head, fill, message",
    [
        (b"", b"word ", "<stdin>: larger than 1 MB (POLGRAPH_MAX_BYTES); split it or use JSON Lines"),
        (
            line(id="first") + b'{"text": "',
            b"a",
            "<stdin>:2: line longer than 2 MB with no end; rest of the source skipped",
        ),
    ],
)
def test_endless_stdin_stops_at_the_size_cap(monkeypatch, head, fill, message):
    monkeypatch.setenv("POLGRAPH_MAX_BYTES", str(1024 * 1024))
    result = CliRunner().invoke(main, ["extract", "-q", "-"], input=io.BufferedReader(Endless(head, fill)))
    assert result.exit_code == 1 and f"polgraph: {message}" in result.stderr
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == (["first"] if head else [])


def test_a_line_over_the_cap_is_skipped_and_the_next_read(tmp_path, monkeypatch):
    monkeypatch.setenv("POLGRAPH_MAX_BYTES", "4096")
    path = tmp_path / "a.jsonl.gz"
    path.write_bytes(gzip.compress(line(id="long", title="x" * 6000) + line(id="after")))
    articles, errors = load(path)
    assert [a.id for a in articles] == ["after"]
    assert errors == [f"{path}:1: line longer than 4096 bytes (POLGRAPH_MAX_BYTES); skipped"]


class Site(BaseHTTPRequestHandler):
    """A local site: a feed that links to itself and to one page, a page of NUL bytes."""

    hits: typing.ClassVar[list[str]] = []

    def do_GET(self) -> None:
        Site.hits.append(self.path)
        base = f"http://127.0.0.1:{self.server.server_port}"
        if self.path.startswith("/feed"):
            links = ("/feed", "/feed?again", "/page", "/page", "/nul")
            items = "".join(f"<item><title>{n}</title><link>{base}{p}</link></item>" for n, p in enumerate(links))
            body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{items}</channel></rss>'
            self.reply(body.encode(), "application/rss+xml")
        elif self.path == "/page":
            self.reply(
                f"<html><head><title>Budget row</title></head><body><article><p>{NEWS}</p><p>{NEWS}</p>"
                f"</article></body></html>".encode(),
                "text/html",
            )
        else:
            self.reply(b"\x00" * 5000, "text/html")

    def reply(self, body: bytes, kind: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture()
def site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    Site.hits = []
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def test_a_self_linking_feed_is_read_once_and_a_nul_page_is_one_error(site):
    items = list(iter_articles([f"{site}/feed", f"{site}/nul"]))
    assert [i.id for i in items if isinstance(i, Article)] == [f"{site}/page"]
    assert [str(i) for i in items if isinstance(i, LoadError)] == [
        f"{site}/feed?again: feed entry links to another feed; not followed",
        f"{site}/nul: binary data (NUL bytes), not text",
        f"{site}/nul: binary data (NUL bytes), not text",
    ]
    assert sorted(Site.hits) == ["/feed", "/feed?again", "/nul", "/nul", "/page"]


def test_a_page_over_the_cap_is_refused(site, monkeypatch):
    monkeypatch.setenv("POLGRAPH_MAX_BYTES", "1000")
    [error] = list(iter_articles([f"{site}/nul"]))
    assert str(error) == f"{site}/nul: larger than 1000 bytes (POLGRAPH_MAX_BYTES)"


def test_a_failing_input_is_raised_not_mistaken_for_a_bad_article(extractor):
    def articles():
        yield Article("a", NEWS)
        raise OSError("disk went away")

    with pytest.raises(OSError, match="disk went away"):
        list(extract_articles(extractor, articles(), lambda error: None))
