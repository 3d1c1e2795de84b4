"""Article in, facts out: runs every rule family over one parsed article."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.language import Language

from polgraph.facts import Article, ArticleFacts, Statement
from polgraph.loaders.extract.about import about_targets, target_entities
from polgraph.loaders.extract.affiliations import (
    appointee_memberships,
    bracketed_memberships,
    career_memberships,
    conference_memberships,
    deputy_memberships,
    leadership_memberships,
    lede_memberships,
    own_party_memberships,
    party_office_memberships,
    pronoun_copular_memberships,
    relative_office_memberships,
    selection_memberships,
)
from polgraph.loaders.extract.document import Document, build_paragraphs, split_paragraphs
from polgraph.loaders.extract.entities import collect_entities
from polgraph.loaders.extract.merge import member_parties, merge_roles
from polgraph.loaders.extract.policies import extract_policies
from polgraph.loaders.extract.roles import stated_roles
from polgraph.loaders.extract.speakers import Resolver
from polgraph.loaders.extract.stance import stance_toward
from polgraph.loaders.extract.statements import extract_statements, find_predicates, to_statements
from polgraph.loaders.nlp import load_pipeline
from polgraph.loaders.vocab import Vocabulary, load_vocabulary


class Extractor:
    """Extracts persons, parties, roles, memberships, statements and policies from articles."""

    def __init__(self, nlp: Language | None = None, vocab: Vocabulary | None = None) -> None:
        self.nlp = nlp or load_pipeline()
        self.vocab = vocab or load_vocabulary()

    def extract(self, article: Article) -> ArticleFacts:
        return next(self.extract_many([article]))

    def extract_many(
        self, articles: Iterable[Article], batch_size: int = 64, workers: int = 1
    ) -> Iterator[ArticleFacts]:
        """Parse every paragraph in one streaming ``nlp.pipe`` (``workers`` processes); yield facts in order."""
        pending: dict[int, tuple[Article, list[tuple[str, int, str]], list]] = {}
        order: deque[int] = deque()

        def paragraphs() -> Iterator[tuple[str, int]]:
            for index, article in enumerate(articles):
                parts = split_paragraphs(article)
                pending[index] = (article, parts, [])
                order.append(index)
                for _, _, text in parts:
                    yield text, index

        def ready() -> Iterator[ArticleFacts]:
            while order and len(pending[order[0]][2]) == len(pending[order[0]][1]):
                article, parts, docs = pending.pop(order.popleft())
                yield self.facts(Document(article, build_paragraphs(parts, docs)))

        for doc, index in self.nlp.pipe(paragraphs(), as_tuples=True, batch_size=batch_size, n_process=workers):
            pending[index][2].append(doc)
            yield from ready()
        yield from ready()

    def facts(self, doc: Document) -> ArticleFacts:
        """Entities first (they give every rule its mentions), then each family; roles and memberships from
        every family meet in one final merge."""
        vocab = self.vocab
        persons, parties, others = collect_entities(doc, vocab)
        stated = list(stated_roles(doc, vocab))
        stated += party_office_memberships(doc, vocab, stated)
        stated += selection_memberships(doc, vocab)
        stated += conference_memberships(doc, vocab)
        stated += relative_office_memberships(doc, vocab)
        stated += bracketed_memberships(doc, vocab)
        stated += career_memberships(doc, vocab)
        stated += lede_memberships(doc, vocab, stated)
        resolver = Resolver(doc, vocab, *merge_roles(stated))
        resolver.resolve_role_phrases()
        stated += own_party_memberships(doc, resolver)
        stated += appointee_memberships(doc, resolver)
        stated += deputy_memberships(doc, resolver)
        stated += leadership_memberships(doc, resolver)
        stated += pronoun_copular_memberships(doc, resolver)
        predicates = find_predicates(doc, resolver, vocab)
        found = extract_statements(doc, predicates)
        statements: list[Statement] = []
        for f, statement in to_statements(found):
            speaker = next(a for a in f.speakers if a.name == statement.speaker)
            statement.about = about_targets(doc, f, speaker, resolver, vocab)
            statement.stance = stance_toward(doc, f, speaker, statement.about, resolver, vocab)
            statement.provenance = doc.provenance(f.para, f.start, f.end, f.confidence)
            statements.append(statement)
        members = replace(resolver, memberships=merge_roles(stated)[1])  # also those found through the resolver
        policies = extract_policies(doc, predicates, found, members, vocab)
        roles, memberships = merge_roles([*stated, *resolver.inferred, *resolver.inferred_memberships])
        parties = member_parties(parties, memberships, doc.country, vocab)
        others = target_entities(others, statements, {e.name for e in persons + parties})
        return ArticleFacts(doc.article, persons, parties, others, roles, memberships, statements, policies)
