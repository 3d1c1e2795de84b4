"""Entity rules: which country an article is about, and its persons, parties and others."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from spacy.tokens import Doc, Span, Token

from polgraph.facts import Entity
from polgraph.loaders.extract.deps import SUBJECTS
from polgraph.loaders.extract.document import Document, Mention, Paragraph
from polgraph.loaders.vocab import PartyInfo, Vocabulary

POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")
NAME_TOKEN = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w\-'\u2019.]*$")
OTHER_LABELS = {"GPE", "ORG", "LOC", "FAC"}


# --- country -----------------------------------------------------------------


def detect_country(doc: Document, vocab: Vocabulary) -> str | None:
    """The country an article is about, from its outlet, place cues and unambiguous parties."""
    votes: Counter[str] = Counter()
    art = doc.article
    where = " ".join(filter(None, [art.url, art.outlet])).lower()
    host = re.sub(r"^\w+://", "", art.url or "").split("/")[0].lower()
    for code, info in vocab.countries.items():
        if any(host.endswith(tld) or f"{tld}/" in host for tld in info["tlds"]):
            votes[code] += 4
        if any(re.search(rf"(?<![a-z]){re.escape(name)}(?![a-z])", where) for name in info["outlets"]):
            votes[code] += 2
    text = "\n".join(p.text for p in doc.paragraphs)
    for code, info in vocab.countries.items():
        for cue in info["cues"]:
            own = any(c.country == code for c in vocab.parties_for(cue))
            if not own and any(c.country != code for c in vocab.weak_parties_for(cue)):
                continue  # 'Congress' is also India's party
            hits = len(re.findall(rf"(?<!\w){re.escape(cue)}(?!\w)", text))
            votes[code] += min(hits, 3)
    for para in doc.paragraphs:
        for ent in para.doc.ents:
            longer = f"{para.doc[ent.start - 1].text} {ent.text}" if ent.start else ""
            if ent.label_ == "PARTY" and not vocab.weak_parties_for(longer):  # not 'Democrats' of 'Social Democrats'
                cands = vocab.parties_for(ent.text)
                shared = {c.country for c in cands + vocab.weak_parties_for(ent.text)}  # Korea's 'Democratic Party'
                if len(shared) == 1:
                    votes[cands[0].country] += 3
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < 1 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def choose_party(cands: list[PartyInfo], country: str | None) -> PartyInfo | None:
    """The candidate of the article's country, else the first listed (the best known)."""
    if not cands:
        return None
    for cand in cands:
        if cand.country == country:
            return cand
    return cands[0]


# --- parties -----------------------------------------------------------------


def strip_possessive(text: str) -> str:
    for suffix in POSSESSIVE[:2]:
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def party_mentions(doc: Document, para: Paragraph, vocab: Vocabulary) -> list[Mention]:
    """Party names from the entity ruler, and weak forms ('National', 'Greens') in their country."""
    found: list[Mention] = []
    not_after = vocab.words["not_party_after"]
    for ent in para.doc.ents:
        if ent.label_ != "PARTY" or ent.start > 0 and para.doc[ent.start - 1].lower_ in vocab.words["not_party"]:
            continue
        if ent.end < len(para.doc) and para.doc[ent.end].lower_ in not_after and ent[-1].lower_ != "party":
            continue  # 'Labour market', 'Liberal arts'
        form = strip_possessive(ent.text)
        cands = vocab.parties_for(form)
        if doc.country and all(c.country != doc.country for c in cands):
            cands = [c for c in vocab.weak_parties_for(form) if c.country == doc.country] or cands
        before = found[-1] if found and found[-1].end == ent.start else None
        if before is not None and before.key not in {c.name for c in cands}:
            continue  # 'the VVD Liberal party': a description of the party just named
        party = choose_party(cands, doc.country)
        if party:
            found.append(_mention("party", party.name, para, ent))
    taken = {t.i for m in found for t in para.doc[m.start : m.end]}
    for form, cands in vocab.weak_party_forms.items():
        match = [c for c in cands if c.country == doc.country]
        if not match:
            continue
        words = form.split()
        for tok in para.doc:
            if tok.text != words[0]:
                continue
            end = tok.i + len(words)
            if [t.text for t in para.doc[tok.i : end]] != words:
                continue
            inner = [m for m in found if tok.i <= m.start and m.end <= end and m.end - m.start < len(words)]
            if any(i in taken for i in range(tok.i, end) if not any(m.start <= i < m.end for m in inner)):
                continue  # 'Social Democrats' of the country replaces the 'Democrats' inside it
            after = para.doc[end] if end < len(para.doc) else None
            if after is not None and after.lower_ in not_after:
                continue
            if (
                after is not None
                and after.pos_ == "PROPN"
                and after.text[:1].isupper()
                and after.lower_ not in vocab.role_heads
            ):
                continue
            office = after is not None and (
                after.lower_ in vocab.role_heads
                or after.lower_ in vocab.role_modifiers
                or after.lower_ in vocab.words["party_context_nouns"]
            )
            person = (  # 'Jubilee secretary-general': the model took the party for a name
                tok.ent_type_ == "PERSON" and office and any(e.start == tok.i and e.end == end for e in para.doc.ents)
            )
            if tok.ent_type_ and tok.ent_type_ not in ("ORG", "NORP", "GPE", "") and not inner and not person:
                continue
            found = [m for m in found if m not in inner]
            found.append(_mention("party", match[0].name, para, para.doc[tok.i : end]))
            taken.update(range(tok.i, end))
    return found


def _capitalised(tok: Token) -> bool:
    return (
        tok.text[:1].isupper()
        and tok.pos_ in ("PROPN", "NOUN", "ADJ")
        and (not tok.is_sent_start or tok.pos_ == "PROPN" or tok.ent_type_ != "")
    )


def formed_party_mentions(para: Paragraph, vocab: Vocabulary, taken: set[int]) -> list[Mention]:
    """Parties known by their form alone: 'the Heritage Party', 'the Northern Renewal Alliance',
    'the Party of Civic Renewal' (capitalised names ending in a party word or opening 'Party of')."""
    heads, openers, not_party = (vocab.words["party_heads"], vocab.words["party_openers"], vocab.words["not_party"])
    doc = para.doc
    found: list[Mention] = []
    for tok in doc:
        if tok.i in taken or tok.text not in heads:
            continue
        start = end = tok.i
        while (
            start > 0
            and start - 1 not in taken
            and _capitalised(doc[start - 1])
            and doc[start - 1].lower_ != "the"
            and doc[start - 1].ent_type_ != "DATE"
            and (doc[start - 1].ent_type_ != "PERSON" or tok.ent_type_ == "PERSON")
        ):  # 'Civic Front' taken for a name
            start -= 1
            if (
                start > 1
                and doc[start - 1].text in POSSESSIVE
                and start - 2 not in taken
                and _capitalised(doc[start - 2])
                and doc[start - 2].text in vocab.words["party_possessors"]
            ):
                start -= 2  # "the People's Voice Party", "the Farmers' Union Party"; not "Wren's Heritage Party"
        if tok.text in openers and start == tok.i:
            j = tok.i + 1
            if j + 1 < len(doc) and doc[j].lower_ in ("of", "for") and _capitalised(doc[j + 1]):
                end = j + 1
                while (
                    end + 1 < len(doc)
                    and end + 1 not in taken
                    and (
                        _capitalised(doc[end + 1])
                        or doc[end + 1].lower_ == "and"
                        and end + 2 < len(doc)
                        and _capitalised(doc[end + 2])
                    )
                ):
                    end += 1
        while start < tok.i and doc[start].is_stop:  # 'Several Heritage Party figures'
            start += 1
        span = doc[start : end + 1]
        if (
            len(span) < 2
            or any(t.lower_ in not_party for t in span)
            or vocab.other_name(span.text)
            or any(t.i in taken for t in span)
        ):
            continue
        found.append(_mention("party", span.text, para, span))
        taken.update(range(start, end + 1))
    return found


def with_formed_parties(known: list[Mention], formed: list[Mention], vocab: Vocabulary) -> list[Mention]:
    """Listed parties, and parties known by form that overlap no listed name, or that open with a party word and
    hold a listed name inside ('the Movement for Democratic Renewal' is one party, not the Democrats)."""

    def inside(k: Mention, f: Mention) -> bool:
        return f.text.split()[0] in vocab.words["party_openers"] and f.start < k.start and k.end <= f.end

    kept = [f for f in formed if all(inside(k, f) or k.end <= f.start or k.start >= f.end for k in known)]
    return [k for k in known if not any(inside(k, f) for f in kept)] + kept


def office_party_mentions(para: Paragraph, vocab: Vocabulary, taken: set[int]) -> list[Mention]:
    """A name used as a party by the office it qualifies: 'the Heritage leader', 'Renewal MPs' (an unknown
    capitalised word, no person, place or known organisation, right before a party office)."""
    doc = para.doc
    found: list[Mention] = []
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        office = tok.lower_ in vocab.words["party_offices"] or tok.text == "MPs"
        if (
            not office
            or prev.i in taken
            or prev.pos_ != "PROPN"
            or not NAME_TOKEN.match(prev.text)
            or prev.is_sent_start
            or prev.ent_type_ in ("PERSON", "GPE", "NORP", "LOC", "DATE", "FAC")
            or prev.text in vocab.first_names
            or vocab.other_name(prev.text)
            or prev.lower_ in vocab.role_heads
            or prev.lower_ in vocab.role_modifiers
            or prev.text in vocab.honorifics
            or prev.lower_ in vocab.not_persons
        ):
            continue
        before = doc[prev.i - 1] if prev.i else None
        if before is None or before.lower_ not in ("the", "a"):
            continue
        found.append(_mention("party", prev.text, para, doc[prev.i : prev.i + 1]))
        taken.add(prev.i)
    return found


def adjective_party_mentions(doc: Document, para: Paragraph, vocab: Vocabulary, taken: set[int]) -> list[Mention]:
    """'a Green councillor', 'Green MP X': a party adjective of the article's country right before an office."""
    found: list[Mention] = []
    for tok in para.doc[:-1]:
        country = nationality(para.doc[tok.i - 1], vocab) if tok.i else None  # 'German Green MEP X' in an EU story
        cands = [c for c in vocab.party_adjectives.get(tok.text, []) if c.country == (country or doc.country)]
        office = para.doc[tok.i + 1]
        if not cands or tok.i in taken or office.i in taken:
            continue
        word = office.lower_
        for nxt in para.doc[office.i + 1 : office.i + 3]:
            if para.doc[nxt.i - 1].whitespace_ or "-" not in (nxt.text, para.doc[nxt.i - 1].text):
                break
            word += nxt.lower_  # 'co-leader' is three tokens (not 'councillor' + ',')
        if word in vocab.role_heads or office.lower_ in vocab.words["party_offices"] or office.text == "MPs":
            found.append(_mention("party", cands[0].name, para, para.doc[tok.i : tok.i + 1]))
            taken.add(tok.i)
    return found


def nationality(tok: Token, vocab: Vocabulary) -> str | None:
    """The country a nationality adjective names ('German' -> DE), from the country cues."""
    if tok.ent_type_ != "NORP":
        return None
    return next((code for code, info in vocab.countries.items() if tok.text in info["cues"]), None)


def acronym_party_mentions(doc: Document, para: Paragraph, here: list[Mention], taken: set[int]) -> list[Mention]:
    """'MDR' after 'the Movement for Democratic Renewal': the initials of a party named earlier (of, for, the
    and and skipped)."""
    named = {m.key for m in doc.mentions + here if m.kind == "party"}
    initials = {
        "".join(w[0] for w in key.split() if w.lower() not in ("of", "for", "the", "and")): key
        for key in named
        if len(key.split()) >= 3
    }
    found: list[Mention] = []
    for tok in para.doc:
        key = initials.get(tok.text)
        if key and tok.i not in taken and tok.text.isupper() and len(tok.text) >= 3:
            found.append(_mention("party", key, para, para.doc[tok.i : tok.i + 1]))
            taken.add(tok.i)
    return found


def _party_keys_by_form(mentions: list[Mention]) -> None:
    """'the Heritage leader' after 'the Heritage Party': one party under the longer name."""
    long = {m.key for m in mentions if m.kind == "party"}
    for m in mentions:
        if m.kind == "party" and f"{m.key} Party" in long:
            m.key = f"{m.key} Party"


# --- others ------------------------------------------------------------------


def other_mentions(doc: Document, para: Paragraph, vocab: Vocabulary, taken: set[int]) -> list[Mention]:
    """Organisations and places: known forms from the vocabulary, then the model's entities."""
    found: list[Mention] = []
    lower = [t.text.lower() for t in para.doc]
    for form, name in vocab.other_forms.items():
        words = form.split()
        n = len(words)
        for i in range(len(lower) - n + 1):
            if lower[i : i + n] != words or taken.intersection(range(i, i + n)):
                continue
            span = para.doc[i : i + n]
            if not span.text[0].isupper() and not form.startswith("the "):
                continue
            if form.startswith("the ") and span.text.split()[-1].islower() and name == span.text:
                continue
            found.append(_mention("other", name, para, span))
            taken.update(range(i, i + n))
    for ent in para.doc.ents:
        if ent.label_ not in OTHER_LABELS or any(t.i in taken for t in ent):
            continue
        text = strip_possessive(ent.text)
        if text.lower().startswith("the "):
            text = text[4:]
        if not text or text.lower() in vocab.not_persons or vocab.parties_for(text):
            continue
        found.append(_mention("other", vocab.other_name(text) or text, para, ent))
        taken.update(t.i for t in ent)
    return found


# --- persons -----------------------------------------------------------------


def hyphen_tail(doc: Doc, end: int) -> int:
    """The end of a name whose last part runs on after a hyphen the model split off ('Min' + '-seok')."""
    if (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].text.isalpha()
        and doc[end + 1].text.islower()
        and doc[end + 1].pos_ not in ("VERB", "ADJ", "ADV")  # not 'Adisa-led', 'Rao-style'
        and doc[end + 1].lower_ not in ("era", "style", "type", "government", "administration")
    ):
        return end + 2
    return end


def person_name(span: Span) -> str:
    """The name as written without a quoted nickname: 'Roberto "Bobby" Cruz' -> 'Roberto Cruz'."""
    tokens = list(span)
    marks = [k for k, t in enumerate(tokens) if t.text in ('"', "\u201c", "\u201d")]
    if len(marks) == 2 and 0 < marks[0] and marks[1] - marks[0] in (2, 3) and marks[1] < len(tokens) - 1:
        tokens = tokens[: marks[0]] + tokens[marks[1] + 1 :]
        return " ".join(t.text for t in tokens)
    return span.text


def honorific_length(doc: Doc, i: int, vocab: Vocabulary) -> int:
    """Tokens of the honorific starting at token i: 'Dr' 1, 'Tan Sri' 2, "Dato' Sri" 3; 0 for none (or a peerage)."""
    for n in (3, 2, 1):
        text = doc[i : i + n].text if i + n <= len(doc) else ""
        if text in vocab.honorifics and text not in vocab.peerages:
            return n
    return 0


def honorific_before(doc: Doc, i: int, vocab: Vocabulary) -> int:
    """Tokens of the honorific ending at token i ('Datuk Seri' before a name), 0 for none."""
    for n in (3, 2, 1):
        if i - n + 1 >= 0 and doc[i - n + 1 : i + 1].text in vocab.honorifics:
            return n
    return 0


def clean_person(span: Span, vocab: Vocabulary) -> tuple[Span, str | None] | None:
    """Trim honorifics, titles and possessives from a PERSON span; None when it is no person."""
    start, end = span.start, span.end
    doc = span.doc
    gender = None
    while end > start and (
        doc[end - 1].text in POSSESSIVE
        or doc[end - 1].text.isupper()
        and doc[end - 1].lower_ in vocab.role_heads
        or doc[end - 1].text in vocab.honorifics
        and end == span.end
        and end < len(doc)
        and doc[end].text == "."
        or span.label_ == "WORK_OF_ART"
        and end == span.end
        and doc[end - 1].lower_ in ("of", "and")
    ):
        end -= 1  # 'Mara Quill's', 'Tobias Wren TD', 'Kimilili MP Hon' + '.'
    end = hyphen_tail(doc, end)  # 'Oh Min' + '-seok'
    while (
        end + 1 < len(doc)
        and doc[end].text in vocab.words["name_particles"]
        and doc[end].whitespace_
        and (NAME_TOKEN.match(doc[end + 1].text) or doc[end + 1].text in vocab.words["name_particles"])
        and doc[end + 1].ent_type_ in ("PERSON", "")
    ):
        end += 1  # 'Iwan' + 'ap' + 'Dafydd': a lower-case particle the model left between two names
    while (
        doc[end - 1].text.lower() in vocab.words["name_particles"]
        and end < len(doc)
        and (NAME_TOKEN.match(doc[end].text) or doc[end].text in vocab.words["name_particles"])
    ):
        end += 1  # 'Marine Le' + 'Pen', 'Johan van' + 'der Berg': the model stopped inside the surname
    if (
        start > 0
        and _name_like(doc[start - 1], vocab)
        and not doc[start - 1].ent_type_
        and (
            doc[start].text.lower() in vocab.words["name_particles"]
            and doc[start].text[:1].isupper()
            or doc[start - 1].text in vocab.first_names
        )
    ):
        start -= 1  # 'Aodhán' + 'Mac Giolla', 'Aoife' + 'Kerrigan': the model left out the first name
    if (
        start > 1
        and _name_like(doc[start - 1], vocab)
        and not doc[start - 1].ent_type_
        and (
            is_title(doc[start - 2], vocab)
            or honorific_before(doc, start - 2, vocab)  # 'Hon. Moses' + 'Wekesa'
            or start > 2
            and doc[start - 2].text == ","
            and is_title(doc[start - 3], vocab)
        )
    ):
        start -= 1  # 'Embu Governor Cecily' + 'Mwangi', 'spokesperson, Lungile' + 'Khumalo': a first name left out
    start = after_portfolio(doc, start, end, vocab)
    cut = next((i for i in range(start + 1, end) if _headline_verb(doc[i], vocab)), None)
    if cut is not None:
        end = cut  # 'Quill Vows to ...' in a headline
    if start + 1 < end and honorific_before(doc, start, vocab) > 1:
        start += 1  # "Dato' Sri Kamal Ariff" with the span opening at 'Sri'
    while start < end:
        tok = doc[start]
        low = tok.text.lower()
        honorific = honorific_length(doc, start, vocab)
        if honorific:
            gender = vocab.honorifics[doc[start : start + honorific].text] or gender
            start += honorific
        elif (
            low in vocab.role_heads
            or low in vocab.role_modifiers
            or tok.text in vocab.role_abbreviations
            or low.endswith("s")
            and low[:-1] in vocab.role_heads
            or vocab.parties_for(tok.text)
            or tok.is_punct
        ):
            start += 1
        else:
            break
    if start >= end and start > span.start and honorific_before(doc, start - 1, vocab):
        while end < len(doc) and end - start < 3 and _name_like(doc[end], vocab) and doc[end].ent_type_ != "PARTY":
            end += 1  # 'Datuk Seri' + 'Azman Hashim': the model took the honorific for the name
    if end - start < 1:
        return None
    if start > 0 and doc[start - 1].lower_ in vocab.words["media_nouns"]:
        return None  # 'newspaper Il Giornale'
    if (
        start > 1
        and doc[start - 1].text == "("
        and end < len(doc)
        and doc[end].text == ")"
        and doc[start - 2].ent_type_
    ):
        return None  # 'Tan Mei Ling (Jurong GRC)': a constituency in brackets after a name
    if (
        start > 1
        and doc[start - 1].lower_ == "for"
        and doc[start - 2].text.isupper()
        and doc[start - 2].lower_ in vocab.role_heads
    ):
        return None  # 'MP for Leeds North': a constituency
    if (
        end + 1 < len(doc)
        and doc[end].text.isupper()
        and doc[end].lower_ in vocab.role_heads
        and doc[end + 1].ent_type_ == "PERSON"
    ):
        return None  # 'Wolverhampton West MP Helen Marsh': a constituency
    trimmed = doc[start:end]
    text = person_name(trimmed)
    words = text.split()
    if (
        text.lower() in vocab.not_persons
        or vocab.parties_for(text)
        or vocab.other_name(text)
        or len(words) > 5
        or any(ch.isdigit() for ch in text)
        or not all(NAME_TOKEN.match(w) or w.lower() in vocab.words["name_particles"] for w in words)
        or text.isupper()
        and len(text) > 3
    ):
        return None
    if len(words) == 1 and (text.lower() in vocab.role_heads or text in vocab.role_abbreviations):
        return None
    return trimmed, gender


def is_title(tok: Token, vocab: Vocabulary) -> bool:
    return tok.lower_ in vocab.role_heads or tok.text in vocab.role_abbreviations


def after_portfolio(doc: Doc, start: int, end: int, vocab: Vocabulary) -> int:
    """'Minister of State for Schools Martin Dale': a name starts at its first name, after the portfolio."""
    if start > 1 and doc[start - 1].lower_ in ("for", "of") and doc[start - 2].lower_ in vocab.role_heads | {"state"}:
        first = next((i for i in range(start + 1, end - 1) if doc[i].text in vocab.first_names), None)
        if first is not None:
            return first
    return start


def _headline_verb(tok: Token, vocab: Vocabulary) -> bool:
    low = tok.lower_
    stems = {low[:-1], low[:-2]} if low.endswith("s") else set()
    return tok.text[:1].isupper() and bool(stems & (vocab.words["headline_verbs"] | set(vocab.reporting_verbs)))


def person_mentions(
    doc: Document, para: Paragraph, vocab: Vocabulary, taken: set[int]
) -> list[tuple[Mention, str | None]]:
    found = []
    taken = set(taken)
    for ent in para.doc.ents:
        if any(t.i in taken for t in ent) or ent.label_ != "PERSON" and not _person_by_context(ent, vocab):
            continue
        cleaned = clean_person(ent, vocab)
        if not cleaned:
            continue
        span, gender = cleaned
        honor = honorific_before(para.doc, span.start - 1, vocab) if span.start > 0 else 0
        if honor:
            gender = vocab.honorifics[para.doc[span.start - honor : span.start].text] or gender
        mention = _mention("person", person_name(span), para, span)
        mention.text = mention.key  # the name without a quoted nickname
        found.append((mention, gender))
        taken.update(range(span.start, span.end))
    taken = taken | {i for m, _ in found for i in range(m.start, m.end)}
    for span in fallback_persons(para, vocab, taken):
        found.append((_mention("person", span.text, para, span), None))
    return found


def _person_by_context(ent: Span, vocab: Vocabulary) -> bool:
    """A name the model took for a place or an organisation, but written as a person's: after an honorific
    ('Ms Hale'), two or three name words speaking ('Ilse Varga said') or in apposition to a role."""
    if ent.label_ not in OTHER_LABELS | {"WORK_OF_ART"} or vocab.other_name(ent.text) or vocab.parties_for(ent.text):
        return False  # a name right after a closing quotation mark is often taken for a title
    doc = ent.doc
    owner = ent[-1].text in POSSESSIVE[:2] and len(ent) > 1
    if owner:
        ent = ent[:-1]
    if ent.label_ == "WORK_OF_ART" and len(ent) > 2 and ent[-1].lower_ in ("of", "and"):
        ent = ent[:-1]  # '"...," Tomas Reyes of the Orange Alliance said': the span ran into the 'of'
    words = [t for t in ent if t.text not in vocab.honorifics and not _name_hyphen(t)]  # 'Tice-Holt'
    if not words or not all(_name_like(t, vocab) for t in words):
        return False
    before = doc[ent.start - 1] if ent.start else None
    if (
        ent[0].text in vocab.honorifics
        and ent[0].text not in vocab.peerages
        or before is not None
        and before.text in vocab.honorifics
        and before.text not in vocab.peerages
    ):
        return True
    root = ent.root
    if not 2 <= len(words) <= 3:
        return False
    owned = list(doc[ent.end + 1 : ent.end + 4]) if owner else []
    if owned and (owned[0].ent_type_ == "PARTY" or [t.lower_ for t in owned[:2]] in (["party", ","], ["own", "party"])):
        return True  # "Ciaran Dolby's party, Fine Gael," / "Ciaran Dolby's Fine Gael"
    if root.dep_ == "appos" and (
        root.head.lower_ in vocab.role_heads
        or root.head.text in vocab.role_abbreviations
        or root.head.lower_ in vocab.words["peer_nouns"]
    ):
        return True  # 'The leader of the X Party, Tano Hiroki, said', 'his closest rival, Yetunde Bello,'
    of_party = doc[ent.end : ent.end + 3]
    if len(of_party) == 3 and of_party[0].lower_ == "of" and "PARTY" in (of_party[1].ent_type_, of_party[2].ent_type_):
        return True  # 'declared Adebayo Olaniyan of the All Progressives Congress winner'
    if any(c.dep_ == "appos" and c.lower_ in vocab.role_heads for c in root.children):
        return True  # 'Ilse Varga, the Republican nominee,'
    if before is not None and before.lower_ in vocab.role_heads and before.pos_ == "NOUN":
        return True  # 'presidential candidate Ilse Varga'
    after = doc[ent.end : ent.end + 7]
    if (
        len(after) > 2
        and after[0].lower_ == "as"
        and after[1].lower_ in ("the", "a")
        and any(t.lower_ in vocab.role_heads for t in after[2:])
    ):
        return True  # 'the election of Mori Kenta as the new party president'
    return root.dep_ in SUBJECTS and root.head.lemma_ in vocab.reporting_verbs


def surname_mentions(doc: Document, persons: list[Mention]) -> list[Mention]:
    """Bare surnames or first names of people already named, where the model saw no entity."""
    parts = {w for m in persons if len(m.text.split()) > 1 for w in (m.text.split()[0], m.text.split()[-1])}
    tails = {" ".join(m.text.lower().split()[-k:]) for m in persons for k in (2, 3) if len(m.text.split()) > k}
    doc.mentions = [
        m
        for m in doc.mentions
        if not (m.kind == "other" and (strip_possessive(m.text) in parts or strip_possessive(m.text).lower() in tails))
    ]  # 'Von der Leyen, ...' opening a sentence, taken for an organisation: the surname of 'Ursula von der Leyen'
    taken = {(m.para, i) for m in doc.mentions for i in range(m.start, m.end)}
    out = []
    for para in doc.paragraphs:
        for tok in para.doc:
            if (
                tok.text in parts
                and (para.index, tok.i) not in taken
                and tok.pos_ in ("PROPN", "NOUN")
                and tok.ent_type_ not in ("PARTY", "DATE", "TIME", "MONEY", "CARDINAL")
            ):
                out.append(_mention("person", tok.text, para, para.doc[tok.i : tok.i + 1]))
    return out


def fallback_persons(para: Paragraph, vocab: Vocabulary, taken: set[int]) -> list[Span]:
    """Names the model missed: a capitalised run after a role title, or a reporting verb's subject."""
    doc = para.doc
    found: list[Span] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        after_role = (
            i > 1
            and doc[i - 1].text == ","
            and (
                doc[i - 2].lower_ in vocab.role_heads
                or (doc[i - 2].ent_type_ == "PARTY" or doc[i - 2].pos_ == "PROPN")
                and any(  # 'the leader of the Heritage Party, X' / 'the Tory MP for Wells, X'
                    t.lower_ in vocab.role_heads and t.nbor().lower_ in ("of", "for", "in")
                    for t in doc[max(doc[i - 2].sent.start, i - 9) : i - 2]
                )
            )
        )
        titled = i > 0 and doc[i - 1].lower_ in vocab.role_heads and doc[i - 1].pos_ == "PROPN"  # 'Greens MEP X'
        loose = (tok.text in vocab.first_names or after_role or titled) and tok.ent_type_ in ("ORG", "GPE", "NORP", "")
        if i in taken or (tok.ent_type_ and not loose) or not _name_like(tok, vocab):
            i += 1
            continue
        j = i + 1
        while (
            j < len(doc)
            and j not in taken
            and (
                _name_like(doc[j], vocab)
                and (not doc[j].ent_type_ or loose and doc[j].ent_type_ in ("ORG", "GPE", "NORP"))
                or doc[j].text in vocab.words["name_particles"]  # 'Pieter de Wet'
                and j + 1 < len(doc)
                and _name_like(doc[j + 1], vocab)
            )
        ):
            j += 1
        j = hyphen_tail(doc, j)
        run = doc[after_portfolio(doc, i, j, vocab) : j]
        words = len(run.text.split())  # 'Oh Min-seok' is two words
        before = doc[i - 1] if i else None
        window = doc[max(0, i - 4) : i]
        title = before is not None and (
            before.lower_ in vocab.role_heads
            or before.text in vocab.role_abbreviations
            or before.lower_ in vocab.role_modifiers
            and before.text[:1].isupper()
            and any(t.lower_ in vocab.role_heads for t in window)
        )
        after_of = (
            before is not None and before.lower_ in ("for", "of") and i > 1 and doc[i - 2].lower_ in vocab.role_heads
        )
        reporter = (
            words <= 3 and run.root.dep_ in SUBJECTS and vocab.reporting_verbs.get(run.root.head.lemma_) is not None
        )
        known_first = words in (2, 3) and (run[0].text in vocab.first_names or _role_apposition(doc, j, vocab))
        known_first = known_first or (after_role and words in (2, 3) and j < len(doc) and doc[j].text == ",")
        if title and 2 <= words <= 3 or reporter and not tok.is_sent_start or known_first:
            found.append(run)
        elif after_of and len(run) >= 3:
            found.append(doc[i + 1 : j])
        i = j
    return found


def _name_hyphen(tok: Token) -> bool:
    """The hyphen of a double-barrelled name ('Long-Bailey'): no space on either side, a capital after it."""
    doc = tok.doc
    return (
        tok.text == "-"
        and 0 < tok.i < len(doc) - 1
        and not doc[tok.i - 1].whitespace_
        and not tok.whitespace_
        and doc[tok.i + 1].text[:1].isupper()
    )


def _role_apposition(doc: Doc, j: int, vocab: Vocabulary) -> bool:
    """', the APC candidate for governor,' right after a run of names: an office in apposition makes it a person."""
    if j + 2 >= len(doc) or doc[j].text != "," or doc[j + 1].lower_ not in ("the", "a", "an"):
        return False
    phrase = []
    for tok in doc[j + 2 : j + 12]:
        if tok.text in (",", ".", ";", ")") or tok.pos_ in ("VERB", "AUX"):
            break
        phrase.append(tok)
    return any(is_title(t, vocab) for t in phrase) and phrase[-1].i + 1 < len(doc) and doc[phrase[-1].i + 1].text == ","


def _name_like(tok: Token, vocab: Vocabulary) -> bool:
    """A capitalised proper noun that is no title or party; a known first name the tagger took for a noun
    ('Seán'); a capitalised surname particle ('Ó', 'Mac')."""
    particle = tok.lower_ in vocab.words["name_particles"] and tok.text[:1].isupper()
    return (
        (tok.pos_ == "PROPN" or tok.pos_ == "NOUN" and tok.text in vocab.first_names or particle)
        and bool(NAME_TOKEN.match(tok.text))
        and (not tok.text.isupper() or particle)
        and tok.lower_ not in vocab.role_heads
        and tok.lower_ not in vocab.role_modifiers
        and tok.text not in vocab.honorifics
        and tok.lower_ not in vocab.not_persons
        and not vocab.parties_for(tok.text)
        and not vocab.other_name(tok.text)
    )


def _mention(kind: str, key: str, para: Paragraph, span: Span) -> Mention:
    root = span.root
    subject = root.dep_ in SUBJECTS or (root.dep_ == "conj" and root.head.dep_ in SUBJECTS)
    return Mention(
        kind=kind,
        key=key,
        para=para.index,
        start=span.start,
        end=span.end,
        text=span.text,
        in_quote=para.in_quote(span[0]),
        subject=subject,
    )


def merge_persons(mentions: list[Mention], particles: frozenset[str] = frozenset()) -> dict[str, list[str]]:
    """Group written forms of one person: full names own their surname and first-name mentions (and a surname
    that opens with a particle: 'Dela Rosa' of 'Ronald dela Rosa')."""
    forms = [m.text for m in mentions]
    full = sorted({f for f in forms if len(f.split()) > 1}, key=lambda f: (-len(f.split()), forms.index(f)))
    canon: dict[str, str] = {}
    for name in full:
        words = name.split()
        owner = next((c for c in set(canon.values()) if c.split()[-1] == words[-1] and c.split()[0] == words[0]), None)
        if owner is None and words[0].lower() in particles:
            tail = [w.lower() for w in words]
            owner = next(
                (c for c in set(canon.values()) if [w.lower() for w in c.split()[-len(words) :]] == tail), None
            )
        canon[name] = owner or name
    by_last: dict[str, set[str]] = defaultdict(set)
    by_first: dict[str, set[str]] = defaultdict(set)
    for name, owner in canon.items():
        by_last[name.split()[-1]].add(owner)
        by_first[name.split()[0]].add(owner)
    for form in forms:
        if form in canon:
            continue
        owners = by_last.get(form) or by_first.get(form) or set()
        if len(owners) == 1:
            canon[form] = next(iter(owners))
        elif not owners:
            canon[form] = form
    groups: dict[str, list[str]] = defaultdict(list)
    for form, owner in canon.items():
        if form != owner and form not in groups[owner]:
            groups[owner].append(form)
        groups.setdefault(owner, [])
    for m in mentions:
        owners = by_last.get(m.text, set())
        if m.text in canon:
            m.key = canon[m.text]
        elif len(owners) > 1:
            m.key = _most_recent(mentions, m, owners) or m.text
    return dict(groups)


def _most_recent(mentions: list[Mention], at: Mention, owners: set[str]) -> str | None:
    best = None
    for m in mentions:
        if m.order >= at.order:
            break
        if m.key in owners:
            best = m.key
    return best


def _credible_single_name(doc: Document, name: str, vocab: Vocabulary) -> bool:
    """A lone one-word name counts when titled ('President Biden'), repeated, or speaking."""
    mentions = [m for m in doc.mentions if m.kind == "person" and m.key == name]
    if len(mentions) > 1:
        return True
    for m in mentions:
        tokens = doc.paragraphs[m.para].doc
        before = tokens[m.start - 1] if m.start else None
        if before is not None and (
            before.text in vocab.honorifics
            or before.lower_ in vocab.role_heads
            or before.text in vocab.role_abbreviations
        ):
            return True
        root = tokens[m.start : m.end].root
        if root.dep_ in SUBJECTS and root.head.lemma_ in vocab.reporting_verbs:
            return True
    return False


def person_gender(name: str, honorific: str | None, vocab: Vocabulary) -> str | None:
    if honorific:
        return honorific
    first = name.split()[0]
    return vocab.first_names.get(first)


def learn_genders(doc: Document, vocab: Vocabulary) -> None:
    """Gender from pronouns that follow a person as the next subject in the same sentence."""
    for para in doc.paragraphs:
        persons = [m for m in doc.mentions if m.para == para.index and m.kind == "person" and not m.in_quote]
        for m in persons:
            if m.key in doc.genders:
                continue
            sent = para.doc[m.start].sent
            later = [t for t in sent if t.i >= m.end and t.lower_ in vocab.pronoun_genders]
            others = [p for p in persons if p is not m and p.start > m.start and p.start < sent.end]
            if later and not (others and others[0].start < later[0].i):
                doc.genders[m.key] = vocab.pronoun_genders[later[0].lower_]


def collect_entities(doc: Document, vocab: Vocabulary) -> tuple[list[Entity], list[Entity], list[Entity]]:
    """Find every mention in the document, merge them into entities, and fill ``doc.mentions``."""
    doc.country = detect_country(doc, vocab)
    persons: list[Mention] = []
    genders: dict[str, str] = {}
    for para in doc.paragraphs:
        parties = with_formed_parties(
            party_mentions(doc, para, vocab), formed_party_mentions(para, vocab, set()), vocab
        )
        taken = {i for m in parties for i in range(m.start, m.end)}
        parties += office_party_mentions(para, vocab, taken)
        parties += adjective_party_mentions(doc, para, vocab, taken)
        parties += acronym_party_mentions(doc, para, parties, taken)
        people = person_mentions(doc, para, vocab, taken)
        taken |= {i for m, _ in people for i in range(m.start, m.end)}
        others = other_mentions(doc, para, vocab, taken)
        doc.mentions += parties + others + [m for m, _ in people]
        persons += [m for m, _ in people]
        for m, g in people:
            if g:
                genders[m.text] = g
    extra = surname_mentions(doc, persons)
    doc.mentions += extra
    persons += extra
    groups = merge_persons(persons, vocab.words["name_particles"])
    for name in [n for n, aliases in groups.items() if len(n.split()) == 1 and not aliases]:
        if not _credible_single_name(doc, name, vocab):
            del groups[name]
            doc.mentions = [m for m in doc.mentions if not (m.kind == "person" and m.key == name)]
    doc.mentions.sort(key=lambda m: m.order)
    _party_keys_by_form(doc.mentions)
    for name, aliases in groups.items():
        g = next((genders[f] for f in [name, *aliases] if f in genders), None)
        g = g or person_gender(name, None, vocab)
        if g:
            doc.genders[name] = g
    learn_genders(doc, vocab)
    person_entities = [Entity(name, "person", aliases) for name, aliases in groups.items()]
    party_entities = _grouped(doc, "party", vocab)
    other_entities = _grouped(doc, "other", vocab)
    return person_entities, party_entities, other_entities


def _grouped(doc: Document, kind: str, vocab: Vocabulary) -> list[Entity]:
    forms: dict[str, list[str]] = {}
    for m in doc.mentions:
        if m.kind != kind:
            continue
        written = strip_possessive(m.text)
        if written.lower().startswith("the "):
            written = written[4:]
        aliases = forms.setdefault(m.key, [])
        if written != m.key and written not in aliases:
            aliases.append(written)
    return [
        Entity(name, kind, aliases, party_country(name, doc.country, vocab) if kind == "party" else None)
        for name, aliases in forms.items()
    ]


def party_country(name: str, country: str | None, vocab: Vocabulary) -> str | None:
    """The country of a party by official name (the article's own country when the name is shared)."""
    cands = [c for c in vocab.parties_for(name) + vocab.weak_parties_for(name) if c.name == name]
    chosen = choose_party(cands, country)
    return chosen.country if chosen else None
