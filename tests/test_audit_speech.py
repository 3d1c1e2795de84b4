"""Generalisation audit of statements, about and stance: invented passages in the styles of wire services and
newspapers of several countries (US, UK, Ireland, Canada, Australia, India, South Africa, Germany)."""

import pytest
from conftest import said


def by(facts: dict, speaker: str) -> list[dict]:
    return [s for s in facts["statements"] if s["speaker"] == speaker]


def stance_of(facts: dict, speaker: str, target: str) -> str | None:
    """The stance of the first statement by ``speaker`` that is about ``target``."""
    for s in by(facts, speaker):
        if target in s["about"]:
            return s["stance"].get(target, "neutral")
    return None


def test_us_wire_accusation_and_quote_told_reporters(extract):
    facts = extract(
        "WASHINGTON (AP) — Sen. Dale Horvath, R-Neb., accused Democrats of "
        '"playing games with the border" on Tuesday. '
        '"They had four years and did nothing," Horvath told reporters outside the Capitol.'
    )
    assert ("Dale Horvath", "They had four years and did nothing") in said(facts)
    assert stance_of(facts, "Dale Horvath", "Democratic Party") == "negative"


def test_uk_quote_resumes_after_its_frame(extract):
    facts = extract(
        "The Labour leader, Fiona Pratt, warned that the Conservatives would cut the NHS budget. "
        '"This is a government that has given up," she said. '
        '"It has run out of ideas, and it has run out of time." '
        'A Conservative spokesman said the claims were "desperate nonsense".'
    )
    assert ("Fiona Pratt", "This is a government that has given up") in said(facts)
    assert ("Fiona Pratt", "It has run out of ideas, and it has run out of time.") in said(facts)
    assert any("desperate nonsense" in s["text"] for s in by(facts, "Conservative Party"))
    assert stance_of(facts, "Fiona Pratt", "Conservative Party") == "negative"


def test_irish_spokeswoman_attacks_the_government(extract):
    facts = extract(
        "Fianna Fáil TD Seán Doherty has insisted that the housing plan is working. "
        '"We are building more homes than at any time in the last decade," Mr Doherty told the Dáil. '
        "Sinn Féin housing spokeswoman Niamh Curran said the Government had failed renters."
    )
    doherty = next(p["name"] for p in facts["persons"] if p["name"].endswith("Doherty"))
    assert (doherty, "the housing plan is working") in said(facts)
    assert (doherty, "We are building more homes than at any time in the last decade") in said(facts)
    assert stance_of(facts, "Niamh Curran", "Irish Government") == "negative"


def test_canadian_rebuttal_with_saying(extract):
    facts = extract(
        'Conservative MP Brad Kellerman said Thursday the Liberals had "lost control" of spending. '
        "Finance Minister Andrea Lavoie rejected the criticism, saying the deficit was falling."
    )
    assert stance_of(facts, "Brad Kellerman", "Liberal Party of Canada") == "negative"
    assert any("the deficit was falling" in s["text"] for s in by(facts, "Andrea Lavoie"))


def test_australian_slammed_and_quoted_reply(extract):
    facts = extract(
        "Opposition Leader Greg Tannock has slammed Labor over its energy policy, "
        "claiming power bills would keep rising. "
        'But Climate Change Minister Priya Nand said the Coalition had "no plan at all".'
    )
    assert stance_of(facts, "Greg Tannock", "Australian Labor Party") == "negative"
    assert stance_of(facts, "Priya Nand", "Coalition") == "negative"


def test_indian_was_quoted_as_saying(extract):
    facts = extract(
        "Congress leader Arjun Mehra on Monday hit out at the BJP. "
        '"The BJP is afraid of the people," Mr Mehra was quoted as saying by news agency PTI.'
    )
    assert ("Arjun Mehra", "The BJP is afraid of the people") in said(facts)
    assert stance_of(facts, "Arjun Mehra", "Bharatiya Janata Party") == "negative"


@pytest.mark.xfail(reason="known limit: 'the ruling party' is not resolved to the party that governs", strict=True)
def test_indian_ruling_party_is_the_target(extract):
    facts = extract(
        "BJP ministers defended the raids on Monday. "
        "Congress leader Arjun Mehra alleged that the ruling party had misused central agencies."
    )
    assert stance_of(facts, "Arjun Mehra", "Bharatiya Janata Party") == "negative"


def test_south_african_praise_and_according_to(extract):
    facts = extract(
        "DA leader Johan Pienaar praised the ANC for agreeing to the budget compromise. "
        'According to Pienaar, the deal "shows that coalition politics can work".'
    )
    assert stance_of(facts, "Johan Pienaar", "African National Congress") == "positive"
    assert any("coalition politics can work" in s["text"] for s in by(facts, "Johan Pienaar"))


def test_german_telling_parliament_that(extract):
    facts = extract(
        "Chancellor Markus Lindner defended the coalition's migration bill, "
        'telling the Bundestag that Germany needed "order and humanity". '
        "CDU leader Helga Brandt said the bill did not go far enough."
    )
    assert any("order and humanity" in s["text"] for s in by(facts, "Markus Lindner"))
    assert ("Helga Brandt", "the bill did not go far enough") in said(facts)


def test_refusing_to_criticise_is_no_attack(extract):
    facts = extract(
        "Labour MP Owen Carrow refused to criticise the Liberal Democrats, saying they had acted in good faith."
    )
    assert stance_of(facts, "Owen Carrow", "Liberal Democrats") != "negative"


def test_declining_to_praise_is_no_praise(extract):
    facts = extract("Conservative MP Lena Hart declined to praise the Labour Party for the rescue deal.")
    assert stance_of(facts, "Lena Hart", "Labour Party") != "positive"


def test_not_ruling_out_is_still_a_position(extract):
    facts = extract("Liberal Democrat leader Ada Fenwick did not rule out a coalition with the Green Party.")
    assert any("coalition with the Green Party" in s["text"] for s in by(facts, "Ada Fenwick"))


def test_warned_of_and_warned_someone_not_to(extract):
    facts = extract(
        "Senator Paula Ruiz warned of a shutdown next month. Ruiz also warned Republicans not to block the aid package."
    )
    assert any("a shutdown next month" in s["text"] for s in by(facts, "Paula Ruiz"))
    assert stance_of(facts, "Paula Ruiz", "Republican Party") == "negative"


def test_hit_back_at_someone_calling_his_remarks_shameful(extract):
    facts = extract('Democratic Governor Alan Pike hit back at Sen. Dale Horvath, calling his remarks "shameful".')
    assert any("shameful" in s["text"] for s in by(facts, "Alan Pike"))
    assert stance_of(facts, "Alan Pike", "Dale Horvath") == "negative"


def test_hitting_back_without_saying_anything_is_no_statement(extract):
    facts = extract("Green councillor Mara Quill hit back at the mayor on Friday.")
    assert not facts["statements"]


def test_pronoun_of_the_other_gender_is_a_target(extract):
    facts = extract(
        "Reform UK leader Tom Bale was at the centre of the row. Labour MP Mary Holt said he should apologise."
    )
    assert stance_of(facts, "Mary Holt", "Tom Bale") == "negative"


def test_defending_a_colleague_she_did_an_outstanding_job(extract):
    facts = extract(
        'Conservative chairman Adam Lang defended party leader Helen Marsh, saying she had done "an outstanding job".'
    )
    assert stance_of(facts, "Adam Lang", "Helen Marsh") == "positive"


def test_said_he_would_is_the_speaker_himself(extract):
    facts = extract("Labour MP Adam Lang said he would vote against the Conservative budget.")
    assert "Adam Lang" not in [t for s in facts["statements"] for t in s["about"]]


def test_said_he_agreed_with_a_rival_is_praise(extract):
    facts = extract("Fine Gael TD Adam Barry said he agreed with Sinn Féin on the need for more social housing.")
    barry = next(p["name"] for p in facts["persons"] if p["name"].endswith("Barry"))
    assert stance_of(facts, barry, "Sinn Féin") == "positive"


def test_said_she_would_support_a_rival_amendment(extract):
    facts = extract("Labour MP Mary Holt said she would support the Liberal Democrats' amendment.")
    assert stance_of(facts, "Mary Holt", "Liberal Democrats") == "positive"


def test_two_speakers_in_one_sentence(extract):
    facts = extract(
        "Green Party co-leader Ivy Rook said the Liberal Democrats had betrayed students, "
        'while Reform UK chairman Tom Bale said the Tories had "lost their way".'
    )
    rook = [s for s in facts["statements"] if "betrayed students" in s["text"]]
    bale = [s for s in facts["statements"] if "lost their way" in s["text"]]
    assert rook and bale and rook[0] is not bale[0]
    assert bale[0]["speaker"] == "Tom Bale"
    assert stance_of(facts, "Tom Bale", "Conservative Party") == "negative"


def test_while_with_a_pronoun_is_the_same_speaker(extract):
    facts = extract(
        "Labour leader Jane Orrin said while she believed a land tax could work, "
        "she would not introduce one in her first term."
    )
    assert not [s for s in facts["statements"] if s["speaker"] != "Jane Orrin"]
    assert any("first term" in s["text"] for s in by(facts, "Jane Orrin"))


@pytest.mark.xfail(
    reason="known limit: a person of unknown side is read as attacked unless the words praise; "
    "making flat statements neutral cost 0.02-0.05 stance F1 on both dev halves",
    strict=True,
)
def test_a_neutral_forecast_is_not_an_attack(extract):
    facts = extract("Independent TD Mary Joyce said the Taoiseach Liam Garvey would meet EU leaders next week.")
    assert stance_of(facts, "Mary Joyce", "Liam Garvey") == "neutral"


def test_told_reporters_adding_that(extract):
    facts = extract(
        "Liberal Democrat MP Tom Hale told reporters the bill was flawed, "
        "adding that the Labour Party had rushed it through."
    )
    assert ("Tom Hale", "the bill was flawed") in said(facts)
    assert stance_of(facts, "Tom Hale", "Labour Party") == "negative"


def test_lashed_out_at_the_president(extract):
    facts = extract("Senator Paula Ruiz lashed out at President Dan Fowler over the tariffs.")
    assert stance_of(facts, "Paula Ruiz", "Dan Fowler") == "negative"


def test_dismissed_a_plan_as_reckless(extract):
    facts = extract('Finance Minister Andrea Lavoie dismissed the Conservative plan as "reckless".')
    assert stance_of(facts, "Andrea Lavoie", "Conservative Party") == "negative"


def test_pronoun_speaker_of_a_later_sentence(extract):
    facts = extract(
        "Adam Lang, the Conservative chairman, spoke in York on Friday. "
        'He said Labour "cannot be trusted" with the economy.'
    )
    assert any("cannot be trusted" in s["text"] for s in by(facts, "Adam Lang"))
    assert stance_of(facts, "Adam Lang", "Labour Party") == "negative"


@pytest.mark.xfail(
    reason="known limit (parties family): with no country clue, 'the Conservatives' next to a Labour MP "
    "resolves to the Conservative Party of Canada",
    strict=True,
)
def test_labour_mp_attacks_the_conservatives(extract):
    facts = extract("Labour MP Mary Holt said the Conservatives had rushed the bill through.")
    assert stance_of(facts, "Mary Holt", "Conservative Party") == "negative"


def test_debate_style_name_colon_quote(extract):
    facts = extract(
        "The leaders clashed over the economy on Tuesday night.\n"
        'Tánaiste Conor Walsh: "Sinn Féin has no plan for the economy."'
    )
    assert ("Conor Walsh", "Sinn Féin has no plan for the economy.") in said(facts)
    assert stance_of(facts, "Conor Walsh", "Sinn Féin") == "negative"


def test_a_named_thing_before_a_colon_is_no_speaker(extract):
    facts = extract('The Conor Walsh doctrine: "Growth first, always."')
    assert not facts["statements"]


def test_paid_tribute_to_a_rival(extract):
    facts = extract("Labour leader Fiona Pratt paid tribute to the Liberal Democrats for their work on the bill.")
    assert stance_of(facts, "Fiona Pratt", "Liberal Democrats") == "positive"


def test_paying_a_fine_is_no_statement(extract):
    facts = extract("Conservative MP Adam Lang paid the fine on Friday.")
    assert not facts["statements"]


def test_a_government_named_with_its_country(extract):
    facts = extract("The SNP urged the UK Government to scrap the two-child cap.")
    assert stance_of(facts, "Scottish National Party", "UK Government") == "negative"


def test_an_endorsement_backs_the_candidate(extract):
    facts = extract("Former senator Tom Hale endorsed Democratic candidate Mary Holt for governor.")
    assert stance_of(facts, "Tom Hale", "Mary Holt") == "positive"


@pytest.mark.xfail(
    reason="known limit: 'it was not fair to blame X' (a negated judgement of an attack) reads as an attack",
    strict=True,
)
def test_defending_a_rival_against_blame(extract):
    facts = extract("Labour MP Mary Holt said it was not fair to blame the Liberal Democrats for the delay.")
    assert stance_of(facts, "Mary Holt", "Liberal Democrats") != "negative"
