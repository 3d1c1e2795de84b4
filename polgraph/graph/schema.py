"""The property-graph schema both stores share: node labels, relationship types, properties."""
from __future__ import annotations

from dataclasses import dataclass

PROVENANCE = {"article": "STRING", "field": "STRING", "start_offset": "INT64", "end_offset": "INT64",
              "sentence": "STRING", "confidence": "DOUBLE", "extractor": "STRING"}


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

NODES: dict[str, NodeType] = {n.label: n for n in (
    NodeType("Person", {**NAMED, "aliases": "STRING[]"}),
    NodeType("Party", {**NAMED, "aliases": "STRING[]", "country": "STRING"}),
    NodeType("Organization", {**NAMED, "aliases": "STRING[]"}),
    NodeType("Role", {**NAMED}),
    NodeType("Statement", {**NAMED, "text": "STRING", "type": "STRING", "speaker": "STRING",
                           "published": "STRING", **PROVENANCE}),
    NodeType("Policy", {**NAMED, "text_lc": "STRING", "party": "STRING"}),
    NodeType("Article", {**NAMED, "title": "STRING", "url": "STRING", "outlet": "STRING", "published": "STRING"}),
)}

RELS: dict[str, RelType] = {r.type: r for r in (
    RelType("HOLDS", (("Person", "Role"),), {"party": "STRING", "as_of": "STRING", **PROVENANCE}),
    RelType("MEMBER_OF", (("Person", "Party"),), {"as_of": "STRING", **PROVENANCE}),
    RelType("SAID", (("Person", "Statement"), ("Party", "Statement")), {"article": "STRING"}),
    RelType("ABOUT", (("Statement", "Person"), ("Statement", "Party"), ("Statement", "Organization")),
            {"article": "STRING"}),
    RelType("PROPOSES", (("Party", "Policy"),), {"proposer": "STRING", "as_of": "STRING", **PROVENANCE}),
    RelType("REPORTED_IN", (("Statement", "Article"), ("Policy", "Article")), {"article": "STRING"}),
    RelType("MENTIONED_IN", (("Person", "Article"), ("Party", "Article"), ("Organization", "Article")),
            {"article": "STRING"}),
)}
