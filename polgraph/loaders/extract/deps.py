"""Dependency-label sets (spaCy's ClearNLP labels) the rules share, each defined once (tuples: rules join them)."""

from __future__ import annotations

SUBJECTS = ("nsubj", "nsubjpass")
OBJECTS = ("dobj",)
CLAUSES = ("ccomp", "xcomp")
# Heads a reporting verb may sit under and still govern its own clause.
CLIMB = ("conj", "advcl", "xcomp", "pcomp", "acl", "relcl")
# Complements that carry what an object-taking verb ('accused X of ...') reports.
OBJECT_COMPLEMENTS = ("ccomp", "xcomp", "dobj", "oprd", "prep", "attr", "acomp")
