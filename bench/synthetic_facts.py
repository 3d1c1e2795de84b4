"""Synthetic ArticleFacts (no NLP) for ingest and memory benchmarks."""

from __future__ import annotations

import random
from collections.abc import Iterator

from polgraph.facts import Article, ArticleFacts, Entity, Membership, Policy, Provenance, Role, Statement

PARTIES = ["Labour Party", "Conservative Party", "Liberal Democrats", "Reform UK", "Scottish National Party"]


def synthetic_articles(n: int, people: int = 2000, seed: int = 3, first: int = 0) -> Iterator[ArticleFacts]:
    """A stream of articles, each with a handful of people, statements, roles and a policy; ids from ``first``."""
    rng = random.Random(seed)
    for i in range(first, first + n):
        art = Article(id=f"syn-{i}", title=f"Headline {i}", text="x" * 2000, published="2025-01-01")
        names = [f"Person{rng.randrange(people)} Surname{rng.randrange(people)}" for _ in range(rng.randint(2, 5))]
        prov = Provenance(art.id, "text", 10, 80, "A sentence.", 0.8)
        facts = ArticleFacts(
            art,
            persons=[Entity(n_, "person", [n_.split()[1]]) for n_ in names],
            parties=[Entity(p, "party", [], "GB") for p in rng.sample(PARTIES, 2)],
        )
        for name in names:
            party = rng.choice(PARTIES)
            facts.roles.append(Role(name, rng.choice(["leader", "mp", "shadow chancellor"]), party, prov))
            facts.memberships.append(Membership(name, party, prov))
        for j in range(rng.randint(3, 8)):
            speaker, target = rng.sample(names, 2)
            facts.statements.append(
                Statement(
                    speaker,
                    "direct",
                    f"Statement {i}.{j} about policy",
                    [target],
                    provenance=Provenance(art.id, "text", j * 100, j * 100 + 60, "A sentence.", 0.8),
                )
            )
        facts.policies.append(Policy(rng.choice(PARTIES), f"policy {rng.randrange(500)}", names[0], prov))
        yield facts
