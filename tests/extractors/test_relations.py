"""Mechanism statements from sentences, one sentence form per test.

Entities are set by hand on a spaCy Doc (``span._.ref``), as the entity layer would set them,
so these tests exercise only the relation rules. Each test states what a reader of the
sentence would extract, including sentences that must yield nothing.
"""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extractors.lexicon import load_lexicon
from extractors.relations import (
    EXTRACTOR,
    EXTRACTOR_VERSION,
    Knowledge,
    default_knowledge,
    extract_statements,
    join_broken_sentences,
)
from extractors.relations.grammar import _RESCUE_MEDIATORS, Context, EntityMention, read_sentence
from kg.assemble import assemble
from kg.model import BibEntry, CitationMark, Document, Paragraph, Ref, Section

CELL, VES, MIR, GENE, FAM = "biolink:Cell", "biolink:CellularComponent", "biolink:MicroRNA", "biolink:Gene", \
    "biolink:GeneFamily"
PROC, PATH, PHEN, DIS, TAXON = "biolink:BiologicalProcess", "biolink:Pathway", "biolink:PhenotypicFeature", \
    "biolink:Disease", "biolink:OrganismTaxon"

E = {  # surface -> (curie, category)
    "BM-MSCs": ("CL:0002540", CELL), "hUC-MSCs": ("CL:0002569", CELL),
    "Exosomes": ("GO:0070062", VES), "exosomes": ("GO:0070062", VES),
    "BMSCs-Exo": ("exokg:BMSC_Exo", VES), "hUC-MSC-EVs": ("exokg:UCMSC_Exo", VES), "MSC-Exos": ("exokg:MSC_Exo", VES),
    "miR-124-3p": ("mirbase.mature:MIMAT0000422", MIR), "miR-29b-3p": ("mirbase.mature:MIMAT0000100", MIR),
    "miR-21": ("mirbase:MI0000077", MIR), "miR-340-5p": ("mirbase.mature:MIMAT0004692", MIR),
    "Ern1": ("HGNC:3449", GENE), "PTEN": ("HGNC:9588", GENE), "Akt": ("HGNC:391", GENE), "mTOR": ("HGNC:3942", GENE),
    "TNF-α": ("HGNC:11892", GENE), "IL-10": ("HGNC:5962", GENE), "IL-6": ("HGNC:6018", GENE),
    "GFAP": ("HGNC:4235", GENE), "Bax": ("HGNC:959", GENE), "Bcl-2": ("HGNC:990", GENE),
    "caspase-3": ("HGNC:1504", GENE), "caspase-9": ("HGNC:1511", GENE), "MyD88": ("HGNC:7562", GENE),
    "TRAF6": ("HGNC:12036", GENE), "TLR4": ("HGNC:11850", GENE), "NeuN": ("HGNC:27097", GENE),
    "CD9": ("HGNC:1709", GENE), "CD63": ("HGNC:1692", GENE), "CD81": ("HGNC:1701", GENE),
    "TGF-β": ("HGNC:11766", GENE), "Smad6": ("HGNC:6772", GENE), "NGF": ("HGNC:7808", GENE),
    "pro-inflammatory cytokines": ("exokg:cytokine", FAM),
    "M2 macrophages": ("CL:0000890", CELL), "M1 macrophages": ("CL:0000863", CELL),
    "M2 macrophage": ("CL:0000890", CELL),
    "apoptosis": ("GO:0006915", PROC), "neuronal apoptosis": ("GO:0051402", PROC),
    "Neuronal apoptosis": ("GO:0051402", PROC),
    "inflammatory response": ("GO:0006954", PROC), "astrogliosis": ("GO:0048143", PROC),
    "axonal regeneration": ("GO:0031103", PROC), "angiogenesis": ("GO:0001525", PROC),
    "PI3K/AKT signaling pathway": ("GO:0043491", PATH), "NF-κB pathway": ("GO:0007249", PATH),
    "Wnt/β-catenin pathway": ("GO:0060070", PATH), "JAK/STAT3 signaling pathway": ("GO:0007259", PATH),
    "BBB score": ("exokg:BBB_score", PHEN), "mechanical allodynia": ("HP:0012533", PHEN),
    "Evans blue extravasation": ("exokg:evans_blue", PHEN), "BSCB disruption": ("exokg:BSCB_disruption", PHEN), "motor function": ("exokg:motor_function", PHEN),
    "SCI": ("MONDO:0043797", DIS), "SCIRI": ("exokg:SCIRI", DIS), "rats": ("NCBITaxon:10116", TAXON),
    # miRNA-gene sentence forms
    "miR-145": ("mirbase:MI0000461", MIR), "let-7b": ("mirbase:MI0000063", MIR), "miR-9": ("mirbase:MI0000466", MIR),
    "microRNAs": ("exokg:miRNA", MIR), "MicroRNAs": ("exokg:miRNA", MIR), "miRNAs": ("exokg:miRNA", MIR),
    "SOD2": ("HGNC:11180", GENE), "BACE1": ("HGNC:933", GENE), "RhoA": ("HGNC:667", GENE),
    "STAT3": ("HGNC:11364", GENE), "Wee1": ("HGNC:12761", GENE),
    "miRNA": ("exokg:miRNA", MIR), "MnSOD": ("UniProtKB:P04179", "biolink:Protein"),
    "pyroptosis": ("GO:0070269", PROC), "hippocampal neurons": ("CL:0000540", CELL),
    "tight junction": ("GO:0070160", "biolink:CellularComponent"),
    # long non-coding RNAs (HGNC lncRNA genes)
    "GAS5": ("HGNC:16355", "biolink:NoncodingRNAProduct"), "MALAT1": ("HGNC:29665", "biolink:NoncodingRNAProduct"),
    # processes a rescue can take away, and the chemicals that take them away
    "autophagy": ("GO:0006914", PROC), "neuroprotective effects": ("MESH:D000066829", PROC),
    "neuronal survival": ("exokg:neuronal_survival", PHEN), "spinal cord": ("UBERON:0002240", "biolink:AnatomicalEntity"),
    "neurons": ("CL:0000540", CELL), "pericyte": ("CL:0000669", CELL), "oligodendrocytes": ("CL:0000128", CELL),
    "astrocyte activation": ("GO:0048143", PROC), "astrocytes": ("CL:0000127", CELL), "3-MA": ("CHEBI:38635", "biolink:ChemicalEntity"),
    "Methylprednisolone": ("CHEBI:6888", "biolink:ChemicalEntity"),
    "LY294002": ("CHEBI:65329", "biolink:ChemicalEntity"), "PI3K": ("exokg:PI3K", "biolink:GeneFamily"),
    "GW4869": ("MESH:C468773", "biolink:ChemicalEntity"), "Erastin": ("CHEBI:94287", "biolink:ChemicalEntity"),
    "ferroptosis": ("GO:0097707", PROC), "axon regeneration": ("GO:0031103", PROC),
    "exosome secretion": ("GO:1990182", PROC),
    # axes with a brake or an inactivated member
    "GSK-3β": ("HGNC:4617", GENE), "Keap1": ("HGNC:23177", GENE), "Nrf2": ("HGNC:7782", GENE),
    "HO-1": ("HGNC:5013", GENE),
}
BMSC_EXO = Ref("exokg", "BMSC_Exo", "BMSC exosomes", VES)
UCMSC_EXO = Ref("exokg", "UCMSC_Exo", "UC-MSC exosomes", VES)
KNOWLEDGE = Knowledge(
    composites={"CL:0002540": BMSC_EXO, "CL:0002569": UCMSC_EXO},
    sources={"exokg:BMSC_Exo": Ref("CL", "0002540", "BM-MSC", CELL),
             "exokg:UCMSC_Exo": Ref("CL", "0002569", "UC-MSC", CELL),
             "exokg:MSC_Exo": Ref("CL", "0000134", "MSC", CELL)},
    generic_vesicle=Ref("GO", "0070062", "exosome", VES),
    acts_on={"CHEBI:38635": (Ref("GO", "0006914", "autophagy", PROC), True),
             "CHEBI:65329": (Ref("GO", "0043491", "PI3K/AKT signaling pathway", PATH), True),
             "MESH:C468773": (Ref("GO", "1990182", "exosome secretion", PROC), True),
             "CHEBI:94287": (Ref("GO", "0097707", "ferroptosis", PROC), False)},
)
NLP = spacy.blank("en")
if not Span.has_extension("ref"):
    Span.set_extension("ref", default=None)


def annotated(text: str, *, doc_id: str = "t", bibliography: tuple[BibEntry, ...] = (),
              citations: tuple[CitationMark, ...] = (), section: str = "Results") -> SimpleNamespace:
    """An AnnotatedDocument stand-in: Document, a Doc with grounded ents, sentence offsets."""
    words: list[str] = []
    spaces: list[bool] = []
    for m in re.finditer(r"[^\W_]+|[^\w\s]|_|\s+", text):
        if m.group() == " " and words:
            spaces[-1] = True
        else:
            words.append(m.group())
            spaces.append(False)
    doc = Doc(NLP.vocab, words=words, spaces=spaces)
    assert doc.text == text
    spans = []
    for surface, (curie, category) in E.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?!\w)", text):
            span = doc.char_span(m.start(), m.end(), label=category, kb_id=curie)
            if span is not None:
                spans.append(span)
    doc.ents = filter_spans(spans)
    for span in doc.ents:
        curie = span.kb_id_
        span._.ref = Ref.from_curie(curie, span.text, span.label_)
    sentences = [(m.start(), m.end()) for m in re.finditer(r"\S.*?(?:[.!?](?=\s|$)|$)", text)]
    document = Document(id=doc_id, text=text, sections=(Section(section, 0, len(text)),),
                        paragraphs=(Paragraph(0, len(text), section),), bibliography=bibliography,
                        citations=citations)
    return SimpleNamespace(document=document, doc=doc, mentions=[], sentences=sentences)


def read(text: str, **kwargs: object):
    return extract_statements(annotated(text, **kwargs), KNOWLEDGE)  # type: ignore[arg-type]


def claims(statements) -> set[tuple[str, str, str, str]]:
    """(subject, predicate, object, polarity) of every non-negated claim."""
    return {(s.subject.curie, s.predicate, s.object.curie, s.polarity.value)
            for s in statements if not any(e.negated for e in s.evidence)}


def c(subject: str, predicate: str, obj: str, polarity: str = "0") -> tuple[str, str, str, str]:
    def curie(x: str) -> str:
        return E[x][0] if x in E else x
    return (curie(subject), predicate, curie(obj), polarity)


# ---------------------------------------------------------------------------------------------
# Sources and cargo


def test_vesicles_derived_from_a_source_become_the_composite_preparation() -> None:
    got = claims(read("Exosomes derived from BM-MSCs reduce apoptosis."))
    assert c("exokg:BMSC_Exo", "derived_from", "BM-MSCs") in got
    assert c("exokg:BMSC_Exo", "decreases", "apoptosis", "-") in got
    assert not any(s == "GO:0070062" for s, *_ in got), "the generic vesicle is replaced by the composite"


def test_a_composite_mention_names_its_source() -> None:
    got = claims(read("BMSCs-Exo reduced TNF-α."))
    assert got == {c("BMSCs-Exo", "derived_from", "CL:0002540"), c("BMSCs-Exo", "decreases", "TNF-α", "-")}


@pytest.mark.parametrize("text, cargo", [
    ("Exosomes derived from BM-MSCs carrying miR-124-3p downregulate Ern1.", "miR-124-3p"),
    ("TGF-β in BMSCs-Exo enhances the expression of Smad6.", "TGF-β"),
    ("NGF released by MSC-Exos binds to receptors.", "NGF"),
])
def test_cargo_phrases(text: str, cargo: str) -> None:
    got = claims(read(text))
    assert any(p == "carries" and o == E[cargo][0] for _, p, o, _ in got), got


def test_exosomal_cargo_and_contain_lists() -> None:
    got = claims(read("MSC-Exos contain transmembrane proteins (CD9, CD63, and CD81)."))
    assert {c("MSC-Exos", "carries", x) for x in ("CD9", "CD63", "CD81")} <= got
    got = claims(read("In vivo, exosomal miR-21 upregulated IL-10."))
    assert c("exosomes", "carries", "miR-21") in got and c("miR-21", "increases", "IL-10", "+") in got


# ---------------------------------------------------------------------------------------------
# miRNA targets, axes, chains


@pytest.mark.parametrize("text", [
    "miR-29b-3p targets PTEN.",
    "PTEN is a direct target of miR-29b-3p.",
    "PTEN was directly targeted by miR-29b-3p.",
])
def test_mirna_targets_gene(text: str) -> None:
    assert c("miR-29b-3p", "targets", "PTEN", "-") in claims(read(text))


def test_axis_gives_the_chain_and_the_cargo() -> None:
    got = claims(read("hUC-MSC-EVs improve motor function through the miR-29b-3p/PTEN/Akt/mTOR axis."))
    assert c("hUC-MSC-EVs", "increases", "motor function", "+") in got
    assert c("hUC-MSC-EVs", "carries", "miR-29b-3p") in got
    assert c("miR-29b-3p", "targets", "PTEN", "-") in got
    assert c("PTEN", "regulates", "Akt") in got and c("Akt", "regulates", "mTOR") in got
    assert c("miR-29b-3p", "increases", "motor function", "+") in got


@pytest.mark.parametrize(("sentence", "moved", "not_moved"), [
    # the brake at the head of the axis is what activation overcomes: PTEN is not raised
    ("Exosomal miR-21 activated the PTEN/Akt/mTOR pathway to promote axonal regeneration.",
     [("miR-21", "increases", "Akt", "+"), ("miR-21", "increases", "mTOR", "+"), ("miR-21", "regulates", "PTEN")],
     [("miR-21", "increases", "PTEN", "+"), ("PTEN", "increases", "axonal regeneration", "+")]),
    ("MSC-Exos inhibited the PTEN/PI3K/Akt pathway.",
     [("MSC-Exos", "decreases", "PI3K", "-"), ("MSC-Exos", "decreases", "Akt", "-"), ("MSC-Exos", "regulates", "PTEN")],
     [("MSC-Exos", "decreases", "PTEN", "-")]),
    # what the kinase inactivates is not raised with it
    ("MSC-Exos activated the PI3K/Akt/GSK-3β pathway.",
     [("MSC-Exos", "increases", "PI3K", "+"), ("MSC-Exos", "increases", "Akt", "+"), ("MSC-Exos", "regulates", "GSK-3β")],
     [("MSC-Exos", "increases", "GSK-3β", "+")]),
    ("MSC-Exos activated the Keap1/Nrf2 pathway.",
     [("MSC-Exos", "increases", "Nrf2", "+"), ("MSC-Exos", "regulates", "Keap1")],
     [("MSC-Exos", "increases", "Keap1", "+")]),
    # no inhibition inside: every member moves with the pathway
    ("MSC-Exos activated the Nrf2/HO-1 pathway.",
     [("MSC-Exos", "increases", "Nrf2", "+"), ("MSC-Exos", "increases", "HO-1", "+")], []),
])
def test_a_verb_on_a_whole_axis_moves_only_the_members_that_move_with_it(sentence: str, moved: list,
                                                                        not_moved: list) -> None:
    got = claims(read(sentence))
    for claim in moved:
        assert c(*claim) in got, claim
    for claim in not_moved:
        assert c(*claim) not in got, claim


def test_axis_inhibitions_name_the_genes_they_say() -> None:
    from extractors.relations import vocabulary as vocab

    symbols = {line.split("\t")[0]: line.split("\t")[1] for line in
               (Path(__file__).resolve().parents[2] / "ontologies" / "hgnc_genes.tsv").read_text(encoding="utf-8").splitlines()
               if line.startswith("HGNC:")}
    named = {curie: symbols.get(curie, curie) for pair in vocab.AXIS_INHIBITIONS for curie in pair}
    assert {named[a] + "-|" + named[b] for a, b in vocab.AXIS_INHIBITIONS} == {
        "PTEN-|exokg:PI3K", "PTEN-|exokg:AKT", "PTEN-|AKT1", "exokg:AKT-|GSK3B", "AKT1-|GSK3B", "exokg:AKT-|FOXO1",
        "AKT1-|FOXO1", "exokg:AKT-|FOXO3", "AKT1-|FOXO3", "TSC1-|MTOR", "TSC2-|MTOR", "KEAP1-|NFE2L2",
        "NFKBIA-|exokg:NFkappaB", "SOCS3-|STAT3"}
    assert {named[b] for b in vocab.AXIS_BRAKES} == {"PTEN", "TSC1", "TSC2", "KEAP1", "NFKBIA", "SOCS3"}


def test_x_regulates_y_by_inhibiting_z() -> None:
    got = claims(read("BMSCs-Exo mitigates the inflammatory response by inhibiting MyD88."))
    assert c("BMSCs-Exo", "decreases", "inflammatory response", "-") in got
    assert c("BMSCs-Exo", "decreases", "MyD88", "-") in got
    assert c("MyD88", "increases", "inflammatory response", "+") in got  # X ⊣ Z and X ⊣ Y: Z -> Y


@pytest.mark.parametrize("text, expected, absent", [
    # a verb no table knows: the means phrase speaks for the sentence's subject, not for the verb's object
    ("MSC-Exos protect M2 macrophages by suppressing the NF-κB pathway.",
     ("MSC-Exos", "decreases", "NF-κB pathway", "-"), ("M2 macrophages", "NF-κB pathway")),
    ("BMSCs-Exo benefit SCI by inhibiting MyD88.", ("BMSCs-Exo", "decreases", "MyD88", "-"), ("SCI", "MyD88")),
])
def test_a_means_phrase_after_an_unknown_verb_is_the_subjects(
        text: str, expected: tuple[str, str, str, str], absent: tuple[str, str]) -> None:
    assert_reading(text, expected, absent)


@pytest.mark.parametrize("text, expected", [
    ("MSC-Exos repair SCI by inhibiting MyD88.", {c("MSC-Exos", "decreases", "SCI", "-"),
                                                 c("MSC-Exos", "decreases", "MyD88", "-")}),
    ("BMSCs-Exo repaired SCI in rats.", {c("BMSCs-Exo", "decreases", "SCI", "-")}),
])
def test_repairing_an_injury_makes_it_smaller(text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert expected <= claims(read(text))


@pytest.mark.parametrize("text", [
    "MSC-Exos promoted SCI repair in rats.",  # the noun
    "Inhibiting MyD88 is an effective strategy for repairing SCI.",  # a gerund with no agent of its own
    "MSC-Exos were more effective than BM-MSCs in repairing SCI.",
])
def test_repair_as_a_noun_or_agentless_gerund_reads_no_claim_on_the_injury(text: str) -> None:
    assert not any(s.object.curie == "MONDO:0043797" for s in read(text))


def test_thereby_chain_from_the_review() -> None:
    text = "Exosomes derived from BM-MSCs carrying miR-124-3p target, downregulate Ern1, thereby enhancing " \
           "M2 macrophage polarization."
    got = claims(read(text))
    assert c("exokg:BMSC_Exo", "derived_from", "BM-MSCs") in got
    assert c("exokg:BMSC_Exo", "carries", "miR-124-3p") in got
    assert c("exokg:BMSC_Exo", "decreases", "Ern1", "-") in got
    assert c("miR-124-3p", "targets", "Ern1", "-") in got
    assert c("Ern1", "decreases", "M2 macrophage", "-") in got  # ⊣ Ern1, thereby ↑ M2: Ern1 ⊣ M2
    assert c("exokg:BMSC_Exo", "increases", "M2 macrophage", "+") in got
    assert c("miR-124-3p", "increases", "M2 macrophage", "+") in got


def test_subject_carried_over_from_the_previous_sentence() -> None:
    got = claims(read("Exosomes derived from BM-MSCs downregulate Ern1. This process inhibits apoptosis."))
    assert c("exokg:BMSC_Exo", "decreases", "apoptosis", "-") in got
    got = claims(read("BMSCs-Exo were injected into rats. These exosomes reduced GFAP."))
    assert c("BMSCs-Exo", "decreases", "GFAP", "-") in got


# ---------------------------------------------------------------------------------------------
# miRNA-gene sentence forms


def linked(text: str) -> set[tuple[str, str]]:
    """(subject, object) surface-independent CURIE pairs of every non-negated claim."""
    return {(s, o) for s, _, o, _ in claims(read(text))}


def pair(a: str, b: str) -> tuple[str, str]:
    return (E[a][0], E[b][0])


def assert_reading(text: str, expected: tuple[str, str, str, str], absent: tuple[str, str]) -> None:
    """The sentence states ``expected`` and links no ``absent`` pair (the shape of many clause-structure tests)."""
    assert c(*expected) in claims(read(text))
    assert pair(*absent) not in linked(text)


@pytest.mark.parametrize("text, expected", [
    # an adverb inside a multi-word trigger
    ("Thus, miR-21 may contribute significantly to the regulation of PTEN.", c("miR-21", "regulates", "PTEN")),
    ("miR-21 is equally involved in the regulation of BACE1.", c("miR-21", "regulates", "BACE1")),
    # "target" and "binding" as nouns inside the object phrase
    ("miR-21 binds to predicted target sequences in the PTEN 3'UTR.", c("miR-21", "targets", "PTEN", "-")),
    ("miR-145 increased the expression of its downstream target SOD2.", c("miR-145", "increases", "SOD2", "+")),
    ("miR-9 recognizes specific binding sites in the 3'UTR of BACE1 mRNA.", c("miR-9", "targets", "BACE1", "-")),
])
def test_mirna_gene_forms(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in claims(read(text))


def test_a_negation_is_no_adverb_inside_a_trigger() -> None:
    statements = read("miR-21 is not involved in the regulation of PTEN.")
    assert pair("miR-21", "PTEN") not in {(s, o) for s, _, o, _ in claims(statements)}
    assert any(e.negated for s in statements for e in s.evidence if s.object.curie == E["PTEN"][0])


@pytest.mark.parametrize("text", [
    "Overexpression of miR-21, but not miR-145, reduced PTEN levels.",
    "Overexpression of miR-21 (but not miR-145) reduced PTEN levels.",
])
def test_a_contrasted_control_takes_no_part(text: str) -> None:
    got = linked(text)
    assert pair("miR-21", "PTEN") in got
    assert not any(E["miR-145"][0] in x for x in got)


@pytest.mark.parametrize("text, subjects", [
    ("MicroRNAs (miRNAs), including miR-21, miR-145, and let-7b, may directly regulate STAT3.",
     ("microRNAs", "miR-21", "miR-145", "let-7b")),
    ("We show that miRNAs miR-21 and let-7b bind to the RhoA 3'UTR.", ("miRNAs", "miR-21", "let-7b")),
])
def test_subject_lists_with_a_class_and_its_members(text: str, subjects: tuple[str, ...]) -> None:
    got = linked(text)
    obj = "STAT3" if "STAT3" in text else "RhoA"
    assert {pair(x, obj) for x in subjects} <= got


@pytest.mark.parametrize("text, expected", [
    # a subject named by its loss turns the sign
    ("Knockdown of miR-145 increased SOD2 expression.", c("miR-145", "decreases", "SOD2", "-")),
    ("miR-145 silencing increased SOD2 expression.", c("miR-145", "decreases", "SOD2", "-")),
    # ... or by an agent that takes it away
    ("An antisense oligonucleotide to miR-145 increased SOD2 expression.", c("miR-145", "decreases", "SOD2", "-")),
    ("The antagonist of miR-145 reduced BACE1.", c("miR-145", "increases", "BACE1", "+")),
    # a coordinated subject of a group comparison
    ("TNF-α and IL-6 levels were lower in the BMSCs-Exo group.", c("BMSCs-Exo", "decreases", "TNF-α", "-")),
    # "activated" as the verb of a list, not "X-activated Y"
    ("BMSCs-Exo activated TLR4, MyD88 and TRAF6.", c("BMSCs-Exo", "increases", "TRAF6", "+")),
    ("BMSCs-Exo activated TLR4, MyD88 and TRAF6.", c("BMSCs-Exo", "increases", "MyD88", "+")),
    # "effects on": the thing affected, signed by the adjective
    ("miR-9 exerts inhibitory effects on BACE1 expression.", c("miR-9", "decreases", "BACE1", "-")),
    ("miR-9 exerts regulatory effects on BACE1 protein.", c("miR-9", "regulates", "BACE1")),
    # an agent "in part" after a passive
    ("The expression of RhoA is regulated in part by miR-9.", c("miR-9", "regulates", "RhoA")),
    # an agent introduced by a quantity
    ("Down-regulation of Wee1 by a specific subset of miRNAs.", c("miRNAs", "targets", "Wee1", "-")),
    # binding sites named around the miRNA
    ("A variant located in the 3'UTR of RhoA in a binding-site for miR-9 raises the risk.",
     c("miR-9", "targets", "RhoA", "-")),
    ("Assays show one miR-9 recognition sequence in the 3'-UTR of BACE1 mRNA.", c("miR-9", "targets", "BACE1", "-")),
    # "target of" after an apposition
    ("The screen identified STAT3, a regulator of inflammation, as a direct target of miR-21.",
     c("miR-21", "targets", "STAT3", "-")),
    # correlation with a list, and "relates to"
    ("A correlation between miR-21 abundance and the markers RhoA (STAT3) and SOD2, and BACE1 loss was noted.",
     c("miR-21", "associated_with", "STAT3")),
    ("A correlation between miR-21 abundance and the markers RhoA (STAT3) and SOD2, and BACE1 loss was noted.",
     c("miR-21", "associated_with", "BACE1")),
    ("Overexpression of STAT3 relates to reduction of miR-21.", c("STAT3", "associated_with", "miR-21")),
])
def test_mirna_gene_forms_more(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in claims(read(text))


@pytest.mark.parametrize("text, expected", [
    # a change that follows a treatment is its effect
    ("Mature miR-21 decreased 6 hours after the addition of STAT3.", c("STAT3", "decreases", "miR-21", "-")),
    ("GFAP expression decreased after BMSCs-Exo treatment.", c("BMSCs-Exo", "decreases", "GFAP", "-")),
    # "X-regulating Y": Y acts on X
    ("STAT3-regulating miR-21 was induced.", c("miR-21", "regulates", "STAT3")),
    ("RhoA-targeting miR-9 reduced apoptosis.", c("miR-9", "targets", "RhoA", "-")),
    # an agent noun in apposition
    ("miR-21, a regulator of STAT3, is increased.", c("miR-21", "regulates", "STAT3")),
    # a symmetric verb with no object
    ("miR-21 and STAT3 expression were inversely correlated.", c("miR-21", "associated_with", "STAT3")),
    # ", with X binding ... resulting in": an absolute clause and its consequence
    ("miR-9 regulates BACE1, with miR-9 binding more efficiently to the risk allele resulting in stronger "
     "inhibition of RhoA.", c("miR-9", "decreases", "RhoA", "-")),
    # ", which was accompanied by": the whole clause before is the subject
    ("miR-145 knockdown increased SOD2 in cells, which was accompanied by a decrease of active caspase-3.",
     c("miR-145", "associated_with", "caspase-3")),
    ("miR-145 knockdown increased SOD2 in cells, which was accompanied by a decrease of active caspase-3.",
     c("miR-145", "decreases", "SOD2", "-")),
    # experiments named after the change: knockdown turns the sign, transfection gives the agent
    ("STAT3 was upregulated upon miR-21 knockdown.", c("miR-21", "decreases", "STAT3", "-")),
    ("STAT3 protein levels were reduced in cells transfected with miR-21 mimics.",
     c("miR-21", "decreases", "STAT3", "-")),
    ("The expression level of GFAP in the BMSCs-Exo group was significantly lower.",
     c("BMSCs-Exo", "decreases", "GFAP", "-")),
    ("Western blots revealed increased SOD2 protein levels in the miR-145 stably transfected cell line.",
     c("miR-145", "increases", "SOD2", "+")),
    # a role in a regulation, and an agent named before "-mediated," with a comma
    ("We show a role for two miRNAs (miR-21 and miR-145) in the regulation of STAT3 translation.",
     c("miR-145", "regulates", "STAT3")),
    ("STAT3-sensitive, miR-9-mediated, modulation of BACE1 expression may contribute to injury.",
     c("miR-9", "regulates", "BACE1")),
    # "by targeting sequences": a gerund after "by" is a verb, not a noun modifier
    ("miR-9 down-regulates the expression of RhoA by targeting sequences in the 3'UTR of RhoA mRNA.",
     c("miR-9", "targets", "RhoA", "-")),
    # a transcript that holds a site
    ("The 3'UTR of STAT3 contains a miR-21 binding site.", c("miR-21", "targets", "STAT3", "-")),
    ("The STAT3 3'UTR harbors a binding site for miR-21.", c("miR-21", "targets", "STAT3", "-")),
    # an inserted means phrase, control, rescue, "interaction of A with B", "-mediated Y suppression"
    ("miR-21, by targeting STAT3, promotes growth.", c("miR-21", "targets", "STAT3", "-")),
    ("STAT3 expression is under the control of miR-21.", c("miR-21", "regulates", "STAT3")),
    ("miR-21 knockdown rescued STAT3 expression.", c("miR-21", "decreases", "STAT3", "-")),
    ("The interaction of miR-21 with STAT3 was confirmed.", c("miR-21", "associated_with", "STAT3")),
    ("miR-21-mediated STAT3 suppression was observed.", c("miR-21", "decreases", "STAT3", "-")),
    # a participial clause about the sentence's subject, a reduced relative, "through reduction in Y"
    ("miR-21 arrested cells in G1, correlating with increased levels of STAT3.",
     c("miR-21", "associated_with", "STAT3")),
    ("miR-9 decreased in injured cords targets RhoA.", c("miR-9", "targets", "RhoA", "-")),
    ("miR-9 is a determinant of regeneration through reduction in RhoA protein levels.",
     c("miR-9", "decreases", "RhoA", "-")),
    # "its target gene Y"
    ("miR-21 and its target gene STAT3 were measured.", c("miR-21", "targets", "STAT3", "-")),
    # an enumeration that runs past commas
    ("miR-21 and miR-145 modulated apoptotic steps, including Bax oligomerization, membrane potential "
     "dissipation, and the maturation of caspase-9 and caspase-3.", c("miR-21", "regulates", "caspase-3")),
])
def test_mirna_gene_forms_clauses(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in claims(read(text))


@pytest.mark.parametrize("text, expected", [
    # "target of" with adjectives before the miRNA, a list of miRNAs, "targeting protein"
    ("STAT3 is a direct target of the oncogenic miR-21.", c("miR-21", "targets", "STAT3", "-")),
    ("RhoA and BACE1 genes are target candidates for miR-21 and miR-145.", c("miR-145", "targets", "BACE1", "-")),
    ("BACE1 was the most likely targeting protein of miR-9.", c("miR-9", "targets", "BACE1", "-")),
    ("miR-9 and its potential targeting protein BACE1 were studied.", c("miR-9", "targets", "BACE1", "-")),
    # an alias in parentheses opened by a word ("encoding")
    ("SOD2 (encoding MnSOD) is one of the downstream targets of miR-21.", c("miR-21", "targets", "MnSOD", "-")),
    ("SOD2 (encoding MnSOD) is one of the downstream targets of miR-21.", c("miR-21", "targets", "SOD2", "-")),
    # a class named before its family takes part with the family
    ("miRNAs belonging to the miR-21 family are potent regulators of STAT3 expression.",
     c("miRNAs", "regulates", "STAT3")),
    ("miRNAs belonging to the miR-21 family are potent regulators of STAT3 expression.",
     c("miR-21", "regulates", "STAT3")),
    ("miRNAs of the let-7b family repress RhoA.", c("miRNAs", "decreases", "RhoA", "-")),
    # "its" stands for the participant with the class named before it
    ("The miRNA miR-21 regulates growth through its targeting of STAT3.", c("miRNA", "targets", "STAT3", "-")),
    # "through (inhibitory) effects on" a list
    ("miR-21 acts as a tumor suppressor through its inhibitory effects on STAT3 and RhoA.",
     c("miR-21", "decreases", "RhoA", "-")),
    # a change in material made to express X, or in response to X, is X's effect
    ("STAT3 was differentially regulated in cells overexpressing miR-21.", c("miR-21", "regulates", "STAT3")),
    ("STAT3 levels were reduced in cells stably expressing miR-21.", c("miR-21", "decreases", "STAT3", "-")),
    ("STAT3 expression increased in response to miR-21.", c("miR-21", "increases", "STAT3", "+")),
    # "X-induced Y", "binding of X to the 3'UTR of Y", "a role for X in Y downregulation"
    ("STAT3-induced miR-21 expression protects cells.", c("STAT3", "increases", "miR-21", "+")),
    ("Direct binding of miR-21 to the 3'UTR of STAT3 was shown.", c("miR-21", "targets", "STAT3", "-")),
    ("Binding of miR-21 and miR-145 to RhoA mRNA was confirmed.", c("miR-145", "targets", "RhoA", "-")),
    ("We propose a role for STAT3 and RhoA in miRNAs downregulation.", c("RhoA", "decreases", "miRNAs", "-")),
])
def test_mirna_gene_forms_nominal_and_settings(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in claims(read(text))


@pytest.mark.parametrize("text, expected", [
    # a decrease named before the object of "lead to" / before the subject turns the sign
    ("Overexpression of miR-21 led to decreased STAT3 expression.", c("miR-21", "decreases", "STAT3", "-")),
    ("Reduced miR-21 levels resulted in increased STAT3.", c("miR-21", "decreases", "STAT3", "-")),
    # material named by what was done to X
    ("STAT3 protein was elevated in miR-21-deficient mice.", c("miR-21", "decreases", "STAT3", "-")),
    ("STAT3 protein was elevated in miR-21 transgenic mice.", c("miR-21", "increases", "STAT3", "+")),
    # the targets listed after "include", a signed agent noun
    ("Targets of miR-21 include STAT3 and RhoA.", c("miR-21", "targets", "RhoA", "-")),
    ("miR-21 is a negative regulator of STAT3.", c("miR-21", "decreases", "STAT3", "-")),
    # the object named before the nominal, the agent after "by"; two participants joined before "interaction"
    ("STAT3 repression by miR-21 was strong.", c("miR-21", "targets", "STAT3", "-")),
    ("RhoA activation by STAT3 was strong.", c("STAT3", "increases", "RhoA", "+")),
    ("The miR-21–STAT3 interaction was confirmed.", c("miR-21", "associated_with", "STAT3")),
    # "X acts as a Y miRNA through ...": the claim is X's
    ("miR-21 acts as an oncogenic miRNA through effects on STAT3.", c("miR-21", "regulates", "STAT3")),
    # "NOMINAL of Y by X via NOMINAL of Z": Z acts on Y, the signs multiplied
    ("Inhibition of BACE1 by miR-9 via suppression of STAT3 was seen.", c("STAT3", "increases", "BACE1", "+")),
    ("Inhibition of BACE1 by miR-9 via suppression of STAT3 was seen.", c("miR-9", "decreases", "STAT3", "-")),
    ("The modulation of miRNAs by RhoA through the activation of STAT3 was studied.",
     c("STAT3", "regulates", "miRNAs")),
    # an alias after a number the entity left out ("binding protein 1 (PTBP1)")
    ("Depletion of STAT3 1 (RhoA) in cells, a recognized miR-21 target gene, was seen.",
     c("miR-21", "targets", "STAT3", "-")),
])
def test_mirna_gene_forms_signs_and_compounds(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in claims(read(text))


@pytest.mark.parametrize("text, expected, absent", [
    # a gene whose target is a miRNA regulates it; so does a protein bound to the miRNA's promoter
    ("miR-21 is a direct transcriptional target of STAT3.", c("STAT3", "regulates", "miR-21"), ("miR-21", "STAT3")),
    ("STAT3 binds to the promoter of miR-21.", c("STAT3", "regulates", "miR-21"), ("miR-21", "STAT3")),
    # a reporter names its insert: the miRNA acts on the gene whose 3'UTR it holds
    ("miR-21 suppressed the luciferase activity of a reporter containing the STAT3 3'UTR.",
     c("miR-21", "decreases", "STAT3", "-"), ("STAT3", "miR-21")),
    # an effect with no adjective has no sign
    ("miR-21 exerted its effect on STAT3.", c("miR-21", "regulates", "STAT3"), ("STAT3", "miR-21")),
])
def test_mirna_gene_forms_direction(text: str, expected: tuple[str, str, str, str], absent: tuple[str, str]) -> None:
    got = claims(read(text))
    assert expected in got
    assert pair(*absent) not in {(s, o) for s, _, o, _ in got}, "the claim runs one way"


def test_binding_without_a_promoter_is_no_regulation_by_the_gene() -> None:
    # "the 3'UTR of Y recognizing miR-X" is a transcript's site, not a protein acting on the miRNA
    assert pair("STAT3", "miR-21") not in linked("The 3'UTR of STAT3 recognizing miR-21 was conserved.")
    got = claims(read("miR-21 exerted its effect on STAT3."))
    assert c("miR-21", "increases", "STAT3", "+") not in got


@pytest.mark.parametrize("text", [
    "The miR-21–STAT3 interaction was not detected.",
    "Binding of miR-21 to STAT3 mRNA was not observed.",
    "Regulation of STAT3 by miR-21 could not be detected in cells.",
    "A correlation between miR-21 and STAT3 was not found.",
])
def test_a_nominal_claim_denied_by_its_predicate_is_negated(text: str) -> None:
    statements = read(text)
    assert pair("miR-21", "STAT3") not in linked(text)
    assert any(e.negated for s in statements for e in s.evidence if s.subject.curie == E["miR-21"][0])


def test_a_predicate_nominal_is_no_subject() -> None:
    got = linked("miR-21 acts as an oncogenic miRNA through effects on STAT3.")
    assert pair("miRNA", "STAT3") not in got


@pytest.mark.parametrize("text, absent", [
    ("STAT3 expression increased in response to miR-21.", ("STAT3", "miR-21")),  # the response is no agent
    ("STAT3 was measured in cells overexpressing miR-21.", ("STAT3", "miR-21")),  # mere co-mention
    ("STAT3 was measured in cells overexpressing miR-21.", ("miR-21", "STAT3")),
    ("STAT3 is not a target of the oncogenic miR-21.", ("miR-21", "STAT3")),  # negated
    ("miR-21 and STAT3 were co-expressed in cells.", ("miR-21", "STAT3")),  # co-expression is no mechanism
    ("miR-21 inhibits RhoA, an essential component of STAT3 signaling.", ("miR-21", "STAT3")),  # an apposition
    ("miR-21 modulates STAT3-induced neurodegeneration.", ("miR-21", "STAT3")),  # the inducer is no object
    ("miRNAs belonging to the miR-21 family were measured with STAT3.", ("miRNAs", "STAT3")),  # no trigger
    ("miR-21 down-regulates STAT3 (RhoA), an activator of BACE1.", ("miR-21", "BACE1")),  # an apposition
    ("STAT3 and miR-21 both increased in response to injury.", ("STAT3", "miR-21")),  # a shared setting
])
def test_mirna_gene_sentences_that_do_not_link_the_pair(text: str, absent: tuple[str, str]) -> None:
    assert pair(*absent) not in linked(text)


@pytest.mark.parametrize("text, expected, absent", [
    ("miR-21 targeted PTEN and miR-145 targeted STAT3.", ("miR-145", "targets", "STAT3", "-"), ("miR-21", "miR-145")),
    ("miR-21 targets PTEN and miR-145 suppresses STAT3.", ("miR-145", "decreases", "STAT3", "-"), ("miR-21", "miR-145")),
    ("Exosomes decreased TNF-α and IL-10 was increased.", ("Exosomes", "decreases", "TNF-α", "-"),
     ("Exosomes", "IL-10")),
])
def test_a_list_member_with_a_verb_of_its_own_opens_a_clause(
        text: str, expected: tuple[str, str, str, str], absent: tuple[str, str]) -> None:
    """ "X targeted A and Y targeted B": Y is the second clause's subject, never X's second object."""
    assert_reading(text, expected, absent)


@pytest.mark.parametrize("text", [
    "MSC-Exos carrying miR-21 and miR-145 promoted axonal regeneration.",
    "MSC-Exos loaded with miR-21 and miR-145 promoted axonal regeneration.",
])
def test_a_cargo_list_in_the_subject_keeps_its_last_member(text: str) -> None:
    """The verb after the last cargo is the subject's: "exosomes carrying A and B promoted Y"."""
    got = claims(read(text))
    assert {c("MSC-Exos", "carries", "miR-21"), c("MSC-Exos", "carries", "miR-145"),
            c("MSC-Exos", "increases", "axonal regeneration", "+")} <= got


def test_neither_nor_denies_the_verb_for_both_subjects() -> None:
    got = read("Neither BMSCs-Exo nor BM-MSCs altered IL-10 levels.")
    subjects = {s.subject.curie for s in got if s.object.curie == E["IL-10"][0]}
    assert subjects == {"exokg:BMSC_Exo", "CL:0002540"}
    assert all(e.negated for s in got if s.object.curie == E["IL-10"][0] for e in s.evidence)


@pytest.mark.parametrize("text, expected", [
    # a change seen in a treated group is the treatment's
    ("Bcl-2 was upregulated in the BMSCs-Exo group.", {c("BMSCs-Exo", "increases", "Bcl-2", "+")}),
    ("TNF-α was decreased in Exosomes-treated rats.", {c("Exosomes", "decreases", "TNF-α", "-")}),
    ("GFAP was upregulated in the BM-MSCs group.", {c("BM-MSCs", "increases", "GFAP", "+")}),
    # ... and an agentless change in the clause before it, seen in the same group
    ("The expression of Bax and caspase-3 was downregulated, whereas Bcl-2 was upregulated in the BMSCs-Exo group "
     "compared with the SCI group.",
     {c("BMSCs-Exo", "decreases", "Bax", "-"), c("BMSCs-Exo", "decreases", "caspase-3", "-"),
      c("BMSCs-Exo", "increases", "Bcl-2", "+")}),
])
def test_a_change_in_a_treated_group(text: str, expected: set) -> None:
    assert expected <= claims(read(text))


@pytest.mark.parametrize("text, absent", [
    ("Bcl-2 was upregulated in the miR-21 inhibitor group.", ("miR-21", "Bcl-2")),  # the inhibitor's, not miR-21's
    # a clause with its own setting does not share the group
    ("Bax was upregulated after SCI, and Bcl-2 was upregulated in the BMSCs-Exo group.", ("BMSCs-Exo", "Bax")),
])
def test_no_group_treatment_claim(text: str, absent: tuple[str, str]) -> None:
    assert pair(*absent) not in linked(text)


@pytest.mark.parametrize("text, expected, absent", [
    # a verb coordinated with a passive is said of the passive's subject
    ("PTEN is regulated by miR-21 and promotes apoptosis.", ("PTEN", "increases", "apoptosis", "+"),
     ("miR-21", "apoptosis")),
    ("Exosomes were taken up by M2 macrophages and reduced apoptosis.", ("Exosomes", "decreases", "apoptosis", "-"),
     ("M2 macrophages", "apoptosis")),
    # a place between the participle and its agent: the carried miRNA is the next verb's subject
    ("miR-21 was transferred into neurons by exosomes and suppressed PTEN expression.",
     ("miR-21", "decreases", "PTEN", "-"), ("exosomes", "PTEN")),
    ("miR-21 was delivered to neurons by exosomes and suppressed PTEN expression.",
     ("exosomes", "carries", "miR-21", "0"), ("exosomes", "PTEN")),
    # "it" is the singular cargo, not the plural vesicles named by "by"
    ("miR-21 was transferred by exosomes into neurons, where it suppressed PTEN.",
     ("miR-21", "decreases", "PTEN", "-"), ("exosomes", "PTEN")),
])
def test_a_verb_after_a_passive_is_said_of_its_subject(
        text: str, expected: tuple[str, str, str, str], absent: tuple[str, str]) -> None:
    assert_reading(text, expected, absent)


@pytest.mark.parametrize("text, expected, absent", [
    # the object of a verb the vocabulary does not know is no subject of the verb coordinated after it
    ("Exosomes normalized TNF-α and upregulated IL-10.", ("exosomes", "increases", "IL-10", "+"), ("TNF-α", "IL-10")),
    ("MSC-Exos significantly normalized the TNF-α and IL-6 levels and upregulated IL-10.",
     ("MSC-Exos", "increases", "IL-10", "+"), ("IL-6", "IL-10")),
    ("Exosomes normalized the levels of TNF-α and upregulated IL-10.", ("exosomes", "increases", "IL-10", "+"),
     ("TNF-α", "IL-10")),
])
def test_a_coordinated_verb_after_an_unknown_verb_keeps_the_first_subject(
        text: str, expected: tuple[str, str, str, str], absent: tuple[str, str]) -> None:
    assert_reading(text, expected, absent)


def test_an_injury_induced_process_is_the_object() -> None:
    got = claims(read("BMSCs-Exo alleviated SCI-induced pyroptosis of hippocampal neurons."))
    assert c("BMSCs-Exo", "decreases", "pyroptosis", "-") in got
    assert not any(o == "CL:0000540" for _, _, o, _ in got)  # where it happens, not a second thing changed


@pytest.mark.parametrize("text, expected", [
    # a "target" word names what follows it: the miRNA targets PTEN, and only lowers the cytokines
    ("BMSCs-Exo containing miR-21 reduced the release of pro-inflammatory cytokines by targeting PTEN.",
     {c("miR-21", "targets", "PTEN", "-"), c("miR-21", "decreases", "pro-inflammatory cytokines", "-")}),
    ("miR-145 targets TLR4 and reduces IL-6.", {c("miR-145", "targets", "TLR4", "-"), c("miR-145", "decreases", "IL-6", "-")}),
    # ... or what the verb beside it acts on
    ("miR-21 targets and suppresses PTEN.", {c("miR-21", "targets", "PTEN", "-")}),
    ("miR-21 suppressed PTEN by directly targeting its 3'UTR.", {c("miR-21", "targets", "PTEN", "-")}),
])
def test_a_target_word_is_said_of_what_it_names(text: str, expected: set) -> None:
    assert expected <= claims(read(text))


def test_a_cell_named_before_its_process_is_where_it_happens() -> None:
    got = claims(read("BMSCs-Exo alleviated BSCB disruption by inhibiting neurons pyroptosis."))
    assert {c("BMSCs-Exo", "decreases", "pyroptosis", "-"), c("pyroptosis", "increases", "BSCB disruption", "+")} <= got
    assert not any("CL:0000540" in (s, o) for s, _, o, _ in got)
    # a list of cells is no such phrase
    assert c("BMSCs-Exo", "increases", "neurons", "+") in claims(read("BMSCs-Exo increased neurons and angiogenesis."))


@pytest.mark.parametrize("text", [
    "Exosomes increased autophagy and reduced apoptosis in spinal cord neurons.",
    "Exosomes reduced apoptosis in rats spinal cord neurons.",
])
def test_cells_named_with_their_place_are_where_a_process_happens(text: str) -> None:
    got = claims(read(text))
    assert c("exosomes", "decreases", "apoptosis", "-") in got
    assert not any(o == "CL:0000540" for _, _, o, _ in got)  # "in spinal cord neurons": where, not what changed


def test_a_protein_named_by_its_loss_is_no_object() -> None:
    got = claims(read("MSC-Exos inhibited apoptosis and tight junction protein degradation."))
    assert c("MSC-Exos", "decreases", "apoptosis", "-") in got
    assert not any(o == "GO:0070160" for _, _, o, _ in got)


@pytest.mark.parametrize("text", [
    "miR-21 was transferred to hippocampal neurons, where it targeted PTEN.",
    "miR-21 entered hippocampal neurons, in which it suppressed PTEN.",
])
def test_it_after_a_place_is_the_molecule_not_the_place(text: str) -> None:
    assert pair("miR-21", "PTEN") in linked(text)
    assert not any(s == "CL:0000540" for s, _ in linked(text))


@pytest.mark.parametrize("text, expected", [
    ("BMSCs-Exo-treated rats exhibited less neuronal apoptosis.", c("BMSCs-Exo", "decreases", "neuronal apoptosis", "-")),
    ("Rats treated with BMSCs-Exo exhibited better motor function.", c("BMSCs-Exo", "increases", "motor function", "+")),
])
def test_treated_animals_compared(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in claims(read(text))


def test_the_cells_whose_processes_changed_are_no_objects() -> None:
    text = "BMSCs-Exo promoted the proliferation of M2 macrophages."
    doc = annotated(text)
    mentions = [EntityMention(s.start_char, s.end_char, s._.ref, s.text,
                              (("hosts", "process"),) if s.text == "M2 macrophages" else ()) for s in doc.doc.ents]
    readings, _ = read_sentence(text, 0, mentions, KNOWLEDGE)
    assert not any(r.object.ref.curie == "CL:0000890" for r in readings)


@pytest.mark.parametrize("text", [
    "BMSCs-Exo decreased the Bax/Bcl-2 ratio.",
    "BMSCs-Exo decreased the ratio of Bax to Bcl-2.",
])
def test_the_terms_of_a_ratio_are_not_said_to_change(text: str) -> None:
    assert not any(o in {E["Bax"][0], E["Bcl-2"][0]} for _, _, o, _ in claims(read(text)))


def test_vesicle_shuttled_cargo_and_an_unsided_polarization_shift(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(E, "Exosome", ("GO:0070062", VES))
    monkeypatch.setitem(E, "M1/M2 polarization", ("GO:0042116", PROC))
    got = claims(read("Exosome-shuttled miR-21 from hypoxic BM-MSCs repaired SCI by shifting M1/M2 polarization."))
    assert c("exosomes", "carries", "miR-21") in got
    assert c("miR-21", "decreases", "SCI", "-") in got  # the head of the phrase, not its source cells
    assert c("miR-21", "regulates", "GO:0042116") in got  # "shifting M1/M2 polarization" says no side
    assert not any(subject == "CL:0002540" for subject, predicate, _, _ in got if predicate != "derived_from")


@pytest.mark.parametrize(("text", "expected"), [
    # what shifted is no agent; the treatment after it raises the state shifted to
    ("M1 macrophages shifted to M2 macrophages after treatment with BMSCs-Exo.",
     {c("BMSCs-Exo", "increases", "M2 macrophages", "+")}),
    ("In the MSC-Exos group, M1 macrophages switched toward M2 macrophages.",
     {c("MSC-Exos", "increases", "M2 macrophages", "+")}),
    ("M1 macrophages shifted to M2 macrophages in culture.", set()),
])
def test_an_intransitive_shift_names_no_agent(text: str, expected: set) -> None:
    got = claims(read(text))
    assert not any(s == E["M1 macrophages"][0] for s, _, _, _ in got), got
    assert expected <= got, got


def test_a_comparator_opening_the_sentence_is_no_subject() -> None:
    got = read("Compared with MSC-Exos, BMSCs-Exo reduced apoptosis.")
    assert {s.subject.curie for s in got if s.object.curie == E["apoptosis"][0]} == {"exokg:BMSC_Exo"}


def test_what_follows_from_a_targeting_is_no_targeting() -> None:
    got = claims(read("miR-21 targeted PTEN, thereby inhibiting STAT3 activation."))
    assert c("miR-21", "targets", "PTEN", "-") in got
    assert c("miR-21", "decreases", "STAT3", "-") in got and c("miR-21", "targets", "STAT3", "-") not in got


@pytest.mark.parametrize("text, expected", [
    ("miR-21 was highly enriched in BMSCs-Exo.", {c("BMSCs-Exo", "carries", "miR-21")}),
    ("miR-21 was detected in BMSCs-Exo and inhibited PTEN.",
     {c("BMSCs-Exo", "carries", "miR-21"), c("miR-21", "decreases", "PTEN", "-")}),
    # how the vesicles were made may stand between "in" and their name
    ("Furthermore, miR-21 in hypoxic BMSCs-Exo shifted M1 macrophages.", {c("BMSCs-Exo", "carries", "miR-21")}),
    ("miR-21 in hypoxia-preconditioned MSC-Exos reduced apoptosis.",
     {c("MSC-Exos", "carries", "miR-21"), c("miR-21", "decreases", "apoptosis", "-")}),
])
def test_a_molecule_found_in_vesicles_is_their_cargo(text: str, expected: set) -> None:
    assert expected <= claims(read(text))


@pytest.mark.parametrize("text, source, vesicles", [
    ("Exosomal miR-21 derived from hUC-MSCs reduced apoptosis.", "hUC-MSCs", "hUC-MSC-EVs"),
    ("Exosomal miR-21 from BM-MSCs reduced apoptosis.", "BM-MSCs", "BMSCs-Exo"),
    # how the cells were prepared may stand before them
    ("Exosomal miR-21 from hypoxic BM-MSCs reduced apoptosis.", "BM-MSCs", "BMSCs-Exo"),
    ("Exosomal miR-21 derived from hypoxia-preconditioned BM-MSCs reduced apoptosis.", "BM-MSCs", "BMSCs-Exo"),
])
def test_exosomal_cargo_from_a_named_source_is_that_preparations(text: str, source: str, vesicles: str) -> None:
    got = claims(read(text))
    assert {c(vesicles, "carries", "miR-21"), c(vesicles, "derived_from", source),
            c("miR-21", "decreases", "apoptosis", "-")} <= got
    assert not any(s == "GO:0070062" for s, _, _, _ in got)  # not exosomes of any source


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("The BMSCs-Exo group showed lower TNF-α and higher IL-10.", c("BMSCs-Exo", "increases", "IL-10", "+"),
     c("BMSCs-Exo", "decreases", "IL-10", "-")),
    ("The BMSCs-Exo group showed lower levels of TNF-α and less pyroptosis.",
     c("BMSCs-Exo", "decreases", "pyroptosis", "-"), c("BMSCs-Exo", "increases", "pyroptosis", "+")),
])
def test_a_second_comparative_in_a_list_is_its_own_comparison(text: str, expected: tuple, wrong: tuple) -> None:
    got = claims(read(text))
    assert expected in got and wrong not in got, got


@pytest.mark.parametrize(("text", "expected"), [
    ("BMSCs-Exo suppressed TNF-α and IL-6, whereas IL-10 was elevated.", {c("BMSCs-Exo", "increases", "IL-10", "+")}),
    ("BMSCs-Exo reduced apoptosis, while the expression of PTEN was decreased.",
     {c("BMSCs-Exo", "decreases", "PTEN", "-")}),
    # not when the clause names its own agent, or the first is not the vesicles'
    ("BMSCs-Exo reduced apoptosis, whereas IL-10 was elevated by M2 macrophages.", set()),
    ("miR-21 reduced apoptosis, whereas IL-10 was elevated.", set()),
])
def test_a_change_set_against_the_vesicles_is_theirs(text: str, expected: set) -> None:
    statements = read(text)
    got = claims(statements)
    assert expected <= got, got
    contrast = {(s.subject.curie, s.object.curie) for s in statements for e in s.evidence if e.rule.endswith(":contrast")}
    assert contrast == {(s, o) for s, _, o, _ in expected}


@pytest.mark.parametrize("text", ["miR-21 was packaged into BMSCs-Exo.", "miR-21 was selectively sorted into BMSCs-Exo."])
def test_a_molecule_put_into_vesicles_is_their_cargo(text: str) -> None:
    assert c("BMSCs-Exo", "carries", "miR-21") in claims(read(text))


def test_vesicles_loaded_with_an_unknown_cargo_still_act() -> None:
    got = claims(read("BMSCs-Exo loaded with curcumin reduced apoptosis."))
    assert c("BMSCs-Exo", "decreases", "apoptosis", "-") in got


def test_a_molecule_found_in_treated_cells_is_no_cargo() -> None:
    assert not any(p == "carries" for _, p, _, _ in claims(read("PTEN was detected in BMSCs-Exo-treated neurons.")))


def test_no_effect_on_one_and_a_change_in_another() -> None:
    got = read("BMSCs-Exo had no significant effect on GFAP expression but reduced TNF-α levels.")
    denied = {(s.subject.curie, s.object.curie) for s in got if all(e.negated for e in s.evidence)}
    assert ("exokg:BMSC_Exo", E["GFAP"][0]) in denied
    assert c("BMSCs-Exo", "decreases", "TNF-α", "-") in claims(got)


def test_a_cell_standing_for_its_process_is_that_process() -> None:
    text = "BMSCs-Exo suppressed apoptosis of M2 macrophages."
    doc = annotated(text)
    mentions = [EntityMention(s.start_char, s.end_char, s._.ref, s.text,
                              (("process", "GO:0042116"), ("process_category", "biolink:BiologicalProcess"),
                               ("process_name", "macrophage polarization")) if s.text == "M2 macrophages" else ())
                for s in doc.doc.ents]
    readings, _ = read_sentence(text, 0, mentions, KNOWLEDGE)
    assert any(r.object.ref.curie == "GO:0042116" for r in readings)
    assert not any(r.object.ref.curie == "CL:0000890" for r in readings)


def test_a_shared_stem_member_of_an_axis_stands_beside_the_member_before_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(E, "3", ("HGNC:6769", GENE))  # the number of "Smad2/3", as the gene layer grounds it
    monkeypatch.setitem(E, "Smad2", ("HGNC:6768", GENE))
    got = claims(read("miR-21 inhibited the TGF-β/Smad2/3 pathway."))
    assert c("TGF-β", "regulates", "HGNC:6768") in got and c("TGF-β", "regulates", "HGNC:6769") in got
    assert not {("HGNC:6768", "HGNC:6769"), ("HGNC:6769", "HGNC:6768")} & {(s, o) for s, _, o, _ in got}


def test_the_vesicles_a_route_was_given_with_are_the_subject(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(E, "hydrogel loaded", ("exokg:route_hydrogel", "biolink:Procedure"))
    got = claims(read("A hydrogel loaded with BMSCs-Exo reduced apoptosis."))
    assert c("BMSCs-Exo", "decreases", "apoptosis", "-") in got


@pytest.mark.parametrize("text, expected", [
    ("MSC-Exos exert anti-inflammatory and anti-apoptotic effects.",
     {c("MSC-Exos", "decreases", "GO:0006954", "-"), c("MSC-Exos", "decreases", "apoptosis", "-")}),
    ("The pro-angiogenic effect of BMSCs-Exo was strong.", {c("BMSCs-Exo", "increases", "angiogenesis", "+")}),
    # an undone effect reads its adjective too: the rescue's mediator acts on that process
    ("Knockdown of miR-21 attenuated the anti-inflammatory effect of BMSCs-Exo.",
     {c("BMSCs-Exo", "decreases", "GO:0006954", "-"), c("miR-21", "decreases", "GO:0006954", "-")}),
])
def test_an_effect_named_by_its_process(text: str, expected: set) -> None:
    assert expected <= claims(read(text))


@pytest.mark.parametrize("text, expected, absent", [
    # more of the same effect: "enhanced angiogenic capacity" is still the vesicles' angiogenic effect
    ("MSC-Exos showed enhanced angiogenic capacity.", {c("MSC-Exos", "increases", "angiogenesis", "+")}, None),
    ("MSC-Exos showed reduced angiogenic capacity.", set(), ("MSC-Exos", "angiogenesis")),
    # the miRNA the effect goes through acts on the process the effect names
    ("MSC-Exos exerted anti-inflammatory effects via miR-21.",
     {c("MSC-Exos", "carries", "miR-21"), c("miR-21", "decreases", "GO:0006954", "-")}, None),
    ("MSC-Exos possess anti-inflammatory properties through miR-21.",
     {c("MSC-Exos", "carries", "miR-21"), c("miR-21", "decreases", "GO:0006954", "-")}, None),
    ("BMSCs-Exo showed enhanced angiogenic capacity via miR-21 delivery to neurons.",
     {c("BMSCs-Exo", "carries", "miR-21"), c("miR-21", "increases", "angiogenesis", "+")}, None),
    # not through a gene, which the vesicles only regulate
    ("MSC-Exos exerted anti-inflammatory effects via PTEN.", {c("MSC-Exos", "regulates", "PTEN")},
     ("PTEN", "inflammatory response")),
])
def test_an_effect_property_and_what_it_goes_through(text: str, expected: set, absent: tuple[str, str] | None
                                                     ) -> None:
    got = claims(read(text))
    assert expected <= got
    if absent is not None:
        assert pair(*absent) not in {(s, o) for s, _, o, _ in got}


def test_no_effect_named_by_its_process_is_denied() -> None:
    got = read("MSC-Exos showed no anti-inflammatory effect.")
    assert any(s.object.curie == "GO:0006954" for s in got)
    assert all(e.negated for s in got if s.object.curie == "GO:0006954" for e in s.evidence)


def test_the_effect_adjectives_name_lexicon_processes() -> None:
    from extractors.lexicon import load_lexicon
    from extractors.relations import vocabulary

    entries = load_lexicon().entries
    for curie, label, _ in vocabulary.EFFECT_PROCESSES.values():
        assert entries[curie].label == label, curie


@pytest.mark.parametrize("text, cell", [
    ("miR-21 reduced pericyte pyroptosis after SCI.", "pericyte"),  # the cell named before its process
    ("BMSCs-Exo reduced the apoptosis of oligodendrocytes.", "oligodendrocytes"),  # ... or after it
    ("BMSCs-Exo reduced the pyroptosis of injured neurons.", "neurons"),
    ("BMSCs-Exo reduced microglial pyroptosis.", "microglia"),  # an adjective naming the cell
    ("BMSCs-Exo reduced endothelial apoptosis.", "endothelial cell"),
    ("BMSCs-Exo reduced apoptosis in neurons.", "neurons"),  # the setting, as before
    ("BMSCs-Exo reduced apoptosis.", None),
    ("BMSCs-Exo protected the pericyte and reduced pyroptosis.", None),  # no cell next to the process
])
def test_the_cell_a_process_happens_in_is_kept_as_cell_type(text: str, cell: str | None) -> None:
    [claim] = [s for s in read(text) if s.predicate in {"increases", "decreases"} and s.object.category == PROC]
    assert dict(claim.qualifiers).get("cell_type") == cell


def test_cell_types_with_the_lexicon_labels_and_none_the_process_names_itself() -> None:
    from kg.model import Document
    from kg.pipeline import Extractor

    text = "Exosomal miR-21 reduced pericyte pyroptosis. Exosomes inhibited the activation of astrocytes."
    got = {(s.object.label, dict(s.qualifiers).get("cell_type"))
           for s in Extractor().process(Document(id="t", text=text)).statements if s.predicate == "decreases"}
    assert got == {("pyroptosis", "pericyte"), ("astrocyte activation", None)}


def test_a_process_of_a_glial_cell_is_not_a_change_in_the_cells() -> None:
    """ "Inhibited the proliferation of microglia" says nothing of how many microglia there are: the claim is
    about microglial proliferation (GO), as the lexicon reads "microglial proliferation"."""
    from kg.model import Document
    from kg.pipeline import Extractor

    text = ("BMSC-Exos inhibited the proliferation of microglia and microglial migration. "
            "BMSC-Exos may inhibit the excessive activation of glial cells. BMSC-Exos reduced glial pyroptosis.")
    got = {(s.object.curie, dict(s.qualifiers).get("cell_type"))
           for s in Extractor().process(Document(id="t", text=text)).statements if s.predicate == "decreases"}
    assert got == {("GO:0061518", None), ("GO:1904124", None), ("GO:0061900", None), ("GO:0070269", "glial cell")}


def test_the_cell_adjectives_name_lexicon_cells() -> None:
    from extractors.relations import vocabulary

    entries = load_lexicon().entries
    for curie, label in vocabulary.CELL_ADJECTIVES.values():
        assert entries[curie].label == label and entries[curie].category == "biolink:Cell", curie


def test_a_means_phrase_opening_the_sentence_is_the_main_subjects() -> None:
    got = claims(read("By delivering miR-21, BMSCs-Exo reduced TLR4 expression."))
    assert c("BMSCs-Exo", "carries", "miR-21") in got and c("BMSCs-Exo", "decreases", "TLR4", "-") in got


def test_a_list_member_without_a_verb_stays_an_object() -> None:
    got = claims(read("Exosomes decreased TNF-α and IL-6 expression and increased IL-10."))
    assert c("Exosomes", "decreases", "IL-6", "-") in got
    assert c("Exosomes", "increases", "IL-10", "+") in got
    # a purpose after the last member is the first verb's ("activates A and B to enhance Y")
    got = claims(read("MSC-Exos activated the PI3K/AKT signaling pathway and NF-κB pathway to enhance angiogenesis."))
    assert c("MSC-Exos", "increases", "NF-κB pathway", "+") in got


def test_a_precursor_prefix_is_no_word_of_the_clause() -> None:
    # the entity layer may name "miR-21" inside "pre-miR-21": set the mentions by offset
    text = "Pre-miR-21 and pre-miR-145 reduced STAT3."
    mentions = [EntityMention(m.start(), m.end(), Ref.from_curie(E[m.group()][0], m.group(), E[m.group()][1]),
                              m.group()) for m in re.finditer(r"miR-21|miR-145|STAT3", text)]
    readings, _ = read_sentence(text, 0, mentions, KNOWLEDGE, Context())
    got = {(r.subject.ref.curie, r.predicate, r.object.ref.curie) for r in readings}
    assert {(E[x][0], "decreases", E["STAT3"][0]) for x in ("miR-21", "miR-145")} <= got


def test_participle_compound_is_read_from_the_head() -> None:
    assert pair("STAT3", "miR-21") not in linked("STAT3-regulating miR-21 was induced.")


def test_a_coordinated_clause_with_its_own_subject() -> None:
    got = linked("miR-21 causes changes in STAT3; miR-145 is expressed in neurons, and regulates RhoA.")
    assert pair("miR-145", "RhoA") in got and pair("miR-21", "RhoA") not in got


def test_an_intransitive_verb_takes_no_object_after_and() -> None:
    got = linked("The expression of miR-21 was first increased and then decreased and STAT3 levels reduced.")
    assert pair("miR-21", "STAT3") not in got


def test_a_relative_clause_after_a_dashed_list_has_every_member_as_subject() -> None:
    got = linked("Injury decreased microRNAs (miRNAs)—miR-21, miR-145, and let-7b—which target STAT3.")
    assert {pair(x, "STAT3") for x in ("microRNAs", "miR-21", "miR-145", "let-7b")} <= got


@pytest.mark.parametrize("text", [
    "We tested the hypothesis that BACE1 is regulated by miR-9.",  # a hypothesis under test
    "We examined whether variants in miR-9 binding sites of BACE1 influence risk.",  # a question
    "Because STAT3 activates RhoA, miR-21 was measured.",  # the subordinate clause ends at its comma
    "miR-21 and STAT3 were measured in a subset of samples.",  # no trigger
    "The 3'UTR of STAT3 was cloned, and miR-21 sites were mutated.",  # a site, but in no transcript named
])
def test_mirna_gene_sentences_that_link_nothing(text: str) -> None:
    got = linked(text)
    assert not any(E["miR-9"][0] in x or E["miR-21"][0] in x for x in got), got


def test_a_list_after_a_comma_clause_is_no_subject() -> None:
    # the comma closes the first clause: "PTEN" is no member of an apposition of miR-21
    got = linked("PTEN was measured in cells, and miR-21 increased RhoA.")
    assert pair("miR-21", "RhoA") in got and pair("PTEN", "RhoA") not in got


# ---------------------------------------------------------------------------------------------
# Voice, coordination, signs


def test_passives() -> None:
    assert c("Bcl-2", "regulates", "neuronal apoptosis") in claims(read(
        "Neuronal apoptosis is primarily regulated by Bcl-2."))
    assert c("BMSCs-Exo", "decreases", "TNF-α", "-") in claims(read("TNF-α was inhibited by BMSCs-Exo."))
    # a place between the participle and "by"
    assert c("miR-21", "decreases", "PTEN", "-") in claims(read("PTEN was reduced in the spinal cord by miR-21."))


def test_coordinated_objects_and_verbs() -> None:
    got = claims(read("BMSCs-Exo reduced Bax, cleaved caspase-3 and caspase-9, while promoting Bcl-2."))
    assert {c("BMSCs-Exo", "decreases", x, "-") for x in ("Bax", "caspase-3", "caspase-9")} <= got
    assert c("BMSCs-Exo", "increases", "Bcl-2", "+") in got
    got = claims(read("BMSCs-Exo improved the BBB score, inhibited TNF-α, and promoted IL-10."))
    assert {c("BMSCs-Exo", "increases", "BBB score", "+"), c("BMSCs-Exo", "decreases", "TNF-α", "-"),
            c("BMSCs-Exo", "increases", "IL-10", "+")} <= got
    assert not any(s == E["TNF-α"][0] for s, *_ in got), "an object does not become the next verb's subject"


@pytest.mark.parametrize("harm", ["inflammatory response", "mechanical allodynia", "Evans blue extravasation",
                                  "BSCB disruption"])
def test_improving_a_harm_decreases_it(harm: str) -> None:
    assert c("BMSCs-Exo", "decreases", harm, "-") in claims(read(f"BMSCs-Exo significantly improved the {harm}."))


def test_polarization_towards_a_target_phenotype() -> None:
    got = claims(read("MSC-Exos promote the polarization of M1 macrophages to M2 macrophages."))
    assert c("MSC-Exos", "increases", "M2 macrophages", "+") in got
    assert not any(o == E["M1 macrophages"][0] for _, _, o, _ in got)


def test_a_class_gives_way_to_its_named_members() -> None:
    got = claims(read("BMSCs-Exo inhibited pro-inflammatory cytokines TNF-α and IL-6."))
    assert {c("BMSCs-Exo", "decreases", "TNF-α", "-"), c("BMSCs-Exo", "decreases", "IL-6", "-")} <= got
    assert not any(o == "exokg:cytokine" for _, _, o, _ in got)


def test_downstream_and_mediated_phrases() -> None:
    got = claims(read("BMSCs-Exo inhibited the expression of TLR4 downstream genes MyD88 and TRAF6."))
    assert c("TLR4", "regulates", "MyD88") in got and c("TLR4", "regulates", "TRAF6") in got
    assert c("BMSCs-Exo", "decreases", "MyD88", "-") in got
    assert not any(o == E["TLR4"][0] and s == "exokg:BMSC_Exo" for s, _, o, _ in got)
    got = claims(read("This occurs through miR-340-5p-mediated modulation of the JAK/STAT3 signaling pathway."))
    assert c("miR-340-5p", "regulates", "JAK/STAT3 signaling pathway") in got


@pytest.mark.parametrize("text, expected", [
    # the nominal after "through"/"via" says how the subject acts on the mediator
    ("BMSCs-Exo promoted motor function through activation of the Wnt/β-catenin pathway.",
     c("BMSCs-Exo", "increases", "Wnt/β-catenin pathway", "+")),
    ("Exosomes reduced apoptosis via suppression of the NF-κB pathway.",
     c("Exosomes", "decreases", "NF-κB pathway", "-")),
    ("Exosomes reduced apoptosis via the NF-κB pathway.", c("Exosomes", "regulates", "NF-κB pathway")),
    # "the effect of X (on Y) was mediated by Z"
    ("The protective effect of exosomes was mediated by the NF-κB pathway.",
     c("exosomes", "regulates", "NF-κB pathway")),
    ("The effects of MSC-Exos on neuronal apoptosis were partly mediated through the downregulation of PTEN.",
     c("MSC-Exos", "decreases", "PTEN", "-")),
    ("The effect of exosomes on apoptosis was mediated by miR-21.", c("exosomes", "carries", "miR-21")),
    # "... was dependent on Z", "... depended on Z"
    ("The therapeutic effect of MSC-Exos was partially dependent on the activation of the PI3K/AKT signaling pathway.",
     c("MSC-Exos", "increases", "PI3K/AKT signaling pathway", "+")),
    ("The neuroprotective effect of BMSCs-Exo depended on miR-21.", c("BMSCs-Exo", "carries", "miR-21")),
    # "Z mediated the effect of X" (active)
    ("miR-21 and PTEN mediate the effects of BMSCs-Exo on apoptosis.", c("BMSCs-Exo", "carries", "miR-21")),
    ("miR-21 and PTEN mediate the effects of BMSCs-Exo on apoptosis.", c("BMSCs-Exo", "regulates", "PTEN")),
    # "X acts through Z"
    ("MSC-Exos acted through the PI3K/AKT signaling pathway.",
     c("MSC-Exos", "regulates", "PI3K/AKT signaling pathway")),
    ("miR-21 acts mainly via inhibition of PTEN and Akt.", c("miR-21", "decreases", "Akt", "-")),
    # "X exerts/exhibits (adjective) effects via Z", "... by the Z pathway"
    ("MSC-Exos exhibit anti-inflammatory effects via the PI3K/AKT signaling pathway.",
     c("MSC-Exos", "regulates", "PI3K/AKT signaling pathway")),
    ("MSC-Exos confer protective effects by the PI3K/AKT signaling pathway.",
     c("MSC-Exos", "regulates", "PI3K/AKT signaling pathway")),
])
def test_an_agent_acts_through_a_mediator(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in claims(read(text))


@pytest.mark.parametrize("text, absent", [
    ("The effect of exosomes on apoptosis was not mediated by the NF-κB pathway.", ("exosomes", "NF-κB pathway")),
    ("MSC-Exos did not act through the PI3K/AKT signaling pathway.", ("MSC-Exos", "PI3K/AKT signaling pathway")),
    ("MSC-Exos showed no effects via the PI3K/AKT signaling pathway.", ("MSC-Exos", "PI3K/AKT signaling pathway")),
    ("TNF-α-mediated apoptosis was reduced by exosomes.", ("exosomes", "TNF-α")),  # no "effect of"
    ("M2 macrophages mediated the effects of exosomes.", ("M2 macrophages", "exosomes")),  # vesicles are no object
    ("This effect was mediated by the NF-κB pathway.", ("exosomes", "NF-κB pathway")),  # no agent named
])
def test_no_mediator_claim_without_an_affirmed_agent(text: str, absent: tuple[str, str]) -> None:
    statements = read(text)
    assert pair(*absent) not in {(s, o) for s, _, o, _ in claims(statements)}
    if " not " in text or " no " in text:  # a denial is kept, as negated evidence
        assert any(e.negated for s in statements if (s.subject.curie, s.object.curie) == pair(*absent)
                   for e in s.evidence)


@pytest.mark.parametrize("text, expected", [
    # a loss that undoes the vesicles' effect: they carry the miRNA, and it acts on what they changed
    ("Knockdown of miR-124-3p abolished the effect of exosomes on neuronal apoptosis.",
     {c("exosomes", "carries", "miR-124-3p"), c("miR-124-3p", "regulates", "neuronal apoptosis")}),
    ("The anti-apoptotic effect of exosomes was partially reversed by knockdown of miR-21.",
     {c("exosomes", "carries", "miR-21")}),
    ("The beneficial effects of exosomes were abolished by miR-21 inhibitor.", {c("exosomes", "carries", "miR-21")}),
    ("An inhibitor of miR-21 abolished the effect of exosomes.", {c("exosomes", "carries", "miR-21")}),
    # a gain that undoes it, or a gene or pathway: the vesicles act on it
    # a protective effect makes an adverse target smaller; what a gain undid acts the other way
    ("The protective effects of BMSCs-Exo on neuronal apoptosis were reversed by PTEN overexpression.",
     {c("BMSCs-Exo", "regulates", "PTEN"), c("PTEN", "increases", "neuronal apoptosis", "+"),
      c("BMSCs-Exo", "decreases", "neuronal apoptosis", "-")}),
    ("Inhibition of the PI3K/AKT signaling pathway abrogated the protective effect of MSC-Exos.",
     {c("MSC-Exos", "regulates", "PI3K/AKT signaling pathway")}),
    # a loss that undid a signed effect: the mediator acts as the effect does
    ("Knockdown of miR-21 abolished the protective effect of BMSCs-Exo on neuronal apoptosis.",
     {c("BMSCs-Exo", "carries", "miR-21"), c("miR-21", "decreases", "neuronal apoptosis", "-")}),
    ("Knockdown of miR-21 reversed the inhibitory effect of BMSCs-Exo on astrogliosis.",
     {c("miR-21", "decreases", "astrogliosis", "-"), c("BMSCs-Exo", "decreases", "astrogliosis", "-")}),
    ("Knockdown of miR-21 abolished the protective effect of BMSCs-Exo on axonal regeneration.",
     {c("miR-21", "increases", "axonal regeneration", "+")}),
    # the manipulation as a gerund ("Silencing X"), or as a noun opening the sentence ("Silencing of X")
    ("Silencing miR-21 reversed the inhibitory effect of BMSCs-Exo on astrogliosis.",
     {c("BMSCs-Exo", "carries", "miR-21"), c("miR-21", "decreases", "astrogliosis", "-")}),
    ("Silencing of PTEN reversed the inhibitory effect of BMSCs-Exo on astrogliosis.",
     {c("BMSCs-Exo", "regulates", "PTEN"), c("PTEN", "decreases", "astrogliosis", "-")}),
    ("Overexpressing PTEN abolished the protective effect of BMSCs-Exo on neuronal apoptosis.",
     {c("PTEN", "increases", "neuronal apoptosis", "+")}),
    # a process taken away: the vesicles act through it, and it acts on what they changed
    ("Inhibition of autophagy with 3-MA abolished the neuroprotective effects of MSC-Exos.",
     {c("MSC-Exos", "regulates", "autophagy"), c("autophagy", "increases", "neuroprotective effects", "+")}),
    ("Blocking autophagy reversed the protective effect of BMSCs-Exo on neuronal apoptosis.",
     {c("BMSCs-Exo", "regulates", "autophagy"), c("autophagy", "decreases", "neuronal apoptosis", "-")}),
    ("The protective effect of exosomes on neuronal survival was reversed by inhibition of autophagy.",
     {c("exosomes", "regulates", "autophagy"), c("autophagy", "increases", "neuronal survival", "+")}),
    ("This neuroprotective effect of BMSCs-Exo was abolished when autophagy was inhibited.",
     {c("BMSCs-Exo", "regulates", "autophagy")}),
    # an apposition names what the agent takes away
    ("3-MA, an autophagy inhibitor, reversed the protective effect of exosomes on neuronal apoptosis.",
     {c("exosomes", "regulates", "autophagy"), c("autophagy", "decreases", "neuronal apoptosis", "-")}),
    ("LY294002, a PI3K inhibitor, abolished the protective effect of BMSCs-Exo on neuronal apoptosis.",
     {c("BMSCs-Exo", "regulates", "PI3K"), c("PI3K", "decreases", "neuronal apoptosis", "-")}),
])
def test_a_rescue_experiment_names_the_mediator(text: str, expected: set[tuple[str, str, str, str]]) -> None:
    got = claims(read(text))
    assert expected <= got, got


@pytest.mark.parametrize(("text", "expected"), [
    # the compound alone: the lexicon says what it takes away
    ("Pretreatment with 3-MA abolished the neuroprotective effects of MSC-Exos.",
     {c("MSC-Exos", "regulates", "autophagy"), c("autophagy", "increases", "neuroprotective effects", "+"),
      c("3-MA", "decreases", "neuroprotective effects", "-")}),
    ("LY294002 reversed the protective effect of BMSCs-Exo on neuronal apoptosis.",
     {c("BMSCs-Exo", "regulates", "PI3K/AKT signaling pathway"),
      c("PI3K/AKT signaling pathway", "decreases", "neuronal apoptosis", "-")}),
    ("The protective effect of exosomes on neuronal survival was abolished by 3-MA.",
     {c("exosomes", "regulates", "autophagy"), c("autophagy", "increases", "neuronal survival", "+")}),
    # blocking exosome release undoes what the cells did: the cells act through their vesicles
    ("GW4869 abolished the therapeutic effects of BM-MSCs on axon regeneration.",
     {c("BM-MSCs", "increases", "axon regeneration", "+"), c("BM-MSCs", "regulates", "exosome secretion"),
      c("exosome secretion", "increases", "axon regeneration", "+")}),
    # an activator adds its target: the target acts against the undone effect
    ("Erastin reversed the protective effect of BMSCs-Exo on neuronal apoptosis.",
     {c("ferroptosis", "increases", "neuronal apoptosis", "+"), c("BMSCs-Exo", "regulates", "ferroptosis")}),
])
def test_a_compound_names_the_mediator_it_takes_away(text: str, expected: set[tuple[str, str, str, str]]) -> None:
    got = read(text)
    assert expected <= claims(got), claims(got)
    rescue = [e.rule for s in got for e in s.evidence if s.object.curie in {"GO:0006914", "GO:0043491"}
              and s.predicate == "regulates"]
    assert set(rescue) <= {"rescue:pharmacological"}


@pytest.mark.parametrize("text", [
    "3-MA did not abolish the neuroprotective effects of MSC-Exos.",  # they act without autophagy
    "GW4869 abolished the therapeutic effects of BMSCs-Exo on axon regeneration.",  # no release of their own
    "Erastin reversed the inhibitory effect of BMSCs-Exo on ferroptosis.",  # the target is what was undone
    "Methylprednisolone reversed the protective effect of BMSCs-Exo on neuronal apoptosis.",  # no target known
])
def test_no_compound_rescue_where_nothing_acts_through_its_target(text: str) -> None:
    rescued = [(s.subject.curie, s.object.curie) for s in read(text) for e in s.evidence
               if e.rule.split(";")[0] == "rescue:pharmacological" and not e.negated]
    assert rescued == []


@pytest.mark.parametrize("text", [
    "Knockdown of miR-21 did not reverse the effect of exosomes on apoptosis.",  # acts without miR-21
    "Exosomes reversed the effect of TNF-α on apoptosis.",  # nothing was taken away or added
    "Knockdown of miR-21 reduced the number of exosomes.",  # no effect of the vesicles undone
])
def test_no_rescue_claim_without_an_undone_effect(text: str) -> None:
    assert not any(e.rule.split(";")[0] == "rescue" for s in read(text) for e in s.evidence)


def test_a_denied_rescue_still_states_the_effect() -> None:
    got = read("Knockdown of miR-21 did not reverse the inhibitory effect of BMSCs-Exo on astrogliosis.")
    assert c("BMSCs-Exo", "decreases", "astrogliosis", "-") in claims(got)
    assert not any(e.rule.split(";")[0] == "rescue" for s in got for e in s.evidence)


@pytest.mark.parametrize("text", [
    "LY294002 reduced the protective effects of BMSCs-Exo on neuronal apoptosis.",
    "Pretreatment with LY294002 reduced the therapeutic effects of BM-MSCs on SCI.",
])
def test_reducing_an_effect_does_not_reduce_its_agent(text: str) -> None:
    got = claims(read(text))
    assert not any(s == E["LY294002"][0] and o in {E["BMSCs-Exo"][0], E["BM-MSCs"][0]} for s, _, o, _ in got), got
    if "BMSCs-Exo" in text:
        assert {c("BMSCs-Exo", "decreases", "neuronal apoptosis", "-"),
                c("LY294002", "increases", "neuronal apoptosis", "+")} <= got


@pytest.mark.parametrize("text", [
    "miR-21 was downregulated after SCI, and its overexpression suppressed PTEN expression.",
    "miR-21 was downregulated after SCI. Its overexpression suppressed PTEN expression.",
    "MSC-Exos carried miR-21, and its upregulation reduced PTEN.",
    # a loss turns the sign: what raises PTEN when taken away lowers it
    "miR-21 was enriched in MSC-Exos, and its knockdown increased PTEN expression.",
    "miR-21 was enriched in MSC-Exos. Its inhibition increased PTEN expression.",
    "MSC-Exos carried miR-21, and its silencing upregulated PTEN.",
])
def test_its_overexpression_is_said_of_the_molecule_named_before(text: str) -> None:
    got = claims(read(text))
    assert c("miR-21", "decreases", "PTEN", "-") in got
    assert not any(s == E["MSC-Exos"][0] and o == E["PTEN"][0] for s, _, o, _ in got)
    assert c("miR-21", "increases", "PTEN", "+") not in got


@pytest.mark.parametrize(("text", "expected"), [
    ("miR-21 reduced PTEN, and its knockdown increased apoptosis.", c("miR-21", "decreases", "apoptosis", "-")),
    ("miR-21 reduced PTEN, and its overexpression decreased apoptosis.", c("miR-21", "decreases", "apoptosis", "-")),
])
def test_its_after_a_clause_is_the_clause_subject(text: str, expected: tuple[str, str, str, str]) -> None:
    statements = read(text)
    got = claims(statements)
    assert expected in got and not any(s == E["PTEN"][0] and o == E["apoptosis"][0] for s, _, o, _ in got), got
    [evidence] = [s.evidence[0] for s in statements if s.object.curie == E["apoptosis"][0]]
    assert evidence.subject_span is not None
    assert text[slice(*evidence.subject_span)].split()[0] == "its"  # read where the possessive stands


def test_a_rescue_of_an_effect_named_in_the_sentence_before() -> None:
    text = "BMSCs-Exo reduced neuronal apoptosis. This protective effect was reversed by knockdown of miR-21."
    (carried,) = [s for s in read(text) if s.predicate == "carries"]
    assert (carried.subject.curie, carried.object.curie) == pair("BMSCs-Exo", "miR-21")
    span = carried.evidence[0].subject_span
    assert span is not None and text[span[0]:span[1]] == "effect", "the claim is read in the second sentence"
    got = claims(read("MSC-Exos promoted axonal regeneration. These effects were mediated by the PI3K/AKT signaling "
                      "pathway."))
    assert c("MSC-Exos", "regulates", "PI3K/AKT signaling pathway") in got


@pytest.mark.parametrize("text", [
    "The effect of miR-21 was abolished by PTEN overexpression.",
    "PTEN overexpression abolished the effect of miR-21 on neuronal apoptosis.",
    "miR-21 reduced apoptosis. This effect was abolished by PTEN overexpression.",
])
def test_undoing_an_effect_does_not_act_on_its_agent(text: str) -> None:
    got = claims(read(text))
    assert c("miR-21", "regulates", "PTEN") in got
    assert pair("PTEN", "miR-21") not in {(s, o) for s, _, o, _ in got}


@pytest.mark.parametrize("text", [
    "MSC-Exos attenuated the inhibitory effects of TNF-α on axonal regeneration.",
    "The inhibitory effects of TNF-α on axonal regeneration were reversed by MSC-Exos.",
    "MSC-Exos reduced the inhibitory effects of TNF-α on axonal regeneration.",  # a decrease verb before an effect
])
def test_counteracting_an_effect(text: str) -> None:
    got = claims(read(text))
    assert c("TNF-α", "decreases", "axonal regeneration", "-") in got  # the effect's own claim
    assert c("MSC-Exos", "increases", "axonal regeneration", "+") in got  # undoing an inhibition
    assert not any(s == E["MSC-Exos"][0] and o == E["TNF-α"][0] for s, _, o, _ in got)


def test_a_rescue_in_a_condition_clause() -> None:
    got = claims(read("The effect of exosomes was abolished when miR-124-3p was knocked down."))
    assert c("exosomes", "carries", "miR-124-3p") in got


@pytest.mark.parametrize("text, expected", [
    ("Neuronal apoptosis was reduced when miR-21 was overexpressed.", c("miR-21", "decreases", "Neuronal apoptosis", "-")),
    ("Neuronal apoptosis was increased when PTEN was knocked down.", c("PTEN", "decreases", "Neuronal apoptosis", "-")),
    ("Neuronal apoptosis was reduced after miR-21 was silenced.", c("miR-21", "increases", "Neuronal apoptosis", "+")),
])
def test_a_change_under_a_manipulation_is_the_manipulated_molecules_effect(
        text: str, expected: tuple[str, str, str, str]) -> None:
    got = claims(read(text))
    assert expected in got
    assert not any(s == E["Neuronal apoptosis"][0] for s, *_ in got), "what changed is no agent"


@pytest.mark.parametrize("text, expected, absent", [
    ("Exosomes improved motor function through miR-21 and the PI3K/AKT signaling pathway.",
     {c("Exosomes", "carries", "miR-21"), c("Exosomes", "regulates", "PI3K/AKT signaling pathway")}, None),
    ("Exosomes improved motor function through miR-21, and PTEN reduced apoptosis.",
     {c("Exosomes", "carries", "miR-21")}, ("Exosomes", "PTEN")),  # a new clause, not a second mediator
])
def test_every_mediator_of_a_list(text: str, expected: set[tuple[str, str, str, str]],
                                  absent: tuple[str, str] | None) -> None:
    got = claims(read(text))
    assert expected <= got, got
    if absent:
        assert pair(*absent) not in {(s, o) for s, _, o, _ in got}


@pytest.mark.parametrize("text, expected, absent", [
    # a changed amount after "via" is the mediator, not a verb with the object before it as subject
    ("MSC-Exos promoted neuronal apoptosis via enhanced TLR4 and MyD88 expression.",
     c("MSC-Exos", "increases", "MyD88", "+"), ("neuronal apoptosis", "TLR4")),
    ("Exosomes reduced neuronal apoptosis via reduced PTEN expression.",
     c("Exosomes", "decreases", "PTEN", "-"), ("neuronal apoptosis", "PTEN")),
    # a gene after "via" is what the vesicles act through
    ("MSC-Exos promoted angiogenesis via TLR4.", c("MSC-Exos", "regulates", "TLR4"), ("angiogenesis", "TLR4")),
    # a purpose after a "via" phrase is the main subject's, not the mediator's
    ("BMSCs-Exo suppressed apoptosis via the PI3K/AKT signaling pathway to improve motor function.",
     c("BMSCs-Exo", "increases", "motor function", "+"), ("PI3K/AKT signaling pathway", "motor function")),
])
def test_after_a_via_phrase(text: str, expected: tuple[str, str, str, str], absent: tuple[str, str]) -> None:
    got = claims(read(text))
    assert expected in got, got
    assert pair(*absent) not in {(s, o) for s, _, o, _ in got}


@pytest.mark.parametrize("text, conditioned", [
    ("Hypoxia-preconditioned BMSCs-Exo reduced apoptosis.", "hypoxia"),
    # source cells kept in hypoxia: the field's hypoxia-preconditioned preparation ("HExo")
    ("Hypoxic BMSCs-Exo reduced apoptosis.", "hypoxia"),
    ("Exosomes from hypoxic BM-MSCs reduced apoptosis.", "hypoxia"),
    ("Exosomes from normoxic BM-MSCs reduced apoptosis.", None),
    ("BMSCs-Exo reduced apoptosis of hypoxic-ischemic neurons.", None),
    ("Melatonin-pretreated MSC-Exos reduced apoptosis.", "melatonin"),
    ("Exosomes derived from BM-MSCs stimulated with TNF-α and IFN-γ reduced apoptosis.", "TNF-α and IFN-γ"),
    ("SCI rats treated with BMSCs-Exo showed less apoptosis.", None),  # the animals were treated, not the cells
    ("BMSCs-Exo reduced hypoxia-induced apoptosis.", None),
    # the source cells' culture named after the preparation; a condition of the experiment is none
    ("Exosomes secreted by BM-MSCs under hypoxic conditions reduced apoptosis.", "hypoxia"),
    ("BMSCs-Exo cultured under hypoxia reduced apoptosis.", "hypoxia"),
    ("BMSCs-Exo reduced apoptosis under hypoxia.", None),
])
def test_preconditioned_preparations_are_a_setting(text: str, conditioned: str | None) -> None:
    got = [dict(s.qualifiers).get("preconditioning") for s in read(text) if s.predicate != "derived_from"]
    assert got and set(got) == {conditioned}, got


def test_a_short_form_of_a_preconditioned_preparation_keeps_its_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("Compared with exosomes from normoxic BM-MSCs (Exo), exosomes from hypoxic BM-MSCs (HExo) reduced "
            "apoptosis. HExo increased IL-10.")
    monkeypatch.setitem(E, "HExo", ("exokg:BMSC_Exo", VES))  # the short form, grounded as the entity layer learns it
    got = {(s.object.curie, dict(s.qualifiers).get("preconditioning")) for s in read(text)
           if s.predicate != "derived_from"}
    assert (E["IL-10"][0], "hypoxia") in got and (E["apoptosis"][0], "hypoxia") in got


def test_vesicles_lacking_a_mirna_speak_for_the_mirna_not_for_the_preparation() -> None:
    got = claims(read("miR-21-knockdown MSC-Exos increased neuronal apoptosis."))
    assert c("miR-21", "decreases", "neuronal apoptosis", "-") in got  # its loss raised apoptosis
    assert c("MSC-Exos", "carries", "miR-21") in got
    assert not any(s == E["MSC-Exos"][0] and o == E["neuronal apoptosis"][0] for s, _, o, _ in got), \
        "the depleted preparation says nothing about plain MSC-Exos"


@pytest.mark.parametrize("text, engineered", [
    ("miR-21-modified MSC-Exos reduced neuronal apoptosis.", "miR-21"),
    ("Exosomes carrying miR-21 reduced neuronal apoptosis.", None),  # natural cargo: a plain preparation
    ("MSC-Exos reduced neuronal apoptosis.", None),
])
def test_engineered_preparations_are_a_setting(text: str, engineered: str | None) -> None:
    (claim,) = [s for s in read(text) if s.object.curie == E["neuronal apoptosis"][0] and s.subject.category.endswith(
        "CellularComponent")]
    assert dict(claim.qualifiers).get("engineered_with") == engineered


def test_claims_in_genetically_modified_animals_are_a_setting() -> None:
    statements = read("In PTEN knockout rats, BMSCs-Exo failed to improve motor function.")
    (claim,) = [s for s in statements if s.object.curie == E["motor function"][0]]
    assert dict(claim.qualifiers).get("genetic_model") == "PTEN knockout"
    assert claim.evidence[0].negated  # a denial there doubts nothing said of wild-type animals


@pytest.mark.parametrize("sentence", [
    "Hypoxia-preconditioned BMSCs-Exo reduced apoptosis.",
    "miR-21-modified MSC-Exos reduced neuronal apoptosis.",
    "In PTEN knockout rats, BMSCs-Exo failed to improve motor function.",
    "Knockdown of miR-124-3p abolished the effect of exosomes on neuronal apoptosis.",
    "The effects of MSC-Exos on neuronal apoptosis were partly mediated through the downregulation of PTEN.",
    "Neuronal apoptosis was reduced when miR-21 was overexpressed.",
])
def test_a_sentence_reads_the_same_anywhere_in_the_document(sentence: str) -> None:
    # offsets are the document's: a rule that mixed them with the sentence's own would fail far into a paper
    def setting(text: str) -> set[tuple[str, str, str, tuple[tuple[str, str], ...], bool]]:
        return {(s.subject.curie, s.predicate, s.object.curie, s.qualifiers, s.evidence[0].negated)
                for s in read(text)}

    alone = setting(sentence)
    assert alone and setting("Unrelated words open this paper here. " * 12 + sentence) == alone


def test_how_a_preparation_was_made_is_no_clause() -> None:
    # "stimulated with TNF-α" describes the vesicles' source cells; the verb after it is theirs
    got = claims(read("Exosomes derived from BM-MSCs stimulated with TNF-α promote IL-10 expression."))
    assert c("exokg:BMSC_Exo", "increases", "IL-10", "+") in got
    assert not any(s == E["TNF-α"][0] for s, *_ in got)


def test_the_members_of_an_activated_axis_are_regulated() -> None:
    got = claims(read("miR-21 promoted axonal regeneration through activation of the PTEN/Akt/mTOR pathway."))
    assert c("miR-21", "regulates", "PTEN") in got
    assert c("miR-21", "increases", "PTEN", "+") not in got


def test_blocking_a_pathway_turns_its_sign() -> None:
    got = claims(read("Inhibition of the PI3K/AKT signaling pathway reduced apoptosis."))
    assert c("PI3K/AKT signaling pathway", "increases", "apoptosis", "+") in got


def test_what_carried_mirnas_target_is_said_of_the_mirna() -> None:
    got = claims(read("Exosomes carrying miR-21 reduced neuronal apoptosis by targeting PTEN."))
    assert c("miR-21", "targets", "PTEN", "-") in got  # vesicles target nothing: their cargo does


def test_vesicle_mediated_delivery_is_cargo() -> None:
    got = claims(read("MSC-Exos-mediated delivery of miR-21 reduced neuronal apoptosis."))
    assert c("MSC-Exos", "carries", "miR-21") in got
    assert c("miR-21", "decreases", "neuronal apoptosis", "-") in got
    assert c("MSC-Exos", "regulates", "miR-21") not in got


def test_group_comparisons_in_meta_analysis_results() -> None:
    got = claims(read("The BMSCs-Exo group had significantly lower TNF-α expression levels compared to the "
                      "placebo group."))
    assert c("BMSCs-Exo", "decreases", "TNF-α", "-") in got


# ---------------------------------------------------------------------------------------------
# Markers and membership


@pytest.mark.parametrize("text, marker, process", [
    ("BMSCs-Exo decreased the expression of astrogliosis marker GFAP.", "GFAP", "astrogliosis"),
    ("Bcl-2 and Bax are common markers of apoptosis.", "Bax", "apoptosis"),
    ("Bcl-2 and Bax are common markers of apoptosis.", "Bcl-2", "apoptosis"),
    ("The level of GFAP, a marker associated with astrogliosis, was reduced.", "GFAP", "astrogliosis"),
])
def test_markers(text: str, marker: str, process: str) -> None:
    assert c(marker, "marker_for", process) in claims(read(text))


def test_membership_in_a_pathway() -> None:
    assert c("PTEN", "participates_in", "PI3K/AKT signaling pathway") in claims(read(
        "PTEN is involved in the PI3K/AKT signaling pathway."))


# ---------------------------------------------------------------------------------------------
# Negation, hedging, and sentences that must yield nothing


def test_negation_is_kept_as_negated_evidence_never_as_a_claim() -> None:
    statements = read("BMSCs-Exo did not reduce GFAP.")
    negated = [s for s in statements if s.object.curie == E["GFAP"][0]]
    assert negated and all(e.negated for s in negated for e in s.evidence)
    assert not any(o == E["GFAP"][0] for _, _, o, _ in claims(statements))
    result = assemble(statements)
    assert not any(s.object.curie == E["GFAP"][0] for s in result.statements)
    assert any(s.object.curie == E["GFAP"][0] for s in result.negated)


def test_not_only_but_also_is_no_negation() -> None:
    got = claims(read("BM-MSCs can not only survive but also promote angiogenesis."))
    assert c("BM-MSCs", "increases", "angiogenesis", "+") in got


def test_hedged_evidence_is_marked() -> None:
    statements = read("These results suggest that BMSCs-Exo may reduce GFAP.")
    ev = [e for s in statements if s.object.curie == E["GFAP"][0] for e in s.evidence]
    assert ev and all(e.hedged for e in ev)
    plain = read("BMSCs-Exo reduced GFAP.")
    assert not any(e.hedged for s in plain for e in s.evidence)


@pytest.mark.parametrize("text", [
    "In the spinal cord, the expression of Ern1 was upregulated.",  # no agent
    "This study aims to evaluate whether BMSCs-Exo improve the BBB score.",  # an aim, not a finding
    "TNF-α and IL-10 were measured by ELISA.",  # no trigger
    "The search used “BM-MSCs” OR “exosomes” OR “apoptosis” OR “SCI” OR “rats”.",  # a query string
])
def test_sentences_that_yield_no_claim(text: str) -> None:
    got = claims(read(text))
    assert not [x for x in got if x[1] != "derived_from"], got


# ---------------------------------------------------------------------------------------------
# Evidence


def test_evidence_records_where_and_who() -> None:
    text = "BMSCs-Exo reduced TNF-α in SCI rats.1 Later work agreed."
    bib = (BibEntry("1", "Fan L et al. Hum Exp Toxicol. 2021.", doi="10.1177/09603271211003311", year=2021,
                    first_author="Fan"),)
    marks = (CitationMark(text.index(".1") + 1, text.index(".1") + 2, ("1",)),)
    statements = read(text, bibliography=bib, citations=marks, section="4 Discussion")
    st = next(s for s in statements if s.predicate == "decreases")
    ev = st.evidence[0]
    assert ev.document_id == "t" and ev.section == "4 Discussion"
    assert text[ev.start:ev.end] == ev.sentence and ev.sentence.startswith("BMSCs-Exo reduced")
    assert ev.subject_span is not None and text[slice(*ev.subject_span)] == "BMSCs-Exo"
    assert ev.object_span is not None and text[slice(*ev.object_span)] == "TNF-α"
    assert [c.doi for c in ev.citations] == ["10.1177/09603271211003311"]
    assert ev.extractor == EXTRACTOR and ev.extractor_version == EXTRACTOR_VERSION
    assert dict(st.qualifiers).get("species") == "rats"


def test_an_uncited_sentence_inherits_the_next_citation_of_its_paragraph() -> None:
    text = "BMSCs-Exo reduced TNF-α. This process inhibits apoptosis.7"
    bib = (BibEntry("7", "Li R et al. 2020.", doi="10.1186/s13075-020-2146-x", year=2020),)
    marks = (CitationMark(len(text) - 1, len(text), ("7",)),)
    statements = read(text, bibliography=bib, citations=marks)
    first = next(s for s in statements if s.object.curie == E["TNF-α"][0])
    ev = first.evidence[0]
    assert [c.key for c in ev.citations] == ["7"] and ev.rule.endswith(";cite=following")


def test_sentences_cut_by_a_page_break_are_read_whole() -> None:
    text = "M2 macrophages secrete IL-10 and\n\ntransform growth factor and inhibit the response."
    first_end = text.index("and\n") + 3
    joined = join_broken_sentences(text, [(0, first_end), (first_end + 2, len(text))])
    assert joined == [(0, len(text))]
    assert join_broken_sentences("A ends. B starts.", [(0, 7), (8, 17)]) == [(0, 7), (8, 17)]


def _parts(*parts: str) -> tuple[str, list[tuple[int, int]]]:
    text, spans = "", []
    for part in parts:
        text += ("\n\n" if text else "") + part
        spans.append((len(text) - len(part), len(text)))
    return text, spans


def test_a_title_before_a_sentence_opening_with_a_lower_case_name_stays_apart() -> None:
    text, spans = _parts("Exosomes promote recovery by activating CREB", "miR-133b is a candidate miRNA.")
    assert join_broken_sentences(text, spans) == spans


def test_a_sentence_cut_after_an_open_word_is_joined_even_before_a_mixed_case_name() -> None:
    text, spans = _parts("Researchers found that rats treated with", "hUC-MSC-EVs showed recovery.")
    assert join_broken_sentences(text, spans) == [(0, len(text))]


@pytest.mark.parametrize("verb", ["preserved", "maintained"])
def test_preserving_an_outcome_raises_it(verb: str) -> None:
    got = claims(read(f"BMSCs-Exo reduced neuronal apoptosis and {verb} axonal regeneration."))
    assert {c("BMSCs-Exo", "decreases", "neuronal apoptosis", "-"),
            c("BMSCs-Exo", "increases", "axonal regeneration", "+")} <= got, got


def test_default_knowledge_comes_from_the_lexicon() -> None:
    k = default_knowledge()
    assert k.composites["CL:0002540"].curie == "exokg:BMSC_Exo"
    assert k.sources["exokg:BMSC_Exo"].curie == "CL:0002540"
    assert k.generic_vesicle is not None and k.generic_vesicle.curie == "GO:0070062"
    autophagy, loss = k.acts_on["CHEBI:38635"]  # 3-MA
    assert (autophagy.curie, autophagy.category, loss) == ("GO:0006914", "biolink:BiologicalProcess", True)
    # every compound's target is in the lexicon and is something a rescue can show an effect acts through
    compounds = {curie for curie, e in load_lexicon().entries.items() if e.acts_on is not None}
    assert len(compounds) >= 18 and k.acts_on.keys() == compounds
    assert all(target.category in _RESCUE_MEDIATORS for target, _ in k.acts_on.values())


def test_table_rows_are_about_the_preparation_in_their_first_cell() -> None:
    text = "BM-MSCs\tExosome isolation kit\t20–130 nm\trats\tEnhance motor function\tReduce neuronal apoptosis\t[106]"
    got = claims(read(text))
    assert c("exokg:BMSC_Exo", "increases", "motor function", "+") in got
    assert c("exokg:BMSC_Exo", "decreases", "neuronal apoptosis", "-") in got
    assert not any(s == E["motor function"][0] for s, *_ in got), "cells of a row are not read across"


@pytest.mark.parametrize("text", [
    "Exosomes from M1 macrophages increased neuronal apoptosis.",
    "M1 macrophages-derived exosomes increased neuronal apoptosis.",
])
def test_a_claim_of_vesicles_from_another_cell_says_which(text: str) -> None:
    (claim,) = [s for s in read(text) if s.predicate == "increases"]
    # the cell's label (this test's annotator labels each entity with its surface text)
    assert claim.subject.curie == E["exosomes"][0] and dict(claim.qualifiers)["vesicle_source"] == "M1 macrophages"
    (plain,) = [s for s in read("Exosomes increased neuronal apoptosis.") if s.predicate == "increases"]
    assert "vesicle_source" not in dict(plain.qualifiers)  # exosomes at large


@pytest.mark.parametrize("text, silenced", [
    ("BMSCs-Exo carrying miR-21 inhibitor increased PTEN.", "miR-21"),
    ("BMSCs-Exo loaded with PTEN siRNA reduced PTEN expression.", "PTEN"),
])
def test_a_carried_silencer_is_no_cargo(text: str, silenced: str) -> None:
    got = claims(read(text))
    assert not any(s == E[silenced][0] or (p == "carries" and o == E[silenced][0]) for s, p, o, _ in got), got
    assert any(s == E["BMSCs-Exo"][0] and o == E["PTEN"][0] for s, _, o, _ in got)  # the preparation's own effect


def test_an_exosomal_silencer_is_no_cargo() -> None:
    got = claims(read("Exosomal PTEN siRNA reduced PTEN expression."))
    assert not any(p == "carries" for _, p, _, _ in got), got


# ---------------------------------------------------------------------------------------------
# Robustness: any sequence of the words the rules look for reads without error


_FUZZ_WORDS = [
    *E, "the", "a", "effect", "effects", "of", "on", "was", "were", "is", "not", "no", "by", "via", "through",
    "mediated", "abolished", "reversed", "attenuated", "knockdown", "inhibitor", "overexpression", "when", "after",
    "knocked", "down", "overexpressed", "silenced", "this", "these", "protective", "acts", "exhibited", "to",
    "reduced", "increased", "enhanced", "inhibition", "activation", "and", ",", ";", "(", ")", "pathway", "which",
    "thereby", "targets", "carrying", "derived", "from", "-", "in", "group", "mediate", "delivery", "shifted",
    "stimulated", "with", "knockdown", "modified", "hypoxia", "preconditioned", "confer", "exhibit",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(_FUZZ_WORDS), min_size=1, max_size=24), min_size=1, max_size=3))
def test_any_sentence_of_rule_words_reads_without_error(sentences: list[list[str]]) -> None:
    text = " ".join(" ".join(words) + "." for words in sentences)
    for statement in read(text):
        assert statement.subject.curie != statement.object.curie
        for evidence in statement.evidence:
            assert 0 <= evidence.start < evidence.end <= len(text)
            for span in (evidence.subject_span, evidence.object_span):
                assert span is None or evidence.start <= span[0] < span[1] <= evidence.end


# ---------------------------------------------------------------------------------------------
# Long non-coding RNAs: cargo, and sponges of miRNAs


@pytest.mark.parametrize("text, expected", [
    ("Exosomes carrying lncRNA MALAT1 promoted motor function.", {
        c("Exosomes", "carries", "MALAT1"), c("Exosomes", "increases", "motor function", "+"),
        c("MALAT1", "increases", "motor function", "+")}),
    ("Exosomes carrying the long non-coding RNA MALAT1 reduced apoptosis.", {
        c("Exosomes", "carries", "MALAT1"), c("MALAT1", "decreases", "apoptosis", "-")}),
])
def test_an_rnas_class_word_does_not_hide_its_name(text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert expected <= claims(read(text))


def test_a_class_word_marked_as_an_entity_of_its_own_stays() -> None:
    # the SCAI corpus marks "miRNA" in "the miRNA miR-21" as a (non-specific) miRNA linked to the gene too
    assert {pair("miRNA", "PTEN"), pair("miR-21", "PTEN")} <= linked("The miRNA miR-21 targeted PTEN.")


@pytest.mark.parametrize("text", [
    "Exosomal lncRNA GAS5 sponged miR-21 and upregulated PTEN.",
    "GAS5 acted as a molecular sponge of miR-21 and upregulated PTEN.",
    "GAS5 functions as a sponge for miR-21 and upregulated PTEN.",
])
def test_a_lncrna_sponging_a_mirna_lowers_it(text: str) -> None:
    found = claims(read(text))
    assert {c("GAS5", "decreases", "miR-21", "-"), c("GAS5", "increases", "PTEN", "+")} <= found
    assert pair("miR-21", "PTEN") not in linked(text)  # the sponged miRNA is no subject of the next verb

