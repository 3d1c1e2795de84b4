"""What a batch adds to the maintained aggregates and the name index, worked out before it is written.

Both stores write these in the same transaction as the facts, so a lookup by name starts from an index and
the aggregate queries read a few thousand counters instead of every statement. Statements are immutable
once stored (their key covers article, offsets, speaker and text), so counting only new statements keeps
the aggregates exact under re-ingest; a membership learnt later adds the earlier statements of that person
to the party pairs it now belongs to.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import product
from typing import Any

from polgraph.graph.model import GraphBatch
from polgraph.graph.schema import ENTITIES, STANCES

Row = dict[str, Any]
Read = Callable[[str, Row], list[Row]]
Counts = list[int]
"""statements, negative, positive, neutral"""

# Keys are UNWOUND into primary-key lookups: ladybug checks `key IN $list` against every row of the table.
MEMBERSHIPS = (
    "UNWIND $keys AS k MATCH (p:Person {key: k})-[:MEMBER_OF]->(a:Party) RETURN DISTINCT p.key AS p, a.key AS a"
)
EDGES_FROM = (
    "UNWIND $keys AS k MATCH (a:Person {key: k})-[e:SPOKE_ABOUT]->(b) RETURN a.kind AS fl, a.key AS f, "
    "b.kind AS tl, b.key AS t, e.statements AS statements, e.negative AS negative, "
    "e.positive AS positive, e.neutral AS neutral"
)
EDGES_TO = EDGES_FROM.replace("(a:Person {key: k})-[e:SPOKE_ABOUT]->(b)", "(a)-[e:SPOKE_ABOUT]->(b:Person {key: k})")
SAID_BEFORE = (
    "UNWIND $pairs AS r MATCH (p:Person {key: r.p})-[e:SAID]->(:Statement) WHERE e.article = r.a "
    "RETURN DISTINCT p.key AS p, e.article AS a"
)


def counts_of(stance: str) -> Counts:
    return [1, *(int(stance == s) for s in STANCES)]


def add(into: dict, key: Any, counts: Counts) -> None:
    into[key] = [a + b for a, b in zip(into.get(key, [0, 0, 0, 0]), counts)]


@dataclass
class AggregatePlan:
    """Increments to SPOKE_ABOUT, PARTY_STANCE and the per-person counters, and the names to index."""

    spoke: dict[tuple[str, str, str, str], Counts] = field(default_factory=dict)
    parties: dict[tuple[str, str], Counts] = field(default_factory=dict)
    people: dict[str, list[int]] = field(default_factory=dict)
    names: set[tuple[str, str, str]] = field(default_factory=set)
    """(name, label, key) for every name and alias of every entity in the batch"""

    def spoke_rows(self) -> dict[tuple[str, str], list[Row]]:
        out: dict[tuple[str, str], list[Row]] = defaultdict(list)
        for (fl, f, tl, t), c in self.spoke.items():
            out[(fl, tl)].append(counter_row(f, t, c))
        return out

    def party_rows(self) -> list[Row]:
        return [counter_row(a, b, c) for (a, b), c in self.parties.items()]

    def people_rows(self) -> list[Row]:
        return [{"key": k, "said": v[0], "said_articles": v[1]} for k, v in self.people.items()]


def counter_row(from_key: str, to_key: str, counts: Counts) -> Row:
    return {"from": from_key, "to": to_key, **dict(zip(("statements", *STANCES), counts))}


def drop_stored_statements(batch: GraphBatch, stored: set[str]) -> None:
    """Statements already stored keep their speaker, targets and article: nothing of them is written again."""
    for key in stored:
        batch.nodes.get("Statement", {}).pop(key, None)
    for (rel_type, from_label, to_label), rows in batch.rels.items():
        end = "to" if rel_type == "SAID" else "from"
        if "Statement" in (from_label, to_label) and rel_type in ("SAID", "ABOUT", "REPORTED_IN"):
            for ident in [i for i, r in rows.items() if r[end] in stored]:
                del rows[ident]


def rows_of(batch: GraphBatch, rel_type: str) -> Iterable[tuple[str, str, Row]]:
    for (kind, from_label, to_label), rows in batch.rels.items():
        if kind == rel_type:
            for row in rows.values():
                yield from_label, to_label, row


def plan_aggregates(batch: GraphBatch, new_articles: set[str], read: Read) -> AggregatePlan:
    """Increments for a batch whose stored statements were dropped (so every statement in it is new).

    ``read`` runs Cypher inside the batch's transaction, before anything of the batch is written.
    """
    plan = AggregatePlan()
    for label in ENTITIES:
        for row in batch.nodes.get(label, {}).values():
            for name in {row.get("name"), *(row.get("aliases") or [])}:
                if name:
                    plan.names.add((name, label, row["key"]))
    speaker = {row["to"]: (fl, row["from"], row.get("article")) for fl, _, row in rows_of(batch, "SAID")}
    about = [
        (*speaker[r["from"]][:2], tl, r["to"], r.get("stance") or "neutral")
        for _, tl, r in rows_of(batch, "ABOUT")
        if r["from"] in speaker
    ]
    _count_people(plan, speaker.values(), new_articles, read)

    batch_members: dict[str, set[str]] = defaultdict(set)
    for _, _, row in rows_of(batch, "MEMBER_OF"):
        batch_members[row["from"]].add(row["to"])
    concerned = (
        set(batch_members)
        | {k for fl, k, *_ in about if fl == "Person"}
        | {t for *_, tl, t, _ in about if tl == "Person"}
    )
    old = _memberships(read, concerned)
    new = {p: parties - old[p] for p, parties in batch_members.items() if parties - old[p]}
    old_edges: dict[tuple[str, str, str, str], Counts] = {}
    if new:
        for query in (EDGES_FROM, EDGES_TO):
            for r in read(query, {"keys": sorted(new)}):
                old_edges[(r["fl"], r["f"], r["tl"], r["t"])] = [r[k] or 0 for k in ("statements", *STANCES)]
        others = {k for e in old_edges for k in (e[1], e[3])} - set(old)
        old.update(_memberships(read, others))

    def parties_of(label: str, key: str, members: dict[str, set[str]]) -> set[str]:
        return {key} if label == "Party" else members.get(key, set()) if label == "Person" else set()

    now = {p: old.get(p, set()) | new.get(p, set()) for p in set(old) | set(new)}
    for fl, f, tl, t, stance in about:
        counts = counts_of(stance)
        add(plan.spoke, (fl, f, tl, t), counts)
        for pair in product(parties_of(fl, f, now), parties_of(tl, t, now)):
            if pair[0] != pair[1]:
                add(plan.parties, pair, counts)
    for (fl, f, tl, t), counts in old_edges.items():
        before = set(product(parties_of(fl, f, old), parties_of(tl, t, old)))
        for pair in set(product(parties_of(fl, f, now), parties_of(tl, t, now))) - before:
            if pair[0] != pair[1]:
                add(plan.parties, pair, counts)
    return plan


def _memberships(read: Read, keys: set[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    if keys:
        for r in read(MEMBERSHIPS, {"keys": sorted(keys)}):
            out[r["p"]].add(r["a"])
    return out


def _count_people(
    plan: AggregatePlan, speakers: Iterable[tuple[str, str, str | None]], new_articles: set[str], read: Read
) -> None:
    pairs: dict[tuple[str, str | None], int] = defaultdict(int)
    for label, key, article in speakers:
        if label == "Person":
            pairs[(key, article)] += 1
    seen: set[tuple[str, str | None]] = set()
    again = {a for _, a in pairs if a not in new_articles and a is not None}
    if again:
        rows = read(SAID_BEFORE, {"pairs": [{"p": k, "a": a} for k, a in sorted(pairs) if a in again]})
        seen = {(r["p"], r["a"]) for r in rows}
    for (key, article), n in pairs.items():
        counts = plan.people.setdefault(key, [0, 0])
        counts[0] += n
        counts[1] += int((key, article) not in seen)


def recompute(read: Read) -> AggregatePlan:
    """The aggregates of the whole stored graph, from the facts alone (for checks and repair)."""
    plan = AggregatePlan()
    members = _memberships(read, {r["k"] for r in read("MATCH (p:Person) RETURN p.key AS k", {})})
    rows = read(
        "MATCH (sp)-[:SAID]->(s:Statement)-[e:ABOUT]->(t) RETURN sp.kind AS fl, sp.key AS f, "
        "t.kind AS tl, t.key AS t, e.stance AS stance",
        {},
    )
    for r in rows:
        counts = counts_of(r["stance"] or "neutral")
        add(plan.spoke, (r["fl"], r["f"], r["tl"], r["t"]), counts)
        a_side = {r["f"]} if r["fl"] == "Party" else members.get(r["f"], set())
        b_side = {r["t"]} if r["tl"] == "Party" else members.get(r["t"], set()) if r["tl"] == "Person" else set()
        for pair in product(a_side, b_side):
            if pair[0] != pair[1]:
                add(plan.parties, pair, counts)
    for r in read(
        "MATCH (p:Person)-[e:SAID]->(s:Statement) RETURN p.key AS k, count(s) AS n, count(DISTINCT e.article) AS a", {}
    ):
        plan.people[r["k"]] = [r["n"], r["a"]]
    return plan


def stored(read: Read) -> AggregatePlan:
    """The aggregates as the store holds them (to compare with ``recompute``)."""
    plan = AggregatePlan()
    counts = ", ".join(f"e.{p} AS {p}" for p in ("statements", *STANCES))
    for r in read(
        f"MATCH (a)-[e:SPOKE_ABOUT]->(b) RETURN a.kind AS fl, a.key AS f, b.kind AS tl, b.key AS t, {counts}", {}
    ):
        plan.spoke[(r["fl"], r["f"], r["tl"], r["t"])] = [r[p] for p in ("statements", *STANCES)]
    for r in read(f"MATCH (a:Party)-[e:PARTY_STANCE]->(b:Party) RETURN a.key AS f, b.key AS t, {counts}", {}):
        plan.parties[(r["f"], r["t"])] = [r[p] for p in ("statements", *STANCES)]
    for r in read("MATCH (p:Person) WHERE p.said > 0 RETURN p.key AS k, p.said AS n, p.said_articles AS a", {}):
        plan.people[r["k"]] = [r["n"], r["a"]]
    return plan
