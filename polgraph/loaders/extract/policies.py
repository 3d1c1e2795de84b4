"""Policy rules: pledges and plans ('pledged to ...', 'Labour's plan to ...'), what a speaker says their side
would do, demands, a politician's own commitments in quotations, launched schemes, manifesto contents, promise
lists. Each rule gives (party, measure, proposer); near-duplicate measures of one party are merged."""

from __future__ import annotations

import re

from spacy.tokens import Token

from polgraph.facts import Policy
from polgraph.loaders.extract.deps import SUBJECTS
from polgraph.loaders.extract.document import BULLET, Document, Paragraph
from polgraph.loaders.extract.policy_owners import (
    actor_or_owner,
    agent,
    home_country,
    leaders_parties,
    list_owner,
    own_side,
    owner_of,
    parties_in,
    party_for,
    possessor,
    programme_owner,
    rival_subject,
    sitting,
    speakers_party,
    the_party_said,
    told_by_a_rival,
    under_plans,
)
from polgraph.loaders.extract.policy_spans import (
    bullet_items,
    clause_subject,
    coalition_stance,
    coordinated,
    doer,
    in_speech,
    intends,
    is_specific,
    made_so,
    measures,
    money_pledge,
    names_a_measure,
    names_measure,
    no_measure,
    phrasal,
    proposal_for,
    refuses,
    split_proposals,
    stated_policy,
    verb_phrase,
    without_aside,
    without_leading_time,
    without_news_time,
)
from polgraph.loaders.extract.speakers import Actor, Resolver
from polgraph.loaders.extract.statements import (
    Found,
    Predicate,
    content_range,
    strip_quote_marks,
)
from polgraph.loaders.vocab import Vocabulary, word_list

GENERIC_NOUNS = word_list("generic_nouns")
NEGATIVE_GOVERNORS = word_list("negative_governors")
OBJECT_PLEDGES = word_list("object_pledges")
POLICY_MODALS = word_list("modals")
INTENT_MODALS = word_list("intent_modals")
NOT_POLICY_VERBS = word_list("not_policy_verbs")
LAUNCH_VERBS = word_list("launch_verbs")
POLICY_VERBS = word_list("policy_verbs")
FUNCTION_WORDS = word_list("function_words")
DEMAND_VERBS = word_list("demand_verbs")
CAMPAIGN_NOUNS = word_list("campaign_nouns")
DUTY_MODALS = word_list("duty_modals")
CONTENT_VERBS = word_list("content_verbs")
PLEDGE_NOUNS = word_list("pledge_nouns")
MEASURE_PREPS = word_list("measure_preps")
WISH_VERBS = word_list("wish_verbs")
DOCUMENT_VERBS = word_list("document_verbs")
DEMAND_MODALS = word_list("demand_modals")
AIM_NOUNS = word_list("aim_nouns")
ASSURANCE_VERBS = word_list("assurance_verbs")
NECESSITY = word_list("necessity_adjectives")
HEADLINE_VERBS = word_list("headline_pledges")
MEASURE_HEADS_WORDS = word_list("measure_heads")
MEASURE_ADJECTIVE_WORDS = word_list("measure_adjectives")
STOP_MARKS = word_list("stop_marks")
EFFECT_OBJECTS = word_list("effect_objects")
CALLING_VERBS = word_list("calling_verbs")
PROGRAMME_MODIFIERS = word_list("programme_modifiers")
ADHERENCE_VERBS = word_list("adherence_verbs")
POLICY_OF_NOUNS = word_list("policy_of_nouns")
GOVERNMENT_NOUNS = word_list("government_nouns")
PROCEDURE_NOUNS = word_list("procedure_nouns")
ABANDON_VERBS = word_list("abandon_verbs")
SEEING_WISHES = frozenset({"like", "love"})  # 'would like / love to see X'
EMPHASIS_VERBS = word_list("emphasis_verbs")
EMPHASIS_NOUNS = word_list("emphasis_nouns")
PUBLIC_BODIES = word_list("public_bodies")
COMMITTED = {"committed": "to", "focused": "on", "focussed": "on", "dedicated": "to"}  # 'is focused on securing X'
LIST_TRIGGER = re.compile(
    r"\b(promises|pledges|plans|policies|proposals|commitments|measures)\b[^.]*"
    r"\b(include|includes|are)\b\s*:?\s*$",
    re.IGNORECASE,
)


def from_predicate(doc: Document, pred: Predicate, resolver: Resolver, predicates: list[Predicate]) -> list[Policy]:
    """A pledge verb's content: 'pledged to keep X, lower Y and have Z' (one policy per proposal), 'committed
    to scrapping X', 'promised the government would X', 'promised a referendum on X'."""
    if pred.kind != "commit":
        return []
    if not any(c.dep_ == "xcomp" for c in pred.verb.children):
        clauses = [c for c in pred.verb.children if c.dep_ == "ccomp" and c.i > pred.verb.i and c.pos_ == "VERB"]
        gerunds = [
            g
            for c in pred.verb.children
            if c.dep_ == "prep" and c.lower_ == "to"
            for g in c.children
            if g.dep_ == "pcomp" and g.tag_ == "VBG"
        ]
        conditioned = [  # 'promised if elected to provide X': the parser hangs the pledge on the condition
            x
            for c in pred.verb.children
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in STOP_MARKS for m in c.children)
            for x in c.children
            if x.dep_ == "xcomp" and x.pos_ == "VERB" and any(a.lower_ == "to" for a in x.children)
        ]
        if conditioned and pred.verb.lemma_ in OBJECT_PLEDGES | {"vow", "commit"}:
            return [
                pol
                for verb in coordinated(conditioned[0])
                if names_a_measure(verb)
                for pol in _policies(doc, pred.para, verb_phrase(verb), pred.speakers, resolver, 0.6)
            ]
        if gerunds:  # 'committed to scrapping X'
            return [
                pol
                for verb in coordinated(gerunds[0])
                for pol in _policies(doc, pred.para, verb_phrase(verb), pred.speakers, resolver, 0.6)
            ]
        if clauses and pred.verb.lemma_ in OBJECT_PLEDGES and not rival_subject(doc, pred, clauses[0], resolver):
            # 'promised (that) the government would provide X'
            return [
                pol
                for verb in map(striven, coordinated(clauses[0]))
                if names_a_measure(verb)
                for pol in _policies(doc, pred.para, with_passive_subject(verb), pred.speakers, resolver, 0.6)
            ]
        sums = [span for c in pred.verb.children if (span := money_pledge(c)) is not None]
        if sums and pred.verb.lemma_ in OBJECT_PLEDGES:  # 'pledged £500 million for new ferries'
            return _policies(doc, pred.para, sums[0], pred.speakers, resolver, 0.6)
        objects = [
            c
            for c in pred.verb.children
            if c.dep_ == "dobj"
            and c.pos_ in ("NOUN", "PROPN")
            and is_specific(c)
            and c.lemma_.lower() not in CAMPAIGN_NOUNS
        ]
        if pred.verb.lemma_ not in OBJECT_PLEDGES or not objects:
            return []
        return [  # 'promising a legal guarantee for MSP and a caste census': two measures
            pol
            for span in measures(objects[0])
            for pol in _policies(doc, pred.para, span, pred.speakers, resolver, 0.6)
        ]
    span = content_range(pred, predicates)
    if span is None:
        return []
    tokens = without_leading_time(list(pred.para.doc[span[0] : span[1] + 1]))
    if (
        len(tokens) > 2
        and tokens[0].head.i == pred.verb.i
        and tokens[0].dep_ in ("dobj", "dative")
        and (tokens[0].lemma_.lower() in CAMPAIGN_NOUNS or tokens[0].pos_ == "PRON")
    ):
        tokens = tokens[1:]  # 'promised voters free childcare': the addressee is no part of the pledge
    negated = any(c.dep_ == "neg" for c in pred.verb.children)
    out = []
    for verb in [] if negated else stray_pledges(pred.verb):  # first: a longer reading of the same words is dropped
        out += _policies(doc, pred.para, verb_phrase(verb), pred.speakers, resolver, 0.6)
    for part in split_proposals(tokens):
        out += _policies(
            doc, pred.para, (part[0].i, part[-1].i), pred.speakers, resolver, 0.7, prefix="not " if negated else ""
        )
    return out


def stray_pledges(pledge: Token) -> list[Token]:
    """'promised if elected to provide a government that will protect X, strengthen Y, help Z and make W': the
    parser hangs part of the list on the pledge verb (the condition's pledge, bare verbs as its conjuncts)."""
    heads = [pledge] + [c for c in pledge.children if c.dep_ == "xcomp"]
    out = [
        x
        for c in (c for h in heads for c in h.children)
        if c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        and not any(g.dep_ in SUBJECTS for g in c.children)  # 'if elected', not 'while Labor promises to X'
        for x in c.children
        if x.dep_ == "xcomp" and x.pos_ == "VERB" and any(a.lower_ == "to" for a in x.children)
    ]
    for conj in (c for c in pledge.children if c.dep_ == "conj" and c.tag_ == "VB" and c.i > pledge.i):
        between = pledge.doc[pledge.i + 1 : conj.i]
        if not any(g.dep_ in SUBJECTS + ("aux",) for g in conj.children) and not any(
            t.ent_type_ in ("PARTY", "PERSON", "ORG", "NORP") or t.lower_ in ("while", "whereas", "but")
            for t in between
        ):  # not 'the Liberals have pledged to X while Labor promises to build Y'
            out += [v for v in coordinated(conj) if v.tag_ == "VB"]
    return [v for v in out if names_a_measure(v)]


def from_intentions(doc: Document, pred: Predicate, resolver: Resolver) -> list[Policy]:
    """'X said he would scrap Y', 'told reporters the party will freeze Z': what the speaker's side will do."""
    if pred.kind != "say":
        return []
    out: list[Policy] = []
    if any(c.dep_ == "neg" for c in pred.verb.children):
        return out  # 'has not said whether she would sign the measure'
    for clause in (c for c in pred.verb.children if c.dep_ == "ccomp"):
        if pred.para.in_quote(clause) or open_question(clause):
            continue  # 'asked whether he would scrap X'
        for act in time_to(clause):  # 'said it was time to abolish the House of Lords'
            out += _policies(doc, pred.para, verb_phrase(act), pred.speakers, resolver, 0.5, politicians_only=True)
        for verb in coordinated(clause):
            subj = clause_subject(verb)
            if subj is not None and obliged(verb) and verb.lemma_.lower() in POLICY_VERBS:
                if subj.dep_ == "nsubjpass" and not someones(doc, pred.para, subj):
                    # 'said the tax should be scrapped' (not 'said the Tory bill must be stopped')
                    span = (subj.left_edge.i, verb_phrase(verb)[1])
                    out += _policies(doc, pred.para, span, pred.speakers, resolver, 0.5, politicians_only=True)
                elif subj.lower_ in GOVERNMENT_NOUNS - {"party"} or home_country(doc, pred.para, subj, resolver.vocab):
                    # 'said the government must privatise the railways'
                    out += _policies(
                        doc, pred.para, verb_phrase(verb), pred.speakers, resolver, 0.5, politicians_only=True
                    )
                continue
            if (
                subj is None
                or not (intends(verb) or refuses(verb))
                or not names_a_measure(striven(verb))
                or verb.lemma_ in resolver.vocab.reporting_verbs
                and verb.lemma_ not in POLICY_VERBS
                and not refuses(verb)  # 'said he could rule out a pact with X'
            ):
                continue
            actors = own_side(doc, pred.para, subj, pred.speakers, resolver)
            out += _policies(doc, pred.para, verb_phrase(striven(verb)), actors, resolver, 0.6)
    return out


def from_narration(doc: Document, para: Paragraph, resolver: Resolver, predicates: list[Predicate]) -> list[Policy]:
    """'Labour would nationalise the railways', 'the Tories' plan will cap X', headline 'Labour to scrap X':
    a measure the narrator says a party will take, outside anyone's quoted or reported words."""
    out: list[Policy] = []
    if not any(t.lemma_.lower() in POLICY_VERBS or t.dep_ == "prt" or t.lower_ == "under" for t in para.doc):
        return out
    reported = reported_words(para, predicates, ("ccomp", "xcomp", "prep", "advcl"))
    for verb in para.doc:
        if verb.pos_ != "VERB" or para.in_quote(verb) or verb.sent[-1].text == "?" or open_question(verb):
            continue
        subj = clause_subject(verb)
        under = under_plans(para, verb, resolver) if intends(verb) and subj is not None else []
        if subj is not None and under and not reported_by_rival(para, verb, under, predicates, resolver):
            # 'Under Labour's plans, tuition fees would be cut to X' (any verb: the plan is named)
            out += _policies(doc, para, (subj.left_edge.i, verb_phrase(verb)[1]), under, resolver, 0.5)
            continue
        if verb.i in reported and not (  # 'The government will extend X, Finance Secretary Y said' (not a rival's)
            subj is not None
            and the_government(subj)
            and intends(verb)
            and not reported_by_rival(para, verb, actor_or_owner(doc, para, subj, resolver), predicates, resolver)
        ):
            continue
        refused = verb.lemma_.lower() == "refuse" and any(  # 'Labour has refused to work with Reform UK'
            c.dep_ == "xcomp" and coalition_stance(c) for c in verb.children
        )
        if (refuses(verb) or refused) and subj is not None and verb.dep_ in ("ROOT", "conj"):
            actors = actor_or_owner(doc, para, subj, resolver)
        elif verb.lemma_.lower() not in POLICY_VERBS and not coalition_stance(verb):
            continue
        elif intends(verb) and subj is not None:
            actors = actor_or_owner(doc, para, subj, resolver)
            if subj.lower_ in resolver.vocab.policy_nouns and said_by_another(doc, para, verb, actors, resolver):
                continue  # "Labour's plan would increase borrowing, economists said": an effect others claim
        elif subj is not None and governing(doc, para, subj, verb):
            actors = parties_in(doc, para, subj)[-1:]  # 'the Conservative government has frozen fuel duty'
        elif (
            para.field == "title"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and verb.head.dep_ == "ROOT"
            and verb.head.pos_ in ("NOUN", "PROPN")
        ):
            actors = actor_or_owner(doc, para, verb.head, resolver)
        else:
            continue
        if not no_measure(verb):  # not 'would bring chaos', 'would set the record straight'
            out += _policies(doc, para, verb_phrase(verb), actors, resolver, 0.5)
    return out


def from_copular_pledges(doc: Document, para: Paragraph, resolver: Resolver) -> list[Policy]:
    """'A cap on rents was one of the Heritage Party's key pledges', 'Free bus travel is a flagship policy of the
    Civic Alliance': the subject is the measure of the party that owns the programme noun."""
    out: list[Policy] = []
    for verb in (t for t in para.doc if t.lemma_ == "be" and t.dep_ in ("ROOT", "conj") and not para.in_quote(t)):
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        attr = next((c for c in verb.children if c.dep_ == "attr"), None)
        if subj is None or attr is None or any(c.dep_ == "neg" for c in verb.children) or not is_specific(subj):
            continue
        if attr.lower_ == "one":  # 'one of the party's key pledges'
            attr = next((g for c in attr.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), attr)
        if attr.lower_ not in GENERIC_NOUNS - {"manifesto", "strategy"}:
            continue
        owner = (
            possessor(doc, para, attr, resolver)
            or [
                Actor("party", p.key)
                for c in attr.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                for p in doc.mentions_at(para.index, g.i)
                if p.kind == "party"
            ][:1]
        )
        out += _policies(doc, para, (subj.left_edge.i, subj.right_edge.i), owner, resolver, 0.5)
    return out


def time_to(clause: Token) -> list[Token]:
    """'it is / was time to abolish X' -> 'abolish' (measure verbs only; not 'time to move on')."""
    if (
        clause.lemma_ != "be"
        or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in clause.children)
        or any(c.dep_ == "neg" for c in clause.children)
    ):
        return []
    return [
        act
        for attr in clause.children
        if attr.dep_ == "attr" and attr.lower_ == "time"
        for act in attr.children
        if act.dep_ in ("relcl", "acl", "xcomp") and act.lemma_.lower() in POLICY_VERBS and names_a_measure(act)
    ]


def open_question(verb: Token) -> bool:
    """'has not said whether she would sign the bill': an open question, no commitment."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in verb.children)


def the_government(subj: Token) -> bool:
    """A bare 'the government' / 'the administration' (no party, no modifier): the sitting one."""
    return (
        subj.lower_ in GOVERNMENT_NOUNS - {"party"}
        and sitting(subj)
        and not any(c.dep_ in ("compound", "amod", "poss", "nmod", "prep") for c in subj.children)
    )


def governing(doc: Document, para: Paragraph, subj: Token, verb: Token) -> bool:
    """'The Labour government has scrapped X' / 'the ANC government introduced Y': a measure the sitting government
    of a named party took (not 'the previous Labour government', not 'a Labour government')."""
    return (
        subj.lower_ in GOVERNMENT_NOUNS - {"party"}
        and sitting(subj)
        and bool(parties_in(doc, para, subj))
        and verb.dep_ in ("ROOT", "conj")
        and verb.lemma_.lower() not in ("spend", "pay")  # 'has spent £2bn on consultants' is a record
        and (
            verb.tag_ == "VBD"
            or verb.tag_ == "VBN"
            and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
        )
        and not any(c.dep_ == "neg" for c in verb.children)
    )


def unresolved_commitments(doc: Document, resolver: Resolver, predicates: list[Predicate]) -> list[Predicate]:
    """'The Green leader promised to ...' when nobody was named for the role: the party still pledges."""
    known = {(p.para.index, p.verb.i) for p in predicates}
    out = []
    for para in doc.paragraphs:
        for tok in para.doc:
            if (
                tok.pos_ != "VERB"
                or resolver.vocab.reporting_verbs.get(tok.lemma_) != "commit"
                or (para.index, tok.i) in known
                or para.in_quote(tok)
            ):
                continue
            subj = doer(tok)
            actors = (
                (
                    resolver.resolve(para, subj)
                    or parties_in(doc, para, subj)[-1:]
                    or actor_or_owner(doc, para, subj, resolver)
                )
                if subj is not None
                else headless_owner(doc, para, tok)
            )
            if actors:
                out.append(Predicate(para, tok, "commit", actors))
    return out


def headless_owner(doc: Document, para: Paragraph, verb: Token) -> list[Actor]:
    """'The Conservative manifesto pledges to X' parsed with 'manifesto' as a modifier of the verb: the party named
    before a subject-less pledge verb, when the words before it end in a programme noun."""
    left = [c for c in verb.children if c.i < verb.i and c.dep_ in ("compound", "amod", "nmod")]
    if not left or verb.doc[verb.i - 1].lower_ not in GENERIC_NOUNS | {"platform", "programme", "program"}:
        return []
    start = min(c.left_edge.i for c in left)
    keys = [m.key for m in doc.mentions if m.para == para.index and m.kind == "party" and start <= m.start < verb.i]
    return [Actor("party", k) for k in dict.fromkeys(keys)][-1:]


def from_contents(doc: Document, para: Paragraph, resolver: Resolver) -> list[Policy]:
    """'Labour's manifesto includes free tuition and a care service': what a party's programme contains."""
    out: list[Policy] = []
    for verb in para.doc:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in CONTENT_VERBS | DOCUMENT_VERBS or in_speech(para, verb):
            continue
        subj = doer(verb)
        if subj is None or subj.lower_ not in resolver.vocab.policy_nouns:
            continue
        actors = actor_or_owner(doc, para, subj, resolver)
        if lemma in DOCUMENT_VERBS:  # 'the manifesto calls for X', 'commits to Y', 'the bill seeks to ban Z'
            out += document_content(doc, para, verb, actors, resolver)
            if lemma not in CONTENT_VERBS:
                continue
        for gerund in (c for c in verb.children if c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG"):
            for inner in coordinated(gerund):  # 'key pledges include cutting X and raising Y'
                if names_a_measure(inner):
                    out += _policies(doc, para, verb_phrase(inner), actors, resolver, 0.6)
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            pledged = [c for c in obj.children if c.dep_ == "acl" and c.pos_ == "VERB" and c.i > obj.i]
            if obj.lower_ in PLEDGE_NOUNS and pledged:  # 'the manifesto includes a pledge to recruit X'
                for inner in coordinated(pledged[0]):
                    out += _policies(doc, para, verb_phrase(inner), actors, resolver, 0.6)
                continue
            if obj.lower_ in GENERIC_NOUNS:
                continue
            for span in measures(obj):
                out += _policies(doc, para, span, actors, resolver, 0.6)
    return out + among_pledges(doc, para, resolver)


def document_content(
    doc: Document, para: Paragraph, verb: Token, actors: list[Actor], resolver: Resolver
) -> list[Policy]:
    """What a programme or a bill 'calls for', 'commits to' or 'seeks to' do."""
    out: list[Policy] = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "to")):
        for obj in (c for c in prep.children if c.dep_ == "pobj" and is_specific(c)):
            for span in measures(obj):
                out += _policies(doc, para, span, actors, resolver, 0.6)
    gerunds = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"]
    for xcomp in [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"] + gerunds:
        for inner in coordinated(xcomp):
            if names_a_measure(inner):
                out += _policies(doc, para, verb_phrase(inner), actors, resolver, 0.6)
    return out


def among_pledges(doc: Document, para: Paragraph, resolver: Resolver) -> list[Policy]:
    """'Among its pledges are a rent freeze and 100,000 new homes.'"""
    out: list[Policy] = []
    for tok in para.doc:
        if (
            tok.dep_ != "pobj"
            or tok.lower_ not in GENERIC_NOUNS
            or tok.head.lower_ != "among"
            or tok.head.head.lemma_ != "be"
            or in_speech(para, tok)
        ):
            continue
        actors = actor_or_owner(doc, para, tok, resolver)
        for item in (c for c in tok.head.head.children if c.dep_ in ("nsubj", "attr") and c.pos_ in ("NOUN", "PROPN")):
            for span in measures(item):
                out += _policies(doc, para, span, actors, resolver, 0.6)
    return out


def from_commitments(doc: Document, para: Paragraph, resolver: Resolver, predicates: list[Predicate]) -> list[Policy]:
    """'Labour is committed to banning zero-hours contracts', 'is focused on securing X': a party's stated
    commitment, in the narration or reported by its own side."""
    out: list[Policy] = []
    for tok in para.doc:
        word = COMMITTED.get(tok.lower_) or ("on" if tok.lemma_.lower() == "focus" else None)
        if (
            word is None
            or not (
                tok.dep_ == "acomp"
                or tok.tag_ == "VBN"
                and any(c.dep_ == "auxpass" for c in tok.children)
                or tok.lemma_.lower() == "focus"  # 'Labour has focused on securing X'
                and tok.pos_ == "VERB"
            )
            or para.in_quote(tok)
        ):
            continue
        clause = tok.head if tok.dep_ == "acomp" else tok
        subj = clause_subject(clause) or next(  # 'said the party is committed to X': the parser may hang it on 'is'
            (g for c in clause.children if c.dep_ in ("aux", "auxpass") for g in c.children if g.dep_ == "nsubj"), None
        )
        actors = actor_or_owner(doc, para, subj, resolver) if subj is not None else []
        if reported_by_rival(para, clause, actors, predicates, resolver):
            continue  # a rival's claim about the party, not its commitment
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == word):
            for act in (c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"):
                for verb in coordinated(act):
                    if names_a_measure(verb):
                        out += _policies(doc, para, verb_phrase(verb), actors, resolver, 0.6)
    return out


def from_emphasis(doc: Document, para: Paragraph, resolver: Resolver, predicates: list[Predicate]) -> list[Policy]:
    """'The manifesto will lay major thrust on jobs creation and cutting fuel prices', 'the party will put the focus
    on building homes': what a party or its programme puts its weight on, when each item names a measure."""
    out: list[Policy] = []
    for verb in para.doc:
        if (
            verb.pos_ != "VERB"
            or verb.lemma_.lower() not in EMPHASIS_VERBS
            or not any(c.dep_ == "dobj" and c.lemma_.lower() in EMPHASIS_NOUNS for c in verb.children)
            or para.in_quote(verb)
            or any(c.dep_ == "neg" for c in verb.children)
        ):
            continue
        subj = clause_subject(verb)
        actors = actor_or_owner(doc, para, subj, resolver) if subj is not None else []
        if not actors or reported_by_rival(para, verb, actors, predicates, resolver):
            continue
        spans: list[tuple[int, int]] = []
        holders = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
        for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "on"):
            acts = [g for g in prep.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
            for noun in (g for g in prep.children if g.dep_ == "pobj"):
                acts += [c for c in noun.children if c.dep_ == "conj" and c.pos_ == "VERB"]
                if (  # 'jobs creation', 'free healthcare'; not 'its record', "its candidates' local roots"
                    noun.pos_ in ("NOUN", "PROPN")
                    and not any(c.dep_ == "poss" for c in noun.children)
                    and (names_measure(noun) or any(c.dep_ in ("amod", "compound", "nummod") for c in noun.children))
                ):
                    kept = [c for c in noun.children if c.dep_ not in ("conj", "cc", "punct")]
                    spans.append((noun.left_edge.i, max([noun.i] + [c.right_edge.i for c in kept])))
            acts += [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > prep.i]
            spans += [verb_phrase(v) for act in acts for v in coordinated(act) if names_a_measure(v)]
        for span in spans:
            out += _policies(doc, para, span, actors, resolver, 0.5)
    return out


def reported_words(para: Paragraph, predicates: list[Predicate], deps: tuple[str, ...]) -> set[int]:
    """Tokens inside what someone in this paragraph is reported to have said."""
    return {t.i for p in predicates if p.para is para for c in p.verb.children if c.dep_ in deps for t in c.subtree}


def reported_by_rival(
    para: Paragraph, verb: Token, actors: list[Actor], predicates: list[Predicate], resolver: Resolver
) -> bool:
    """'Labour said the Tories want X': what a speaker of another party says of a party is their claim."""
    sides = {party_for(a, resolver)[0] for a in actors}
    reporters = [p for p in predicates if verb.i in reported_words(para, [p], ("ccomp", "xcomp", "advcl"))]
    theirs = [{party_for(a, resolver)[0] for a in p.speakers} - {None} for p in reporters]
    return any(parties and not parties & sides for parties in theirs)


def said_by_another(doc: Document, para: Paragraph, verb: Token, actors: list[Actor], resolver: Resolver) -> bool:
    """The verb is in what a rival says, or is an effect ('would increase borrowing') told by someone not of the
    actors' side."""
    sides = {party_for(a, resolver)[0] for a in actors}
    effect = any(
        c.dep_ == "dobj" and (c.lower_ in EFFECT_OBJECTS or c.lemma_.lower() in EFFECT_OBJECTS) for c in verb.children
    )
    head = verb
    while head.dep_ in ("ccomp", "conj") and head.head.i != head.i:
        head = head.head
        if resolver.vocab.reporting_verbs.get(head.lemma_) == "say":
            subj = clause_subject(head)
            theirs = {party_for(a, resolver)[0] for a in actor_or_owner(doc, para, subj, resolver)} if subj else set()
            # a rival's claim; or an effect ('increase borrowing') told by anyone not of the party
            return bool(theirs - {None}) and not theirs & sides or effect and not theirs & sides
    return False


def from_passives(doc: Document, para: Paragraph, resolver: Resolver) -> list[Policy]:
    """'A ban on X has been promised by Labour', 'a wealth tax proposed by the Greens': a measure with the party
    that put it forward as the agent."""
    out: list[Policy] = []
    for verb in para.doc:
        by = agent(verb)
        if by is None or in_speech(para, verb) or any(c.dep_ == "neg" for c in verb.children):
            continue
        noun = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if noun is None or noun.pos_ not in ("NOUN", "PROPN") or not (names_measure(noun) or is_specific(noun)):
            continue
        if noun.lower_ in GENERIC_NOUNS or noun.lower_ in resolver.vocab.policy_nouns and not names_measure(noun):
            continue  # 'the plan, unveiled by Labour,': what the plan is comes elsewhere
        actors = actor_or_owner(doc, para, by, resolver)
        end = verb.left_edge.i - 1 if verb.dep_ == "acl" else noun.right_edge.i
        out += _policies(doc, para, (noun.left_edge.i, end), actors, resolver, 0.6)
    return out


def from_wishes(doc: Document, para: Paragraph, resolver: Resolver, predicates: list[Predicate]) -> list[Policy]:
    """'The Greens want a wealth tax', 'Labour backs a ban on X', 'the SNP is campaigning on free tuition': a
    measure a party wants, when the object names one."""
    out: list[Policy] = []
    for verb in para.doc:
        lemma = verb.lemma_.lower()
        seeing = lemma == "see" and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in WISH_VERBS | SEEING_WISHES
        if seeing:  # 'Labour wants to see a ban on X', 'would like to see the voting age lowered'
            lemma = "want"
        if (
            verb.pos_ != "VERB"
            or lemma not in WISH_VERBS | DEMAND_VERBS | ASSURANCE_VERBS | CALLING_VERBS
            or in_speech(para, verb)
            or verb.sent[-1].text == "?"
            or open_question(verb)
            or any(c.dep_ == "neg" for c in verb.children)
            or seeing
            and any(c.dep_ == "neg" for c in verb.head.children)
        ):
            continue
        subj = doer(verb) if verb.dep_ == "relcl" else clause_subject(verb.head if seeing else verb)
        actors = actor_or_owner(doc, para, subj, resolver) if subj is not None else []
        if not actors or reported_by_rival(para, verb, actors, predicates, resolver):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"] if lemma in WISH_VERBS else []
        if seeing:  # 'wants to see the budget' is reading it; 'wants to see a ban on X' is a measure
            objects = [
                o
                for o in objects
                if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in o.children)
                or any(c.dep_ in ("amod", "compound", "nummod") for c in o.children)
            ]
        for act in (c for c in verb.children if lemma in WISH_VERBS and c.dep_ == "xcomp" and c.pos_ == "VERB"):
            for inner in coordinated(act):  # 'Republican lawmakers are seeking to ban X'
                if inner.lemma_.lower() in POLICY_VERBS and names_a_measure(inner):
                    out += _policies(doc, para, verb_phrase(inner), actors, resolver, 0.6)
        objects += (
            [  # 'campaigning on free tuition'
                g
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ == "on"
                for g in c.children
                if g.dep_ == "pobj"
            ]
            if lemma in DEMAND_VERBS
            else []
        )
        objects += (
            [  # 'assured farmers (in Agra) of a loan waiver' ('of' may hang on the addressee or the place)
                g
                for c in verb.subtree
                if c.dep_ == "prep" and c.lower_ == "of" and verb in (c.head, c.head.head, c.head.head.head)
                for g in c.children
                if g.dep_ == "pobj" and is_specific(g)
            ]
            if lemma in ASSURANCE_VERBS
            else []
        )
        for clause in (c for c in verb.children if lemma in DEMAND_VERBS | CALLING_VERBS and c.dep_ == "advcl"):
            if any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children) and any(
                a.lower_ == "to" for a in clause.children
            ):  # 'the AfD calls for Germany to leave the euro'
                for inner in coordinated(clause):
                    if names_a_measure(inner):
                        out += _policies(doc, para, verb_phrase(inner), actors, resolver, 0.6)
        for obj in (c for c in verb.children if lemma in WISH_VERBS and c.dep_ == "dobj" and c.pos_ == "NOUN"):
            for done in (c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == obj.i + 1):
                if done.lemma_.lower() in POLICY_VERBS and not any(c.dep_ == "agent" for c in done.children):
                    # 'the EFF wants land expropriated without compensation' (not 'answers given by the minister')
                    out += _policies(doc, para, (obj.left_edge.i, verb_phrase(done)[1]), actors, resolver, 0.6)
        for done in (c for c in verb.children if lemma in WISH_VERBS and c.dep_ in ("ccomp", "oprd")):
            what = next((c for c in done.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if (
                what is not None
                and (what.lower_ in GOVERNMENT_NOUNS | PUBLIC_BODIES or what.ent_type_ == "GPE")  # 'the state'
                and any(a.lower_ == "to" for a in done.children)
                and done.lemma_.lower() in POLICY_VERBS
                and names_a_measure(done)
            ):  # 'Labour wants the government to scrap X'
                out += _policies(doc, para, verb_phrase(done), actors, resolver, 0.6)
                continue
            participle = done.tag_ == "VBN" or (  # the parser may tag 'the voting age lowered to 16' as a past
                done.tag_ == "VBD"
                and what is not None
                and what.pos_ != "PRON"
                and not any(c.dep_ == "aux" for c in done.children)
            )
            if participle and done.lemma_.lower() in POLICY_VERBS and what is not None:
                # 'the DUP wants the sea border removed'
                out += _policies(doc, para, (what.left_edge.i, verb_phrase(done)[1]), actors, resolver, 0.6)
        for obj in objects:
            if (
                (names_measure(obj) or lemma in ASSURANCE_VERBS)
                and obj.lemma_.lower() not in CAMPAIGN_NOUNS
                and not someones(doc, para, obj)  # backing 'the Tory budget' is no measure of one's own
                and not (  # backing 'the inquiry into X' supports a process
                    obj.lemma_.lower() in PROCEDURE_NOUNS and any(c.lower_ in ("the", "this") for c in obj.children)
                )
            ):
                spans = measures(obj)
                prep = next((c for c in verb.children if c.dep_ == "prep" and c.i == obj.right_edge.i + 1), None)
                if prep is not None and prep.lower_ in MEASURE_PREPS:  # the parser hangs 'into the banks' on the verb
                    spans[-1] = (spans[-1][0], prep.right_edge.i)
                for span in spans:
                    out += _policies(doc, para, span, actors, resolver, 0.6)
    return out


def from_pushes(doc: Document, para: Paragraph, resolver: Resolver, predicates: list[Predicate]) -> list[Policy]:
    """'Democrats are pushing for a $15 minimum wage' / 'pushing to cut X', 'the party's spokesperson, X, called for
    Y': a demand made by campaigning, not by a reporting verb; also 'the party is pushing for X, its spokesperson
    said' (the speaker's own side)."""
    out: list[Policy] = []
    if not any(t.lemma_.lower() in DEMAND_VERBS | CALLING_VERBS for t in para.doc):
        return out
    known = {p.verb.i for p in predicates if p.para is para}
    for verb in para.doc:
        lemma = verb.lemma_.lower()
        if (
            verb.pos_ != "VERB"
            or lemma not in DEMAND_VERBS
            and (lemma not in CALLING_VERBS or verb.i in known)  # 'X called for Y' as a statement: from_demands
            or para.in_quote(verb)
        ):
            continue
        subj = clause_subject(verb)
        if subj is None and verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN"):
            subj = verb.head  # 'The party's spokesperson, X, called for Y': the parser took the subject as the root
        actors = pushers(doc, para, verb, subj, resolver, predicates) if subj is not None else []
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
            for obj in (
                c
                for c in prep.children
                if c.dep_ == "pobj" and is_specific(c) and c.lemma_.lower() not in CAMPAIGN_NOUNS
            ):
                for span in measures(obj):
                    out += _policies(doc, para, span, actors, resolver, 0.6)
        for xcomp in (c for c in verb.children if lemma in DEMAND_VERBS and c.dep_ == "xcomp" and c.pos_ == "VERB"):
            for inner in coordinated(xcomp):  # 'Republicans are pushing to cut X'
                if names_a_measure(inner):
                    out += _policies(doc, para, verb_phrase(inner), actors, resolver, 0.6)
    return out


def pushers(
    doc: Document, para: Paragraph, verb: Token, subj: Token, resolver: Resolver, predicates: list[Predicate]
) -> list[Actor]:
    """Who makes a demand: its subject; inside someone's reported words only the speaker's own side ('the party is
    pushing for X, said its spokesperson')."""
    reporters = [p for p in predicates if p.para is para and verb.i in reported_words(para, [p], ("ccomp", "xcomp"))]
    if not reporters:
        return actor_or_owner(doc, para, subj, resolver)
    speakers = reporters[0].speakers
    own = own_side(doc, para, subj, speakers, resolver)
    if own or subj.lower_ != "party" or not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        return own
    return [a for a in speakers if party_for(a, resolver)[0]]  # 'the party' in its own spokesperson's words


def from_demands(doc: Document, pred: Predicate, resolver: Resolver) -> list[Policy]:
    """'Sinn Féin is calling for 1,000 extra beds', 'urged / asked the government to scrap X': a demand is a
    proposal of the demanding party."""
    asking = pred.verb.lemma_ in ("ask", "implore", "beg")  # 'asked the government to scrap X': measure verbs only
    if pred.verb.lemma_ not in ("call", "urge") and not asking:
        return []
    out = []
    addressees = [
        g
        for c in pred.verb.children
        for g in ([c] if c.dep_ == "dobj" else c.children if c.dep_ == "prep" and c.lower_ == "on" else [])
        if g.dep_ in ("dobj", "pobj")
    ]
    for xcomp in (c for c in pred.verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
        if addressees and all(a.lower_ not in CAMPAIGN_NOUNS for a in addressees):  # not 'urged voters to
            for verb in coordinated(xcomp):
                if not asking or verb.lemma_.lower() in POLICY_VERBS and names_a_measure(verb):
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
            if (
                f.start <= tok.idx < f.end
                and f.para.in_quote(tok)
                and tok.lemma_.lower() in WISH_VERBS
                and any(c.dep_ == "nsubj" and c.lower_ == "we" for c in tok.children)
                and not any(c.dep_ == "neg" for c in tok.children)
            ):  # '"We need a ban on zero-hours contracts," she said'
                for obj in (c for c in tok.children if c.dep_ == "dobj" and names_measure(c)):
                    for span in measures(obj):
                        out += _policies(doc, f.para, span, f.speakers, resolver, 0.5, politicians_only=True)
            if f.start <= tok.idx < f.end and f.para.in_quote(tok):
                out += own_programme(doc, f, tok, resolver)
                out += own_demand(doc, f, tok, resolver)
                out += own_launch(doc, f, tok, resolver)
            if (
                not (f.start <= tok.idx < f.end)
                or not f.para.in_quote(tok)
                or tok.pos_ != "VERB"
                or tok.lemma_.lower() in NOT_POLICY_VERBS
                and not coalition_stance(tok)
                or not any(c.dep_ == "dobj" and c.i > tok.i for c in tok.children)
                and not coalition_stance(tok)
                and not made_so(tok)
            ):
                continue
            if we_intend(tok, resolver) or i_will(tok):
                negated = tok.dep_ == "xcomp" and any(c.dep_ == "neg" for c in tok.head.children)
                out += _policies(
                    doc,
                    f.para,
                    verb_phrase(tok),
                    f.speakers,
                    resolver,
                    0.5,
                    politicians_only=True,
                    prefix="not " if negated else "",
                )
                continue
            subj = [c for c in tok.children if c.dep_ in ("nsubj",)]
            aux = [c for c in tok.children if c.dep_ == "aux"]
            if subj and subj[0].lower_ in ("i", "we") and refuses(tok):
                out += _policies(doc, f.para, verb_phrase(tok), f.speakers, resolver, 0.5, politicians_only=True)
                continue
            if not subj or not (
                subj[0].lower_ == "we"
                or home_country(doc, f.para, subj[0], resolver.vocab)
                or speakers_party(doc, f, subj[0], resolver)
                or subj[0].lower_ in GOVERNMENT_NOUNS  # '"My government will halve inflation"'
                and any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in subj[0].children)
            ):
                continue
            committed = any(
                a.lower_ in POLICY_MODALS
                or a.lower_ in INTENT_MODALS | DUTY_MODALS
                and (tok.lemma_ in POLICY_VERBS or coalition_stance(tok) or made_so(tok))
                for a in aux
            ) or (subj[0].lower_ == "we" and tok.tag_ == "VBG" and any(a.lemma_ == "be" for a in aux))
            committed = committed or (  # 'it is vital that the UK develop closer ties with X'
                tok.dep_ == "ccomp"
                and tok.lemma_ in POLICY_VERBS
                and any(c.dep_ == "acomp" and c.lower_ in NECESSITY for c in tok.head.children)
            )
            if not committed or no_measure(tok):  # not '"We will make history"'
                continue
            start, end = verb_phrase(tok)
            neg = [c for c in tok.children if c.dep_ == "neg"]
            if neg:
                start = min(start, neg[0].i)
            out += _policies(doc, f.para, (start, end), f.speakers, resolver, 0.5, politicians_only=True)
    return out


def own_programme(doc: Document, f: Found, tok: Token, resolver: Resolver) -> list[Policy]:
    """In a politician's words: '"We are committed to ending X"', '"Our manifesto promises X"'."""
    spans: list[tuple[int, int]] = []
    if tok.lower_ == "committed" and tok.dep_ == "acomp":
        subj = clause_subject(tok.head)
        if subj is not None and subj.lower_ == "we":
            spans += [
                verb_phrase(verb)
                for prep in tok.children
                if prep.dep_ == "prep" and prep.lower_ == "to"
                for act in prep.children
                if act.dep_ == "pcomp" and act.tag_ == "VBG"
                for verb in coordinated(act)
            ]
    if (
        tok.lower_ in AIM_NOUNS
        and tok.dep_ == "nsubj"
        and tok.head.lemma_ == "be"
        and tok.head.tag_ != "VBD"
        and any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in tok.children)
    ):  # '"Our priority is a wealth tax"'
        spans += [
            span
            for c in tok.head.children
            if c.dep_ == "attr" and c.i > tok.head.i and names_measure(c)
            for span in measures(c)
        ]
    lemma = tok.lemma_.lower()
    subj = doer(tok) if tok.pos_ == "VERB" else None
    if (
        lemma in CONTENT_VERBS | DOCUMENT_VERBS | OBJECT_PLEDGES
        and subj is not None
        and subj.lower_ in resolver.vocab.policy_nouns
        and any(c.dep_ == "poss" and c.lower_ == "our" for c in subj.children)
    ):
        spans += [span for c in tok.children if c.dep_ == "dobj" and is_specific(c) for span in measures(c)]
        spans += [
            verb_phrase(inner)
            for c in tok.children
            if c.dep_ == "xcomp" and c.pos_ == "VERB"
            for inner in coordinated(c)
            if names_a_measure(inner)
        ]
    return [
        pol for span in spans for pol in _policies(doc, f.para, span, f.speakers, resolver, 0.5, politicians_only=True)
    ]


def own_demand(doc: Document, f: Found, tok: Token, resolver: Resolver) -> list[Policy]:
    """In a politician's words: '"I am calling for a ban on X"', '"We are calling on the government to scrap Y"',
    '"I want to see a ban on Z"'."""
    seeing = tok.lemma_ == "see" and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in WISH_VERBS | SEEING_WISHES
    holder = tok.head if seeing else tok
    if (
        tok.pos_ != "VERB"
        or not (seeing or tok.lemma_ in ("call", "urge"))
        or not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in holder.children)
        or any(c.dep_ == "neg" for c in holder.children)
    ):
        return []
    spans: list[tuple[int, int]] = []
    if seeing:
        spans += [span for c in tok.children if c.dep_ == "dobj" and names_measure(c) for span in measures(c)]
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" and tok.lemma_ == "call"):
        spans += [
            span
            for g in prep.children
            if g.dep_ == "pobj" and is_specific(g) and g.lemma_.lower() not in CAMPAIGN_NOUNS
            for span in measures(g)
        ]
    if not seeing and not any(c.dep_ in ("dobj", "pobj") and c.lower_ in CAMPAIGN_NOUNS for c in tok.subtree):
        spans += [  # 'calling on the government to scrap X', 'urge ministers to Y'
            verb_phrase(v)
            for x in tok.children
            if x.dep_ == "xcomp" and x.pos_ == "VERB"
            for v in coordinated(x)
            if v.lemma_.lower() in POLICY_VERBS and names_a_measure(v)
        ]
    return [
        pol for span in spans for pol in _policies(doc, f.para, span, f.speakers, resolver, 0.5, politicians_only=True)
    ]


def own_launch(doc: Document, f: Found, tok: Token, resolver: Resolver) -> list[Policy]:
    """In a politician's words: '"We have come up with the Warm Homes scheme to X"', '"I have launched a Y fund"',
    '"the Congress has come up with the NYAY scheme"' (the speaker's own party)."""
    if tok.pos_ != "NOUN" or tok.lower_ not in resolver.vocab.policy_nouns and not names_measure(tok):
        return []
    verb = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" else None
    if verb is None or verb.pos_ != "VERB" or phrasal(verb) not in LAUNCH_VERBS:
        return []
    if not any(
        c.dep_ == "nsubj" and (c.lower_ in ("we", "i") or speakers_party(doc, f, c, resolver)) for c in verb.children
    ):  # '"We have ..."', '"the Congress has come up with X"' said by a Congress leader
        return []
    return launched(doc, f.para, tok, f.speakers, resolver, in_words=True)


def we_intend(verb: Token, resolver: Resolver) -> bool:
    """'we are going to X', 'we want / plan / promise to X', 'our plan is to X', 'our pledge to X'."""
    head = verb.head
    if verb.dep_ == "xcomp" and (
        head.lemma_ == "go" and head.tag_ == "VBG" or resolver.vocab.reporting_verbs.get(head.lemma_) == "commit"
    ):
        return any(
            c.dep_ == "nsubj" and (c.lower_ == "we" or c.lower_ == "i" and verb.lemma_.lower() in POLICY_VERBS)
            for c in head.children
        )  # 'I want to abolish X' only with a measure verb
    owner = (
        head
        if verb.dep_ in ("acl", "relcl")
        else next((c for c in head.children if c.dep_ == "nsubj"), None)
        if head.lemma_ == "be"
        else None
    )
    if owner is None:
        return False
    if verb.dep_ == "acl" and owner.dep_ == "dobj" and owner.lower_ in resolver.vocab.policy_nouns:
        # '"We have a plan to cut waiting lists"'
        return any(c.dep_ == "nsubj" and c.lower_ == "we" for c in owner.head.children)
    aim = owner.lower_ in AIM_NOUNS and head.lemma_ == "be" and head.tag_ != "VBD"  # not 'my first act was to'
    return (owner.lower_ in resolver.vocab.policy_nouns or aim) and any(
        c.dep_ == "poss" and (c.lower_ == "our" or c.lower_ == "my" and owner.lower_ in AIM_NOUNS)
        for c in owner.children
    )


def someones(doc: Document, para: Paragraph, noun: Token) -> bool:
    """'the Tory bill', "Labour's plan", 'his cuts': a phrase naming whose it is."""
    return any(c.dep_ == "poss" for c in noun.children) or bool(parties_in(doc, para, noun))


def with_passive_subject(verb: Token) -> tuple[int, int]:
    """'proposed that the voting age be lowered to 16': the passive subject is part of the measure."""
    start, end = verb_phrase(verb)
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return (subj.left_edge.i, end) if subj is not None and subj.i < verb.i else (start, end)


def striven(verb: Token) -> Token:
    """'would fight / work / try to lower drug prices' -> 'lower': the measure striven for."""
    inner = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    return inner if inner is not None and no_measure(verb) and names_a_measure(inner) else verb


def obliged(verb: Token) -> bool:
    """'should / must X', 'should be scrapped' (a conjunct shares its head's modal)."""
    while True:
        if any(c.dep_ == "aux" and c.lower_ in DEMAND_MODALS for c in verb.children):
            return True
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return False
        verb = verb.head


def i_will(verb: Token) -> bool:
    """'I will scrap X' from a politician: a personal pledge with a measure verb."""
    return (
        (verb.lemma_.lower() in POLICY_VERBS or made_so(verb))
        and intends(verb)
        and any(c.dep_ == "nsubj" and c.lower_ == "i" for c in verb.children)
    )


def from_nouns(doc: Document, para: Paragraph, resolver: Resolver, vocab: Vocabulary) -> list[Policy]:
    """'Labour's plan to ...', 'making plans to ...', 'his pledge to ...', 'Labor's energy subsidy'."""
    out: list[Policy] = []
    for tok in para.doc:
        if tok.pos_ != "NOUN" or in_speech(para, tok):
            continue
        if tok.lower_ in AIM_NOUNS:
            out += from_aim(doc, para, tok, resolver)
            continue
        if tok.lower_ not in vocab.policy_nouns:
            continue
        owner = owner_of(para, tok, resolver)
        poss = [c for c in tok.children if c.dep_ == "poss"]
        named = poss or possessor(doc, para, tok, resolver)
        if not owner or not named and tok.head.lemma_ in NEGATIVE_GOVERNORS or dropped_own(para, tok, owner, resolver):
            continue
        if (
            poss
            and tok.dep_ == "nsubj"
            and tok.head.lemma_ == "be"
            and any(c.dep_ in ("attr", "xcomp") and c.i > tok.head.i for c in tok.head.children)
        ):  # 'Labour's main pledge is (to) X' (not 'Labour's plan to X is popular')
            out += [
                pol
                for c in tok.head.children
                if c.dep_ in ("attr", "xcomp") and c.i > tok.head.i
                for pol in _policies(
                    doc,
                    para,
                    verb_phrase(c) if c.pos_ in ("VERB", "AUX") else (c.left_edge.i, c.right_edge.i),
                    owner,
                    resolver,
                    0.6,
                )
            ]
            continue
        verbs = [
            c
            for c in tok.children
            if c.dep_ in ("acl", "relcl", "xcomp") and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children)
        ]
        if verbs:
            for verb in coordinated(verbs[0]):
                if verb.lemma_.lower() not in NOT_POLICY_VERBS:
                    out += _policies(doc, para, verb_phrase(verb), owner, resolver, 0.6)
            continue
        measure = proposal_for(tok)
        kept = tok.dep_ == "pobj" or tok.dep_ == "dobj" and tok.head.lemma_.lower() in ADHERENCE_VERBS
        if (poss or kept and tok.lower_ in POLICY_OF_NOUNS) and measure is not None:
            # "Labour's policy of X"; 'the party will stick to / has adopted a policy of X'

            out += _policies(doc, para, (measure.left_edge.i, measure.right_edge.i), owner, resolver, 0.6)
            continue
        that = stated_policy(tok)
        if poss and that is not None:
            out += _policies(doc, para, that, owner, resolver, 0.6)
            continue
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i and c.tag_ != "VBN"]
        if (
            poss
            and mods
            and tok.lower_ not in GENERIC_NOUNS
            and any(
                m.kind == "party" or m.kind == "person" and resolver.party_of(m.key)
                for m in doc.mentions_at(para.index, poss[0].i)
            )
        ):
            start = min(m.left_edge.i for m in mods)
            out += _policies(doc, para, (start, tok.i), owner, resolver, 0.6)
            continue
        sums = [c for c in tok.children if c.dep_ in ("nummod", "compound", "nmod") and c.ent_type_ == "MONEY"]
        purpose = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > tok.i]
        if tok.lower_ in PLEDGE_NOUNS and sums and purpose:  # "Labor's $2 billion pledge for hospitals"
            start = min(c.left_edge.i for c in sums)
            out += _policies(doc, para, (start, purpose[0].right_edge.i), owner, resolver, 0.5)
            continue
        named = [c for c in tok.children if c.dep_ in ("compound", "nmod") and c.i < tok.i]
        if tok.lower_ in PLEDGE_NOUNS and named:
            # 'its rent freeze pledge', 'with a "lowest council tax" pledge'
            out += _policies(doc, para, (named[0].left_edge.i, named[-1].right_edge.i), owner, resolver, 0.5)
    return out


def dropped_own(para: Paragraph, noun: Token, owner: list[Actor], resolver: Resolver) -> bool:
    """'Labour will drop its pledge to X': a party giving up its own plan (a rival scrapping it leaves it theirs)."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in ABANDON_VERBS:
        return False
    subj = clause_subject(noun.head)
    doers = {party_for(a, resolver)[0] for a in resolver.resolve(para, subj)} if subj is not None else set()
    return bool(doers & {party_for(a, resolver)[0] for a in owner} - {None})


def from_aim(doc: Document, para: Paragraph, noun: Token, resolver: Resolver) -> list[Policy]:
    """ "Labour's first priority would be to cut waiting lists", 'the party's aim is to X'."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None or noun.dep_ != "nsubj" or noun.head.lemma_ != "be" or noun.head.tag_ == "VBD":
        return []
    owner = [a for a in resolver.resolve(para, poss) if a.kind == "party" or resolver.party_of(a.name)]
    return [
        pol
        for c in noun.head.children
        if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > noun.head.i
        for verb in coordinated(c)
        if names_a_measure(verb)
        for pol in _policies(doc, para, verb_phrase(verb), owner, resolver, 0.5)
    ] + [
        pol
        for c in noun.head.children
        if c.dep_ == "attr" and c.i > noun.head.i and names_measure(c)  # "Labour's priority is a wealth tax"
        for span in measures(c)
        for pol in _policies(doc, para, span, owner, resolver, 0.5)
    ]


def from_headline(doc: Document, para: Paragraph, resolver: Resolver) -> list[Policy]:
    """'Labour vows to nationalise water firms if elected', 'Lib Dems pledge £9bn for social care', 'Labour: we
    will scrap tuition fees': headline grammar the parser misreads, read by word order (a party, or a politician
    of a known party, then a pledge word, then the measure)."""
    if para.field != "title":
        return []
    out: list[Policy] = []
    words = list(para.doc)
    for m in (m for m in doc.mentions if m.para == para.index and m.kind in ("party", "person") and not m.in_quote):
        k = m.end
        if k < len(words) - 1 and words[k].text == ":" and words[k + 1].lower_ == "we":
            k += 2  # 'Labour: we will ...'
        if k >= len(words) - 1 or words[k].lower_ not in HEADLINE_VERBS:
            continue
        k += 1
        if k < len(words) and words[k].lower_ in ("to", "for"):
            k += 1
        if k < len(words) - 1 and words[k].lower_ in ("plan", "plans") and words[k + 1].lower_ in ("to", "for"):
            k += 2  # 'DA unveils plan to end load shedding'
        rest = headline_measure(words[k:])
        if rest:
            out += _policies(doc, para, (rest[0].i, rest[-1].i), [Actor(m.kind, m.key)], resolver, 0.5)
    return out


def headline_measure(words: list[Token]) -> list[Token]:
    """The measure at the start of a headline's rest: up to a condition, a comma, a colon, 'says' or a place;
    it starts with a policy verb or names a measure."""
    end = 0
    while end < len(words):
        w = words[end]
        nxt = words[end + 1] if end + 1 < len(words) else None
        if (
            w.is_punct
            and w.text not in ("-", "'", "’", "$", "£", "€", "%")
            or w.text in ("–", "—", " - ")
            or w.lower_ in STOP_MARKS
            or w.lower_ in ("says", "say", "said")
            or w.lower_ in ("at", "in")
            and nxt is not None
            and nxt.text[:1].isupper()
        ):
            break
        end += 1
    rest = words[:end]
    if len(rest) < 2 or rest[0].is_quote or rest[0].text in ("'", "‘"):
        return []  # "promise 'no more chaos'": words quoted, not a measure
    first = rest[0].lower_
    if first in POLICY_VERBS or any(
        w.lower_ in MEASURE_HEADS_WORDS or w.lower_ in MEASURE_ADJECTIVE_WORDS or w.ent_type_ in ("MONEY", "PERCENT")
        for w in rest
    ):
        return rest
    return []


def from_launches(doc: Document, para: Paragraph, resolver: Resolver) -> list[Policy]:
    """'The Greens unveiled a rural broadband scheme', 'came up with the X scheme', 'tabled a censure motion':
    a named measure put forward by its subject."""
    out: list[Policy] = []
    for tok in para.doc:
        if (
            tok.pos_ != "NOUN"
            or tok.lower_ not in resolver.vocab.policy_nouns
            and not names_measure(tok)  # 'approved a new minimum wage'
            or in_speech(para, tok)
        ):
            continue
        verb = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" else None
        if verb is None or verb.pos_ != "VERB" or phrasal(verb) not in LAUNCH_VERBS:
            continue
        if verb.head.i != verb.i and (refuses(verb.head) or verb.head.lemma_.lower() in NEGATIVE_GOVERNORS):
            continue  # 'has ruled out introducing a capital gains tax': the refusal is the policy
        subj = doer(verb)
        actors = (resolver.resolve(para, subj) or parties_in(doc, para, subj)[-1:]) if subj is not None else []
        if not actors and subj is not None and the_government(subj):  # 'the government announced X'
            actors = actor_or_owner(doc, para, subj, resolver)
        out += launched(doc, para, tok, actors, resolver)
    return out


def launched(
    doc: Document, para: Paragraph, tok: Token, actors: list[Actor], resolver: Resolver, in_words: bool = False
) -> list[Policy]:
    """The measure a launched noun names: 'a proposal for X', 'a bill that would X', 'a motion calling for X',
    'a national care scheme', 'a cut in X'; in a politician's own words also 'the X scheme to Y'."""
    only = in_words  # in quotations: a politician's words only
    measure = proposal_for(tok)
    if measure is not None and not any(c.dep_ == "poss" for c in tok.children):
        return _policies(doc, para, (measure.left_edge.i, measure.right_edge.i), actors, resolver, 0.6, "", only)
    would = [c for c in tok.children if c.dep_ == "relcl" and intends(c) and names_a_measure(c)]
    if would:  # 'introduced a bill that would cap insulin costs'
        return [
            pol
            for verb in coordinated(would[0])
            for pol in _policies(doc, para, verb_phrase(verb), actors, resolver, 0.6, "", only)
        ]
    doing = [
        c
        for c in tok.children
        if c.dep_ == "acl"
        and c.tag_ == "VBG"
        and c.lemma_.lower() in POLICY_VERBS - DOCUMENT_VERBS  # 'a bill seeking to X': what it seeks
        and c.i == tok.i + 1
    ]
    if doing:  # 'passed a bill banning assault weapons', 'an order raising the minimum wage'
        return [
            pol
            for verb in coordinated(doing[0])
            if names_a_measure(verb)
            for pol in _policies(doc, para, verb_phrase(verb), actors, resolver, 0.6, "", only)
        ]
    asking = [c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in DOCUMENT_VERBS]
    if asking:  # 'tabled a motion calling for X', 'filed a bill seeking to ban Y'
        return document_content(doc, para, asking[0], actors, resolver)
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "nummod") and c.i < tok.i]
    preps = [
        c
        for c in tok.children
        if c.dep_ == "prep"
        and c.i > tok.i
        and c.lower_ in MEASURE_PREPS
        and not any(g.dep_ == "pobj" and g.pos_ == "PRON" for g in c.children)  # 'for those who earn less than X'
    ]
    aims = [c for c in tok.children if c.dep_ == "acl" and c.pos_ == "VERB" and c.i > tok.i]
    aims += [  # the parser may hang 'to insulate X' on the verb
        c
        for c in tok.head.head.children
        if in_words and tok.dep_ == "pobj" and c.dep_ == "advcl" and c.left_edge.i == tok.right_edge.i + 1
    ]
    if in_words and mods and aims and tok.lower_ not in GENERIC_NOUNS:  # '"the Warm Homes scheme to insulate X"'
        start = min(m.left_edge.i for m in mods)
        return _policies(doc, para, (start, aims[0].right_edge.i), actors, resolver, 0.5, "", only)
    if (
        tok.lower_ in GENERIC_NOUNS
        or not (mods or preps)
        or any(c.dep_ in ("acl", "relcl") for c in tok.children)
        or not preps
        and all(m.lower_ in PROGRAMME_MODIFIERS for m in mods)  # 'its policy platform', 'a new election budget'
    ):
        return []
    start = min(m.left_edge.i for m in mods) if mods else tok.i  # 'a cut in X', 'a national care scheme'
    end = max([tok.i] + [c.right_edge.i for c in preps])
    return _policies(doc, para, (start, end), actors, resolver, 0.6, "", only)


def from_inline_lists(doc: Document, para: Paragraph, resolver: Resolver) -> list[Policy]:
    """'Its key pledges: free childcare, a wealth tax and rent controls.', 'contains 50 pledges, including free
    personal care and a tax on private jets'."""
    out: list[Policy] = []
    for tok in para.doc:
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if (
            tok.lower_ not in GENERIC_NOUNS
            or tok.pos_ not in ("NOUN", "PROPN")
            or not (tok.lower_.endswith("s") or para.field == "title" and nxt is not None and nxt.text == ":")
            or in_speech(para, tok)
        ):  # a headline 'BJP manifesto: free LPG cylinders, ...' names its list with a singular noun
            continue
        including = [
            g
            for c in tok.children
            if c.dep_ in ("prep", "acl") and c.lower_ == "including"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if not including and (nxt is None or nxt.text != ":"):
            continue
        actors = possessor(doc, para, tok, resolver) or programme_owner(doc, para, tok, resolver)
        if not actors and tok.dep_ == "dobj":  # 'the manifesto contains 50 pledges, including ...'
            subj = doer(tok.head)
            actors = actor_or_owner(doc, para, subj, resolver) if subj is not None else []
        spans = [span for g in including for span in measures(g)]
        if nxt is not None and nxt.text == ":":
            spans += colon_items(list(tok.sent)[nxt.i + 1 - tok.sent.start :])
        for span in spans:
            words = para.doc[span[0] : span[1] + 1]
            if any(names_measure(w) or w.ent_type_ in ("MONEY", "PERCENT") for w in words):
                out += _policies(doc, para, span, actors, resolver, 0.5)
    return out


def colon_items(tokens: list[Token]) -> list[tuple[int, int]]:
    """The items of a list after a colon, split at commas, semicolons and a last 'and'."""
    items: list[tuple[int, int]] = []
    start: int | None = None
    for tok in tokens:
        if tok.text in (",", ";", ".") or tok.lower_ in ("and", "or"):
            if start is not None:
                items.append((start, tok.i - 1))
            start = None
        elif start is None:
            start = tok.i
    if start is not None:
        items.append((start, tokens[-1].i))
    return items


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
                        out.append(
                            Policy(
                                party, para.text[first:last].strip(), proposer, doc.provenance(para, first, last, 0.6)
                            )
                        )
        elif active:
            active = False
    return out


def _policies(
    doc: Document,
    para: Paragraph,
    span: tuple[int, int],
    actors: list[Actor],
    resolver: Resolver,
    confidence: float,
    prefix: str = "",
    politicians_only: bool = False,
) -> list[Policy]:
    start, end = span
    if end < start:
        return []
    kept = without_news_time(without_aside(list(para.doc[start : end + 1]), resolver.vocab.reporting_verbs))
    tokens = para.doc[kept[0].i : kept[-1].i + 1]
    promised = government_that_will(next((t for t in tokens if t.lower_ != "to"), tokens[0]))
    if promised is not None:  # 'deliver a government that will cut taxes and build homes': what that government will do
        return [
            pol
            for verb in promised
            for pol in _policies(doc, para, verb_phrase(verb), actors, resolver, confidence, prefix, politicians_only)
        ]
    parts = split_proposals(list(tokens))
    if len(parts) > 1:  # 'make GP visits free, cap rental increases' read as one phrase by the parser
        return [
            pol
            for part in parts
            for pol in _policies(
                doc, para, (part[0].i, part[-1].i), actors, resolver, confidence, prefix, politicians_only
            )
        ]
    if all(t.pos_ == "PRON" or t.is_punct for t in list(tokens)[1:]):
        return []  # 'block it': no measure named
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
            out.append(
                Policy(party, text, proposer, doc.provenance(para, tokens.start_char, tokens.end_char, confidence))
            )
    return out


def government_that_will(verb: Token) -> list[Token] | None:
    """'provide / lead a government that will protect X and strengthen Y' -> the measures of that government (none
    for 'a government that would win back trust'); None when the verb is not about such a government."""
    if verb.pos_ != "VERB":
        return None
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.lower_ in GOVERNMENT_NOUNS - {"party"}):
        for clause in (c for c in obj.children if c.dep_ == "relcl" and intends(c)):
            return [v for v in coordinated(clause) if names_a_measure(v)]
    return None


def extract_policies(
    doc: Document, predicates: list[Predicate], found: list[Found], resolver: Resolver, vocab: Vocabulary
) -> list[Policy]:
    out: list[Policy] = []
    resolver = leaders_parties(doc, predicates, resolver)
    for pred in predicates + unresolved_commitments(doc, resolver, predicates):
        if told_by_a_rival(pred, predicates, resolver):
            continue
        out += from_predicate(doc, the_party_said(doc, pred), resolver, predicates)
        out += from_demands(doc, pred, resolver)
        out += from_intentions(doc, pred, resolver)
    out += from_quotes(doc, found, resolver)
    for para in doc.paragraphs:
        out += from_nouns(doc, para, resolver, vocab)
        out += from_launches(doc, para, resolver)
        out += from_headline(doc, para, resolver)
        out += from_narration(doc, para, resolver, predicates)
        out += from_pushes(doc, para, resolver, predicates)
        out += from_wishes(doc, para, resolver, predicates)
        out += from_passives(doc, para, resolver)
        out += from_inline_lists(doc, para, resolver)
        out += from_contents(doc, para, resolver)
        out += from_commitments(doc, para, resolver, predicates)
        out += from_copular_pledges(doc, para, resolver)
        out += from_emphasis(doc, para, resolver, predicates)
    main_speakers = [a for p in predicates for a in p.speakers]
    out += from_lists(doc, resolver, [max(main_speakers, key=main_speakers.count)] if main_speakers else [])
    return distinct(out)


def content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in FUNCTION_WORDS}


def distinct(policies: list[Policy]) -> list[Policy]:
    """One policy per measure and party: a later mention of the same measure in other words is dropped."""
    kept: list[tuple[Policy, set[str]]] = []
    for pol in policies:
        words = content_words(pol.policy)
        if words and not any(
            k.party == pol.party
            and (words <= seen or seen <= words or 2 * len(words & seen) / (len(words) + len(seen)) >= 0.6)
            for k, seen in kept
        ):
            kept.append((pol, words))
    return [pol for pol, _ in kept]
