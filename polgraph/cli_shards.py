"""``polgraph extract --out FOLDER [--scheduler ...]``: facts as shards, through a process pool or Dask."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from polgraph.loaders.distributed import SchedulerError, dashboard, dask_client, run
from polgraph.loaders.shards import ShardReport, plan, write_manifest

if TYPE_CHECKING:
    from polgraph.cli import Failures, Progress


def extract_shards(
    sources: tuple[str, ...],
    out: str,
    scheduler: str | None,
    workers: int,
    any_language: bool,
    partition_mb: float,
    progress: Progress,
    failures: Failures,
) -> None:
    """Plan partitions, run the missing ones, write the manifest; every failure goes to ``failures``."""
    folder = Path(out)
    if folder.exists() and not folder.is_dir():
        raise click.ClickException(f"{out}: exists and is not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise click.ClickException(f"{out}: cannot create the folder ({err.strerror})") from err
    parts, errors = plan(sources, int(partition_mb * 1024 * 1024), any_language)
    for error in errors:
        failures.report(error)

    def done(report: ShardReport) -> None:
        for failure in report.failures:
            failures.report(f"{failure['input']}: {failure['reason']}")
        progress.step(report.articles)

    try:
        if scheduler:
            with dask_client(scheduler) as client:
                link = dashboard(client)
                click.echo(
                    f"polgraph: Dask scheduler {client.scheduler.address}" + (f", dashboard {link}" if link else ""),
                    err=True,
                )
                result = run(parts, folder, client=client, on_done=done)
        else:
            result = run(parts, folder, workers=workers, on_done=done)
    except SchedulerError as err:
        raise click.ClickException(str(err)) from err
    progress.done()
    for index, reason in sorted(result.lost.items()):
        failures.report(
            f"{parts[index].stem} ({', '.join(p.path for p in parts[index].pieces)}): {reason}; rerun to retry it"
        )
    try:
        manifest = write_manifest(folder, sources, parts, result.reports, errors, result.lost)
    except OSError as err:
        raise click.ClickException(
            f"{out}: cannot write manifest.json ({err.strerror}); the shards are kept, rerun to write it"
        ) from err
    skipped = sum(r.skipped for r in result.reports)
    click.echo(
        f"wrote facts of {manifest['articles']} article(s) in {manifest['complete']} of "
        f"{manifest['partitions']} shard(s) to {out}" + (f" ({skipped} already complete)" if skipped else ""),
        err=True,
    )
