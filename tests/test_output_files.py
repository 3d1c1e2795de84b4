"""Output files of export, analyze and viz: regular files only, folders created, nothing half-written."""

from __future__ import annotations

import os
import stat
import subprocess

import pytest
from click.testing import CliRunner
from sample_graph import sample_store

from polgraph.cli import main

AS_ROOT = pytest.mark.skipif(os.geteuid() != 0, reason="mounting a tmpfs needs root")


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("out") / "sample.db"
    sample_store(path).close()
    return str(path)


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def one_line_error(result, *words: str) -> None:
    assert (
        result.exit_code == 1
        and not isinstance(result.exception, Exception)
        or isinstance(result.exception, SystemExit)
    ), result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert all(w in lines[0] for w in words), lines[0]


def leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".partial" in p.name)


@pytest.fixture
def mount(tmp_path):
    """Mount a tiny tmpfs: ``mount(options)`` -> its path; unmounted afterwards."""
    mounted = []

    def make(options: str):
        point = tmp_path / f"mnt{len(mounted)}"
        point.mkdir()
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)], capture_output=True, check=False
        )
        if done.returncode:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
        mounted.append(point)
        return point

    yield make
    for point in mounted:
        subprocess.run(["umount", str(point)], check=False)


def test_export_refuses_a_fifo_and_leaves_it_a_fifo(db, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    one_line_error(run("export", "--db", db, "--out", str(fifo)), str(fifo), "not a regular file")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and leftovers(tmp_path) == []


def test_export_refuses_a_symlink_and_leaves_its_target_alone(db, tmp_path):
    target = tmp_path / "precious.txt"
    target.write_text("keep me")
    link = tmp_path / "link.ttl"
    link.symlink_to(target)
    one_line_error(run("export", "--db", db, "--out", str(link)), "symbolic link")
    assert link.is_symlink() and target.read_text() == "keep me"


@AS_ROOT
def test_export_refuses_a_device_file(db, tmp_path):
    null = tmp_path / "null"
    os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a private copy of /dev/null
    one_line_error(run("export", "--db", db, "--out", str(null)), "not a regular file")
    assert stat.S_ISCHR(os.lstat(null).st_mode) and leftovers(tmp_path) == []


def test_export_to_stdout_with_a_dash(db):
    result = run("export", "--db", db, "--format", "nt", "--out", "-")
    assert result.exit_code == 0 and "<https://w3id.org/polgraph/id/person/maren%20holloway>" in result.stdout


def test_outputs_create_missing_folders(db, tmp_path):
    assert run("export", "--db", db, "--out", str(tmp_path / "rdf/a/graph.ttl")).exit_code == 0
    assert run("analyze", "--db", db, "--graphml", str(tmp_path / "out/graph.graphml")).exit_code == 0
    assert run("viz", "--db", db, "--out", str(tmp_path / "nodir/g.png")).exit_code == 0
    assert run("viz", "--db", db, "--out", str(tmp_path / "pages/g.html")).exit_code == 0
    for path in (
        "rdf/a/graph.ttl",
        "out/graph-parties.graphml",
        "out/graph-people.graphml",
        "nodir/g.png",
        "pages/g.html",
    ):
        assert (tmp_path / path).stat().st_size > 500, path


def test_a_folder_that_cannot_be_made_is_one_line(db, tmp_path):
    (tmp_path / "file").write_text("not a folder")
    one_line_error(run("viz", "--db", db, "--out", str(tmp_path / "file/g.png")), "file/g.png")
    one_line_error(run("analyze", "--db", db, "--gexf", str(tmp_path / "file/g.gexf")), "file/g")


@AS_ROOT
@pytest.mark.parametrize("args", [("export", "--format", "xml", "--out"), ("viz", "--out"), ("analyze", "--graphml")])
def test_a_read_only_disk_leaves_nothing_behind(db, mount, args):
    point = mount("size=1m,ro")
    name = {"viz": "g.svg", "analyze": "g.graphml"}.get(args[0], "g.rdf")
    one_line_error(
        run(*args, str(point / name), "--db", db),
        name.replace(".", "-parties.") if args[0] == "analyze" else name,
        "Read-only",
    )
    assert list(point.iterdir()) == []


@AS_ROOT
@pytest.mark.parametrize(
    "args, name",
    [(("export", "--format", "nt", "--out"), "g.nt"), (("viz", "--out"), "g.png"), (("viz", "--out"), "g.html")],
)
def test_a_full_disk_leaves_nothing_behind_and_keeps_the_old_file(db, mount, args, name):
    point = mount("size=12k")
    (point / name).write_text("old")
    one_line_error(run(*args, str(point / name), "--db", db), name, "No space")
    assert [p.name for p in point.iterdir()] == [name] and (point / name).read_text() == "old"
