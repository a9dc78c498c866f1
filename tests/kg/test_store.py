"""The embedded store: built atomically under <out>/store, opened read-only, clear errors."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.rdf import graph_to_rdf, write_rdf
from kg.sparql import run_query
from kg.store import build_store, memory_store, open_store

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("_exokg_store_fixture", HERE / "test_sparql_fixture.py")
assert _spec and _spec.loader
F = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(F)

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.fixture(scope="module")
def graph():
    return F.fixture_graph()


def test_store_from_graph_and_from_turtle_hold_the_same_triples(graph, tmp_path: Path) -> None:
    expected = len(graph_to_rdf(graph))
    ttl = write_rdf(graph, tmp_path / "a", formats=("turtle",), exports=())
    build_store(ttl, tmp_path / "a")
    build_store(graph, tmp_path / "b")
    for folder in ("a", "b"):
        store = open_store(tmp_path / folder)
        assert len(store) == expected
        assert run_query(store, COUNT).rows == [{"n": expected}]
    assert len(memory_store(graph)) == expected


def test_rebuild_swaps_atomically_and_old_readers_notice(graph, tmp_path: Path) -> None:
    build_store(graph, tmp_path)
    first = open_store(tmp_path)
    assert not first.is_stale()
    smaller = graph.copy()
    smaller.remove_node(F.PTEN.curie)
    build_store(smaller, tmp_path)
    assert first.is_stale()
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")], "temporary folders left behind"
    second = open_store(tmp_path)
    assert len(second) < len(graph_to_rdf(graph))
    assert run_query(second, "ASK { ?s rdfs:label \"PTEN\" }").boolean is False


def test_failed_build_keeps_the_previous_store(graph, tmp_path: Path) -> None:
    build_store(graph, tmp_path)
    before = len(open_store(tmp_path))
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix : <http://e/> .\n:a :b ", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.ttl: not valid RDF"):
        build_store(bad, tmp_path)
    assert len(open_store(tmp_path)) == before
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".store")]


def test_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no SPARQL store; run 'exokg build"):
        open_store(tmp_path)
    with pytest.raises(InputError, match=r"no kg\.nt or kg\.ttl"):
        open_store(tmp_path, in_memory=True)
    with pytest.raises(InputError, match="no such RDF file"):
        build_store(tmp_path / "missing.ttl", tmp_path)


def test_in_memory_open_reads_the_written_graph(graph, tmp_path: Path) -> None:
    write_rdf(graph, tmp_path, formats=("nt",), exports=())
    store = open_store(tmp_path, in_memory=True)
    assert store.path is None and len(store) == len(graph_to_rdf(graph))


def test_two_read_only_handles_share_the_store(graph, tmp_path: Path) -> None:
    build_store(graph, tmp_path)
    a, b = open_store(tmp_path), open_store(tmp_path)
    assert run_query(a, COUNT).rows == run_query(b, COUNT).rows


def test_ntriples_loaded_in_slices_hold_every_triple(graph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.store

    write_rdf(graph, tmp_path, formats=("nt",), exports=())
    nt = tmp_path / "kg.nt"
    expected = len(graph_to_rdf(graph))
    monkeypatch.setattr(kg.store, "LOAD_CHUNK_LINES", 100)  # about ten slices
    build_store(nt, tmp_path / "sliced")
    assert len(open_store(tmp_path / "sliced")) == expected
    bad = tmp_path / "bad.nt"
    bad.write_text(nt.read_text(encoding="utf-8") + "<http://e/a> <http://e/b> .\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.nt: not valid RDF"):
        build_store(bad, tmp_path / "sliced")
    assert len(open_store(tmp_path / "sliced")) == expected
