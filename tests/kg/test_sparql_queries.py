"""Every shipped query (ontologies/queries/*.rq) against the hand-made fixture, with known answers.

Each query runs on the embedded pyoxigraph store and on rdflib's memory store; both engines
must agree, and the answers must be the ones the fixture was designed to give.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.rdf import graph_to_rdf, write_rdf
from kg.sparql import QueryResult, check_query, format_table, run_query, shipped_queries
from kg.store import build_store, memory_store

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("_exokg_queries_fixture", HERE / "test_sparql_fixture.py")
assert _spec and _spec.loader
F = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(F)

QUERIES = shipped_queries()


@pytest.fixture(scope="module")
def rdf() -> rdflib.Graph:
    return graph_to_rdf(F.fixture_graph())


@pytest.fixture(scope="module")
def store(rdf: rdflib.Graph):
    return memory_store(rdf)


def answer(store, name: str) -> QueryResult:
    return run_query(store, QUERIES[name].read_text(encoding="utf-8"))


def test_queries_are_shipped_and_documented() -> None:
    readme = (next(iter(QUERIES.values())).parent / "README.md").read_text(encoding="utf-8")
    assert len(QUERIES) >= 6
    for name, path in QUERIES.items():
        assert name in readme, f"{name} is not documented in ontologies/queries/README.md"
        assert path.read_text(encoding="utf-8").startswith("#"), f"{name} lacks a leading comment"
        check_query(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_embedded_store_and_rdflib_agree(name: str, store, rdf: rdflib.Graph) -> None:
    ours, theirs = answer(store, name), answer(rdf, name)
    assert ours.form == theirs.form
    if ours.form == "SELECT":
        assert ours.variables == theirs.variables
        assert ours.rows == theirs.rows
    elif ours.form == "ASK":
        assert ours.boolean == theirs.boolean
    else:
        assert isomorphic(ours.graph, theirs.graph)


def test_bmsc_mirnas_that_decrease_pi3k_akt_members(store) -> None:
    result = answer(store, "bmsc_mirnas_pi3k_akt")
    rows = result.rows
    assert {(r["mirnaLabel"], r["geneLabel"]) for r in rows} == F.PI3K_MIRNAS
    # miR-126-3p (UC-MSC exosomes) and miR-124-3p -> TNF (not a pathway member) are excluded
    assert not {r["mirnaLabel"] for r in rows} & {"miR-126-3p"}
    assert "TNF" not in {r["geneLabel"] for r in rows}
    # every evidence sentence is there, with document and cited DOI
    mir21 = sorted((r["document"], r["sentence"], r["citedDoi"]) for r in rows if r["mirnaLabel"] == "miR-21-5p")
    assert mir21 == [("li2025", "miR-21-5p directly targets PTEN.", "10.1000/mir21.pten"),
                     ("ye2024", "miR-21 may suppress PTEN.", None)]
    assert {r["relation"] for r in rows} == {"targets", "decreases"}
    # the pooled effect on BBB score rides along, with typed numbers
    estimate, low, high, k = F.BBB_WMD
    for r in rows:
        assert (r["measure"], r["estimate"], r["ciLow"], r["ciHigh"], r["k"]) == ("WMD", estimate, low, high, k)
        assert isinstance(r["k"], int) and isinstance(r["estimate"], float)


def test_mirna_targets(store) -> None:
    rows = answer(store, "mirna_targets").rows
    assert [(r["mirnaLabel"], r["targetLabel"], r["support"], r["sentences"]) for r in rows] == \
        [("miR-21-5p", "PTEN", 2, 2)]
    # belief = 1 - (1 - 0.65) * (1 - 0.65 * 0.5): one full and one hedged study
    assert rows[0]["belief"] == pytest.approx(1 - 0.35 * 0.675, abs=1e-4)


def test_pooled_effects(store) -> None:
    rows = answer(store, "pooled_effects").rows
    assert [(r["outcomeLabel"], r["measure"], r["estimate"], r["k"], r["i2"], r["source"], r["significant"])
            for r in rows] == [("BBB locomotor score", "WMD", 3.47, 22, 83.0, "reported", True),
                               ("apoptotic process", "SMD", -2.89, 8, 61.5, "computed", True)]
    taxon = "http://purl.obolibrary.org/obo/NCBITaxon_10116"
    assert [(r["populationLabel"], r["taxon"], r.get("comparatorLabel")) for r in rows] == [
        ("SCI rats", taxon, "placebo (saline or PBS vehicle)"), ("SCI rats", taxon, None)]


def test_publication_bias(store) -> None:
    rows = answer(store, "publication_bias").rows
    assert [(r["outcomeLabel"], r["method"], r.get("asymmetry"), r.get("pValue"), r.get("pValueBelow"),
             r.get("filled"), r.get("adjustedEstimate"), r.get("failSafeN"), r["source"]) for r in rows] == [
        ("BBB locomotor score", "begg", True, None, 0.001, None, None, None, "reported"),
        ("BBB locomotor score", "egger", True, 0.006, None, None, None, None, "reported"),
        ("BBB locomotor score", "fail_safe_n", None, None, None, None, None, 1245, "reported"),
        ("BBB locomotor score", "funnel_plot", True, None, None, None, None, None, "reported"),
        ("BBB locomotor score", "trim_and_fill", True, None, None, 5, 2.61, None, "reported")]
    assert rows[3]["sentence"] == "The funnel plot was asymmetric."


def test_contradictions(store) -> None:
    rows = answer(store, "contradictions").rows
    assert [(r["subjectLabel"], r["objectLabel"], r["positiveSentences"], r["negativeSentences"]) for r in rows] == \
        [("miR-126-3p", "axon regeneration", 1, 1)]
    assert answer(store, "has_contradictions").boolean is True


def test_mechanism_chains(store) -> None:
    rows = answer(store, "mechanism_chains").rows
    chains = {(r["exosomeLabel"], r["mirnaLabel"], r["polarity"], r["geneLabel"]) for r in rows}
    assert chains == {("BMSC-derived exosomes", "miR-21-5p", "-", "PTEN"),
                      ("BMSC-derived exosomes", "miR-124-3p", "-", "PIK3CA"),
                      ("UC-MSC-derived exosomes", "miR-126-3p", "-", "AKT1")}
    assert all(r["pathwayLabel"] == "PI3K/AKT signaling" for r in rows)
    assert all(0 < r["chainBelief"] <= 1 for r in rows)


def test_documents(store) -> None:
    rows = answer(store, "documents").rows
    assert [(r["document"], r["year"], r["doi"]) for r in rows] == \
        [("li2025", None, None), ("ye2024", "2024", "10.3389/fnmol.2024.1448777")]
    assert all(r["statements"] > 0 for r in rows)


def test_prepared_vesicles(store) -> None:
    rows = answer(store, "prepared_vesicles").rows
    assert {(r["vesicleLabel"], r["relation"], r["objectLabel"], r["setting"], r["value"]) for r in rows} == F.PREPARED
    assert all(r["sentences"] == 1 and 0 < r["belief"] <= 1 for r in rows)


def test_mechanism_subgraph_is_a_graph(store) -> None:
    result = answer(store, "mechanism_subgraph")
    g = result.graph
    ex = rdflib.Namespace("https://w3id.org/exokg/")
    mir21 = rdflib.URIRef("https://identifiers.org/mirbase.mature:MIMAT0000076")
    assert (mir21, ex.targets, rdflib.URIRef("https://identifiers.org/hgnc:9588")) in g
    assert (rdflib.URIRef("https://w3id.org/exokg/bmsc_exosome"), ex.carries, mir21) in g
    assert rdflib.Graph().parse(data=result.to_turtle(), format="turtle").isomorphic(g)
    assert len(json.loads(result.to_jsonld())["@graph"]) > 5


def test_cli_runs_a_shipped_query_by_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import kg.sparql as cli

    build_store(write_rdf(F.fixture_graph(), tmp_path, formats=("turtle",), exports=()), tmp_path)
    parser = argparse.ArgumentParser()
    cli.configure(parser)
    assert cli.run(parser.parse_args(["mirna_targets", "--out", str(tmp_path), "--format", "csv"])) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("mirnaLabel,targetLabel,belief")
    assert out[1].startswith("miR-21-5p,PTEN,")
    assert cli.run(parser.parse_args(["pooled_effects", "--out", str(tmp_path)])) == 0
    table = capsys.readouterr().out
    assert "BBB locomotor score" in table and "3.47" in table
    assert cli.run(parser.parse_args(["--list"])) == 0
    assert "bmsc_mirnas_pi3k_akt" in capsys.readouterr().out


def test_format_table_shortens_iris(store) -> None:
    table = format_table(answer(store, "mirna_targets"))
    assert "mirbase.mature:MIMAT0000076" in table and "https://" not in table


@pytest.mark.parametrize("name", ["bmsc_mirnas_pi3k_akt", "mechanism_chains", "pooled_effects", "mirna_targets",
                                  "publication_bias"])
def test_shipped_queries_answer_on_the_bundled_papers(built, name: str) -> None:
    """The examples are useful on the real graph, not only on the hand-made fixture."""
    from kg.store import open_store

    rows = run_query(open_store(built.out_dir), QUERIES[name].read_text(encoding="utf-8")).rows
    assert rows, f"{name} finds nothing in the graph built from the bundled papers"
    if name == "bmsc_mirnas_pi3k_akt":
        assert {r["geneLabel"] for r in rows} >= {"PTEN"}
        assert all(r["estimate"] is not None and float(r["estimate"]) == pytest.approx(3.47) for r in rows)
