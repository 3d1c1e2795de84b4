"""Memberships stated through a pronoun: 'his party, the Greens', 'her Labour colleagues', 'her chancellor X'."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from polgraph.facts import Membership, Role
from polgraph.loaders.extract.deps import SUBJECTS
from polgraph.loaders.extract.document import Document, Mention, Paragraph
from polgraph.loaders.extract.policy_owners import commentator, last_subject_party
from polgraph.loaders.extract.roles import copular_finding, is_role_head, party_at, role_text, singular_head
from polgraph.loaders.extract.speakers import Resolver
from polgraph.loaders.vocab import Vocabulary, word_list

POSSESSIVE_MARKS = ("'s", "\u2019s")
INFORMAL_OFFICES = word_list("informal_offices")


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


def party_office_memberships(doc: Document, vocab: Vocabulary, known: list[Role | Membership]) -> Iterator[Membership]:
    """An office a party holds, given to the name it introduces: 'The Greens, whose co-leader X,', 'Their housing
    spokesman, X,' (the party the narration was about), "The party's treasurer X", 'The spokesman of the PDP
    (PDP), X,'. A person whose party is already stated keeps it."""
    stated = {f.person for f in known if isinstance(f, Membership) or f.party}
    for m in [m for m in doc.mentions if m.kind == "person" and not m.in_quote and m.key not in stated]:
        para = doc.paragraphs[m.para]
        phrase = _office_phrase(para, m, vocab)
        if not phrase or any(t.lower_ in ("former", "ex", "late") for t in phrase):
            continue
        party = _office_owner(doc, para, phrase)
        if party:
            first = min(phrase[0], para.doc[m.start], key=lambda t: t.i)
            last = max(phrase[-1], para.doc[m.end - 1], key=lambda t: t.i)
            yield Membership(m.key, party, doc.provenance(para, first.idx, last.idx + len(last)))


def _office_phrase(para: Paragraph, m: Mention, vocab: Vocabulary) -> list[Token]:
    """The office phrase a name is introduced by: apposed ('the party's treasurer, X') or as a title ('whose
    co-leader X'), from its first word to the office noun (with an 'of' phrase after the noun)."""
    tokens = para.doc
    root = tokens[m.start : m.end].root
    if root.dep_ == "appos" and root.head.i < m.start and is_role_head(root.head, vocab):
        office = root.head
        return list(tokens[office.left_edge.i : office.i + 1]) + [
            t for c in office.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < m.start for t in c.subtree
        ]
    for one in (c for c in root.children if c.dep_ == "appos" and c.lower_ == "one" and c.i > root.i):
        offices = [t for t in one.subtree if t.dep_ == "pobj" and t.head.head == one and singular_head(t.text, vocab)]
        if offices:  # "X, one of the Workers' Party's MPs for Aljunied,"
            return list(tokens[one.i : offices[0].i + 1])
    k = m.start - 1
    if k < 1 or not (is_role_head(tokens[k], vocab) or tokens[k].lower_ in vocab.words["informal_offices"]):
        return []  # 'Heritage Party boss X'
    while (
        k > 0
        and tokens[k - 1].dep_ in ("compound", "amod", "poss", "case", "punct", "det")
        and (tokens[k - 1].text not in (",", "(", ")"))
    ):
        k -= 1
    return list(tokens[k : m.start])


def _office_owner(doc: Document, para: Paragraph, phrase: list[Token]) -> str | None:
    """The party an office phrase belongs to: 'whose' after a party, 'its' / 'their' for the party the narration
    was about, 'the party's' for the party named last, 'of the X' for X."""
    tokens = para.doc
    first = phrase[0]
    if first.lower_ == "whose":
        before = party_at(doc, para, first.i - 2) if first.i > 1 and tokens[first.i - 1].text == "," else None
        return before.key if before else None
    if first.lower_ in ("its", "their") and first.dep_ == "poss":
        return _subject_party(doc, para, first)
    named = [p for t in phrase if t.dep_ == "poss" for p in doc.mentions_at(para.index, t.i) if p.kind == "party"]
    if named and phrase[0].lower_ == "one":
        return named[0].key
    owner = next((t for t in phrase if t.lower_ == "party" and t.dep_ in ("poss", "compound")), None)
    if owner is not None and party_at(doc, para, owner.i) is None:
        if owner.dep_ == "compound" or any(c.dep_ == "det" and c.lower_ == "the" for c in owner.children):
            return _subject_party(doc, para, owner, named=True)  # "the party's deputy president, X", 'party chief X'
        return None
    of = [t for t in phrase if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head in phrase]
    parties = [p for t in of for p in doc.mentions_at(para.index, t.i) if p.kind == "party"]
    if parties:
        return parties[0].key  # 'the candidate of the PDP (PDP), X'
    titled = {p.key for t in phrase for p in doc.mentions_at(para.index, t.i) if p.kind == "party"}
    return titled.pop() if len(titled) == 1 and phrase[-1].lower_ in INFORMAL_OFFICES else None  # 'Labour boss X'


def _subject_party(doc: Document, para: Paragraph, tok: Token, named: bool = False) -> str | None:
    """The party the narration is about before a token: the last subject before it (this or the previous
    paragraph), when that subject is a party; with ``named``, else the last party named there."""
    before = [
        (p, t)
        for p in doc.paragraphs[max(0, para.index - 1) : para.index + 1]
        for t in p.doc
        if (p is not para or t.i < tok.i) and not p.in_quote(t)
    ]
    subjects = [(p, t) for p, t in before if t.dep_ in SUBJECTS and t.pos_ in ("NOUN", "PROPN")]
    if subjects:
        p, t = subjects[-1]
        found = party_at(doc, p, t.i)
        if found is not None:
            return found.key
    if not named:
        return None
    parties = [party_at(doc, p, t.i) for p, t in before]
    last = next((f.key for f in reversed(parties) if f is not None), None)
    if last:
        return last
    quoted = {  # '"The SNP will X," the party's leader, Y, said': the one party named in the quotation before
        m.key
        for m in doc.mentions
        if m.para == para.index and m.kind == "party" and tok.sent.start <= m.start < tok.i and m.in_quote
    }
    return quoted.pop() if len(quoted) == 1 else None


def selection_memberships(doc: Document, vocab: Vocabulary) -> Iterator[Membership]:
    """A party choosing its people: 'Labour has selected X to fight the seat', 'Pakatan Harapan is fielding X',
    'the ODM nominated X as its candidate', 'the PPP elected X as its new leader'."""
    selecting = vocab.words["selecting_verbs"]
    naming = vocab.words["naming_verbs"]
    for m in [m for m in doc.mentions if m.kind == "person" and not m.in_quote]:
        para = doc.paragraphs[m.para]
        obj = para.doc[m.start : m.end].root
        while obj.dep_ == "conj" and obj.head.i != obj.i:
            obj = obj.head  # 'fielding X and Y'
        verb = obj.head
        lemma = verb.lemma_.lower()
        if obj.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB" or lemma not in selecting | naming:
            continue
        if any(c.dep_ == "neg" for c in verb.children) or para.in_quote(verb):
            continue
        if obj.dep_ == "dobj":
            chooser = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        else:  # 'X was selected by the Heritage Party'
            by = next((c for c in verb.children if c.dep_ == "agent"), None)
            chooser = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        party = party_at(doc, para, chooser.i) if chooser is not None else None
        if chooser is None or party is None or lemma in naming and not _as_its_office(verb, obj, vocab):
            continue
        first, end = para.doc[min(chooser.left_edge.i, m.start)], para.doc[max(chooser.i, m.end - 1)]
        yield Membership(m.key, party.key, doc.provenance(para, first.idx, end.idx + len(end)))


def _as_its_office(verb: Token, obj: Token, vocab: Vocabulary) -> bool:
    """'as its candidate' / 'as one of its candidates' / 'as (party) leader', or a candidacy ('to contest X')."""
    for prep in (c for h in (verb, obj) for c in h.children if c.dep_ == "prep" and c.lower_ == "as"):
        for noun in (t for t in prep.subtree if t.dep_ == "pobj"):
            office = is_role_head(noun, vocab) or singular_head(noun.text, vocab) or noun.lower_ == "bearer"
            owners = [c.lower_ for c in noun.children if c.dep_ in ("poss", "det")]
            if office and (not owners or owners[0] in ("its", "their", "party")):  # not 'as the worst minister'
                return True
    candidacy = vocab.words["candidacy_verbs"] | {"contest", "fight", "lead", "head"}
    return any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in candidacy for c in verb.children)


def conference_memberships(doc: Document, vocab: Vocabulary) -> Iterator[Membership]:
    """'Addressing delegates at Scottish Labour's conference, X said' / 'X told the ANC's national conference' /
    'X, speaking at the Greens' congress,': who addresses a party's own gathering is one of its people."""
    gatherings = vocab.words["party_gatherings"]
    addressing = vocab.words["address_verbs"]
    for m in [m for m in doc.mentions if m.kind == "person" and not m.in_quote]:
        para = doc.paragraphs[m.para]
        root = para.doc[m.start : m.end].root
        heads = [c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBG"]  # 'X, speaking at ...,'
        if root.dep_ == "nsubj" and root.head.pos_ == "VERB" and not any(c.dep_ == "neg" for c in root.head.children):
            heads += [root.head] + [c for c in root.head.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
        found = {
            p.key
            for head in heads
            if head.lemma_.lower() in addressing
            for noun in _gatherings_of(head, gatherings)
            for t in noun.children
            if t.dep_ in ("poss", "compound", "amod", "nmod")
            for p in doc.mentions_at(para.index, t.i)
            if p.kind == "party"
        }
        if len(found) == 1:
            end = para.doc[m.end - 1]
            yield Membership(m.key, found.pop(), doc.provenance(para, para.doc[m.start].idx, end.idx + len(end)))


def _gatherings_of(head: Token, gatherings: frozenset[str]) -> list[Token]:
    """The gathering a verb of addressing reaches: its object, or through 'at / to / before' ('told the X
    conference', 'Addressing delegates at X's conference', 'speaking at X's congress')."""
    out = []
    for tok in head.subtree:
        path = tok
        while path.i != head.i and (
            path.dep_ in ("dobj", "dative", "compound")
            or path.dep_ == "pobj"
            and path.head.lower_ in ("at", "to", "before")
            or path.dep_ == "prep"
            and path.lower_ in ("at", "to", "before")
        ):
            path = path.head
        if path.i == head.i and tok.i != head.i and tok.lemma_.lower() in gatherings and tok.pos_ == "NOUN":
            out.append(tok)
    return out


def relative_office_memberships(doc: Document, vocab: Vocabulary) -> Iterator[Membership]:
    """'The party, of which Mr X is honorary president,' / 'the Civic Alliance, which X leads,': the person holds
    an office of the party the relative clause hangs on ('the party' is the party the narration is about)."""
    for m in [m for m in doc.mentions if m.kind == "person" and not m.in_quote]:
        para = doc.paragraphs[m.para]
        root = para.doc[m.start : m.end].root
        verb = root.head
        if root.dep_ != "nsubj" or verb.dep_ != "relcl" or any(c.dep_ == "neg" for c in verb.children):
            continue
        office = verb.lemma_ == "be" and any(
            c.dep_ == "attr" and (is_role_head(c, vocab) or c.lower_ == "member") for c in verb.children
        )
        if not office and verb.lemma_.lower() not in vocab.words["leading_verbs"]:
            continue
        antecedent = verb.head
        named = party_at(doc, para, antecedent.i)
        party = named.key if named else None
        if party is None and antecedent.lower_ == "party" and any(c.lower_ == "the" for c in antecedent.children):
            party = last_subject_party(doc, para, antecedent)  # 'The party, of which X is president,'
        if party:
            end = para.doc[m.end - 1]
            yield Membership(m.key, party, doc.provenance(para, antecedent.idx, end.idx + len(end)))


def bracketed_memberships(doc: Document, vocab: Vocabulary) -> Iterator[Membership]:
    """'Mara Quill (Civic Alliance) said' / 'Manon Aubry (LFI)': a party in brackets right after a name."""
    for m in [m for m in doc.mentions if m.kind == "person" and not m.in_quote]:
        para = doc.paragraphs[m.para]
        tokens = para.doc
        if m.end + 2 >= len(tokens) or tokens[m.end].text != "(":
            continue
        party = party_at(doc, para, m.end + 1)
        if party is not None and party.start == m.end + 1 and tokens[party.end].text in (")", ","):
            close = tokens[party.end]
            yield Membership(m.key, party.key, doc.provenance(para, tokens[m.start].idx, close.idx + 1))


def career_memberships(doc: Document, vocab: Vocabulary) -> Iterator[Membership]:
    """'X became leader of the Heritage Party', 'took over as leader of Y', 'won the Civic Alliance leadership',
    'is contesting the seat on a Heritage Party ticket': a party office or candidacy the person gains or holds."""
    verbs = vocab.words["career_verbs"]
    stakes = vocab.words["party_stakes"]
    for m in [m for m in doc.mentions if m.kind == "person" and not m.in_quote]:
        para = doc.paragraphs[m.para]
        root = para.doc[m.start : m.end].root
        verb = root.head
        if root.dep_ not in SUBJECTS or verb.lemma_.lower() not in verbs or any(c.dep_ == "neg" for c in verb.children):
            continue
        nouns = [c for c in verb.children if c.dep_ in ("attr", "dobj", "oprd")]
        nouns += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("as", "on") for g in c.children]
        nouns += [g for c in verb.children if c.dep_ == "prt" for g in c.children if g.dep_ == "pobj"]
        nouns += [  # 'contesting the seat on a Heritage Party ticket'
            g
            for d in verb.children
            if d.dep_ == "dobj"
            for c in d.children
            if c.dep_ == "prep" and c.lower_ == "on"
            for g in c.children
        ]
        found = set()
        for noun in nouns:
            office = is_role_head(noun, vocab) or noun.lower_ in stakes
            if not office or any(t.lower_ in ("former", "ex") for t in noun.subtree):
                continue
            found |= {
                p.key
                for t in noun.subtree
                if t.i != noun.i and t.dep_ in ("compound", "poss", "pobj", "amod", "nmod")
                for p in doc.mentions_at(para.index, t.i)
                if p.kind == "party"
            }
        if len(found) == 1:
            end = para.doc[m.end - 1]
            yield Membership(m.key, found.pop(), doc.provenance(para, para.doc[m.start].idx, end.idx + len(end)))


def lede_memberships(doc: Document, vocab: Vocabulary, known: list[Role | Membership]) -> Iterator[Membership]:
    """'X has promised Y, the coalition's state chairman said on Saturday.' then 'Speaking in Muar, Rafiq Hamid
    said ...': a party office speaking with no name, and the next paragraph's first named speaker of no stated
    party, are one person (a news lede names the speaker one paragraph late)."""
    stated = {f.person for f in known if isinstance(f, Membership) or f.party}
    saying = {verb for verb, kind in vocab.reporting_verbs.items() if kind == "say"}
    for para, after in zip(doc.paragraphs, doc.paragraphs[1:]):
        if any(m.kind == "person" and m.para == para.index for m in doc.mentions):
            continue
        party = next(
            (
                found
                for tok in para.doc
                if tok.dep_ == "nsubj" and tok.head.lemma_ in saying and is_role_head(tok, vocab)
                for found in [_office_owner_of(doc, para, tok)]
                if found
            ),
            None,
        )
        if party is None:
            continue
        for m in (m for m in doc.mentions if m.para == after.index and m.kind == "person" and not m.in_quote):
            root = after.doc[m.start : m.end].root
            if root.dep_ == "nsubj" and root.head.lemma_ in saying:
                turn = any(
                    t.lower_ in ("but", "however", "meanwhile", "yet") for t in root.sent[: root.i - root.sent.start]
                )
                titled = any(isinstance(f, Role) and f.person == m.key for f in known) or commentator(doc, m.key)
                if m.key not in stated and not turn and not titled:  # not 'But economist X said ...'
                    end = after.doc[m.end - 1]
                    yield Membership(m.key, party, doc.provenance(after, after.doc[m.start].idx, end.idx + len(end)))
                break


def _office_owner_of(doc: Document, para: Paragraph, office: Token) -> str | None:
    """The party of an unnamed office phrase: 'the Labour leader', "the coalition's state chairman", 'its leader'."""
    phrase = list(para.doc[office.left_edge.i : office.i + 1])
    named = {p.key for t in phrase for p in doc.mentions_at(para.index, t.i) if p.kind == "party"}
    if len(named) == 1:
        return named.pop()
    owner = next((c for c in office.children if c.dep_ == "poss"), None)
    if owner is None or named:
        return None
    if owner.lower_ in ("its", "their"):
        return _subject_party(doc, para, owner)
    if owner.lower_ in ("party", "coalition", "alliance") and any(c.lower_ == "the" for c in owner.children):
        return _subject_party(doc, para, owner, named=True)
    return None
