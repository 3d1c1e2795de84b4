"""A small hand-made graph for the RDF, analysis and picture tests: invented people in three countries.

Britain: Maren Holloway and Ines Farrow (Labour) against Tobias Quell (Conservative).
Ireland: Ciaran Dolbey (Labour) against Aoife Strand (Fine Gael).
Netherlands: Joost Verhaal (Labour), who backs British Labour.
"""

from __future__ import annotations

from polgraph.facts import (
    Article,
    ArticleFacts,
    Entity,
    Membership,
    Provenance,
    Role,
    Statement,
)


def _prov(article: str, sentence: str, start: int = 0) -> Provenance:
    return Provenance(
        article=article, field="text", start=start, end=start + len(sentence), sentence=sentence, confidence=0.8
    )


def _said(
    article: str, speaker: str, text: str, stance: dict[str, str], kind: str = "person", start: int = 0
) -> Statement:
    return Statement(
        speaker=speaker,
        type="direct",
        text=text,
        about=list(stance),
        speaker_kind=kind,
        provenance=_prov(article, text, start),
        stance=stance,
    )


def _party(name: str, country: str) -> Entity:
    return Entity(name=name, kind="party", country=country)


def sample_facts() -> list[ArticleFacts]:
    gb = ArticleFacts(
        article=Article(id="gb-1", title="Budget row", text="...", published="2026-03-02", outlet="Invented Post"),
        persons=[Entity("Maren Holloway", "person"), Entity("Ines Farrow", "person"), Entity("Tobias Quell", "person")],
        parties=[_party("Labour Party", "GB"), _party("Conservative Party", "GB")],
        roles=[
            Role("Tobias Quell", "shadow chancellor", "Conservative Party", _prov("gb-1", "Quell, shadow chancellor"))
        ],
        memberships=[
            Membership("Maren Holloway", "Labour Party", _prov("gb-1", "Holloway of Labour")),
            Membership("Ines Farrow", "Labour Party", _prov("gb-1", "Farrow of Labour")),
            Membership("Tobias Quell", "Conservative Party", _prov("gb-1", "Quell, a Conservative")),
        ],
        statements=[
            _said(
                "gb-1",
                "Tobias Quell",
                "This budget would wreck the savings of every family.",
                {"Labour Party": "negative", "Maren Holloway": "negative"},
                start=10,
            ),
            _said(
                "gb-1",
                "Maren Holloway",
                "Ines Farrow has shown real courage on housing.",
                {"Ines Farrow": "positive"},
                start=80,
            ),
            _said(
                "gb-1",
                "Maren Holloway",
                "The Conservatives have run out of ideas.",
                {"Conservative Party": "negative"},
                start=140,
            ),
            _said(
                "gb-1",
                "Conservative Party",
                "Labour cannot be trusted with the public finances.",
                {"Labour Party": "negative"},
                kind="party",
                start=200,
            ),
        ],
    )
    ie = ArticleFacts(
        article=Article(id="ie-1", title="Housing debate", text="...", published="2026-03-03"),
        persons=[Entity("Ciaran Dolbey", "person"), Entity("Aoife Strand", "person")],
        parties=[_party("Labour Party", "IE"), _party("Fine Gael", "IE")],
        memberships=[
            Membership("Ciaran Dolbey", "Labour Party", _prov("ie-1", "Dolbey of Labour")),
            Membership("Aoife Strand", "Fine Gael", _prov("ie-1", "Strand of Fine Gael")),
        ],
        statements=[
            _said("ie-1", "Ciaran Dolbey", "Fine Gael has failed renters for a decade.", {"Fine Gael": "negative"}),
            _said(
                "ie-1",
                "Aoife Strand",
                "Labour will set out its own plan next week.",
                {"Labour Party": "neutral"},
                start=60,
            ),
        ],
    )
    nl = ArticleFacts(
        article=Article(id="nl-1", title="Sister parties", text="...", published="2026-03-04"),
        persons=[Entity("Joost Verhaal", "person"), Entity("Maren Holloway", "person")],
        parties=[_party("Labour Party", "NL")],
        memberships=[Membership("Joost Verhaal", "Labour Party", _prov("nl-1", "Verhaal of Labour"))],
        statements=[
            _said(
                "nl-1",
                "Joost Verhaal",
                "Maren Holloway is the leader Europe's left needs.",
                {"Maren Holloway": "positive"},
            )
        ],
    )
    return [gb, ie, nl]


def sample_store(path, facts: list[ArticleFacts] | None = None):
    """An embedded store at PATH holding the sample facts (or FACTS)."""
    from polgraph.graph.embedded import EmbeddedStore
    from polgraph.graph.ingest import ingest

    store = EmbeddedStore(path)
    ingest(store, facts if facts is not None else sample_facts())
    return store
