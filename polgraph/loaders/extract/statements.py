"""Statement rules: reporting verbs with their speaker and content, and quotations with their frame."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from polgraph.facts import Statement
from polgraph.loaders.extract.deps import CLAUSES as SAY_COMPLEMENTS
from polgraph.loaders.extract.deps import CLIMB, OBJECT_COMPLEMENTS, SUBJECTS
from polgraph.loaders.extract.document import Document, Paragraph
from polgraph.loaders.extract.quotes import Quote
from polgraph.loaders.extract.roles import is_role_word
from polgraph.loaders.extract.speakers import Actor, Resolver
from polgraph.loaders.vocab import Vocabulary, load_vocabulary, word_list

NARRATION_MARKS = word_list("narration_marks")
FRAME_MAX = 10
OBJECT_PREPS = word_list("object_preps")
REPORTING_LEMMAS = load_vocabulary().reporting_verbs
SETTING_PREPS = ("in", "during", "inside", "outside")
QUOTE_CHARS = '"\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e'


@dataclass
class Predicate:
    """A reporting verb outside quotations, with who speaks and what they say."""

    para: Paragraph
    verb: Token
    kind: str
    speakers: list[Actor]
    quotes: list[int] = field(default_factory=list)
    merged_into: Predicate | None = None


@dataclass
class Found:
    """A statement before ``about`` is filled in: where its text sits in its paragraph."""

    para: Paragraph
    speakers: list[Actor]
    type: str
    start: int
    end: int
    text: str
    confidence: float
    verb: Token | None = None
    kind: str = "say"
    hole: tuple[int, int] | None = None  # characters of a reporting frame inside the text, left out of it


def is_reporting(tok: Token, para: Paragraph, vocab: Vocabulary) -> str | None:
    """The kind of reporting verb a token is, if it is one outside a quotation."""
    if tok.pos_ not in ("VERB",) or para.in_quote(tok):
        return None
    kind = vocab.reporting_verbs.get(tok.lemma_)
    if kind is None and tok.lemma_ == "take" and any(c.lower_ == "credit" for c in tok.children):
        kind = "object"
    needs = reporting_frames().get(tok.lemma_)
    if (
        kind
        and needs
        and not any(
            c.dep_ in needs or c.lower_ in needs and (c.i == tok.i + 1 or c.dep_ == "prt") for c in tok.children
        )
    ):
        if not ("oprd" in needs and quoted_complement(tok, para)):
            return None  # 'called an election', 'hit a record high': an act, not speech
    return kind


def quoted_complement(verb: Token, para: Paragraph) -> bool:
    """'called the plan "dangerous"' parsed without its complement: a quotation right after the direct object."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    after = para.doc[obj.right_edge.i + 1 : obj.right_edge.i + 3]
    return any(para.in_quote(t) for t in [*obj.subtree, *after] if t.i > obj.i)


@lru_cache(maxsize=1)
def reporting_frames() -> dict[str, set[str]]:
    """Lemma -> the dependents it needs to report speech (vocab/reporting_frames.tsv)."""
    text = resources.files("polgraph.loaders.vocab").joinpath("reporting_frames.tsv").read_text(encoding="utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return {lemma: set(deps.split()) for lemma, deps in rows}


def _vocab_lines(name: str) -> list[str]:
    text = resources.files("polgraph.loaders.vocab").joinpath(name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def withheld_words() -> tuple[frozenset[str], frozenset[str]]:
    """Lemmas of attack/praise verbs (vocab/stance_verbs.tsv) and words that deny what follows them
    (vocab/stance_negators.txt)."""
    return frozenset(ln.split("\t")[0] for ln in _vocab_lines("stance_verbs.tsv")), frozenset(
        _vocab_lines("stance_negators.txt")
    )


def withheld(verb: Token) -> bool:
    """'refused to criticise X', 'did not praise X': the attack or praise the verb names was not made
    ('did not rule out X' still states a position)."""
    framing, negators = withheld_words()
    return verb.lemma_ in framing and (
        any(c.dep_ == "neg" for c in verb.children) or verb.dep_ == "xcomp" and verb.head.lower_ in negators
    )


def undisclosed(verb: Token) -> bool:
    """'has not said whether she will sign it', 'would not say if': nothing was said."""
    return any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ in ("ccomp", "advcl") and any(g.dep_ == "mark" and g.lower_ in ("whether", "if") for g in c.children)
        for c in verb.children
    )


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it hangs from ('..., saying ...')."""
    if (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBN", "VBD")
        and verb.head.pos_ == "PROPN"
        and any(c.dep_ == "dobj" for c in verb.children)
        and verb.doc[verb.i - 1].text == ","
    ):
        return verb.head  # 'Sen. X, R-Mesa, accused Y of ...' parsed as a reduced relative: X is the subject
    if (
        verb.tag_ == "VBN"
        and verb.dep_ in ("advcl", "acl")
        and not any(c.dep_ in ("aux", "auxpass") + SUBJECTS for c in verb.children)
    ):
        return None  # 'when asked whether ...': the one asked, not the one asking
    tok: Token | None = verb
    for _ in range(4):
        if tok is None:
            return None
        # the reporting verb in the passive ('X was called a liar by Y', 'X is believed to'): only its agent speaks
        subj = [c for c in tok.children if c.dep_ in SUBJECTS and not (tok is verb and c.dep_ == "nsubjpass")]
        if len(subj) > 1:  # 'The governor, Varga told the AP, has no plan': Varga speaks
            at = tok.i
            subj = sorted(subj, key=lambda c: (c.i > at, -c.i))  # 'The head of the list X posted ..., calling
        if subj and subj[0].tag_ in ("WP", "WDT") and tok.dep_ == "relcl":
            return tok.head  # 'Labour and the Tories, who both insist ...'
        if subj:
            return subj[0]
        agent = [c for c in tok.children if c.dep_ == "agent"]
        if agent:
            objs = [g for g in agent[0].children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
        if tok is verb and any(c.dep_ == "nsubjpass" for c in tok.children):
            by = passive_by(verb)
            return next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
        headline = [
            c for c in tok.children if c.dep_ in ("npadvmod", "dep") and c.i < tok.i and c.pos_ in ("NOUN", "PROPN")
        ]
        if headline and tok.dep_ == "ROOT":
            return headline[0]
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
            tok = tok.head  # 'quoted as saying', 'after saying': the verb the preposition hangs from
        elif tok.dep_ in ("dobj", "pobj") and tok.pos_ in ("NOUN", "PROPN") and tok is not verb:
            # 'delivered a speech emphasising that ...': from the noun a participle qualifies to its verb
            tok = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
            if tok.pos_ not in ("VERB", "AUX"):
                return None
            continue
        elif tok.dep_ not in CLIMB or tok.head.i == tok.i:
            return None
        elif tok is verb and reporter_conj(verb) is not None:
            tok = reporter_conj(verb)
            continue
        tok = tok.head
    return None


def reporter_conj(verb: Token) -> Token | None:
    """'X said the tariff was illegal and called for its removal': the parser hangs the second verb on the
    reported clause; the same tense as the reporting verb, where the clause has a copula or an auxiliary,
    makes it the reporter's ('X said the minister lied and denied it' stays with the minister)."""
    clause = verb.head
    outer = clause.head
    if verb.dep_ != "conj" or clause.dep_ != "ccomp" or outer.i == clause.i or outer.i > clause.i:
        return None
    if verb.tag_ != outer.tag_ or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    if clause.lemma_ == "be" or any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return outer
    return None


def passive_by(verb: Token) -> Token | None:
    """The 'by' of a passive reporting verb, also when the parser hangs it on the object
    ('X was called "the invisible man" by Y')."""
    for t in verb.subtree:
        if (
            t.i > verb.i
            and t.lower_ == "by"
            and t.dep_ in ("agent", "prep")
            and not any(
                a.dep_ in ("conj", "ccomp", "advcl", "relcl") and a.i > verb.i
                for a in t.ancestors
                if a.i != verb.i and verb in a.ancestors
            )
        ):
            return t
    return None


def _gap_is_frame(tokens: list[Token], verb: Token) -> bool:
    """Tokens between a quotation and its verb: punctuation, a subject, adverbs, no verb other than those
    the reporting verb hangs from ('X is expected to tell', 'X was quoted as saying')."""
    above = {t.i for t in verb.ancestors}
    return len(tokens) <= FRAME_MAX and not any(
        t.pos_ == "VERB"
        and t.i not in above
        or t.text in (".", ";")
        or t.pos_ in ("SCONJ", "CCONJ")
        and t.dep_ in ("mark", "cc")
        for t in tokens
    )  # ', while X said'


def _quotes_between(para: Paragraph, start: int, end: int) -> list[int]:
    return [i for i, q in enumerate(para.quotes) if q.start < end and q.end > start]


def left_quote(pred: Predicate, used: set[int]) -> int | None:
    """'"...," X said': the quotation that ends right before the reporting frame."""
    para, verb = pred.para, pred.verb
    before = None
    for i, q in enumerate(para.quotes):
        if q.end <= verb.idx and i not in used:
            before = (i, q)
    if before is None:
        return None
    i, q = before
    gap = [t for t in para.doc if t.idx > q.end and t.i < verb.i]
    inner = para.text[q.start : q.end].rstrip()
    after_mark = para.text[q.end : q.end + 3].lstrip("\"\u201d\u2019' ")
    closed = inner[-1:] in ",.?!\u2026-\u2013" or after_mark.startswith(",")
    if not (closed and _gap_is_frame(gap, verb)) or _quotes_part_of_clause(para, q, verb):
        return None
    if inner[-1:] in ".?!" and reports_own_clause(verb, para):
        return None
    return i


def reports_own_clause(verb: Token, para: Paragraph) -> bool:
    """'"... time." A spokesman said the claims were false': a frame whose verb reports a clause of its own
    starts a new sentence; the full quotation before it belongs to the previous speaker."""
    return any(c.dep_ == "ccomp" and c.i > verb.i and not para.in_quote(c) for c in verb.children)


def _quotes_part_of_clause(para: Paragraph, q: Quote, verb: Token) -> bool:
    """'Rents are "out of control", she said': the quotation ends a clause begun outside it, so the
    statement is the whole clause (the reported-content rule takes it)."""
    span = para.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    clause = next(
        (
            t
            for t in [span.root, *span.root.ancestors]
            if t.head.i == verb.i
            and t.dep_ in ("ccomp", "parataxis")
            or verb.head.i == t.i
            and verb.dep_ in ("ccomp", "parataxis")
        ),
        None,
    )
    if clause is None:
        return False
    words = [
        t
        for t in span[0].sent
        if t.idx < q.start - 1 and not t.is_punct and not para.in_quote(t) and _in_clause(para, t, clause)
    ]
    return len(words) >= 2


def _in_clause(para: Paragraph, tok: Token, clause: Token) -> bool:
    """The word hangs from the quoted clause before it hangs from a reporting verb ('Warning voters "...'
    is a frame of its own)."""
    for t in [tok, *tok.ancestors]:
        if t.pos_ == "VERB" and t.lemma_ in REPORTING_LEMMAS and t.i != clause.i:
            return False
        if t.i == clause.i or para.in_quote(t):
            return True
    return False


def right_quote(pred: Predicate, used: set[int]) -> int | None:
    """'X said: "..."' / 'X said, "..."': the quotation right after the frame."""
    para, verb = pred.para, pred.verb
    after = next(((i, q) for i, q in enumerate(para.quotes) if q.start > verb.idx and i not in used), None)
    if after is None:
        return None
    i, q = after
    if pred.kind == "frame":
        return i
    if scare_quote(para, q):
        return None  # "slammed the 'reckless' tax cuts": a word quoted inside the object, not the statement
    gap = [t for t in para.doc if verb.i < t.i and t.idx < q.start - 1]
    clause = [
        c
        for c in verb.children
        if c.i > verb.i and c.dep_ in ("ccomp", "xcomp") and not para.in_quote(c) and c.idx < q.start
    ]
    if clause or not _gap_is_frame(gap, verb) or any(t.dep_ in SUBJECTS or t.pos_ == "AUX" for t in gap):
        return None
    if pred.kind != "say" and any(t.dep_ in ("dobj", "oprd") for t in gap):
        return None
    if pred.kind == "object" and any(c.dep_ == "nsubjpass" for c in verb.children):
        return None  # passive: the whole clause is the statement
    return i


def scare_quote(para: Paragraph, q: Quote) -> bool:
    """A quotation of one to three words, no verb, that a noun phrase runs on after ("the 'reckless' tax cuts")."""
    if len(q.text(para.text).split()) > 3:
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in para.doc if q.start <= t.idx < q.end):
        return False  # "vows to 'Put My Record' against ...": a quoted predicate is what was said
    nxt = next((t for t in para.doc if t.idx >= q.end and not t.is_quote and t.text not in QUOTE_CHARS), None)
    return nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ") and nxt.idx - q.end <= 2


def content_range(pred: Predicate, predicates: list[Predicate]) -> tuple[int, int] | None:
    """Token range of what was said, for reported speech ('said the EU would ...')."""
    verb = pred.verb
    doc = verb.doc
    if pred.kind == "frame":
        return None
    if verb.lower_ == "according":
        head = verb.head
        start, end = (
            (verb.right_edge.i + 1, head.right_edge.i)
            if verb.i <= head.left_edge.i + 1
            else (head.left_edge.i, verb.left_edge.i - 1)
        )
        while end > start and doc[end].is_punct and doc[end].text not in QUOTE_CHARS:
            end -= 1
        return start, end
    allowed = SAY_COMPLEMENTS if pred.kind == "say" else OBJECT_COMPLEMENTS
    if verb.lemma_ == "tell":
        allowed = ("ccomp", "xcomp")
    comps = [
        c
        for c in verb.children
        if c.dep_ in allowed
        and c.i > verb.i
        and not (c.dep_ == "prep" and c.lower_ not in OBJECT_PREPS | attack_preps(pred, predicates))
    ]
    if verb.pos_ == "NOUN":
        comps = _noun_clauses(verb, pred.kind)
    if not comps and verb.lemma_ == "tell":
        comps = told_clause(verb)
    if not comps and pred.kind == "say":  # 'said in a statement that ...': the parser hangs it on the noun
        comps = [
            c
            for prep in verb.children
            if prep.dep_ == "prep" and prep.i > verb.i
            for obj in prep.children
            if obj.dep_ == "pobj"
            for c in obj.children
            if c.dep_ == "acl" and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
        ]
    if not comps:
        left = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
        if left:
            return left[0].left_edge.i, left[0].right_edge.i
        if verb.dep_ == "parataxis" and verb.head.i > verb.i:
            # 'The plan, Varga said, would cost $2bn': the clause around the frame
            start = verb.head.left_edge.i if verb.head.left_edge.i < verb.left_edge.i else verb.right_edge.i + 1
            end = verb.head.right_edge.i
            while end > start and doc[end].is_punct and doc[end].text not in QUOTE_CHARS:
                end -= 1
            return start, end
        if verb.dep_ == "parataxis":
            return verb.head.left_edge.i, verb.left_edge.i - 1
        return None
    start = min(c.left_edge.i for c in comps)
    if doc[start].lower_ == "that" and doc[start].dep_ == "mark":
        start += 1
    fronted = [c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i]
    if len(fronted) > 1 and pred.kind == "say":  # 'The governor, Varga told the AP, has no plan'
        start = fronted[0].left_edge.i
    stops = _stops(pred, predicates)
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    by = passive_by(verb) if passive is not None and pred.kind == "object" else None
    if by is not None and passive is not None:  # 'X was called "the invisible man" by Y': what Y said is about X
        start = passive.left_edge.i
        stops.update(t.i for t in by.subtree)
    end = start
    last = max(c.right_edge.i for c in comps)
    own_clause = verb.pos_ == "NOUN" or (  # 'X, who said last week that Y, voted ...'
        verb.dep_ == "relcl" and any(c.dep_ in SUBJECTS and c.lower_ == "who" for c in verb.children)
    )
    limit = last + 1 if own_clause else max(last + 1, doc[last].sent.end)
    for i in range(start, limit):
        if i in stops or denied_aside(doc, i):
            break
        end = i
    while end > start and (
        (doc[end].is_punct and doc[end].text not in QUOTE_CHARS + "%")
        or doc[end].lower_ in ("and", "but", "while", "as", "though", "-")
    ):
        end -= 1
    return (start, end) if end >= start else None


ASIDE_NOUNS = ("charge", "claim", "allegation", "accusation", "suggestion")


def denied_aside(doc, i: int) -> bool:
    """', a charge he denied' / ', a claim the party rejects': the writer's aside about the content, not part of it."""
    return (
        doc[i].text == ","
        and i + 2 < len(doc)
        and doc[i + 1].lower_ in ("a", "an")
        and doc[i + 2].lower_ in ASIDE_NOUNS
        and any(c.dep_ == "relcl" for c in doc[i + 2].children)
    )


def told_clause(verb: Token) -> list[Token]:
    """'telling the Bundestag that Germany needed order': the parser hangs the 'that' clause on the addressee
    as a relative clause; it is one when 'that' is its subject, what was told when 'that' only marks it."""
    return [
        c
        for obj in verb.children
        if obj.dep_ in ("dobj", "dative") and obj.i > verb.i
        for c in obj.children
        if c.dep_ == "relcl"
        and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
        and any(n.dep_ in SUBJECTS for n in c.children)
    ]


def attack_preps(pred: Predicate, predicates: list[Predicate]) -> set[str]:
    """'hit back at X, calling his remarks "shameful"': the preposition of a reporting frame (vocab/
    reporting_frames.tsv) carries the content when a participle of the same speaker says what was said."""
    if not any(p.merged_into is pred for p in predicates):
        return set()
    return reporting_frames().get(pred.verb.lemma_, set())


def _stops(pred: Predicate, predicates: list[Predicate]) -> set[int]:
    """Tokens where a statement's content ends: other speakers' frames, narration clauses."""
    verb = pred.verb
    own = {t.i for t in verb.subtree}
    stops: set[int] = set()
    for other in predicates:
        if other is pred or other.para is not pred.para or other.merged_into is pred:
            continue
        theirs = {t.i for t in other.verb.subtree}
        if other.verb.i in own:
            direct = other.verb.head.i == verb.i and other.verb.dep_ in ("advcl", "conj")
            if not direct and other.verb.dep_ != "conj" and not second_speaker(other.verb):
                continue
            first = min(theirs)
            if other.verb.dep_ == "conj":
                first = min(
                    [other.verb.i]
                    + [c.i for c in other.verb.head.children if c.dep_ == "cc" and verb.i < c.i < other.verb.i]
                )
            stops.update(i for i in theirs if i >= first)
            stops.update(range(first, other.verb.i))
        elif verb.i in theirs:
            stops.update(theirs - own)
        else:
            stops.update(theirs)
    heads = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "dobj")]
    for tok in [*verb.children, *[g for h in heads for g in h.children]]:
        if (
            tok.i > verb.i
            and tok.dep_ == "advcl"
            and any(
                m.dep_ == "mark" and m.lower_ in NARRATION_MARKS and (tok.head.i == verb.i or m.lower_ != "because")
                for m in tok.children
            )
        ):
            stops.update(range(tok.left_edge.i, tok.right_edge.i + 1))
    comps = [c.i for c in verb.children if c.dep_ in ("ccomp", "xcomp", "dobj")]
    for tok in verb.children:
        if (
            comps
            and pred.kind == "commit"
            and tok.dep_ == "prep"
            and tok.i > max(comps)
            and tok.lower_ in SETTING_PREPS
        ):
            stops.update(range(tok.left_edge.i, tok.right_edge.i + 1))  # 'promised X in Wellington'
    return stops


def second_speaker(verb: Token) -> bool:
    """'X said A, while Y said B': a reporting clause hung on the content with a named speaker of its own
    (a pronoun there is the first speaker again: 'said while she believed A, she would B')."""
    return verb.dep_ == "advcl" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i and c.pos_ != "PRON" for c in verb.children
    )


def strip_quote_marks(text: str) -> str:
    """Text without quotation marks; apostrophes inside words stay."""
    out = []
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if ch in QUOTE_CHARS and not (ch in "\u2019'" and prev.isalnum() and nxt.isalnum()):
            continue
        out.append(ch)
    return " ".join("".join(out).replace("''", "").split())


def according_to(tok: Token) -> Token | None:
    """'according to X': the X."""
    if tok.lower_ != "according":
        return None
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if obj is not None and obj.lemma_.lower() in speech_nouns():  # 'according to a statement from X'
        by = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")), None)
        owner = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        return owner or obj
    return obj


@lru_cache(maxsize=1)
def speech_nouns() -> dict[str, str]:
    """Noun lemma -> kind, from vocab/speech_nouns.tsv."""
    text = resources.files("polgraph.loaders.vocab").joinpath("speech_nouns.tsv").read_text(encoding="utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return {noun: kind for noun, kind in rows}


def speech_noun(tok: Token, para: Paragraph) -> tuple[str, Token] | None:
    """'Arlen's claim that the tram would pay', 'her pledge to cut fares': the kind and the owner."""
    kind = speech_nouns().get(tok.lemma_.lower())
    if kind is None or tok.pos_ != "NOUN" or para.in_quote(tok):
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None or not _noun_clauses(tok, kind):
        return None
    return kind, owner


def _noun_clauses(noun: Token, kind: str) -> list[Token]:
    """The clause after a speech noun: a that-clause, or for a promise a to-clause."""
    out = []
    for c in noun.children:
        if c.dep_ != "acl" or c.i < noun.i:
            continue
        marks = {m.lower_ for m in c.children if m.dep_ in ("mark", "aux")}
        if "that" in marks or kind == "commit" and "to" in marks:
            out.append(c)
    return out


def colon_frame_verb(tok: Token, para: Paragraph) -> str | None:
    """'X begged to differ: "..."', 'X hit back: "..."': a main verb whose clause ends in a colon that opens
    a quotation introduces that quotation."""
    if para.in_quote(tok) or tok.pos_ not in ("VERB", "AUX"):
        return None
    colon = next((t for t in tok.sent if t.i > tok.i and t.text == ":"), None)
    if colon is None or any(para.in_quote(t) for t in tok.sent if tok.i < t.i < colon.i):
        return None
    clause = tok.dep_ == "ccomp" and tok.head.i > colon.i and para.in_quote(tok.head)
    if not (tok.dep_ == "ROOT" and tok.pos_ == "VERB" or clause):
        return None  # 'X was more blunt: "..."' (the parser hangs the clause on the quoted verb)
    rest = para.text[colon.idx + 1 :].lstrip()
    return "frame" if rest[:1] in QUOTE_CHARS else None


def find_predicates(doc: Document, resolver: Resolver, vocab: Vocabulary) -> list[Predicate]:
    preds = []
    for para in doc.paragraphs:
        for tok in para.doc:
            source = according_to(tok)
            if source is not None and not para.in_quote(tok):
                speakers = resolver.resolve(para, source)
                if speakers:
                    preds.append(Predicate(para, tok, "say", speakers))
                continue
            noun = speech_noun(tok, para)
            if noun is not None:
                noun_kind, owner = noun
                speakers = resolver.resolve(para, owner)
                if speakers:
                    preds.append(Predicate(para, tok, noun_kind, speakers))
                continue
            kind = is_reporting(tok, para, vocab) or colon_frame_verb(tok, para)
            if not kind or kind == "object" and withheld(tok) or undisclosed(tok) or asked_aside(tok):
                continue
            if (
                tok.tag_ == "VB"
                and tok.dep_ in ("ccomp", "xcomp")
                and tok.head.lemma_ in CAUSATIVES
                and not any(c.lower_ == "to" for c in tok.children)
            ):
                continue  # 'making Ardern question her future': what the writer says made her, not her words
            subj = subject_of(tok)
            if subj is None:
                aside = next((c for c in tok.children if asked_aside(c)), None)
                subj = next((c for c in aside.children if c.dep_ in SUBJECTS), None) if aside is not None else None
            if subj is None:
                subj = named_before(doc, para, tok, vocab) or opener_subject(doc, para, tok)
            if (
                kind == "frame"
                and subj is not None
                and subj.pos_ != "PRON"
                and not any(
                    m.kind in ("person", "party") for t in subj.subtree for m in doc.mentions_at(para.index, t.i)
                )
            ):
                continue  # a colon frame needs a named or pronoun subject, not a role phrase to guess
            speakers = resolver.resolve(para, subj) if subj is not None else []
            dateline = dateline_subject(tok) if not speakers else None
            if dateline is not None and dateline is not subj:
                speakers = resolver.resolve(para, dateline)
            if speakers:
                preds.append(Predicate(para, tok, kind, speakers))
    return preds


def named_before(doc: Document, para: Paragraph, verb: Token, vocab: Vocabulary) -> Token | None:
    """'Speaking in Abuja, the PDP chairman, Dr. X, said ...' parsed with no subject: the person named right before
    the comma ahead of a main reporting verb."""
    if verb.dep_ != "ROOT" or verb.i < 2 or para.doc[verb.i - 1].text != ",":
        return None
    named = [m for m in doc.mentions_at(para.index, verb.i - 2) if m.kind == "person" and not m.in_quote]
    if not named or named[0].end != verb.i - 1:
        return None
    start = named[0].start
    while start > 0 and para.doc[start - 1].text in vocab.honorifics:
        start -= 1
    if start == 0 or para.doc[start - 1].text != ",":
        return None  # an apposition ', Dr. X,' only: not the object in 'X assails Y, says ...'
    return para.doc[named[0].start : named[0].end].root


CAUSATIVES = ("make", "let", "have")  # with a bare infinitive: 'forced X to admit' is X's admission


def asked_aside(verb: Token) -> bool:
    """'Tom Bright, asked whether he would resign, said: ...' parsed with 'asked' as the reported clause of the
    later verb: a passive aside (the one asked), no statement of its own."""
    return (
        verb.lemma_ == "ask"
        and verb.tag_ in ("VBN", "VBD")
        and not any(c.dep_ in SUBJECTS for c in verb.head.children)
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and verb.dep_ in ("ccomp", "advcl", "acl")
        and verb.head.i > verb.i
        and verb.doc[verb.head.i - 1].text == ","
    )


def opener_subject(doc: Document, para: Paragraph, tok: Token) -> Token | None:
    """'Addressing a rally in Pune, Priya Nair lashed out ...' parsed with the participle as the subject (and the
    name joined to the place): the person named right after the opener's comma, right before the verb."""
    verb = tok.head if tok.dep_ in ("advcl", "conj") and tok.head.i < tok.i else tok
    opener = next((c for c in verb.children if c.dep_ == "csubj" and c.tag_ == "VBG" and c.is_sent_start), None)
    if opener is None:
        return None
    comma = next((t for t in para.doc[opener.i : verb.i] if t.text == ","), None)
    if comma is None:
        return None
    named = [m for m in doc.mentions_at(para.index, comma.i + 1) if m.kind == "person" and not m.in_quote]
    if not named or named[0].start != comma.i + 1 or named[0].end != verb.i:
        return None
    return para.doc[named[0].start : named[0].end].root


def dateline_subject(verb: Token) -> Token | None:
    """'KUALA LUMPUR (Reuters) - The Perikatan Nasional coalition said ...': a dateline makes the parser hang the
    subject on the place; the noun phrase ending right before a main verb with no subject."""
    if verb.dep_ != "ROOT" or verb.i == verb.sent.start:
        return None
    before = verb.doc[verb.i - 1]
    head = before if before.right_edge.i == before.i else None
    while head is not None and head.dep_ in ("compound", "amod") and head.head.i < verb.i:
        head = head.head
    if head is None or head.dep_ not in ("appos", "npadvmod", "dep") or head.pos_ not in ("NOUN", "PROPN"):
        return None
    return head if head.right_edge.i == verb.i - 1 else None


def says_something(pred: Predicate) -> bool:
    """The verb has a complement of its own that can carry content (an object, a clause, a frame preposition)."""
    needs = reporting_frames().get(pred.verb.lemma_, set())
    return any(
        c.i > pred.verb.i
        and c.dep_ in OBJECT_COMPLEMENTS + ("ccomp",)
        and not (c.dep_ == "prep" and c.lower_ not in OBJECT_PREPS | needs)
        for c in pred.verb.children
    )


def merge_participles(predicates: list[Predicate]) -> None:
    """'criticised X, branding it Y': a participle of the same speaker belongs to the head's content."""
    by_verb = {(p.para.index, p.verb.i): p for p in predicates}
    for pred in predicates:
        verb = pred.verb
        if verb.dep_ != "advcl" or verb.tag_ != "VBG" or any(c.dep_ in SUBJECTS + ("mark",) for c in verb.children):
            continue
        head = by_verb.get((pred.para.index, verb.head.i))
        if head is not None and not says_something(head):
            continue  # 'hit back, accusing X of Y', 'lashed out, branding it Y': the participle says it
        if head is not None and (
            head.kind == "object" and pred.kind != "say" or head.kind == "say" and pred.kind == "commit"
        ):
            pred.merged_into = head


def extract_statements(doc: Document, predicates: list[Predicate]) -> list[Found]:
    """Every attributed statement: framed quotations, reported speech, continued quotations."""
    merge_participles(predicates)
    found: list[Found] = []
    last_open: list[Actor] | None = None
    for para in doc.paragraphs:
        used: set[int] = set()
        here = [p for p in predicates if p.para is para and p.merged_into is None]
        owners: dict[int, tuple[list[Actor], float]] = {}
        headline = colon_headline(doc, para) if not here else None
        if headline is not None:
            found.append(headline)
            used.update(_quotes_between(para, headline.start, headline.end))
        for pred in here:
            if _reported_inside(pred, here):
                continue  # 'claimed the prime minister said "black is white"': part of the claim
            for qi in (left_quote(pred, used), right_quote(pred, used)):
                if qi is not None and qi not in used:
                    owners[qi] = (pred.speakers, 0.9)
                    pred.quotes.append(qi)
                    used.add(qi)
        spans = {id(p): content_range(p, predicates) for p in here}
        silent = {id(p) for p in here if not p.quotes and spans[id(p)] is None}
        if silent:  # a verb that reports nothing ('not believing in X') does not end another's content
            live = [p for p in predicates if id(p) not in silent]
            spans = {id(p): content_range(p, live) for p in here}
        for pred in here:
            span = spans[id(pred)]
            if pred.quotes and not _holds_open_quote(para, pred, span, used):
                continue
            if any(
                other is not pred and not other.quotes and rng and rng[0] <= pred.verb.i <= rng[1]
                for other in here
                for rng in [spans.get(id(other))]
            ):
                continue
            if span is None:
                continue
            start, end = span
            s_char = para.doc[start].idx
            e_char = para.doc[end].idx + len(para.doc[end])
            inside = _quotes_between(para, s_char, e_char)
            hole = frame_hole(pred, start, end)
            text = strip_quote_marks(without_hole(para.text, s_char, e_char, hole)).strip(" ,;:-\u2013")
            if not text or pred.kind == "object" and not inside and len(text.split()) < 3:
                continue
            if pred.kind == "object" and pred.verb.i < start:
                # 'accused Labour of "fantasy economics"': the verb is part of what was said
                s_char = pred.verb.idx
                text = strip_quote_marks(para.text[s_char:e_char]).strip(" ,;:-\u2013")
            used.update(inside)
            found.append(
                Found(
                    para,
                    pred.speakers,
                    "direct" if inside else "indirect",
                    s_char,
                    e_char,
                    text,
                    0.7,
                    pred.verb,
                    pred.kind,
                    hole,
                )
            )
        framed = sorted(owners)
        for qi, quote in enumerate(para.quotes):
            if qi in owners:
                speakers, conf = owners[qi]
            elif qi in used:
                continue
            elif qi == 0 and last_open and para.text[:1] in QUOTE_CHARS:
                speakers, conf = last_open, 0.8
            elif qi == 0 and (titled := headline_speaker(para, quote, doc.mentions)):
                speakers, conf = titled, 0.7
            elif (
                framed
                and framed[-1] < qi
                and not any(
                    para.quotes[framed[-1]].end < p.verb.idx < quote.start and framed[-1] not in p.quotes for p in here
                )
            ):
                speakers, conf = owners[framed[-1]][0], 0.7
            elif (
                qi == 0
                and para.text[:1] in QUOTE_CHARS
                and not here
                and (previous := previous_speakers(doc, para, found))
            ):
                speakers, conf = previous, 0.6
            else:
                continue
            text = quote.text(para.text)
            if len(text.split()) < 2:
                continue
            owners[qi] = (speakers, conf)
            found.append(Found(para, speakers, "direct", quote.start, quote.end, text, conf))
        last = para.quotes[-1] if para.quotes else None
        last_open = owners_or_none(found, para, last) or colon_frame(para, here)
    return found


def frame_hole(pred: Predicate, start: int, end: int) -> tuple[int, int] | None:
    """Characters of the reporting frame when it sits inside the content ('The plan, Varga said, would ...')."""
    doc, verb = pred.para.doc, pred.verb
    fronted = [c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i]
    inserted = verb.dep_ == "parataxis" and verb.head.i > verb.i or len(fronted) > 1 and pred.kind == "say"
    if not (inserted and start < verb.i < end):
        return None
    content = {t.i for c in verb.children if c.dep_ in ("ccomp", "xcomp", "parataxis") for t in c.subtree}
    content |= {t.i for t in verb.head.subtree} - {t.i for t in verb.subtree} if verb.dep_ == "parataxis" else set()
    if len(fronted) > 1:
        content |= {t.i for t in fronted[0].subtree}
    frame = [i for i in range(start, end + 1) if i not in content]
    if not frame:
        return None
    return doc[min(frame)].idx, doc[max(frame)].idx + len(doc[max(frame)])


def without_hole(text: str, s_char: int, e_char: int, hole: tuple[int, int] | None) -> str:
    """``text[s_char:e_char]`` with the characters of ``hole`` left out."""
    if hole is None:
        return text[s_char:e_char]
    return f"{text[s_char : hole[0]].rstrip(' ,')} {text[hole[1] : e_char].lstrip(' ,')}".strip()


def _reported_inside(pred: Predicate, here: list[Predicate]) -> bool:
    """The verb sits in the reported clause of another reporting verb of the same sentence."""
    outer = {p.verb.i for p in here if p is not pred and p.kind != "frame"}
    tok = pred.verb
    while tok.dep_ in ("ccomp", "xcomp", "conj") and tok.head.i != tok.i:
        if tok.head.i in outer and tok.dep_ != "conj":
            return True
        tok = tok.head
    return False


def _holds_open_quote(para: Paragraph, pred: Predicate, span: tuple[int, int] | None, used: set[int]) -> bool:
    """'"...," he claimed the candidate "has lied"': a verb that took one quotation also reports a clause
    quoting another (the clause is the statement)."""
    if span is None:
        return False
    s_char, e_char = para.doc[span[0]].idx, para.doc[span[1]].idx + len(para.doc[span[1]])
    return any(
        i not in used and s_char < q.start - 1 and q.end <= e_char + 1 and q.start > pred.verb.idx
        for i, q in enumerate(para.quotes)
    )


def previous_speakers(doc: Document, para: Paragraph, found: list[Found]) -> list[Actor] | None:
    """Who an unframed quotation paragraph belongs to: the last speaker of the paragraph before, else the
    person that paragraph is about ('X defended her record.' then '"Every school ..."')."""
    if para.index == 0 or doc.paragraphs[para.index - 1].field != para.field:
        return None
    if found and found[-1].para.index == para.index - 1:
        return found[-1].speakers
    before = doc.paragraphs[para.index - 1]
    root = next(iter(before.doc.sents)).root
    subj = next((c for c in root.children if c.dep_ in SUBJECTS), None)
    if subj is None or before.quotes:
        return None
    people = [m for t in subj.subtree for m in doc.mentions_at(before.index, t.i) if m.kind == "person"]
    keys = list(dict.fromkeys(m.key for m in people))
    return [Actor("person", keys[0])] if len(keys) == 1 else None


def colon_frame(para: Paragraph, here: list[Predicate]) -> list[Actor] | None:
    """'Speaking on Sky News, he said:' ending a paragraph: the quotation opens the next one."""
    if not para.text.rstrip().endswith(":") or not here:
        return None
    pred = here[-1]
    return pred.speakers if not pred.quotes and pred.verb.i >= len(para.doc) - 8 else None


def colon_headline(doc: Document, para: Paragraph) -> Found | None:
    """'Sarwar: Tories trying to con voters', 'A surgical strike on poverty: Gandhi': a headline that is a name
    and, across a colon, what the named person or party says."""
    text = para.text
    if para.field != "title":
        return None
    if text.count(": ") == 1:
        cut, width = text.index(": "), 2
        pairs = [((0, cut), (cut + width, len(text))), ((cut + width, len(text)), (0, cut))]
    else:
        dash = next((d for d in (" \u2013 ", " \u2014 ", " - ") if text.count(d) == 1), None)
        verb = inverted_verb(para)
        if dash is not None:
            cut = text.index(dash)  # 'Election was rigged, I won't accept result – Garba': the name after the dash
            pairs = [((cut + len(dash), len(text)), (0, cut))]
        elif verb is not None:  # 'We will take Gauteng, vows EFF's Ndlovu'
            pairs = [((verb.idx + len(verb), len(text)), (0, para.doc[verb.i - 1].idx))]
        else:
            return None
    for (n_start, n_end), (c_start, c_end) in pairs:
        named = [
            m
            for m in doc.mentions
            if m.para == para.index and m.kind in ("person", "party") and n_start <= para.doc[m.start].idx < n_end
        ]
        persons = {m.key for m in named if m.kind == "person"}
        if len(persons) == 1:  # "Congress's Meera Pillai", 'EFF leader Sipho Ndlovu': the person, titled
            named = [m for m in named if m.kind == "person"]
        rest = [
            t
            for t in para.doc
            if n_start <= t.idx < n_end
            and not t.is_punct
            and t.text not in ("'s", "\u2019s")
            and not any(
                m.start <= t.i < m.end for m in doc.mentions_at(para.index, t.i) if m.kind in ("person", "party")
            )
            and not (persons and is_role_word(t, load_vocabulary()))
        ]
        content = strip_quote_marks(text[c_start:c_end]).strip(" ,;:-\u2013")
        if text[c_start:c_end].lstrip()[:1] in QUOTE_CHARS + "'" and n_start < c_start:
            continue  # 'Name: "..."': the quotation rules take it
        if len({m.key for m in named}) == 1 and not rest and len(content.split()) >= 3:
            kind = "direct" if _quotes_between(para, c_start, c_end) else "indirect"
            return Found(para, [Actor(named[0].kind, named[0].key)], kind, c_start, c_end, content, 0.7)
    return None


def inverted_verb(para: Paragraph) -> Token | None:
    """The reporting verb of a headline ending ', vows NAME' / ', warns NAME' (verb before its subject)."""
    tokens = para.doc
    vocab = load_vocabulary()
    for tok in tokens[2:]:
        if (
            tokens[tok.i - 1].text == ","
            and tok.tag_ == "VBZ"
            and tok.lemma_ in vocab.reporting_verbs
            and not any(c.dep_ in SUBJECTS and c.i < tok.i for c in tok.children)
        ):
            return tok
    return None


def headline_speaker(para: Paragraph, quote: Quote, resolver_mentions: list) -> list[Actor] | None:
    """'Starmer: "We will win"': a headline that is a name, a colon and a quotation; in the body (debate and
    live-blog style), a paragraph that opens with a name, or a title and a name, right before the colon."""
    head = para.text[: quote.start].rstrip(" \"'\u201c\u2018")
    if not head.endswith(":"):
        return None
    people = [
        m
        for m in resolver_mentions
        if m.para == para.index and m.kind in ("person", "party") and para.doc[m.start].idx < quote.start
    ]
    words = head[:-1].split()
    if para.field != "title" and (
        len(words) > 4
        or not people
        or para.doc[people[-1].end - 1].idx + len(para.doc[people[-1].end - 1]) < len(head) - 1
    ):
        return None
    if len(people) == 1 and len(words) <= 6:
        return [Actor(people[0].kind, people[0].key)]
    return None


def owners_or_none(found: list[Found], para: Paragraph, last: Quote | None) -> list[Actor] | None:
    """Speakers of a quotation left open at the end of the paragraph (it goes on in the next)."""
    if last is None or not last.open_end:
        return None
    for f in reversed(found):
        if f.para is para and f.start <= last.start < f.end + 1:
            return f.speakers
    return None


def to_statements(found: list[Found]) -> list[tuple[Found, Statement]]:
    """One statement per speaker, without duplicates."""
    out: list[tuple[Found, Statement]] = []
    seen: set[tuple[str, str]] = set()
    for f in found:
        for actor in f.speakers:
            key = (actor.name, f.text)
            if key in seen:
                continue
            seen.add(key)
            out.append((f, Statement(actor.name, f.type, f.text, [], actor.kind)))
    return out
