"""Loaders: every format, and every kind of bad input gives one clear line while the batch goes on."""

from __future__ import annotations

import json

from click.testing import CliRunner

from polgraph.cli import main
from polgraph.loaders.sources import Article, LoadError, iter_articles

NEWS = "The minister said the budget would pass. Labour leader Tom Ashby said the plan was unfair to families."


def load(*paths) -> list:
    return list(iter_articles([str(p) for p in paths]))


def test_plain_text_headline_and_body(tmp_path):
    (tmp_path / "a.txt").write_text("Budget row deepens\n\n" + NEWS)
    [article] = load(tmp_path / "a.txt")
    assert article.title == "Budget row deepens" and article.text.startswith("The minister")
    assert article.id == "a" and article.source == str(tmp_path / "a.txt")


def test_file_names_are_ids_made_unique(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "budget-row.txt").write_text("T\n" + NEWS)
    (tmp_path / "y" / "budget-row.html").write_text(f"<html><body><article><p>{NEWS}</p></article></body></html>")
    articles = load(tmp_path)
    assert [a.id for a in articles] == ["budget-row", "budget-row-2"]
    assert [a.source for a in articles] == [
        str(tmp_path / "x" / "budget-row.txt"),
        str(tmp_path / "y" / "budget-row.html"),
    ]


def test_stdin_text_has_a_content_hash_id_and_stdin_as_source():
    result = CliRunner().invoke(main, ["extract", "-"], input="Row\n" + NEWS)
    obj = json.loads(result.stdout)
    assert obj["id"].startswith("sha1-") and obj["source"] == "<stdin>"


def test_html_main_text_title_and_date(tmp_path):
    page = (
        f"<html><head><title>Budget row</title><meta property='article:published_time' content='2024-05-01'>"
        f"</head><body><nav>Home | News</nav><article><h1>Budget row</h1><p>{NEWS}</p><p>{NEWS}</p>"
        f"</article></body></html>"
    )
    (tmp_path / "a.html").write_text(page)
    [article] = load(tmp_path / "a.html")
    assert "Labour leader Tom Ashby" in article.text and "Home | News" not in article.text
    assert article.title == "Budget row"


def test_json_object_jsonl_corpus_and_folders(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "one.json").write_text(json.dumps({"id": "x1", "title": "T", "text": NEWS}))
    (tmp_path / "c.jsonl").write_text("\n".join(json.dumps({"id": f"j{i}", "text": NEWS}) for i in range(3)))
    ids = sorted(a.id for a in load(tmp_path))
    assert ids == ["j0", "j1", "j2", "x1"]


def test_bad_jsonl_lines_are_reported_with_their_number(tmp_path):
    (tmp_path / "c.jsonl").write_text(
        json.dumps({"id": "ok", "text": NEWS}) + "\n{broken\n" + json.dumps({"id": "no-text"}) + "\n"
    )
    items = load(tmp_path / "c.jsonl")
    errors = [str(i) for i in items if isinstance(i, LoadError)]
    assert [i.id for i in items if isinstance(i, Article)] == ["ok"]
    assert any(":2: malformed JSON line" in e for e in errors)
    assert any(":3: missing 'text' key" in e for e in errors)


def test_empty_binary_and_missing_files(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary\x00")
    messages = [str(e) for e in load(tmp_path / "empty.txt", tmp_path / "bin.txt", tmp_path / "nope.txt")]
    assert messages == [
        f"{tmp_path / 'empty.txt'}: empty file",
        f"{tmp_path / 'bin.txt'}: binary data (NUL bytes), not text",
        f"{tmp_path / 'nope.txt'}: no such file or folder",
    ]


def test_windows_1252_text_is_decoded(tmp_path):
    (tmp_path / "a.txt").write_bytes(("T\n\u201cWe will win,\u201d said Ms Ann Lee. " + NEWS).encode("cp1252"))
    [article] = load(tmp_path / "a.txt")
    assert "\u201cWe will win,\u201d" in article.text


def test_huge_file_is_refused_in_one_line(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * (11 * 1024 * 1024))
    [error] = load(big)
    assert isinstance(error, LoadError) and "larger than 50 MB (POLGRAPH_MAX_BYTES)" in str(error)


def test_non_english_is_skipped_with_a_message(tmp_path):
    (tmp_path / "de.txt").write_text(
        "Titel\nDie Regierung hat am Montag beschlossen, dass die Steuern nicht "
        "erhöht werden, sagte der Minister in Berlin vor den Journalisten."
    )
    [error] = load(tmp_path / "de.txt")
    assert "not English" in str(error)


def test_unreachable_url_is_a_clear_error():
    [error] = list(iter_articles(["http://127.0.0.1:9/article"]))
    assert str(error).startswith("http://127.0.0.1:9/article: cannot fetch URL")


def test_cli_goes_on_after_bad_inputs_and_exits_non_zero(tmp_path):
    (tmp_path / "good.txt").write_text("T\n" + NEWS)
    (tmp_path / "bad.json").write_text("{not json")
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "good.txt"), str(tmp_path / "bad.json")])
    assert result.exit_code == 1
    assert json.loads(result.stdout.splitlines()[0])["persons"]
    assert f"{tmp_path / 'bad.json'}: malformed JSON" in result.stderr
    assert "1 input(s) failed" in result.stderr


def test_stdin(tmp_path):
    result = CliRunner().invoke(main, ["extract", "--format", "table", "-"], input="Row\n" + NEWS)
    assert result.exit_code == 0 and "Tom Ashby" in result.output


def test_malformed_html_still_gives_its_text_or_one_clear_line(tmp_path):
    (tmp_path / "broken.html").write_text(f"<html><body><div><p>{NEWS}<p>{NEWS}<table><tr><td>x</body>")
    (tmp_path / "nothing.html").write_text("<html><head><script>var x = 1;</script></head><body></body></html>")
    good, bad = load(tmp_path / "broken.html"), load(tmp_path / "nothing.html")
    assert isinstance(good[0], Article) and "Tom Ashby" in good[0].text
    assert str(bad[0]) == f"{tmp_path / 'nothing.html'}: no article text found in the HTML"


def test_extract_progress_only_on_a_terminal_and_not_under_quiet(monkeypatch, capsys):
    from polgraph.cli import Progress

    monkeypatch.setattr("sys.stderr.isatty", lambda: True, raising=False)
    ticking = Progress(enabled=True)
    ticking.last -= 1
    ticking.step(5)
    ticking.done()
    Progress(enabled=False).step(5)
    assert capsys.readouterr().err.startswith("\r  articles       5")
    result = CliRunner().invoke(main, ["extract", "-"], input="Row\n" + NEWS)
    assert "articles/s" not in result.stderr
