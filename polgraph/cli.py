"""The ``polgraph`` command line."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator

import click

from polgraph import __version__
from polgraph.facts import Article, ArticleFacts
from polgraph.loaders.sources import LoadError, iter_articles


class Failures:
    """Counts inputs that failed, printing one line for each on stderr."""

    def __init__(self) -> None:
        self.count = 0

    def report(self, error: LoadError | str) -> None:
        self.count += 1
        click.echo(f"polgraph: {error}", err=True)

    def exit_code(self) -> int:
        if self.count:
            click.echo(f"polgraph: {self.count} input(s) failed", err=True)
        return 1 if self.count else 0


def articles(sources: tuple[str, ...], failures: Failures, any_language: bool = False) -> Iterator[Article]:
    for item in iter_articles(sources, english_only=not any_language):
        if isinstance(item, LoadError):
            failures.report(item)
        else:
            yield item


def extracted(sources: tuple[str, ...], failures: Failures, any_language: bool = False) -> Iterator[ArticleFacts]:
    from polgraph.loaders.extract.pipeline import Extractor
    from polgraph.loaders.nlp import ModelNotFound

    try:
        extractor = Extractor()
    except ModelNotFound as err:
        raise click.ClickException(str(err)) from err
    yield from extractor.extract_many(articles(sources, failures, any_language))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="polgraph")
def main() -> None:
    """polgraph: who holds which role, who said what about whom, which party proposes what.

    Extract facts from news articles, store them in a graph, query, export and draw it.
    """


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "table"]), default="jsonl",
              show_default=True, help="One JSON object per line, a JSON array, or a readable table.")
@click.option("--any-language", is_flag=True, help="Keep articles that do not look English.")
def extract(sources: tuple[str, ...], fmt: str, any_language: bool) -> None:
    """Extract facts from SOURCES and print one object per article.

    SOURCES are text, HTML, JSON or JSON Lines files, folders, URLs or '-' for stdin.
    """
    failures = Failures()
    results = []
    for facts in extracted(sources, failures, any_language):
        obj = facts.to_contract()
        if fmt == "jsonl":
            click.echo(json.dumps(obj, ensure_ascii=False))
        elif fmt == "json":
            results.append(obj)
        else:
            click.echo(format_table(obj))
    if fmt == "json":
        click.echo(json.dumps(results, ensure_ascii=False, indent=1))
    sys.exit(failures.exit_code())


def format_table(obj: dict) -> str:
    lines = [f"== {obj['id']}: {obj.get('title') or ''}".rstrip()]
    lines += [f"  person   {p['name']}" + (f"  ({', '.join(p['aliases'])})" if p["aliases"] else "")
              for p in obj["persons"]]
    lines += [f"  party    {p['name']}" for p in obj["parties"]]
    lines += [f"  role     {r['person']}: {r['role']}" + (f" [{r['party']}]" if r["party"] else "")
              for r in obj["roles"]]
    lines += [f"  member   {m['person']} -> {m['party']}" for m in obj["memberships"]]
    lines += [f"  said     {s['speaker']} ({s['type']}): {s['text'][:100]}"
              + (f"  about: {', '.join(s['about'])}" if s["about"] else "") for s in obj["statements"]]
    lines += [f"  policy   {p['party']}: {p['policy']}" + (f" (by {p['proposer']})" if p["proposer"] else "")
              for p in obj["policies"]]
    return "\n".join(lines)


@main.command()
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("sources", nargs=-1, required=True)
@click.option("--per-doc", is_flag=True, help="Also print one row of F1 figures per article.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def evaluate(gold_dir: str, sources: tuple[str, ...], per_doc: bool, as_json: bool) -> None:
    """Extract SOURCES and score the result against the gold files in GOLD_DIR.

    Gold files follow the annotation contract: {"article": {...}, "gold": {...}}.
    Prints precision, recall and F1 per category.
    """
    from polgraph.evaluation import format_report, load_gold, score

    golds = load_gold(gold_dir)
    if not golds:
        raise click.ClickException(f"{gold_dir}: no gold .json files")
    failures = Failures()
    predictions = {f.article.id: f.to_contract() for f in extracted(sources, failures)}
    report, rows = score(golds, predictions)
    if as_json:
        click.echo(json.dumps({"report": report, "per_doc": rows} if per_doc else report, indent=1))
    else:
        click.echo(format_report(report, rows if per_doc else None))
    sys.exit(failures.exit_code())


if __name__ == "__main__":  # pragma: no cover
    main()
