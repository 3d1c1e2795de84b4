"""Who puts a measure forward: the speaker's own side, a party named in a government phrase, the owner of
'Labour's plan', the governing party; and when a pledge is only a rival's claim."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from polgraph.facts import Membership
from polgraph.loaders.extract.deps import SUBJECTS
from polgraph.loaders.extract.document import Document, Paragraph
from polgraph.loaders.extract.policy_spans import clause_subject, doer, phrasal
from polgraph.loaders.extract.speakers import Actor, Resolver
from polgraph.loaders.extract.statements import Found, Predicate
from polgraph.loaders.vocab import Vocabulary, word_list

GENERIC_NOUNS = word_list("generic_nouns")
NEGATIVE_GOVERNORS = word_list("negative_governors")
POLICY_VERBS = word_list("policy_verbs")
GOVERNMENT_NOUNS = word_list("government_nouns")
NOT_SITTING = word_list("not_sitting")
LAUNCH_VERBS = word_list("launch_verbs")
ADHERENCE_VERBS = word_list("adherence_verbs")
PARTY_OFFICES = word_list("party_voices")
MEMBER_NOUNS = word_list("member_nouns")
RULING_WORDS = word_list("ruling_words")
PUT_FORWARD = word_list("object_pledges") | LAUNCH_VERBS | word_list("sponsor_verbs")
COALITION_NOUNS = word_list("coalition_nouns_of_parties")
COALITION_NAMES = word_list("coalition_names")
PARTY_GROUPS = word_list("party_groups")
PROGRAMME_REFERENCES = word_list("programme_references")
COMMENTATOR_TITLES = word_list("commentator_titles")
LED_BODIES = word_list("public_bodies")


def party_for(actor: Actor, resolver: Resolver) -> tuple[str | None, str | None]:
    """(party, proposer) for the actor who put a proposal forward."""
    if actor.kind == "party":
        return actor.name, None
    return resolver.party_of(actor.name), actor.name


def parties_in(doc: Document, para: Paragraph, tok: Token) -> list[Actor]:
    """Parties named inside a phrase ('a Conservative government', 'the Green leader')."""
    span = list(tok.subtree)
    keys = [
        m.key
        for m in doc.mentions
        if m.para == para.index and m.kind == "party" and not m.in_quote and span[0].i <= m.start <= span[-1].i
    ]
    return [Actor("party", k) for k in dict.fromkeys(keys)]


def own_side(doc: Document, para: Paragraph, subj: Token, speakers: list[Actor], resolver: Resolver) -> list[Actor]:
    """The speakers whose own commitment a reported clause is: 'X said he / his party / a Labour
    government would ...'; never a claim about a rival ('X said the Tories would ...')."""
    named = parties_in(doc, para, subj) if subj.lower_ in GOVERNMENT_NOUNS | LED_BODIES else []  # 'a DA-led council'
    if subj.lower_ in resolver.vocab.policy_nouns:  # 'his legislation would ban X', not '... would help'
        actors = actor_or_owner(doc, para, subj, resolver) if subj.head.lemma_.lower() in POLICY_VERBS else []
    else:
        actors = named or resolver.resolve(para, subj)
    out = []
    for speaker in speakers:
        party, _ = party_for(speaker, resolver)
        if (
            speaker in actors
            or party
            and (
                any(Actor("party", p) in actors for p in parties_of(speaker, resolver))
                or speaker.kind == "party"
                and party in {party_for(a, resolver)[0] for a in actors}
            )
        ):  # 'The Democratic Party said its nominee X would ...': the party speaks for its own member
            out.append(speaker)
    if not out and named and led_by_speaker(subj):
        out = named[-1:]  # 'a Conservative government under his leadership would ...'
    if (
        not out
        and actors
        and subj.lower_ not in resolver.vocab.policy_nouns  # not 'X's policy would increase prices'
        and all(a.kind == "party" for a in actors)
        and not any(party_for(a, resolver)[0] for a in speakers)
        and any(holds_party_office(a, resolver) for a in speakers)
    ):
        out = actors  # 'It would also cap X, leader Y said': Y's party is not stated, the party's plan is
    if (
        not out
        and named
        and sitting(subj)
        and subj.head.lemma_.lower() in POLICY_VERBS
        and not any(party_for(a, resolver)[0] for a in speakers)
    ):
        out = named[-1:]  # 'the ANC government will introduce X, Ramaphosa said'

    if (
        not out
        and not named
        and subj.lower_ in GOVERNMENT_NOUNS - {"party"}
        and sitting(subj)
        and len(list(subj.children)) == 1
    ):
        ruling = governing_party(doc)  # 'Ramaphosa said the government would introduce X' (his party governs)
        out = [a for a in speakers if ruling and ruling in parties_of(a, resolver)]
    if not out and subj.lower_ == "it" and not actors and len(speakers) == 1 and speakers[0].kind == "party":
        out = speakers  # 'A Conservative Party spokesperson said it would freeze fuel duty'
    if (
        not out
        and subj.lower_ == "party"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)
        and not named
        and actors
        and all(a.kind == "party" for a in actors)
        and all(a.kind == "person" and not party_for(a, resolver)[0] for a in speakers)
        and not any(  # not an analyst's or a minister's forecast
            r.person == a.name and r.role.split()[-1] not in PARTY_OFFICES
            for a in speakers
            for r in (*resolver.roles, *resolver.inferred)
        )
        and not any(commentator(doc, a.name) for a in speakers)
    ):
        out = actors  # 'Speaking in Derby, X said the party would also cut Y' (X's party not stated): the party's plan
    if not out and bare_coalition(doc, para, subj):  # 'X, PH's state chairman, said the coalition would ...'
        called = coalition_parties(doc, resolver.vocab)
        out = [a for a in speakers if parties_of(a, resolver) & set(called)]
    poss = next((c for c in subj.children if c.dep_ == "poss"), None)
    if not out and subj.lower_ in GOVERNMENT_NOUNS | PARTY_GROUPS and poss is not None:
        out = [a for a in resolver.resolve(para, poss) if a in speakers]  # 'her government / caucus would ...'
    return out


def parties_of(actor: Actor, resolver: Resolver) -> set[str]:
    """Every party an actor belongs to ('the Liberal leader' of 'the Coalition')."""
    if actor.kind == "party":
        return {actor.name}
    return {m.party for m in (*resolver.memberships, *resolver.inferred_memberships) if m.person == actor.name} | {
        r.party for r in (*resolver.roles, *resolver.inferred) if r.person == actor.name and r.party
    }


def holds_party_office(actor: Actor, resolver: Resolver) -> bool:
    """A party leader, spokesperson or candidate (not a minister, who may be a rival's)."""
    return actor.kind == "person" and any(
        r.person == actor.name and r.role.split()[-1] in PARTY_OFFICES and "minister" not in r.role
        for r in (*resolver.roles, *resolver.inferred)
    )


def sitting(government: Token) -> bool:
    """'the Labour government', not 'a / the next / the previous Labour government'."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in government.children) and not any(
        c.lower_ in NOT_SITTING for c in government.children
    )


def leaders_parties(doc: Document, predicates: list[Predicate], resolver: Resolver) -> Resolver:
    """The resolver, also knowing the party of a speaker of no stated party who speaks of 'a Conservative
    government under my leadership' (for that speaker's other pledges in the article)."""
    found = []
    for pred in (p for p in predicates if p.kind == "say"):
        for clause in (c for c in pred.verb.children if c.dep_ == "ccomp"):
            subj = clause_subject(clause)
            named = parties_in(doc, pred.para, subj) if subj is not None and subj.lower_ in GOVERNMENT_NOUNS else []
            if named and subj is not None and led_by_speaker(subj):
                found += [
                    Membership(a.name, named[-1].name)
                    for a in pred.speakers
                    if a.kind == "person" and not resolver.party_of(a.name)
                ]
    return replace(resolver, memberships=(*resolver.memberships, *found)) if found else resolver


def led_by_speaker(subj: Token) -> bool:
    """'a Labour government under my / his leadership', 'led by me'."""
    return any(
        t.lower_ in ("my", "his", "her")
        and t.head.lower_ == "leadership"
        or t.lower_ in ("me", "him", "her")
        and t.head.lower_ == "under"
        or t.lower_ in ("me", "him", "her")
        and t.head.lower_ == "by"
        and t.head.head.lemma_ == "lead"
        for t in subj.subtree
    )


def under_plans(para: Paragraph, verb: Token, resolver: Resolver) -> list[Actor]:
    """The owner in 'under Labour's plans, ...'."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "under"):
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lower_ in GOVERNMENT_NOUNS - {"party"}):
            named = parties_in(resolver.doc, para, noun)
            if named and not any(c.lower_ in NOT_SITTING for c in noun.children):
                return named[-1:]  # 'under a Labour government, fees would be abolished'
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lower_ in GENERIC_NOUNS):
            poss = next((c for c in noun.children if c.dep_ == "poss"), None)
            if poss is not None:
                return resolver.resolve(para, poss)
            return possessor(resolver.doc, para, noun, resolver) or earlier_owner(resolver.doc, para, noun, resolver)
    return []


def actor_or_owner(doc: Document, para: Paragraph, subj: Token, resolver: Resolver) -> list[Actor]:
    """Who a subject puts forward: the party or politician it names, or the owner of 'Labour's plan'."""
    if subj.lower_ in PROGRAMME_REFERENCES and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        return programme_owner(doc, para, subj, resolver)  # 'launched its manifesto. The 80-page document promises X'
    if subj.lower_ in resolver.vocab.policy_nouns:
        return (
            possessor(doc, para, subj, resolver)
            or sponsors(doc, para, subj, resolver)
            or earlier_owner(doc, para, subj, resolver)
            or programme_owner(doc, para, subj, resolver)
        )
    if subj.lower_ in GOVERNMENT_NOUNS and parties_in(doc, para, subj):
        return parties_in(doc, para, subj)[-1:]
    if subj.lower_ in GOVERNMENT_NOUNS - {"party"}:  # 'the Modi government', 'a Trump administration'
        leaders = [
            m.key
            for m in doc.mentions_at(para.index, subj.i - 1)
            if m.kind == "person" and resolver.party_of(m.key) and subj.i > 0
        ]
        if leaders:
            return [Actor("person", leaders[-1])]
    called = (
        coalition_parties(doc, resolver.vocab, before=(para.index, subj.i)) if bare_coalition(doc, para, subj) else []
    )
    if called:  # 'the opposition coalition has vowed to X': the coalition named last
        return [Actor("party", called[-1])]
    if (
        subj.lower_ in GOVERNMENT_NOUNS
        and subj.lower_ != "party"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)
    ):
        ruling = governing_party(doc)
        return [Actor("party", ruling)] if ruling else []
    actors = the_opposition(subj, resolver) or resolver.resolve(para, subj)
    if not actors and subj.lower_ in MEMBER_NOUNS:  # 'Liberal Party senators want X', 'Democratic lawmakers ...'
        actors = parties_in(doc, para, subj)[-1:]
    return [a for a in actors if a.kind == "party" or resolver.party_of(a.name)]


def agent(verb: Token) -> Token | None:
    """The X of 'promised / sponsored / unveiled by X'."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in PUT_FORWARD and phrasal(verb) not in PUT_FORWARD:
        return None
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def sponsors(doc: Document, para: Paragraph, noun: Token, resolver: Resolver) -> list[Actor]:
    """'The bill, sponsored by Republican Sen. X, would ...', 'a ban promised by Labour', 'a ban has been
    promised by Labour': who put the measure forward."""
    verbs = [c for c in noun.children if c.dep_ == "acl"]
    if noun.dep_ == "nsubjpass":
        verbs.append(noun.head)
    for verb in verbs:
        by = agent(verb)
        if by is not None:
            return actor_or_owner(doc, para, by, resolver)
    return []


def named_in_sentence(doc: Document, para: Paragraph, pronoun: Token) -> list[Actor]:
    """'A poll put Mr Hale ahead after his vow to X': 'his' / 'her' is the one person named before it in its
    sentence (outside quotations)."""
    if pronoun.lower_ not in ("his", "her"):
        return []
    people = {
        m.key
        for m in doc.mentions
        if m.para == para.index
        and m.kind == "person"
        and not m.in_quote
        and pronoun.sent.start <= m.start < pronoun.i
        and m.text.lower() not in ("he", "she", "his", "her", "him")
    }
    return [Actor("person", people.pop())] if len(people) == 1 else []


def the_opposition(tok: Token, resolver: Resolver) -> list[Actor]:
    """'the Opposition' / "the Opposition's plan" -> the one party whose people hold the shadow posts or lead
    the opposition in the article."""
    if tok.lower_ != "opposition" or not (
        tok.dep_ == "poss" or any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    ):
        return []
    parties = {r.party for r in resolver.roles if r.party and ("shadow" in r.role or "opposition" in r.role)}
    return [Actor("party", parties.pop())] if len(parties) == 1 else []


def governing_party(doc: Document) -> str | None:
    """The party of 'the Labour government' / 'the Fine Gael-led government' when the article names only one
    (not 'a', 'the next' or 'the previous' one)."""
    found: set[str] = set()
    for para in doc.paragraphs:
        for tok in para.doc:
            if tok.lower_ not in GOVERNMENT_NOUNS or tok.lower_ == "party" or not sitting(tok):
                continue
            found.update(a.name for a in parties_in(doc, para, tok))
    return next(iter(found)) if len(found) == 1 else None if found else ruling_party(doc)


def ruling_party(doc: Document) -> str | None:
    """'the ruling ANC', 'the governing Conservatives', 'the ruling party, the BJP,' when only one is named so."""
    found: set[str] = set()
    for m in (m for m in doc.mentions if m.kind == "party" and not m.in_quote):
        para = doc.paragraphs[m.para]
        start = m.start - 1 if m.start > 0 and para.doc[m.start - 1].lower_ == "the" else m.start
        root = para.doc[m.end - 1]
        if start > 0 and para.doc[start - 1].lower_ in RULING_WORDS:
            found.add(m.key)  # 'the ruling ANC'
        elif root.dep_ == "appos" and any(c.lower_ in RULING_WORDS for c in root.head.children):
            found.add(m.key)  # 'the ruling party, the BJP'
    return next(iter(found)) if len(found) == 1 else None


def earlier_owner(doc: Document, para: Paragraph, noun: Token, resolver: Resolver) -> list[Actor]:
    """'the manifesto' after 'Labour's manifesto': the owner named the last time that noun had one."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return []
    for earlier in reversed(doc.paragraphs[: para.index + 1]):
        for tok in reversed(earlier.doc):
            if earlier is para and tok.i >= noun.i or tok.lemma_ != noun.lemma_:
                continue
            actors = possessor(doc, earlier, tok, resolver) or launcher(earlier, tok, resolver)
            if actors:
                return actors
    return []


def programme_owner(doc: Document, para: Paragraph, noun: Token, resolver: Resolver) -> list[Actor]:
    """'Other pledges include ...' / 'Key pledges are ...' after 'The Greens launched their manifesto': the owner of
    the programme named just before (this or the previous paragraph)."""
    if any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return []
    for earlier in reversed(doc.paragraphs[max(0, para.index - 1) : para.index + 1]):
        for tok in reversed(earlier.doc):
            if earlier is para and tok.i >= noun.i or tok.lower_ not in GENERIC_NOUNS:
                continue
            actors = possessor(doc, earlier, tok, resolver) or launcher(earlier, tok, resolver)
            if actors:
                return actors
    return []


def launcher(para: Paragraph, noun: Token, resolver: Resolver) -> list[Actor]:
    """'Labour unveiled a plan ...': who put the noun forward, by a launch verb."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or phrasal(verb) not in LAUNCH_VERBS:
        return []
    subj = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    actors = resolver.resolve(para, subj) if subj is not None else []
    return [a for a in actors if a.kind == "party" or resolver.party_of(a.name)]


def possessor(doc: Document, para: Paragraph, noun: Token, resolver: Resolver) -> list[Actor]:
    """'Labour's manifesto' -> Labour, also when the parser hangs "'s" under a longer name; 'the Labour
    manifesto' -> Labour."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None and poss.lower_ in ("its", "their") and not resolver.resolve(para, poss):
        last = last_subject_party(doc, para, poss)  # 'The SNP published its manifesto. Among its pledges ...'
        return [Actor("party", last)] if last else []
    if poss is not None:
        return the_opposition(poss, resolver) or resolver.resolve(para, poss)
    for child in (c for c in noun.children if c.i < noun.i and c.dep_ in ("nmod", "compound")):
        if any(t.dep_ == "case" and t.lower_ in ("'s", "’s") for t in child.subtree):
            return parties_in(doc, para, child)[-1:]
    for child in (c for c in noun.children if c.i == noun.i - 1 and c.dep_ in ("compound", "amod")):
        named = [m for m in doc.mentions_at(para.index, child.i) if m.kind == "party"]
        if named:
            return [Actor("party", named[-1].key)]  # 'the Labour manifesto'
    return []


def rival_subject(doc: Document, pred: Predicate, clause: Token, resolver: Resolver) -> bool:
    """'demanded that the Labour leader show ...': what a rival is asked to do is no proposal of theirs."""
    subj = clause_subject(clause)
    if subj is None:
        return False
    actors = resolver.resolve(pred.para, subj) or parties_in(doc, pred.para, subj)
    own = {party_for(a, resolver)[0] for a in pred.speakers} - {None}
    return bool(actors) and not any(a in pred.speakers or party_for(a, resolver)[0] in own for a in actors)


def told_by_a_rival(pred: Predicate, predicates: list[Predicate], resolver: Resolver) -> bool:
    """'Y said the larger party wanted to ...': a pledge inside a rival's words is their claim, unless the one
    reporting it is on the same side (a reporter of no stated party, 'Tánaiste Y said', is no rival)."""
    own = {party_for(a, resolver)[0] for a in pred.speakers} - {None}
    for other in predicates:
        if other is pred or other.para is not pred.para or other.kind == "commit":
            continue
        if pred.verb.i != other.verb.i and pred.verb in other.verb.subtree:
            theirs = {party_for(a, resolver)[0] for a in other.speakers} - {None}
            if theirs and not own & theirs and not set(pred.speakers) & set(other.speakers):
                return True
    return False


def owner_of(para: Paragraph, noun: Token, resolver: Resolver) -> list[Actor]:
    poss = [c for c in noun.children if c.dep_ == "poss"]
    if poss:
        return (
            the_opposition(poss[0], resolver)
            or named_in_sentence(resolver.doc, para, poss[0])
            or resolver.resolve(para, poss[0])
            or actor_or_owner(resolver.doc, para, poss[0], resolver)
            or possessor(resolver.doc, para, noun, resolver)  # 'The SNP renewed its demand for X'
        )
    named = possessor(resolver.doc, para, noun, resolver)
    if named:  # 'a Democratic bill to X' is the Democrats' whoever blocks it
        return named
    head = noun.head
    if (
        noun.dep_ == "pobj"
        and head.lower_ in ("on", "with")
        and head.head.pos_ == "VERB"
        and head.head.lemma_ not in NEGATIVE_GOVERNORS
    ):  # 'campaigning on a promise to X'
        campaigner = next((c for c in head.head.children if c.dep_ in SUBJECTS), None)
        return actor_or_owner(resolver.doc, para, campaigner, resolver) if campaigner is not None else []
    if noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in ADHERENCE_VERBS:
        keeper = clause_subject(head.head)  # 'his party will stick to a policy of X'
        return actor_or_owner(resolver.doc, para, keeper, resolver) if keeper is not None else []
    if noun.dep_ == "dobj" and head.pos_ == "VERB":
        subjects = [c for c in head.children if c.dep_ in SUBJECTS]
        if not subjects and head.dep_ == "xcomp":  # 'Labour is set to announce plans to X'
            subjects = [c for c in head.head.children if c.dep_ in SUBJECTS]
        if subjects and subjects[0].tag_ in ("WDT", "WP") and head.dep_ == "relcl":
            subjects = [head.head]  # 'the manifesto, which includes pledges to X'
        if subjects and subjects[0].lower_ in resolver.vocab.policy_nouns:  # 'the manifesto includes a pledge to X'
            return actor_or_owner(resolver.doc, para, subjects[0], resolver)
        if subjects:  # 'the Labour government announced plans to X'
            return resolver.resolve(para, subjects[0]) or actor_or_owner(resolver.doc, para, subjects[0], resolver)
    return []


def list_owner(para: Paragraph, resolver: Resolver) -> list[Actor]:
    """Whose list it is: 'Labour's promises include:', 'The Greens say their pledges are:'."""
    for tok in para.doc:
        if tok.lower_ in GENERIC_NOUNS and tok.pos_ == "NOUN":
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            actors = resolver.resolve(para, poss) if poss is not None else []
            if actors:
                return actors
    for tok in para.doc:  # 'Key pledges include:' after 'Labour launched its manifesto'
        if tok.lower_ in GENERIC_NOUNS and tok.pos_ == "NOUN":
            actors = possessor(resolver.doc, para, tok, resolver) or programme_owner(resolver.doc, para, tok, resolver)
            if actors:
                return actors
    return []


def speakers_party(doc: Document, f: Found, subj: Token, resolver: Resolver) -> bool:
    """'"A Labour government will ...," said the Labour leader': the subject is the speaker's own party."""
    here = doc.mentions_at(f.para.index, subj.i)
    if subj.lower_ not in GOVERNMENT_NOUNS and not any(m.kind == "party" for m in here):
        return False
    span = list(subj.subtree)
    named = {
        m.key
        for m in doc.mentions
        if m.para == f.para.index and m.kind == "party" and span[0].i <= m.start <= span[-1].i
    }
    return bool(named) and any(party_for(a, resolver)[0] in named for a in f.speakers)


def home_country(doc: Document, para: Paragraph, tok: Token, vocab: Vocabulary) -> bool:
    """The subject is the article's own country ('the United Kingdom must ...')."""
    info = vocab.countries.get(doc.country or "")
    return info is not None and any(
        m.kind == "other" and m.key == info["name"] for m in doc.mentions_at(para.index, tok.i)
    )


def the_party_said(doc: Document, pred: Predicate) -> Predicate:
    """'The party, of which X is president, has vowed to ...': 'the party' is the last party that was the subject
    of the narration (not one named in passing or inside a quotation)."""
    subj = doer(pred.verb)
    if (
        subj is None
        or subj.lower_ != "party"
        or not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)
        or len(pred.speakers) != 1
        or pred.speakers[0].kind != "party"
        or parties_in(doc, pred.para, subj)
    ):
        return pred
    last = last_subject_party(doc, pred.para, subj)
    if last is None or last == pred.speakers[0].name:
        return pred
    return replace(pred, speakers=[Actor("party", last)])


def last_subject_party(doc: Document, para: Paragraph, tok: Token) -> str | None:
    """The last party the narration had as a subject before a token (outside quotations)."""
    before = [
        m for m in doc.mentions if m.kind == "party" and m.subject and not m.in_quote and m.order < (para.index, tok.i)
    ]
    return before[-1].key if before else None


def bare_coalition(doc: Document, para: Paragraph, tok: Token) -> bool:
    """'the coalition' / 'the opposition bloc' / 'the group': a coalition noun naming no party of its own."""
    return (
        tok.lower_ in COALITION_NOUNS
        and tok.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        and not parties_in(doc, para, tok)
        and not any(c.dep_ in ("poss", "prep", "relcl", "acl") for c in tok.children)
    )


def coalition_parties(doc: Document, vocab: Vocabulary, before: tuple[int, int] | None = None) -> list[str]:
    """Parties the article calls a coalition, bloc or group ('the Pakatan Harapan coalition', 'PN, the opposition
    bloc,', 'the opposition coalition Perikatan Nasional'; 'the group' of a European Parliament group), and named
    coalitions; in order of last mention (before a place, if given)."""
    found: dict[str, tuple[int, int]] = {}
    for m in (m for m in doc.mentions if m.kind == "party" and not m.in_quote):
        if before is not None and m.order >= before:
            continue
        tokens = doc.paragraphs[m.para].doc
        root = tokens[m.end - 1]
        after = tokens[m.end] if m.end < len(tokens) else None
        near = [after, tokens[m.start - 1] if m.start else None, root.head if root.dep_ == "appos" else None]
        near += [c for c in root.children if c.dep_ == "appos"]
        called = any(t is not None and t.lower_ in COALITION_NOUNS - {"group"} and t.pos_ == "NOUN" for t in near)
        following = "".join(t.lower_ for t in tokens[m.end : m.end + 3])
        called = called or following.startswith(("party-list", "partylist"))  # a Philippine party-list group
        shared = m.start > 1 and tokens[m.start - 1].text in ("-", "and", "/") and doc.mentions_at(m.para, m.start - 2)
        infos = vocab.parties_for(m.key) + vocab.weak_parties_for(m.key)
        if (called and not shared) or m.key in COALITION_NAMES or any(i.country == "EU" for i in infos):
            found[m.key] = m.order  # not the 'Conservative-Liberal Democrat coalition' of two parties
    return sorted(found, key=lambda k: found[k])


def commentator(doc: Document, person: str) -> bool:
    """'political analyst X', 'X, a professor of politics,': someone who comments on parties, not one of theirs."""
    for m in (m for m in doc.mentions if m.kind == "person" and m.key == person):
        tokens = doc.paragraphs[m.para].doc
        near = list(tokens[max(0, m.start - 3) : m.start]) + list(tokens[m.end : min(len(tokens), m.end + 5)])
        if any(t.lemma_.lower() in COMMENTATOR_TITLES for t in near):
            return True
    return False
