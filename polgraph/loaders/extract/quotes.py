"""Find quotations in a paragraph: straight, curly, doubled-single and unbalanced marks."""

from __future__ import annotations

from dataclasses import dataclass

DOUBLE_OPEN = "\u201c\u201e\u00ab"  # “ „ «
DOUBLE_CLOSE = "\u201d\u00bb"  # ” »
SINGLE_OPEN = "\u2018"  # ‘
SINGLE_CLOSE = "\u2019"  # ’


@dataclass
class Quote:
    """A quotation: ``start``/``end`` delimit the words inside the marks."""

    start: int
    end: int
    open_end: bool = False  # no closing mark before the paragraph ends
    single: bool = False

    def text(self, para: str) -> str:
        return para[self.start : self.end].strip().strip(",").strip()


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def find_quotes(text: str) -> list[Quote]:
    """Quotations in one paragraph, in order; an opening mark never closed runs to the end."""
    quotes: list[Quote] = []
    i, n = 0, len(text)
    open_at: int | None = None
    single = False
    while i < n:
        ch = text[i]
        two = text[i : i + 2]
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if open_at is None:
            if ch in DOUBLE_OPEN or two == "``":
                width = 2 if two == "``" else 1
                open_at, single = i + width, False
                i += width
                continue
            if ch == '"':
                open_at, single = i + 1, False
            elif ch in (SINGLE_OPEN, "'") and not _is_word(prev) and _is_word(nxt):
                open_at, single = i + 1, True
            i += 1
            continue
        if not single:
            if two in ("''", SINGLE_CLOSE * 2):
                quotes.append(Quote(open_at, i))
                open_at = None
                i += 2
                continue
            if ch in DOUBLE_CLOSE or ch == '"':
                quotes.append(Quote(open_at, i))
                open_at = None
            elif ch in DOUBLE_OPEN:
                quotes.append(Quote(open_at, i, open_end=True))
                open_at = i + 1
        elif ch in (SINGLE_CLOSE, "'") and not _is_word(nxt) and prev != " ":
            quotes.append(Quote(open_at, i, single=True))
            open_at = None
        elif ch in DOUBLE_OPEN or ch == '"':
            open_at, single = i + 1, False
        i += 1
    if open_at is not None and not single and text[open_at:].strip():
        quotes.append(Quote(open_at, n, open_end=True))
    return [q for q in quotes if text[q.start : q.end].strip()]
