"""The vocabularies: every word list lives in a data file, and no list holds a word twice."""

from __future__ import annotations

import json
from collections import Counter
from importlib import resources

import pytest

from polgraph.loaders.vocab import WORD_FILES, load_vocabulary, word_list

VOCAB = resources.files("polgraph.loaders.vocab")
LIST_FILES = sorted(p.name for p in VOCAB.iterdir() if p.name.endswith((".txt", ".tsv")))


def sections(name: str) -> dict[str, list[str]]:
    """Section -> first column of its lines (a file without sections is one section)."""
    out: dict[str, list[str]] = {"": []}
    current = out[""]
    for line in VOCAB.joinpath(name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("["):
            current = out.setdefault(line.strip("[] "), [])
        else:
            current.append(line.split("\t")[0].strip())
    for section, words in out.items():
        if not section.endswith("_entities"):  # entity-ruler forms are matched as written
            out[section] = [w.lower() for w in words]
    return out


def twice(words: list[str]) -> list[str]:
    return [w for w, n in Counter(words).items() if n > 1]


@pytest.mark.parametrize("name", LIST_FILES)
def test_no_word_list_holds_a_word_twice(name):
    for section, words in sections(name).items():
        assert not twice(words), f"{name} [{section}] repeats {twice(words)}"


def test_no_party_is_listed_twice_and_no_entry_repeats_a_form():
    entries = json.loads(VOCAB.joinpath("parties.json").read_text(encoding="utf-8"))["parties"]
    assert not twice([f"{e['country']}|{e['name']}" for e in entries])
    for e in entries:
        for forms in ([e["name"], *e.get("aliases", [])], e.get("weak", []), e.get("members", [])):
            assert not twice(forms), f"{e['name']} repeats {twice(forms)}"


def test_no_organisation_form_is_listed_twice():
    others = json.loads(VOCAB.joinpath("others.json").read_text(encoding="utf-8"))
    forms = [f.lower() for e in others["others"] for f in [e["name"], *e["aliases"]]]
    assert not twice(forms)
    assert not twice([w.lower() for w in others["not_persons"]])


def test_section_names_are_unique_across_the_word_files():
    names = [s for f in WORD_FILES for s in sections(f) if s]
    assert not twice(names)


def test_rules_read_their_closed_word_lists_from_the_data_files():
    assert "spokesperson" in word_list("group_nouns")
    assert "shadow" in word_list("qualifiers")
    assert load_vocabulary().pronoun_genders["she"] == "f"
    assert load_vocabulary().chair_verbs["chair"] == "chair"
    assert "Baroness" in load_vocabulary().peerages and "Ms" not in load_vocabulary().peerages
