"""An article parsed paragraph by paragraph, with its quotations and entity mentions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Token

from polgraph.facts import Article, Provenance
from polgraph.loaders.extract.quotes import Quote, find_quotes

BULLET = re.compile(r"^\s*([\u2022\u00b7\u25aa\u25cf*\-\u2013]|\d+[.)])\s+")


@dataclass
class Paragraph:
    """One headline or body paragraph: its parse, where it sits in the article, its quotations."""

    index: int
    field: str
    offset: int
    doc: Doc
    quotes: list[Quote]
    bullet: bool = False

    @cached_property
    def text(self) -> str:
        return self.doc.text

    def quote_of(self, token: Token) -> int | None:
        """Index of the quotation a token stands in, if any."""
        for i, q in enumerate(self.quotes):
            if q.start <= token.idx < q.end:
                return i
        return None

    def in_quote(self, token: Token) -> bool:
        return self.quote_of(token) is not None


@dataclass
class Mention:
    """A written reference to an entity (or a pronoun resolved to one)."""

    kind: str
    key: str
    para: int
    start: int
    end: int
    text: str
    in_quote: bool = False
    subject: bool = False

    @property
    def order(self) -> tuple[int, int]:
        return (self.para, self.start)


@dataclass
class Document:
    """The article with everything the rules share.

    Mentions come in two layers: the names the entity step finds (set once, by that step) and the pronouns
    the reference resolver ties to a name (added only through ``add_reference``). Rules read both, in
    reading order, as ``mentions``."""

    article: Article
    paragraphs: list[Paragraph]
    country: str | None = None
    genders: dict[str, str] = field(default_factory=dict)
    _named: list[Mention] = field(default_factory=list, repr=False)
    _references: list[Mention] = field(default_factory=list, repr=False)
    _merged: list[Mention] | None = field(default=None, repr=False)
    _index: dict[tuple[int, int], list[Mention]] = field(default_factory=dict, repr=False)
    _index_stamp: tuple[int, int] | None = field(default=None, repr=False)

    @property
    def mentions(self) -> list[Mention]:
        """Named and resolved mentions in reading order."""
        if self._merged is None:
            self._merged = sorted(self._named + self._references, key=lambda m: m.order)
        return self._merged

    @mentions.setter
    def mentions(self, named: list[Mention]) -> None:
        """The entity step's names (no other step sets them)."""
        self._named = list(named)
        self._merged = None
        self._index_stamp = None

    def add_reference(self, mention: Mention) -> None:
        """A pronoun the resolver tied to a named entity."""
        self._references.append(mention)
        self._merged = None
        self._index_stamp = None

    def provenance(self, para: Paragraph, start_char: int, end_char: int, confidence: float = 0.8) -> Provenance:
        """Provenance of a span given in paragraph characters."""
        sent = para.doc.char_span(start_char, end_char, alignment_mode="expand")
        sentence = sent.sent.text if sent is not None and len(sent) else para.text
        return Provenance(
            article=self.article.id,
            field=para.field,
            start=para.offset + start_char,
            end=para.offset + end_char,
            sentence=sentence,
            confidence=confidence,
        )

    def mentions_at(self, para: int, token_i: int) -> list[Mention]:
        """Mentions covering one token (an index rebuilt whenever the mention list changes)."""
        stamp = (id(self.mentions), len(self.mentions))
        if self._index_stamp != stamp:
            self._index = {}
            for m in self.mentions:
                for i in range(m.start, m.end):
                    self._index.setdefault((m.para, i), []).append(m)
            self._index_stamp = stamp
        return self._index.get((para, token_i), [])


def split_paragraphs(article: Article) -> list[tuple[str, int, str]]:
    """(field, offset, text) for every non-empty line of the headline and the body."""
    parts: list[tuple[str, int, str]] = []
    for fld, text in (("title", article.title or ""), ("text", article.text or "")):
        offset = 0
        for line in text.split("\n"):
            stripped = line.strip()
            if stripped:
                parts.append((fld, offset + line.index(stripped), stripped))
            offset += len(line) + 1
    return parts


def build_paragraphs(parts: list[tuple[str, int, str]], docs: list[Doc]) -> list[Paragraph]:
    return [
        Paragraph(
            index=i, field=fld, offset=off, doc=doc, quotes=find_quotes(doc.text), bullet=bool(BULLET.match(doc.text))
        )
        for i, ((fld, off, _), doc) in enumerate(zip(parts, docs))
    ]
