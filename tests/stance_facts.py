"""Hand-made facts for the store tests: invented politicians in three countries, each with a Labour Party.

uk-a: Rufus Dunmore (Conservative) attacks Orla Penhale (Labour); Orla praises Tamsin Vey (Labour) and attacks
      the Conservatives; the Conservative Party itself attacks Labour.
ie-a: Brid Keogh (Irish Labour) attacks Fine Gael; Declan Farrelly (Fine Gael) mentions Irish Labour neutrally.
nl-a: Pim Oosterlaan (Dutch Labour) backs Orla Penhale.
uk-b: Rufus attacks Silas Crane, whose party is not said yet.
uk-c: Silas Crane is a Labour member; Tamsin proposes a policy.
"""

from __future__ import annotations

from polgraph.facts import Article, ArticleFacts, Entity, Membership, Policy, Provenance, Role, Statement


def prov(article: str, start: int, text: str = "A sentence.") -> Provenance:
    return Provenance(article, "text", start, start + len(text), text, 0.8)


def said(article: str, start: int, speaker: str, text: str, stance: dict[str, str], kind: str = "person") -> Statement:
    return Statement(
        speaker, "direct", text, list(stance), speaker_kind=kind, provenance=prov(article, start, text), stance=stance
    )


def party(name: str, country: str) -> Entity:
    return Entity(name, "party", [name.split()[0]] if name.endswith(" Party") else [], country)


def person(name: str) -> Entity:
    return Entity(name, "person", [name.split()[-1]])


def member(article: str, who: str, of: str) -> Membership:
    return Membership(who, of, prov(article, 0))


def stance_articles() -> list[ArticleFacts]:
    uk_a = ArticleFacts(
        Article("uk-a", "...", title="Budget row", published="2026-02-01"),
        persons=[person("Rufus Dunmore"), person("Orla Penhale"), person("Tamsin Vey")],
        parties=[party("Labour Party", "GB"), party("Conservative Party", "GB")],
        roles=[Role("Orla Penhale", "shadow chancellor", "Labour Party", prov("uk-a", 5))],
        memberships=[
            member("uk-a", "Rufus Dunmore", "Conservative Party"),
            member("uk-a", "Orla Penhale", "Labour Party"),
            member("uk-a", "Tamsin Vey", "Labour Party"),
        ],
        statements=[
            said("uk-a", 10, "Rufus Dunmore", "Her sums do not add up.", {"Orla Penhale": "negative"}),
            said("uk-a", 40, "Orla Penhale", "Tamsin has been brilliant on housing.", {"Tamsin Vey": "positive"}),
            said("uk-a", 90, "Orla Penhale", "The Tories have run out of road.", {"Conservative Party": "negative"}),
            said(
                "uk-a",
                130,
                "Conservative Party",
                "Labour would tax every pension.",
                {"Labour Party": "negative"},
                kind="party",
            ),
        ],
    )
    ie_a = ArticleFacts(
        Article("ie-a", "...", title="Rent debate", published="2026-02-02"),
        persons=[person("Brid Keogh"), person("Declan Farrelly")],
        parties=[party("Labour Party", "IE"), Entity("Fine Gael", "party", [], "IE")],
        memberships=[member("ie-a", "Brid Keogh", "Labour Party"), member("ie-a", "Declan Farrelly", "Fine Gael")],
        statements=[
            said("ie-a", 10, "Brid Keogh", "Fine Gael has failed renters.", {"Fine Gael": "negative"}),
            said("ie-a", 50, "Declan Farrelly", "Labour will publish a plan.", {"Labour Party": "neutral"}),
        ],
    )
    nl_a = ArticleFacts(
        Article("nl-a", "...", title="Sister parties", published="2026-02-03"),
        persons=[person("Pim Oosterlaan"), person("Orla Penhale")],
        parties=[party("Labour Party", "NL")],
        memberships=[member("nl-a", "Pim Oosterlaan", "Labour Party")],
        statements=[
            said("nl-a", 10, "Pim Oosterlaan", "Orla Penhale is the leader we need.", {"Orla Penhale": "positive"})
        ],
    )
    uk_b = ArticleFacts(
        Article("uk-b", "...", title="Candidate", published="2026-02-04"),
        persons=[person("Rufus Dunmore"), person("Silas Crane")],
        statements=[said("uk-b", 10, "Rufus Dunmore", "Silas Crane is out of his depth.", {"Silas Crane": "negative"})],
    )
    uk_c = ArticleFacts(
        Article("uk-c", "...", title="Selection", published="2026-02-05"),
        persons=[person("Silas Crane"), person("Tamsin Vey")],
        parties=[party("Labour Party", "GB")],
        memberships=[member("uk-c", "Silas Crane", "Labour Party")],
        policies=[Policy("Labour Party", "a rent freeze for two years", "Tamsin Vey", prov("uk-c", 30))],
    )
    return [uk_a, ie_a, nl_a, uk_b, uk_c]


PARTY_RELATIONS = {
    # (from, from country, to, to country): (statements, negative, positive, neutral, net)
    ("Conservative Party", "GB", "Labour Party", "GB"): (3, 3, 0, 0, -3),
    ("Labour Party", "GB", "Conservative Party", "GB"): (1, 1, 0, 0, -1),
    ("Labour Party", "NL", "Labour Party", "GB"): (1, 0, 1, 0, 1),
    ("Labour Party", "IE", "Fine Gael", "IE"): (1, 1, 0, 0, -1),
    ("Fine Gael", "IE", "Labour Party", "IE"): (1, 0, 0, 1, 0),
}
"""What party-relations must answer for ``stance_articles``: three Labour parties, never merged."""
