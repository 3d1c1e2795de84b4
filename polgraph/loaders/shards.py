"""Extraction into a folder of fact shards: sources split into partitions, one gzipped JSON Lines shard each.

``plan`` splits files, folders, globs and ``.jsonl.gz`` shards into partitions (large JSON Lines files by
byte ranges on line ends, small files grouped); ``run_partition`` is the one task every executor runs
(a process pool or Dask workers): it extracts one partition with the extractor its process loaded once,
writes ``part-NNNNN.jsonl.gz`` atomically, then ``part-NNNNN.json`` (counts, failures, extractor version),
which marks the shard complete so that a rerun skips it.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from polgraph import EXTRACTOR_VERSION
from polgraph.facts import Article, ArticleFacts
from polgraph.loaders.sources import (
    NAMED_KINDS,
    Item,
    LoadError,
    english,
    expand,
    file_name,
    iter_source,
    jsonl_lines,
    kind_of,
    max_bytes,
    size_text,
    unique_ids,
)

PARTITION_BYTES = 4 * 1024 * 1024
MANIFEST = "manifest.json"


@dataclass(frozen=True)
class Piece:
    """A whole file, or the lines of a JSON Lines file from byte ``start`` to ``end`` (line ``first`` on).

    ``path`` is absolute, for workers in other folders; ``label`` is the path as given, for messages and
    the articles' ``source``.
    """

    path: str
    label: str
    start: int = 0
    end: int | None = None
    first: int = 1
    name: str | None = None


@dataclass(frozen=True)
class Partition:
    index: int
    pieces: tuple[Piece, ...]
    any_language: bool = False

    @property
    def stem(self) -> str:
        return f"part-{self.index:05d}"

    def spec(self) -> dict:
        return {"pieces": [asdict(p) for p in self.pieces], "any_language": self.any_language}


@dataclass
class ShardReport:
    """What one partition gave: written by the worker next to its shard, read back by the client."""

    index: int
    articles: int = 0
    failures: list[dict[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    skipped: bool = False
    extractor: str = EXTRACTOR_VERSION


def _jsonl_splits(path: Path, size: int) -> Iterator[tuple[int, int, int]]:
    """(start, end, first line) ranges of about ``size`` bytes, each ending on a line end."""
    start = offset = 0
    line, first = 0, 1
    with path.open("rb") as fh:
        while chunk := fh.readline(1 << 20):
            offset += len(chunk)
            if chunk.endswith(b"\n"):
                line += 1
                if offset - start >= size:
                    yield start, offset, first
                    start, first = offset, line + 1
    if offset > start:
        yield start, offset, first


def plan(
    sources: Iterable[str], size: int = PARTITION_BYTES, any_language: bool = False
) -> tuple[list[Partition], list[LoadError]]:
    """Partitions of about ``size`` bytes over the files the sources name, in a stable order."""
    errors: list[LoadError] = []
    pieces: list[tuple[Piece, int]] = []
    names: set[str] = set()
    for source in expand(sources):
        if isinstance(source, LoadError):
            errors.append(source)
            continue
        if source == "-" or source.startswith(("http://", "https://")):
            errors.append(LoadError(source, "not a file; fact shards are extracted from files only"))
            continue
        path = Path(source)
        try:
            length = path.stat().st_size
        except OSError as err:
            errors.append(LoadError(source, f"cannot read: {err.strerror}"))
            continue
        kind = kind_of(path)
        where = str(path.absolute())
        if kind == "jsonl" and path.suffix.lower() != ".gz" and path.is_file() and length > size:
            pieces += [(Piece(where, source, s, e, f), e - s) for s, e, f in _jsonl_splits(path, size)]
            continue
        name = None
        if kind in NAMED_KINDS:
            name, n = file_name(path), 2
            while name in names:
                name, n = f"{file_name(path)}-{n}", n + 1
            names.add(name)
        pieces.append((Piece(where, source, name=name), length))
    partitions: list[Partition] = []
    group: list[Piece] = []
    filled = 0
    for piece, length in pieces:
        if group and filled + length > size:
            partitions.append(Partition(len(partitions), tuple(group), any_language))
            group, filled = [], 0
        group.append(piece)
        filled += length
    if group:
        partitions.append(Partition(len(partitions), tuple(group), any_language))
    return partitions, errors


class _Range:
    """Lines of a binary file up to byte ``end``."""

    def __init__(self, fh, end: int) -> None:
        self.fh, self.left = fh, end - fh.tell()

    def readline(self, limit: int) -> bytes:
        if self.left <= 0:
            return b""
        line = self.fh.readline(min(limit, self.left))
        self.left -= len(line)
        return line


def piece_items(piece: Piece) -> Iterator[Item]:
    if piece.end is None:
        yield from iter_source(piece.path, piece.name, piece.label)
        return
    with open(piece.path, "rb") as fh:
        fh.seek(piece.start)
        yield from jsonl_lines(_Range(fh, piece.end).readline, piece.label, max_bytes(), piece.first)


def partition_articles(part: Partition, failures: list[LoadError]) -> Iterator[Article]:
    items: Iterable[Item] = (item for piece in part.pieces for item in piece_items(piece))
    for item in unique_ids(items if part.any_language else english(items)):
        if isinstance(item, LoadError):
            failures.append(item)
        else:
            yield item


_extractor = None


def worker_extractor():
    """The extractor of this process, loaded on its first task and kept for the next ones."""
    global _extractor
    if _extractor is None:
        from polgraph.loaders.extract.pipeline import Extractor

        _extractor = Extractor()
    return _extractor


def complete(out: Path, part: Partition) -> ShardReport | None:
    """The report of a shard already written for this very partition by this extractor version, if any."""
    try:
        done = json.loads((out / f"{part.stem}.json").read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if (
        done.get("partition") != part.spec()
        or done.get("extractor") != EXTRACTOR_VERSION
        or not (out / f"{part.stem}.jsonl.gz").exists()
    ):
        return None
    return ShardReport(part.index, done["articles"], done["failures"], done["seconds"], skipped=True)


def write_atomic(path: Path, data: bytes) -> None:
    partial = path.with_name(path.name + ".partial")
    with open(partial, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(partial, path)


def run_partition(part: Partition, out: str) -> ShardReport:
    """Extract one partition into its shard (the task every executor runs); a bad article is only reported."""
    from polgraph.loaders.runner import extract_articles

    folder = Path(out)
    done = complete(folder, part)
    if done:
        return done
    for piece in part.pieces:  # an input this worker cannot open fails the task, so that a rerun retries it
        if not os.access(piece.path, os.R_OK):
            raise FileNotFoundError(f"{piece.label}: cannot read {piece.path} on this worker")
    started = time.perf_counter()
    failures: list[LoadError] = []
    lines = [
        json.dumps(facts.to_contract(), ensure_ascii=False)
        for facts in extract_articles(worker_extractor(), partition_articles(part, failures), failures.append)
    ]
    data = gzip.compress("".join(line + "\n" for line in lines).encode("utf-8"), mtime=0)
    write_atomic(folder / f"{part.stem}.jsonl.gz", data)
    report = ShardReport(
        part.index,
        len(lines),
        [{"input": e.source, "reason": e.message} for e in failures],
        round(time.perf_counter() - started, 3),
    )
    done_file = {"partition": part.spec(), **{k: v for k, v in asdict(report).items() if k != "skipped"}}
    write_atomic(folder / f"{part.stem}.json", json.dumps(done_file, ensure_ascii=False, indent=1).encode())
    return report


def write_manifest(
    out: Path,
    sources: Iterable[str],
    parts: list[Partition],
    reports: list[ShardReport],
    errors: list[LoadError],
    lost: dict[int, str],
) -> dict:
    """``manifest.json``: counts, every failure with its input and reason, the extractor version."""
    manifest = {
        "extractor": EXTRACTOR_VERSION,
        "sources": list(sources),
        "partitions": len(parts),
        "complete": len(reports),
        "articles": sum(r.articles for r in reports),
        "failures": [{"input": e.source, "reason": e.message} for e in errors]
        + [f for r in sorted(reports, key=lambda r: r.index) for f in r.failures]
        + [{"input": parts[i].stem, "reason": reason} for i, reason in sorted(lost.items())],
        "shards": [f"{parts[r.index].stem}.jsonl.gz" for r in sorted(reports, key=lambda r: r.index)],
    }
    write_atomic(out / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8"))
    return manifest


def fact_files(paths: Iterable[str]) -> Iterator[Path | LoadError]:
    """The shards a folder's manifest lists (else every ``*.jsonl[.gz]`` in it), or the files given.

    A manifest that counts fewer complete shards than partitions gives one error: the facts are partial.
    """
    for source in paths:
        path = Path(source)
        if path.is_dir() and (path / MANIFEST).is_file():
            try:
                manifest = json.loads((path / MANIFEST).read_text("utf-8"))
                shards = [path / name for name in manifest["shards"]]
                missing = manifest["partitions"] - manifest["complete"]
            except (OSError, ValueError, KeyError, TypeError) as err:
                yield LoadError(str(path / MANIFEST), f"unreadable manifest ({err})")
                continue
            if missing:
                yield LoadError(
                    source,
                    f"{missing} of {manifest['partitions']} shards missing; rerun "
                    f"`polgraph extract --out` to complete them",
                )
            yield from shards
        elif path.is_dir():
            files = sorted(p for p in path.iterdir() if p.name.endswith((".jsonl", ".jsonl.gz")))
            if not files:
                yield LoadError(source, "folder holds no .jsonl or .jsonl.gz facts")
            yield from files
        elif path.exists():
            yield path
        else:
            yield LoadError(source, "no such file or folder")


def _digest(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")


def read_facts(paths: Iterable[str]) -> Iterator[ArticleFacts | LoadError]:
    """Facts as ``polgraph extract`` prints them or as shards hold them; each bad line or repeated id named.

    Ids already read are kept as 8-byte digests (about 50 bytes each in memory), so that a hundred
    million articles can be checked for repeats in one run.
    """
    seen: set[int] = set()
    cap = max_bytes()
    for path in fact_files(paths):
        if isinstance(path, LoadError):
            yield path
            continue
        try:
            with gzip.open(path, "rb") if path.suffix == ".gz" else path.open("rb") as fh:
                number = 0
                while raw := fh.readline(cap + 1):
                    number += 1
                    where = f"{path}:{number}"
                    if len(raw) > cap and not raw.endswith(b"\n"):
                        yield LoadError(where, f"line longer than {size_text(cap)}; rest of the file skipped")
                        break
                    if not raw.strip():
                        continue
                    try:
                        facts = ArticleFacts.from_contract(json.loads(raw))
                    except (ValueError, RecursionError) as err:
                        yield LoadError(where, f"not a facts line ({err})")
                        continue
                    key = _digest(facts.article.id)
                    if key in seen:
                        yield LoadError(
                            where, f"duplicate article id {facts.article.id!r} (an earlier line has it); skipped"
                        )
                        continue
                    seen.add(key)
                    yield facts
        except (OSError, EOFError) as err:
            yield LoadError(str(path), f"cannot read: {getattr(err, 'strerror', None) or err}")
