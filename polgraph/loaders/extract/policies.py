"""Policy rules: pledges and plans ('pledged to ...', 'Labour's plan to ...'), promise lists."""
from __future__ import annotations

import re

from spacy.tokens import Token

from polgraph.facts import Policy
from polgraph.loaders.extract.deps import SUBJECTS
from polgraph.loaders.extract.document import BULLET, Document, Paragraph
from polgraph.loaders.extract.speakers import Actor, Resolver
from polgraph.loaders.extract.statements import Found, Predicate, content_range, strip_quote_marks, subject_of
from polgraph.loaders.vocab import Vocabulary, word_list

GENERIC_NOUNS = word_list("generic_nouns")
NEGATIVE_GOVERNORS = word_list("negative_governors")
OBJECT_PLEDGES = word_list("object_pledges")
POLICY_MODALS = word_list("modals")
STOP_MARKS = word_list("stop_marks")
INTENT_MODALS = word_list("intent_modals")
NOT_POLICY_VERBS = word_list("not_policy_verbs")
LAUNCH_VERBS = word_list("launch_verbs")
PROPOSAL_NOUNS = word_list("proposal_nouns")
POLICY_VERBS = word_list("policy_verbs")
GOVERNMENT_NOUNS = word_list("government_nouns")
FUNCTION_WORDS = word_list("function_words")
REFUSAL_VERBS = word_list("refusal_verbs")
DEMAND_VERBS = word_list("demand_verbs")
CAMPAIGN_NOUNS = word_list("campaign_nouns")
DUTY_MODALS = word_list("duty_modals")
CONTENT_VERBS = word_list("content_verbs")
DISCOURSE_ADVERBS = word_list("discourse_adverbs")
NOT_SITTING = word_list("not_sitting")
PLEDGE_NOUNS = word_list("pledge_nouns")
COMPLEMENTS = ("dobj", "prep", "xcomp", "dative", "oprd", "prt", "ccomp")
LIST_TRIGGER = re.compile(r"\b(promises|pledges|plans|policies|proposals|commitments|measures)\b[^.]*\b(include|includes|are)\b\s*:?\s*$", re.I)


def is_condition(tok: Token) -> bool:
    """A clause that qualifies a proposal rather than naming it: 'if elected', ', forcing X to ...'."""
    if tok.dep_ != "advcl":
        return False
    return any(m.lower_ in STOP_MARKS for m in tok.children if m.dep_ in ("mark", "aux", "advmod")) or (
        tok.tag_ == "VBG" and tok.i > 0 and tok.doc[tok.left_edge.i - 1].text == ",")


def verb_phrase(verb: Token) -> tuple[int, int]:
    """The span of one coordinated verb phrase, without its conjuncts and conditions."""
    excluded: set[int] = set()
    for child in verb.children:
        if child.dep_ in ("conj", "cc", "parataxis", "punct") or child.dep_ == "prep" and any(
                g.dep_ == "pobj" and g.lower_ in GENERIC_NOUNS for g in child.children):
            excluded.update(t.i for t in child.subtree)
    for tok in verb.subtree:
        if tok.i != verb.i and is_condition(tok):
            excluded.update(t.i for t in tok.subtree)
    start = verb.i
    for child in verb.children:
        if child.i < verb.i and child.dep_ in ("neg", "advmod") and child.i not in excluded \
                and child.lower_ not in DISCOURSE_ADVERBS:
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


def split_proposals(tokens: list[Token]) -> list[list[Token]]:
    """'to keep X, lower Y, and have Z' -> three proposals; clauses that are no proposal stay attached."""
    parts: list[list[Token]] = [[]]
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if (tok.text in (",", ";") or tok.lower_ in ("and", "or")) and nxt is not None:
            first = next((t for t in tokens[i + 1:] if t.lower_ not in ("and", "or", "to")), None)
            if first is not None and (first.tag_.startswith("VB") and first.dep_ in ("conj", "xcomp", "aux")
                                      or first.dep_ == "conj" and first.head.pos_ == "VERB"
                                      or first.lower_ in POLICY_VERBS and any(
                                          t.pos_ == "VERB" or t.lower_ in POLICY_VERBS for t in parts[-1][:3])):
                parts.append([])
                continue
        parts[-1].append(tok)
    cleaned = []
    for part in parts:
        cut = next((t.left_edge.i for t in part if is_condition(t) and t.left_edge.i > part[0].i), None) or next(
            (t.i for t in part[1:] if t.text == "," and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in STOP_MARKS),
            None)
        if cut is not None:
            part = [t for t in part if t.i < cut]
        clause = next((t for t in part if t.dep_ in SUBJECTS and t.head.dep_ == "conj"
                       and t.head.i > part[0].i), None)
        if clause is not None:
            part = [t for t in part if t.i < clause.left_edge.i]
        while part and (part[0].lower_ in ("and", "or", "to") or part[0].is_punct):
            part = part[1:]
        while part and (part[-1].is_punct or part[-1].lower_ in ("and", "or")):
            part = part[:-1]
        if len(part) >= 2 and part[0].lemma_ != "be" and not (
                part[0].pos_ == "VERB" and part[0].lemma_.lower() in NOT_POLICY_VERBS):
            cleaned.append(part)
    return cleaned


def from_predicate(doc: Document, pred: Predicate, resolver: Resolver,
                   predicates: list[Predicate]) -> list[Policy]:
    """'pledged to keep X, lower Y and have Z': one policy per coordinated proposal."""
    if pred.kind != "commit":
        return []
    if not any(c.dep_ == "xcomp" for c in pred.verb.children):
        clauses = [c for c in pred.verb.children if c.dep_ == "ccomp" and c.i > pred.verb.i and c.pos_ == "VERB"]
        gerunds = [g for c in pred.verb.children if c.dep_ == "prep" and c.lower_ == "to"
                   for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
        if gerunds:  # 'committed to scrapping X'
            return [pol for verb in coordinated(gerunds[0])
                    for pol in _policies(doc, pred.para, verb_phrase(verb), pred.speakers, resolver, 0.6)]
        if clauses and pred.verb.lemma_ in OBJECT_PLEDGES and not rival_subject(doc, pred, clauses[0], resolver):
            # 'promised (that) the government would provide X'
            return [pol for verb in coordinated(clauses[0]) if names_a_measure(verb)
                    for pol in _policies(doc, pred.para, verb_phrase(verb), pred.speakers, resolver, 0.6)]
        objects = [c for c in pred.verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
        if pred.verb.lemma_ not in OBJECT_PLEDGES or not objects:
            return []
        tokens = list(objects[0].subtree)
        return _policies(doc, pred.para, (tokens[0].i, tokens[-1].i), pred.speakers, resolver, 0.6)
    span = content_range(pred, predicates)
    if span is None:
        return []
    tokens = list(pred.para.doc[span[0]:span[1] + 1])
    negated = any(c.dep_ == "neg" for c in pred.verb.children)
    out = []
    for part in split_proposals(tokens):
        out += _policies(doc, pred.para, (part[0].i, part[-1].i), pred.speakers, resolver, 0.7,
                         prefix="not " if negated else "")
    return out


def intends(verb: Token) -> bool:
    """'will / would / shall X' (a conjunct 'would cut X and freeze Y' shares its head's auxiliary)."""
    while True:
        if any(c.dep_ == "aux" and c.lower_ in INTENT_MODALS for c in verb.children):
            return True
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return False
        verb = verb.head


def clause_subject(verb: Token) -> Token | None:
    """The subject of a clause verb, or of the verb it is coordinated with."""
    while True:
        subj = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subj is not None or verb.dep_ != "conj":
            return subj
        verb = verb.head


def names_a_measure(verb: Token) -> bool:
    """A verb with something to do: not 'win' or 'be', and with an object or complement."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() not in NOT_POLICY_VERBS and any(
        c.dep_ in COMPLEMENTS for c in verb.children)


def parties_in(doc: Document, para: Paragraph, tok: Token) -> list[Actor]:
    """Parties named inside a phrase ('a Conservative government', 'the Green leader')."""
    span = list(tok.subtree)
    keys = [m.key for m in doc.mentions if m.para == para.index and m.kind == "party" and not m.in_quote
            and span[0].i <= m.start <= span[-1].i]
    return [Actor("party", k) for k in dict.fromkeys(keys)]


def own_side(doc: Document, para: Paragraph, subj: Token, speakers: list[Actor],
             resolver: Resolver) -> list[Actor]:
    """The speakers whose own commitment a reported clause is: 'X said he / his party / a Labour
    government would ...'; never a claim about a rival ('X said the Tories would ...')."""
    named = parties_in(doc, para, subj) if subj.lower_ in GOVERNMENT_NOUNS else []
    if subj.lower_ in resolver.vocab.policy_nouns:  # 'his legislation would ban X', not '... would help'
        actors = actor_or_owner(doc, para, subj, resolver) if subj.head.lemma_.lower() in POLICY_VERBS else []
    else:
        actors = named or resolver.resolve(para, subj)
    out = []
    for speaker in speakers:
        party, _ = party_for(speaker, resolver)
        if speaker in actors or party and Actor("party", party) in actors:
            out.append(speaker)
    if not out and named and led_by_speaker(subj):
        out = named[-1:]  # 'a Conservative government under his leadership would ...'
    poss = next((c for c in subj.children if c.dep_ == "poss"), None)
    if not out and subj.lower_ in GOVERNMENT_NOUNS and poss is not None:
        out = [a for a in resolver.resolve(para, poss) if a in speakers]  # 'her government would ...'
    return out


def led_by_speaker(subj: Token) -> bool:
    """'a Labour government under my / his leadership', 'led by me'."""
    return any(t.lower_ in ("my", "his", "her") and t.head.lower_ == "leadership" or
               t.lower_ in ("me", "him", "her") and t.head.lower_ == "under" or
               t.lower_ in ("me", "him", "her") and t.head.lower_ == "by" and t.head.head.lemma_ == "lead"
               for t in subj.subtree)


def from_intentions(doc: Document, pred: Predicate, resolver: Resolver) -> list[Policy]:
    """'X said he would scrap Y', 'told reporters the party will freeze Z': what the speaker's side will do."""
    if pred.kind != "say":
        return []
    out: list[Policy] = []
    for clause in (c for c in pred.verb.children if c.dep_ == "ccomp"):
        if pred.para.in_quote(clause):
            continue
        for verb in coordinated(clause):
            subj = clause_subject(verb)
            if subj is None or not (intends(verb) or refuses(verb)) or not names_a_measure(verb) or \
                    verb.lemma_ in resolver.vocab.reporting_verbs and verb.lemma_ not in POLICY_VERBS:
                continue
            actors = own_side(doc, pred.para, subj, pred.speakers, resolver)
            out += _policies(doc, pred.para, verb_phrase(verb), actors, resolver, 0.6)
    return out


def from_narration(doc: Document, para: Paragraph, resolver: Resolver, predicates: list[Predicate]) -> list[Policy]:
    """'Labour would nationalise the railways', 'the Tories' plan will cap X', headline 'Labour to scrap X':
    a measure the narrator says a party will take, outside anyone's quoted or reported words."""
    out: list[Policy] = []
    if not any(t.lemma_.lower() in POLICY_VERBS or t.dep_ == "prt" for t in para.doc):
        return out
    reported = reported_words(para, predicates, ("ccomp", "xcomp", "prep", "advcl"))
    for verb in para.doc:
        if verb.pos_ != "VERB" or para.in_quote(verb) or verb.i in reported or verb.sent[-1].text == "?":
            continue
        subj = clause_subject(verb)
        if refuses(verb) and subj is not None and verb.dep_ in ("ROOT", "conj"):
            actors = actor_or_owner(doc, para, subj, resolver)
        elif verb.lemma_.lower() not in POLICY_VERBS:
            continue
        elif intends(verb) and subj is not None and (under := under_plans(para, verb, resolver)):
            actors = under  # 'Under Labour's plans, tuition fees would be cut to X'
            out += _policies(doc, para, (subj.left_edge.i, verb_phrase(verb)[1]), actors, resolver, 0.5)
            continue
        elif intends(verb) and subj is not None:
            actors = actor_or_owner(doc, para, subj, resolver)
        elif para.field == "title" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
                and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN"):
            actors = actor_or_owner(doc, para, verb.head, resolver)
        else:
            continue
        out += _policies(doc, para, verb_phrase(verb), actors, resolver, 0.5)
    return out


def under_plans(para: Paragraph, verb: Token, resolver: Resolver) -> list[Actor]:
    """The owner in 'under Labour's plans, ...'."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "under"):
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lower_ in GENERIC_NOUNS):
            poss = next((c for c in noun.children if c.dep_ == "poss"), None)
            if poss is not None:
                return resolver.resolve(para, poss)
    return []


def refuses(verb: Token) -> bool:
    """'has ruled out a deal with X': a commitment not to do something (not 'refused to rule out')."""
    return phrasal(verb) in REFUSAL_VERBS and not any(c.dep_ == "neg" for c in verb.children) \
        and verb.head.lemma_.lower() not in NEGATIVE_GOVERNORS


def actor_or_owner(doc: Document, para: Paragraph, subj: Token, resolver: Resolver) -> list[Actor]:
    """Who a subject puts forward: the party or politician it names, or the owner of 'Labour's plan'."""
    if subj.lower_ in resolver.vocab.policy_nouns:
        return possessor(doc, para, subj, resolver) or earlier_owner(doc, para, subj, resolver)
    if subj.lower_ in GOVERNMENT_NOUNS and parties_in(doc, para, subj):
        return parties_in(doc, para, subj)[-1:]
    if subj.lower_ in GOVERNMENT_NOUNS and subj.lower_ != "party" and any(
            c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        ruling = governing_party(doc)
        return [Actor("party", ruling)] if ruling else []
    actors = resolver.resolve(para, subj)
    return [a for a in actors if a.kind == "party" or resolver.party_of(a.name)]


def governing_party(doc: Document) -> str | None:
    """The party of 'the Labour government' / 'the Fine Gael-led government' when the article names only one
    (not 'a', 'the next' or 'the previous' one)."""
    found: set[str] = set()
    for para in doc.paragraphs:
        for tok in para.doc:
            if tok.lower_ not in GOVERNMENT_NOUNS or tok.lower_ == "party" or not any(
                    c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children) or any(
                    c.lower_ in NOT_SITTING for c in tok.children):
                continue
            found.update(a.name for a in parties_in(doc, para, tok))
    return next(iter(found)) if len(found) == 1 else None


def earlier_owner(doc: Document, para: Paragraph, noun: Token, resolver: Resolver) -> list[Actor]:
    """'the manifesto' after 'Labour's manifesto': the owner named the last time that noun had one."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return []
    for earlier in reversed(doc.paragraphs[:para.index + 1]):
        for tok in reversed(earlier.doc):
            if earlier is para and tok.i >= noun.i or tok.lemma_ != noun.lemma_:
                continue
            actors = possessor(doc, earlier, tok, resolver)
            if actors:
                return actors
    return []


def possessor(doc: Document, para: Paragraph, noun: Token, resolver: Resolver) -> list[Actor]:
    """'Labour's manifesto' -> Labour, also when the parser hangs "'s" under a longer name."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return resolver.resolve(para, poss)
    for child in (c for c in noun.children if c.i < noun.i and c.dep_ in ("nmod", "compound")):
        if any(t.dep_ == "case" and t.lower_ in ("'s", "’s") for t in child.subtree):
            return parties_in(doc, para, child)[-1:]
    return []


def unresolved_commitments(doc: Document, resolver: Resolver, predicates: list[Predicate]) -> list[Predicate]:
    """'The Green leader promised to ...' when nobody was named for the role: the party still pledges."""
    known = {(p.para.index, p.verb.i) for p in predicates}
    out = []
    for para in doc.paragraphs:
        for tok in para.doc:
            if tok.pos_ != "VERB" or resolver.vocab.reporting_verbs.get(tok.lemma_) != "commit" or (
                    para.index, tok.i) in known or para.in_quote(tok):
                continue
            subj = doer(tok)
            actors = (resolver.resolve(para, subj) or parties_in(doc, para, subj)[-1:]
                      or actor_or_owner(doc, para, subj, resolver)) if subj is not None else []
            if actors:
                out.append(Predicate(para, tok, "commit", actors))
    return out


def rival_subject(doc: Document, pred: Predicate, clause: Token, resolver: Resolver) -> bool:
    """'demanded that the Labour leader show ...': what a rival is asked to do is no proposal of theirs."""
    subj = clause_subject(clause)
    if subj is None:
        return False
    actors = resolver.resolve(pred.para, subj) or parties_in(doc, pred.para, subj)
    own = {party_for(a, resolver)[0] for a in pred.speakers} - {None}
    return bool(actors) and not any(a in pred.speakers or party_for(a, resolver)[0] in own for a in actors)


def told_by_a_rival(pred: Predicate, predicates: list[Predicate], resolver: Resolver) -> bool:
    """'Y said the larger party wanted to ...': a pledge inside someone else's words is their claim,
    unless the one reporting it is on the same side."""
    own = {party_for(a, resolver)[0] for a in pred.speakers} - {None}
    for other in predicates:
        if other is pred or other.para is not pred.para or other.kind == "commit":
            continue
        if pred.verb.i != other.verb.i and pred.verb in other.verb.subtree:
            theirs = {party_for(a, resolver)[0] for a in other.speakers} - {None}
            if not own & theirs and not set(pred.speakers) & set(other.speakers):
                return True
    return False


def from_contents(doc: Document, para: Paragraph, resolver: Resolver) -> list[Policy]:
    """'Labour's manifesto includes free tuition and a care service': what a party's programme contains."""
    out: list[Policy] = []
    for verb in para.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in CONTENT_VERBS or in_speech(para, verb):
            continue
        subj = doer(verb)
        if subj is None or subj.lower_ not in resolver.vocab.policy_nouns:
            continue
        actors = actor_or_owner(doc, para, subj, resolver)
        for obj in (c for c in verb.children if c.dep_ == "dobj" and c.lower_ not in GENERIC_NOUNS):
            for span in measures(obj):
                out += _policies(doc, para, span, actors, resolver, 0.6)
    return out


def reported_words(para: Paragraph, predicates: list[Predicate], deps: tuple[str, ...]) -> set[int]:
    """Tokens inside what someone in this paragraph is reported to have said."""
    return {t.i for p in predicates if p.para is para for c in p.verb.children if c.dep_ in deps
            for t in c.subtree}


def from_pushes(doc: Document, para: Paragraph, resolver: Resolver, predicates: list[Predicate]) -> list[Policy]:
    """'Democrats are pushing for a $15 minimum wage': a demand made by campaigning, not by a reporting verb."""
    out: list[Policy] = []
    if not any(t.lemma_.lower() in DEMAND_VERBS for t in para.doc):
        return out
    reported = reported_words(para, predicates, ("ccomp", "xcomp"))
    for verb in para.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in DEMAND_VERBS or para.in_quote(verb) \
                or verb.i in reported:
            continue
        subj = clause_subject(verb)
        actors = actor_or_owner(doc, para, subj, resolver) if subj is not None else []
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
            for obj in (c for c in prep.children if c.dep_ == "pobj" and is_specific(c)
                        and c.lemma_.lower() not in CAMPAIGN_NOUNS):
                for span in measures(obj):
                    out += _policies(doc, para, span, actors, resolver, 0.6)
    return out


def measures(noun: Token) -> list[tuple[int, int]]:
    """'1,000 extra beds and free GP care for children' -> two measures when each conjunct names one;
    'income tax, national insurance or VAT' stays one."""
    conjuncts = [noun] + [c for c in noun.subtree if c.dep_ == "conj" and c.head.i in
                          {noun.i} | {x.i for x in noun.subtree if x.dep_ == "conj"}]
    bounds = [(noun.left_edge.i, noun.right_edge.i)]
    if len(conjuncts) > 1 and all(is_specific(c) for c in conjuncts):
        bounds = [(c.left_edge.i if k else noun.left_edge.i,
                   conjuncts[k + 1].left_edge.i - 1 if k + 1 < len(conjuncts) else noun.right_edge.i)
                  for k, c in enumerate(conjuncts)]
    spans = []
    for start, end in bounds:
        while end > start and (noun.doc[end].is_punct or noun.doc[end].lower_ in ("and", "or")):
            end -= 1
        spans.append((start, end))
    return spans


def from_demands(doc: Document, pred: Predicate, resolver: Resolver) -> list[Policy]:
    """'Sinn Féin is calling for 1,000 extra beds': a demand is a proposal of the demanding party."""
    if pred.verb.lemma_ not in ("call", "urge"):
        return []
    out = []
    addressees = [g for c in pred.verb.children for g in ([c] if c.dep_ == "dobj" else c.children if
                  c.dep_ == "prep" and c.lower_ == "on" else []) if g.dep_ in ("dobj", "pobj")]
    for xcomp in (c for c in pred.verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
        if addressees and all(a.lower_ not in CAMPAIGN_NOUNS for a in addressees):  # not 'urged voters to
            for verb in coordinated(xcomp):
                out += _policies(doc, pred.para, verb_phrase(verb), pred.speakers, resolver, 0.6)
    if pred.verb.lemma_ != "call":
        return out
    for prep in (c for c in pred.verb.children if c.dep_ == "prep" and c.lower_ == "for"):
        for obj in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() not in CAMPAIGN_NOUNS):
            for span in measures(obj):
                out += _policies(doc, pred.para, span, pred.speakers, resolver, 0.6)
    return out


def from_quotes(doc: Document, found: list[Found], resolver: Resolver) -> list[Policy]:
    """'We will scrap X' / 'we are not putting up Y' / 'the UK must seek Z' in a politician's own words."""
    out: list[Policy] = []
    for f in found:
        if f.type != "direct":
            continue
        for tok in f.para.doc:
            if not (f.start <= tok.idx < f.end) or not f.para.in_quote(tok) or tok.pos_ != "VERB" \
                    or tok.lemma_.lower() in NOT_POLICY_VERBS or not any(
                    c.dep_ == "dobj" and c.i > tok.i for c in tok.children):
                continue
            if we_intend(tok, resolver) or i_will(tok):
                negated = tok.dep_ == "xcomp" and any(c.dep_ == "neg" for c in tok.head.children)
                out += _policies(doc, f.para, verb_phrase(tok), f.speakers, resolver, 0.5, politicians_only=True,
                                 prefix="not " if negated else "")
                continue
            subj = [c for c in tok.children if c.dep_ in ("nsubj",)]
            aux = [c for c in tok.children if c.dep_ == "aux"]
            if subj and subj[0].lower_ in ("i", "we") and refuses(tok):
                out += _policies(doc, f.para, verb_phrase(tok), f.speakers, resolver, 0.5, politicians_only=True)
                continue
            if not subj or not (subj[0].lower_ == "we" or home_country(doc, f.para, subj[0], resolver.vocab)
                                or speakers_party(doc, f, subj[0], resolver)):
                continue
            committed = any(a.lower_ in POLICY_MODALS or a.lower_ in INTENT_MODALS | DUTY_MODALS
                            and tok.lemma_ in POLICY_VERBS for a in aux) or (
                subj[0].lower_ == "we" and tok.tag_ == "VBG" and any(a.lemma_ == "be" for a in aux))
            if not committed:
                continue
            start, end = verb_phrase(tok)
            neg = [c for c in tok.children if c.dep_ == "neg"]
            if neg:
                start = min(start, neg[0].i)
            out += _policies(doc, f.para, (start, end), f.speakers, resolver, 0.5, politicians_only=True)
    return out


def we_intend(verb: Token, resolver: Resolver) -> bool:
    """'we are going to X', 'we want / plan / promise to X', 'our plan is to X', 'our pledge to X'."""
    head = verb.head
    if verb.dep_ == "xcomp" and (head.lemma_ == "go" and head.tag_ == "VBG" or
                                 resolver.vocab.reporting_verbs.get(head.lemma_) == "commit"):
        return any(c.dep_ == "nsubj" and c.lower_ == "we" for c in head.children)
    owner = head if verb.dep_ in ("acl", "relcl") else \
        next((c for c in head.children if c.dep_ == "nsubj"), None) if head.lemma_ == "be" else None
    return owner is not None and owner.lower_ in resolver.vocab.policy_nouns and any(
        c.dep_ == "poss" and c.lower_ == "our" for c in owner.children)


def i_will(verb: Token) -> bool:
    """'I will scrap X' from a politician: a personal pledge with a measure verb."""
    return verb.lemma_.lower() in POLICY_VERBS and intends(verb) and any(
        c.dep_ == "nsubj" and c.lower_ == "i" for c in verb.children)


def from_nouns(doc: Document, para: Paragraph, resolver: Resolver, vocab: Vocabulary) -> list[Policy]:
    """'Labour's plan to ...', 'making plans to ...', 'his pledge to ...', 'Labor's energy subsidy'."""
    out: list[Policy] = []
    for tok in para.doc:
        if tok.pos_ != "NOUN" or tok.lower_ not in vocab.policy_nouns or in_speech(para, tok):
            continue
        owner = _owner(para, tok, resolver)
        poss = [c for c in tok.children if c.dep_ == "poss"]
        if not owner or not poss and tok.head.lemma_ in NEGATIVE_GOVERNORS:
            continue
        if poss and tok.dep_ == "nsubj" and tok.head.lemma_ == "be":  # 'Labour's main pledge is (to) X'
            out += [pol for c in tok.head.children if c.dep_ in ("attr", "xcomp") and c.i > tok.head.i
                    for pol in _policies(doc, para, verb_phrase(c) if c.pos_ in ("VERB", "AUX") else
                                         (c.left_edge.i, c.right_edge.i), owner, resolver, 0.6)]
            continue
        verbs = [c for c in tok.children if c.dep_ in ("acl", "relcl", "xcomp") and c.pos_ == "VERB"
                 and any(a.lower_ == "to" for a in c.children)]
        if verbs:
            for verb in coordinated(verbs[0]):
                if verb.lemma_.lower() not in NOT_POLICY_VERBS:
                    out += _policies(doc, para, verb_phrase(verb), owner, resolver, 0.6)
            continue
        measure = proposal_for(tok)
        if poss and measure is not None:
            out += _policies(doc, para, (measure.left_edge.i, measure.right_edge.i), owner, resolver, 0.6)
            continue
        that = stated_policy(tok)
        if poss and that is not None:
            out += _policies(doc, para, that, owner, resolver, 0.6)
            continue
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
        if poss and mods and tok.lower_ not in GENERIC_NOUNS and any(
                m.kind == "party" or m.kind == "person" and resolver.party_of(m.key)
                for m in doc.mentions_at(para.index, poss[0].i)):
            start = min(m.left_edge.i for m in mods)
            out += _policies(doc, para, (start, tok.i), owner, resolver, 0.6)
            continue
        named = [c for c in tok.children if c.dep_ in ("compound", "nmod") and c.i < tok.i]
        if tok.lower_ in PLEDGE_NOUNS and named:
            # 'its rent freeze pledge', 'with a "lowest council tax" pledge'
            out += _policies(doc, para, (named[0].left_edge.i, named[-1].right_edge.i), owner, resolver, 0.5)
    return out


def stated_policy(noun: Token) -> tuple[int, int] | None:
    """'his party's policy that the final say should rest with the voters' -> the that-clause."""
    if noun.i + 1 >= len(noun.doc):
        return None
    mark = noun.doc[noun.i + 1]  # the parser may hang the clause on the verb governing the noun
    clause = mark.head
    if mark.dep_ != "mark" or mark.lower_ != "that" or clause.head not in (noun, noun.head) \
            or clause.dep_ not in ("acl", "ccomp", "relcl"):
        return None
    return mark.i + 1, clause.right_edge.i


def in_speech(para: Paragraph, tok: Token) -> bool:
    """Inside a quotation longer than a scare-quoted phrase ('made a "moral appeal" to ...' is narration)."""
    qi = para.quote_of(tok)
    return qi is not None and len(para.quotes[qi].text(para.text).split()) > 3


def proposal_for(noun: Token) -> Token | None:
    """'Labour's proposal for a levy on X' -> 'a levy on X' (the parser may hang 'for' on the verb)."""
    if noun.lower_ not in PROPOSAL_NOUNS or noun.i + 1 >= len(noun.doc):
        return None
    prep = noun.doc[noun.i + 1]
    if not (prep.lower_ == "for" or prep.lower_ == "of" and noun.lower_ in PLEDGE_NOUNS) or prep.dep_ != "prep":
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj if obj is not None and is_specific(obj) else None


def is_specific(noun: Token) -> bool:
    """'a 3 per cent increase', 'lower taxes', 'free school meals' name a measure; 'the economy' does not."""
    return any(c.dep_ in ("nummod", "amod", "compound", "nmod") or c.lower_ in ("a", "an") for c in noun.children)


def from_launches(doc: Document, para: Paragraph, resolver: Resolver) -> list[Policy]:
    """'The Greens unveiled a rural broadband scheme', 'came up with the X scheme', 'tabled a censure motion':
    a named measure put forward by its subject."""
    out: list[Policy] = []
    for tok in para.doc:
        if tok.pos_ != "NOUN" or tok.lower_ not in resolver.vocab.policy_nouns or in_speech(para, tok):
            continue
        verb = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" else None
        if verb is None or verb.pos_ != "VERB" or phrasal(verb) not in LAUNCH_VERBS:
            continue
        subj = doer(verb)
        actors = (resolver.resolve(para, subj) or parties_in(doc, para, subj)[-1:]) if subj is not None else []
        measure = proposal_for(tok)
        if measure is not None and not any(c.dep_ == "poss" for c in tok.children):
            out += _policies(doc, para, (measure.left_edge.i, measure.right_edge.i), actors, resolver, 0.6)
            continue
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i]
        if tok.lower_ in GENERIC_NOUNS or not mods or any(c.dep_ in ("acl", "relcl") for c in tok.children):
            continue
        end = max([tok.i] + [c.right_edge.i for c in tok.children if c.dep_ == "prep" and c.i > tok.i
                             and c.lower_ in ("for", "on", "to", "of", "in")])
        out += _policies(doc, para, (min(m.left_edge.i for m in mods), end), actors, resolver, 0.6)
    return out


def doer(verb: Token) -> Token | None:
    """The subject of a verb; for 'X, which had tabled ...' the X the relative pronoun stands for."""
    subj = subject_of(verb)
    if subj is None or subj.tag_ not in ("WDT", "WP") or verb.dep_ != "relcl":
        return subj
    head = verb.head
    if verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].text == ",":
        while head.dep_ == "conj":  # 'A and B, which ...': both
            head = head.head
    return head


def phrasal(verb: Token) -> str:
    """A verb's lemma with its particle: 'come up', 'put forward'."""
    prt = next((c for c in verb.children if c.dep_ == "prt"), None)
    return f"{verb.lemma_.lower()} {prt.lower_}" if prt is not None else verb.lemma_.lower()


def _owner(para: Paragraph, noun: Token, resolver: Resolver) -> list[Actor]:
    poss = [c for c in noun.children if c.dep_ == "poss"]
    if poss:
        return resolver.resolve(para, poss[0]) or actor_or_owner(resolver.doc, para, poss[0], resolver)
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("on", "with") and head.head.pos_ == "VERB" \
            and head.head.lemma_ not in NEGATIVE_GOVERNORS:  # 'campaigning on a promise to X'
        subj = next((c for c in head.head.children if c.dep_ in SUBJECTS), None)
        return actor_or_owner(resolver.doc, para, subj, resolver) if subj is not None else []
    if noun.dep_ == "dobj" and head.pos_ == "VERB":
        subj = [c for c in head.children if c.dep_ in SUBJECTS]
        if subj and subj[0].lower_ in resolver.vocab.policy_nouns:  # 'the manifesto includes a pledge to X'
            return actor_or_owner(resolver.doc, para, subj[0], resolver)
        if subj:
            return resolver.resolve(para, subj[0])
    return []


def from_lists(doc: Document, resolver: Resolver, speakers: list[Actor]) -> list[Policy]:
    """Bullet points after 'Other promises include:' belong to the party then speaking."""
    out: list[Policy] = []
    active = False
    owners: list[Actor] = []
    for para in doc.paragraphs:
        if LIST_TRIGGER.search(para.text):
            active = True
            owners = list_owner(para, resolver) or speakers[:1]
            continue
        if active and para.bullet:
            start = len(para.text) - len(BULLET.sub("", para.text))
            for first, last in bullet_items(para, start):
                for actor in owners:
                    party, proposer = party_for(actor, resolver)
                    if party:
                        out.append(Policy(party, para.text[first:last].strip(), proposer,
                                          doc.provenance(para, first, last, 0.6)))
        elif active:
            active = False
    return out


def list_owner(para: Paragraph, resolver: Resolver) -> list[Actor]:
    """Whose list it is: 'Labour's promises include:', 'The Greens say their pledges are:'."""
    for tok in para.doc:
        if tok.lower_ in GENERIC_NOUNS and tok.pos_ == "NOUN":
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            actors = resolver.resolve(para, poss) if poss is not None else []
            if actors:
                return actors
    return []


def bullet_items(para: Paragraph, start: int) -> list[tuple[int, int]]:
    """'• Cutting waiting lists and hiring 6,500 teachers' -> two measures (character spans)."""
    tokens = [t for t in para.doc if t.idx >= start]
    items: list[tuple[int, int]] = []
    first = start
    for i, tok in enumerate(tokens[1:-1], start=1):
        nxt = tokens[i + 1]
        if (tok.lower_ == "and" or tok.text in (",", ";")) and nxt.tag_ == "VBG" and tokens[0].tag_ == "VBG":
            items.append((first, tokens[i - 1].idx + len(tokens[i - 1])))
            first = nxt.idx
    items.append((first, len(para.text)))
    return items


def _policies(doc: Document, para: Paragraph, span: tuple[int, int], actors: list[Actor],
              resolver: Resolver, confidence: float, prefix: str = "",
              politicians_only: bool = False) -> list[Policy]:
    start, end = span
    if end < start:
        return []
    tokens = para.doc[start:end + 1]
    parts = split_proposals(list(tokens))
    if len(parts) > 1:  # 'make GP visits free, cap rental increases' read as one phrase by the parser
        return [pol for part in parts for pol in _policies(doc, para, (part[0].i, part[-1].i), actors, resolver,
                                                            confidence, prefix, politicians_only)]
    text = strip_quote_marks(tokens.text).strip()
    if text.lower().startswith("to "):
        text = text[3:]
    if len(text.split()) < 2:
        return []
    text = prefix + text
    out = []
    for actor in actors:
        party, proposer = party_for(actor, resolver)
        if politicians_only and actor.kind == "person" and not any(r.person == actor.name for r in resolver.roles):
            continue
        if party:
            out.append(Policy(party, text, proposer,
                              doc.provenance(para, tokens.start_char, tokens.end_char, confidence)))
    return out


def speakers_party(doc: Document, f: Found, subj: Token, resolver: Resolver) -> bool:
    """'"A Labour government will ...," said the Labour leader': the subject is the speaker's own party."""
    here = doc.mentions_at(f.para.index, subj.i)
    if subj.lower_ not in GOVERNMENT_NOUNS and not any(m.kind == "party" for m in here):
        return False
    span = list(subj.subtree)
    named = {m.key for m in doc.mentions if m.para == f.para.index and m.kind == "party"
             and span[0].i <= m.start <= span[-1].i}
    return bool(named) and any(party_for(a, resolver)[0] in named for a in f.speakers)


def home_country(doc: Document, para: Paragraph, tok: Token, vocab: Vocabulary) -> bool:
    """The subject is the article's own country ('the United Kingdom must ...')."""
    info = vocab.countries.get(doc.country or "")
    return info is not None and any(m.kind == "other" and m.key == info["name"]
                                    for m in doc.mentions_at(para.index, tok.i))


def extract_policies(doc: Document, predicates: list[Predicate], found: list[Found], resolver: Resolver,
                     vocab: Vocabulary) -> list[Policy]:
    out: list[Policy] = []
    for pred in predicates + unresolved_commitments(doc, resolver, predicates):
        if told_by_a_rival(pred, predicates, resolver):
            continue
        out += from_predicate(doc, pred, resolver, predicates)
        out += from_demands(doc, pred, resolver)
        out += from_intentions(doc, pred, resolver)
    out += from_quotes(doc, found, resolver)
    for para in doc.paragraphs:
        out += from_nouns(doc, para, resolver, vocab)
        out += from_launches(doc, para, resolver)
        out += from_narration(doc, para, resolver, predicates)
        out += from_pushes(doc, para, resolver, predicates)
        out += from_contents(doc, para, resolver)
    main_speakers = [a for p in predicates for a in p.speakers]
    if main_speakers:
        out += from_lists(doc, resolver, [max(main_speakers, key=main_speakers.count)])
    return distinct(out)


def content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in FUNCTION_WORDS}


def distinct(policies: list[Policy]) -> list[Policy]:
    """One policy per measure and party: a later mention of the same measure in other words is dropped."""
    kept: list[tuple[Policy, set[str]]] = []
    for pol in policies:
        words = content_words(pol.policy)
        if words and not any(k.party == pol.party and (words <= seen or seen <= words or
                                             2 * len(words & seen) / (len(words) + len(seen)) >= 0.6)
                   for k, seen in kept):
            kept.append((pol, words))
    return [pol for pol, _ in kept]
