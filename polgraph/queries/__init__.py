"""Canned Cypher queries: one ``.cypher`` file each, with a header that documents it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

HEADER = re.compile(r"^//\s*(\w+):\s*(.*)$")
PARAM = re.compile(r"^(\w+)\s*\((\w+)(?:,\s*(\w+))?\)\s*(?:=\s*(\S+))?\s*-\s*(.*)$")


@dataclass
class Param:
    name: str
    type: str
    lowercase: bool
    default: str | None
    help: str

    def convert(self, raw: str) -> Any:
        try:
            value: Any = {"int": int, "float": float}.get(self.type, str)(raw)
        except ValueError as err:
            raise ValueError(f"parameter {self.name} must be {self.type}, got {raw!r}") from err
        if isinstance(value, int) and not -(2**63) <= value < 2**63:
            raise ValueError(f"parameter {self.name} is out of range: {raw} does not fit in 64 bits")
        return value.lower() if self.lowercase and isinstance(value, str) else value


@dataclass
class CannedQuery:
    name: str
    description: str
    text: str
    params: list[Param] = field(default_factory=list)
    example: str = ""

    def bind(self, given: dict[str, str]) -> dict[str, Any]:
        """Typed parameters from ``key=value`` strings, defaults filled in."""
        unknown = set(given) - {p.name for p in self.params}
        if unknown:
            raise ValueError(f"unknown parameter(s) for {self.name}: {', '.join(sorted(unknown))}")
        values = {}
        for p in self.params:
            raw = given.get(p.name, p.default)
            if raw is None:
                raise ValueError(f"{self.name} needs --param {p.name}=... ({p.help})")
            values[p.name] = p.convert(raw)
        return values


def parse(name: str, text: str) -> CannedQuery:
    query = CannedQuery(name=name, description="", text=text)
    for line in text.splitlines():
        match = HEADER.match(line.strip())
        if not match:
            continue
        key, value = match.groups()
        if key == "name":
            query.name = value.strip()
        elif key == "description":
            query.description = value.strip()
        elif key == "example":
            query.example = value.strip()
        elif key == "param":
            p = PARAM.match(value.strip())
            if p:
                pname, ptype, flag, default, help_ = p.groups()
                query.params.append(Param(pname, ptype, flag == "lowercase", default, help_))
    return query


def canned_queries() -> dict[str, CannedQuery]:
    """Every canned query shipped with polgraph, by name."""
    out = {}
    for entry in sorted(resources.files(__package__).iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".cypher"):
            q = parse(entry.name[:-7], entry.read_text(encoding="utf-8"))
            out[q.name] = q
    return out
