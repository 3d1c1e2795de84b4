"""Plain dataclasses for articles and the facts extracted from them."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from polgraph import EXTRACTOR_VERSION


@dataclass
class Article:
    """One news article: the headline and a body whose paragraphs are split by newlines."""

    id: str
    text: str
    title: str = ""
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class Provenance:
    """Where a fact was read: the article field, character offsets in it, and the sentence."""

    article: str
    field: str
    start: int
    end: int
    sentence: str
    confidence: float = 0.8
    extractor: str = EXTRACTOR_VERSION


@dataclass
class Entity:
    """A person, party or other organisation, merged over all its written forms in one article."""

    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None


@dataclass
class Role:
    person: str
    role: str
    party: str | None
    provenance: Provenance | None = None


@dataclass
class Membership:
    person: str
    party: str
    provenance: Provenance | None = None


@dataclass
class Statement:
    speaker: str
    type: str
    text: str
    about: list[str] = field(default_factory=list)
    speaker_kind: str = "person"
    provenance: Provenance | None = None
    stance: dict[str, str] = field(default_factory=dict)
    """Attitude toward each ``about`` target: ``negative``, ``positive`` or ``neutral``."""


@dataclass
class Policy:
    party: str
    policy: str
    proposer: str | None = None
    provenance: Provenance | None = None


@dataclass
class ArticleFacts:
    """Everything extracted from one article, in the shape of the extraction contract."""

    article: Article
    persons: list[Entity] = field(default_factory=list)
    parties: list[Entity] = field(default_factory=list)
    others: list[Entity] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    policies: list[Policy] = field(default_factory=list)

    def to_contract(self) -> dict[str, Any]:
        """The JSON object of GUIDELINE.md, with provenance as extra keys."""
        art = self.article
        out: dict[str, Any] = {
            "id": art.id,
            "title": art.title,
            "url": art.url,
            "outlet": art.outlet,
            "published": art.published,
            "source": art.source,
            "extractor": EXTRACTOR_VERSION,
        }
        for key in ("persons", "parties", "others"):
            out[key] = [
                {"name": e.name, "aliases": list(e.aliases), **({"country": e.country} if e.country else {})}
                for e in getattr(self, key)
            ]
        for key in ("roles", "memberships", "statements", "policies"):
            out[key] = [_fact_dict(f) for f in getattr(self, key)]
        return out

    @classmethod
    def from_contract(cls, obj: dict[str, Any]) -> ArticleFacts:
        """The facts of one object as ``to_contract`` (and ``polgraph extract``) writes it.

        The article text is not part of the contract, so it comes back empty. Raises ValueError naming
        the first key that is missing or of the wrong shape.
        """
        if not isinstance(obj, dict):
            raise ValueError("expected a JSON object of facts")
        try:
            article = Article(
                id=_text(obj["id"]),
                text="",
                title=obj.get("title") or "",
                url=obj.get("url"),
                outlet=obj.get("outlet"),
                published=obj.get("published"),
                source=obj.get("source"),
            )
            facts = cls(article)
            for key, kind in (("persons", "person"), ("parties", "party"), ("others", "other")):
                setattr(
                    facts,
                    key,
                    [
                        Entity(e["name"], kind, list(e.get("aliases") or []), e.get("country"))
                        for e in obj.get(key) or []
                    ],
                )
            for key, make in (
                ("roles", Role),
                ("memberships", Membership),
                ("statements", Statement),
                ("policies", Policy),
            ):
                setattr(facts, key, [_fact(make, item) for item in obj.get(key) or []])
        except KeyError as err:
            raise ValueError(f"missing key {err}") from err
        except (TypeError, AttributeError) as err:
            raise ValueError(f"not a facts object ({err})") from err
        return facts


def _text(value: Any) -> str:
    if not isinstance(value, str | int) or isinstance(value, bool) or value == "":
        raise TypeError(f"id {value!r} is not a string")
    return str(value)


def _fact(make: Any, item: dict[str, Any]) -> Any:
    data = dict(item)
    prov = data.pop("provenance", None)
    return make(**data, provenance=Provenance(**prov) if prov else None)


def _fact_dict(fact: Any) -> dict[str, Any]:
    data = asdict(fact)
    prov = data.pop("provenance", None)
    if prov:
        data["provenance"] = prov
    return data
