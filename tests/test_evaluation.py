"""polgraph's scorer: the contract's figures, and the error list a developer reads."""

from __future__ import annotations

import importlib.util

from conftest import DEV_ARTICLES, SHARED_EVAL, needs_dev

from polgraph.evaluation import errors, format_report, load_gold, score

GOLD = {
    "persons": [{"name": "Mara Quill", "aliases": ["Quill"]}, {"name": "Tomas Reyes", "aliases": ["Reyes"]}],
    "parties": [{"name": "Heritage Party", "aliases": ["Heritage"]}, {"name": "Civic Union", "aliases": []}],
    "roles": [{"person": "Mara Quill", "role": "leader", "party": "Heritage Party"}],
    "memberships": [
        {"person": "Mara Quill", "party": "Heritage Party"},
        {"person": "Tomas Reyes", "party": "Civic Union"},
    ],
    "statements": [
        {
            "speaker": "Mara Quill",
            "type": "indirect",
            "text": "the Civic Union had wasted a decade",
            "about": ["Civic Union"],
            "stance": {"Civic Union": "negative"},
        },
        {"speaker": "Tomas Reyes", "type": "direct", "text": "We will cap rail fares", "about": [], "stance": {}},
    ],
    "policies": [{"party": "Civic Union", "policy": "a cap on rail fares", "proposer": "Tomas Reyes"}],
}
PRED = {
    "id": "t",
    "persons": [{"name": "Mara Quill", "aliases": []}],
    "parties": [],
    "roles": [{"person": "Quill", "role": "Heritage leader", "party": "Heritage Party"}],
    "memberships": [{"person": "Mara Quill", "party": "Heritage"}],
    "statements": [
        {
            "speaker": "Quill",
            "type": "indirect",
            "text": "the Civic Union had wasted a decade",
            "about": ["Civic Union"],
            "stance": {"Civic Union": "positive"},
        }
    ],
    "policies": [],
}


def test_scores_a_hand_made_article():
    report, per_doc = score({"t": {"article": {"id": "t"}, "gold": GOLD}}, {"t": PRED})
    assert report["roles"]["f1"] == 1.0
    assert report["memberships"]["recall"] == 0.5 and report["memberships"]["precision"] == 1.0
    assert report["attribution"]["recall"] == 0.5
    assert report["stance"]["f1"] == 0.0 and report["stance"]["gold"] == 1
    assert report["policies"]["recall"] == 0.0
    assert "stance" in format_report(report, per_doc)


def test_errors_name_each_miss_and_each_wrong_stance():
    lines = errors(GOLD, PRED)
    assert "- memberships: Tomas Reyes | Civic Union" in lines
    assert "- policies: Civic Union: a cap on rail fares" in lines
    assert any(line.startswith("- statements: Tomas Reyes") for line in lines)
    assert any(line.startswith("~ stance: Mara Quill") and "negative" in line and "positive" in line for line in lines)
    assert not any(line.startswith("- roles") for line in lines)


@needs_dev
def test_gives_the_contract_scorers_figures_on_the_dev_set(dev_facts):
    spec = importlib.util.spec_from_file_location("contract_score", SHARED_EVAL / "score.py")
    contract = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(contract)
    predictions = {f.article.id: f.to_contract() for f in dev_facts}
    ours, our_docs = score(load_gold(SHARED_EVAL / "dev" / "gold"), predictions)
    theirs, their_docs = contract.score(str(SHARED_EVAL / "dev" / "gold"), predictions)
    assert ours == theirs
    assert our_docs == their_docs
    assert DEV_ARTICLES.exists()
