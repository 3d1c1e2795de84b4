"""Articles into a store: extract, resolve entities across articles, write in transactional batches."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from polgraph.facts import ArticleFacts
from polgraph.graph import BATCH_ARTICLES, FLUSH_SECONDS
from polgraph.graph.model import EntityResolver, GraphBatch, facts_digest, facts_to_batch
from polgraph.graph.store import GraphStore


@dataclass
class IngestSummary:
    articles: int = 0
    facts: int = 0
    seconds: float = 0.0
    unchanged: int = 0
    """articles skipped because the store already holds exactly their facts"""

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


def resolver_for(store: GraphStore) -> EntityResolver:
    """An entity resolver that knows every person already stored."""
    resolver = EntityResolver()
    for row in store.people():
        resolver.know(row["key"], row["name"], list(row.get("aliases") or []))
    return resolver


def fact_count(facts: ArticleFacts) -> int:
    return sum(len(getattr(facts, k)) for k in ("roles", "memberships", "statements", "policies"))


@contextmanager
def collection_paused() -> Iterator[None]:
    """No cyclic garbage collection while a batch is built or written: it makes no cycles, and full
    collections would walk its hundreds of thousands of rows again and again."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def ingest(
    store: GraphStore,
    facts: Iterable[ArticleFacts],
    batch_articles: int | None = None,
    progress: Callable[[IngestSummary], None] | None = None,
    flush_seconds: float = FLUSH_SECONDS,
) -> IngestSummary:
    """Write facts, one transaction per ``batch_articles`` articles (the store's default if None) or per
    ``flush_seconds`` of waiting for them; re-ingesting changes nothing, and articles whose facts are stored
    unchanged are skipped."""
    limit = batch_articles or BATCH_ARTICLES.get(store.name, min(BATCH_ARTICLES.values()))
    resolver = resolver_for(store)
    stored = store.article_digests()
    summary = IngestSummary()
    started = time.perf_counter()
    batch, pending, opened = GraphBatch(), 0, started
    for item in facts:
        summary.facts += fact_count(item)
        fingerprint = facts_digest(item)
        if stored.get(item.article.id) == fingerprint:
            summary.unchanged += 1
            summary.articles += 1
            continue
        stored[item.article.id] = fingerprint
        if not pending:
            opened = time.perf_counter()
        with collection_paused():
            facts_to_batch(item, resolver, batch, fingerprint)
        pending += 1
        if pending >= limit or time.perf_counter() - opened >= flush_seconds:
            with collection_paused():
                store.write(batch)
            summary.articles += pending
            batch, pending = GraphBatch(), 0
            summary.seconds = time.perf_counter() - started
            if progress:
                progress(summary)
    if pending:
        with collection_paused():
            store.write(batch)
        summary.articles += pending
    summary.seconds = time.perf_counter() - started
    if progress:
        progress(summary)
    return summary
