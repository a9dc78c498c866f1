"""Reported pooled effects read from the bundled meta-analysis and from small printed forms."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors import reported_effects
from extractors.entities import default_annotator
from extractors.readers.text import read_text
from extractors.reported_effects import (
    effects_from_text,
    extract_effects,
    p_from_estimate,
    se_from_ci,
    split_sentences,
)
from kg.model import Document, Mention, PooledEffect, Ref

ROOT = Path(__file__).resolve().parents[2]
YE2024 = ROOT / "data" / "corpus" / "ye2024_bmsc_exo_meta.txt"

# What Ye et al. (2024) print in section 3.4 (values checked by hand against the paper text).
EXPECTED = {
    # label: (measure, estimate, lo, hi, k, I2, model)
    "BBB": ("WMD", 3.47, 3.31, 3.63, 30, 80.9, "fixed"),
    "TNF": ("SMD", -3.12, -3.57, -2.67, 14, 75.3, "fixed"),
    "IL-10": ("SMD", 2.76, 1.88, 3.63, 5, None, None),
    "TGF": ("SMD", 3.89, 3.02, 4.76, 5, None, None),
    "apoptosis": ("SMD", -4.52, -5.14, -3.89, 14, 47.3, "fixed"),
    "NeuN": ("SMD", 3.54, 2.65, 4.42, 5, None, "fixed"),
    "NF200": ("SMD", 4.88, 3.70, 6.05, 4, None, "fixed"),
    "Nissl": ("SMD", 1.89, 1.13, 2.65, 4, None, "fixed"),
    "GFAP": ("SMD", -5.15, -6.47, -3.82, None, None, "fixed"),
    "lesion": ("SMD", -5.93, -7.10, -4.75, None, None, None),
}


@dataclass
class Annotated:
    document: Document
    mentions: list[Mention] = field(default_factory=list)


@pytest.fixture(scope="module")
def ye_effects():
    doc = read_text(YE2024, doc_id="ye2024", species="rat")
    return doc, extract_effects(Annotated(doc))


def _by_label(effects, label):
    hits = [e for e in effects if label.lower() in e.outcome.label.lower()]
    assert len(hits) == 1, (label, [e.outcome.label for e in effects])
    return hits[0]


def test_all_ten_pooled_results_once_each(ye_effects):
    _, effects = ye_effects
    assert len(effects) == 10
    assert len({e.outcome.curie for e in effects}) == 10
    assert {e.intervention.curie for e in effects} == {"exokg:BMSC_Exo"}


@pytest.mark.parametrize("label", sorted(EXPECTED))
def test_values_k_i2_model_as_printed(ye_effects, label):
    doc, effects = ye_effects
    measure, est, lo, hi, k, i2, model = EXPECTED[label]
    e = _by_label(effects, label)
    assert (e.measure, e.estimate, e.ci_low, e.ci_high) == (measure, est, lo, hi)
    assert e.k == k
    assert e.i2 == i2
    assert e.model == model
    assert e.source == "reported"
    assert e.population == "SCI rats"
    assert e.comparator == "placebo (saline/PBS)"
    # evidence is the results-section sentence, and it is where the numbers are
    ev = e.evidence
    assert ev.section.startswith("3.4")
    assert doc.text[ev.start:ev.end] == ev.sentence
    assert f"{abs(est):.2f}" in ev.sentence
    assert doc.text[ev.object_span[0]:ev.object_span[1]].lower().startswith(
        {"BBB": "bbb", "TNF": "tnf", "IL-10": "il-10", "TGF": "tgf", "apoptosis": "apoptosis",
         "NeuN": "neun", "NF200": "nf200", "Nissl": "the number of nissl", "GFAP": "gfap",
         "lesion": "lesion"}[label])
    # SE and p recovered from the printed CI
    assert e.se == pytest.approx((hi - lo) / (2 * 1.959963984540054), rel=1e-9)
    assert e.significant is True


def test_heterogeneity_p_kept_in_provenance(ye_effects):
    _, effects = ye_effects
    assert "heterogeneity p = 0.032" in _by_label(effects, "TNF").provenance
    assert "heterogeneity p = 0.102" in _by_label(effects, "apoptosis").provenance


def test_unicode_minus_and_hyphen_parse_alike():
    a = effects_from_text("BMSC-Exos lowered TNF-α levels (SMD = -3.12, 95% CI [-3.57, -2.67]).")
    b = effects_from_text("BMSC-Exos lowered TNF-α levels (SMD = −3.12, 95% CI [−3.57, −2.67]).")
    assert [(e.estimate, e.ci_low, e.ci_high) for e in a] == [(-3.12, -3.57, -2.67)]
    assert [(e.estimate, e.ci_low, e.ci_high) for e in b] == [(-3.12, -3.57, -2.67)]


def test_other_printed_forms():
    text = ("Ten studies reported GFAP. BMSC-Exos reduced GFAP (SMD −1.20, 95% CI −1.90 to −0.50; P = 0.001) "
            "in a random-effects model. The I2 was 12.5%.")
    [e] = effects_from_text(text)
    assert (e.estimate, e.ci_low, e.ci_high, e.k, e.i2, e.model) == (-1.2, -1.9, -0.5, 10, 12.5, "random")
    assert e.p_value == 0.001  # printed exactly: kept


@pytest.mark.parametrize("text, k", [
    ("BMSC-Exos reduced GFAP levels (SMD −1.85; 95% CI −2.60 to −1.10; I² = 65%; 12 studies).", 12),
    # with the animals the studies hold
    ("BMSC-Exos reduced GFAP levels (SMD −1.89; 95% CI −2.61, −1.17; 6 studies, 98 animals).", 6),
    ("BMSC-Exos reduced GFAP levels (SMD −1.89; 95% CI −2.61, −1.17; n = 7 studies with 112 rats).", 7),
    ("The pooled analysis of 15 studies showed that BMSC-Exos reduced GFAP (SMD: -2.05, 95% CI: -2.81 to -1.29).",
     15),
    ("A meta-analysis of eight studies found lower GFAP with BMSC-Exos (SMD -1.10, 95% CI -1.60 to -0.60).", 8),
    # "k =" alone closing the brackets, square ones too
    ("BMSC-Exos reduced GFAP levels [SMD −1.85, 95% CI (−2.60, −1.10), I2 = 91%, k = 6].", 6),
    ("BMSC-Exos reduced GFAP levels (SMD −1.85, 95% CI −2.60 to −1.10; k = 9).", 9),
])
def test_the_number_of_studies_in_more_printed_forms(text: str, k: int):
    [e] = effects_from_text(text)
    assert e.k == k


def test_a_subgroup_result_stands_beside_the_overall_one():
    text = ("BMSC-Exos reduced GFAP (SMD = -1.20, 95% CI [-1.90, -0.50]). In the subgroup of rats receiving "
            "100 μg, BMSC-Exos reduced GFAP (SMD = -1.60, 95% CI [-2.40, -0.80]). In the mouse subgroup, "
            "BMSC-Exos reduced GFAP (SMD = -0.90, 95% CI [-1.70, -0.10]).")
    effects = effects_from_text(text)
    assert sorted((e.subgroup, e.estimate) for e in effects) == [
        ("", -1.2), ("mouse", -0.9), ("rats receiving 100 μg", -1.6)]
    assert len({e.id for e in effects}) == 3


def test_i2_threshold_and_subgroup_statements_are_not_values():
    text = ("BMSC-Exos reduced apoptosis (SMD = −4.52, 95% CI [−5.14, −3.89]). It was within an acceptable "
            "range (I-squared <50%), with I-squared values in all subgroups below 50%.")
    [e] = effects_from_text(text)
    assert e.i2 is None


def test_ratio_measure_se_on_log_scale():
    se = se_from_ci(2.0, 1.0, 4.0, "OR")
    assert se == pytest.approx(math.log(4.0) / (2 * 1.959963984540054))
    assert p_from_estimate(2.0, se, "OR") == pytest.approx(0.0497, abs=1e-3)  # z = log 2 / se = 1.96
    assert se_from_ci(1.0, 1.0, 1.0, "MD") is None


def test_mentions_from_the_entity_layer_add_outcomes():
    text = "BMSC-Exos lowered IL-6 expression (SMD = −2.00, 95% CI [−3.00, −1.00]) in SCI rats."
    doc = Document(id="t", text=text)
    start = text.index("IL-6")
    il6 = Ref("HGNC", "6018", "IL6", "biolink:Gene")
    assert effects_from_text(text) == []  # not a built-in outcome: needs the mention
    [e] = extract_effects(Annotated(doc, [Mention("t", start, start + 4, "IL-6", il6)]))
    assert e.outcome == il6
    assert e.population == "SCI rats"


def test_sentence_splitter_keeps_brackets_and_abbreviations():
    text = "Li et al. (2019) found A (p < 0.05; Fig. 2). Next one starts here.\n\nHeading\n\nBody."
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "Li et al. (2019) found A (p < 0.05; Fig. 2).", "Next one starts here.", "Heading", "Body."]


@pytest.mark.parametrize("text, n", [
    ("Exosomes carried it. miR-21 targeted PTEN. let-7b fell. Seen e.g. mTOR in cells. It fell. non-injured rats.", 5),
    # a unit after a number ends a sentence; an abbreviation inside brackets does not, nor an unclosed bracket
    # keep the next sentences together
    ("Cells were incubated for 30 min. Then they were washed. Latency fell to 5 ms. The score rose.", 4),
    ("BBB scores rose (Std. Mean Difference 1.20, 95% CI 0.80 to 1.60). Then they fell.", 2),
    ("An unclosed (bracket here. Next sentence. Another one.", 3),
])
def test_the_effect_splitter_cuts_sentences_where_the_entity_layer_does(text: str, n: int) -> None:
    from extractors.tokens import sentence_spans
    assert split_sentences(text) == sentence_spans(text) and len(split_sentences(text)) == n


def test_abstract_and_results_statements_of_one_result_are_one_effect_even_if_grounded_differently():
    from kg.model import Section

    abstract = "BMSC-Exos reduced apoptosis levels (SMD = −4.52, 95% CI [−5.14, −3.89])."
    results = ("A total of 14 studies reported apoptosis. The fixed-effect model showed lower apoptosis "
               "(SMD = −4.52, 95% CI [−5.14, −3.89]).")
    text = f"{abstract}\n\n3 Results\n\n{results}"
    start = text.index("3 Results")
    doc = Document(id="t", text=text, sections=(Section("Abstract", 0, len(abstract)),
                                                Section("3 Results", start, len(text))))
    rate = Ref("exokg", "apoptosis_rate", "apoptosis rate", "biolink:PhenotypicFeature")
    at = text.index("apoptosis levels")
    [e] = extract_effects(Annotated(doc, [Mention("t", at, at + len("apoptosis levels"), "apoptosis levels", rate)]))
    assert e.evidence.section == "3 Results" and e.k == 14 and e.model == "fixed"
    assert e.outcome.curie != rate.curie


def test_population_and_comparator_are_grounded(ye_effects):
    _, effects = ye_effects
    for e in effects:  # the paper's rats (manifest species), its SCI, its placebo group given saline or PBS
        assert (e.population, e.comparator) == ("SCI rats", "placebo (saline/PBS)")
        assert e.organism is not None and e.organism.curie == "NCBITaxon:10116"
        assert e.condition is not None and e.condition.curie == "MONDO:0043797"
        assert e.comparator_term is not None and e.comparator_term.curie == "exokg:Placebo_Vehicle"


def test_population_from_the_text_when_the_document_names_no_species():
    text = ("Results. In mice with spinal cord injury, BMSC-derived exosomes lowered TNF-α compared with "
            "untreated controls (SMD = -1.20, 95% CI [-1.80, -0.60]). Mice were housed in pairs.")
    (effect,) = effects_from_text(text)
    assert effect.population == "SCI mice"
    assert effect.organism is not None and effect.organism.curie == "NCBITaxon:10090"
    assert effect.condition is not None and effect.condition.curie == "MONDO:0043797"
    assert effect.comparator == "control" and effect.comparator_term is None  # "untreated" is not read here


def test_no_species_and_no_condition_leave_the_population_ungrounded():
    (effect,) = effects_from_text("Results. BMSC-derived exosomes lowered TNF-α "
                                  "(SMD = -1.20, 95% CI [-1.80, -0.60]) against placebo.")
    assert (effect.organism, effect.condition) == (None, None)
    assert effect.comparator_term is not None and effect.comparator_term.curie == "exokg:Placebo"


def test_fallback_identifiers_agree_with_the_lexicon() -> None:
    """The built-in fallbacks are used without the lexicon: their CURIEs must be the same facts."""
    from extractors.lexicon import entity_table
    from extractors.reported_effects import INTERVENTION_CONCEPTS, OUTCOME_CONCEPTS

    table = entity_table()
    for concept in (*OUTCOME_CONCEPTS, *INTERVENTION_CONCEPTS):
        curie = concept.fallback.curie
        if curie.startswith(("HGNC:", "GO:", "CL:")):
            assert curie in table, f"{concept.key}: fallback {curie} is not the lexicon's identifier"


def _spellings(name: str) -> list[str]:
    """A name as printed in various cases, and with the characters IGNORECASE equates with i, s and k."""
    forms = [name, name.upper(), name.lower(), name.title()]
    odd = str.maketrans({"i": "ı", "I": "İ", "s": "ſ", "S": "ſ", "k": "K", "K": "K"})
    return forms + [f.translate(odd) for f in forms]


def test_the_literal_prefilter_never_skips_a_text_its_pattern_matches() -> None:
    """Concept and vehicle patterns are only searched in texts holding one of the literals every match
    contains; any text the pattern matches must pass, whatever its case or odd letters."""
    from extractors.reported_effects import (
        INTERVENTION_CONCEPTS,
        OUTCOME_CONCEPTS,
        VEHICLES,
        _folded,
        _Grounder,
        _Prefilter,
    )

    grounder = _Grounder.build()
    searches = [(pattern, prefilter, concept.names) for concept, (pattern, _, prefilter) in
                zip((*OUTCOME_CONCEPTS, *INTERVENTION_CONCEPTS), [*grounder.outcomes, *grounder.interventions],
                    strict=True)]
    searches += [(rx, _Prefilter(rx.pattern, rx.flags), (name, "normal saline", "phosphate-buffered saline"))
                 for name, rx in VEHICLES]
    checked = 0
    for pattern, prefilter, names in searches:
        assert prefilter.literals, pattern.pattern  # each of these has literals to look for
        for name in names:
            for spelled in _spellings(name):
                text = f"Exosomes lowered {spelled} (SMD = -1.2, 95% CI -1.8 to -0.6) against vehicle."
                if pattern.search(text):
                    checked += 1
                    assert prefilter.may_match(text, _folded(text)), (pattern.pattern, text)
    assert checked > 60


def test_an_outcome_spelled_with_a_dotless_i_is_read_as_the_pattern_reads_it() -> None:
    (effect,) = effects_from_text("Results. BMSC-derived exosomes raised ıL-10 (SMD = 1.20, 95% CI [0.60, 1.80]).")
    assert effect.outcome.curie == "HGNC:5962"


@pytest.mark.parametrize("text, values", [
    # the CI in brackets right after the estimate, with I² and k in the same parentheses
    ("BMSC-Exos reduced TNF-α levels (SMD -1.98 [95% CI -2.65, -1.31], I2 = 62%, 9 studies).",
     ("SMD", -1.98, -2.65, -1.31, 62.0, 9)),
    # two negative bounds set apart by a space only
    ("BMSC-Exos reduced TNF-α levels (SMD -1.98 (95%CI -2.65 -1.31); I2 = 62%).",
     ("SMD", -1.98, -2.65, -1.31, 62.0, None)),
    # the count inside the parentheses, before the I² that closes them
    ("BMSC-Exos improved the BBB score (Hedges' g = 1.85; 95% CI 1.20–2.50; 11 studies; I² = 67%).",
     ("SMD", 1.85, 1.2, 2.5, 67.0, 11)),
    # the heterogeneity of the effect just before, in its own parentheses
    ("BMSC-Exos improved BBB scores (WMD 2.86 [95% CI 1.98–3.74]) with substantial heterogeneity "
     "(I2 = 85.3%, p < 0.00001).", ("WMD", 2.86, 1.98, 3.74, 85.3, None)),
])
def test_printed_forms_of_an_effect(text: str, values: tuple) -> None:
    (effect,) = extract_effects(Annotated(Document(id="t", text=text)))
    assert (effect.measure, effect.estimate, effect.ci_low, effect.ci_high, effect.i2, effect.k) == values


@pytest.mark.parametrize("text, outcome", [
    # the outcome named between the measure and its estimate
    ("BMSC-Exos reduced TNF-α. The pooled SMD for BBB score was 2.56 (95% CI: 1.89–3.23).", "exokg:BBB_score"),
    ("BMSC-Exos improved BBB scores. The pooled MD of TNF-α levels was −12.4 (95% CI −16.1 to −8.7).", "HGNC:11892"),
])
def test_an_outcome_named_between_measure_and_estimate(text: str, outcome: str) -> None:
    (effect,) = extract_effects(Annotated(Document(id="t", text=text)))
    assert effect.outcome.curie == outcome and effect.ci_low is not None


def test_heterogeneity_inside_another_effects_parentheses_is_not_the_previous_effects() -> None:
    # the second effect's interval is unreadable: its I² must not go to the first effect
    text = ("BMSC-Exos reduced the lesion area (SMD = -2.13; 95% CI, -2.89 to -1.37) and TNF-α levels "
            "(SMD -1.98, CI unclear, I2 = 62%).")
    (effect,) = extract_effects(Annotated(Document(id="t", text=text)))
    assert effect.outcome.label == "lesion area" and effect.i2 is None


@pytest.mark.parametrize("text, values", [
    ("BMSC-Exos reduced TNF-α (standardized mean difference [SMD] = -2.13, 95% confidence interval [CI] "
     "-2.89 to -1.37).", ("SMD", -2.13, -2.89, -1.37)),
    ("BMSC-Exos improved BBB scores (mean difference (MD) 3.45 (95% CI 2.56 to 4.34)).", ("MD", 3.45, 2.56, 4.34)),
    ("BMSC-Exos improved BBB scores (MD = 3.45 [2.56, 4.34]).", ("MD", 3.45, 2.56, 4.34)),  # a bare interval
    # the name alone, and a unit after the numbers
    ("BBB scores improved with BMSC-Exos (mean difference 3.3 points; 95% confidence interval, 2.4 to 4.2).",
     ("MD", 3.3, 2.4, 4.2)),
    ("BMSC-Exos reduced the lesion area (weighted mean difference −12.4%, 95% CI −16.1% to −8.7%).",
     ("WMD", -12.4, -16.1, -8.7)),
    ("BMSC-Exos reduced TNF-α (Standardized mean difference: -1.10; 95% CI: -1.62, -0.58).", ("SMD", -1.1, -1.62, -0.58)),
    ("BMSC-Exos reduced TNF-α (WMD −12.4%, 95% CI −16.1 to −8.7).", ("WMD", -12.4, -16.1, -8.7)),
    # RevMan's "Std. Mean Difference" is an SMD, not an MD
    ("BMSC-Exos improved BBB scores (Std. Mean Difference 1.20, 95% CI 0.80 to 1.60).", ("SMD", 1.2, 0.8, 1.6)),
    ("BMSC-Exos improved BBB scores (Std Mean Difference 1.20, 95% CI 0.80 to 1.60).", ("SMD", 1.2, 0.8, 1.6)),
    # units of area, time and voltage after the estimate
    ("BMSC-Exos reduced the lesion area (MD −0.92 mm2, 95% CI −1.30 to −0.54).", ("MD", -0.92, -1.3, -0.54)),
    # and of concentration and activity
    ("BMSC-Exos reduced TNF-α (MD −35.2 pg/mL, 95% CI −48.1 to −22.3).", ("MD", -35.2, -48.1, -22.3)),
    ("BMSC-Exos reduced TNF-α (MD = 12.5 U/mg protein, 95% CI 8.1 to 16.9).", ("MD", 12.5, 8.1, 16.9)),
])
def test_measure_names_written_out_and_bare_intervals(text: str, values: tuple) -> None:
    (effect,) = extract_effects(Annotated(Document(id="t", text=text)))
    assert (effect.measure, effect.estimate, effect.ci_low, effect.ci_high) == values


@pytest.mark.parametrize("text, values", [
    ("BMSC-Exos shortened MEP latency (MD −1.2 ms, 95% CI −1.8 to −0.6).", ("MD", -1.2, -1.8, -0.6)),
    ("BMSC-Exos increased MEP amplitude (MD 0.45 mV, 95% CI 0.20 to 0.70).", ("MD", 0.45, 0.2, 0.7)),
])
def test_electrophysiology_units_after_the_estimate(text: str, values: tuple) -> None:
    (effect,) = _annotated_effects(text)  # the outcome as the entity layer grounds it
    assert (effect.measure, effect.estimate, effect.ci_low, effect.ci_high) == values


@pytest.mark.parametrize("text, outcome", [
    ("BMSC-Exos increased SOD activity (MD = 12.5 U/mg protein, 95% CI 8.1 to 16.9).", "exokg:SOD"),
    ("BMSC-Exos reduced MDA levels (SMD −2.10, 95% CI −2.90 to −1.30).", "MESH:D008315"),
])
def test_oxidative_stress_read_outs_are_outcomes(text: str, outcome: str) -> None:
    # an enzyme family's activity and a chemical's level are pooled like any read-out (they had given no effect)
    (effect,) = _annotated_effects(text)
    assert effect.outcome.curie == outcome and effect.intervention.curie == "exokg:BMSC_Exo"


@pytest.mark.parametrize("text", [
    "BMSC-Exos improved BBB scores (MD = 3.45, 2 to 4 weeks).",
    "BMSC-Exos improved BBB scores (MD = 3.45 (1.2, 2.1)).",  # does not hold the estimate
])
def test_numbers_after_an_estimate_that_are_no_interval(text: str) -> None:
    assert extract_effects(Annotated(Document(id="t", text=text))) == []


def test_effects_at_several_times_are_each_times_result() -> None:
    text = ("Compared with controls, BMSC-Exos improved BBB scores at day 7 (MD = 1.5, 95% CI 0.8-2.2), day 14 "
            "(MD = 2.9, 95% CI 2.1-3.7) and 4 weeks after injury (MD = 4.1, 95% CI 3.2-5.0).")
    effects = extract_effects(Annotated(Document(id="t", text=text)))
    assert [(e.estimate, e.subgroup) for e in sorted(effects, key=lambda e: e.estimate)] == [
        (1.5, "day 7"), (2.9, "day 14"), (4.1, "week 4")]


def test_results_at_times_after_a_result_at_none_are_the_times_and_the_first_stays_the_whole() -> None:
    # the day-28 and day-14 results had been dropped as second results of the overall one ("day-28" named no time)
    text = ("BMSC-Exos improved final BBB scores compared with vehicle controls (SMD 1.92, 95% CI 1.41-2.43); in 31 "
            "studies reporting day-28 scores, the absolute gain was MD = 3.4 [2.6, 4.2] points, with a significant "
            "benefit already evident at day 14 (WMD: 2.9; 95% CI: 2.1 to 3.7).")
    effects = extract_effects(Annotated(Document(id="t", text=text)))
    assert sorted((e.estimate, e.subgroup) for e in effects) == [(1.92, ""), (2.9, "day 14"), (3.4, "day 28")]


def test_an_i2_bracket_right_after_an_effect_is_its_own() -> None:
    text = ("BMSC-Exos improved BBB scores, MD 3.12 [2.05, 4.19] (I² = 71%, 30 comparisons), and reduced lesion "
            "area, SMD -1.84 [-2.47, -1.21] (I² = 39%).")
    effects = extract_effects(Annotated(Document(id="t", text=text)))
    assert sorted((e.estimate, e.i2) for e in effects) == [(-1.84, 39.0), (3.12, 71.0)]


def test_effects_in_compared_groups_are_each_groups_result() -> None:
    text = ("Subgroup analysis by species showed that BMSC-Exos improved BBB scores more in rats (SMD 2.10, 95% CI "
            "1.45-2.75) than in mice (SMD 1.02, 95% CI 0.41-1.63).")
    effects = extract_effects(Annotated(Document(id="t", text=text)))
    assert sorted((e.estimate, e.subgroup) for e in effects) == [(1.02, "mice"), (2.1, "rats")]


@pytest.mark.parametrize("text, expected", [
    # the last group phrase before the bracket names it, not the words before an earlier preposition
    ("BMSC-Exos improved the BBB score, with a larger effect in rats (SMD 2.3, 95% CI 1.6-3.0) than in mice "
     "(SMD 1.1, 95% CI 0.4-1.8).", [(1.1, "mice"), (2.3, "rats")]),
    # groups named as the phrase opening a clause or a comparison, in a subgroup analysis of an outcome named
    # before; "the subgroup analysis" names no subgroup "the"
    ("BMSC-Exos improved BBB scores (SMD = 1.50, 95% CI 1.00-2.00). In the subgroup analysis of BBB scores, "
     "intravenous administration (SMD = 2.10, 95% CI: 1.50-2.70) was more effective than local injection "
     "(SMD = 1.05, 95% CI: 0.40-1.70).",
     [(1.05, "local injection"), (1.5, ""), (2.1, "intravenous administration")]),
    # a subgroup analysis sentence points back at the outcome the sentence before names
    ("BMSC-Exos improved BBB scores (SMD = 1.50, 95% CI 1.00-2.00). Subgroup analysis showed that intravenous "
     "administration (SMD = 2.10, 95% CI: 1.50-2.70) was more effective than local injection (SMD = 1.05, "
     "95% CI: 0.40-1.70).", [(1.05, "local injection"), (1.5, ""), (2.1, "intravenous administration")]),
    # "in the subgroup of X (" closes at the bracket
    ("BMSC-Exos improved BBB scores in the subgroup of contused rats (SMD = 2.10, 95% CI: 1.50-2.70).",
     [(2.1, "contused rats")]),
    # the subgroup a sentence opens with is the first result's; a group named after it is the next one's (the
    # mice's result had been dropped as a second result of the rats)
    ("In the subgroup of rats, the effect of BMSC-Exos on BBB score was larger (SMD 3.1, 95% CI 2.2 to 4.0) than "
     "in mice (SMD 1.2, 95% CI 0.5 to 1.9).", [(1.2, "mice"), (3.1, "rats")]),
])
def test_subgroup_results_are_named_by_their_group(text: str, expected: list) -> None:
    effects = extract_effects(Annotated(Document(id="t", text=text)))
    assert sorted((e.estimate, e.subgroup) for e in effects) == expected


def test_effects_of_compared_interventions_are_told_apart_by_the_intervention() -> None:
    text = ("BBB scores improved with BMSC-Exos (SMD 2.10, 95% CI 1.45-2.75) and with hUCMSC-Exos "
            "(SMD 1.02, 95% CI 0.41-1.63).")
    uc = Ref("exokg", "UCMSC_Exo", "umbilical cord MSC-derived exosomes", "biolink:CellularComponent")
    at = text.index("hUCMSC-Exos")
    effects = extract_effects(Annotated(Document(id="t", text=text), [Mention("t", at, at + 11, "hUCMSC-Exos", uc)]))
    assert {e.intervention.curie for e in effects} == {"exokg:BMSC_Exo", "exokg:UCMSC_Exo"}
    assert {e.subgroup for e in effects} == {""}


def test_a_single_effect_at_one_time_is_still_the_result() -> None:
    text = "BMSC-Exos improved BBB scores at 28 days (WMD = 3.45, 95% CI: 2.56-4.34)."
    (effect,) = extract_effects(Annotated(Document(id="t", text=text)))
    assert effect.subgroup == ""


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12)), max_size=40))  # spans of text: never empty
def test_the_longest_candidates_win_without_overlap(spans: list[tuple[int, int]]) -> None:
    """The position lookup keeps what the plain quadratic reading keeps: longest first, then leftmost."""
    ref = Ref("GO", "0006915", "apoptosis", "biolink:BiologicalProcess")
    cands = [reported_effects._Candidate(s, s + n, ref) for s, n in spans]
    expected: list[reported_effects._Candidate] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        if all(c.end <= o.start or c.start >= o.end for o in expected):
            expected.append(c)
    assert reported_effects._longest_non_overlapping(cands) == sorted(expected, key=lambda c: c.start)



def test_an_effect_whose_sentence_points_back_takes_the_outcome_named_before_it() -> None:
    text = ("Seven studies reported BBB scores in SCI rats. The pooled analysis showed a significant improvement "
            "with BMSC-Exos (SMD = 2.10, 95% CI 1.20 to 3.00, P < 0.001).\n\n"
            "Five studies measured TNF-α. BMSC-Exos reduced its level (SMD = −1.50, 95% CI −2.30 to −0.70).")
    effects = {e.outcome.label: e for e in effects_from_text(text)}
    assert set(effects) == {"BBB locomotor score", "TNF-α"}
    bbb, tnf = effects["BBB locomotor score"], effects["TNF-α"]
    assert (bbb.estimate, bbb.k, tnf.estimate, tnf.k) == (2.10, 7, -1.50, 5)
    # the evidence holds the sentence naming the outcome with the one printing the result, offsets into the text
    assert bbb.evidence.sentence.startswith("Seven studies reported BBB scores")
    assert bbb.evidence.sentence.endswith("P < 0.001).")
    assert text[bbb.evidence.start:bbb.evidence.end] == bbb.evidence.sentence
    assert bbb.evidence.rule == "printed-effect-outcome-before"
    assert text[slice(*bbb.evidence.object_span)] == "BBB scores"


@pytest.mark.parametrize("text", [
    # nothing points back: the result may be of a measure the reader does not know
    "Five studies reported BBB scores. BMSC-Exos shortened the latency of motor potentials "
    "(SMD = −1.10, 95% CI −2.30 to −0.10).",
    # two outcomes before: which one is not said
    "Five studies reported BBB scores and TNF-α. The pooled analysis favoured BMSC-Exos "
    "(SMD = 1.10, 95% CI 0.30 to 1.90).",
    # another paragraph
    "Five studies reported BBB scores.\n\nThe pooled analysis favoured BMSC-Exos (SMD = 1.10, 95% CI 0.30 to 1.90).",
    # more than two sentences back
    "Five studies reported BBB scores. All used rats. Doses varied. The pooled analysis favoured BMSC-Exos "
    "(SMD = 1.10, 95% CI 0.30 to 1.90).",
])
def test_an_outcome_is_taken_from_before_only_when_the_sentence_points_back_at_one(text: str) -> None:
    assert effects_from_text(text) == []


def test_an_effect_that_names_its_outcome_keeps_it_and_its_own_sentence() -> None:
    text = ("Five studies reported TNF-α. The pooled analysis showed lower IL-10 with BMSC-Exos "
            "(SMD = −1.10, 95% CI −2.30 to −0.10).")
    (effect,) = effects_from_text(text)
    assert effect.outcome.label == "IL-10"
    assert effect.evidence.sentence.startswith("The pooled analysis")
    assert effect.evidence.rule == "printed-effect-with-ci"


def test_results_pooled_per_injury_model_are_subgroups() -> None:
    text = ("BMSC-Exos improved BBB scores overall (SMD = 1.42, 95% CI 1.08 to 1.75). BMSC-Exos improved BBB scores "
            "in the contusion model (SMD = 3.49, 95% CI: 2.75 to 4.23; p < 0.001) and the chronic BBB scores of the "
            "compression model (SMD = 2.38, 95% CI: 0.36-4.40; p=0.02).")
    effects = extract_effects(Annotated(Document(id="t", text=text)))
    assert {(e.estimate, e.subgroup) for e in effects} == {
        (1.42, ""), (3.49, "contusion model"), (2.38, "compression model")}


def test_a_plural_measure_name_and_a_spaced_level() -> None:
    text = "BMSC-Exos had an overall effect on TNF-α with SMDs −2.57 (95 % CI -3.26; −1.88; p < 0.001)."
    (effect,) = extract_effects(Annotated(Document(id="t", text=text)))
    assert (effect.measure, effect.estimate, effect.ci_low, effect.ci_high) == ("SMD", -2.57, -3.26, -1.88)


def _by_outcome(text: str) -> dict[str, PooledEffect]:
    """The effects the entity layer and the reader find in text, by outcome CURIE."""
    return {e.outcome.curie: e for e in extract_effects(default_annotator().annotate(Document(id="t", text=text)))}


def test_each_result_keeps_the_animals_named_with_it_and_a_plain_text_i_squared():
    # PubMed's plain text prints superscripts in parentheses: "I(2) = 71%"
    text = ("MSC-EVs treatment promoted motor function recovery in spinal cord injury animals, including rat "
            "Basso, Beattie and Bresnahan locomotor rating scale scores (standardized mean difference [SMD]: 2.36, "
            "95% confidence interval [CI]: 1.96-2.76, P < 0.01, I(2) = 71%) and mouse Basso Mouse Scale scores "
            "(SMD = 2.31, 95% CI: 1.57-3.04, P = 0.01, I(2) = 60%) compared with controls. The mice were many.")
    # the entity layer names the preparation and the scales
    effects = _by_outcome(text)
    bbb, bms = effects["exokg:BBB_score"], effects["exokg:BMS_score"]
    assert (bbb.population, bbb.i2, bms.population, bms.i2) == ("SCI rats", 71.0, "SCI mice", 60.0)
    assert bbb.organism is not None and bbb.organism.curie == "NCBITaxon:10116"
    # without a species beside the result, the paper's animals
    [e] = effects_from_text("BMSC-Exos raised BBB scores (SMD 2.1, 95% CI 1.2-3.0) in SCI. Rats were used. Rats.")
    assert e.population == "SCI rats"


def _annotated_effects(text: str):
    return extract_effects(default_annotator().annotate(Document(id="t", text=text)))


@pytest.mark.parametrize("included", [
    "A total of 11 preclinical studies were included.",
    "11 papers fully met the inclusion criteria.",
    "This meta-analysis included 11 studies.",
    "After screening 2347 studies, eleven studies were finally included.",
])
def test_a_single_pooled_effect_takes_the_number_of_studies_the_review_included(included: str) -> None:
    text = (f"{included} The meta-analysis revealed that miRNA-modified exosome therapy was effective in improving "
            "motor function scores compared with control therapy (standardized mean difference: 4.21; 95% "
            "confidence interval: 3.39–5.04).")
    (effect,) = _annotated_effects(text)
    assert (effect.estimate, effect.k) == (4.21, 11)
    assert "the studies the review included" in effect.provenance


@pytest.mark.parametrize("text", [
    # two effects: each may pool a different part of the included studies
    "A total of 11 studies were included. Exosomes improved BBB scores (SMD 2.1, 95% CI 1.2-3.0) and lowered "
    "TNF-α (SMD -1.5, 95% CI -2.0 to -1.0).",
    # studies screened or identified are not the studies included
    "A total of 2347 studies were identified. Exosomes improved BBB scores (SMD 2.1, 95% CI 1.2-3.0).",
    # two different numbers: which one counts is not said
    "A total of 11 studies were included in the review and 9 studies were included in the analysis. Exosomes "
    "improved BBB scores (SMD 2.1, 95% CI 1.2-3.0).",
    # a subgroup's result pools part of them
    "A total of 11 studies were included. In the subgroup of rat studies, exosomes improved BBB scores "
    "(SMD 2.1, 95% CI 1.2-3.0).",
])
def test_the_included_count_is_not_given_where_it_may_not_be_the_effects(text: str) -> None:
    (effect,) = [e for e in _annotated_effects(text) if e.estimate == 2.1]
    assert effect.k is None


@pytest.mark.parametrize("text", [
    "Forty-one studies were included. MSC-EVs improved BBB scores (SMD = 2.1, 95% CI 1.2 to 3.0) and reduced "
    "lesion area (SMD = -1.87, 95% CI -2.45 to -1.29).",
    "A total of 41 studies were included. In the subgroup of rat studies, exosomes improved BBB scores "
    "(SMD 2.1, 95% CI 1.2-3.0).",
])
def test_an_effect_without_its_own_count_names_the_studies_the_review_included(text: str) -> None:
    # a reviewer sees the bound on k the paper gives, and k stays unprinted
    (effect,) = [e for e in _annotated_effects(text) if e.estimate == 2.1]
    assert effect.k is None
    assert "k not printed; the review included 41 studies" in effect.provenance, effect.provenance
    other = _annotated_effects(text.replace("41", "2347").replace("Forty-one", "2347").replace("included", "identified"))
    assert not any("the review included" in e.provenance for e in other)


def test_a_count_of_studies_for_the_outcome_wins_over_the_included_count() -> None:
    text = ("A total of 20 studies were included. Seven studies reported BBB scores. The pooled analysis showed a "
            "significant improvement with BMSC-Exos (SMD 2.10, 95% CI 1.20 to 3.00).")
    (effect,) = _annotated_effects(text)
    assert effect.k == 7
    assert "included" not in effect.provenance


def test_an_effect_printed_after_each_treatment_compared_is_that_treatments() -> None:
    # a review comparing the cells with their vesicles: each effect is its treatment's, on the outcome after both
    effects = _annotated_effects("Both MSCs (SMD 2.01, 95% CI 1.52 to 2.50) and exosomes (SMD 2.36, 95% CI 1.89 to "
                                 "2.83) improved BBB scores compared with controls.")
    got = {(e.intervention.curie, e.outcome.curie, e.estimate) for e in effects}
    assert got == {("CL:0000134", "exokg:BBB_score", 2.01), ("GO:0070062", "exokg:BBB_score", 2.36)}, got


def test_an_outcome_before_its_effect_is_still_its_own() -> None:
    [e] = _annotated_effects("MSC-Exos reduced the number of apoptotic neurons (SMD -2.44, 95% CI -3.20 to -1.68).")
    assert e.outcome.curie == "exokg:apoptosis_rate" and e.intervention.curie == "exokg:MSC_Exo", e


def test_each_source_listed_after_vesicles_from_has_its_own_pooled_effect() -> None:
    effects = _annotated_effects(
        "Compared with controls, EVs from bone marrow MSCs (SMD 1.86, 95% CI 1.42-2.30), umbilical cord MSCs "
        "(SMD 2.12, 95% CI 1.55-2.69) and adipose MSCs (SMD 1.64, 95% CI 0.98-2.30) all improved locomotor scores.")
    got = {(e.intervention.curie, e.estimate) for e in effects}
    assert got == {("exokg:BMSC_Exo", 1.86), ("exokg:UCMSC_Exo", 2.12), ("exokg:ADMSC_Exo", 1.64)}, got


def test_an_effect_pooled_across_the_measures_before_it_is_on_the_outcome_they_measure() -> None:
    text = ("MSC-EVs improved BBB scores (57 studies; MD 4.21, 95% CI 3.62-4.80) and BMS scores (14 studies; MD 1.93, "
            "95% CI 1.41-2.45); across both scales, the pooled SMD was 2.64 (95% CI 2.27-3.01).")
    got = {(e.outcome.curie, e.measure, e.estimate) for e in _annotated_effects(text)}
    assert got == {("exokg:BBB_score", "MD", 4.21), ("exokg:BMS_score", "MD", 1.93),
                   ("exokg:motor_function", "SMD", 2.64)}, got
    # measures of two different outcomes share none: the effect stays unread rather than guessed
    text = ("MSC-EVs improved BBB scores (MD 4.21, 95% CI 3.62-4.80) and lowered TNF-α (SMD -1.9, 95% CI -2.5 to "
            "-1.3); across both outcomes, the pooled SMD was 2.64 (95% CI 2.27-3.01).")
    assert "exokg:motor_function" not in {e.outcome.curie for e in _annotated_effects(text)}


@pytest.mark.parametrize("text, expected", [
    ("BMSC-Exos reduced TNF-α (g = −2.46, 95% CI −3.05 to −1.87; I² = 78%).", ("SMD", -2.46, -3.05, -1.87)),
    ("BMSC-Exos reduced GFAP (g = −2.18, −2.79 to −1.57; I² = 74%).", ("SMD", -2.18, -2.79, -1.57)),
    ("BMSC-Exos improved BBB scores in rats (SMD 1.89, 1.22 to 2.56; I² = 64%).", ("SMD", 1.89, 1.22, 2.56)),
    ("BMSC-Exos increased IL-10 (SMD 2.04, 1.32–2.76).", ("SMD", 2.04, 1.32, 2.76)),
    ("BMSC-Exos reduced lesion area (MD −18.6%, −23.1% to −14.1%).", ("MD", -18.6, -23.1, -14.1)),
    # after a semicolon
    ("BMSC-Exos reduced TNF-α (SMD -1.93; -2.55 to -1.31).", ("SMD", -1.93, -2.55, -1.31)),
])
def test_hedges_g_and_a_bare_range_after_the_estimate(text: str, expected: tuple[str, float, float, float]) -> None:
    [e] = effects_from_text(text)
    assert (e.measure, e.estimate, e.ci_low, e.ci_high) == expected


def test_an_angle_in_degrees_is_an_estimate_with_its_unit() -> None:
    [e] = _annotated_effects("BMSC-Exos raised the inclined plane angle (MD 7.41°, 95% CI 5.26 to 9.56).")
    assert (e.outcome.curie, e.measure, e.estimate, e.ci_low, e.ci_high) == ("exokg:inclined_plane", "MD", 7.41,
                                                                             5.26, 9.56)


@pytest.mark.parametrize("text", [
    "Engineered BMSC-Exos reduced lesion area more than native BMSC-Exos (SMD 2.87 vs 1.98; P for interaction = 0.02).",
    "BMSC-Exos improved BBB scores (SMD 1.2, 1.3, 1.4 in three strata).",
])
def test_estimates_without_an_interval_are_no_pooled_effects(text: str) -> None:
    assert effects_from_text(text) == []


def test_a_review_of_rats_and_mice_pools_rodents_and_each_scale_keeps_its_animals():
    text = ("Controlled studies that gave MSC-Exos to rodents with experimental SCI were eligible. Forty-seven studies "
            "(39 rat and 8 mouse studies) were included. MSC-Exos improved BBB scores (SMD 2.31, 95% CI 1.68 to "
            "2.94) and Basso Mouse Scale (BMS) scores (SMD 2.05, 95% CI 1.37 to 2.73). Treatment also reduced "
            "lesion area (SMD -1.92, 95% CI -2.48 to -1.36). MSC-Exos helped in rodent SCI.")
    effects = _by_outcome(text)
    lesion = effects["exokg:lesion_area"]
    assert lesion.population == "SCI rodents"
    assert lesion.organism is not None and lesion.organism.curie == "NCBITaxon:9989"
    assert (effects["exokg:BBB_score"].population, effects["exokg:BMS_score"].population) == ("SCI rats", "SCI mice")


def test_a_rat_review_that_cites_a_mouse_study_and_rodent_models_stays_a_rat_review():
    text = ("Rats received BMSC-Exos after SCI in all included studies; one cited report used mice, and the field "
            "mostly uses rodent models. BMSC-Exos raised BBB scores (SMD 2.1, 95% CI 1.2-3.0) in rats. The rats "
            "were Sprague-Dawley rats; the Basso Mouse Scale was not used in rats.")
    (effect,) = effects_from_text(text)
    assert effect.population == "SCI rats"


def test_the_one_model_a_review_names_in_its_methods_is_the_model_of_every_effect():
    text = ("Methods. SMDs were pooled using random-effects models. Results. In rats, BMSC-Exos raised BBB scores "
            "(SMD 2.1, 95% CI 1.2-3.0) after SCI.")
    (effect,) = effects_from_text(text)
    assert effect.model == "random"
    both = text.replace("random-effects models", "random-effects or fixed-effect models")
    (effect,) = effects_from_text(both)
    assert effect.model is None  # a document naming both says nothing of this one


def test_a_bare_g_opening_an_aside_is_hedges_g_and_grams_after_a_value_are_not():
    text = ("MSC-EVs improved BMS scores in mice (Hedges' g 1.76 [1.09, 2.43]) and lowered tumor necrosis factor-α "
            "(TNF-α; g −1.94 [−2.61, −1.27]) after SCI. Withdrawal thresholds were 9.6 ± 0.8 g (1.2, 3.4) in mice.")
    effects = _by_outcome(text)
    tnf = effects["HGNC:11892"]
    assert (tnf.measure, tnf.estimate, tnf.ci_low, tnf.ci_high) == ("SMD", -1.94, -2.61, -1.27)
    assert len(effects) == 2, effects


def test_an_effect_whose_sentence_names_no_treatment_is_the_treatment_named_last_in_its_paragraph():
    text = ("Extracellular vesicles (EVs) are studied widely; EVs, EVs and EVs were compared.\n\nIn rats, MSC-EVs "
            "improved BBB scores (MD = 3.27; 95% CI: 2.58–3.96). Relative lesion area was reduced (WMD −17.9% "
            "(95% CI −23.6 to −12.2)) after SCI.")
    effects = _by_outcome(text)
    assert effects["exokg:lesion_area"].intervention.curie == "exokg:MSC_Exo", effects


def test_subgroups_by_source_tissue_are_each_sources_vesicles_and_their_bracket_gives_k():
    text = ("MSC-EVs improved BBB scores versus controls (MD = 3.21, 95% CI 2.45 to 3.97; I² = 81%). Efficacy did not "
            "differ by MSC source: bone marrow (27 studies; MD 3.05, 95% CI 2.11 to 3.99), umbilical cord (15 studies; "
            "MD 3.62, 95% CI 2.30 to 4.94) and adipose tissue (7 studies; MD 2.74, 95% CI 1.28 to 4.20).")
    got = {(e.intervention.curie, e.outcome.curie, e.subgroup, e.estimate, e.k) for e in _annotated_effects(text)}
    assert got == {("exokg:MSC_Exo", "exokg:BBB_score", "", 3.21, None),
                   ("exokg:BMSC_Exo", "exokg:BBB_score", "bone marrow", 3.05, 27),
                   ("exokg:UCMSC_Exo", "exokg:BBB_score", "umbilical cord", 3.62, 15),
                   ("exokg:ADMSC_Exo", "exokg:BBB_score", "adipose tissue", 2.74, 7)}, got


def test_subgroups_named_before_a_bracket_holding_k_and_the_measures_name_are_each_read():
    text = ("MSC-EVs improved BBB scores versus controls (MD = 3.21, 95% CI 2.45 to 3.97). Effects were similar in rats "
            "(43 studies; weighted mean difference [WMD] 3.3 [2.5–4.2]) and mice (9 studies; WMD 2.6 [1.4–3.8]; "
            "P = 0.34), and for intravenous (34 studies; WMD 2.9 (2.1–3.7)) versus local (intrathecal or "
            "intralesional) delivery (18 studies; WMD 3.8 (2.6–5.0); P = 0.22).")
    got = {(e.subgroup, e.estimate, e.k) for e in _annotated_effects(text)}
    assert got == {("", 3.21, None), ("rats", 3.3, 43), ("mice", 2.6, 9), ("intravenous", 2.9, 34),
                   ("local (intrathecal or intralesional) delivery", 3.8, 18)}, got


def test_each_kind_of_vesicles_a_review_lists_is_its_own_subgroup_and_a_bare_result_shares_the_measure():
    text = ("Background: MSC exosomes are often engineered before use in SCI.\n\nResults: Compared with vehicle, native "
            "exosomes improved locomotor scores (SMD 2.14, 95% CI 1.71–2.57; I² = 68%), as did miRNA-loaded (SMD = "
            "3.02; 95% CI, 2.41 to 3.63), genetically modified (SMD 2.88 [2.12, 3.64]) and preconditioned exosomes "
            "(2.46, 1.83–3.09; I² = 59%). Engineered exosomes as a whole (SMD 2.79, 95% CI 2.41 to 3.17) exceeded "
            "native exosomes in rats.")
    got = {(e.intervention.curie, e.subgroup, e.measure, e.estimate, e.comparator) for e in _annotated_effects(text)}
    assert got == {("exokg:MSC_Exo", "native exosomes", "SMD", 2.14, "control"),
                   ("exokg:MSC_Exo", "miRNA-loaded exosomes", "SMD", 3.02, "control"),
                   ("exokg:MSC_Exo", "genetically modified exosomes", "SMD", 2.88, "control"),
                   ("exokg:MSC_Exo", "preconditioned exosomes", "SMD", 2.46, "control"),
                   ("exokg:MSC_Exo", "engineered exosomes", "SMD", 2.79, "control")}, got


def test_kinds_set_against_each_other_give_each_result_in_turn_and_a_head_to_head_result_their_comparison():
    text = ("Compared with vehicle, MSC-EVs improved BBB scores in rats (MD = 3.27; 95% CI: 2.58–3.96). Engineered EVs "
            "yielded a greater BBB improvement than native EVs (MD = 4.05; 95% CI: 3.12–4.98 vs MD = 2.71; 95% CI: "
            "1.93–3.49; P for subgroup difference = 0.03), but in the eight head-to-head studies the difference was "
            "smaller (MD = 1.38; 95% CI: 0.41–2.35). Engineered vesicles produced a larger locomotor effect than "
            "native vesicles (g = 2.05 [1.47–2.63] vs 1.21 [0.82–1.60]). In 38 studies with a direct native "
            "comparator, engineered exosomes conferred additional locomotor benefit (SMD = 1.12; 95% CI 0.84–1.40).")
    got = {(e.intervention.curie, e.outcome.curie, e.subgroup, e.estimate, e.k, e.comparator)
           for e in _annotated_effects(text)}
    assert got == {
        ("exokg:MSC_Exo", "exokg:BBB_score", "", 3.27, None, "control"),
        ("exokg:MSC_Exo", "exokg:BBB_score", "engineered EVs", 4.05, None, "control"),
        ("exokg:MSC_Exo", "exokg:BBB_score", "native EVs", 2.71, None, "control"),
        ("exokg:MSC_Exo", "exokg:BBB_score", "engineered EVs versus native EVs", 1.38, 8, "native EVs"),
        ("exokg:MSC_Exo", "exokg:motor_function", "engineered vesicles", 2.05, None, "control"),
        ("exokg:MSC_Exo", "exokg:motor_function", "native vesicles", 1.21, None, "control"),
        ("exokg:MSC_Exo", "exokg:motor_function", "engineered exosomes versus native exosomes", 1.12, 38,
         "native exosomes")}, got


def test_results_set_against_another_kind_after_them_and_the_next_sentence_going_on_are_that_comparison():
    # they had been read against control, the second of the list and the first of "They ..." dropped as duplicates
    text = ("Compared with vehicle, exosomes lowered cleaved caspase-3 (SMD = -2.16 [-2.79, -1.53]) and raised CD31+ "
            "microvessel density (SMD 1.88, 95% CI 1.21 to 2.55). Head to head, engineered exosomes reduced cleaved "
            "caspase-3 further (SMD −1.12, 95% CI −1.61 to −0.63), raised NF200 further (SMD 0.97, 95% CI 0.49 to "
            "1.45) and improved BBB scores more (MD = 1.38 [0.86, 1.90]) than native exosomes. They did not "
            "significantly improve CD31+ vessel density (SMD 0.41, 95% CI −0.08 to 0.90; P = 0.10).")
    versus = ("engineered exosomes versus native exosomes", "native exosomes")
    got = {(e.outcome.curie, e.estimate, e.subgroup, e.comparator) for e in _annotated_effects(text)}
    assert got == {("HGNC:1504", -2.16, "", "control"), ("exokg:microvessel_density", 1.88, "", "control"),
                   ("HGNC:1504", -1.12, *versus), ("HGNC:7737", 0.97, *versus), ("exokg:BBB_score", 1.38, *versus),
                   ("exokg:microvessel_density", 0.41, *versus)}, got


def test_a_review_of_direct_comparisons_sets_every_result_against_the_other_kind_without_a_subgroup():
    text = ("We searched for animal studies that directly compared modified MSC-Exos with native MSC-Exos after SCI "
            "in rats. Modified exosomes yielded higher BBB scores than native exosomes, MD 3.12 [2.05, 4.19], and "
            "lower lesion area (SMD -1.84; 95% CI -2.47 to -1.21). Modified exosomes also further reduced TNF-α "
            "(SMD -1.53 [-2.09, -0.97]).")
    got = {(e.outcome.curie, e.subgroup, e.estimate, e.comparator) for e in _annotated_effects(text)}
    assert got == {("exokg:BBB_score", "", 3.12, "native MSC-Exos"),
                   ("exokg:lesion_area", "", -1.84, "native MSC-Exos"),
                   ("HGNC:11892", "", -1.53, "native MSC-Exos")}, got


def test_plain_vesicles_of_a_review_naming_one_preparation_are_that_preparation():
    text = ("We included 24 studies of hUC-MSC exosomes in rats with SCI. For BBB score, the pooled MD was 2.57 points "
            "(1.89 to 3.25). Exosomes also increased the maximal angle on the inclined plane (WMD = 4.01, 95%CI "
            "[3.12, 4.90]).")
    assert {e.intervention.curie for e in _annotated_effects(text)} == {"exokg:UCMSC_Exo"}
    both = text.replace("in rats with SCI", "and BMSC-Exos in rats with SCI")
    assert "GO:0070062" in {e.intervention.curie for e in _annotated_effects(both)}  # two preparations: none


def test_the_count_of_studies_right_after_a_subgroups_effect_is_its_k():
    text = ("MSC-Exos improved BBB scores in rats (WMD 3.02, 95% CI 2.31 to 3.73). Effects did not differ by cell "
            "source: bone marrow (WMD 2.88, 95% CI 2.02–3.74; k = 30), umbilical cord (3.27, 2.05–4.49; k = 12) and "
            "adipose tissue (3.15, 1.47–4.83; k = 7).")
    got = {(e.subgroup, e.estimate, e.k) for e in _annotated_effects(text)}
    assert got == {("", 3.02, None), ("bone marrow", 2.88, 30), ("umbilical cord", 3.27, 12),
                   ("adipose tissue", 3.15, 7)}, got


def test_a_result_between_two_treatments_sets_the_first_against_the_second():
    text = ("MSC-EVs improved locomotor scores in rats (SMD 1.96, 95% CI 1.61 to 2.31). Lesion volume did not differ "
            "between EVs and cells (SMD −0.18, 95% CI −0.61 to 0.25), and the effect of EVs on motor-evoked potential "
            "amplitude was not significant (SMD 0.46, 95% CI −0.08 to 1.00; P = 0.09).")
    got = {(e.outcome.curie, e.subgroup, e.estimate, e.comparator) for e in _annotated_effects(text)}
    assert got == {("exokg:motor_function", "", 1.96, "control"),
                   ("exokg:lesion_volume", "EVs versus cells", -0.18, "cells"),
                   ("exokg:MEP", "", 0.46, "control")}, got
    # a control named is the usual comparison
    plain = {(e.subgroup, e.comparator) for e in _annotated_effects(
        "Lesion volume differed between exosome-treated and control rats (SMD −1.18, 95% CI −1.61 to −0.75).")}
    assert plain == {("", "control")}, plain


def test_a_bare_latency_after_motor_evoked_potentials_and_bladder_outcomes_are_their_own_outcomes():
    # the latency's effect had been read as one on MEP amplitude (replacing it), and voiding efficiency was unnamed
    text = ("This meta-analysis included 43 rodent studies of MSC exosomes. "
            "MEP amplitude increased (MD = 0.86 mV [0.59, 1.13]) and latency shortened (WMD: −1.26 ms; 95% CI: "
            "−1.63 to −0.89; I² = 69%; P < 0.001). Residual urine volume was reduced (SMD −1.67, 95% CI −2.31 to "
            "−1.03; I² = 58%) and voiding efficiency improved, with Hedges' g = 1.45 (95% CI 0.98–1.92).")
    got = {(e.outcome.curie, e.estimate) for e in _annotated_effects(text)}
    assert got == {("exokg:MEP", 0.86), ("exokg:MEP_latency", -1.26), ("exokg:residual_urine_volume", -1.67),
                   ("exokg:bladder_function", 1.45)}, got


def test_an_estimate_said_of_it_shares_the_measure_before_and_an_effects_own_bracket_holds_its_i2() -> None:
    # "it was 1.47 (95% CI: 1.02–1.92; ...)" had been no effect, and an I² inside the bracket an interval opened
    # had been left unbound
    text = ("Results: Overall, MSC-EVs improved locomotor scores, with an SMD of 1.92 (95% CI 1.44-2.40; I² = 84%). For rat "
            "studies reporting BBB, the pooled MD was 3.12 [2.41, 3.83], and for mouse studies reporting BMS scores it was "
            "1.47 (95% CI: 1.02–1.92; I² = 59%).")
    got = {(e.outcome.curie, e.measure, e.estimate, e.ci_low, e.ci_high, e.i2) for e in _annotated_effects(text)}
    assert ("exokg:BMS_score", "MD", 1.47, 1.02, 1.92, 59.0) in got, got
    assert ("exokg:motor_function", "SMD", 1.92, 1.44, 2.40, 84.0) in got, got


def test_subgroups_naming_no_outcome_take_the_outcome_of_the_effect_in_their_measure_before() -> None:
    # the sentence right before names two outcomes in another measure; the source subgroups had been dropped
    text = ("Results: Overall, MSC-EVs improved final locomotor scores (SMD 1.84, 95% CI 1.32 to 2.36). For rat "
            "studies reporting BBB scores, the pooled MD was 3.12 [2.41, 3.83], and for mouse studies reporting BMS "
            "scores it was 1.47 (95% CI: 1.02–1.92). Effects were similar across MSC sources: bone marrow (SMD = "
            "1.91; 95% CI, 1.22–2.60) and umbilical cord (SMD = 1.78; 95% CI, 1.05–2.51).")
    got = {(e.outcome.curie, e.subgroup, e.estimate) for e in _annotated_effects(text) if e.subgroup}
    assert got == {("exokg:motor_function", "bone marrow", 1.91), ("exokg:motor_function", "umbilical cord", 1.78)}


def test_a_bare_estimate_after_a_semicolon_shares_the_measure_of_the_effect_before_it():
    # "(−2.34; 95% CI, …)" and "(−2.72; −3.49 to −1.95)" had been dropped
    text = ("Standardized mean differences were pooled using random-effects models. Compared with vehicle, MSC-Exos "
            "reduced TNF-α (SMD −2.86, 95% CI −3.52 to −2.20; I² = 79%) and IL-6 (−2.34; 95% CI, −3.05 to −1.63). "
            "Apoptosis markers were similarly improved: Bax (SMD −2.47, 95% CI −3.21 to −1.73) and cleaved caspase-3 "
            "(−2.72; −3.49 to −1.95).")
    got = {(e.outcome.curie, e.measure, e.estimate, e.ci_low, e.ci_high) for e in _annotated_effects(text)}
    assert {("HGNC:6018", "SMD", -2.34, -3.05, -1.63), ("HGNC:1504", "SMD", -2.72, -3.49, -1.95)} <= got, got
