"""The entity layer: grounded mentions of cells, vesicles, miRNAs, genes, pathways, processes,
outcomes, diseases, species and procedures.

``Annotator().annotate(document)`` runs a spaCy pipeline built on ``spacy.blank("en")``:

1. ``exokg.Tokenizer.v1`` splits letters/digits from punctuation (``miR - 199a - 3p / 145``) so
   every name lines up with token boundaries (see :mod:`extractors.tokens`);
2. ``exokg_sentences`` sets sentence starts without splitting at "et al.", "e.g.", "Fig.";
3. ``exokg_entities`` finds candidates - lexicon names (:mod:`extractors.lexicon`), miRNAs
   (:mod:`extractors.mirna`), vesicle preparations built from a source cell and a vesicle word
   ("BM-MSC-Exos", "exosomes derived from hUC-MSCs"), short forms the document defines
   (:mod:`extractors.abbreviations`), and last the HGNC symbols of genes the lexicon does not
   list (:mod:`extractors.genes`) - and keeps the longest non-overlapping ones as
   ``doc.ents`` (``span.kb_id_`` = CURIE, ``span.label_`` = Biolink category, ``span._.ref``);
4. ``exokg_quantities`` attaches diameters, doses, routes, injury model/level and strains to the
   mentions of their sentence (``span._.attributes``).

``extract_mentions(text_or_document)`` is the one-call Python API.
"""

from __future__ import annotations

import bisect
import gc
import re
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from extractors.abbreviations import TERMING, Abbreviation, find_abbreviations, number_variant
from extractors.cell_words import (
    CELL_LINE_NAME,
    CELL_ORIGINS,
    CELL_STATE_WORDS,
    KIND_MARKERS,
    LOW_OXYGEN,
    TREATMENT_PARTICIPLES,
    alternation,
)
from extractors.genes import GeneSymbols, load_genes, numbered_or_gene_headed, phospho_prefixed, phospho_start
from extractors.lexicon import SOFT_SEPARATORS, Lexicon, LexiconEntry, key_of, load_lexicon, norm_token
from extractors.mirna import arms_named, find_mirnas
from extractors.mirna import ground as ground_mirna
from extractors.quantities import find_quantities
from extractors.tokens import Tokens, sentence_spans, tokenize
from kg.errors import InputError
from kg.model import Document, Mention, Ref

EXTRACTOR_VERSION = "1.120"

VESICLE_CURIES = {"GO:0070062": "exosome", "GO:1903561": "extracellular vesicle", "exokg:ectosome": "ectosome"}
ROUTE_PREFIX = "exokg:route_"
# routes MeSH names: intravenous and intraperitoneal injection, intranasal administration
ROUTE_CURIES = frozenset({"MESH:D007275", "MESH:D007274", "MESH:D000281"})
MODEL_PREFIX = "exokg:model_"
INJURY_CURIES = {"MONDO:0043797", "exokg:SCIRI"}
TAXON_PREFIX = "NCBITaxon:"

# priority when two candidates cover the same span (lower wins)
PRIORITY = {"abbreviation": 0, "mirna": 1, "composite": 2, "process_of_cell": 2, "elided": 2, "marked_cells": 2,
            "lexicon": 3, "state": 4, "gene_symbol": 5}

# "the proliferation and migration of HUVECs", "apoptosis of neurons": a process word before "of" and a cell
# is the process of that cell, where the lexicon has it (cell kinds, then (word, kind) -> process CURIE)
PROCESS_CELL_KINDS = {
    "CL:0000540": "neuron", "CL:0000100": "neuron", "CL:0000740": "neuron",
    "CL:0000115": "endothelial", "CL:0002618": "endothelial", "CL:2000044": "endothelial", "CL:2000008": "endothelial",
    "CL:0000127": "astrocyte", "CL:0000129": "microglia", "CL:0000235": "macrophage",
    "CL:0002453": "oligodendrocyte precursor", "CL:0000047": "neural stem", "CL:0011020": "neural stem",
    "CL:0000669": "pericyte",
    "CL:0000128": "oligodendrocyte", "CL:0000125": "glial", "CL:0002573": "Schwann", "CL:0000057": "fibroblast",
}
PROCESS_OF_CELL = {
    ("apoptosis", "neuron"): "GO:0051402", ("death", "neuron"): "exokg:neuron_death",
    ("proliferation", "endothelial"): "GO:0001935", ("migration", "endothelial"): "GO:0043542",
    ("activation", "astrocyte"): "GO:0048143", ("activation", "microglia"): "GO:0001774",
    ("polarization", "macrophage"): "GO:0042116", ("polarisation", "macrophage"): "GO:0042116",
    ("differentiation", "oligodendrocyte precursor"): "GO:0048709", ("proliferation", "neural stem"): "GO:0061351",
    ("migration", "pericyte"): "GO:1905351", ("angiogenic", "endothelial"): "GO:0001525",
    ("proliferation", "microglia"): "GO:0061518", ("migration", "microglia"): "GO:1904124",
    ("proliferation", "macrophage"): "GO:0061517", ("migration", "macrophage"): "GO:1905517",
    ("proliferation", "astrocyte"): "GO:0048143", ("apoptosis", "oligodendrocyte"): "GO:0097252",
    ("apoptosis", "glial"): "GO:0034349", ("activation", "glial"): "GO:0061900", ("proliferation", "glial"): "GO:0014009",
    ("apoptosis", "endothelial"): "GO:0072577", ("differentiation", "neuron"): "GO:0030182",
    ("proliferation", "Schwann"): "GO:0014010", ("migration", "Schwann"): "GO:0036135",
    ("proliferation", "fibroblast"): "GO:0048144", ("migration", "fibroblast"): "GO:0010761",
    ("survival", "neuron"): "exokg:neuronal_survival", ("viability", "neuron"): "exokg:neuronal_survival",
}
_PROCESS_WORDS = frozenset(word for word, _ in PROCESS_OF_CELL)
# "the proliferation and migration of PC12 cells", "the viability of H2O2-treated SH-SY5Y cells": a cell line is
# no lexicon cell, so its processes are read as the generic ones
CELL_LINE_PROCESS = {"proliferation": "GO:0008283", "migration": "GO:0016477", "survival": "MESH:D002470",
                     "viability": "MESH:D002470"}
_OF_A_CELL_LINE = re.compile(
    rf"\s+of\s+(?:the\s+)?(?:(?:{alternation(CELL_STATE_WORDS)})\s+)?"
    rf"(?:[\w-]+[-‐](?:{alternation(TREATMENT_PARTICIPLES)})\s+)?(?:{CELL_LINE_NAME}|SH-SY5Y)\s+cells\b")
# "the differentiation of NSCs (into neurons)": cells whose differentiation GO has no class of its own differentiate
_CELL_DIFFERENTIATION = "GO:0030154"
# "differentiation into neurons": the kind of cell made -> its differentiation
_DIFFERENTIATION_INTO = {"neuron": "GO:0030182", "astrocyte": "GO:0048708", "oligodendrocyte": "GO:0048709"}
# "differentiation (of NSCs) into (mature) neurons (and astrocytes)": the cells made name the process
_INTO_CELLS = re.compile(r"\s+(?:in)?to(?:wards?)?\s+(?:(?:the|mature|functional|new|newborn|newly formed)\s+)*",
                         re.I)
_DIFFERENTIATION = re.compile(r"\bdifferentiat(?:ion|(e|es|ed|ing))\b", re.I)
_AND_CELLS = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)(?:(?:mature|functional)\s+)?", re.I)
# "... of (the) (cultured) <cell>": where a list of the cell's processes ends
_OF_A_CELL = re.compile(rf"\s+of\s+(?:the\s+)?(?:(?:{alternation(CELL_ORIGINS | CELL_STATE_WORDS)})\s+)?\Z", re.I)
_LIST_PIECE = re.compile(r"[A-Za-z]+|,")
_CELL_LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:and|or)?\s*(?:the\s+)?", re.I)
_LIST_FILLERS = frozenset({"tube", "formation", "capillary", "like", "capacity", "ability", "activity"})
_CELL_PROCESS_CATEGORIES = frozenset({"biolink:BiologicalProcess", "biolink:PhenotypicFeature"})
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
_CARRIER_PARTICIPLES = frozenset({"loaded", "laden"})

# "BM-MSC" + "-" / " " / "-derived " + "Exos"
# "exosomes derived from", "exosomes of (the)" before the modifiers
_DERIVED_FROM_LEAD = re.compile(r"^\s+(?:\S+\s+(?:from|by)|of(?:\s+the)?)\s+")
_SMALL_VESICLE = re.compile(r"s(?:EV|mall)", re.I)
_MOLECULE_RULES = frozenset({"mirna", "lexicon", "gene_symbol"})
_CAND_START = attrgetter("start")
_EX_SUFFIX = re.compile(r"[-‐‑]E[xX]s?\b")
_EXOSOME = "GO:0070062"
_VESICLE = "GO:1903561"
_VESICLES_OF_CELLS_AFTER = re.compile(r"(?:[-‐‑]derived\s+|\s+)(vesicles?)\b")
_VESICLES_OF_CELLS_BEFORE = re.compile(
    r"\b((?i:v)esicles?)\s+(?:derived|isolated|secreted|released|collected|obtained)\s+(?:from|by)\s+(?:the\s+)?"
    r"(?:(?:human|rat|mouse|murine)\s+)?\Z")
_CLOSING_BEFORE_CELLS = re.compile(r"\)\s+")
_CELL_VESICLE_GAP = re.compile(r"(?:[-‐‑–\s]?(?:derived|secreted|released|isolated)?[-‐‑–\s]?)\Z", re.I)
_SHORT_FORM_AFTER = re.compile(r" \([A-Za-z][\w-]{0,10}\)(?=[-‐‑–\s])")
# "exosomes" + " derived from " + (modifiers) + "BM-MSCs"; "exosomes of (hypoxic) MSCs" names the same
_VESICLE_CELL_GAP = re.compile(
    # the vesicles' short form may stand between ("extracellular vesicles (EVs) from BMSCs")
    r"(?:\s\([A-Za-z][\w-]{0,10}\))?"
    r"\s+(?:(?:that\s+(?:were|are)\s+|which\s+(?:were|are)\s+)?(?:derived|extracted|isolated|secreted|released|"
    r"obtained|purified|collected|produced|generated)\s+(?:from|by)|from|of(?:\s+the)?)\s+"
    # up to three words, a miRNA's name counting as one ("from microRNA 146a overexpressed BMSCs"), a word
    # keeping its short form ("from interferon-γ (IFN-γ)-primed BMSCs")
    # ("from TNF-α/IFN-γ-primed ADSCs": two stimuli joined by a slash are one word)
    r"(?:(?:micro-?RNA|miRNA)[\s-]\d[\w-]*\s+|[A-Za-z][\w'’/-]*(?:\s\([\w-]{1,12}\)[\w'’-]*)?\s+){0,3}\Z",
    re.I,
)
# "ADMSCs secreted exosomes" is a clause (plural subject, verb, object), not a preparation's name
_CLAUSE_GAP = re.compile(r"\s+(?:derived|secreted|released|isolated)\s", re.I)
# "miR-126-modified", "miR-133b-overexpressing", "miR-21 transfected": the cells were made to carry it
_MODIFIED_BY = re.compile(r"[-‐‑\s](?:(?:mimic|agomir)s?[-‐‑\s](?:treated|transfected|transduced|modified)|modified|"
                          r"overexpress(?:ing|ed)|over-express(?:ing|ed)|transfected|transduced|engineered|enriched|"
                          r"loaded)\b", re.I)
# "transfected with a miR-21-5p inhibitor (Exo-anti-miR-21)": the words between a molecule the cells were made to
# lack and the short form the definition gives their vesicles
# (or the act: "Transfection of donor cells with a miR-146a-5p inhibitor yielded EVs (anti-146a-EVs)")
_WITH_BEFORE = re.compile(r"\b(?:transfected|transduced|treated|infected|(?:transfection|transduction|treatment)\s+of\s+"
                          r"[^,;.()]{1,40}?)\s+with\s+(?:an?\s+|the\s+)?\Z", re.I)
# what cells are given to make them lack a molecule, and to make them carry more of one (matched ignoring case)
_SILENCERS = r"inhibitors?|antagomirs?|sponges?|siRNAs?|shRNAs?"
_SILENCER_NAMES = r"small interfering RNAs?|short hairpin RNAs?"
_MIMICS = r"mimics?|agomirs?"
_SILENCER_AFTER = re.compile(rf"[-‐‑\s]+(?:{_SILENCERS}|{_SILENCER_NAMES})(?:\s+\w+){{0,3}}?\s*\(", re.I)
# "USCs were transduced with shRNA against MFG-E8 to obtain knockdown exosomes (shMFG-E8-Exos)"
_SILENCER_AGAINST = re.compile(rf"\b(?:siRNAs?|shRNAs?|{_SILENCER_NAMES})\s+(?:against|targeting)\s+\Z", re.I)
_TO_KNOCKDOWN_VESICLES = re.compile(r"[^.;()]{0,60}\b(?:knockdown|knock-down|silenced|deficient)\s+"
                                    r"(?:exosomes?|EVs?|sEVs?|extracellular vesicles?)\s*\(", re.I)
# "HGF was knocked down in donor cells by shRNA (shHGF-EVs)": the molecule the cells were made to lack, said first
_KNOCKED_DOWN_AFTER = re.compile(r"\s+(?:was|were)\s+(?:knocked[-‐\s]down|silenced|depleted|deleted)\b[^.;()]{0,60}\(",
                                 re.I)
# "Exosomes depleted of miR-200a-3p (Exo-anti-200a)", "miR-223-3p-depleted exosomes (Exo-anti-223)": vesicles
# named as lacking the molecule, their cells said after
_VESICLES_LACKING_BEFORE = re.compile(r"\b(?:exosomes?|EVs?|sEVs?|extracellular vesicles?)\s+(?:depleted\s+of|"
                                      r"lacking|deficient\s+in)\s+\Z", re.I)
_LACKING_VESICLES_AFTER = re.compile(r"[-‐‑](?:depleted|deficient|knockdown)\s+(?:exosomes?|EVs?|sEVs?|"
                                     r"extracellular vesicles?)\s*\(", re.I)
# "Exosomes from BMSCs overexpressing miR-124-3p (miR-124-3p-Exos)": a miRNA the cells were made to carry
_CARRY_BEFORE = re.compile(r"\b(?:overexpressing|over-expressing|(?:transfected|transduced|engineered|modified)\s+"
                           r"with)\s+(?:an?\s+|the\s+)?\Z", re.I)
_MIMIC_AFTER = re.compile(rf"[-‐‑\s]*(?:(?:{_MIMICS})(?:\s+\w+){{0,3}}?)?\s*\(", re.I)
_DEPLETABLE = frozenset({"biolink:MicroRNA", "biolink:Gene", "biolink:Protein", "biolink:NoncodingRNAProduct"})
# "miR-21-knockdown", "PTEN-silenced": the cells were made to lack it
_DEPLETED_BY = re.compile(r"[-‐‑\s](?:knockdown|knock-down|knocked[- ]down|silenced|deficient|depleted|knockout|"
                          r"knock-out|null|(?:inhibitor|antagomir|sponge|siRNA|shRNA)s?[-‐‑\s](?:transfected|"
                          r"transduced|treated|modified))\b", re.I)
# a plural noun and a word that is also a verb: "exosomes release", "EVs release" (a clause, not a noun compound)
_PLURAL_THEN_VERB = re.compile(r"\w+s\s+(?:release|secrete|transfer)", re.I)
_RELATED_SUFFIX = re.compile(r"[-‐‑–](?:related|associated|dependent|specific|like)\b", re.I)
_MODIFIER_CATEGORIES = {"biolink:BiologicalProcess", "biolink:Pathway"}
# "ATP-binding cassette", "ATP-sensitive potassium channels": a chemical naming what a protein binds or senses
_BINDER_SUFFIX = re.compile(r"[-‐‑–](?:binding|sensitive|gated|dependent)\b", re.I)
# a prefix that leaves the name after it standing on its own: "post-SCI", "pre-injury"
# "interleukin (IL)-10", "tumor necrosis factor (TNF)-α": a member's number or letter written after the family's
# defined short form; the whole run names the member its short form and suffix spell ("IL-10")
_SUFFIX_AFTER_SHORT_FORM = re.compile(
    r"\)[-‐‑]?([0-9]{1,2}(?:[αβγδκ]|alpha|beta|gamma|[A-Za-z])?(?![\w-])|[αβγδκ][0-9]?(?![\w-]))")
_TIME_PREFIX = re.compile(r"(?<![\w-])(?:post|pre|peri)[-‐‑–]\Z", re.I)

# a cell state written without its cell: "M1 phenotype", "the M2-type", "A1 phenotype", "M1/M2 polarization"
_STATE = re.compile(
    r"(?<![\w/-])(?P<s1>[MA][12])(?:\s?/\s?(?P<s2>[MA][12]))?"
    r"(?P<tail>(?:[-‐ ](?:type|like|polari[sz]ed|phenotype))?(?:\s(?:phenotypes?|types?|states?|subtypes?|polari[sz]ation|"
    r"activation))?)(?![\w-])"
)
# "iNOS+/Iba1+ (M1) cells": the state the markers define, in parentheses before "cells"
_STATE_OF_CELLS = re.compile(r"\)\s+cells\b")
# "CD86+/Iba1+ cells", "Iba1+/CD206+ microglia", "C3-positive/GFAP-positive astrocytes": cells counted by a
# marker of a state and (optionally) one of their kind; the gaps after a marker, between markers, and before the cells
_MARK = re.compile(r"(?:\+|[-‐‑ ]positive)")
_BETWEEN_MARKS = re.compile(r"\s*/\s*|\s?")
# a short name of cells ("hAMSCs", "WJ-MSCs" is read by its parts)
_SHORT_CELL_NAME = re.compile(r"[A-Za-z]*[A-Z]{2,}[A-Za-z]*s?")
# (also "the CD206+/Iba1+ fraction", "the CD86+ population of microglia", "the CD86+ fraction of lesional
# macrophages": those cells among others)
_MARKED_CELLS = re.compile(r"(?:\s+\((?P<state>[MA][12])\))?\s+(?P<cells>cells|microglia(?:l cells)?|macrophages|astrocytes"
                           r"|(?:fraction|(?:sub)?population|subset)"
                           r"(?:\s+of\s+(?:the\s+)?(?:(?:peri-?)?lesional\s+|infiltrating\s+|recruited\s+|resident\s+|"
                           r"spinal\s+|total\s+)?(?P<of>microglia(?:l cells)?|macrophages|astrocytes)\b)?)\b")
# a state's synonym naming it by a marker ("CD86+ microglia", "C3-positive astrocytes")
_STATE_MARKER_SYNONYM = re.compile(r"(?P<marker>.+?)(?:\+|-positive) (?:microglia|macrophages|astrocytes)")
_CELL_WORD_GROUP = {"microglia": "microglia", "microglial cells": "microglia", "macrophages": "macrophage",
                    "astrocytes": "astrocyte"}
# host cell groups: the cell a bare state belongs to is the nearest one named in its sentence
STATE_HOSTS = {  # a cell, its states, or the polarization of the cell ("microglial polarization from M1 to M2")
    "macrophage": {"CL:0000235", "CL:0000863", "CL:0000890", "CL:0000878", "CL:0000864", "GO:0042116"},
    "microglia": {"CL:0000129", "exokg:M1_microglia", "exokg:M2_microglia", "GO:0001774"},
    "astrocyte": {"CL:0000127", "exokg:A1_astrocyte", "exokg:A2_astrocyte"},
}
STATE_CELLS = {("macrophage", "M1"): "CL:0000863", ("macrophage", "M2"): "CL:0000890",
               ("microglia", "M1"): "exokg:M1_microglia", ("microglia", "M2"): "exokg:M2_microglia",
               ("astrocyte", "A1"): "exokg:A1_astrocyte", ("astrocyte", "A2"): "exokg:A2_astrocyte"}
STATE_POLARIZATION = {("macrophage", "M1"): "exokg:M1_macrophage_polarization",
                      ("macrophage", "M2"): "exokg:M2_macrophage_polarization",
                      ("microglia", "M1"): "exokg:M1_microglia_polarization",
                      ("microglia", "M2"): "exokg:M2_microglia_polarization",
                      ("macrophage", "M1/M2"): "GO:0042116", ("microglia", "M1/M2"): "GO:0001774"}
# a cell's state -> the polarization that makes it, or None ("differentiation of microglia into the M1 phenotype")
_STATE_POLARIZATION_OF_CELL = {cell: STATE_POLARIZATION.get(key) for key, cell in STATE_CELLS.items()}
# a cell word right before a bare M state names its host ("microglial M2-type polarization")
_STATE_HOST_WORDS = {"microglial": "microglia", "microglia": "microglia", "macrophage": "macrophage",
                     "macrophages": "macrophage"}
_STATE_HOST_BEFORE = re.compile(r"(?<![\w-])(microglial?|macrophages?)[ -]\Z", re.I)
# "polarization from M1 to M2", "shifted ... toward the M2": a bare state named as a phenotype's end point
_BARE_STATE_CONTEXT = re.compile(
    r"(?:polari[sz]\w*|phenotypes?|shift\w*|switch\w*|transition\w*|transform\w*|convert\w*|conversion|reprogram\w*|"
    r"skew\w*)\b"
    r"[^.;]{0,40}?\b(?:from|to|towards?|into)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+[+⁺](?:/[\w-]+[+⁺])*\s+)?\Z", re.I)  # "from an iNOS+ M1 to ...": the state's marker before it
# "toward an anti-inflammatory phenotype": the M2 state named by what it does, read only as a shift's end point
_INFLAMMATORY_STATE = re.compile(
    r"(?<![\w-])(?P<way>anti|pro)[-‐‑ ]?inflammatory\s+(?:phenotypes?|states?|subtypes?)(?![\w-])", re.I)
# what follows a gene's name inside another gene's ("tumor necrosis factor (TNF)-stimulated gene-6")
_NAMES_ANOTHER_GENE = re.compile(r"(?:\s*\([\w-]+)?\)?[-‐‑ ](?:stimulated|induced|inducible|responsive|regulated)"
                                 r"[-‐‑ ](?:gene|protein)\b", re.I)
# a vesicle word anywhere in a name (a listed source cell's name, which stands for their vesicles, has none)
_NAMES_VESICLES = re.compile(r"exosom|vesic|\bs?EVs?\b|\bExos?\b", re.I)
# "shHGF-EVs": vesicles of cells given a gene's shRNA ("siPTEN-Exos" are more often loaded with the siRNA itself)
_SILENCER_PREFIX = re.compile(r"sh([A-Z][A-Za-z0-9]{1,9})")
# "EVs-siROCK2": vesicles named with the gene's siRNA they were loaded with after them
_SIRNA_SUFFIX = re.compile(r"[-‐‑]si([A-Z][A-Za-z0-9]{1,9})\b")
# "siNLRP3-sEVs", "CAQK-siNLRP3-sEVs": ... or before them (a targeting peptide's name before it, as in "RVG-Cur-Exos",
# "CAQK-EVs")
# "MEP amplitude increased ... and latency shortened": a latency named alone after motor evoked potentials
_MEP, _MEP_LATENCY = "exokg:MEP", "exokg:MEP_latency"
_BARE_LATENCY = re.compile(r"\blatenc(?:y|ies)\b", re.I)
# (a withdrawal or escape latency is a test of its own: "paw withdrawal latency")
_CLAUSE_OPENED_BEFORE = re.compile(r"(?:\band|\bbut|\bwhereas|\bwhile|,)\s+(?:(?:the|its|their)\s+)?\Z", re.I)
_TIMED_RESPONSE = re.compile(r"\b(?:withdrawal|escape|response|onset|sleep|tail-flick|flick)\s+\Z", re.I)
# "Exo-siNC", "EVs-NC", "Exo-shCtrl": vesicles named with a control after them, the plain preparation
_CONTROL_SUFFIX = re.compile(r"[-‐‑](?:si|sh)?(?:NC|Ctrl|Con|Control|Scr)\b")
_SIRNA_PREFIX = re.compile(r"(?:[A-Za-z][A-Za-z0-9]{1,9}[-‐‑])?si([A-Z][A-Za-z0-9]{1,9})")
# a vesicle word a preparation's short name ends in, and the prefix glued before it ("IGF-Exo", "LPS-EVs")
_SHORT_VESICLE_WORD = re.compile(r"(?:E[xX][oO]s?|s?EVs?)")
# "γ-EVs" too (IFN-γ-primed), and a culture's name opening with its number ("3D-Exos", "2D-Exos")
_VESICLE_PREFIX = re.compile(r"(?<![\w‐‑-])((?:[A-Z][A-Z0-9]{1,9}[-‐‑])?[A-Za-zα-ωΑ-Ω][A-Za-z0-9]{0,9}|"
                             r"[0-9][A-Za-z][A-Za-z0-9]{0,8})[-‐‑]\Z")
# before a vesicle word, a miRNA named by its number with the mark of what its cells were given: a blocker
# ("inh-338-sEVs", "miR-146a-inh-Exos", "anti-216a-H-EVs", "26a-i-Li-EVs", the sponge's "miR-126-sp-Exos") or a
# mimic ("mim-338-sEVs", "miR-146a-mimic-Exos"), and the short name of the preparation made so ("H-", "Li-")
_MARKED_NAME = re.compile(
    r"(?<![\w‐‑-])(?:(?P<pre>anti|inhi?|i|mim(?:ic)?|antago(?:mir)?|ago(?:mir)?)[-‐‑])?(?:miR[-‐‑]?)?"
    r"(?P<number>\d{1,4}[a-z]?)(?:[-‐‑](?P<arm>[35]p))?"
    r"(?:[-‐‑](?P<post>inhi?|i|anti|sp|sponge|mim(?:ic)?|KD|OE))?[-‐‑](?P<rest>(?:[A-Za-z][A-Za-z0-9]{0,7}[-‐‑]){0,2})\Z")
_MIMIC_MARKS = frozenset({"mim", "mimic", "ago", "agomir", "OE"})
_MIRNA_NUMBER = re.compile(r"miR-(\d{1,4}[a-z]?)(?:-([35]p))?", re.I)
# "miR140-Exos", "CAQK-miR22-sEVs", "miR-124-3p-EVs": vesicles named after the miRNA they were made to carry
_MIRNA_IN_VESICLE_NAME = re.compile(
    r"(?:\A|[-‐‑])miR[-‐‑]?(?P<number>\d{1,4}[a-z]?)(?:[-‐‑](?P<arm>[35]p))?[-‐‑](?:E[xX][oO]s?|s?EVs?)\Z")
# the word of a list before a process name ("neuronal and | oligodendrocyte differentiation") and what ends it
_COORDINATED_WORD_BEFORE = re.compile(
    r"(?<![\w-])(?P<word>[A-Za-z]+)(?P<sep>\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|/)\Z")
_COORDINATED_WORD_AFTER = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|/)(?P<word>[A-Za-z]+)(?![\w-])")
_ELIDED_CATEGORIES = frozenset({"biolink:BiologicalProcess", "biolink:PhenotypicFeature"})
# "adipose-derived and " or "bone marrow- and " before cells named by their source: a tissue sharing their head
_ELIDED_SOURCE_BEFORE = re.compile(
    r"(?<![\w-])(?P<words>[A-Za-z]+(?: [A-Za-z]+){0,2})(?P<suffix>-derived|-)\s*,?\s+(?:and|or)\s+\Z")
# the words from a name into the parenthesis after it, not yet closed
_INSIDE_AN_ASIDE = re.compile(r"\s*\([^()]*")
# between source cells listed after "EVs from": a comma or "and"/"or", after a bracketed aside ("(SMD 1.86, 95% CI
# 1.42-2.30)") or none
_LISTED_SOURCE_GAP = re.compile(r"(?:\s*\([^()]{0,80}\))?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:from\s+)?")
# " or " + up to three words of the cells' state ("IFN-γ-stimulated", "hypoxia pretreated") before the same cells
_COORDINATED_SOURCE_GAP = re.compile(r"\s+(?:or|and)\s+(?:[\w'’]+(?:[-‐‑][\w'’]+)*[-‐‑\s]+){1,3}")
_NOT_A_SOURCE_STATE = re.compile(r"\b(?:from|by|of|in|with|to|the|their|exosomes?|vesicles?|EVs?|Exos?|derived)\b",
                                 re.I)
_NOT_MODIFIER = re.compile(r"\b(?:and|or|with|in|of|the|which|that|to|as)\b", re.I)
# "from TNF-α- and IFN-γ-primed ADSCs": "and" after a hyphen joins the halves of one modifier, both stimuli given
_SUSPENDED_HYPHEN = re.compile(r"[-‐‑]\s+and\s+")
# "exosomes from young (Y-Exo) and aged (A-Exo) MSCs": donors told apart by age or health, the cells one kind
_DONOR_WORDS = r"(?:young|younger|aged|old|older|elderly|adult|neonatal|fetal|juvenile|healthy)"
_DONOR_PAIR = re.compile(rf"\b{_DONOR_WORDS}(?:\s\([\w-]{{1,12}}\))?\s+(?:and|or)\s+(?={_DONOR_WORDS}\b)", re.I)


# "(isolated|collected) from (the) | BMSCs": the cells vesicles came from
_FROM_BEFORE = re.compile(r"\b(?:from|by|of)\s+(?:the\s+|human\s+|rat\s+|mouse\s+)*\Z", re.I)
# "before exosome collection (Mel-Exo)": vesicles collected from cells a clause before treated
_COLLECTED_BEFORE_SHORT_FORM = re.compile(r"\s+(?:collection|isolation|harvest(?:ing)?|extraction|purification)\s*\(")
_BEFORE_COLLECTION = re.compile(r"\b(?:before|prior\s+to)\s+(?:the\s+)?\Z", re.I)
# "DPSCs were exposed to 2 mM lithium chloride for 48 h, and their exosomes (Li-Exos)": the treated cells' vesicles
_THEIR_AFTER_TREATMENT = re.compile(r",?\s+and\s+their\s+\Z")
_RIGHT_BEFORE_SHORT_FORM = re.compile(r"\s*\(")
# "..., and their exosomes (Exos)": the vesicles of cells named before
_THEIR_BEFORE = re.compile(r"\btheir\s+\Z", re.I)
# "PMSCs were incubated with melatonin for 24 h, and sEVs were collected (MT-sEVs)": the treated cells' vesicles,
# collected after the treatment the clause opened with
_AND_THEN_BEFORE = re.compile(r",?\s+and\s+(?:then\s+)?(?:the\s+|their\s+)?(?:small\s+)?\Z")
_OPENING_DETERMINERS = re.compile(r"(?:(?:The|Their|These|Small)\s+)*", re.I)
_COLLECTED_THEN_SHORT_FORM = re.compile(
    r"(?:\s+(?:were|was)\s+(?:then\s+|subsequently\s+)?(?:collected|isolated|harvested|purified|extracted|obtained)"
    r"(?:\s+(?:from\s+(?:the\s+)?(?:conditioned\s+)?(?:media|medium|supernatants?)))?(?:\s+by\s+(?:differential\s+)?"
    r"ultracentrifugation)?(?:\s+(?:for|over)\s+(?:the\s+next\s+)?\d+\s*(?:h|hours?|days?))?"
    # "..., and exosomes from primed cells (TI-Exos)": the cells the clause treated
    r"|\s+(?:from|of)\s+(?:the\s+|these\s+)?(?:primed|treated|pretreated|pre-treated|stimulated|preconditioned|"
    r"pre-conditioned|exposed|licensed)\s+cells"
    # "..., and EVs secreted by these cells (miR-26a-EVs)", "exosomes from these cells (miR126-Exos)"
    r"|\s+(?:from|of|secreted\s+by|released\s+by)\s+these\s+cells)\s*\(")
# "BMSCs were (first) incubated with", "were cultured under": what was done to the cells follows
# (past the cells' short form: "Adipose-derived stem cells (ADSCs) were incubated with")
_CELLS_TREATED_AFTER = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:\s+(?:isolated|obtained|harvested)\s+from\s+[^,;.()]{1,60}?)?"
                                  r"\s+(?:were|was)\s+(?:first\s+|then\s+)?"
                                  # ("were left untreated or stimulated with")
                                  r"(?:(?:left\s+)?(?:untreated|unstimulated|unprimed|naive|naïve)\s+or\s+)?"
                                  r"(?:pre-?treated|treated|incubated|cultured|"
                                  r"exposed|stimulated|primed|pre-?conditioned|challenged"
                                  # "USCs were transduced with a lentivirus encoding miR-140-5p": made, given nothing
                                  r"|(?:stably\s+)?(?P<made>transduced|transfected|infected|engineered))"
                                  r"\s+(?:with|to|in|under|by)\s",
                                  re.I)
# "TNF-α and IFN-γ", "tumor necrosis factor-α (TNF-α, 10 ng/mL) plus interferon-γ": two stimuli given together
_STIMULI_JOINED = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+(?:and|plus)\s+")
_NO_STIMULUS = frozenset({"biolink:Cell", "biolink:CellularComponent", "biolink:OrganismTaxon", "biolink:CellLine"})
# "under hypoxia", "in 1% O2", "hypoxic conditions": a low-oxygen culture
_HYPOXIC_CULTURE = re.compile(rf"\bhypoxi|\b{LOW_OXYGEN}", re.I)
# "(Li-Exos and P-Exos, respectively)", "(2D-Exos and 3D-Exos)": two short forms defined together, in the order
# their cultures were named
# ("(termed N-sEVs and P-sEVs, respectively)": named in the parentheses)
_TERMED_IN_PARENTHESES = re.compile(rf"\(\s*{TERMING}\s", re.I)
_RESPECTIVE_PAIR = re.compile(
    rf"\((?:\s*{TERMING})?\s*([\w][\w-]{{0,23}})\s+and\s+([\w][\w-]{{0,23}})(\s*,\s*respectively)?\s*\)")
# "sEVs from primed and unprimed cells were termed Res-sEVs and Con-sEVs", "exosomes of young and aged rats' BMSCs,
# hereafter Y-Exos and A-Exos": two short forms defined together in words
_TERMED_PAIR = re.compile(
    r"\b(?:(?:were|are)\s+(?:termed|designated|named|called|denoted|referred\s+to\s+as)|hereafter"
    r"(?:\s+(?:termed|called|named|referred\s+to\s+as))?)\s+([\w][\w-]{0,23})\s+and\s+([\w][\w-]{0,23})"
    r"(\s*,\s*respectively)?(?=[\s,.;)])")
_TERMING_WORDS = ("termed", "hereafter", "named", "called", "designated", "denoted", "referred")
# "from primed and unprimed cells": the treated culture named first; "from untreated and treated cells": second
_TREATED = r"(?:primed|treated|pretreated|pre-treated|preconditioned|stimulated|exposed)"
_UNTREATED = r"(?:un\w+|non-?\w+|naive|naïve|control)"
# "exosomes from unprimed cells (N-Exos)", "sEVs of the untreated cells (Con-sEVs)": the untreated cells' vesicles
_FROM_UNTREATED_CELLS = re.compile(rf"\s+(?:from|of)\s+(?:the\s+)?{_UNTREATED}\s+(?:cells|MSCs)\s*\(", re.I)
_TREATED_FIRST = re.compile(rf"\b{_TREATED}\s+(?:and|or)\s+{_UNTREATED}\b", re.I)
_TREATED_SECOND = re.compile(rf"\b{_UNTREATED}\s+(?:and|or)\s+{_TREATED}\b", re.I)
# a miRNA's name glued to a vesicle word ("miR133b-Exos"), and the short form of control vesicles ("NC-Exos")
_GLUED_VESICLE_WORD = re.compile(r"[-‐‑](?:E[xX][oO]s?|s?EVs?)")
_CONTROL_SHORT_FORM = re.compile(r"(?:NC|Ctrl|Con|Control|Vec|Vector|Blank|Scr|EV|GFP|LV-NC)[-‐‑](?:E[xX][oO]s?|s?EVs?)")
# what cells were given, just before it ("primed with ", "pretreated with 50 ng/mL ", "exposed to ")
_GIVEN_BEFORE = re.compile(r"\b(?:primed|pre-?treated|treated|stimulated|challenged|licensed|pre-?conditioned|exposed|"
                           r"incubated)\s+(?:with|to|by)\s+(?:[\d.,]+\s*\S+\s+)?\Z", re.I)
# a sentence ending just before a clause, and vesicles opening a clause ("Exosomes (", "The sEVs (")
_SENTENCE_BEFORE = re.compile(r"\.\s\Z")
_VESICLE_WORDS_OPENING = (r"(?:(?:The|These|Their)\s+)?"
                          r"(?:exosomes|EVs|sEVs|extracellular vesicles|small extracellular vesicles)")
_VESICLES_OPENING = re.compile(_VESICLE_WORDS_OPENING + r"\s*\(", re.I)
# (short forms given in words: "sEVs from primed and unprimed cells were termed ...")
_TERMED_VESICLES_OPENING = re.compile(_VESICLE_WORDS_OPENING + r"\s", re.I)
# "transfected with a miR-145-5p inhibitor or a negative control": what the cells were given, then its control
_SILENCER_OR_MIMIC = re.compile(rf"[-‐‑\s]*(?:(?P<silencer>{_SILENCERS})|{_MIMICS})\b", re.I)
_CONTROL_NAME = (r"(?:(?:an?|the)\s+)?(?:negative[-‐\s]control|scrambled|control|NC)"
                 r"(?:\s+(?:inhibitors?|mimics?|siRNAs?|shRNAs?|sequences?|oligonucleotides?|vectors?))?")
_OR_A_CONTROL = re.compile(r"\s+or\s+" + _CONTROL_NAME + r"\b", re.I)
_A_CONTROL_OR = re.compile(r"\bwith\s+" + _CONTROL_NAME + r"\s+or\s+(?:an?\s+|the\s+)?\Z", re.I)
_WITH_OR_WITHOUT = re.compile(r"\b(?:with\s+or\s+without|without\s+or\s+with)\s", re.I)
_NORMOXIC_CULTURE = re.compile(r"\bnormoxi", re.I)
# where a vesicle short form's name cannot reach back past
_CLAUSE_END = re.compile(r"[.;]\s")
# "(22-30 years; Y-EVs)": an aside, whose marks end no clause of the sentence around it
_ASIDE = re.compile(r"\([^()]*\)")
# what follows "anti-X" when it names an antibody against X
_ANTIBODY_AFTER = re.compile(r"\s*(?:(?:neutralizing|neutralising|blocking|monoclonal|polyclonal)\s+)?"
                             r"(?:antibod|abs?\b|mabs?\b|igg)", re.I)
# categories a "p-"/"phospho-" prefix marks as phosphorylated ("p-mTOR"), not as another word's part
PHOSPHORYLATABLE = frozenset({"biolink:Gene", "biolink:GeneFamily", "biolink:Protein", "biolink:GeneProduct",
                              "biolink:GeneOrGeneProduct", "biolink:MacromolecularComplex"})


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    curie: str
    rule: str
    ref: Ref | None = None
    attached_left: bool = False
    attributes: dict[str, str] = field(default_factory=dict)

    @property
    def length(self) -> int:
        return self.end - self.start


def _antagonist(candidate: Candidate) -> bool:
    """Whether a miRNA is named as the reagent that blocks it ("anti-miR-21", "antagomir-21")."""
    return candidate.attributes.get("form") == "antagonist"


@dataclass
class AnnotatedDocument:
    """A document with its spaCy Doc, grounded mentions and sentence spans."""

    document: Document
    doc: Any  # spacy.tokens.Doc
    mentions: list[Mention]
    sentences: list[tuple[int, int]]
    abbreviations: dict[str, Ref] = field(default_factory=dict)

    def sentence_of(self, offset: int) -> tuple[int, int] | None:
        for s, e in self.sentences:
            if s <= offset < e:
                return (s, e)
        return None


# ---------------------------------------------------------------------------------------------
# lexicon matching over tokens


class _Norms:
    """Per-word cache of (folded, exact) matching forms; words repeat, so this saves most work."""

    def __init__(self) -> None:
        self.cache: dict[str, tuple[str, str]] = {}

    def __call__(self, word: str) -> tuple[str, str]:
        got = self.cache.get(word)
        if got is None:
            got = (norm_token(word), norm_token(word, fold=False))
            if len(self.cache) < 200_000:
                self.cache[word] = got
        return got


_INNER_SHORT_FORM = re.compile(r"[A-Z][A-Za-z0-9]{1,9}")


def _after_inner_short_form(text: str, words: list[str], starts: list[int], ends: list[int], is_space: list[bool],
                            first: int, last: int, opening: int) -> int | None:
    """The token after "(SF) " when token ``opening`` opens a short form whose capitals are, in order, initials of
    the name's words before it (tokens ``first`` to ``last``), the first word's among them; else None."""
    n = len(words)
    inner, closing, after = opening + 1, opening + 2, opening + 3
    if after >= n or words[closing] != ")" or not _INNER_SHORT_FORM.fullmatch(words[inner]):
        return None
    if text[ends[last]:starts[opening]] != " " or text[ends[closing]:starts[after]] != " " or is_space[after]:
        return None
    capitals = [ch for ch in words[inner] if ch.isupper()]
    initials = iter(w[0].upper() for w in words[first:last + 1] if w[:1].isalpha())
    if len(capitals) < 2 or next(initials, "") != capitals[0] or not all(ch in initials for ch in capitals[1:]):
        return None
    return after


def match_lexicon(text: str, toks: Tokens, lex: Lexicon, norms: _Norms) -> list[Candidate]:
    """Every lexicon match starting at each token (all lengths; resolution picks), as candidates.

    Only tokens whose matching form begins some lexicon key can start a match; they are picked out
    per distinct word first (a set and a comprehension, at C speed), so the Python loop below runs
    for a fraction of the tokens.
    """
    words, starts, ends, is_space = toks.words, toks.starts, toks.ends, toks.is_space
    prefixes, index = lex.prefixes, lex.index
    n = len(words)
    forms = {w: norms(w) for w in set(words)}
    can_start = {w for w, (folded, _) in forms.items()
                 if folded in prefixes and w not in SOFT_SEPARATORS and not w.isspace()}
    out: list[Candidate] = []
    for i in [i for i, w in enumerate(words) if w in can_start]:
        key, ekey = forms[words[i]]
        hits: list[tuple[int, str]] = []
        j = i
        while True:
            if key in index:
                curie = lex.lookup(key, ekey)
                if curie is not None:
                    hits.append((j, curie))
            k = j + 1
            while k < n and (is_space[k] or words[k] in SOFT_SEPARATORS):
                k += 1
            if k >= n:
                break
            gap = text[ends[j]:starts[k]]
            if not gap:
                joiner = ""
            elif gap == " ":
                joiner = " "
            elif len(gap) > 3 or "\n" in gap:
                break
            else:
                joiner = "" if any(ch in SOFT_SEPARATORS for ch in gap) else " "
            nf, ne = forms[words[k]]
            nkey = key + joiner + nf
            if nkey not in prefixes and words[k] == "(":
                # "the Basso, Beattie and Bresnahan (BBB) locomotor rating scale": the short form defined inside
                # the name is part of the mention, not of the name
                after = _after_inner_short_form(text, words, starts, ends, is_space, i, j, k)
                if after is None:
                    break
                nf, ne = forms[words[after]]
                if key + " " + nf not in prefixes:
                    break
                key, ekey, j = key + " " + nf, ekey + " " + ne, after
                continue
            if nkey not in prefixes:
                if joiner or " " not in key or not nf.isalpha():
                    break
                # "umbilical cord-mesenchymal stem cells": a hyphen written where a multi-word name has a space
                joiner = " "
                nkey = key + joiner + nf
                if nkey not in prefixes:
                    break
            key, ekey = nkey, ekey + joiner + ne
            j = k
        if hits:
            s = starts[i]
            # glued to the word before ("anti-IL-6"), unless that names a time ("post-SCI" names the injury) or the
            # words open with what carries the word before ("BMSC-Exos-loaded hydrogel": the hydrogel is the route)
            attached = s >= 2 and text[s - 1] in SOFT_SEPARATORS and text[s - 2].isalnum() and not (
                _TIME_PREFIX.search(text, max(0, s - 7), s)) and words[i].lower() not in _CARRIER_PARTICIPLES
            phospho = phospho_start(text, s) if attached else None
            # "an anti-PD-L1 antibody": the protein an antibody takes away (the relation rules read its loss);
            # "anti-TNF" alone names a class of drugs
            antibody = attached and s >= 5 and text[s - 5:s - 1].lower() == "anti" and not (
                s >= 6 and text[s - 6].isalnum())
            for jend, curie in hits:
                if antibody and lex.entries[curie].category in PHOSPHORYLATABLE and _ANTIBODY_AFTER.match(
                        text, ends[jend]):
                    out.append(Candidate(s, ends[jend], curie, "lexicon"))
                    continue
                if phospho is not None and lex.entries[curie].category in PHOSPHORYLATABLE:
                    # "p-mTOR", "phospho-STAT3": the protein, phosphorylated
                    out.append(Candidate(phospho, ends[jend], curie, "lexicon", attributes={"form": "phosphorylated"}))
                elif text[s] in "pP" and phospho_prefixed(text, s) and lex.entries[curie].category in PHOSPHORYLATABLE:
                    # the lexicon's own spellings ("p-AKT", "p-p65")
                    out.append(Candidate(s, ends[jend], curie, "lexicon", attached_left=attached,
                                         attributes={"form": "phosphorylated"}))
                else:
                    out.append(Candidate(s, ends[jend], curie, "lexicon", attached_left=attached))
    return out


# ---------------------------------------------------------------------------------------------
# the recognizer proper (pure: text in, candidates out)


class Recognizer:
    """Finds grounded mentions in a text; one instance serves many documents."""

    def __init__(self, lexicon: Lexicon | None = None, genes: GeneSymbols | None = None) -> None:
        self.lex = lexicon or load_lexicon()
        self.genes = load_genes() if genes is None else genes
        self.norms = _Norms()
        self._vesicle = set(VESICLE_CURIES)
        self._sources = set(self.lex.composites_by_source())
        self.refs = {curie: e.ref for curie, e in self.lex.entries.items()}  # one Ref per entity, shared
        self._host_group = {curie: group for group, members in STATE_HOSTS.items() for curie in members}
        self._state_markers = _state_markers(self.lex)
        # stimuli the lexicon says activate something ("LPS"): glued to a vesicle word they name the preparation
        self._inducers = frozenset(curie for curie, e in self.lex.entries.items()
                                   if e.category == "biolink:ChemicalEntity" and e.acts_on and e.acts_on[0] == "activates")

    # -- candidates ------------------------------------------------------------------------
    def _lexicon_candidates(self, text: str, toks: Tokens) -> list[Candidate]:
        cands = match_lexicon(text, toks, self.lex, self.norms)
        kept = []
        for c in cands:
            entry = self.lex.entries[c.curie]
            c.ref = self.refs[c.curie]
            if entry.category == "biolink:Pathway" and _in_slash_chain(text, c.start, c.end):
                continue  # "PTEN/Akt/mTOR axis": the genes, not an Akt/mTOR pathway
            if c.end < len(text) - 1 and text[c.end] in SOFT_SEPARATORS and text[c.end + 1].isdigit():
                continue  # "caspase" in "caspase-12"
            if entry.category in _MODIFIER_CATEGORIES and _RELATED_SUFFIX.match(text, c.end):
                continue  # "autophagy-related proteins" names proteins, not the process
            if entry.category == "biolink:ChemicalEntity" and _BINDER_SUFFIX.match(text, c.end):
                continue  # "ATP-binding cassette transporters" names proteins, not ATP
            if _PLURAL_THEN_VERB.fullmatch(text, c.start, c.end):
                continue  # "exosomes release signalling molecules" is a clause; "exosome release" the process
            if text[c.start:c.end] == "ASC" and _is_inflammasome_asc(text, c.start, c.end):
                c.curie, c.ref = "HGNC:16608", self.refs["HGNC:16608"]
            kept.append(c)
        return kept

    def _mirna_candidates(self, text: str, species: str | None) -> list[Candidate]:
        out = []
        groups = find_mirnas(text)
        arms = arms_named(groups)
        for group in groups:
            for member in group.members:
                ref = ground_mirna(member, species)
                attrs = {"mirna_group": group.text}
                arm = arms.get((member.species, member.name)) if ref.prefix == "mirbase" else None
                if arm is not None and (armed := ground_mirna(arm, species)).prefix == "mirbase.mature":
                    ref = armed  # "lentivirus encoding miR-338-5p ... (miR-338-Exo)": the one arm the paper names
                    attrs["arm_named_in_text"] = arm.name
                attrs["name"] = ref.label
                if member.species is None and not species:
                    attrs["species_assumed"] = "hsa"
                if group.antagonist:  # "anti-miR-21": the reagent that blocks miR-21, named by its prefix
                    attrs |= {"form": "antagonist", "blocker": group.blocker}
                out.append(Candidate(member.start, member.end, ref.curie, "mirna", ref, attributes=attrs))
        return out

    def _composites(self, text: str, cands: Sequence[Candidate]) -> list[Candidate]:
        """Vesicle preparations named by source cell + vesicle word, either order."""
        cells = [c for c in cands if c.curie in self._sources]
        if not cells:
            return []
        vesicles = [c for c in cands if c.curie in self._vesicle]
        # "hucMSC-Ex", "MSC-EXs": the short forms some groups write for exosomes, read only right after a cell
        vesicles += [Candidate(ex.start() + 1, ex.end(), _EXOSOME, "lexicon", self.refs[_EXOSOME])
                     for cell in cells if (ex := _EX_SUFFIX.match(text, cell.end)) is not None]
        # "MSC-derived vesicles", "vesicles secreted by BMSCs": the word alone names no vesicle (synaptic vesicles
        # are none), but beside the cells that made them it names theirs
        vesicles += [Candidate(ves.start(1), ves.end(1), _VESICLE, "lexicon", self.refs[_VESICLE])
                     for cell in cells if (ves := _VESICLES_OF_CELLS_AFTER.match(text, cell.end)) is not None]
        vesicles += [Candidate(ves.start(1), ves.end(1), _VESICLE, "lexicon", self.refs[_VESICLE])
                     for cell in cells if (ves := _VESICLES_OF_CELLS_BEFORE.search(text, max(0, cell.start - 40),
                                                                                    cell.start)) is not None]
        if not vesicles:
            return []
        out: list[Candidate] = []
        by_start: dict[int, list[Candidate]] = {}
        for v in vesicles:
            by_start.setdefault(v.start, []).append(v)
        cells.sort(key=lambda c: c.start)
        cell_starts = [c.start for c in cells]
        for cell in cells:
            composite = self.lex.composite_for(cell.curie)
            if composite is None:
                continue
            # cell then vesicle: look a few characters ahead, past the cell's short form in brackets
            # ("bone marrow mesenchymal stem cell (BMSC)-derived exosomes")
            short_form = _SHORT_FORM_AFTER.match(text, cell.end)
            after = short_form.end() if short_form else cell.end
            for gap_end in range(after, min(len(text), after + 12) + 1):
                for v in by_start.get(gap_end, ()):
                    gap = text[after:v.start]
                    if _CELL_VESICLE_GAP.fullmatch(gap) and not (
                            _CLAUSE_GAP.match(gap) and text[after - 1] in "sS"):
                        out.append(self._composite(composite.curie, cell.start, v.end, v, cell, text))
        # vesicle then "derived from" (and up to three modifiers) then cell; the molecules named between them
        # are looked up by position (a scan of every candidate per preparation grew with the square of a paper)
        molecules = sorted((c for c in cands if c.ref is not None and c.rule in _MOLECULE_RULES), key=_CAND_START)
        molecule_starts = [c.start for c in molecules]
        for v in vesicles:
            lo = bisect.bisect_right(cell_starts, v.end)
            hi = bisect.bisect_right(cell_starts, v.end + 80)
            for cell in cells[lo:hi]:
                composite = self.lex.composite_for(cell.curie)
                if composite is None:
                    continue
                if any(other.end <= cell.start for other in cells[lo:hi] if other.start < cell.start):
                    continue  # "exosomes from NSC protect WJ-MSCs": the vesicles' cells are the first named
                gap = text[v.end:cell.start]
                if _VESICLE_CELL_GAP.fullmatch(gap) and not _NOT_MODIFIER.search(
                        _DONOR_PAIR.sub("", _SUSPENDED_HYPHEN.sub("-", _DERIVED_FROM_LEAD.sub("", gap)))):
                    between = molecules[bisect.bisect_right(molecule_starts, v.end):
                                        bisect.bisect_left(molecule_starts, cell.start)]
                    # "exosomes from miR-126-modified MSCs": the miRNA the cells were made to carry
                    cargo = next((c for c in between if c.rule == "mirna" and c.end <= cell.start
                                  and not _antagonist(c) and _MODIFIED_BY.match(text, c.end)), None)
                    # "exosomes from miR-21-knockdown BMSCs", "from miR-21 inhibitor-transfected MSCs", "from
                    # anti-miR-21-transfected MSCs": the vesicles lack what their cells were made to lack
                    depleted = next((c for c in between if c.end <= cell.start and (
                        _DEPLETED_BY.match(text, c.end) or (_antagonist(c) and _MODIFIED_BY.match(text, c.end)))),
                                    None)
                    # "exosomes from GDNF-modified MSCs": a gene the cells were made to express, which names the
                    # preparation but is no cargo its words give the vesicles
                    engineered = None if cargo or depleted else next(
                        (c for c in between if c.end <= cell.start and _MODIFIED_BY.match(text, c.end)), None)
                    end = _coordinated_source_end(text, cell, cells, cell_starts)
                    out.append(self._composite(composite.curie, v.start, end, v, cell, text, cargo, depleted,
                                               engineered))
                    if end == cell.end:
                        out += self._listed_sources(text, v, cell, cells, cell_starts)
        return out

    def _listed_sources(self, text: str, vesicle: Candidate, first: Candidate, cells: Sequence[Candidate],
                        cell_starts: Sequence[int]) -> list[Candidate]:
        """ "EVs from bone marrow MSCs (SMD 1.86, ...), umbilical cord MSCs (SMD 2.12, ...) and adipose MSCs": each
        other source cell listed after the first names the vesicles of its own cells ("Exosomes derived from BMSCs
        and BMSCs": the first cells again are the cells themselves)."""
        out: list[Candidate] = []
        cell = first
        named = {first.curie}
        while True:
            lo = bisect.bisect_right(cell_starts, cell.end)
            while lo < len(cells) and _INSIDE_AN_ASIDE.fullmatch(text, cell.end, cells[lo].start):
                lo += 1  # "bone marrow MSCs (BMSCs), human umbilical cord MSCs (hUC-MSCs)": past each short form
            nxt = cells[lo] if lo < len(cells) else None
            if nxt is None or nxt.curie in named or not _LISTED_SOURCE_GAP.fullmatch(text, cell.end, nxt.start) \
                    or (composite := self.lex.composite_for(nxt.curie)) is None:
                return out
            named.add(nxt.curie)
            out.append(self._composite(composite.curie, nxt.start, nxt.end, vesicle, nxt, text))
            cell = nxt

    def _composite(self, curie: str, start: int, end: int, vesicle: Candidate, cell: Candidate,
                   text: str, cargo: Candidate | None = None, depleted: Candidate | None = None,
                   engineered: Candidate | None = None) -> Candidate:
        kind = VESICLE_CURIES[vesicle.curie]
        if _SMALL_VESICLE.match(text[vesicle.start:vesicle.end]):
            kind = "small extracellular vesicle"
        attributes = {"vesicle": kind, "source_cell": cell.curie}
        if cell.curie != self.lex.entries[curie].derived_from and cell.ref is not None:
            # "EVs from Wharton's jelly MSCs": a preparation of the cells' kind, made from these cells
            attributes |= {"source_name": cell.ref.label, "source_category": cell.ref.category}
        if cargo is not None and cargo.ref is not None:
            attributes |= {"cargo": cargo.curie, "cargo_name": cargo.ref.label}
        elif engineered is not None and engineered.ref is not None:
            attributes |= {"engineered": engineered.curie, "engineered_name": engineered.ref.label}
        if depleted is not None and depleted.ref is not None:
            attributes |= {"depleted": depleted.curie, "depleted_name": depleted.ref.label,
                           "depleted_category": depleted.ref.category}
        return Candidate(start, end, curie, "composite", self.refs[curie], attributes=attributes)

    def _latency_after_evoked_potentials(self, text: str, cands: Sequence[Candidate]) -> list[Candidate]:
        """ "MEP amplitude increased (MD = 0.86 mV [...]) and latency shortened": a bare latency in the sentence
        of motor evoked potentials, with no other measure named between, is theirs."""
        out: list[Candidate] = []
        meps = [c for c in cands if c.curie == _MEP]
        for m in _BARE_LATENCY.finditer(text):
            before_word = max(0, m.start() - 40)
            if any(c.start <= m.start() < c.end for c in cands) \
                    or _TIMED_RESPONSE.search(text, before_word, m.start()) \
                    or not _CLAUSE_OPENED_BEFORE.search(text, before_word, m.start()):
                continue  # ("showed shorter latencies and larger amplitudes": the potentials' own, read with them)
            opening = _sentence_opening(text, m.start())
            before = [c for c in meps if opening <= c.start < m.start()]
            if before and not any(before[-1].end <= c.start < m.start() and c.ref is not None
                                  and c.ref.category == "biolink:PhenotypicFeature" for c in cands):
                out.append(Candidate(m.start(), m.end(), _MEP_LATENCY, "lexicon", self.refs[_MEP_LATENCY]))
        return out

    def _prefixes_naming_sources(self, text: str, cands: Sequence[Candidate], prefixed: list[Candidate]
                                 ) -> list[Candidate]:
        """ "iPSC-EVs" beside "iPSC-MSCs", "hUC-Exos" beside "hUC-MSCs", "hAMSC-Exos" beside "hAMSCs": a prefixed
        short name whose prefix is the first part of the text's short name for MSCs of a source (or that short name)
        names that source's preparation."""
        sources: dict[str, Candidate] = {}
        for c in cands:
            if c.curie in self._sources and self.lex.composite_for(c.curie) is not None:
                surface = text[c.start:c.end]
                head, dash, rest = surface.partition("-")
                if dash and rest.startswith("MSC"):
                    sources.setdefault(head, c)
                elif _SHORT_CELL_NAME.fullmatch(surface):
                    sources.setdefault(surface.removesuffix("s"), c)  # "hAMSC-Exos" beside "hAMSCs"
        if not sources:
            return prefixed
        out: list[Candidate] = []
        for p in prefixed:
            prefix = p.attributes.get("prefix", "")
            # (a prefix that also names a stimulus or a loss names a preparation of its own)
            cell = sources.get(prefix) if p.attributes.keys() == {"prefix"} else None
            composite = self.lex.composite_for(cell.curie) if cell is not None else None
            if cell is None or composite is None:
                out.append(p)
                continue
            vesicle = Candidate(p.start + len(prefix) + 1, p.end, p.curie, "lexicon", p.ref)
            out.append(self._composite(composite.curie, p.start, p.end, vesicle, cell, text))
        return out

    def _silenced_gene(self, symbol: str) -> Ref | None:
        """The gene (or other molecule) a silencer prefix names ("HGF" of "shHGF-EVs"): the lexicon's, else
        HGNC's."""
        curie = self._phrase(symbol)
        if curie is not None:
            ref = self.refs[curie]
            return ref if ref.category in _DEPLETABLE else None
        gene = self.genes.forms.get(symbol)
        return self.refs.get(gene.hgnc_id, gene.ref) if gene is not None else None

    def _phrase(self, phrase: str) -> str | None:
        """The lexicon entry a phrase built from a text's words names, if any."""
        return self.lex.lookup(key_of(phrase), key_of(phrase, fold=False))

    def _elided_source_candidates(self, text: str, cands: Sequence[Candidate]) -> list[Candidate]:
        """A tissue coordinated before cells named by their source that shares their name's head ("adipose-derived
        and bone marrow-derived MSCs", "bone marrow- and adipose-derived MSCs"): the cells the lexicon knows by
        that tissue and the head ("adipose-derived MSCs")."""
        out: list[Candidate] = []
        for c in cands:
            if c.rule != "lexicon" or c.ref is None or c.ref.category != "biolink:Cell":
                continue
            surface = text[c.start:c.end]
            derived = surface.find("-derived ")
            if derived < 0:
                continue
            head = surface[derived + len("-derived "):]
            before = _ELIDED_SOURCE_BEFORE.search(text, max(0, c.start - 50), c.start)
            if before is None:
                continue
            words = before.group("words").split()
            for k in range(len(words)):  # the longest run of words the lexicon knows ("bone marrow", not "from ...")
                curie = self._phrase(f"{' '.join(words[k:])}-derived {head}")
                if curie is not None and curie != c.curie and self.lex.entries[curie].category == c.ref.category:
                    start = before.end("words") - len(" ".join(words[k:]))
                    out.append(Candidate(start, before.end("suffix"), curie, "elided", self.refs[curie],
                                         attributes={"elided": head}))
                    break
        return out

    def _elided_head_candidates(self, text: str, cands: Sequence[Candidate]) -> list[Candidate]:
        """Words coordinated before a process name that share its last word ("neuronal and oligodendrocyte
        differentiation", "neuronal, astrocytic or oligodendrocytic differentiation"): each names the process
        the lexicon knows as that word plus the shared one ("neuronal differentiation")."""
        out: list[Candidate] = []
        for c, words in self._process_names_of_several_words(text, cands):
            if not words[-1].isalpha():
                continue
            # the shared words: the longest tail the lexicon knows after the coordinated word
            # ("macrophage and microglial M2 polarization": "macrophage M2 polarization")
            heads = [" ".join(words[k:]) for k in range(1, len(words))]
            at = c.start
            first = True
            while (before := _COORDINATED_WORD_BEFORE.search(text, max(0, at - 40), at)) is not None:
                sep = before.group("sep").strip()
                if first == (sep == ",") or (sep == "/" and not first):
                    break  # the word next to the name is joined by "and"/"or"/"/", the ones before it by commas
                first = False
                word = before.group("word")
                elided = self._elided(c, before, [(head, f"{word} {head}") for head in heads])
                if elided is None:
                    break
                out.append(elided)
                at = elided.start
        return out

    def _elided_tail_candidates(self, text: str, cands: Sequence[Candidate]) -> list[Candidate]:
        """Words coordinated after a process name that share its first words ("endothelial cell proliferation,
        migration and tube formation"): each names the process the lexicon knows as those words plus it
        ("endothelial cell migration")."""
        out: list[Candidate] = []
        for c, words in self._process_names_of_several_words(text, cands):
            if "of" in words:
                continue
            # the shared words: the longest head the lexicon knows before the coordinated word
            heads = [" ".join(words[:k]) for k in range(len(words) - 1, 0, -1)]
            out += self._elided_after(text, c, lambda word, heads=heads: [(head, f"{head} {word}") for head in heads])
        return out

    def _elided_after(self, text: str, name: Candidate, phrases_of: Callable[[str], list[tuple[str, str]]]
                      ) -> list[Candidate]:
        """The words coordinated after ``name`` it shares words with, up to the first that names nothing of its
        category; ``phrases_of`` gives a word's ``(shared words, phrase)`` readings, the likeliest first."""
        out: list[Candidate] = []
        at = name.end
        while (after := _COORDINATED_WORD_AFTER.match(text, at)) is not None:
            elided = self._elided(name, after, phrases_of(after.group("word")))
            if elided is None:
                break
            out.append(elided)
            at = elided.end
        return out

    def _process_names_of_several_words(self, text: str, cands: Sequence[Candidate]
                                        ) -> Iterator[tuple[Candidate, list[str]]]:
        """The lexicon's process and phenotype names of two words or more, with their words: what a coordinated
        word may share words with."""
        for c in cands:
            if c.rule == "lexicon" and not c.attached_left and \
                    self.lex.entries[c.curie].category in _ELIDED_CATEGORIES and len(words := text[c.start:c.end].split()) > 1:
                yield c, words

    def _elided(self, name: Candidate, word: re.Match[str], phrases: list[tuple[str, str]]) -> Candidate | None:
        """The coordinated ``word`` read as the first of its ``(shared words, phrase)`` the lexicon knows as
        another concept of ``name``'s category."""
        found = next(((shared, curie) for shared, phrase in phrases if (curie := self._phrase(phrase))), None)
        if found is None or found[1] == name.curie or \
                self.lex.entries[found[1]].category != self.lex.entries[name.curie].category:
            return None
        return Candidate(word.start("word"), word.end("word"), found[1], "elided", self.refs[found[1]],
                         attributes={"elided": found[0]})

    def _elided_of_candidates(self, text: str, cands: Sequence[Candidate]) -> list[Candidate]:
        """Cells coordinated after a process named "... of" a cell ("M2 polarization of macrophages and
        microglia"): each names the process of that cell the lexicon knows ("M2 polarization of microglia")."""
        out: list[Candidate] = []
        for c in cands:
            if c.rule != "lexicon" or self.lex.entries[c.curie].category not in _ELIDED_CATEGORIES:
                continue
            surface = text[c.start:c.end]
            of = surface.rfind(" of ")
            if of < 0:
                continue
            shared = surface[:of]
            out += self._elided_after(text, c, lambda word, shared=shared: [(shared, f"{shared} of {word}")])
        return out

    def _state_candidates(self, text: str, cands: Sequence[Candidate]) -> list[Candidate]:
        """M1/M2/A1/A2 states written without their cell, grounded by the cell their sentence names."""
        out: list[Candidate] = []
        hosts: list[tuple[int, int, str]] | None = None
        for m in _STATE.finditer(text):
            tail = m.group("tail")
            if not tail.strip(" -‐") and not _BARE_STATE_CONTEXT.search(text, max(0, m.start() - 80), m.start()) \
                    and not (text[m.start() - 1:m.start()] == "(" and _STATE_OF_CELLS.match(text, m.end())):
                # "M1" alone is a receptor, a region, a drug code... unless a shift names it ("from M1 to M2") or it
                # names marker-positive cells ("iNOS+/Iba1+ (M1) cells")
                continue
            if hosts is None:
                hosts = self._hosts(cands)
            process = re.search(r"polari[sz]ation|activation", tail) is not None
            s1, s2 = m.group("s1"), m.group("s2")
            # "microglial M2-type polarization": the cell word right before an M state is its host
            named = _STATE_HOST_BEFORE.search(text, max(0, m.start() - 20), m.start()) if s1[0] == "M" else None
            host = _STATE_HOST_WORDS[named.group(1).lower()] if named is not None else \
                _state_host(text, m.start(), m.end(), hosts, s1[0])
            if process:
                start = named.start(1) if named is not None else m.start()
                states = [(f"{s1}/{s2}" if s2 and s1[0] == s2[0] == "M" else s1, start, m.end())]
            elif s2:  # "M1/M2 phenotype": two states
                states = [(s1, m.start("s1"), m.end("s1")), (s2, m.start("s2"), m.end())]
            else:
                states = [(s1, m.start(), m.end())]
            closing = _CLOSING_BEFORE_CELLS.match(text, m.end())
            if closing is not None and not process and text[m.start() - 1:m.start()] == "(":
                # "complement C3+ (A1-like) astrocytes": the cells after the bracketed state are its own, one mention
                cell_end = next((h[1] for h in hosts if h[0] == closing.end() and h[2] == host), None)
                if cell_end is not None:
                    states[-1] = (states[-1][0], states[-1][1] - 1, cell_end)
            of = _OF_THE.match(text, m.end())
            if of is not None and not process:
                # "the A1 phenotype of astrocytes": the cells named after it are the state's own, one mention
                cell_end = next((h[1] for h in hosts if h[0] == of.end() and h[2] == host), None)
                if cell_end is not None:
                    states[-1] = (states[-1][0], states[-1][1], cell_end)
            table = STATE_POLARIZATION if process else STATE_CELLS
            for state, start, end in states:
                curie = table.get((host, state))
                ref = self.refs.get(curie) if curie else None
                if ref is not None:
                    out.append(Candidate(start, end, curie, "state", ref))
        if "inflammatory" in text:
            for m in _INFLAMMATORY_STATE.finditer(text):
                if not _BARE_STATE_CONTEXT.search(text, max(0, m.start() - 80), m.start()):
                    continue  # "reversed the anti-inflammatory phenotype": no state named as an end point
                if hosts is None:
                    hosts = self._hosts(cands)
                state = "M2" if m.group("way").lower() == "anti" else "M1"
                curie = STATE_CELLS[(_state_host(text, m.start(), m.end(), hosts, "M"), state)]
                out.append(Candidate(m.start(), m.end(), curie, "state", self.refs[curie]))
        return out

    def _hosts(self, cands: Sequence[Candidate]) -> list[tuple[int, int, str]]:
        """(start, end, host group) of the candidates that name a cell states belong to, in text order."""
        return sorted((c.start, c.end, self._host_group[c.curie]) for c in cands if c.curie in self._host_group)

    def _marked_cell_candidates(self, text: str, cands: Sequence[Candidate]) -> list[Candidate]:
        """Cells counted by their markers ("CD86+/Iba1+ cells", "iNOS+/Iba1+ (M1) cells"): the state one marker
        names, of the kind another marker, the cell word or the sentence names. Read as two markers, the count
        would say that Iba1 both fell (with the M1 cells) and rose (with the M2 cells)."""
        out: list[Candidate] = []
        by_start = {c.start: c for c in cands}
        hosts: list[tuple[int, int, str]] | None = None
        markers = self._state_markers.keys() | KIND_MARKERS.keys()
        for first in cands:
            if first.curie not in markers or (mark := _MARK.match(text, first.end)) is None:
                continue
            chain = [first]
            while len(chain) < 3:
                gap = _BETWEEN_MARKS.match(text, mark.end())
                nxt = by_start.get(gap.end()) if gap is not None else None
                nxt_mark = _MARK.match(text, nxt.end) if nxt is not None else None
                if nxt_mark is None:
                    break
                chain.append(nxt)
                mark = nxt_mark
            cells = _MARKED_CELLS.match(text, mark.end())
            if cells is None or any(c.curie not in markers for c in chain):
                continue  # "CD86+/NeuN+ cells": a marker of neither a state nor a glial kind
            states = {self._state_markers[c.curie] for c in chain if c.curie in self._state_markers}
            kinds = {KIND_MARKERS[c.curie] for c in chain if c.curie in KIND_MARKERS}
            if cells.group("state"):
                states.add(cells.group("state"))
            named = _CELL_WORD_GROUP.get((cells.group("of") or cells.group("cells")).lower())
            if named:
                kinds.add(named)
            if len(states) != 1 or len(kinds) > 1:
                continue  # no state, or markers of two states or two kinds of cell: left as the markers
            state = states.pop()
            if kinds:
                kind = kinds.pop()
            elif state[0] == "A":
                kind = "astrocyte"
            else:  # "CD86+ cells": the macrophages or microglia the sentence names, none if it names neither
                if hosts is None:
                    hosts = self._hosts(cands)
                named_host = _named_state_host(text, first.start, cells.end(), hosts)
                if named_host is None:
                    continue
                kind = named_host
            curie = STATE_CELLS.get((kind, state))
            if curie is not None and curie in self.refs:
                out.append(Candidate(first.start, cells.end(), curie, "marked_cells", self.refs[curie]))
        return out

    def _process_of_cell_candidates(self, text: str, cands: Sequence[Candidate]) -> list[Candidate]:
        """Process words before "of" and a cell, grounded to that cell's process ("the proliferation, migration
        and tube formation of HUVECs": endothelial cell proliferation and migration)."""
        out: list[Candidate] = []
        host: Candidate | None = None  # the last cell given processes: "of astrocytes and microglia" shares them
        host_words: list[str] = []
        last_start = -1
        named_processes: list[tuple[int, int]] | None = None
        for c in sorted((c for c in cands if c.curie in PROCESS_CELL_KINDS), key=lambda c: (c.start, -c.end)):
            if c.start == last_start:
                continue  # "oligodendrocyte" inside "oligodendrocyte precursor cells": the longer name is the cell
            last_start = c.start
            kind = PROCESS_CELL_KINDS[c.curie]
            lo = max(0, c.start - 100)
            m = _OF_A_CELL.search(text, lo, c.start)
            if m is None:
                if host is not None and _CELL_LIST_GAP.fullmatch(text, host.end, c.start):
                    # "the activation of astrocytes and microglia": the microglia stand for their activation
                    refs = [self.refs[curie] for word in host_words
                            if (curie := PROCESS_OF_CELL.get((word, kind))) and curie in self.refs]
                    if len(refs) == 1:
                        c.attributes |= {"process": refs[0].curie, "process_name": refs[0].label,
                                         "process_category": refs[0].category}
                    else:
                        c.attributes["hosts"] = "process"
                    host = c
                continue
            words: list[str] = []
            for piece in reversed(list(_LIST_PIECE.finditer(text, lo, m.start()))):  # back from "of"
                word = piece.group().lower()
                if word in {",", "and", "or"} or word in _LIST_FILLERS:
                    continue
                if word not in _PROCESS_WORDS:
                    if named_processes is None:
                        named_processes = [(p.start, p.end) for p in cands
                                           if p.ref is not None and p.ref.category in _CELL_PROCESS_CATEGORIES]
                    if any(s <= piece.start() and piece.end() <= e for s, e in named_processes):
                        continue  # "the survival and axonal growth of neurons": a process named in the list
                    break
                words.append(word)
                curie = PROCESS_OF_CELL.get((word, kind))
                if word == "differentiation":
                    made = _cells_made(text, c.end, cands)
                    into = _differentiation_into(made) if made else None
                    if into is not None:
                        for cell in made:
                            cell.attributes["hosts"] = "product"  # named by the process: no participant of its own
                    elif made:
                        break  # "the differentiation of astrocytes into the A1 phenotype": the cells take that state
                    curie = into or curie or _CELL_DIFFERENTIATION
                ref = self.refs.get(curie) if curie else None
                if ref is not None:
                    out.append(Candidate(piece.start(), piece.end(), curie, "process_of_cell", ref))
                    c.attributes["hosts"] = "process"  # the cell names where its processes happen
                    host, host_words = c, words
        return out

    def _cell_then_process_candidates(self, text: str, cands: Sequence[Candidate]) -> list[Candidate]:
        """A cell's name and then its processes ("HUVEC proliferation, migration and tube formation", "SCMEC
        proliferation"): each process of that cell, the cell where they happen (as after "of")."""
        out: list[Candidate] = []
        for c in cands:
            kind = PROCESS_CELL_KINDS.get(c.curie)
            if kind is None or text[c.end:c.end + 1] != " ":
                continue
            found = False
            for piece in _LIST_PIECE.finditer(text, c.end, min(len(text), c.end + 80)):
                word = piece.group().lower()
                if word in {",", "and", "or"} or word in _LIST_FILLERS:
                    if not found:
                        break  # the process must follow the cell's name
                    continue
                curie = PROCESS_OF_CELL.get((word, kind))
                ref = self.refs.get(curie) if curie else None
                if ref is None or word == "differentiation":
                    break
                out.append(Candidate(piece.start(), piece.end(), curie, "process_of_cell", ref))
                found = True
            if found:
                c.attributes["hosts"] = "process"  # the cell names where its processes happen
        return out

    def _process_of_cell_line_candidates(self, text: str) -> list[Candidate]:
        """Process words before "of" and a cell line's cells ("the proliferation and migration of PC12 cells"):
        the generic processes (CELL_LINE_PROCESS)."""
        out: list[Candidate] = []
        for m in _OF_A_CELL_LINE.finditer(text):
            lo = max(0, m.start() - 60)
            for piece in reversed(list(_LIST_PIECE.finditer(text, lo, m.start()))):
                word = piece.group().lower()
                if word in {",", "and", "or"}:
                    continue
                curie = CELL_LINE_PROCESS.get(word)
                ref = self.refs.get(curie) if curie else None
                if ref is None:
                    break
                out.append(Candidate(piece.start(), piece.end(), ref.curie, "process_of_cell", ref))
        return out

    def _differentiation_into_candidates(self, text: str, cands: Sequence[Candidate]) -> list[Candidate]:
        """ "(NSC) differentiation into neurons", "NSCs (were induced) to differentiate into neurons": one name,
        the differentiation of the cells made; the cells named right before it are those that differentiate
        (where the process happens, no participant of their own)."""
        out: list[Candidate] = []
        cell_ends = {c.end: c for c in cands if c.ref is not None and c.ref.category == "biolink:Cell"}
        for m in _DIFFERENTIATION.finditer(text):
            made = _cells_made(text, m.end(), cands)
            if made and (ref := self.refs.get(_differentiation_into(made) or "")) is not None:
                out.append(Candidate(m.start(), made[-1].end, ref.curie, "process_of_cell", ref))
                if m.group(1) and (cell := cell_ends.get(m.start() - 4)) is not None \
                        and text[cell.end:m.start()].lower() == " to ":
                    cell.attributes["hosts"] = "process"
        return out

    # -- resolution ------------------------------------------------------------------------
    @staticmethod
    def resolve(cands: Iterable[Candidate]) -> list[Candidate]:
        """Longest first, then by rule priority; no two kept candidates overlap."""
        cands = list(cands)
        if not cands:
            return []
        ordered = sorted(cands, key=lambda c: (c.start - c.end, PRIORITY.get(c.rule, 9), c.start))
        # one byte per character: 1 where a kept candidate lies (a C-level search per candidate)
        covered = bytearray(max(c.end for c in ordered) + 1)
        kept: list[Candidate] = []
        for c in ordered:
            if covered.find(1, c.start, c.end) >= 0:
                continue
            covered[c.start:c.end] = b"\x01" * (c.end - c.start)
            kept.append(c)
        kept.sort(key=lambda c: c.start)
        return kept

    def recognize(self, text: str, toks: Tokens, species: str | None = None
                  ) -> tuple[list[Candidate], dict[str, Ref]]:
        """Grounded, non-overlapping candidates and the document's learned abbreviations."""
        base = self._lexicon_candidates(text, toks) + self._mirna_candidates(text, species)
        abbreviations = find_abbreviations(text)
        genes = self._gene_candidates(text, toks, abbreviations)
        if "-derived" in text or "- and" in text or "- or" in text:
            base += self._elided_source_candidates(text, base)
        # the table's genes too name what a preparation's cells were made to lack ("exosomes from GAS5-knockdown MSCs")
        base += self._composites(text, base + genes)
        if " and " in text or " or " in text or "/" in text:
            base += self._elided_head_candidates(text, base)
            base += self._elided_tail_candidates(text, base)
            if " of " in text:
                base += self._elided_of_candidates(text, base)
        base += self._state_candidates(text, base)
        if " of " in text:
            base += self._process_of_cell_candidates(text, base)
        if "ion" in text:
            base += self._cell_then_process_candidates(text, base)
        if "ifferentiat" in text:
            base += self._differentiation_into_candidates(text, base)
        if " cells" in text and " of " in text:
            base += self._process_of_cell_line_candidates(text)
        base += genes
        if "+" in text or "positive" in text:
            base += self._marked_cell_candidates(text, base)
        base += self._suffixed_short_form_candidates(text, abbreviations)
        if "gene" in text:
            # "tumor necrosis factor (TNF)-stimulated gene-6": the name of another gene, not TNF
            base = [c for c in base if not _NAMES_ANOTHER_GENE.match(text, c.end)]
        if _QUALITY_AFTER_ORGANISM.search(text):
            # "a patient-friendly source", "patient-centred care": a quality of the thing, no organism studied
            base = [c for c in base if not (c.ref is not None and c.ref.category == _TAXON
                                            and _QUALITY_AFTER_ORGANISM.match(text, c.end))]
        _free_hyphen_chains(text, base)
        _free_vesicles_after_names(text, base)
        if prefixed := _prefixed_vesicles(text, base, self._inducers, self._silenced_gene):
            base += self._prefixes_naming_sources(text, base, prefixed)
        base += _sirna_suffixed_vesicles(text, base, self._silenced_gene)
        base += _control_suffixed_vesicles(text, base)
        if "latenc" in text:
            base += self._latency_after_evoked_potentials(text, base)
        if "cell " in text:
            base = _cells_before_their_process(text, base)
        first = self.resolve(c for c in base if not c.attached_left or c.rule != "lexicon")
        learned = self._learn_abbreviations(text, _with_names_defined_inside(text, first, base), abbreviations)
        respective = self._respective_definitions(text, first) if " and " in text else {}
        made: dict[str, dict[str, str]] = {}
        if learned or respective:
            made = self._made_in_definitions(text, first, abbreviations, learned)
            for short, (ref, said) in respective.items():
                learned.setdefault(short, ref)
                if said and short not in made:
                    made[short] = said
            # a preparation's own name read from its parts ("miR-124-3p-Exos", "Hypo-DPSC-EVs") keeps what its
            # words say (cargo, stimulus), and keeps its source where the definition names plain vesicles
            own = {(c.start, c.end): c for c in base if c.attributes}
            preparations = [c for c in base if c.ref is not None and c.ref.category == "biolink:CellularComponent"
                            and c.curie not in self._vesicle]
            extra = []
            for short, ref in learned.items():
                for s, e in _occurrences(text, short):
                    if ref.curie in self._vesicle and any(s <= c.start and c.end <= e for c in preparations):
                        continue  # "their exosomes (Hypo-DPSC-Exos)": the name says whose vesicles they are
                    named = own.get((s, e))
                    attributes = dict(named.attributes) if named is not None else {}
                    extra.append(Candidate(s, e, ref.curie, "abbreviation", ref,
                                           attributes=attributes | made.get(short, {})))
            # "exosomes (hAMSC-Exos)" after "... stem cells (hAMSCs)": the short form's prefix names the cells
            plain = [c for c in extra if c.curie in self._vesicle and c.attributes.keys() == {"prefix"}]
            if plain:
                extra = [c for c in extra if c not in plain] + self._prefixes_naming_sources(text, extra, plain)
            # a short form defined in the document beats the lexicon's reading of the same letters
            extra_spans = {(c.start, c.end) for c in extra}
            base = [c for c in base if (c.start, c.end) not in extra_spans] + extra
            base += self._composites(text, extra + [c for c in base if c.rule != "abbreviation"])
            first = self.resolve(c for c in base if not c.attached_left or c.rule != "lexicon")
        marked = self._marked_vesicle_names(text, base, first, learned, made)
        if marked:
            spans = {(c.start, c.end) for c in marked}
            first = self.resolve([c for c in base if (c.start, c.end) not in spans
                                  and (not c.attached_left or c.rule != "lexicon")] + marked)
        return _long_forms_of_named_genes(text, first, abbreviations), learned

    def _marked_vesicle_names(self, text: str, base: Sequence[Candidate], first: Sequence[Candidate],
                              learned: Mapping[str, Ref], made: Mapping[str, Mapping[str, str]]
                              ) -> list[Candidate]:
        """Vesicles named by the miRNA their cells were made to lack or to carry, the miRNA by its number and the
        mark of a blocker or a mimic ("MenSCs transfected with a miR-338-3p inhibitor or mimic produced inh-338-sEVs
        and mim-338-sEVs", "vesicles loaded with a miR-200a-3p inhibitor (200a-i-sEVs)", "anti-216a-H-EVs"): the
        preparation the rest of the name is short for ("H-EVs"), else the one of the cells the sentence names, else
        the last one named before, with the miRNA the document names in full as ``depleted`` or ``cargo``, so what
        they fail to do is the miRNA's. A number no miRNA of the document bears names nothing."""
        glued = [c for c in base if c.attached_left and c.curie in VESICLE_CURIES
                 and _SHORT_VESICLE_WORD.fullmatch(text, c.start, c.end)]
        if not glued:
            return []
        mirnas = [c for c in first if c.rule == "mirna" and c.ref is not None and not _antagonist(c)]
        out: list[Candidate] = []
        for v in glued:
            name = _MARKED_NAME.search(text, max(0, v.start - 40), v.start)
            if name is None or not (name.group("pre") or name.group("post")) \
                    or (name.group("pre") and name.group("post")):
                continue
            short = text[name.start():v.end]
            if {"cargo", "depleted"} & made.get(short, {}).keys():
                continue  # "(Exo-anti-miR-21)" after its definition: read there
            mirna = self._numbered_mirna(text, mirnas, name.group("number"), name.group("arm"), name.start(), v.end)
            if mirna is None or mirna.ref is None:
                continue
            rest = name.group("rest") + text[v.start:v.end]
            ref = learned.get(short) or learned.get(rest)
            attributes = dict(made.get(rest, {})) if rest in learned else {}
            if ref is None or ref.curie in self._vesicle:
                ref = self._preparation_before(text, first, name.start()) or ref or v.ref
            if ref is None:
                continue
            mark = name.group("pre") or name.group("post")
            attributes |= {"cargo": mirna.curie, "cargo_name": mirna.ref.label} if mark in _MIMIC_MARKS else {
                "depleted": mirna.curie, "depleted_name": mirna.ref.label, "depleted_category": mirna.ref.category}
            out.append(Candidate(name.start(), v.end, ref.curie, "abbreviation", ref, attributes=attributes))
        return out

    @staticmethod
    def _numbered_mirna(text: str, mirnas: Sequence[Candidate], number: str, arm: str | None,
                        start: int, end: int) -> Candidate | None:
        """The document's miRNA a name's bare number stands for ("338" in "inh-338-sEVs": miR-338-3p), a full
        name first over one inside the name itself ("miR-146a" of "miR-146a-inh-Exos")."""
        found = None
        for c in mirnas:
            m = _MIRNA_NUMBER.search(c.ref.label if c.ref is not None else "")
            if m is None or m.group(1).lower() != number.lower() or (arm and m.group(2) and m.group(2) != arm):
                continue
            if not (start <= c.start < end):
                return c
            found = found or c
        return found

    def _preparation_before(self, text: str, first: Sequence[Candidate], at: int) -> Ref | None:
        """The preparation a vesicle name at ``at`` is of: the cells its sentence names before it ("DPSCs
        transfected with ... yielded"), else the last preparation named before it."""
        opening = _clause_opening(text, at)
        for c in first:
            if opening <= c.start and c.end <= at and c.ref is not None and c.ref.category == "biolink:Cell" \
                    and (made := self.lex.composite_for(c.curie)) is not None:
                return self.refs.get(made.curie, made.ref)
        for c in reversed(first):
            if c.end > at or c.ref is None or c.curie in self._vesicle or c.ref.category != "biolink:CellularComponent":
                continue
            entry = self.lex.get(c.curie)
            if c.rule == "composite" or (entry is not None and entry.derived_from):
                return c.ref
        return None

    def _gene_candidates(self, text: str, toks: Tokens, abbreviations: Sequence[Abbreviation]) -> list[Candidate]:
        """HGNC symbols the lexicon does not list (:mod:`extractors.genes`); "p-STAT3" is marked phosphorylated.
        A gene the lexicon does list, read here only by a form it lacks ("3" of "Smad2/3"), keeps its lexicon label."""
        short_forms = {ab.short: ab.long for ab in abbreviations if ab.long}
        return [Candidate(s, e, ref.curie, "gene_symbol", self.refs.get(ref.curie, ref),
                          attributes={"form": "phosphorylated"} if text[s] in "pP" and phospho_prefixed(text, s) else {})
                for s, e, ref in self.genes.matches(text, toks.words, toks.starts, toks.ends, short_forms)]

    def _suffixed_short_form_candidates(self, text: str, abbreviations: Sequence[Abbreviation]) -> list[Candidate]:
        """ "interleukin (IL)-10" is IL-10: the family's name, its short form in parentheses, then the member's
        number or letter; read as one mention of what the short form and the suffix spell, where the lexicon
        has that spelling."""
        out = []
        for ab in abbreviations:
            if not ab.long or text[ab.short_end:ab.short_end + 1] != ")":
                continue
            suffix = _SUFFIX_AFTER_SHORT_FORM.match(text, ab.short_end)
            if suffix is None:
                continue
            form = f"{ab.short}-{suffix.group(1)}"
            hits = [c for c in match_lexicon(form, tokenize(form), self.lex, self.norms)
                    if c.start == 0 and c.end == len(form)]
            if hits:
                curie = hits[0].curie
                out.append(Candidate(ab.long_start, suffix.end(), curie, "lexicon", self.refs[curie]))
        return out

    def _learn_abbreviations(self, text: str, mentions: Sequence[Candidate],
                             abbreviations: Sequence[Abbreviation]) -> dict[str, Ref]:
        """Short forms whose long form is a grounded mention (or ends with one)."""
        learned: dict[str, Ref] = {}
        if not mentions:
            return learned
        ends: dict[int, list[Candidate]] = {}
        for c in mentions:
            ends.setdefault(c.end, []).append(c)
        starts_at = {c.start: c for c in mentions}
        mention_starts = [c.start for c in mentions]
        mention_ends = [c.end for c in mentions]
        # "(BM-MSC-Exos), adipose tissue (AD-MSC-Exos) and umbilical cord (UC-MSC-Exos) MSCs": another definition's
        # short form is no preparation a vesicle short form after it can stand for
        short_spans = {ab.short_start for ab in abbreviations}
        for ab in abbreviations:
            ref = None
            long_end = ab.long_end
            while long_end > ab.long_start and text[long_end - 1].isspace():
                long_end -= 1
            for c in ends.get(long_end, ()) if ab.long else ():
                if ab.long_start - 1 <= c.start <= ab.long_start + 1 and c.ref is not None:
                    ref = c.ref
                    if c.rule == "composite" and _NAMES_VESICLES.search(text, c.start, c.end) is None:
                        # "Exosomes from bone marrow MSCs (BMSCs), human umbilical cord MSCs (hUC-MSCs) and ...":
                        # a source listed after the first names their vesicles there, but its short form the cells
                        ref = self.refs.get(c.attributes["source_cell"], ref)
                    break
            if ref is not None and ref.curie in self._vesicle:
                # "iPSC-MSCs offer a scalable source ..., but whether their small extracellular vesicles (sEVs)
                # modulate ferroptosis": the short form names the vesicles of the cells the sentence opens with
                ref = self._possessor_preparation(text, ab, mentions) or ref
            if ref is None:
                # "ADMSC-Exos under hypoxic conditions (Hypo-Exo)": a vesicle short form names the
                # preparation mentioned just before it
                opening = starts_at.get(ab.long_start) if ab.long else None
                names_vesicles = _VESICLE_SHORT_FORM.search(ab.short) is not None
                if names_vesicles and opening is not None and (
                        opening.curie in self._vesicle or opening.rule == "composite"):
                    # "MSC-Exo loaded with PTEN small interfering RNA (ExoPTEN)": the long form opens with them
                    ref = opening.ref
                elif names_vesicles:
                    k = bisect.bisect_right(mention_ends, ab.short_start)
                    for c in reversed(mentions[max(0, k - 8):k]):
                        if not (c.end <= ab.short_start and c.start not in short_spans and (
                                c.curie in self._vesicle or c.rule == "composite")):
                            continue
                        if _names_vesicles_before(text, c, ab, short_spans):
                            ref = c.ref
                            if c.curie in self._vesicle:
                                treated = self._treated_before_collection(text, c, ab, mentions[max(0, k - 12):k])
                                source = self.lex.composite_for(treated[0].curie) if treated else None
                                if treated is None:  # "... compared with exosomes from unprimed cells (N-Exos)"
                                    source = self._untreated_source(text, c, ab, mentions[max(0, k - 12):k])
                                ref = self._source_named_after(text, c, ab, mentions[max(0, k - 8):k]) or (
                                    self.refs.get(source.curie, source.ref) if source is not None else ref)
                        elif c.curie in self._vesicle and ab.short_start - c.end < 200 \
                                and not _clause_ends_between(text, c.end, ab.short_start if ab.long else ab.long_start):
                            # "Exosomes were isolated from BMSCs cultured in normoxic conditions (NExos) and hypoxic
                            # conditions (HExos)": a longer name holds when it says whose vesicles they are (an
                            # aside before the short form, "(1% O2 for 48 h; Hypo-Exos)", is no clause's end)
                            ref = self._source_named_after(text, c, ab, mentions[max(0, k - 8):k])
                        break
            if ref is None and _VESICLE_SHORT_FORM.search(ab.short) is not None:
                # "Exosomes from young (Y-Exo) and aged (A-Exo) MSCs": a vesicle short form defined inside a
                # preparation's name names that preparation
                # (by where mentions start: the cells named inside a name leave their ends out of order)
                k = bisect.bisect_left(mention_starts, ab.short_start)
                ref = next((c.ref for c in reversed(mentions[max(0, k - 4):k]) if c.rule == "composite"
                            and ab.short_end < c.end), None)
            if ref is None and ab.long:
                # "exosome-educated macrophages (EEM)", "LPS-stimulated microglia (LPS-MG)": cells named with what
                # was done to them are the cells
                for c in ends.get(long_end, ()):
                    if c.ref is not None and c.ref.category == "biolink:Cell" and c.start > ab.long_start \
                            and _TREATED_CELLS_LEAD.fullmatch(text, ab.long_start, c.start):
                        ref = c.ref
                        break
            if ref is None and ab.long:
                # "the Basso, Beattie and Bresnahan (BBB) locomotor rating scale": defined inside a name whose
                # first words alone name nothing; the short form stands for the whole name
                opening = starts_at.get(ab.long_start)
                if opening is not None and opening.rule == "lexicon" and opening.end > ab.short_end:
                    ref = opening.ref
            own = next((c for c in ends.get(ab.short_end, ()) if c.start == ab.short_start), None)
            if ref is not None and own is not None and own.rule in {"lexicon", "composite"} \
                    and own.ref is not None and own.ref.category == ref.category == "biolink:CellularComponent" \
                    and own.curie not in self._vesicle and not self._kind_of(ref.curie, own.curie):
                # "exosomes derived from bone marrow (BM-MSC-Exos)": a short form the lexicon grounds to a
                # preparation keeps it unless the definition names a kind of it ("hUC-MSC-derived exosomes
                # (MSC-Exos)" stays the cord preparation)
                continue
            if ref is not None:
                learned.setdefault(ab.short, ref)
        return learned

    def _made_in_definitions(self, text: str, mentions: Sequence[Candidate],
                             abbreviations: Sequence[Abbreviation], learned: Mapping[str, Ref]
                             ) -> dict[str, dict[str, str]]:
        """What a vesicle short form's definition says its cells were made to lack ("Exosomes from BMSCs transfected
        with a miR-21-5p inhibitor (Exo-anti-miR-21)") or to carry ("Exosomes from BMSCs overexpressing miR-124-3p
        (miR-124-3p-Exos)"), as the ``depleted`` or ``cargo`` attributes a preparation's own name gets ("exosomes
        from miR-21-knockdown BMSCs"): the claims under the short form are not the plain vesicles'."""
        out: dict[str, dict[str, str]] = {}
        for ab in abbreviations:
            ref = learned.get(ab.short)
            if ref is None or ab.short in out or not (ref.curie in self._vesicle or (
                    (entry := self.lex.get(ref.curie)) is not None and entry.derived_from)):
                continue
            vesicles = next((c for c in mentions if c.curie in self._vesicle and c.end < ab.short_start
                             and _named_after_treatment(text, c, ab)), None)
            treated = self._treated_before_collection(text, vesicles, ab, mentions) if vesicles else None
            if treated is not None and treated[1]:  # "incubated with melatonin before exosome collection (Mel-Exo)"
                out[ab.short] = {"preconditioning": treated[1]}
                continue
            defined = next((c for c in mentions if c.rule == "composite" and 0 < ab.short_start - c.end <= 3
                            and {"cargo", "depleted"} & c.attributes.keys()), None)
            if defined is not None:  # "Exosomes from miR-21-overexpressing MSCs (miR-21-Exos)": its name says
                out[ab.short] = {k: v for k, v in defined.attributes.items() if k.startswith(("cargo", "depleted"))}
                continue
            near = [c for c in mentions if ab.short_start - 120 <= c.start and c.end < ab.short_start
                    and c.ref is not None and c.ref.category in _DEPLETABLE]
            for c in reversed(near):
                if _defined_as_lacking(text, c, ab.opening):
                    out[ab.short] = {"depleted": c.curie, "depleted_name": c.ref.label,
                                     "depleted_category": c.ref.category}
                    break
                if c.rule == "mirna" and _CARRY_BEFORE.search(text, max(0, c.start - 40), c.start) \
                        and _MIMIC_AFTER.fullmatch(text, c.end, ab.opening):
                    out[ab.short] = {"cargo": c.curie, "cargo_name": c.ref.label}
                    break
            if ab.short not in out and (carried := self._mirna_of_name(text, ab, mentions)) is not None:
                out[ab.short] = {"cargo": carried.curie, "cargo_name": carried.ref.label}
        return out

    def _mirna_of_name(self, text: str, ab: Abbreviation, mentions: Sequence[Candidate]) -> Candidate | None:
        """The miRNA a vesicle short form is named after, as the document names it in full: "(termed
        CAQK-miR22-sEVs)" after "loaded with a miR-22-3p mimic" is miR-22-3p, "(termed miR140-Exos)" after
        "transduced with a lentivirus encoding miR-140-5p" miR-140-5p; a name marking a blocker ("inh-338-sEVs")
        is read with its mark elsewhere."""
        name = _MIRNA_IN_VESICLE_NAME.search(ab.short)
        if name is None:
            return None
        mirnas = [c for c in mentions if c.rule == "mirna" and c.ref is not None and not _antagonist(c)
                  and c.end <= ab.short_end]
        found = self._numbered_mirna(text, mirnas, name.group("number"), name.group("arm"), ab.short_start,
                                     ab.short_end)
        return found if found is not None and found.ref is not None else None

    def _respective_definitions(self, text: str, mentions: Sequence[Candidate]
                                ) -> dict[str, tuple[Ref, dict[str, str]]]:
        """Two preparations defined together: "hPMSCs were cultured with or without 2 mM lithium chloride for 48 h,
        and exosomes (Li-Exos and P-Exos, respectively) were isolated", "hUC-MSCs were cultured under normoxia or
        hypoxia ..., and sEVs were purified (Nor-sEVs and Hypo-sEVs, respectively)": each short form is the
        preparation of the cells the sentence names, the one of the treated cells with the stimulus as
        ``preconditioning``, the other plain, in the order the conditions were named."""
        out: dict[str, tuple[Ref, dict[str, str]]] = {}
        termed = list(_TERMED_PAIR.finditer(text)) if any(word in text for word in _TERMING_WORDS) else []
        for pair in (*_RESPECTIVE_PAIR.finditer(text), *termed):
            shorts = pair.group(1), pair.group(2)
            termed_pair = pair.re is _TERMED_PAIR or _TERMED_IN_PARENTHESES.match(text, pair.start()) is not None
            if not all(_VESICLE_SHORT_FORM.search(short) and (pair.group(3) or "-" in short) for short in shorts):
                continue  # without "respectively", two names of vesicles glued to what sets them apart ("2D-Exos")
            named = [c for c in mentions if pair.start() < c.start and c.end < pair.end() and c.ref is not None
                     and c.ref.category in _DEPLETABLE]
            carried = _carried_in_pair(text, pair, named)
            opening = _clause_opening(text, pair.start())
            inside = [c for c in mentions if opening <= c.start and c.end <= pair.start() and c.ref is not None]
            if not any(c.curie in self._vesicle or (termed_pair and c.rule == "composite") for c in inside):
                continue  # "(N-Exos and H-Exos, respectively)" defines vesicles the sentence names
            made = self._cells_made(inside)
            if made is None and ((_SENTENCE_BEFORE.search(text, max(0, opening - 2), opening)
                                  and _VESICLES_OPENING.match(text, opening))
                                 or (termed_pair and _TERMED_VESICLES_OPENING.match(text, opening))):
                # "Rat BMSCs were cultured under normoxia or hypoxia for 48 h. Exosomes (Norm-Exos and Hypo-Exos)
                # were isolated": the cells and cultures of the sentence before, in the same paragraph (or of the
                # clause before: "OE-MSCs were exposed to resveratrol ...; sEVs from primed and unprimed cells were
                # termed Res-sEVs and Con-sEVs")
                opening = _clause_opening(text, opening - 2)
                inside = [c for c in mentions if opening <= c.start and c.end <= pair.start() and c.ref is not None]
                made = self._cells_made(inside)
            if named and carried is None:
                # "WJ-MSCs were left untreated or primed with IFN-γ ..., and EVs (Ctrl-EVs and IFNγ-EVs) were
                # purified": a name glued to what the cells were given is the preparation given it, no cargo
                primed = _primed_in_pair(text, pair, named, inside)
                if primed is not None and made is not None:
                    ref = self.refs.get(made.curie, made.ref)
                    for short, stimulus in zip(shorts, primed, strict=True):
                        out.setdefault(short, (ref, {"preconditioning": stimulus} if stimulus else {}))
                continue  # else "(SIRT1-Exos ...)": a name saying what they carry is read so
            if carried is not None:
                # "Rat ADSCs were transduced with a lentivirus encoding miR-133b or a negative-control sequence, and
                # exosomes (miR133b-Exos and NC-Exos) were isolated": the cells' preparation, one carrying the miRNA
                # its name says, the other plain
                if made is not None:
                    ref = self.refs.get(made.curie, made.ref)
                    for short, said in zip(shorts, carried, strict=True):
                        out.setdefault(short, (ref, said))
                continue
            engineered = self._respective_engineering(text, inside)
            if engineered is not None:
                # "Donor cells were transfected with a miR-145-5p inhibitor or a negative control before exosome
                # collection (inhi-Exos and NC-Exos, respectively)": the first lacks the miRNA, the second is plain
                vesicles = next(c.ref for c in inside if c.curie in self._vesicle and c.ref is not None)
                ref = self.refs.get(made.curie, made.ref) if made is not None else vesicles
                for short, said in zip(shorts, engineered, strict=True):
                    out.setdefault(short, (ref, said))
                continue
            if made is None:
                continue
            # cultures the words do not tell apart ("grown as monolayers (2D) or as spheroids (3D)") leave both
            # the cells' preparation, without a stimulus
            conditions = self._respective_conditions(text, opening, pair.start(), inside) or ("", "")
            ref = self.refs.get(made.curie, made.ref)
            for short, stimulus in zip(shorts, conditions, strict=True):
                out.setdefault(short, (ref, {"preconditioning": stimulus} if stimulus else {}))
        return out

    def _cells_made(self, inside: Sequence[Candidate]) -> Candidate | None:
        """The preparation of the first cells among ``inside`` the lexicon has one for."""
        return next((m for c in inside if c.ref is not None and c.ref.category == "biolink:Cell"
                     and (m := self.lex.composite_for(c.curie)) is not None), None)

    @staticmethod
    def _respective_engineering(text: str, inside: Sequence[Candidate]
                                ) -> tuple[dict[str, str], dict[str, str]] | None:
        """What each of two preparations defined together was made to lack or carry, when their cells were
        given a molecule's silencer or mimic or a control ("transfected with a miR-145-5p inhibitor or a negative
        control": the first lacks miR-145-5p, the second is plain; "with NC mimics or miR-21 mimics": the second
        carries miR-21); None when the words name no such pair."""
        for c in inside:
            if c.ref is None or c.ref.category not in _DEPLETABLE:
                continue
            after = _SILENCER_OR_MIMIC.match(text, c.end)
            if after is None:
                continue
            said = {"depleted": c.curie, "depleted_name": c.ref.label, "depleted_category": c.ref.category} \
                if after.group("silencer") else {"cargo": c.curie, "cargo_name": c.ref.label}
            if _WITH_BEFORE.search(text, max(0, c.start - 40), c.start) and _OR_A_CONTROL.match(text, after.end()):
                return said, {}
            if _A_CONTROL_OR.search(text, max(0, c.start - 60), c.start):
                return {}, said
        return None

    @staticmethod
    def _respective_conditions(text: str, start: int, end: int, inside: Sequence[Candidate]
                               ) -> tuple[str, str] | None:
        """The stimulus of each of two cultures in text[start:end], in the order named ("with or without
        melatonin": melatonin, then none; "under normoxia or hypoxia": none, then hypoxia); None when the words
        name no such pair."""
        # (the words nearest the pair: "were left untreated or stimulated with ...; sEVs from naive and primed
        # cells (termed ...)")
        order = max((*_TREATED_FIRST.finditer(text, start, end), *_TREATED_SECOND.finditer(text, start, end)),
                    key=lambda m: m.start(), default=None)
        if order is not None:
            # "OE-MSCs were exposed to resveratrol ...; sEVs from primed and unprimed cells": what the cells were
            # given, for the culture the words name as treated
            treated = _cells_given(text, inside, start, order.start())
            if treated is not None and treated[1]:
                return (treated[1], "") if order.re is _TREATED_FIRST else ("", treated[1])
        both = _WITH_OR_WITHOUT.search(text, start, end)
        if both is not None:
            given = next((c for c in inside if both.end() <= c.start < both.end() + 40 and c.ref is not None
                          and c.ref.category not in _NO_STIMULUS), None)
            if given is None or given.ref is None:
                return None
            treated_first = both.group(0).lower().startswith("with ")
            return (given.ref.label, "") if treated_first else ("", given.ref.label)
        hypoxic, normoxic = _HYPOXIC_CULTURE.search(text, start, end), _NORMOXIC_CULTURE.search(text, start, end)
        if hypoxic is None or normoxic is None:
            return None
        return ("hypoxia", "") if hypoxic.start() < normoxic.start() else ("", "hypoxia")

    def _possessor_preparation(self, text: str, ab: Abbreviation, mentions: Sequence[Candidate]) -> Ref | None:
        """The preparation of the first cells in the sentence that have one, when a vesicle short form's long form
        is "their" vesicles: "iPSC-MSCs offer a scalable source ... than adult tissue-derived MSCs, but whether their
        small extracellular vesicles (sEVs) ..." names the vesicles of the cells the sentence is about, and
        "Neurons were co-cultured with BMSCs, and their exosomes (Exos)" those of the cells that make a
        preparation (the relation layer reads "their" vesicles alike)."""
        if _THEIR_BEFORE.search(text, max(0, ab.long_start - 8), ab.long_start) is None:
            return None
        opening = _sentence_opening(text, ab.long_start)
        for c in mentions:
            if opening <= c.start and c.end <= ab.long_start and c.ref is not None \
                    and c.ref.category == "biolink:Cell" and (made := self.lex.composite_for(c.curie)) is not None:
                return self.refs.get(made.curie, made.ref)
        return None

    def _treated_before_collection(self, text: str, vesicles: Candidate, ab: Abbreviation,
                                   near: Sequence[Candidate]) -> tuple[Candidate, str] | None:
        """ "Rat BMSCs were incubated with 10 μM melatonin for 24 h before exosome collection (Mel-Exo)", "DPSCs
        were exposed to 2 mM lithium chloride for 48 h, and their exosomes (Li-Exos)": the cells the clause opens
        with gave the vesicles its short form names, after what was done to them; returns
        those cells and the stimulus ("melatonin", "hypoxia"; empty when the clause names none, as for cells
        "cultured in serum-free medium")."""
        if not _named_after_treatment(text, vesicles, ab):
            return None
        opening = _clause_opening(text, vesicles.start)
        if _opens_sentence_after_another(text, vesicles.start):
            opening = _clause_opening(text, opening - 2)  # the cells were treated in the sentence before
        return _cells_given(text, near, opening, vesicles.start)

    def _untreated_source(self, text: str, vesicles: Candidate, ab: Abbreviation,
                          near: Sequence[Candidate]) -> LexiconEntry | None:
        """ "hUC-MSCs were primed with TNF-α ..., and exosomes ... (TI-Exos) were compared with exosomes from
        unprimed cells (N-Exos)": vesicles of the untreated cells are the preparation of the cells the clause (or
        the sentence before) treated, with no stimulus."""
        if not _FROM_UNTREATED_CELLS.fullmatch(text, vesicles.end, ab.opening):
            return None
        opening = _clause_opening(text, vesicles.start)
        treated = _cells_given(text, near, opening, vesicles.start)
        if treated is None and _SENTENCE_BEFORE.search(text, max(0, opening - 2), opening):
            treated = _cells_given(text, near, _clause_opening(text, opening - 2), opening)
        return self.lex.composite_for(treated[0].curie) if treated is not None else None

    def _source_named_after(self, text: str, vesicles: Candidate, ab: Abbreviation,
                            near: Sequence[Candidate]) -> Ref | None:
        """ "Exosomes were collected from BMSCs cultured under hypoxia (HExos)": the preparation of the cells
        named after "from" between plain vesicles and the short form, where the lexicon has one."""
        for c in near:
            if vesicles.end <= c.start and c.end <= ab.short_start and c.ref is not None \
                    and c.ref.category == "biolink:Cell" and _FROM_BEFORE.search(text, vesicles.end, c.start):
                made = self.lex.composite_for(c.curie)
                if made is not None:
                    return self.refs.get(made.curie, made.ref)
        return None

    def _kind_of(self, curie: str, broader: str) -> bool:
        entry = self.lex.get(curie)
        return curie == broader or (entry is not None and broader in entry.broader)


def _long_forms_of_named_genes(text: str, mentions: list[Candidate], abbreviations: Sequence[Abbreviation]
                               ) -> list[Candidate]:
    """ "Ras homologous A (RhoA)": a long form spelling out a gene its short form names is that gene, not the
    other gene or family its first word happens to name (Ras), nor the organelle, process or cell its words
    name ("endoplasmic reticulum to nucleus signalling 1 (Ern1)", "neuronal apoptosis inhibitory protein
    (NAIP)"); the long form becomes one mention of the short form's gene, also where its words name nothing
    ("tissue inhibitor of metalloproteinases 2 (TIMP2)", "Yin Yang 1 (YY1)"). Long forms that end with a mention
    of their own ("tumour necrosis factor (TNF)") keep it, as do long forms naming an RNA or vesicles."""
    if not abbreviations or not mentions:
        return mentions
    by_span = {(c.start, c.end): c for c in mentions}
    dropped: set[int] = set()
    whole: list[Candidate] = []
    for ab in abbreviations:
        short = by_span.get((ab.short_start, ab.short_end))
        if not ab.long or short is None or short.ref is None or short.ref.category not in PHOSPHORYLATABLE:
            continue
        long_end = ab.long_start + len(ab.long.rstrip())
        inside = [c for c in mentions if ab.long_start <= c.start and c.end <= long_end]
        if not inside and (ab.long.split(None, 1)[0].lower() in _FUNCTION_WORDS
                           or not numbered_or_gene_headed(ab.long)):
            # "APP and beta-site amyloid (Abeta) cleaving enzyme 1": a long form found too far back; "advanced
            # glycation end products (AGER)", a long form found short of "Receptor for"
            continue
        if any(c.end == long_end or c.curie == short.curie for c in inside) or any(
                c.ref is None or c.ref.category in _SPELLED_BY_NO_GENE_NAME or c.curie == _VESICLE
                for c in inside):
            continue
        dropped.update(id(c) for c in inside)
        whole.append(Candidate(ab.long_start, long_end, short.curie, "abbreviation", short.ref))
    if not whole:
        return mentions
    return sorted([c for c in mentions if id(c) not in dropped] + whole, key=lambda c: c.start)


# words no gene's name opens with
_FUNCTION_WORDS = frozenset({"and", "or", "of", "the", "a", "an", "in", "with", "by", "for", "to", "from", "as"})
# what a gene's spelled-out name does not contain: a long form holding one is no gene's name
_SPELLED_BY_NO_GENE_NAME = frozenset({"biolink:MicroRNA", "biolink:NoncodingRNAProduct", "biolink:RNAProduct"})
_VESICLE_SHORT_FORM = re.compile(r"exo|ev", re.I)
# the words before a cell saying what was done to it: "exosome-educated ", "LPS-stimulated ", "hypoxia pretreated "
_TREATED_CELLS_LEAD = re.compile(rf"[\w-]+[-‐‑ ](?:{alternation(TREATMENT_PARTICIPLES)})\s+")
_WORD_CHAR = re.compile(r"[\w-]")
_WORD_END = re.compile(r"\w")


def _coordinated_source_end(text: str, cell: Candidate, cells: Sequence[Candidate], cell_starts: Sequence[int]) -> int:
    """Where a preparation named by its source cell ends: past the same cells coordinated after them in another
    state ("EVs from naïve MSC or stimulated MSC", "exosomes from normal BMSCs and hypoxia-treated BMSCs": one
    preparation of one cell type, whose second cells are no participant of the clause)."""
    lo = bisect.bisect_right(cell_starts, cell.end)
    hi = bisect.bisect_right(cell_starts, cell.end + 60)
    for other in cells[lo:hi]:
        if other.start >= cell.end:
            if other.curie == cell.curie and _COORDINATED_SOURCE_GAP.fullmatch(text, cell.end, other.start) \
                    and not _NOT_A_SOURCE_STATE.search(text, cell.end, other.start):
                return other.end
            break
    return cell.end


def _free_hyphen_chains(text: str, cands: Sequence[Candidate]) -> None:
    """ "the PTEN-AKT-mTOR pathway" names three proteins: a protein glued by a hyphen to a protein before it
    is a link of a chain, not part of a longer word ("anti-IL-6")."""
    proteins = sorted((c for c in cands if c.ref is not None and c.ref.category in PHOSPHORYLATABLE),
                      key=attrgetter("start"))
    ends = {c.end for c in proteins if not c.attached_left}
    for c in proteins:
        if c.attached_left and c.start - 1 in ends and text[c.start - 1] in "-‐‑":
            c.attached_left = False
            ends.add(c.end)


def _with_names_defined_inside(text: str, mentions: list[Candidate], cands: Sequence[Candidate]) -> list[Candidate]:
    """The mentions, and the names inside a longer one that define their short form there: the source cells of
    a preparation ("umbilical cord mesenchymal stem cells (UCMSCs)-derived exosomes": UCMSCs are the cells), the
    structure of a measure ("blood-spinal cord barrier (BSCB) permeability": BSCB is the barrier)."""
    spans = [(c.start, c.end, c.rule) for c in mentions
             if c.rule in ("composite", "lexicon") and "(" in text[c.start:c.end]]
    if not spans:
        return mentions
    inner = [c for c in cands if c.rule != "composite" and c.ref is not None
             and any(s <= c.start and c.end < e and text[c.end:c.end + 2] == " ("
                     and (rule == "lexicon" or c.ref.category == "biolink:Cell") for s, e, rule in spans)]
    return sorted(mentions + inner, key=_CAND_START)


# categories of a name a vesicle word glued after it stays a word of its own for (see _free_vesicles_after_names)
_NAMES_BEFORE_A_VESICLE = frozenset({"biolink:Cell", "biolink:Gene", "biolink:Protein"})


def _free_vesicles_after_names(text: str, cands: Sequence[Candidate]) -> None:
    """ "miR-133b-Exos" and "GDNF-Exos" are exosomes named by the miRNA or protein they carry, "EPC-EXOs" and
    "Macrophage-Exos" the vesicles of the cells named: a vesicle word glued by a hyphen to a miRNA, a gene or a
    cell is a word of its own (the MSC preparations' names, "BMSC-Exos", are the lexicon's and win as the longer
    match)."""
    glued = [c for c in cands if c.attached_left and c.curie in VESICLE_CURIES]
    if glued:
        name_ends = {c.end for c in cands if c.rule == "mirna" or (
            c.ref is not None and c.ref.category in _NAMES_BEFORE_A_VESICLE and not c.attached_left)}
        for c in glued:
            if c.start - 1 in name_ends and text[c.start - 1] in "-‐‑":
                c.attached_left = False


def _cells_made(text: str, at: int, cands: Sequence[Candidate]) -> list[Candidate]:
    """The cells a differentiation makes, named after ``at``: "into (mature) neurons (and astrocytes)"."""
    into = _INTO_CELLS.match(text, at)
    if into is None:
        return []
    by_start = {c.start: c for c in cands if c.ref is not None and c.ref.category == "biolink:Cell"}
    made: list[Candidate] = []
    k = into.end()
    while (cell := by_start.get(k)) is not None:
        made.append(cell)
        more = _AND_CELLS.match(text, cell.end)
        if more is None:
            break
        k = more.end()
    return made


def _differentiation_into(made: Sequence[Candidate]) -> str | None:
    """The differentiation the cells made name: into neurons, neuron differentiation; into several kinds, or
    kinds GO has no differentiation class for, cell differentiation. Into a cell's state ("of microglia into the
    M1 phenotype") it is that state's polarization, and None for a state without one (the A1 astrocytes stay
    what the cells become)."""
    if any(c.curie in _STATE_POLARIZATION_OF_CELL for c in made):
        return _STATE_POLARIZATION_OF_CELL[made[0].curie] if len(made) == 1 else None
    kinds = {PROCESS_CELL_KINDS.get(c.curie, "") for c in made}
    return (_DIFFERENTIATION_INTO.get(kinds.pop()) if len(kinds) == 1 else None) or _CELL_DIFFERENTIATION


# what vesicles were loaded with, or the carrier they were put in, right after their name: a preparation's short
# form may follow the cargo or the carrier ("ADSC-EVs were encapsulated in an injectable ... hydrogel (HA-EV)")
_LOADED_WITH = re.compile(r"\s+(?:(?:were|was|are|is)\s+)?(?:(?:loaded|packaged|engineered|modified)\s+with"
                          r"|(?:encapsulated|embedded|incorporated|loaded|immobilized|immobilised)\s+(?:in|into|within))\s")


def _names_vesicles_before(text: str, vesicles: Candidate, ab: Abbreviation, short_spans: Container[int]) -> bool:
    """Whether a vesicle short form with no long form of its own names the vesicles mentioned before it: close
    by, or past what was done to them ("exosomes from human MSCs were loaded with phosphatase and tensin homolog
    small interfering RNA (ExoPTEN)", "exosomes were isolated from the conditioned medium by differential
    ultracentrifugation (TI-Exos)"), past the rest of the sentence a terming word closes ("GMSC-sEVs were
    surface-modified with ... and loaded with ... (termed CAQK-miR22-sEVs)"), or past another short form defined
    beside it ("EVs derived from BMSCs of young (22-30 years; Y-EVs) and aged (68-79 years; A-EVs) donors")."""
    gap = ab.short_start - vesicles.end
    if gap < 60:
        return True
    if gap < 120 and ((_LOADED_WITH.match(text, vesicles.end)
                       and not _CLAUSE_END.search(text, vesicles.end, ab.short_start))
                      or _COLLECTED_THEN_SHORT_FORM.fullmatch(text, vesicles.end, ab.opening)):
        return True
    if ab.lead_end >= 0 and gap < 250 and not _CLAUSE_END.search(text, vesicles.end, ab.short_start):
        return True
    return gap < 120 and any(vesicles.end < at < ab.short_start for at in short_spans) \
        and not _CLAUSE_END.search(_ASIDE.sub("", text[vesicles.end:ab.long_start]))


def _cells_before_their_process(text: str, cands: list[Candidate]) -> list[Candidate]:
    """ "endothelial cell death": the process is cell death, of the cells its first words name. The cell's name
    and the process's share "cell" and are equally long, so the cell's would win as the earlier; it gives up
    that word and stays, as "endothelial", the cells the process happens in."""
    process_starts = {c.start for c in cands if c.ref is not None and c.ref.category in _CELL_PROCESS_CATEGORIES
                      and text.startswith("cell ", c.start)}
    if not process_starts:
        return cands
    out: list[Candidate] = []
    for c in cands:
        if c.ref is not None and c.ref.category == "biolink:Cell" and c.end - 4 in process_starts \
                and c.end - 5 > c.start and text[c.end - 5] == " ":
            c = Candidate(c.start, c.end - 5, c.curie, c.rule, c.ref, c.attached_left, dict(c.attributes))
        out.append(c)
    return out


def _defined_as_lacking(text: str, c: Candidate, short_start: int) -> bool:
    """The molecule ``c`` is what the cells whose vesicles a short form at ``short_start`` names were made to
    lack: "transfected with a miR-21-5p inhibitor (Exo-anti-miR-21)", "HGF was knocked down in donor cells by
    shRNA (shHGF-EVs)", "Exosomes depleted of miR-200a-3p (Exo-anti-200a)", "miR-223-3p-depleted exosomes
    (Exo-anti-223)", "transduced with shRNA against MFG-E8 to obtain knockdown exosomes (shMFG-E8-Exos)"."""
    before = max(0, c.start - 40)
    return bool((_WITH_BEFORE.search(text, before, c.start) and _SILENCER_AFTER.fullmatch(text, c.end, short_start))
                or _KNOCKED_DOWN_AFTER.fullmatch(text, c.end, short_start)
                or (_VESICLES_LACKING_BEFORE.search(text, before, c.start) and text[c.end:short_start].strip() == "(")
                or _LACKING_VESICLES_AFTER.fullmatch(text, c.end, short_start)
                or (_SILENCER_AGAINST.search(text, before, c.start)
                    and _TO_KNOCKDOWN_VESICLES.fullmatch(text, c.end, short_start)))


def _prefixed_vesicles(text: str, cands: Sequence[Candidate], inducers: Container[str] = (),
                       silenced: Callable[[str], Ref | None] | None = None) -> list[Candidate]:
    """ "IGF-Exo", "Nor-Exo", "LPS-EVs": a preparation's short name, a prefix glued to a vesicle word, read whole
    as the vesicles when the prefix names nothing the other rules read (a cell's prefix makes a composite, a
    miRNA's names the cargo) or names a stimulus in ``inducers`` (vesicles of cells stimulated with LPS); an
    shRNA's prefix ("shHGF-EVs") names the gene their cells were made to lack, which ``silenced`` looks up."""
    glued = [c for c in cands if c.attached_left and c.curie in VESICLE_CURIES
             and _SHORT_VESICLE_WORD.fullmatch(text, c.start, c.end)]
    if not glued:
        return []
    out: list[Candidate] = []
    for c in glued:
        prefix = _VESICLE_PREFIX.search(text, max(0, c.start - 24), c.start)
        if prefix is None or _TIME_PREFIX.search(text, prefix.start(), c.start):
            continue
        if any(prefix.start() <= o.start < c.start and o.curie not in inducers for o in cands):
            continue
        stimulus = next((o.ref.label for o in cands if prefix.start() <= o.start < c.start), None)
        attributes = {"prefix": prefix.group(1)} | ({"preconditioning": stimulus} if stimulus else {})
        lacking = _SILENCER_PREFIX.fullmatch(prefix.group(1))
        gene = silenced(lacking.group(1)) if lacking is not None and silenced is not None else None
        if gene is not None:
            attributes |= {"depleted": gene.curie, "depleted_name": gene.label or gene.curie,
                           "depleted_category": gene.category}
        loaded = _SIRNA_PREFIX.fullmatch(prefix.group(1))
        gene = silenced(loaded.group(1)) if loaded is not None and silenced is not None else None
        if gene is not None:  # the vesicles carry the siRNA: what they do is the loaded preparation's
            attributes |= _loaded_with_sirna(gene)
        out.append(Candidate(prefix.start(), c.end, c.curie, "lexicon", c.ref, attributes=attributes))
    return out


def _sirna_suffixed_vesicles(text: str, cands: Sequence[Candidate], silenced: Callable[[str], Ref | None]
                             ) -> list[Candidate]:
    """ "EVs-siROCK2", "CAQK-EVs-siROCK2": vesicles named with the gene's siRNA they were loaded with after them,
    the loaded preparation (as "siROCK2-EVs" before them)."""
    out: list[Candidate] = []
    for c in cands:
        if c.curie not in VESICLE_CURIES or (suffix := _SIRNA_SUFFIX.match(text, c.end)) is None:
            continue
        gene = silenced(suffix.group(1))
        if gene is not None:
            attributes = dict(c.attributes) | _loaded_with_sirna(gene)
            out.append(Candidate(c.start, suffix.end(), c.curie, "lexicon", c.ref, attributes=attributes))
    return out


def _control_suffixed_vesicles(text: str, cands: Sequence[Candidate]) -> list[Candidate]:
    """ "Exo-siNC", "EVs-NC": vesicles named with the control they were made with after them are one name, the
    plain preparation (as "NC-Exos"), so that a list of groups "in the Exo-siNC, Exo-siTSG6 and PBS groups" has
    them."""
    return [Candidate(c.start, suffix.end(), c.curie, c.rule, c.ref, attributes=c.attributes)
            for c in cands if c.curie in VESICLE_CURIES and (suffix := _CONTROL_SUFFIX.match(text, c.end))]


def _loaded_with_sirna(gene: Ref) -> dict[str, str]:
    """The attributes of vesicles loaded with ``gene``'s siRNA: an engineered preparation (see the relations'
    ``engineered_with``)."""
    return {"engineered": gene.curie, "engineered_name": f"{gene.label or gene.curie} siRNA"}


def _carried_in_pair(text: str, pair: re.Match[str], named: Sequence[Candidate]
                     ) -> tuple[dict[str, str], dict[str, str]] | None:
    """What each of two short forms defined together says its vesicles carry, when one is a miRNA's name glued
    to a vesicle word and the other a control's ("(miR133b-Exos and NC-Exos)": miR-133b, then nothing)."""
    if len(named) != 1 or named[0].rule != "mirna" or named[0].ref is None:
        return None
    mirna = named[0]
    said = {"cargo": mirna.curie, "cargo_name": mirna.ref.label}
    for at, other in ((1, 2), (2, 1)):
        if pair.start(at) == mirna.start and _GLUED_VESICLE_WORD.fullmatch(text, mirna.end, pair.end(at)) \
                and _CONTROL_SHORT_FORM.fullmatch(pair.group(other)):
            return (said, {}) if at == 1 else ({}, said)
    return None


def _primed_in_pair(text: str, pair: re.Match[str], named: Sequence[Candidate], inside: Sequence[Candidate]
                    ) -> tuple[str, str] | None:
    """The stimulus each of two short forms defined together names, when one holds what the clause before says
    the cells were primed with ("primed with IFN-γ ..., and EVs (Ctrl-EVs and IFNγ-EVs)": none, then IFN-γ)."""
    if len(named) != 1:
        return None
    given = next((c for c in inside if c.curie == named[0].curie and c.ref is not None
                  and _GIVEN_BEFORE.search(text, max(0, c.start - 40), c.start)), None)
    if given is None or given.ref is None:
        return None
    stimulus = given.ref.label or given.curie
    if pair.start(1) <= named[0].start < pair.end(1):
        return stimulus, ""
    return "", stimulus


def _cells_given(text: str, near: Sequence[Candidate], opening: int, end: int) -> tuple[Candidate, str] | None:
    """The first cells in text[opening:end] said to be treated ("BMSCs were incubated with 10 μM melatonin",
    "were cultured under 1% O2") and what they were given before ``end`` ("melatonin", "TNF-α and IFN-γ",
    "hypoxia"; empty when the words name none, as for cells "cultured in serum-free medium"); None when no cells
    there are said to be treated."""
    for c in near:
        if not (opening <= c.start and c.end <= end and c.ref is not None and c.ref.category == "biolink:Cell"):
            continue
        given = _CELLS_TREATED_AFTER.match(text, c.end)
        if given is None:
            continue
        if given.group("made"):  # what their cells were made to carry or lack is read from the short form
            return c, ""
        agents = [o for o in near if given.end() <= o.start and o.end <= end and o.ref is not None
                  and o.ref.category not in _NO_STIMULUS]
        # "interleukin-1β (IL-1β, 20 ng/mL, 24 h)": one stimulus named twice
        agents = [o for x, o in enumerate(agents) if all(p.curie != o.curie for p in agents[:x])]
        if agents and (len(agents) == 1 or _STIMULI_JOINED.fullmatch(text, agents[0].end, agents[1].start)):
            stimulus = " and ".join(o.ref.label for o in agents[:2])
        elif _HYPOXIC_CULTURE.search(text, given.start(), end):
            stimulus = "hypoxia"
        else:
            stimulus = ""
        return c, stimulus
    return None


def _sentence_opening(text: str, at: int, marks: tuple[str, ...] = (". ", "\n")) -> int:
    """Where the sentence holding offset ``at`` opens: past the last ". " or line break before it (or the last of
    other ``marks``)."""
    return max((k + len(mark) for mark in marks if (k := text.rfind(mark, 0, at)) >= 0), default=0)


def _clause_opening(text: str, at: int) -> int:
    """Where the clause holding offset ``at`` opens: past the last ". ", "; " or line break before it."""
    return _sentence_opening(text, at, (". ", "; ", "\n"))


def _named_after_treatment(text: str, vesicles: Candidate, ab: Abbreviation) -> bool:
    """Whether a short form names vesicles collected after their cells were treated: "before exosome collection
    (Mel-Exo)", "..., and their exosomes (Li-Exos)", "..., and sEVs were collected (MT-sEVs)"."""
    before = text[max(0, vesicles.start - 12):vesicles.start]
    if _COLLECTED_BEFORE_SHORT_FORM.fullmatch(text, vesicles.end, ab.opening):
        return _BEFORE_COLLECTION.search(before) is not None
    if _COLLECTED_THEN_SHORT_FORM.fullmatch(text, vesicles.end, ab.opening):
        return _AND_THEN_BEFORE.search(before) is not None or _opens_sentence_after_another(text, vesicles.start)
    return _RIGHT_BEFORE_SHORT_FORM.fullmatch(text, vesicles.end, ab.opening) is not None \
        and _THEIR_AFTER_TREATMENT.search(before) is not None


def _opens_sentence_after_another(text: str, at: int) -> bool:
    """Whether the words at ``at`` open a sentence (past "The", "Their" or "Small") right after another one in
    the same paragraph: "BMSCs were incubated with melatonin for 24 h. Exosomes were then isolated (Mel-Exos)"."""
    opening = _clause_opening(text, at)
    return _SENTENCE_BEFORE.search(text, max(0, opening - 2), opening) is not None \
        and _OPENING_DETERMINERS.fullmatch(text, opening, at) is not None


def _clause_ends_between(text: str, start: int, end: int) -> bool:
    """Whether a clause ends between start and end outside parentheses ("normoxia (21% O2; Nor-Exos) or hypoxia"
    holds no clause's end)."""
    for m in _CLAUSE_END.finditer(text, start, end):
        if text.count("(", start, m.start()) <= text.count(")", start, m.start()):
            return True
    return False


def _occurrences(text: str, short: str) -> Iterator[tuple[int, int]]:
    """Spans of ``short`` standing as a word of its own, and of its singular or plural: a short form
    defined in the plural, "(HSEVs)", is also written in the singular, "HSEV administration", and one defined
    in the singular takes a plural "s"."""
    yield from _exact_occurrences(text, short)
    other = number_variant(short)
    if other is not None:
        yield from _exact_occurrences(text, other)
    if short[:1].islower():  # "(inhi-Exos)" ... "Inhi-Exos failed to ...": capitalized where a sentence opens
        for at, end in _exact_occurrences(text, short[0].upper() + short[1:]):
            before = text[:at].rstrip(" ")
            if not before or before[-1] in ".!?:\n":
                yield at, end


def _exact_occurrences(text: str, short: str) -> Iterator[tuple[int, int]]:
    """Spans of ``short`` standing as a word of its own (not inside a longer word or hyphenated name).

    A plain substring search (C speed) with the word-boundary checks done per hit: a regex starting with
    a look-behind cannot use the literal prefix search and scans the text character by character.
    """
    n = len(short)
    at = text.find(short)
    while at >= 0:
        end = at + n
        if not (at and _WORD_CHAR.match(text, at - 1)) and not _WORD_END.match(text, end):
            yield at, end
        at = text.find(short, at + 1)


def _state_markers(lex: Lexicon) -> dict[str, str]:
    """Marker CURIE -> the state it names, from the lexicon's synonyms of the states ("CD86+ microglia": M1)."""
    out: dict[str, str] = {}
    for (_, state), curie in STATE_CELLS.items():
        entry = lex.get(curie)
        for form in entry.synonyms if entry is not None else ():
            m = _STATE_MARKER_SYNONYM.fullmatch(form)
            marker = lex.lookup(key_of(m.group("marker")), key_of(m.group("marker"), fold=False)) if m else None
            if marker is not None and out.get(marker, state) == state:
                out[marker] = state
    return out


def _state_host(text: str, start: int, end: int, hosts: Sequence[tuple[int, int, str]], letter: str) -> str:
    """The cell group a bare state refers to: A states are astrocytes'; M states belong to the nearest
    macrophage or microglia named in the same sentence (before it, else after it), else in its paragraph before it,
    else to the only group the text names, macrophages by default."""
    if letter == "A":
        return "astrocyte"
    named = _named_state_host(text, start, end, hosts)
    if named is not None:
        return named
    # none in its sentence: the nearest named before it in its paragraph ("In BV2 cells, ... the shift from the M1 to
    # the M2 phenotype" after "CD86+/Iba1+ cells"), else the one group the whole text names
    paragraph = text.rfind("\n", 0, start) + 1
    before = [h[2] for h in hosts if paragraph <= h[0] and h[1] <= start and h[2] != "astrocyte"]
    if before:
        return before[-1]
    groups = {h[2] for h in hosts if h[2] != "astrocyte"}
    return groups.pop() if len(groups) == 1 else "macrophage"


def _named_state_host(text: str, start: int, end: int, hosts: Sequence[tuple[int, int, str]]) -> str | None:
    """The macrophages or microglia named nearest an M state in its sentence (before it, else after it)."""
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    hi_dot, hi_nl = text.find(". ", end), text.find("\n", end)
    hi = min(x for x in (hi_dot, hi_nl, len(text)) if x >= 0)
    k = bisect.bisect_left(hosts, (start, -1, ""))
    before = [h for h in hosts[:k] if h[1] <= start and h[0] >= lo and h[2] != "astrocyte"]
    if before:
        return before[-1][2]
    after = [h for h in hosts[k:] if h[0] >= end and h[1] <= hi and h[2] != "astrocyte"]
    return after[0][2] if after else None


def _is_inflammasome_asc(text: str, start: int, end: int) -> bool:
    """ "NLRP3, ASC and caspase-1": the inflammasome adaptor PYCARD, not adipose-derived stem cells, when an
    inflammasome word stands beside it (the same list, "ASC speck") and no vesicle or cell word follows
    ("ASC-Exos", "ASC-derived", "ASC cells") and no source is named ("EVs from ASC")."""
    if _CELL_AFTER_ASC.match(text, end) or text.endswith(("from ", "human "), 0, start):
        return False
    lo, hi = max(0, start - 40), min(len(text), end + 40)
    for m in _SENTENCE_BREAK.finditer(text, lo, start):
        lo = m.end()
    after = _SENTENCE_BREAK.search(text, end, hi)
    return _INFLAMMASOME.search(text, lo, after.start() if after else hi) is not None


_TAXON = "biolink:OrganismTaxon"
_QUALITY_AFTER_ORGANISM = re.compile(r"[-‐](?:friendly|centred|centered|oriented|reported|facing|level)\b", re.I)
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
_INFLAMMASOME = re.compile(r"NLRP\d|NLRC4|AIM2|inflammasome|caspase-?1\b|GSDMD|gasdermin|pyroptosis|speck|oligomeri",
                           re.I)
# a hyphen or an opening parenthesis after "ASC" starts a preparation's name ("ASC-Exos"); a slash is a chain
# of its own ("AIM2/ASC/caspase-1")
_CELL_AFTER_ASC = re.compile(r"[-‐‑]|\s*\(|\s+(?:exosom|extracellular|vesicle|EVs?\b|sEVs?\b|cells?\b|derived|-derived)",
                             re.I)


def _in_slash_chain(text: str, start: int, end: int) -> bool:
    before = start >= 2 and text[start - 1] == "/" and text[start - 2].isalnum()
    after = end + 1 < len(text) and text[end] == "/" and text[end + 1].isalnum()
    return before or after


# ---------------------------------------------------------------------------------------------
# spaCy integration


def _register() -> None:
    """Register the tokenizer, components and Span extensions (idempotent)."""
    import spacy
    from spacy.language import Language
    from spacy.tokens import Doc, Span

    if not Span.has_extension("ref"):
        Span.set_extension("ref", default=None)
    if not Span.has_extension("attributes"):
        Span.set_extension("attributes", default=None)
    if not Doc.has_extension("exokg_abbreviations"):
        Doc.set_extension("exokg_abbreviations", default=None)

    if "exokg.Tokenizer.v1" not in spacy.registry.tokenizers:
        @spacy.registry.tokenizers("exokg.Tokenizer.v1")
        def create_tokenizer() -> Any:
            def make(nlp: Language) -> ExokgTokenizer:
                return ExokgTokenizer(nlp.vocab)

            return make

    if "exokg_sentences" not in Language.factories:
        @Language.factory("exokg_sentences")
        def make_sentencizer(nlp: Language, name: str) -> SentenceSetter:
            return SentenceSetter()

    if "exokg_entities" not in Language.factories:
        @Language.factory("exokg_entities", default_config={"lexicon_path": None})
        def make_entities(nlp: Language, name: str, lexicon_path: str | None) -> EntityComponent:
            return EntityComponent(load_lexicon(lexicon_path))

    if "exokg_quantities" not in Language.factories:
        @Language.factory("exokg_quantities")
        def make_quantities(nlp: Language, name: str) -> QuantityComponent:
            return QuantityComponent()


class ExokgTokenizer:
    """Callable text -> Doc using :func:`extractors.tokens.tokenize` (keeps the token table)."""

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Any:
        from spacy.tokens import Doc

        toks = tokenize(text)
        doc = Doc(self.vocab, words=toks.words, spaces=toks.spaces)
        doc.user_data["exokg_tokens"] = toks
        doc.user_data["exokg_text"] = text
        return doc

    def to_bytes(self, **_: Any) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_: Any) -> ExokgTokenizer:
        return self

    def to_disk(self, _path: Any, **_: Any) -> None:
        return None

    def from_disk(self, _path: Any, **_: Any) -> ExokgTokenizer:
        return self


def _tokens_of(doc: Any) -> Tokens:
    toks = doc.user_data.get("exokg_tokens")
    if toks is None:  # a Doc made by another tokenizer: rebuild the table from its tokens
        words = [t.text for t in doc]
        toks = Tokens(words, [bool(t.whitespace_) for t in doc], [t.idx for t in doc],
                      [t.idx + len(t.text) for t in doc], [t.is_space for t in doc])
        doc.user_data["exokg_tokens"] = toks
    return toks


def _text_of(doc: Any) -> str:
    """The Doc's text; spaCy rebuilds ``doc.text`` from every token on each access, so keep a copy."""
    text = doc.user_data.get("exokg_text")
    if text is None:
        text = doc.user_data["exokg_text"] = doc.text
    return text


def _token_index(toks: Tokens, offset: int) -> int:
    return bisect.bisect_right(toks.starts, offset) - 1


class SentenceSetter:
    """Marks sentence starts from :func:`extractors.tokens.sentence_spans`."""

    def __call__(self, doc: Any) -> Any:
        toks = _tokens_of(doc)
        spans = sentence_spans(_text_of(doc))
        doc.user_data["exokg_sentences"] = spans
        if len(doc) == 0:
            return doc
        import numpy
        from spacy.attrs import SENT_START

        flags = numpy.full((len(doc), 1), -1, dtype="int64")
        flags[0, 0] = 1
        for s, _ in spans:
            flags[max(0, _token_index(toks, s)), 0] = 1
        # one array write instead of a Token.is_sent_start assignment per token (each of which scans the Doc)
        doc.from_array([SENT_START], flags.astype("uint64"))
        return doc


@dataclass(slots=True)
class EntityRecord:
    """One kept mention: its span in the Doc, its own character offsets, reference and attributes.

    ``attributes`` is the same dict object as ``span._.attributes``, so components that add to one
    add to the other.
    """

    span: Any  # spacy.tokens.Span
    start: int
    end: int
    curie: str
    ref: Ref | None
    attributes: dict[str, str]


def _set_span_extension(doc: Any, span: Any, name: str, value: Any, plain: bool) -> None:
    """``span._.<name> = value``; for a plain (default-valued) extension, written where spaCy's
    Underscore writes it (``doc.user_data[("._.", name, start_char, end_char)]``) without building an
    Underscore object per span."""
    if plain:
        doc.user_data[("._.", name, span.start_char, span.end_char)] = value
    else:
        setattr(span._, name, value)


def _is_plain_extension(name: str) -> bool:
    from spacy.tokens import Span

    ext = Span.get_extension(name)
    return ext is not None and ext[1] is None and ext[2] is None and ext[3] is None


class EntityComponent:
    """Finds grounded mentions and writes them to ``doc.ents``."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.recognizer = Recognizer(lexicon)

    def __call__(self, doc: Any) -> Any:
        from spacy.tokens import Span

        toks = _tokens_of(doc)
        species = doc.user_data.get("exokg_species")
        found, learned = self.recognizer.recognize(_text_of(doc), toks, species)
        tok_starts, tok_ends = toks.starts, toks.ends
        n = len(tok_starts)
        records: list[EntityRecord] = []
        last_end = -1  # candidates are sorted and disjoint; token expansion can still make two touch
        for c in found:
            i = bisect.bisect_right(tok_starts, c.start) - 1  # token containing the start ("expand")
            j = bisect.bisect_left(tok_ends, c.end) + 1  # one past the token containing the end
            if i < 0 or j > n or i >= j or i < last_end:
                continue
            span = Span(doc, i, j, label=c.ref.category if c.ref else "", kb_id=c.curie)
            attrs = dict(c.attributes)
            attrs["rule"] = c.rule
            attrs["char_span"] = f"{c.start}-{c.end}"
            records.append(EntityRecord(span, c.start, c.end, c.curie, c.ref, attrs))
            last_end = j
        plain_ref, plain_attrs = _is_plain_extension("ref"), _is_plain_extension("attributes")
        for r in records:
            _set_span_extension(doc, r.span, "ref", r.ref, plain_ref)
            _set_span_extension(doc, r.span, "attributes", r.attributes, plain_attrs)
        kept = [r.span for r in records]
        doc.set_ents(kept)
        doc.user_data["exokg_spans"] = kept
        doc.user_data["exokg_records"] = records
        doc._.exokg_abbreviations = learned
        return doc


def _records_of(doc: Any) -> list[EntityRecord]:
    """The entity records of a Doc (rebuilt from ``doc.ents`` for a Doc this pipeline did not fill)."""
    records = doc.user_data.get("exokg_records")
    if records is None:
        records = []
        for span in doc.ents:
            attrs = span._.attributes if span._.attributes is not None else {}
            span._.attributes = attrs
            records.append(EntityRecord(span, span.start_char, span.end_char, span.kb_id_, span._.ref, attrs))
        doc.user_data["exokg_records"] = records
    return records


_QUANTITY_HINT = re.compile(r"\d|Sprague|Wistar|SD\b")


# "Intrathecal injection of a p38 activator reversed the effect of MenSC-Exos": the route is the reagent's
_REAGENT_AFTER_ROUTE = re.compile(
    r"\s+(?:of|with)\s+[^,;.()]{0,40}?\b(?P<reagent>activators?|inhibitors?|agonists?|antagonists?|antibod(?:y|ies)|"
    r"blockers?|siRNAs?|shRNAs?|antagomirs?|agomirs?|vehicle|saline|PBS)\b(?![-‐])")


# controls listed with the treatments one route gave: "a tail vein injection of vehicle (PBS), free curcumin, sEVs
# or Cur-sEVs" (the list runs to the end of the clause)
_CONTROL_REAGENTS = frozenset({"vehicle", "saline", "pbs"})
_LIST_END = re.compile(r"[;.]|\s(?:was|were|and\s+(?:the|then))\s")


def _route_of_a_reagent(route: EntityRecord, text: str, recs: list[EntityRecord]) -> bool:
    """Whether the route's "injection of" names a reagent before any vesicle preparation: the route is how that
    was given, not the vesicles (a control listed first shares the route with the vesicles listed after it)."""
    reagent = _REAGENT_AFTER_ROUTE.match(text, route.end)
    if reagent is None:
        return False
    end = reagent.end()
    if reagent.group("reagent").lower() in _CONTROL_REAGENTS:
        stop = _LIST_END.search(text, end)
        end = stop.start() if stop is not None else len(text)
    return not any(route.end <= r.start < end and _is_vesicle_record(r) for r in recs)


# "The Nrf2 inhibitor ML385 (30 mg/kg, intraperitoneally)": a dose and route in the parentheses after a reagent's
# name are how that was given, not the vesicles
_REAGENT_BEFORE_ASIDE = re.compile(r"\b(?:inhibitors?|activators?|agonists?|antagonists?|blockers?|antibod(?:y|ies))"
                                   r"\b[^,;()]{0,25}\(\Z", re.I)


def _in_a_reagents_aside(text: str, sentence_start: int, at: int) -> bool:
    """Whether offset ``at`` lies in parentheses opened right after a reagent's name."""
    opening = text.rfind("(", sentence_start, at)
    return opening >= 0 and text.find(")", opening, at) < 0 and \
        _REAGENT_BEFORE_ASIDE.search(text, max(sentence_start, opening - 60), opening + 1) is not None


def _is_vesicle_record(r: EntityRecord) -> bool:
    """A vesicle preparation, named by the lexicon or composed from its source ("hypoxic BMSC-Exos")."""
    return r.curie in VESICLE_CURIES or r.attributes.get("rule") == "composite" or (
        r.curie.startswith("exokg:") and r.curie.endswith("_Exo"))


# the opening of the parentheses right after a name, up to an amount in them
_OWN_ASIDE = re.compile(r"\s*\(\s*")

# routes listed together ("intrathecal or intravenous injection") are one choice
_ROUTE_LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:(?:or|and|and/or)\s+)?")


def _routes_of(vesicles: EntityRecord, routes: list[EntityRecord], text: str) -> list[EntityRecord]:
    """The routes of a sentence that gave these vesicles: where it names several, the last one before them, with
    those listed beside it ("an intralesional injection of blank hydrogel or HA-EV (100 µg EVs), the same EV dose
    given intravenously (IV-EV)": HA-EV intralesional, IV-EV intravenous; "such as intrathecal or intravenous
    injection, may affect the distribution of BMSCs-Exo": both), else all (vesicles before every route were given
    each)."""
    if len({x.curie for x in routes}) < 2:
        return routes
    before = [x for x in routes if x.span.end_char <= vesicles.span.start_char]
    if not before:
        return routes
    k = len(before) - 1
    while k > 0 and _ROUTE_LIST_GAP.fullmatch(text, before[k - 1].span.end_char, before[k].span.start_char):
        k -= 1
    return before[k:]


def _takes_quantities(r: EntityRecord) -> bool:
    """Whether QuantityComponent may attach anything to this record (the tests it makes, in one place)."""
    curie = r.curie
    return (_is_vesicle_record(r) or curie in INJURY_CURIES or curie.startswith(MODEL_PREFIX)
            or curie.startswith(TAXON_PREFIX))


class QuantityComponent:
    """Attaches sentence-level quantities and design facts to the entity spans."""

    def __call__(self, doc: Any) -> Any:
        sentences = doc.user_data.get("exokg_sentences") or sentence_spans(_text_of(doc))
        records = _records_of(doc)
        if not records:
            return doc
        sent_starts = [s for s, _ in sentences]
        by_sentence: dict[int, list[EntityRecord]] = {}
        for r in records:
            i = bisect.bisect_right(sent_starts, r.span.start_char) - 1
            by_sentence.setdefault(i, []).append(r)
        text = _text_of(doc)
        for i, recs in by_sentence.items():
            if i < 0 or not any(_takes_quantities(r) for r in recs):
                continue  # no vesicle, injury, model or taxon here: nothing would be attached
            s, e = sentences[i]
            sentence = text[s:e]
            quantities = [q for q in find_quantities(sentence) if not _in_a_reagents_aside(text, s, s + q.start)] \
                if _QUANTITY_HINT.search(sentence) else []
            routes = [r for r in recs if (r.curie.startswith(ROUTE_PREFIX) or r.curie in ROUTE_CURIES)
                      and not _route_of_a_reagent(r, text, recs) and not _in_a_reagents_aside(text, s, r.start)]
            models = [r for r in recs if r.curie.startswith(MODEL_PREFIX)]
            if not quantities and not routes and not models:
                continue  # nothing to attach in this sentence
            for r in recs:
                attrs, curie = r.attributes, r.curie
                if _is_vesicle_record(r):
                    # their own amount, in the parentheses right after them, before any other of the sentence ("In
                    # astrocytes activated with interleukin-6 (IL-6, 50 ng/mL) ..., BMSC-Exos (20 μg/mL) reduced")
                    own = [q for q in quantities if _OWN_ASIDE.fullmatch(text, r.span.end_char, s + q.start)]
                    for q in own + quantities:
                        if q.kind in {"diameter_nm", "dose"}:
                            attrs.setdefault(q.kind, q.value)
                    if routes:
                        attrs.setdefault("route", "; ".join(dict.fromkeys(
                            x.ref.label for x in _routes_of(r, routes, text) if x.ref)))
                if curie in INJURY_CURIES or curie.startswith(MODEL_PREFIX):
                    for q in quantities:
                        if q.kind == "level":
                            attrs.setdefault("level", q.value)
                    if models and curie in INJURY_CURIES:
                        attrs.setdefault("model", "; ".join(dict.fromkeys(x.ref.label for x in models if x.ref)))
                if curie.startswith(TAXON_PREFIX):
                    for q in quantities:
                        if (q.kind == "strain" and q.end + s <= r.span.end_char + 2
                                and q.start + s >= r.span.start_char - 20):
                            attrs.setdefault("strain", q.value)
        return doc


def build_pipeline(lexicon_path: str | None = None) -> Any:
    """spaCy ``blank("en")`` with exokg's tokenizer and components."""
    import spacy

    _register()
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "exokg.Tokenizer.v1"}}})
    nlp.max_length = 100_000_000  # no parser or NER model: memory grows linearly with the text
    nlp.add_pipe("exokg_sentences")
    nlp.add_pipe("exokg_entities", config={"lexicon_path": lexicon_path})
    nlp.add_pipe("exokg_quantities")
    return nlp


# ---------------------------------------------------------------------------------------------
# public API


class Annotator:
    """Builds the pipeline once; ``annotate`` is then cheap per document."""

    def __init__(self, lexicon_path: str | None = None) -> None:
        self.nlp = build_pipeline(lexicon_path)

    def annotate(self, document: Document) -> AnnotatedDocument:
        if not isinstance(document, Document):
            raise InputError(f"expected a kg.model.Document, got {type(document).__name__}")
        if not document.text.strip():
            raise InputError(f"{document.id}: the document is empty")
        # Annotation allocates hundreds of thousands of small acyclic objects (tokens, candidates,
        # mentions); the cyclic collector would rescan the lexicon's index many times over meanwhile.
        collecting = gc.isenabled()
        gc.disable()
        try:
            doc = self.nlp.make_doc(document.text)
            doc.user_data["exokg_species"] = document.species
            doc.user_data["exokg_document_id"] = document.id
            for _name, proc in self.nlp.pipeline:
                doc = proc(doc)
            sentences: list[tuple[int, int]] = doc.user_data.get("exokg_sentences") or []
            mentions = _mentions(document, doc, sentences)
        finally:
            if collecting:
                gc.enable()
        return AnnotatedDocument(document, doc, mentions, sentences, dict(doc._.exokg_abbreviations or {}))


def _mentions(document: Document, doc: Any, sentences: list[tuple[int, int]]) -> list[Mention]:
    sent_starts = [s for s, _ in sentences]
    out = []
    text = document.text
    for r in _records_of(doc):
        attrs = dict(r.attributes)
        attrs.pop("char_span", None)
        start, end = r.start, r.end
        i = bisect.bisect_right(sent_starts, start) - 1
        sentence_start = sentences[i][0] if i >= 0 else None
        items = sorted(attrs.items())
        if not all(type(v) is str for _, v in items):
            items = [(k, str(v)) for k, v in items]
        out.append(Mention(document.id, start, end, text[start:end], r.ref, sentence_start, tuple(items)))
    return out


_DEFAULT: Annotator | None = None


def default_annotator() -> Annotator:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Annotator()
    return _DEFAULT


def extract_mentions(text_or_document: str | Document, document_id: str = "text",
                     species: str | None = None) -> list[Mention]:
    """Grounded mentions of a text or Document (the documented Python API).

    A plain string becomes a Document with id ``document_id``; empty or non-text input raises
    :class:`kg.errors.InputError`.
    """
    if isinstance(text_or_document, Document):
        document = text_or_document
    elif isinstance(text_or_document, str):
        if not text_or_document.strip():
            raise InputError("no text to read: the input is empty")
        if "\x00" in text_or_document:
            raise InputError("the input contains NUL bytes; it looks binary, not text")
        document = Document(id=document_id, text=text_or_document, species=species)
    else:
        raise InputError(f"expected text or a Document, got {type(text_or_document).__name__}")
    return default_annotator().annotate(document).mentions
