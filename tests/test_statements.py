"""Statements: quote shapes, reported speech, pronoun and role speakers."""

from conftest import said


def test_colon_quote(extract):
    facts = extract('Health minister Clara Voss said: "We will open ten new clinics this year."')
    assert ("Clara Voss", "We will open ten new clinics this year.") in said(facts)


def test_quote_interrupted_by_attribution_is_two_statements(extract):
    text = (
        "Opposition leader Mark Ellery attacked the budget.\n"
        '"This budget fails families," he said, "and it fails business too."'
    )
    facts = extract(text)
    assert ("Mark Ellery", "This budget fails families") in said(facts)
    assert ("Mark Ellery", "and it fails business too.") in said(facts)


def test_quote_over_several_paragraphs(extract):
    text = (
        'Green leader Ruth Calder said: "We cannot wait any longer.\n'
        '"Every year of delay costs us more.\n'
        '"That is why we will act on day one."'
    )
    speakers = {s for s, _ in said(extract(text))}
    texts = {t for _, t in said(extract(text))}
    assert speakers == {"Ruth Calder"}
    assert {
        "We cannot wait any longer.",
        "Every year of delay costs us more.",
        "That is why we will act on day one.",
    } <= texts


def test_accused_of(extract):
    facts = extract("Conservative MP John Pellow accused Labour of raiding pensions.")
    assert ("John Pellow", "accused Labour of raiding pensions") in said(facts)


def test_reported_speech_with_that(extract):
    facts = extract("Senator Maria Lopez said that the bill would cut costs for families.")
    assert ("Maria Lopez", "the bill would cut costs for families") in said(facts)


def test_pronoun_speaker_follows_gender(extract):
    text = (
        "Anna Kemble met Robert Dunn in Cardiff on Friday.\n"
        "Dunn criticised the plan.\n"
        '"It is not good enough," she said.'
    )
    facts = extract(text)
    assert ("Anna Kemble", "It is not good enough") in said(facts)


def test_alternating_pronouns(extract):
    text = (
        "Mary Holt and Peter Vance clashed over housing on Tuesday night.\n"
        '"Rents are out of control," Holt said.\n'
        'Vance disagreed. "Supply is rising," he said.'
    )
    facts = extract(text)
    assert ("Peter Vance", "Supply is rising") in said(facts)
    assert ("Mary Holt", "Rents are out of control") in said(facts)


def test_said_after_name(extract):
    facts = extract('"The figures speak for themselves," said McAllister, the party treasurer.')
    assert ("McAllister", "The figures speak for themselves") in said(facts)


def test_party_as_speaker(extract):
    facts = extract("The Tories said the figures were misleading and called for an inquiry.")
    assert any(s == "Conservative Party" and "figures were misleading" in t for s, t in said(facts))


def test_role_phrase_speaker(extract):
    text = (
        "Prime Minister Olivia Hart visited Leeds on Monday.\nThe Prime Minister said the economy was turning a corner."
    )
    facts = extract(text)
    assert ("Olivia Hart", "the economy was turning a corner") in said(facts)


def test_headline_quote_after_colon(extract):
    facts = extract(
        "The minister spoke after the vote.", title="Labour's Sarah Quinn hits back: 'They have no plan at all'"
    )
    assert ("Sarah Quinn", "They have no plan at all") in said(facts)


def test_statement_about_targets(extract):
    facts = extract("Labour leader Tom Ashby said the Conservatives had failed the NHS.")
    statement = next(s for s in facts["statements"] if s["speaker"] == "Tom Ashby")
    assert set(statement["about"]) >= {"Conservative Party", "NHS"}


def test_provenance_offsets_point_into_the_article(extract):
    text = "Intro line.\nHealth minister Clara Voss said the plan would work."
    facts = extract(text)
    prov = facts["statements"][0]["provenance"]
    assert prov["field"] == "text"
    assert text[prov["start"] : prov["end"]] == "the plan would work"
    assert prov["extractor"].startswith("polgraph-rules/")


def test_according_to(extract):
    facts = extract("The bill will fail next week, according to Sen. Ann Rowe, D-Vt.")
    assert ("Ann Rowe", "The bill will fail next week") in said(facts)


def test_its_targets_the_party_last_named(extract):
    text = "Rounding on the Greens in Wellington, Labour leader Sam Ollie said its plan would cost jobs."
    statement = next(s for s in extract(text)["statements"] if s["speaker"] == "Sam Ollie")
    assert statement["about"] == ["Green Party of Aotearoa New Zealand"]


def test_attribution_ending_a_paragraph_with_a_colon(extract):
    text = 'Speaking in Leeds, Labour leader Tom Ashby said:\n"We will build the homes this country needs."'
    assert ("Tom Ashby", "We will build the homes this country needs.") in said(extract(text))


def test_colon_headline(extract):
    facts = extract(
        "Labour leader Tom Ashby spoke in Leeds on Monday.", title="Ashby: 'We will build the homes Britain needs'"
    )
    assert ("Tom Ashby", "We will build the homes Britain needs") in said(facts)


def test_reported_clause_is_one_statement_of_its_speaker(extract):
    text = (
        "Senate Minority Leader Frank Dole, R-Texas, spoke on Thursday.\n"
        "Dole said his party would propose a balanced budget amendment next month."
    )
    facts = extract(text)
    assert {s for s, _ in said(facts)} == {"Frank Dole"}
    assert ("Frank Dole", "his party would propose a balanced budget amendment next month") in said(facts)


def test_lower_case_role_inside_a_quote_targets_its_holder(extract):
    text = (
        "President Alan Crane on Monday vetoed the bill.\n"
        "\u201cThe president has put China first,\u201d said Rep. Mark Bell, R-Fla."
    )
    statement = next(s for s in extract(text)["statements"] if s["speaker"] == "Mark Bell")
    assert set(statement["about"]) == {"Alan Crane", "China"}


def test_bare_object_is_no_statement(extract):
    assert not extract("Republicans in Washington blasted the decision.")["statements"]


def test_he_after_she_is_the_next_speaker(extract):
    text = (
        "Green spokeswoman Ilse Varga claimed the council had broken its promise on buses.\n"
        '"Passengers are waiting longer than ever," she said.\n'
        "Transport Minister Oren Blight, of the Heritage Party, said the figures showed services improving.\n"
        'He added: "The Greens have no plan, only slogans."'
    )
    assert ("Oren Blight", "The Greens have no plan, only slogans.") in said(extract(text))


def test_subject_pronoun_is_not_the_person_it_answers(extract):
    text = (
        "Mayor Dov Arlen defended the fares rise on Tuesday.\n"
        "A poll put his challenger Tomas Brindle ahead. He hit back at Arlen on Wednesday, saying: "
        '"Fares have gone up every year under this mayor."'
    )
    assert ("Tomas Brindle", "Fares have gone up every year under this mayor.") in said(extract(text))


def test_quotation_ending_a_reported_clause_gives_the_whole_clause(extract):
    text = (
        'Rents in the capital are "spiralling out of control", Mara Quill said.\n'
        'The council had done too little to "win back the trust of tenants", she added.'
    )
    facts = extract(text)
    assert ("Mara Quill", "Rents in the capital are spiralling out of control") in said(facts)
    assert ("Mara Quill", "The council had done too little to win back the trust of tenants") in said(facts)
    assert {s["type"] for s in facts["statements"]} == {"direct"}


def test_quotation_inside_a_reported_clause_after_another_quotation(extract):
    text = (
        "Senator Lena Ostrow attacked the transit plan on Monday.\n"
        'Warning commuters "you cannot trust Pell," she claimed the Civic candidate '
        '"has misled voters twice about fares".'
    )
    facts = extract(text)
    assert ("Lena Ostrow", "you cannot trust Pell") in said(facts)
    assert ("Lena Ostrow", "the Civic candidate has misled voters twice about fares") in said(facts)


def test_frames_with_verbs_above_the_reporting_verb(extract):
    text = (
        '"We will not be silenced," Dov Arlen is expected to tell the rally.\n'
        '"The plan is dead," Mara Quill was quoted as saying.\n'
        "Ola Ferris apologised on Friday after saying that the scheme was a mistake."
    )
    facts = extract(text)
    assert ("Dov Arlen", "We will not be silenced") in said(facts)
    assert ("Mara Quill", "The plan is dead") in said(facts)
    assert ("Ola Ferris", "the scheme was a mistake") in said(facts)


def test_unframed_quotation_paragraph_belongs_to_the_person_before(extract):
    text = (
        "Senator Ilse Varga defended her record on schools.\n"
        '"Every school in this state has more teachers than it did four years ago."\n'
        "Rival Tomas Brindle argued the figures hid rising class sizes.\n"
        '"Parents see the truth every morning at the school gate."'
    )
    facts = extract(text)
    assert ("Ilse Varga", "Every school in this state has more teachers than it did four years ago.") in said(facts)
    assert ("Tomas Brindle", "Parents see the truth every morning at the school gate.") in said(facts)


def test_because_inside_the_reported_clause_is_part_of_it(extract):
    facts = extract("Greta Lund said the council had failed because it ignored the flood warnings.")
    assert ("Greta Lund", "the council had failed because it ignored the flood warnings") in said(facts)


def test_a_verb_reporting_nothing_does_not_cut_the_content(extract):
    facts = extract(
        "Senator Ola Ferris launched an attack on Dov Arlen, accusing him of sowing division "
        "and not believing in the city."
    )
    assert any(s == "Ola Ferris" and t.endswith("not believing in the city") for s, t in said(facts))


def test_accusation_quoting_a_phrase_keeps_the_verb(extract):
    facts = extract('Heritage Party chairman Rena Tolliver accused the Greens of "fantasy economics".')
    statement = next(s for s in facts["statements"] if s["speaker"] == "Rena Tolliver")
    assert (statement["type"], statement["text"]) == ("direct", "accused the Greens of fantasy economics")


def test_claim_that_reports_its_owner(extract):
    text = (
        "Voters rejected Tomas Brindle's claim that the tram line would pay for itself.\n"
        "Reacting to Mayor Dov Arlen's statement that the council had reached its limit, rivals scoffed."
    )
    facts = extract(text)
    assert ("Tomas Brindle", "the tram line would pay for itself") in said(facts)
    assert ("Dov Arlen", "the council had reached its limit") in said(facts)


def test_a_pledge_noun_is_no_statement(extract):
    facts = extract("A poll put Mara Quill ahead after her pledge to freeze fares.")
    assert not facts["statements"]


def test_where_a_promise_was_made_is_not_part_of_it(extract):
    facts = extract("Civic leader Grace Tallow promised tax relief in Wellington.")
    assert ("Grace Tallow", "tax relief") in said(facts)


def test_pronoun_prefers_the_main_speaker_over_a_reported_thinker(extract):
    text = (
        "Mayor Dov Arlen attacked the minister, saying that governor Tomas Brindle thinks the city is weak.\n"
        '"The governor only understands one language," he said.'
    )
    assert ("Dov Arlen", "The governor only understands one language") in said(extract(text))


def test_a_name_inside_what_was_said_is_not_the_pronoun_speaker(extract):
    text = (
        "Mayor Dov Arlen spoke to reporters on Friday.\n"
        "The Civic win in Eastfield showed Tomas Brindle could take the city, he said."
    )
    facts = extract(text)
    assert {s for s, _ in said(facts)} == {"Dov Arlen"}


def test_passive_reporting_verb_speaker_is_the_agent(extract):
    text = (
        "Senator Ilse Varga spoke at the conference.\n"
        'Mayor Dov Arlen has been called "the absent mayor" by Ms Varga.\n'
        "Arlen is widely believed to have lost the debate."
    )
    facts = extract(text)
    assert ("Ilse Varga", "Mayor Dov Arlen has been called the absent mayor") in said(facts)
    assert "Dov Arlen" not in {s for s, _ in said(facts)}


def test_a_passive_or_embedded_subject_is_not_the_next_pronoun_speaker(extract):
    text = (
        'Mayor Dov Arlen rejected the charges. "I sent nobody to court," he said.\n'
        "He said Tomas Brindle and co-accused Ola Ferris were his supporters. "
        "He said his critics were the same people who opposed the tribunal."
    )
    assert ("Dov Arlen", "his critics were the same people who opposed the tribunal") in said(extract(text))


def test_colon_after_any_main_verb_opens_its_subject_quotation(extract):
    facts = extract('Minority Leader Dov Arlen, R-Ohio, begged to differ: "This institution is broken."')
    assert ("Dov Arlen", "This institution is broken.") in said(facts)


def test_relative_clause_speakers_are_its_antecedents(extract):
    facts = extract(
        "The Greens offer an alternative to the Conservatives and Labour, who both insist the deal is now inevitable."
    )
    assert {
        ("Conservative Party", "the deal is now inevitable"),
        ("Labour Party", "the deal is now inevitable"),
    } <= said(facts)


def test_calling_an_election_is_no_statement(extract):
    facts = extract(
        "Prime Minister Ola Ferris called a snap election for May 3 on Friday.\n"
        "Her party hit a record high of 40% in the polls."
    )
    assert not facts["statements"]


def test_calling_for_and_calling_x_y_are_statements(extract):
    facts = extract(
        "Senator Ilse Varga called for a public inquiry into the tram contracts.\n"
        "Mayor Dov Arlen called the inquiry a costly distraction from real work."
    )
    assert {s for s, _ in said(facts)} == {"Ilse Varga", "Dov Arlen"}


def test_when_asked_is_not_what_the_speaker_said(extract):
    facts = extract('"I hope not," Senator Ilse Varga said, when asked whether the mayor could win.')
    assert said(facts) == {("Ilse Varga", "I hope not")}


def test_a_person_in_a_relative_clause_of_the_subject_is_not_the_speaker(extract):
    text = "Mayor Dov Arlen spoke on Friday.\nThe senator, who spoke after Arlen, said the tram plan had collapsed."
    assert "Dov Arlen" not in {s for s, _ in said(extract(text))}


def test_a_quotation_reported_inside_another_claim_is_that_claim(extract):
    text = (
        "Heritage leader Ola Ferris attacked the mayor on Tuesday.\n"
        'Ferris claimed the mayor said "black is white" about the budget.'
    )
    facts = extract(text)
    assert {s for s, _ in said(facts)} == {"Ola Ferris"}


def test_frame_inside_the_reported_clause_is_left_out(extract):
    text = (
        "Senator Ilse Varga spoke on Tuesday.\n"
        "The tram plan, Varga said, would cost $2 billion.\n"
        "The governor, Varga told the Eastfield Courier, has no plan."
    )
    facts = extract(text)
    assert ("Ilse Varga", "The tram plan would cost $2 billion") in said(facts)
    assert ("Ilse Varga", "The governor has no plan") in said(facts)


def test_according_to_a_statement_from(extract):
    text = "Senator Ilse Varga spoke on Tuesday.\nAccording to a statement from Senator Varga, the vote was rigged."
    assert ("Ilse Varga", "the vote was rigged") in said(extract(text))


def test_participle_on_an_object_noun_speaks_for_the_subject(extract):
    text = (
        "Prime Minister Ola Ferris arrived late.\n"
        "She then delivered a short speech arguing that the tram plan was dead.\n"
        "Senator Ilse Varga sent Ferris a letter promising she has the votes to block it."
    )
    facts = extract(text)
    assert ("Ola Ferris", "the tram plan was dead") in said(facts)
    assert any(s == "Ilse Varga" and t.startswith("she has the votes") for s, t in said(facts))


def test_ruling_out_is_a_stated_position(extract):
    facts = extract("Civic leader Tomas Brindle has refused to rule out a coalition with the Heritage Party.")
    assert ("Tomas Brindle", "rule out a coalition with the Heritage Party") in said(facts)


def test_name_colon_claim_headline(extract):
    facts = extract(
        "Heritage leader Tomas Brindle spoke in Eastfield on Monday.",
        title="Brindle: Greens trying to con voters ahead of election",
    )
    assert ("Tomas Brindle", "Greens trying to con voters ahead of election") in said(facts)
    facts = extract(
        "Heritage leader Tomas Brindle spoke in Eastfield on Monday.",
        title="Tram plan a surgical strike on congestion: Brindle",
    )
    assert ("Tomas Brindle", "Tram plan a surgical strike on congestion") in said(facts)


def test_topic_colon_headline_is_no_statement(extract):
    facts = extract(
        "Heritage leader Tomas Brindle spoke in Eastfield on Monday.",
        title="Election 2026: Brindle and Varga clash in debate",
    )
    assert not facts["statements"]


def test_said_in_a_statement_that(extract):
    text = "Senator Ilse Varga spoke on Monday.\nVarga said in a statement that the budget was a disgrace."
    assert ("Ilse Varga", "the budget was a disgrace") in said(extract(text))


def test_a_plural_subject_naming_two_people_is_both_speakers(extract):
    text = "Senator Ilse Varga spoke.\nThe senators, Varga and Senator Tomas Brindle, agreed the deal was fair."
    assert {("Ilse Varga", "the deal was fair"), ("Tomas Brindle", "the deal was fair")} <= said(extract(text))


def test_two_speakers_in_one_sentence_are_two_statements(extract):
    facts = extract(
        'Heritage leader Tomas Brindle dismissed the plan as "a gimmick", while a Civic Party '
        "spokesperson said it would never be funded."
    )
    assert said(facts) == {
        ("Tomas Brindle", "dismissed the plan as a gimmick"),
        ("Civic Party", "it would never be funded"),
    }


def test_a_name_right_after_a_closing_quote_speaks(extract):
    facts = extract(
        '"This budget is a disgrace," Tomas Reyes of the ANC said of the plan.\n'
        '"We will not back it," Ilse Varga said of the bill.\n'
        '"It is theft," Ramon Ibarra of the Orange Alliance said of the tender.'
    )
    assert ("Ramon Ibarra", "It is theft") in said(facts)
    assert ("Tomas Reyes", "This budget is a disgrace") in said(facts)
    assert ("Ilse Varga", "We will not back it") in said(facts)
    assert ("Tomas Reyes", "African National Congress") in {(m["person"], m["party"]) for m in facts["memberships"]}


def test_a_second_verb_hung_on_the_reported_clause_is_the_reporters(extract):
    facts = extract(
        "The DA's Lindiwe Sithole said the tariff hike was illegal and called for its removal.\n"
        "Tomas Reyes told Parliament the minister had misled the House and demanded her resignation."
    )
    assert ("Lindiwe Sithole", "the tariff hike was illegal") in said(facts)
    assert ("Lindiwe Sithole", "called for its removal") in said(facts)
    assert ("Tomas Reyes", "her resignation") in said(facts)
    assert "Tomas Reyes" not in {r["person"] for r in facts["roles"]}  # 'the minister' is not the speaker


def test_a_particle_surname_opening_a_sentence_is_the_person_named_before(extract):
    facts = extract(
        "Ursula van der Meer addressed the chamber on Monday.\n"
        "Van der Meer, when given time to speak, defended the budget.\n"
        "She said Europe should stay united."
    )
    assert ("Ursula van der Meer", "Europe should stay united") in said(facts)


def test_a_participle_opener_parsed_as_the_subject_leaves_the_name_after_it_speaking(extract):
    facts = extract(
        "Addressing a rally in Pune, Priya Menon lashed out at the Congress, accusing the party of betraying farmers.\n"
        "Cutting taxes, Mara Quill said, would ruin the country.",
        url="https://www.thehindu.com/news/national/x",
    )
    assert ("Priya Menon", "accusing the party of betraying farmers") in said(facts)
    assert ("Mara Quill", "Cutting taxes would ruin the country") in said(facts)


def test_an_asked_aside_between_name_and_verb_is_no_statement(extract):
    facts = extract(
        'Tom Bright, asked whether he would resign, said: "Absolutely not."\n'
        "Ann Cole asked whether the plan had been costed."
    )
    assert ("Tom Bright", "Absolutely not.") in said(facts)
    assert not any("resign" in text for _, text in said(facts))
    assert ("Ann Cole", "whether the plan had been costed") in said(facts)


def test_first_names_of_more_countries_help_find_speakers(extract):
    facts = extract(
        "Musa Dangana spoke in Kano on Monday.\n"
        '"The plan is dead," Dangana, 61, told reporters.\n'
        "Wanjiku Mwende spoke in Nakuru.\n"
        "Mwende was quoted as saying the plan was dead."
    )
    assert ("Musa Dangana", "The plan is dead") in said(facts)
    assert ("Wanjiku Mwende", "the plan was dead") in said(facts)


def test_a_copular_or_idiom_frame_before_a_colon_introduces_the_quote(extract):
    facts = extract(
        'Mara Quill was more blunt: "This budget is a disaster."\n'
        'Idris Vane put it bluntly: "We will vote it down."\n'
        'Tom Bright was asked: "Will you resign?"'
    )
    assert ("Mara Quill", "This budget is a disaster.") in said(facts)
    assert ("Idris Vane", "We will vote it down.") in said(facts)
    assert not any(speaker == "Tom Bright" for speaker, _ in said(facts))


def test_every_name_of_a_list_hung_as_an_apposition_speaks(extract):
    facts = extract(
        "Mara Quill, Idris Vane and Tom Bright all said the budget was a disaster.\n"
        "Ann Cole, Wyn Calder's deputy, said it was fair."
    )
    assert {speaker for speaker, text in said(facts) if text == "the budget was a disaster"} == {
        "Mara Quill",
        "Idris Vane",
        "Tom Bright",
    }
    assert {speaker for speaker, text in said(facts) if text == "it was fair"} == {"Ann Cole"}


def test_a_writers_aside_after_the_content_is_not_reported(extract):
    facts = extract(
        "Mara Quill accused Idris Vane of lying, a charge he denied.\n"
        "Tom Bright accused Ann Cole of lying, a charge of the utmost gravity."
    )
    assert ("Mara Quill", "accused Idris Vane of lying") in said(facts)
    assert ("Tom Bright", "accused Ann Cole of lying, a charge of the utmost gravity") in said(facts)


def test_the_pair_or_the_two_leaders_are_the_two_people_just_named(extract):
    facts = extract(
        "Ann Cole met Tom Bright in Leeds. The two leaders said the talks had been constructive.\n"
        "Mara Quill met Idris Vane in York. The two parties said the talks had failed.\n"
        "Wyn Calder met Ada Quayle and Helen Marsh in Hull. The pair said nothing had been agreed."
    )
    assert {s for s, t in said(facts) if t == "the talks had been constructive"} == {"Ann Cole", "Tom Bright"}
    assert not any(t in ("the talks had failed", "nothing had been agreed") for _, t in said(facts))


def test_a_scare_quote_inside_the_object_keeps_the_statement(extract):
    facts = extract(
        "Mara Quill slammed the 'reckless' Tory tax cuts on Monday.\n"
        "Idris Vane vowed to 'put my record' against his rival's.",
        title="Labour's Quill slams 'reckless' Tory tax cuts",
    )
    assert ("Mara Quill", "slammed the 'reckless' Tory tax cuts on Monday") in said(facts)
    assert ("Mara Quill", "slams 'reckless' Tory tax cuts") in said(facts)


def test_a_second_name_hung_on_the_first_names_apposition_speaks_too(extract):
    facts = extract(
        "Mara Quill, the Labour leader, and Idris Vane, the Tory leader, blamed each other for the delay.\n"
        "Ann Cole, the Green leader, met Tom Bright on Monday."
    )
    assert {s for s, t in said(facts) if t == "blamed each other for the delay"} == {"Mara Quill", "Idris Vane"}


def test_the_party_of_which_a_member_is_president_speaks_as_that_members_party(extract):
    facts = extract(
        "Reform UK leader Hugo Tanner spoke in Kent. Tom Bright of the Tories disagreed.\n"
        "The party, of which Mr Tanner is honorary president, has vowed to stand candidates in every seat.",
        url="https://www.bbc.co.uk/news/uk-politics-1",
    )
    assert ("Reform UK", "to stand candidates in every seat") in said(facts)


def test_of_two_subjects_the_name_next_to_the_verb_speaks(extract):
    facts = extract(
        "Idris Vane is the head of the Labour list.\n"
        "The head of the Green Party list for the elections Mara Quill posted a video of the rally "
        'calling it "a farce".',
        url="https://www.bbc.co.uk/news/uk-politics-1",
    )
    assert ("Mara Quill", "calling it a farce") in said(facts)
    assert not any(speaker == "Idris Vane" for speaker, _ in said(facts))


def test_a_bare_infinitive_after_make_or_let_is_no_statement_of_its_subject(extract):
    facts = extract(
        "Tom Bright said the row embarrassed the government.\n"
        "The row embarrassed the government, making Mara Quill question her future."
    )
    assert not any(speaker == "Mara Quill" for speaker, _ in said(facts))
