"""Statement rules: reporting verbs with their speaker and content, and quotations with their frame."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from polgraph.facts import Statement
from polgraph.loaders.extract.document import Document, Paragraph
from polgraph.loaders.extract.quotes import Quote
from polgraph.loaders.extract.speakers import Actor, Resolver
from polgraph.loaders.vocab import Vocabulary

SUBJECTS = ("nsubj", "nsubjpass")
CLIMB = ("conj", "advcl", "xcomp", "pcomp", "acl", "relcl")
SAY_COMPLEMENTS = ("ccomp", "xcomp")
OBJECT_COMPLEMENTS = ("ccomp", "xcomp", "dobj", "oprd", "prep", "attr", "acomp")
NARRATION_MARKS = {"as", "while", "after", "before", "when", "since", "because", "during", "until"}
FRAME_MAX = 10
QUOTE_CHARS = "\"\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e"


@dataclass
class Predicate:
    """A reporting verb outside quotations, with who speaks and what they say."""

    para: Paragraph
    verb: Token
    kind: str
    speakers: list[Actor]
    start: int | None = None
    end: int | None = None
    quotes: list[int] = field(default_factory=list)


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


def is_reporting(tok: Token, para: Paragraph, vocab: Vocabulary) -> str | None:
    """The kind of reporting verb a token is, if it is one outside a quotation."""
    if tok.pos_ not in ("VERB",) or para.in_quote(tok):
        return None
    kind = vocab.reporting_verbs.get(tok.lemma_)
    if kind is None and tok.lemma_ == "take" and any(c.lower_ == "credit" for c in tok.children):
        kind = "object"
    return kind


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it hangs from ('..., saying ...')."""
    tok: Token | None = verb
    for _ in range(4):
        if tok is None:
            return None
        subj = [c for c in tok.children if c.dep_ in SUBJECTS]
        if subj:
            return subj[0]
        agent = [c for c in tok.children if c.dep_ == "agent"]
        if agent:
            objs = [g for g in agent[0].children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
        if tok.dep_ not in CLIMB or tok.head is tok:
            return None
        tok = tok.head
    return None


def _gap_is_frame(tokens: list[Token]) -> bool:
    """Tokens between a quotation and its verb: punctuation, a subject, adverbs, no other verb."""
    return len(tokens) <= FRAME_MAX and not any(
        t.pos_ == "VERB" or t.text in ("." , ";") for t in tokens)


def _quotes_between(para: Paragraph, start: int, end: int) -> list[int]:
    return [i for i, q in enumerate(para.quotes) if q.start < end and q.end > start]


def adjacent_quotes(pred: Predicate, used: set[int]) -> list[int]:
    """Quotations a reporting verb frames: 'X said: "..."', '"...," X said', '"A," he said, "B."'."""
    para, verb = pred.para, pred.verb
    toks = para.doc
    out: list[int] = []
    right = [c for c in verb.children if c.i > verb.i and c.dep_ in ("ccomp", "xcomp", "dobj")
             and not para.in_quote(c)]
    after = next(((i, q) for i, q in enumerate(para.quotes) if q.start > verb.idx and i not in used), None)
    if after and not right:
        gap = [t for t in toks if verb.i < t.i and t.idx < after[1].start - 1]
        if _gap_is_frame(gap):
            out.append(after[0])
    elif after and right and para.in_quote(toks[min(c.i for c in right)]) is not None:
        pass
    before = None
    for i, q in enumerate(para.quotes):
        if q.end <= verb.idx and i not in used:
            before = (i, q)
    if before and not (right and not out):
        gap = [t for t in toks if t.idx > before[1].end and t.i < verb.i]
        if _gap_is_frame(gap) and not any(t.pos_ == "VERB" for t in gap):
            out.insert(0, before[0])
    return out


def content_range(pred: Predicate, predicates: list[Predicate]) -> tuple[int, int] | None:
    """Token range of what was said, for reported speech ('said the EU would ...')."""
    verb = pred.verb
    allowed = SAY_COMPLEMENTS if pred.kind == "say" else OBJECT_COMPLEMENTS
    if verb.lemma_ == "tell":
        allowed = ("ccomp", "xcomp")
    comps = [c for c in verb.children if c.dep_ in allowed and c.i > verb.i]
    if verb.lemma_ in ("call", "urge") and not comps:
        comps = [c for c in verb.children if c.dep_ in ("dobj", "prep") and c.i > verb.i]
    if not comps:
        left = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
        if left:
            return left[0].left_edge.i, left[0].right_edge.i
        if verb.dep_ == "parataxis" and verb.head.i > verb.i:
            head = verb.head
            return verb.right_edge.i + 1, head.right_edge.i
        if verb.dep_ == "parataxis":
            head = verb.head
            return head.left_edge.i, verb.left_edge.i - 1
        return None
    start = min(c.left_edge.i for c in comps)
    end = max(c.right_edge.i for c in comps)
    for c in verb.children:
        if c.i > end and c.dep_ == "advcl" and c.tag_ == "VBG" and not any(
                m.dep_ == "mark" for m in c.children) and not any(p.verb is c for p in predicates):
            end = max(end, c.right_edge.i)
    doc = verb.doc
    if doc[start].lower_ == "that" and doc[start].dep_ == "mark":
        start += 1
    heads = set(comps)
    for other in predicates:
        if other is pred or other.para is not pred.para:
            continue
        if start <= other.verb.i <= end and not any(h in other.verb.ancestors for h in heads):
            end = min(end, other.verb.left_edge.i - 1)
    while end > start and (doc[end].is_punct and doc[end].text not in QUOTE_CHARS or doc[end].lower_ in ("and", "but", "while", "as")):
        end -= 1
    return (start, end) if end >= start else None


def strip_quote_marks(text: str) -> str:
    out = text
    for ch in QUOTE_CHARS:
        out = out.replace(ch, "")
    return " ".join(out.replace("''", "").split())


def find_predicates(doc: Document, resolver: Resolver, vocab: Vocabulary) -> list[Predicate]:
    preds = []
    for para in doc.paragraphs:
        for tok in para.doc:
            kind = is_reporting(tok, para, vocab)
            if not kind:
                continue
            subj = subject_of(tok)
            speakers = resolver.resolve(para, subj) if subj is not None else []
            if speakers:
                preds.append(Predicate(para, tok, kind, speakers))
    return preds


def extract_statements(doc: Document, predicates: list[Predicate]) -> list[Found]:
    """Every attributed statement: framed quotations, reported speech, continued quotations."""
    found: list[Found] = []
    last_open: list[Actor] | None = None
    for para in doc.paragraphs:
        used: set[int] = set()
        here = [p for p in predicates if p.para is para]
        owners: dict[int, tuple[list[Actor], float]] = {}
        for pred in here:
            for qi in adjacent_quotes(pred, used):
                owners[qi] = (pred.speakers, 0.9)
                pred.quotes.append(qi)
                used.add(qi)
        for pred in here:
            if pred.quotes:
                continue
            span = content_range(pred, predicates)
            if span is None:
                continue
            start, end = span
            s_char = para.doc[start].idx
            e_char = para.doc[end].idx + len(para.doc[end])
            inside = _quotes_between(para, s_char, e_char)
            text = strip_quote_marks(para.text[s_char:e_char]).strip(" ,;:-\u2013")
            if not text:
                continue
            used.update(inside)
            found.append(Found(para, pred.speakers, "direct" if inside else "indirect",
                               s_char, e_char, text, 0.7, pred.verb, pred.kind))
        for qi, quote in enumerate(para.quotes):
            if qi in owners:
                speakers, conf = owners[qi]
            elif qi in used:
                continue
            elif qi == 0 and last_open and para.text[:1] in QUOTE_CHARS:
                speakers, conf = last_open, 0.8
            elif qi == 0 and para.text[:1] in QUOTE_CHARS and not here and found and \
                    found[-1].type == "direct" and found[-1].para.index == para.index - 1:
                speakers, conf = found[-1].speakers, 0.6
            else:
                continue
            text = quote.text(para.text)
            if len(text.split()) < 2:
                continue
            found.append(Found(para, speakers, "direct", quote.start, quote.end, text, conf))
        last = para.quotes[-1] if para.quotes else None
        last_open = owners_or_none(found, para, last)
    return found


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
