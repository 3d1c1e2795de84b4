"""Facts as shards on a Dask LocalCluster (real worker processes): the same facts as `polgraph extract`,
a worker killed mid-run costs nothing after a rerun, and `ingest --facts` stores what `ingest` stores."""

from __future__ import annotations

import gzip
import json
import os
import signal
from pathlib import Path

import pytest
from click.testing import CliRunner

from polgraph.cli import main
from polgraph.loaders.shards import plan

distributed = pytest.importorskip("distributed")

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles.jsonl"
TINY = "0.0005"  # MB per shard: about one sample article each


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def shard_lines(folder: Path) -> list[str]:
    return [
        line
        for shard in sorted(folder.glob("part-*.jsonl.gz"))
        for line in gzip.decompress(shard.read_bytes()).decode("utf-8").splitlines()
    ]


@pytest.fixture(scope="module")
def expected() -> list[str]:
    result = run("extract", "-q", str(EXAMPLES))
    assert result.exit_code == 0
    return result.stdout.splitlines()


@pytest.fixture(scope="module")
def cluster():
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
        ) as local,
        distributed.Client(local) as client,
    ):
        yield local, client


def test_two_dask_workers_give_the_facts_of_polgraph_extract(tmp_path, expected):
    result = run("extract", str(EXAMPLES), "--out", str(tmp_path), "--scheduler", "local:2", "--partition-mb", TINY)
    assert result.exit_code == 0, result.output
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["partitions"] == manifest["complete"] >= 2
    assert manifest["articles"] == len(expected) and manifest["failures"] == []
    assert manifest["extractor"].startswith("polgraph-rules/")
    assert shard_lines(tmp_path) == expected
    again = run("extract", str(EXAMPLES), "--out", str(tmp_path), "--scheduler", "local:2", "--partition-mb", TINY)
    assert f"({manifest['partitions']} already complete)" in again.stderr


def test_process_pool_and_dask_write_the_same_shards(tmp_path):
    run("extract", str(EXAMPLES), "--out", str(tmp_path / "pool"), "--workers", "2", "--partition-mb", TINY)
    run("extract", str(EXAMPLES), "--out", str(tmp_path / "dask"), "--scheduler", "local:2", "--partition-mb", TINY)
    for shard in sorted((tmp_path / "pool").glob("part-*.jsonl.gz")):
        assert shard.read_bytes() == (tmp_path / "dask" / shard.name).read_bytes()


def hand_made(folder: Path, n: int) -> Path:
    path = folder / "news.jsonl"
    lines = [
        json.dumps(
            {
                "id": f"story-{i}",
                "title": f"Budget vote {i}",
                "text": f'Green leader Ada Quill{i} said the plan was unfair. "We will vote against '
                f'it," Ms Quill{i} said.',
            }
        )
        for i in range(n)
    ]
    lines[3] = '{"id": "broken", "text": '
    path.write_text("\n".join(lines) + "\n")
    return path


def test_a_killed_worker_and_a_rerun_lose_and_repeat_nothing(tmp_path, cluster):
    from polgraph.loaders.distributed import run as run_parts
    from polgraph.loaders.shards import write_manifest

    _, client = cluster
    source = hand_made(tmp_path, 12)
    reference = run("extract", "-q", str(source)).stdout.splitlines()
    parts, errors = plan([str(source)], size=150)
    assert len(parts) >= 6
    out = tmp_path / "facts"
    out.mkdir()
    killed = []

    def kill_one(report) -> None:
        if not killed:
            pids = client.run(os.getpid)
            killed.append(min(pids.values()))
            os.kill(killed[0], signal.SIGKILL)

    first = run_parts(parts, out, client=client, on_done=kill_one)
    assert killed
    second = run_parts(parts, out, client=client)
    assert len(second.reports) == len(parts) and not second.lost
    manifest = write_manifest(out, [str(source)], parts, second.reports, errors, second.lost)
    assert shard_lines(out) == reference and len(reference) == 11
    assert manifest["articles"] == 11
    assert manifest["failures"] == [
        {"input": f"{source}:4", "reason": "malformed JSON line: Expecting value (column 26)"}
    ]
    assert sum(not r.skipped for r in second.reports) == len(parts) - sum(1 for r in first.reports)


def test_ingest_facts_stores_what_ingest_of_the_articles_stores(tmp_path, expected):
    (tmp_path / "facts.jsonl").write_text("\n".join(expected) + "\n")
    run("extract", str(EXAMPLES), "--out", str(tmp_path / "shards"), "--workers", "1", "--partition-mb", TINY)
    direct = tmp_path / "direct.db"
    assert run("ingest", str(EXAMPLES), "--db", str(direct)).exit_code == 0
    counts = json.loads(run("stats", "--db", str(direct), "--format", "json").stdout)
    for facts in ("facts.jsonl", "shards"):
        db = tmp_path / f"{facts}.db"
        for _ in range(2):
            result = run("ingest", "--facts", str(tmp_path / facts), "--db", str(db))
            assert result.exit_code == 0 and f"ingested {len(expected)} article(s)" in result.stdout
        assert json.loads(run("stats", "--db", str(db), "--format", "json").stdout) == counts


def test_bad_facts_lines_and_repeated_ids_are_named(tmp_path, expected):
    (tmp_path / "facts.jsonl").write_text(
        "\n".join([expected[0], "{not json", '{"title": "no id"}', expected[0], expected[1]]) + "\n"
    )
    result = run("ingest", "--facts", str(tmp_path / "facts.jsonl"), "--db", str(tmp_path / "g.db"))
    assert result.exit_code == 1 and "ingested 2 article(s)" in result.stdout
    path = tmp_path / "facts.jsonl"
    assert (
        f"{path}:2: not a facts line" in result.stderr
        and f"{path}:3: not a facts line (missing key 'id')" in result.stderr
    )
    assert f"{path}:4: duplicate article id" in result.stderr


def test_scheduler_errors_are_one_line(tmp_path):
    result = run("extract", str(EXAMPLES), "--out", str(tmp_path), "--scheduler", "local:zero")
    assert result.exit_code == 1 and "local:zero: expected local:N" in result.stderr
    result = run("extract", str(EXAMPLES), "--scheduler", "local:2")
    assert result.exit_code == 2 and "--scheduler needs --out" in result.stderr


@pytest.mark.neo4j
def test_ingest_facts_into_neo4j_gives_the_same_counts(tmp_path, expected, empty_neo4j):
    (tmp_path / "facts.jsonl").write_text("\n".join(expected) + "\n")
    direct = tmp_path / "direct.db"
    run("ingest", str(EXAMPLES), "--db", str(direct))
    counts = json.loads(run("stats", "--db", str(direct), "--format", "json").stdout)
    server = [
        "--store",
        "neo4j",
        "--neo4j-uri",
        empty_neo4j.uri,
        "--neo4j-user",
        empty_neo4j.user,
        "--neo4j-password",
        empty_neo4j.password,
    ]
    for _ in range(2):
        result = run("ingest", "--facts", str(tmp_path / "facts.jsonl"), *server)
        assert result.exit_code == 0, result.output
    stored = json.loads(run("stats", "--format", "json", *server).stdout)
    assert {k: v for k, v in stored.items() if v and k != "PolgraphTestMarker"} == {
        k: v for k, v in counts.items() if v
    }


def test_pieces_open_absolute_paths_and_name_the_path_as_given(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Budget row\nGreen leader Ada Quill said the plan was unfair.")
    [part], errors = plan(["in"])
    [piece] = part.pieces
    assert not errors and piece.path == str(tmp_path / "in" / "a.txt") and piece.label == "in/a.txt"


def test_an_input_gone_before_its_task_fails_the_shard_and_a_rerun_redoes_it(tmp_path):
    from polgraph.loaders.distributed import run as run_parts

    source = hand_made(tmp_path, 6)
    kept = source.read_bytes()
    parts, _ = plan([str(source)])
    source.unlink()
    first = run_parts(parts, tmp_path, workers=1)
    assert not first.reports and "cannot read" in first.lost[0]
    assert not list(tmp_path.glob("part-*"))
    source.write_bytes(kept)
    second = run_parts(parts, tmp_path, workers=1)
    assert [r.articles for r in second.reports] == [5] and not second.lost


def test_ingest_facts_reads_the_shards_the_manifest_lists_and_says_when_some_are_missing(tmp_path, expected):
    out = tmp_path / "facts"
    run("extract", str(EXAMPLES), "--out", str(out), "--partition-mb", TINY)
    stale = out / "part-00099.jsonl.gz"
    stale.write_bytes((out / "part-00000.jsonl.gz").read_bytes())
    result = run("ingest", "--facts", str(out), "--db", str(tmp_path / "a.db"))
    assert result.exit_code == 0 and f"ingested {len(expected)} article(s)" in result.stdout
    manifest = json.loads((out / "manifest.json").read_text())
    manifest["complete"] -= 1
    manifest["shards"].pop()
    (out / "manifest.json").write_text(json.dumps(manifest))
    result = run("ingest", "--facts", str(out), "--db", str(tmp_path / "b.db"))
    assert result.exit_code == 1 and f"{out}: 1 of {manifest['partitions']} shards missing" in result.stderr


def test_a_facts_line_over_the_cap_ends_its_file_with_one_line(tmp_path, expected, monkeypatch):
    monkeypatch.setenv("POLGRAPH_MAX_BYTES", "2000")
    path = tmp_path / "facts.jsonl"
    path.write_text('{"id": "' + "x" * 5000 + '"}\n' + expected[0] + "\n")
    result = run("ingest", "--facts", str(path), "--db", str(tmp_path / "g.db"))
    assert result.exit_code == 1 and f"{path}:1: line longer than 2000 bytes; rest of the file skipped" in result.stderr
