"""Synthetic polgraph graphs with realistic skew: a few people are quoted constantly, most rarely."""

from __future__ import annotations

import csv
import random
from pathlib import Path

from polgraph.graph.bulk import add_aggregates, node_props, rel_props
from polgraph.graph.model import statement_rank
from polgraph.graph.schema import INDEX_NODES, NODES, STANCES

TOPICS = ["tax", "health", "housing", "energy", "schools", "police", "pensions", "transport", "climate", "trade"]


def zipf_picker(rng: random.Random, n: int, s: float = 1.1):
    """Draw indexes 0..n-1 with probability ~ 1/(i+1)^s."""
    weights = [1.0 / (i + 1) ** s for i in range(n)]
    total = sum(weights)
    cumulative, acc = [], 0.0
    for w in weights:
        acc += w / total
        cumulative.append(acc)
    import bisect

    def pick() -> int:
        return min(bisect.bisect_left(cumulative, rng.random()), n - 1)

    return pick


def generate(statements: int, seed: int = 7) -> tuple[dict[str, list[dict]], dict[tuple[str, str, str], list[dict]]]:
    """Nodes by label and relationships by (type, from, to) for a graph with ``statements`` statements."""
    rng = random.Random(seed)
    n_people, n_parties, n_orgs = max(50, statements // 20), 60, max(20, statements // 400)
    n_articles, n_roles, n_policies = max(10, statements // 8), 80, max(20, statements // 25)
    nodes: dict[str, list[dict]] = {label: [] for label in (*NODES, *INDEX_NODES)}
    rels: dict[tuple[str, str, str], list[dict]] = {}

    def rel(kind: str, a: str, b: str, row: dict) -> None:
        rels.setdefault((kind, a, b), []).append(row)

    for i in range(n_parties):
        nodes["Party"].append(
            {"key": f"xx:party {i}", "kind": "Party", "name": f"Party {i}", "aliases": [f"P{i}"], "country": "GB"}
        )
    for i in range(n_people):
        nodes["Person"].append({"key": f"person {i}", "kind": "Person", "name": f"Person {i}", "aliases": [f"P. {i}"]})
    for i in range(n_orgs):
        nodes["Organization"].append({"key": f"org:{i}", "kind": "Organization", "name": f"Org {i}", "aliases": []})
    for i in range(n_roles):
        nodes["Role"].append({"key": f"role:{i}", "kind": "Role", "name": f"role {i}"})
    for i in range(n_articles):
        nodes["Article"].append(
            {
                "key": f"a{i}",
                "kind": "Article",
                "name": f"Article {i}",
                "title": f"Article {i}",
                "published": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
            }
        )
    party_of = zipf_picker(rng, n_parties, 0.9)
    person = zipf_picker(rng, n_people)
    article = zipf_picker(rng, n_articles, 0.3)
    membership = {}
    for i in range(n_people):
        membership[i] = party_of()
        art = f"a{article()}"
        rel(
            "MEMBER_OF",
            "Person",
            "Party",
            {"from": f"person {i}", "to": f"xx:party {membership[i]}", "article": art, "confidence": 0.8},
        )
        if i % 3 == 0:
            rel(
                "HOLDS",
                "Person",
                "Role",
                {
                    "from": f"person {i}",
                    "to": f"role:{rng.randrange(n_roles)}",
                    "article": art,
                    "party": f"Party {membership[i]}",
                    "confidence": 0.8,
                },
            )

    def stance() -> str:
        return rng.choices(STANCES, weights=(35, 15, 50))[0]

    for i in range(statements):
        index = article()
        art, published = f"a{index}", f"2024-{1 + index % 12:02d}-{1 + index % 28:02d}"
        speaker = person()
        key = f"s{i}"
        text = f"statement {i} about {rng.choice(TOPICS)}"
        start = 40 * (i % 1000)
        rank = statement_rank(published, art, start)
        nodes["Statement"].append(
            {
                "key": key,
                "kind": "Statement",
                "name": text,
                "text": text,
                "type": "direct",
                "speaker": f"Person {speaker}",
                "article": art,
                "published": published,
                "start_offset": start,
                "end_offset": start + len(text),
                "confidence": 0.8,
                "extractor": "synthetic",
            }
        )
        rel("SAID", "Person", "Statement", {"from": f"person {speaker}", "to": key, "article": art, "rank": rank})
        rel("REPORTED_IN", "Statement", "Article", {"from": key, "to": art, "article": art})
        rel("MENTIONED_IN", "Person", "Article", {"from": f"person {speaker}", "to": art, "article": art})
        for _ in range(rng.choice((1, 1, 2))):
            if rng.random() < 0.7:
                target = person()
                if target != speaker:
                    rel(
                        "ABOUT",
                        "Statement",
                        "Person",
                        {"from": key, "to": f"person {target}", "article": art, "stance": stance(), "rank": rank},
                    )
            else:
                rel(
                    "ABOUT",
                    "Statement",
                    "Party",
                    {"from": key, "to": f"xx:party {party_of()}", "article": art, "stance": stance(), "rank": rank},
                )
    for i in range(n_policies):
        party, art = party_of(), f"a{article()}"
        text = f"a plan on {rng.choice(TOPICS)} number {i}"
        nodes["Policy"].append(
            {"key": f"policy:{i}", "kind": "Policy", "name": text, "text_lc": text, "party": f"Party {party}"}
        )
        rel(
            "PROPOSES",
            "Party",
            "Policy",
            {"from": f"xx:party {party}", "to": f"policy:{i}", "article": art, "proposer": None, "confidence": 0.6},
        )
        rel("REPORTED_IN", "Policy", "Article", {"from": f"policy:{i}", "to": art, "article": art})
    for key, rows in rels.items():
        seen, unique = set(), []
        for r in rows:
            ident = (r["from"], r["to"], r["article"])
            if ident not in seen:
                seen.add(ident)
                unique.append(r)
        rels[key] = unique
    add_aggregates(nodes, rels)
    return nodes, rels


def write_csvs(nodes: dict, rels: dict, folder: Path) -> list[str]:
    """CSV files and the ladybug COPY statements that bulk-load them."""
    folder.mkdir(parents=True, exist_ok=True)
    statements = []

    def cell(value, kind: str) -> str:
        if value is None:
            return ""
        if kind.endswith("[]"):
            return "[" + ",".join(str(v).replace(",", " ") for v in value) + "]"
        return str(value)

    for label, rows in nodes.items():
        props = node_props(label)
        path = folder / f"{label}.csv"
        with path.open("w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(props)
            for r in rows:
                writer.writerow([cell(r.get(p), t) for p, t in props.items()])
        statements.append(f"COPY {label} FROM '{path}' (HEADER=true)")
    for (kind, a, b), rows in rels.items():
        props = rel_props(kind)
        path = folder / f"{kind}-{a}-{b}.csv"
        with path.open("w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["from", "to", *props])
            for r in rows:
                writer.writerow([r["from"], r["to"], *[cell(r.get(p), t) for p, t in props.items()]])
        statements.append(f"COPY {kind} FROM '{path}' (from='{a}', to='{b}', HEADER=true)")
    return statements


def load_neo4j(store, nodes: dict, rels: dict, batch: int = 10_000) -> None:
    """CREATE in UNWIND batches (keys are unique by construction)."""
    for label, rows in nodes.items():
        for i in range(0, len(rows), batch):
            store.query(f"UNWIND $rows AS r CREATE (n:{label}) SET n = r", {"rows": rows[i : i + batch]}, write=True)
    for (kind, a, b), rows in rels.items():
        for i in range(0, len(rows), batch):
            chunk = [{k: v for k, v in r.items() if v is not None} for r in rows[i : i + batch]]
            store.query(
                f"UNWIND $rows AS r MATCH (x:{a} {{key: r.from}}), (y:{b} {{key: r.to}}) "
                f"CREATE (x)-[e:{kind}]->(y) SET e = r",
                {"rows": chunk},
                write=True,
            )


def query_params(nodes: dict, typical: bool = False) -> dict[str, dict[str, str]]:
    """Parameters that hit the busiest parts of the graph (the most quoted people, the biggest parties), or
    with ``typical`` the person ranked at 10%, a mid-sized party and a median article."""
    if typical:
        person = f"Person {len(nodes['Person']) // 10}"
        party = "Party 30"
        return {
            "statements-about": {"name": person},
            "statements-by": {"name": person},
            "party-members": {"party": party},
            "person-roles": {"name": person},
            "party-relations": {"min": "20"},
            "party-policies": {"party": party},
            "policies-matching": {"keyword": f"number {len(nodes['Policy']) // 2}"},
            "most-quoted": {"limit": "20"},
            "co-mentioned": {"name": person},
            "article-facts": {"article": f"a{len(nodes['Article']) // 2}"},
            "attacks-on": {"name": person},
            "support-for": {"name": person},
            "rivals": {"limit": "20"},
        }
    return {
        "statements-about": {"name": "Person 3"},
        "statements-by": {"name": "Person 5"},
        "party-members": {"party": "Party 2"},
        "person-roles": {"name": "Person 0"},
        "party-relations": {"min": "1"},
        "party-policies": {"party": "Party 1"},
        "policies-matching": {"keyword": "energy"},
        "most-quoted": {"limit": "20"},
        "co-mentioned": {"name": "Person 7"},
        "article-facts": {"article": "a42"},
        "attacks-on": {"name": "Person 3"},
        "support-for": {"name": "P. 3"},
        "rivals": {"limit": "20"},
    }
