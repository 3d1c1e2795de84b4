"""Stance from support asked for or given: 'urged voters to back X', 'would campaign for X'."""


def stance_of(facts: dict, speaker: str, target: str) -> str | None:
    """The stance of the first statement by ``speaker`` that is about ``target``."""
    for s in facts["statements"]:
        if s["speaker"] == speaker and target in s["about"]:
            return s["stance"].get(target, "neutral")
    return None


def test_urging_voters_to_back_someone_supports_them(extract):
    facts = extract("Mara Quill urged voters to back Dov Arlen in the runoff.")
    assert stance_of(facts, "Mara Quill", "Dov Arlen") == "positive"


def test_calling_on_supporters_to_vote_for_a_party_supports_it(extract):
    facts = extract("Mara Quill called on supporters to vote for the Civic Alliance on Saturday.")
    assert stance_of(facts, "Mara Quill", "Civic Alliance") == "positive"


def test_campaigning_for_someone_supports_them(extract):
    facts = extract("Tomas Brindle said he would campaign for Dov Arlen in the runoff.")
    assert stance_of(facts, "Tomas Brindle", "Dov Arlen") == "positive"


def test_campaigning_against_a_party_attacks_it(extract):
    facts = extract(
        "Civic Alliance leader Mara Quill said she would campaign against the Heritage Party in every ward."
    )
    assert stance_of(facts, "Mara Quill", "Heritage Party") == "negative"


def test_urging_voters_not_to_vote_for_someone_attacks_them(extract):
    facts = extract("Mara Quill urged voters not to vote for Dov Arlen in the runoff.")
    assert stance_of(facts, "Mara Quill", "Dov Arlen") == "negative"


def test_voters_backing_someone_is_no_support_by_the_speaker(extract):
    facts = extract("Mara Quill said voters in the north would vote for Dov Arlen in the runoff.")
    assert stance_of(facts, "Mara Quill", "Dov Arlen") != "positive"


def test_working_with_a_party_backs_it(extract):
    facts = extract("Mary Quill said she would work with the Unity Party to form the next government.")
    assert stance_of(facts, "Mary Quill", "Unity Party") == "positive"


def test_refusing_to_work_with_a_party_is_no_support(extract):
    facts = extract("Mary Quill said she would never work with the Unity Party.")
    assert stance_of(facts, "Mary Quill", "Unity Party") == "negative"


def test_being_proud_to_stand_with_someone_backs_them(extract):
    facts = extract("Mary Quill said she was proud to stand alongside Tomas Brindle.")
    assert stance_of(facts, "Mary Quill", "Tomas Brindle") == "positive"


def test_others_working_with_a_party_is_no_support_by_the_speaker(extract):
    facts = extract("Mary Quill said the rebels would work with the Unity Party after the vote.")
    assert stance_of(facts, "Mary Quill", "Unity Party") != "positive"


def test_berating_someone_is_a_statement_against_them(extract):
    facts = extract("Mary Quill berated Tomas Brindle for the delays at the port.")
    assert stance_of(facts, "Mary Quill", "Tomas Brindle") == "negative"


def test_tearing_into_someone_is_a_statement_against_them(extract):
    facts = extract("Mary Quill tore into Tomas Brindle over the reforms.")
    assert stance_of(facts, "Mary Quill", "Tomas Brindle") == "negative"


def test_pouring_scorn_on_someones_plan_is_a_statement_against_them(extract):
    facts = extract("Mary Quill poured scorn on Tomas Brindle's reforms.")
    assert stance_of(facts, "Mary Quill", "Tomas Brindle") == "negative"


def test_lauding_someone_is_a_statement_for_them(extract):
    facts = extract("Mary Quill lauded Tomas Brindle for his handling of the floods.")
    assert stance_of(facts, "Mary Quill", "Tomas Brindle") == "positive"


def test_pouring_concrete_is_no_statement(extract):
    facts = extract("Workers poured concrete for the new bridge in Kisumu.")
    assert facts["statements"] == []


def test_tearing_down_a_wall_is_no_statement(extract):
    facts = extract("Mary Quill tore down the old wall at the market.")
    assert facts["statements"] == []


def test_a_party_known_only_from_the_speakers_own_words_is_their_side(extract):
    facts = extract("Tomas Brindle said a Heritage Party government under his leadership would scrap the fuel levy.")
    assert stance_of(facts, "Tomas Brindle", "Heritage Party") == "neutral"


def test_a_spokesman_defending_the_one_he_speaks_for_is_not_attacking_him(extract):
    text = (
        "President Tomas Brindle faced new claims on Monday.\n"
        "Dov Arlen, a spokesman for Brindle, said the president had done nothing wrong."
    )
    assert stance_of(extract(text), "Dov Arlen", "Tomas Brindle") == "positive"


def test_an_aide_speaking_of_the_one_she_works_for_is_on_her_side(extract):
    text = (
        "Senator Mary Quill faced new claims on Monday.\n"
        "Ola Ferris, an aide to Quill, said the senator would answer every question."
    )
    assert stance_of(extract(text), "Ola Ferris", "Mary Quill") != "negative"


def test_a_spokesman_attacking_someone_else_still_attacks(extract):
    text = (
        "President Tomas Brindle faced new claims on Monday.\n"
        "Dov Arlen, a spokesman for Mary Quill, said Brindle had lied to the country."
    )
    assert stance_of(extract(text), "Dov Arlen", "Tomas Brindle") == "negative"
