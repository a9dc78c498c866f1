"""A small hand-made exokg graph for the view tests (built through the real model, assembly and graph code).

One mechanism chain (BMSC -> exosome -> miR-21 -| PTEN -| PI3K/AKT -| apoptosis), a contradiction,
three pooled effects (two on the BBB score, one significant and one not) in one population (SCI rats)
against a placebo vehicle, two reading documents,
and evidence sentences carrying HTML/script payloads that the view must show as plain text.
Loaded by file path from tests/kg/test_view.py and tests/browser/conftest.py.
"""

from __future__ import annotations

import networkx as nx

from kg.assemble import assemble
from kg.graph import build_graph
from kg.model import BiasAssessment, BibEntry, Document, Evidence, Polarity, PooledEffect, Ref, Statement
from kg.pico import PLACEBO_VEHICLE, RAT, SCI

XSS_SENTENCE = (
    'miR-21 <img src=x onerror="window.__exokgXss=1"> represses PTEN '
    '(<a href="javascript:window.__exokgXss=2">link</a>) <script>window.__exokgXss=3</script>.'
)
YE_DOI = "10.3389/fnmol.2024.1448777"
CITED_DOI = "10.1016/j.expneurol.2019.113097"

BMSC = Ref("CL", "0002540", "bone marrow mesenchymal stem cell", "biolink:Cell")
EXO = Ref("exokg", "bmsc_exosome", "BMSC-derived exosome", "biolink:CellularComponent")
MIR21 = Ref("mirbase.mature", "MIMAT0000076", "miR-21-5p", "biolink:MicroRNA")
PTEN = Ref("HGNC", "9588", "PTEN", "biolink:Gene")
PI3K = Ref("KEGG.PATHWAY", "hsa04151", "PI3K/AKT signaling pathway", "biolink:Pathway")
APOPTOSIS = Ref("GO", "0006915", "apoptotic process", "biolink:BiologicalProcess")
NEURON = Ref("CL", "0000540", "neuron", "biolink:Cell")
BBB = Ref("exokg", "bbb_score", "BBB locomotor score", "biolink:ClinicalFinding")
TNF = Ref("HGNC", "11892", "TNF", "biolink:Gene")

ENTITIES = {
    MIR21.curie: {"label": "miR-21-5p", "category": "biolink:MicroRNA",
                  "synonyms": ["miR-21", "hsa-miR-21-5p"], "xrefs": ["mirbase:MI0000077"]},
    PTEN.curie: {"label": "PTEN", "category": "biolink:Gene",
                 "synonyms": ["phosphatase and tensin homolog"], "xrefs": ["NCBIGene:5728"]},
    BMSC.curie: {"label": "bone marrow mesenchymal stem cell", "category": "biolink:Cell",
                 "synonyms": ["BMSC", "BMSCs"], "xrefs": []},
    EXO.curie: {"label": "BMSC-derived exosome", "category": "biolink:CellularComponent", "broader": ["GO:0070062"]},
    "GO:0070062": {"label": "exosome", "category": "biolink:CellularComponent"},  # a node though no claim names it
    BBB.curie: {"label": "BBB locomotor score", "category": "biolink:ClinicalFinding",
                "measures": ["exokg:motor_function"]},
    "exokg:motor_function": {"label": "motor function", "category": "biolink:PhenotypicFeature"},  # no claim names it
}


def documents() -> list[Document]:
    ye = Document(id="ye2024", text="x" * 2000, title="BMSC exosomes in rat spinal cord injury: a meta-analysis",
                  authors=("Ye Z", "Zheng Y"), journal="Front Mol Neurosci", year=2024, doi=YE_DOI)
    li = Document(id="li2025", text="y" * 2000, title="MSC-derived exosomes in spinal cord injury",
                  authors=("Li X", "Wang C"), journal="Int J Nanomedicine", year=2025)
    return [li, ye]


def _ev(doc: str, sentence: str, start: int, *, cites: tuple[BibEntry, ...] = (), hedged: bool = False) -> Evidence:
    return Evidence(document_id=doc, sentence=sentence, start=start, end=start + len(sentence), section="Discussion",
                    citations=cites, extractor="test", hedged=hedged)


def statements() -> list[Statement]:
    ref12 = BibEntry(key="12", text="Zhao C, et al. Exp Neurol 2019.", doi=CITED_DOI, year=2019)
    ref30 = BibEntry(key="30", text="Kang J, et al. Stem Cell Res Ther 2020.", pmid="32000000")
    s = Statement
    return [
        s(EXO, "derived_from", BMSC, evidence=(_ev("li2025", "Exosomes were isolated from BMSC culture medium.", 10),)),
        s(EXO, "carries", MIR21, evidence=(_ev("li2025", "BMSC-derived exosomes are rich in miR-21.", 100,
                                               cites=(ref12,)),)),
        s(MIR21, "targets", PTEN, Polarity.NEGATIVE, evidence=(_ev("li2025", XSS_SENTENCE, 200, cites=(ref12,)),)),
        s(PTEN, "decreases", PI3K, Polarity.NEGATIVE,
          evidence=(_ev("li2025", "PTEN inhibits the PI3K/AKT pathway.", 400, cites=(ref12,)),
                    _ev("ye2024", "Loss of PTEN activates PI3K/AKT signalling.", 500, cites=(ref30,)))),
        s(PI3K, "decreases", APOPTOSIS, Polarity.NEGATIVE,
          evidence=(_ev("ye2024", "PI3K/AKT activation suppresses neuronal apoptosis.", 600),)),
        s(PI3K, "increases", APOPTOSIS, Polarity.POSITIVE,
          evidence=(_ev("li2025", "PI3K/AKT may promote apoptosis in some settings.", 700, hedged=True),)),
        s(NEURON, "associated_with", APOPTOSIS,
          evidence=(_ev("ye2024", "Neuronal apoptosis follows the primary injury.", 800),)),
        s(EXO, "increases", BBB, Polarity.POSITIVE,
          evidence=(_ev("ye2024", "BMSC exosomes improved BBB scores.", 900),)),
    ]


BIAS_SENTENCE = "Egger's test <b onmouseover=\"window.__exokgXss=4\">(p = 0.004)</b> suggested publication bias."
BIAS = (
    BiasAssessment("egger", asymmetry=True, statistic=3.1, p_value=0.004, evidence=_ev("ye2024", BIAS_SENTENCE, 1200)),
    BiasAssessment("trim_and_fill", asymmetry=True, filled=4, adjusted_estimate=2.2, adjusted_ci_low=1.5,
                   adjusted_ci_high=2.9, evidence=_ev("ye2024", "Trim-and-fill filled four studies (WMD 2.20, "
                                                                "95% CI 1.50 to 2.90).", 1300)),
)


def effects() -> list[PooledEffect]:
    ev = _ev("ye2024", "BBB scores improved (WMD 3.05, 95% CI 2.41 to 3.69; I² = 88%).", 1000)
    context = {"organism": RAT, "condition": SCI, "comparator_term": PLACEBO_VEHICLE, "comparator": "saline"}
    return [
        PooledEffect("WMD", 3.05, 2.41, 3.69, EXO, BBB, population="rat SCI", k=25, i2=88.0, model="random",
                     evidence=ev, bias=BIAS, **context),
        PooledEffect("WMD", 1.10, -0.40, 2.60, EXO, BBB, population="rat SCI", k=4, i2=40.0, model="random",
                     subgroup="dose < 100 µg", evidence=ev, **context),
        PooledEffect("SMD", -2.10, -2.90, -1.30, EXO, TNF, population="rat SCI", k=8, model="random",
                     evidence=_ev("ye2024", "TNF-α fell (SMD -2.10, 95% CI -2.90 to -1.30).", 1100), **context),
    ]


def sample_graph() -> nx.MultiDiGraph:
    return build_graph(assemble(statements()), effects(), ENTITIES, documents())
