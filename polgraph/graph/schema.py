"""The property-graph schema both stores share: node labels, relationship types, properties."""

from __future__ import annotations

from dataclasses import dataclass

PROVENANCE = {
    "article": "STRING",
    "field": "STRING",
    "start_offset": "INT64",
    "end_offset": "INT64",
    "sentence": "STRING",
    "confidence": "DOUBLE",
    "extractor": "STRING",
}


@dataclass(frozen=True)
class NodeType:
    label: str
    properties: dict[str, str]


@dataclass(frozen=True)
class RelType:
    type: str
    ends: tuple[tuple[str, str], ...]
    properties: dict[str, str]


NAMED = {"key": "STRING", "kind": "STRING", "name": "STRING"}

NODES: dict[str, NodeType] = {
    n.label: n
    for n in (
        NodeType("Person", {**NAMED, "aliases": "STRING[]"}),
        NodeType("Party", {**NAMED, "aliases": "STRING[]", "country": "STRING"}),
        NodeType("Organization", {**NAMED, "aliases": "STRING[]"}),
        NodeType("Role", {**NAMED}),
        NodeType(
            "Statement",
            {**NAMED, "text": "STRING", "type": "STRING", "speaker": "STRING", "published": "STRING", **PROVENANCE},
        ),
        NodeType("Policy", {**NAMED, "text_lc": "STRING", "party": "STRING"}),
        NodeType(
            "Article",
            {
                **NAMED,
                "title": "STRING",
                "url": "STRING",
                "outlet": "STRING",
                "published": "STRING",
                "source": "STRING",
                "digest": "STRING",
            },
        ),
    )
}

RELS: dict[str, RelType] = {
    r.type: r
    for r in (
        RelType("HOLDS", (("Person", "Role"),), {"party": "STRING", "as_of": "STRING", **PROVENANCE}),
        RelType("MEMBER_OF", (("Person", "Party"),), {"as_of": "STRING", **PROVENANCE}),
        RelType("SAID", (("Person", "Statement"), ("Party", "Statement")), {"article": "STRING", "rank": "INT64"}),
        RelType(
            "ABOUT",
            (("Statement", "Person"), ("Statement", "Party"), ("Statement", "Organization")),
            {"article": "STRING", "stance": "STRING", "rank": "INT64"},
        ),
        RelType("PROPOSES", (("Party", "Policy"),), {"proposer": "STRING", "as_of": "STRING", **PROVENANCE}),
        RelType("REPORTED_IN", (("Statement", "Article"), ("Policy", "Article")), {"article": "STRING"}),
        RelType(
            "MENTIONED_IN",
            (("Person", "Article"), ("Party", "Article"), ("Organization", "Article")),
            {"article": "STRING"},
        ),
    )
}

RANKED = ("SAID", "ABOUT")
"""Relationships that carry their statement's ``rank`` (model.statement_rank): newest-first listings sort by it
without reading every statement."""

STANCES = ("negative", "positive", "neutral")
"""A statement's stance toward one of its targets; a missing or unknown stance counts as neutral."""

ENTITIES = ("Person", "Party", "Organization")
COUNTS = {"statements": "INT64", "negative": "INT64", "positive": "INT64", "neutral": "INT64"}

# Derived from the facts and written in the same transaction; not facts themselves, so not exported.
INDEX_NODES: dict[str, NodeType] = {"Name": NodeType("Name", {"key": "STRING"})}
"""Every name and alias of an entity, keyed by the exact string: lookups by name start here."""

AGGREGATE_RELS: dict[str, RelType] = {
    r.type: r
    for r in (
        RelType("NAMES", tuple(("Name", e) for e in ENTITIES), {}),
        RelType("SPOKE_ABOUT", tuple((a, b) for a in ("Person", "Party") for b in ENTITIES), COUNTS),
        RelType("PARTY_STANCE", (("Party", "Party"),), COUNTS),
    )
}
"""SPOKE_ABOUT: statements by a speaker about a target, per stance. PARTY_STANCE: statements by a party or
its members about another party or its members (one per statement and target), per stance."""

COUNTERS = {"Person": {"said": "INT64", "said_articles": "INT64"}}
"""Maintained node properties: how many statements a person made, and in how many articles."""
