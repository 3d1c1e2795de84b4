"""Persons: names the model splits, joins to a headline verb, or takes for places."""

from __future__ import annotations


def persons(facts: dict) -> set[str]:
    return {p["name"] for p in facts["persons"]}


def test_a_surname_with_a_particle_stays_whole(extract):
    facts = extract(
        "Far-right candidate Ilse van der Berg urged voters to choose. Critics said Mara de Vries was wrong."
    )
    assert {"Ilse van der Berg", "Mara de Vries"} <= persons(facts)


def test_a_headline_verb_is_no_part_of_the_name(extract):
    facts = extract("Mara Quill addressed supporters in Leeds on Monday.", title="Mara Quill Vows to Fight On")
    assert persons(facts) == {"Mara Quill"}


def test_a_name_in_apposition_to_a_role(extract):
    facts = extract("The leader of the Heritage Party, Tanaka Hiroshi, said the outcome showed nothing.")
    assert "Tanaka Hiroshi" in persons(facts)


def test_names_the_model_took_for_organisations_next_to_a_role(extract):
    facts = extract(
        "Republican presidential candidate Ilse Varga spoke in Iowa. "
        "Tomas Brack, the Democratic nominee for governor, spoke in Ohio."
    )
    assert {"Ilse Varga", "Tomas Brack"} <= persons(facts)


def test_a_name_after_a_party_office_and_a_comma(extract):
    facts = extract("The president of the Heritage Party, Sato Kenji, said the race was decided by factions.")
    assert "Sato Kenji" in persons(facts)


def test_a_name_given_an_office_with_as(extract):
    facts = extract("Delegates welcomed the election of Sato Kenji as the new Heritage Party president.")
    assert "Sato Kenji" in persons(facts)


def test_a_title_after_a_media_noun_is_no_person(extract):
    facts = extract("Mara Quill said so on Monday, the newspaper Il Corriere reports.")
    assert persons(facts) == {"Mara Quill"}
