"""Stance: who a statement attacks, backs or only describes."""

from polgraph.loaders.extract.stance import load_stance_lexicon
from polgraph.loaders.vocab import load_vocabulary


def stance_of(facts: dict, speaker: str, target: str) -> str | None:
    """The stance of the first statement by ``speaker`` that is about ``target``."""
    for s in facts["statements"]:
        if s["speaker"] == speaker and target in s["about"]:
            return s["stance"].get(target, "neutral")
    return None


def test_every_target_gets_a_stance(extract):
    facts = extract("Labour MP Nora Fell said the Conservatives and the Liberal Democrats had failed tenants.")
    for s in facts["statements"]:
        assert set(s["stance"]) == set(s["about"])
        assert set(s["stance"].values()) <= {"negative", "positive", "neutral"}


def test_the_accused_is_attacked(extract):
    facts = extract("Green councillor Mara Quill accused the Liberal Democrats of breaking their word on rents.")
    assert stance_of(facts, "Mara Quill", "Liberal Democrats") == "negative"


def test_attack_phrase_points_at_its_object(extract):
    facts = extract(
        "Liberal Democrat leader Ada Fenwick took aim at Sam Reddin, saying Reddin had no answer for small firms."
    )
    assert stance_of(facts, "Ada Fenwick", "Sam Reddin") == "negative"


def test_the_praised_is_backed(extract):
    text = (
        "Labour MP Owen Carrow spoke in Leeds on Monday.\n"
        "Carrow praised the Liberal Democrats for their work on the housing bill."
    )
    assert stance_of(extract(text), "Owen Carrow", "Liberal Democrats") == "positive"


def test_rival_party_attacked_in_plain_words(extract):
    facts = extract("Conservative MP Peter Lusk said Labour had wasted billions on a botched computer system.")
    assert stance_of(facts, "Peter Lusk", "Labour Party") == "negative"


def test_own_party_described_is_neutral(extract):
    facts = extract("Labour MP Dan Orme said Labour would publish its spending plans in May.")
    assert stance_of(facts, "Dan Orme", "Labour Party") in (None, "neutral")


def test_own_party_praised_is_positive(extract):
    facts = extract('Labour MP Dan Orme said: "Labour has a brilliant team and a bold, fair plan for the country."')
    assert stance_of(facts, "Dan Orme", "Labour Party") == "positive"


def test_negated_praise_is_an_attack(extract):
    facts = extract("Labour MP Ivy Marsh said the Tories were not competent to run the economy.")
    assert stance_of(facts, "Ivy Marsh", "Conservative Party") == "negative"


def test_country_named_in_passing_is_neutral(extract):
    facts = extract('Conservative MP Ben Hollis said: "Britain should trade more with France and Spain."')
    assert stance_of(facts, "Ben Hollis", "France") in (None, "neutral")


def test_stance_words_have_no_duplicates():
    from importlib import resources

    for name in (
        "stance_verbs.tsv",
        "stance_nouns.tsv",
        "stance_words.tsv",
        "stance_negators.txt",
        "stance_intensifiers.txt",
        "stance_frame_preps.txt",
        "stance_commentators.txt",
        "stance_support_nouns.txt",
    ):
        text = resources.files("polgraph.loaders.vocab").joinpath(name).read_text(encoding="utf-8")
        keys = [tuple(ln.split("\t")[:2]) for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
        assert len(keys) == len(set(keys)), name


def test_lexicon_overlays_political_words():
    lex = load_stance_lexicon()
    assert lex.words["liar"] < 0 < lex.words["competent"]
    assert lex.words["party"] == 0
    assert lex.verbs[("hit", "out at")] == "negative"
    assert load_vocabulary() is load_vocabulary()


def test_agent_of_a_passive_is_only_described(extract):
    facts = extract(
        "Green councillor Ivo Shand said the seat, held by Liberal Democrat MP Lena Cole since 2019, "
        "was now within reach."
    )
    assert stance_of(facts, "Ivo Shand", "Lena Cole") in (None, "neutral")


def test_attack_on_ones_own_leader(extract):
    text = (
        'Labour MP Ada Fenwick hit out at Labour leader Tom Reddin on Sunday: "Reddin has no answer for small firms."'
    )
    assert stance_of(extract(text), "Ada Fenwick", "Tom Reddin") == "negative"


def test_own_leader_described_is_not_attacked(extract):
    text = 'Labour MP Ada Fenwick said on Sunday: "Labour leader Tom Reddin will visit small firms in May."'
    facts = extract(text)
    assert stance_of(facts, "Ada Fenwick", "Tom Reddin") in (None, "neutral", "positive")


def test_refusing_to_support_is_no_praise(extract):
    facts = extract(
        "Labour MP Ivy Marsh said the Tories had refused to support a fair and generous pay rise "
        "for hardworking nurses."
    )
    assert stance_of(facts, "Ivy Marsh", "Conservative Party") == "negative"


def test_the_opposition_attacks_the_government(extract):
    facts = extract("Labour leader Ada Pike said the Government had let renters down again.", outlet="bbc.co.uk")
    assert stance_of(facts, "Ada Pike", "UK Government") == "negative"


def test_a_minister_describes_the_government(extract):
    facts = extract(
        "Housing minister Tom Reddin said the Government would build more homes next year.", outlet="bbc.co.uk"
    )
    assert stance_of(facts, "Tom Reddin", "UK Government") in (None, "neutral")


def test_the_speakers_own_party_as_our_party_is_described_not_praised(extract):
    facts = extract('Heritage Party leader Tomas Brindle said: "Our party has a proud and wonderful record."')
    assert stance_of(facts, "Tomas Brindle", "Heritage Party") == "neutral"


def test_his_party_with_warm_words_is_described_not_praised(extract):
    facts = extract("Heritage Party leader Tomas Brindle said his party had a proud and wonderful record.")
    assert stance_of(facts, "Tomas Brindle", "Heritage Party") == "neutral"


def test_an_analyst_describes_the_parties_named(extract):
    facts = extract(
        "Political analyst Joel Mbeki said the Heritage Party had gained from the quarrel between its rivals."
    )
    assert stance_of(facts, "Joel Mbeki", "Heritage Party") == "neutral"


def test_an_academic_in_apposition_describes(extract):
    text = "Tomas Brindle, a professor of politics at Carrow University, said Senator Ilse Varga would probably win."
    assert stance_of(extract(text), "Tomas Brindle", "Ilse Varga") == "neutral"


def test_an_analyst_can_still_attack(extract):
    facts = extract(
        "Political analyst Joel Mbeki said Senator Ilse Varga had lied shamelessly and betrayed her voters."
    )
    assert stance_of(facts, "Joel Mbeki", "Ilse Varga") == "negative"


def test_a_rival_politician_saying_the_same_is_not_a_commentator(extract):
    facts = extract("Heritage Party MP Tomas Brindle said Senator Ilse Varga would probably win the seat.")
    assert stance_of(facts, "Tomas Brindle", "Ilse Varga") == "negative"


def test_lashing_a_party_colleague_is_an_attack(extract):
    text = (
        "Heritage Party leader Tomas Brindle unveiled the plan.\n"
        "Heritage Party MP Nia Oduya lashed Tomas Brindle's housing plan as a fantasy."
    )
    assert stance_of(extract(text), "Nia Oduya", "Tomas Brindle") == "negative"


def test_echoing_an_organisations_warning_sides_with_it(extract):
    facts = extract("Senator Ilse Varga echoed the Harbour Commission's warning that fares would rise.")
    assert stance_of(facts, "Ilse Varga", "Harbour Commission") == "positive"


def test_agreeing_with_a_claim_does_not_back_the_people_the_claim_is_about(extract):
    text = "Senator Ilse Varga echoed the Harbour Commission's warning that Mayor Dov Arlen's fares plan would fail."
    assert stance_of(extract(text), "Ilse Varga", "Dov Arlen") != "positive"


def test_the_agent_of_a_con_is_attacked(extract):
    facts = extract("Heritage Party MP Nia Oduya said voters had been conned by the Civic Alliance.")
    assert stance_of(facts, "Nia Oduya", "Civic Alliance") == "negative"


def test_the_agent_of_a_plain_deed_is_only_described(extract):
    facts = extract("Heritage Party MP Nia Oduya said the new bridge had been built by the Civic Alliance.")
    assert stance_of(facts, "Nia Oduya", "Civic Alliance") == "neutral"


def test_asking_for_a_vote_for_ones_own_party_backs_it(extract):
    text = 'Heritage Party leader Tomas Brindle said: "A vote for the Heritage Party is a vote for cheaper homes."'
    assert stance_of(extract(text), "Tomas Brindle", "Heritage Party") == "positive"


def test_a_vote_for_a_rival_is_not_backing_it(extract):
    text = 'Heritage Party leader Tomas Brindle said: "A vote for the Civic Alliance is a vote for higher rents."'
    assert stance_of(extract(text), "Tomas Brindle", "Civic Alliance") == "negative"


def test_a_speaker_wanting_to_thank_someone_backs_them(extract):
    facts = extract("Heritage Party MP Nia Oduya said she wanted to thank Mayor Dov Arlen for his hard work.")
    assert stance_of(facts, "Nia Oduya", "Dov Arlen") == "positive"


def test_refusing_to_back_someone_is_against_them(extract):
    facts = extract("Heritage Party MP Nia Oduya said she would never support Tomas Brindle.")
    assert stance_of(facts, "Nia Oduya", "Tomas Brindle") == "negative"


def test_not_criticising_a_party_is_no_attack(extract):
    facts = extract("Green MP Ana Ruiz said she did not criticise the Heritage Party and would work with it.")
    assert stance_of(facts, "Ana Ruiz", "Heritage Party") == "neutral"


def test_praise_words_vader_lacks_count(extract):
    facts = extract("Heritage Party leader Tomas Brindle said the Heritage Party had done a tremendous job.")
    assert stance_of(facts, "Tomas Brindle", "Heritage Party") == "positive"
