"""Vocabularies read from the data files beside this module: parties, roles, verbs, names."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class PartyInfo:
    name: str
    country: str


@dataclass
class Vocabulary:
    """All word lists the extraction rules consult."""

    party_forms: dict[str, list[PartyInfo]] = field(default_factory=dict)
    weak_party_forms: dict[str, list[PartyInfo]] = field(default_factory=dict)
    party_tags: dict[str, list[PartyInfo]] = field(default_factory=dict)
    party_adjectives: dict[str, list[PartyInfo]] = field(default_factory=dict)
    party_member_nouns: dict[str, list[PartyInfo]] = field(default_factory=dict)
    countries: dict[str, dict] = field(default_factory=dict)
    other_forms: dict[str, str] = field(default_factory=dict)
    not_persons: set[str] = field(default_factory=set)
    role_heads: set[str] = field(default_factory=set)
    role_modifiers: set[str] = field(default_factory=set)
    role_abbreviations: dict[str, str] = field(default_factory=dict)
    honorifics: dict[str, str] = field(default_factory=dict)
    reporting_verbs: dict[str, str] = field(default_factory=dict)
    policy_nouns: set[str] = field(default_factory=set)
    first_names: dict[str, str] = field(default_factory=dict)
    peerages: set[str] = field(default_factory=set)
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    pronoun_genders: dict[str, str] = field(default_factory=dict)
    chair_verbs: dict[str, str] = field(default_factory=dict)

    def parties_for(self, form: str) -> list[PartyInfo]:
        """Candidate parties for a written form (strong forms only)."""
        return self.party_forms.get(_party_key(form), [])

    def weak_parties_for(self, form: str) -> list[PartyInfo]:
        return self.weak_party_forms.get(_party_key(form), [])

    def other_name(self, form: str) -> str | None:
        return self.other_forms.get(form.lower().strip())


def _party_key(form: str) -> str:
    form = form.replace("\u2019", "'").strip()
    if form.lower().startswith("the "):
        form = form[4:]
    form = form.removesuffix("'s")
    return form


def _lines(name: str) -> list[str]:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return [ln.rstrip("\n") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _sections(name: str) -> dict[str, list[str]]:
    """A word file in ``[section]`` blocks: section name -> its lines in order."""
    sections: dict[str, list[str]] = {}
    current: list[str] = []
    for line in _lines(name):
        if line.startswith("["):
            current = sections.setdefault(line.strip().strip("[]"), [])
        else:
            current.append(line.strip())
    return sections


WORD_FILES = (
    "reference_words.txt",
    "statement_words.txt",
    "policy_words.txt",
    "role_words.txt",
    "party_words.txt",
    "person_words.txt",
)


def word_list(name: str) -> frozenset[str]:
    """One closed word list by section name ('group_nouns', 'stop_marks', ...), read once."""
    return load_vocabulary().words[name]


def _json(name: str) -> dict:
    return json.loads(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def load_vocabulary() -> Vocabulary:
    """Read every data file once."""
    vocab = Vocabulary()
    for entry in _json("parties.json")["parties"]:
        info = PartyInfo(entry["name"], entry["country"])
        forms = {entry["name"], *entry.get("aliases", [])} - set(entry.get("weak", []))  # a weak name stays weak
        forms |= {form[:-5] + "party" for form in forms if form.endswith(" Party")}  # 'the Labour party'
        for form in forms:
            vocab.party_forms.setdefault(_party_key(form), []).append(info)
            if "'" in form:  # the entity ruler matches text as written: 'People’s Party' too
                vocab.party_forms.setdefault(_party_key(form).replace("'", "\u2019"), []).append(info)
        for form in entry.get("weak", []):
            vocab.weak_party_forms.setdefault(_party_key(form), []).append(info)
        for form in entry.get("adjectives", []):
            vocab.party_adjectives.setdefault(form, []).append(info)
        for form in entry.get("members", []):
            vocab.party_member_nouns.setdefault(form, []).append(info)
    for line in _lines("party_tags.tsv"):
        form, parties = line.split("\t")
        for country, name in (entry.strip().split(":", 1) for entry in parties.split(";")):
            vocab.party_tags.setdefault(form, []).append(PartyInfo(name, country))
    vocab.countries = _json("countries.json")["countries"]
    others = _json("others.json")
    for entry in others["others"]:
        for form in [entry["name"], *entry["aliases"]]:
            vocab.other_forms[form.lower()] = entry["name"]
    vocab.not_persons = {w.lower() for w in others["not_persons"]}
    vocab.role_heads = {line.strip().lower() for line in _lines("roles.txt")}
    vocab.role_modifiers = {w.strip().lower() for w in _lines("role_modifiers.txt")}
    for line in _lines("role_abbreviations.tsv"):
        form, role = line.split("\t")
        vocab.role_abbreviations[form] = role
    for line in _lines("honorifics.txt"):
        form, gender, *marks = line.split("\t") + [""]
        vocab.honorifics[form.strip()] = gender.strip()
        if "peer" in marks:
            vocab.peerages.add(form.strip())
    for line in _lines("reporting_verbs.tsv"):
        lemma, kind = line.split("\t")
        vocab.reporting_verbs[lemma] = kind
    vocab.policy_nouns = {w.strip().lower() for w in _lines("policy_nouns.txt")}
    for line in _lines("first_names.tsv"):
        name, gender = line.split("\t")
        vocab.first_names[name] = gender
    for file in WORD_FILES:
        for section, lines in _sections(file).items():
            vocab.words[section] = frozenset(ln.split("\t")[0] for ln in lines)
    vocab.pronoun_genders = dict(ln.split("\t") for ln in _sections("reference_words.txt")["singular_pronouns"])
    vocab.chair_verbs = dict(ln.split("\t") for ln in _sections("role_words.txt")["chair_verbs"])
    return vocab
