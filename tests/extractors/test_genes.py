"""The second gene dictionary: HGNC symbols of genes the lexicon does not list.

Identifiers are checked against HGNC facts written here by hand (ZEB1 is HGNC:11642, NCBI Gene
6935, RGD:3831, MGI:1344313; HMGA2 is HGNC:5009), not read back from the table under test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.entities import extract_mentions
from extractors.genes import GENE, load_genes
from extractors.lexicon import load_lexicon
from kg.errors import InputError
from kg.model import Document
from kg.pipeline import Extractor

ZEB1, HMGA2, AGER = "HGNC:11642", "HGNC:5009", "HGNC:320"


def _genes(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.ref.curie) for m in extract_mentions(text) if m.ref.category == GENE]


def test_symbols_the_lexicon_lacks_are_grounded_to_hgnc() -> None:
    lexicon = load_lexicon()
    assert not any(e.label == "ZEB1" or "ZEB1" in e.synonyms for e in lexicon.entries.values())  # HMGA2 is in both
    assert _genes("miR-200c suppressed ZEB1 and HMGA2 in glioma cells.") == [("ZEB1", ZEB1), ("HMGA2", HMGA2)]
    (mention,) = [m for m in extract_mentions("ZEB1 was reduced.") if m.ref.curie == ZEB1]
    assert (mention.ref.label, mention.ref.category) == ("ZEB1", "biolink:Gene")


def test_any_case_only_for_symbols_with_a_digit() -> None:
    assert _genes("Zeb1 and Hmga2 fell in rat spinal cord.") == [("Zeb1", ZEB1), ("Hmga2", HMGA2)]
    assert _genes("zeb1 and HmgA2 too.") == [("zeb1", ZEB1), ("HmgA2", HMGA2)]
    # letter-only symbols in rodent capitalisation are ordinary words ("Rest", "Clock", "Kit")
    assert _genes("Rest and Clock were recorded with a Kit.") == []


CBL, CBLB, NEFL, KIT = "HGNC:1541", "HGNC:1542", "HGNC:7739", "HGNC:6342"


@pytest.mark.parametrize("text, expected", [
    ("miR-199a-3p targeted Cbl and miR-145-5p targeted Cblb.", [("Cbl", CBL), ("Cblb", CBLB)]),
    ("Nefl mRNA fell, and the expression of Nefl rose.", [("Nefl", NEFL), ("Nefl", NEFL)]),
    ("Kit expression was measured.", [("Kit", KIT)]),
])
def test_a_letter_only_symbol_in_rodent_case_with_a_genes_company(text: str, expected: list[tuple[str, str]]) -> None:
    assert _genes(text) == expected


@pytest.mark.parametrize("text", [
    "Rest and Clock were recorded with a Kit.",  # words
    "Levels were read with an ELISA Kit (Abcam).",
    "Cbl was high.",  # a sentence's first word, with no gene's company
    "Zhang L, Jiao G, Ren S, et al. Exosomes in repair. Tissue Eng Regen Med. 2024.",  # authors, a journal
    "as shown before (Ren et al., 2020).",
    "We used the Human Kit Protein assay.",  # among capitalised words of a product's name
])
def test_a_letter_only_symbol_in_rodent_case_is_otherwise_a_word(text: str) -> None:
    assert not [g for g in _genes(text) if g[0] in {"Cbl", "Kit", "Ren", "Eng", "Rest", "Clock"}]


def test_approved_names_written_out_are_read_too() -> None:
    mef2c, cdkn2a, htt = "HGNC:6996", "HGNC:1787", "HGNC:4851"
    assert _genes("Myocyte enhancer factor 2C and cyclin-dependent kinase inhibitor 2A fell; huntingtin rose.") == [
        ("Myocyte enhancer factor 2C", mef2c), ("cyclin-dependent kinase inhibitor 2A", cdkn2a), ("huntingtin", htt)]
    # "-like" names a domain, not the gene; a one-word name that is also a word is left out
    assert _genes("Exons coding for epidermal growth factor-like repeats were sequenced.") == []
    assert _genes("The maestro of the orchestra.") == []
    assert _genes("It was myocyte enhancer factor") == []  # a name cut short by the end of the text


def test_a_hyphen_before_the_number_is_the_same_symbol() -> None:
    irak2, notch3 = "HGNC:6113", "HGNC:7883"  # IRAK2, NOTCH3: neither is in the lexicon
    assert _genes("miR-146a suppressed IRAK-2, Notch-3 and IRAK2 in HT-22 cells of CD-1 mice.") == [
        ("IRAK-2", irak2), ("Notch-3", notch3), ("IRAK2", irak2)]  # cell lines and strains are no genes
    assert _genes("p-IRAK-2 rose.") == [("p-IRAK-2", irak2)]  # the phosphorylated protein, grounded to its gene


def test_a_number_after_a_hyphen_that_makes_no_symbol_is_another_name() -> None:
    # "CCK-8" is the cell counting kit of viability assays, not cholecystokinin (CCK); CCK alone stays the gene
    assert _genes("CCK-8 assays showed higher viability. CCK-8, EdU and TUNEL were used.") == []
    assert _genes("Exosomes increased CCK in neurons.") == [("CCK", "HGNC:1569")]


def test_symbols_the_field_means_otherwise_are_not_genes() -> None:
    found = {m.text: m.ref.curie for m in extract_mentions("MSC and CA3 neurons; ARC and SPR were used.")}
    assert found.get("MSC") == "CL:0000134"  # the lexicon's mesenchymal stem cell, not HGNC musculin
    assert "CA3" not in found and "ARC" not in found and "SPR" not in found


def test_a_short_form_the_document_defines_decides() -> None:
    # PAH is phenylalanine hydroxylase to HGNC; here it is defined as something else
    assert _genes("Pulmonary arterial hypertension (PAH) worsened; PAH was severe.") == []
    assert _genes("Receptor for advanced glycation end products (AGER) rose; AGER bound HMGB1.")[:2] == [
        ("AGER", AGER), ("AGER", AGER)]
    # a shortening of the gene's name defines its own symbol (AGO2 is "argonaute RISC catalytic component 2")
    assert ("Ago2", "HGNC:3263") in _genes("Platelets hold Argonaute 2 (Ago2) complexes.")


def test_capitals_hyphens_and_the_lexicon_come_first() -> None:
    assert _genes("EXOSOMES FROM MSCS TARGET ZEB1 IN RATS.") == []  # a title set in capitals
    assert _genes("RUNX2, HMGA2, ZEB1 AND MEF2C.")[1:3] == [("HMGA2", HMGA2), ("ZEB1", ZEB1)]  # a list of genes
    assert _genes("p-ZEB1 rose, unlike ZEB1-mediated repair.") == [("p-ZEB1", ZEB1), ("ZEB1", ZEB1)]
    assert _genes("anti-ZEB1 and si-ZEB1 were used.") == []  # an antibody, a silencing construct
    (bax,) = [m for m in extract_mentions("BAX rose.") if m.ref.curie == "HGNC:959"]
    assert bax.ref.label == load_lexicon().entries["HGNC:959"].label  # the lexicon's row, not the symbol table's


def test_statements_and_graph_nodes_use_the_hgnc_genes() -> None:
    extractor = Extractor()
    document = Document(id="t", text="Exosomal miR-200c directly targeted ZEB1 in spinal cord neurons.\n")
    result = extractor.process(document)
    assert any(s.predicate == "targets" and s.object.curie == ZEB1 for s in result.statements)
    node = extractor.entity_table()[ZEB1]
    assert node["label"] == "ZEB1" and node["category"] == "biolink:Gene"
    assert {"NCBIGene:6935", "RGD:3831", "MGI:1344313"} <= set(node["xrefs"])
    assert "zinc finger E-box binding homeobox 1" in node["synonyms"]
    assert "IL8" in extractor.entity_table()["HGNC:6025"]["synonyms"]  # a previous symbol finds its node


def test_a_broken_table_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "genes.tsv"
    bad.write_text("# header\nHGNC:1\tA1BG\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"genes.tsv: data row 1 is not"):
        load_genes.__wrapped__(bad)
    assert len(load_genes()) > 18_000


def test_the_two_gene_dictionaries_agree_on_every_identifier() -> None:
    genes = load_genes()
    for curie, entry in load_lexicon().entries.items():
        for form in (entry.label, *entry.synonyms):
            gene = genes.forms.get(form)
            assert gene is None or gene.hgnc_id == curie, (form, curie, gene)
        if curie.startswith("HGNC:") and curie not in genes.by_curie:
            # only genes whose symbol the table leaves out: two characters (C3) or a hyphen (HLA-DRA)
            assert entry.xrefs and curie in {"HGNC:1318", "HGNC:4947"}, curie


def test_a_written_out_gene_name_with_a_loss_word_keeps_its_sign() -> None:
    # "DNA damage inducible transcript 3" names DDIT3, not the loss of something: no sign turned
    result = Extractor().process(Document(id="t", text="miR-21 reduced DNA damage inducible transcript 3 expression."))
    claims = {(s.subject.label, s.predicate, s.object.curie) for s in result.statements}
    assert any(p == "decreases" and o == "HGNC:2726" for _, p, o in claims), claims



@pytest.mark.parametrize("text, expected", [
    ("Exosomes raised p-mTOR.", ("p-mTOR", "HGNC:3942")),  # a lexicon entry
    ("Exosomes raised phospho-STAT3.", ("phospho-STAT3", "HGNC:11364")),  # an HGNC symbol
    ("Exosomes raised P-JAK2.", ("P-JAK2", "HGNC:6192")),
    ("Exosomes raised p-AKT.", ("p-AKT", "exokg:AKT")),  # the lexicon's own spelling
])
def test_a_phosphorylated_protein_is_its_gene(text: str, expected: tuple[str, str]) -> None:
    (mention,) = [m for m in extract_mentions(text) if m.text == expected[0]]
    assert mention.ref.curie == expected[1]
    assert dict(mention.attributes).get("form") == "phosphorylated"


def test_other_prefixes_still_make_another_word() -> None:
    # "si-STAT3" is a silencing construct, "anti-IL-6" an antibody, "ap-STAT3" no prefix at all
    assert not [m for m in extract_mentions("si-STAT3, anti-KLF4 and ap-STAT3 were used.") if m.ref.category == GENE]


def test_numbers_sharing_a_symbols_letters_are_their_own_genes() -> None:
    assert _genes("miR-X reduced Smad2/3, Smad1/5/8 and CDK4/6 in 2/3 of rats.") == [
        ("Smad2", "HGNC:6768"), ("3", "HGNC:6769"), ("Smad1", "HGNC:6767"), ("5", "HGNC:6771"),
        ("8", "HGNC:6774"), ("CDK4", "HGNC:1773"), ("6", "HGNC:1777")]  # SMAD8 is SMAD9's alias symbol
    assert _genes("Smad1/5/12 rose.") == [("Smad1", "HGNC:6767"), ("5", "HGNC:6771")]  # no SMAD12: the run stops


def test_a_previous_symbol_that_names_one_gene_is_read() -> None:
    # HGNC: AGO2 was EIF2C2, CXCL8 was IL8, COQ8A was ADCK3 (HGNC:3263, HGNC:6025, HGNC:16812)
    assert _genes("eIF2C2, IL8 and ADCK3 rose.") == [("eIF2C2", "HGNC:3263"), ("IL8", "HGNC:6025"),
                                                    ("ADCK3", "HGNC:16812")]
    # a previous symbol another gene has as an alias names neither ("SIP1": GEMIN2 before, ZEB2's alias)
    assert _genes("ZEB1 and SIP1 rose.") == [("ZEB1", ZEB1)]
    assert load_genes().forms["AGO2"].symbol == "AGO2"  # an approved symbol always wins


def test_an_alias_symbol_that_names_one_gene_is_read() -> None:
    # HGNC: DDX20 has the alias GEMIN3, KLRK1 NKG2D, NCAM1 CD56 (HGNC:2743, HGNC:18788, HGNC:7656)
    assert _genes("Gemin3 bound NKG2D ligands on CD56 cells.") == [
        ("Gemin3", "HGNC:2743"), ("NKG2D", "HGNC:18788"), ("CD56", "HGNC:7656")]
    assert "GEMIN3" in Extractor().entity_table()["HGNC:2743"]["synonyms"]
    # not read: one letter and a number (P27 is an alias of IFI27, p27 is CDKN1B to the field; T13 a spinal
    # level), an alias approved symbols extend by a letter (RAP1 is TERF2IP's; papers mean RAP1A/RAP1B)
    assert _genes("P27 and T13 were studied; the Cnr1/Rap1/Akt pathway.") == [("Cnr1", "HGNC:2159")]


def test_a_two_character_symbol_is_read_by_its_name_only() -> None:
    # TH is tyrosine hydroxylase (HGNC:11782), AR the androgen receptor (HGNC:644)
    assert _genes("Tyrosine hydroxylase and the androgen receptor fell; TH and AR did not.") == [
        ("Tyrosine hydroxylase", "HGNC:11782"), ("androgen receptor", "HGNC:644")]
    assert "TH" not in load_genes().forms


def test_an_earlier_name_defines_a_previous_symbol() -> None:
    # COQ8A (HGNC:16812) was ADCK3, "aarF domain containing kinase 3": the old name defines the old symbol
    text = "A mutation in the aarF-domain-containing kinase 3 gene (ADCK3) was found; ADCK3 is mitochondrial."
    assert _genes(text) == [("aarF-domain-containing kinase 3 gene", "HGNC:16812"), ("ADCK3", "HGNC:16812"),
                            ("ADCK3", "HGNC:16812")]
    # a long form that names no gene or protein still decides: LQT1 is KCNQ1's alias, and a syndrome here
    assert _genes("Patients with long QT syndrome type 1 (LQT1) were studied; LQT1 is common.") == []
    assert _genes("LQT1 rose.") == [("LQT1", "HGNC:6294")]


def test_a_numbered_name_the_table_lacks_defines_the_symbol_it_ends_with() -> None:
    # YY1 is "YY1 transcription factor" and SATB2 "SATB homeobox 2" to HGNC (HGNC:12856, HGNC:21637): their older
    # names had refused the symbols they define
    text = "miR-219 represses Yin Yang 1 (YY1) and special AT-rich sequence binding protein 2 (SATB2)."
    assert [g for g in _genes(text) if g[0] in {"YY1", "SATB2"}] == [("YY1", "HGNC:12856"), ("SATB2", "HGNC:21637")]
    # a long form ending with no number, or whose words neither name a protein nor spell the symbol, still decides
    assert _genes("Pulmonary arterial hypertension 2 (PAH) worsened.") == []


def test_long_non_coding_rnas_are_read_as_rnas() -> None:
    # HGNC: GAS5 HGNC:16355, MALAT1 HGNC:29665, CDKN2B-AS1 HGNC:34341, BACE1-AS HGNC:37125 (lncRNA genes)
    found = [(m.text, m.ref.curie, m.ref.category) for m in extract_mentions(
        "lncRNA-GAS5, lnc-MALAT1, CDKN2B-AS1 and BACE1-AS rose.") if m.ref.prefix == "HGNC"]
    rna = "biolink:NoncodingRNAProduct"
    assert found == [("GAS5", "HGNC:16355", rna), ("MALAT1", "HGNC:29665", rna), ("CDKN2B-AS1", "HGNC:34341", rna),
                     ("BACE1-AS", "HGNC:37125", rna)]
    # an antisense transcript written out is no mention of the gene it is named after
    assert _genes("BACE1-antisense and ZEB1-AS2 rose.") == []
    assert Extractor().entity_table()["HGNC:29665"]["category"] == rna



def test_a_rodent_case_symbol_read_as_a_gene_once_is_the_gene_throughout_its_text() -> None:
    text = ("Cblb was a direct target of miR-199a-3p. Knockdown of Cblb raised TrkA. "
            "We confirmed the interaction between TrkA and Cblb.")
    assert [g for g in _genes(text) if g[1] == CBLB] == [("Cblb", CBLB)] * 3
    assert _genes("Cblb was a direct target of miR-199a-3p.") == []  # alone, a sentence's first word says nothing


def test_a_rodent_case_symbol_coordinated_with_a_gene_is_a_gene() -> None:
    assert _genes("Cblb and Cbl gene knockdown lowered TrkA ubiquitination.")[:2] == [("Cblb", CBLB), ("Cbl", CBL)]
    assert _genes("Rest and Clock were recorded with a Kit.") == []  # words beside words stay words
