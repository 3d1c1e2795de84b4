"""``polgraph bulk-csv``: facts to the CSV files of a first bulk load into Neo4j."""

from __future__ import annotations

import sys
import time

import click


@click.command("bulk-csv")
@click.argument("sources", nargs=-1)
@click.option(
    "--facts",
    "fact_paths",
    multiple=True,
    help="Facts already extracted: a folder written by "
    "`extract --out`, or .jsonl[.gz] files as `extract` prints them (repeatable).",
)
@click.option("--out", required=True, type=click.Path(file_okay=False), help="Folder for the CSV files.")
@click.option("--any-language", is_flag=True, help="Keep articles that do not look English.")
@click.option(
    "--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="Processes that parse in parallel."
)
def bulk_csv(sources: tuple[str, ...], fact_paths: tuple[str, ...], out: str, any_language: bool, workers: int) -> None:
    """Write SOURCES' facts (or --facts) as CSV files for neo4j-admin database import.

    For a first load into an empty Neo4j, much faster than `ingest --store neo4j`; the files hold
    the name index and aggregates too, so every query answers as after an ingest. Then:
    `scripts/neo4j-local import OUT` (or `neo4j-admin database import full neo4j @OUT/import.args`
    with the database stopped), and `polgraph ingest --store neo4j` for later articles.
    """
    from polgraph.cli import Failures, extracted, read_facts
    from polgraph.graph.bulk import tables_from_facts, write_import_files

    if bool(sources) == bool(fact_paths):
        raise click.UsageError("give SOURCES to extract, or --facts with facts already extracted (not both)")
    failures = Failures()
    started = time.perf_counter()
    facts = read_facts(fact_paths, failures) if fact_paths else extracted(sources, failures, any_language, workers)
    nodes, rels = tables_from_facts(facts)
    args = write_import_files(nodes, rels, out)
    click.echo(
        f"wrote {sum(map(len, nodes.values()))} nodes and {sum(map(len, rels.values()))} relationships "
        f"in {time.perf_counter() - started:.1f} s; import with: scripts/neo4j-local import {out} "
        f"(arguments in {args})"
    )
    sys.exit(failures.exit_code())
