"""Is an ad-hoc Cypher statement a single read? A tokenizer-level check used by both stores.

Strings, backtick identifiers and comments are tokenized, so a quote inside a comment or a keyword
inside a string neither hides nor fakes a clause. Anything that writes, touches files or the network,
administers the server or calls a procedure outside a read-only allow-list is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


class CypherRefused(ValueError):
    """The statement is not allowed; the message names what was refused."""


@dataclass(frozen=True)
class Token:
    kind: str  # word, string, name (backtick), param, number, punct
    text: str
    pos: int


GRAPH_WRITES = {
    "CREATE",
    "MERGE",
    "SET",
    "DELETE",
    "DETACH",
    "REMOVE",
    "DROP",
    "ALTER",
    "FOREACH",
    "RENAME",
    "INSERT",
    "COMMENT",
}
"""Clauses that change the graph or its schema: allowed with ``--write``."""

OUTSIDE = {
    "COPY": "reads or writes files",
    "LOAD": "reads files or URLs",
    "INSTALL": "installs extensions",
    "UNINSTALL": "removes extensions",
    "UPDATE": "updates extensions",
    "ATTACH": "opens another database",
    "USE": "switches database",
    "EXPORT": "writes files",
    "IMPORT": "reads files",
    "CHECKPOINT": "rewrites the database files",
    "BEGIN": "controls transactions",
    "COMMIT": "controls transactions",
    "ROLLBACK": "controls transactions",
    "SHOW": "is an admin command",
    "TERMINATE": "is an admin command",
    "GRANT": "is an admin command",
    "DENY": "is an admin command",
    "REVOKE": "is an admin command",
    "START": "is an admin command",
    "STOP": "is an admin command",
    "ENABLE": "is an admin command",
    "DEALLOCATE": "is an admin command",
    "REALLOCATE": "is an admin command",
    "DRYRUN": "is an admin command",
}
"""Clauses never run by ``polgraph cypher``, with or without ``--write``."""

ADMIN = {word for word, why in OUTSIDE.items() if why == "is an admin command"}
"""Commands that only ever open a statement: the same word where an expression goes is a variable."""

OPERAND_AFTER = {
    "BY",
    "RETURN",
    "WITH",
    "WHERE",
    "AND",
    "OR",
    "XOR",
    "NOT",
    "IN",
    "IS",
    "THEN",
    "ELSE",
    "WHEN",
    "DISTINCT",
    "CASE",
    "UNWIND",
    ",",
    "(",
    "[",
    "=",
    "<",
    ">",
    "+",
    "-",
    "*",
    "/",
    "%",
    "^",
}

READ_PROCEDURES = {
    "embedded": {
        "table_info",
        "show_tables",
        "show_functions",
        "show_indexes",
        "show_connection",
        "db_version",
        "storage_version",
        "catalog_version",
    },
    "neo4j": {
        "db.labels",
        "db.relationshiptypes",
        "db.propertykeys",
        "db.schema.visualization",
        "db.schema.nodetypeproperties",
        "db.schema.reltypeproperties",
        "dbms.components",
    },
}
"""Procedures (table functions in the embedded store) that only read the schema or versions."""

_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<line_comment>//[^\n]*)
  | (?P<block_comment>/\*.*?\*/)
  | (?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
  | (?P<name>`(?:[^`]|``)*`)
  | (?P<param>\$(?:\w+|`(?:[^`]|``)*`))
  | (?P<number>\d[\w.]*)
  | (?P<word>[^\W\d]\w*)
  | (?P<punct>\S)
""",
    re.DOTALL | re.VERBOSE,
)


def tokenize(cypher: str) -> list[Token]:
    """Tokens of ``cypher`` without spaces and comments; unterminated strings or comments are refused."""
    tokens, pos = [], 0
    while pos < len(cypher):
        match = _TOKEN.match(cypher, pos)
        assert match is not None  # the punct branch matches any non-space character
        kind, text = match.lastgroup or "punct", match.group()
        if kind == "punct" and text in "'\"`":
            raise CypherRefused(f"unterminated {'identifier' if text == '`' else 'string'} at character {pos}")
        if kind == "punct" and cypher.startswith("/*", pos):
            raise CypherRefused(f"unterminated /* comment at character {pos}")
        if kind not in ("space", "line_comment", "block_comment"):
            tokens.append(Token(kind, text, pos))
        pos = match.end()
    return tokens


def statements(tokens: list[Token]) -> list[list[Token]]:
    """Tokens split on ``;``; empty statements (a trailing ``;``) dropped."""
    out: list[list[Token]] = [[]]
    for tok in tokens:
        if tok.kind == "punct" and tok.text == ";":
            out.append([])
        else:
            out[-1].append(tok)
    return [s for s in out if s]


def _is_clause_word(tokens: list[Token], i: int) -> bool:
    """A bare word that is not a property (``n.set``), a label (``:Set``) or a map key (``{set: 1}``)."""
    if tokens[i].kind != "word":
        return False
    before = tokens[i - 1].text if i > 0 and tokens[i - 1].kind == "punct" else ""
    after = tokens[i + 1].text if i + 1 < len(tokens) and tokens[i + 1].kind == "punct" else ""
    alias = i > 0 and tokens[i - 1].kind == "word" and tokens[i - 1].text.upper() == "AS"
    return before not in (".", ":") and after != ":" and not alias


def _procedure(tokens: list[Token], i: int) -> str | None:
    """The dotted name called by the CALL at ``i``; None for a ``CALL { ... }`` or ``CALL (x) { ... }`` subquery."""
    j = i + 1
    if j >= len(tokens):
        return ""
    if tokens[j].text in ("{", "("):
        return None
    parts = []
    while j < len(tokens) and tokens[j].kind in ("word", "name"):
        parts.append(tokens[j].text[1:-1].replace("``", "`") if tokens[j].kind == "name" else tokens[j].text)
        if j + 1 < len(tokens) and tokens[j + 1].text == ".":
            j += 2
        else:
            j += 1
            break
    if not parts:
        return " ".join(t.text for t in tokens[i + 1 : i + 3])
    return ".".join(parts)


def check(cypher: str, store: str, allow_writes: bool = False) -> None:
    """Raise ``CypherRefused`` unless ``cypher`` is one statement that only reads the graph.

    With ``allow_writes`` graph writes pass; files, network, admin commands and unknown procedures never do.
    """
    parts = statements(tokenize(cypher))
    if not parts:
        raise CypherRefused("empty statement")
    if len(parts) > 1:
        raise CypherRefused(f"{len(parts)} statements separated by ';': run one at a time")
    tokens = parts[0]
    allowed = READ_PROCEDURES.get(store, set())
    for i, tok in enumerate(tokens):
        if not _is_clause_word(tokens, i):
            continue
        word = tok.text.upper()
        if word in ADMIN and i > 0 and tokens[i - 1].text.upper() in OPERAND_AFTER:
            continue
        if word in OUTSIDE:
            raise CypherRefused(f"{word} {OUTSIDE[word]}; polgraph cypher does not run it")
        if word in GRAPH_WRITES and not allow_writes:
            raise CypherRefused(f"{word} writes to the graph; pass --write to allow it")
        if word == "CALL":
            name = _procedure(tokens, i)
            if name is not None and name.lower() not in allowed:
                known = ", ".join(sorted(allowed))
                raise CypherRefused(f"CALL {name}: only these read-only procedures are allowed: {known}")
