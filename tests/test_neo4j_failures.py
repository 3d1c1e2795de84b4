"""Neo4j failures and safety: clear one-line errors, no password shown, time limits, read-only `cypher`,
and tests that only ever touch their own server.

The first part uses fakes and sockets on 127.0.0.1 (no server needed); the tests marked ``neo4j`` use the
private server that ``scripts/test`` starts.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from neo4j.exceptions import ServiceUnavailable
from neo4j_server import MARKER, Refused, claim, from_environ, require_loopback

from polgraph.cli import main
from polgraph.graph.model import GraphBatch
from polgraph.graph.neo4j_store import Neo4jStore, split_credentials
from polgraph.graph.store import StoreError

ROOT = Path(__file__).resolve().parents[1]


class GoneSession:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def execute_write(self, work):
        raise ServiceUnavailable("connection reset by peer")


class GoneDriver:
    def session(self, **kwargs):
        return GoneSession()


def test_server_gone_mid_batch_names_the_uri_and_writes_nothing():
    store = Neo4jStore.__new__(Neo4jStore)
    store.uri, store.database, store.driver = "neo4j://db.example:7687", None, GoneDriver()
    batch = GraphBatch()
    batch.node("Person", {"key": "ann lee", "name": "Ann Lee", "aliases": []})
    with pytest.raises(StoreError, match=r"neo4j://db.example:7687: connection lost .* nothing of this batch"):
        store.write(batch)


def test_missing_uri_is_a_clear_error(monkeypatch):
    monkeypatch.delenv("NEO4J_URI", raising=False)
    with pytest.raises(StoreError, match="NEO4J_URI"):
        Neo4jStore.from_env()


class RecordingSession(GoneSession):
    """Records which transaction function ran, and with which time limit."""

    def __init__(self, log: list):
        self.log = log

    def execute_read(self, work):
        self.log.append(("read", getattr(work, "timeout", None)))
        return []

    def execute_write(self, work):
        self.log.append(("write", getattr(work, "timeout", None)))
        return []


class RecordingDriver:
    def __init__(self):
        self.log: list = []

    def session(self, **kwargs):
        return RecordingSession(self.log)


def fake_store(query_timeout: float | None = None) -> tuple[Neo4jStore, RecordingDriver]:
    store = Neo4jStore.__new__(Neo4jStore)
    driver = RecordingDriver()
    store.uri, store.database, store.driver, store.query_timeout = "bolt://127.0.0.1:7687", None, driver, query_timeout
    return store, driver


def test_reads_run_in_a_read_transaction_with_the_time_limit():
    store, driver = fake_store(query_timeout=2.5)
    store.query("MATCH (p:Person) RETURN p.name")
    assert driver.log == [("read", 2.5)]


@pytest.mark.parametrize(
    "cypher, refused",
    [
        ("LOAD CSV FROM 'file:///etc/hostname' AS row RETURN row", "LOAD"),
        ("LOAD CSV FROM 'http://127.0.0.1:9/x.csv' AS row RETURN row", "LOAD"),
        ("TERMINATE TRANSACTIONS 'neo4j-transaction-7'", "TERMINATE"),
        ("SHOW TRANSACTIONS", "SHOW"),
        ("SHOW USERS", "SHOW"),
        ("CREATE USER mallory SET PASSWORD 'x'", "CREATE"),
        ("GRANT ROLE admin TO mallory", "GRANT"),
        ("STOP DATABASE neo4j", "STOP"),
        ("USE system MATCH (n) RETURN n", "USE"),
        ("CALL dbms.listConfig()", "dbms.listConfig"),
        ("CALL db.schema.visualization() YIELD nodes RETURN nodes; CALL dbms.killQuery('x')", "2 statements"),
    ],
)
def test_neo4j_refuses_files_admin_and_unlisted_procedures_before_sending(cypher, refused):
    store, driver = fake_store()
    with pytest.raises(StoreError, match=f"refused: .*{refused}"):
        store.query(cypher)
    assert driver.log == []


def test_password_in_the_uri_is_used_and_never_shown():
    assert split_credentials("bolt://ann:s%40cret@127.0.0.1:7687/x", None, None) == (
        "bolt://127.0.0.1:7687/x",
        "ann",
        "s@cret",
    )
    assert split_credentials("neo4j://127.0.0.1", "bob", "pw") == ("neo4j://127.0.0.1", "bob", "pw")
    with pytest.raises(StoreError) as err:
        Neo4jStore("bolt://ann:hunter2-secret@127.0.0.1:1", None, None, connect_timeout=2)
    assert "bolt://127.0.0.1:1" in str(err.value) and "hunter2" not in str(err.value)


def run_cli(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, list(args), env=env)


def test_unsupported_scheme_is_one_line():
    result = run_cli("stats", "--store", "neo4j", "--neo4j-uri", "http://ann:hunter2@127.0.0.1:7474")
    assert result.exit_code == 1
    assert result.output == (
        "Error: Neo4j at http://127.0.0.1:7474: unsupported URI scheme 'http'; use bolt://, "
        "bolt+s://, bolt+ssc://, neo4j://, neo4j+s://, neo4j+ssc://\n"
    )


def test_system_database_is_one_line_before_connecting():
    result = run_cli(
        "cypher", "RETURN 1", "--store", "neo4j", "--neo4j-uri", "bolt://127.0.0.1:1", "--neo4j-database", "system"
    )
    assert result.exit_code == 1 and len(result.output.splitlines()) == 1
    assert "'system' database holds users and settings, not a graph" in result.output


def test_bad_timeout_variable_is_one_line():
    result = run_cli(
        "stats", "--store", "neo4j", "--neo4j-uri", "bolt://127.0.0.1:1", env={"NEO4J_CONNECT_TIMEOUT": "soon"}
    )
    assert result.exit_code == 1
    assert result.output == "Error: NEO4J_CONNECT_TIMEOUT='soon': not a positive number of seconds\n"


@pytest.fixture()
def silent_port():
    """A port on 127.0.0.1 that accepts connections and never says a word."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    held: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                held.append(server.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    yield server.getsockname()[1]
    server.close()
    for conn in held:
        conn.close()


def test_a_port_that_never_answers_fails_within_the_connect_timeout(silent_port):
    started = time.monotonic()
    result = run_cli(
        "stats",
        "--store",
        "neo4j",
        "--neo4j-uri",
        f"bolt://127.0.0.1:{silent_port}",
        env={"NEO4J_CONNECT_TIMEOUT": "1.5"},
    )
    elapsed = time.monotonic() - started
    assert result.exit_code == 1 and len(result.output.splitlines()) == 1
    assert f"bolt://127.0.0.1:{silent_port}: cannot connect within 1.5 s" in result.output
    assert elapsed < 10


def test_the_default_connect_timeout_is_seconds_not_minutes():
    from polgraph.graph import neo4j_store

    assert 0 < neo4j_store.CONNECT_TIMEOUT <= 30


# --- The tests touch only their own server ---------------------------------------------------------


def test_the_test_server_is_never_taken_from_neo4j_uri():
    assert from_environ({"NEO4J_URI": "bolt://127.0.0.1:7687", "NEO4J_PASSWORD": "users-own"}) is None
    server = from_environ({"POLGRAPH_TEST_NEO4J_URI": "bolt://127.0.0.1:7999", "NEO4J_URI": "bolt://elsewhere:1"})
    assert server is not None and server.uri == "bolt://127.0.0.1:7999"


@pytest.mark.parametrize(
    "uri",
    [
        "bolt://db.example.org:7687",
        "neo4j+s://abcd.databases.neo4j.io",
        "bolt://10.0.0.5:7687",
        "bolt://127.0.0.1.example.org:7687",
        "not a uri",
    ],
)
def test_test_server_must_be_on_loopback(uri):
    with pytest.raises(Refused, match="not a loopback address"):
        require_loopback(uri)


class CountingSession:
    """A fake session over a database holding ``nodes`` nodes, ``marked`` of them test markers."""

    def __init__(self, nodes: int, marked: int):
        self.nodes, self.marked, self.ran = nodes, marked, []

    def run(self, cypher: str):
        self.ran.append(cypher)
        return self

    def single(self):
        last = self.ran[-1]
        return {"n": self.marked if MARKER in last else self.nodes}

    def consume(self):
        return None


def test_a_database_with_data_but_no_marker_is_refused_untouched():
    session = CountingSession(nodes=12, marked=0)
    with pytest.raises(Refused, match="holds 12 node"):
        claim(session)
    assert all(q.lstrip().startswith("MATCH") and "RETURN count" in q for q in session.ran)


def test_an_empty_database_is_marked_and_a_marked_one_reused():
    empty = CountingSession(nodes=0, marked=0)
    claim(empty)
    assert empty.ran[-1] == f"CREATE (:{MARKER})"
    ours = CountingSession(nodes=40, marked=1)
    claim(ours)
    assert not any("CREATE" in q for q in ours.ran)


class ConnectionCounter:
    """A port on 127.0.0.1 that counts connections and closes each at once."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.count = 0
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.count += 1
            conn.close()

    def close(self) -> None:
        self.sock.close()


def test_suite_never_connects_to_the_users_neo4j_uri():
    """Run the Neo4j tests with NEO4J_URI at a 'user' server: it sees no connection; the test server does."""
    users, ours = ConnectionCounter(), ConnectionCounter()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "POLGRAPH_TEST_NEO4J_"))}
    env.update(
        {
            "NEO4J_URI": f"bolt://127.0.0.1:{users.port}",
            "NEO4J_USER": "neo4j",
            "NEO4J_PASSWORD": "users-own",
            "POLGRAPH_TEST_NEO4J_URI": f"bolt://127.0.0.1:{ours.port}",
            "POLGRAPH_REQUIRE_NEO4J": "1",
        }
    )
    try:
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "-x",
                "tests/test_neo4j_store.py",
                "tests/test_crash_safety.py",
                "-k",
                "neo4j or Neo4j",
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    finally:
        users.close()
        ours.close()
    assert "error" in run.stdout.lower()  # our fake test server does not speak Bolt
    assert ours.count > 0
    assert users.count == 0, run.stdout[-2000:]


# --- Against the private server of scripts/test ----------------------------------------------------


def server_args(server) -> list[str]:
    return [
        "--store",
        "neo4j",
        "--neo4j-uri",
        server.uri,
        "--neo4j-user",
        server.user,
        "--neo4j-password",
        server.password,
    ]


@pytest.mark.neo4j
def test_cypher_on_neo4j_reads_and_refuses(empty_neo4j):
    args = server_args(empty_neo4j)
    ok = run_cli("cypher", "CALL db.labels() YIELD label RETURN label", "--format", "json", *args)
    assert ok.exit_code == 0, ok.output
    for statement in (
        "LOAD CSV FROM 'file:///etc/hostname' AS r RETURN r",
        "TERMINATE TRANSACTIONS 'x'",
        "SHOW TRANSACTIONS",
        "CALL dbms.listConfig()",
        "MATCH (n) RETURN n; MATCH (m) RETURN m",
    ):
        result = run_cli("cypher", statement, *args)
        assert result.exit_code == 1 and result.output.startswith("Error: refused: "), (statement, result.output)
    written = run_cli(
        "cypher", "LOAD CSV FROM 'file:///etc/hostname' AS r CREATE (:Person {key: r[0]})", "--write", *args
    )
    assert written.exit_code == 1 and "refused: LOAD" in written.output


@pytest.mark.neo4j
def test_read_transaction_refuses_a_write_the_guard_let_through(empty_neo4j, monkeypatch):
    from polgraph.graph import neo4j_store

    monkeypatch.setattr(neo4j_store, "read_only_check", lambda *args, **kwargs: None)
    store = empty_neo4j.store()
    try:
        with pytest.raises(StoreError, match="--write"):
            store.query("CREATE (:Person {key: 'intruder'})")
        assert store.query("MATCH (p:Person {key: 'intruder'}) RETURN count(p) AS n") == [{"n": 0}]
    finally:
        store.close()


@pytest.mark.neo4j
def test_server_itself_refuses_file_urls(empty_neo4j):
    store = empty_neo4j.store()
    try:
        with pytest.raises(StoreError, match="(?i)file"):
            store.query("LOAD CSV FROM 'file:///etc/hostname' AS r RETURN r", write=True)
    finally:
        store.close()


@pytest.mark.neo4j
def test_query_timeout_stops_a_long_query(empty_neo4j):
    started = time.monotonic()
    result = run_cli(
        "cypher",
        "UNWIND range(1, 30000) AS a UNWIND range(1, 30000) AS b WITH a, b WHERE (a * b) % 7 = 3 RETURN count(*) AS n",
        "--timeout",
        "1",
        *server_args(empty_neo4j),
    )
    assert result.exit_code == 1 and "time limit" in result.output, result.output
    assert time.monotonic() - started < 30


@pytest.mark.neo4j
def test_credentials_in_the_uri_work_and_a_wrong_one_is_not_echoed(empty_neo4j):
    host = empty_neo4j.uri.split("://", 1)[1]
    ok = run_cli("stats", "--store", "neo4j", "--neo4j-uri", f"bolt://{empty_neo4j.user}:{empty_neo4j.password}@{host}")
    assert ok.exit_code == 0, ok.output
    bad = run_cli("stats", "--store", "neo4j", "--neo4j-uri", f"bolt://neo4j:wrong-pw-77@{host}")
    assert bad.exit_code == 1 and "wrong-pw-77" not in bad.output and f"bolt://{host}" in bad.output


@pytest.mark.neo4j
def test_neo4j_local_status_lines_work_with_eval(neo4j_server):
    instance = os.environ.get("POLGRAPH_TEST_NEO4J_DIR")
    if not instance:
        pytest.skip("POLGRAPH_TEST_NEO4J_DIR is set by scripts/test")
    shell = subprocess.run(
        ["bash", "-c", 'eval "$(scripts/neo4j-local status)" && echo "$NEO4J_URI"'],
        cwd=ROOT,
        env={**os.environ, "NEO4J_LOCAL_DIR": instance},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert shell.stdout.strip() == neo4j_server.uri, shell.stderr
    conf = (Path(instance) / "home" / "conf" / "neo4j.conf").read_text()
    assert "dbms.security.allow_csv_import_from_file_urls=false" in conf
