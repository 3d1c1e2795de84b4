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
from polgraph.loaders.extract.speakers import SINGULAR, Actor, Resolver
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
SITTING_NOUNS = ("government", "administration", "coalition")
FRAME_TOPICS = word_list("frame_topics")
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
    """A mention's target name; a bare 'Government' is the sitting government of the article's country."""
    sitting = government_names().get(doc.country or "")
    return sitting if sitting and key.lower() in ("government", "the government") else key


def government(doc: Document, tok: Token) -> str | None:
    """'the Government', 'this government': the sitting government of the article's country, and 'the UK
    Government' as named; not 'the Labour government' (the party is named) or 'the next government'."""
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
    """'the province' (no modifier): the one province the article names ('Alberta', 'Gauteng', 'Sindh')."""
    if tok.lower_ != "province" or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children):
        return None
    if any(c.dep_ in ("compound", "amod", "poss", "nmod", "prep") for c in tok.children):
        return None
    text = "\n".join(p.text for p in doc.paragraphs)
    named = {p for p in PROVINCES if re.search(rf"\b{re.escape(p)}\b", text)}
    return named.pop() if len(named) == 1 else None


def opposition(tok: Token, resolver: Resolver) -> str | None:
    """'the Opposition', 'the opposition's plan': the party whose members hold the opposition's offices (opposition
    leader, shadow ministers), when they all belong to one party; not 'in opposition' or 'strong opposition'."""
    if tok.lower_ != "opposition" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    if tok.text == "opposition" and tok.dep_ not in (*SUBJECTS, "poss"):
        return None  # lower case only acting or owning ('the opposition's plan'), not 'pressure from the opposition'
    if any(c.dep_ in ("amod", "compound") for c in tok.children) or tok.dep_ in ("compound", "amod"):
        return None
    parties = {
        r.party
        for r in (*resolver.roles, *resolver.inferred)
        if r.party and set(r.role.lower().split()) & OPPOSITION_ROLE_WORDS
    }
    return parties.pop() if len(parties) == 1 else None


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
    if (prev, tok.lower_) in OWN_PARTY:
        return speaker.name if speaker.kind == "party" else resolver.party_of(speaker.name)
    if (name := ruling_party(doc, para, tok)) is not None:
        return name
    if (name := opposition(tok, resolver)) is not None:
        return name
    if (name := government(doc, tok)) is not None:
        return name
    if (name := sitting_party(doc, para, tok)) is not None:
        return name
    if (name := the_province(doc, tok)) is not None:
        return name
    if doc.mentions_at(para.index, tok.i):
        return None
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
    for parties or several people, 'its' for one party, 'his/her/him' for one person (subject 'he/she' stays
    the speaker's)."""
    if not aimed or tok.pos_ != "PRON" or para.in_quote(tok):
        return []
    if tok.lower_ in ("they", "them", "their") and (len(aimed) > 1 or aimed[0][1] == "party"):
        return [name for name, _ in aimed]
    if tok.lower_ == "its" and len(aimed) == 1 and aimed[0][1] == "party":
        return [aimed[0][0]]
    if tok.lower_ in ("his", "her", "him") and len(aimed) == 1 and aimed[0][1] == "person":
        return [aimed[0][0]]
    return []


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
        candidates += by_frame or [referenced_target(doc, found, tok, speaker, resolver, vocab)]
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
