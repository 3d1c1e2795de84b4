"""A first load of many facts into an empty Neo4j: CSV files for ``neo4j-admin database import``.

The files hold what ``polgraph ingest`` would have written (facts, name index, aggregates, digests), so
the imported graph answers every canned query exactly as an ingested one; ``scripts/neo4j-local import
DIR`` loads them. Neo4j's importer writes the store files directly, tens of times faster than any
transactional write.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from polgraph.facts import ArticleFacts
from polgraph.graph.aggregates import plan_aggregates
from polgraph.graph.model import EntityResolver, GraphBatch, facts_digest, facts_to_batch
from polgraph.graph.schema import AGGREGATE_RELS, COUNTERS, ENTITIES, INDEX_NODES, NODES, RELS

ARRAY = "\x1f"
"""Between the items of a list (aliases): a control character no name contains."""
TYPES = {"STRING": "", "INT64": ":long", "DOUBLE": ":double", "STRING[]": ":string[]"}
Row = dict[str, Any]


def tables_from_facts(facts: Iterable[ArticleFacts]) -> tuple[dict[str, list[Row]], dict[tuple, list[Row]]]:
    """Every article's facts resolved together, as node rows by label and relationship rows by (type, a, b)."""
    batch, resolver = GraphBatch(), EntityResolver()
    seen: set[str] = set()
    for item in facts:
        if item.article.id in seen:
            continue
        seen.add(item.article.id)
        facts_to_batch(item, resolver, batch, facts_digest(item))
    nodes = {label: list(rows.values()) for label, rows in batch.nodes.items()}
    rels = {key: list(rows.values()) for key, rows in batch.rels.items()}
    add_aggregates(nodes, rels, batch)
    return nodes, rels


def add_aggregates(nodes: dict[str, list[Row]], rels: dict[tuple, list[Row]], batch: GraphBatch | None = None) -> None:
    """The name index and the aggregates of an empty store receiving all of these rows at once."""
    if batch is None:
        batch = GraphBatch(
            nodes={label: {r["key"]: r for r in rows} for label, rows in nodes.items()},
            rels={key: {(r["from"], r["to"], r.get("article")): r for r in rows} for key, rows in rels.items()},
        )
    plan = plan_aggregates(batch, {r["key"] for r in nodes.get("Article", [])}, lambda cypher, params: [])
    nodes["Name"] = [{"key": n} for n in sorted({n for n, _, _ in plan.names})]
    for label in ENTITIES:
        rels[("NAMES", "Name", label)] = [{"from": n, "to": k} for n, lab, k in sorted(plan.names) if lab == label]
    for (fl, tl), rows in plan.spoke_rows().items():
        rels[("SPOKE_ABOUT", fl, tl)] = rows
    rels[("PARTY_STANCE", "Party", "Party")] = plan.party_rows()
    for row in nodes.get("Person", []):
        row["said"], row["said_articles"] = plan.people.get(row["key"], (None, None))


def node_props(label: str) -> dict[str, str]:
    return {**(NODES.get(label) or INDEX_NODES[label]).properties, **COUNTERS.get(label, {})}


def rel_props(rel_type: str) -> dict[str, str]:
    return (RELS.get(rel_type) or AGGREGATE_RELS[rel_type]).properties


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list):
        return ARRAY.join(str(v) for v in value)
    return value


def write_import_files(nodes: dict[str, list[Row]], rels: dict[tuple, list[Row]], folder: Path | str) -> Path:
    """One CSV per label and per relationship end pair, and ``import.args`` naming them; returns that file."""
    folder = Path(folder).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    args = ["--array-delimiter=U+001F", "--multiline-fields=true", "--skip-duplicate-nodes=false"]
    for label, rows in nodes.items():
        props = node_props(label)
        path = folder / f"node-{label}.csv"
        with path.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow([f"key:ID({label})" if p == "key" else p + TYPES[t] for p, t in props.items()])
            writer.writerows([_cell(r.get(p)) for p in props] for r in rows)
        args.append(f"--nodes={label}={path}")
    for (rel_type, a, b), rows in rels.items():
        if not rows:
            continue
        props = rel_props(rel_type)
        path = folder / f"rel-{rel_type}-{a}-{b}.csv"
        with path.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow([f":START_ID({a})", f":END_ID({b})", *(p + TYPES[t] for p, t in props.items())])
            writer.writerows([r["from"], r["to"], *(_cell(r.get(p)) for p in props)] for r in rows)
        args.append(f"--relationships={rel_type}={path}")
    out = folder / "import.args"
    out.write_text("\n".join(args) + "\n", encoding="utf-8")
    return out
