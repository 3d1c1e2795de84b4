"""Memberships stated through a pronoun: 'Wren said his party, the Liberal Democrats, would ...'."""
from __future__ import annotations

from collections.abc import Iterator

from polgraph.facts import Membership
from polgraph.loaders.extract.document import Document
from polgraph.loaders.extract.speakers import Resolver


def own_party_memberships(doc: Document, resolver: Resolver) -> Iterator[Membership]:
    """'his party, the Liberal Democrats' / 'her Green Party': the person the pronoun stands for is a
    member of the party named inside the phrase."""
    genders = resolver.vocab.pronoun_genders
    for para in doc.paragraphs:
        for tok in para.doc:
            if tok.lower_ != "party" or para.in_quote(tok):
                continue
            owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in genders), None)
            if owner is None:
                continue
            span = list(tok.subtree)
            party = next((m for m in doc.mentions if m.para == para.index and m.kind == "party"
                          and span[0].i <= m.start <= span[-1].i), None)
            if party is None:
                continue
            person = resolver.pronoun(para, owner, genders[owner.lower_])
            if person:
                end = para.doc[party.end - 1]
                yield Membership(person, party.key, doc.provenance(para, owner.idx, end.idx + len(end)))
