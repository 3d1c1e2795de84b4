"""Facts to graph rows: stable keys, entity resolution across articles, write batches."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from polgraph.facts import ArticleFacts, Provenance
from polgraph.graph.schema import RANKED, STANCES

HONORIFICS = {"sir", "dame", "mr", "mrs", "ms", "miss", "dr", "prof", "rt", "hon", "the"}
Row = dict[str, Any]


@lru_cache(maxsize=1 << 16)
def normalise(name: str) -> str:
    """Lower-case, accents folded, honorifics and possessives dropped: 'Sir Keir Starmer's' -> 'keir starmer'."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    text = re.sub(r"['\u2019]s\b", "", text.lower())
    words = re.findall(r"[a-z0-9]+", text)
    while words and words[0] in HONORIFICS:
        words.pop(0)
    return " ".join(words)


def digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:20]


def stance_toward(stance: dict[str, str] | str | None, target: str) -> str:
    """The stance toward one target: a per-target dict or one string for all; anything else is neutral."""
    value = stance if isinstance(stance, str) else (stance or {}).get(target)
    return value if value in STANCES else "neutral"


def statement_rank(published: str | None, article: str | None, start_offset: int | None) -> int:
    """A statement's place in newest-first listings, as one integer both stores sort cheaply: the day it was
    published, then its article (a stable hash), then its place in the article; undated statements last."""
    try:
        day = (date.fromisoformat((published or "")[:10]) - date(1970, 1, 1)).days
    except ValueError:
        day = 0
    article_bits = int(hashlib.sha1((article or "").encode("utf-8")).hexdigest()[:5], 16)
    place = (1 << 20) - 1 - min(max(start_offset or 0, 0), (1 << 20) - 1)  # descending rank, ascending offset
    return (max(day, 0) << 40) | (article_bits << 20) | place


def rank_rels(batch: GraphBatch) -> None:
    """Give every SAID and ABOUT row of the batch its statement's rank (for batches not built from facts)."""
    statements = batch.nodes.get("Statement", {})
    for (rel_type, a, _), rows in batch.rels.items():
        for row in rows.values():
            statement = statements.get(row["from"] if a == "Statement" else row["to"]) if rel_type in RANKED else None
            if statement is not None:
                row["rank"] = statement_rank(
                    statement.get("published"), row.get("article"), statement.get("start_offset")
                )


def facts_digest(facts: ArticleFacts) -> str:
    """A fingerprint of everything an article gave: unchanged facts are not written again."""
    return hashlib.sha1(repr(facts).encode("utf-8")).hexdigest()


def party_key(name: str, country: str | None) -> str:
    return f"{(country or 'xx').lower()}:{normalise(name)}"


@dataclass
class GraphBatch:
    """Rows to write: nodes by label, relationships by (type, from label, to label)."""

    nodes: dict[str, dict[str, Row]] = field(default_factory=lambda: defaultdict(dict))
    rels: dict[tuple[str, str, str], dict[tuple, Row]] = field(default_factory=lambda: defaultdict(dict))

    def node(self, label: str, row: Row) -> str:
        row = {**row, "kind": label}
        known = self.nodes[label].get(row["key"])
        if known and "aliases" in row:
            row["aliases"] = sorted(set(known.get("aliases", [])) | set(row["aliases"]))
        self.nodes[label][row["key"]] = row
        return row["key"]

    def rel(
        self, rel_type: str, from_label: str, from_key: str, to_label: str, to_key: str, props: Row | None = None
    ) -> None:
        props = props or {}
        ident = (from_key, to_key, props.get("article"))
        self.rels[(rel_type, from_label, to_label)][ident] = {"from": from_key, "to": to_key, **props}

    def size(self) -> int:
        return sum(len(v) for v in self.nodes.values()) + sum(len(v) for v in self.rels.values())


class EntityResolver:
    """Merges the same person or party across articles; keeps every alias seen."""

    def __init__(self) -> None:
        self.people: dict[str, set[str]] = {}
        self.names: dict[str, str] = {}
        self.by_surname: dict[str, set[str]] = defaultdict(set)

    def know(self, key: str, name: str, aliases: list[str]) -> None:
        """Register a person already in the store."""
        self.people.setdefault(key, set()).update(aliases)
        if len(name) > len(self.names.get(key, "")):
            self.names[key] = name
        words = key.split()
        if len(words) > 1:
            self.by_surname[words[-1]].add(key)

    def person_key(self, name: str, aliases: list[str]) -> str:
        """Full names key themselves; a lone surname joins the one full name that owns it."""
        key = normalise(name)
        words = key.split()
        if len(words) == 1:
            owners = self.by_surname.get(words[0], set())
            if len(owners) == 1:
                key = next(iter(owners))
        self.know(key, name, [name, *aliases])
        return key


def provenance_props(prov: Provenance | None, published: str | None) -> Row:
    if prov is None:
        return {
            "article": None,
            "field": None,
            "start_offset": None,
            "end_offset": None,
            "sentence": None,
            "confidence": None,
            "extractor": None,
            "as_of": published,
        }
    return {
        "article": prov.article,
        "field": prov.field,
        "start_offset": prov.start,
        "end_offset": prov.end,
        "sentence": prov.sentence,
        "confidence": prov.confidence,
        "extractor": prov.extractor,
        "as_of": published,
    }


def facts_to_batch(
    facts: ArticleFacts, resolver: EntityResolver, batch: GraphBatch | None = None, fingerprint: str | None = None
) -> GraphBatch:
    """Add one article's facts to a write batch, resolving entities against what is known."""
    batch = batch if batch is not None else GraphBatch()
    art = facts.article
    article_key = batch.node(
        "Article",
        {
            "key": art.id,
            "name": art.title or art.id,
            "title": art.title,
            "url": art.url,
            "outlet": art.outlet,
            "published": art.published,
            "source": art.source,
            "digest": fingerprint or facts_digest(facts),
        },
    )
    people: dict[str, str] = {}
    for named in facts.persons:
        key = resolver.person_key(named.name, named.aliases)
        people[named.name] = key
        batch.node("Person", {"key": key, "name": resolver.names[key], "aliases": sorted(resolver.people[key])})
        batch.rel("MENTIONED_IN", "Person", key, "Article", article_key, {"article": art.id})
    parties: dict[str, str] = {}
    for group in facts.parties:
        key = party_key(group.name, group.country)
        parties[group.name] = key
        batch.node(
            "Party",
            {"key": key, "name": group.name, "country": group.country, "aliases": sorted({group.name, *group.aliases})},
        )
        batch.rel("MENTIONED_IN", "Party", key, "Article", article_key, {"article": art.id})
    others: dict[str, str] = {}
    for other in facts.others:
        key = "org:" + normalise(other.name)
        others[other.name] = key
        batch.node("Organization", {"key": key, "name": other.name, "aliases": sorted({other.name, *other.aliases})})
        batch.rel("MENTIONED_IN", "Organization", key, "Article", article_key, {"article": art.id})

    def person(name: str) -> str:
        if name not in people:
            people[name] = resolver.person_key(name, [])
            batch.node(
                "Person",
                {
                    "key": people[name],
                    "name": resolver.names[people[name]],
                    "aliases": sorted(resolver.people[people[name]]),
                },
            )
        return people[name]

    def party(name: str) -> str:
        if name not in parties:
            parties[name] = party_key(name, None)
            batch.node("Party", {"key": parties[name], "name": name, "country": None, "aliases": [name]})
        return parties[name]

    for role in facts.roles:
        role_key = "role:" + normalise(role.role)
        batch.node("Role", {"key": role_key, "name": role.role})
        props = provenance_props(role.provenance, art.published)
        batch.rel("HOLDS", "Person", person(role.person), "Role", role_key, {**props, "party": role.party})
    for m in facts.memberships:
        batch.rel(
            "MEMBER_OF",
            "Person",
            person(m.person),
            "Party",
            party(m.party),
            provenance_props(m.provenance, art.published),
        )
    for s in facts.statements:
        speaker_label = "Party" if s.speaker_kind == "party" else "Person"
        speaker_key = party(s.speaker) if speaker_label == "Party" else person(s.speaker)
        prov = provenance_props(s.provenance, art.published)
        key = digest(art.id, prov["start_offset"], prov["end_offset"], speaker_key, s.text)
        batch.node(
            "Statement",
            {
                "key": key,
                "name": s.text[:80],
                "text": s.text,
                "type": s.type,
                "speaker": s.speaker,
                "published": art.published,
                **{k: v for k, v in prov.items() if k != "as_of"},
            },
        )
        rank = statement_rank(art.published, art.id, prov["start_offset"])
        batch.rel("SAID", speaker_label, speaker_key, "Statement", key, {"article": art.id, "rank": rank})
        batch.rel("REPORTED_IN", "Statement", key, "Article", article_key, {"article": art.id})
        for target in s.about:
            label, target_key = _target(target, people, parties, others)
            if target_key:
                batch.rel(
                    "ABOUT",
                    "Statement",
                    key,
                    label,
                    target_key,
                    {"article": art.id, "stance": stance_toward(s.stance, target), "rank": rank},
                )
    for pol in facts.policies:
        pkey = party(pol.party)
        key = "policy:" + digest(pkey, normalise(pol.policy))
        batch.node("Policy", {"key": key, "name": pol.policy, "text_lc": pol.policy.lower(), "party": pol.party})
        props = provenance_props(pol.provenance, art.published)
        batch.rel("PROPOSES", "Party", pkey, "Policy", key, {**props, "proposer": pol.proposer})
        batch.rel("REPORTED_IN", "Policy", key, "Article", article_key, {"article": art.id})
    return batch


def _target(
    name: str, people: dict[str, str], parties: dict[str, str], others: dict[str, str]
) -> tuple[str, str | None]:
    if name in people:
        return "Person", people[name]
    if name in parties:
        return "Party", parties[name]
    if name in others:
        return "Organization", others[name]
    return "Organization", None
