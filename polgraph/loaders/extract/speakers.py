"""Who a noun phrase stands for: names, pronouns, role phrases ('the Prime Minister'), party sources."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Token

from polgraph.facts import Membership, Role
from polgraph.loaders.extract.deps import CLAUSES, SUBJECTS
from polgraph.loaders.extract.document import Document, Mention, Paragraph
from polgraph.loaders.extract.roles import dominant_party, is_role_head, role_text, ticket_party_of
from polgraph.loaders.vocab import Vocabulary, load_vocabulary, word_list

SINGULAR = load_vocabulary().pronoun_genders
PLURAL = word_list("plural_pronouns")
GROUP_NOUNS = word_list("group_nouns")
QUALIFIERS = word_list("qualifiers")
RULING_WORDS = word_list("ruling_words")
WINDOW = 4
# Links from a name up to the head of the subject phrase it sits in.
SUBJECT_PHRASE = ("compound", "appos", "pobj", "prep", "flat")
COARGUMENTS = ("dobj", "dative", "prep", "attr")
CLAUSE_DEPS = ("ccomp", "xcomp", "advcl", "relcl", "acl")
TOP_LEVEL = ("parataxis", "advcl")  # clauses beside the main one, not inside another's


@dataclass(frozen=True)
class Actor:
    kind: str
    name: str


@dataclass
class Resolver:
    """Resolves the speaker or target written at a token, remembering what it resolved.

    It reads the roles and memberships found so far and never changes them: the roles it infers for
    role phrases ('the Labour leader said') and the pronouns it resolves are its own, and ``inferred``
    hands the roles to the pipeline's final merge."""

    doc: Document
    vocab: Vocabulary
    roles: Sequence[Role]
    memberships: Sequence[Membership]
    _inferred: list[Role] = field(default_factory=list)
    _inferred_members: list[Membership] = field(default_factory=list)
    _genders: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.roles = tuple(self.roles)
        self.memberships = tuple(self.memberships)

    @property
    def inferred(self) -> list[Role]:
        """Roles inferred from role phrases so far, in the order found."""
        return list(self._inferred)

    @property
    def inferred_memberships(self) -> list[Membership]:
        """Memberships inferred from party-member phrases ('the Massachusetts Democrat said')."""
        return list(self._inferred_members)

    def party_of(self, person: str) -> str | None:
        for m in (*self.memberships, *self._inferred_members):
            if m.person == person:
                return m.party
        for r in (*self.roles, *self._inferred):
            if r.person == person and r.party:
                return r.party
        return None

    # --- entry point ----------------------------------------------------------

    def resolve(self, para: Paragraph, tok: Token) -> list[Actor]:
        """The actors a subject token refers to (several for 'X and Y' or 'they')."""
        actors = self._resolve_one(para, tok)
        listed = [c for c in tok.children if c.dep_ == "conj"]
        if actors and actors[0].kind == "person":
            listed += [  # 'X, the Labour leader, and Y, the Tory leader, said': Y hangs on X's apposition
                g
                for c in tok.children
                if c.dep_ == "appos" and not any(m.kind == "person" for m in self.doc.mentions_at(para.index, c.i))
                for g in c.children
                if g.dep_ == "conj" and any(m.kind == "person" for m in self.doc.mentions_at(para.index, g.i))
            ]
            listed += [  # 'X, Y and Z all said': the parser hangs the list as an apposition with conjuncts
                c
                for c in tok.children
                if c.dep_ == "appos"
                and any(g.dep_ == "conj" for g in c.children)
                and any(m.kind == "person" for m in self.doc.mentions_at(para.index, c.i))
            ]
        while listed:
            conj = listed.pop(0)
            actors += [a for a in self._resolve_one(para, conj) if a not in actors]
            listed += [c for c in conj.children if c.dep_ == "conj"]  # 'X, Y and Z' chained
        return actors

    def _resolve_one(self, para: Paragraph, tok: Token) -> list[Actor]:
        low = tok.lower_
        if any(
            c.dep_ == "appos" and any(g.dep_ in ("det", "amod") and g.lower_ == "other" for g in c.children)
            for c in tok.children
        ):
            return []  # 'With the exception of the EPP, all other groups said': the others, not the EPP
        here = self.doc.mentions_at(para.index, tok.i)
        person = next((m for m in here if m.kind == "person"), None)
        if person:
            return [Actor("person", person.key)]
        if low in ("both", "all", "each") and tok.dep_ in SUBJECTS:
            left = next(
                (c for c in tok.head.children if c.i < tok.i and c.dep_ in ("npadvmod", "dep") and c.pos_ == "PROPN"),
                None,
            )  # 'X and Y, the Labour and SNP leaders, both said': the names the parser left out of the subject
            return self.resolve(para, left) if left is not None else []
        if (
            tok.text in self.vocab.party_member_nouns
            and tok.tag_ in ("NN", "NNP")
            and any(c.dep_ == "det" for c in tok.children)
        ):
            holder = self.member_of(tok)
            return [Actor("person", holder)] if holder else []
        if (
            low in self.vocab.words["person_epithets"]
            and tok.tag_ == "NN"
            and tok.dep_ in SUBJECTS
            and any(c.lower_ == "the" for c in tok.children)
        ):
            found = self.salient_person(para, tok)  # 'The veteran politician said': the person in focus
            qualifiers = {
                m.key
                for t in tok.subtree
                if t.i < tok.i
                for m in self.doc.mentions_at(para.index, t.i)
                if m.kind == "party"
            }
            if found and len(qualifiers) == 1:  # 'The Tory veteran said': the person in focus is a Tory
                prov = self.doc.provenance(para, tok.left_edge.idx, tok.idx + len(tok), confidence=0.5)
                self._inferred_members.append(Membership(found, next(iter(qualifiers)), prov))
            return [Actor("person", found)] if found else []
        if low in SINGULAR and tok.pos_ == "PRON":
            found = self.pronoun(para, tok, SINGULAR[low])
            return [Actor("person", found)] if found else []
        if tok.dep_ in SUBJECTS and (
            low in ("pair", "duo")
            and any(c.lower_ == "the" for c in tok.children)
            or tok.tag_ == "NNS"
            and any(c.lower_ in ("two", "both") for c in tok.children)
            and (low in ("men", "women", "rivals", "politicians") or low[:-1] in self.vocab.role_heads)
        ):
            return self.named_pair(para, tok)  # 'The pair said', 'The two leaders said'
        if low in PLURAL or low == "we":
            return self.plural(para, tok)
        if low == "it" and tok.dep_ in SUBJECTS:
            party = next((m for m in reversed(self._before(para, tok)) if m.kind == "party" and m.subject), None)
            recent = [m for m in self._before(para, tok) if m.para >= para.index - 1]
            return [Actor("party", party.key)] if party and party in recent else []
        span = list(tok.subtree)
        aside = {t.i for c in tok.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
        inside = [
            m
            for m in self.doc.mentions
            if m.para == para.index
            and span[0].i <= m.start < span[-1].i + 1
            and not m.in_quote
            and m.start not in aside
        ]  # 'The party, of which X is president, has vowed': not X
        appos = {c.i for c in tok.children if c.dep_ == "appos"}
        if low == "party":
            named_party = [m for m in inside if m.kind == "party" and appos & set(range(m.start, m.end))]
            if named_party:
                return [Actor("party", named_party[0].key)]  # "X's party, the ANC, said": the party
        persons = [m for m in inside if m.kind == "person"]
        party_here = next((m for m in here if m.kind == "party"), None)
        if (
            party_here
            and persons
            and all(m.end < party_here.start and para.doc[m.end].text in ("'s", "\u2019s") for m in persons)
        ):
            return [Actor("party", party_here.key)]  # "Mr Tanner's Reform UK has promised": the party
        named = [m for m in persons if appos & set(range(m.start, m.end))]
        if named and tok.tag_ not in ("NNS", "NNPS"):
            return [Actor("person", named[0].key)]  # 'The party's spokesperson on finance, X, said': X, not the party
        if persons and tok.tag_ in ("NNS", "NNPS") and len({m.key for m in persons}) > 1:
            return [Actor("person", k) for k in dict.fromkeys(m.key for m in persons)]  # 'The senators, X and Y,'
        if persons and not self._is_group(tok):
            return [Actor("person", persons[0].key)]
        parties = [m for m in inside if m.kind == "party"]
        if party_here:
            return [Actor("party", party_here.key)]
        qualifier = [m for m in parties if m.end <= tok.i and not persons]
        if low in self.vocab.words["party_nouns"] and len({m.key for m in qualifier}) == 1:
            return [Actor("party", qualifier[0].key)]  # 'the opposition Perikatan Nasional coalition said'
        if self._is_group(tok):
            if parties:
                return [Actor("party", parties[0].key)]
            if any(t.lower_ == "party" for t in span):
                main = self.recent_party(para, tok) or dominant_party(self.doc)
                return [Actor("party", main)] if main else []
            return []
        if self._role_head(tok):
            phrase = [t for t in span if t.i <= tok.i]
            holder = self.role_holder(para, phrase, tok)
            return [Actor("person", holder)] if holder else []
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in SINGULAR), None)
        if low == "party" and owner is not None:
            owner_name = self.pronoun(para, owner, SINGULAR[owner.lower_])
            own_party = self.party_of(owner_name) if owner_name else None
            return [Actor("party", own_party)] if own_party else []
        if (
            low == "party"
            and tok.head.dep_ == "ROOT"
            and any(c.dep_ == "amod" and c.lower_ in RULING_WORDS for c in tok.children)
        ):
            from polgraph.loaders.extract.about import ruling_party  # about builds on this module

            ruling = ruling_party(self.doc, para, tok)  # 'the ruling party said': never just the party named last
            return [Actor("party", ruling)] if ruling else []
        if low == "party" and aside:
            members = {
                own
                for m in self.doc.mentions
                if m.para == para.index and m.kind == "person" and m.start in aside
                for own in [self.party_of(m.key)]
                if own
            }
            if len(members) == 1:  # 'The party, of which Mr Farage is honorary president, has vowed': his party
                return [Actor("party", next(iter(members)))]
        if low == "party" and any(t.lower_ in ("the", "his", "her", "their") for t in span):
            main = self.recent_party(para, tok)
            return [Actor("party", main)] if main else []
        return []

    def _role_head(self, tok: Token) -> bool:
        """An office noun, or the last part of 'governor-elect' / 'minister-designate'."""
        tokens = tok.doc
        return is_role_head(tok, self.vocab) or (
            tok.lower_ in ("elect", "designate")
            and tok.i > 1
            and tokens[tok.i - 1].text == "-"
            and is_role_head(tokens[tok.i - 2], self.vocab)
        )

    def _is_group(self, tok: Token) -> bool:
        return tok.lower_ in GROUP_NOUNS and tok.lower_ != "party"

    # --- pronouns -------------------------------------------------------------

    def _before(self, para: Paragraph, tok: Token) -> list[Mention]:
        return [
            m
            for m in self.doc.mentions
            if m.order < (para.index, tok.i) and m.para >= para.index - WINDOW and not m.in_quote
        ]

    def pronoun(self, para: Paragraph, tok: Token, gender: str, exclude: str | None = None) -> str | None:
        """Most recent subject person of that gender; else the most recent person of that gender. A subject
        pronoun never stands for a person named as another argument of its own verb ('he hit back at X')."""
        others = self._coarguments(para, tok) if tok.dep_ in SUBJECTS else set()
        cands = [
            m
            for m in self._before(para, tok)
            if m.kind == "person" and self.gender(m.key) in (gender, None) and m.key != exclude and m.key not in others
        ]
        if not cands:
            return None
        sent_start = tok.sent.start
        same_sent = [m for m in cands if m.para == para.index and m.start >= sent_start]
        for pool in (
            [m for m in same_sent if self._subject(m)],
            [m for m in cands if self._main_subject(m)],
            [m for m in cands if self._subject(m)],
            cands,
        ):
            if pool:
                key = pool[-1].key
                self._genders.setdefault(key, gender)
                return self._remember(para, tok, key)
        return None

    def salient_person(self, para: Paragraph, tok: Token) -> str | None:
        """The person in focus before a token: the last main subject, else the last subject, else the last named."""
        people = [m for m in self._before(para, tok) if m.kind == "person"]
        for pool in ([m for m in people if self._main_subject(m)], [m for m in people if self._subject(m)], people):
            if pool:
                return pool[-1].key
        return None

    def gender(self, person: str) -> str | None:
        """The person's gender from names and honorifics, else from a pronoun already resolved to them."""
        return self.doc.genders.get(person) or self._genders.get(person)

    def _subject_verb(self, m: Mention) -> Token | None:
        """The verb a mention is the subject of, also when the name sits inside the subject phrase
        ('Minister for Health Ann Lee said', 'the leader, Ann Lee, said')."""
        tok = self.doc.paragraphs[m.para].doc[m.start : m.end].root
        for _ in range(6):
            if tok.dep_ in SUBJECTS:
                return tok.head
            if tok.dep_ not in SUBJECT_PHRASE or tok.head.i == tok.i:
                return None
            tok = tok.head
        return None

    def _subject(self, m: Mention) -> bool:
        return m.subject or self._subject_verb(m) is not None

    def _main_subject(self, m: Mention) -> bool:
        """Subject of its sentence's main verb or of a reporting verb: the most salient place."""
        verb = self._subject_verb(m)
        if verb is None:
            return False
        if verb.dep_ == "conj":
            verb = verb.head
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        return verb.dep_ == "ROOT" or (
            verb.lemma_ in self.vocab.reporting_verbs and verb.dep_ in TOP_LEVEL and not passive
        )

    def _coarguments(self, para: Paragraph, tok: Token) -> set[str]:
        """People named or described ('the Mayor') as objects of the verb a pronoun is the subject of."""
        out: set[str] = set()
        quoted = para.in_quote(tok)
        verb = tok.head
        if verb.lemma_ in self.vocab.reporting_verbs and not quoted:
            # '... showed Corbyn could win, he said': a name in what he said is not he
            for arg in verb.children:
                if arg.dep_ in ("ccomp", "parataxis") and arg.i < tok.i:
                    out |= {
                        m.key
                        for t in arg.subtree
                        for m in self.doc.mentions_at(para.index, t.i)
                        if m.kind == "person" and not m.in_quote
                    }
        for arg in verb.children:
            if arg.dep_ not in COARGUMENTS:
                continue
            for t in arg.subtree:
                if t.dep_ in CLAUSE_DEPS:
                    break
                if para.in_quote(t) != quoted:
                    continue
                out |= {m.key for m in self.doc.mentions_at(para.index, t.i) if m.kind == "person"}
                if is_role_head(t, self.vocab) and any(c.lower_ == "the" for c in t.children):
                    holder = self.role_holder(para, [x for x in t.subtree if x.i <= t.i], t, guess=False)
                    out |= {holder} if holder else set()
        return out

    def _remember(self, para: Paragraph, tok: Token, key: str) -> str:
        mention = Mention(
            "person",
            key,
            para.index,
            tok.i,
            tok.i + 1,
            tok.text,
            in_quote=para.in_quote(tok),
            subject=tok.dep_ in SUBJECTS,
        )
        if not self.doc.mentions_at(para.index, tok.i):
            self.doc.add_reference(mention)
        return key

    def named_pair(self, para: Paragraph, tok: Token) -> list[Actor]:
        """The two people of the last sentence before tok that names people, if it names exactly two."""
        people = [m for m in self._before(para, tok) if m.kind == "person"]
        if not people:
            return []
        last = people[-1]
        sent = self.doc.paragraphs[last.para].doc[last.start].sent
        keys = dict.fromkeys(m.key for m in people if m.para == last.para and sent.start <= m.start < sent.end)
        return [Actor("person", k) for k in keys] if len(keys) == 2 else []

    def plural(self, para: Paragraph, tok: Token) -> list[Actor]:
        """'they': the last party, pair of people or party source that was a subject."""
        before = self._before(para, tok)
        for idx in range(len(before) - 1, -1, -1):
            m = before[idx]
            if not m.subject:
                continue
            if m.kind == "party":
                return [Actor("party", m.key)]
            if m.kind == "person":
                pair = [
                    x
                    for x in before[max(0, idx - 1) : idx + 2]
                    if x.kind == "person" and x.subject and x.para == m.para and x.key != m.key
                ]
                if pair:
                    first, second = sorted([m, pair[0]], key=lambda x: x.order)
                    return [Actor("person", first.key), Actor("person", second.key)]
        sources = [m for m in before if m.kind == "party"]
        if sources and tok.lower_ == "they":
            return [Actor("party", sources[-1].key)]
        return []

    # --- role phrases ---------------------------------------------------------

    def role_holder(
        self, para: Paragraph, phrase: list[Token], head: Token, guess: bool = True, exclude: str | None = None
    ) -> str | None:
        """The person a role phrase ('the Shadow Chancellor') stands for; ``guess`` allows the most salient
        person (never ``exclude``) when nobody was given that role."""
        words = set(role_text(phrase, self.doc, para, self.vocab).split()) - {"the", "of"}
        if not words:
            return None
        party = next(
            (
                m.key
                for m in self.doc.mentions
                if m.para == para.index and m.kind == "party" and phrase[0].i <= m.start <= head.i
            ),
            None,
        )
        party = party or self._of_party(para, head)
        best, best_score = None, 0.0
        for role in (*self.roles, *self._inferred):
            have = set(role.role.split()) - {"the", "of"}
            if (have ^ words) & QUALIFIERS:
                continue
            score = len(have & words) / len(have | words)
            if (
                head.lower_ in have
                and score > best_score
                and (not party or role.party == party or role.party is None and have <= words | {"the", "of"})
            ):
                best, best_score = role.person, score
        if best or not guess:
            return best

        def other_office(role: Role) -> bool:
            """A role that is not this one: another office, or this office with another qualifier."""
            have = set(role.role.split())
            if (have | words) & self.vocab.words["campaign_roles"]:
                return False  # a campaign role goes with any office: the vice president is the likely nominee
            seats = self.vocab.words["seat_roles"]
            seat, other = (words, have) if words & seats else (have, words)
            if seat & seats and other & (self.vocab.words["party_offices"] | self.vocab.words["seat_offices"]):
                return False  # a party leader or a minister sits in a legislature: 'the Dwyfor MP' (not a mayor)
            generic = self.vocab.words["generic_seats"]
            if (have & generic and words & (seats | generic)) or (words & generic and have & (seats | generic)):
                return False  # 'the PAP backbencher' is the MP named before
            same = (have - QUALIFIERS) & (words - QUALIFIERS)
            return bool(same and (have ^ words) & QUALIFIERS) or not same and not {"former", "ex"} & (have | words)

        taken = {r.person for r in (*self.roles, *self._inferred) if other_office(r)}
        people = [m for m in self._before(para, head) if m.kind == "person"]
        pools = ([m for m in people if self._main_subject(m)], [m for m in people if m.subject], people)
        ranked = [m for pool in pools for m in reversed(pool)]
        heads = self.vocab.words["government_heads"]
        for m in ranked:
            governs = (  # 'First Minister X has vowed ... The SNP leader told ...': a head of government leads a party
                m is ranked[0]
                and party
                and words == {"leader"}
                and self.party_of(m.key) is None
                and any(r.person == m.key and r.role.endswith(tuple(heads)) for r in (*self.roles, *self._inferred))
            )
            if m.key in taken and not (party and self.party_of(m.key) == party or governs) or m.key == exclude:
                continue
            own = self.party_of(m.key)
            if party and own and own != party:
                continue
            if "shadow" in words and own is None and not party:
                continue
            text = role_text(phrase, self.doc, para, self.vocab)
            self._inferred.append(
                Role(
                    m.key,
                    text,
                    party or own,
                    self.doc.provenance(para, phrase[0].idx, head.idx + len(head), confidence=0.5),
                )
            )
            return m.key
        return None

    def resolve_role_phrases(self) -> list[Role]:
        """'The Labour leader said ...', 'the prime minister's claims': tie role phrases to people; the roles
        this inferred."""
        before = len(self._inferred)
        for para in self.doc.paragraphs:
            for tok in para.doc:
                if (
                    tok.text in self.vocab.party_member_nouns
                    and tok.tag_ in ("NN", "NNP")
                    and tok.dep_ in SUBJECTS
                    and not para.in_quote(tok)
                    and any(c.lower_ == "the" for c in tok.children)
                    and self._reporter(tok) is None
                ):
                    self._member_phrase(para, tok)
                    continue
                if not (self._role_head(tok) or tok.text in self.vocab.role_abbreviations):
                    continue
                if tok.dep_ in ("dobj", "pobj") and not para.in_quote(tok):
                    self._object_role_phrase(para, tok)
                    continue
                if tok.dep_ not in (*SUBJECTS, "poss") or para.in_quote(tok):
                    continue
                if not any(c.lower_ == "the" for c in tok.children) or self.doc.mentions_at(para.index, tok.i):
                    continue
                phrase = [t for t in tok.subtree if t.i <= tok.i]
                reporter = self._reporter(tok)
                speaker = (
                    None
                    if reporter is None
                    else next((a.name for a in self.resolve(para, reporter) if a.kind == "person"), None)
                )
                holder = self.role_holder(
                    para, phrase, tok, guess=reporter is None or speaker is not None, exclude=speaker
                )
                ticket = ticket_party_of(self.doc, para, tok) if holder else None
                if holder and ticket:  # 'The governor, who was elected on a Jubilee ticket, ...'
                    prov = self.doc.provenance(para, tok.idx, tok.idx + len(tok), confidence=0.5)
                    self._inferred_members.append(Membership(holder, ticket, prov))
        return self._inferred[before:]

    def _object_role_phrase(self, para: Paragraph, head: Token) -> None:
        """'... if Farage gained power, accusing the Reform UK leader of ...': an object role phrase naming a party
        stands for the last person named earlier in its sentence who is not the sentence's main subject."""
        phrase = [t for t in head.subtree if t.i <= head.i]
        if not any(c.lower_ == "the" for c in head.children) or self.doc.mentions_at(para.index, head.i):
            return
        parties = {m.key for t in phrase for m in self.doc.mentions_at(para.index, t.i) if m.kind == "party"}
        if len(parties) != 1:
            return
        party = next(iter(parties))
        sent = head.sent
        people = [
            m
            for m in self.doc.mentions
            if m.para == para.index
            and m.kind == "person"
            and not m.in_quote
            and sent.start <= m.start < phrase[0].i
            and not self._main_subject(m)
        ]
        if not people or self.party_of(people[-1].key) not in (None, party):
            return
        text = role_text(phrase, self.doc, para, self.vocab)
        if text:
            self._inferred.append(
                Role(
                    people[-1].key,
                    text,
                    party,
                    self.doc.provenance(para, phrase[0].idx, head.idx + len(head), confidence=0.5),
                )
            )

    def _of_party(self, para: Paragraph, head: Token) -> str | None:
        """'the leader of the National Rally (party)': the party an office is of, named right after it."""
        prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if obj is None:
            return None
        span = [obj] + ([t for t in obj.subtree if t.i < obj.i] if obj.lower_ == "party" else [])
        return next((m.key for t in span for m in self.doc.mentions_at(para.index, t.i) if m.kind == "party"), None)

    def _reporter(self, tok: Token) -> Token | None:
        """The subject of the reporting verb a token is reported under ("Hale said the Green leader had
        failed": Hale): a role phrase there is a third person, never that speaker."""
        while tok.head.i != tok.i:
            if tok.dep_ in CLAUSES and tok.head.lemma_ in self.vocab.reporting_verbs:
                return next((c for c in tok.head.children if c.dep_ in SUBJECTS), None)
            tok = tok.head
        return None

    def member_of(self, tok: Token) -> str | None:
        """'the Massachusetts Democrat': the person the article ties to that party."""
        infos = self.vocab.party_member_nouns.get(tok.text, [])
        names = {i.name for i in infos}
        for m in (*self.memberships, *self._inferred_members):
            if m.party in names:
                return m.person
        return next((r.person for r in self._inferred if r.party in names), None)

    def _member_phrase(self, para: Paragraph, tok: Token) -> None:
        """'The Massachusetts Democrat said': the most salient person before, when nobody is tied to that party
        yet and their own party is not another one."""
        infos = self.vocab.party_member_nouns[tok.text]
        if (
            self.member_of(tok)
            or len({i.name for i in infos}) != 1
            and not any(i.country == self.doc.country for i in infos)
        ):
            return
        party = next((i.name for i in infos if i.country == self.doc.country), infos[0].name)
        people = [m for m in self._before(para, tok) if m.kind == "person"]
        pools = ([m for m in people if self._main_subject(m)], [m for m in people if m.subject], people)
        for m in (m for pool in pools for m in reversed(pool)):
            if self.party_of(m.key) in (None, party):
                self._inferred_members.append(
                    Membership(
                        m.key, party, self.doc.provenance(para, tok.left_edge.idx, tok.idx + len(tok), confidence=0.5)
                    )
                )
                return

    def recent_party(self, para: Paragraph, tok: Token) -> str | None:
        parties = [m for m in self._before(para, tok) if m.kind == "party"]
        return parties[-1].key if parties else dominant_party(self.doc)
