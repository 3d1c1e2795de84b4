"""Memberships stated through a pronoun: 'his party, the Greens', 'her Labour colleagues', 'her chancellor X'."""

from __future__ import annotations

from collections.abc import Iterator

from polgraph.facts import Membership, Role
from polgraph.loaders.extract.document import Document
from polgraph.loaders.extract.roles import copular_finding, is_role_head, role_text
from polgraph.loaders.extract.speakers import Resolver


def own_party_memberships(doc: Document, resolver: Resolver) -> Iterator[Membership]:
    """'his party, the Liberal Democrats' / 'her Green Party' / 'his Progressive Conservative government': the
    person the pronoun stands for is a member of the party named inside the phrase."""
    genders = resolver.vocab.pronoun_genders
    heads = {"party"} | resolver.vocab.words["led_bodies"] | resolver.vocab.words["fellow_nouns"]
    for para in doc.paragraphs:
        for tok in para.doc:
            if tok.lower_ not in heads or para.in_quote(tok):
                continue
            owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in genders), None)
            if owner is None:
                continue
            span = list(tok.subtree)
            if any(t.lower_ in ("former", "ex") for t in span if t.i < tok.i):
                continue  # 'her former Labour colleagues'
            party = next(
                (
                    m
                    for m in doc.mentions
                    if m.para == para.index and m.kind == "party" and span[0].i <= m.start <= span[-1].i
                ),
                None,
            )
            if party is None:
                continue
            person = resolver.pronoun(para, owner, genders[owner.lower_])
            if person:
                end = para.doc[party.end - 1]
                yield Membership(person, party.key, doc.provenance(para, owner.idx, end.idx + len(end)))


def appointee_memberships(doc: Document, resolver: Resolver) -> Iterator[Membership]:
    """'Mara Quill and her chancellor X' / 'his deputy, X': a minister or deputy a party member appointed shares
    that member's party."""
    genders = resolver.vocab.pronoun_genders
    words = resolver.vocab.words
    others = words["peer_nouns"] | {"challenger", "opponent", "predecessor", "successor"}
    aides = words["deputy_nouns"] | words["seat_offices"] | {"spokesman", "spokeswoman", "spokesperson", "aide"}
    for m in [m for m in doc.mentions if m.kind == "person" and not m.in_quote]:
        para = doc.paragraphs[m.para]
        tokens = para.doc
        k = m.start - 1 if m.start > 2 and tokens[m.start - 1].text == "," else m.start  # 'his deputy, X'
        if k < 2 or not is_role_head(tokens[k - 1], resolver.vocab) or tokens[k - 1].lower_ in others:
            continue  # not 'his challenger, X'
        if k < m.start and tokens[k - 1].lower_ not in aides:
            continue
        owner = tokens[k - 2]
        if owner.lower_ not in ("his", "her") or owner.dep_ != "poss":
            continue
        boss = resolver.pronoun(para, owner, genders[owner.lower_], exclude=m.key)
        party = resolver.party_of(boss) if boss else None
        if party:
            yield Membership(
                m.key, party, doc.provenance(para, owner.idx, tokens[m.end - 1].idx + len(tokens[m.end - 1]))
            )


def deputy_memberships(doc: Document, resolver: Resolver) -> Iterator[Membership]:
    """'Mkhize's deputy, X,' / 'Garba's running mate, X,': a party figure's deputy or running mate shares the party."""
    deputies = resolver.vocab.words["deputy_nouns"]
    for m in [m for m in doc.mentions if m.kind == "person" and not m.in_quote]:
        tokens = doc.paragraphs[m.para].doc
        k = m.end
        if k + 2 >= len(tokens) or tokens[k].text not in ("'s", "\u2019s"):
            continue
        words = [t.lower_ for t in tokens[k + 1 : k + 3]]
        size = next((n for n in (2, 1) if " ".join(words[:n]) in deputies), 0)
        comma = k + 1 + size
        if not size or comma + 1 >= len(tokens) or tokens[comma].text != ",":
            continue
        other = next((x for x in doc.mentions_at(m.para, comma + 1) if x.kind == "person"), None)
        party = resolver.party_of(m.key)
        if other is not None and party and other.key != m.key:
            para = doc.paragraphs[m.para]
            yield Membership(other.key, party, doc.provenance(para, tokens[m.start].idx, tokens[comma].idx))


def leadership_memberships(doc: Document, resolver: Resolver) -> Iterator[Membership]:
    """'a Conservative government under his leadership': the pronoun's person leads that party."""
    genders = resolver.vocab.pronoun_genders
    bodies = resolver.vocab.words["led_bodies"]
    for para in doc.paragraphs:
        tokens = para.doc
        for tok in tokens[3:]:
            if tok.lower_ != "leadership" or para.in_quote(tok) or tokens[tok.i - 2].lower_ != "under":
                continue
            owner = tokens[tok.i - 1]
            if owner.lower_ not in ("his", "her") or tokens[tok.i - 3].lower_ not in bodies:
                continue
            keys = {
                m.key
                for t in tokens[max(0, tok.i - 6) : tok.i - 3]
                for m in doc.mentions_at(para.index, t.i)
                if m.kind == "party"
            }
            person = resolver.pronoun(para, owner, genders[owner.lower_]) if len(keys) == 1 else None
            if person:
                yield Membership(
                    person,
                    next(iter(keys)),
                    doc.provenance(para, tokens[tok.i - 6 if tok.i >= 6 else 0].idx, tok.idx + len(tok)),
                )


def pronoun_copular_memberships(doc: Document, resolver: Resolver) -> Iterator[Role | Membership]:
    """'She is a Labour MP' / 'He has been a Conservative councillor since 2015': the copular rule of roles.py
    for a pronoun subject, given to the person the pronoun stands for."""
    genders = resolver.vocab.pronoun_genders
    for para in doc.paragraphs:
        for tok in para.doc:
            if tok.lower_ not in ("he", "she") or tok.dep_ != "nsubj" or para.in_quote(tok):
                continue
            finding = copular_finding(doc, para, tok, resolver.vocab)
            if not finding.parties:
                continue
            person = resolver.pronoun(para, tok, genders[tok.lower_])
            if not person:
                continue
            prov = doc.provenance(para, tok.idx, tok.head.idx + len(tok.head))
            for party in dict.fromkeys(finding.parties):
                yield Membership(person, party, prov)
            for tokens in finding.roles:
                text = role_text(tokens, doc, para, resolver.vocab)
                if text:
                    yield Role(person, text, finding.parties[0], prov)
