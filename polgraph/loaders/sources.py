"""Sources to articles: text, HTML, JSON, JSON Lines (also gzipped), folders, globs, stdin, URLs and feeds.

Pages and feeds are fetched by ``web.py``. Every bad item gives one ``LoadError`` naming it
(``file:line``, ``file[index]``, a URL) and the reading goes on with the next one. Every source is read
through a size cap (``POLGRAPH_MAX_BYTES``, 50 MB by default): JSON Lines are streamed one line at a
time, each line under the cap; other files must fit under it whole.
"""

from __future__ import annotations

import glob
import gzip
import hashlib
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from polgraph.facts import Article

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
MAX_BYTES_ENV = "POLGRAPH_MAX_BYTES"
SNIFF_BYTES = 64 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
NAMED_KINDS = {"text", "html"}
ENGLISH = {
    "the",
    "and",
    "of",
    "to",
    "a",
    "in",
    "is",
    "that",
    "for",
    "it",
    "was",
    "on",
    "with",
    "he",
    "she",
    "said",
    "as",
    "at",
    "by",
    "be",
    "this",
    "have",
    "from",
    "are",
    "not",
    "but",
    "his",
    "her",
}
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


class BinaryStream(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...

    def readline(self, size: int = -1, /) -> bytes: ...


@dataclass
class LoadError:
    """A source or item that gave no article: which one, and why, in one line."""

    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


Item = Article | LoadError


def max_bytes() -> int:
    """The size cap on one source (one line for JSON Lines): ``POLGRAPH_MAX_BYTES`` or 50 MB."""
    value = os.environ.get(MAX_BYTES_ENV, "")
    return int(value) if value.isdigit() and int(value) > 0 else DEFAULT_MAX_BYTES


def size_text(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size} bytes"


def article_id(text: str, given: object = None) -> str:
    """The given id, else a stable hash of the content."""
    if given not in (None, ""):
        return str(given)
    return "sha1-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def decode(data: bytes, declared: str | None = None) -> str:
    """Text from bytes: a BOM's encoding, UTF-8, the declared encoding, a detected one, then Windows-1252."""
    if data.startswith(UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise ValueError(f"invalid UTF-16 at byte {err.start}") from err
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data:
        raise ValueError("binary data (NUL bytes), not text")
    tried = ["utf-8"] + ([declared] if declared else [])
    for enc in tried:
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    try:
        from charset_normalizer import from_bytes as detect

        best = detect(data).best()
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


def _kind_name(value: object) -> str:
    return {list: "a list", dict: "an object", bool: "a boolean"}.get(type(value), type(value).__name__)


def _field(obj: dict, key: str, numbers: bool = False) -> str | None:
    value = obj.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, str) or (numbers and isinstance(value, int | float) and not isinstance(value, bool)):
        return str(value)
    raise ValueError(f"'{key}' is {_kind_name(value)}, expected a string")


def from_mapping(obj: object, source: str) -> Article:
    """An article from a JSON object with the corpus keys (or a gold file's ``article``)."""
    if not isinstance(obj, dict):
        raise ValueError(f"expected a JSON object with a 'text' key, got {_kind_name(obj)}")
    data: dict = obj["article"] if isinstance(obj.get("article"), dict) else obj
    text = data.get("text")
    if not isinstance(text, str):
        raise ValueError(
            "missing 'text' key" if "text" not in data else f"'text' is {_kind_name(text)}, expected a string"
        )
    if not text.strip():
        raise ValueError("empty 'text'")
    title = _field(data, "title") or ""
    given = _field(data, "id", numbers=True)
    return Article(
        id=article_id(title + "\n" + text, given),
        text=text,
        title=title,
        url=_field(data, "url"),
        outlet=_field(data, "outlet"),
        published=_field(data, "published", numbers=True),
        source=source,
    )


def from_text(text: str, source: str, name: str | None = None) -> Article:
    """Plain text: the first line is the headline when more text follows; ``name`` becomes the id."""
    lines = text.strip().split("\n")
    title, body = "", text.strip()
    if len(lines) > 1 and len(lines[0]) < 250:
        title, body = lines[0].strip(), "\n".join(lines[1:]).strip()
    if not body and not title:
        raise ValueError("empty file")
    return Article(id=article_id(title + "\n" + body, name), title=title, text=body, source=source)


def from_html(html: str, source: str, url: str | None = None, name: str | None = None) -> Article:
    """Main text, headline, date and outlet of a web page, through trafilatura; id: the URL, else ``name``."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False, favor_precision=True)
    if doc is None:
        raise ValueError("no article text found in the HTML")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = (data.get("text") or "").strip()
    if not text:
        raise ValueError("no article text found in the HTML")
    title = data.get("title") or ""
    return Article(
        id=article_id(title + "\n" + text, url or name),
        text=text,
        title=title,
        url=url or data.get("url"),
        outlet=data.get("sitename") or data.get("hostname"),
        published=data.get("date"),
        source=source,
    )


def _html_charset(data: bytes) -> str | None:
    match = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", data[:4096], re.IGNORECASE)
    return match.group(1).decode("ascii") if match else None


def json_item(line: str, where: str) -> Item:
    """One JSON Lines line as an article, or the one-line reason it is none."""
    try:
        return from_mapping(json.loads(line.rstrip("\r\n")), where)
    except json.JSONDecodeError as err:
        return LoadError(where, f"malformed JSON line: {err.msg} (column {err.colno})")
    except RecursionError:
        return LoadError(where, "JSON nested too deeply")
    except ValueError as err:
        return LoadError(where, str(err))


def _json_items(text: str, source: str) -> Iterator[Item]:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as err:
        yield LoadError(source, f"malformed JSON at line {err.lineno} column {err.colno}: {err.msg}")
        return
    except RecursionError:
        yield LoadError(source, "JSON nested too deeply")
        return
    items = obj if isinstance(obj, list) else [obj]
    for i, item in enumerate(items):
        where = f"{source}[{i}]" if isinstance(obj, list) else source
        try:
            yield from_mapping(item, where)
        except ValueError as err:
            yield LoadError(where, str(err))


def from_bytes(data: bytes, source: str, kind: str, name: str | None = None, url: str | None = None) -> Iterator[Item]:
    """Articles in one whole file's (or page's) bytes; ``kind`` is text, html, json, jsonl or feed."""
    if not data.strip():
        yield LoadError(source, "empty file")
        return
    try:
        text = decode(data, _html_charset(data) if kind == "html" else None)
    except ValueError as err:
        yield LoadError(source, str(err))
        return
    if kind == "jsonl":
        yield from _jsonl_text(text, source)
    elif kind == "json":
        yield from _json_items(text, source)
    elif kind == "feed":
        from polgraph.loaders.web import from_feed

        yield from from_feed(text, source)
    else:
        try:
            yield from_html(text, source, url=url, name=name) if kind == "html" else from_text(text, source, name)
        except ValueError as err:
            yield LoadError(source, str(err))


def _jsonl_text(text: str, source: str) -> Iterator[Item]:
    for number, line in enumerate(text.lstrip("\ufeff").splitlines(), 1):
        if line.strip():
            where = f"{source}:{number}"
            yield LoadError(where, "NUL byte in line") if "\x00" in line else json_item(line, where)


def jsonl_lines(readline: Callable[[int], bytes], source: str, cap: int, first: int = 1) -> Iterator[Item]:
    """Articles of a JSON Lines stream read line by line; each line is decoded and judged on its own.

    A line over ``cap`` bytes is skipped (and the source given up only when no line end follows within
    another ``cap`` bytes), so memory stays bounded on endless input.
    """
    number = first - 1
    while True:
        line = readline(cap + 1)
        if not line:
            return
        number += 1
        where = f"{source}:{number}"
        if len(line) > cap and not line.endswith(b"\n"):
            skipped = 0
            while not line.endswith(b"\n"):
                line = readline(cap + 1)
                skipped += len(line)
                if not line:
                    break
                if skipped > cap:
                    yield LoadError(
                        where, f"line longer than {size_text(2 * cap)} with no end; rest of the source skipped"
                    )
                    return
            yield LoadError(where, f"line longer than {size_text(cap)} (POLGRAPH_MAX_BYTES); skipped")
            continue
        if number == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        if not line.strip():
            continue
        if b"\x00" in line:
            yield LoadError(where, "NUL byte in line")
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as err:
            yield LoadError(
                where, f"not UTF-8 (byte 0x{line[err.start]:02x} at column {err.start + 1}); JSON Lines must be UTF-8"
            )
            continue
        yield json_item(text, where)


class _Stream:
    """A binary file with a look-ahead buffer, so the kind can be sniffed before streaming."""

    def __init__(self, fh: BinaryStream) -> None:
        self.fh, self.buf = fh, b""

    def peek(self, size: int) -> bytes:
        while len(self.buf) < size:
            chunk = self.fh.read(size - len(self.buf))
            if not chunk:
                break
            self.buf += chunk
        return self.buf[:size]

    def read(self, size: int) -> bytes:
        """Up to ``size`` bytes: fewer only at the end of the stream."""
        self.peek(size)
        head, self.buf = self.buf[:size], self.buf[size:]
        return head

    def readline(self, limit: int) -> bytes:
        if self.buf:
            end = self.buf.find(b"\n", 0, limit)
            if end >= 0 or len(self.buf) >= limit:
                cut = end + 1 if end >= 0 else limit
                line, self.buf = self.buf[:cut], self.buf[cut:]
                return line
            line, self.buf = self.buf, b""
            return line + self.fh.readline(limit - len(line))
        return self.fh.readline(limit)


def _is_jsonl(head: bytes) -> bool:
    """A '{' that opens a one-line object followed by another line (or by nothing)."""
    first, newline, rest = head.strip().partition(b"\n")
    if not newline:
        return True
    return rest.lstrip().startswith(b"{") and first.rstrip().endswith(b"}")


def sniff(data: bytes) -> str:
    head = data.lstrip()[:200].lower()
    if head.startswith(b"{"):
        return "jsonl" if _is_jsonl(data[:SNIFF_BYTES]) else "json"
    if head.startswith(b"["):
        return "json"
    if head.startswith(b"<?xml") and (b"<rss" in data[:2000] or b"<feed" in data[:2000]):
        return "feed"
    if head.startswith(b"<"):
        return "html"
    return "text"


def kind_of(path: Path) -> str | None:
    suffix = (Path(path.stem).suffix if path.suffix.lower() == ".gz" else path.suffix).lower()
    for kind, suffixes in (
        ("text", TEXT_SUFFIXES),
        ("html", HTML_SUFFIXES),
        ("json", JSON_SUFFIXES),
        ("jsonl", JSONL_SUFFIXES),
        ("feed", FEED_SUFFIXES),
    ):
        if suffix in suffixes:
            return kind
    return None


def from_stream(
    fh: BinaryStream, source: str, kind: str | None = None, name: str | None = None, cap: int | None = None
) -> Iterator[Item]:
    """Articles in a binary stream (a file, gzip, stdin), read through the size cap."""
    cap = cap or max_bytes()
    stream = _Stream(fh)
    head = stream.peek(SNIFF_BYTES)
    if not head.strip():
        yield LoadError(source, "empty file")
        return
    if head.startswith(UTF16_BOMS):
        kind = kind or sniff(head.decode("utf-16", errors="replace").lstrip("\ufeff").encode("utf-8"))
    else:
        kind = kind or sniff(head)
        if kind == "jsonl":
            yield from jsonl_lines(stream.readline, source, cap)
            return
        if b"\x00" in head:
            yield LoadError(source, "binary data (NUL bytes), not text")
            return
    data = stream.read(cap + 1)
    if len(data) > cap:
        yield LoadError(source, f"larger than {size_text(cap)} (POLGRAPH_MAX_BYTES); split it or use JSON Lines")
        return
    yield from from_bytes(data, source, kind, name)


def expand(sources: Iterable[str]) -> Iterator[str | LoadError]:
    """Files, URLs and ``-`` named by the sources: folders walked, globs matched, in a stable order."""
    for source in sources:
        if source == "-" or source.startswith(("http://", "https://")):
            yield source
            continue
        path = Path(source)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and kind_of(p))
            if not files:
                yield LoadError(source, "folder holds no .txt, .html, .json or .jsonl files")
            yield from (str(f) for f in files)
        elif path.exists() or path.is_symlink():
            yield source
        elif glob.has_magic(source):
            matches = sorted(m for m in glob.glob(source, recursive=True) if Path(m).is_file())
            if not matches:
                yield LoadError(source, "no file matches")
            yield from matches
        else:
            yield LoadError(source, "no such file or folder")


def file_name(path: Path) -> str:
    """A file's name without its suffixes (``.gz`` included): the id of the article it holds."""
    return (Path(path.stem) if path.suffix.lower() == ".gz" else path).stem


def iter_source(source: str, name: str | None = None, label: str | None = None) -> Iterator[Item]:
    """Articles of one file, URL or ``-`` (stdin); ``name`` replaces the file name as a text or HTML id,
    ``label`` the path in messages and articles' ``source``."""
    if source == "-":
        yield from from_stream(sys.stdin.buffer, "<stdin>")
        return
    if source.startswith(("http://", "https://")):
        from polgraph.loaders.web import from_url

        yield from from_url(source)
        return
    path, label = Path(source), label or source
    kind = kind_of(path)
    try:
        with gzip.open(path, "rb") if path.suffix.lower() == ".gz" else path.open("rb") as fh:
            yield from from_stream(fh, label, kind, (name or file_name(path)) if kind in NAMED_KINDS else None)
    except (OSError, EOFError) as err:
        yield LoadError(label, f"cannot read: {getattr(err, 'strerror', None) or err}")


def _named(item: Article) -> bool:
    """Whether the article's id was made from its file name (so a clash is renamed, not a duplicate)."""
    source = item.source or ""
    return (
        not source.startswith(("http://", "https://"))
        and kind_of(Path(source)) in NAMED_KINDS
        and item.id == file_name(Path(source))
    )


def unique_ids(items: Iterable[Item]) -> Iterator[Item]:
    """Ids made unique: a file-name id that clashes gets ``-2``, ``-3``...; any other repeated id (given
    in the data, a URL, a content hash) is a duplicate: the first article is kept, the later one reported."""
    seen: dict[str, str] = {}
    for item in items:
        if isinstance(item, Article):
            if item.id in seen and _named(item):
                n = 2
                while f"{item.id}-{n}" in seen:
                    n += 1
                item.id = f"{item.id}-{n}"
            if item.id in seen:
                yield LoadError(
                    item.source or item.id, f"duplicate article id {item.id!r} (first in {seen[item.id]}); skipped"
                )
                continue
            seen[item.id] = item.source or ""
        yield item


def english(items: Iterable[Item]) -> Iterator[Item]:
    """Articles that do not look English become errors."""
    for item in items:
        if isinstance(item, Article) and not looks_english(item.title + " " + item.text):
            yield LoadError(item.source or item.id, "not English text; skipped (use --any-language to keep)")
        else:
            yield item


def iter_articles(sources: Iterable[str], english_only: bool = True) -> Iterator[Item]:
    """Every article in the given paths, folders, globs, URLs or ``-``; errors come as ``LoadError``."""

    def items() -> Iterator[Item]:
        for source in expand(sources):
            yield from [source] if isinstance(source, LoadError) else iter_source(source)

    return unique_ids(english(items()) if english_only else items())
