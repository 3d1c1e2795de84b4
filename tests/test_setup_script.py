"""scripts/setup installs what each command needs, and says so: `demo` never installs browsers or test tools."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def fake(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text(f'#!/bin/sh\necho "{name} $*" >> {folder}/calls\n{body}\n')
    path.chmod(0o755)


@pytest.fixture()
def tools(tmp_path):
    """A PATH where python, apt-get and friends only record how they were called."""
    fake(
        tmp_path, "python", 'case "$1" in -m) echo "Collecting spacy>=3.8"; echo "Successfully installed a b c";; esac'
    )
    for name in ("apt-get", "pyenv"):
        fake(tmp_path, name, "")
    for name in ("bash", "sh", "grep", "sed", "id", "dirname", "cat", "env"):
        real = subprocess.run(
            ["sh", "-c", f"command -v {name}"], capture_output=True, text=True, check=True
        ).stdout.strip()
        (tmp_path / name).symlink_to(real)
    return tmp_path


def setup(tools: Path, what: str) -> tuple[str, str]:
    env = {"PATH": str(tools), "PYTHON": str(tools / "python"), "HOME": os.environ.get("HOME", "/tmp")}
    result = subprocess.run(
        ["bash", str(ROOT / "scripts" / "setup"), what], env=env, capture_output=True, text=True, check=True
    )
    return result.stdout, (tools / "calls").read_text()


def test_demo_installs_the_package_only_and_says_so(tools):
    out, calls = setup(tools, "demo")
    assert "pip install --disable-pip-version-check --progress-bar off -e ." in calls
    assert "apt-get" not in calls and "[test]" not in calls
    assert out.splitlines()[:3] == [
        "setup: installing polgraph (.) and its Python packages from PyPI; the first time takes a few minutes",
        "  fetching spacy>=3.8",
        "  installed",
    ]


@pytest.mark.skipif(os.geteuid() != 0, reason="apt-get is used only as root")
def test_test_set_up_also_installs_the_test_tools_and_system_packages(tools):
    out, calls = setup(tools, "test")
    assert "-e .[test]" in calls and "apt-get install" in calls and "chromium" in calls
    assert "for the Neo4j and browser tests" in out


def test_a_failing_pip_stops_the_set_up_with_one_line(tools):
    fake(tools, "python", 'echo "ERROR: No matching distribution found for spacy"; exit 1')
    env = {"PATH": str(tools), "PYTHON": str(tools / "python"), "HOME": os.environ.get("HOME", "/tmp")}
    result = subprocess.run(
        ["bash", str(ROOT / "scripts" / "setup"), "demo"], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    assert "ERROR: No matching distribution found for spacy" in result.stdout
    assert "setup: pip install -e '.' failed (exit 1); run it by hand to see why" in result.stderr
