"""`polgraph cypher` runs one read statement: no writes, files, admin commands or unknown procedures."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from polgraph.cli import main
from polgraph.graph.embedded import EmbeddedStore
from polgraph.graph.model import GraphBatch
from polgraph.queries.guard import CypherRefused, check, tokenize


@pytest.mark.parametrize(
    "cypher",
    [
        "MATCH (p:Person) RETURN p.name",
        "MATCH (p:Person) RETURN p.name // it's only a comment\n",
        "MATCH (p:Person) /* don't */ RETURN p.name AS `who's`",
        "RETURN 'CREATE (x); COPY y TO z' AS text",
        "RETURN 'a\\' DELETE n' AS escaped_quote",
        "MATCH (n {set: 1}) RETURN n.delete, n.load",
        "MATCH (n:Person) CALL { WITH n RETURN n.name AS name } RETURN name",
        "MATCH (n) RETURN count(n);",
        "MATCH (s:Statement) WITH s.start_offset AS start RETURN start, s.text ORDER BY start DESC",
        "UNWIND [1, 2] AS show RETURN show * 2 AS twice",
    ],
)
def test_reads_pass(cypher):
    check(cypher, "embedded")
    check(cypher, "neo4j")


@pytest.mark.parametrize(
    "cypher, refused",
    [
        ("MATCH (p:Person) // it's\n DETACH DELETE p", "DETACH writes to the graph; pass --write"),
        ("MATCH (p:`Per'son`) DELETE p", "DELETE writes to the graph"),
        ("MATCH (p) /* ' */ SET p.name = 'x'", "SET writes"),
        ("MERGE (p:Person {key: 'z'})", "MERGE writes"),
        ("DROP TABLE Person", "DROP writes"),
        ("COPY (MATCH (n) RETURN n) TO '/tmp/out.csv'", "COPY reads or writes files"),
        ("LOAD FROM '/etc/hostname' RETURN *", "LOAD reads files"),
        ("LOAD CSV FROM 'file:///etc/hostname' AS r RETURN r", "LOAD reads files"),
        ("INSTALL json", "INSTALL"),
        ("ATTACH '/tmp/other.db' AS other (dbtype lbug)", "ATTACH"),
        ("DETACH DATABASE other", "DETACH"),
        ("USE other MATCH (n) RETURN n", "USE"),
        ("EXPORT DATABASE '/tmp/dump'", "EXPORT"),
        ("IMPORT DATABASE '/tmp/dump'", "IMPORT"),
        ("CHECKPOINT", "CHECKPOINT"),
        ("TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "TERMINATE is an admin command"),
        ("SHOW TRANSACTIONS", "SHOW is an admin command"),
        ("USE system SHOW USERS", "USE"),
        ("EXPLAIN SHOW TRANSACTIONS", "SHOW is an admin command"),
        ("CYPHER 5 TERMINATE TRANSACTIONS 'x'", "TERMINATE is an admin command"),
        ("MATCH (n) CALL { SHOW TRANSACTIONS } RETURN n", "SHOW is an admin command"),
        ("RETURN 1 AS x UNION STOP DATABASE neo4j", "STOP is an admin command"),
        ("INSERT (:Person {key: 'x'})", "INSERT writes"),
        ("COMMENT ON TABLE Person IS 'x'", "COMMENT writes"),
        ("MATCH (n) RETURN n; MATCH (m) RETURN m", "2 statements"),
        ("MATCH (n) RETURN n; // trailing\n CREATE (m)", "2 statements"),
        ("CALL read_csv('/etc/hostname') RETURN *", "CALL read_csv"),
        ("CALL threads=1", "CALL threads"),
        ("RETURN 'unterminated", "unterminated string"),
        ("MATCH (n) RETURN n /* unterminated", "unterminated /* comment"),
        ("MATCH (`n) RETURN 1", "unterminated identifier"),
        ("   // only a comment", "empty statement"),
    ],
)
def test_refused_statements_name_what_was_refused(cypher, refused):
    with pytest.raises(CypherRefused, match=re.escape(refused)):
        check(cypher, "embedded")


def test_graph_writes_pass_with_write_but_files_never_do():
    check("MATCH (p:Person) DETACH DELETE p", "embedded", allow_writes=True)
    with pytest.raises(CypherRefused, match="COPY"):
        check("COPY Person FROM '/tmp/people.csv'", "embedded", allow_writes=True)


def test_each_store_has_its_own_procedure_allow_list():
    check("CALL show_tables() RETURN *", "embedded")
    check("CALL db.labels() YIELD label RETURN label", "neo4j")
    check("CALL db.labels", "neo4j")
    with pytest.raises(CypherRefused, match="db.labels"):
        check("CALL db.labels() YIELD label RETURN label", "embedded")
    with pytest.raises(CypherRefused, match="dbms.security.listUsers"):
        check("CALL dbms.security.listUsers()", "neo4j")
    with pytest.raises(CypherRefused, match="apoc.load.json"):
        check("CALL apoc.load.json('file:///etc/hostname')", "neo4j")


def test_tokens_keep_strings_and_identifiers_whole():
    kinds = [(t.kind, t.text) for t in tokenize("MATCH (`a ``b`) // c\nRETURN 'd;e' /* f */")]
    assert kinds == [
        ("word", "MATCH"),
        ("punct", "("),
        ("name", "`a ``b`"),
        ("punct", ")"),
        ("word", "RETURN"),
        ("string", "'d;e'"),
    ]


@pytest.fixture()
def db(tmp_path) -> str:
    """An embedded database holding two invented people."""
    path = str(tmp_path / "guard.db")
    batch = GraphBatch()
    batch.node("Person", {"key": "wren okafor", "name": "Wren Okafor", "aliases": []})
    batch.node("Person", {"key": "tomas vidal", "name": "Tomas Vidal", "aliases": []})
    store = EmbeddedStore(path)
    store.write(batch)
    store.close()
    return path


def cypher(db: str, *args: str):
    return CliRunner().invoke(main, ["cypher", *args, "--db", db, "--format", "json"])


def names(db: str) -> list[str]:
    store = EmbeddedStore(db, read_only=True)
    try:
        return sorted(r["n"] for r in store.query("MATCH (p:Person) RETURN p.name AS n"))
    finally:
        store.close()


def test_cli_refuses_copy_to_a_file_and_writes_nothing(db, tmp_path):
    target = tmp_path / "leak.csv"
    result = cypher(db, f"MATCH (p:Person) /* ' */ RETURN p.name; COPY (MATCH (p) RETURN p.name) TO '{target}'")
    assert result.exit_code == 1 and "2 statements" in result.output
    result = cypher(db, f"COPY (MATCH (p:Person) RETURN p.name) TO '{target}'", "--write")
    assert result.exit_code == 1 and "refused: COPY" in result.output
    assert not target.exists()


def test_cli_refuses_to_read_a_file(db, tmp_path):
    secret = tmp_path / "secret.csv"
    secret.write_text("the-secret-line\n")
    result = cypher(db, f"LOAD FROM '{secret}' (header=false) RETURN *")
    assert result.exit_code == 1 and "refused: LOAD" in result.output
    assert "the-secret-line" not in result.output


def test_cli_refuses_a_delete_hidden_behind_a_quote_in_a_comment(db):
    result = cypher(db, "MATCH (p:Person) // don't\nDETACH DELETE p")
    assert result.exit_code == 1 and "pass --write" in result.output
    assert names(db) == ["Tomas Vidal", "Wren Okafor"]


def test_cli_checkpoint_refused_and_database_still_readable(db):
    result = cypher(db, "CHECKPOINT")
    assert result.exit_code == 1 and "CHECKPOINT" in result.output
    assert cypher(db, "MATCH (p:Person) RETURN count(p) AS n").exit_code == 0
    assert names(db) == ["Tomas Vidal", "Wren Okafor"]


def test_cli_reads_and_allowed_procedures_work(db):
    result = cypher(db, "MATCH (p:Person) WHERE p.name STARTS WITH $s RETURN p.name AS name", "--param", "s=Wr")
    assert result.exit_code == 0 and '"Wren Okafor"' in result.output
    result = cypher(db, "CALL show_tables() RETURN name")
    assert result.exit_code == 0 and '"Person"' in result.output


def test_cli_write_with_write_flag(db):
    result = cypher(db, "MATCH (p:Person {key: 'tomas vidal'}) DETACH DELETE p", "--write")
    assert result.exit_code == 0
    assert names(db) == ["Wren Okafor"]


def test_huge_integer_parameter_is_one_line_error(db):
    result = CliRunner().invoke(main, ["query", "most-quoted", "--param", "limit=99999999999999999999", "--db", db])
    assert result.exit_code == 1
    assert result.output.strip() == (
        "Error: parameter limit is out of range: 99999999999999999999 does not fit in 64 bits"
    )


def test_timeout_option_is_accepted_and_must_be_positive(db):
    ok = CliRunner().invoke(main, ["cypher", "MATCH (p:Person) RETURN count(p) AS n", "--timeout", "5", "--db", db])
    assert ok.exit_code == 0
    bad = CliRunner().invoke(main, ["cypher", "RETURN 1", "--timeout", "0", "--db", db])
    assert bad.exit_code == 2 and "--timeout" in bad.output


LONG_QUERY = (
    "UNWIND range(1, 30000) AS a UNWIND range(1, 30000) AS b WITH a, b WHERE (a * b) % 7 = 3 RETURN count(*) AS n"
)


def test_timeout_stops_a_long_query(db):
    result = CliRunner().invoke(main, ["cypher", LONG_QUERY, "--timeout", "0.5", "--db", db])
    assert result.exit_code == 1
    assert result.output == f"Error: embedded store {db}: query stopped at the time limit (--timeout)\n"
