"""Which words name a measure: a verb phrase without its conditions, a list split into its measures, the
specific noun phrase a demand or proposal is for."""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

from polgraph.loaders.extract.deps import SUBJECTS
from polgraph.loaders.extract.document import Paragraph
from polgraph.loaders.extract.statements import subject_of
from polgraph.loaders.vocab import word_list

GENERIC_NOUNS = word_list("generic_nouns")
NEGATIVE_GOVERNORS = word_list("negative_governors")
STOP_MARKS = word_list("stop_marks")
INTENT_MODALS = word_list("intent_modals")
NOT_POLICY_VERBS = word_list("not_policy_verbs")
NOT_POLICY_OBJECTS = word_list("not_policy_objects")
ELECTION_NOUNS = word_list("election_nouns")
MADE_STATES = word_list("made_states")
PROPOSAL_NOUNS = word_list("proposal_nouns")
POLICY_VERBS = word_list("policy_verbs")
REFUSAL_VERBS = word_list("refusal_verbs")
DISCOURSE_ADVERBS = word_list("discourse_adverbs")
PLEDGE_NOUNS = word_list("pledge_nouns")
MEASURE_HEADS = word_list("measure_heads")
FIELDED = word_list("fielded_objects")
COMMITMENT_NOUNS = word_list("commitment_nouns")
PROGRAMME_MODIFIERS = word_list("programme_modifiers")
MEASURE_ADJECTIVES = word_list("measure_adjectives")
VALUE_NOUNS = word_list("value_nouns")
ELECTORAL_NOUNS = word_list("electoral_nouns")
POLICY_OF_NOUNS = word_list("policy_of_nouns")
COALITION_VERBS = word_list("coalition_verbs")
COALITION_NOUNS = word_list("coalition_nouns")
PARTNER_VERBS = word_list("partner_verbs")
PROCEDURE_VENUES = word_list("procedure_venues")
NEWS_TIMES = word_list("news_times")
BARE_TIMES = ("today", "yesterday", "tonight")
COMPLEMENTS = ("dobj", "prep", "xcomp", "dative", "oprd", "prt", "ccomp")


def without_leading_time(tokens: list[Token]) -> list[Token]:
    """'promised Tuesday to axe X' / 'pledged last week to cut Y': the proposal starts after the time."""
    i = 1 if tokens and tokens[0].lower_ in ("on", "at", "in") and tokens[0].dep_ == "prep" else 0  # 'on Saturday'
    while i < len(tokens) and tokens[i].ent_type_ in ("DATE", "TIME"):
        i += 1
    if 0 < i < len(tokens) - 1 and tokens[i].lower_ == "to" and tokens[i].head.pos_ == "VERB":
        return tokens[i + 1 :]
    return tokens


def without_news_time(tokens: list[Token]) -> list[Token]:
    """'nationalise the railways on Monday' / '... last week' / '... today': the time of the news is no part of
    the proposal ('cut emissions by 2030' keeps its date)."""
    end = len(tokens)
    while end > 0 and tokens[end - 1].is_punct:
        end -= 1
    if end > 0 and tokens[end - 1].lower_ in NEWS_TIMES and tokens[end - 1].ent_type_ in ("DATE", "TIME"):
        k = end - 1
        while k > 0 and tokens[k - 1].ent_type_ in ("DATE", "TIME") and tokens[k - 1].lower_ != "by":
            k -= 1
        if k > 0 and tokens[k - 1].lower_ in ("on", "at", "this", "last", "earlier"):
            k -= 1
        elif not (tokens[k].lower_ in ("this", "last", "earlier") or k == end - 1 and tokens[k].lower_ in BARE_TIMES):
            return tokens  # 'a four-day week' is the proposal
        if k >= 2:
            return tokens[:k]
    return tokens


def without_aside(tokens: list[Token], reporting: Container[str]) -> list[Token]:
    """'a down-payment grant, speaking in Atlanta', 'X, analysts say': a participle of speaking or visiting, or
    a short clause of saying, after a comma is the news, not the proposal."""
    for k in range(1, len(tokens) - 1):
        nxt = tokens[k + 1]
        if tokens[k].text == "," and (
            nxt.tag_ == "VBG"
            and (nxt.lemma_.lower() in NOT_POLICY_VERBS or nxt.lemma_.lower() in reporting)
            or any(t.pos_ == "VERB" and t.lemma_.lower() in reporting for t in tokens[k + 1 : k + 5])
            and len(tokens) - k <= 6
        ):
            return tokens[:k]
    return tokens


def is_condition(tok: Token) -> bool:
    """A clause that qualifies a proposal rather than naming it: 'if elected', ', forcing X to ...'."""
    if tok.dep_ != "advcl":
        return False
    return any(m.lower_ in STOP_MARKS for m in tok.children if m.dep_ in ("mark", "aux", "advmod")) or (
        tok.tag_ == "VBG" and tok.i > 0 and tok.doc[tok.left_edge.i - 1].text == ","
    )


def verb_phrase(verb: Token) -> tuple[int, int]:
    """The span of one coordinated verb phrase, without its conjuncts and conditions."""
    excluded: set[int] = set()
    for child in verb.children:
        if (
            child.dep_ in ("conj", "cc", "parataxis", "punct")
            or child.dep_ == "prep"
            and any(g.dep_ == "pobj" and g.lower_ in GENERIC_NOUNS for g in child.children)
        ):
            excluded.update(t.i for t in child.subtree)
    for tok in verb.subtree:
        if tok.i != verb.i and is_condition(tok):
            excluded.update(t.i for t in tok.subtree)
    start = verb.i
    for child in verb.children:
        if (
            child.i < verb.i
            and (child.dep_ in ("neg", "advmod") or child.dep_ == "preconj" and child.lower_ == "neither")
            and child.i not in excluded
            and child.lower_ not in DISCOURSE_ADVERBS
        ):
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


def split_proposals(tokens: list[Token]) -> list[list[Token]]:
    """'to keep X, lower Y, and have Z' -> three proposals; clauses that are no proposal stay attached."""
    parts: list[list[Token]] = [[]]
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if (tok.text in (",", ";") or tok.lower_ in ("and", "or")) and nxt is not None:
            first = next((t for t in tokens[i + 1 :] if t.lower_ not in ("and", "or", "to")), None)
            if first is not None and (
                first.tag_.startswith("VB")
                and first.dep_ in ("conj", "xcomp", "aux")
                or first.dep_ == "conj"
                and first.head.pos_ == "VERB"
                or first.lower_ in POLICY_VERBS
                and any(t.pos_ == "VERB" or t.lower_ in POLICY_VERBS for t in parts[-1][:3])
            ):
                parts.append([])
                continue
        parts[-1].append(tok)
    cleaned = []
    for part in parts:
        cut = next((t.left_edge.i for t in part if is_condition(t) and t.left_edge.i > part[0].i), None) or next(
            (t.i for t in part[1:] if t.text == "," and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in STOP_MARKS),
            None,
        )
        if cut is not None:
            part = [t for t in part if t.i < cut]
        clause = next((t for t in part if t.dep_ in SUBJECTS and t.head.dep_ == "conj" and t.head.i > part[0].i), None)
        if clause is not None:
            part = [t for t in part if t.i < clause.left_edge.i]
        while part and (part[0].lower_ in ("and", "or", "to") or part[0].is_punct):
            part = part[1:]
        while part and (part[-1].is_punct or part[-1].lower_ in ("and", "or")):
            part = part[:-1]
        if len(part) >= 2 and part[0].lemma_ != "be" and not (part[0].pos_ == "VERB" and no_measure(part[0])):
            cleaned.append(part)
    return cleaned


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


def no_measure(verb: Token) -> bool:
    """'win', 'be', 'make a decision', 'hold a rally', 'continue to campaign': nothing a party would do in
    office."""
    if coalition_stance(verb):
        return False
    if any(c.dep_ == "dobj" and c.lemma_.lower() in FIELDED for c in verb.children):
        return False  # 'stand / run candidates in every seat' is a party's plan
    if verb.lemma_.lower() in NOT_POLICY_VERBS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in NOT_POLICY_OBJECTS for c in verb.children
    ):
        return True
    if any(  # 'push the bill through a plenary session': procedure ('push a wealth tax through' names one)
        c.dep_ == "prep" and c.lower_ == "through" and any(g.lemma_.lower() in PROCEDURE_VENUES for g in c.children)
        for c in verb.children
    ) and not any(c.dep_ == "dobj" and names_measure(c) for c in verb.children):
        return True
    if any(  # 'double their number of MPs', 'win more seats': an electoral goal
        c.dep_ == "dobj" and any(t.lemma_.lower() in ELECTORAL_NOUNS for t in c.subtree if t.dep_ in ("pobj", "dobj"))
        for c in verb.children
    ):
        return True
    if any(c.dep_ == "dobj" and unnamed_programme_or_rival(c) for c in verb.children) and not any(
        c.dep_ in ("prep", "prt", "xcomp", "oprd")
        and c.lower_ != "as"
        and not any(g.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME") for g in c.children)  # 'in London'
        or c.dep_ == "advmod"
        and c.lower_ in ("back", "out", "up", "down", "off", "away")
        or c.dep_ == "advcl"  # 'introduce plans in X to incentivize Y'
        and any(a.lower_ == "to" for a in c.children)
        for c in verb.children
    ):
        return True  # 'unveil its manifesto', 'replace the Conservatives as the opposition' (not 'lead X back into Y')
    inner = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    return inner is not None and no_measure(inner)


def coalition_stance(verb: Token) -> bool:
    """'would not prop up a Conservative government', 'go into coalition with the Greens', 'do a deal with X': a
    stance on governing with a named partner (not 'form a government', 'join the government')."""
    partners = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
    if verb.lemma_.lower() in PARTNER_VERBS:  # 'refused to work with Reform UK', 'will govern with the Greens'
        return any(g.dep_ == "pobj" and g.text[:1].isupper() and g.pos_ == "PROPN" for p in partners for g in p.subtree)
    if phrasal(verb) not in COALITION_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("into", "in")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    for obj in (  # the parser may make 'intent' the head of 'a Labour government intent on X'
        o
        for o in objects
        if o.lemma_.lower() in COALITION_NOUNS
        or any(c.dep_ == "compound" and c.lemma_.lower() in COALITION_NOUNS for c in o.children)
    ):
        named = [t for p in [obj, *partners] for t in p.subtree if t.i != obj.i and t.i > verb.i]
        if any(t.text[:1].isupper() and t.pos_ in ("PROPN", "ADJ", "NOUN") for t in named):
            return True
    return False


def unnamed_programme_or_rival(obj: Token) -> bool:
    """'its manifesto' (what is in it is the measure, not the document) or a party or person as the object."""
    described = {  # 'policies that are costed and realistic' say what they are like, not what they do
        t.i
        for c in obj.children
        if c.dep_ == "relcl"
        and any(a.lemma_ == "be" for a in [c, *c.children])
        and not any(a.dep_ in ("dobj", "xcomp", "ccomp", "prep", "advcl") for a in c.children)
        for t in c.subtree
    }
    if (
        obj.lower_ in GENERIC_NOUNS
        and not any(t.pos_ == "VERB" and t.i not in described for t in obj.subtree)
        and not any(
            c.dep_ == "prep"
            and c.lower_ in ("for", "on", "to", "of", "into")
            or c.dep_ in ("compound", "amod", "nmod", "nummod")
            and c.lower_ not in PROGRAMME_MODIFIERS  # 'a national dental care plan' names one
            for c in obj.children
        )
    ):
        return True
    return obj.ent_type_ in ("PARTY", "PERSON")


def names_a_measure(verb: Token) -> bool:
    """A verb with something to do, and with an object or complement."""
    return verb.pos_ == "VERB" and not no_measure(verb) and any(c.dep_ in COMPLEMENTS for c in verb.children)


def refuses(verb: Token) -> bool:
    """'has ruled out a deal with X': a commitment not to do something (not 'refused to rule out')."""
    return (
        phrasal(verb) in REFUSAL_VERBS
        and not any(c.dep_ == "neg" for c in verb.children)
        and verb.head.lemma_.lower() not in NEGATIVE_GOVERNORS
    )


def measures(noun: Token) -> list[tuple[int, int]]:
    """'1,000 extra beds and free GP care for children' -> two measures when each conjunct names one;
    'income tax, national insurance or VAT' stays one."""
    conjuncts = [noun] + [
        c
        for c in noun.subtree
        if c.dep_ == "conj" and c.head.i in {noun.i} | {x.i for x in noun.subtree if x.dep_ == "conj"}
    ]
    if len(conjuncts) == 1:  # 'a guarantee for MSP and a caste census': the parser hangs the second on 'MSP'
        conjuncts += [
            c
            for c in noun.subtree
            if c.dep_ == "conj"
            and c.head.dep_ == "pobj"
            and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
        ][:1]
    bounds = [(noun.left_edge.i, noun.right_edge.i)]
    if len(conjuncts) > 1 and all(is_specific(c) for c in conjuncts):
        bounds = [
            (
                c.left_edge.i if k else noun.left_edge.i,
                conjuncts[k + 1].left_edge.i - 1 if k + 1 < len(conjuncts) else noun.right_edge.i,
            )
            for k, c in enumerate(conjuncts)
        ]
    spans = []
    for start, end in bounds:
        while end > start and (noun.doc[end].is_punct or noun.doc[end].lower_ in ("and", "or")):
            end -= 1
        spans.append((start, end))
    return spans


def stated_policy(noun: Token) -> tuple[int, int] | None:
    """'his party's policy that the final say should rest with the voters' -> the that-clause."""
    if noun.i + 1 >= len(noun.doc):
        return None
    mark = noun.doc[noun.i + 1]  # the parser may hang the clause anywhere: it runs to the sentence's end
    if (
        mark.lower_ != "that"
        or noun.i + 2 >= mark.sent.end
        or not (mark.dep_ == "mark" or noun.doc[noun.i + 2].pos_ == "DET")
    ):  # not 'the plan that failed'
        return None
    end = mark.sent.end - 1
    while end > mark.i + 1 and (noun.doc[end].is_punct or noun.doc[end].is_quote):
        end -= 1
    return mark.i + 1, end


def in_speech(para: Paragraph, tok: Token) -> bool:
    """Inside a quotation longer than a scare-quoted phrase ('made a "moral appeal" to ...' is narration)."""
    qi = para.quote_of(tok)
    return qi is not None and len(para.quotes[qi].text(para.text).split()) > 3


def proposal_for(noun: Token) -> Token | None:
    """'Labour's proposal for a levy on X' -> 'a levy on X', 'its policy of free meals' -> 'free meals', 'her
    commitment to a referendum / to building X' (the parser may hang 'for' on the verb)."""
    if noun.i + 1 < len(noun.doc) and noun.lower_ in COMMITMENT_NOUNS and noun.doc[noun.i + 1].lower_ == "to":
        prep = noun.doc[noun.i + 1]
        obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        return obj if obj is not None and (obj.tag_ == "VBG" or is_specific(obj)) else None
    if noun.lower_ not in PROPOSAL_NOUNS and noun.lower_ not in POLICY_OF_NOUNS or noun.i + 1 >= len(noun.doc):
        return None
    prep = noun.doc[noun.i + 1]
    if (
        not (
            prep.lower_ == "for"
            and noun.lower_ in PROPOSAL_NOUNS
            or prep.lower_ == "of"
            and (noun.lower_ in PLEDGE_NOUNS or noun.lower_ in POLICY_OF_NOUNS)
        )
        or prep.dep_ != "prep"
    ):
        return None
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)  # 'a policy of banning X'
    if obj is not None and obj.lemma_.lower() in ELECTION_NOUNS:
        return None  # 'its pledges for the June local elections': what they are for, not what they are
    return obj if obj is not None and (obj.tag_ == "VBG" and obj.pos_ == "VERB" or is_specific(obj)) else None


def is_specific(noun: Token) -> bool:
    """'a 3 per cent increase', 'lower taxes', 'free school meals' name a measure; 'the economy' does not."""
    return any(
        c.dep_ in ("nummod", "amod", "compound", "nmod", "acl", "prep")
        or c.lower_ in ("a", "an")
        or c.dep_ == "poss"
        and c.pos_ != "PRON"  # 'a new carers' allowance', not 'its future'
        for c in noun.children
    )


def names_measure(noun: Token) -> bool:
    """'a wealth tax', 'a referendum on X', 'free school meals', 'lower taxes' name a measure; 'answers', 'a
    general election', 'more time' do not."""
    return noun.pos_ in ("NOUN", "PROPN") and (
        noun.lower_ in MEASURE_HEADS
        or noun.lemma_.lower() in MEASURE_HEADS
        or noun.lemma_.lower() not in VALUE_NOUNS  # not 'free speech', 'free trade'
        and any(c.dep_ == "amod" and c.lower_ in MEASURE_ADJECTIVES for c in noun.children)
    )


def money_pledge(noun: Token) -> tuple[int, int] | None:
    """'£500 million for new ferries', '£2bn to fix potholes': a sum with what it is for."""
    if noun.dep_ != "dobj" or not (
        noun.ent_type_ == "MONEY" or any(c.dep_ == "nummod" and c.ent_type_ == "MONEY" for c in noun.children)
    ):  # '£500 million', '£3 billion extra'
        return None
    purpose = [
        c
        for c in noun.head.children
        if c.dep_ in ("advcl", "xcomp")
        and c.i > noun.i
        and c.left_edge.i == noun.right_edge.i + 1
        and any(a.lower_ == "to" for a in c.children)
    ]
    purpose += [  # the parser may hang 'for carers' on the verb
        c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "for" and c.i == noun.right_edge.i + 1
    ]
    end = purpose[0].right_edge.i if purpose else noun.right_edge.i
    if not purpose and not any(c.dep_ == "prep" and c.lower_ == "for" for c in noun.children):
        return None  # 'pledged £5m' says nothing of what for
    return noun.left_edge.i, end


def doer(verb: Token) -> Token | None:
    """The subject of a verb; for 'X, which had tabled ...' the X the relative pronoun stands for."""
    subj = subject_of(verb)
    if (
        subj is None
        and verb.dep_ == "acl"
        and verb.tag_ in ("VBN", "VBD")
        and verb.head.dep_ == "ROOT"
        and verb.head.pos_ == "PROPN"
        and verb.doc[verb.i - 1].text == ","
        and any(c.dep_ == "xcomp" for c in verb.children)
    ):
        return verb.head  # 'The X Party, which has governed since 2018, promised to ...' parsed as a reduced relative
    if subj is None or verb.dep_ != "relcl" or subj.tag_ not in ("WDT", "WP") and subj.i != verb.head.i:
        return subj
    head = verb.head
    if verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].text == ",":
        while head.pos_ == "PROPN" and head.dep_ == "pobj" and head.head.head.pos_ == "PROPN":
            head = head.head.head  # 'Patriots for Europe, which ...': the whole name, not 'Europe'
        while head.dep_ == "conj":  # 'A and B, which ...': both
            head = head.head
    return head


def phrasal(verb: Token) -> str:
    """A verb's lemma with its particle: 'come up', 'put forward'."""
    prt = next((c for c in verb.children if c.dep_ == "prt"), None)
    return f"{verb.lemma_.lower()} {prt.lower_}" if prt is not None else verb.lemma_.lower()


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


def made_so(verb: Token) -> bool:
    """'make public transport free / childcare affordable / voting compulsory': a measure without an object."""
    return verb.lemma_.lower() == "make" and any(
        c.dep_ in ("ccomp", "oprd", "xcomp") and c.lower_ in MADE_STATES for c in verb.children
    )
