"""`exokg build` end to end on the bundled papers: outputs, the mechanism chain, determinism, errors."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest

from kg.cli import main
from kg.graph import from_node_link
from kg.pico import is_link

ROOT = Path(__file__).resolve().parents[2]
OUTPUTS = ["graph.json", "kg.ttl", "kg.html", "statements.jsonl", "effects.csv", "mentions.jsonl",
           "documents.jsonl"]
SOURCE_CATEGORIES = {"biolink:Cell"}
VESICLE_CATEGORIES = {"biolink:CellularComponent"}
MIRNA_CATEGORIES = {"biolink:MicroRNA"}
GENE_CATEGORIES = {"biolink:Gene", "biolink:Protein", "biolink:GeneProduct"}
END_CATEGORIES = {"biolink:Pathway", "biolink:BiologicalProcess", "biolink:PhenotypicFeature",
                  "biolink:ClinicalFinding", "biolink:CellularProcess", "biolink:BehavioralFeature",
                  "biolink:Cell"}


@pytest.fixture(scope="module")
def graph(built) -> nx.MultiDiGraph:
    return from_node_link(json.loads((built.out_dir / "graph.json").read_text(encoding="utf-8")))


def test_every_output_is_written(built) -> None:
    for name in OUTPUTS:
        path = built.out_dir / name
        assert path.is_file() and path.stat().st_size > 0, name
    assert not list(built.out_dir.glob(".*.tmp")), "temporary files left behind"


def test_nodes_and_edges_carry_the_promised_fields(graph: nx.MultiDiGraph) -> None:
    assert graph.number_of_nodes() > 20
    for node, data in graph.nodes(data=True):
        assert data["id"] == node and ":" in node
        assert data["label"]
        assert data["category"].startswith("biolink:")
        assert isinstance(data["synonyms"], list)
    statement_edges = [d for *_, d in graph.edges(data=True) if d.get("evidence")]
    assert statement_edges
    for _, _, data in graph.edges(data=True):
        assert data["predicate"].startswith(("biolink:", "exokg:"))
        assert data["polarity"] in {"+", "-", "0"}
        if is_link(data):  # a pooled effect's or population's link: no belief of its own
            continue
        assert 0 < data["belief"] <= 1
        for ev in data["evidence"]:
            assert ev["document"] and ev["sentence"] and ev["end"] > ev["start"]


def test_evidence_offsets_point_at_the_sentence(built) -> None:
    texts = {d.id: d.text for d in built.documents}
    for st in built.statements:
        for ev in st.evidence:
            assert texts[ev.document_id][ev.start:ev.end] == ev.sentence


def _edges(graph: nx.MultiDiGraph, source: str, relations: set[str]) -> list[tuple[str, dict]]:
    return [(v, d) for _, v, d in graph.out_edges(source, data=True) if d.get("relation") in relations]


def test_graph_holds_a_full_mechanism_chain_with_evidence(graph: nx.MultiDiGraph) -> None:
    """MSC source -> exosome -> miRNA -> target gene -> pathway or process/outcome."""
    cat = nx.get_node_attributes(graph, "category")
    chains = []
    for vesicle in [n for n in graph if cat[n] in VESICLE_CATEGORIES]:
        sources = [v for v, d in _edges(graph, vesicle, {"derived_from"}) if cat[v] in SOURCE_CATEGORIES]
        mirnas = [v for v, d in _edges(graph, vesicle, {"carries"}) if cat[v] in MIRNA_CATEGORIES]
        for source in sources:
            for mirna in mirnas:
                for gene, _ in _edges(graph, mirna, {"targets", "decreases"}):
                    if cat[gene] not in GENE_CATEGORIES:
                        continue
                    for end, _ in _edges(graph, gene, {"increases", "decreases", "regulates", "participates_in"}):
                        if cat[end] in END_CATEGORIES:
                            chains.append((source, vesicle, mirna, gene, end))
    assert chains, "no MSC source -> vesicle -> miRNA -> gene -> pathway/process chain"
    labels = {tuple(graph.nodes[n]["label"].lower() for n in chain) for chain in chains}
    assert any("mir-124-3p" in c[2] and c[3].lower() == "ern1" for c in labels), labels
    for source, vesicle, mirna, gene, end in chains:
        for u, v in [(vesicle, source), (vesicle, mirna), (mirna, gene), (gene, end)]:
            edge_evidence = [d["evidence"] for d in graph.get_edge_data(u, v).values()]
            assert any(edge_evidence), (u, v)


def test_effects_csv_lists_the_reported_pooled_effects(built) -> None:
    with (built.out_dir / "effects.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    reported = [r for r in rows if r["source"] == "reported"]
    assert len(reported) >= 10
    bbb = [r for r in reported if "BBB" in r["outcome_label"]]
    assert bbb and float(bbb[0]["estimate"]) == pytest.approx(3.47)
    assert (bbb[0]["organism"], bbb[0]["condition"], bbb[0]["comparator_id"]) == (
        "NCBITaxon:10116", "MONDO:0043797", "exokg:Placebo_Vehicle")
    # "The results indicated that the funnel plot was asymmetric" (3.4.5), said of the BBB score only
    assert [r["publication_bias"] for r in rows if r["publication_bias"]] == ["funnel plot: asymmetry"]
    assert bbb[0]["publication_bias"] == "funnel plot: asymmetry"


def test_rebuilding_gives_identical_files(built, tmp_path: Path) -> None:
    from kg.pipeline import build

    again = build(ROOT / "data" / "corpus", tmp_path, progress=False)
    for name in OUTPUTS:
        assert (again.out_dir / name).read_bytes() == (built.out_dir / name).read_bytes(), name


def test_summary_is_printed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "note.md").write_text(
        "# Note\n\nExosomes derived from BM-MSCs carrying miR-124-3p downregulate Ern1.\n", encoding="utf-8")
    assert main(["build", "--corpus", str(corpus), "--out", str(tmp_path / "out")]) == 0
    printed = capsys.readouterr().out
    assert "1 documents" in printed and "mentions" in printed and "statements" in printed
    assert "pooled effects" in printed


def test_bad_corpus_path_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--corpus", str(tmp_path / "missing"), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert "does not exist" in err and "Traceback" not in err


def test_failed_build_keeps_previous_output(built, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text("# A\n\nExosomes derived from BM-MSCs reduce apoptosis.\n", encoding="utf-8")
    assert main(["build", "--corpus", str(corpus), "--out", str(out), "--quiet"]) == 0
    before = (out / "graph.json").read_bytes()
    (corpus / "manifest.json").write_text("{not json", encoding="utf-8")
    assert main(["build", "--corpus", str(corpus), "--out", str(out), "--quiet"]) == 2
    assert "manifest" in capsys.readouterr().err
    assert (out / "graph.json").read_bytes() == before


def test_forms_written_in_the_papers_become_synonyms(graph: nx.MultiDiGraph) -> None:
    synonyms = {n: {s.casefold() for s in d["synonyms"]} for n, d in graph.nodes(data=True)}
    assert "bmscs-exo" in synonyms["exokg:BMSC_Exo"]
    mirna_forms = set().union(*(s for n, s in synonyms.items() if graph.nodes[n]["category"] == "biolink:MicroRNA"))
    assert {"mir-21", "mirna-21"} <= mirna_forms
    assert "exosomes derived from git1-overexpressing bone marrow mesenchymal stem cells" not in synonyms[
        "exokg:BMSC_Exo"], "descriptive phrases are not synonyms"


def test_statements_jsonl_counts_support_as_the_graph_does(tmp_path: Path) -> None:
    """Reference "[1]" of one paper and "[1]" of another are two studies, in both files."""
    from kg.pipeline import build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("a", "b"):
        (corpus / f"{name}.md").write_text(
            f"# Paper {name}\n\n## Results\n\nBMSCs-Exo reduced apoptosis.<sup>1</sup>\n\n"
            f"## References\n\n- Author{name} X. A different study. *J.* 2020;1:1.\n", encoding="utf-8")
    result = build(corpus, tmp_path / "out", progress=False)
    edges = {d["id"]: d["support"] for *_, d in result.graph.edges(data=True) if d.get("evidence")}
    rows = [json.loads(line) for line in (result.out_dir / "statements.jsonl").read_text().splitlines()]
    assert rows and all(row["support"] == edges[row["id"]] for row in rows)
    assert max(row["support"] for row in rows) == 2
