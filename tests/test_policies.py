"""Policies: pledges and plans credited to the proposer's party."""


def policies(facts: dict) -> set[tuple[str, str]]:
    return {(p["party"], p["policy"]) for p in facts["policies"]}


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
    text = ("Labour leader Tom Ashby said the party was ready to govern.\n"
            "Other promises include:\n"
            "• Hiring 5,000 new nurses\n"
            "• Cutting energy bills")
    assert {("Labour Party", "Hiring 5,000 new nurses"), ("Labour Party", "Cutting energy bills")} <= policies(extract(text))


def test_negated_plan_keeps_the_negation(extract):
    facts = extract("The Liberal Democrats said in London that the party does not plan to raise income tax.")
    assert any(p.startswith("not ") and "raise income tax" in p for _, p in policies(facts))


def test_commitment_in_a_politicians_own_words(extract):
    text = ('Shadow health secretary Ellen Price, of Labour, spoke in London.\n'
            '"We will scrap the hospital parking charges," she said.')
    assert ("Labour Party", "scrap the hospital parking charges") in policies(extract(text))


def test_avoided_promise_is_no_policy(extract):
    facts = extract("Republican Gov. Dale Hurst avoided a promise to sign the bill.")
    assert not policies(facts)


def test_call_for_is_a_demand(extract):
    facts = extract("Sinn Féin is calling for 1,000 extra hospital beds in Dublin.")
    assert ("Sinn Féin", "1,000 extra hospital beds in Dublin") in policies(facts)


def test_proposing_a_thing_is_a_policy_of_the_proposers_party(extract):
    text = ("Senate Minority Leader Frank Dole, R-Texas, spoke on Thursday.\n"
            "Dole said his party would propose a balanced budget amendment next month.")
    assert ("Republican Party", "a balanced budget amendment") in policies(extract(text))
