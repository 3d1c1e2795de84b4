"""A spaCy component that keeps a news dateline ('NAIROBI — ', 'ISLAMABAD: ', '(HERSHEY, PA.) – ') out of the first
sentence, so the parser does not take the place for the subject of what follows ('NAIROBI — The ODM has
nominated X'). Not before a name: entity rules read a name at a sentence start more strictly."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

DATELINE_MARKS = frozenset({"—", "–", "-", "--", ":"})
LOOKAHEAD = 8  # a dateline is a few words at the very start of a paragraph


def _place_word(tok: Token) -> bool:
    """'NAIROBI', 'PA.', 'ST. LOUIS': upper-case words (punctuation between them is allowed)."""
    text = tok.text.rstrip(".")
    return tok.is_punct or (text.isupper() and text.replace("'", "").isalpha())


@Language.component("polgraph_dateline")
def split_dateline(doc: Doc) -> Doc:
    """Start a sentence right after a leading dateline mark."""
    for tok in doc[:LOOKAHEAD]:
        if tok.text in DATELINE_MARKS:
            before = doc[: tok.i]
            if (
                any(not t.is_punct for t in before)
                and all(_place_word(t) for t in before)
                and tok.i + 1 < len(doc)
                and not doc[tok.i + 1].is_punct
                and doc[tok.i + 1].tag_ not in ("NNP", "NNPS")  # a name there is found better where it is
            ):
                doc[tok.i + 1].is_sent_start = True
            break
    return doc
