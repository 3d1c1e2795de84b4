"""Role and membership rules: titles before a name, appositions, party tags, possessives."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Token

from polgraph.facts import Membership, Role
from polgraph.loaders.extract.deps import OBJECTS, SUBJECTS
from polgraph.loaders.extract.document import Document, Mention, Paragraph
from polgraph.loaders.extract.entities import POSSESSIVE, choose_party, honorific_before
from polgraph.loaders.vocab import Vocabulary, load_vocabulary, word_list

PARTY_TAG = re.compile(
    r"^\s*,?\s*\(?\s*([DRI])(?:\s*[-\u2013]\s*|\.,\s*)([A-Z0-9][A-Za-z0-9.]*(?:\s[A-Z][a-z.]+)?)\)?"
)  # 'D-Mass.', 'R-12th District', WSJ 'D., N.Y.'
TAG_PARTY = {"D": "Democratic Party", "R": "Republican Party"}
CHAIR_VERBS = load_vocabulary().chair_verbs
ROLE_EDGE_DROP = word_list("edge_drop")


@dataclass
class RoleFinding:
    """Role phrase tokens and parties found next to one person mention."""

    roles: list[list[Token]] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    shared: bool = False  # 'X, Y and Z, all Labour MPs,': the finding holds for every name in the list


def singular_head(word: str, vocab: Vocabulary) -> str | None:
    """The role head a plural stands for ('MPs' -> 'mp'), if it is one."""
    low = word.lower()
    return low[:-1] if low.endswith("s") and low not in vocab.role_heads and low[:-1] in vocab.role_heads else None


def is_role_word(tok: Token, vocab: Vocabulary) -> bool:
    low = tok.lower_
    return (
        low in vocab.role_heads
        or low in vocab.role_modifiers
        or tok.text in vocab.role_abbreviations
        or singular_head(low, vocab) is not None
    )


def is_role_head(tok: Token, vocab: Vocabulary) -> bool:
    return tok.lower_ in vocab.role_heads or tok.text in vocab.role_abbreviations


def party_at(doc: Document, para: Paragraph, i: int) -> Mention | None:
    return next((m for m in doc.mentions_at(para.index, i) if m.kind == "party"), None)


def title_before(doc: Document, para: Paragraph, start: int, vocab: Vocabulary) -> RoleFinding:
    """The title written before a name: 'Shadow foreign secretary', 'Republican Gov.', 'Labour's'."""
    tokens = para.doc
    i = start - 1
    while i >= 0 and honorific_before(tokens, i, vocab):
        i -= honorific_before(tokens, i, vocab)
    if i > 0 and tokens[i].text == "Chief" and tokens[i - 1].text in (",", "("):
        i -= 1  # ', Chief Tunde Ajayi,': a Nigerian honorific, not the title
    bracket = None
    if i > 3 and tokens[i].text == "," and tokens[i - 1].text == ")":
        opening = next((k for k in range(i - 2, max(0, i - 5), -1) if tokens[k].text == "("), None)
        if opening is not None and opening > 0 and is_role_head(tokens[opening - 1], vocab):
            bracket = opening  # 'the Deputy National Chairman (South), X': the bracket qualifies the office
    named = i  # 'NDP health critic X': a title-only head counts right before the name

    def title_head(tok: Token) -> bool:
        return is_role_head(tok, vocab) or (
            tok.i == named > 0
            and tok.lower_ in vocab.words["title_heads"]
            and (is_role_word(tokens[named - 1], vocab) or party_at(doc, para, named - 1) is not None)
        )  # 'NDP health critic X', not 'the critic X'

    def title_word(tok: Token) -> bool:
        return is_role_word(tok, vocab) or title_head(tok)

    crossed = (
        i > 0
        and tokens[i].text == ","
        and (
            title_head(tokens[i - 1])
            or party_at(doc, para, i - 1) is not None
            or tokens[i - 1].pos_ == "PROPN"  # 'the Tory MP for Wells, X'
            and any(
                title_head(t) and t.nbor().lower_ in ("of", "for") for t in tokens[tokens[i - 1].sent.start : i - 1]
            )
        )
    )
    tail: list[Token] = []
    held_first = _office_before_prep(tokens, i, vocab) if crossed and tokens[i - 1].pos_ == "PROPN" else None
    if held_first is not None and not any(party_at(doc, para, t.i) for t in tokens[held_first + 1 : i]):
        held_first = None  # 'the Tory MP for Wells, X' stays one title
    if crossed and held_first is None:
        i -= 1
    elif held_first is not None:  # 'The governorship candidate of the Labour Party in Lagos, X': the party only
        tail = [t for t in tokens[held_first + 1 : i] if party_at(doc, para, t.i)]
        i = held_first
    elif bracket is not None:
        crossed, i = True, bracket - 1
    elif i > 0 and tokens[i].text == ",":
        held = _office_before_prep(tokens, i, vocab)
        if held is not None:  # 'The DA's spokesperson on finance, X' / 'The PDP candidate in the 2023 election, X'
            crossed = True
            tail = list(tokens[held + 1 : i]) if tokens[held + 1].lower_ in ("of", "for", "on") else []
            i = held
        elif i > 1 and tokens[i - 1].lower_ in vocab.words["peer_nouns"]:
            party = party_at(doc, para, i - 2)  # 'His PDP rival, X': X's party, no office
            return RoleFinding(parties=[party.key]) if party else RoleFinding()
    phrase: list[Token] = []
    parties: list[str] = [m.key for t in tail if (m := party_at(doc, para, t.i)) and t.i == m.start]
    while i >= 0:
        tok = tokens[i]
        party = party_at(doc, para, i)
        if party:
            parties.insert(0, party.key)
            phrase[:0] = list(tokens[party.start : party.end])
            i = party.start - 1
            continue
        if not title_word(tok) and any(x.kind == "person" for x in doc.mentions_at(para.index, i)):
            break  # "Mkhize's deputy, X": the possessor is no part of the title
        nxt = phrase[0] if phrase else None
        if tok.text == ")" and nxt is not None:
            opening = next((k for k in range(i - 1, max(0, i - 4), -1) if tokens[k].text == "("), None)
            if opening is not None and opening > 0 and title_word(tokens[opening - 1]):
                i = opening - 1  # 'Deputy National Chairman (South) of the PDP'
                continue
        if title_word(tok):
            ok = True
        elif (
            tok.text in ("-", "\u2011")
            and nxt is not None
            and not tok.whitespace_
            and i > 0
            and not tokens[i - 1].whitespace_
            and (title_word(tokens[i - 1]) or tokens[i - 1].lower_ == "co")
        ):
            ok = True
        elif tok.lower_ == "co" and nxt is not None and nxt.text == "-":
            ok = True
        elif (
            tok.text == "-"
            and nxt is not None
            and nxt.text[:1].isupper()
            and not tok.whitespace_
            and i > 0
            and tokens[i - 1].text[:1].isupper()
            and not tokens[i - 1].whitespace_
        ):
            ok = True  # 'MLA for Calgary-Elbow'
        elif nxt is not None and epithet_of_party(doc, para, tok):
            ok = True  # 'the leader of the main opposition CDP
        elif (
            (tok.text in POSSESSIVE[:2] or tok.text in POSSESSIVE and tokens[i - 1].text.endswith("s"))
            and i > 0
            and tokens[i - 1].text[:1].isupper()
        ):
            ok = True
        elif (
            tok.lower_ in ("of", "for", "and", "the")
            and nxt is not None
            and i > 0
            and (
                tokens[i - 1].text[:1].isupper()
                or title_word(tokens[i - 1])
                or tokens[i - 1].lower_ in ("of", "for")
                or tokens[i - 1].text == ")"
            )
        ):
            ok = tok.lower_ != "and" or title_word(nxt) or nxt.text[:1].isupper()
        elif (
            tok.text[:1].isupper()
            and tok.pos_ in ("PROPN", "NOUN", "ADJ")
            and (not tok.is_sent_start or tok.pos_ == "PROPN" and nxt is not None and not nxt.is_punct)
            and tok.ent_type_ not in ("DATE", "TIME", "CARDINAL")
        ):
            ok = True
        else:
            ok = False
        if not ok:
            break
        phrase.insert(0, tok)
        i -= 1
    while phrase and (phrase[0].lower_ in ROLE_EDGE_DROP or phrase[0].text in POSSESSIVE):
        phrase.pop(0)
    phrase += tail
    if crossed and not any(title_head(t) for t in phrase):
        return RoleFinding()  # 'In the Heritage Party, X ...' ties X to nothing
    finding = RoleFinding(parties=list(dict.fromkeys(parties)))
    if not any(title_head(t) or singular_head(t.text, vocab) for t in phrase):
        return finding
    segment: list[Token] = []
    ends: list[Token | None] = [*phrase, None]
    for k, item in enumerate(ends):
        stacked = (  # 'council leader Councillor X': a capitalised title after a lower-case one is a second role
            item is not None
            and segment
            and item.text[:1].isupper()
            and title_head(item)
            and segment[-1].text.islower()
            and title_head(segment[-1])
        )
        if item is None or (
            item.lower_ == "and" and any(title_head(t) for t in segment) and any(title_head(t) for t in phrase[k + 1 :])
        ):
            if segment:
                finding.roles.append(segment)
            segment = []
        elif stacked:
            finding.roles.append(segment)
            segment = [item]
        else:
            segment.append(item)
    return finding


def _office_before_prep(tokens, comma: int, vocab: Vocabulary) -> int | None:
    """The office a name after ``comma`` is in apposition to, when a short prepositional phrase follows the office
    ('spokesperson on finance,', 'candidate in the 2023 election,'): the office's index."""
    sent_start = tokens[comma].sent.start
    for h in range(comma - 2, max(sent_start, comma - 7) - 1, -1):
        tok = tokens[h]
        if tok.pos_ in ("VERB", "AUX", "PRON") or tok.is_punct:
            return None
        if is_role_head(tok, vocab) and tokens[h + 1].lower_ in ("of", "for", "on", "in") and h + 2 < comma:
            return h if tok.i == sent_start or tokens[h - 1].lower_ != "a" else None
    return None


def _respectively_after(tokens, end: int) -> bool:
    """Whether the apposition after a name (up to the next comma) ends with 'respectively'."""
    if end >= len(tokens) or tokens[end].text != ",":
        return False
    j = end + 1
    while j < len(tokens) and tokens[j].text not in (",", ".", ";", ":") and j - end < 12:
        if tokens[j].lower_ == "respectively":
            return True
        j += 1
    return False


def _paired_plural_after(doc: Document, para: Paragraph, end: int, vocab: Vocabulary) -> list[Mention]:
    """The parties of 'X and Y, the Labour and SNP leaders,' when a name ends right before that apposition: one
    party per listed name, in order (empty when the apposition is of another shape)."""
    tokens = para.doc
    if end + 2 >= len(tokens) or tokens[end].text != "," or tokens[end + 1].lower_ != "the":
        return []
    j = end + 2
    while j < len(tokens) and j - end < 10 and not singular_head(tokens[j].text, vocab) and tokens[j].text != ",":
        j += 1
    if j >= len(tokens) or not singular_head(tokens[j].text, vocab):
        return []
    parties = _listed(doc, para, "party", j)
    if len(parties) < 2 or parties[0].start != end + 2:
        return []
    return parties


def apposition_after(doc: Document, para: Paragraph, end: int, vocab: Vocabulary) -> RoleFinding:
    """'X, the Reform UK leader,' / 'X, D-Mass.,' / 'X (SPD)' / 'X, who chairs the Y'."""
    tokens = para.doc
    finding = RoleFinding()
    if _respectively_after(tokens, end) or _paired_plural_after(doc, para, end, vocab):
        return finding  # 'X and Y, the Labour and Green leaders respectively,': respective_roles pairs them
    rest = para.text[tokens[end - 1].idx + len(tokens[end - 1].text) :] if end <= len(tokens) else ""
    tag = PARTY_TAG.match(rest)
    if tag and tag.group(1) in TAG_PARTY:
        finding.parties.append(TAG_PARTY[tag.group(1)])
        consumed = len(tag.group(0))
        stop = tokens[end - 1].idx + len(tokens[end - 1].text) + consumed
        while end < len(tokens) and tokens[end].idx < stop:
            end += 1
    paren = re.match(r"^\s*\(([^()]{1,60})\)", rest)
    if paren and not tag:
        form = paren.group(1).strip()
        first = form.split(",")[0].strip()  # 'Senator X (APC, Lagos East)': party, then constituency
        chosen = choose_party(
            vocab.parties_for(form)
            or vocab.party_tags.get(form, [])
            or vocab.parties_for(first)
            or vocab.party_tags.get(first, []),  # 'X (Lab, Leeds North)'
            doc.country,
        )
        if chosen:
            finding.parties.append(chosen.name)
    if (
        end < len(tokens)
        and tokens[end].text.isupper()
        and len(tokens[end].text) > 1
        and is_role_head(tokens[end], vocab)
    ):
        finding.roles.append([tokens[end]])  # 'Mara Quill MP'
        end += 1
    if end + 2 < len(tokens) and tokens[end].text == "," and tokens[end + 1].lower_ == "whose":
        party = party_at(doc, para, end + 2)  # 'X, whose Forza Italia is ...'
        if (
            party is None
            and tokens[end + 2].lower_ == "party"
            and end + 4 < len(tokens)
            and tokens[end + 3].text == ","
        ):
            party = party_at(doc, para, end + 4) or party_at(doc, para, end + 5)  # 'X, whose party, Fine Gael,'
        if party:
            finding.parties.append(party.key)
            return finding
    if (
        end + 1 < len(tokens)
        and tokens[end].text in (",", "of")
        and (tokens[end + 1].lower_ == "of" or tokens[end].text == "of")
    ):
        k = end + 1 if tokens[end].text == "of" else end + 2
        party = party_at(doc, para, k) or (
            party_at(doc, para, after_epithets(tokens, k + 1))
            if k < len(tokens) and tokens[k].lower_ == "the"
            else None
        )  # 'Rep. X of the ruling People Power Party'
        if party:
            finding.parties.append(party.key)
            return finding
    if end + 1 < len(tokens) and tokens[end].lower_ == "as":
        phrase = _phrase_from(tokens, end + 1)
        opener = phrase[0] if phrase else tokens[end]
        if (
            opener.lower_ in ("the", "a", "an", "its") or opener.pos_ == "PROPN" or is_role_word(opener, vocab)
        ) and any(is_role_head(t, vocab) for t in phrase):
            finding.parties += [p.key for p in _parties_in(doc, para, phrase[0].i, phrase[-1].i + 1)]
            finding.roles.append(phrase)
        return finding
    if end + 2 < len(tokens) and tokens[end].text == "," and tokens[end + 1].like_num and tokens[end + 2].text == ",":
        end += 2  # 'Tobias Wren, 54, the party leader,'
    place = _place_after(doc, para, end)
    if place:
        end = place  # 'Governor X of Anambra State, a member of the APGA,'
    if end < len(tokens) and tokens[end].text == ",":
        j = end + 1
        if j < len(tokens) and tokens[j].lower_ == "who" and j + 1 < len(tokens):
            verb = tokens[j].head if tokens[j].head.i > j else tokens[j + 1]  # 'who now leads
            held = _office_held(verb, vocab) or _office_is(verb, vocab)
            if held:
                finding.roles.append(held)
                finding.parties += [p.key for p in _parties_in(doc, para, held[0].i, held[-1].i + 1)]
            elif verb.lemma_ in CHAIR_VERBS:
                obj = [t for t in verb.children if t.dep_ in OBJECTS]
                if obj:
                    finding.roles.append([verb] + list(obj[0].subtree))
                    finding.parties += [
                        p.key for p in _parties_in(doc, para, obj[0].left_edge.i, obj[0].right_edge.i + 1)
                    ]
                    finding.parties += [  # 'X, who represents Varanasi for the BJP,'
                        party.key
                        for c in verb.children
                        if c.dep_ == "prep" and c.lower_ == "for"
                        for g in c.children
                        if g.dep_ == "pobj" and (party := party_at(doc, para, g.i))
                    ]
                    if not finding.parties and obj[0].lower_ == "party":
                        led = party_referred(doc, para, list(obj[0].subtree), prefer_subject=True)
                        finding.parties += [led] if led else []  # 'X, who leads the party,'
            return finding
        phrase, j = _apposed_phrase(tokens, j, vocab)
        while len(phrase) > 1 and phrase[0].lower_ in ("now", "currently", "also", "still", "formerly"):
            phrase = phrase[1:]  # 'X, now a spokesman for the Nacionalista Party,'
        if any(
            x.kind == "person" and x.start == t.i and t.i > phrase[0].i and is_role_word(tokens[t.i - 1], vocab)
            for t in phrase
            for x in doc.mentions_at(para.index, t.i)
        ):
            return finding  # 'In a letter to Prime Minister X, opposition leader Y demanded': Y's title, not X's
        if phrase and j + 1 < len(tokens) and tokens[j].text == "(":
            phrase += [t for t in tokens[j : j + 4] if party_at(doc, para, t.i)]
        _classify_phrase(doc, para, phrase, vocab, finding)
    return finding


def _apposed_phrase(tokens, j: int, vocab: Vocabulary) -> tuple[list[Token], int]:
    """The noun phrase from token j up to punctuation, a verb or a clause-joining 'and'; and where it stops."""
    phrase: list[Token] = []
    while (
        j < len(tokens)
        and tokens[j].text not in (",", ".", ";", "(", ")", ":", "\u2013")
        and not (tokens[j].text == "-" and (tokens[j].whitespace_ or tokens[j - 1].whitespace_))  # not 'by-election'
        and (tokens[j].pos_ not in ("VERB", "AUX", "PRON") or tokens[j].dep_ in ("amod", "compound"))
        and not (
            tokens[j].lower_ in ("and", "but")
            and phrase
            and j + 1 < len(tokens)
            and not is_role_word(tokens[j + 1], vocab)
            and not tokens[j + 1].text[:1].isupper()
        )
        and len(phrase) < 12
    ):
        phrase.append(tokens[j])
        j += 1
    return phrase, j


def _classify_phrase(
    doc: Document, para: Paragraph, phrase: list[Token], vocab: Vocabulary, finding: RoleFinding
) -> None:
    """Roles and parties a phrase said of a person gives: 'the Reform UK leader', 'a Democrat', 'all Labour MPs'."""
    owned = next((k for k, t in enumerate(phrase) if t.lower_ in ("of", "for") or t.tag_ == "POS" and k > 0), None)
    owned = owned if owned is not None and phrase[owned].tag_ == "POS" else None
    if owned is not None and is_role_head(phrase[owned - 1], vocab):
        phrase = phrase[owned + 1 :]  # 'the Labour candidate's husband': the party is the candidate's
    bare = bool(phrase) and (
        is_role_word(phrase[0], vocab)
        or party_at(doc, para, phrase[0].i) is not None
        and any(is_role_head(t, vocab) for t in phrase[:6])
    )
    of = next((k for k, t in enumerate(phrase) if t.lower_ == "of"), len(phrase))
    headed = any(is_role_head(t, vocab) for t in phrase[:of])  # not 'an ally of President X'
    if phrase and (phrase[0].lower_ in ("the", "a", "an") or bare) and headed:
        finding.parties += [p.key for p in _parties_in(doc, para, phrase[0].i, phrase[-1].i + 1)]
        finding.roles.append(phrase if bare else phrase[1:])
    elif (
        phrase
        and phrase[0].lower_ in ("a", "an", "the")
        and (
            len(phrase) <= 4
            or any(party_at(doc, para, t.i) for t in phrase[1:3])
            or party_at(doc, para, phrase[-1].i) is not None
            and not any(t.pos_ == "ADP" for t in phrase)
        )  # 'X, the Senate's No. 2 Democrat,'
    ):  # 'X, a Democrat,' / 'X, the top Democrat on the Oversight Committee,'
        if not any(
            t.lower_ in vocab.words["non_member_heads"]
            and not (t.lower_ == "critic" and t.i > 0 and para.doc[t.i - 1].pos_ == "NOUN")
            for t in phrase
        ):  # not 'a former Labour voter' ('the Conservative finance critic' is an office)
            for p in _parties_in(doc, para, phrase[0].i, phrase[of - 1].i + 1):
                finding.parties.append(p.key)  # not 'a critic of Labour'
            finding.parties += member_of_party(doc, para, phrase, vocab) if of < len(phrase) else []
    elif phrase and phrase[0].lower_ in ("a", "an", "the"):
        finding.parties += member_of_party(doc, para, phrase, vocab)
    elif len(phrase) > 1 and phrase[0].lower_ == "of":  # 'X, also of the ANC,'
        k = phrase[1].i
        party = party_at(doc, para, k) or (
            party_at(doc, para, after_epithets(para.doc, k + 1)) if phrase[1].lower_ == "the" else None
        )
        if party and party.start <= phrase[-1].i:
            finding.parties.append(party.key)
    elif len(phrase) > 3 and phrase[0].lower_ == "one" and phrase[1].lower_ == "of":
        named = _parties_in(doc, para, phrase[2].i, phrase[min(len(phrase), 7) - 1].i + 1)
        plural = next((t for t in phrase[2:7] if singular_head(t.text, vocab)), None)
        owned = any(t.tag_ == "POS" or t.lower_ in vocab.words["non_member_heads"] for t in phrase)
        if len(named) == 1 and plural is not None and not owned:  # 'X, one of the Labour MPs who rebelled,'
            finding.parties.append(named[0].key)
            finding.roles.append([plural])
        elif len(named) == 1 and not owned and para.doc[named[0].end - 1].tag_ in ("NNS", "NNPS"):
            finding.parties.append(named[0].key)  # 'X, one of the most conservative Republicans in the Senate,'
    elif len(phrase) > 1 and phrase[0].lower_ in ("all", "both"):
        named = _parties_in(doc, para, phrase[1].i, phrase[-1].i + 1)
        plural = next((t for t in phrase[1:5] if singular_head(t.text, vocab)), None)
        if len(named) == 1 and plural is not None:  # 'X, Y and Z, all Labour MPs,'
            finding.parties.append(named[0].key)
            finding.roles.append([plural])
            finding.shared = True
    elif len(phrase) > 2 and phrase[0].lower_ == "like" and phrase[1].lower_ in ("other", "fellow", "many", "most"):
        named = _parties_in(doc, para, phrase[2].i, phrase[min(len(phrase), 5) - 1].i + 1)
        plural = next((t for t in phrase[2:6] if singular_head(t.text, vocab)), None)
        if len(named) == 1:  # 'X, like other Labour MPs in the north,'
            finding.parties.append(named[0].key)
            finding.roles += [[plural]] if plural is not None else []


MODALS = ("will", "would", "could", "might", "may", "should", "must", "can", "to")


def copular_complement(doc: Document, para: Paragraph, m: Mention, vocab: Vocabulary) -> RoleFinding:
    """'X is the Republican nominee' / 'X is a Labour MP' / 'X is a member of the Liberal Democrats': what the
    complement of 'be' with the person as its subject says ('X is not a member', 'X would be a Labour MP' none)."""
    return copular_finding(doc, para, para.doc[m.start : m.end].root, vocab)


def copular_finding(doc: Document, para: Paragraph, root: Token, vocab: Vocabulary) -> RoleFinding:
    """What 'be' says of its subject token (a name's head, or 'she' in 'She is a Labour MP')."""
    finding = RoleFinding()
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_ != "be" or verb.i < root.i or para.in_quote(verb):
        return finding
    if any(
        c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in MODALS or c.dep_ == "mark" and c.lower_ in ("if", "whether")
        for c in verb.children
    ):
        return finding
    attr = next((c for c in verb.children if c.dep_ == "attr" and c.i > verb.i), None)
    if attr is None or attr.left_edge.i > verb.i + 3:
        return finding
    phrase, _ = _apposed_phrase(para.doc, attr.left_edge.i, vocab)
    while len(phrase) > 1 and phrase[0].lower_ in ("now", "currently", "also", "still"):
        phrase = phrase[1:]
    cut = next(
        (k for k, t in enumerate(phrase) if t.ent_type_ in ("DATE", "TIME") or t.lower_ in ("since", "until")), None
    )
    phrase = phrase[:cut]  # 'a member of the Labour Party since 1990'
    if phrase and phrase[-1].i >= attr.i:
        _classify_phrase(doc, para, phrase, vocab, finding)
    return finding


def member_of_party(doc: Document, para: Paragraph, phrase: list[Token], vocab: Vocabulary) -> list[str]:
    """'a leading figure in the party's right wing', 'a veteran of the LDP': the party the person belongs to."""
    k = next((k for k, t in enumerate(phrase[:4]) if t.lower_ in vocab.words["party_member_heads"]), None)
    if k is None or k + 1 >= len(phrase) or phrase[k + 1].lower_ not in ("in", "of", "within"):
        return []
    rest = phrase[k + 2 :]
    named = _parties_in(doc, para, rest[0].i, rest[-1].i + 1) if rest else []
    if named:
        return [named[0].key]
    generic = [t for t in rest[:3] if t.lower_ == "party"]
    referred = party_referred(doc, para, generic) if generic else None
    return [referred] if referred else []


def _place_after(doc: Document, para: Paragraph, end: int) -> int:
    """The end of an 'of <Place>' right after a name, when a comma follows ('Governor X of Anambra State,'); 0 if
    there is none."""
    tokens = para.doc
    if end >= len(tokens) or tokens[end].lower_ != "of":
        return 0
    j = end + 1
    while (
        j < len(tokens)
        and j - end <= 4
        and (tokens[j].ent_type_ in ("GPE", "LOC") or tokens[j].pos_ == "PROPN" and tokens[j].text[:1].isupper())
        and not any(m.kind in ("person", "party") for m in doc.mentions_at(para.index, j))
    ):
        j += 1
    return j if j > end + 1 and j < len(tokens) and tokens[j].text == "," else 0


def _office_held(verb: Token, vocab: Vocabulary) -> list[Token]:
    """'who holds the post of shadow chancellor' / 'who serves as party chair': the office named."""
    if verb.lemma_ not in ("hold", "serve"):
        return []
    for tok in verb.subtree:
        if tok.lower_ in ("of", "as") and tok.dep_ == "prep":
            obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if obj is not None and any(is_role_head(t, vocab) for t in obj.subtree):
                return [t for t in obj.subtree if t.lower_ not in ("the", "a", "an") or t.i > obj.left_edge.i]
    return []


def _office_is(verb: Token, vocab: Vocabulary) -> list[Token]:
    """'who is (also) the party's deputy leader': the office named as the complement of 'be'."""
    if verb.lemma_ != "be" or verb.tag_ not in ("VBZ", "VBP"):
        return []  # 'who was leader until May' is no present office
    attr = next((c for c in verb.children if c.dep_ == "attr"), None)
    if attr is None or not is_role_head(attr, vocab):
        return []
    office = [t for t in attr.subtree if t.i <= attr.i]
    for prep in (c for c in attr.children if c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i > attr.i):
        office += list(prep.subtree)  # 'the leader of the council'
    return office


def _phrase_from(tokens, j: int) -> list[Token]:
    """A noun phrase from token j up to punctuation or a verb ('the new Heritage Party leader')."""
    phrase: list[Token] = []
    while (
        j < len(tokens)
        and tokens[j].text not in (",", ".", ";", ")", ":", "\u2013", "-")
        and (tokens[j].pos_ not in ("VERB", "AUX", "PRON", "ADP") or tokens[j].dep_ in ("amod", "compound"))
        and tokens[j].ent_type_ not in ("DATE", "TIME")  # 'as Labor leader last year'
        and len(phrase) < 8
    ):
        phrase.append(tokens[j])
        j += 1
    return phrase


def _parties_in(doc: Document, para: Paragraph, start: int, end: int) -> list[Mention]:
    return [m for m in doc.mentions if m.para == para.index and m.kind == "party" and start <= m.start < end]


def role_text(tokens: list[Token], doc: Document, para: Paragraph, vocab: Vocabulary) -> str:
    """Lower-case role without party names: 'Republican Gov.' -> 'governor'."""
    if tokens and tokens[0].lemma_ in CHAIR_VERBS and tokens[0].pos_ == "VERB":
        head = CHAIR_VERBS[tokens[0].lemma_]
        rest = [t.lower_ for t in tokens[1:] if not party_at(doc, para, t.i)]
        while rest and rest[-1] in ROLE_EDGE_DROP:
            rest.pop()
        while rest and rest[0] in ROLE_EDGE_DROP:
            rest.pop(0)
        return " ".join([head, "of"] + rest) if rest and rest != ["party"] else head
    kept = [
        t
        for t in tokens
        if not party_at(doc, para, t.i)
        and not epithet_of_party(doc, para, t)
        and t.text not in POSSESSIVE
        and t.text not in "()[]"
        and not (t.lower_ == "party" and t.i + 1 < len(para.doc) and para.doc[t.i + 1].text in POSSESSIVE)
    ]
    while kept and kept[0].lower_ in ROLE_EDGE_DROP:
        kept.pop(0)
    while kept and kept[-1].lower_ in ROLE_EDGE_DROP:
        kept.pop()
    text = "".join(
        vocab.role_abbreviations.get(t.text, singular_head(t.text, vocab) or t.lower_)
        + (t.whitespace_ or (" " if i + 1 < len(kept) and kept[i + 1].i != t.i + 1 else ""))
        for i, t in enumerate(kept)
    )
    return " ".join(text.split())


def epithet_of_party(doc: Document, para: Paragraph, tok: Token) -> bool:
    """'main', 'opposition' in 'the main opposition Constitutional Democratic Party': words describing the party
    named right after them."""
    if tok.text == "-" and tok.i > 0:
        return epithet_of_party(doc, para, para.doc[tok.i - 1])  # 'far-right' is three tokens
    end = after_epithets(para.doc, tok.i)
    return end > tok.i and end < len(para.doc) and party_at(doc, para, end) is not None


def after_epithets(tokens, i: int) -> int:
    """The first token from i on that is no party epithet ('ruling', 'centre-right'): where a party name may start."""
    epithets = word_list("party_epithets")
    j = i
    while j < len(tokens) and j - i < 4 and (tokens[j].lower_ in epithets or tokens[j].text == "-" and j > i):
        j += 1
    return j


def possessive_party(doc: Document, para: Paragraph, m: Mention) -> str | None:
    """'Macron's Renaissance party', 'X's ruling LDP': the person's own party named right after the possessive."""
    tokens = para.doc
    if m.end < len(tokens) and tokens[m.end].text in POSSESSIVE[:2]:
        party = party_at(doc, para, after_epithets(tokens, m.end + 1))
        if party:
            return party.key
        # "von der Leyen's own group, the European People's Party"
        words = [t.lower_ for t in tokens[m.end + 1 : m.end + 6]]
        for k, word in enumerate(words):
            if word in ("party", "group") and words[:k] in ([], ["own"]) and words[k + 1 : k + 2] == [","]:
                party = party_at(doc, para, m.end + k + 3) or party_at(doc, para, m.end + k + 4)
                return party.key if party else None  # "X's party, Fine Gael," / "X's own group, the EPP,"
    return None


def dominant_party(doc: Document) -> str | None:
    counts = Counter(m.key for m in doc.mentions if m.kind == "party")
    return counts.most_common(1)[0][0] if counts else None


def opposition_party(doc: Document, vocab: Vocabulary) -> str | None:
    """The party a shadow minister of no stated party belongs to: the most named party that does not head the
    government ('NSW Labor Premier X ... Shadow treasurer Y': not Labor)."""
    heads = vocab.words["government_heads"]
    governing = set()
    for m in (m for m in doc.mentions if m.kind == "party"):
        tokens = doc.paragraphs[m.para].doc
        after = " ".join(t.lower_ for t in tokens[m.end : m.end + 2])
        if any(after == h or after.startswith(h + " ") or after.split(" ")[0] == h for h in heads):
            governing.add(m.key)  # 'Labor Premier', 'Conservative Prime Minister'
    counts = Counter(m.key for m in doc.mentions if m.kind == "party" and m.key not in governing)
    return counts.most_common(1)[0][0] if counts else None


def sole_party_of_sentence(doc: Document, para: Paragraph, m: Mention) -> str | None:
    """The one party named in a mention's sentence outside quotations ('As Reform UK gathers ..., leader X')."""
    sent = para.doc[m.start].sent
    keys = {
        p.key
        for p in doc.mentions
        if p.para == para.index and p.kind == "party" and not p.in_quote and sent.start <= p.start < sent.end
    }
    return next(iter(keys)) if len(keys) == 1 else None


def group_party(doc: Document, para: Paragraph, m: Mention, vocab: Vocabulary) -> str | None:
    """'Labour figures, including X' / 'senior Tories such as X': the party of the group X is listed in."""
    tokens = para.doc
    i = m.start - 1
    while (
        i >= 0
        and m.start - i < 10
        and (
            is_role_word(tokens[i], vocab)
            or tokens[i].lower_ in ("of", "for", "and")
            or tokens[i].text[:1].isupper()
            and tokens[i].lower_ != "including"
        )
    ):
        i -= 1
    if i < 1:
        return None
    if tokens[i].lower_ == "including":
        j = i - 1
    elif tokens[i].lower_ == "as" and tokens[i - 1].lower_ == "such":
        j = i - 2
    else:
        return None
    while j >= 0 and tokens[j].text == ",":
        j -= 1
    if j < 0 or tokens[j].tag_ not in ("NNS", "NNPS") and tokens[j].text not in vocab.party_member_nouns:
        return None
    keys = {p.key for t in tokens[max(0, j - 3) : j + 1] for p in doc.mentions_at(para.index, t.i) if p.kind == "party"}
    return next(iter(keys)) if len(keys) == 1 else None


def government_party(doc: Document, para: Paragraph, m: Mention, vocab: Vocabulary) -> str | None:
    """'the short-lived Conservative administration of X', 'a Labour government under X': the party of the
    government X leads."""
    tokens = para.doc
    i = m.start - 1
    if i < 1 or tokens[i].lower_ not in ("of", "under") or tokens[i - 1].lower_ not in vocab.words["led_bodies"]:
        return None
    keys = {p.key for t in tokens[max(0, i - 4) : i - 1] for p in doc.mentions_at(para.index, t.i) if p.kind == "party"}
    return next(iter(keys)) if len(keys) == 1 else None


def standing_party(doc: Document, para: Paragraph, m: Mention, vocab: Vocabulary) -> str | None:
    """'X is standing for the Civic Front' / 'X, who runs for the Heritage Party in Leeds': a candidate's party;
    'X, who defected from the Tories to Reform UK' / 'X joined the Greens': the party joined."""
    root = para.doc[m.start : m.end].root
    verbs = [root.head] if root.dep_ in SUBJECTS else []
    verbs += [c for c in root.children if c.dep_ == "relcl" or c.dep_ == "acl" and c.tag_ == "VBG"]
    verbs += [  # 'X, who bolted the Liberal Party to join the PDP-Laban,'
        c
        for v in verbs
        for c in v.children
        if c.dep_ in ("xcomp", "advcl")
        and c.lemma_ in vocab.words["joining_verbs"]
        and v.lemma_ in ("leave", "quit", "bolt", "defect", "ditch", "abandon", "resign")
    ]  # not 'who refused to join the PDP-Laban'
    verbs += [  # 'X announced he would run for re-election under the NPC'
        c
        for v in verbs
        for c in v.children
        if c.dep_ == "ccomp" and any(g.dep_ in SUBJECTS and g.lower_ in vocab.pronoun_genders for g in c.children)
    ]
    for verb in verbs:
        if verb.lemma_ in ("sit", "elect", "re-elect", "reelect"):
            as_party = next(
                (
                    p.key
                    for c in verb.children
                    if c.dep_ == "prep" and c.lower_ == "as"
                    for g in c.children
                    if g.dep_ == "pobj"
                    for p in _parties_in(doc, para, g.left_edge.i, g.i + 1)
                ),
                None,
            )
            if as_party:
                return as_party  # 'X, who sits as a Conservative', 'X was elected as a Labour councillor'
            benches = next(
                (
                    p.key
                    for c in verb.children
                    if verb.lemma_ == "sit" and c.dep_ == "prep" and c.lower_ == "on"
                    for g in c.children
                    if g.dep_ == "pobj" and g.lower_ in ("frontbench", "backbench", "benches", "bench", "crossbench")
                    for p in _parties_in(doc, para, g.left_edge.i, g.i)
                ),
                None,
            )
            if benches:
                return benches  # 'X, who sits on the Coalition frontbench,' / 'on the Labour benches'
        if verb.lemma_ == "speak" and verb.i > root.i:
            spoken = next(
                (
                    party_at(doc, para, g.i)
                    for c in verb.children
                    if c.dep_ == "prep" and c.lower_ == "for"
                    for g in c.children
                    if g.dep_ == "pobj" and party_at(doc, para, g.i)
                ),
                None,
            )
            if spoken:
                return spoken.key  # 'X, who speaks for Labour on health,' / 'X, speaking for the Liberal Democrats,'
        nominated = [  # 'X, who is seeking the Conservative nomination in Calgary,'
            p.key
            for c in verb.children
            if verb.lemma_ in ("seek", "win", "secure", "clinch", "contest", "lose")
            and c.dep_ == "dobj"
            and c.lower_ in ("nomination", "primary", "ticket")
            for p in _parties_in(doc, para, c.left_edge.i, c.i)
        ]
        crossed = [  # 'X, who crossed the floor to the Liberals,'
            p.key
            for c in verb.children
            if verb.lemma_ == "cross"
            and any(d.dep_ == "dobj" and d.lower_ == "floor" for d in verb.children)
            and c.dep_ == "prep"
            and c.lower_ == "to"
            for g in c.children
            if g.dep_ == "pobj"
            for p in _parties_in(doc, para, g.left_edge.i, g.i + 1)
        ]
        swapped = [  # 'X, who dumped the PDP for the APC,'
            p.key
            for c in verb.children
            if verb.lemma_ in ("dump", "ditch", "leave", "quit", "abandon", "desert")
            and any(d.dep_ == "dobj" and party_at(doc, para, d.i) for d in verb.children)
            and c.dep_ == "prep"
            and c.lower_ == "for"
            for g in c.children
            if g.dep_ == "pobj"
            for p in _parties_in(doc, para, g.left_edge.i, g.i + 1)
        ]
        if len(set(nominated + crossed + swapped)) == 1:
            return (nominated + crossed + swapped)[0]
        if verb.lemma_ in vocab.words["seat_winning_verbs"] and any(
            c.dep_ == "dobj" and c.lower_ in ("seat", "ward", "constituency", "riding") for c in verb.children
        ):
            won = next(
                (
                    party_at(doc, para, g.i)
                    for c in verb.subtree
                    if c.dep_ == "prep" and c.lower_ == "for"
                    for g in c.children
                    if g.dep_ == "pobj" and party_at(doc, para, g.i)
                ),
                None,
            )
            if won:
                return won.key  # 'X, who won the seat for Labour in 2019'
        if verb.lemma_ == "sit":
            group = next(
                (
                    p
                    for c in verb.children
                    if c.dep_ == "prep" and c.lower_ == "with"
                    for g in c.children
                    if g.dep_ == "pobj"
                    for p in _parties_in(doc, para, g.left_edge.i, g.i + 1)
                ),
                None,
            )
            if group:
                return group.key  # 'X, who sits with the Patriots for Europe' / 'with the Greens/EFA group'
        if verb.lemma_ in vocab.words["joining_verbs"]:
            joined = [c for c in verb.children if c.dep_ == "dobj"] + [
                g
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ == "to"
                for g in c.children
                if g.dep_ == "pobj"
            ]
            party = next((p for obj in joined if (p := party_at(doc, para, obj.i))), None)
            if party:
                return party.key
        if verb.lemma_ not in vocab.words["candidacy_verbs"]:
            continue
        for prep in verb.children:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if prep.dep_ == "prep" and prep.lower_ in ("for", "as", "under") and obj is not None:
                party = party_at(doc, para, obj.i)
                if party:
                    return party.key
                flagged = _parties_in(doc, para, obj.left_edge.i, obj.i) if obj.lower_ in ("banner", "flag") else []
                if len(flagged) == 1:
                    return flagged[0].key  # 'X, who ran under the PDP-Laban banner,'
            if (
                prep.dep_ == "prep"
                and prep.lower_ == "in"
                and obj is not None
                and obj.lower_ in ("primary", "primaries")
            ):
                named = _parties_in(doc, para, obj.left_edge.i, obj.i)
                if len(named) == 1:
                    return named[0].key  # 'X, who is running in the Republican primary for governor,'
    return None


def ticket_party(doc: Document, para: Paragraph, m: Mention) -> str | None:
    """'X, who was elected on a UDA ticket' / 'ran on the platform of the APC': the party X stood for."""
    return ticket_party_of(doc, para, para.doc[m.start : m.end].root)


def ticket_party_of(doc: Document, para: Paragraph, root: Token) -> str | None:
    """The party of a ticket for the phrase headed by ``root`` (a name or 'the governor')."""
    verbs = ([root.head] if root.dep_ in SUBJECTS else []) + [c for c in root.children if c.dep_ == "relcl"]
    for verb in verbs:
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"):
            for ticket in (g for g in prep.children if g.lower_ in ("ticket", "platform")):
                party = next((p for t in ticket.subtree if (p := party_at(doc, para, t.i))), None)
                if party:
                    return party.key
    return None


def appointed_to(doc: Document, para: Paragraph, m: Mention, vocab: Vocabulary) -> RoleFinding:
    """'X was elected leader of the Liberal Democrats' / 'was appointed shadow chancellor': the office given
    (a party named in it is the role's party, not part of its title)."""
    finding = RoleFinding()
    root = para.doc[m.start : m.end].root
    verb = root.head
    if root.dep_ != "nsubjpass" or verb.lemma_.lower() not in vocab.words["appointment_verbs"]:
        return finding
    office = next((c for c in verb.children if c.dep_ in ("oprd", "attr") and is_role_head(c, vocab)), None)
    if office is None:
        return finding
    tokens = [t for t in office.subtree if t.i <= office.i]
    for prep in (c for c in office.children if c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i > office.i):
        named = _parties_in(doc, para, prep.i, prep.right_edge.i + 1)
        if named:
            finding.parties += [p.key for p in named]
        else:
            tokens += list(prep.subtree)
    finding.parties += [p.key for p in _parties_in(doc, para, tokens[0].i, office.i + 1)]
    finding.roles.append(tokens)
    return finding


def succeeded_as(doc: Document, para: Paragraph, m: Mention, vocab: Vocabulary) -> RoleFinding:
    """'X, who replaced Tom Baird as Labor leader last year,' / 'X succeeded Y as chair': the office X took over;
    'X will step down as Welsh Labour leader' / 'resigned as chair': the office X holds (or held)."""
    root = para.doc[m.start : m.end].root
    if root.dep_ == "appos" and root.head.dep_ in SUBJECTS:
        root = root.head  # "Wales' First Minister, X, has announced ..."
    verbs = ([root.head] if root.dep_ in SUBJECTS else []) + [c for c in root.children if c.dep_ == "relcl"]
    verbs += [  # 'X has announced she will step down as Welsh Labour leader'
        c
        for v in verbs
        for c in v.children
        if c.dep_ == "ccomp" and any(g.dep_ in SUBJECTS and g.lower_ in vocab.pronoun_genders for g in c.children)
    ]
    for verb in verbs:
        leaving = verb.lemma_ in vocab.words["office_as_verbs"]
        if not leaving and (
            verb.lemma_ not in vocab.words["succession_verbs"] or not any(c.dep_ == "dobj" for c in verb.children)
        ):
            continue
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        phrase = _phrase_from(para.doc, prep.i + 1) if prep is not None else []
        if phrase and any(is_role_head(t, vocab) for t in phrase):
            parties = [p.key for p in _parties_in(doc, para, phrase[0].i, phrase[-1].i + 1)]
            return RoleFinding(roles=[phrase], parties=parties)
    return RoleFinding()


def led_by(doc: Document, para: Paragraph, m: Mention, vocab: Vocabulary) -> RoleFinding:
    """'The Patriotic Alliance, led by X,' / 'the party, headed by X': X leads the party named."""
    root = para.doc[m.start : m.end].root
    by, verb = root.head, root.head.head
    if root.dep_ != "pobj" or by.lower_ != "by" or verb.lemma_ not in vocab.chair_verbs or verb.tag_ != "VBN":
        return RoleFinding()
    noun = verb.head
    party = party_at(doc, para, noun.i)
    if party is None and noun.lower_ == "party":
        key = party_referred(doc, para, [noun])
    else:
        key = party.key if party else None
    if key is None:
        return RoleFinding()
    return RoleFinding(roles=[[verb]], parties=[key])


def led_party(doc: Document, para: Paragraph, m: Mention, vocab: Vocabulary) -> RoleFinding:
    """'the Rao-led BJP' / 'the Adisa-led APC government' / 'The ANC, under X, lost': the party of X (and the
    leadership when 'X-led' qualifies the party itself, not its government)."""
    tokens = para.doc
    if m.end + 2 < len(tokens) and tokens[m.end].text == "-" and tokens[m.end + 1].lower_ == "led":
        party = party_at(doc, para, after_epithets(tokens, m.end + 2))
        if party is None:
            return RoleFinding()
        body = tokens[party.end] if party.end < len(tokens) else None
        governs = body is not None and body.lower_ in vocab.words["led_bodies"]
        return RoleFinding(roles=[] if governs else [[tokens[m.end + 1]]], parties=[party.key])
    if m.start > 2 and tokens[m.start - 1].lower_ == "under" and tokens[m.start - 2].text == ",":
        party = party_at(doc, para, m.start - 3)
        if party is not None and m.end < len(tokens) and tokens[m.end].text == ",":
            return RoleFinding(parties=[party.key])
    return RoleFinding()


def fronted_as_role(para: Paragraph, m: Mention, vocab: Vocabulary) -> list[Token]:
    """'In his final speech as prime minister, X said': the office of a fronted 'his/her ... as <office>'."""
    tokens = para.doc
    root = tokens[m.start : m.end].root
    if root.dep_ not in SUBJECTS:
        return []
    for tok in tokens[root.sent.start : m.start]:
        if (
            tok.lower_ == "as"
            and tok.head.pos_ == "NOUN"
            and any(c.dep_ == "poss" and c.lower_ in vocab.pronoun_genders for c in tok.head.children)
        ):
            phrase = _phrase_from(tokens, tok.i + 1)
            if phrase and any(is_role_head(t, vocab) for t in phrase) and phrase[-1].i < m.start:
                return phrase
    return []


def party_referred(doc: Document, para: Paragraph, tokens: list[Token], prefer_subject: bool = False) -> str | None:
    """'the party's leader', 'its leader', 'party leader X': the party named last before, in this paragraph or
    the one before (with ``prefer_subject``, the last one that was a subject, if any)."""
    first = tokens[0]
    before = para.doc[first.i - 1] if first.i else None
    generic = any(t.lower_ == "party" and not party_at(doc, para, t.i) for t in tokens)
    if before is not None and before.text in POSSESSIVE[:2] and before.i > 0:
        before = para.doc[before.i - 1]  # "the party's national spokesperson"
    if not generic and not (before is not None and before.lower_ in ("its", "party")):
        return None
    named = [
        m
        for m in doc.mentions
        if m.kind == "party" and not m.in_quote and para.index - 1 <= m.para and m.order < (para.index, first.i)
    ]
    subjects = [m for m in named if m.subject] if prefer_subject else []
    return (subjects or named)[-1].key if named else None


def its_party(doc: Document, para: Paragraph, tokens: list[Token]) -> str | None:
    """'The Movement for Democratic Renewal ..., its president X said': 'its' is the organisation named last
    before it in the paragraph, when that is a party."""
    first = tokens[0]
    if first.i == 0 or para.doc[first.i - 1].lower_ != "its":
        return None
    before = [m for m in doc.mentions if m.para == para.index and m.kind != "person" and m.end <= first.i - 1]
    last = max(before, key=lambda m: m.start, default=None)
    return last.key if last is not None and last.kind == "party" else None


def outer_title(doc: Document, para: Paragraph, title: RoleFinding, vocab: Vocabulary) -> RoleFinding:
    """'The Opposition Leader, Liberal MP Sarah Blake,' / 'Her EPP counterpart, Austrian MEP X,': a sentence-
    opening role phrase in apposition to a titled name."""
    tokens = para.doc
    if not title.roles:
        return RoleFinding()
    comma = min(t.i for seg in title.roles for t in seg) - 1
    if comma < 1 or tokens[comma].text != ",":
        return RoleFinding()
    peer = tokens[comma - 1].lower_ in vocab.words["peer_nouns"]
    outer = title_before(doc, para, comma - 1 if peer else comma + 1, vocab)
    words = [t for seg in outer.roles for t in seg]
    if not words and not (peer and outer.parties):
        return RoleFinding()
    first = min((t.i for t in words), default=comma - 1)
    while first > 0 and (tokens[first - 1].pos_ in ("PROPN", "ADJ", "NOUN") or party_at(doc, para, first - 1)):
        first -= 1
    opener = tokens[first - 1] if first else None
    if (
        opener is not None
        and not tokens[first].is_sent_start
        and opener.lower_ not in ("the", "her", "his", "its", "their")
    ):
        return RoleFinding()
    return outer


def coordinated(doc: Document, para: Paragraph, m: Mention) -> list[Mention]:
    """The other persons of the list a name closes ('Ann Cole, Tom Reed and Mary Hale')."""
    tokens = para.doc
    root = tokens[m.start : m.end].root
    head = root
    while head.dep_ in ("conj", "appos") and any(x.kind == "person" for x in doc.mentions_at(para.index, head.head.i)):
        head = head.head  # 'Ann Cole, Tom Reed and Mary Hale': the parser may hang the list as appositions
    members = [head] + [t for t in head.subtree if t.dep_ in ("conj", "appos")]
    found = []
    for tok in members:
        person = next((x for x in doc.mentions_at(para.index, tok.i) if x.kind == "person"), None)
        if person is not None and person.key != m.key and person not in found:
            found.append(person)
    return found


def _listed(doc: Document, para: Paragraph, kind: str, end: int) -> list[Mention]:
    """The list of names of one kind that ends right before token end ('Ann Cole and Tom Reed', 'Labour and the
    SNP'), in order; empty when the word before end closes no such name."""
    tokens = para.doc
    found: list[Mention] = []
    j = end
    while True:
        m = next((x for x in doc.mentions_at(para.index, j - 1) if x.kind == kind and x.end == j), None) if j else None
        if m is None:
            break
        found.insert(0, m)
        k = m.start - 1 if m.start and tokens[m.start - 1].lower_ == "the" else m.start
        j = k
        while j > 0 and tokens[j - 1].lower_ in (",", "and"):
            j -= 1
        if j == k:
            break
    return found if len({m.key for m in found}) == len(found) else []


def respective_roles(doc: Document, vocab: Vocabulary) -> Iterator[Role | Membership]:
    """'The National and Labour leaders, X and Y respectively,' / 'X and Y, of Labour and the SNP respectively,':
    the n-th person belongs to the n-th party (and holds the office the plural names)."""
    for para in doc.paragraphs:
        tokens = para.doc
        for m in [m for m in doc.mentions if m.para == para.index and m.kind == "person"]:
            parties = _paired_plural_after(doc, para, m.end, vocab)
            persons = _listed(doc, para, "person", m.end) if parties else []
            if not parties or len(persons) != len(parties):
                continue  # 'X and Y, the Labour and SNP leaders,': in order, as with 'respectively'
            office = tokens[parties[-1].end]
            for person, party in zip(persons, parties):
                prov = doc.provenance(para, tokens[person.start].idx, office.idx + len(office))
                yield Membership(person.key, party.key, prov)
                yield Role(person.key, singular_head(office.text, vocab) or office.lower_, party.key, prov)
        for r in (t for t in tokens if t.lower_ == "respectively" and not para.in_quote(t)):
            end = r.i - 1 if tokens[r.i - 1].text == "," else r.i
            persons = _listed(doc, para, "person", end)
            plural = tokens[end - 1] if end and singular_head(tokens[end - 1].text, vocab) else None
            parties = _listed(doc, para, "party", end - 1 if plural is not None else end)
            if persons:  # 'The Labour and Green leaders, X and Y respectively'
                k = persons[0].start - 1
                k = k - 1 if tokens[k].text == "," else k
                plural = tokens[k] if k > 0 and singular_head(tokens[k].text, vocab) else None
                parties = _listed(doc, para, "party", k) if plural is not None else []
            else:  # 'X and Y, the Labour and Green leaders respectively' / 'X and Y, of Labour and the SNP ...'
                start = parties[0].start if parties else 0
                k = start - 2 if start > 1 and tokens[start - 1].lower_ == "the" else start - 1
                k = k - 1 if k > 0 and tokens[k].lower_ == "of" and plural is None else k
                persons = _listed(doc, para, "person", k) if k > 0 and tokens[k].text == "," else []
            if len(persons) < 2 or len(persons) != len(parties):
                continue
            role = singular_head(plural.text, vocab) if plural is not None else None
            for person, party in zip(persons, parties):
                prov = doc.provenance(para, tokens[person.start].idx, r.idx + len(r))
                yield Membership(person.key, party.key, prov)
                if role:
                    yield Role(person.key, role, party.key, prov)


def fellow_members(doc: Document, para: Paragraph, m: Mention, title: RoleFinding) -> Iterator[Membership]:
    """'Sen. X and fellow Democrat Y': X shares the party of Y's title."""
    tokens = para.doc
    root = tokens[m.start : m.end].root
    start = min((t.i for seg in title.roles for t in seg), default=m.start)
    first = next((t for t in tokens[max(0, start - 3) : m.start] if party_at(doc, para, t.i)), None)
    if first is None or first.i == 0 or tokens[first.i - 1].lower_ != "fellow" or root.dep_ != "conj":
        return
    other = next((x for x in doc.mentions_at(para.index, root.head.i) if x.kind == "person"), None)
    party = party_at(doc, para, first.i)
    if other is not None and party is not None:
        yield Membership(other.key, party.key, doc.provenance(para, tokens[first.i - 1].idx, first.idx + len(first)))


def plain_member(text: str) -> bool:
    """'member', 'senior member of the ruling', 'member of the group': party membership, not an office."""
    words = [w for w in text.split() if w not in ROLE_EDGE_DROP and w not in word_list("party_epithets")]
    words = [w for w in words if w not in ("group", "party", "senior", "leading", "prominent", "founding")]
    return words == ["member"]


def stated_roles(doc: Document, vocab: Vocabulary) -> Iterator[Role | Membership]:
    """Roles and memberships stated around every person mention (titles, appositions, tags, possessives).
    Raw facts: the pipeline's merge dedupes them and ties roles and memberships together."""
    main_party = opposition_party(doc, vocab)
    titles: dict[tuple[int, int], RoleFinding] = {}
    owned_by: dict[tuple[int, int], list[str]] = {}
    for m in [m for m in doc.mentions if m.kind == "person"]:
        para = doc.paragraphs[m.para]
        title = title_before(doc, para, m.start, vocab)
        root = para.doc[m.start : m.end].root
        shared = titles.get((m.para, root.head.i)) if root.dep_ == "conj" else None
        if not (title.roles or title.parties) and shared is not None:
            title = shared  # 'Labour MPs X and Y': Y shares a plural title
        if any(singular_head(t.text, vocab) for segment in title.roles for t in segment):
            titles[(m.para, root.i)] = title
        if title.parties and not title.roles and m.start > 0 and para.doc[m.start - 1].text in POSSESSIVE[:2]:
            owned_by[(m.para, root.i)] = title.parties  # "Labour's Tom Bright and Ann Cole"
        found = [title, apposition_after(doc, para, m.end, vocab), outer_title(doc, para, title, vocab)]
        fronted = fronted_as_role(para, m, vocab)
        if fronted:
            found.append(RoleFinding(roles=[fronted]))
        appointed = appointed_to(doc, para, m, vocab)
        if appointed.roles:
            found.append(appointed)
        found.append(succeeded_as(doc, para, m, vocab))
        found.append(copular_complement(doc, para, m, vocab))
        found.append(led_by(doc, para, m, vocab))
        found.append(led_party(doc, para, m, vocab))
        own = (
            possessive_party(doc, para, m)
            or group_party(doc, para, m, vocab)
            or government_party(doc, para, m, vocab)
            or standing_party(doc, para, m, vocab)
        )
        ticket = ticket_party(doc, para, m)
        parties = [p for f in found for p in f.parties] + ([own] if own else []) + ([ticket] if ticket else [])
        if (
            not parties
            and root.dep_ == "conj"
            and not any(f.roles for f in found)
            and para.doc[m.start - 1].lower_ == "and"
        ):
            parties = owned_by.get((m.para, root.head.i), [])  # "Labour's Tom Bright and Ann Cole": both
        prov = doc.provenance(para, para.doc[m.start].idx, para.doc[m.end - 1].idx + len(para.doc[m.end - 1]))
        for named in dict.fromkeys(parties):
            yield Membership(m.key, named, prov)
        yield from fellow_members(doc, para, m, title)
        listed = [m] + (coordinated(doc, para, m) if any(f.shared for f in found) else [])
        for other in listed[1:]:
            for named in dict.fromkeys(p for f in found if f.shared for p in f.parties):
                yield Membership(other.key, named, prov)
        for finding in found:
            for tokens in finding.roles:
                text = role_text(tokens, doc, para, vocab)
                if not text or finding.parties and plain_member(text):
                    continue  # 'a (senior) member of the Liberal Party' is a membership, no office
                if text == "chief" and tokens[0].text == "Chief" and not finding.parties:
                    continue  # 'Chief Emeka Obi': a Nigerian honorific
                party = next(iter(finding.parties or parties), None)
                if party is None and "shadow" in text.split():
                    party = main_party
                if party is None and text.split()[-1] in vocab.words["party_offices"]:
                    party = sole_party_of_sentence(doc, para, m) or party_referred(doc, para, tokens)
                if party is None and "party" in text.split():
                    party = party_referred(doc, para, tokens)  # 'the state publicity secretary of the party, X'
                if party is None:
                    party = its_party(doc, para, tokens)
                yield Role(m.key, text, party, prov)
                for other in listed[1:] if finding.shared else []:
                    yield Role(other.key, text, party, prov)
    yield from respective_roles(doc, vocab)
