"""What the web app shows, read from either store with parameterised, read-only Cypher."""

from __future__ import annotations

import threading
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

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
    return Page(rows[offset : offset + limit], offset, limit, len(rows))


@dataclass
class Explorer:
    """Read models for the pages and the JSON API; one lock because a store connection is not thread-safe."""

    store: GraphStore
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def run(self, cypher: str, **params: Any) -> list[Row]:
        with self._lock:
            return self.store.query(cypher, params)

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
                "RETURN n.key AS key, n.name AS name, n.kind AS kind LIMIT $limit",
                q=q,
                limit=limit,
            )

        def rank(row: Row) -> tuple[int, int, str]:
            name = (row["name"] or "").lower()
            return (0 if name == q else 1 if name.startswith(q) else 2, ENTITY_LABELS.index(row["kind"]), name)

        return sorted(found, key=rank)[:limit]

    # --- entities -----------------------------------------------------------------

    def entity(self, label: str, key: str) -> Row | None:
        extra = ", n.country AS country" if label == "Party" else ""
        rows = self.run(
            f"MATCH (n:{label}) WHERE n.key = $key "
            f"RETURN n.key AS key, n.name AS name, n.kind AS kind, n.aliases AS aliases{extra}",
            key=key,
        )
        return rows[0] if rows else None

    def statements_by(self, label: str, key: str, offset: int = 0, limit: int = 50) -> Page:
        """A speaker's statements, newest first, each with its targets and stance."""
        total = self.run(
            f"MATCH (sp:{label})-[:SAID]->(s:Statement) WHERE sp.key = $key RETURN count(s) AS n", key=key
        )[0]["n"]
        rows = self.run(
            f"MATCH (sp:{label} {{key: $key}})-[:SAID]->(s:Statement) "
            "WITH s ORDER BY s.published DESC, s.key SKIP $offset LIMIT $limit "
            "RETURN s.key AS key, s.text AS text, s.type AS type, s.published AS published, s.article AS article",
            key=key,
            offset=offset,
            limit=limit,
        )
        return Page(self._with_targets(rows), offset, limit, total)

    def statements_about(self, label: str, key: str, offset: int = 0, limit: int = 50) -> Page:
        """What was said about an entity, newest first, with the speaker and the stance toward it."""
        total = self.run(f"MATCH (s:Statement)-[:ABOUT]->(t:{label}) WHERE t.key = $key RETURN count(s) AS n", key=key)[
            0
        ]["n"]
        rows = self.run(
            f"MATCH (sp)-[:SAID]->(s:Statement)-[a:ABOUT]->(t:{label}) WHERE t.key = $key "
            f"RETURN s.key AS key, s.text AS text, s.type AS type, s.published AS published, s.article AS article, "
            f"sp.key AS speaker_key, sp.name AS speaker, sp.kind AS speaker_kind, a.stance AS stance "
            f"ORDER BY published DESC, key SKIP $offset LIMIT $limit",
            key=key,
            offset=offset,
            limit=limit,
        )
        return Page(rows, offset, limit, total)

    def _with_targets(self, rows: list[Row]) -> list[Row]:
        targets: dict[str, list[Row]] = defaultdict(list)
        if rows:
            for t in self.run(
                "MATCH (s:Statement)-[a:ABOUT]->(t) WHERE s.key IN $keys "
                "RETURN s.key AS statement, t.key AS key, t.name AS name, t.kind AS kind, "
                "a.stance AS stance ORDER BY name",
                keys=[r["key"] for r in rows],
            ):
                targets[t.pop("statement")].append({**t, "stance": t["stance"] or "neutral"})
        return [{**r, "targets": targets.get(r["key"], [])} for r in rows]

    def spoke_about(self, label: str, key: str, outgoing: bool, limit: int = 25) -> list[Row]:
        """Maintained counts per stance: whom this speaker talked about, or who talked about this entity."""
        pattern = f"(me:{label})-[r:SPOKE_ABOUT]->(other)" if outgoing else f"(other)-[r:SPOKE_ABOUT]->(me:{label})"
        return self.run(
            f"MATCH {pattern} WHERE me.key = $key RETURN other.key AS key, other.name AS name, other.kind AS kind, "
            "r.statements AS statements, r.negative AS negative, r.positive AS positive, r.neutral AS neutral "
            "ORDER BY statements DESC, name LIMIT $limit",
            key=key,
            limit=limit,
        )

    def person(self, key: str, offset: int = 0, limit: int = 50) -> Row | None:
        person = self.entity("Person", key)
        if person is None:
            return None
        person["roles"] = self.run(
            "MATCH (p:Person)-[h:HOLDS]->(r:Role) WHERE p.key = $key "
            "RETURN r.name AS role, h.party AS party, h.as_of AS as_of, h.article AS article, h.sentence AS sentence "
            "ORDER BY as_of, role",
            key=key,
        )
        person["parties"] = self.run(
            "MATCH (p:Person)-[m:MEMBER_OF]->(party:Party) WHERE p.key = $key "
            "RETURN party.key AS key, party.name AS name, party.country AS country, m.as_of AS as_of, "
            "m.article AS article, m.sentence AS sentence ORDER BY as_of, name",
            key=key,
        )
        said = self.statements_by("Person", key, offset, limit)
        about = self.statements_about("Person", key, offset, limit)
        person["said"] = said.as_dict()
        person["said_by_target"] = _by_target(said.rows)
        person["targets"] = self.spoke_about("Person", key, outgoing=True)
        person["said_about"] = about.as_dict()
        person["speakers"] = self.spoke_about("Person", key, outgoing=False)
        person["timeline"] = _timeline(person["roles"], said.rows, about.rows)
        return person

    def party(self, key: str, offset: int = 0, limit: int = 50) -> Row | None:
        party = self.entity("Party", key)
        if party is None:
            return None
        party["member_count"] = self.run(
            "MATCH (p:Person)-[:MEMBER_OF]->(party:Party) WHERE party.key = $key RETURN count(DISTINCT p) AS n", key=key
        )[0]["n"]
        party["members"] = self.run(
            "MATCH (p:Person)-[:MEMBER_OF]->(party:Party) WHERE party.key = $key "
            "WITH DISTINCT p, party ORDER BY p.said DESC, p.name LIMIT 100 "
            "OPTIONAL MATCH (p)-[h:HOLDS]->(r:Role) WHERE h.party = party.name "
            "RETURN p.key AS key, p.name AS name, p.said AS said, collect(DISTINCT r.name) AS roles "
            "ORDER BY said DESC, name",
            key=key,
        )
        party["policies"] = self.run(
            "MATCH (party:Party)-[e:PROPOSES]->(pol:Policy) WHERE party.key = $key "
            "RETURN pol.name AS policy, e.proposer AS proposer, e.as_of AS as_of, e.article AS article, "
            "e.sentence AS sentence ORDER BY as_of DESC, policy LIMIT 100",
            key=key,
        )
        party["said"] = self.statements_by("Party", key, offset, limit).as_dict()
        party["talks_about"] = self._relations(key, outgoing=True)
        party["talked_about_by"] = self._relations(key, outgoing=False)
        return party

    def _relations(self, key: str, outgoing: bool) -> list[Row]:
        """Stance counts from this party (itself or its members) to other parties (or their members), or back."""
        where = "a.key = $key" if outgoing else "b.key = $key"
        other = "to" if outgoing else "from"
        return [
            {
                "key": r[f"{other}_key"],
                "name": r[other],
                "country": r[f"{other}_country"],
                **{s: r[s] for s in (*STANCES, "statements", "net")},
            }
            for r in self.party_edges(where, key=key)
        ]

    def party_edges(self, where: str = "true", **params: Any) -> list[Row]:
        """(speaking party, target party) with statement counts per stance, from the maintained aggregate."""
        return self.run(
            f"MATCH (a:Party)-[r:PARTY_STANCE]->(b:Party) WHERE {where} "
            "RETURN a.key AS from_key, a.name AS from, a.country AS from_country, "
            "b.key AS to_key, b.name AS to, b.country AS to_country, r.statements AS statements, "
            "r.negative AS negative, r.positive AS positive, r.neutral AS neutral, "
            "r.positive - r.negative AS net ORDER BY statements DESC, from, to",
            **params,
        )

    def statement(self, key: str) -> Row | None:
        rows = self.run(
            "MATCH (sp)-[:SAID]->(s:Statement) WHERE s.key = $key "
            "RETURN s.key AS key, s.text AS text, s.type AS type, s.sentence AS sentence, s.field AS field, "
            "s.start_offset AS start_offset, s.end_offset AS end_offset, s.confidence AS confidence, "
            "s.extractor AS extractor, s.published AS published, s.article AS article_key, "
            "sp.key AS speaker_key, sp.name AS speaker, sp.kind AS speaker_kind",
            key=key,
        )
        if not rows:
            return None
        statement = rows[0]
        statement["targets"] = self.run(
            "MATCH (s:Statement)-[a:ABOUT]->(t) WHERE s.key = $key "
            "RETURN t.key AS key, t.name AS name, t.kind AS kind, a.stance AS stance ORDER BY name",
            key=key,
        )
        articles = self.run(
            "MATCH (a:Article) WHERE a.key = $key RETURN a.key AS key, a.title AS title, a.url AS url, "
            "a.outlet AS outlet, a.published AS published",
            key=statement["article_key"],
        )
        statement["article"] = articles[0] if articles else {"key": statement["article_key"]}
        return statement


def _by_target(said: list[Row]) -> list[Row]:
    """The page's statements grouped by target, most discussed first."""
    groups: dict[str, Row] = {}
    order: dict[str, list[Row]] = defaultdict(list)
    for s in said:
        for t in s["targets"] or [{"key": "", "name": "(no target)", "kind": "", "stance": "neutral"}]:
            groups.setdefault(
                t["key"],
                {"key": t["key"], "name": t["name"], "kind": t["kind"], "negative": 0, "positive": 0, "neutral": 0},
            )
            groups[t["key"]][t["stance"] if t["stance"] in STANCES else "neutral"] += 1
            order[t["key"]].append({**s, "stance": t["stance"]})
    return [{**g, "statements": order[k]} for k, g in sorted(groups.items(), key=lambda kv: -len(order[kv[0]]))]


def _timeline(roles: list[Row], said: list[Row], about: list[Row]) -> list[Row]:
    events = [
        {
            "date": r["as_of"],
            "kind": "role",
            "text": r["role"] + (f" ({r['party']})" if r["party"] else ""),
            "article": r["article"],
            "key": None,
        }
        for r in roles
    ]
    events += [
        {"date": s["published"], "kind": "said", "text": s["text"], "article": s["article"], "key": s["key"]}
        for s in said
    ]
    events += [
        {
            "date": s["published"],
            "kind": "about",
            "text": f"{s['speaker']}: {s['text']}",
            "article": s["article"],
            "key": s["key"],
        }
        for s in about
    ]
    return sorted(events, key=lambda e: (e["date"] or "9999", e["kind"]))
