"""What a statement is about: entities named, role phrases and pronouns inside its text."""
from __future__ import annotations

from polgraph.loaders.extract.document import Document
from polgraph.loaders.extract.roles import is_role_head
from polgraph.loaders.extract.speakers import SINGULAR, Actor, Resolver
from polgraph.loaders.extract.statements import Found
from polgraph.loaders.vocab import Vocabulary

OWN_PARTY = {("the", "party"), ("our", "party"), ("his", "party"), ("her", "party"), ("my", "party")}
COUNTRY_WORDS = {("this", "country"), ("our", "country"), ("the", "country"), ("this", "nation"), ("our", "nation")}


def about_targets(doc: Document, found: Found, speaker: Actor, resolver: Resolver,
                  vocab: Vocabulary) -> list[str]:
    """Canonical names the statement targets, the speaker excluded."""
    para = found.para
    targets: list[str] = []

    def add(name: str | None) -> None:
        if name and name != speaker.name and name not in targets:
            targets.append(name)

    tokens = [t for t in para.doc if found.start <= t.idx < found.end]
    for m in doc.mentions:
        if m.para == para.index and tokens and tokens[0].i <= m.start <= tokens[-1].i:
            if m.kind in ("person", "party", "other"):
                add(m.key)
    own_party = speaker.name if speaker.kind == "party" else resolver.party_of(speaker.name)
    for tok in tokens:
        prev = tok.nbor(-1).lower_ if tok.i > 0 else ""
        if (prev, tok.lower_) in OWN_PARTY or (found.type == "direct" and tok.lower_ in ("we", "our", "us")
                                                and tok.pos_ == "PRON"):
            if own_party and own_party != speaker.name:
                targets.append(own_party) if own_party not in targets else None
        elif (prev, tok.lower_) in COUNTRY_WORDS and doc.country:
            add(vocab.countries[doc.country]["name"])
        elif tok.lower_ in SINGULAR and tok.pos_ == "PRON" and tok.lower_ not in ("his", "her") or (
                tok.lower_ in ("his", "her") and found.type == "direct"):
            if doc.mentions_at(para.index, tok.i):
                continue
            name = resolver.pronoun(para, tok, SINGULAR[tok.lower_], exclude=speaker.name) if found.type == "direct" else None
            add(name)
        elif (is_role_head(tok, vocab) and tok.text[:1].isupper() and prev == "the"
              and not doc.mentions_at(para.index, tok.i)):
            phrase = [t for t in tok.subtree if t.i <= tok.i]
            add(resolver.role_holder(para, phrase, tok))
    return targets
