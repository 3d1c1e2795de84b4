"""Rows printed for people: nothing cut silently, everything reachable whole."""

from __future__ import annotations

import csv
import io
import json

from polgraph.tables import render

ROWS = [
    {
        "speaker": "Mara Quill",
        "statement": "The Civic Union has wasted a decade on plans nobody read " * 3,
        "about": ["Civic Union", "Tomas Reyes"],
    },
    {"speaker": "Tomas Reyes", "statement": "Fine.", "about": []},
]


def test_table_fits_the_terminal_and_marks_what_it_cut():
    text = render(ROWS, "table", width=80)
    lines = text.splitlines()
    assert all(len(line) <= 80 for line in lines)
    assert "\u2026" in lines[2] and "--wide" in lines[-1]


def test_wide_table_keeps_every_character():
    text = render(ROWS, "table", wide=True)
    assert ROWS[0]["statement"].strip() in text and "\u2026" not in text


def test_json_and_csv_carry_whole_values():
    assert json.loads(render(ROWS, "json")) == ROWS
    parsed = list(csv.reader(io.StringIO(render(ROWS, "csv"))))
    assert parsed[0] == ["speaker", "statement", "about"] and parsed[1][2] == "Civic Union; Tomas Reyes"


def test_no_rows_says_so():
    assert render([], "table") == "(no rows)" and render([], "json") == "[]"


def test_every_command_that_lists_rows_speaks_table_json_and_csv():
    from click.testing import CliRunner

    from polgraph.cli import main

    runner = CliRunner()
    listed = json.loads(runner.invoke(main, ["queries", "--format", "json"]).output)
    assert {"query", "params", "description"} <= set(listed[0])
    header = runner.invoke(main, ["queries", "--format", "csv"]).output.splitlines()[0]
    assert header == "query,params,description"
    for command in (["query", "--help"], ["cypher", "--help"], ["stats", "--help"], ["queries", "--help"]):
        assert "--wide" in runner.invoke(main, command).output
