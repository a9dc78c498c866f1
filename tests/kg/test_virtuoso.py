"""Scale-out: push the graph into a real Virtuoso on loopback and get the embedded store's answers.

Starts ``virtuoso-t`` (Debian ``virtuoso-opensource``) with its own ini in a temporary folder,
on free loopback ports, with a small ``ResultSetMaxRows`` so that Virtuoso's silent row cap is
exercised and must be detected. Skips when virtuoso-t is missing, fails when CI=true.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib.compare import isomorphic

from kg.errors import InputError
from kg.push import push, remote_query
from kg.rdf import graph_to_rdf, write_rdf
from kg.sparql import run_query, shipped_queries
from kg.store import build_store, open_store

pytestmark = pytest.mark.virtuoso

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("_exokg_virtuoso_fixture", HERE / "test_sparql_fixture.py")
assert _spec and _spec.loader
F = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(F)

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
ROW_CAP = 50
GRAPH = "https://w3id.org/exokg/graph"

INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
DisableTcpSocket = 0
MaxClientConnections = 10
CheckpointInterval = 60
CaseMode = 2
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = ., {d}

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {d}
ServerThreads = 10
MaxClientConnections = 10
EnabledGzipContent = 0

[SPARQL]
ResultSetMaxRows = {cap}
MaxQueryExecutionTime = 60
MaxQueryCostEstimationTime = 0
"""


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _virtuoso_binary() -> str:
    path = shutil.which("virtuoso-t")
    if path is None:
        message = "virtuoso-t is not installed (apt-get install -y virtuoso-opensource; CI installs it)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a fresh Virtuoso on loopback (stopped after the module)."""
    binary = _virtuoso_binary()
    folder = tmp_path_factory.mktemp("virtuoso")
    http_port = _free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(INI.format(d=folder, sql_port=_free_port(), http_port=http_port, cap=ROW_CAP), encoding="utf-8")
    proc = subprocess.Popen([binary, "+foreground", "+configfile", str(ini)], cwd=folder,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{http_port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            if proc.poll() is not None:
                log = (folder / "virtuoso.log").read_text(errors="replace")[-2000:]
                pytest.fail(f"virtuoso-t exited with {proc.returncode}:\n{log}")
            try:
                with urllib.request.urlopen(f"{base}/sparql?query=ASK%7B%7D", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("Virtuoso did not come up within 90 s")
                time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    build_store(write_rdf(F.fixture_graph(), out, formats=("turtle", "nt"), exports=()), out)
    return out


@pytest.fixture(scope="module")
def pushed(virtuoso: str, outputs: Path) -> str:
    report = push(outputs, f"{virtuoso}/sparql-graph-crud-auth", GRAPH, user="dba", password="dba", chunk=100)
    expected = len(graph_to_rdf(F.fixture_graph()))
    assert report.triples == expected
    assert report.chunks == -(-expected // 100) > 1
    return f"{virtuoso}/sparql"


def _canonical_rows(result) -> list[tuple]:
    """Rows as comparable values: numbers as rounded floats, everything else as text."""
    out = []
    for row in result.rows:
        cells = []
        for var in result.variables:
            value = row[var]
            if isinstance(value, bool):
                value = str(value).lower()
            elif isinstance(value, int | float):
                value = round(float(value), 6)
            cells.append(value)
        out.append(tuple(cells))
    return sorted(out, key=repr)


def test_push_loads_every_triple(pushed: str, outputs: Path) -> None:
    expected = len(graph_to_rdf(F.fixture_graph()))
    count = remote_query(pushed, f"SELECT (COUNT(*) AS ?n) FROM <{GRAPH}> WHERE {{ ?s ?p ?o }}")
    assert count.rows == [{"n": expected}]


@pytest.mark.parametrize("name", sorted(shipped_queries()))
def test_shipped_queries_give_the_same_answers_as_the_embedded_store(name: str, pushed: str, outputs: Path) -> None:
    text = shipped_queries()[name].read_text(encoding="utf-8")
    local = run_query(open_store(outputs), text)
    remote = remote_query(pushed, text)
    assert remote.form == local.form
    assert not remote.truncated and not local.truncated
    if local.form == "SELECT":
        assert remote.variables == local.variables
        assert len(remote.rows) == len(local.rows) > 0
        assert _canonical_rows(remote) == _canonical_rows(local)
    elif local.form == "ASK":
        assert remote.boolean == local.boolean
    else:
        assert isomorphic(remote.graph, local.graph)


def test_row_cap_is_detected_not_silently_passed_off(pushed: str, outputs: Path) -> None:
    query = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
    remote = remote_query(pushed, query)
    assert remote.truncated and len(remote.rows) == ROW_CAP
    local = run_query(open_store(outputs), query, max_rows=ROW_CAP)
    assert local.truncated and len(local.rows) == ROW_CAP
    small = remote_query(pushed, "SELECT ?m WHERE { ?m a biolink:MicroRNA }")
    assert not small.truncated and len(small.rows) == 3


def test_push_replaces_rather_than_duplicates(virtuoso: str, pushed: str, outputs: Path) -> None:
    push(outputs, f"{virtuoso}/sparql-graph-crud-auth", GRAPH, user="dba", password="dba", chunk=1000)
    expected = len(graph_to_rdf(F.fixture_graph()))
    count = remote_query(pushed, f"SELECT (COUNT(*) AS ?n) FROM <{GRAPH}> WHERE {{ ?s ?p ?o }}")
    assert count.rows == [{"n": expected}]


def test_wrong_password_is_a_clear_error(virtuoso: str, outputs: Path) -> None:
    with pytest.raises(InputError, match="HTTP 401"):
        push(outputs, f"{virtuoso}/sparql-graph-crud-auth", "https://w3id.org/exokg/other", user="dba",
             password="wrong")


def test_unsafe_queries_are_refused_before_reaching_the_endpoint(pushed: str) -> None:
    from kg.errors import QueryError

    with pytest.raises(QueryError, match="updates are not allowed"):
        remote_query(pushed, f"CLEAR GRAPH <{GRAPH}>")
    count = remote_query(pushed, f"ASK {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}")
    assert count.boolean is True


def test_graph_store_rejects_plain_rdf_garbage(virtuoso: str, tmp_path: Path) -> None:
    bad = tmp_path / "kg.nt"
    bad.write_text("<http://e/a> <http://e/p> .\n", encoding="utf-8")
    with pytest.raises(InputError):
        push(tmp_path, f"{virtuoso}/sparql-graph-crud-auth", "https://w3id.org/exokg/bad", user="dba", password="dba")
