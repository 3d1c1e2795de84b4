"""What the web app shows, read from either store with parameterised, read-only Cypher."""
from __future__ import annotations

import threading
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from polgraph.graph.schema import RELS
from polgraph.graph.store import GraphStore, Row

ENTITY_LABELS = ("Person", "Party", "Organization")
STANCES = ("negative", "positive", "neutral")


@dataclass
class Page:
    """One slice of a longer list: the rows, where it starts, and how many there are in all."""

    rows: list[Row]
    offset: int
    limit: int
    total: int

    def as_dict(self) -> dict[str, Any]:
        return {"rows": self.rows, "offset": self.offset, "limit": self.limit, "total": self.total}


def paginate(rows: list[Row], offset: int, limit: int) -> Page:
    return Page(rows[offset:offset + limit], offset, limit, len(rows))


@dataclass
class Explorer:
    """Read models for the pages and the JSON API; one lock because a store connection is not thread-safe."""

    store: GraphStore
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def run(self, cypher: str, **params: Any) -> list[Row]:
        with self._lock:
            return self.store.query(cypher, params)

    @property
    def _stance(self) -> str:
        return "a.stance" if "stance" in RELS["ABOUT"].properties else "'neutral'"

    # --- search -----------------------------------------------------------------

    def search(self, text: str, limit: int = 10) -> list[Row]:
        """People, parties and organisations whose name or an alias contains ``text``, best first."""
        q = text.strip().lower()
        if not q:
            return []
        found: list[Row] = []
        for label in ENTITY_LABELS:
            found += self.run(
                f"WITH $q AS q MATCH (n:{label}) "
                "WHERE lower(n.name) CONTAINS q OR any(a IN n.aliases WHERE lower(a) CONTAINS q) "
                "RETURN n.key AS key, n.name AS name, n.kind AS kind LIMIT $limit", q=q, limit=limit)

        def rank(row: Row) -> tuple[int, int, str]:
            name = (row["name"] or "").lower()
            return (0 if name == q else 1 if name.startswith(q) else 2, ENTITY_LABELS.index(row["kind"]), name)

        return sorted(found, key=rank)[:limit]

    # --- entities -----------------------------------------------------------------

    def entity(self, label: str, key: str) -> Row | None:
        extra = ", n.country AS country" if label == "Party" else ""
        rows = self.run(f"MATCH (n:{label}) WHERE n.key = $key "
                        f"RETURN n.key AS key, n.name AS name, n.kind AS kind, n.aliases AS aliases{extra}", key=key)
        return rows[0] if rows else None

    def kind_of(self, key: str) -> str | None:
        for label in ENTITY_LABELS:
            if self.run(f"MATCH (n:{label}) WHERE n.key = $key RETURN n.key AS key", key=key):
                return label
        return None

    def statements_by(self, label: str, key: str) -> list[Row]:
        rows = self.run(
            f"MATCH (sp:{label})-[:SAID]->(s:Statement) WHERE sp.key = $key "
            f"OPTIONAL MATCH (s)-[a:ABOUT]->(t) "
            f"RETURN s.key AS key, s.text AS text, s.type AS type, s.published AS published, s.article AS article, "
            f"t.key AS target_key, t.name AS target, t.kind AS target_kind, {self._stance} AS stance "
            f"ORDER BY published, key", key=key)
        return _grouped_statements(rows)

    def statements_about(self, label: str, key: str) -> list[Row]:
        return self.run(
            f"MATCH (sp)-[:SAID]->(s:Statement)-[a:ABOUT]->(t:{label}) WHERE t.key = $key "
            f"RETURN s.key AS key, s.text AS text, s.type AS type, s.published AS published, s.article AS article, "
            f"sp.key AS speaker_key, sp.name AS speaker, sp.kind AS speaker_kind, {self._stance} AS stance "
            f"ORDER BY published, key", key=key)

    def person(self, key: str) -> Row | None:
        person = self.entity("Person", key)
        if person is None:
            return None
        person["roles"] = self.run(
            "MATCH (p:Person)-[h:HOLDS]->(r:Role) WHERE p.key = $key "
            "RETURN r.name AS role, h.party AS party, h.as_of AS as_of, h.article AS article, h.sentence AS sentence "
            "ORDER BY as_of, role", key=key)
        person["parties"] = self.run(
            "MATCH (p:Person)-[m:MEMBER_OF]->(party:Party) WHERE p.key = $key "
            "RETURN party.key AS key, party.name AS name, party.country AS country, m.as_of AS as_of, "
            "m.article AS article, m.sentence AS sentence ORDER BY as_of, name", key=key)
        said = self.statements_by("Person", key)
        person["said"] = said
        person["said_by_target"] = _by_target(said)
        person["said_about"] = self.statements_about("Person", key)
        person["timeline"] = _timeline(person["roles"], said, person["said_about"])
        return person

    def party(self, key: str) -> Row | None:
        party = self.entity("Party", key)
        if party is None:
            return None
        party["members"] = self.run(
            "MATCH (p:Person)-[m:MEMBER_OF]->(party:Party) WHERE party.key = $key "
            "OPTIONAL MATCH (p)-[h:HOLDS]->(r:Role) WHERE h.party = party.name "
            "RETURN p.key AS key, p.name AS name, collect(DISTINCT r.name) AS roles ORDER BY name", key=key)
        party["policies"] = self.run(
            "MATCH (party:Party)-[e:PROPOSES]->(pol:Policy) WHERE party.key = $key "
            "RETURN pol.name AS policy, e.proposer AS proposer, e.as_of AS as_of, e.article AS article, "
            "e.sentence AS sentence ORDER BY as_of, policy", key=key)
        party["said"] = self.statements_by("Party", key)
        party["talks_about"] = self._relations(key, outgoing=True)
        party["talked_about_by"] = self._relations(key, outgoing=False)
        return party

    def _relations(self, key: str, outgoing: bool) -> list[Row]:
        """Stance counts from this party (itself or its members) to other parties (or their members), or back."""
        speaker = "(sp:Party)" if outgoing else "(sp)"
        target = "(t)" if outgoing else "(t:Party)"
        where = "sp.key = $key" if outgoing else "t.key = $key"
        member = ("(party:Party)<-[:MEMBER_OF]-(sp:Person)-[:SAID]->(s:Statement)-[a:ABOUT]->(t)" if outgoing
                  else "(sp)-[:SAID]->(s:Statement)-[a:ABOUT]->(t:Person)-[:MEMBER_OF]->(party:Party)")
        rows = self.run(f"MATCH {speaker}-[:SAID]->(s:Statement)-[a:ABOUT]->{target} WHERE {where} "
                        + EDGE_TAIL.format(stance=self._stance), key=key)
        rows += self.run(f"MATCH {member} WHERE party.key = $key " + EDGE_TAIL.format(stance=self._stance), key=key)
        mine = [r for r in party_edges(rows, self.countries()) if (r["from_key"] if outgoing else r["to_key"]) == key]
        other = "to" if outgoing else "from"
        return [{"key": r[f"{other}_key"], "name": r[other], "country": r[f"{other}_country"],
                 **{s: r[s] for s in (*STANCES, "statements", "net")}} for r in mine]

    def party_edges(self) -> list[Row]:
        """(speaking party, target party) with statement counts per stance, over the whole graph."""
        return party_edges(self.run("MATCH (sp)-[:SAID]->(s:Statement)-[a:ABOUT]->(t) "
                                    + EDGE_TAIL.format(stance=self._stance)), self.countries())

    def countries(self) -> dict[str, str | None]:
        return {r["key"]: r["country"] for r in self.run("MATCH (p:Party) RETURN p.key AS key, p.country AS country")}

    def statement(self, key: str) -> Row | None:
        rows = self.run(
            "MATCH (sp)-[:SAID]->(s:Statement) WHERE s.key = $key "
            "RETURN s.key AS key, s.text AS text, s.type AS type, s.sentence AS sentence, s.field AS field, "
            "s.start_offset AS start_offset, s.end_offset AS end_offset, s.confidence AS confidence, "
            "s.extractor AS extractor, s.published AS published, s.article AS article_key, "
            "sp.key AS speaker_key, sp.name AS speaker, sp.kind AS speaker_kind", key=key)
        if not rows:
            return None
        statement = rows[0]
        statement["targets"] = self.run(
            f"MATCH (s:Statement)-[a:ABOUT]->(t) WHERE s.key = $key "
            f"RETURN t.key AS key, t.name AS name, t.kind AS kind, {self._stance} AS stance ORDER BY name", key=key)
        articles = self.run(
            "MATCH (a:Article) WHERE a.key = $key RETURN a.key AS key, a.title AS title, a.url AS url, "
            "a.outlet AS outlet, a.published AS published", key=statement["article_key"])
        statement["article"] = articles[0] if articles else {"key": statement["article_key"]}
        return statement


EDGE_TAIL = (
    "OPTIONAL MATCH (sp)-[:MEMBER_OF]->(spp:Party) OPTIONAL MATCH (t)-[:MEMBER_OF]->(tp:Party) "
    "RETURN s.key AS statement, sp.key AS sp_key, sp.name AS sp_name, sp.kind AS sp_kind, "
    "spp.key AS spp_key, spp.name AS spp_name, t.key AS t_key, t.name AS t_name, t.kind AS t_kind, "
    "tp.key AS tp_key, tp.name AS tp_name, {stance} AS stance")


def party_edges(rows: list[Row], countries: dict[str, str | None]) -> list[Row]:
    """Count statements per (speaking party, target party) and stance; members speak for their party."""
    counts: dict[tuple[str, str], Row] = {}
    seen: set[tuple[str, str, str]] = set()
    for r in rows:
        src = (r["sp_key"], r["sp_name"]) if r["sp_kind"] == "Party" else (r["spp_key"], r["spp_name"])
        dst = (r["t_key"], r["t_name"]) if r["t_kind"] == "Party" else (r["tp_key"], r["tp_name"])
        if not src[0] or not dst[0] or src[0] == dst[0] or (src[0], dst[0], r["statement"]) in seen:
            continue
        seen.add((src[0], dst[0], r["statement"]))
        edge = counts.setdefault((src[0], dst[0]), {
            "from_key": src[0], "from": src[1], "from_country": countries.get(src[0]),
            "to_key": dst[0], "to": dst[1], "to_country": countries.get(dst[0]),
            "statements": 0, "negative": 0, "positive": 0, "neutral": 0, "net": 0})
        stance = r["stance"] if r["stance"] in STANCES else "neutral"
        edge["statements"] += 1
        edge[stance] += 1
        edge["net"] = edge["positive"] - edge["negative"]
    return sorted(counts.values(), key=lambda e: (-e["statements"], e["from"], e["to"]))


def _grouped_statements(rows: list[Row]) -> list[Row]:
    """One row per statement with its targets, from one row per (statement, target)."""
    out: dict[str, Row] = {}
    for r in rows:
        s = out.setdefault(r["key"], {k: r[k] for k in ("key", "text", "type", "published", "article")}
                           | {"targets": []})
        if r["target_key"]:
            s["targets"].append({"key": r["target_key"], "name": r["target"], "kind": r["target_kind"],
                                 "stance": r["stance"] or "neutral"})
    return list(out.values())


def _by_target(said: list[Row]) -> list[Row]:
    groups: dict[str, Row] = {}
    order: dict[str, list[Row]] = defaultdict(list)
    for s in said:
        for t in s["targets"] or [{"key": "", "name": "(no target)", "kind": "", "stance": "neutral"}]:
            groups.setdefault(t["key"], {"key": t["key"], "name": t["name"], "kind": t["kind"],
                                         "negative": 0, "positive": 0, "neutral": 0})
            groups[t["key"]][t["stance"] if t["stance"] in STANCES else "neutral"] += 1
            order[t["key"]].append({**s, "stance": t["stance"]})
    return [{**g, "statements": order[k]} for k, g in sorted(groups.items(), key=lambda kv: -len(order[kv[0]]))]


def _timeline(roles: list[Row], said: list[Row], about: list[Row]) -> list[Row]:
    events = [{"date": r["as_of"], "kind": "role", "text": r["role"] + (f" ({r['party']})" if r["party"] else ""),
               "article": r["article"], "key": None} for r in roles]
    events += [{"date": s["published"], "kind": "said", "text": s["text"], "article": s["article"], "key": s["key"]}
               for s in said]
    events += [{"date": s["published"], "kind": "about", "text": f"{s['speaker']}: {s['text']}",
                "article": s["article"], "key": s["key"]} for s in about]
    return sorted(events, key=lambda e: (e["date"] or "9999", e["kind"]))
