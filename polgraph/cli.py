"""The ``polgraph`` command line."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from polgraph import __version__
from polgraph.facts import Article, ArticleFacts
from polgraph.graph import BATCH_ARTICLES, FLUSH_SECONDS  # the package alone: no store is imported at start-up
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


def extracted(
    sources: tuple[str, ...], failures: Failures, any_language: bool = False, workers: int = 1
) -> Iterator[ArticleFacts]:
    from polgraph.loaders.extract.pipeline import Extractor
    from polgraph.loaders.nlp import ModelNotFound
    from polgraph.loaders.runner import extract_articles

    try:
        extractor = Extractor()
    except ModelNotFound as err:
        raise click.ClickException(str(err)) from err
    yield from extract_articles(extractor, articles(sources, failures, any_language), failures.report, workers)


def read_facts(paths: tuple[str, ...], failures: Failures) -> Iterator[ArticleFacts]:
    from polgraph.loaders.shards import read_facts as read

    for item in read(paths):
        if isinstance(item, LoadError):
            failures.report(item)
        else:
            yield item


class Progress:
    """Articles done and their rate on one stderr line, redrawn at most twice a second; only on a terminal."""

    def __init__(self, enabled: bool) -> None:
        import time

        self.enabled = enabled and sys.stderr.isatty()
        self.clock = time.monotonic
        self.started = self.last = self.clock()
        self.count = 0

    def step(self, n: int = 1) -> None:
        self.count += n
        if self.enabled and self.clock() - self.last >= 0.5:
            self.last = self.clock()
            rate = self.count / max(self.last - self.started, 1e-9)
            click.echo(f"\r  articles {self.count:>7}  {rate:6.1f} articles/s", err=True, nl=False)

    def done(self) -> None:
        if self.enabled and self.count:
            click.echo("", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="polgraph")
def main() -> None:
    """polgraph: who holds which role, who said what about whom, which party proposes what.

    Extract facts from news articles, store them in a graph, query, export and draw it.
    """


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "json", "table"]),
    default="jsonl",
    show_default=True,
    help="One JSON object per line, a JSON array, or a readable table.",
)
@click.option("--any-language", is_flag=True, help="Keep articles that do not look English.")
@click.option(
    "--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="Processes that parse in parallel."
)
@click.option(
    "--out",
    type=click.Path(file_okay=False),
    help="Write facts as shards part-NNNNN.jsonl.gz "
    "with a manifest.json into this folder (a rerun skips complete shards).",
)
@click.option("--scheduler", help="With --out: run on Dask, 'local:N' (N local workers) or tcp://HOST:8786.")
@click.option(
    "--partition-mb",
    default=4.0,
    show_default=True,
    type=click.FloatRange(0.0001, 4096),
    help="With --out: input megabytes per shard.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress line on stderr.")
def extract(
    sources: tuple[str, ...],
    fmt: str,
    any_language: bool,
    workers: int,
    out: str | None,
    scheduler: str | None,
    partition_mb: float,
    quiet: bool,
) -> None:
    """Extract facts from SOURCES and print one object per article.

    SOURCES are text, HTML, JSON or JSON Lines (also .gz) files, folders, globs, URLs or '-' for stdin,
    each read up to POLGRAPH_MAX_BYTES (50 MB; JSON Lines: per line). Every bad item is named on stderr
    and skipped; the exit code is 1 if any was.
    """
    failures = Failures()
    progress = Progress(not quiet)
    if scheduler and not out:
        raise click.UsageError("--scheduler needs --out FOLDER")
    if out:
        from polgraph.cli_shards import extract_shards

        extract_shards(sources, out, scheduler, workers, any_language, partition_mb, progress, failures)
        sys.exit(failures.exit_code())
    results = []
    for facts in extracted(sources, failures, any_language, workers):
        progress.step()
        obj = facts.to_contract()
        if fmt == "jsonl":
            click.echo(json.dumps(obj, ensure_ascii=False))
        elif fmt == "json":
            results.append(obj)
        else:
            click.echo(format_table(obj))
    progress.done()
    if fmt == "json":
        click.echo(json.dumps(results, ensure_ascii=False, indent=1))
    sys.exit(failures.exit_code())


def format_table(obj: dict) -> str:
    lines = [f"== {obj['id']}: {obj.get('title') or ''}".rstrip()]
    lines += [
        f"  person   {p['name']}" + (f"  ({', '.join(p['aliases'])})" if p["aliases"] else "") for p in obj["persons"]
    ]
    lines += [f"  party    {p['name']}" for p in obj["parties"]]
    lines += [
        f"  role     {r['person']}: {r['role']}" + (f" [{r['party']}]" if r["party"] else "") for r in obj["roles"]
    ]
    lines += [f"  member   {m['person']} -> {m['party']}" for m in obj["memberships"]]
    lines += [
        f"  said     {s['speaker']} ({s['type']}): {s['text'][:100]}"
        + (f"  about: {', '.join(s['about'])}" if s["about"] else "")
        for s in obj["statements"]
    ]
    lines += [
        f"  policy   {p['party']}: {p['policy']}" + (f" (by {p['proposer']})" if p["proposer"] else "")
        for p in obj["policies"]
    ]
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


def store_options(func):
    """--store, --db and the Neo4j connection options, shared by every command that touches the graph."""
    options = [
        click.option(
            "--store",
            type=click.Choice(["embedded", "neo4j"]),
            default="embedded",
            show_default=True,
            envvar="POLGRAPH_STORE",
            help="Embedded database (no set-up) or a Neo4j server.",
        ),
        click.option(
            "--db",
            default="polgraph.db",
            show_default=True,
            envvar="POLGRAPH_DB",
            help="Folder of the embedded database.",
        ),
        click.option("--neo4j-uri", envvar="NEO4J_URI", help="bolt:// or neo4j:// URI [env NEO4J_URI]."),
        click.option("--neo4j-user", envvar="NEO4J_USER", help="User name [env NEO4J_USER]."),
        click.option("--neo4j-password", envvar="NEO4J_PASSWORD", help="Password [env NEO4J_PASSWORD]."),
        click.option("--neo4j-database", envvar="NEO4J_DATABASE", help="Database name [env NEO4J_DATABASE]."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def open_graph(opts: dict, read_only: bool = False):
    """The store the command-line options name; a store error is a one-line CLI error."""
    from polgraph.graph.store import StoreError, open_store

    neo4j = (
        {}
        if opts["store"] == "embedded"
        else {
            "uri": opts.get("neo4j_uri"),
            "user": opts.get("neo4j_user"),
            "password": opts.get("neo4j_password"),
            "database": opts.get("neo4j_database"),
        }
    )
    try:
        return open_store(opts["store"], opts["db"], read_only=read_only, **neo4j)
    except StoreError as err:
        raise click.ClickException(str(err)) from err


@contextmanager
def graph_store(opts: dict, read_only: bool = False) -> Iterator:
    """The configured store, closed afterwards; store errors become one-line CLI errors."""
    from polgraph.graph.store import StoreError

    store = open_graph(opts, read_only=read_only)
    try:
        yield store
    except StoreError as err:
        raise click.ClickException(str(err)) from err
    finally:
        store.close()


def _store_opts(kwargs: dict) -> dict:
    keys = ("store", "db", "neo4j_uri", "neo4j_user", "neo4j_password", "neo4j_database")
    return {k: kwargs.pop(k) for k in keys}


@main.command()
@click.argument("sources", nargs=-1)
@store_options
@click.option(
    "--batch",
    type=click.IntRange(1),
    help="Articles per transaction (default: "
    + ", ".join(f"{n:,} {store}" for store, n in BATCH_ARTICLES.items())
    + f"); a batch is also written once it has waited {FLUSH_SECONDS:g} s for extraction.",
)
@click.option("--any-language", is_flag=True, help="Keep articles that do not look English.")
@click.option(
    "--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="Processes that parse in parallel."
)
@click.option(
    "--facts",
    "fact_paths",
    multiple=True,
    help="Ingest facts already extracted: a folder written "
    "by `extract --out`, or .jsonl[.gz] files as `extract` prints them (repeatable).",
)
def ingest(
    sources: tuple[str, ...], batch: int | None, any_language: bool, workers: int, fact_paths: tuple[str, ...], **kwargs
) -> None:
    """Extract facts from SOURCES (or read them with --facts) and merge them into the graph store.

    Ingesting the same articles again changes nothing; each batch of articles is
    written in one transaction, so an interrupted run loses at most one batch.
    """
    from polgraph.graph.ingest import ingest as run_ingest

    opts = _store_opts(kwargs)
    failures = Failures()
    if bool(sources) == bool(fact_paths):
        raise click.UsageError("give SOURCES to extract, or --facts with facts already extracted (not both)")

    def progress(summary) -> None:
        click.echo(
            f"\r  articles {summary.articles:>6}  facts {summary.facts:>7}  {summary.rate:6.1f} articles/s",
            err=True,
            nl=False,
        )

    with graph_store(opts) as store:
        summary = run_ingest(
            store,
            read_facts(fact_paths, failures) if fact_paths else extracted(sources, failures, any_language, workers),
            batch,
            progress,
        )
    click.echo("", err=True)
    unchanged = f" ({summary.unchanged} unchanged, skipped)" if summary.unchanged else ""
    click.echo(
        f"ingested {summary.articles} article(s){unchanged}, {summary.facts} fact(s) in {summary.seconds:.1f} s "
        f"into the {opts['store']} store" + (f" {opts['db']}" if opts["store"] == "embedded" else "")
    )
    sys.exit(failures.exit_code())


def print_rows(rows: list[dict], fmt: str, wide: bool = False) -> None:
    """Rows as an aligned table (cut cells end in an ellipsis unless ``wide``), JSON or CSV."""
    from polgraph.tables import render

    click.echo(render(rows, fmt, wide=wide))


def rows_options(func):
    """--format table|json|csv and --wide, for every command that prints rows."""
    func = click.option("--wide", is_flag=True, help="Print every cell whole instead of fitting the terminal.")(func)
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(["table", "json", "csv"]),
        default="table",
        show_default=True,
        help="Output format.",
    )(func)


@main.command()
@store_options
@rows_options
def stats(fmt: str, wide: bool, **kwargs) -> None:
    """Count nodes by label and relationships by type (JSON: one object of counts)."""
    with graph_store(_store_opts(kwargs), read_only=True) as store:
        counts = store.counts()
    if fmt == "json":
        click.echo(json.dumps(counts))
        return
    print_rows([{"label or type": name, "count": count} for name, count in counts.items()], fmt, wide)


@main.command()
@store_options
def upgrade(**kwargs) -> None:
    """Bring a graph written by an earlier polgraph up to date: new columns, the name index, aggregates and
    statement ranks are built from the stored facts. Safe to run again; every write command does it too."""
    opts = _store_opts(kwargs)
    db = opts["db"] or "polgraph.db"
    if opts["store"] == "embedded" and not Path(db).exists():
        raise click.ClickException(f"embedded store {db}: no database there; nothing to upgrade")
    with graph_store(opts) as store:
        counts = store.counts()
    click.echo(f"{opts['store']} store up to date: {counts['Statement']} statements, {counts['Article']} articles")


@main.command("queries")
@rows_options
def list_queries(fmt: str, wide: bool) -> None:
    """List the canned queries with their parameters."""
    from polgraph.queries import canned_queries

    rows = [
        {
            "query": q.name,
            "params": " ".join(f"{p.name}:{p.type}" + (f"={p.default}" if p.default else "") for p in q.params),
            "description": q.description,
        }
        for q in canned_queries().values()
    ]
    print_rows(rows, fmt, wide)


def parse_params(values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{item!r} is not key=value", param_hint="--param")
        out[key.strip()] = value
    return out


timeout_option = click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    envvar="POLGRAPH_QUERY_TIMEOUT",
    help="Stop the query after this many seconds [env POLGRAPH_QUERY_TIMEOUT; Neo4j: NEO4J_QUERY_TIMEOUT].",
)


@main.command()
@click.argument("name")
@click.option("--param", "-p", "params", multiple=True, help="A parameter as key=value (repeatable).")
@rows_options
@timeout_option
@store_options
def query(name: str, params: tuple[str, ...], fmt: str, wide: bool, timeout: float | None, **kwargs) -> None:
    """Run the canned query NAME (see `polgraph queries`) with --param key=value."""
    from polgraph.queries import canned_queries

    queries = canned_queries()
    if name not in queries:
        raise click.ClickException(f"no canned query {name!r}; `polgraph queries` lists them")
    canned = queries[name]
    try:
        bound = canned.bind(parse_params(params))
    except ValueError as err:
        raise click.ClickException(str(err)) from err
    with graph_store(_store_opts(kwargs), read_only=True) as store:
        if timeout:
            store.set_query_timeout(timeout)
        rows = store.query(canned.text, bound)
    print_rows(rows, fmt, wide)


@main.command()
@click.argument("statement")
@click.option("--param", "-p", "params", multiple=True, help="A parameter as key=value (repeatable).")
@click.option("--write", is_flag=True, help="Allow statements that change the graph.")
@rows_options
@timeout_option
@store_options
def cypher(
    statement: str, params: tuple[str, ...], write: bool, fmt: str, wide: bool, timeout: float | None, **kwargs
) -> None:
    """Run one ad-hoc Cypher STATEMENT; read-only unless --write.

    Never runs file or network access (COPY, LOAD, LOAD CSV, EXPORT/IMPORT DATABASE), ATTACH/USE,
    CHECKPOINT, admin commands or procedures outside a read-only list, with or without --write.
    """
    from polgraph.graph.store import StoreError, read_only_check

    opts = _store_opts(kwargs)
    try:
        read_only_check(statement, opts["store"], allow_writes=write)
    except StoreError as err:
        raise click.ClickException(str(err)) from err
    with graph_store(opts, read_only=not write) as store:
        if timeout:
            store.set_query_timeout(timeout)
        rows = store.query(statement, parse_params(params), write=write)
    print_rows(rows, fmt, wide)


@main.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["turtle", "json-ld", "nt", "xml"]),
    default="turtle",
    show_default=True,
    help="RDF serialisation.",
)
@click.option(
    "--out",
    default="-",
    show_default=True,
    help="A regular file to write (created with its folder, replaced only when complete), or '-'.",
)
@click.option(
    "--base-iri",
    default="https://w3id.org/polgraph/id/",
    show_default=True,
    help="Base of the IRIs minted for people, parties, statements...",
)
@store_options
def export(fmt: str, out: str, base_iri: str, **kwargs) -> None:
    """Export the graph as RDF (polgraph ontology; FOAF, schema.org, ORG, PROV-O, Dublin Core).

    Turtle and N-Triples are written page by page; JSON-LD and RDF/XML are built in memory.
    """
    from polgraph.ontology.rdf import export as write_rdf
    from polgraph.outfile import OutputError, check_target, output_file

    try:
        if out != "-":
            check_target(out)
        with graph_store(_store_opts(kwargs), read_only=True) as store:
            if out == "-":
                count = write_rdf(store, sys.stdout, fmt, base_iri)
            else:
                with output_file(out) as fh:
                    count = write_rdf(store, fh, fmt, base_iri)
    except OutputError as err:
        raise click.ClickException(str(err)) from None
    if out != "-":
        click.echo(f"wrote {count} triples to {out}", err=True)


@main.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["turtle", "json-ld", "nt", "xml"]),
    help="RDF serialisation (default: from the file name).",
)
@click.option("--base-iri", default="https://w3id.org/polgraph/id/", show_default=True)
@store_options
def import_rdf(file: str, fmt: str | None, base_iri: str, **kwargs) -> None:
    """Load RDF that polgraph exported back into a store (in one transaction)."""
    from polgraph.ontology.rdf import RdfError, graph_to_batch, load

    try:
        graph = load(file, fmt)
        batch = graph_to_batch(graph, base_iri)
    except RdfError as err:
        message = str(err) if str(err).startswith(file) else f"{file}: not polgraph RDF: {err}"
        raise click.ClickException(message) from None
    with graph_store(_store_opts(kwargs)) as store:
        store.write(batch)
    click.echo(f"imported {batch.size()} nodes and relationships from {file}")


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["turtle", "json-ld", "nt", "xml"]),
    help="RDF serialisation (default: from the file name).",
)
def validate(file: str, fmt: str | None) -> None:
    """Check an RDF export against polgraph's SHACL shapes and list every violation."""
    import pyshacl

    from polgraph.ontology.rdf import RdfError, load, ontology_graph, shapes_graph

    try:
        data = load(file, fmt)
    except RdfError as err:
        raise click.ClickException(str(err)) from err
    conforms, report, _ = pyshacl.validate(
        data, shacl_graph=shapes_graph(), ont_graph=ontology_graph(), inference="none"
    )
    if conforms:
        click.echo(f"{file}: conforms ({len(data)} triples, 0 violations)")
        return
    from rdflib import Namespace

    sh = Namespace("http://www.w3.org/ns/shacl#")
    results = list(report.subjects(None, sh.ValidationResult))
    for res in sorted(results, key=str):
        focus = report.value(res, sh.focusNode)
        path = report.value(res, sh.resultPath)
        message = report.value(res, sh.resultMessage)
        click.echo(f"{focus}  {path or ''}  {message}")
    raise click.ClickException(f"{file}: {len(results)} violation(s)")


@main.command()
@store_options
@click.option(
    "--graphml",
    type=click.Path(dir_okay=False),
    help="Write the party and person graphs as GraphML (FILE gets -parties and -people suffixes).",
)
@click.option("--gexf", type=click.Path(dir_okay=False), help="The same as GEXF, for Gephi.")
@click.option("--top", default=10, show_default=True, help="How many central nodes to list.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def analyze(graphml: str | None, gexf: str | None, top: int, fmt: str, **kwargs) -> None:
    """Centrality, communities and stance of the party-relationship graph and the person graph.

    Edges are signed: each counts the negative, positive and neutral statements from one side to the
    other, and the report names who is attacked and backed most and who attacks and backs most.
    """
    from polgraph.graph.project import actor_graph, analyse, export_graph, party_graph, person_graph, stance_ranking
    from polgraph.outfile import OutputError

    with graph_store(_store_opts(kwargs), read_only=True) as store:
        parties, actors = party_graph(store), actor_graph(store)
    people = person_graph(actors)
    report = {
        name: {**analyse(graph, top), **stance_ranking(graph, top)}
        for name, graph in (("parties", parties), ("people", people))
    }
    for path in filter(None, (graphml, gexf)):
        stem, dot, ext = path.rpartition(".")
        for name, graph in (("parties", parties), ("people", people)):
            try:
                export_graph(graph, f"{stem}-{name}.{ext}" if dot else f"{path}-{name}")
            except OutputError as err:
                raise click.ClickException(str(err)) from None
    if fmt == "json":
        click.echo(json.dumps(report, ensure_ascii=False, indent=1))
        return
    for name, result in report.items():
        click.echo(f"{name}: {result['nodes']} nodes, {result['edges']} edges")
        for row in result["central"]:
            click.echo(
                f"  {row['name']:32} pagerank {row['pagerank']:.3f}  in {row['in_weight']:>3}  "
                f"betweenness {row['betweenness']:.3f}"
            )
        for i, community in enumerate(result["communities"], 1):
            click.echo(f"  community {i}: {', '.join(community)}")
        for key, title in (
            ("most_attacked", "most attacked"),
            ("attacks_most", "attacks most"),
            ("most_backed", "most backed"),
            ("backs_most", "backs most"),
        ):
            if result[key]:
                click.echo(
                    f"  {title + ':':14} " + ", ".join(f"{r['name']} ({r['statements']})" for r in result[key][:5])
                )


@main.command()
@click.option(
    "--out",
    required=True,
    type=click.Path(dir_okay=False),
    help="FILE.html (interactive, self-contained) or FILE.png / FILE.svg (party relations).",
)
@store_options
def viz(out: str, **kwargs) -> None:
    """Draw the graph: an interactive page of people and parties, or a static party picture.

    Edges are coloured by stance: attacks red, support green, neutral grey. A missing folder is created.
    """
    from polgraph.graph.draw import write_html, write_static
    from polgraph.graph.project import actor_graph, party_graph
    from polgraph.outfile import OutputError, check_target

    suffix = out.rsplit(".", 1)[-1].lower()
    if suffix not in ("html", "htm", "png", "svg"):
        raise click.ClickException(f"{out}: use a .html, .png or .svg file name")
    try:
        check_target(out)
        with graph_store(_store_opts(kwargs), read_only=True) as store:
            if suffix in ("html", "htm"):
                write_html(actor_graph(store), out)
            else:
                write_static(party_graph(store), out)
    except OutputError as err:
        raise click.ClickException(str(err)) from None
    click.echo(f"wrote {out}")


@main.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on; loopback by default, so only this machine can connect.",
)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="TCP port.")
@store_options
def serve(host: str, port: int, **kwargs) -> None:
    """Browse the graph in a web browser: search, person, party and statement pages, and a JSON API."""
    from polgraph.web.app import serve as run_app

    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"polgraph serve: listening on {host}: anyone who can reach it can read the graph", err=True)
    with graph_store(_store_opts(kwargs), read_only=True) as store:
        click.echo(
            f"polgraph serve: http://{'[' + host + ']' if ':' in host else host}:{port}/ (Ctrl-C stops)", err=True
        )
        try:
            run_app(store, host=host, port=port)
        except OSError as err:
            raise click.ClickException(f"cannot listen on {host}:{port}: {err.strerror or err}") from err


from polgraph.bulk_cli import bulk_csv  # noqa: E402

main.add_command(bulk_csv)

if __name__ == "__main__":  # pragma: no cover
    main()
