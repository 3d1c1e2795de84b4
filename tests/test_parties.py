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
    facts = extract("Labour and National clashed in Wellington over tax.",
                    url="https://www.nzherald.co.nz/nz/politics/x")
    assert names(facts) == {"New Zealand Labour Party", "New Zealand National Party"}


def test_national_is_a_word_outside_new_zealand(extract):
    facts = extract("Labour wants to cut National Insurance, the shadow chancellor said in London.")
    assert names(facts) == {"Labour Party"}


def test_brexit_is_not_a_person(extract):
    facts = extract("Brexit has changed British politics, Labour's Helen Marsh said.")
    assert "Brexit" not in {p["name"] for p in facts["persons"]}
