"""What a statement is about: entities named, role phrases and pronouns inside its text."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from polgraph.facts import Entity, Statement
from polgraph.loaders.extract.deps import SUBJECTS
from polgraph.loaders.extract.document import Document, Mention, Paragraph
from polgraph.loaders.extract.policy_owners import governing_party
from polgraph.loaders.extract.roles import is_role_head, is_role_word
from polgraph.loaders.extract.speakers import PLURAL, SINGULAR, Actor, Resolver
from polgraph.loaders.extract.stance import framed_objects, load_stance_lexicon, object_phrase
from polgraph.loaders.extract.statements import Found
from polgraph.loaders.vocab import Vocabulary, word_list

OWN_PARTY = {tuple(phrase.split()) for phrase in word_list("own_party")}
THING_HEADS = word_list("thing_heads")
ROLE_OF_HEADS = word_list("role_of_heads")
OPPOSITION_ROLE_WORDS = word_list("opposition_role_words")
VENUE_HEADS = word_list("venue_heads")
VENUE_PREPS = word_list("venue_preps")
RULING_WORDS = word_list("ruling_words")
THING_ACRONYMS = word_list("thing_acronyms")
PROVINCES = word_list("provinces")
STATES = word_list("states")
INSTITUTION_HEADS = word_list("institution_heads")
SITTING_NOUNS = ("government", "administration", "coalition")
FRAME_TOPICS = word_list("frame_topics")
COLLECTIVE_NOUNS = word_list("collective_nouns")
SETTING_PREPS = ("in", "at", "across", "throughout", "inside", "outside")
PLACE_LABELS = ("GPE", "LOC", "FAC")


def in_person_title(doc: Document, para: Paragraph, m: Mention, vocab: Vocabulary) -> bool:
    """'Labour leader Sir Keir Starmer': the party only qualifies a person's title."""
    tokens = para.doc
    i = m.end
    while i < len(tokens) and (is_role_word(tokens[i], vocab) or tokens[i].text in vocab.honorifics):
        i += 1
    return i > m.end and any(x.kind == "person" for x in doc.mentions_at(para.index, i))


def qualifies_role(para: Paragraph, m: Mention, vocab: Vocabulary) -> bool:
    """'the Reform UK leader': the party qualifies a role phrase; its holder is the target."""
    tokens = para.doc
    i = m.end
    while i < len(tokens) and is_role_word(tokens[i], vocab):
        i += 1
    return i > m.end and is_role_head(tokens[i - 1], vocab) and m.start > 0 and tokens[m.start - 1].lower_ == "the"


def last_party_named(doc: Document, para: Paragraph, tok: Token, vocab: Vocabulary, exclude: str | None) -> str | None:
    """The party last named before a token ('its'), leaving out titles ('Labour leader X') and one party."""
    for m in reversed(doc.mentions):
        if m.order >= (para.index, tok.i) or m.kind != "party" or m.key == exclude:
            continue
        if m.para < para.index - 2:
            return None
        if not in_person_title(doc, doc.paragraphs[m.para], m, vocab):
            return m.key
    return None


def named_owner(doc: Document, para: Paragraph, tok: Token) -> str | None:
    """The person named as the possessor of a noun ('Dov Arlen's party'), not a pronoun ('his party')."""
    for c in tok.children:
        if c.dep_ == "poss" and c.pos_ != "PRON":
            people = [m.key for m in doc.mentions_at(para.index, c.i) if m.kind == "person"]
            if people:
                return people[0]
    return None


def described_party(tok: Token) -> bool:
    """'the minor party', 'the larger party': 'the party' with only describing adjectives, no name or owner."""
    kids = [c for c in tok.children if c.i < tok.i]
    return (
        tok.lower_ == "party"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in kids)
        and any(c.dep_ == "amod" for c in kids)
        and all(c.dep_ in ("det", "amod", "advmod") and c.pos_ in ("DET", "ADJ", "ADV") for c in kids)
        and not any(c.dep_ in ("relcl", "acl", "prep", "appos") for c in tok.children)  # 'the only party that ...'
    )


def party_named_before(doc: Document, para: Paragraph, tok: Token, vocab: Vocabulary) -> str | None:
    """The last party named earlier in the token's sentence, leaving out titles ('Labour leader X')."""
    before = [
        m
        for m in doc.mentions
        if m.para == para.index
        and m.kind == "party"
        and tok.sent.start <= m.start
        and m.end < tok.i
        and not in_person_title(doc, para, m, vocab)
    ]
    return before[-1].key if before else None


def person_named_before(doc: Document, found: Found, tok: Token, speaker: Actor, resolver: Resolver) -> str | None:
    """The last person other than the speaker named earlier in the statement's part of the token's sentence,
    known to be of the gender of the possessive before the token."""
    para = found.para
    gender = SINGULAR[tok.nbor(-1).lower_]
    people = [
        m.key
        for m in doc.mentions
        if m.para == para.index
        and m.kind == "person"
        and tok.sent.start <= m.start
        and m.end < tok.i
        and para.doc[m.start].idx >= found.start
        and m.key != speaker.name
        and resolver.gender(m.key) == gender
    ]
    return people[-1] if people else None


def role_named_before(found: Found, tok: Token, speaker: Actor, resolver: Resolver, vocab: Vocabulary) -> str | None:
    """The holder of the last role phrase ('the president') earlier in the statement's part of the token's
    sentence, other than the speaker and not of the other gender than the possessive before the token."""
    para = found.para
    gender = SINGULAR[tok.nbor(-1).lower_]
    for t in reversed(para.doc[tok.sent.start : tok.i - 1]):
        if t.idx < found.start:
            break
        phrase = [x for x in t.subtree if x.i <= t.i]
        if not is_role_head(t, vocab) or phrase[0].lower_ != "the":
            continue
        holder = resolver.role_holder(para, phrase, t, guess=False)
        if holder and holder != speaker.name and resolver.gender(holder) in (None, gender):
            return holder
    return None


def clause_subject(tok: Token) -> Token | None:
    """The subject of the clause a possessive pronoun sits in, when it is a thing, not a pronoun."""
    head = tok.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    subj = next((c for c in head.children if c.dep_ in SUBJECTS and c.i < tok.i), None)
    return subj if subj is not None and subj.pos_ in ("NOUN", "PROPN") else None


def named_targets(doc: Document, para: Paragraph, tokens: list[Token], vocab: Vocabulary) -> list[str]:
    """People, parties and organisations named inside the statement."""
    if not tokens:
        return []
    inside = {t.i for t in tokens}
    return [
        canonical(doc, m.key)
        for m in doc.mentions
        if m.para == para.index
        and m.start in inside
        and m.kind in ("person", "party", "other")
        and not (m.kind == "party" and (in_person_title(doc, para, m, vocab) or qualifies_role(para, m, vocab)))
        and not (m.kind == "other" and (modifies_a_noun(para, m) or is_setting(para, m) or names_a_thing(doc, para, m)))
        and not (m.kind == "other" and common_word(para, m))
    ]


def common_word(para: Paragraph, m: Mention) -> bool:
    """'$5 billion', 'the GST', 'ATM fees', 'Households', 'Londoners': an amount, the acronym of a thing, or a
    common noun the model took for a name; never a target."""
    span = para.doc[m.start : m.end]
    if any(t.tag_ == "$" or t.ent_type_ in ("MONEY", "PERCENT") for t in span) or all(
        t.like_num or t.is_punct for t in span
    ):  # not 'Channel 4', 'G20'
        return True
    if span[-1].lower_ in THING_ACRONYMS and span[-1].text.isupper():
        return True
    return len(span) == 1 and span[0].tag_ == "NNS"


def modifies_a_noun(para: Paragraph, m: Mention) -> bool:
    """'the Northern Ireland Protocol', 'Virginia government': the name only qualifies what is talked about."""
    root = para.doc[m.start : m.end].root
    return (
        root.dep_ in ("compound", "amod", "nmod")
        and not (m.start <= root.head.i < m.end)
        and root.head.pos_ in ("NOUN", "PROPN")
    )


def names_a_thing(doc: Document, para: Paragraph, m: Mention) -> bool:
    """'the Child Tax Credit', 'capital gains tax (CGT)', 'the Secretary of State': a measure, an event or part
    of a title, or 'the Opposition' (a party: see opposition()); not an actor."""
    span = para.doc[m.start : m.end]
    if span[-1].lower_ in THING_HEADS or span.text in ("Opposition", "the Opposition"):  # a party, or no one
        return True
    first = span[0]
    if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lower_ in ROLE_OF_HEADS:
        return True
    return span.text.isupper() and span.text in acronyms_of_things(doc)


def acronyms_of_things(doc: Document) -> set[str]:
    """Acronyms the article introduces for a measure or an event: 'a capital gains tax (CGT)'."""
    return {
        t.text
        for p in doc.paragraphs
        for t in p.doc
        if t.i >= 2 and t.text.isupper() and p.doc[t.i - 1].text == "(" and p.doc[t.i - 2].lower_ in THING_HEADS
    }


def is_setting(para: Paragraph, m: Mention) -> bool:
    """'in Washington', 'at Westminster', 'return him to Parliament', 'around the House': a place where things
    happen or a seat people go to, not a target."""
    span = para.doc[m.start : m.end]
    root = span.root
    if root.dep_ != "pobj":
        return False
    if root.head.lower_ in SETTING_PREPS and root.ent_type_ in PLACE_LABELS:
        return True
    return span[-1].lower_ in VENUE_HEADS and root.head.lower_ in VENUE_PREPS


@lru_cache(maxsize=1)
def government_names() -> dict[str, str]:
    """Country code -> the name 'the Government' takes in an article about that country (vocab/governments.tsv)."""
    text = resources.files("polgraph.loaders.vocab").joinpath("governments.tsv").read_text(encoding="utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return {code: name for code, name in rows}


def canonical(doc: Document, key: str) -> str:
    """A mention's target name; a bare 'Government' is the sitting government of the article's country, and an
    acronym the article gives a party ('the Unity Party (UP)') is that party."""
    sitting = government_names().get(doc.country or "")
    if sitting and key.lower() in ("government", "the government"):
        return sitting
    return name_acronyms(doc).get(key, key) if key.isupper() else key


_ACRONYMS: dict[int, tuple[Document, dict[str, str]]] = {}


def name_acronyms(doc: Document) -> dict[str, str]:
    """Acronyms written in brackets right after the name of a party or an organisation: 'the Unity Party (UP)' ->
    {'UP': 'Unity Party'}, 'the Harbour Commission (HC)' -> {'HC': 'Harbour Commission'}."""
    cached = _ACRONYMS.get(id(doc))
    if cached is not None and cached[0] is doc:
        return cached[1]
    found: dict[str, str] = {}
    for m in doc.mentions:
        tokens = doc.paragraphs[m.para].doc
        if (
            m.kind in ("party", "other")
            and m.end + 2 < len(tokens)
            and tokens[m.end].text == "("
            and tokens[m.end + 2].text == ")"
        ):
            acronym = tokens[m.end + 1].text
            thing = m.key.split()[-1].lower() in THING_HEADS or acronym.lower() in THING_ACRONYMS
            if acronym.isupper() and acronym != m.key and not thing:
                found.setdefault(acronym, m.key)
    _ACRONYMS.clear()
    _ACRONYMS[id(doc)] = (doc, found)
    return found


def government(doc: Document, tok: Token) -> str | None:
    """'the Government', 'this government', 'the federal government': the sitting government of the article's
    country, and 'the UK Government' as named; not 'the Labour government' (the party is named) or 'the next
    government'."""
    if tok.lower_ != "government" or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    kids = list(tok.children)
    named = " ".join(c.text for c in kids if c.dep_ in ("compound", "amod") and c.i < tok.i) + " Government"
    if named in government_names().values():
        return named  # 'the UK Government', 'the Irish Government': named as the vocabulary names it
    if not doc.country:
        return None
    if not any(c.lower_ in ("the", "this", "our") for c in kids):
        return None
    national = load_stance_lexicon().government.get("national", set())
    kids = [c for c in kids if not (c.dep_ == "amod" and c.lower_ in national)]  # 'the federal government'
    if any(c.dep_ in ("compound", "amod", "poss", "nmod", "prep", "acl", "relcl") for c in kids):
        return None  # 'the next government', 'the government of X': not (only) the sitting one
    return government_names().get(doc.country)


def sitting_party(doc: Document, para: Paragraph, tok: Token) -> str | None:
    """'the government', 'this administration', 'the coalition' when no government of a known country is meant:
    the governing party, when the article names exactly one ('the SNP government', 'the ruling ANC')."""
    if tok.lower_ not in SITTING_NOUNS or tok.pos_ not in ("NOUN", "PROPN") or doc.mentions_at(para.index, tok.i):
        return None
    kids = list(tok.children)
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in kids) or any(
        c.dep_ in ("compound", "amod", "poss", "nmod", "prep", "acl", "relcl") for c in kids
    ):
        return None  # 'the next government', 'the government of X', 'a coalition'
    return governing_party(doc)


def the_province(doc: Document, tok: Token) -> str | None:
    """'the province', 'our state' (no other modifier): the one province or state the article names ('Alberta',
    'Gauteng', 'Sindh', 'Georgia', 'Kano'), else nothing."""
    regions = {"province": PROVINCES, "state": STATES}.get(tok.lower_)
    if regions is None or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if not any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "our") for c in tok.children):
        return None
    if any(c.dep_ in ("compound", "amod", "nmod", "prep") for c in tok.children) or any(
        c.dep_ == "poss" and c.lower_ not in ("our",) for c in tok.children
    ):
        return None
    text = "\n".join(p.text for p in doc.paragraphs)
    named = {p for p in regions if re.search(rf"\b{re.escape(p)}\b", text)}
    return named.pop() if len(named) == 1 else None


def the_council(doc: Document, para: Paragraph, tok: Token) -> str | None:
    """'the council', 'the commission', 'the court' (no modifier): the one council, commission or court the article
    names ('Harbourside Borough Council', 'the Electoral Commission', 'the International Criminal Court'), else
    nothing (vocab [institution_heads])."""
    low = tok.lower_
    if low not in INSTITUTION_HEADS or tok.pos_ not in ("NOUN", "PROPN") or doc.mentions_at(para.index, tok.i):
        return None
    if not any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "our") for c in tok.children):
        return None
    if any(c.dep_ in ("compound", "amod", "nmod", "prep") for c in tok.children):
        return None
    named = {m.key for m in doc.mentions if m.kind == "other" and name_head(m.key) == low}
    return named.pop() if len(named) == 1 else None


def name_head(name: str) -> str:
    """The head word of a name: 'Harbourside Borough Council' -> 'council', 'Regional Court of Justice' -> 'court'."""
    words = name.lower().split(" of ")[0].split()
    return words[-1] if words else ""


def opposition(doc: Document, para: Paragraph, tok: Token, resolver: Resolver) -> str | None:
    """'the Opposition', 'the opposition's plan', 'the main opposition party': the party whose members hold the
    opposition's offices (opposition leader, shadow ministers), else the party the article calls the opposition
    ('the main opposition Civic Alliance'), when that is one party; not 'in opposition' or 'strong opposition'."""
    if tok.lower_ == "party" and not doc.mentions_at(para.index, tok.i):
        kids = list(tok.children)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or not any(
            c.dep_ in ("amod", "compound") and c.lower_ == "opposition" for c in kids
        ):
            return None
        if any(c.dep_ in ("prep", "relcl", "acl", "poss") for c in kids):
            return None  # 'the opposition party in the north', 'the only opposition party that ...'
    elif tok.lower_ == "opposition":
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        if tok.text == "opposition" and tok.dep_ not in (*SUBJECTS, "poss"):
            return (
                None  # lower case only acting or owning ('the opposition's plan'), not 'pressure from the opposition'
            )
        if any(c.dep_ in ("amod", "compound") for c in tok.children) or tok.dep_ in ("compound", "amod"):
            return None
    else:
        return None
    parties = {
        r.party
        for r in (*resolver.roles, *resolver.inferred)
        if r.party and set(r.role.lower().split()) & OPPOSITION_ROLE_WORDS
    } or called_opposition(doc)
    return parties.pop() if len(parties) == 1 else None


def called_opposition(doc: Document) -> set[str]:
    """Parties the article calls the opposition where it names them ('the main opposition Civic Alliance')."""
    return {
        m.key
        for m in doc.mentions
        if m.kind == "party"
        and any(t.lower_ == "opposition" for t in doc.paragraphs[m.para].doc[max(0, m.start - 2) : m.start])
    }


def ruling_party(doc: Document, para: Paragraph, tok: Token) -> str | None:
    """'the ruling party', 'the governing party': the one party the article calls ruling or governing where it
    names it ('Nigeria's ruling All Progressives Congress'), else the party of the one sitting government it names
    ('the ANC government')."""
    if tok.lower_ not in ("party", "coalition") or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    if not any(c.dep_ == "amod" and c.lower_ in RULING_WORDS for c in tok.children) or doc.mentions_at(
        para.index, tok.i
    ):
        return None
    named = {
        m.key
        for m in doc.mentions
        if m.kind == "party"
        and any(t.lower_ in RULING_WORDS for t in doc.paragraphs[m.para].doc[max(0, m.start - 2) : m.end])
    }
    if not named:  # 'the ANC government', 'the Fine Gael-led government' named elsewhere
        return governing_party(doc)
    return named.pop() if len(named) == 1 else None


def other_gender(tok: Token, speaker: Actor, resolver: Resolver) -> bool:
    """'Nora Fell said he should apologise': a pronoun of the other gender than the speaker's is someone else."""
    mine = resolver.gender(speaker.name) if speaker.kind == "person" else None
    return mine is not None and mine != SINGULAR[tok.lower_]


def referenced_target(
    doc: Document, found: Found, tok: Token, speaker: Actor, resolver: Resolver, vocab: Vocabulary
) -> str | None:
    """A target written as 'our party', 'this country', a pronoun in a quotation, or 'the Chancellor'."""
    para = found.para
    prev = tok.nbor(-1).lower_ if tok.i > 0 else ""
    if tok.lower_ == "party" and (owner := named_owner(doc, para, tok)) not in (None, speaker.name):
        return resolver.party_of(owner)  # 'Dov Arlen's party'
    if prev == "the" and tok.lower_ == "party" and (last := party_named_before(doc, para, tok, vocab)):
        return last  # 'criticised the Civic Alliance, saying the party ...': the party just named
    if (
        prev in ("his", "her")
        and tok.lower_ == "party"
        and (owner := person_named_before(doc, found, tok, speaker, resolver))
    ):
        return resolver.party_of(owner)  # 'Harper has broken the rules and members of his party ...'
    if (
        prev in ("his", "her")
        and tok.lower_ == "party"
        and (holder := role_named_before(found, tok, speaker, resolver, vocab))
    ):
        return resolver.party_of(holder)  # 'the president and his party': the president's party
    if prev in ("his", "her") and tok.lower_ == "party" and other_gender(tok.nbor(-1), speaker, resolver):
        return None  # 'Mary Quill said the president and his party had failed': not her own party
    if (prev, tok.lower_) in OWN_PARTY:
        return speaker.name if speaker.kind == "party" else resolver.party_of(speaker.name)
    if (name := ruling_party(doc, para, tok)) is not None:
        return name
    if described_party(tok):  # 'the minor party', 'the larger party': as 'the party'
        own = speaker.name if speaker.kind == "party" else resolver.party_of(speaker.name)
        return party_named_before(doc, para, tok, vocab) or own
    if (name := opposition(doc, para, tok, resolver)) is not None:
        return name
    if (name := government(doc, tok)) is not None:
        return name
    if (name := sitting_party(doc, para, tok)) is not None:
        return name
    if (name := the_province(doc, tok)) is not None:
        return name
    if (name := the_council(doc, para, tok)) is not None:
        return name
    if doc.mentions_at(para.index, tok.i):
        return None
    if tok.text.isupper() and tok.pos_ == "PROPN" and (expanded := name_acronyms(doc).get(tok.text)):
        return expanded  # 'the ICC' after 'the International Criminal Court (ICC)', with no mention of its own
    if tok.lower_ == "its" and tok.pos_ == "PRON":
        subject = clause_subject(tok)
        if subject is not None:  # 'the Government had broken its promise': its = the subject
            named = [
                canonical(doc, m.key) for m in doc.mentions_at(para.index, subject.i) if m.kind in ("party", "other")
            ]
            return named[0] if named else government(doc, subject)
        own = speaker.name if speaker.kind == "party" else resolver.party_of(speaker.name)
        return last_party_named(doc, para, tok, vocab, exclude=own)
    if tok.lower_ in SINGULAR and tok.pos_ == "PRON" and not para.in_quote(tok):
        # reported words: 'accused him of lying' targets him, never the speaker; 'said he was "ready"' is the speaker
        if (tok.dep_ in SUBJECTS or tok.dep_ == "poss") and not other_gender(tok, speaker, resolver):
            return None
        return resolver.pronoun(para, tok, SINGULAR[tok.lower_], exclude=speaker.name)
    if found.type == "direct" and tok.lower_ in SINGULAR and tok.pos_ == "PRON":
        if any(
            m.kind == "person" and found.start <= para.doc[m.start].idx < tok.idx
            for m in doc.mentions
            if m.para == para.index
        ):
            return None
        return resolver.pronoun(para, tok, SINGULAR[tok.lower_], exclude=speaker.name)
    phrase = [t for t in tok.subtree if t.i <= tok.i]
    if is_role_head(tok, vocab) and phrase[0].lower_ == "the":  # 'the Chancellor', 'the Labour leader'
        return resolver.role_holder(para, phrase, tok, guess=tok.text[:1].isupper())
    return None


def plural_antecedent(
    doc: Document, para: Paragraph, tok: Token, speaker: Actor, own: str | None, vocab: Vocabulary
) -> list[str]:
    """'If the Heritage Party wants our votes, they must listen': they/them/their stand for the nearest plural
    antecedent before them in the paragraph or the one before it: a party, or people named together ('Quill and
    Arlen'); a plural or collective noun acting ('voters say', 'the government'), the speaker's own party or a
    group holding the speaker ends the search empty."""
    for index in (para.index, para.index - 1):
        if index < 0:
            break
        here = doc.paragraphs[index]
        end = tok.i if index == para.index else len(here.doc)
        for t in reversed(here.doc[max(0, end - 60) : end]):
            named = doc.mentions_at(index, t.i)
            if any(m.kind == "party" for m in named):
                m = next(m for m in named if m.kind == "party")
                if t.i != m.end - 1 or in_person_title(doc, here, m, vocab) or qualifies_role(here, m, vocab):
                    continue
                root = here.doc[m.start : m.end].root
                if index == para.index and root.head.i == tok.head.i:
                    continue  # 'the Heritage Party ignored them': not the subject of the pronoun's own verb
                if modifies_a_noun(here, m) and root.head.lower_ not in SITTING_NOUNS:
                    continue  # 'voting down a Heritage budget': the party only qualifies a thing
                return [] if m.key == own else [m.key]  # a speaker's own side is 'we'
            people = [m for m in named if m.kind == "person" and t.i == m.end - 1]
            if people:
                root = here.doc[people[0].start : people[0].end].root
                group = [x for x in (root, root.head, *root.children) if x.dep_ == "conj" or x.i == root.head.i]
                names = {k.key for x in group for k in doc.mentions_at(index, x.i) if k.kind == "person"}
                names.add(people[0].key)
                if root.dep_ != "conj" and not any(c.dep_ == "conj" for c in root.children):
                    continue  # one person is no 'they'
                return [] if speaker.name in names else sorted(names, key=lambda n: n != people[0].key)
            acting = t.dep_ in SUBJECTS or (index == para.index and t.sent.start == tok.sent.start)
            if t.pos_ == "NOUN" and acting and (t.tag_ == "NNS" or t.lower_ in COLLECTIVE_NOUNS):
                return []  # 'voters say they ...', 'asking voters to trust him with their money'

    return []


def addressee(doc: Document, found: Found, tok: Token, speaker: Actor) -> str | None:
    """'you' in a quotation: the one person other than the speaker named in the quotation's sentence outside the
    quotation marks ('"You have no plan," Quill said as Brindle spoke'), or called by name inside a quotation of
    the paragraph ('"..., Tomas, you know that"')."""
    para = found.para
    if tok.lower_ not in ("you", "your") or not para.in_quote(tok):
        return None
    outside = {
        m.key
        for m in doc.mentions
        if m.para == para.index
        and m.kind == "person"
        and m.key != speaker.name
        and para.doc[m.start].sent.start == tok.sent.start
        and not para.in_quote(para.doc[m.start])
        and para.doc[m.start].pos_ == "PROPN"
    }
    if len(outside) == 1:
        return outside.pop()
    called = {
        m.key
        for m in doc.mentions
        if m.para == para.index
        and m.kind == "person"
        and m.key != speaker.name
        and para.in_quote(para.doc[m.start])
        and para.doc[m.start].dep_ in ("npadvmod", "vocative", "dep", "intj")
        and m.end - m.start == 1
    }
    return called.pop() if len(called) == 1 else None


def reads_as_other(found: Found, tok: Token) -> bool:
    """A plural pronoun in quoted words, or an object 'them' in reported words, is someone else; 'X said they
    would ...' outside quotation marks is often the speaker's own side."""
    return found.para.in_quote(tok) or tok.lower_ == "them"


def two_named(doc: Document, found: Found, tok: Token, speaker: Actor, own: str | None, vocab: Vocabulary) -> list[str]:
    """'the two parties', 'both parties': the last two parties named before, in this paragraph or the one before
    (the speaker's own party named in the frame, 'X of the Civic Alliance said', left out); 'the two candidates',
    'these two leaders', 'both men': the last two people named before, other than the speaker."""
    para = found.para
    low = tok.lower_
    if tok.tag_ != "NNS" or not any(c.lower_ in ("two", "both") for c in tok.children):
        return []
    if any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in tok.children):
        return []  # 'the two parties in the north', 'both parties that signed'
    if low == "parties":
        kind = "party"
    elif low in ("men", "women", "rivals", "politicians") or low[:-1] in vocab.role_heads:
        kind = "person"
    else:
        return []
    named: list[str] = []
    for m in reversed(doc.mentions):
        if m.order >= (para.index, tok.i) or m.kind != kind or m.key in named or m.key == speaker.name:
            continue
        if m.para < para.index - 1:
            break
        in_frame = m.para == para.index and para.doc[m.start].idx < found.start
        if kind == "party" and (in_person_title(doc, doc.paragraphs[m.para], m, vocab) or in_frame and m.key == own):
            continue
        named.append(m.key)
        if len(named) == 2:
            return named
    return []


def own_party(speaker: Actor, resolver: Resolver) -> str | None:
    """The speaker's party (a party speaking is its own)."""
    return speaker.name if speaker.kind == "party" else resolver.party_of(speaker.name)


def aimed_at(doc: Document, found: Found, resolver: Resolver, vocab: Vocabulary) -> list[tuple[str, str]]:
    """(name, kind) of the people and parties the statement's framing words are aimed at: 'mocked the Left and
    the Greens, saying ...', 'launched an attack on the prime minister, claiming ...' (the first that names any)."""
    para = found.para
    for pointed in framed_objects(found, load_stance_lexicon()):
        if pointed.doc is not para.doc:
            continue
        inside = {t.i for t in object_phrase(pointed)}
        out = [
            (canonical(doc, m.key), m.kind)
            for m in doc.mentions
            if m.para == para.index
            and m.start in inside
            and m.kind in ("person", "party")
            and para.doc[m.start].pos_ != "PRON"  # a pronoun resolved earlier is a guess, not a name
            and not (m.kind == "party" and in_person_title(doc, para, m, vocab))
        ]
        if not out and is_role_head(pointed, vocab) and any(c.lower_ == "the" for c in pointed.children):
            phrase = [t for t in pointed.subtree if t.i <= pointed.i]
            holder = resolver.role_holder(para, phrase, pointed, guess=False)
            out = [(holder, "person")] if holder else []
        if out:
            return list(dict.fromkeys(out))
    return []


def frame_reference(para: Paragraph, tok: Token, aimed: list[tuple[str, str]]) -> list[str]:
    """A pronoun in the reported words of an attack or praise stands for the one attacked or praised: 'they'
    for parties or several people, 'it' (not 'it is time to') and 'its' for one party, 'his/her/him' for one
    person (subject 'he/she' stays the speaker's)."""
    if not aimed or tok.pos_ != "PRON" or para.in_quote(tok):
        return []
    if tok.lower_ in ("they", "them", "their") and (len(aimed) > 1 or aimed[0][1] == "party"):
        return [name for name, _ in aimed]
    if tok.lower_ == "its" and len(aimed) == 1 and aimed[0][1] == "party":
        return [aimed[0][0]]
    if tok.lower_ == "it" and len(aimed) == 1 and aimed[0][1] == "party" and not expletive(tok):
        return [aimed[0][0]]  # 'lashed out at the Unity Party, saying it had failed'
    if tok.lower_ in ("his", "her", "him") and len(aimed) == 1 and aimed[0][1] == "person":
        return [aimed[0][0]]
    return []


def expletive(tok: Token) -> bool:
    """'it is time to', 'it was clear that', 'it seems': an 'it' that stands for nothing."""
    head = tok.head
    return head.lemma_ in ("be", "seem", "appear") and any(
        c.dep_ in ("ccomp", "xcomp", "csubj", "advcl") or c.lower_ == "time" for c in head.children
    )


def frame_targets(doc: Document, found: Found, tokens: list[Token], vocab: Vocabulary) -> list[str]:
    """Names the frame around the statement gives as its subject: 'she said of Macron's conduct', 'in a
    reference to X', 'speaking about the X manifesto', 'when asked whether X could win' (vocab frame_topics)."""
    para = found.para
    inside = {t.i for t in tokens}
    sentences = {t.sent.start for t in tokens}
    topics: list[Token] = []
    for tok in para.doc:
        if tok.sent.start not in sentences or tok.i in inside or para.in_quote(tok):
            continue
        lemma = tok.lemma_.lower()
        for child in tok.children:
            marks = [g.lower_ for g in child.children if g.dep_ == "mark"] if child.dep_ == "ccomp" else []
            if child.dep_ == "prep" and f"{lemma} {child.lower_}" in FRAME_TOPICS:
                topics += [t for t in topic_phrase(child) if t.i not in inside]
            elif any(f"{lemma} {m}" in FRAME_TOPICS for m in marks):
                topics += [t for t in child.subtree if t.i not in inside]
    return named_targets(doc, para, topics, vocab)


def topic_phrase(prep: Token) -> list[Token]:
    """The phrase after a topic preposition, without what it nests after 'from', 'on', 'by', 'at', 'in'
    ('questions from the BBC', 'the plans on Sky News')."""
    nested = {
        t.i
        for head in prep.subtree
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in ("from", "on", "by", "at", "in", "during")
        for t in c.subtree
    }
    return [t for t in prep.subtree if t.i not in nested]


def about_targets(doc: Document, found: Found, speaker: Actor, resolver: Resolver, vocab: Vocabulary) -> list[str]:
    """Canonical names the statement targets, the speaker excluded."""
    hole = found.hole or (0, 0)
    tokens = [t for t in found.para.doc if found.start <= t.idx < found.end and not hole[0] <= t.idx < hole[1]]
    targets: list[str] = []
    named = named_targets(doc, found.para, tokens, vocab)
    aimed = aimed_at(doc, found, resolver, vocab)
    candidates: list[str | None] = list(named)
    for tok in tokens:
        by_frame = frame_reference(found.para, tok, aimed)
        if by_frame:
            candidates += by_frame
        elif speaker.kind == "person" and (you := addressee(doc, found, tok, speaker)):
            candidates.append(you)
        elif pair := two_named(doc, found, tok, speaker, own_party(speaker, resolver), vocab):
            candidates += pair
        elif tok.lower_ in PLURAL and tok.pos_ == "PRON" and speaker.kind == "person" and reads_as_other(found, tok):
            if not doc.mentions_at(found.para.index, tok.i):
                own = resolver.party_of(speaker.name)
                candidates += plural_antecedent(doc, found.para, tok, speaker, own, vocab)
        else:
            candidates.append(referenced_target(doc, found, tok, speaker, resolver, vocab))
    candidates += frame_targets(doc, found, tokens, vocab)
    for name in candidates:
        # a party may name itself ('the Liberal Democrats will offer ...'); a person speaking is no target
        itself = name == speaker.name and not (speaker.kind == "party" and name in named)
        if name and not itself and name not in targets:
            targets.append(name)
    return targets


def target_entities(others: list[Entity], statements: list[Statement], known: set[str]) -> list[Entity]:
    """The organisations and places statements target (the contract's ``others``): the named ones kept with
    their aliases, the ones only referred to ('the Government') added; a city merely mentioned is left out."""
    targets = {t for s in statements for t in s.about} - known
    kept = [e for e in others if e.name in targets]
    kept += [
        Entity(name, "other", [])
        for name in dict.fromkeys(t for s in statements for t in s.about)
        if name in targets and name not in {e.name for e in kept}
    ]
    return kept
