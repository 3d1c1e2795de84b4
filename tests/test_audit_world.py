"""Audit: persons, parties, roles, memberships and speakers in invented wire copy from countries and styles the
dev set has little of (South and South-East Asia, Korea, Nigeria, Kenya, devolved UK, US states, Canadian
provinces, the European Parliament)."""

import pytest
from conftest import members, roles


def parties(facts: dict) -> set[str]:
    return {p["name"] for p in facts["parties"]}


def speakers(facts: dict) -> set[str]:
    return {s["speaker"] for s in facts["statements"]}


def test_philippine_parties_are_read_as_philippine(extract):
    text = (
        "Senator Liza Manalo of the Liberal Party warned that charter change would open the door to term extensions. "
        "Albay Rep. Jose Villanueva of Lakas-CMD said the House would pass the measure before the Christmas break. "
        "Akbayan Rep. Teresa Cruz said Malacañang had not consulted the opposition."
    )
    facts = extract(text, url="https://newsinfo.inquirer.net/x")
    assert {"Liberal Party of the Philippines", "Lakas–CMD", "Akbayan"} <= parties(facts)
    assert "Liberal Party of Canada" not in parties(facts)
    assert ("Jose Villanueva", "Lakas–CMD") in members(facts)
    assert ("Teresa Cruz", "Akbayan") in members(facts)


def test_malaysian_and_pakistani_party_initials_in_their_country(extract):
    malaysia = extract(
        "DAP chairman Lim Chee Keong said the unity government in Putrajaya remained stable. "
        "PAS secretary-general Ahmad Fadzil Yusof accused the government of neglecting the rural poor.",
        url="https://www.thestar.com.my/news/nation/x",
    )
    assert ("Lim Chee Keong", "chairman", "Democratic Action Party") in roles(malaysia)
    assert ("Ahmad Fadzil Yusof", "Malaysian Islamic Party") in members(malaysia)
    pakistan = extract(
        "PPP co-chairman Zafar Ali Shah told reporters in Karachi that the coalition would complete its term. "
        "PML-N senator Nadia Rehman said the government would not be blackmailed.",
        url="https://www.dawn.com/news/x",
    )
    assert ("Zafar Ali Shah", "Pakistan Peoples Party") in members(pakistan)
    assert ("Nadia Rehman", "senator", "Pakistan Muslim League (N)") in roles(pakistan)


def test_pti_in_an_indian_article_is_the_news_agency(extract):
    facts = extract(
        "Congress leader Arjun Mehta told PTI that the BJP had misled farmers in New Delhi.",
        url="https://www.hindustantimes.com/india-news/x",
    )
    assert "Pakistan Tehreek-e-Insaf" not in parties(facts)


def test_korean_democratic_party_in_wire_copy_without_an_outlet(extract):
    text = (
        "SEOUL - South Korea's main opposition Democratic Party said on Tuesday it would boycott the vote. "
        "Democratic Party lawmaker Han Min-jun said the bill was unconstitutional.\n"
        "Democratic Party leader Oh Se-jin told reporters the party would take the case to court."
    )
    facts = extract(text)
    assert "Democratic Party of Korea" in parties(facts)
    assert ("Oh Se-jin", "leader", "Democratic Party of Korea") in roles(facts)


def test_us_democrats_stay_american(extract):
    facts = extract(
        "Democratic Party chair Leah Brandt said Democrats would win back the House in November.",
        url="https://apnews.com/article/x",
    )
    assert ("Leah Brandt", "Democratic Party") in members(facts)


def test_kenyan_and_northern_irish_party_forms(extract):
    kenya = extract(
        "Kimilili MP Moses Wekesa (Ford Kenya) said the opposition in Nairobi was out of touch.",
        url="https://nation.africa/kenya/news/politics/x",
    )
    assert ("Moses Wekesa", "Forum for the Restoration of Democracy–Kenya") in members(kenya)
    ulster = extract(
        "Ulster Unionist MLA Robert Kerr said his party would back the motion at Stormont.",
        url="https://www.belfasttelegraph.co.uk/news/politics/x",
    )
    assert ("Robert Kerr", "mla", "Ulster Unionist Party") in roles(ulster)


def test_canadian_provincial_party_named_with_its_province(extract):
    facts = extract(
        "Ontario NDP Leader Aisha Rahman said the cut did nothing for renters in Toronto.",
        url="https://www.cbc.ca/news/canada/toronto/x",
    )
    assert ("Aisha Rahman", "leader", "Ontario New Democratic Party") in roles(facts)


def test_malaysian_honorifics_stay_out_of_names(extract):
    text = (
        "Prime Minister Datuk Seri Azman Hashim said on Friday that Pakatan Harapan would contest all state seats in "
        "Sabah.\nUmno president Datuk Seri Razak Ismail said the party's supreme council would decide next week.\n"
        "Perikatan Nasional chairman Tan Sri Rahim Osman told reporters in Kuala Lumpur the opposition was ready.\n"
        "Former minister Dato' Sri Kamal Ariff said he was innocent."
    )
    facts = extract(text, url="https://www.thestar.com.my/news/nation/x")
    names = {p["name"] for p in facts["persons"]}
    assert {"Azman Hashim", "Razak Ismail", "Rahim Osman", "Kamal Ariff"} <= names
    assert not any("Seri" in n or "Sri" in n for n in names)
    assert ("Razak Ismail", "president", "United Malays National Organisation") in roles(facts)
    assert ("Rahim Osman", "Perikatan Nasional") in members(facts)
    assert {"Azman Hashim", "Razak Ismail", "Rahim Osman"} <= speakers(facts)


def test_tan_as_a_surname_is_no_honorific(extract):
    facts = extract(
        "People's Action Party organising secretary Tan Boon Huat said the Workers' Party had offered no "
        "alternatives in Singapore. Mr Tan said voters would decide.",
        url="https://www.straitstimes.com/singapore/politics/x",
    )
    assert ("Tan Boon Huat", "organising secretary", "People's Action Party") in roles(facts)


def test_nigerian_honorific_alhaji(extract):
    facts = extract(
        "PDP chieftain Alhaji Musa Garba said the party would head to the tribunal in Abuja.",
        url="https://punchng.com/x",
    )
    assert "Musa Garba" in {p["name"] for p in facts["persons"]}
    assert "Musa Garba" in speakers(facts)


def test_us_state_legislative_titles(extract):
    text = (
        "Assemblywoman Dana Reyes, a Democrat, called the deal a compromise in Sacramento. "
        "Senate Minority Leader Patricia Hale, a Republican from Lakewood, criticized the governor's veto."
    )
    facts = extract(text, url="https://www.sacbee.com/news/politics-government/x")
    assert ("Dana Reyes", "assemblywoman", "Democratic Party") in roles(facts)
    assert ("Patricia Hale", "senate minority leader", "Republican Party") in roles(facts)


def test_korean_floor_leader(extract):
    facts = extract(
        "People Power Party floor leader Kim Sung-min rejected the demand in Seoul, calling it a political attack.",
        url="https://www.koreaherald.com/view.php?ud=x",
    )
    assert ("Kim Sung-min", "floor leader", "People Power Party") in roles(facts)


def test_surname_with_two_particles(extract):
    facts = extract(
        "DA federal leader Johan van der Berg accused the ANC of selling out the metros in Johannesburg.",
        url="https://www.news24.com/news24/politics/x",
    )
    assert ("Johan van der Berg", "federal leader", "Democratic Alliance") in roles(facts)
    assert "Johan van der Berg" in speakers(facts)


def test_office_with_a_portfolio_before_the_name(extract):
    text = (
        "The Democratic Alliance's spokesperson on finance, Lerato Mokoena, said the ANC had mismanaged "
        "state-owned enterprises in South Africa.\n"
        "The PDP presidential candidate in the 2023 election, Musa Garba, described the poll as a sham."
    )
    facts = extract(text)
    assert ("Lerato Mokoena", "spokesperson on finance", "Democratic Alliance") in roles(facts)
    assert "Lerato Mokoena" in speakers(facts)
    assert "Democratic Alliance" not in speakers(facts)
    assert ("Musa Garba", "presidential candidate", "Peoples Democratic Party") in roles(facts)


def test_a_prepositional_phrase_without_an_office_gives_no_role(extract):
    facts = extract(
        "After a long debate on finance, Lerato Mokoena said the ANC had failed. "
        "As a candidate in the 2023 election, Musa Garba toured every state of Nigeria.",
    )
    assert not {r for r in roles(facts) if r[0] == "Lerato Mokoena"}
    assert not {r for r in roles(facts) if r[0] == "Musa Garba"}


def test_a_party_spokesperson_without_a_name_still_speaks_for_the_party(extract):
    facts = extract("A Democratic Alliance spokesperson said the ANC had failed Johannesburg.")
    assert "Democratic Alliance" in speakers(facts)


def test_party_and_constituency_in_brackets(extract):
    facts = extract(
        "Senator Bola Adeyemi (APC, Lagos East) said the tribunal in Abuja would vindicate the party.",
        url="https://punchng.com/x",
    )
    assert ("Bola Adeyemi", "senator", "All Progressives Congress") in roles(facts)


def test_governor_of_a_state_then_an_apposition(extract):
    facts = extract(
        "Governor Chinedu Okafor of Anambra State, a member of the All Progressives Grand Alliance, urged calm.\n"
        "Senator Liza Manalo, a member of the Liberal Party, warned of term extensions in Manila.",
        url="https://punchng.com/x",
    )
    assert ("Chinedu Okafor", "All Progressives Grand Alliance") in members(facts)
    assert ("Chinedu Okafor", "governor", "All Progressives Grand Alliance") in roles(facts)
    assert not {r for r in roles(facts) if r[1] == "member"}  # a party member holds no office by that


def test_party_after_an_epithet(extract):
    japan = extract(
        "Prime Minister Kenji Morita's ruling Liberal Democratic Party suffered a heavy defeat in Tokyo.",
        url="https://www.japantimes.co.jp/news/x",
    )
    assert ("Kenji Morita", "Liberal Democratic Party") in members(japan)
    korea = extract(
        "Rep. Lee Hae-jin of the ruling People Power Party said the opposition was abusing its majority in Seoul.",
        url="https://www.koreaherald.com/view.php?ud=x",
    )
    assert ("Lee Hae-jin", "representative", "People Power Party") in roles(korea)


def test_head_of_government_with_his_party_government(extract):
    facts = extract(
        "Ontario Premier Mark Sutherland said Monday his Progressive Conservative government would cut the gas tax.",
        url="https://www.cbc.ca/news/canada/toronto/x",
    )
    assert ("Mark Sutherland", "Progressive Conservative Party of Ontario") in members(facts)
    plain = extract("Premier Ruth Dale said her government would cut the gas tax in Toronto.")
    assert not {m for m in members(plain) if m[0] == "Ruth Dale"}


def test_speaker_named_in_apposition_when_the_parse_drops_the_subject(extract):
    facts = extract(
        "Speaking to journalists in Abuja, the PDP National Chairman, Dr. Ibrahim Sule, said the party would head "
        "to court.",
        url="https://punchng.com/x",
    )
    assert "Ibrahim Sule" in speakers(facts)
    assert ("Ibrahim Sule", "national chairman", "Peoples Democratic Party") in roles(facts)


def test_object_before_a_headline_verb_is_no_speaker(extract):
    facts = extract("Body text.", title="Okafor assails Adeyemi, says he cannot lead Anambra")
    assert "Chinedu Adeyemi" not in speakers(facts) and "Adeyemi" not in speakers(facts)


def test_title_then_a_first_name_the_model_left_out(extract):
    facts = extract(
        "Embu Governor Cecily Mwangi has accused the national government of withholding county funds.\n"
        "Speaking on Sunday, Mwangi, who was elected on a UDA ticket, said counties were owed Sh40 billion.",
        url="https://www.standardmedia.co.ke/politics/article/x",
    )
    assert "Cecily Mwangi" in {p["name"] for p in facts["persons"]}
    assert ("Cecily Mwangi", "United Democratic Alliance") in members(facts)


def test_elected_on_a_party_ticket(extract):
    facts = extract(
        "Mayor Dan Okello, who ran on the ODM ticket, said the county would sue. "
        "Senator Ruth Wafula, who was elected on a joint ticket, said she would mediate.",
        url="https://nation.africa/kenya/news/politics/x",
    )
    assert ("Dan Okello", "Orange Democratic Movement") in members(facts)
    assert not {m for m in members(facts) if m[0] == "Ruth Wafula"}


def test_party_list_representative_and_constituency_in_brackets(extract):
    ph = extract("Akbayan party-list Rep. Paolo Reyes called for a refund in Manila.", url="https://www.rappler.com/x")
    assert ("Paolo Reyes", "Akbayan") in members(ph)
    sg = extract(
        "PAP MP Tan Mei Ling (Jurong GRC) said the measures were well targeted in Singapore.",
        url="https://www.straitstimes.com/singapore/x",
    )
    assert {p["name"] for p in sg["persons"]} == {"Tan Mei Ling"}
    assert ("Tan Mei Ling", "mp", "People's Action Party") in roles(sg)


def test_single_letter_party_in_brackets(extract):
    facts = extract("Gov. Ron Whitaker (R) announced Wednesday he would call a special session on property taxes.")
    assert ("Ron Whitaker", "governor", "Republican Party") in roles(facts)


def test_called_the_plan_with_a_quoted_judgement(extract):
    facts = extract(
        'Japanese Communist Party chair Keiko Yamada called the plan "dangerous and unconstitutional".\n'
        "Prime Minister Ryo Hayashi called an election for October.",
        url="https://www.japantimes.co.jp/news/x",
    )
    assert "Keiko Yamada" in speakers(facts)
    assert "Ryo Hayashi" not in speakers(facts)


def test_party_member_is_no_office(extract):
    facts = extract(
        "Defense Minister Shigeo Kawano, a senior member of the ruling Liberal Democratic Party, spoke in Tokyo. "
        "French MEP Julien Marchand, a member of the Patriots for Europe group, said the pact would fail.",
        url="https://www.japantimes.co.jp/news/x",
    )
    assert ("Shigeo Kawano", "Liberal Democratic Party") in members(facts)
    assert ("Julien Marchand", "Patriots for Europe") in members(facts)
    assert not {r for r in roles(facts) if "member" in r[1]}


def test_nigerian_chief_is_an_honorific_and_chieftain_a_party_role(extract):
    facts = extract(
        "Chief Emeka Obi, a chieftain of the Peoples Democratic Party in Enugu State, said the party would resist.",
        url="https://www.premiumtimesng.com/news/x",
    )
    assert ("Emeka Obi", "chieftain", "Peoples Democratic Party") in {
        (p, r.split(" of")[0], q) for p, r, q in roles(facts)
    }
    assert not {r for r in roles(facts) if r[1] == "chief"}
    komeito = extract(
        "Komeito chief Akira Nishida said the coalition would hold.", url="https://www.japantimes.co.jp/x"
    )
    assert ("Akira Nishida", "chief", "Komeito") in roles(komeito)


def test_role_phrase_in_apposition_to_a_titled_name(extract):
    au = extract(
        "The Opposition Leader, Liberal MP Sarah Blake, said the promise was unfunded in Sydney.",
        url="https://www.smh.com.au/politics/nsw/x",
    )
    assert any(r[:2] == ("Sarah Blake", "opposition leader") for r in roles(au))
    assert ("Sarah Blake", "mp", "Liberal Party of Australia") in roles(au)
    eu = extract(
        "The European Parliament's rapporteur on the file, Dutch MEP Lara Visser, told reporters the deal was weak.\n"
        "Her EPP counterpart, Austrian MEP Thomas Gruber, said the compromise was balanced.",
        url="https://www.politico.eu/article/x",
    )
    assert any(r[0] == "Lara Visser" and "rapporteur" in r[1] for r in roles(eu))
    assert ("Thomas Gruber", "European People's Party") in members(eu)


def test_a_fronted_phrase_without_an_office_gives_no_role(extract):
    facts = extract(
        "Speaking in Canberra, Liberal MP Sarah Blake said the promise was unfunded. "
        "In a statement, Greens MLC Lucy Tran said the money should go to public transport.",
        url="https://www.smh.com.au/politics/nsw/x",
    )
    assert {r[1] for r in roles(facts)} == {"mp", "mlc"}


def test_not_saying_whether_is_no_statement(extract):
    facts = extract(
        "The bill now heads to Gov. Lisa Tran, who has not said whether she will sign it. "
        "Senator Ruth Wafula would not say if she would back the motion. "
        "Rep. Dan Okello asked whether the motion was lawful.",
        url="https://apnews.com/article/x",
    )
    assert speakers(facts) == {"Dan Okello"}


def test_first_name_after_a_title_and_comma_and_the_partys_spokesperson(extract):
    facts = extract(
        "ANC secretary-general Thabo Mkhize warned branches in Durban.\n"
        "The party's national spokesperson, Lungile Khumalo, declined to comment on the matter.",
        url="https://www.timeslive.co.za/politics/x",
    )
    assert ("Lungile Khumalo", "national spokesperson", "African National Congress") in roles(facts)


def test_unknown_name_opening_a_sentence_with_an_office_in_apposition(extract):
    facts = extract(
        "Tunde Adeyinka, the APC candidate for governor in Lagos State, has promised to build 50,000 homes.",
        url="https://www.thecable.ng/x",
    )
    assert ("Tunde Adeyinka", "All Progressives Congress") in members(facts)
    plain = extract(
        "Lagos Island, the oldest part of the city, flooded again on Monday.", url="https://www.thecable.ng/x"
    )
    assert not plain["persons"]


def test_governor_of_a_state_then_a_party_noun(extract):
    facts = extract("Gov. Ana Morales of New Mexico, a Democrat, signed the bill into law on Friday.")
    assert ("Ana Morales", "Democratic Party") in members(facts)


def test_leader_of_the_main_opposition_party(extract):
    facts = extract(
        "The leader of the main opposition Constitutional Democratic Party, Noda Haruki, said the move was an escape "
        "from scrutiny in Tokyo.",
        url="https://www3.nhk.or.jp/nhkworld/en/news/x",
    )
    assert ("Noda Haruki", "leader", "Constitutional Democratic Party of Japan") in roles(facts)


def test_rival_of_a_party_in_apposition(extract):
    facts = extract(
        "His PDP rival, Funmi Adeola, dismissed the promise as unrealistic in Lagos.", url="https://www.thecable.ng/x"
    )
    assert ("Funmi Adeola", "Peoples Democratic Party") in members(facts)
    assert not {r for r in roles(facts) if r[0] == "Funmi Adeola"}


def test_a_seat_goes_with_a_party_office_in_role_phrases(extract):
    facts = extract(
        "Plaid Cymru's Westminster leader, Nia Prys, has called for a review of Welsh funding.\n"
        'The Dwyfor Meirionnydd MP said Wales had been "short-changed for decades".',
        url="https://www.walesonline.co.uk/news/politics/x",
    )
    assert any(r[0] == "Nia Prys" and r[1].endswith("mp") for r in roles(facts))
    rival = extract(
        "Conservative leader Ann Cole defended the plan in London.\nThe Labour MP for Bath said the plan would fail.",
        url="https://www.bbc.co.uk/news/x",
    )
    assert not {r for r in roles(rival) if r[0] == "Ann Cole" and "mp" in r[1]}


def test_quoted_nickname_inside_a_name(extract):
    facts = extract(
        'Senator Roberto "Bobby" Cruz on Wednesday defended the drug war in Manila.\n'
        "Cruz, a former police chief, said the campaign had made communities safer.",
        url="https://newsinfo.inquirer.net/x",
    )
    assert {p["name"] for p in facts["persons"]} == {"Roberto Cruz"}
    assert ("Roberto Cruz", "senator", None) in roles(facts)
    assert speakers(facts) == {"Roberto Cruz"}


def test_age_then_who_leads_and_a_candidate_in_a_city(extract):
    facts = extract(
        "Former president Jacob Mthembu was expelled from the ANC on Monday.\n"
        'Mthembu, 79, who now leads the uMkhonto weSizwe party, said the decision was "meaningless".\n'
        "The DA's mayoral candidate in Tshwane, Pieter de Wet, 54, said the ANC was in disarray.",
        url="https://www.news24.com/news24/politics/x",
    )
    assert ("Jacob Mthembu", "leader", "uMkhonto weSizwe") in roles(facts)
    assert ("Pieter de Wet", "mayoral candidate", "Democratic Alliance") in roles(facts)
    assert not {r for r in roles(facts) if r[0] == "Jacob Mthembu" and "candidate" in r[1]}


def test_head_of_government_named_again_as_party_leader(extract):
    scotland = extract(
        "Scotland's First Minister Ewan Stuart has vowed to hold a second independence referendum.\n"
        'The SNP leader told the party\'s conference in Aberdeen that Scots had "a democratic right to choose".',
        url="https://www.scotsman.com/news/politics/x",
    )
    assert ("Ewan Stuart", "leader", "Scottish National Party") in roles(scotland)
    ireland = extract(
        "The Tánaiste, Siobhán Kearney, has said the Government will not reintroduce the eviction ban.\n"
        "Speaking in Cork, the Fine Gael leader said housing supply was the priority.",
        url="https://www.rte.ie/news/politics/x",
    )
    assert ("Siobhán Kearney", "Fine Gael") in members(ireland)


def test_a_named_party_leader_keeps_the_role_phrase(extract):
    facts = extract(
        "Prime Minister Ann Cole defended the budget in London.\n"
        "Labour leader Tom Reed attacked it on Tuesday.\n"
        "The Labour leader said the budget would hurt families.",
        url="https://www.bbc.co.uk/news/x",
    )
    assert not {m for m in members(facts) if m[0] == "Ann Cole"}


def test_possessor_is_no_part_of_a_title_and_an_ally_holds_no_office(extract):
    facts = extract(
        "ANC secretary-general Thabo Mkhize warned branches in Durban.\n"
        "Mkhize's deputy, Nokuthula Sithole, said the ANC welcomed the decision.\n"
        "Senate Majority Leader Juan Ocampo, an ally of President Ramon Tolentino, said it was premature.",
        url="https://www.news24.com/news24/politics/x",
    )
    assert ("Nokuthula Sithole", "deputy", None) in roles(facts) or any(
        r[:2] == ("Nokuthula Sithole", "deputy") for r in roles(facts)
    )
    assert not {r for r in roles(facts) if "mkhize" in r[1] or "ally" in r[1]}


def test_wire_dateline_in_capitals_and_a_coalition_speaking(extract):
    korea = extract(
        "SEOUL, Jan 5 (Yonhap) - Rep. Han Dong-soo, a three-term lawmaker of the Democratic Party, said Friday he "
        "would leave the party.\nDemocratic Party chairman Oh Min-seok said the door remained open."
    )
    assert "Democratic Party of Korea" in parties(korea)
    assert ("Oh Min-seok", "chairman", "Democratic Party of Korea") in roles(korea)
    malaysia = extract(
        "KUALA LUMPUR, March 3 (Reuters) - Malaysia's opposition Perikatan Nasional coalition said on Tuesday it "
        "would file a no-confidence motion.\n"
        '"The people have lost faith," Perikatan chairman Rahim Osman said in a statement.'
    )
    assert "Perikatan Nasional" in speakers(malaysia)
    assert ("Rahim Osman", "Perikatan Nasional") in members(malaysia)


@pytest.mark.xfail(reason="known limit: an unqualified 'Liberal' in an Ontario article is read as the federal party")
def test_provincial_party_from_an_unqualified_name(extract):
    facts = extract(
        "Ontario Premier Mark Sutherland cut the gas tax at Queen's Park. Liberal MPP Daniel Chen called it a ploy.",
        url="https://www.cbc.ca/news/canada/toronto/x",
    )
    assert ("Daniel Chen", "Ontario Liberal Party") in members(facts)


def test_deputy_of_a_party_official_shares_the_party(extract):
    facts = extract(
        "ANC secretary-general Thabo Mkhize warned branches in Durban.\n"
        "Mkhize's deputy, Nokuthula Sithole, said the party would act.",
        url="https://www.news24.com/news24/politics/x",
    )
    assert ("Nokuthula Sithole", "African National Congress") in members(facts)


@pytest.mark.xfail(reason="known limit: after a wire dateline the parser may fold the name into a noun phrase")
def test_dateline_then_a_participle_statement(extract):
    facts = extract(
        "SEOUL, Jan 5 (Yonhap) - Democratic Party chairman Oh Min-seok expressed regret, saying the door remained open."
    )
    assert "Oh Min-seok" in speakers(facts)


def test_weak_party_name_the_model_took_for_a_person(extract):
    facts = extract(
        "Her party, the Jubilee Party, has distanced itself from her position.\n"
        "Jubilee secretary-general Amos Kiprop said the senator had acted alone.",
        url="https://nation.africa/kenya/news/politics/x",
    )
    assert ("Amos Kiprop", "Jubilee Party") in members(facts)


def test_office_of_the_party_in_apposition(extract):
    facts = extract(
        "The Ogun State chapter of the Peoples Democratic Party has suspended its chairman.\n"
        "The state publicity secretary of the party, Adewale Ojo, disclosed this in a statement on Sunday.",
        url="https://punchng.com/x",
    )
    assert ("Adewale Ojo", "Peoples Democratic Party") in members(facts)


def test_office_taken_over_from_a_predecessor(extract):
    facts = extract(
        "Opposition Leader Steph Nguyen, who replaced Tom Baird as Labor leader last year, said the Premier was "
        "hiding from scrutiny in Brisbane.",
        url="https://www.abc.net.au/news/x",
    )
    assert ("Steph Nguyen", "leader", "Australian Labor Party") in roles(facts)
    assert not {r for r in roles(facts) if "year" in r[1]}


def test_european_group_an_mep_sits_with_and_a_christian_democrat(extract):
    facts = extract(
        'Hungarian MEP Gábor Szabó, who sits with the Patriots for Europe, said Brussels was "blackmailing" Hungary.\n'
        "German Christian Democrat MEP Jan Keller said the EPP would back the freeze.",
        url="https://www.euronews.com/my-europe/x",
    )
    assert ("Gábor Szabó", "Patriots for Europe") in members(facts)
    assert ("Jan Keller", "Christian Democratic Union") in members(facts)
    assert "Democratic Party" not in parties(facts)


def test_party_words_in_ordinary_phrases_are_no_parties(extract):
    cases = [
        ("The Democratic Republic of Congo signed a trade deal with Kenya in Nairobi.", "https://nation.africa/x"),
        ("Labour market data showed weak growth, economist Jane Ferris said in London.", "https://www.bbc.co.uk/x"),
        ("The Liberal arts college in Quezon City closed on Monday.", "https://www.philstar.com/x"),
        (
            "The PPP model used for the new rail line drew criticism from Seoul economists.",
            "https://www.koreaherald.com/x",
        ),
    ]
    for text, url in cases:
        assert not extract(text, url=url)["parties"], text
    facts = extract("Labour Party leader Ann Ross said Labour would act.", url="https://www.bbc.co.uk/x")
    assert ("Ann Ross", "Labour Party") in members(facts)


def headline_statements(facts: dict) -> set[tuple[str, str]]:
    return {(s["speaker"], s["text"]) for s in facts["statements"] if s["provenance"]["field"] == "title"}


def test_headline_claims_attributed_after_a_dash_a_colon_or_an_inverted_verb(extract):
    dash = extract(
        "PDP presidential candidate Musa Garba rejected the result.",
        title="Election was rigged, I won't accept result \u2013 Garba",
        url="https://punchng.com/x",
    )
    assert ("Musa Garba", "Election was rigged, I won't accept result") in headline_statements(dash)
    colon = extract(
        "Congress leader Meera Pillai said the government had misled farmers.",
        title='"Government misled farmers": Congress\'s Meera Pillai',
        url="https://www.ndtv.com/india-news/x",
    )
    assert ("Meera Pillai", "Government misled farmers") in headline_statements(colon)
    assert ("Meera Pillai", "Indian National Congress") in members(colon)
    vows = extract(
        "EFF leader Sipho Ndlovu told supporters in Soweto that the party would win.",
        title="We will take Gauteng, vows EFF's Ndlovu",
        url="https://www.news24.com/x",
    )
    assert ("Sipho Ndlovu", "We will take Gauteng") in headline_statements(vows)


def test_headlines_without_an_attribution(extract):
    facts = extract(
        "Senator Liza Manalo spoke in Manila.",
        title="Budget 2025 - what it means for you",
        url="https://www.rappler.com/x",
    )
    assert not headline_statements(facts)
    sport = extract(
        "Ann Ross scored twice.", title="Ross double seals win, Rovers go top", url="https://www.bbc.co.uk/sport/x"
    )
    assert not headline_statements(sport)


def test_generic_seat_and_former_office_phrases_refer_back(extract):
    singapore = extract(
        "Ms Sylvia Tan, an MP for Tampines GRC, raised concerns about housing prices in Parliament on Tuesday.\n"
        "The People's Action Party backbencher said young couples were waiting too long for flats.",
        url="https://www.straitstimes.com/singapore/politics/x",
    )
    assert ("Sylvia Tan", "People's Action Party") in members(singapore)
    india = extract(
        "Karnataka Chief Minister Siddaraju Gowda on Monday announced a package for drought-hit farmers.\n"
        "The Congress leader said the State had not received its share of funds from the Centre.\n"
        "BJP State president Ravi Ramesh accused the government of playing politics.\n"
        "The former minister said the package was too little.",
        url="https://www.thehindu.com/news/national/karnataka/x",
    )
    assert ("Siddaraju Gowda", "Indian National Congress") in members(india)
    assert ("Ravi Ramesh", "former minister") in {r[:2] for r in roles(india)}


def test_party_led_by_a_person(extract):
    facts = extract(
        "The Patriotic Alliance, led by Gareth Adams, is seen as the likely kingmaker in Cape Town.\n"
        "The commission, led by judge Ruth Mabena, will report in May.",
        url="https://www.dailymaverick.co.za/article/x",
    )
    assert ("Gareth Adams", "leader", "Patriotic Alliance") in roles(facts)
    assert not {m for m in members(facts) if m[0] == "Ruth Mabena"}


def test_names_the_model_took_for_organisations_next_to_a_party_or_a_rival(extract):
    facts = extract(
        "The electoral commission on Wednesday declared Adebayo Olaniyan of the All Progressives Congress winner.\n"
        "Mr Olaniyan defeated his closest rival, Yetunde Bello of the Peoples Democratic Party.\n"
        "Ms Bello rejected the result, saying the election was marred by vote buying.",
        url="https://www.premiumtimesng.com/news/x",
    )
    assert ("Adebayo Olaniyan", "All Progressives Congress") in members(facts)
    assert ("Yetunde Bello", "Peoples Democratic Party") in members(facts)
    assert "Yetunde Bello" in speakers(facts)


def test_welsh_patronymic_particle(extract):
    facts = extract(
        "Plaid Cymru leader Iwan ap Dafydd paid tribute to her in Cardiff.", url="https://www.bbc.co.uk/news/uk-wales-x"
    )
    assert ("Iwan ap Dafydd", "leader", "Plaid Cymru") in roles(facts)


def test_office_left_or_kept_as(extract):
    facts = extract(
        "Wales' First Minister, Carys Morgan, has announced she will step down as Welsh Labour leader in the autumn.\n"
        "The Senedd member for Cardiff West said she would remain in the Senedd.\n"
        "Dai Rees said he would not quit as a protest.",
        url="https://www.bbc.co.uk/news/uk-wales-politics-x",
    )
    assert ("Carys Morgan", "leader", "Labour Party") in roles(facts)
    assert any(r[0] == "Carys Morgan" and "member" in r[1] for r in roles(facts))
    assert not {r for r in roles(facts) if r[0] == "Dai Rees"}


def test_member_of_a_party_in_apposition(extract):
    facts = extract(
        "Prime Minister Yuko Tanaka, who also heads the Liberal Democratic Party, proposed the change in Tokyo.\n"
        "Former defense minister Hiroshi Ono, a leading figure in the party's right wing, said it would \"destroy "
        'tradition".\n'
        "Aiko Mori, a veteran of the Constitutional Democratic Party, welcomed it.",
        url="https://www.japantimes.co.jp/news/x",
    )
    assert ("Hiroshi Ono", "Liberal Democratic Party") in members(facts)
    assert ("Aiko Mori", "Constitutional Democratic Party of Japan") in members(facts)


@pytest.mark.xfail(
    reason="known limit: a foreign party's adjective opening a sentence ('Conservative lawmakers within the LDP') "
    "is read as that party; skipping it lost a Dutch article's 'Labour leader' (PvdA by alias)"
)
def test_foreign_party_adjective_opening_a_sentence(extract):
    facts = extract(
        "Conservative lawmakers within the LDP have long opposed the idea in Tokyo.",
        url="https://www.japantimes.co.jp/news/x",
    )
    assert "Conservative Party" not in parties(facts)


def test_us_state_leadership_titles_and_eu_left_group(extract):
    arizona = extract(
        'Senate President Pro Tem Walt Becker, R-Mesa, accused the attorney general of "grandstanding" in Phoenix.',
        url="https://www.azcentral.com/story/news/politics/x",
    )
    assert {p["name"] for p in arizona["persons"]} == {"Walt Becker"}
    assert any(r[0] == "Walt Becker" and r[1].startswith("senate president") for r in roles(arizona))
    eu = extract(
        "Spanish MEP Lucía Moreno, the S&D's lead negotiator on the file, said talks had collapsed in Strasbourg.\n"
        "Left co-chair Anna Berg said her group would oppose any watering down.",
        url="https://www.politico.eu/article/x",
    )
    assert any(r[0] == "Lucía Moreno" and "negotiator" in r[1] for r in roles(eu))
    assert ("Anna Berg", "The Left in the European Parliament") in members(eu)


def test_implied_memberships_in_groups_tickets_and_comparisons(extract):
    senate = extract(
        "Sen. Laura Whitman and fellow Democrat Mark Ellison introduced a bill on Tuesday to cap drug prices.",
        url="https://apnews.com/article/x",
    )
    assert {("Laura Whitman", "Democratic Party"), ("Mark Ellison", "Democratic Party")} <= members(senate)
    nigeria = extract(
        "Governor Musa Bello, who was elected on the platform of the APC in 2019, defected to the PDP on Monday.",
        url="https://punchng.com/x",
    )
    assert {("Musa Bello", "All Progressives Congress"), ("Musa Bello", "Peoples Democratic Party")} <= members(nigeria)
    uk = extract(
        "Helen Marsh, like other Labour MPs in the north, has faced criticism over the cuts.",
        url="https://www.theguardian.com/politics/x",
    )
    assert ("Helen Marsh", "Labour Party") in members(uk)
    plain = extract("Helen Marsh, like other residents, has faced higher bills.", url="https://www.theguardian.com/x")
    assert not members(plain)


def test_a_persons_party_named_in_apposition_speaks_as_the_party(extract):
    facts = extract(
        "Thabo Ndaba led the ANC to a narrow victory in the Free State.\n"
        "Ndaba's party, the ANC, said it would form a minority government.",
        url="https://www.news24.com/x",
    )
    assert "African National Congress" in speakers(facts)
    assert ("Thabo Ndaba", "African National Congress") in members(facts)


def test_bracketed_zone_after_an_office_and_kenyan_cabinet_secretary(extract):
    nigeria = extract(
        "Also speaking, the Deputy National Chairman (South) of the PDP, Chief Tunde Ajayi, averred that the party "
        "remained united in Abuja.",
        url="https://guardian.ng/news/x",
    )
    assert ("Tunde Ajayi", "Peoples Democratic Party") in members(nigeria)
    assert "Tunde Ajayi" in speakers(nigeria)
    zone = extract(
        "Also speaking, the Deputy National Chairman (South), Chief Tunde Ajayi, said the PDP remained united.",
        url="https://guardian.ng/news/x",
    )
    assert any(r[0] == "Tunde Ajayi" and "deputy national chairman" in r[1] for r in roles(zone))
    kenya = extract(
        "Treasury CS Mercy Chebet maintained that the delays were caused by low revenue in Nairobi.",
        url="https://www.the-star.co.ke/news/x",
    )
    assert any(r[0] == "Mercy Chebet" and r[1].endswith("cabinet secretary") for r in roles(kenya))


def test_the_next_persons_title_is_no_apposition(extract):
    facts = extract(
        "In a letter to Prime Minister Ryo Hayashi, opposition leader Aiko Mori demanded an inquiry.\n"
        "Ken Sato, spokesperson for the Aiko Mori campaign, told reporters the letter was sent on Monday.",
        url="https://www.japantimes.co.jp/news/x",
    )
    assert ("Ryo Hayashi", "prime minister", None) in roles(facts)
    assert not {r for r in roles(facts) if r[0] == "Ryo Hayashi" and r[1] != "prime minister"}
    assert any(r[0] == "Ken Sato" and r[1].startswith("spokesperson") for r in roles(facts))


def test_a_list_of_names_sharing_one_apposition(extract):
    facts = extract(
        "Ann Cole, Tom Reed and Mary Hale, all Labour MPs, signed the letter in London.\n"
        "Ruth Dale met Ian Ross and Joe Kerr, both Conservative peers, on Monday.",
        url="https://www.bbc.co.uk/news/x",
    )
    assert {("Ann Cole", "Labour Party"), ("Tom Reed", "Labour Party"), ("Mary Hale", "Labour Party")} <= members(facts)
    assert {("Ian Ross", "Conservative Party"), ("Joe Kerr", "Conservative Party")} <= members(facts)
    assert not {m for m in members(facts) if m[0] == "Ruth Dale"}


def test_supporters_are_no_members(extract):
    facts = extract(
        "Ann Cole, a former Labour voter, said she would back Reform UK. Tom Reed, a Tory donor, agreed in London.",
        url="https://www.bbc.co.uk/news/x",
    )
    assert not members(facts)


def test_role_phrase_with_a_ticket_in_its_relative_clause(extract):
    facts = extract(
        "Kiambu Governor Jane Wairimu has accused the national government of sabotaging devolution.\n"
        "The governor, who was elected on a Jubilee ticket, went on to urge residents to register as voters.",
        url="https://nation.africa/kenya/news/politics/x",
    )
    assert ("Jane Wairimu", "Jubilee Party") in members(facts)


def test_now_apposition_running_under_a_party_and_termed(extract):
    facts = extract(
        "Former senator Antonio Reyes, now a spokesman for the Nacionalista Party, said the party would field a full "
        "slate.\nSenate President Victor Lim announced he would run for re-election under the Nationalist People's "
        "Coalition.",
        url="https://www.philstar.com/headlines/x",
    )
    assert ("Antonio Reyes", "spokesman", "Nacionalista Party") in roles(facts)
    assert ("Victor Lim", "Nationalist People's Coalition") in members(facts)
    pakistan = extract(
        'Punjab Information Minister Uzma Bokhari termed the planned rally "an attack on the state" in Lahore.',
        url="https://www.dawn.com/news/x",
    )
    assert "Uzma Bokhari" in speakers(pakistan)


def test_malay_and_filipino_surname_particles(extract):
    malaysia = extract(
        "Finance Minister Nurul Izzah binti Anwar said the budget was balanced in Putrajaya.",
        url="https://www.thestar.com.my/news/nation/x",
    )
    assert {p["name"] for p in malaysia["persons"]} == {"Nurul Izzah binti Anwar"}
    philippines = extract(
        "Senator Ronald dela Rosa said the probe was politically motivated. Dela Rosa spoke in Manila.",
        url="https://www.rappler.com/nation/x",
    )
    assert [(p["name"], p["aliases"]) for p in philippines["persons"]] == [("Ronald dela Rosa", ["Dela Rosa"])]


def test_us_district_and_newspaper_party_tags_and_hyphenated_ridings(extract):
    texas = extract("State Sen. Bo Tate (R-12th District) said the bill would fail in Austin.")
    assert ("Bo Tate", "state senator", "Republican Party") in roles(texas)
    wsj = extract("Sen. Ann Lee (D., N.Y.) said the vote was close.", url="https://www.wsj.com/politics/x")
    assert ("Ann Lee", "senator", "Democratic Party") in roles(wsj)
    alberta = extract(
        "UCP MLA for Calgary-Elbow, Tom Reed, said the province would act in Edmonton.",
        url="https://www.cbc.ca/news/canada/calgary/x",
    )
    assert ("Tom Reed", "United Conservative Party") in members(alberta)


def test_nationality_before_a_party_adjective_in_an_eu_story(extract):
    facts = extract(
        "MEPs on Wednesday approved the nature restoration law in Strasbourg.\n"
        'German Green MEP Lena Fischer said it was "a victory for nature".',
        url="https://www.politico.eu/article/x",
    )
    assert ("Lena Fischer", "mep", "Alliance 90/The Greens") in roles(facts)


def test_expressed_or_voiced_a_position(extract):
    facts = extract(
        "Governor Ann Cole expressed confidence that the bill would pass. Senator Tom Reed voiced support for the "
        "strike in Austin. The company expressed interest in the contract."
    )
    assert {"Ann Cole", "Tom Reed"} == speakers(facts)


def test_all_other_groups_are_not_the_excepted_party(extract):
    facts = extract(
        "With the exception of the European People's Party (EPP), all other political groups expressed frustration "
        "with the Commission but said they would not back the motion.",
        url="https://www.politico.eu/article/x",
    )
    assert "European People's Party" not in speakers(facts)


def test_who_said_clause_ends_at_its_comma(extract):
    facts = extract(
        "Ann Cole, who said last week that the plan was dead, voted for it on Tuesday in Austin.",
        url="https://apnews.com/article/x",
    )
    assert ("Ann Cole", "the plan was dead") in {(s["speaker"], s["text"]) for s in facts["statements"]}


def test_parties_of_more_countries_by_initials_in_their_country(extract):
    cases = [
        (
            "NDC presidential candidate Kwame Asante said the NPP had wrecked the economy in Accra.",
            "https://www.myjoyonline.com/x",
            ("Kwame Asante", "National Democratic Congress"),
        ),
        (
            "DPP legislator Lin Mei-hua said the KMT was too close to Beijing.",
            "https://www.taipeitimes.com/x",
            ("Lin Mei-hua", "Democratic Progressive Party"),
        ),
        (
            "Japan's DPP leader Yuichi Tamaki said the budget was too small.",
            "https://www.japantimes.co.jp/x",
            ("Yuichi Tamaki", "Democratic Party for the People"),
        ),
        (
            "ZANU-PF spokesman Chris Moyo said the CCC was sponsored by the West.",
            "https://www.herald.co.zw/x",
            ("Chris Moyo", "ZANU–PF"),
        ),
    ]
    for text, url, membership in cases:
        assert membership in members(extract(text, url=url)), text


def test_person_led_party_and_party_under_a_person(extract):
    nigeria = extract(
        "President Bola Adisa said the economy was recovering. Critics said the Adisa-led APC government had failed.",
        url="https://punchng.com/x",
    )
    assert ("Bola Adisa", "All Progressives Congress") in members(nigeria)
    assert {p["name"] for p in nigeria["persons"]} == {"Bola Adisa"}
    india = extract("Arjun Rao spoke in Delhi. The Rao-led BJP now controls 15 states.", url="https://www.ndtv.com/x")
    assert ("Arjun Rao", "leader", "Bharatiya Janata Party") in roles(india)
    za = extract("The ANC, under Cyril Mathe, lost its majority in Gauteng.", url="https://www.news24.com/x")
    assert ("Cyril Mathe", "African National Congress") in members(za)
    plain = extract("The Saudi-led coalition bombed the port, officials in Aden said.")
    assert not members(plain)


def test_the_ruling_party_speaking_is_the_party_called_ruling(extract):
    facts = extract(
        "The PDP criticised the plan. Nigeria's ruling All Progressives Congress met on Monday.\n"
        "The ruling party said the claims were false.",
        url="https://punchng.com/x",
    )
    assert ("All Progressives Congress", "the claims were false") in {
        (s["speaker"], s["text"]) for s in facts["statements"]
    }
    unnamed = extract("The DA criticised the plan on Monday.\nThe ruling party said the claims were false.")
    assert "Democratic Alliance" not in {s["speaker"] for s in unnamed["statements"] if "false" in s["text"]}


def test_indian_party_supremo(extract):
    facts = extract(
        "TMC supremo Mamta Sen said her party would fight alone in Kolkata.", url="https://www.thehindu.com/x"
    )
    assert ("Mamta Sen", "supremo", "Trinamool Congress") in roles(facts)


@pytest.mark.xfail(
    reason="known limit: a title with a chamber before the name ('Leader of Opposition in the Lok "
    "Sabha Rahul Verma') is one place entity for the model"
)
def test_title_with_a_chamber_before_the_name(extract):
    facts = extract(
        "Leader of Opposition in the Lok Sabha Rahul Verma said the bill was unconstitutional.",
        url="https://www.thehindu.com/x",
    )
    assert "Rahul Verma" in speakers(facts)


def test_shadow_minister_of_no_stated_party_is_not_in_the_governing_party(extract):
    facts = extract(
        "NSW Labor Premier Tom Keane has ruled out a new stamp duty surcharge. Labor will not budge, Labor sources "
        "said.\nLiberal leader Sarah Brooks said the Liberals would scrap it.\n"
        "Shadow treasurer Ian Moss said the government had no plan.",
        url="https://www.smh.com.au/politics/nsw/x",
    )
    assert ("Ian Moss", "shadow treasurer", "Liberal Party of Australia") in roles(facts)


def test_a_frame_with_nothing_of_its_own_leaves_the_words_to_its_participle(extract):
    facts = extract(
        "Finance Minister Peter Sithole hit back, accusing the opposition of \u201cpopulist nonsense\u201d.\n"
        "Opposition leader Nomvula Dube lashed out, branding the budget a disgrace.",
        url="https://www.news24.com/news24/politics/x",
    )
    said = {(s["speaker"], s["text"]) for s in facts["statements"]}
    assert ("Peter Sithole", "accusing the opposition of populist nonsense") in said
    assert ("Nomvula Dube", "branding the budget a disgrace") in said


def test_titled_name_with_a_tag_then_an_accusation(extract):
    facts = extract(
        "Arizona Attorney General Rosa Delgado sued the utility.\n"
        'Senate President Pro Tem Walt Becker, R-Mesa, accused Delgado of "grandstanding".\n'
        "Tom Reed, accused of fraud by prosecutors, resigned on Monday.",
        url="https://www.azcentral.com/story/news/politics/x",
    )
    assert speakers(facts) == {"Walt Becker"}


def test_the_governor_elect_refers_back(extract):
    facts = extract(
        "The electoral commission on Wednesday declared Adebayo Olaniyan of the All Progressives Congress winner of "
        "the Oyo State governorship election.\n"
        'In his acceptance speech in Ibadan, the governor-elect promised to "govern for all".',
        url="https://punchng.com/x",
    )
    assert ("Adebayo Olaniyan", "governor-elect", "All Progressives Congress") in roles(facts)
    assert "Adebayo Olaniyan" in speakers(facts)


def test_quebec_and_irish_chamber_titles(extract):
    quebec = extract(
        "Québec solidaire co-spokesperson Rania Haddad said the CAQ government had abandoned tenants in Montreal.",
        url="https://www.cbc.ca/news/canada/montreal/x",
    )
    assert ("Rania Haddad", "Québec solidaire") in members(quebec)
    ireland = extract("Ceann Comhairle Orla Brennan said the Dáil would sit late.", url="https://www.irishtimes.com/x")
    assert ("Orla Brennan", "ceann comhairle", None) in roles(ireland)


def test_double_barrelled_name_the_model_took_for_an_organisation(extract):
    facts = extract(
        "Reform UK's Richard Tice-Holt, the party's deputy leader, said the government had lost its way.\n"
        "The Biden-Harris administration said the plan was wrong.",
        url="https://www.bbc.co.uk/news/x",
    )
    assert {p["name"] for p in facts["persons"]} == {"Richard Tice-Holt"}
    assert ("Richard Tice-Holt", "deputy leader", "Reform UK") in roles(facts)


def test_running_mate_shares_the_party_and_a_deputy_of_no_party_gets_none(extract):
    facts = extract(
        "PDP candidate Musa Garba toured Kano. Garba's running mate, Ifeoma Eze, said the ticket was balanced.",
        url="https://punchng.com/x",
    )
    assert ("Ifeoma Eze", "Peoples Democratic Party") in members(facts)
    plain = extract("Prime Minister Ann Cole met Tom Reed. Cole's deputy, Ian Ross, was absent.")
    assert not members(plain)


def test_kenyan_honourable_with_a_full_stop(extract):
    facts = extract(
        "Kimilili MP Hon. Moses Wekesa said the opposition was out of touch in Nairobi.",
        url="https://nation.africa/kenya/news/politics/x",
    )
    assert {p["name"] for p in facts["persons"]} == {"Moses Wekesa"}
    assert "Moses Wekesa" in speakers(facts)


def test_the_veteran_politician_is_the_person_in_focus(extract):
    facts = extract(
        "Former president Jacob Mthembu addressed supporters in Durban on Sunday.\n"
        "The veteran politician said the party had lost its way.",
        url="https://www.news24.com/news24/politics/x",
    )
    assert ("Jacob Mthembu", "the party had lost its way") in {(s["speaker"], s["text"]) for s in facts["statements"]}
    assert not {r for r in roles(facts) if "politician" in r[1]}
