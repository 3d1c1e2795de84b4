"""The one extraction function every executor runs: articles in, facts out, a bad article never fatal."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator

from polgraph.facts import Article, ArticleFacts
from polgraph.loaders.extract.pipeline import Extractor
from polgraph.loaders.sources import LoadError


def where(article: Article) -> str:
    return article.source or article.id


def too_long(article: Article, limit: int) -> str | None:
    """Why spaCy would refuse the article (a paragraph over its ``max_length``), else None."""
    for name, text in (("title", article.title or ""), ("text", article.text or "")):
        for number, line in enumerate(text.split("\n"), 1):
            if len(line) > limit:
                return f"{name} paragraph {number} has {len(line):,} characters, over spaCy's limit of {limit:,}"
    return None


def extract_articles(
    extractor: Extractor, articles: Iterable[Article], on_error: Callable[[LoadError], None], workers: int = 1
) -> Iterator[ArticleFacts]:
    """Facts of every article that can be extracted, in input order; each one that cannot goes to ``on_error``.

    Articles stream through one ``Extractor.extract_many`` (``workers`` processes). Should it fail, the
    articles it held are extracted one by one to find and report the culprit, and streaming resumes.
    """
    source = iter(articles)
    limit = extractor.nlp.max_length
    held: deque[Article] = deque()
    broken: list[Exception] = []

    def feed() -> Iterator[Article]:
        while True:
            try:
                article = next(source)
            except StopIteration:
                return
            except Exception as err:  # the input itself failed: not an article's fault, so not isolated
                broken.append(err)
                raise
            problem = too_long(article, limit)
            if problem:
                on_error(LoadError(where(article), problem))
                continue
            held.append(article)
            yield article

    while True:
        try:
            for facts in extractor.extract_many(feed(), workers=workers):
                held.popleft()
                yield facts
            return
        except Exception:  # isolated below, article by article
            if broken or not held:
                raise
            pending = list(held)
            held.clear()
        for article in pending:
            try:
                facts = extractor.extract(article)
            except Exception as err:  # noqa: BLE001 - one bad article is reported, never fatal
                on_error(LoadError(where(article), f"extraction failed ({type(err).__name__}: {err})"))
                continue
            yield facts
