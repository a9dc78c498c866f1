"""Pooled effects as papers print them: ``SMD = −3.12, 95% CI [−3.57, −2.67]``, ``SMD -1.98 [95% CI
-2.65, -1.31]``, ``WMD 3.45 (95% CI 2.56-4.34)``, ``standardized mean difference [SMD] = -2.13, 95% confidence
interval [CI] -2.89 to -1.37``, ``the pooled SMD for BBB score was 2.56 (95% CI: 1.89-3.23)``, and a bare
interval that holds its estimate, ``MD = 3.45 [2.56, 4.34]`` (read as 95%).

A meta-analysis states each pooled result once or twice (abstract and results) together
with what it needs to be read: the number of studies ("A total of 14 studies reported
TNF-α", "NeuN cells/field (5 studies)", "(SMD ...; 12 studies)", "the pooled analysis of 15
studies showed"), the heterogeneity ("the I-squared value was 80.9%"; inside an effect's parentheses it is
that effect's, never an earlier one's, unless it follows as that effect's heterogeneity: "(MD ...) with
substantial heterogeneity (I2 = 85%)") and the model ("The
fixed-effect model meta-analysis showed ..."). This module finds every printed effect with its
confidence interval, binds it to an outcome and an intervention, attaches k, I² and model from
the same section, and keeps one effect per outcome, intervention and subgroup per document,
preferring the results section over the abstract. A result pooled over part of the studies ("In
the subgroup of rats receiving 100 μg, ...", "in the mouse subgroup") carries that subgroup and
never stands for the overall result; so do results a sentence reports at several times ("at day 7 (MD ...),
day 14 (MD ...) and day 28 (MD ...)": subgroups "day 7", "day 14", "day 28") or for several groups ("larger
in rats (SMD ...) than in mice (SMD ...)": "rats", "mice"), and results of kinds of vesicles ("native exosomes
(SMD ...), as did miRNA-loaded (SMD ...) ... exosomes": "native exosomes", "miRNA-loaded exosomes"; a result of one kind
set against another, "in the eight head-to-head studies", is "engineered EVs versus native EVs" with the other kind its
comparator). An effect whose sentence names no outcome but
points back at one ("Seven studies reported BBB scores. The pooled analysis showed a significant improvement
(SMD 2.10, ...)") takes the single outcome of the nearest of the two sentences before it in its paragraph
that names one; its evidence then holds both sentences.

Standard error and p are recovered from the CI (normal approximation; on the log scale
for ratio measures): ``se = (hi - lo) / (2 z)``, ``p = 2 Φ(-|est / se|)``. A p printed
exactly beside the effect ("p = 0.003") is kept as printed.

It works from ``annotated.document.text`` alone; grounded mentions from the entity layer
(``annotated.mentions``), when present, only add outcome and intervention candidates.

Population and comparator are read once per document: the species (the document's own
``species``, else the most named of rats, mice and patients) grounded to its NCBITaxon entry, the
condition (spinal cord injury) to its MONDO entry, and the control arm ("placebo group", "saline
or phosphate-buffered saline") to an exokg comparator term (:mod:`kg.pico`).

The publication-bias checks a paper reports (Egger's or Begg's test, funnel plot, trim-and-fill)
are read by :mod:`extractors.reported_bias` and attached to the pooled effects of the outcomes
they speak of; an estimate printed as trim-and-fill's adjusted result is no pooled effect of its own.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

from extractors.numbers import COUNT, INTERVAL_SEP, MINUS, NUMBER, printed_count, printed_number
from extractors.reported_bias import BiasReading, OutcomeSpan, PrintedEffect, mentions_bias, read_bias
from extractors.tokens import SENTENCE_OPENER, inside_brackets, stop_ends_sentence
from kg.model import BIAS_METHODS, BiasAssessment, Document, Evidence, Mention, PooledEffect, Ref
from kg.pico import RODENT, builtin_condition, builtin_organism, comparator_from_text

EXTRACTOR = "exokg.reported_effects"
EXTRACTOR_VERSION = "1.38"

RATIO_MEASURES = {"OR", "RR", "HR", "IRR", "ROM"}

# ---------------------------------------------------------------------------------------------
# Concepts this reader can find on its own. The CURIE is the fallback used when the lexicon
# (extractors.lexicon.entity_table) has no entry whose label or synonym matches ``names``.


@dataclass(frozen=True)
class Concept:
    """An outcome or intervention the reader recognises without the entity layer."""

    key: str
    fallback: Ref
    names: tuple[str, ...]  # label and synonyms used to find the lexicon entry
    pattern: str  # regex over the text (case-insensitive unless the pattern says otherwise)


OUTCOME_CONCEPTS: tuple[Concept, ...] = (
    Concept("bbb_score", Ref("exokg", "BBB_score", "BBB locomotor score", "biolink:PhenotypicFeature"),
            ("BBB score", "BBB locomotor score", "Basso-Beattie-Bresnahan score", "BBB scale",
             "Basso-Beattie-Bresnahan locomotor rating scale"),
            r"\bBasso[- ]Beattie[- ]Bresnahan(?: \(BBB\))?(?: locomotor)?(?: function)?(?: rating)?"
            r"(?: scores?| scales?)?|\bBBB(?: locomotor)?(?: function)?(?: scores?| scales?)?\b"),
    Concept("tnf", Ref("HGNC", "11892", "TNF-α", "biolink:Gene"),
            ("TNF-α", "TNF-alpha", "TNF", "tumor necrosis factor", "tumor necrosis factor alpha"),
            r"\bTNF-?(?:α|alpha|a)(?![\w-])|\btumou?r necrosis factor[- ]?(?:α|alpha)?"),
    Concept("il10", Ref("HGNC", "5962", "IL-10", "biolink:Gene"),
            ("IL-10", "IL10", "interleukin-10", "interleukin 10"),
            r"\bIL-?10(?![\w-])|\binterleukin[- ]10\b"),
    Concept("tgfb", Ref("HGNC", "11766", "TGF-β", "biolink:Gene"),
            ("TGF-β", "TGF-beta", "TGF-β1", "TGFB1", "transforming growth factor beta"),
            r"\bTGF-?(?:β|beta)1?(?![\w-])|\btransforming growth factor[- ](?:β|beta)1?"),
    Concept("apoptosis", Ref("GO", "0006915", "apoptosis", "biolink:BiologicalProcess"),
            ("apoptosis", "apoptotic process", "apoptotic cell death"),
            # ("Funnel plots were asymmetric for TNF-α and TUNEL": the TUNEL-positive cells)
            r"\bapoptosis\b|\bapoptotic (?:cells?|rates?|index)\b|\bTUNEL(?:[- ]positive cells\b|(?![\w-]))"),
    Concept("neun", Ref("HGNC", "27097", "NeuN", "biolink:Gene"),
            ("NeuN", "RBFOX3", "neuronal nuclei"),
            r"\bNeuN(?:\+|-positive)?(?: cells(?:/field| per field)?)?"),
    Concept("nf200", Ref("HGNC", "7737", "NF200", "biolink:Gene"),
            ("NF200", "NF-200", "NEFH", "neurofilament 200", "neurofilament heavy"),
            r"\bNF-?200\b|\bneurofilament[- ](?:200|heavy)\b"),
    Concept("nissl", Ref("exokg", "Nissl_body", "Nissl bodies", "biolink:CellularComponent"),
            ("Nissl body", "Nissl bodies", "Nissl substance"),
            r"\b(?:the )?(?:number of )?Nissl (?:bod(?:y|ies)|substance|staining)"),
    Concept("gfap", Ref("HGNC", "4235", "GFAP", "biolink:Gene"),
            ("GFAP", "glial fibrillary acidic protein"),
            r"\bGFAP\b|\bglial fibrillary acidic protein\b"),
    Concept("lesion_area", Ref("exokg", "lesion_area", "lesion area", "biolink:PhenotypicFeature"),
            ("lesion area", "lesion size"),
            r"\blesion (?:area|size)\b"),
)

INTERVENTION_CONCEPTS: tuple[Concept, ...] = (
    Concept("bmsc_exo", Ref("exokg", "BMSC_Exo", "bone marrow MSC-derived exosomes", "biolink:CellularComponent"),
            ("BMSCs-Exo", "BMSC-Exo", "BMSC-Exos", "BMSC-derived exosomes",
             "bone marrow MSC-derived exosomes", "bone marrow mesenchymal stem cell-derived exosomes"),
            r"\bBM-?MSCs?[- ]?(?:Exos?|exosomes?|EVs?|sEVs?)\b|\bBMSCs?[- ](?:derived )?(?:Exos?|exosomes?|EVs?)\b"
            r"|\bbone marrow(?:[- ]derived)? (?:mesenchymal stem cells?|mesenchymal stromal cells?|MSCs?)"
            r"[- ]derived (?:exosomes|extracellular vesicles|EVs)\b"),
)

# Mentions of these categories can be outcomes of a pooled analysis.
OUTCOME_CATEGORIES = {
    "biolink:Gene", "biolink:Protein", "biolink:GeneProduct", "biolink:GeneOrGeneProduct",
    "biolink:BiologicalProcess", "biolink:PhenotypicFeature", "biolink:ClinicalFinding",
    "biolink:ClinicalMeasurement", "biolink:ClinicalAttribute", "biolink:Cell",
    "biolink:CellularComponent", "biolink:MolecularActivity", "biolink:Pathway", "biolink:GeneFamily",
    "biolink:ChemicalEntity",
}
EXOSOME_WORDS = re.compile(r"exo|vesic|\bEVs?\b", re.I)

# ---------------------------------------------------------------------------------------------
# Printed statistics

# a bare "g" is Hedges' g before "=", or opening an aside before its number: "(TNF-α; g −1.94 [−2.61, −1.27])"
# (never the grams after a value, "9.6 ± 0.8 g")
_MEASURE = (r"(?P<measure>WMD|SMD|MD|RR|OR|HR|IRR|RD|ROM|Hedges['’]?s?\s?g|(?<![\w'’-])g(?=\s?=)"
            rf"|(?:(?<=[(\[;]\s)|(?<=[(\[]))g(?=\s[{MINUS}]?\d)|Cohen['’]?s?\s?d"
            r"|(?:[Ww]eighted |[Ss]tandardi[sz]ed |[Ss]td\.?\s?)?[Mm]ean [Dd]ifference|[Oo]dds ratio|[Rr]isk ratio"
            r"|[Rr]elative risk"
            r"|[Hh]azard ratio|[Rr]isk difference|[Rr]atio of means)")
# "12.4%", "7.41°", "3.3 points", "−0.92 mm2", "1.2 ms", "−35.2 pg/mL", "4.1 U/mg": a unit printed after a number of the effect
_UNIT = (r"(?:\s?%|\s?°|\s+points?\b|\s?(?:mm|[µμ]m|cm)[²³23]?(?![\w/])|\s?m?[sV](?![\w/])|\s?[µμ]V(?![\w/])"
         r"|\s?(?:[pnµμm]?g|[pnµμm]?mol|I?U)\s?/\s?(?:[mµμd]?[lL]|[µμm]?g)(?:\s+protein)?(?![\w/]))?")
# what makes "2 to 4 weeks" a time, no interval
_TIME_UNIT = r"(?:h|hours?|days?|d|weeks?|wks?|months?|years?)\b"
EFFECT_RE = re.compile(
    # "SMD", "standardized mean difference [SMD]", "mean difference (MD)", "the pooled SMD for BBB score was"
    # (the outcome named between measure and estimate); the interval with its level, or bare in brackets
    # ("MD = 3.45 [2.56, 4.34]", read as a 95% interval)
    rf"\b{_MEASURE}s?[\])]?(?:\s+(?:for|of|on|in)\s+(?P<named>[^\W\d][^()\[\];=<>.]{{1,60}}?)\s+(?:was|were|is|of))?"
    rf"\s*(?:=|:|of|was|,)?\s*(?P<est>{NUMBER}){_UNIT}\s*[,;]?\s*(?:[\[(]?\s*"
    rf"(?P<level>\d{{2}}(?:\.\d)?)\s*%\s*(?:CI|CrI|confidence interval|credible interval)s?\s*"
    rf"(?:[\[(](?:CI|CrI)[\])])?\s*(?:=|:|,)?\s*[\[(]?|[\[(](?=\s*{NUMBER}\s*{INTERVAL_SEP}\s*{NUMBER}\s*[\])])"
    # a bare interval after a comma or semicolon, written as a range ("(SMD 1.89, 1.22 to 2.56; I² = 64%)", "g = -2.18,
    # -2.79 to -1.57", "(SMD -1.93; -2.55 to -1.31)"), read as 95%
    rf"|(?<=[,;])\s*(?={NUMBER}{_UNIT}\s*(?:\bto\b|–|—)\s*{NUMBER}(?![\d.·])(?!\s*{_TIME_UNIT})))"
    rf"\s*(?P<lo>{NUMBER}){_UNIT}\s*{INTERVAL_SEP}\s*(?P<hi>{NUMBER}){_UNIT}\s*[\])]?"
    rf"(?:\s*[,;]\s*[pP]\s*(?P<pop>[=<>≤≥])\s*(?P<p>\d*[.·]?\d+(?:\s?[×x]\s?10\^?[{MINUS}]?\d+|[eE][{MINUS}]?\d+)?))?"
)
I2_RE = re.compile(
    r"(?:\bI-?squared|\bI\s?\^\s?2|\bI²|\bI2\b|\bI\(2\))(?:\s+(?:value|statistic))?\s*(?:=|:|was|of|is|were)\s*"
    r"(?P<i2>\d+(?:[.·]\d+)?)\s*%"
    r"(?:\s*(?:,|;|and)\s*(?:P|p)(?:\s?(?:for heterogeneity|heterogeneity|het))?\s*(?P<pop>[=<>≤≥])\s*(?P<p>\d*[.·]?\d+))?"
)
_COUNT = rf"(?P<k>{COUNT})"
_STUDIES = r"(?:studies|trials|articles|experiments|publications|papers|RCTs)"
_STUDIES_VERB = (rf"{_STUDIES}\s+(?:reported|assessed|measured|evaluated|examined|investigated|analy[sz]ed|provided|"
                 rf"described|detected|quantified|compared|used|recorded)")
K_BEFORE_RE = re.compile(  # "A total of 14 studies reported TNF-α", "Five studies reported IL-10 and TGF-β"
    rf"\b(?:a total of |all |in total,? |overall,? )?{_COUNT}\s+(?:(?:included|eligible|animal|preclinical)\s+)?"
    rf"{_STUDIES_VERB}\b",
    re.I,
)
# every K_BEFORE_RE match holds "<studies> <verb>"; looked for in the folded text (:func:`_folded`), case
# kept, this is a scan of a few milliseconds per thousand documents where K_BEFORE_RE's takes a fifth of a second
_K_BEFORE_GATE = re.compile(_STUDIES_VERB.lower())
K_AFTER_RE = re.compile(  # "NeuN cells/field (5 studies)", "(k = 5)", "(n = 4 studies)"
    rf"\(\s*(?:(?:k|n)\s*=\s*(?P<k1>\d+)(?:\s+{_STUDIES})?|(?P<k2>\d+)\s+{_STUDIES})\s*[),;]",
    re.I,
)
# "(SMD −1.85; 95% CI −2.60 to −1.10; I² = 65%; 12 studies)": the count inside an effect's parentheses, maybe
# with the animals they hold ("6 studies, 98 animals", "n = 6 studies with 98 rats"), closing them or not
# ("(g = 1.85; 95% CI 1.20–2.50; 11 studies; I² = 67%)")
# "[MD = −35.2, 95% CI −48.1 to −22.3, I2 = 91%, k = 6]": "k =" alone counts studies ("n =" alone counts animals)
K_CLOSING_RE = re.compile(rf"[;,]\s*(?:(?:[kn]\s*=\s*)?(?P<k>\d+)\s+{_STUDIES}(?:\s*(?:,|;|with|and)\s*(?:n\s*=\s*)?"
                          rf"\d+\s+(?:animals|rats|mice|subjects|participants|patients))?|k\s*=\s*(?P<kk>\d+))"
                          rf"\s*(?=[;,)\]])", re.I)
# "The pooled analysis of 15 studies showed that ...", "a meta-analysis of twelve studies": the count before
K_POOLED_RE = re.compile(rf"\b(?:pooled analysis|pooled data|meta-analysis|analysis|pooling|data)\s+(?:of|from)\s+"
                         rf"(?:the\s+)?{_COUNT}\s+(?:(?:included|eligible|animal|preclinical)\s+)?{_STUDIES}\b", re.I)
# "A total of 11 preclinical studies were included", "65 papers fully met the inclusion criteria", "this
# meta-analysis included 12 studies": the studies a review included, the k of its one pooled effect when it
# reports only one (each of several effects may pool a different part of them)
_QUALIFIED_STUDIES = rf"(?:(?:included|eligible|relevant|animal|preclinical|original|published)\s+)*{_STUDIES}"
K_INCLUDED_RE = re.compile(
    rf"\b(?:a total of |in total,? |overall,? |finally,? |ultimately,? )?{_COUNT}\s+{_QUALIFIED_STUDIES}\s+"
    r"(?:(?:were|was)\s+(?:finally\s+|eventually\s+|ultimately\s+)?(?:included|selected|eligible)\b"
    r"|(?:fully\s+)?(?:met|fulfilled)\s+(?:the|our|all)\s+(?:inclusion|eligibility)\s+criteria)"
    rf"|\b(?:we|meta-analysis|review|analysis)\s+(?:finally\s+|ultimately\s+)?included\s+(?P<k2>{COUNT})\s+"
    rf"{_QUALIFIED_STUDIES}\b", re.I)
# Every form of K_INCLUDED_RE names inclusion, selection or eligibility: a cheap test spares the full scan
_INCLUSION_WORD_RE = re.compile(r"inclu|select|eligib", re.I)
# "In the subgroup of bone marrow-derived exosomes, ...", "in the rat subgroup", "among studies using rats,":
# an effect pooled over part of the studies
SUBGROUP_RE = re.compile(
    r"\b(?:in|for|among|within)\s+(?:the\s+)?(?:subgroups?|subsets?)\s+(?:of|with|receiving|treated with|using)\s+"
    r"(?P<a>[^,;()]{3,60}?)\s*(?:[,;]|(?=[(\[]))"
    r"|\b(?:in|for|among|within)\s+(?:the\s+)?(?!(?:the|a|an|this|each|every)\s)"
    r"(?P<b>[^,;()]{3,40}?)\s+subgroups?\b(?!\s+analys)"
    # an injury model pooled apart: "improved BBB scores in the contusion model", "of the compression model"
    r"|\b(?:in|of|for|among|with)\s+(?:the\s+|a\s+)?(?:rat\s+|mouse\s+|rodent\s+)?"
    r"(?P<c>(?:contusion|compression|transection|hemisection|crush|clip[- ]compression|weight[- ]drop|impact|"
    r"ischemi[ac][- ]reperfusion)(?:\s+injury)?\s+models?)\b", re.I)
# a time after injury or treatment: "day 7", "at 14 days", "4 weeks post-injury", "8 wk"
TIME_POINT_RE = re.compile(
    r"\b(?P<unit1>days?|weeks?|months?)(?:\s+|-)(?P<n1>\d{1,3})\b|\b(?P<n2>\d{1,3})\s*(?P<unit2>days?|weeks?|months?|d|wks?)\b",
    re.I)
FIXED_RE = re.compile(r"\b(?:fixed|common|equal)[- ]effects?\b", re.I)
RANDOM_RE = re.compile(r"\brandom[- ]effects?\b", re.I)
METHOD_RES = (
    ("DL", re.compile(r"DerSimonian(?:[- ]and[- ]|[- ]|\s?&\s?)Laird", re.I)),
    ("REML", re.compile(r"\bREML\b|restricted maximum[- ]likelihood", re.I)),
    ("MH", re.compile(r"Mantel[- ]Haenszel", re.I)),
    ("IV", re.compile(r"inverse[- ]variance", re.I)),
    ("PM", re.compile(r"Paule[- ]Mandel", re.I)),
)
PLACEBO_RE = re.compile(r"\bplacebo\b", re.I)
VEHICLES = (("saline", re.compile(r"(?<!buffered )(?<!buffered-)\b(?:normal |physiological )?saline\b", re.I)),
            ("PBS", re.compile(r"\bPBS\b|phosphate[- ]buffered saline", re.I)))
# (the "Basso Mouse Scale" names a scale, no animals; "rodents" those of a review pooling rat and mouse studies)
SPECIES = (("rats", re.compile(r"\brats?\b", re.I)), ("mice", re.compile(r"\bmice\b|\bmouse\b(?!\s+scale)", re.I)),
           ("patients", re.compile(r"\bpatients?\b", re.I)), ("rodents", re.compile(r"\brodents?\b", re.I)))
# the animals each locomotor scale was made for: a rodent review's pooled BBB scores are rats', its BMS scores mice'
_SCALE_SPECIES = {"exokg:BBB_score": "rats", "exokg:BMS_score": "mice"}
DISEASES = (("SCI", re.compile(r"\bspinal cord injur(?:y|ies)\b|\bSCI\b")),)

_SENTENCE_END = re.compile(rf"[.!?](?=[\s\"”’)\]]*\s+[\"“‘(\[]?{SENTENCE_OPENER})|\n\s*\n|\n(?=[A-Z0-9 ]{{0,12}}[A-Z])")


# ---------------------------------------------------------------------------------------------
# Small helpers


def _z_for_level(level: float) -> float:
    # scipy.special.ndtri is what scipy.stats.norm.ppf computes, without importing scipy.stats (~1 s)
    from scipy.special import ndtri

    return float(ndtri(0.5 + level / 200.0))


def se_from_ci(estimate: float, low: float, high: float, measure: str, level: float = 95.0) -> float | None:
    """Standard error implied by a symmetric (or, for ratios, log-symmetric) confidence interval."""
    z = _z_for_level(level)
    if measure.upper() in RATIO_MEASURES:
        if low <= 0 or high <= 0:
            return None
        width = math.log(high) - math.log(low)
    else:
        width = high - low
    if width <= 0:
        return None
    return width / (2.0 * z)


def p_from_estimate(estimate: float, se: float | None, measure: str) -> float | None:
    """Two-sided Wald p for the null of no effect (0, or 1 for ratio measures)."""
    from scipy.special import ndtr  # norm.sf(x) is ndtr(-x); scipy.stats is slow to import

    if se is None or se <= 0:
        return None
    if measure.upper() in RATIO_MEASURES:
        if estimate <= 0:
            return None
        z = math.log(estimate) / se
    else:
        z = estimate / se
    return float(2.0 * ndtr(-abs(z)))


_SPELLED_MEASURES = {"weightedmeandifference": "WMD", "standardizedmeandifference": "SMD",
                     "standardisedmeandifference": "SMD", "meandifference": "MD", "oddsratio": "OR",
                     "riskratio": "RR", "relativerisk": "RR", "hazardratio": "HR", "riskdifference": "RD",
                     "ratioofmeans": "ROM"}


_STD_ABBREVIATED = re.compile(r"^std\.?")


def normalise_measure(raw: str) -> str:
    """The measure's abbreviation: Hedges' g and Cohen's d are SMDs, "mean difference" is MD."""
    m = _STD_ABBREVIATED.sub("standardized", raw.replace("’", "'").lower().replace(" ", ""))  # RevMan's "Std."
    if m.startswith("hedges"):
        return "SMD"
    if m.startswith("cohen") or m == "g":  # "g = 1.62": Hedges' g
        return "SMD"
    return _SPELLED_MEASURES.get(m, raw.upper())


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence offsets: ends at . ! ? before a capital or digit (not after abbreviations or
    inside brackets, by the entity layer's rules) and at blank lines or heading lines."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for m in _SENTENCE_END.finditer(text):
        i = m.start()
        if text[i] == "." and not stop_ends_sentence(text, i, m.end()):  # "et al.", "Fig.", "Li D. et al."
            continue
        if text[i] in ".!?" and inside_brackets(text, start, i):
            continue
        end = m.end() if text[i] in ".!?" else i
        if end > start:
            spans.append((start, end))
        start = m.end()
    if start < n:
        spans.append((start, n))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


# ---------------------------------------------------------------------------------------------
# Grounding


@functools.cache
def lexicon_table() -> dict[str, dict[str, Any]]:
    """The entity lexicon (empty if the entity layer is not installed); read once per process."""
    try:
        from extractors.lexicon import entity_table
    except ImportError:
        return {}
    try:
        return dict(entity_table())
    except Exception:  # a broken lexicon must not stop effects from being read
        return {}


def normalise_name(name: str) -> str:
    return re.sub(r"[\s\-_]+", "", name.lower().replace("alpha", "α").replace("beta", "β"))


_INDEX_CACHE: dict[int, tuple[dict[str, dict[str, Any]], dict[str, str], dict[str, str]]] = {}


def name_index(table: dict[str, dict[str, Any]]) -> tuple[dict[str, str], dict[str, str]]:
    """Normalised label -> CURIE and normalised synonym -> CURIE (built once per table)."""
    cached = _INDEX_CACHE.get(id(table))
    if cached is not None and cached[0] is table:
        return cached[1], cached[2]
    by_label: dict[str, str] = {}
    by_synonym: dict[str, str] = {}
    for curie, info in table.items():
        by_label.setdefault(normalise_name(str(info.get("label", ""))), curie)
        for syn in info.get("synonyms", ()) or ():
            by_synonym.setdefault(normalise_name(str(syn)), curie)
    _INDEX_CACHE.clear()
    _INDEX_CACHE[id(table)] = (table, by_label, by_synonym)
    return by_label, by_synonym


ORGANISM_CATEGORIES = {"biolink:OrganismTaxon"}
CONDITION_CATEGORIES = {"biolink:Disease", "biolink:DiseaseOrPhenotypicFeature", "biolink:PhenotypicFeature"}


def _ground_in_lexicon(name: str, categories: set[str], table: dict[str, dict[str, Any]]) -> Ref | None:
    """The lexicon entry of one of ``categories`` whose CURIE, label or synonym is ``name``."""
    wanted = name.strip()
    info = table.get(wanted)
    curie = wanted if info is not None else None
    if curie is None:
        by_label, by_synonym = name_index(table)
        key = normalise_name(wanted)
        curie = by_label.get(key) or by_synonym.get(key)
        info = table.get(curie) if curie else None
    if curie is None or info is None or info.get("category") not in categories:
        return None
    try:
        return Ref.from_curie(curie, str(info.get("label") or curie), str(info["category"]))
    except ValueError:
        return None


def ground_organism(name: str, table: dict[str, dict[str, Any]] | None = None) -> Ref | None:
    """NCBITaxon entry for a species name or CURIE ("rat", "Sprague-Dawley rats", "NCBITaxon:10116")."""
    if not name.strip():
        return None
    table = lexicon_table() if table is None else table
    return _ground_in_lexicon(name, ORGANISM_CATEGORIES, table) or builtin_organism(name)


def ground_condition(name: str, table: dict[str, dict[str, Any]] | None = None) -> Ref | None:
    """Lexicon entry for a condition name or CURIE ("SCI", "spinal cord injury", "MONDO:0043797")."""
    if not name.strip():
        return None
    table = lexicon_table() if table is None else table
    return _ground_in_lexicon(name, CONDITION_CATEGORIES, table) or builtin_condition(name)


def ground_concept(concept: Concept, table: dict[str, dict[str, Any]]) -> Ref:
    """The lexicon's entry whose label (first) or synonym matches the concept's names, else the fallback."""
    wanted = [normalise_name(n) for n in concept.names]
    by_label, by_synonym = name_index(table)
    for index in (by_label, by_synonym):
        for w in wanted:
            curie = index.get(w)
            if curie:
                info = table[curie]
                try:
                    return Ref.from_curie(curie, str(info.get("label") or concept.fallback.label),
                                          str(info.get("category") or concept.fallback.category))
                except ValueError:
                    continue
    return concept.fallback


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    ref: Ref
    from_mention: bool = False


# Under IGNORECASE an ASCII letter also matches these four characters (Python's ``re`` documentation);
# mapped to the letter, then lower-cased, a text holds a pattern's ASCII literal prefix whenever the
# pattern matches in it.
_IGNORECASE_EXTRA = {0x130: "i", 0x131: "i", 0x17F: "s", 0x212A: "k"}
_IGNORECASE_EXTRA_CHARS = tuple(chr(c) for c in _IGNORECASE_EXTRA)


def _required_literals(items: list[Any]) -> tuple[str, ...] | None:
    """Strings one of which every match of the parsed pattern ``items`` contains: its longest run of
    mandatory ASCII literals, or one run per alternative of a mandatory alternation; None if none."""
    from re import _parser

    options: list[tuple[str, ...]] = []
    run = ""
    for op, arg in items:
        if op in (_parser.AT, _parser.ASSERT, _parser.ASSERT_NOT):
            continue  # zero width (\b, lookarounds): the characters on each side stay adjacent
        if op is _parser.LITERAL and arg < 128:
            run += chr(arg)
            continue
        if run:
            options.append((run,))
            run = ""
        inner: list[tuple[str, ...] | None] = []
        if op is _parser.BRANCH:
            inner = [_required_literals(list(branch)) for branch in arg[1]]
        elif op is _parser.SUBPATTERN and not arg[1] and not arg[2]:  # a group that changes no flag
            inner = [_required_literals(list(arg[3]))]
        elif op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT) and arg[0] >= 1:
            inner = [_required_literals(list(arg[2]))]
        if inner and all(x is not None for x in inner):
            options.append(tuple(s for x in inner if x is not None for s in x))
    if run:
        options.append((run,))
    return max(options, key=lambda o: min(map(len, o))) if options else None


class _Prefilter:
    """Literals one of which every match of a pattern contains: a text holding none of them needs no
    search. Lower-cased, and looked for in the folded text (:func:`_folded`), when the pattern ignores case."""

    __slots__ = ("folded", "literals")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        from re import _parser

        parsed = _parser.parse(pattern, flags)
        self.folded = bool(parsed.state.flags & re.I)
        found = _required_literals(list(parsed))
        self.literals = tuple(dict.fromkeys(x.lower() if self.folded else x for x in found)) if found else None

    def may_match(self, text: str, folded: str) -> bool:
        if self.literals is None:
            return True
        target = folded if self.folded else text
        return any(x in target for x in self.literals)


def _folded(text: str) -> str:
    """The text as IGNORECASE compares ASCII letters (see ``_IGNORECASE_EXTRA``), lower-cased."""
    if any(c in text for c in _IGNORECASE_EXTRA_CHARS):
        text = text.translate(_IGNORECASE_EXTRA)
    return text.lower()


_VEHICLE_SEARCHES = tuple((name, rx, _Prefilter(rx.pattern, rx.flags)) for name, rx in VEHICLES)


@dataclass
class _Grounder:
    outcomes: list[tuple[re.Pattern[str], Ref, _Prefilter]] = field(default_factory=list)
    interventions: list[tuple[re.Pattern[str], Ref, _Prefilter]] = field(default_factory=list)

    @classmethod
    @functools.cache
    def build(cls) -> _Grounder:
        table = lexicon_table()
        g = cls()
        for c in OUTCOME_CONCEPTS:
            g.outcomes.append((re.compile(c.pattern, re.I), ground_concept(c, table), _Prefilter(c.pattern, re.I)))
        for c in INTERVENTION_CONCEPTS:
            g.interventions.append((re.compile(c.pattern), ground_concept(c, table), _Prefilter(c.pattern, 0)))
        return g


def _longest_non_overlapping(cands: Iterable[_Candidate]) -> list[_Candidate]:
    """The longest candidates first, each kept where it overlaps none kept before (sorted by start)."""
    chosen: list[_Candidate] = []  # sorted by start, never overlapping: only the neighbours can overlap a new one
    starts: list[int] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        if not _overlaps(chosen, starts, c.start, c.end):
            k = bisect.bisect_left(starts, c.start)
            chosen.insert(k, c)
            starts.insert(k, c.start)
    return chosen


def _overlaps(spans: Sequence[_Candidate], starts: Sequence[int], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of ``spans`` (sorted by start, not overlapping one another)."""
    k = bisect.bisect_left(starts, end)  # spans from k on start at or after end
    return k > 0 and spans[k - 1].end > start


def _is_exosome(ref: Ref, text: str) -> bool:
    return bool(EXOSOME_WORDS.search(ref.label) or EXOSOME_WORDS.search(text) or EXOSOME_WORDS.search(ref.identifier))


def find_candidates(text: str, mentions: Sequence[Mention], grounder: _Grounder, folded: str | None = None
                    ) -> tuple[list[_Candidate], list[_Candidate]]:
    """Outcome and intervention candidates over the whole text (regex concepts + grounded mentions)."""
    folded = _folded(text) if folded is None else folded  # a pattern whose literals it lacks is not searched
    interventions: list[_Candidate] = []
    for pattern, ref, prefilter in grounder.interventions:
        if prefilter.may_match(text, folded):
            interventions += [_Candidate(m.start(), m.end(), ref) for m in pattern.finditer(text)]
    outcomes: list[_Candidate] = []
    for pattern, ref, prefilter in grounder.outcomes:
        if prefilter.may_match(text, folded):
            outcomes += [_Candidate(m.start(), m.end(), ref) for m in pattern.finditer(text)]
    known_interventions = {ref.curie for _, ref, _ in grounder.interventions}
    for m in mentions:
        if m.ref.curie in known_interventions or (
                m.ref.category in {"biolink:CellularComponent", "biolink:NamedThing"} and _is_exosome(m.ref, m.text)):
            interventions.append(_Candidate(m.start, m.end, m.ref, True))
        elif m.ref.category in OUTCOME_CATEGORIES:
            outcomes.append(_Candidate(m.start, m.end, m.ref, True))
    # a span claimed by an intervention is never an outcome
    iv = _longest_non_overlapping(interventions)
    iv_starts = [i.start for i in iv]
    outs = [c for c in outcomes if not _overlaps(iv, iv_starts, c.start, c.end)]
    return _longest_non_overlapping(outs), iv


# ---------------------------------------------------------------------------------------------
# Reading


@dataclass
class _Found:
    """One printed effect before de-duplication."""

    measure: str
    estimate: float
    low: float
    high: float
    level: float
    start: int
    end: int
    sentence: tuple[int, int]
    outcome: _Candidate | None
    printed_p: float | None = None
    printed_p_op: str | None = None
    k: int | None = None
    i2: float | None = None
    het_p: str | None = None
    model: str | None = None
    method: str | None = None
    section: str = ""
    rank: int = 9
    subgroup: str = ""  # "bone marrow-derived exosomes" for "In the subgroup of bone marrow-derived exosomes, ..."
    context_start: int | None = None  # where the sentence that names the outcome starts, when it is an earlier one
    treatment: _Candidate | None = None  # the treatment named right before the effect ("exosomes (SMD ...)")
    comparator: str = ""  # "native exosomes" for a head-to-head result of engineered against native vesicles


def _sections_at(document: Document, offset: int) -> list[str]:
    return [s.title for s in document.sections if s.start <= offset < s.end]


def _section_rank(titles: Sequence[str]) -> int:
    """0 results, 1 other body text, 2 abstract: where a pooled result is stated with its details."""
    low = [re.sub(r"^[\d.\s]+", "", t).strip().lower() for t in titles]
    if any(t == "abstract" for t in low):
        return 2
    if any("result" in t for t in low):
        return 0
    return 1


def _sentence_of(spans: Sequence[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    lo, hi = 0, len(spans) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s, e = spans[mid]
        if offset < s:
            hi = mid - 1
        elif offset >= e:
            lo = mid + 1
        else:
            return spans[mid]
    return None


def _model_near(text: str, sent: tuple[int, int], at: int) -> str | None:
    """The model named in the sentence, the mention nearest before the effect winning."""
    before = text[sent[0]:at]
    hits = [(m.end(), "fixed") for m in FIXED_RE.finditer(before)]
    hits += [(m.end(), "random") for m in RANDOM_RE.finditer(before)]
    if not hits:
        whole = text[sent[0]:sent[1]]
        fixed, rand = bool(FIXED_RE.search(whole)), bool(RANDOM_RE.search(whole))
        if fixed != rand:
            return "fixed" if fixed else "random"
        return None
    return max(hits)[1]


def _only_model_named(text: str) -> str | None:
    """The one model a document names anywhere ("SMDs were pooled using random-effects models" in the methods):
    every effect it reports without naming one was pooled with it; a document naming both says nothing."""
    fixed, rand = FIXED_RE.search(text) is not None, RANDOM_RE.search(text) is not None
    return None if fixed == rand else "fixed" if fixed else "random"


def _method_in(text: str) -> str | None:
    for name, pattern in METHOD_RES:
        if pattern.search(text):
            return name
    return None


def _outcomes_in(cands: Sequence[_Candidate], start: int, end: int) -> list[_Candidate]:
    return [c for c in cands if c.start >= start and c.end <= end]


def _named_right_before(cands: Sequence[_Candidate], text: str, at: int) -> _Candidate | None:
    """The candidate whose name the printed effect at ``at`` stands right after ("exosomes (SMD 2.36, ...)")."""
    gap = at
    while gap > 0 and text[gap - 1] in " (\t":
        gap -= 1
    return next((c for c in cands if c.end == gap), None)


# "as did ... and preconditioned exosomes (2.46, 1.83–3.09; I² = 59%)", "(g = 2.05 [1.47–2.63] vs 1.21
# [0.82–1.60])", "IL-6 (−2.34; 95% CI, −3.05 to −1.63)", "cleaved caspase-3 (−2.72; −3.49 to −1.95)": an estimate
# and its interval printed without the measure, which they share with the measured
# effect printed before them in the sentence
_BARE_EFFECT_RE = re.compile(
    rf"(?:(?<=[(\[])|\b(?:vs\.?|versus|it\s+was|it\s+is)\s+)(?P<est>{NUMBER})"
    rf"(?:\s*[,;]\s*(?:95\s?%\s?CI\s*[:,]?\s*)?|\s*[\[(]\s*(?:95\s?%\s?CI\s*[:,]?\s*)?)"
    rf"(?P<lo>{NUMBER})\s*(?:\bto\b|–|—)\s*(?P<hi>{NUMBER})\s*(?=[\]);,])")


def _bare_effects(text: str, measured: Sequence[re.Match[str]]) -> list[re.Match[str]]:
    """The estimates with intervals printed without a measure (:data:`_BARE_EFFECT_RE`) outside every measured
    effect, each holding its estimate."""
    taken = [(m.start(), m.end()) for m in measured]
    out = []
    for m in _BARE_EFFECT_RE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        est, lo, hi = (printed_number(m.group(g)) for g in ("est", "lo", "hi"))
        if min(lo, hi) <= est <= max(lo, hi):
            out.append(m)
    return out


def read_effects(text: str, spans: Sequence[tuple[int, int]], outcomes: Sequence[_Candidate],
                 interventions: Sequence[_Candidate] = (), source_cells: frozenset[str] = frozenset()
                 ) -> list[_Found]:
    """Every printed effect with a CI, bound to the outcome named just before it. An effect printed right
    after a treatment ("Both MSCs (SMD 2.01, ...) and exosomes (SMD 2.36, ...) improved locomotor scores") is
    that treatment's, on the outcome named after it: a vesicle preparation, or a cell vesicles are made from
    (``source_cells``), named as the treatment compared."""
    found: list[_Found] = []
    prev_end: dict[tuple[int, int], int] = {}
    measured = list(EFFECT_RE.finditer(text))
    bare = _bare_effects(text, measured) if measured else []
    matches = sorted([*measured, *bare], key=lambda m: m.start())
    # a source cell right before an effect is a treatment compared, never an outcome
    cell_before = {m.start(): c for m in matches if (c := _named_right_before(outcomes, text, m.start())) is not None
                   and c.ref.curie in source_cells}
    # (nor is one anywhere else: "Efficacy did not differ by MSC source: bone marrow (27 studies; MD 3.05, ...)")
    outcomes = [c for c in outcomes if c.ref.curie not in source_cells]
    document_model = _only_model_named(text) if matches else None
    for m in matches:
        sent = _sentence_of(spans, m.start())
        if sent is None:
            continue
        is_bare = m.re is _BARE_EFFECT_RE
        if is_bare and not (found and found[-1].sentence == sent):
            continue  # a bare estimate shares the measure of the effect printed before it in its sentence
        if not is_bare and m.group("level") is None and not (
                min(printed_number(m.group("lo")), printed_number(m.group("hi"))) <= printed_number(m.group("est"))
                <= max(printed_number(m.group("lo")), printed_number(m.group("hi")))):
            continue  # a bare "(a, b)" that does not hold the estimate is no interval of it
        window_start = prev_end.get(sent, sent[0])
        treatment = _named_right_before(interventions, text, m.start()) or cell_before.get(m.start())
        named = _outcomes_in(outcomes, m.start("named"), m.end("named")) if not is_bare and m.group("named") else []
        here = named or _outcomes_in(outcomes, window_start, m.start())
        if not here and treatment is not None:
            # "Both MSCs (...) and exosomes (...) improved BBB scores": what the treatments are said to change after
            here = _outcomes_in(outcomes, m.end(), sent[1])[:1]
        if not here and (across := _ACROSS_MEASURES.search(text, window_start, m.start())) is not None:
            # "BBB scores (MD ...) and BMS scores (MD ...); across both scales, the pooled SMD was 2.64 (...)": the
            # outcome the effects before it measure, where they measure one
            shared = _shared_measured_outcome([f.outcome for f in found if f.sentence == sent and f.outcome])
            if shared is not None:
                here = [_Candidate(across.start(), across.end(), shared)]
        here = here or _outcomes_in(outcomes, sent[0], m.start())
        outcome = here[-1] if here else None
        if outcome is None:  # "SMD ... for TNF-α": name after the numbers, before the next effect
            after = _outcomes_in(outcomes, m.end(), sent[1])
            outcome = after[0] if after else None
        prev_end[sent] = m.end()
        p = op = None
        if not is_bare and m.group("p"):
            p, op = printed_number(m.group("p")), m.group("pop")
        found.append(_Found(
            measure=found[-1].measure if is_bare else normalise_measure(m.group("measure")),
            estimate=printed_number(m.group("est")), low=printed_number(m.group("lo")),
            high=printed_number(m.group("hi")), level=95.0 if is_bare else float(m.group("level") or 95),
            start=m.start(), end=m.end(), sentence=sent, outcome=outcome, printed_p=p, printed_p_op=op,
            model=_model_near(text, sent, m.start()) or document_model, method=_method_in(text[sent[0]:sent[1]]),
            treatment=treatment,
        ))
    return found


# an effect pooled over the measures named before it in its sentence
_ACROSS_MEASURES = re.compile(
    r"\b(?:across|combining|pooling|over)\s+(?:both|all|the\s+two|the)\s+(?:(?:locomotor|behaviou?ral|functional|rating)\s+)?"
    r"(?:scales|measures|outcomes|tests|scores|instruments)\b", re.I)


def _measured_by(curie: str) -> set[str]:
    """The lexicon outcomes an outcome measure rises and falls with (BBB score: motor function)."""
    return set(lexicon_table().get(curie, {}).get("measures") or ())


def _shared_measured_outcome(named: Sequence[_Candidate]) -> Ref | None:
    """The one lexicon outcome every named measure measures (BBB and BMS scores: motor function), else None."""
    if len({c.ref.curie for c in named}) < 2:
        return None
    shared = set.intersection(*(_measured_by(c.ref.curie) for c in named))
    return _ground_in_lexicon(shared.pop(), OUTCOME_CATEGORIES, lexicon_table()) if len(shared) == 1 else None


# words by which a sentence that names no outcome points back at one: "The pooled analysis showed ...",
# "Exosome treatment reduced its level (...)", "In the subgroup of ..., the effect was larger (...)"
_POINTS_BACK = re.compile(
    r"\b(?:pooled|pooling|overall|combined|meta-?analys[ie]s|subgroup analys[ie]s|forest plot|its|their|efficacy"
    r"|effects?\s+(?:was|were|did|differed)|as a whole"
    r"|(?:larger|greater|smaller|stronger|weaker|additional|further)\s+(?:\w+\s+)?(?:effects?|benefits?|gains?)"
    r"|the (?:analysis|results?|effects?|differences?|estimates?)"
    r"|(?:this|these|that|those|the same) (?:outcomes?|measures?|scores?|indicators?|parameters?|ind(?:ex|ices)|levels?"
    r"|markers?|results?|endpoints?))\b", re.I)
_CONTEXT_SENTENCES = 2  # how far back an outcome is looked for


def outcome_from_context(found: _Found, text: str, spans: Sequence[tuple[int, int]],
                         outcomes: Sequence[_Candidate], paragraph_start: int,
                         printed: Sequence[_Found] = ()) -> tuple[_Candidate, int] | None:
    """The outcome of an effect whose sentence names none but points back at one, with where the sentence
    naming it starts: the single outcome of the nearest sentence before it in its paragraph that names any
    ("Seven studies reported BBB scores. The pooled analysis showed a significant improvement (SMD 2.10,
    ...)"). Of several outcomes, the one an effect there in this effect's measure (of ``printed``) is on, and a
    sentence whose effects are all in another measure is passed over ("Overall, MSC-EVs improved locomotor
    scores (SMD 1.84, ...). For rat studies reporting BBB, the pooled MD was 3.12 .... Effects were similar
    across MSC sources: bone marrow (SMD = 1.91; ...)": locomotor scores). Two outcomes otherwise, or no words
    pointing back ("Exosomes also shortened MEP latency (...)", a measure the lexicon may not know), give
    none."""
    if not _POINTS_BACK.search(text, found.sentence[0], found.start):
        return None
    index = bisect.bisect_left(spans, found.sentence)
    for j in range(index - 1, max(-1, index - 1 - _CONTEXT_SENTENCES), -1):
        s, e = spans[j]
        if s < paragraph_start:
            break
        named = _outcomes_in(outcomes, s, e)
        if not named:
            continue
        if len({c.ref.curie for c in named}) == 1:
            return named[-1], s
        there = [f for f in printed if f.sentence == (s, e) and f.outcome is not None]
        same = [f for f in there if f.measure == found.measure]
        if there and not same:
            continue  # ("the pooled MD was 3.12 for BBB ... 1.47 for BMS", before an SMD): about other effects
        if len({f.outcome.ref.curie for f in same if f.outcome is not None}) == 1 and same[0].outcome is not None:
            return same[0].outcome, s
        return None
    return None


def read_counts(text: str, spans: Sequence[tuple[int, int]], outcomes: Sequence[_Candidate],
                folded: str | None = None) -> list[tuple[int, str, int]]:
    """(offset, outcome CURIE, k) for every "N studies reported X", "the pooled analysis of N studies showed
    ... X", "X (N studies)" and "X (SMD ...; N studies)"."""
    out: list[tuple[int, str, int]] = []
    counted_before = _K_BEFORE_GATE.search(_folded(text) if folded is None else folded) is not None
    before = [*(K_BEFORE_RE.finditer(text) if counted_before else ()), *K_POOLED_RE.finditer(text)]
    for m in before:  # the count first, the outcomes after it in the sentence
        k = printed_count(m.group("k"))
        sent = _sentence_of(spans, m.start())
        if k is None or sent is None:
            continue
        for c in _outcomes_in(outcomes, m.end(), sent[1]):
            out.append((m.start(), c.ref.curie, k))
    for m in K_CLOSING_RE.finditer(text):
        sent = _sentence_of(spans, m.start())
        opening = _open_parenthesis(text, sent[0], m.start()) if sent else None
        if sent is None or opening is None:
            continue
        before = _outcomes_in(outcomes, sent[0], opening)  # the outcome the parenthesised effect is about
        if before and len(text[before[-1].end:opening]) <= 40:
            out.append((m.start(), before[-1].ref.curie, int(m.group("k") or m.group("kk"))))
    for m in K_AFTER_RE.finditer(text):
        k = int(m.group("k1") or m.group("k2"))
        sent = _sentence_of(spans, m.start())
        if sent is None:
            continue
        before = _outcomes_in(outcomes, sent[0], m.start())
        if before and not text[before[-1].end:m.start()].strip(" ,;:"):
            out.append((m.start(), before[-1].ref.curie, k))
        elif before and len(text[before[-1].end:m.start()]) <= 40 and not EFFECT_RE.search(
                text[before[-1].end:m.start()]):
            out.append((m.start(), before[-1].ref.curie, k))
    return out


def read_heterogeneity(text: str) -> list[tuple[int, float, str | None]]:
    """(offset, I² %, printed heterogeneity p) for overall I² statements (subgroup ones skipped)."""
    out = []
    for m in I2_RE.finditer(text):
        if re.search(r"subgroups?\b[^.;]{0,25}$", text[max(0, m.start() - 40):m.start()], re.I):
            continue
        het_p = f"{m.group('pop')} {m.group('p')}" if m.group("p") else None
        out.append((m.start(), printed_number(m.group("i2")), het_p))
    return out


# between an effect's bracket and the bracket holding its I² ("(MD ...) with substantial heterogeneity (I2 = 85%)",
# "2.9 points [2.1; 3.7] (I² = 89%)")
_HETEROGENEITY_AFTER = re.compile(
    r"[\])]?\s*,?\s*(?:(?:with|and|showing)?\s*(?:\w+\s+){0,2}heterogeneity\s*)?", re.I)


def _bind_heterogeneity(found: list[_Found], stats: list[tuple[int, float, str | None]],
                        spans: Sequence[tuple[int, int]], document: Document,
                        outcomes: Sequence[_Candidate]) -> None:
    """Give each I² statement to the effect it speaks of: one in the same sentence, one whose
    outcome the sentence names, else the last effect before it in the same section."""
    for offset, i2, het_p in stats:
        sent = _sentence_of(spans, offset)
        if sent is None:
            continue
        section = document.section_at(offset)
        same = [f for f in found if f.sentence == sent]
        target: _Found | None = None
        if same:
            before = [f for f in same if f.start < offset]
            target = before[-1] if before else same[0]
            opening = _open_parenthesis(document.text, sent[0], offset)
            if opening is not None and target.end <= opening and not _HETEROGENEITY_AFTER.fullmatch(
                    document.text, target.end, opening):
                # (a bracket the effect's own interval opened, "SMD 1.84 (95% CI 1.32 to 2.36; I² = 81%)", "it was
                # 1.47 (95% CI: 1.02–1.92; I² = 59%)", holds its I²)
                # "(..., I2 = 62%, 9 studies)" of an effect not read: not the one before it; "(MD ...) with
                # substantial heterogeneity (I2 = 85%)" is that effect's
                target = None
        else:
            named = {c.ref.curie for c in _outcomes_in(outcomes, sent[0], sent[1])}
            prior = [f for f in found if f.start < offset and document.section_at(f.start) == section]
            by_name = [f for f in prior if f.outcome and f.outcome.ref.curie in named]
            if by_name:
                target = by_name[-1]
            elif prior and not named:
                target = prior[-1]
        if target is not None and target.i2 is None:
            target.i2 = i2
            target.het_p = het_p


def _name_split_results(found: list[_Found], name_of: Callable[[_Found, int], str], join: bool,
                        whole_first: bool = False) -> None:
    """Effects on one outcome that a sentence reports several times are each one part's result when the words
    before each (from the effect before it) name a part (``name_of(effect, window_start)``), all different: the
    name becomes the subgroup (``join``: added to a subgroup already named), so none stands for another.
    ``whole_first``: a first effect naming no part is the whole's, and the parts named after it are theirs."""
    groups: dict[tuple[tuple[int, int], str], list[_Found]] = {}
    for f in found:
        if f.outcome is not None and (join or not f.subgroup):
            groups.setdefault((f.sentence, f.outcome.ref.curie), []).append(f)
    for effects in groups.values():
        if len(effects) < 2:
            continue
        effects.sort(key=lambda f: f.start)
        names = [name_of(f, f.sentence[0] if before is None else before.end)
                 for before, f in zip([None, *effects[:-1]], effects, strict=True)]
        if whole_first and not names[0]:
            effects, names = effects[1:], names[1:]
        if all(names) and len(set(names)) == len(names):
            for f, name in zip(effects, names, strict=True):
                f.subgroup = f"{f.subgroup}, {name}" if f.subgroup else name


def _group_of_its_own(f: _Found, subgroup_at: int, text: str, printed_ends: Sequence[int],
                      interventions: Sequence[_Candidate]) -> str:
    """ "In the subgroup of rats, the effect was larger (SMD ...) than in mice (SMD ...)": the subgroup the
    sentence opened with is the first result's; a group named after an earlier result, just before this one's
    bracket, is this one's ("" when there is none)."""
    k = bisect.bisect_right(printed_ends, f.start) - 1
    if k < 0 or not subgroup_at < printed_ends[k] <= f.start:
        return ""
    return _group_named(_GROUP_BEFORE_BRACKET.search(text, printed_ends[k], f.start), interventions)


def _name_time_points(found: list[_Found], text: str) -> None:
    """ "at day 7 (MD ...), day 14 (MD ...) and day 28 (MD ...)": each time's result; after a first result named at
    no time ("improved final BBB scores (SMD ...); in ... day-28 scores, ... (MD ...), ... at day 14 (WMD ...)") the
    later ones are their times' and the first stays the whole's."""
    def time_before(f: _Found, start: int) -> str:
        named = list(TIME_POINT_RE.finditer(text, start, f.start))
        return _time_point(named[-1]) if named else ""
    _name_split_results(found, time_before, join=True, whole_first=True)


# the bracket an effect opens, past the count of studies and the measure's name it may hold ("(43 studies; weighted
# mean difference [WMD] 3.3 [2.5–4.2])")
_STUDIES_IN_BRACKET = r"(?P<k>\d{1,4})\s+(?:studies|trials|experiments|comparisons)\s*[;,]\s*"
_MEASURE_NAME_IN_BRACKET = r"(?:(?:weighted\s+|standardi[sz]ed\s+)?mean\s+differences?\s*[(\[]\s*)?"
_BRACKET_OPENING = rf"\s*[(\[]\s*(?:{_STUDIES_IN_BRACKET})?{_MEASURE_NAME_IN_BRACKET}\Z"
# "... in rats (SMD 2.10, ...)": the group an effect in brackets was pooled over, named just before the bracket
# (the last such phrase: "with a larger effect in rats (" is the rats')
_GROUP_BEFORE_BRACKET = re.compile(
    r"\b(?:in|among|for|with|using)\s+(?:the\s+)?(?P<group>(?:(?!(?:in|among|for|with|using)\s)[^\W\d][\w\-–]*\s?)"
    r"{1,5}?)" + _BRACKET_OPENING)
# "that intravenous administration (SMD ...) was more effective than local injection (SMD ...)": the group named
# as the phrase opening a clause or a comparison just before the bracket (an aside inside it: "versus local
# (intrathecal or intralesional) delivery (18 studies; WMD ...)")
_PHRASE_BEFORE_BRACKET = re.compile(
    r"(?:[,;:]\s*|\b(?:that|than|and|or|while|whereas|but|versus|vs\.?)\s+)(?:the\s+)?"
    r"(?P<group>(?:(?!(?:that|than|and|or|was|were|is|are|showed?)\s)[^\W\d][\w\-–]*\s?|\([^()]{1,40}\)\s?){1,5}?)"
    + _BRACKET_OPENING)


# "(27 studies; MD 3.05, ...)": the number of studies an effect's bracket opens with
_K_OPENING_BRACKET = re.compile(rf"[(\[]\s*{_STUDIES_IN_BRACKET}{_MEASURE_NAME_IN_BRACKET}\Z")
# "bone marrow (WMD 2.88, 95% CI 2.02–3.74; k = 30)", "(WMD 3.61 [2.58–4.64], k = 17 vs. 2.74 [...], k = 32)": the
# count right after an effect in its bracket
_K_RIGHT_AFTER = re.compile(r"\s*[;,]\s*k\s*=\s*(?P<k>\d{1,4})\s*(?=[;,)\]]|\s+(?:vs\.?|versus)\s)")


# "Lesion volume did not differ between EVs and cells (SMD ...)": a result of two treatments set against each other
_BETWEEN_TWO = re.compile(r"\bbetween\s+(?:the\s+)?(?P<a>[^,;()\[\]]{1,60}?)\s+and\s+(?:the\s+)?"
                          r"(?P<b>[^,;()\[\]]{1,60}?)\s*[(\[]\s*\Z", re.I)
_CONTROL_WORDS = re.compile(r"\b(?:controls?|vehicle|sham|untreated|placebo|PBS|saline)\b", re.I)


def _name_treatments_compared(found: list[_Found], text: str, printed_ends: Sequence[int]) -> None:
    """ "Lesion volume did not differ between EVs and cells (SMD −0.18, ...)": the result sets the first against the
    second, its comparator, in the subgroup "<first> versus <second>" (a control named is the usual comparison)."""
    for f in found:
        if f.comparator:
            continue
        k = bisect.bisect_right(printed_ends, f.start) - 1
        window = max(f.sentence[0], printed_ends[k]) if k >= 0 else f.sentence[0]
        m = _BETWEEN_TWO.search(text, window, f.start)
        if m is None or _CONTROL_WORDS.search(m.group("a")) or _CONTROL_WORDS.search(m.group("b")):
            continue
        first, second = (" ".join(m.group(g).split()) for g in ("a", "b"))
        f.subgroup = _joined_subgroup(f.subgroup, f"{first} versus {second}")
        f.comparator = second


def _name_compared_groups(found: list[_Found], text: str, interventions: Sequence[_Candidate]) -> None:
    """ "larger in rats (SMD 2.10, ...) than in mice (SMD 1.02, ...)": each group's result. Groups that are
    interventions ("in BMSC-Exos (...) and in hUCMSC-Exos (...)") are told apart by the intervention."""
    def group_before(f: _Found, start: int) -> str:
        m = _GROUP_BEFORE_BRACKET.search(text, start, f.start) or _PHRASE_BEFORE_BRACKET.search(text, start, f.start)
        return _group_named(m, interventions)
    _name_split_results(found, group_before, join=False)


# what sets one kind of vesicle preparation apart where a review compares them ("native", "unmodified", "engineered",
# "genetically modified", "miRNA-loaded", "hypoxia-preconditioned"), named before the vesicles ("engineered or
# preconditioned exosomes") or before an effect's bracket in a list that names the vesicles last ("as did
# miRNA-loaded (SMD ...), genetically modified (SMD ...) and preconditioned exosomes (...)")
_KIND = (r"(?:native|na[iï]ve|unmodified|unengineered|non-?engineered|engineered|genetically\s+modified|modified"
         r"|preconditioned|primed|functionali[sz]ed|[\w-]+-(?:loaded|enriched|modified|preconditioned|primed|engineered))")
_KIND_NOUN = (r"(?:(?:MSC|MSCs?-derived)[- ])?(?:exosomes|Exos|EVs|sEVs|extracellular\s+vesicles|vesicles|formulations"
              r"|preparations)")
_KIND_PHRASE = re.compile(rf"\b(?P<kind>{_KIND}(?:\s*(?:,|,?\s*or|,?\s*and|and/or)\s+{_KIND})*)"
                          rf"(?:\s+(?P<noun>{_KIND_NOUN})\b|(?P<elided>\s*[(\[]))", re.I)
# "than native exosomes", "over unmodified EVs", "compared with naive vesicles": the kind a result is set against
_CONTRASTED = re.compile(r"\b(?:than|over|versus|vs\.?|compared\s+(?:with|to)|relative\s+to|against)\s+"
                         r"(?:(?:those|that)\s+(?:of|using|with|receiving)\s+)?(?:the\s+)?\Z", re.I)
# "in the eight head-to-head studies", "In 38 studies with a direct native comparator": results of studies that
# compared the kinds directly, with the count of those studies and the kind they were compared with
_HEAD_TO_HEAD = re.compile(rf"\bhead[- ]to[- ]head\b|\bdirect(?:ly)?\s+(?:compar\w*|(?P<kind>{_KIND})\s+comparators?)\b",
                           re.I)
_STUDIES_COUNTED = re.compile(rf"\b(?:in|among|across|from)\s+(?:the\s+|these\s+)?(?P<k>{COUNT})\s+"
                              rf"(?:head[- ]to[- ]head\s+|direct\s+|comparative\s+)?(?:studies|trials|comparisons)\b",
                              re.I)


class _Kind(NamedTuple):
    """A kind of vesicles named in the text: "miRNA-loaded" (``kind``) "exosomes" (``noun``)."""

    start: int
    end: int
    kind: str
    noun: str

    @property
    def name(self) -> str:
        """ "Engineered or preconditioned exosomes" as "engineered or preconditioned exosomes" (an acronym,
        "miRNA-loaded exosomes", keeps its case)."""
        name = " ".join(f"{self.kind} {self.noun}".split())
        return name[0].lower() + name[1:] if name[1:2].islower() else name

    def same_kind(self, other: _Kind) -> bool:
        return " ".join(self.kind.lower().split()) == " ".join(other.kind.lower().split())


def _kinds_named(text: str, start: int, end: int, sentence_end: int) -> list[_Kind]:
    """Each kind of vesicles named in ``[start, end)``; a kind right before the bracket that opens at the end of
    the span takes the vesicles named next in the sentence."""
    out = []
    for m in _KIND_PHRASE.finditer(text, start, end):
        noun = m.group("noun")
        if noun is None:
            if text[m.end():end].strip():
                continue  # a kind before some other bracket
            later = next((n for n in _KIND_PHRASE.finditer(text, end, sentence_end) if n.group("noun")), None)
            if later is None:
                continue
            noun = later.group("noun")
        out.append(_Kind(m.start(), m.end(), m.group("kind"), noun))
    return out


Contrast = tuple[_Kind, _Kind]  # a kind of vesicles and the kind it is set against


def _contrast(text: str, kinds: Sequence[_Kind]) -> Contrast | None:
    """The first kind and the one it is set against ("Modified exosomes yielded higher BBB scores than native
    exosomes"), where ``kinds`` hold such a pair."""
    for a, b in itertools.pairwise(kinds):
        if _CONTRASTED.search(text, a.end, b.start):
            return a, b
    return None


# "animal studies that directly compared modified MSC-Exos with native MSC-Exos": a review of head-to-head
# comparisons, each of whose results sets the one kind against the other
_COMPARED_DIRECTLY = re.compile(r"\b(?:directly\s+compar(?:ed|ing)|head[- ]to[- ]head\s+comparisons?\s+of)\s+", re.I)
_COMPARED_WITH = re.compile(r"\s+(?:with|to|against|versus|vs\.?)\s+", re.I)


def _trailing_contrast(text: str, kind: _Kind, start: int, sentence_end: int) -> Contrast | None:
    """The kind a result's vesicles are set against after the result, at the end of its clause ("engineered
    exosomes reduced cleaved caspase-3 further (SMD ...), ... and improved BBB scores more (MD ...) than native
    exosomes")."""
    for m in _KIND_PHRASE.finditer(text, start, sentence_end):
        if m.group("noun") and _CONTRASTED.search(text, max(start, m.start() - 40), m.start()):
            other = _Kind(m.start(), m.end(), m.group("kind"), m.group("noun"))
            return None if other.same_kind(kind) else (kind, other)
    return None


# "They did not significantly improve ...": a sentence going on with the vesicles of the sentence before
_SAME_VESICLES_OPENING = re.compile(r"\s*(?:They|These\s+(?:exosomes|vesicles|EVs))\b")


def _review_contrast(text: str) -> Contrast | None:
    """The two kinds of vesicles every study of a review compared directly, where it says so."""
    for m in _COMPARED_DIRECTLY.finditer(text):
        a = _KIND_PHRASE.match(text, m.end())
        between = _COMPARED_WITH.match(text, a.end()) if a is not None and a.group("noun") else None
        b = _KIND_PHRASE.match(text, between.end()) if between is not None else None
        if a is not None and b is not None and b.group("noun"):
            return (_Kind(a.start(), a.end(), a.group("kind"), a.group("noun")),
                    _Kind(b.start(), b.end(), b.group("kind"), b.group("noun")))
    return None


def _direct_pair(direct: re.Match[str], named: Sequence[_Kind], contrast: Contrast | None) -> Contrast | None:
    """The kinds a head-to-head result sets against each other: the kind named before it ("engineered exosomes")
    against the one its studies' comparator is ("with a direct native comparator"), else the sentence's contrast
    ("Engineered EVs yielded ... than native EVs (...), but in the eight head-to-head studies ...")."""
    if direct.group("kind"):
        if not named:
            return None
        return named[-1], _Kind(direct.start("kind"), direct.end("kind"), direct.group("kind"), named[-1].noun)
    if contrast is None:
        return None
    return (named[-1], contrast[1]) if named else contrast


def _joined_subgroup(subgroup: str, name: str) -> str:
    """A subgroup already named ("day 7") with a kind of vesicles added, each named once."""
    return name if not subgroup or name in subgroup else f"{subgroup}, {name}"


def _only_pairing_words(text: str, start: int, end: int) -> bool:
    """Whether the words between two printed effects are only "vs" (with the interval's "95% CI"): the second
    is the other group's result of one comparison ("(MD = 4.05; 95% CI: 3.12–4.98 vs MD = 2.71; ...)")."""
    words = re.findall(r"[A-Za-z]{2,}", re.sub(r"\b(?:CI|CrI)\b", "", text[start:end]))
    return (bool(words) and all(w.lower() in {"vs", "versus"} for w in words)) or (
        not words and re.match(r"\s*(?:vs\.?|versus)\b", text[end:end + 8], re.I) is not None)


def _name_preparation_kinds(found: list[_Found], text: str, printed_ends: Sequence[int],
                            interventions: Sequence[_Candidate], review: Contrast | None) -> None:
    """Results of kinds of vesicles a review compares: each kind's result against control ("native exosomes
    improved locomotor scores (SMD 2.14, ...), as did miRNA-loaded (SMD 3.02, ...) ... exosomes"; "Engineered EVs
    yielded a greater BBB improvement than native EVs (MD = 4.05; ... vs MD = 2.71; ...)": in turn) is that kind's
    subgroup; a result of one kind set against another ("Modified exosomes yielded higher BBB scores than native
    exosomes, MD 3.12 [...]", "in the eight head-to-head studies the difference was smaller (MD = 1.38; ...)") is
    the head-to-head subgroup "<kind> versus <other kind>" with the other kind as its comparator, and the count of
    studies named with it ("In 38 studies with a direct native comparator") as its k. In a ``review`` of direct
    comparisons of two kinds, their comparison is every result's and names no subgroup."""
    by_sentence: dict[tuple[int, int], list[_Found]] = {}
    for f in found:
        by_sentence.setdefault(f.sentence, []).append(f)
    carried: tuple[int, Contrast] | None = None  # the last sentence's contrast, and where that sentence ended
    for (sent_start, sent_end), effects in sorted(by_sentence.items()):
        effects.sort(key=lambda f: f.start)
        windows = []
        for f in effects:
            k = bisect.bisect_right(printed_ends, f.start) - 1
            windows.append(max(sent_start, printed_ends[k]) if k >= 0 else sent_start)
        kinds = [_kinds_named(text, w, f.start, sent_end) for w, f in zip(windows, effects, strict=True)]
        contrast: Contrast | None = None
        if carried is not None and not kinds[0] and not text[carried[0]:sent_start].strip(" .") \
                and _SAME_VESICLES_OPENING.match(text, sent_start):
            contrast = carried[1]  # "... than native exosomes. They did not significantly improve CD31+ ..."
        carried = None
        i = 0
        while i < len(effects):
            f, named = effects[i], kinds[i]
            pair = _contrast(text, named)
            run = effects[i:i + len(named)]
            if pair and len(named) > 1 and len(run) == len(named) and all(
                    not kinds[i + j] and _only_pairing_words(text, windows[i + j], g.start) for j, g in
                    enumerate(run[1:], 1)):
                for g, kind in zip(run, named, strict=True):  # each group's result in turn
                    g.subgroup = _joined_subgroup(g.subgroup, kind.name)
                contrast = pair
                i += len(run)
                continue
            contrast = pair or contrast
            direct = _HEAD_TO_HEAD.search(text, windows[i], f.start)
            if pair is None and named and (trailing := _trailing_contrast(text, named[-1], f.end, sent_end)):
                pair = contrast = trailing  # "engineered exosomes reduced X further (SMD ...) ... than native ones"
            if pair is None and direct is not None:
                pair = _direct_pair(direct, named, contrast)
                counted = _STUDIES_COUNTED.search(text, windows[i], f.start)
                if pair is not None and counted is not None:
                    f.k = printed_count(counted.group("k"))
            elif pair is None and not named and contrast is not None and not any(
                    windows[i] <= c.start < f.start for c in interventions):
                pair = contrast  # "..., and higher BMS scores in mice, MD 1.46 [...]": the same comparison
            if review is not None and (
                    (pair is not None and pair[0].same_kind(review[0]) and pair[1].same_kind(review[1]))
                    or (pair is None and named and named[-1].same_kind(review[0]))):
                pass  # the review's own comparison ("Modified exosomes also further reduced TNF-α (SMD ...)")
            elif pair is not None:
                f.subgroup = _joined_subgroup(f.subgroup, f"{pair[0].name} versus {pair[1].name}")
                f.comparator = pair[1].name
            elif named:
                f.subgroup, contrast = _joined_subgroup(f.subgroup, named[-1].name), None
            i += 1
        if contrast is not None:
            carried = (sent_end, contrast)


def _group_named(m: re.Match[str] | None, interventions: Sequence[_Candidate]) -> str:
    """The group a phrase before a result's bracket names, "" when none or when the words name an intervention."""
    if m is None or any(m.start("group") <= c.start < m.end("group") for c in interventions):
        return ""
    return " ".join(m.group("group").split())


def _time_point(m: re.Match[str]) -> str:
    """ "day 7", "14 days", "4 weeks post-injury" as "day 7", "day 14", "week 4"."""
    unit = (m.group("unit1") or m.group("unit2")).lower()
    unit = "day" if unit.startswith("d") else "week" if unit.startswith("w") else "month"
    return f"{unit} {m.group('n1') or m.group('n2')}"


def _open_parenthesis(text: str, start: int, offset: int) -> int | None:
    """Where the parenthesis (or bracket) enclosing ``offset`` opens, searching from ``start``; None if none."""
    depth = 0
    for x in range(offset - 1, start - 1, -1):
        ch = text[x]
        if ch in ")]":
            depth += 1
        elif ch in "([":
            if depth == 0:
                return x
            depth -= 1
    return None


def _included_count(text: str) -> int | None:
    """The number of studies a review included, where the text gives one number for it."""
    if not _INCLUSION_WORD_RE.search(text):
        return None
    counts = {printed_count(m.group("k") or m.group("k2")) for m in K_INCLUDED_RE.finditer(text)}
    counts.discard(None)
    return counts.pop() if len(counts) == 1 else None


def _bind_counts(found: list[_Found], counts: list[tuple[int, str, int]], document: Document) -> None:
    """k for an effect: the nearest "N studies" statement about its outcome in the same section."""
    for f in found:
        if f.outcome is None:
            continue
        section = document.section_at(f.start)
        mine = [(abs(f.start - off), k) for off, curie, k in counts
                if curie == f.outcome.ref.curie and document.section_at(off) == section]
        if mine:
            f.k = min(mine)[1]


def _population(document: Document, text: str, disease: str) -> tuple[str, Ref | None, Ref | None]:
    """The population as shown ("SCI rats") with its grounded taxon and condition."""
    species = ""
    organism = None
    if document.species:
        sp = document.species.lower()
        species = {"rat": "rats", "mouse": "mice", "human": "patients"}.get(sp, sp)
        organism = ground_organism(document.species) or ground_organism(species)
    else:
        counts = Counter({name: len(rx.findall(text)) for name, rx in SPECIES})
        name, n = counts.most_common(1)[0]
        species = name if n else ""
        if species in {"rats", "mice", "rodents"} and _rodents_pooled(counts):
            species = "rodents"
        organism = ground_organism(species) if species else None
    condition = ground_condition(disease) if disease else None
    return " ".join(p for p in (disease, species) if p), organism, condition


def _rodents_pooled(counts: Counter[str]) -> bool:
    """Whether a review's animals are rodents rather than one species: it names rodents, or both rats and mice,
    about as often as the species it names most ("58 in rats, 13 in mice", "rodents with traumatic SCI"); a rat
    review citing one mouse study, or saying once that the field uses "rodent models", stays a rat review."""
    most = max(counts["rats"], counts["mice"])
    return any(n and 4 * n >= most for n in (counts["rodents"], min(counts["rats"], counts["mice"])))


def _disease_named(text: str) -> str:
    return next((name for name, rx in DISEASES if rx.search(text)), "")


def _species_named_with(f: _Found, text: str, printed_ends: Sequence[int]) -> str:
    """The one species named between the effect and the end of the effect printed before it in its sentence
    ("including rat BBB scores (SMD ...) and mouse BMS scores (SMD ...)"), else ""."""
    start = f.sentence[0]
    k = bisect.bisect_right(printed_ends, f.start) - 1
    if k >= 0 and printed_ends[k] > start:
        start = printed_ends[k]
    named = {name for name, rx in SPECIES if rx.search(text, start, f.start)}
    return named.pop() if len(named) == 1 else ""


def _comparator(text: str, folded: str | None = None) -> str:
    folded = _folded(text) if folded is None else folded
    base = "placebo" if PLACEBO_RE.search(text) else "control"
    vehicles = [name for name, rx, prefilter in _VEHICLE_SEARCHES
                if prefilter.may_match(text, folded) and rx.search(text)]
    return f"{base} ({'/'.join(vehicles)})" if vehicles else base


@functools.cache
def _preparations_by_source() -> dict[str, tuple[str, ...]]:
    """Source cell CURIE -> the lexicon's vesicle preparations made from it (read once per process)."""
    out: dict[str, list[str]] = {}
    for curie, info in lexicon_table().items():
        if info.get("derived_from"):
            out.setdefault(str(info["derived_from"]), []).append(curie)
    return {cell: tuple(preparations) for cell, preparations in out.items()}


def _source_cells() -> frozenset[str]:
    """The cells the lexicon's vesicle preparations are made from (MSCs of each source): a treatment of their own
    where a review compares them with their vesicles."""
    return frozenset(_preparations_by_source())


# vesicles named by no cell: "exosomes" and "EVs" of a review that names one preparation are that preparation
_SOURCELESS_VESICLES = frozenset({"GO:0070062", "GO:1903561"})
# vesicles named by no source: a subgroup named by a source ("bone marrow") narrows them to that source's preparation
_UNSOURCED_PREPARATIONS = frozenset({"exokg:MSC_Exo", *_SOURCELESS_VESICLES})
_SOURCE_CELL_NAMES = ("{} mesenchymal stem cells", "{}-derived mesenchymal stem cells", "{} MSCs", "{}-derived MSCs")


def _source_preparation(name: str) -> Ref | None:
    """The vesicle preparation of the MSCs a subgroup's name says they came from ("bone marrow", "umbilical cord",
    "adipose tissue"), else None."""
    table = lexicon_table()
    for form in _SOURCE_CELL_NAMES:
        cell = _ground_in_lexicon(form.format(name), {"biolink:Cell"}, table)
        if cell is None:
            continue
        preparations = _preparations_by_source().get(cell.curie, ())
        if len(preparations) == 1:
            info = table[preparations[0]]
            return Ref.from_curie(preparations[0], str(info.get("label") or preparations[0]), str(info["category"]))
    return None


def _sole_preparation(interventions: Sequence[_Candidate]) -> Ref | None:
    """The one vesicle preparation the document names by the cells it came from ("MSC exosomes", "hUC-MSC
    exosomes"), which its plain "exosomes" and "EVs" stand for; None where it names none or several."""
    made = {c.ref.curie: c.ref for c in interventions if c.ref.curie in _prepared_vesicles()}
    return next(iter(made.values())) if len(made) == 1 else None


@functools.cache
def _prepared_vesicles() -> frozenset[str]:
    """The lexicon's vesicle preparations made from some cell (read once per process)."""
    return frozenset(p for preparations in _preparations_by_source().values() for p in preparations)


def _intervention_for(f: _Found, interventions: Sequence[_Candidate], paragraph_start: int) -> _Candidate | None:
    """The treatment named last before the effect in its sentence, else the first after it there, else the one
    named last before it in its paragraph ("MSC-EVs improved BBB scores (...). Relative lesion area was reduced
    (WMD ...)": the MSC preparation, not the document's most frequent name, plain "EVs")."""
    s, e = f.sentence
    in_sentence = [c for c in interventions if s <= c.start and c.end <= e]
    before = [c for c in in_sentence if c.end <= f.start]
    if before:
        return before[-1]
    if in_sentence:
        return in_sentence[0]
    return next((c for c in reversed(interventions) if paragraph_start <= c.start and c.end <= s), None)


def extract_effects(annotated: Any) -> list[PooledEffect]:
    """Pooled effects printed in one annotated document (one per outcome and intervention)."""
    document: Document = annotated.document
    text = document.text
    if EFFECT_RE.search(text) is None:  # no printed effect with a CI: nothing below can find one
        return []
    spans = list(getattr(annotated, "sentences", None) or split_sentences(text))
    mentions: Sequence[Mention] = getattr(annotated, "mentions", None) or ()
    grounder = _Grounder.build()
    folded = _folded(text)
    outcomes, interventions = find_candidates(text, mentions, grounder, folded)

    sources = _source_cells()
    printed = read_effects(text, spans, outcomes, interventions, sources)
    outcomes = [c for c in outcomes if c.ref.curie not in sources]  # MSCs are compared, never measured
    for f in printed:
        if f.outcome is None:
            before = outcome_from_context(f, text, spans, outcomes, document.paragraph_start(f.start), printed)
            if before is not None:
                f.outcome, f.context_start = before
    bias = read_bias(document, spans, [OutcomeSpan(c.start, c.end, c.ref.curie) for c in outcomes],
                     [PrintedEffect(f.start, f.end, f.estimate, f.low, f.high, f.measure) for f in printed],
                     EXTRACTOR, EXTRACTOR_VERSION) if mentions_bias(text) else []
    adjusted = {start for reading in bias for start in reading.claimed}  # trim-and-fill results, not pooled effects
    found = [f for f in printed if f.outcome is not None and f.start not in adjusted]
    if not found:
        return []
    printed_ends = sorted(f.end for f in printed)
    for f in found:
        titles = _sections_at(document, f.start)
        f.rank = _section_rank(titles)
        f.section = document.section_at(f.start)
        named = list(SUBGROUP_RE.finditer(text, f.sentence[0], f.start))
        if named:  # the last subgroup named before the effect in its sentence
            f.subgroup = " ".join((named[-1].group("a") or named[-1].group("b") or named[-1].group("c")).split())
            own = _group_of_its_own(f, named[-1].start(), text, printed_ends, interventions)
            f.subgroup = own or f.subgroup
    _name_time_points(found, text)
    review = _review_contrast(text)
    _name_preparation_kinds(found, text, printed_ends, interventions, review)
    _name_compared_groups(found, text, interventions)
    _name_treatments_compared(found, text, printed_ends)
    _bind_counts(found, read_counts(text, spans, outcomes, folded), document)
    for f in found:  # "bone marrow (27 studies; MD 3.05, ...)": the count the effect's own bracket opens with
        if (own := _K_OPENING_BRACKET.search(text, max(0, f.start - 60), f.start)) is not None:
            f.k = int(own.group("k"))
        elif f.k is None and (after := _K_RIGHT_AFTER.match(text, f.end)) is not None:
            f.k = int(after.group("k"))
    _bind_heterogeneity(found, read_heterogeneity(text), spans, document, outcomes)

    doc_intervention = Counter(c.ref for c in interventions).most_common(1)
    default_iv = doc_intervention[0][0] if doc_intervention else None
    disease = _disease_named(text)
    population, organism, condition = _population(document, text, disease)
    # a review of direct comparisons sets each result against the other kind of vesicles
    comparator = review[1].name if review is not None else _comparator(text, folded)
    comparator_term = comparator_from_text(comparator)
    sole = _sole_preparation(interventions)

    # The same printed result (same numbers) stated in the abstract and in the results is one
    # result, whatever words name the outcome each time; then one result per outcome.
    Chosen = tuple[tuple[int, int, int], _Found, Ref, "_Candidate | None"]
    same_numbers: dict[tuple[str, str, float, float, float], Chosen] = {}
    for f in found:
        assert f.outcome is not None
        iv_cand = f.treatment or _intervention_for(f, interventions, document.paragraph_start(f.start))
        iv_ref = iv_cand.ref if iv_cand else default_iv
        if iv_ref is None:
            continue
        if sole is not None and iv_ref.curie in _SOURCELESS_VESICLES:
            iv_ref = sole  # "hUC-MSC exosomes ... Exosomes also increased ... (WMD ...)": the review's one preparation
        if f.subgroup and iv_ref.curie in _UNSOURCED_PREPARATIONS:
            # "by MSC source: bone marrow (27 studies; MD 3.05, ...)": the subgroup's result is that source's vesicles'
            iv_ref = _source_preparation(f.subgroup) or iv_ref
        details = -sum(x is not None for x in (f.k, f.i2, f.model))
        score = (f.rank, details, f.start)
        sig = (iv_ref.curie, f.measure, f.estimate, f.low, f.high)
        if sig not in same_numbers or score < same_numbers[sig][0]:
            same_numbers[sig] = (score, f, iv_ref, iv_cand)
    best: dict[tuple[str, str, str], Chosen] = {}
    for chosen in same_numbers.values():
        score, f, iv_ref, _ = chosen
        assert f.outcome is not None
        key = (iv_ref.curie, f.outcome.ref.curie, f.subgroup)  # a subgroup's result never stands for the whole
        if key not in best or score < best[key][0]:
            best[key] = chosen

    included = _included_count(text) if best else None

    effects: list[PooledEffect] = []
    for _, f, iv_ref, iv_cand in sorted(best.values(), key=lambda t: t[1].start):
        assert f.outcome is not None
        own = _species_named_with(f, text, printed_ends)
        if not own and organism is not None and organism.curie == RODENT.curie:
            own = _SCALE_SPECIES.get(f.outcome.ref.curie, "")
        f_population, f_organism = population, organism
        if own:  # "rat BBB scores (SMD ...) and mouse BMS scores (SMD ...)": each result's own animals
            f_population = " ".join(x for x in (disease, own) if x)
            f_organism = ground_organism(own)
        se = se_from_ci(f.estimate, f.low, f.high, f.measure, f.level)
        p = f.printed_p if (f.printed_p is not None and f.printed_p_op == "=") else \
            p_from_estimate(f.estimate, se, f.measure)
        s, e = f.sentence
        if f.context_start is not None:  # the evidence holds the sentence that names the outcome too
            s = f.context_start
        evidence = Evidence(
            document_id=document.id, sentence=text[s:e], start=s, end=e, section=f.section,
            subject_span=(iv_cand.start, iv_cand.end) if iv_cand else None,
            object_span=(f.outcome.start, f.outcome.end),
            citations=document.citations_in(s, e), extractor=EXTRACTOR, extractor_version=EXTRACTOR_VERSION,
            rule="printed-effect-outcome-before" if f.context_start is not None else "printed-effect-with-ci",
        )
        notes = [f"reported in {document.id}" + (f" ({f.section})" if f.section else "")]
        if f.level != 95.0:
            notes.append(f"{f.level:g}% CI")
        if f.het_p:
            notes.append(f"heterogeneity p {f.het_p}")
        if f.k is None and included is not None:
            if len(best) == 1 and not f.subgroup:
                f.k = included
                notes.append("k: the studies the review included")
            else:  # each of several effects, or a subgroup's, may pool a part of them: the count bounds its k
                notes.append(f"k not printed; the review included {included} studies")
        effects.append(PooledEffect(
            measure=f.measure, estimate=f.estimate, ci_low=f.low, ci_high=f.high,
            intervention=iv_ref, outcome=f.outcome.ref, population=f_population, comparator=f.comparator or comparator,
            k=f.k, se=se, p_value=p, i2=f.i2, model=f.model, method=f.method, source="reported",
            evidence=evidence, provenance="; ".join(notes), organism=f_organism, condition=condition,
            comparator_term=comparator_from_text(f.comparator) if f.comparator else comparator_term,
            subgroup=f.subgroup,
        ))
    return attach_bias(effects, bias)


def attach_bias(effects: Sequence[PooledEffect], readings: Sequence[BiasReading]) -> list[PooledEffect]:
    """Each effect with the bias checks of its outcome: the overall effect of an outcome, or its
    subgroup effects when the paper pooled none overall. A check that names no outcome goes to a
    paper's only outcome, or to the one overall effect of the measure and sign of a trim-and-fill result
    its sentence prints; one method's check read twice (abstract and results) is kept once, the
    fuller reading winning."""
    overall = {e.outcome.curie for e in effects if not e.subgroup}
    outcomes = overall or {e.outcome.curie for e in effects}
    # ... or to the outcome the others measure ("BBB scores", "BMS scores" and "across both scales" motor function)
    unnamed = tuple(outcomes) if len(outcomes) == 1 else tuple(c for c in [_summary_outcome(outcomes)] if c)
    checks: dict[str, dict[str, BiasAssessment]] = {}
    for reading in readings:
        for curie in reading.outcomes or unnamed or _adjusted_outcome(effects, reading.adjusted):
            kept = checks.setdefault(curie, {})
            known = kept.get(reading.assessment.method)
            if known is None or _details(reading.assessment) > _details(known):
                kept[reading.assessment.method] = reading.assessment
    out: list[PooledEffect] = []
    for e in effects:
        found = checks.get(e.outcome.curie)
        if found and (not e.subgroup or e.outcome.curie not in overall):
            e = replace(e, bias=tuple(found[m] for m in BIAS_METHODS if m in found))
        out.append(e)
    return out


def _adjusted_outcome(effects: Sequence[PooledEffect], adjusted: tuple[str | None, float] | None) -> tuple[str, ...]:
    """The outcome of the one overall effect a trim-and-fill result adjusted: "Egger's test indicated small-study
    effects; trim-and-fill ... attenuated the pooled estimate to SMD 1.19" beside an SMD of 1.84 on locomotor
    scores, an MD on BBB scores and a negative SMD on lesion volume is the locomotor effect's; () when none or
    several fit."""
    if adjusted is None or adjusted[1] == 0:
        return ()
    measure, estimate = adjusted
    fitting = {e.outcome.curie for e in effects if not e.subgroup and (measure is None or e.measure == measure)
               and e.estimate * estimate > 0}
    return tuple(fitting) if len(fitting) == 1 else ()


def _summary_outcome(curies: set[str]) -> str | None:
    """The outcome every other one of ``curies`` is a measure of (motor function beside BBB and BMS scores)."""
    for curie in sorted(curies):
        others = curies - {curie}
        if others and all(curie in _measured_by(o) for o in others):
            return curie
    return None


def _details(b: BiasAssessment) -> int:
    return sum(x is not None for x in (b.asymmetry, b.statistic, b.p_value or b.p_value_below, b.filled,
                                       b.adjusted_estimate, b.fail_safe_n))


def effects_from_text(text: str, doc_id: str = "text", **document_fields: Any) -> list[PooledEffect]:
    """Convenience for a bare string (tests, notebooks): wraps it as a one-section Document."""

    @dataclass
    class _Annotated:
        document: Document

    return extract_effects(_Annotated(Document(id=doc_id, text=text, **document_fields)))


__all__ = [
    "INTERVENTION_CONCEPTS",
    "OUTCOME_CONCEPTS",
    "effects_from_text",
    "extract_effects",
    "ground_concept",
    "ground_condition",
    "ground_organism",
    "p_from_estimate",
    "se_from_ci",
    "split_sentences",
]
