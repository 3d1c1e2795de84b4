"""Memberships from a party's own offices and choices: 'whose leader X', 'Their spokesman, X,', 'the party
named X as its candidate'."""

from conftest import members


def test_whose_office_after_a_party(extract):
    facts = extract("The Scottish Greens, whose co-leader Ewan Tulloch was a minister until May, attacked the budget.")
    assert ("Ewan Tulloch", "Scottish Greens") in members(facts)


def test_their_spokesman_after_a_party_subject(extract):
    text = "The Heritage Party opposes the toll.\nTheir transport spokesman, Colm Ardagh, said it would hurt commuters."
    assert ("Colm Ardagh", "Heritage Party") in members(extract(text))


def test_its_president_in_the_next_sentence(extract):
    text = "The Civic Alliance held its conference in Derby. Its president, Sarah Breen, told delegates to get ready."
    assert ("Sarah Breen", "Civic Alliance") in members(extract(text))


def test_the_partys_deputy_president(extract):
    text = (
        "The Economic Freedom Fighters marched in Pretoria on Friday. "
        "The party's deputy president, Lerato Mokoena, addressed the crowd."
    )
    assert ("Lerato Mokoena", "Economic Freedom Fighters") in members(extract(text))


def test_office_of_a_party_with_its_acronym(extract):
    facts = extract("The spokesman of the Peoples Democratic Party (PDP), Tobi Adeyemi, said the count was flawed.")
    assert ("Tobi Adeyemi", "Peoples Democratic Party") in members(facts)


def test_candidate_of_a_party_in_an_election(extract):
    text = "The candidate of the Heritage Party in the Derby mayoral election, Peter Brandt, promised cheaper buses."
    assert ("Peter Brandt", "Heritage Party") in members(extract(text))


def test_their_leader_after_a_union_is_no_party(extract):
    text = "The transport unions held a strike on Monday. Their leader, Colm Ardagh, said talks had failed."
    assert not members(extract(text))


def test_former_treasurer_keeps_no_membership(extract):
    text = "The Heritage Party elected a new leader. The party's former treasurer, Colm Ardagh, backed her rival."
    assert ("Colm Ardagh", "Heritage Party") not in members(extract(text))


def test_its_president_after_a_union_subject(extract):
    text = (
        "The Heritage Party's plan was attacked by the Farmers' Union. "
        "Its president, Colm Ardagh, said it would hurt farmers."
    )
    assert ("Colm Ardagh", "Heritage Party") not in members(extract(text))


def test_critic_of_a_party_is_no_member(extract):
    facts = extract("A fierce critic of the Heritage Party, Colm Ardagh, said the plan would fail.")
    assert ("Colm Ardagh", "Heritage Party") not in members(facts)


def test_party_nominates_its_candidate(extract):
    facts = extract("The Orange Democratic Movement has nominated Zawadi Njeri as its candidate for the Senate seat.")
    assert ("Zawadi Njeri", "Orange Democratic Movement") in members(facts)


def test_party_selects_someone_to_fight_a_seat(extract):
    facts = extract("The Heritage Party has picked Peter Brandt to contest the Derby North seat.")
    assert ("Peter Brandt", "Heritage Party") in members(facts)


def test_party_fields_two_people(extract):
    facts = extract("The Civic Alliance will field Peter Brandt and Sarah Breen in the two by-elections.")
    assert {("Peter Brandt", "Civic Alliance"), ("Sarah Breen", "Civic Alliance")} <= members(facts)


def test_one_of_its_candidates_and_a_new_leader(extract):
    text = (
        "The Civic Alliance has unveiled Peter Brandt, a 38-year-old lawyer, as one of its candidates for Derby.\n"
        "The Heritage Party elected Sarah Breen as its new leader on Tuesday."
    )
    assert {("Peter Brandt", "Civic Alliance"), ("Sarah Breen", "Heritage Party")} <= members(extract(text))


def test_suspended_by_the_party(extract):
    facts = extract("Colm Ardagh was suspended by the Heritage Party after the row over expenses.")
    assert ("Colm Ardagh", "Heritage Party") in members(facts)


def test_choices_that_are_no_membership(extract):
    text = (
        "The Heritage Party has endorsed Peter Brandt, the independent candidate for mayor.\n"
        "The Heritage Party named Sarah Breen as the worst minister of the decade.\n"
        "The Heritage Party presented Colm Ardagh with an award for public service.\n"
        "The Heritage Party did not select Tobi Adeyemi for the seat."
    )
    assert not members(extract(text))


def test_one_of_a_partys_mps(extract):
    facts = extract("Norah Ong, one of the Heritage Party's MPs for Derby, raised the matter in Parliament.")
    assert ("Norah Ong", "Heritage Party") in members(facts)


def test_one_of_a_partys_critics_or_former_mps_is_no_member(extract):
    text = (
        "Norah Ong, one of the Heritage Party's fiercest critics, raised the matter.\n"
        "Tom Reed, one of the Civic Alliance's former MPs, spoke next."
    )
    assert not members(extract(text))


def test_the_partys_office_after_a_quotation_naming_the_party(extract):
    text = (
        '"The Heritage Party will introduce a bill for a referendum on the port," '
        "the party's Westminster leader, Callum Brodie, said."
    )
    assert ("Callum Brodie", "Heritage Party") in members(extract(text))


def test_party_spokesman_after_a_quotation_naming_the_party(extract):
    text = '"The Civic Alliance will hold local elections within 90 days," party spokesman Raza Haider said.'
    facts = extract(text)
    assert ("Raza Haider", "Civic Alliance") in members(facts)
    assert ("Civic Alliance", "hold local elections within 90 days") in {
        (p["party"], p["policy"]) for p in facts["policies"]
    }


def test_a_quotation_naming_two_parties_gives_none(extract):
    text = '"The Civic Alliance and the Heritage Party will lose," party spokesman Raza Haider said.'
    assert not members(extract(text))


def test_addressing_a_partys_conference(extract):
    text = (
        "Addressing delegates at the Heritage Party's autumn conference in Derby, Peter Brandt said the mayor was "
        "timid.\n"
        "Mara Quill told the Civic Alliance conference in Leeds that the party was ready to govern.\n"
        "Tom Reed, speaking at the Green Party's annual congress, attacked the government."
    )
    assert {
        ("Peter Brandt", "Heritage Party"),
        ("Mara Quill", "Civic Alliance"),
        ("Tom Reed", "Green Party"),
    } <= members(extract(text))


def test_near_a_conference_is_not_at_it(extract):
    text = (
        "Tom Reed did not address the Heritage Party conference.\n"
        "Mara Quill criticised the Heritage Party conference from the sidelines.\n"
        "Peter Brandt told reporters outside the Heritage Party conference that the leader should resign."
    )
    assert not members(extract(text))


def test_office_in_a_relative_clause_on_the_party(extract):
    text = (
        "The Heritage Party held its conference in Derby. The party, of which Mr Tom Reed is honorary president, "
        "has vowed to stand candidates everywhere.\n"
        "The Civic Alliance, which Mara Quill founded in 2019, won three seats."
    )
    assert {("Tom Reed", "Heritage Party"), ("Mara Quill", "Civic Alliance")} <= members(extract(text))


def test_relative_clauses_that_give_no_membership(extract):
    text = (
        "The Heritage Party, of which Mara Quill is not a member, lost the vote.\n"
        "The council, of which Tom Reed is chairman, met on Monday.\n"
        "The Civic Alliance, which Peter Brandt criticised, lost the vote."
    )
    assert not members(extract(text))


def test_informal_office_title_and_a_party_in_brackets(extract):
    text = (
        "Civic Alliance boss Mara Quill promised to scrap the bedroom tax.\n"
        "Tom Reed (Heritage Party) said the plan was costed.\n"
        "Peter Brandt (Green Party, Derby North) backed it."
    )
    assert {("Mara Quill", "Civic Alliance"), ("Tom Reed", "Heritage Party"), ("Peter Brandt", "Green Party")} <= (
        members(extract(text))
    )


def test_a_place_in_brackets_is_no_party(extract):
    assert not members(extract("Tom Reed (Derby North) spoke in the debate."))


def test_gaining_a_party_office_or_candidacy(extract):
    text = (
        "Tom Reed became leader of the Heritage Party in 2019.\n"
        "Mara Quill won the Civic Alliance leadership in a landslide.\n"
        "Peter Brandt took over as leader of the Green Party in March.\n"
        "Sarah Breen, 54, is contesting the seat on a Labour Party ticket."
    )
    assert {
        ("Tom Reed", "Heritage Party"),
        ("Mara Quill", "Civic Alliance"),
        ("Peter Brandt", "Green Party"),
        ("Sarah Breen", "Labour Party"),
    } <= members(extract(text))


def test_no_office_gained(extract):
    text = (
        "Tom Reed became a fierce critic of the Heritage Party.\n"
        "Mara Quill won the seat from the Civic Alliance.\n"
        "Peter Brandt did not win the Green Party leadership.\n"
        "Sarah Breen became leader of the council after the Labour Party lost."
    )
    assert not members(extract(text))


def test_a_lede_names_its_speaker_one_paragraph_late(extract):
    text = (
        "The Civic Alliance has promised to abolish road tolls, the coalition's state chairman said on Saturday.\n"
        "Speaking to reporters in Derby, Tom Reed said the party would also cut water bills."
    )
    facts = extract(text)
    assert ("Tom Reed", "Civic Alliance") in members(facts)
    assert ("Civic Alliance", "cut water bills") in {(p["party"], p["policy"]) for p in facts["policies"]}


def test_a_lede_followed_by_someone_else(extract):
    text = (
        "The Heritage Party will scrap tuition fees, its leader said on Monday.\n"
        "But Tom Reed said the plan was unaffordable.\n"
        "The Heritage Party will scrap bus fares, its leader said on Tuesday.\n"
        "Economist Mara Quill said the plan was unaffordable."
    )
    assert not members(extract(text))
