"""Memberships: every role that names a party makes its holder a member, whichever rule found the role."""

from __future__ import annotations

from conftest import members, roles


def test_a_role_phrase_resolved_late_still_gives_the_membership(extract):
    facts = extract(
        "Mara Quill spoke to reporters in Leeds on Monday. "
        "The plan would cost billions, according to the Labour leader."
    )
    assert ("Mara Quill", "leader", "Labour Party") in {(r["person"], r["role"], r["party"]) for r in facts["roles"]}
    assert ("Mara Quill", "Labour Party") in members(facts)


def test_a_title_with_a_party_gives_the_membership(extract):
    facts = extract("Labour MP Tobias Wren voted against the bill on Tuesday.")
    assert ("Tobias Wren", "Labour Party") in members(facts)


def test_parties_of_more_countries_are_known(extract):
    facts = extract(
        "Abuja - The All Progressives Congress candidate, Dara Venn, addressed supporters in Lagos. "
        "Likud and Yesh Atid traded blame in Jerusalem."
    )
    names = {p["name"] for p in facts["parties"]}
    assert {"All Progressives Congress", "Likud", "Yesh Atid"} <= names
    assert ("Dara Venn", "All Progressives Congress") in members(facts)


def test_a_plural_possessive_party_before_a_name(extract):
    facts = extract("The Tories' Tobias Wren said the bill would fail.")
    assert ("Tobias Wren", "Conservative Party") in members(facts)


def test_a_party_possessive_before_a_name_the_model_took_for_a_place(extract):
    facts = extract("Labour's Ilse Varga said the bill would fail.")
    assert "Ilse Varga" in {p["name"] for p in facts["persons"]}
    assert ("Ilse Varga", "Labour Party") in members(facts)


def test_an_honorific_makes_a_person(extract):
    facts = extract("Nora Hale spoke in Bristol on Friday. Ms Hale said the council had failed.")
    assert {p["name"] for p in facts["persons"]} == {"Nora Hale"}
    assert not {"Ms Hale", "Hale"} & {o["name"] for o in facts["others"]}


def test_his_party_named_in_apposition(extract):
    facts = extract("Tobias Wren said his party, the Liberal Democrats, would oppose the bill.")
    assert ("Tobias Wren", "Liberal Democrats") in members(facts)


def test_of_the_party_right_after_the_name(extract):
    facts = extract("Contender Ada Eze of the Heritage Party is gaining ground, analysts said.")
    assert ("Ada Eze", "Heritage Party") in members(facts)


def test_a_form_of_the_articles_country_beats_a_party_of_another_country(extract):
    facts = extract("Contender Ada Eze of the Labor Party is gaining ground in Abuja, Nigerian analysts said.")
    assert {(p["name"], p["country"]) for p in facts["parties"]} == {("Labour Party", "NG")}


def test_a_persons_party_after_a_possessive_surname(extract):
    facts = extract("Tobias Wren spoke first. Critics labelled Wren's Heritage Party as fake.")
    assert ("Tobias Wren", "Heritage Party") in members(facts)
    assert "Wren" not in {o["name"] for o in facts["others"]}


def test_a_weak_party_form_before_a_title(extract):
    facts = extract("Congress President Ravi Menon spoke in Delhi on Friday, as India's election neared.")
    assert ("Ravi Menon", "Indian National Congress") in members(facts)


def test_a_party_office_takes_the_one_party_of_its_sentence(extract):
    facts = extract(
        "As the Heritage Party gathers for a rally today, leader Mara Quill tells reporters her message is simple."
    )
    assert ("Mara Quill", "Heritage Party") in members(facts)


def test_a_party_office_takes_no_party_when_two_are_named(extract):
    facts = extract("As the Heritage Party and the Civic Front gather today, leader Mara Quill spoke.")
    assert not facts["memberships"]


def test_a_party_role_phrase_goes_to_a_member_of_that_party_who_holds_another_role(extract):
    facts = extract(
        "Heritage Party chairwoman Mara Quill toured Leeds on Monday. The Heritage Party leader promised to cut fares."
    )
    assert ("Mara Quill", "leader", "Heritage Party") in {(r["person"], r["role"], r["party"]) for r in facts["roles"]}


def test_a_person_listed_in_a_party_group(extract):
    facts = extract(
        "Senior Tories such as Mara Quill voted against the bill. "
        "Several Heritage Party figures, including Tobias Wren, have said they disagree."
    )
    assert {("Mara Quill", "Conservative Party"), ("Tobias Wren", "Heritage Party")} <= members(facts)


def test_a_person_listed_among_critics_has_no_party(extract):
    facts = extract("Critics, including Mara Quill, said the Heritage Party plan would fail.")
    assert not facts["memberships"]


def test_whose_party(extract):
    facts = extract("Tobias Wren, whose Heritage Party is a member of the coalition, pushed for a flat tax.")
    assert ("Tobias Wren", "Heritage Party") in members(facts)


def test_a_party_government_of_a_person_and_her_minister(extract):
    facts = extract(
        "Critics recalled the short-lived Heritage Party administration of Mara Quill and her chancellor Tobias Wren."
    )
    assert {("Mara Quill", "Heritage Party"), ("Tobias Wren", "Heritage Party")} <= members(facts)


def test_a_persons_own_group_named_in_apposition(extract):
    facts = extract(
        "Helen Marsh spoke on Monday. With the exception of Marsh's own group, the Heritage Party, "
        "all other groups expressed frustration."
    )
    assert ("Helen Marsh", "Heritage Party") in members(facts)


def test_a_party_government_under_someone(extract):
    facts = extract(
        "Tobias Wren visited Leeds. Wren said a Heritage Party government under his leadership "
        "would scrap the tax. Critics say a Civic Front government under Mara Quill would fail."
    )
    assert {("Tobias Wren", "Heritage Party"), ("Mara Quill", "Civic Front")} <= members(facts)


def test_a_candidate_standing_for_a_party(extract):
    facts = extract(
        "Tobias Wren, 61, a former teacher, is standing for the Civic Front in Leeds. "
        "Mara Quill, who is running for the Heritage Party in Bristol, said no."
    )
    assert {("Tobias Wren", "Civic Front"), ("Mara Quill", "Heritage Party")} <= members(facts)


def test_running_for_a_partys_rivals_is_no_membership(extract):
    facts = extract("Helen Marsh ran for the Heritage Party's rivals in Leeds.")
    assert not facts["memberships"]


def test_a_party_member_noun_stands_for_the_person_named_before(extract):
    facts = extract("Tobias Wren, a Republican, met Mara Quill. The Massachusetts Democrat said the bill was flawed.")
    assert {("Tobias Wren", "Republican Party"), ("Mara Quill", "Democratic Party")} <= members(facts)
    assert ("Mara Quill", "the bill was flawed") in {(s["speaker"], s["text"]) for s in facts["statements"]}


def test_a_party_named_in_someones_statement_is_not_their_party(extract):
    facts = extract("Mara Quill said the Democrats would lose.")
    assert not facts["memberships"]


def test_the_partys_leader_is_of_the_party_named_before(extract):
    for text in (
        "The Heritage Party won six seats on Sunday. Mara Quill, the party's leader, said voters had spoken.",
        "The Heritage Party won six seats on Sunday. Its leader, Mara Quill, said voters had spoken.",
        "The Heritage Party won six seats on Sunday. Party leader Mara Quill said voters had spoken.",
    ):
        assert ("Mara Quill", "Heritage Party") in members(extract(text)), text


def test_a_copular_sentence_states_the_party(extract):
    facts = extract(
        "Dana Whitlow is the Republican nominee for governor. Corin Maddox is a Republican. "
        "Priya Vantongeren is a Labour MP for Leeds North. Ellis Brannock is a member of the Liberal Democrats "
        "and a former councillor. Maya Lund is a member of the ruling Liberal Party of Canada."
    )
    assert {
        ("Dana Whitlow", "Republican Party"),
        ("Corin Maddox", "Republican Party"),
        ("Priya Vantongeren", "Labour Party"),
        ("Ellis Brannock", "Liberal Democrats"),
        ("Maya Lund", "Liberal Party of Canada"),
    } <= members(facts)
    assert ("Priya Vantongeren", "Labour Party") in {(r["person"], r["party"]) for r in facts["roles"]}


def test_a_copular_sentence_that_denies_or_supposes_states_no_party(extract):
    facts = extract(
        "Nell Ferris is not a member of the Green Party, her office said. "
        "Corin Maddox would be a Labour MP if the seat flipped. "
        "Asked whether Ada Quayle is a Conservative, her aide declined to comment. "
        "Rhea Castle is a critic of Labour and a columnist. Ivo Brandt is a longtime Labour voter from Hull."
    )
    assert not members(facts)


def test_a_party_after_also_of(extract):
    facts = extract("Lerato Sibiya, also of the ANC, said the vote was fair. Ada Quayle, also of Liverpool, disagreed.")
    assert members(facts) == {("Lerato Sibiya", "African National Congress")}


def test_a_persons_own_party_by_possessive(extract):
    facts = extract(
        "Ciaran Dolby's party, Fine Gael, has promised tax cuts.\n"
        "Rosa Elling, whose party, Fianna Fáil, leads the polls, said the plan was reckless.\n"
        "Mariel Santos met her Nacionalista Party colleagues in Manila.\n"
        "Speaking in Kent, Hugo Tanner said the plan was fair. Mr Tanner's Reform UK has promised to cut net migration."
    )
    assert {
        ("Ciaran Dolby", "Fine Gael"),
        ("Rosa Elling", "Fianna Fáil"),
        ("Mariel Santos", "Nacionalista Party"),
        ("Hugo Tanner", "Reform UK"),
    } <= members(facts)
    assert ("Reform UK", "to cut net migration") in {(s["speaker"], s["text"]) for s in facts["statements"]}


def test_rivals_and_former_colleagues_state_no_party(extract):
    facts = extract(
        "Mariel Santos met her Liberal Party rivals in Manila. "
        "Ada Quayle said her former Labour colleagues had let the town down."
    )
    assert not members(facts)


def test_respectively_pairs_names_and_parties_in_order(extract):
    facts = extract(
        "The Conservative and Labour leaders, Gareth Pike and Anna Rowe respectively, clashed on tax.\n"
        "Mara Quill and Idris Vane, of Labour and the SNP respectively, spoke at the rally.\n"
        "Tomas Reyes and Helen Marsh, the SNP and Plaid Cymru candidates respectively, were absent."
    )
    assert members(facts) == {
        ("Gareth Pike", "Conservative Party"),
        ("Anna Rowe", "Labour Party"),
        ("Mara Quill", "Labour Party"),
        ("Idris Vane", "Scottish National Party"),
        ("Tomas Reyes", "Scottish National Party"),
        ("Helen Marsh", "Plaid Cymru"),
    }
    assert ("Anna Rowe", "leader", "Labour Party") in roles(facts)


def test_respectively_without_a_list_of_parties_pairs_nothing(extract):
    facts = extract(
        "Mara Quill and Idris Vane criticised Labour and the SNP respectively.\n"
        "Labour and the Greens won 40 and 12 seats respectively, said Tom Rees.\n"
        "The seats are held by Labour MPs Tom Bright and Ann Cole, respectively."
    )
    assert members(facts) == {("Tom Bright", "Labour Party"), ("Ann Cole", "Labour Party")}


def test_seats_won_and_sat_in_and_lists_one_belongs_to(extract):
    facts = extract(
        "Tom Bright, who won the seat for Labour in 2019, voted against the bill. "
        "Ann Cole, who sits as a Conservative, abstained. "
        "Ivo Brandt was elected as a Liberal Democrat councillor in 2017. "
        "Rhea Castle, one of the Labour MPs who rebelled, spoke first. "
        "Wyn Calder (Lab, Leeds North) asked the first question. "
        "Ada Quayle has been a member of the Labour Party since 1990."
    )
    assert {
        ("Tom Bright", "Labour Party"),
        ("Ann Cole", "Conservative Party"),
        ("Ivo Brandt", "Liberal Democrats"),
        ("Rhea Castle", "Labour Party"),
        ("Wyn Calder", "Labour Party"),
        ("Ada Quayle", "Labour Party"),
    } <= members(facts)
    assert not any(r["person"] == "Ada Quayle" for r in facts["roles"])  # a member, no office


def test_seats_taken_from_a_party_or_critics_of_its_mps_state_no_party(extract):
    facts = extract(
        "Tom Bright, who won the seat from Labour in 2019, voted against the bill. "
        "Ann Cole, one of the Labour MPs' fiercest critics, spoke. "
        "Ivo Brandt was elected as mayor after Labour collapsed. "
        "Rhea Castle won praise for Labour in Leeds."
    )
    assert not members(facts)


def test_speaking_for_a_party(extract):
    facts = extract(
        "Tom Bright, speaking for the Liberal Democrats, said the plan was flawed. "
        "Ann Cole, who speaks for Labour on health, agreed."
    )
    assert {("Tom Bright", "Liberal Democrats"), ("Ann Cole", "Labour Party")} <= members(facts)


def test_speaking_to_a_party_or_its_voters_states_no_party(extract):
    facts = extract(
        "Tom Bright, speaking to the Conservatives in Leeds, said the plan was flawed. "
        "Ann Cole, speaking for many Labour voters, disagreed. "
        "Ivo Brandt, standing in for the Labour leader, said nothing."
    )
    assert not members(facts)


def test_us_forms_of_party_belonging(extract):
    facts = extract(
        "Dana Whitlow, who is running in the Republican primary for governor, said the bill was dead. "
        "Corin Maddox, one of the most conservative Republicans in the Senate, agreed. "
        "Ivo Brandt, the chamber's top Democrat, disagreed.",
        url="https://apnews.com/article/x",
    )
    assert {
        ("Dana Whitlow", "Republican Party"),
        ("Corin Maddox", "Republican Party"),
        ("Ivo Brandt", "Democratic Party"),
    } <= members(facts)


def test_critics_donors_and_primary_voters_are_no_members(extract):
    facts = extract(
        "Dana Whitlow, one of the fiercest critics of the Republicans, said the bill was dead. "
        "Corin Maddox, one of the Democrats' biggest donors, agreed. "
        "Ivo Brandt, who voted in the Democratic primary, disagreed. "
        "Rhea Castle, the scourge of Democrats, said nothing.",
        url="https://apnews.com/article/x",
    )
    assert not members(facts)


def test_a_possessive_party_before_two_names_holds_for_both(extract):
    facts = extract(
        "Labour's Tom Bright and Ann Cole said the plan was flawed. "
        "Labour's Helen Marsh and the SNP's Rhea Castle disagreed. "
        "Labour's Wyn Calder and Ada Quayle, a Green councillor, abstained.",
        url="https://www.bbc.co.uk/news/uk-politics-1",
    )
    assert members(facts) == {
        ("Tom Bright", "Labour Party"),
        ("Ann Cole", "Labour Party"),
        ("Helen Marsh", "Labour Party"),
        ("Rhea Castle", "Scottish National Party"),
        ("Wyn Calder", "Labour Party"),
        ("Ada Quayle", "Green Party of England and Wales"),
    }


def test_a_pronoun_subject_of_a_copular_sentence(extract):
    facts = extract(
        "Ann Cole met Tom Bright in Leeds. He is a Labour MP.\n"
        "Rhea Castle spoke in York. She has been a Conservative councillor since 2015.",
        url="https://www.bbc.co.uk/news/uk-politics-1",
    )
    assert members(facts) == {("Tom Bright", "Labour Party"), ("Rhea Castle", "Conservative Party")}
    assert ("Tom Bright", "mp", "Labour Party") in roles(facts)


def test_a_pronoun_subject_denied_quoted_or_supposed_states_no_party(extract):
    facts = extract(
        "Ann Cole spoke in Leeds. She is not a Labour MP. Asked if she is a Tory, she laughed.\n"
        '"She is a Labour MP," Tom Bright said of a rival.'
    )
    assert not members(facts)


def test_a_party_epithet_for_the_person_in_focus(extract):
    facts = extract(
        "Tom Bright won the by-election on Thursday. The Tory veteran said he was humbled.\n"
        "Ann Cole beat Labour in Leeds. The veteran said she was humbled.",
        url="https://www.bbc.co.uk/news/uk-politics-1",
    )
    assert members(facts) == {("Tom Bright", "Conservative Party")}


def test_names_apposed_to_a_plural_office_of_listed_parties_pair_in_order(extract):
    facts = extract(
        "Mara Quill and Idris Vane, the Labour and SNP leaders, both said the budget was a disaster.\n"
        "Tom Bright and Ann Cole, the Labour MPs, voted against it.",
        url="https://www.bbc.co.uk/news/uk-politics-1",
    )
    assert {("Mara Quill", "Labour Party"), ("Idris Vane", "Scottish National Party")} <= members(facts)
    assert ("Idris Vane", "Labour Party") not in members(facts)
    assert ("Mara Quill", "leader", "Labour Party") in roles(facts)
    assert {s["speaker"] for s in facts["statements"]} >= {"Mara Quill", "Idris Vane"}


def test_representing_a_seat_for_a_party(extract):
    facts = extract(
        "Rakesh Verma, who represents Varanasi for the BJP, said the bill would pass.\n"
        "Anil Kumar, who represents Mysuru, voted for the BJP plan.",
        url="https://www.thehindu.com/news/national/x",
    )
    assert members(facts) == {("Rakesh Verma", "Bharatiya Janata Party")}


def test_a_leaders_deputy_after_a_comma_shares_the_party(extract):
    facts = extract(
        "DA leader John Steenkamp and his deputy, Naledi Zulu, said the bill would fail.\n"
        "ANC leader Sipho Mabena met his challenger, Lerato Dube, and his wife, Ayanda Mabena.",
        url="https://www.news24.com/news24/politics/x",
    )
    assert ("Naledi Zulu", "Democratic Alliance") in members(facts)
    assert not {m for m in members(facts) if m[0] in ("Lerato Dube", "Ayanda Mabena")}


def test_sitting_on_a_partys_benches(extract):
    facts = extract(
        "Kate Hollis, who sits on the Labor benches, said the plan was flawed.\n"
        "Zoe Marsh, who sits opposite the Labor benches, disagreed.\n"
        "Adam Pike, who sits on the Labor-dominated committee, abstained.",
        url="https://www.abc.net.au/news/x",
    )
    assert members(facts) == {("Kate Hollis", "Australian Labor Party")}


def test_a_party_banner_and_leaving_one_party_to_join_another(extract):
    facts = extract(
        "Jose Ramos, who ran under the PDP-Laban banner in 2022, said the bill would pass.\n"
        "Maria Dizon, who bolted the Liberal Party to join the PDP-Laban, agreed.\n"
        "Ana Reyes, who refused to join the PDP-Laban, disagreed.\n"
        "Carlos Tan, who ran under the banner of reform, abstained.",
        url="https://www.rappler.com/nation/x",
    )
    assert members(facts) == {("Jose Ramos", "PDP–Laban"), ("Maria Dizon", "PDP–Laban")}


def test_a_hyphenated_epithet_before_the_party(extract):
    facts = extract(
        "Anna Visser, of the centre-right EPP, said the deal was flawed.\n"
        "Piet Jansen, leader of the far-right Chega, agreed.\n"
        "Lotte Smit, of the right, disagreed.",
        url="https://www.politico.eu/article/x",
    )
    assert members(facts) == {("Anna Visser", "European People's Party"), ("Piet Jansen", "Chega")}
    assert ("Piet Jansen", "leader", "Chega") in roles(facts)


def test_sitting_with_a_named_group(extract):
    facts = extract(
        "Dutch MEP Anna Visser, who sits with the Greens/EFA group, said the deal was flawed.",
        url="https://www.politico.eu/article/x",
    )
    assert members(facts) == {("Anna Visser", "Greens/European Free Alliance")}


def test_canadian_forms_critic_nomination_and_floor_crossing(extract):
    facts = extract(
        "Pierre Gagnon, the Conservative finance critic, said the tax would go.\n"
        "Marie Roy, who is seeking the Conservative nomination in Calgary, agreed.\n"
        "Luc Pelletier, who crossed the floor to the Liberals last year, disagreed.\n"
        "Anne Cote, a fierce Liberal critic, said nothing.\n"
        "Paul Lavoie, who opposed the Conservative nomination of Tom Reid, abstained.",
        url="https://www.cbc.ca/news/politics/x",
    )
    assert members(facts) == {
        ("Pierre Gagnon", "Conservative Party of Canada"),
        ("Marie Roy", "Conservative Party of Canada"),
        ("Luc Pelletier", "Liberal Party of Canada"),
    }


def test_dumping_one_party_for_another(extract):
    facts = extract(
        "Gbenga Adeyemi, who dumped the PDP for the APC last year, said the poll was rigged.\n"
        "Emeka Obi, who quit the PDP for good, disagreed.\n"
        "Musa Dangana, who left Kano for Abuja, said nothing.",
        url="https://punchng.com/x",
    )
    assert members(facts) == {("Gbenga Adeyemi", "All Progressives Congress")}
