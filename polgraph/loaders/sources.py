"""Sources to articles: text, HTML, JSON, JSON Lines, folders, stdin, URLs and feeds."""
from __future__ import annotations

import hashlib
import json
import re
import sys
import urllib.error
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from polgraph.facts import Article

MAX_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
ENGLISH = {"the", "and", "of", "to", "a", "in", "is", "that", "for", "it", "was", "on", "with", "he",
           "she", "said", "as", "at", "by", "be", "this", "have", "from", "are", "not", "but", "his", "her"}
FETCH_TIMEOUT = 15


@dataclass
class LoadError:
    """A source that gave no article: which one, and why, in one line."""

    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


def article_id(text: str, given: object = None) -> str:
    """The given id, else a stable hash of the content."""
    if given not in (None, ""):
        return str(given)
    return "sha1-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def decode(data: bytes, declared: str | None = None) -> str:
    """Text from bytes: UTF-8, the declared encoding, a detected one, then Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:8192]:
        raise ValueError("binary file (NUL bytes), not text")
    tried = ["utf-8"] + ([declared] if declared else [])
    for enc in tried:
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is not None:
            return str(best)
    except ImportError:  # pragma: no cover - optional helper
        pass
    return data.decode("cp1252", errors="replace")


def looks_english(text: str) -> bool:
    words = re.findall(r"[a-zA-Z]+", text[:5000].lower())
    if len(words) < 8:
        return True
    return sum(w in ENGLISH for w in words) / len(words) >= 0.08


def from_mapping(obj: object, source: str) -> Article:
    """An article from a JSON object with the corpus keys (or a gold file's ``article``)."""
    if not isinstance(obj, dict):
        raise ValueError("expected a JSON object with a 'text' key")
    if isinstance(obj.get("article"), dict):
        obj = obj["article"]
    text = obj.get("text")
    if not isinstance(text, str):
        raise ValueError("missing 'text' key" if "text" not in obj else "'text' is not a string")
    if not text.strip():
        raise ValueError("empty 'text'")
    title = obj.get("title") or ""
    return Article(id=article_id(title + "\n" + text, obj.get("id")), text=text, title=str(title),
                   url=obj.get("url"), outlet=obj.get("outlet"),
                   published=str(obj["published"]) if obj.get("published") else None, source=source)


def from_text(text: str, source: str) -> Article:
    """Plain text: the first line is the headline when a blank line or more text follows."""
    lines = text.strip().split("\n")
    title, body = "", text.strip()
    if len(lines) > 1 and len(lines[0]) < 250:
        title, body = lines[0].strip(), "\n".join(lines[1:]).strip()
    if not body and not title:
        raise ValueError("empty file")
    return Article(id=article_id(title + "\n" + body), title=title, text=body, source=source)


def from_html(html: str, source: str, url: str | None = None) -> Article:
    """Main text, headline, date and outlet of a web page, through trafilatura."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      favor_precision=True)
    if doc is None:
        raise ValueError("no article text found in the HTML")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = (data.get("text") or "").strip()
    if not text:
        raise ValueError("no article text found in the HTML")
    title = data.get("title") or ""
    return Article(id=article_id(title + "\n" + text, url), text=text, title=title,
                   url=url or data.get("url"), outlet=data.get("sitename") or data.get("hostname"),
                   published=data.get("date"), source=source)


def _html_charset(data: bytes) -> str | None:
    match = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", data[:4096], re.I)
    return match.group(1).decode("ascii") if match else None


def from_bytes(data: bytes, source: str, kind: str) -> Iterator[Article | LoadError]:
    """Articles in one file's bytes; ``kind`` is text, html, json, jsonl or feed."""
    if not data.strip():
        yield LoadError(source, "empty file")
        return
    if len(data) > MAX_BYTES and kind != "jsonl":
        yield LoadError(source, f"file too large ({len(data) // (1024 * 1024)} MB > "
                                f"{MAX_BYTES // (1024 * 1024)} MB); split it or use JSON Lines")
        return
    try:
        text = decode(data, _html_charset(data) if kind == "html" else None)
    except ValueError as err:
        yield LoadError(source, str(err))
        return
    if kind == "jsonl":
        yield from _jsonl(text.splitlines(), source)
        return
    try:
        if kind == "json":
            obj = json.loads(text)
            for i, item in enumerate(obj if isinstance(obj, list) else [obj]):
                yield from_mapping(item, source if not isinstance(obj, list) else f"{source}[{i}]")
        elif kind == "html":
            yield from_html(text, source)
        elif kind == "feed":
            yield from from_feed(text, source)
        else:
            yield from_text(text, source)
    except json.JSONDecodeError as err:
        yield LoadError(source, f"malformed JSON at line {err.lineno} column {err.colno}: {err.msg}")
    except ValueError as err:
        yield LoadError(source, str(err))


def _jsonl(lines: Iterable[str], source: str) -> Iterator[Article | LoadError]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            yield from_mapping(json.loads(line), where)
        except json.JSONDecodeError as err:
            yield LoadError(where, f"malformed JSON line: {err.msg}")
        except ValueError as err:
            yield LoadError(where, str(err))


def sniff(data: bytes) -> str:
    head = data.lstrip()[:200].lower()
    if head.startswith(b"{"):
        first = data.strip().split(b"\n", 1)
        return "jsonl" if len(first) > 1 and first[1].strip().startswith(b"{") else "json"
    if head.startswith(b"["):
        return "json"
    if head.startswith(b"<?xml") and (b"<rss" in data[:2000] or b"<feed" in data[:2000]):
        return "feed"
    if head.startswith(b"<"):
        return "html"
    return "text"


def kind_of(path: Path) -> str | None:
    suffix = path.suffix.lower()
    for kind, suffixes in (("text", TEXT_SUFFIXES), ("html", HTML_SUFFIXES), ("json", JSON_SUFFIXES),
                           ("jsonl", JSONL_SUFFIXES), ("feed", FEED_SUFFIXES)):
        if suffix in suffixes:
            return kind
    return None


def fetch(url: str) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": "polgraph/0.1 (+news research)"})
    with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response:  # noqa: S310 - http(s) only
        return response.read(MAX_BYTES + 1)


def from_url(url: str) -> Iterator[Article | LoadError]:
    """A web page or an RSS/Atom feed (each entry's page is fetched in turn)."""
    try:
        data = fetch(url)
    except (urllib.error.URLError, OSError, ValueError) as err:
        reason = getattr(err, "reason", err)
        yield LoadError(url, f"cannot fetch URL ({reason}); are you offline?")
        return
    kind = sniff(data)
    if kind == "feed":
        yield from from_feed(decode(data), url)
        return
    try:
        yield from_html(decode(data, _html_charset(data)), url, url=url)
    except ValueError as err:
        yield LoadError(url, str(err))


def from_feed(text: str, source: str) -> Iterator[Article | LoadError]:
    import feedparser

    feed = feedparser.parse(text)
    if feed.bozo and not feed.entries:
        yield LoadError(source, f"malformed feed: {feed.bozo_exception}")
        return
    for entry in feed.entries:
        link = entry.get("link")
        if link and link.startswith(("http://", "https://")):
            yield from from_url(link)


def iter_articles(sources: Iterable[str], english_only: bool = True) -> Iterator[Article | LoadError]:
    """Every article in the given paths, folders, URLs or ``-``; errors come as ``LoadError``."""
    for source in sources:
        for item in _iter_source(source):
            if isinstance(item, Article) and english_only and not looks_english(item.title + " " + item.text):
                yield LoadError(item.source or source, "not English text; skipped (use --any-language to keep)")
            else:
                yield item


def _iter_source(source: str) -> Iterator[Article | LoadError]:
    if source == "-":
        data = sys.stdin.buffer.read()
        yield from from_bytes(data, "<stdin>", sniff(data))
        return
    if source.startswith(("http://", "https://")):
        yield from from_url(source)
        return
    path = Path(source)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and kind_of(p))
        if not files:
            yield LoadError(source, "folder holds no .txt, .html, .json or .jsonl files")
        for file in files:
            yield from _iter_source(str(file))
        return
    if not path.exists():
        yield LoadError(source, "no such file or folder")
        return
    try:
        if path.stat().st_size > MAX_BYTES and kind_of(path) == "jsonl":
            with path.open("rb") as fh:
                yield from _jsonl((decode(line) for line in fh), source)
            return
        data = path.read_bytes()
    except OSError as err:
        yield LoadError(source, f"cannot read: {err.strerror}")
        return
    yield from from_bytes(data, source, kind_of(path) or sniff(data))
