"""A small hand-made graph (kg.model -> kg.assemble -> kg.graph) served by the API in tests.

The graph is written as an ``exokg build`` output folder (graph.json, documents.jsonl,
statements.jsonl, a plot file and the SPARQL store) once per test session.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from kg.assemble import assemble
from kg.graph import build_graph, to_node_link
from kg.io import write_json, write_jsonl, write_text
from kg.model import (
    BiasAssessment,
    BibEntry,
    CitationMark,
    Document,
    Evidence,
    Polarity,
    PooledEffect,
    Ref,
    Statement,
)

CELL = Ref("CL", "0002540", "mesenchymal stem cell of the bone marrow", "biolink:Cell")
EXO = Ref("exokg", "bmsc_exosome", "BMSC-derived exosome", "biolink:CellularComponent")
MIR21 = Ref("mirbase.mature", "MIMAT0000076", "miR-21", "biolink:MicroRNA")
MIR124 = Ref("mirbase.mature", "MIMAT0000422", "miR-124-3p", "biolink:MicroRNA")
PDCD4 = Ref("HGNC", "8763", "PDCD4", "biolink:Gene")
PTEN = Ref("HGNC", "9588", "PTEN", "biolink:Gene")
NFKB = Ref("HGNC", "7794", "NF-κB", "biolink:Gene")
TNF = Ref("HGNC", "11892", "TNF-α", "biolink:Gene")
PI3K = Ref("GO", "0043491", "PI3K/AKT signaling", "biolink:Pathway")
APOPTOSIS = Ref("GO", "0006915", "apoptotic process", "biolink:BiologicalProcess")
BBB = Ref("exokg", "bbb_score", "BBB locomotor score", "biolink:ClinicalFinding")
LONELY = Ref("CHEBI", "15365", "aspirin", "biolink:SmallMolecule")

ENTITIES = {
    CELL.curie: {"label": CELL.label, "category": CELL.category, "synonyms": ["BMSC", "bone marrow MSC"]},
    EXO.curie: {"label": EXO.label, "category": EXO.category, "synonyms": ["BMSC-Exo", "BMSCs-Exo"]},
    MIR21.curie: {"label": "miR-21", "category": MIR21.category, "synonyms": ["hsa-miR-21-5p", "miR-21-5p"]},
    MIR124.curie: {"label": "miR-124-3p", "category": MIR124.category, "synonyms": ["miR-124"]},
    PDCD4.curie: {"label": "PDCD4", "category": PDCD4.category, "synonyms": ["programmed cell death 4"],
                  "xrefs": ["NCBIGene:27250"]},
    PTEN.curie: {"label": "PTEN", "category": PTEN.category, "synonyms": [], "xrefs": ["NCBIGene:5728"]},
    NFKB.curie: {"label": "NF-κB", "category": NFKB.category, "synonyms": ["NFKB1", "nuclear factor kappa B"]},
    TNF.curie: {"label": "TNF-α", "category": TNF.category, "synonyms": ["TNF", "tumour necrosis factor alpha"]},
    PI3K.curie: {"label": PI3K.label, "category": PI3K.category, "synonyms": ["PI3K-Akt pathway"]},
    APOPTOSIS.curie: {"label": APOPTOSIS.label, "category": APOPTOSIS.category, "synonyms": ["apoptosis"],
                      "broader": ["GO:0008219"]},
    "GO:0008219": {"label": "cell death", "category": "biolink:BiologicalProcess"},  # named by no claim
    BBB.curie: {"label": BBB.label, "category": BBB.category, "synonyms": ["BBB score"],
                "measures": ["exokg:motor_function"]},
    "exokg:motor_function": {"label": "motor function", "category": "biolink:PhenotypicFeature"},  # named by no claim
}

# (subject, predicate, object, polarity, document, sentence, hedged, cited keys)
CLAIMS = [
    (EXO, "derived_from", CELL, Polarity.NONE, "li2025", "BMSC-Exo are secreted by bone marrow MSCs.", False, ["1"]),
    (EXO, "carries", MIR21, Polarity.NONE, "li2025", "BMSC-Exo carry miR-21.", False, ["2"]),
    (EXO, "carries", MIR124, Polarity.NONE, "li2025", "BMSC-Exo also carry miR-124.", False, ["3"]),
    (MIR21, "targets", PDCD4, Polarity.NEGATIVE, "li2025", "miR-21 targets PDCD4.", False, ["4"]),
    (MIR21, "targets", PTEN, Polarity.NEGATIVE, "li2025", "miR-21 directly targets PTEN.", False, ["5"]),
    (MIR21, "targets", PTEN, Polarity.NEGATIVE, "li2025", "PTEN is a target of miR-21.", False, ["6"]),
    (PTEN, "decreases", PI3K, Polarity.NEGATIVE, "li2025", "PTEN inhibits PI3K/AKT signalling.", False, ["7"]),
    (PI3K, "decreases", APOPTOSIS, Polarity.NEGATIVE, "ye2024", "PI3K/AKT may reduce apoptosis.", True, []),
    (MIR124, "decreases", NFKB, Polarity.NEGATIVE, "li2025", "miR-124 suppresses NF-κB.", False, ["8"]),
    (NFKB, "increases", TNF, Polarity.POSITIVE, "ye2024", "NF-κB raises TNF-α.", False, []),
    (EXO, "decreases", APOPTOSIS, Polarity.NEGATIVE, "ye2024", "BMSC-Exo reduced apoptosis.", False, []),
    (EXO, "increases", APOPTOSIS, Polarity.POSITIVE, "li2025", "BMSC-Exo might increase apoptosis.", True, []),
    (EXO, "increases", BBB, Polarity.POSITIVE, "ye2024", "BMSC-Exo improved the BBB score.", False, []),
]


def _documents(claims: list[tuple] = CLAIMS) -> tuple[list[Document], list[Statement]]:
    texts: dict[str, list[tuple[str, int, int]]] = {"li2025": [], "ye2024": []}
    statements = []
    for subj, pred, obj, pol, doc, sentence, hedged, keys in claims:
        parts = texts[doc]
        start = sum(len(s) + 1 for s, _, _ in parts)
        parts.append((sentence, start, start + len(sentence)))
        cites = tuple(BibEntry(key=k, text=f"Study {k}.", doi=f"10.1000/study.{k}", year=2020) for k in keys)
        ev = Evidence(document_id=doc, sentence=sentence, start=start, end=start + len(sentence),
                      section="Results", citations=cites, extractor="test", hedged=hedged, rule="hand")
        statements.append(Statement(subj, pred, obj, pol, evidence=(ev,)))
    docs = []
    for doc_id, title, year in (("li2025", "MSC exosomes in spinal cord injury: a review", 2025),
                                ("ye2024", "BMSC exosomes in rat SCI: a meta-analysis", 2024)):
        text = " ".join(s for s, _, _ in texts[doc_id])
        bib = tuple(BibEntry(key=str(k), text=f"Study {k}.", doi=f"10.1000/study.{k}", year=2020)
                    for k in range(1, 9)) if doc_id == "li2025" else ()
        marks = tuple(CitationMark(end, end, (str(i + 1),)) for i, (_, _, end) in enumerate(texts[doc_id]))
        docs.append(Document(id=doc_id, text=text, title=title, authors=("Li X", "Wang C"), year=year,
                             doi=f"10.1000/{doc_id}", licence="CC BY", bibliography=bib,
                             citations=marks if doc_id == "li2025" else ()))
    return docs, statements


def make_graph(plot_dir: Path | None = None, claims: list[tuple] = CLAIMS,
               entities: dict[str, dict] = ENTITIES) -> nx.MultiDiGraph:
    docs, statements = _documents(claims)
    sentence = "BBB scores improved (WMD 3.21, 95% CI 2.50 to 3.92; I² = 87%)."
    effects = [
        PooledEffect("WMD", 3.21, 2.50, 3.92, EXO, BBB, population="rats with SCI", comparator="PBS", k=20,
                     i2=87.0, model="random", source="reported",
                     evidence=Evidence("ye2024", sentence, 0, len(sentence)),
                     plots=(str((plot_dir or Path("/nonexistent")) / "bbb_forest.svg"),
                            "/elsewhere/missing_funnel.png"),
                     bias=(BiasAssessment("funnel_plot", asymmetry=True,
                                          evidence=Evidence("ye2024", sentence, 0, len(sentence))),)),
        PooledEffect("SMD", -1.5, -2.1, -0.9, EXO, APOPTOSIS, k=8, i2=40.0, tau2=0.1, model="random",
                     method="REML", source="computed", provenance="studies.csv"),
    ]
    graph = build_graph(assemble(statements), effects, entities, docs)
    graph.add_node(LONELY.curie, id=LONELY.curie, label=LONELY.label, category=LONELY.category, synonyms=[],
                   xrefs=[], kind="Entity")
    return graph


# A later build: one more paper's worth of claims (a microRNA and its target gene).
MIR146A = Ref("mirbase.mature", "MIMAT0000449", "miR-146a-5p", "biolink:MicroRNA")
TRAF6 = Ref("HGNC", "12036", "TRAF6", "biolink:Gene")
REBUILT_CLAIMS = [*CLAIMS,
                  (EXO, "carries", MIR146A, Polarity.NONE, "li2025", "BMSC-Exo carry miR-146a.", False, ["2"]),
                  (MIR146A, "targets", TRAF6, Polarity.NEGATIVE, "li2025", "miR-146a targets TRAF6.", False, ["4"])]
REBUILT_ENTITIES = {**ENTITIES,
                    MIR146A.curie: {"label": MIR146A.label, "category": MIR146A.category, "synonyms": ["miR-146a"]},
                    TRAF6.curie: {"label": TRAF6.label, "category": TRAF6.category, "synonyms": []}}


def write_build(out: Path, *, rebuilt: bool = False, documents: bool = True, record: bool = True) -> nx.MultiDiGraph:
    """graph.json, then documents.jsonl, then build.json, each renamed into place as ``exokg build``
    writes them (the RDF, store and view it writes between the last two are left out).

    ``rebuilt``: the later build (adds miR-146a-5p and TRAF6); ``documents=False`` stops after graph.json,
    ``record=False`` before build.json.
    """
    from kg.manifest import MANIFEST_FORMAT, MANIFEST_NAME
    from kg.pipeline import document_record

    claims, entities = (REBUILT_CLAIMS, REBUILT_ENTITIES) if rebuilt else (CLAIMS, ENTITIES)
    graph = make_graph(out / "plots", claims, entities)
    write_json(out / "graph.json", to_node_link(graph))
    if documents:
        docs, _ = _documents(claims)
        write_jsonl(out / "documents.jsonl", (document_record(d) for d in docs))
        if record:
            write_json(out / MANIFEST_NAME, {
                "format": MANIFEST_FORMAT, "run": "add" if rebuilt else "build", "finished": "2025-06-02T09:14:36Z",
                "exokg_version": "0.1.0", "extractor_version": "rebuilt" if rebuilt else "first",
                "documents": len(docs), "skipped": [{"source": "scan.pdf", "reason": "no text layer"}], "merged": [],
                "excluded": [],
            })
    return graph


@pytest.fixture(scope="session")
def build_writer():
    """:func:`write_build`, for tests that write (and rewrite) an output folder of their own."""
    return write_build


@pytest.fixture(scope="session")
def api_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An output folder as ``exokg build`` writes it, for the hand-made graph."""
    from kg.store import build_store

    out = tmp_path_factory.mktemp("api_out")
    plots = out / "plots"
    graph = write_build(out)
    write_text(plots / "bbb_forest.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>')
    write_text(out / "secret.txt", "not a plot")
    build_store(graph, out)
    return out


@pytest.fixture(scope="session")
def api_app(api_out: Path):
    from api.app import create_app

    return create_app(api_out)


@pytest.fixture(scope="session")
def client(api_app):
    from fastapi.testclient import TestClient

    with TestClient(api_app) as c:
        yield c


@pytest.fixture(scope="session")
def reference_graph(api_out: Path) -> nx.MultiDiGraph:
    """The served graph read back independently (networkx node-link), as the reference."""
    data = json.loads((api_out / "graph.json").read_text(encoding="utf-8"))
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
