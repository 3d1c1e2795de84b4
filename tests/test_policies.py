"""Policies: pledges and plans credited to the proposer's party."""

from conftest import policies


def policy_of(facts: dict, party: str, words: str) -> bool:
    return any(p == party and words in text for p, text in policies(facts))


def test_pledge_split_into_coordinated_proposals(extract):
    facts = extract("Labour leader Tom Ashby pledged to scrap tuition fees and to build 100 new schools.")
    assert {("Labour Party", "scrap tuition fees"), ("Labour Party", "build 100 new schools")} <= policies(facts)


def test_party_plan_to(extract):
    facts = extract("The Liberal Democrats are making plans to restore free school meals in London.")
    assert ("Liberal Democrats", "restore free school meals in London") in policies(facts)


def test_possessive_policy_noun(extract):
    facts = extract("Critics in Canberra said Labor's energy bill rebate came too late.")
    assert ("Australian Labor Party", "energy bill rebate") in policies(facts)


def test_bullet_list_of_promises(extract):
    text = (
        "Labour leader Tom Ashby said the party was ready to govern.\n"
        "Other promises include:\n"
        "• Hiring 5,000 new nurses\n"
        "• Cutting energy bills"
    )
    assert {("Labour Party", "Hiring 5,000 new nurses"), ("Labour Party", "Cutting energy bills")} <= policies(
        extract(text)
    )


def test_negated_plan_keeps_the_negation(extract):
    facts = extract("The Liberal Democrats said in London that the party does not plan to raise income tax.")
    assert any(p.startswith("not ") and "raise income tax" in p for _, p in policies(facts))


def test_commitment_in_a_politicians_own_words(extract):
    text = (
        "Shadow health secretary Ellen Price, of Labour, spoke in London.\n"
        '"We will scrap the hospital parking charges," she said.'
    )
    assert ("Labour Party", "scrap the hospital parking charges") in policies(extract(text))


def test_avoided_promise_is_no_policy(extract):
    facts = extract("Republican Gov. Dale Hurst avoided a promise to sign the bill.")
    assert not policies(facts)


def test_call_for_is_a_demand(extract):
    facts = extract("Sinn Féin is calling for 1,000 extra hospital beds in Dublin.")
    assert ("Sinn Féin", "1,000 extra hospital beds in Dublin") in policies(facts)


def test_proposing_a_thing_is_a_policy_of_the_proposers_party(extract):
    text = (
        "Senate Minority Leader Frank Dole, R-Texas, spoke on Thursday.\n"
        "Dole said his party would propose a balanced budget amendment next month."
    )
    assert ("Republican Party", "a balanced budget amendment") in policies(extract(text))


def test_what_the_speaker_says_they_would_do(extract):
    facts = extract("Labour leader Tom Ashby said he would abolish the bedroom tax.")
    assert ("Labour Party", "abolish the bedroom tax") in policies(facts)


def test_what_the_speakers_party_would_do_if_elected(extract):
    facts = extract(
        "Conservative leader Jane Fenwick told reporters that the Conservatives would scrap road tolls if elected."
    )
    assert ("Conservative Party", "scrap road tolls") in policies(facts)


def test_what_a_party_government_would_do(extract):
    facts = extract("Liberal Democrat leader Ruth Calder said a Liberal Democrat government would freeze rail fares.")
    assert ("Liberal Democrats", "freeze rail fares") in policies(facts)


def test_a_claim_about_a_rival_is_no_policy(extract):
    facts = extract("Labour leader Tom Ashby said the Conservatives would cut the hospital budget.")
    assert not policies(facts)


def test_an_intention_that_is_no_measure_is_no_policy(extract):
    facts = extract("Labour leader Tom Ashby said he would win the next general election.")
    assert not policies(facts)


def test_pledge_of_a_party_office_not_named(extract):
    facts = extract("The Labour leader promised to end coal mining by 2030.")
    assert ("Labour Party", "end coal mining by 2030") in policies(facts)


def test_two_leaders_pledging_the_same(extract):
    facts = extract("Labour leader Tom Ashby and Conservative leader Jane Fenwick have both pledged to cut rail fares.")
    assert {("Labour Party", "cut rail fares"), ("Conservative Party", "cut rail fares")} <= policies(facts)


def test_proposal_for_a_measure(extract):
    facts = extract("The Conservatives rejected Labour's proposal for a 2 per cent levy on private jets.")
    assert ("Labour Party", "a 2 per cent levy on private jets") in policies(facts)


def test_calling_on_someone_to_act(extract):
    facts = extract("Liberal Democrat leader Ruth Calder called on the government to scrap the two-child limit.")
    assert ("Liberal Democrats", "scrap the two-child limit") in policies(facts)


def test_what_we_would_do_in_a_leaders_own_words(extract):
    text = '"We would scrap tuition fees in our first year," said Labour leader Tom Ashby.'
    assert any(party == "Labour Party" and "scrap tuition fees" in p for party, p in policies(extract(text)))


def test_a_named_scheme_a_party_came_up_with(extract):
    facts = extract("The Liberal Democrats have come up with a rural broadband scheme for farming villages.")
    assert any(party == "Liberal Democrats" and "rural broadband scheme" in p for party, p in policies(facts))


def test_what_the_narrator_says_a_party_would_do(extract):
    facts = extract("Labour would nationalise the railways under plans unveiled on Monday.")
    assert ("Labour Party", "nationalise the railways") in policies(facts)


def test_what_a_partys_plan_would_do(extract):
    facts = extract("The Liberal Democrats' plan would restrict second-home ownership in coastal towns.")
    assert ("Liberal Democrats", "restrict second-home ownership in coastal towns") in policies(facts)


def test_headline_party_to_act(extract):
    facts = extract("The party set out its tax plans on Monday.", title="Tories to cut inheritance tax")
    assert ("Conservative Party", "cut inheritance tax") in policies(facts)


def test_a_question_is_no_policy(extract):
    facts = extract("Will Labour scrap the rail fare cap next year?")
    assert not policies(facts)


def test_measures_reported_by_a_rival_are_not_the_rivals(extract):
    facts = extract("Conservative leader Jane Fenwick said Labour would raise council tax.")
    assert not any(party == "Conservative Party" for party, _ in policies(facts))


def test_promising_what_the_government_would_do(extract):
    facts = extract("Labour leader Tom Ashby promised the government would provide more support to small farms.")
    assert ("Labour Party", "provide more support to small farms") in policies(facts)


def test_a_list_of_measures_split_at_each_policy_verb(extract):
    facts = extract(
        "Labour leader Tom Ashby pledged to make bus travel free, cap rental increases and wipe all student debt."
    )
    assert {
        ("Labour Party", "make bus travel free"),
        ("Labour Party", "cap rental increases"),
        ("Labour Party", "wipe all student debt"),
    } <= policies(facts)


def test_ruling_something_out_is_a_commitment(extract):
    text = (
        "Labour leader Tom Ashby has ruled out a coalition with the Conservatives.\n"
        '"I am ruling out a wealth tax under my leadership," Ashby said.'
    )
    assert {
        ("Labour Party", "ruled out a coalition with the Conservatives"),
        ("Labour Party", "ruling out a wealth tax under my leadership"),
    } <= policies(extract(text))


def test_refusing_to_rule_out_is_no_commitment(extract):
    facts = extract("Liberal Democrat leader Ruth Calder has refused to rule out a deal with Labour.")
    assert not policies(facts)


def test_a_party_policy_stated_as_a_that_clause(extract):
    facts = extract(
        "Labour leader Tom Ashby said the manifesto would confirm his party's policy that the final "
        "decision on the treaty should rest with voters."
    )
    assert ("Labour Party", "the final decision on the treaty should rest with voters") in policies(facts)


def test_a_bullet_with_two_measures_and_the_list_owner(extract):
    text = (
        "Labour leader Tom Ashby spoke in Leeds.\n"
        "The Liberal Democrats say their promises include:\n"
        "• Cutting waiting lists and hiring 6,500 teachers\n"
        "• Building new homes"
    )
    assert policies(extract(text)) == {
        ("Liberal Democrats", "Cutting waiting lists"),
        ("Liberal Democrats", "hiring 6,500 teachers"),
        ("Liberal Democrats", "Building new homes"),
    }


def test_a_politicians_named_bill(extract):
    facts = extract("Labour leader Tom Ashby's housing repair bill passed its first reading.")
    assert ("Labour Party", "housing repair bill") in policies(facts)


def test_what_would_happen_under_a_partys_plans(extract):
    facts = extract("Under Labour's plans, tuition fees would be cut to 6,000 pounds.")
    assert ("Labour Party", "tuition fees would be cut to 6,000 pounds") in policies(facts)


def test_proposals_set_out_for_a_measure(extract):
    facts = extract("Labour leader Tom Ashby set out proposals for a national care service.")
    assert ("Labour Party", "a national care service") in policies(facts)


def test_committed_to_doing(extract):
    facts = extract("Labour leader Tom Ashby has committed to scrapping the bedroom tax.")
    assert ("Labour Party", "scrapping the bedroom tax") in policies(facts)


def test_the_speakers_party_in_their_own_words(extract):
    facts = extract('"A Labour government will scrap tuition fees," said Labour leader Tom Ashby.')
    assert ("Labour Party", "scrap tuition fees") in policies(facts)


def test_a_partys_pledge_is(extract):
    text = (
        "The Conservatives' main pledge is to halve inflation this year.\n"
        "Labour's flagship policy is a green investment fund."
    )
    assert {
        ("Conservative Party", "halve inflation this year"),
        ("Labour Party", "a green investment fund"),
    } <= policies(extract(text))


def test_a_party_speaking_after_its_words(extract):
    facts = extract("The Liberal Democrats would introduce a tax on frequent flyers, the party said.")
    assert ("Liberal Democrats", "introduce a tax on frequent flyers") in policies(facts)


def test_what_a_leader_will_say_is_no_policy(extract):
    facts = extract("Labour leader Tom Ashby will say the economy is broken and accuse the Conservatives of neglect.")
    assert not policies(facts)


def test_what_a_politicians_bill_would_do(extract):
    facts = extract("Rep. Dale Hurst, R-Texas, said his legislation would ban federal funding for the program.")
    assert ("Republican Party", "ban federal funding for the program") in policies(facts)


def test_pushing_for_a_measure(extract):
    facts = extract("Democrats are pushing for a $15 federal minimum wage.")
    assert ("Democratic Party", "a $15 federal minimum wage") in policies(facts)


def test_a_pledge_of_something(extract):
    facts = extract("Conservative leader Jane Fenwick's pledge of 20,000 more police officers was welcomed.")
    assert ("Conservative Party", "20,000 more police officers") in policies(facts)


def test_demanding_a_thing(extract):
    facts = extract("Labour leader Tom Ashby demanded a public inquiry into the contract.")
    assert ("Labour Party", "a public inquiry into the contract") in policies(facts)


def test_demanding_that_a_rival_act_is_no_policy(extract):
    facts = extract("Conservative leader Jane Fenwick demanded that the Labour leader publish his tax returns.")
    assert not policies(facts)


def test_a_leaders_partly_quoted_attack_is_no_policy(extract):
    facts = extract('Green Party leader Mara Quill will accuse Labour of being "asleep at the wheel" on Monday.')
    assert not policies(facts)


def test_campaign_talk_is_no_policy(extract):
    text = (
        "Conservative leader Jane Fenwick said she would fight the next election on the economy.\n"
        '"We will win this election," Labour leader Tom Ashby said.'
    )
    assert not policies(extract(text))


def test_what_we_are_going_to_do_or_want_to_do(extract):
    text = (
        '"We are going to build 100,000 council homes," Labour leader Tom Ashby said.\n'
        '"We want to abolish the House of Lords," Ashby added.'
    )
    assert {
        ("Labour Party", "build 100,000 council homes"),
        ("Labour Party", "abolish the House of Lords"),
    } <= policies(extract(text))


def test_our_plan_in_a_leaders_words(extract):
    facts = extract('"Our plan is to freeze energy bills for two years," Labour leader Tom Ashby said.')
    assert ("Labour Party", "freeze energy bills for two years") in policies(facts)


def test_a_leaders_personal_pledge(extract):
    facts = extract('"I will scrap the tax on tampons," Labour leader Tom Ashby said.')
    assert ("Labour Party", "scrap the tax on tampons") in policies(facts)


def test_what_a_pledge_would_achieve_is_no_second_policy(extract):
    facts = extract(
        "Labour leader Tom Ashby defended the plan, saying his pledge to insulate homes would result in "
        "cheaper energy bills."
    )
    assert policies(facts) == {("Labour Party", "insulate homes")}


def test_a_demand_for_several_measures(extract):
    facts = extract("The Liberal Democrats are calling for 500 new GP surgeries and free school meals for all pupils.")
    assert {
        ("Liberal Democrats", "500 new GP surgeries"),
        ("Liberal Democrats", "free school meals for all pupils"),
    } <= policies(facts)


def test_what_we_are_not_going_to_do_keeps_the_negation(extract):
    facts = extract('"We are not going to write a blank check," Labour leader Tom Ashby said.')
    assert policies(facts) == {("Labour Party", "not write a blank check")}


def test_a_government_under_the_speakers_leadership(extract):
    facts = extract("Mara Quill said a Conservative government under her leadership would scrap the fuel levy.")
    assert ("Conservative Party", "scrap the fuel levy") in policies(facts)


def test_one_measure_named_twice_is_one_policy(extract):
    text = (
        "Labour leader Tom Ashby has pushed for a wealth tax.\n"
        '"We will introduce a wealth tax of two per cent on fortunes above ten million pounds," Ashby said.'
    )
    assert [p for party, p in policies(extract(text)) if "wealth tax" in p] == [
        "introduce a wealth tax of two per cent on fortunes above ten million pounds"
    ]


def test_a_list_the_parser_reads_as_one_phrase_is_still_split(extract):
    facts = extract("Labour leader Tom Ashby said Labour would make bus travel free, cap rents and wipe student debt.")
    assert {
        ("Labour Party", "make bus travel free"),
        ("Labour Party", "cap rents"),
        ("Labour Party", "wipe student debt"),
    } <= policies(facts)


def test_the_manifesto_named_before(extract):
    text = (
        "The Liberal Democrats' manifesto was launched on Thursday.\n"
        "The manifesto also includes a pledge to increase the number of CCTV cameras in the borough and to "
        "invest in care services for adults."
    )
    assert {
        ("Liberal Democrats", "increase the number of CCTV cameras in the borough"),
        ("Liberal Democrats", "invest in care services for adults"),
    } <= policies(extract(text))


def test_the_manifesto_of_a_local_party(extract):
    text = (
        "The Leeds & Bradford Labour Party's glossy manifesto was launched on Thursday.\n"
        "The manifesto includes a pledge to plant 10,000 street trees."
    )
    assert ("Labour Party", "plant 10,000 street trees") in policies(extract(text))


def test_campaigning_for_votes_is_no_policy(extract):
    text = (
        "Green Party leader Mara Quill urged voters to back the party in every seat.\n"
        'Labour leader Tom Ashby called for "a decisive victory" in the May elections.\n'
        '"We must warn people about the risks," Ashby added.'
    )
    assert not policies(extract(text))


def test_we_must_with_a_measure(extract):
    facts = extract('"We must seek a new trade partnership with Canada," Labour leader Tom Ashby said.')
    assert ("Labour Party", "seek a new trade partnership with Canada") in policies(facts)


def test_what_a_manifesto_includes(extract):
    facts = extract("The Liberal Democrats' manifesto includes free university tuition and a national care service.")
    assert {
        ("Liberal Democrats", "free university tuition"),
        ("Liberal Democrats", "a national care service"),
    } <= policies(facts)


def test_the_party_named_before_would_act(extract):
    facts = extract("The Green Party unveiled its manifesto on Monday. The party would also introduce a four-day week.")
    assert ("Green Party", "introduce a four-day week") in policies(facts)


def test_a_pledge_in_a_relative_clause(extract):
    facts = extract("The Conservatives, who have pledged to cut immigration, said the figures were worrying.")
    assert ("Conservative Party", "cut immigration") in policies(facts)


def test_planning_to_stand_for_a_seat_is_no_policy(extract):
    facts = extract("Labour leader Tom Ashby, who plans to stand in the seat of Northfield, spoke on Monday.")
    assert not policies(facts)


def test_government_measures_count_for_the_governing_party(extract):
    text = (
        "The Labour government has been in power since 2024.\n"
        "The government's plan to scrap the two-child benefit cap was welcomed.\n"
        "The government has pledged to build 1.5 million homes."
    )
    assert {
        ("Labour Party", "scrap the two-child benefit cap"),
        ("Labour Party", "build 1.5 million homes"),
    } <= policies(extract(text))


def test_a_former_government_is_not_the_governing_party(extract):
    text = (
        "The previous Labour government raised taxes.\nThe government will scrap the two-child benefit cap next year."
    )
    assert not policies(extract(text))


def test_campaigning_or_winning_on_a_promise(extract):
    text = (
        "Labour leader Tom Ashby is campaigning on a promise to abolish tuition fees.\n"
        "Conservative leader Jane Fenwick won the seat on a pledge to reopen the local hospital."
    )
    assert {("Labour Party", "abolish tuition fees"), ("Conservative Party", "reopen the local hospital")} <= policies(
        extract(text)
    )


def test_a_named_pledge(extract):
    facts = extract("The Liberal Democrats launched their manifesto with a 'free bus travel' pledge.")
    assert ("Liberal Democrats", "free bus travel") in policies(facts)


def test_his_government_would(extract):
    facts = extract("Labour leader Tom Ashby said that, if elected, his government would scrap prescription charges.")
    assert ("Labour Party", "scrap prescription charges") in policies(facts)


def test_a_plan_a_rival_is_accused_of_is_not_theirs_by_that_accusation(extract):
    facts = extract(
        "Conservative leader Jane Fenwick accused Labour of taking advantage of the crisis to make good "
        "on a plan to raise taxes."
    )
    assert not any(party == "Conservative Party" for party, _ in policies(facts))


def test_the_sitting_government_of_a_party_will_act(extract):
    facts = extract("The Labour government will introduce a tax on private jets, Tom Ashby said.")
    assert ("Labour Party", "introduce a tax on private jets") in policies(facts)


def test_a_rival_saying_what_the_government_will_do_is_no_policy_of_the_rival(extract):
    facts = extract("The Labour government will introduce a tax on pensions, Conservative leader Jane Fenwick said.")
    assert not any(party == "Conservative Party" for party, _ in policies(facts))


def test_offering_a_measure(extract):
    facts = extract("Fine Gael is offering a cut in the universal social charge.")
    assert ("Fine Gael", "cut in the universal social charge") in policies(facts)


def test_a_promised_freeze_does_not_say_what_is_frozen(extract):
    facts = extract(
        "Labour leader Tom Ashby would act against energy firms that raised prices ahead of his promised freeze."
    )
    assert not any(p == "promised freeze" for _, p in policies(facts))


def test_a_relative_clause_about_a_plan_is_not_its_content(extract):
    facts = extract("Labour leader Tom Ashby defended his party's plan that failed in the vote.")
    assert not policies(facts)


def test_no_measure_in_everyday_politics(extract):
    text = (
        "Labour leader Tom Ashby said he would continue to campaign across the country.\n"
        "Ashby told reporters he would make a decision next week.\n"
        "Conservative leader Jane Fenwick promised a fight to the finish.\n"
        "Fenwick urged her party to unite behind her.\n"
        "The Liberal Democrats plan to hold their conference in Brighton.\n"
        "Ashby pledged his support for the candidate."
    )
    assert not policies(extract(text))


def test_pledges_in_a_manifesto_described_after_a_comma(extract):
    facts = extract(
        "Labour leader Tom Ashby launched the party's manifesto, which includes pledges to cut VAT on energy bills."
    )
    assert ("Labour Party", "cut VAT on energy bills") in policies(facts)


def test_the_leader_of_a_future_government_pledges_again(extract):
    text = (
        "Mara Quill said a Conservative government under her leadership would scrap the fuel levy.\n"
        "Quill says she would introduce grants for rural bus routes."
    )
    assert ("Conservative Party", "introduce grants for rural bus routes") in policies(extract(text))


def test_a_party_wants_a_measure(extract):
    uk = extract("The Greens want a wealth tax on fortunes above £10 million, the party said in London.")
    ie = extract("In Dublin, Fine Gael wants a referendum on the future of the upper house.")
    au = extract("Labor backs a royal commission into the banks, the party said in Sydney.")
    assert policy_of(uk, "Green Party of England and Wales", "wealth tax on fortunes")
    assert policy_of(ie, "Fine Gael", "referendum on the future")
    assert policy_of(au, "Australian Labor Party", "royal commission into the banks")


def test_wanting_what_is_no_measure_is_no_policy(extract):
    text = (
        "The Greens want answers from the minister, the party said in London.\n"
        "Labour wants a general election now, the party said in Leeds.\n"
        "The Conservatives want a fair hearing, the party said in London.\n"
        "The Greens want a say in the next government, the party said in Bristol.\n"
        "Labour does not want a wealth tax, the party said in London."
    )
    assert not policies(extract(text))


def test_a_rival_saying_what_a_party_wants_is_no_policy(extract):
    facts = extract("Conservative chairman Ned Carlow said in London that Labour wants a tax on family homes.")
    assert not policy_of(facts, "Labour Party", "tax on family homes")


def test_campaigning_on_a_measure(extract):
    text = (
        "The SNP is campaigning on free university tuition, the party said in Glasgow.\n"
        "Labour is campaigning on the cost of living, the party said in Leeds."
    )
    facts = extract(text)
    assert policy_of(facts, "Scottish National Party", "free university tuition")
    assert not policy_of(facts, "Labour Party", "cost of living")


def test_a_sum_pledged_for_a_purpose(extract):
    za = extract("The DA pledged R5 billion for rural clinics, party leader John Steyn said in Pretoria.")
    uk = extract("Labour promised £2bn to fix potholes, the party said in Manchester.")
    assert policy_of(za, "Democratic Alliance", "R5 billion for rural clinics")
    assert policy_of(uk, "Labour Party", "£2bn to fix potholes")


def test_what_a_programme_calls_for(extract):
    text = (
        "The Tories' manifesto calls for a halt to new wind farms, the party said in London.\n"
        "Labour's bill seeks to ban zero-hours contracts."
    )
    facts = extract(text)
    assert policy_of(facts, "Conservative Party", "halt to new wind farms")
    assert policy_of(facts, "Labour Party", "ban zero-hours contracts")


def test_a_bill_that_would_act(extract):
    facts = extract("Sen. Mara Quill, a Democrat from Ohio, introduced legislation that would cap card interest rates.")
    assert policy_of(facts, "Democratic Party", "cap card interest rates")


def test_a_bill_a_party_blocked_is_not_its_policy(extract):
    text = (
        "Republicans blocked a bill to raise the minimum wage, Democrats said in Washington.\n"
        "Sen. Ola Brandt, a Republican from Utah, criticised a bill that would expand Medicaid."
    )
    assert not any(party == "Republican Party" for party, _ in policies(extract(text)))


def test_under_the_plan_named_before(extract):
    text = (
        "Reform UK unveiled a plan for pensioners in Birmingham.\n"
        "Under the plan, every pensioner would receive a winter fuel payment of £300.\n"
        "Under Labour's plan, water companies would be brought back into public ownership, party sources said."
    )
    facts = extract(text)
    assert policy_of(facts, "Reform UK", "winter fuel payment")
    assert policy_of(facts, "Labour Party", "brought back into public ownership")


def test_a_party_government_announcing_plans(extract):
    facts = extract("The Labour government announced plans to build 1.5 million homes, a minister said in London.")
    assert policy_of(facts, "Labour Party", "build 1.5 million homes")


def test_a_pledge_labelled_a_lie_by_a_rival_is_not_the_rivals(extract):
    facts = extract("Tory candidate Ray Pell labels the fares cut pledge 'a lie', speaking in London.")
    assert not policy_of(facts, "Conservative Party", "fares cut")


def test_a_party_wants_something_done(extract):
    facts = extract("The DUP wants the sea border removed, party leader Sam Mullan said in Belfast.")
    assert policy_of(facts, "Democratic Unionist Party", "sea border removed")


def test_the_opposition_is_the_party_of_the_shadow_ministers(extract):
    text = (
        "Shadow treasurer Alan Pike, of Labor, spoke in Canberra.\n"
        "The Opposition's plan would restrict negative gearing to new homes.\n"
        "The Opposition would also cut the capital gains discount."
    )
    facts = extract(text)
    assert policy_of(facts, "Australian Labor Party", "restrict negative gearing to new homes")
    assert policy_of(facts, "Australian Labor Party", "cut the capital gains discount")


def test_the_opposition_unknown_when_no_shadow_post_is_named(extract):
    facts = extract("Labour's Jo Dale spoke in London. The Opposition would scrap the levy.")
    assert not policies(facts)


def test_a_plan_described_by_an_adjective(extract):
    facts = extract("Labour's plan to axe the carbon tax is popular, polls in London show.")
    assert policy_of(facts, "Labour Party", "axe the carbon tax")


def test_what_a_speaker_says_should_be_done(extract):
    uk = extract("Labour MP Kate Fell said in Manchester that the tax on school fees should be scrapped.")
    za = extract("DA leader John Steyn said in Cape Town that the government must privatise the railways.")
    assert policy_of(uk, "Labour Party", "tax on school fees should be scrapped")
    assert policy_of(za, "Democratic Alliance", "privatise the railways")


def test_what_should_happen_to_a_rival_or_a_person_is_no_policy(extract):
    text = (
        "Labour leader Ann Brody said in Leeds that the Tory bill must be stopped.\n"
        "Brody said the minister should be sacked."
    )
    assert not policies(extract(text))


def test_what_we_need_in_a_politicians_words(extract):
    text = (
        '"We need a ban on zero-hours contracts," Labour MP Kate Fell said in Manchester.\n'
        '"We need answers," Fell said.\n'
        '"We don\'t need a wealth tax," Fell said.'
    )
    facts = extract(text)
    assert policy_of(facts, "Labour Party", "ban on zero-hours contracts")
    assert not policy_of(facts, "Labour Party", "answers")
    assert not policy_of(facts, "Labour Party", "wealth tax")


def test_a_partys_priority_is_to_act(extract):
    narration = extract(
        "Labour leader Ann Brody spoke in Leeds. Labour's first priority would be to cut waiting lists."
    )
    quote = extract('"Our priority will be to ensure fiscal stability," Labour leader Ann Brody said in Leeds.')
    assert policy_of(narration, "Labour Party", "cut waiting lists")
    assert policy_of(quote, "Labour Party", "ensure fiscal stability")


def test_a_priority_that_is_no_measure(extract):
    text = "Labour's priority is the health service, Ann Brody said in Leeds.\nThe Greens' aim is to win ten seats."
    assert not policies(extract(text))


def test_standing_candidates_everywhere_is_a_plan(extract):
    facts = extract("Reform UK has vowed to stand candidates in every constituency, the party said in London.")
    assert policy_of(facts, "Reform UK", "stand candidates in every constituency")
    assert not policies(extract("Reform UK leader Rob Tanner has vowed to stand in Clacton, the party said."))


def test_sticking_to_or_adopting_a_policy_of(extract):
    kept = extract("Labour leader Ann Brody said her party will stick to a policy of free school meals, in Leeds.")
    adopted = extract("The Liberal Democrats have adopted a policy of proportional representation in London.")
    attacked = extract("The Tories attacked the policy of free school meals, the party said in London.")
    assert policy_of(kept, "Labour Party", "free school meals")
    assert policy_of(adopted, "Liberal Democrats", "proportional representation")
    assert not policies(attacked)


def test_the_party_is_the_party_the_story_is_about(extract):
    text = (
        "Reform UK gathered in Doncaster on Saturday.\n"
        "Its leader Rob Tanner attacked Labour and the Conservatives.\n"
        "The party, of which Nick Farr is president, has vowed to scrap the licence fee."
    )
    facts = extract(text)
    assert policy_of(facts, "Reform UK", "scrap the licence fee")
    assert not policy_of(facts, "Conservative Party", "scrap the licence fee")


def test_other_pledges_of_the_programme_just_launched(extract):
    plaid = extract(
        "Plaid Cymru launched its manifesto in Cardiff. Other pledges include a wealth tax and a ban on private jets."
    )
    tories = extract(
        "The Conservatives launched their manifesto in Birmingham.\n"
        "Key pledges include cutting national insurance by 2p and raising the personal allowance."
    )
    assert policy_of(plaid, "Plaid Cymru", "wealth tax")
    assert policy_of(plaid, "Plaid Cymru", "ban on private jets")
    assert policy_of(tories, "Conservative Party", "cutting national insurance by 2p")
    assert policy_of(tories, "Conservative Party", "raising the personal allowance")


def test_among_its_pledges(extract):
    facts = extract(
        "Sinn Féin published its manifesto in Dublin. Among its pledges are a rent freeze and 100,000 new homes."
    )
    assert policy_of(facts, "Sinn Féin", "rent freeze")
    assert policy_of(facts, "Sinn Féin", "100,000 new homes")


def test_a_manifesto_commits_to(extract):
    facts = extract("Fianna Fáil's manifesto, published in Dublin on Monday, commits to 50,000 new homes a year.")
    assert policy_of(facts, "Fianna Fáil", "50,000 new homes")


def test_what_the_party_would_do_told_by_its_leader_of_no_stated_party(extract):
    facts = extract(
        "Labor unveiled its policy platform in Brisbane. "
        "It would also cap power bills at $1,500, leader Pat Quinlan said."
    )
    assert policy_of(facts, "Australian Labor Party", "cap power bills")
    assert not policy_of(facts, "Australian Labor Party", "policy platform")


def test_a_launched_scheme_with_its_price(extract):
    facts = extract("In Ottawa, the Liberals announced a $10-a-day childcare program.")
    assert policy_of(facts, "Liberal Party of Canada", "$10-a-day childcare program")


def test_calling_for_a_resignation_is_no_policy(extract):
    facts = extract("The EFF called for the resignation of the president, party leader Sipho Zulu said in Soweto.")
    assert not policies(facts)


def test_the_news_after_a_comma_is_no_part_of_the_proposal(extract):
    facts = extract("The Democratic nominee, Gov. Ella Marsh, has proposed a down-payment grant, speaking in Atlanta.")
    assert ("Democratic Party", "a down-payment grant") in policies(facts)


def test_government_measures_of_the_ruling_party(extract):
    za = extract(
        "The ruling ANC has dominated politics since 1994.\n"
        "The government will extend the social relief grant until March, officials said in Pretoria."
    )
    ind = extract(
        "The ruling party, the BJP, won a third term last year.\n"
        "The government has announced plans to build 30 million rural homes, officials said in New Delhi."
    )
    assert policy_of(za, "African National Congress", "extend the social relief grant")
    assert policy_of(ind, "Bharatiya Janata Party", "build 30 million rural homes")


def test_a_government_approving_a_measure(extract):
    facts = extract("The APC-led government has approved a new minimum wage of N70,000, officials said in Abuja.")
    assert policy_of(facts, "All Progressives Congress", "new minimum wage")


def test_no_governing_party_when_the_article_names_none(extract):
    facts = extract("Labour is in opposition in London. The government will raise taxes on fuel, officials said.")
    assert not policies(facts)


def test_working_to_achieve_a_measure(extract):
    facts = extract("Labour leader Ann Brody said in Leeds she would work to cut waiting lists.")
    assert policy_of(facts, "Labour Party", "cut waiting lists")
    assert not policies(extract("Labour leader Ann Brody said in Leeds she would fight to win the seat."))


def test_my_government_will_in_a_leaders_words(extract):
    text = 'Conservative leader Jane Fenwick spoke in London. "My government will halve inflation," she said.'
    assert policy_of(extract(text), "Conservative Party", "halve inflation")


def test_assuring_voters_of_a_measure(extract):
    facts = extract("BJP leader Ravi Rao assured voters in Lucknow of a new airport.")
    assert policy_of(facts, "Bharatiya Janata Party", "new airport")
    assert not policies(extract("BJP leader Ravi Rao assured voters in Lucknow of his support."))


def test_a_measure_promised_by_a_party(extract):
    facts = extract("A ban on new oil licences has been promised by Labour, the party said in London.")
    assert policy_of(facts, "Labour Party", "ban on new oil licences")
    rejected = extract("A wealth tax was rejected by the Conservatives, the party said in London.")
    assert not policies(rejected)


def test_a_bill_sponsored_by_a_politician(extract):
    text = (
        "The bill, sponsored by Republican Sen. Hal Brenner, would ban federal funding for the program, "
        "officials said in Washington."
    )
    assert policy_of(extract(text), "Republican Party", "ban federal funding")


def test_a_commitment_to_a_measure(extract):
    uk = extract("Labour leader Ann Brody reaffirmed her commitment to building 300,000 homes a year, in Leeds.")
    assert policy_of(uk, "Labour Party", "building 300,000 homes a year")
    assert not policies(extract("Labour leader Ann Brody reiterated her commitment to the party, in Leeds."))


def test_a_motion_calling_for_a_measure(extract):
    facts = extract("Liberal Democrat MP Cara Lunn tabled a motion calling for a ban on trophy hunting in London.")
    assert policy_of(facts, "Liberal Democrats", "ban on trophy hunting")


def test_proposing_that_something_be_done(extract):
    facts = extract("The Liberal Democrats have proposed that the voting age be lowered to 16, the party said.")
    assert policy_of(facts, "Liberal Democrats", "voting age be lowered to 16")


def test_a_sum_extra_for_a_service(extract):
    facts = extract("The Tories have pledged £3 billion extra for the NHS, the party said in London.")
    assert policy_of(facts, "Conservative Party", "£3 billion extra for the NHS")


def test_it_is_vital_that_we_act_in_a_politicians_words(extract):
    text = (
        "Shadow foreign secretary Ruth Hale, of Labour, spoke in London.\n"
        '"It is ever more important that the United Kingdom develop closer ties with Canada," she said.\n'
        '"It is vital that we scrap the levy," she said.\n'
        '"It is vital that we win the election," she said.'
    )
    facts = extract(text, url="https://www.bbc.co.uk/news/x")
    assert policy_of(facts, "Labour Party", "develop closer ties with Canada")
    assert policy_of(facts, "Labour Party", "scrap the levy")
    assert not policy_of(facts, "Labour Party", "win the election")


def test_sticking_to_a_policy_of_doing(extract):
    facts = extract("Labour leader Ann Brody said her party will stick to a policy of banning fracking, in Leeds.")
    assert policy_of(facts, "Labour Party", "banning fracking")


def test_headline_pledges_read_by_word_order(extract):
    uk = "https://www.bbc.co.uk/news/x"
    vow = extract(
        "Labour leader Ann Brody spoke in Leeds.", title="Labour vows to nationalise water firms if elected", url=uk
    )
    money = extract("The party launched its manifesto.", title="Lib Dems pledge £9bn for social care", url=uk)
    plan = extract(
        "DA leader John Steyn spoke in Cape Town.",
        title="DA unveils plan to end load shedding",
        url="https://www.news24.com/x",
    )
    colon = extract("Labour leader Ann Brody spoke in Leeds.", title="Labour: we will scrap tuition fees", url=uk)
    says = extract(
        "Labour leader Ann Brody spoke.", title="Labour pledges to cut energy bills by £300, says Brody", url=uk
    )
    assert ("Labour Party", "nationalise water firms") in policies(vow)
    assert ("Liberal Democrats", "£9bn for social care") in policies(money)
    assert ("Democratic Alliance", "end load shedding") in policies(plan)
    assert ("Labour Party", "scrap tuition fees") in policies(colon)
    assert ("Labour Party", "cut energy bills by £300") in policies(says)


def test_headlines_without_a_measure(extract):
    uk = "https://www.bbc.co.uk/news/x"
    for title in (
        "Labour vows to fight on after by-election defeat",
        "Greens want answers from minister over scandal",
        "Labour plans rally in Manchester",
        "Tories back Fenwick for leader",
    ):
        assert not policies(extract("Labour leader Ann Brody spoke in Leeds.", title=title, url=uk)), title


def test_more_measure_verbs_and_no_measure_objects(extract):
    uk = "https://www.bbc.co.uk/news/x"
    assert policy_of(
        extract("Labour would hold a referendum on electoral reform.", url=uk), "Labour Party", "hold a referendum"
    )
    assert policy_of(
        extract("The Liberal Democrats would rejoin the customs union.", url=uk), "Liberal Democrats", "rejoin"
    )
    assert policy_of(
        extract("Labour would end accession talks with Turkey.", url=uk), "Labour Party", "end accession talks"
    )
    assert not policies(extract("Labour would hold a rally in Manchester, the party said.", url=uk))


def test_his_pledge_is_of_the_one_person_named_before_in_the_sentence(extract):
    text = (
        "Conservative leader Ray Pell attacked his rivals in Leeds on Monday.\n"
        "A poll has put Labour candidate Tom Hale ahead, after his vow to cut bus fares by half."
    )
    facts = extract(text)
    assert policy_of(facts, "Labour Party", "cut bus fares by half")
    assert not policy_of(facts, "Conservative Party", "cut bus fares")


def test_more_pledges_in_a_leaders_own_words(extract):
    said = [
        '"I want to abolish the House of Lords," she said.',
        '"My first act as prime minister will be to scrap the bedroom tax," she said.',
        '"We are committed to ending child poverty," she said.',
        '"We have a plan to cut waiting lists," she said.',
        '"Our manifesto promises free school meals for every child," she said.',
    ]
    facts = extract("Labour leader Ann Brody spoke in Leeds.\n" + "\n".join(said))
    for words in (
        "abolish the House of Lords",
        "scrap the bedroom tax",
        "ending child poverty",
        "cut waiting lists",
        "free school meals",
    ):
        assert policy_of(facts, "Labour Party", words), words


def test_a_leaders_words_that_pledge_nothing(extract):
    said = [
        '"I want to thank my family," she said.',
        '"I want to win," she said.',
        '"My first act was to call my mother," she said.',
        '"We have a plan to win," she said.',
    ]
    assert not policies(extract("Labour leader Ann Brody spoke in Leeds.\n" + "\n".join(said)))


def test_a_party_who_wants_a_measure_and_a_sum_for_a_group(extract):
    uk = "https://www.bbc.co.uk/news/x"
    who = extract("The Liberal Democrats, who want a wealth tax on the richest, said both parties ignore care.", url=uk)
    money = extract("Lib Dem leader Ed Harlow promised £5bn for carers.", url=uk)
    assert policy_of(who, "Liberal Democrats", "wealth tax on the richest")
    assert policy_of(money, "Liberal Democrats", "£5bn for carers")


def test_two_measures_the_parser_hangs_one_on_the_other(extract):
    ind = extract(
        "NEW DELHI: The Congress released its manifesto, promising a legal guarantee for MSP and a caste census.",
        url="https://www.thehindu.com/news/x",
    )
    uk = extract("Labour proposed a tax on cars and lorries, the party said.", url="https://www.bbc.co.uk/news/x")
    assert policy_of(ind, "Indian National Congress", "legal guarantee for MSP")
    assert policy_of(ind, "Indian National Congress", "caste census")
    assert ("Labour Party", "a tax on cars and lorries") in policies(uk)


def test_signing_an_order_is_a_pledge(extract):
    facts = extract(
        "The Democratic Party said its nominee Ella Marsh would sign an order protecting abortion access.",
        url="https://www.ajc.com/x",
    )
    assert policy_of(facts, "Democratic Party", "sign an order protecting abortion access")


def test_a_leader_speaking_for_the_alliance_of_his_party(extract):
    text = (
        "CANBERRA — Opposition Leader Pat Quinlan has vowed to scrap the tax cuts if the Coalition wins government.\n"
        "Mr Quinlan, the Liberal leader, said the Coalition would instead cut fuel excise by 22 cents a litre.\n"
        "The Greens want dental care added to Medicare, party leader Ivy Hart said."
    )
    facts = extract(text)
    assert any("cut fuel excise" in p for _, p in policies(facts))
    assert policy_of(facts, "Australian Greens", "dental care added to Medicare")


def test_a_partys_lawmakers_and_a_filed_bill(extract):
    ph = extract(
        "MANILA — Senator Bea Lorca of the Nacionalista Party filed a bill seeking to lower the age of criminal "
        "responsibility to 12.\nLiberal Party senators oppose the bill and want a higher budget for rehabilitation."
    )
    us = extract("Democratic lawmakers introduced a bill to cap rent increases at 5 percent, officials said.")
    assert policy_of(ph, "Nacionalista Party", "lower the age of criminal responsibility")
    assert policy_of(ph, "Liberal Party of the Philippines", "higher budget for rehabilitation")
    assert policy_of(us, "Democratic Party", "cap rent increases at 5 percent")


def test_campaign_news_without_a_measure(extract):
    text = (
        "LONDON — Labour has extended its lead over the Conservatives, according to a new poll.\n"
        "Labour leader Ann Brody said she would not take anything for granted.\n"
        "Conservative chairman Ned Carlow promised a fightback and said the party would unveil its manifesto soon.\n"
        "Reform UK leader Rob Tanner vowed to replace the Conservatives as the main opposition."
    )
    assert not policies(extract(text))


def test_a_rivals_plan_named_by_its_party_survives_being_blocked(extract):
    facts = extract("Senate Republicans blocked the Democratic plan to expand voting access, officials said.")
    assert policy_of(facts, "Democratic Party", "expand voting access")
    assert not policy_of(facts, "Republican Party", "expand voting access")


def test_what_others_say_a_plan_would_cause_is_no_measure(extract):
    uk = "https://www.bbc.co.uk/news/x"
    effect = extract("Labour's plan would increase borrowing by £20bn, economists said.", url=uk)
    own = extract("Labour's plan would cut energy bills by £300, the party said.", url=uk)
    assert not policy_of(effect, "Labour Party", "increase borrowing")
    assert policy_of(own, "Labour Party", "cut energy bills by £300")


def test_wanting_the_government_to_act_and_phrasal_measures(extract):
    uk = "https://www.bbc.co.uk/news/x"
    facts = extract(
        "Labour wants the government to scrap the two-child cap, the party said.\n"
        "The Conservatives would bring back national service.\n"
        "The Greens would phase out fossil fuel subsidies.\n"
        "The SNP is considering a ban on disposable vapes.",
        url=uk,
    )
    assert policy_of(facts, "Labour Party", "scrap the two-child cap")
    assert policy_of(facts, "Conservative Party", "bring back national service")
    assert policy_of(facts, "Green Party of England and Wales", "phase out fossil fuel subsidies")
    assert not policy_of(facts, "Scottish National Party", "ban on disposable vapes")


def test_narrated_consequences_are_no_measure(extract):
    assert not policies(extract("Labour would bring chaos to the economy.", url="https://www.bbc.co.uk/news/x"))


def test_bills_passed_or_backed_by_a_party(extract):
    passed = extract("WASHINGTON — House Democrats passed a bill that would expand the child tax credit.")
    backed = extract(
        "WASHINGTON — The legislation, backed by Senate Republicans, would cut corporate taxes to 15 percent."
    )
    neutral = extract("WASHINGTON — The Senate passed a bill that would expand the child tax credit.")
    assert policy_of(passed, "Democratic Party", "expand the child tax credit")
    assert policy_of(backed, "Republican Party", "cut corporate taxes")
    assert not policies(neutral)


def test_lists_of_pledges_in_prose_and_bullets(extract):
    colon = extract(
        "Labour launched its manifesto in Leeds. Its key pledges: free childcare, a wealth tax and rent controls.",
        url="https://www.bbc.co.uk/news/x",
    )
    bullets = extract(
        "Labour launched its manifesto in Leeds. Key pledges include:\n"
        "• Free childcare for all under-fives\n"
        "• A wealth tax on estates over £5m",
        url="https://www.bbc.co.uk/news/x",
    )
    including = extract(
        "The Liberal Democrats' manifesto, launched in London, contains 50 pledges, including free personal care "
        "and a tax on private jets."
    )
    assert policy_of(colon, "Labour Party", "free childcare")
    assert policy_of(colon, "Labour Party", "a wealth tax")
    assert policy_of(bullets, "Labour Party", "Free childcare for all under-fives")
    assert policy_of(bullets, "Labour Party", "A wealth tax on estates over £5m")
    assert policy_of(including, "Liberal Democrats", "free personal care")
    assert policy_of(including, "Liberal Democrats", "tax on private jets")


def test_a_named_plan_is_a_measure_and_a_bare_one_is_not(extract):
    named = extract("The Liberal government will introduce a national dental care plan, officials said in Ottawa.")
    purpose = extract(
        "Conservative leader Pat Quinlan says he would introduce plans in Regina to reward clean technology."
    )
    bare = extract("Conservative chairman Ned Carlow said the party would unveil its manifesto next week in London.")
    assert policy_of(named, "Liberal Party of Canada", "national dental care plan")
    assert any("reward clean technology" in p for _, p in policies(purpose))
    assert not policies(bare)


def test_floating_the_idea_of_a_measure(extract):
    floated = extract(
        "Labour leader Ann Brody floated the idea of a four-day week for public sector workers, in Leeds."
    )
    mocked = extract("Conservative leader Jane Fenwick mocked the idea of a wealth tax, speaking in London.")
    assert policy_of(floated, "Labour Party", "four-day week for public sector workers")
    assert not policies(mocked)


def test_european_parties_demands(extract):
    afd = extract("BERLIN — The AfD calls for Germany to leave the euro, the party said.")
    epp = extract("STRASBOURG — The EPP group wants a common EU defence budget, group leader Manfred Vogel said.")
    bloc = extract("The Bloc Québécois wants Ottawa to transfer immigration powers to Quebec, leader Yves Blanc said.")
    assert policy_of(afd, "Alternative for Germany", "leave the euro")
    assert policy_of(epp, "European People's Party", "common EU defence budget")
    assert policy_of(bloc, "Bloc Québécois", "transfer immigration powers to Quebec")


def test_under_a_party_government(extract):
    uk = "https://www.bbc.co.uk/news/x"
    own = extract("Under a Labour government, tuition fees would be abolished, the party said.", url=uk)
    rival = extract("Under a Labour government, taxes would rise, the Tories said.", url=uk)
    past = extract("Under the previous Labour government, tuition fees were trebled.", url=uk)
    assert policy_of(own, "Labour Party", "tuition fees would be abolished")
    assert not policies(rival)
    assert not policies(past)


def test_backing_a_value_is_no_measure(extract):
    uk = "https://www.bbc.co.uk/news/x"
    assert not policies(extract("The Conservatives support free speech on campus, the party said.", url=uk))
    meals = extract("The Labour Party backs free school meals for all children, the party said.", url=uk)
    assert policy_of(meals, "Labour Party", "free school meals")


def test_electoral_goals_and_analysts_asides_are_no_measure(extract):
    uk = "https://www.bbc.co.uk/news/x"
    facts = extract(
        "Labour wants to avoid a repeat of its 2019 defeat, analysts say.\n"
        "The Greens want to double their number of MPs at the election.\n"
        "Labour would double the number of school nurses, the party said.",
        url=uk,
    )
    assert policies(facts) == {("Labour Party", "double the number of school nurses")}


def test_a_short_saying_clause_is_cut_from_the_measure(extract):
    facts = extract("Labour wants to scrap the bedroom tax, analysts say.", url="https://www.bbc.co.uk/news/x")
    assert ("Labour Party", "scrap the bedroom tax") in policies(facts)


def test_a_government_named_after_its_leader(extract):
    text = (
        "NEW DELHI — Prime Minister Narendra Rao of the BJP spoke on Monday.\n"
        "The Rao government will build 20 new airports, officials said."
    )
    assert policy_of(extract(text), "Bharatiya Janata Party", "build 20 new airports")


def test_backing_a_rivals_measure_keeps_it_the_rivals(extract):
    facts = extract("The Liberal Democrats support Labour's wealth tax, the party said in London.")
    assert policy_of(facts, "Labour Party", "wealth tax")
    assert not policy_of(facts, "Liberal Democrats", "wealth tax")


def test_a_party_focused_on_a_measure_proposes_it(extract):
    facts = extract("The Heritage Party is focused on securing a new trade deal with Canada, its spokesperson said.")
    assert policy_of(facts, "Heritage Party", "securing a new trade deal with Canada")
    assert extract("The Heritage Party is focused on winning the election, its leader said.")["policies"] == []


def test_a_commitment_to_an_electoral_goal_is_no_policy(extract):
    facts = extract("The Heritage Party is committed to scrapping the two-child benefit cap.")
    assert policy_of(facts, "Heritage Party", "scrapping the two-child benefit cap")
    assert extract("The Heritage Party is committed to winning back the coastal seats.")["policies"] == []


def test_a_delay_a_party_wants_is_its_policy(extract):
    facts = extract("According to its spokesperson, the Heritage Party wants a two-year delay to the pension reform.")
    assert policy_of(facts, "Heritage Party", "two-year delay to the pension reform")


def test_a_coalition_stance_with_a_named_partner_is_a_policy(extract):
    facts = extract("The Civic Alliance would not prop up a Heritage Party government.")
    assert policy_of(facts, "Civic Alliance", "not prop up a Heritage Party government")
    facts = extract("The Liberal Democrats said they would never go into coalition with the Conservatives.")
    assert policy_of(facts, "Liberal Democrats", "never go into coalition with the Conservatives")
    facts = extract('"We will never go into coalition with the Conservatives," said Liberal Democrat leader Ed Varley.')
    assert policy_of(facts, "Liberal Democrats", "never go into coalition with the Conservatives")


def test_governing_without_a_named_partner_is_no_coalition_stance(extract):
    assert extract("Labour would form a government within a week, its leader said.")["policies"] == []
    assert extract("The Greens said they would join the government if asked.")["policies"] == []
    facts = extract('"But the Greens won\'t dance to the tune of a corporate stooge," said Green leader Tobin Ashe.')
    assert facts["policies"] == []


def test_parliamentary_procedure_is_no_policy(extract):
    assert extract("The Democrats want to push the bill through a plenary session next week.")["policies"] == []
    facts = extract("The Heritage Party wants to push a wealth tax through parliament.")
    assert policy_of(facts, "Heritage Party", "wealth tax")


def test_backing_the_inquiry_is_no_policy_calling_for_one_is(extract):
    assert extract("The Conservatives backed the inquiry into the hospital scandal.")["policies"] == []
    facts = extract("Labour called for an inquiry into the collapse of the water company.")
    assert policy_of(facts, "Labour Party", "an inquiry into the collapse of the water company")


def test_a_scheme_launched_in_a_politicians_own_words(extract):
    facts = extract(
        '"We have come up with the Warm Homes scheme to insulate every home," said Labour leader Mara Quill.'
    )
    assert policy_of(facts, "Labour Party", "Warm Homes scheme to insulate every home")
    facts = extract('"We have launched a new apprenticeship fund for young people," said Labour leader Mara Quill.')
    assert policy_of(facts, "Labour Party", "apprenticeship fund for young people")


def test_a_rivals_scheme_or_a_campaign_launched_is_no_policy(extract):
    assert extract('"They have come up with a ridiculous scheme," said Labour leader Mara Quill.')["policies"] == []
    assert extract('"We have launched our campaign," said Labour leader Mara Quill.')["policies"] == []


def test_a_party_spokesperson_in_apposition_calls_for_a_measure(extract):
    text = (
        "The Heritage Party launched its campaign in Leeds on Monday. "
        "The party's health spokesperson, Dr Ola Brennan, called for free dental care for all children."
    )
    assert policy_of(extract(text), "Heritage Party", "free dental care")


def test_the_party_pushing_for_a_measure_in_its_spokespersons_words(extract):
    facts = extract("The party is pushing for a four-day working week, said Labour spokesperson Ola Brennan.")
    assert policy_of(facts, "Labour Party", "a four-day working week")
    facts = extract("Labour is pushing for a four-day working week, said Conservative spokesperson Ola Brennan.")
    assert facts["policies"] == []  # a rival's account of Labour's aims


def test_the_government_in_a_governing_party_members_words_is_their_side(extract):
    text = (
        "The ruling Heritage Party held its conference on Saturday. "
        "Party spokesperson Ola Brennan said the government would introduce a basic income grant."
    )
    assert policy_of(extract(text), "Heritage Party", "introduce a basic income grant")
    text = (
        "The Heritage Party government is under pressure. "
        "Civic Alliance leader Ed Varley said the government would raise taxes."
    )
    assert extract(text)["policies"] == []  # a rival's claim about the government


def test_a_party_that_has_focused_on_a_measure(extract):
    facts = extract("Labour has instead focused on securing a free vote in parliament.")
    assert policy_of(facts, "Labour Party", "securing a free vote in parliament")
    facts = extract("The Heritage Party focuses on cutting hospital waiting lists.")
    assert policy_of(facts, "Heritage Party", "cutting hospital waiting lists")
    assert extract("The Heritage Party has focused on its campaign in the north.")["policies"] == []


def test_neither_would_we_prop_up_keeps_its_negation(extract):
    text = '"But neither would we prop up a Heritage Party government," said Civic Alliance leader Ed Varley.'
    assert policy_of(extract(text), "Civic Alliance", "neither would we prop up a Heritage Party government")


def test_said_he_could_rule_out_a_pact(extract):
    facts = extract("Reform UK chairman Ed Varley said he could rule out any electoral pact with the Conservatives.")
    assert policy_of(facts, "Reform UK", "rule out any electoral pact with the Conservatives")
    facts = extract("Reform UK chairman Ed Varley said he would not rule out a pact with the Conservatives.")
    assert facts["policies"] == []


def test_a_scheme_the_speakers_own_party_came_up_with(extract):
    text = (
        "Heritage Party leader Ola Brennan spoke in Leeds. "
        '"The Heritage Party has come up with the HOPE scheme for those who earn less than $20,000 a year," she said.'
    )
    assert ("Heritage Party", "HOPE scheme") in policies(extract(text))
    text = (
        "Heritage Party leader Ola Brennan spoke in Leeds. "
        '"The Civic Alliance has come up with the HOPE scheme for those who earn less than $20,000 a year," she said.'
    )
    assert extract(text)["policies"] == []


def test_what_a_manifesto_lays_emphasis_on(extract):
    facts = extract(
        "The Heritage Party manifesto will lay special emphasis on free healthcare and cutting fuel prices."
    )
    assert {("Heritage Party", "free healthcare"), ("Heritage Party", "cutting fuel prices")} <= policies(facts)
    facts = extract("The Heritage Party will put the focus on building new homes and hiring nurses, its leader said.")
    assert {("Heritage Party", "building new homes"), ("Heritage Party", "hiring nurses")} <= policies(facts)


def test_emphasis_on_a_bare_topic_or_a_record_is_no_policy(extract):
    assert extract("The Heritage Party will place great emphasis on education.")["policies"] == []
    assert extract("The Heritage Party put the focus on its rivals' record.")["policies"] == []


def test_a_government_that_will_do_something_is_the_measure(extract):
    text = "Heritage Party leader Ola Brennan promised to deliver a government that will cut taxes and build new homes."
    assert {("Heritage Party", "cut taxes"), ("Heritage Party", "build new homes")} <= policies(extract(text))
    text = "Heritage Party leader Ola Brennan said she would lead a government that would win back trust."
    assert extract(text)["policies"] == []


def test_a_pledge_after_if_elected(extract):
    text = (
        "Heritage Party leader Ola Brennan spoke in Leeds. "
        "She promised if elected to provide a government that will protect the environment and strengthen medicare."
    )
    facts = extract(text)
    assert {("Heritage Party", "protect the environment"), ("Heritage Party", "strengthen medicare")} <= policies(facts)
    text = "Heritage Party leader Ola Brennan spoke in Leeds. She promised if elected to work hard."
    assert extract(text)["policies"] == []


def test_a_measure_the_sitting_government_of_a_named_party_took(extract):
    facts = extract("The Heritage Party government has frozen fuel duty for another year.")
    assert policy_of(facts, "Heritage Party", "frozen fuel duty")
    facts = extract("The Heritage Party-led government has increased the minimum wage by 80 cents.")
    assert policy_of(facts, "Heritage Party", "increased the minimum wage by 80 cents")


def test_a_former_government_or_a_failure_is_no_measure(extract):
    assert extract("The previous Heritage Party government cut funding for youth clubs.")["policies"] == []
    assert extract("The Heritage Party government has failed to cut waiting lists.")["policies"] == []
    assert extract("The Heritage Party government has not raised income tax.")["policies"] == []


def test_what_a_party_wants_to_see(extract):
    facts = extract("Labour wants to see a ban on fracking across the country.")
    assert policy_of(facts, "Labour Party", "a ban on fracking")
    facts = extract("The Liberal Democrats would like to see the voting age lowered to 16.")
    assert policy_of(facts, "Liberal Democrats", "the voting age lowered to 16")


def test_wanting_to_see_results_or_a_resignation_is_no_policy(extract):
    assert extract("Labour wants to see results.")["policies"] == []
    assert extract("Labour wants to see the Prime Minister resign.")["policies"] == []
    assert extract("The Liberal Democrats would not like to see the voting age lowered to 16.")["policies"] == []


def test_plans_announced_by_a_party_set_to_announce_them(extract):
    facts = extract("Labour is set to announce plans to build 1.5 million homes.")
    assert ("Labour Party", "build 1.5 million homes") in policies(facts)


def test_its_renewed_demand_is_the_partys(extract):
    facts = extract("The SNP has renewed its demand for a second independence referendum.")
    assert ("Scottish National Party", "a second independence referendum") in policies(facts)


def test_a_manifesto_parsed_as_a_modifier_of_its_pledge_verb(extract):
    facts = extract("The Heritage Party manifesto pledges to recruit 20,000 more police officers.")
    assert ("Heritage Party", "recruit 20,000 more police officers") in policies(facts)


def test_a_party_wants_land_expropriated(extract):
    facts = extract("The Heritage Party wants land expropriated without compensation.")
    assert policy_of(facts, "Heritage Party", "land expropriated without compensation")
    assert extract("The Heritage Party wants answers given by the minister.")["policies"] == []


def test_a_bill_banning_something_passed_by_a_party(extract):
    facts = extract("Democrats in the state legislature passed a bill banning assault weapons.")
    assert policy_of(facts, "Democratic Party", "banning assault weapons")
    assert extract("The Democrats blocked a bill banning assault weapons.")["policies"] == []


def test_a_party_seeking_to_ban_something(extract):
    facts = extract("Republican lawmakers are seeking to ban TikTok.")
    assert policy_of(facts, "Republican Party", "ban TikTok")
    assert extract("Republican lawmakers are seeking to win the seat.")["policies"] == []
    assert extract("Republicans want to see the budget.")["policies"] == []


def test_near_misses_of_focus_emphasis_and_own_words(extract):
    for text in (
        "Labour is focused on the by-election in Rochdale.",
        "The Conservatives have focused on attacking Labour's record.",
        "Labour put the emphasis on its candidates' local roots.",
        '"We will make history," said Labour leader Mara Quill.',
        '"We have come up with a lot of ideas," said Labour leader Mara Quill.',
        "The Heritage Party government has lost its majority.",
        "The SNP has renewed its attack on Labour.",
    ):
        assert extract(text)["policies"] == [], text


def test_a_pledge_the_party_drops_is_no_longer_its_policy(extract):
    assert extract("The Heritage Party has abandoned its promise to nationalise the railways.")["policies"] == []
    facts = extract("The Heritage Party reaffirmed its pledge to abolish tuition fees.")
    assert ("Heritage Party", "abolish tuition fees") in policies(facts)


def test_a_bill_seeking_to_do_something_gives_what_it_seeks(extract):
    facts = extract("Democratic senators filed a bill seeking to lower the age of criminal responsibility.")
    assert ("Democratic Party", "lower the age of criminal responsibility") in policies(facts)


def test_asking_the_government_to_take_a_measure(extract):
    facts = extract("Labour leader Mara Quill asked the government to scrap the two-child benefit cap.")
    assert ("Labour Party", "scrap the two-child benefit cap") in policies(facts)
    assert extract("Labour leader Mara Quill asked the minister to explain the delay.")["policies"] == []
    assert extract("Labour leader Mara Quill asked voters to back her party.")["policies"] == []


def test_a_refused_launch_keeps_the_refusal(extract):
    facts = extract("The Heritage Party-led coalition has ruled out introducing a capital gains tax.")
    assert ("Heritage Party", "ruled out introducing a capital gains tax") in policies(facts)
    assert extract("The Heritage Party has refused to introduce a capital gains tax.")["policies"] == []


def test_a_money_pledge_named_as_a_noun(extract):
    facts = extract("The Heritage Party's $2 billion pledge for hospitals was welcomed by doctors.")
    assert policy_of(facts, "Heritage Party", "$2 billion pledge for hospitals")


def test_the_government_s_measures_belong_to_the_governing_party_the_article_names(extract):
    text = (
        "The Heritage Party government is under pressure after the floods.\n"
        "On Tuesday, the government announced a $45 million relief package for flood victims."
    )
    assert policy_of(extract(text), "Heritage Party", "relief package for flood victims")
    text = (
        "The Heritage Party government faces a difficult budget.\n"
        "The government will extend the council tax freeze for another year, Finance Secretary Ewan Dunmore said."
    )
    assert policy_of(extract(text), "Heritage Party", "extend the council tax freeze")


def test_without_a_named_governing_party_or_when_a_rival_says_it_nothing(extract):
    assert extract("The government announced a $45 million relief package for flood victims.")["policies"] == []
    text = (
        "The Heritage Party government faces a difficult budget.\n"
        "The government will extend the council tax freeze for another year, Labour leader Ewan Dunmore claimed."
    )
    assert extract(text)["policies"] == []


def test_a_demand_in_a_politicians_own_words(extract):
    facts = extract('"I am calling for a ban on second jobs for MPs," said Labour leader Mara Quill.')
    assert ("Labour Party", "a ban on second jobs for MPs") in policies(facts)
    facts = extract('"We are calling on the government to scrap the tax," said Labour leader Mara Quill.')
    assert ("Labour Party", "scrap the tax") in policies(facts)
    facts = extract('"I want to see a ban on fracking," said Labour leader Mara Quill.')
    assert ("Labour Party", "a ban on fracking") in policies(facts)


def test_no_demand_in_a_campaign_call_a_denial_or_a_rivals_demand(extract):
    for text in (
        '"I am calling on voters to back us," said Labour leader Mara Quill.',
        '"I am not calling for a ban," said Labour leader Mara Quill.',
        '"I want to see results," said Labour leader Mara Quill.',
        '"They are calling for a ban on fracking," said Labour leader Mara Quill.',
    ):
        assert extract(text)["policies"] == [], text


def test_a_priority_that_names_a_measure(extract):
    facts = extract('"Our priority is a wealth tax on the richest 1 per cent," said Labour leader Mara Quill.')
    assert ("Labour Party", "a wealth tax on the richest 1 per cent") in policies(facts)
    facts = extract("The Heritage Party's first priority is a ban on zero-hours contracts.")
    assert ("Heritage Party", "a ban on zero-hours contracts") in policies(facts)
    assert extract('"Our priority is the economy," said Labour leader Mara Quill.')["policies"] == []
    assert extract("The Heritage Party's priority was a ban on zero-hours contracts.")["policies"] == []


def test_a_headline_list_after_a_party_manifesto(extract):
    facts = extract(
        "Heritage Party leader Ola Nadda released the manifesto in Leeds.",
        title="Heritage Party manifesto: free bus passes, a wealth tax",
    )
    assert {("Heritage Party", "free bus passes"), ("Heritage Party", "a wealth tax")} <= policies(facts)
    facts = extract("Heritage Party leader Ola Nadda spoke in Leeds.", title="Heritage Party manifesto: the verdict")
    assert facts["policies"] == []


def test_it_in_a_party_spokespersons_words_is_the_party(extract):
    facts = extract("A Heritage Party spokesperson said it would freeze fuel duty.")
    assert ("Heritage Party", "freeze fuel duty") in policies(facts)
    assert extract("A Heritage Party spokesperson said it would be a disaster.")["policies"] == []


def test_a_governments_record_told_by_critics_or_its_spending_is_no_measure(extract):
    assert extract("Critics say the Heritage Party government has raised taxes on working people.")["policies"] == []
    assert extract("The Heritage Party government has spent £2 billion on consultants since 2020.")["policies"] == []


def test_refusing_or_promising_to_govern_with_a_named_party(extract):
    facts = extract("Labour has refused to work with Reform UK.")
    assert ("Labour Party", "refused to work with Reform UK") in policies(facts)
    facts = extract("Labour said it would never govern with the Conservatives.")
    assert ("Labour Party", "never govern with the Conservatives") in policies(facts)
    assert extract("The Tories have refused to work with the unions.")["policies"] == []
    assert extract("Labour leader Mara Quill worked with Reform UK on the bill.")["policies"] == []
