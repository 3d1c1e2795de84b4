"""Policy rules: pledges and plans ('pledged to ...', 'Labour's plan to ...'), promise lists."""
from __future__ import annotations

import re

from spacy.tokens import Token

from polgraph.facts import Policy
from polgraph.loaders.extract.document import BULLET, Document, Paragraph
from polgraph.loaders.extract.speakers import Actor, Resolver
from polgraph.loaders.extract.statements import Predicate
from polgraph.loaders.vocab import Vocabulary

STOP_MARKS = {"if", "should", "unless", "though", "although", "while", "as", "because", "after", "before", "when"}
LIST_TRIGGER = re.compile(r"\b(promises|pledges|plans|policies|proposals|commitments|measures)\b[^.]*\b(include|includes|are)\b\s*:?\s*$", re.I)


def verb_phrase(verb: Token) -> tuple[int, int]:
    """The span of one coordinated verb phrase, without its conjuncts and conditions."""
    excluded: set[int] = set()
    for child in verb.children:
        if child.dep_ in ("conj", "cc", "parataxis", "punct") or (
                child.dep_ == "advcl" and any(m.lower_ in STOP_MARKS for m in child.children)):
            excluded.update(t.i for t in child.subtree)
    start = verb.i
    for child in verb.children:
        if child.i < verb.i and child.dep_ in ("neg", "advmod") and child.i not in excluded:
            start = min(start, child.left_edge.i)
    end = verb.i
    for tok in verb.subtree:
        if tok.i <= verb.i:
            continue
        if tok.i in excluded:
            break
        end = tok.i
    doc = verb.doc
    while end > start and (doc[end].is_punct or doc[end].lower_ in ("and", "or")):
        end -= 1
    return start, end


def coordinated(verb: Token) -> list[Token]:
    out = [verb]
    for child in verb.children:
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
            out += coordinated(child)
    return out


def party_for(actor: Actor, resolver: Resolver) -> tuple[str | None, str | None]:
    """(party, proposer) for the actor who put a proposal forward."""
    if actor.kind == "party":
        return actor.name, None
    return resolver.party_of(actor.name), actor.name


def from_predicate(doc: Document, pred: Predicate, resolver: Resolver) -> list[Policy]:
    """'pledged to keep X, lower Y and have Z': one policy per coordinated verb phrase."""
    if pred.kind != "commit":
        return []
    xcomps = [c for c in pred.verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    out = []
    for xcomp in xcomps:
        for verb in coordinated(xcomp):
            out += _policies(doc, pred.para, verb_phrase(verb), pred.speakers, resolver, 0.7)
    return out


def from_nouns(doc: Document, para: Paragraph, resolver: Resolver, vocab: Vocabulary) -> list[Policy]:
    """'Labour's plan to ...', 'making plans to ...', 'his pledge to ...', 'Labor's energy subsidy'."""
    out: list[Policy] = []
    for tok in para.doc:
        if tok.pos_ != "NOUN" or tok.lower_ not in vocab.policy_nouns or para.in_quote(tok):
            continue
        owner = _owner(para, tok, resolver)
        if not owner:
            continue
        verbs = [c for c in tok.children if c.dep_ in ("acl", "relcl", "xcomp") and c.pos_ == "VERB"
                 and any(a.lower_ == "to" for a in c.children)]
        if verbs:
            for verb in coordinated(verbs[0]):
                out += _policies(doc, para, verb_phrase(verb), owner, resolver, 0.6)
            continue
        poss = [c for c in tok.children if c.dep_ == "poss"]
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
        if poss and mods and any(m.kind == "party" for m in doc.mentions_at(para.index, poss[0].i)):
            start = min(m.left_edge.i for m in mods)
            out += _policies(doc, para, (start, tok.i), owner, resolver, 0.6)
    return out


def _owner(para: Paragraph, noun: Token, resolver: Resolver) -> list[Actor]:
    poss = [c for c in noun.children if c.dep_ == "poss"]
    if poss:
        return resolver.resolve(para, poss[0])
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ == "VERB":
        subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return resolver.resolve(para, subj[0])
    return []


def from_lists(doc: Document, resolver: Resolver, speakers: list[Actor]) -> list[Policy]:
    """Bullet points after 'Other promises include:' belong to the party then speaking."""
    out: list[Policy] = []
    active = False
    for para in doc.paragraphs:
        if LIST_TRIGGER.search(para.text):
            active = True
            continue
        if active and para.bullet:
            body = BULLET.sub("", para.text)
            start = len(para.text) - len(body)
            for actor in speakers[:1]:
                party, proposer = party_for(actor, resolver)
                if party:
                    out.append(Policy(party, body.strip(), proposer,
                                      doc.provenance(para, start, len(para.text), 0.6)))
        elif active:
            active = False
    return out


def _policies(doc: Document, para: Paragraph, span: tuple[int, int], actors: list[Actor],
              resolver: Resolver, confidence: float) -> list[Policy]:
    start, end = span
    if end < start:
        return []
    tokens = para.doc[start:end + 1]
    text = tokens.text.strip()
    if text.lower().startswith("to "):
        text = text[3:]
    if len(text.split()) < 2:
        return []
    out = []
    for actor in actors:
        party, proposer = party_for(actor, resolver)
        if party:
            out.append(Policy(party, text, proposer,
                              doc.provenance(para, tokens.start_char, tokens.end_char, confidence)))
    return out


def extract_policies(doc: Document, predicates: list[Predicate], resolver: Resolver,
                     vocab: Vocabulary) -> list[Policy]:
    out: list[Policy] = []
    for pred in predicates:
        out += from_predicate(doc, pred, resolver)
    for para in doc.paragraphs:
        out += from_nouns(doc, para, resolver, vocab)
    main_speakers = [a for p in predicates for a in p.speakers]
    if main_speakers:
        out += from_lists(doc, resolver, [max(main_speakers, key=main_speakers.count)])
    seen: set[tuple[str, str]] = set()
    unique = []
    for pol in out:
        key = (pol.party, pol.policy.lower())
        if key not in seen:
            seen.add(key)
            unique.append(pol)
    return unique
