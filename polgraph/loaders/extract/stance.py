"""Stance of a statement toward each target: the framing verb, evaluative words and their negation,
the target's place in the clause, and the speaker's side (own party or rival)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from polgraph.loaders.extract.deps import CLAUSES, OBJECTS
from polgraph.loaders.extract.document import Document, Paragraph
from polgraph.loaders.extract.speakers import SINGULAR, Actor, Resolver
from polgraph.loaders.extract.statements import Found
from polgraph.loaders.vocab import Vocabulary

NEGATIVE, POSITIVE, NEUTRAL = "negative", "positive", "neutral"
ACTOR_KINDS = ("person", "party")
FRAME_CLIMB = ("advcl", "conj") + CLAUSES  # a participle or clause hanging from the framing verb
NAME_PARTS = ("compound", "flat", "appos", "conj")
ALPHA = 15.0  # VADER's normalisation constant: compound = s / sqrt(s^2 + ALPHA)
NEGATION_SCALAR = -0.74
EVALUATIVE_POS = ("ADJ", "ADV", "NOUN", "VERB", "INTJ")
BOOST = 1.3
RIVAL_PRAISE = 0.6
OWN_PRAISE = 0.3
COMMENT_CUT = 0.5


@dataclass
class StanceLexicon:
    """Framing verbs and nouns, evaluative words, negators and intensifiers (vocab/stance_*)."""

    verbs: dict[tuple[str, str], str] = field(default_factory=dict)
    nouns: dict[str, str] = field(default_factory=dict)
    words: dict[str, float] = field(default_factory=dict)
    negators: set[str] = field(default_factory=set)
    intensifiers: set[str] = field(default_factory=set)
    noun_preps: set[str] = field(default_factory=set)
    commentators: set[str] = field(default_factory=set)
    support_nouns: set[str] = field(default_factory=set)
    government: dict[str, set[str]] = field(default_factory=dict)

    def valence(self, word: str) -> float:
        return self.words.get(word, 0.0)


def _lines(name: str) -> list[str]:
    text = resources.files("polgraph.loaders.vocab").joinpath(name).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def load_stance_lexicon() -> StanceLexicon:
    """VADER's general lexicon overlaid with the political words of vocab/stance_words.tsv."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    lex = StanceLexicon()
    lex.words = dict(SentimentIntensityAnalyzer().lexicon)
    for line in _lines("stance_words.tsv"):
        word, value = line.split("\t")
        lex.words[word] = float(value)
    for line in _lines("stance_verbs.tsv"):
        lemma, particles, polarity = line.split("\t")
        for particle in particles.split("|"):
            lex.verbs[(lemma, particle)] = polarity
    for line in _lines("stance_nouns.tsv"):
        noun, polarity = line.split("\t")
        lex.nouns[noun] = polarity
    lex.negators = {w.strip() for w in _lines("stance_negators.txt")}
    lex.intensifiers = {w.strip() for w in _lines("stance_intensifiers.txt")}
    lex.noun_preps = {w.strip() for w in _lines("stance_frame_preps.txt")}
    lex.commentators = {w.strip() for w in _lines("stance_commentators.txt")}
    lex.support_nouns = {w.strip() for w in _lines("stance_support_nouns.txt")}
    section = ""
    for line in _lines("stance_government.txt"):
        if line.startswith("["):
            section = line.strip("[] ")
        else:
            lex.government.setdefault(section, set()).add(line.strip())
    return lex


# --- framing verbs ---------------------------------------------------------------------------------


def verb_polarity(tok: Token, lex: StanceLexicon, negation: bool = False) -> tuple[str, Token | None] | None:
    """'accused', 'hit out at', 'took aim at', 'praised': a framing verb's polarity and the object it points at
    (a negated one frames nothing; with ``negation``, 'would not back X' is negative, 'did not criticise X'
    neutral)."""
    hit = verb_frame(tok, lex) if tok.pos_ == "VERB" else None
    if hit is None or not negated(tok, lex):
        return hit
    return (NEGATIVE if hit[0] == POSITIVE else NEUTRAL, hit[1]) if negation else None


def verb_frame(tok: Token, lex: StanceLexicon) -> tuple[str, Token | None] | None:
    """The framing verb entry a verb matches, with its particles and prepositions, negated or not."""
    particles = [c for c in tok.children if c.dep_ == "prt" or c.dep_ in OBJECTS]
    preps = [c for c in tok.children if c.dep_ == "prep"] + [
        g for p in particles for g in p.children if g.dep_ == "prep"
    ]
    for prep in preps:
        for part in [*particles, None]:
            polarity = lex.verbs.get((tok.lemma_, f"{part.lower_} {prep.lower_}" if part is not None else prep.lower_))
            if polarity:
                return polarity, next((g for g in prep.children if g.dep_ == "pobj"), None)
    polarity = lex.verbs.get((tok.lemma_, ""))
    if polarity:
        return polarity, next((c for c in tok.children if c.dep_ in OBJECTS + ("dative",)), None)
    return None


def noun_polarity(tok: Token, lex: StanceLexicon) -> tuple[str, Token | None] | None:
    """'a personal attack on X', 'praise for X': a framing noun and what it is about."""
    polarity = lex.nouns.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
    if not polarity:
        return None
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in lex.noun_preps), None)
    return polarity, next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None


def frame_tokens(found: Found) -> list[Token]:
    """Tokens outside the statement that frame it: the reporting verb and the verbs it hangs from,
    or, for a quotation, the words of its sentence outside quotation marks."""
    para = found.para
    if found.verb is not None:
        out = [found.verb]
        tok = found.verb
        for _ in range(2):
            if tok.dep_ not in FRAME_CLIMB or tok.head.i == tok.i:
                break
            tok = tok.head
            out.append(tok)
        return out + [c for t in out for c in t.children if c.dep_ in OBJECTS + ("attr",)]
    sents = {t.sent.start for t in para.doc if found.start <= t.idx < found.end}
    return [
        t for t in para.doc if t.sent.start in sents and not para.in_quote(t) and not found.start <= t.idx < found.end
    ]


def frame_polarity(found: Found, lex: StanceLexicon) -> tuple[str | None, Token | None]:
    """The stance a framing word gives, and the token it points at (the one accused, praised...)."""
    for tok in frame_tokens(found):
        hit = verb_polarity(tok, lex) or noun_polarity(tok, lex)
        if hit:
            return hit
    return None, None


def framed_objects(found: Found, lex: StanceLexicon) -> list[Token]:
    """The objects of every framing word around the statement, nearest first ('accusing him' before 'launched
    an attack on X')."""
    hits = [verb_polarity(tok, lex) or noun_polarity(tok, lex) for tok in frame_tokens(found)]
    return [hit[1] for hit in hits if hit and hit[1] is not None]


# --- evaluative words ------------------------------------------------------------------------------


def negated(tok: Token, lex: StanceLexicon) -> bool:
    """A negator governs the word (or the copula of 'is not fair'), or stands just before it in its clause."""
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    if tok.dep_ in ("acomp", "attr") and any(c.dep_ == "neg" for c in tok.head.children):
        return True
    for i in range(tok.i - 1, max(tok.sent.start, tok.i - 4), -1):
        if tok.doc[i].is_punct:
            return False
        if tok.doc[i].lower_ in lex.negators:
            return True
    return False


def token_valence(tok: Token, lex: StanceLexicon) -> float:
    """Valence of one word, strengthened by an intensifier, turned by a negator."""
    if tok.pos_ not in EVALUATIVE_POS or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return 0.0
    value = lex.words.get(tok.lower_)
    if value is None:
        value = lex.valence(tok.lemma_.lower())
    if not value:
        return 0.0
    if tok.i > 0 and tok.nbor(-1).lower_ in lex.intensifiers:
        value *= BOOST
    if negated(tok, lex):
        value *= NEGATION_SCALAR
    return value


def valence(tokens: list[Token], lex: StanceLexicon) -> float:
    """VADER-style compound score (-1 .. 1) of a run of tokens."""
    total = sum(token_valence(t, lex) for t in tokens)
    return total / math.sqrt(total * total + ALPHA) if total else 0.0


# --- targets ---------------------------------------------------------------------------------------


def target_tokens(doc: Document, para: Paragraph, target: str, start: int, end: int) -> list[Token]:
    """The tokens where a target is written inside a character range of a paragraph."""
    out: list[Token] = []
    for m in doc.mentions:
        if m.para == para.index and m.key == target and start <= para.doc[m.start].idx < end:
            out.extend(para.doc[m.start : m.end])
    return out


def target_kind(doc: Document, target: str) -> str | None:
    """The kind of a target; a name also tagged as an organisation somewhere stays a person or party."""
    kinds = {m.kind for m in doc.mentions if m.key == target}
    return next((k for k in ("person", "party") if k in kinds), next(iter(kinds), None))


def is_government(target: str, lex: StanceLexicon) -> bool:
    """'UK Government', 'the Biden administration': a government, which speakers attack or defend."""
    words = target.lower().split()
    return bool(words) and words[-1] in lex.government.get("targets", set())


def in_government(person: str, resolver: Resolver, lex: StanceLexicon) -> bool:
    """The speaker holds a government post ('home secretary', 'minister of state'), not a shadow one."""
    for role in resolver.roles:
        words = set(role.role.lower().replace("-", " ").split()) if role.person == person else set()
        if words & lex.government.get("roles", set()) and not words & lex.government.get("not", set()):
            return True
    return False


def commentator(doc: Document, speaker: Actor, resolver: Resolver, lex: StanceLexicon) -> bool:
    """'political analyst X', 'X, a professor of law': a person of no party and no office described by a
    commentator's job in front of or in apposition to one of their mentions."""
    if speaker.kind != "person" or resolver.party_of(speaker.name):
        return False
    if any(r.person == speaker.name for r in resolver.roles):
        return False
    for m in doc.mentions:
        if m.key != speaker.name or m.kind != "person":
            continue
        tokens = doc.paragraphs[m.para].doc
        after = [t for t in tokens[m.start : m.end].root.subtree if t.i >= m.end][:12]
        if any(t.lower_ in lex.commentators for t in [*tokens[max(0, m.start - 4) : m.start], *after]):
            return True
    return False


def side(speaker: Actor, target: str, kind: str | None, resolver: Resolver) -> str | None:
    """'own' when speaker and target share a party, 'rival' when their parties differ."""
    mine = speaker.name if speaker.kind == "party" else resolver.party_of(speaker.name)
    theirs = target if kind == "party" else resolver.party_of(target) if kind == "person" else None
    if not mine or not theirs:
        return None
    return "own" if mine == theirs else "rival"


def points_at(tok: Token | None, tokens: list[Token]) -> bool:
    """The framing word's object is the target (or a phrase that holds it)."""
    if tok is None or not tokens:
        return False
    span = {t.i for t in object_phrase(tok)}
    return any(t.doc is tok.doc and t.i in span for t in tokens)


def object_phrase(tok: Token) -> list[Token]:
    """The phrase a framing word's object heads, without the clauses hanging from it."""
    clauses = {t.i for c in tok.children if c.dep_ in ("acl", "relcl", "ccomp", "advcl") for t in c.subtree}
    return [t for t in tok.subtree if t.i not in clauses]


# --- decision --------------------------------------------------------------------------------------


def stance_toward(
    doc: Document, found: Found, speaker: Actor, about: list[str], resolver: Resolver, vocab: Vocabulary
) -> dict[str, str]:
    """``negative``, ``positive`` or ``neutral`` for every target of one statement (called once ``about`` is
    known; ``vocab`` is the extraction vocabulary, the stance word lists are read by load_stance_lexicon)."""
    if not about:
        return {}
    lex = load_stance_lexicon()
    para = found.para
    content = [t for t in para.doc if found.start <= t.idx < found.end]
    tone = valence(content, lex)
    frame, pointed = frame_polarity(found, lex)
    spread = frame if pointed is None else None  # a framing word with an object elsewhere says nothing of the rest
    out: dict[str, str] = {}
    for target in about:
        kind = target_kind(doc, target)
        tokens = target_tokens(doc, para, target, found.start, found.end)
        if frame and points_at(pointed, target_tokens(doc, para, target, 0, len(para.text))):
            out[target] = frame
        elif own := own_verb_polarity(content, tokens, speaker, resolver, lex):
            out[target] = own
        elif is_government(target, lex):
            relation = "own" if speaker.kind == "person" and in_government(speaker.name, resolver, lex) else None
            out[target] = actor_stance(relation, tone, spread)
        elif kind not in ACTOR_KINDS:
            out[target] = NEUTRAL
        elif tokens and all(passive_agent(t) for t in tokens if t.head not in tokens) and tone >= 0:
            out[target] = NEUTRAL
        elif not tokens and side(speaker, target, kind, resolver) == "own":
            out[target] = POSITIVE if spread == POSITIVE else NEUTRAL  # 'we', 'our party': the speaker's own side
        elif not frame and tone > -COMMENT_CUT and commentator(doc, speaker, resolver, lex):
            out[target] = NEUTRAL  # an analyst or academic describes unless the words clearly attack
        elif tokens and any(asks_support(t, lex) for t in tokens) and side(speaker, target, kind, resolver) == "own":
            out[target] = POSITIVE  # 'a vote for Labour is a vote for change': asking voters to back one's own side
        else:
            out[target] = actor_stance(side(speaker, target, kind, resolver), tone, spread)
    return out


def own_verb_polarity(
    content: list[Token], tokens: list[Token], speaker: Actor, resolver: Resolver, lex: StanceLexicon
) -> str | None:
    """'said he agreed with X', 'said we would oppose X': a framing verb inside the statement whose subject is
    the speaker (I, we, or a pronoun of the speaker's gender) and whose object is the target."""
    for tok in content:
        hit = verb_polarity(tok, lex, negation=True)
        subject = controlling_subject(tok)
        if hit is None or subject is None or not points_at(hit[1], tokens):
            continue
        if (
            subject.lower_ in ("i", "we")
            or speaker.kind == "person"
            and subject.lower_ in SINGULAR
            and (resolver.gender(speaker.name) in (None, SINGULAR[subject.lower_]))
        ):
            return hit[0]
    return None


def asks_support(tok: Token, lex: StanceLexicon) -> bool:
    """'a vote for X', 'your second vote for X', 'support for X': the target is what a vote or support goes to."""
    while tok.dep_ in NAME_PARTS and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in lex.support_nouns


def controlling_subject(tok: Token) -> Token | None:
    """The subject of a verb, or of the verb it depends on ('she wanted to thank X', 'vowed to back and fund X')."""
    for _ in range(3):
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is not None or tok.dep_ not in ("xcomp", "conj") or tok.head.i == tok.i:
            return subject
        tok = tok.head
    return None


def passive_agent(tok: Token) -> bool:
    """'the deal struck by X', 'seats held by X': the target only does what the clause reports."""
    while tok.dep_ in NAME_PARTS and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.dep_ == "agent"


def actor_stance(relation: str | None, tone: float, frame: str | None) -> str:
    """A person, party or government: a rival or one of unknown side is attacked unless a framing word backs it
    (positive) or the words praise (neutral); one's own side is praised when the words praise, else described."""
    if frame == POSITIVE or relation == "own" and tone >= OWN_PRAISE:
        return POSITIVE
    if relation == "own" or tone >= RIVAL_PRAISE:
        return NEUTRAL
    return NEGATIVE
