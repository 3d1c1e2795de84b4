"""What a statement is about: named targets, and the names that are only its setting or a qualifier."""


def about(facts: dict, speaker: str) -> set[str]:
    return {t for s in facts["statements"] if s["speaker"] == speaker for t in s["about"]}


def test_a_named_party_is_a_target(extract):
    facts = extract("Senator Ilse Varga said the Heritage Party had wrecked the bus network.")
    assert about(facts, "Ilse Varga") == {"Heritage Party"}


def test_the_place_where_something_happens_is_no_target(extract):
    facts = extract("Senator Ilse Varga said the Heritage Party had closed three clinics in Manchester.")
    assert about(facts, "Ilse Varga") == {"Heritage Party"}


def test_a_name_that_only_qualifies_a_noun_is_no_target(extract):
    facts = extract("Mayor Dov Arlen said the Portland agreement on fares had to be rewritten.")
    assert about(facts, "Dov Arlen") == set()


def test_the_government_is_the_sitting_government_of_the_country(extract):
    text = "Dublin hospitals are full.\nSinn Féin spokeswoman Ilse Varga said the Government had broken its promise."
    facts = extract(text)
    assert about(facts, "Ilse Varga") == {"Irish Government"}
    assert {o["name"] for o in facts["others"]} == {"Irish Government"}


def test_a_city_merely_mentioned_is_not_an_organisation(extract):
    facts = extract("Speaking in Manchester, Senator Ilse Varga said the Heritage Party had failed.")
    assert facts["others"] == []


def test_its_after_a_subject_is_that_subject(extract):
    text = "Hospital queues grew in Cork.\nSinn Féin spokeswoman Ilse Varga said the Government had broken its promise."
    assert about(extract(text), "Ilse Varga") == {"Irish Government"}


def test_a_pronoun_object_of_an_accusation_is_a_target(extract):
    text = "Mayor Dov Arlen defended the tram budget.\nSenator Ola Ferris accused him of hiding the true costs."
    assert about(extract(text), "Ola Ferris") == {"Dov Arlen"}


def test_a_party_qualifying_a_role_phrase_is_not_itself_the_target(extract):
    text = (
        "Heritage Party leader Tomas Brindle toured the port.\n"
        "Senator Ilse Varga accused the Heritage leader of making empty promises."
    )
    assert about(extract(text), "Ilse Varga") == {"Tomas Brindle"}


def test_this_country_is_no_target(extract):
    facts = extract("Senator Ilse Varga said the Heritage Party would be very bad for this country.")
    assert about(facts, "Ilse Varga") == {"Heritage Party"}


def test_he_in_reported_words_is_the_speaker_not_a_target(extract):
    text = (
        'Mayor Dov Arlen mocked the senator.\nSenator Ilse Varga hit back, telling supporters she was "ready to serve".'
    )
    assert about(extract(text), "Ilse Varga") == set()


def test_a_party_speaking_about_itself_by_name_is_a_target(extract):
    facts = extract("The Heritage Party said the Heritage Party would win every seat in the north.")
    assert about(facts, "Heritage Party") == {"Heritage Party"}


def test_a_named_measure_is_no_target(extract):
    facts = extract("Senator Ilse Varga said the Heritage Party would scrap the Family Tax Credit.")
    assert about(facts, "Ilse Varga") == {"Heritage Party"}


def test_a_named_programme_or_event_is_no_target(extract):
    text = (
        "Councillor Nia Oduya said the Heritage Party had turned the Youth Jobs Programme into a scandal.\n"
        "Senator Ilse Varga said the Heritage Party had been humiliated during Question Time."
    )
    facts = extract(text)
    assert about(facts, "Nia Oduya") == {"Heritage Party"}
    assert about(facts, "Ilse Varga") == {"Heritage Party"}


def test_the_acronym_of_a_measure_is_no_target(extract):
    text = (
        "Mayor Dov Arlen said a land value tax (LVT) would hit farmers.\n"
        "Senator Ola Ferris said the LVT was the fairest option on the table."
    )
    assert about(extract(text), "Ola Ferris") == set()


def test_the_state_in_secretary_of_state_is_no_target(extract):
    facts = extract("Senator Ilse Varga said the Heritage Party had ignored the Secretary of State for Health.")
    assert "State for Health" not in about(facts, "Ilse Varga")


def test_a_named_organisation_is_still_a_target(extract):
    facts = extract("Senator Ilse Varga said the Harbour Commission had wasted millions on consultants.")
    assert about(facts, "Ilse Varga") == {"Harbour Commission"}


def test_we_of_a_speaker_is_no_target(extract):
    facts = extract('Professor Ada Lin, an economist, said: "We need far more data before anyone can judge."')
    assert about(facts, "Ada Lin") == set()


def test_us_as_an_object_is_no_target(extract):
    text = 'Heritage Party leader Tomas Brindle said: "The Civic Alliance has failed. Voters told us they want change."'
    assert about(extract(text), "Tomas Brindle") == {"Civic Alliance"}


def test_the_opposition_is_the_party_of_the_shadow_ministers(extract):
    text = (
        "Heritage Party shadow treasurer Nia Oduya unveiled a housing plan.\n"
        "Treasurer Dov Arlen said the Opposition's plan would wreck the budget."
    )
    assert about(extract(text), "Dov Arlen") == {"Heritage Party"}


def test_the_opposition_with_no_known_opposition_party_is_no_target(extract):
    facts = extract("Treasurer Dov Arlen said the Opposition's plan would wreck the budget.")
    assert about(facts, "Dov Arlen") == set()


def test_staying_in_opposition_names_no_one(extract):
    text = (
        "Heritage Party shadow treasurer Nia Oduya unveiled a housing plan.\n"
        "Senator Ola Ferris said her party would stay in opposition and vote case by case."
    )
    assert about(extract(text), "Ola Ferris") == set()


def test_a_chamber_as_a_destination_or_venue_is_no_target(extract):
    text = (
        "Senator Ilse Varga said voters would return the Heritage Party to Parliament.\n"
        "Mayor Dov Arlen said the Heritage Party had blocked the bill in the Senate."
    )
    facts = extract(text)
    assert about(facts, "Ilse Varga") == {"Heritage Party"}
    assert about(facts, "Dov Arlen") == {"Heritage Party"}


def test_a_chamber_that_is_attacked_is_a_target(extract):
    facts = extract("Senator Ilse Varga said the Heritage Party had shown contempt for Parliament.")
    assert about(facts, "Ilse Varga") == {"Heritage Party", "Parliament"}


def test_a_persons_party_is_that_persons_party(extract):
    text = (
        "Civic Alliance leader Dov Arlen spoke in Leeds.\n"
        'Heritage Party MP Nia Oduya said: "The only party with uncosted promises is Dov Arlen\'s party."'
    )
    assert "Civic Alliance" in about(extract(text), "Nia Oduya")


def test_they_after_an_attack_are_the_ones_attacked(extract):
    text = "Heritage Party leader Tomas Brindle mocked the Civic Alliance and Mayor Dov Arlen, saying they had no plan."
    facts = extract(text)
    said = [s for s in facts["statements"] if s["text"].startswith("they")]
    assert said and set(said[0]["about"]) == {"Civic Alliance", "Dov Arlen"}


def test_his_after_an_attack_on_a_role_is_its_holder(extract):
    text = (
        "Mayor Dov Arlen spoke first.\n"
        "Senator Tomas Brindle launched a fierce attack on the mayor, claiming there was a pattern of waste "
        "running through his administration."
    )
    assert about(extract(text), "Tomas Brindle") == {"Dov Arlen"}


def test_he_after_praise_is_still_the_speaker(extract):
    facts = extract("Senator Tomas Brindle praised Mayor Dov Arlen, saying he would vote for the budget.")
    said = [s for s in facts["statements"] if s["text"].startswith("he would")]
    assert said and said[0]["about"] == []


def test_the_ruling_party_is_the_party_the_article_calls_ruling(extract):
    text = (
        "Voters in Lagos turned out early for the country's ruling Heritage Party and the opposition Civic Alliance.\n"
        "Civic Alliance spokesman Femi Adeyemo said the ruling party was buying votes in the north."
    )
    assert about(extract(text), "Femi Adeyemo") == {"Heritage Party"}


def test_the_ruling_party_unknown_or_ambiguous_is_no_target(extract):
    assert about(extract("Senator Ada Obi said the ruling party was buying votes."), "Ada Obi") == set()
    text = (
        "Voters backed the ruling Heritage Party and the governing Civic Alliance in two states.\n"
        "Senator Ada Obi said the ruling party was buying votes in the north."
    )
    assert about(extract(text), "Ada Obi") == set()


def test_the_party_after_a_party_named_in_the_sentence_is_that_party(extract):
    text = "Heritage Party MP Nia Oduya said the Civic Alliance had lost its way and the party would pay at the polls."
    assert about(extract(text), "Nia Oduya") == {"Civic Alliance"}


def test_the_party_with_no_other_party_named_is_the_speakers(extract):
    text = "Civic Alliance leader Dov Arlen spoke.\nHeritage Party MP Nia Oduya said the party would win the seat."
    assert about(extract(text), "Nia Oduya") == {"Heritage Party"}


def test_his_party_after_naming_another_man_is_that_mans_party(extract):
    text = (
        "Civic Alliance leader Daniel Arlen spoke in Leeds.\n"
        "Heritage Party MP Thomas Brindle said Mr Arlen had broken the rules "
        "and senior members of his party faced charges."
    )
    assert about(extract(text), "Thomas Brindle") == {"Daniel Arlen", "Civic Alliance"}


def test_her_party_of_a_woman_speaking_about_a_man_is_her_own(extract):
    text = (
        "Civic Alliance leader Daniel Arlen spoke in Leeds.\n"
        "Heritage Party MP Nia Oduya said Mr Arlen had broken the rules and her party would make him pay."
    )
    assert about(extract(text), "Nia Oduya") == {"Daniel Arlen", "Heritage Party"}


def test_him_in_an_accusation_after_an_attack_is_the_one_attacked(extract):
    text = (
        "Mayor Piers Holt opened the debate.\n"
        "Senator Thomas Brindle launched an attack on Heritage Party leader Daniel Arlen, "
        "accusing him of hiding the costs."
    )
    assert about(extract(text), "Thomas Brindle") == {"Daniel Arlen"}


def test_a_quotation_said_of_someone_is_about_them(extract):
    facts = extract('"It is a disgrace," Senator Ilse Varga said of Mayor Dov Arlen\'s conduct.')
    assert about(facts, "Ilse Varga") == {"Dov Arlen"}


def test_the_question_a_quotation_answers_gives_its_target(extract):
    text = (
        "Mayor Dov Arlen is standing again.\n"
        '"It would be a disaster for the city," Senator Ilse Varga said, when asked whether Mr Arlen could win.'
    )
    assert about(extract(text), "Ilse Varga") == {"Dov Arlen"}


def test_speaking_about_and_referring_to_give_the_target(extract):
    text = (
        "Speaking about the Civic Alliance manifesto, Senator Ilse Varga said it was a fantasy.\n"
        "In a reference to Mayor Dov Arlen, Senator Ola Ferris said some leaders had forgotten the poor."
    )
    facts = extract(text)
    assert about(facts, "Ilse Varga") == {"Civic Alliance"}
    assert about(facts, "Ola Ferris") == {"Dov Arlen"}


def test_the_audience_of_a_speech_is_no_target(extract):
    facts = extract("Speaking to the Harbour Commission, Senator Ilse Varga said rents were far too high.")
    assert about(facts, "Ilse Varga") == set()


def test_its_after_slamming_a_party_is_that_party(extract):
    text = "Opposition leader Rahul Mehra slammed the ruling Unity Party, saying its leaders had betrayed farmers."
    facts = extract(text)
    said = [s for s in facts["statements"] if s["text"].startswith("its")]
    assert said and said[0]["about"] == ["Unity Party"]


def test_who_asked_the_question_is_no_target(extract):
    text = (
        "Responding to questions from the BBC, Senator Ilse Varga said rents were too high.\n"
        "Asked about the Civic Alliance's plans on Sky News, Senator Ola Ferris said they would fail."
    )
    facts = extract(text)
    assert about(facts, "Ilse Varga") == set()
    assert about(facts, "Ola Ferris") == {"Civic Alliance"}


def test_the_opposition_in_lower_case_as_owner_is_that_party(extract):
    text = (
        "Heritage Party shadow treasurer Nia Oduya unveiled a housing plan.\n"
        "Treasurer Dov Arlen said the opposition's plan would wreck the budget."
    )
    assert about(extract(text), "Dov Arlen") == {"Heritage Party"}


def test_the_government_is_the_governing_party_the_article_names(extract):
    text = (
        "The Heritage Party government unveiled its budget on Monday.\n"
        "Civic Alliance leader Nora Fell said this administration had failed working families."
    )
    assert about(extract(text), "Nora Fell") == {"Heritage Party"}


def test_the_coalition_is_the_party_leading_it(extract):
    text = (
        "The Heritage Party-led coalition announced a housing plan.\n"
        "Civic Alliance leader Nora Fell said the coalition had failed renters."
    )
    assert about(extract(text), "Nora Fell") == {"Heritage Party"}


def test_the_government_stays_unresolved_without_one_governing_party(extract):
    text = "Civic Alliance leader Nora Fell said the government had failed working families."
    assert about(extract(text), "Nora Fell") == set()
    text = (
        "The Heritage Party government fell in 2019.\n"
        "Civic Alliance leader Nora Fell said the next government would face hard choices."
    )
    assert about(extract(text), "Nora Fell") == set()


def test_amounts_and_acronyms_of_taxes_are_no_targets(extract):
    facts = extract("Civic Alliance spokesperson Nora Fell said the GST should be cut and ATM fees capped.")
    assert about(facts, "Nora Fell") == set()
    facts = extract("Civic Alliance leader Nora Fell said $5 billion was wasted by the Heritage Party.")
    assert about(facts, "Nora Fell") == {"Heritage Party"}


def test_the_province_is_the_one_province_the_article_names(extract):
    text = (
        "The Heritage Party government in Alberta raised fuel taxes.\n"
        "Civic Alliance critic Nora Fell said the province had wasted money on consultants."
    )
    assert about(extract(text), "Nora Fell") == {"Alberta"}
    text = (
        "Fuel taxes rose in Alberta and Ontario.\n"
        "Civic Alliance critic Nora Fell said the province had wasted money on consultants."
    )
    assert about(extract(text), "Nora Fell") == set()


def test_the_ruling_party_is_the_party_of_the_sitting_government(extract):
    text = (
        "The Heritage Party government announced new power cuts.\n"
        "Civic Alliance leader Nora Fell said the ruling party had looted the state."
    )
    assert about(extract(text), "Nora Fell") == {"Heritage Party"}


def test_a_name_with_a_number_is_still_a_target(extract):
    facts = extract("Civic Alliance leader Nora Fell accused Channel 4 of bias against her party.")
    assert "Channel 4" in about(facts, "Nora Fell")
