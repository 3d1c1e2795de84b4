"""The sample articles (examples/articles.jsonl) are what a newcomer sees first: every statement extracted from
them is checked here by hand against the article text, with its speaker, type and targets."""

from pathlib import Path

import pytest

from polgraph.loaders.sources import iter_articles

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "articles.jsonl"

EXPECTED = {
    "sample-01": {
        ("Labour Party", "indirect", "to build 300,000 homes a year", ()),
        (
            "Martin Hale",
            "indirect",
            "to build 300,000 homes a year and to scrap stamp duty for first-time buyers "
            "if his party wins the next general election",
            ("Labour Party",),
        ),
        (
            "Martin Hale",
            "direct",
            "Young people have been locked out of home ownership for too long. We will get Britain building again.",
            ("United Kingdom",),
        ),
        ("Priya Anand", "indirect", "the plan would be paid for by closing tax loopholes", ()),
        ("Tom Ridley", "direct", "accused Labour of fantasy economics", ("Labour Party",)),
        ("Tom Ridley", "direct", "They have not costed a single one of these promises", ()),
        (
            "Tom Ridley",
            "direct",
            "Hale is asking voters to trust him with their money without telling them where it will come from.",
            ("Martin Hale",),
        ),
        ("Martin Hale", "indirect", "the Conservatives had failed a generation of renters", ("Conservative Party",)),
    },
    "sample-02": {
        (
            "Laura Whitfield",
            "indirect",
            "Republicans were holding the budget hostage to protect tax cuts for the wealthy",
            ("Republican Party",),
        ),
        ("Laura Whitfield", "direct", "This is a manufactured crisis, and the American people can see it", ()),
        (
            "Frank Delaney",
            "indirect",
            "accused Democrats of spending money the country does not have",
            ("Democratic Party",),
        ),
        (
            "Frank Delaney",
            "indirect",
            "his party would propose a balanced budget amendment next month",
            ("Republican Party",),
        ),
        ("Frank Delaney", "direct", "We are not going to write a blank check", ()),
    },
    "sample-03": {
        (
            "Aoife Brennan",
            "indirect",
            "the Government had broken its promise to cut hospital waiting lists",
            ("Irish Government",),
        ),
        (
            "Aoife Brennan",
            "direct",
            "Patients are waiting longer than ever, and the minister knows it",
            ("Declan Murray",),
        ),
        ("Declan Murray", "indirect", "the figures showed waiting lists falling for the first time in five years", ()),
        ("Declan Murray", "direct", "Sinn Féin has no plan, only slogans.", ("Sinn Féin",)),
        ("Sinn Féin", "indirect", "calling for 1,000 extra hospital beds and free GP care for all children", ()),
    },
    "sample-04": {
        ("New Zealand National Party", "indirect", "tax relief", ()),
        (
            "Grace Whitcombe",
            "indirect",
            "to cut income tax for middle earners and to hire 500 more police officers",
            (),
        ),
        ("Sam Ollerton", "indirect", "the tax cuts would be paid for by cutting health spending", ()),
        ("Sam Ollerton", "direct", "You cannot cut taxes and fund hospitals at the same time", ()),
        ("Grace Whitcombe", "indirect", "her plan was fully costed", ()),
    },
}


@pytest.fixture(scope="module")
def sample_facts(extractor) -> dict[str, dict]:
    return {f.article.id: f.to_contract() for f in extractor.extract_many(iter_articles([str(SAMPLE)]))}


@pytest.mark.parametrize("article", sorted(EXPECTED))
def test_every_sample_statement_is_right(sample_facts, article):
    got = {(s["speaker"], s["type"], s["text"], tuple(sorted(s["about"]))) for s in sample_facts[article]["statements"]}
    assert got == EXPECTED[article]


def test_sample_others_are_only_what_statements_target(sample_facts):
    others = {o["name"] for facts in sample_facts.values() for o in facts["others"]}
    assert others == {"United Kingdom", "Irish Government"}
