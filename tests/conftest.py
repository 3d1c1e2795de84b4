"""Shared fixtures: one loaded extractor for the whole session."""
from __future__ import annotations

from pathlib import Path

import pytest

from polgraph.facts import Article
from polgraph.loaders.extract.pipeline import Extractor

SHARED_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def extract(extractor: Extractor):
    """Extract facts from a short article: ``extract(text, title=..., url=...)`` -> contract dict."""

    def run(text: str, title: str = "", url: str | None = None, outlet: str | None = None) -> dict:
        article = Article(id="t", text=text, title=title, url=url, outlet=outlet)
        return extractor.extract(article).to_contract()

    return run


def said(facts: dict) -> set[tuple[str, str]]:
    """(speaker, text) of every statement."""
    return {(s["speaker"], s["text"]) for s in facts["statements"]}


def roles(facts: dict) -> set[tuple[str, str, str | None]]:
    return {(r["person"], r["role"], r["party"]) for r in facts["roles"]}


def members(facts: dict) -> set[tuple[str, str]]:
    return {(m["person"], m["party"]) for m in facts["memberships"]}
