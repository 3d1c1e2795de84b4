"""Property-based: arbitrary text, quote marks and whitespace never crash the extractor or break the contract."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from polgraph.facts import Article
from polgraph.loaders.sources import from_text

QUOTES = st.sampled_from(['"', "\u201c", "\u201d", "\u2018", "\u2019", "'", "''", "``", "\u00ab", "\u00bb"])
WORDS = st.sampled_from(
    [
        "Labour",
        "said",
        "he",
        "she",
        "Sir",
        "Tom",
        "Ashby",
        "Tories",
        "the",
        "leader",
        "Rep.",
        "R-Ohio",
        ",",
        ".",
        ":",
        "pledged",
        "to",
        "cut",
        "tax",
        "accused",
        "of",
        "\n",
        "\u2022",
        "National",
        "Mr",
        "Ms",
        "Democrats",
        "Sen.",
        "D-N.Y.",
    ]
)
TEXT = st.lists(st.one_of(WORDS, QUOTES, st.text(max_size=6)), max_size=60).map(" ".join)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def check_contract(facts: dict, article: Article) -> None:
    for key in ("persons", "parties", "others", "roles", "memberships", "statements", "policies"):
        assert isinstance(facts[key], list)
    for entity in facts["persons"] + facts["parties"]:
        assert isinstance(entity["name"], str) and entity["name"]
        assert all(isinstance(a, str) for a in entity["aliases"])
    for s in facts["statements"]:
        assert s["type"] in ("direct", "indirect") and s["speaker"] and s["text"]
        prov = s["provenance"]
        field = article.title if prov["field"] == "title" else article.text
        assert 0 <= prov["start"] <= prov["end"] <= len(field)
    for r in facts["roles"]:
        assert r["person"] and r["role"]
    for p in facts["policies"]:
        assert p["party"] and p["policy"]


@SETTINGS
@given(title=TEXT, body=TEXT)
def test_any_text_gives_contract_valid_output(extractor, title, body):
    article = Article(id="p", title=title, text=body)
    check_contract(extractor.extract(article).to_contract(), article)


@SETTINGS
@given(body=st.text(max_size=400))
def test_arbitrary_unicode_never_crashes(extractor, body):
    article = Article(id="u", title="", text=body)
    check_contract(extractor.extract(article).to_contract(), article)


@SETTINGS
@given(raw=st.text(max_size=300))
def test_text_loader_never_crashes(raw):
    try:
        article = from_text(raw, "x.txt")
    except ValueError as err:
        assert "empty" in str(err)
    else:
        assert article.id and (article.title or article.text)
