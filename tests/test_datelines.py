"""A news dateline ('NAIROBI — ') is kept out of the first sentence's grammar."""

from conftest import members, policies

from polgraph.loaders.nlp import load_pipeline


def test_dateline_ends_before_the_first_sentence():
    doc = load_pipeline()("DERBY — The Heritage Party has promised to scrap bus fares.")
    assert doc[2].is_sent_start
    assert next(t for t in doc if t.text == "Party").dep_ == "nsubj"


def test_dateline_forms():
    nlp = load_pipeline()
    assert nlp("ST. ALBANS — The Heritage Party met.")[4].is_sent_start
    assert nlp("ISLAMABAD: The Civic Alliance met.")[2].is_sent_start
    assert not nlp("Derby — the Heritage Party met.")[2].is_sent_start  # not upper case: no dateline


def test_a_name_right_after_a_dateline_is_left_as_it_was():
    doc = load_pipeline()("LEEDS — Peter Brandt of the Heritage Party told a rally that he would scrap bus fares.")
    assert not doc[2].is_sent_start


def test_facts_of_a_first_sentence_with_a_dateline(extract):
    text = (
        "DERBY — The Heritage Party has nominated Sarah Breen as its candidate for mayor.\n"
        "LEEDS — The Civic Alliance is seeking to extend free bus travel to all pensioners."
    )
    facts = extract(text)
    assert ("Sarah Breen", "Heritage Party") in members(facts)
    assert ("Civic Alliance", "extend free bus travel to all pensioners") in policies(facts)
