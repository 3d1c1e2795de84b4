"""Roles and memberships: titles before names, appositions, party tags, possessives."""

from conftest import members, roles


def test_title_before_name(extract):
    facts = extract("Shadow chancellor Gemma Hollis said the budget was a mistake.")
    assert any(r[:2] == ("Gemma Hollis", "shadow chancellor") for r in roles(facts))


def test_party_in_title_gives_role_party_and_membership(extract):
    facts = extract("Labour leader Sir Tom Ashby visited a hospital in Leeds.")
    assert ("Tom Ashby", "leader", "Labour Party") in roles(facts)
    assert ("Tom Ashby", "Labour Party") in members(facts)


def test_role_in_apposition(extract):
    facts = extract("Callum Rudd, the Reform UK leader, told supporters in Dover that the party would win.")
    assert ("Callum Rudd", "leader", "Reform UK") in roles(facts)
    assert ("Callum Rudd", "Reform UK") in members(facts)


def test_us_party_state_tag(extract):
    facts = extract("Rep. Jim Jordan, R-Ohio, said the inquiry would continue next week.")
    assert ("Jim Jordan", "representative", "Republican Party") in roles(facts)
    assert ("Jim Jordan", "Republican Party") in members(facts)


def test_two_roles_joined_by_and(extract):
    facts = extract("The debate pitted Tánaiste and Labour leader Niamh Doyle against her rivals in Dublin.")
    assert {("Niamh Doyle", "tánaiste", "Labour Party"), ("Niamh Doyle", "leader", "Labour Party")} <= roles(facts)


def test_possessive_party_gives_membership(extract):
    facts = extract("Labour's Helen Marsh said the plan was unfair to renters in London.")
    assert ("Helen Marsh", "Labour Party") in members(facts)


def test_government_post_without_party(extract):
    facts = extract("Home Secretary Alan Burke said the new border rules would start in May.")
    assert ("Alan Burke", "home secretary", None) in roles(facts)
    assert not members(facts)


def test_shadow_minister_belongs_to_the_party_of_the_article(extract):
    text = (
        "Labour would scrap the tax, party sources said.\n"
        "Shadow transport secretary Ellen Price said Labour would act quickly."
    )
    facts = extract(text)
    assert ("Ellen Price", "Labour Party") in members(facts)


def test_role_phrase_refers_back_to_the_last_main_speaker(extract):
    text = "Sir Tom Ashby said the figures were wrong.\nThe Labour leader later met nurses in Leeds."
    facts = extract(text)
    assert ("Tom Ashby", "leader", "Labour Party") in roles(facts)
    assert ("Tom Ashby", "Labour Party") in members(facts)


def test_chair_in_relative_clause_after_party_tag(extract):
    facts = extract("Sen. Ann Rowe, D-Vt., who chairs the Senate Budget Committee, said the deal was close.")
    assert any(r[0] == "Ann Rowe" and r[1].startswith("chair of") for r in roles(facts))
    assert ("Ann Rowe", "Democratic Party") in members(facts)


def test_hyphenated_titles(extract):
    facts = extract("ANC secretary-general Sipho Dlamini said in Johannesburg that the party would recover.")
    assert ("Sipho Dlamini", "secretary-general", "African National Congress") in roles(facts)


def test_role_phrase_then_name_in_apposition(extract):
    facts = extract("The Sinn Féin leader, Orla Keane, said in Dublin that the party was ready to govern.")
    assert ("Orla Keane", "leader", "Sinn Féin") in roles(facts)


def test_party_known_only_from_a_state_tag_is_listed(extract):
    facts = extract("Sen. Dana Ruiz (D-Calif.) said the bill would pass.")
    assert {p["name"] for p in facts["parties"]} == {"Democratic Party"}


def test_a_role_phrase_in_someone_elses_statement_is_a_third_person(extract):
    facts = extract("Nora Hale spoke in Bristol on Friday. Ms Hale said the Green leader had failed.")
    assert not [r for r in facts["roles"] if r["person"] == "Nora Hale"]


def test_a_role_phrase_in_a_rivals_statement_still_finds_its_holder(extract):
    facts = extract(
        "Ilse Varga of the Liberal Democrats spoke after Tobias Wren, a Conservative, left. "
        "Ms Varga said the Conservative leader had failed."
    )
    assert not [r for r in facts["roles"] if r["person"] == "Ilse Varga"]


def test_a_role_given_with_as_after_the_name(extract):
    facts = extract("Delegates cheered the election of Mara Quill as the new Heritage Party leader on Sunday.")
    assert ("Mara Quill", "leader", "Heritage Party") in roles(facts)


def test_a_bare_role_in_apposition(extract):
    facts = extract(
        "Mara Quill, leader of the Heritage Party, said the tax was unfair. "
        "Tobias Wren, spokesman for the Liberal Democrats, agreed."
    )
    assert ("Mara Quill", "leader", "Heritage Party") in roles(facts)
    assert ("Tobias Wren", "spokesman", "Liberal Democrats") in roles(facts)


def test_a_party_in_brackets_after_a_role_in_apposition(extract):
    facts = extract("Ilse Varga, leader of the opposition group (SPD), said the budget was too small.")
    assert ("Ilse Varga", "Social Democratic Party of Germany") in members(facts)


def test_succeeding_someone_as_a_countrys_office_holder(extract):
    facts = extract("The man who hopes to succeed Mara Quill as Scotland's first minister has launched an attack.")
    assert any(r["person"] == "Mara Quill" and r["role"].endswith("first minister") for r in facts["roles"])


def test_a_role_of_a_party_written_before_the_name_and_a_comma(extract):
    facts = extract("The leader of the Heritage Party, Mara Quill, said the vote was rigged.")
    assert ("Mara Quill", "leader", "Heritage Party") in roles(facts)


def test_a_party_before_a_comma_without_a_role_ties_no_one(extract):
    facts = extract("In the Heritage Party, Mara Quill is popular with younger voters.")
    assert not facts["memberships"] and not facts["roles"]


def test_a_plural_title_before_two_names(extract):
    facts = extract("The seats are held by Labour MPs Mara Quill and Tobias Wren.")
    assert {("Mara Quill", "mp", "Labour Party"), ("Tobias Wren", "mp", "Labour Party")} <= roles(facts)


def test_a_singular_title_belongs_to_the_first_name_only(extract):
    facts = extract("Labour leader Mara Quill and Tobias Wren met on Monday.")
    assert {r["person"] for r in facts["roles"]} == {"Mara Quill"}


def test_a_ministry_named_with_and_is_one_role(extract):
    facts = extract("Minister of State for Trade and Development Helen Marsh said the talks had failed.")
    assert {r["role"] for r in facts["roles"] if r["person"] == "Helen Marsh"} == {
        "minister of state for trade and development"
    }


def test_two_titles_joined_by_and_are_two_roles(extract):
    facts = extract("Heritage Party stalwart and foreign minister Ilse Varga accused the government.")
    assert {
        ("Ilse Varga", "stalwart", "Heritage Party"),
        ("Ilse Varga", "foreign minister", "Heritage Party"),
    } <= roles(facts)


def test_who_leads_a_party(extract):
    facts = extract("Mara Quill, who leads the Heritage Party, said the vote was rigged.")
    assert ("Mara Quill", "leader", "Heritage Party") in roles(facts)


def test_the_partys_deputy_leader(extract):
    facts = extract("Tobias Wren, the party's deputy leader, said the Heritage Party would win.")
    assert ("Tobias Wren", "deputy leader", "Heritage Party") in roles(facts)


def test_a_parliament_title_after_the_name(extract):
    facts = extract("Tobias Wren TD, the Fine Gael spokesman, said the budget was unfair.")
    assert {("Tobias Wren", "td", "Fine Gael"), ("Tobias Wren", "spokesman", "Fine Gael")} <= roles(facts)
    assert {p["name"] for p in facts["persons"]} == {"Tobias Wren"}


def test_who_holds_the_post_of(extract):
    facts = extract("Mara Quill, who holds the post of shadow home secretary, said the plan was costed.")
    assert ("Mara Quill", "shadow home secretary") in {(r["person"], r["role"]) for r in facts["roles"]}


def test_a_designated_office(extract):
    facts = extract("Critics attacked prime minister-designate Tobias Wren on Monday.")
    assert ("Tobias Wren", "prime minister-designate") in {(r["person"], r["role"]) for r in facts["roles"]}


def test_a_constituency_at_the_start_of_a_title(extract):
    facts = extract("Wolverhampton West MP Helen Marsh said the plan was costed.")
    assert ("Helen Marsh", "wolverhampton west mp") in {(r["person"], r["role"]) for r in facts["roles"]}


def test_an_age_between_the_name_and_the_role(extract):
    facts = extract("Tobias Wren, 54, the Heritage Party leader, said the tax was unfair.")
    assert ("Tobias Wren", "leader", "Heritage Party") in roles(facts)


def test_an_apposition_ends_before_and_now(extract):
    facts = extract("Mara Quill, the former Heritage Party chairwoman and now an independent, said no.")
    assert {r["role"] for r in facts["roles"]} == {"former chairwoman"}


def test_a_party_mp_for_a_constituency(extract):
    facts = extract("Helen Marsh, Heritage Party MP for Leeds North, said the bill was flawed.")
    assert ("Helen Marsh", "Heritage Party") in members(facts)
    assert {p["name"] for p in facts["persons"]} == {"Helen Marsh"}


def test_a_former_office_does_not_keep_its_holder_from_a_current_one(extract):
    facts = extract(
        "Former Prime Minister Dara Venn attacked the government on Monday. "
        "The Heritage Party leader said the charges were political."
    )
    assert ("Dara Venn", "leader", "Heritage Party") in roles(facts)


def test_a_shadow_office_holder_is_not_the_office_holder(extract):
    facts = extract("Shadow chancellor Tobias Wren visited Leeds on Monday. The chancellor said the plan was costed.")
    assert ("Tobias Wren", "chancellor") not in {(r["person"], r["role"]) for r in facts["roles"]}


def test_an_object_role_phrase_is_the_person_named_earlier_in_the_sentence(extract):
    facts = extract(
        "Nora Hale has said it would be very bad if Tobias Wren gained power, "
        "accusing the Heritage Party leader of making empty promises."
    )
    assert ("Tobias Wren", "leader", "Heritage Party") in roles(facts)
    assert not [r for r in facts["roles"] if r["person"] == "Nora Hale"]


def test_an_object_role_phrase_is_never_the_subject_acting_on_it(extract):
    facts = extract("Mara Quill attacked the Heritage Party leader on Monday.")
    assert not facts["roles"]


def test_a_fronted_office_of_the_subject(extract):
    facts = extract("In her first interview as party leader, Mara Quill said the tax was unfair.")
    assert ("Mara Quill", "party leader") in {(r["person"], r["role"]) for r in facts["roles"]}


def test_a_campaign_role_goes_with_an_office(extract):
    facts = extract(
        "Vice President Mara Quill held her first rally in Ohio on Tuesday. "
        "The likely Democratic nominee touted her agenda."
    )
    assert ("Mara Quill", "likely nominee", "Democratic Party") in roles(facts)


def test_a_role_phrase_of_a_party_named_after_the_office(extract):
    facts = extract("Mara Quill spoke in Arras on Sunday. The leader of the Heritage Party ripped into the president.")
    assert ("Mara Quill", "leader", "Heritage Party") in roles(facts)


def test_campaign_offices_and_a_party_opening_the_sentence(extract):
    facts = extract(
        "Civic Front deputy leader Ilse Varga said no. Tobias Wren, the campaign manager for the Civic Front, agreed."
    )
    assert {
        ("Ilse Varga", "deputy leader", "Civic Front"),
        ("Tobias Wren", "campaign manager", "Civic Front"),
    } <= roles(facts)


def test_a_flagbearer_is_a_party_candidate(extract):
    facts = extract("Kwame Asante, the NDC flagbearer, told supporters in Accra that the NPP had failed.")
    assert ("Kwame Asante", "flagbearer", "National Democratic Congress") in roles(facts)


def test_an_office_of_a_party_in_a_place_before_the_apposed_name(extract):
    facts = extract(
        "The chairman of the APC in Kano State, Musa Dangana, said the poll was rigged.\n"
        "The Tory MP for Wells, Tom Bright, disagreed.",
        url="https://punchng.com/x",
    )
    assert ("Musa Dangana", "chairman", "All Progressives Congress") in roles(facts)
