"""Policies whose party is known only from a membership stated elsewhere in the article, and more common ways of
putting a measure forward."""

from conftest import policies


def test_party_stated_by_a_copular_sentence_with_a_pronoun(extract):
    text = "Tom Brandt spoke in Derby on Monday. He is a Heritage Party MP. Brandt said he would scrap bus fares."
    assert ("Heritage Party", "scrap bus fares") in policies(extract(text))


def test_party_stated_by_her_party_apposition(extract):
    text = (
        "Mara Quill addressed supporters in Derby. Her party, the Liberal Democrats, is polling at 12 per cent. "
        "Quill promised to freeze council tax."
    )
    assert ("Liberal Democrats", "freeze council tax") in policies(extract(text))


def test_party_stated_by_a_whose_office(extract):
    text = (
        "The Scottish Greens, whose co-leader Ewan Tulloch was a minister until May, attacked the budget.\n"
        "Mr Tulloch said his party would table amendments to introduce rent controls."
    )
    assert any(p == "Scottish Greens" and "rent controls" in text for p, text in policies(extract(text)))


def test_the_coalition_in_its_own_chairmans_words(extract):
    text = "Pakatan Harapan secretary-general Ahmad Faisal said the coalition would raise the minimum wage to RM2,000."
    assert ("Pakatan Harapan", "raise the minimum wage to RM2,000") in policies(extract(text))


def test_the_opposition_coalition_in_the_narration(extract):
    text = (
        "Barisan Nasional lost the seat in March.\n"
        "The coalition has vowed to restore the fuel subsidy for motorcyclists."
    )
    assert ("Barisan Nasional", "restore the fuel subsidy for motorcyclists") in policies(extract(text))


def test_a_party_called_a_coalition_by_the_article(extract):
    text = (
        "The Northern Renewal Alliance, an opposition coalition, met in Derby.\n"
        "Its chairman Tom Brandt said the coalition would abolish road tolls."
    )
    assert ("Northern Renewal Alliance", "abolish road tolls") in policies(extract(text))


def test_the_coalition_of_two_other_parties_is_not_the_speakers(extract):
    text = (
        "The Conservative-Liberal Democrat coalition took office in May.\n"
        "Labour MP Tom Brandt said the coalition would scrap the child trust fund."
    )
    assert not policies(extract(text))


def test_committed_to_in_reported_words(extract):
    text = "Barisan Nasional secretary-general Ahmad Faisal said the party is committed to retaining the fuel subsidy."
    assert ("Barisan Nasional", "retaining the fuel subsidy") in policies(extract(text))


def test_aims_and_intends_to(extract):
    text = (
        "Perikatan Nasional chairman Ahmad Faisal said the coalition aims to cap the price of rice.\n"
        "The Heritage Party intends to scrap tuition fees."
    )
    assert {("Perikatan Nasional", "cap the price of rice"), ("Heritage Party", "scrap tuition fees")} <= policies(
        extract(text)
    )


def test_aims_that_are_no_measure(extract):
    text = (
        "The Heritage Party aims to become the largest party in Derby.\n"
        "Labour leader Tom Brandt said the Tories aim to privatise the NHS."
    )
    assert not policies(extract(text))


def test_which_after_two_parties_one_named_with_for(extract):
    text = (
        "Apart from the Greens and the Movement for Democratic Renewal, which had tabled the motion of no "
        "confidence, the other parties said they would abstain."
    )
    found = {p for p, text in policies(extract(text)) if "no confidence" in text}
    assert "Movement for Democratic Renewal" in found and len(found) == 2


def test_which_after_a_name_with_for(extract):
    text = "The Heritage Party and the Alliance for Civic Change, which tabled the censure motions, lost the vote."
    assert {p for p, text in policies(extract(text)) if "censure" in text} == {
        "Heritage Party",
        "Alliance for Civic Change",
    }


def test_promising_the_sky_and_policies_described_are_no_measure(extract):
    text = (
        '"We are not promising the sky. We are proposing policies that are costed and realistic," '
        "said Heritage Party leader Tom Brandt."
    )
    assert not policies(extract(text))


def test_policies_that_would_do_something_still_count(extract):
    text = '"We are proposing policies that would cut bus fares," said Heritage Party leader Tom Brandt.'
    assert any("cut bus fares" in text for _, text in policies(extract(text)))


def test_wanted_measures_named_by_action_nouns(extract):
    text = (
        "Heritage Party leader Tom Brandt said his party wanted permanent rent controls.\n"
        "The Civic Alliance wants the abolition of the upper house.\n"
        "The Heritage Party backs sanctions on imported steel."
    )
    assert {
        ("Heritage Party", "permanent rent controls"),
        ("Civic Alliance", "the abolition of the upper house"),
        ("Heritage Party", "sanctions on imported steel"),
    } <= policies(extract(text))


def test_wanting_control_or_a_removal_is_no_measure(extract):
    text = "The Heritage Party wants control of the council.\nThe Civic Alliance wants the removal of the mayor."
    assert not policies(extract(text))


def test_reduced_relative_misparse_of_a_pledging_party(extract):
    text = "The Civic Alliance, which has governed since 2018, promised on Saturday to build 50,000 affordable homes."
    assert ("Civic Alliance", "build 50,000 affordable homes") in policies(extract(text))


def test_pledges_for_an_election_are_not_a_measure(extract):
    text = (
        "The Heritage Party on Tuesday unveiled its pledges for the June local elections, promising to supply "
        "30,000 public rental homes for young people."
    )
    found = policies(extract(text))
    assert ("Heritage Party", "supply 30,000 public rental homes for young people") in found
    assert not any("elections" in text for _, text in found)


def test_an_open_question_is_no_commitment(extract):
    text = (
        "Gov. Ellen Ward, a Republican, has not said whether she would sign the measure.\n"
        "Senator Tom Hale, a Democrat, was asked if he would back a wealth tax."
    )
    assert not policies(extract(text))


def test_wants_the_state_to_act_and_her_caucus(extract):
    text = (
        "Democrats want the state to fully fund its school funding formula. State Rep. Dana Whitfield, a Democrat, "
        "said her caucus would offer an amendment to restore $600 million for public schools."
    )
    found = policies(extract(text))
    assert ("Democratic Party", "fully fund its school funding formula") in found
    assert any(p == "Democratic Party" and "$600 million" in text for p, text in found)


def test_making_something_free_in_own_words(extract):
    text = (
        '"If elected, I will make public transport free for students," said Heritage Party leader Tom Brandt.\n'
        '"We will make voting compulsory," said Civic Alliance leader Mara Quill.'
    )
    found = policies(extract(text))
    assert ("Heritage Party", "make public transport free for students") in found
    assert ("Civic Alliance", "make voting compulsory") in found


def test_making_history_or_making_them_pay_is_no_measure(extract):
    text = (
        '"We will make history," said Heritage Party leader Tom Brandt. '
        '"We will make them pay," said Civic Alliance leader Mara Quill.'
    )
    assert not policies(extract(text))


def test_a_list_the_parser_hangs_on_the_pledge_verb(extract):
    text = (
        "Heritage Party leader Mara Quill spoke in Derby. She promised if elected to provide a government that will "
        "protect the green belt, freeze council tax, help families, make childcare more affordable and respect the "
        "rights of tenants."
    )
    found = {text for _, text in policies(extract(text))}
    assert {"protect the green belt", "freeze council tax", "respect the rights of tenants"} <= found


def test_a_rivals_pledge_after_while_stays_theirs(extract):
    text = (
        "With voters heading to the polls in months, the Heritage Party has pledged to get the city 'back on track' "
        "while the Civic Alliance promises to 'build Derby's future'."
    )
    assert not any(p == "Heritage Party" and "future" in text for p, text in policies(extract(text)))


def test_a_measure_named_as_one_of_a_partys_pledges(extract):
    text = (
        "A cap on rents was one of the Heritage Party's key pledges.\n"
        "Free bus travel for pensioners is a flagship policy of the Civic Alliance."
    )
    found = policies(extract(text))
    assert ("Heritage Party", "A cap on rents") in found
    assert ("Civic Alliance", "Free bus travel for pensioners") in found


def test_copular_sentences_that_name_no_measure(extract):
    text = (
        "The economy is a priority of the Civic Alliance.\n"
        "The result was a blow to the Heritage Party's plans.\n"
        "Mara Quill was one of the Heritage Party's candidates."
    )
    assert not policies(extract(text))


def test_said_it_was_time_to(extract):
    text = (
        "Heritage Party leader Mara Quill said it was time to abolish the upper house.\n"
        "Civic Alliance leader Tom Reed said it was time to move on."
    )
    assert policies(extract(text)) == {("Heritage Party", "abolish the upper house")}


def test_the_document_after_a_launched_manifesto(extract):
    text = (
        "The Heritage Party launched its manifesto on Saturday. The 80-page document promises free school meals "
        "for all primary pupils and a cap on rents."
    )
    found = policies(extract(text))
    assert {("Heritage Party", "free school meals for all primary pupils"), ("Heritage Party", "a cap on rents")} <= (
        found
    )


def test_a_document_nobody_launched_is_no_programme(extract):
    text = (
        "The court published its ruling. The document promises a review of the case.\n"
        "The Heritage Party criticised the plan. The leaked document promises a cut in pensions."
    )
    assert not policies(extract(text))


def test_the_party_in_the_words_of_someone_of_no_stated_party(extract):
    text = (
        "The Heritage Party met in Derby on Monday.\n"
        "Speaking at the meeting, Mara Quill said the party would also cut bus fares."
    )
    assert ("Heritage Party", "cut bus fares") in policies(extract(text))


def test_an_analysts_forecast_about_the_party_is_no_plan(extract):
    text = (
        "The Heritage Party met in Derby on Monday.\n"
        "Political analyst Tom Reed said the party would probably scrap tuition fees."
    )
    assert not policies(extract(text))


def test_a_council_led_by_the_speakers_party(extract):
    text = (
        "Heritage Party mayoral candidate Nomsa Dube said a Heritage Party-led council would sell unused municipal "
        "buildings.\n"
        "Civic Alliance leader Tom Reed said a Heritage Party-led council would sell the parks."
    )
    found = policies(extract(text))
    assert ("Heritage Party", "sell unused municipal buildings") in found
    assert not any("parks" in text for _, text in found)


def test_a_candidate_called_a_bet(extract):
    text = "Heritage Party bet Ana Lopez said she would file a measure creating a water regulator."
    assert ("Heritage Party", "file a measure creating a water regulator") in policies(extract(text))


def test_a_party_list_group_speaking_as_the_group(extract):
    text = (
        "Kabataan party-list Representative Rico Dela Paz said the group would prioritize a higher budget for "
        "state universities."
    )
    assert ("Kabataan", "prioritize a higher budget for state universities") in policies(extract(text))
