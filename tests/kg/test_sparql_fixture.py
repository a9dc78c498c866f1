"""A small hand-made exokg graph with known answers, shared by the RDF, SPARQL and store tests.

It is built the way the pipeline builds the real graph (kg.model -> kg.assemble ->
kg.graph.build_graph), so it has exactly the real shape, but its content is chosen so that
every shipped query in ontologies/queries/ has a known, non-trivial answer:

* BMSC exosomes (exokg:bmsc_exosome) carry miR-21-5p and miR-124-3p; UC-MSC exosomes carry
  miR-126-3p. miR-21-5p targets PTEN and miR-124-3p decreases PIK3CA (both members of
  PI3K/AKT signalling, GO:0043491); miR-124-3p also decreases TNF (not a PI3K/AKT member);
  miR-126-3p decreases AKT1 but rides on UC-MSC exosomes, so it is not a BMSC answer.
* A negated-only reading is dropped by assembly; a contradiction (miR-126-3p +/- axon
  regeneration) is flagged.
* Pooled effects: BMSC exosomes on BBB score (WMD 3.47 [2.54, 4.40], k=22, I2=83 %, reported,
  against a placebo vehicle) and on apoptosis (SMD -2.89 [-3.70, -2.08], k=8, computed REML with
  tau2, Q, SE, p), both in one population: SCI rats (NCBITaxon:10116 with MONDO:0043797).

Other test modules load this file with :func:`load` (tests run in importlib mode).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import networkx as nx

from kg.assemble import assemble
from kg.graph import build_graph
from kg.model import (
    BiasAssessment,
    BibEntry,
    Document,
    Evidence,
    Polarity,
    PooledEffect,
    Ref,
    Statement,
    qualifiers,
)
from kg.pico import PLACEBO_VEHICLE, RAT, SCI

YE = Document(
    id="ye2024",
    text="x" * 4000,
    title="Repair of spinal cord injury by bone marrow mesenchymal stem cell-derived exosomes",
    authors=("Ye Z", "Zheng Y", "Li N"),
    journal="Frontiers in Molecular Neuroscience",
    year=2024,
    doi="10.3389/fnmol.2024.1448777",
    licence="CC BY 4.0",
    species="rat",
)
LI = Document(
    id="li2025",
    text="y" * 4000,
    title="Mesenchymal Stem Cell-Derived Exosomes: A Promising Therapeutic Strategy for Spinal Cord Injury",
    authors=("Li X", "Wang C"),
    journal="International Journal of Nanomedicine",
    licence="CC BY-NC 3.0",
)

BMSC = Ref("CL", "0002540", "mesenchymal stem cell of the bone marrow", "biolink:Cell")
BMSC_EXO = Ref("exokg", "bmsc_exosome", "BMSC-derived exosomes", "biolink:CellularComponent")
UC_EXO = Ref("exokg", "ucmsc_exosome", "UC-MSC-derived exosomes", "biolink:CellularComponent")
MIR21 = Ref("mirbase.mature", "MIMAT0000076", "miR-21-5p", "biolink:MicroRNA")
MIR124 = Ref("mirbase.mature", "MIMAT0000422", "miR-124-3p", "biolink:MicroRNA")
MIR126 = Ref("mirbase.mature", "MIMAT0000445", "miR-126-3p", "biolink:MicroRNA")
PTEN = Ref("HGNC", "9588", "PTEN", "biolink:Gene")
PIK3CA = Ref("HGNC", "8975", "PIK3CA", "biolink:Gene")
AKT1 = Ref("HGNC", "391", "AKT1", "biolink:Gene")
TNF = Ref("HGNC", "11892", "TNF", "biolink:Gene")
PI3K_AKT = Ref("GO", "0043491", "PI3K/AKT signaling", "biolink:Pathway")
AXON_REGEN = Ref("GO", "0031103", "axon regeneration", "biolink:BiologicalProcess")
APOPTOSIS = Ref("GO", "0006915", "apoptotic process", "biolink:BiologicalProcess")
BBB = Ref("exokg", "bbb_score", "BBB locomotor score", "biolink:ClinicalFinding")

CITE_97 = BibEntry(key="97", text="Zhao Y et al. miR-21 and PTEN.", doi="10.1000/mir21.pten", year=2020,
                   first_author="Zhao Y")
CITE_12 = BibEntry(key="12", text="Kang J et al. miR-124 in SCI.", pmid="31234567", year=2019, first_author="Kang J")

# Known answers of the shipped queries on this graph (checked by tests/kg/test_sparql_queries.py).
PI3K_MIRNAS = {("miR-21-5p", "PTEN"), ("miR-124-3p", "PIK3CA")}
BBB_WMD = (3.47, 2.54, 4.40, 22)
PREPARED = {("UC-MSC-derived exosomes", "decreases", "apoptotic process", "preconditioning", "hypoxia"),
            ("BMSC-derived exosomes", "increases", "axon regeneration", "engineered_with", "miR-21-5p")}


def ev(doc: Document, start: int, sentence: str, *, cites: tuple[BibEntry, ...] = (), hedged: bool = False,
       negated: bool = False, rule: str = "fixture") -> Evidence:
    return Evidence(document_id=doc.id, sentence=sentence, start=start, end=start + len(sentence),
                    section="Discussion", subject_span=(start, start + 5), object_span=(start + 10, start + 15),
                    citations=cites, extractor="fixture", extractor_version="1", hedged=hedged, negated=negated,
                    rule=rule)


def statements() -> list[Statement]:
    s = Statement
    pos, neg, none = Polarity.POSITIVE, Polarity.NEGATIVE, Polarity.NONE
    return [
        s(BMSC_EXO, "derived_from", BMSC, none, evidence=(ev(YE, 100, "BMSCs secrete exosomes (BMSCs-Exo)."),)),
        s(BMSC_EXO, "carries", MIR21, none, evidence=(
            ev(LI, 200, "BMSC-derived exosomes carry miR-21-5p.", cites=(CITE_97,)),
            ev(YE, 300, "BMSCs-Exo are enriched in miR-21."),
        )),
        s(BMSC_EXO, "carries", MIR124, none, evidence=(ev(LI, 400, "Exosomal miR-124-3p from BMSCs ...",
                                                          cites=(CITE_12,)),)),
        s(UC_EXO, "carries", MIR126, none, evidence=(ev(LI, 500, "UC-MSC exosomes deliver miR-126-3p."),)),
        s(MIR21, "targets", PTEN, neg, evidence=(
            ev(LI, 600, "miR-21-5p directly targets PTEN.", cites=(CITE_97,)),
            ev(YE, 700, "miR-21 may suppress PTEN.", hedged=True),
        )),
        s(MIR124, "decreases", PIK3CA, neg, qualifiers(species="rat", anatomy="spinal cord"),
          evidence=(ev(LI, 800, "miR-124-3p lowers PIK3CA expression in rat spinal cord.", cites=(CITE_12,)),)),
        s(MIR124, "decreases", TNF, neg, evidence=(ev(LI, 900, "miR-124-3p reduces TNF-α."),)),
        s(MIR126, "decreases", AKT1, neg, evidence=(ev(LI, 1000, "miR-126-3p inhibits AKT1."),)),
        s(MIR126, "increases", AXON_REGEN, pos, evidence=(ev(LI, 1100, "miR-126-3p promotes axon regrowth."),)),
        s(MIR126, "decreases", AXON_REGEN, neg, evidence=(ev(YE, 1200, "miR-126-3p curbs axon regrowth."),)),
        s(PTEN, "participates_in", PI3K_AKT, none, evidence=(ev(LI, 1300, "PTEN antagonises PI3K/AKT."),)),
        s(PIK3CA, "participates_in", PI3K_AKT, none, evidence=(ev(LI, 1400, "PIK3CA is the PI3K catalytic unit."),)),
        s(AKT1, "participates_in", PI3K_AKT, none, evidence=(ev(LI, 1500, "AKT1 is the kinase of PI3K/AKT."),)),
        s(BMSC_EXO, "increases", BBB, pos, evidence=(ev(YE, 1600, "BMSCs-Exo improved BBB scores."),)),
        s(BMSC_EXO, "decreases", APOPTOSIS, neg, evidence=(ev(YE, 1700, "BMSCs-Exo reduced apoptosis."),)),
        # claims about preparations made in a setting (exokg:qualifier key/value pairs)
        s(UC_EXO, "decreases", APOPTOSIS, neg, qualifiers(preconditioning="hypoxia", species="rat"),
          evidence=(ev(LI, 1900, "Hypoxia-preconditioned UC-MSC exosomes reduced apoptosis in rats."),)),
        s(BMSC_EXO, "increases", AXON_REGEN, pos, qualifiers(engineered_with="miR-21-5p"),
          evidence=(ev(YE, 1950, "miR-21-modified BMSCs-Exo promoted axon regrowth."),)),
        # only a negated reading: assembly drops it, so no TNF -> BBB edge exists
        s(TNF, "increases", BBB, pos, evidence=(ev(YE, 1800, "TNF did not raise BBB.", negated=True),)),
    ]


def effects() -> list[PooledEffect]:
    return [
        PooledEffect("WMD", 3.47, 2.54, 4.40, BMSC_EXO, BBB, population="rats with SCI", comparator="PBS",
                     k=22, i2=83.0, model="random",
                     evidence=ev(YE, 2000, "BBB score: WMD = 3.47, 95% CI [2.54, 4.40], I2 = 83%."),
                     provenance="ye2024 Figure 4", organism=RAT, condition=SCI, comparator_term=PLACEBO_VEHICLE,
                     bias=(
                         BiasAssessment("egger", asymmetry=True, statistic=3.02, p_value=0.006,
                                        evidence=ev(YE, 2100, "Egger's test indicated publication bias (t = 3.02, "
                                                              "p = 0.006).")),
                         BiasAssessment("begg", asymmetry=True, p_value_below=0.001,
                                        evidence=ev(YE, 2150, "Begg's test confirmed it (P < 0.001).")),
                         BiasAssessment("funnel_plot", asymmetry=True,
                                        evidence=ev(YE, 2200, "The funnel plot was asymmetric.")),
                         BiasAssessment("trim_and_fill", asymmetry=True, filled=5, adjusted_estimate=2.61,
                                        adjusted_ci_low=1.70, adjusted_ci_high=3.52,
                                        evidence=ev(YE, 2300, "Trim-and-fill imputed five studies; the adjusted WMD "
                                                              "was 2.61 (95% CI 1.70 to 3.52).")),
                         BiasAssessment("fail_safe_n", fail_safe_n=1245,
                                        evidence=ev(YE, 2400, "The fail-safe N was 1,245.")),
                     )),
        PooledEffect("SMD", -2.89, -3.70, -2.08, BMSC_EXO, APOPTOSIS, population="rats with SCI", k=8,
                     se=0.4133, p_value=2.7e-12, i2=61.5, tau2=0.8123, q=18.18, model="random", method="REML",
                     source="computed", provenance="studies.csv", plots=("plots/apoptosis_forest.svg",
                                                                        "plots/apoptosis_funnel.svg"),
                     organism=RAT, condition=SCI),
    ]


def entities() -> dict[str, dict[str, object]]:
    return {
        MIR21.curie: {"label": "miR-21-5p", "category": "biolink:MicroRNA", "synonyms": ["miR-21", "hsa-miR-21-5p"],
                      "xrefs": ["mirbase:MI0000077"]},
        PI3K_AKT.curie: {"label": "PI3K/AKT signaling", "category": "biolink:Pathway",
                         "synonyms": ["PI3K/Akt pathway"], "xrefs": ["KEGG.PATHWAY:hsa04151"]},
        BMSC_EXO.curie: {"broader": ["GO:0070062", "exokg:MSC_Exo"]},  # a kind of exosome (skos:broader)
        BBB.curie: {"measures": ["exokg:motor_function"]},  # an outcome measure (exokg:measures)
        "exokg:motor_function": {"label": "motor function", "category": "biolink:PhenotypicFeature"},
    }


def fixture_graph() -> nx.MultiDiGraph:
    """The fixture as exokg build would assemble it."""
    return build_graph(assemble(statements()), effects(), entities(), [YE, LI])


def load(name: str = "test_sparql_fixture") -> ModuleType:
    """Import a sibling helper module by file (pytest runs tests in importlib mode)."""
    key = f"_exokg_tests_{name}"
    if key in sys.modules:
        return sys.modules[key]
    spec = importlib.util.spec_from_file_location(key, Path(__file__).with_name(f"{name}.py"))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[key] = module
    spec.loader.exec_module(module)
    return module


def test_fixture_has_the_designed_shape() -> None:
    g = fixture_graph()
    relations = [d["relation"] for *_, d in g.edges(data=True)]
    assert relations.count("carries") == 3
    assert "intervention" in relations and "outcome" in relations
    # the negated-only reading is gone, the contradiction is flagged
    assert not g.has_edge(TNF.curie, BBB.curie)
    flagged = [d for u, v, d in g.edges(data=True) if u == MIR126.curie and v == AXON_REGEN.curie]
    assert len(flagged) == 2 and all(d["contradicts"] for d in flagged)
    assert len([n for n, d in g.nodes(data=True) if d["kind"] == "PooledEffect"]) == 2
