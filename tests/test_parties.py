"""Party names: aliases to official names, read in the article's country."""


def names(facts: dict) -> set[str]:
    return {p["name"] for p in facts["parties"]}


def test_tories_are_the_conservative_party(extract):
    facts = extract("The Tories lost two seats in Westminster by-elections.")
    assert names(facts) == {"Conservative Party"}


def test_labor_in_australia(extract):
    facts = extract("Labor and the Liberals traded blows in Canberra over energy prices.")
    assert names(facts) == {"Australian Labor Party", "Liberal Party of Australia"}


def test_labour_in_new_zealand(extract):
    facts = extract(
        "Labour and National clashed in Wellington over tax.", url="https://www.nzherald.co.nz/nz/politics/x"
    )
    assert names(facts) == {"New Zealand Labour Party", "New Zealand National Party"}


def test_national_is_a_word_outside_new_zealand(extract):
    facts = extract("Labour wants to cut National Insurance, the shadow chancellor said in London.")
    assert names(facts) == {"Labour Party"}


def test_brexit_is_not_a_person(extract):
    facts = extract("Brexit has changed British politics, Labour's Helen Marsh said.")
    assert "Brexit" not in {p["name"] for p in facts["persons"]}


def test_a_party_nobody_listed_is_known_by_its_form(extract):
    facts = extract(
        "Mara Quill, the leader of the Heritage Party, said the tax was unfair. "
        "The Northern Renewal Alliance won six seats."
    )
    assert names(facts) == {"Heritage Party", "Northern Renewal Alliance"}
    assert not {"Heritage Party", "Northern Renewal Alliance"} & {o["name"] for o in facts["others"]}
    assert ("Mara Quill", "Heritage Party") in {(m["person"], m["party"]) for m in facts["memberships"]}


def test_party_of_a_cause_is_a_party(extract):
    facts = extract("The Party of Civic Renewal said on Monday that the vote had been rigged.")
    assert names(facts) == {"Party of Civic Renewal"}


def test_a_sports_league_is_no_party(extract):
    facts = extract("The Northern Football League said the season would start in August.")
    assert names(facts) == set()


def test_party_written_with_a_lower_case_party(extract):
    facts = extract("Mara Quill attacked the Scottish National party on Monday.")
    assert names(facts) == {"Scottish National Party"}


def test_an_unknown_name_before_a_party_office_is_a_party(extract):
    facts = extract("Mara Quill spoke in Leeds. The Renewal leader said the tax was unfair.")
    assert names(facts) == {"Renewal"}


def test_a_short_form_joins_the_full_party_name(extract):
    facts = extract("The Heritage Party won six seats. The Heritage leader, Mara Quill, said voters had spoken.")
    assert names(facts) == {"Heritage Party"}


def test_institutions_before_an_office_are_no_parties(extract):
    facts = extract("The Senate leader said no on Monday, and the House leader agreed.")
    assert names(facts) == set()


def test_a_curly_apostrophe_in_a_party_name(extract):
    facts = extract("Candidates from the opposition People\u2019s Democratic Party traded accusations in Abuja.")
    assert names(facts) == {"Peoples Democratic Party"}


def test_a_description_right_after_a_party_name_is_no_second_party(extract):
    facts = extract("Mara Quill accused the VVD Liberal party of cosying up to the PVV in The Hague.")
    assert "Liberal Party of Canada" not in names(facts)


def test_a_weak_name_is_no_party_outside_its_country(extract):
    facts = extract("The Coalition government in London cut spending, Conservative ministers said.")
    assert names(facts) == {"Conservative Party"}


def test_a_party_name_the_model_took_for_a_person(extract):
    facts = extract("Mr Wren said the plan would cost billions.", title="PM Tobias Wren slams Civic Front plan")
    assert names(facts) == {"Civic Front"}
    assert "Civic Front" not in {p["name"] for p in facts["persons"]}


def test_a_party_opening_with_a_party_word_holds_a_listed_name(extract):
    facts = extract(
        "The Movement for Democratic Renewal said the vote was rigged. "
        "Tobias Wren of the Alliance for Civic Change disagreed."
    )
    assert names(facts) == {"Movement for Democratic Renewal", "Alliance for Civic Change"}
    assert ("Tobias Wren", "Alliance for Civic Change") in {(m["person"], m["party"]) for m in facts["memberships"]}
