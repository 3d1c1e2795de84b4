"""Rows as a terminal table, JSON or CSV: the one printer every command that lists rows uses."""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Sequence
from typing import Any

FORMATS = ("table", "json", "csv")
ELLIPSIS = "\u2026"
MIN_WIDTH = 12


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value))
    if isinstance(value, float):
        return f"{value:.4g}"
    return " ".join(str(value).split())


def elide(text: str, width: int) -> str:
    """The text cut to ``width`` characters, with a visible ellipsis when anything was cut."""
    return text if len(text) <= width else text[: max(0, width - 1)] + ELLIPSIS


def column_widths(header: Sequence[str], cells: list[list[str]], total: int | None) -> list[int]:
    """Natural widths, then the widest columns shrunk until the row fits ``total`` characters."""
    widths = [max([len(h)] + [len(row[i]) for row in cells]) for i, h in enumerate(header)]
    if total is None:
        return widths
    budget = total - 2 * (len(widths) - 1)
    while sum(widths) > budget:
        widest = max(range(len(widths)), key=lambda i: widths[i])
        if widths[widest] <= MIN_WIDTH:
            break
        widths[widest] -= 1
    return widths


def render_table(rows: list[dict[str, Any]], wide: bool = False, width: int | None = None) -> str:
    """An aligned table; cells too long for the terminal end in an ellipsis unless ``wide``."""
    if not rows:
        return "(no rows)"
    header = list(rows[0])
    cells = [[cell_text(row.get(c)) for c in header] for row in rows]
    total = None if wide else (width or shutil.get_terminal_size((160, 24)).columns)
    widths = column_widths(header, cells, total)
    lines = [
        "  ".join(elide(h, w).ljust(w) for h, w in zip(header, widths)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    lines += ["  ".join(elide(v, w).ljust(w) for v, w in zip(row, widths)).rstrip() for row in cells]
    if not wide and any(len(v) > w for row in cells for v, w in zip(row, widths)):
        lines.append(f"({ELLIPSIS} marks cut cells: --wide prints them whole, --format json or csv too)")
    return "\n".join(lines)


def render_csv(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if rows:
        writer.writerow(rows[0].keys())
    for row in rows:
        writer.writerow(["; ".join(map(str, v)) if isinstance(v, (list, tuple)) else v for v in row.values()])
    return out.getvalue().rstrip("\n")


def render(rows: list[dict[str, Any]], fmt: str = "table", wide: bool = False, width: int | None = None) -> str:
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, default=str, indent=1)
    if fmt == "csv":
        return render_csv(rows)
    return render_table(rows, wide=wide, width=width)
