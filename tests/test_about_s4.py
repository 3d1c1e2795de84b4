"""What a plural pronoun in a statement stands for: the nearest party or group of people named before it."""


def about(facts: dict, speaker: str) -> set[str]:
    return {t for s in facts["statements"] if s["speaker"] == speaker for t in s["about"]}


def test_they_in_a_quotation_is_the_party_named_before(extract):
    text = 'The Heritage Party won 40 seats. Civic Alliance leader Mara Quill said: "They have broken every promise."'
    assert about(extract(text), "Mara Quill") == {"Heritage Party"}


def test_they_after_a_condition_on_a_party_is_that_party(extract):
    text = (
        'Civic Alliance leader Mara Quill said: "If the Heritage Party wants our support, they will have to earn it."'
    )
    assert about(extract(text), "Mara Quill") == {"Heritage Party"}


def test_they_after_people_named_together_is_both(extract):
    text = (
        "Dov Arlen and Ola Ferris toured the market on Friday.\n"
        'Civic Alliance leader Mara Quill said: "They have no plan for traders."'
    )
    assert about(extract(text), "Mara Quill") == {"Dov Arlen", "Ola Ferris"}


def test_they_after_voters_is_no_target(extract):
    text = 'The Heritage Party won. Civic Alliance leader Mara Quill said: "Voters have had enough. They want change."'
    assert about(extract(text), "Mara Quill") == set()


def test_they_after_a_government_is_no_party(extract):
    text = (
        "The Heritage Party lost the vote.\n"
        'Civic Alliance leader Mara Quill said: "The government will fall if they push this bill."'
    )
    assert "Heritage Party" not in about(extract(text), "Mara Quill")


def test_they_of_the_speakers_own_party_is_no_target(extract):
    text = 'The Civic Alliance won 40 seats. Civic Alliance leader Mara Quill said: "They have earned it."'
    assert about(extract(text), "Mara Quill") == set()


def test_they_in_reported_words_stays_with_the_speaker(extract):
    text = "The Heritage Party won 40 seats. Civic Alliance leader Mara Quill said they would win the next vote."
    assert about(extract(text), "Mara Quill") == set()


def test_a_party_that_only_qualifies_a_thing_is_no_antecedent(extract):
    text = (
        "The Unity Party threatened to vote down the Heritage Party budget.\n"
        'Civic Alliance leader Mara Quill said: "It is unthinkable that they would do that."'
    )
    assert about(extract(text), "Mara Quill") == {"Unity Party"}


def test_them_after_a_plural_noun_in_its_sentence_is_that_noun(extract):
    text = (
        "The Heritage Party unveiled its budget.\n"
        'Civic Alliance leader Mara Quill said: "Ministers are asking voters to trust them with their savings."'
    )
    assert about(extract(text), "Mara Quill") == set()


def test_the_larger_party_is_the_party_named_before_in_its_sentence(extract):
    text = "Mara Quill of the Civic Alliance said the Heritage Party's refusal showed the larger party wanted tax cuts."
    assert about(extract(text), "Mara Quill") == {"Heritage Party"}


def test_the_minor_party_with_none_named_before_is_the_speakers_own(extract):
    text = "Civic Alliance leader Mara Quill urged voters to back the minor party in the city seats."
    assert about(extract(text), "Mara Quill") == {"Civic Alliance"}


def test_a_new_party_is_no_target(extract):
    text = "Civic Alliance leader Mara Quill said a new party would be formed by the rebels."
    assert about(extract(text), "Mara Quill") == set()


def test_the_only_party_that_did_something_is_no_reference(extract):
    text = 'Civic Alliance leader Mara Quill said: "The only party that has made uncosted promises is theirs."'
    assert "Civic Alliance" not in about(extract(text), "Mara Quill")


def test_his_party_after_a_role_phrase_is_the_holders_party(extract):
    text = (
        "President Tomas Brindle of the Unity Party signed the bill.\n"
        "Civic Alliance leader Mary Quill said the president and his party had failed the country."
    )
    assert about(extract(text), "Mary Quill") == {"Tomas Brindle", "Unity Party"}


def test_his_party_in_a_womans_words_is_not_her_own(extract):
    text = "Civic Alliance leader Mary Quill said the president and his party had failed the country."
    assert "Civic Alliance" not in about(extract(text), "Mary Quill")


def test_her_party_in_her_own_words_is_still_her_own(extract):
    text = "Civic Alliance leader Mary Quill said her party would win the county."
    assert about(extract(text), "Mary Quill") == {"Civic Alliance"}


def test_an_acronym_given_to_a_party_is_that_party(extract):
    text = "Mary Quill said the Unity Party (UP) had failed.\nQuill said the UP had ignored farmers."
    facts = extract(text)
    for s in facts["statements"]:
        assert s["about"] == ["Unity Party"]
        assert s["stance"] == {"Unity Party": "negative"}


def test_an_acronym_of_an_organisation_is_no_party(extract):
    text = (
        "The Unity Party (UP) won the vote.\n"
        "Mary Quill said the Harbour Commission (HC) had wasted millions.\nQuill said the HC must be audited."
    )
    assert about(extract(text), "Mary Quill") == {"Harbour Commission"}


def test_the_federal_government_is_the_countrys_government(extract):
    text = "Premier Mary Quill spoke in Montreal.\nQuill said the federal government had ignored Canada's farmers."
    assert "Canadian Government" in about(extract(text), "Mary Quill")


def test_a_new_federal_government_is_not_the_sitting_one(extract):
    text = "Premier Mary Quill spoke in Montreal.\nQuill said a new federal government would help Canada's farmers."
    assert "Canadian Government" not in about(extract(text), "Mary Quill")


def test_the_two_parties_are_the_two_parties_named_before(extract):
    text = (
        "The Unity Party and the Green Front signed a pact.\n"
        "Mary Quill of the Civic Alliance said the two parties had betrayed voters."
    )
    assert about(extract(text), "Mary Quill") == {"Unity Party", "Green Front"}


def test_both_parties_in_a_place_are_no_reference(extract):
    text = (
        "The Unity Party and the Green Front signed a pact.\n"
        "Mary Quill of the Civic Alliance said both parties in the north would lose seats."
    )
    assert about(extract(text), "Mary Quill") == set()


def test_our_state_is_the_one_state_the_article_names(extract):
    text = (
        "Governor Mary Quill of Nevada spoke in Reno.\n"
        'Quill said: "We have the lowest jobless rate in the history of our state."'
    )
    assert about(extract(text), "Mary Quill") == {"Nevada"}


def test_the_state_in_an_article_naming_two_states_is_no_target(extract):
    text = (
        "Governor Mary Quill of Nevada met the governor of Oregon in Reno.\n"
        'Quill said: "We have the lowest jobless rate in the history of our state."'
    )
    assert about(extract(text), "Mary Quill") == set()


def test_the_council_is_the_one_council_the_article_names(extract):
    text = (
        "Harbourside Borough Council will set its budget next week.\n"
        "Councillor Mary Quill said the council had wasted millions on consultants."
    )
    assert about(extract(text), "Mary Quill") == {"Harbourside Borough Council"}


def test_the_council_with_two_councils_named_is_no_target(extract):
    text = (
        "Harbourside Borough Council and Fenwick District Council will merge.\n"
        "Councillor Mary Quill said the council had wasted millions on consultants."
    )
    assert about(extract(text), "Mary Quill") == set()


def test_an_acronym_given_to_an_organisation_is_that_organisation(extract):
    text = (
        "The Regional Court of Justice (RCJ) opened its hearings in Arusha.\n"
        "Mary Quill of the Civic Alliance said the RCJ had been captured by the Unity Party."
    )
    assert about(extract(text), "Mary Quill") == {"Regional Court of Justice", "Unity Party"}


def test_an_acronym_given_to_a_tax_is_no_target(extract):
    text = (
        "The Unity Party will bring in a Family Tax Credit (FTC) next year.\n"
        "Mary Quill of the Civic Alliance said the FTC would be paid for by the Unity Party's cuts."
    )
    assert "Family Tax Credit" not in about(extract(text), "Mary Quill")


def test_the_two_candidates_are_the_two_people_named_before(extract):
    text = (
        "Tomas Brindle and Ola Ferris traded insults at the debate in Abuja.\n"
        "Analyst Mary Quill said the two candidates had ignored the economy."
    )
    assert about(extract(text), "Mary Quill") == {"Tomas Brindle", "Ola Ferris"}


def test_both_men_leave_out_the_speaker(extract):
    text = "Tomas Brindle met Ola Ferris and Dov Arlen in Abuja.\nTomas Brindle said both men had let the party down."
    assert about(extract(text), "Tomas Brindle") == {"Ola Ferris", "Dov Arlen"}


def test_two_candidates_in_a_place_are_no_reference(extract):
    text = (
        "Tomas Brindle and Ola Ferris traded insults at the debate in Abuja.\n"
        "Analyst Mary Quill said the two candidates in the north had no chance."
    )
    assert about(extract(text), "Mary Quill") == set()


def test_the_main_opposition_party_is_the_party_called_the_opposition(extract):
    text = (
        "The main opposition Civic Alliance won 40 seats.\n"
        "Unity Party leader Tomas Brindle said the main opposition party had no plan."
    )
    assert about(extract(text), "Tomas Brindle") == {"Civic Alliance"}


def test_the_opposition_is_the_party_called_the_opposition(extract):
    text = (
        "The opposition Civic Alliance walked out.\nUnity Party leader Tomas Brindle said the opposition had no plan."
    )
    assert about(extract(text), "Tomas Brindle") == {"Civic Alliance"}


def test_the_opposition_party_with_none_called_so_is_no_target(extract):
    text = "Unity Party leader Tomas Brindle said the opposition party had no plan."
    assert about(extract(text), "Tomas Brindle") == set()


def test_the_government_in_a_philippine_article_is_the_philippine_government(extract):
    text = "Senator Mary Quill of the Liberal Party spoke in Manila.\nQuill said the government had lied."
    assert about(extract(text), "Mary Quill") == {"Philippine Government"}


def test_the_court_is_the_one_court_the_article_names(extract):
    text = (
        "The Regional Court of Justice will rule on Friday.\n"
        "Mary Quill of the Civic Alliance said the court had been captured by the Unity Party."
    )
    assert about(extract(text), "Mary Quill") == {"Regional Court of Justice", "Unity Party"}


def test_the_court_with_two_courts_named_is_no_target(extract):
    text = (
        "The Regional Court of Justice overruled the High Court of Lagos on Friday.\n"
        "Mary Quill of the Civic Alliance said the court had been captured by the Unity Party."
    )
    assert about(extract(text), "Mary Quill") == {"Unity Party"}


def test_it_in_the_reported_words_of_an_attack_on_a_party_is_that_party(extract):
    facts = extract("Mary Quill lashed out at the Unity Party, saying it had failed the country.")
    for s in facts["statements"]:
        assert s["about"] == ["Unity Party"]
        assert s["stance"] == {"Unity Party": "negative"}


def test_it_is_time_in_the_reported_words_stands_for_nothing(extract):
    facts = extract("Mary Quill attacked the Unity Party, saying it was time for change.")
    said = {s["text"]: s["about"] for s in facts["statements"]}
    assert said["it was time for change"] == []


def test_the_one_a_swipe_is_aimed_at_is_a_target(extract):
    facts = extract("In a swipe at the Unity Party, Mary Quill said the country needed honest leaders.")
    assert about(facts, "Mary Quill") == {"Unity Party"}


def test_a_dig_at_someone_makes_them_a_target(extract):
    facts = extract("In an apparent dig at Tomas Brindle, Mary Quill said the country needed honest leaders.")
    assert about(facts, "Mary Quill") == {"Tomas Brindle"}


def test_you_in_a_debate_quote_is_the_one_other_person_in_its_sentence(extract):
    text = '"You have not costed a single promise," Quill said as Tomas Brindle went through his plans.'
    facts = extract("Senator Mary Quill debated Tomas Brindle on Sunday.\n" + text)
    assert about(facts, "Mary Quill") == {"Tomas Brindle"}


def test_you_with_nobody_else_named_is_no_target(extract):
    facts = extract('Senator Mary Quill told the rally: "You deserve a government that listens."')
    assert about(facts, "Mary Quill") == set()


def test_you_with_two_other_people_named_is_no_target(extract):
    text = '"You have no plan," Quill said as Tomas Brindle and Dov Arlen left the stage.'
    facts = extract("Senator Mary Quill debated Tomas Brindle and Dov Arlen on Sunday.\n" + text)
    assert about(facts, "Mary Quill") == set()
