"""The final step of the extraction: every family's roles and memberships merged and tied together."""

from __future__ import annotations

from collections.abc import Iterable

from polgraph.facts import Entity, Membership, Role
from polgraph.loaders.extract.entities import party_country
from polgraph.loaders.vocab import Vocabulary


def merge_roles(facts: Iterable[Role | Membership]) -> tuple[list[Role], list[Membership]]:
    """One role per (person, role), the one naming a party preferred; a membership for every role with a
    party, whichever rule found it; the person's party on roles that name none."""
    roles: dict[tuple[str, str], Role] = {}
    members: dict[tuple[str, str], Membership] = {}
    for fact in facts:
        if isinstance(fact, Membership):
            members.setdefault((fact.person, fact.party), fact)
            continue
        key = (fact.person, fact.role)
        if key not in roles or (roles[key].party is None and fact.party):
            roles[key] = Role(fact.person, fact.role, fact.party, fact.provenance)
    for role in roles.values():
        if role.party:
            members.setdefault((role.person, role.party), Membership(role.person, role.party, role.provenance))
    person_party: dict[str, str] = {}
    for person, party in members:
        person_party.setdefault(person, party)
    for role in roles.values():
        if role.party is None and role.person in person_party:
            role.party = person_party[role.person]
    return list(roles.values()), list(members.values())


def member_parties(
    parties: list[Entity], memberships: Iterable[Membership], country: str | None, vocab: Vocabulary
) -> list[Entity]:
    """The parties named in the article plus those known only from memberships (party tags like 'D-Mass.')."""
    out = list(parties)
    named = {p.name for p in parties}
    for name in dict.fromkeys(m.party for m in memberships):
        if name not in named:
            out.append(Entity(name, "party", [], party_country(name, country, vocab)))
            named.add(name)
    return out
