"""Query safety: only read-only queries over exokg's own data run, within time and row limits."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg.sparql as sparql
from kg.errors import QueryError
from kg.sparql import QueryBusy, QueryTimeout, check_query, run_query
from kg.store import Store, build_store, open_store

EX = "http://example.org/"


def _cross_join_store(n: int = 3000, distinct: int = 30) -> ox.Store:
    """n triples sharing `distinct` objects: a three-way join on ?o has n^3/distinct^2 rows."""
    store = ox.Store()
    store.bulk_extend([ox.Quad(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(f"{EX}p"), ox.Literal(str(i % distinct)))
                       for i in range(n)])
    return store


STREAMING_RUNAWAY = "SELECT * WHERE { ?a ?p ?o . ?b ?p ?o . ?c ?p ?o }"
BLOCKING_RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?o . ?b ?p ?o . ?c ?p ?o . ?d ?p ?o }"


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every query that reaches a store."""
    seen: list[str] = []
    real = sparql._runner_for

    def runner_for(store):
        inner = real(store)

        def run(parsed, max_rows, abandoned):
            seen.append(parsed.text)
            return inner(parsed, max_rows, abandoned)

        return run

    monkeypatch.setattr(sparql, "_runner_for", runner_for)
    return seen


REFUSED = {
    "INSERT DATA { <http://a/s> <http://a/p> <http://a/o> }": "updates are not allowed",
    "DELETE WHERE { ?s ?p ?o }": "updates are not allowed",
    "PREFIX ex: <http://e/> DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }": "updates are not allowed",
    "LOAD <file:///etc/passwd>": "updates are not allowed",
    "LOAD <http://example.org/data.ttl> INTO GRAPH <http://example.org/g>": "updates are not allowed",
    "CLEAR ALL": "updates are not allowed",
    "DROP GRAPH <http://example.org/g>": "updates are not allowed",
    "CREATE GRAPH <http://example.org/g>": "updates are not allowed",
    "INSERT DATA { <http://a/s> <http://a/p> }": "updates are not allowed",  # an invalid update is still refused
    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }": "SERVICE is not allowed",
    "SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE SILENT <http://example.org/sparql> { ?s ?q ?x } } }":
        "SERVICE is not allowed",
    "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE ?endpoint { ?s ?p ?o } } }": "SERVICE is not allowed",
    "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <http://x.org/q> { ?s ?p ?o } } } }": "SERVICE is not allowed",
    "ASK { SERVICE <http://example.org/sparql> { ?s ?p ?o } }": "SERVICE is not allowed",
    "SELECT * FROM <http://example.org/remote.ttl> WHERE { ?s ?p ?o }": "FROM <http://example.org/remote.ttl>",
    "SELECT * FROM NAMED <file:///etc/hosts> WHERE { GRAPH ?g { ?s ?p ?o } }": "FROM NAMED <file:///etc/hosts>",
    "PREFIX ex: <http://example.org/> CONSTRUCT { ?s ?p ?o } FROM ex:g WHERE { ?s ?p ?o }": "FROM <http://example.org/g>",
    "SELECT * WHERE { ?s ?p ?o ": "cannot parse",
    "SELEC ?s WHERE { ?s ?p ?o }": "cannot parse",
    "SELECT * WHERE { ?s a nosuchprefix:Thing }": "nosuchprefix",
    "": "empty query",
    "   \n ": "empty query",
}


@pytest.mark.parametrize("query", list(REFUSED))
def test_refused_before_the_store_sees_it(query: str, spy: list[str]) -> None:
    store = ox.Store()
    with pytest.raises(QueryError, match=REFUSED[query]):
        run_query(store, query)
    assert spy == []
    assert len(store) == 0


def test_too_long_query_is_refused() -> None:
    with pytest.raises(QueryError, match="too long"):
        check_query("SELECT * WHERE { ?s ?p ?o } #" + "x" * sparql.MAX_QUERY_CHARS)


@pytest.mark.parametrize(("query", "form"), [
    ("SELECT ?s WHERE { ?s ?p ?o }", "SELECT"),
    ("ASK { ?s ?p ?o }", "ASK"),
    ("CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"),
    ("DESCRIBE <http://example.org/s1>", "DESCRIBE"),
    ("SELECT * FROM <https://w3id.org/exokg/graph> WHERE { ?s ?p ?o }", "SELECT"),
    ("SELECT ?m WHERE { ?m a biolink:MicroRNA ; exokg:curie ?c }", "SELECT"),  # map prefixes need no PREFIX
    ('SELECT * WHERE { ?s ?p "SERVICE <http://x/> LOAD" }', "SELECT"),  # keywords inside strings are data
])
def test_read_only_queries_are_accepted(query: str, form: str) -> None:
    assert check_query(query).form == form


def test_prefixes_can_be_written_out_for_other_endpoints() -> None:
    parsed = check_query("PREFIX ex: <http://example.org/> SELECT ?m WHERE { ?m a biolink:Gene ; ex:p GO:0006915 }")
    text = parsed.with_prefixes()
    assert "PREFIX biolink: <https://w3id.org/biolink/vocab/>" in text
    assert "PREFIX GO: <http://purl.obolibrary.org/obo/GO_>" in text
    assert text.count("PREFIX ex:") == 1
    assert check_query(text).form == "SELECT"


def test_row_limit_truncates_and_says_so() -> None:
    store = _cross_join_store(n=100, distinct=100)
    result = run_query(store, "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s", max_rows=10)
    assert len(result.rows) == 10 and result.truncated
    exact = run_query(store, "SELECT ?s WHERE { ?s ?p ?o }", max_rows=100)
    assert len(exact.rows) == 100 and not exact.truncated
    graph = run_query(store, "CONSTRUCT WHERE { ?s ?p ?o }", max_rows=7)
    assert len(graph.triples) == 7 and graph.truncated
    assert run_query(store, "SELECT ?s WHERE { ?s ?p ?o }", max_rows=0).rows == []


def test_timeout_gives_up_and_the_worker_stops_pulling_rows() -> None:
    store = _cross_join_store()
    started = time.perf_counter()
    with pytest.raises(QueryTimeout, match=r"timed out after 0\.3 s"):
        run_query(store, STREAMING_RUNAWAY, timeout_s=0.3, max_rows=10**9)
    assert time.perf_counter() - started < 2.0
    # the abandoned worker notices at its next row and exits, freeing its slot
    deadline = time.perf_counter() + 5
    while any(t.name == "exokg-sparql" for t in threading.enumerate()) and time.perf_counter() < deadline:
        time.sleep(0.02)
    assert not any(t.name == "exokg-sparql" for t in threading.enumerate())
    assert run_query(store, "ASK { ?s ?p ?o }").boolean is True


def test_caller_is_not_blocked_while_a_query_computes() -> None:
    """pyoxigraph releases the GIL while evaluating: other threads keep running during a query."""
    store = _cross_join_store(n=1200, distinct=30)
    ticks = 0
    stop = threading.Event()

    def ticker() -> None:
        nonlocal ticks
        while not stop.is_set():
            ticks += 1
            time.sleep(0.005)

    t = threading.Thread(target=ticker)
    t.start()
    started = time.perf_counter()
    run_query(store, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?o . ?b ?p ?o . ?c ?p ?o }", timeout_s=30)
    elapsed = time.perf_counter() - started
    stop.set()
    t.join()
    assert elapsed > 0.2, "the query was too quick to show anything"
    assert ticks >= 0.3 * elapsed / 0.005


def test_all_workers_busy_is_refused_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    slots = threading.BoundedSemaphore(1)
    monkeypatch.setattr(sparql, "_WORKERS", slots)
    assert slots.acquire(blocking=False)  # a runaway query holds the only worker
    try:
        started = time.perf_counter()
        with pytest.raises(QueryBusy, match="busy"):
            run_query(ox.Store(), "ASK { ?s ?p ?o }", timeout_s=5)
        assert time.perf_counter() - started < 1.5
    finally:
        slots.release()
    assert run_query(ox.Store(), "ASK { ?s ?p ?o }").boolean is False


def test_process_isolation_kills_a_runaway_query(tmp_path: Path) -> None:
    nt = tmp_path / "data.nt"
    nt.write_text("".join(f"<{EX}s{i}> <{EX}p> \"{i % 30}\" .\n" for i in range(3000)), encoding="utf-8")
    build_store(nt, tmp_path)
    store = open_store(tmp_path)
    assert isinstance(store, Store) and len(store) == 3000
    pool = sparql.process_pool(store.path)
    try:
        ok = run_query(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", isolation="process", timeout_s=60)
        assert ok.rows == [{"n": 3000}]
        worker = pool.idle[0][0]
        with pytest.raises(QueryTimeout, match="worker process was stopped"):
            run_query(store, BLOCKING_RUNAWAY, isolation="process", timeout_s=1.0)
        worker.join(5)
        assert not worker.is_alive()
        again = run_query(store, "ASK { ?s ?p \"7\" }", isolation="process", timeout_s=60)
        assert again.boolean is True
    finally:
        pool.close()


def test_bad_limits_are_refused() -> None:
    with pytest.raises(QueryError, match="timeout"):
        run_query(ox.Store(), "ASK {}", timeout_s=0)
    with pytest.raises(QueryError, match="max_rows"):
        run_query(ox.Store(), "ASK {}", max_rows=-1)
    with pytest.raises(QueryError, match="isolation"):
        run_query(ox.Store(), "ASK {}", isolation="fork")


def test_checking_is_safe_from_many_threads() -> None:
    """rdflib's parser is not thread-safe; check_query serialises it (API workers call it concurrently)."""
    errors: list[BaseException] = []
    forms: list[str] = []

    def work(i: int) -> None:
        try:
            forms.append(check_query(f"SELECT ?s WHERE {{ ?s ?p {i} . OPTIONAL {{ ?s rdfs:label ?l{i} }} }}").form)
            with pytest.raises(QueryError, match="SERVICE"):
                check_query(f"SELECT * WHERE {{ SERVICE <http://x/{i}> {{ ?s ?p ?o }} }}")
        except BaseException as exc:  # collected for the main thread
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and forms == ["SELECT"] * 16
