"""Policies whose party is known only from a membership stated elsewhere in the article, and more common ways of
putting a measure forward."""

from test_policies import policies


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
