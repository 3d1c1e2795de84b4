"""Property: any sequence of good and bad items in one JSON Lines file stores exactly the good ones."""

from __future__ import annotations

import json
import uuid

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from polgraph.cli import main

NEWS = "Green leader Ada Quill said the plan was unfair. The minister said the budget would pass."
BAD = {
    "broken JSON": b'{"id": "x", "text": ',
    "invalid UTF-8": b'{"id": "x", "text": "Caf\xe9 society"}',
    "NUL byte": b'{"id": "x", "text": "a\x00b"}',
    "title is a list": json.dumps({"id": "x", "title": ["a"], "text": NEWS}).encode(),
    "id is an object": json.dumps({"id": {"a": 1}, "text": NEWS}).encode(),
    "no text": json.dumps({"id": "x"}).encode(),
    "empty text": json.dumps({"id": "x", "text": "  "}).encode(),
    "not an object": b"[1, 2]",
    "deeply nested": b"[" * 50_000 + b"]" * 50_000,
}
ITEMS = st.lists(st.one_of(st.just("good"), st.just("repeat"), st.sampled_from(sorted(BAD))), min_size=1, max_size=8)


def stored_ids(db: str) -> set[str]:
    result = CliRunner().invoke(
        main, ["cypher", "MATCH (a:Article) RETURN a.key AS key", "--format", "json", "--db", db]
    )
    return {row["key"] for row in json.loads(result.stdout)}


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kinds=ITEMS)
def test_exactly_the_good_items_are_stored(tmp_path_factory, kinds):
    folder = tmp_path_factory.mktemp("prop")
    prefix = uuid.uuid4().hex[:8]
    lines, good = [], []
    for n, kind in enumerate(kinds):
        if kind == "good" or (kind == "repeat" and not good):
            good.append(f"{prefix}-{n}")
            lines.append(json.dumps({"id": good[-1], "title": f"Story {n}", "text": NEWS}).encode())
        elif kind == "repeat":
            lines.append(json.dumps({"id": good[0], "title": "Again", "text": NEWS}).encode())
        else:
            lines.append(BAD[kind])
    (folder / "in.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    db = str(folder / "g.db")
    result = CliRunner().invoke(main, ["ingest", str(folder / "in.jsonl"), "--db", db])
    bad = len(kinds) - len(good)
    assert result.exit_code == (1 if bad else 0), result.output
    assert f"ingested {len(good)} article(s)" in result.stdout
    assert stored_ids(db) == set(good)
    assert result.stderr.count("polgraph: ") == bad + (1 if bad else 0)
