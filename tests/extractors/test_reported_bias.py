"""Publication-bias checks read from meta-analysis text and attached to the pooled effects they judge."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.entities import default_annotator
from extractors.readers.text import read_text
from extractors.reported_bias import BiasReading, verdict
from extractors.reported_effects import attach_bias, extract_effects
from kg.model import BiasAssessment, Document, PooledEffect, Ref

ROOT = Path(__file__).resolve().parents[2]
YE2024 = ROOT / "data" / "corpus" / "ye2024_bmsc_exo_meta.txt"

# Two pooled effects every case below may speak of.
RESULTS = ("MSC-Exos improved BBB scores (SMD 2.45, 95% CI 1.80 to 3.10; 15 studies) and reduced TNF-α levels "
           "(SMD -3.12, 95% CI -3.57 to -2.67; 12 studies). ")
BBB, TNF = "BBB", "TNF"


def effects_from_text(text: str) -> list[PooledEffect]:
    """Pooled effects as a build reads them (entity layer first)."""
    return extract_effects(default_annotator().annotate(Document(id="t", text=text)))


def _checks(text: str, *, opening: str = "") -> dict[str, list[tuple]]:
    """outcome (BBB/TNF) -> [(method, asymmetry, p, statistic, filled, adjusted estimate, CI)] of
    ``opening + RESULTS + text``"""
    out: dict[str, list[tuple]] = {}
    for e in effects_from_text(opening + RESULTS + text):
        key = BBB if "BBB" in e.outcome.label else TNF if "TNF" in e.outcome.label else e.outcome.label
        out[key] = [(b.method, b.asymmetry, b.p_value, b.statistic, b.filled, b.adjusted_estimate,
                     (b.adjusted_ci_low, b.adjusted_ci_high) if b.adjusted_ci_low is not None else None)
                    for b in e.bias]
    return {k: v for k, v in out.items() if v}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Begg's test (p = 0.36) and Egger's test (p = 0.12) did not suggest publication bias for BBB score.",
     {BBB: [("egger", False, 0.12, None, None, None, None), ("begg", False, 0.36, None, None, None, None)]}),
    ("Egger's test indicated significant publication bias for BBB score (t = 3.02, p = 0.006).",
     {BBB: [("egger", True, 0.006, 3.02, None, None, None)]}),
    ("The funnel plot of BBB scores was visually symmetrical.",
     {BBB: [("funnel_plot", False, None, None, None, None, None)]}),
    ("No significant publication bias was found for TNF-α (Egger's p = 0.21; Begg's p = 0.35).",
     {TNF: [("egger", False, 0.21, None, None, None, None), ("begg", False, 0.35, None, None, None, None)]}),
    ("Egger's test showed significant bias for BBB score (p = 0.01) but not for TNF-α (p = 0.45).",
     {BBB: [("egger", True, 0.01, None, None, None, None)], TNF: [("egger", False, 0.45, None, None, None, None)]}),
    ("Egger's test showed publication bias for BBB score, but not for TNF-α.",
     {BBB: [("egger", True, None, None, None, None, None)], TNF: [("egger", False, None, None, None, None, None)]}),
    ("Funnel plots for BBB score appeared asymmetrical, and Egger's test confirmed publication bias (P < 0.001).",
     {BBB: [("egger", True, None, None, None, None, None), ("funnel_plot", True, None, None, None, None, None)]}),
    ("Egger's test for BBB score: p = 0.04.",  # no verdict in words: the p-value decides
     {BBB: [("egger", True, 0.04, None, None, None, None)]}),
    ("Egger's test for TNF-α: p = 0.31.",
     {TNF: [("egger", False, 0.31, None, None, None, None)]}),
    ("Egger's test revealed no evidence of small-study effects for TNF-α (p = 0.48).",
     {TNF: [("egger", False, 0.48, None, None, None, None)]}),
    ("Publication bias may exist for TNF-α (Egger's test P = 0.03).",
     {TNF: [("egger", True, 0.03, None, None, None, None)]}),
    ("The trim-and-fill method added no studies for BBB score, indicating that the result was robust.",
     {BBB: [("trim_and_fill", False, None, None, 0, None, None)]}),
    ("Trim-and-fill analysis for BBB score imputed three missing studies; the adjusted SMD was 1.95 "
     "(95% CI 1.30 to 2.60), and the conclusion did not change.",
     {BBB: [("trim_and_fill", True, None, None, 3, 1.95, (1.30, 2.60))]}),
    ("The Egger test showed that there was publication bias in the BBB score (P = 0.000).",  # printed as 0.000
     {BBB: [("egger", True, None, None, None, None, None)]}),
    ("There was no evidence of publication bias for the BBB score according to Egger's test (P = 0.152) or "
     "Begg's test (P = 0.213).",
     {BBB: [("egger", False, 0.152, None, None, None, None), ("begg", False, 0.213, None, None, None, None)]}),
    ("Egger's test (p = 0.004) indicated publication bias for BBB score; after adjustment with the trim-and-fill "
     "method, the pooled SMD was 1.75 (95% CI: 1.21, 2.29).",
     {BBB: [("egger", True, 0.004, None, None, None, None), ("trim_and_fill", None, None, None, None, 1.75,
                                                             (1.21, 2.29))]}),
    ("No significant publication bias was detected for BBB score (p = 0.27).",  # no method named
     {BBB: [("unspecified", False, 0.27, None, None, None, None)]}),
])
def test_bias_checks_are_read_with_their_finding_and_numbers(sentence: str, expected: dict) -> None:
    assert _checks(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Publication bias was assessed with funnel plots and Egger's test; P < 0.05 was considered significant.",
    "Egger's regression test was used to detect publication bias in BBB scores.",
    "Funnel plots and Egger's test were planned to assess publication bias when at least 10 studies reported "
    "BBB score.",
    "Publication bias can distort pooled estimates of BBB score.",  # no check, no finding
    "The risk of selection bias was high in most studies reporting BBB score.",  # not publication bias
])
def test_what_a_method_will_do_is_no_finding(sentence: str) -> None:
    assert _checks(sentence) == {}


def test_a_check_in_a_methods_section_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "paper.md"
    path.write_text("# Methods\n\nEgger's test was applied to BBB score (p < 0.10 indicating asymmetry).\n\n"
                    "# Results\n\n" + RESULTS + "\n", encoding="utf-8")
    effects = extract_effects(default_annotator().annotate(read_text(path, doc_id="m")))
    assert len(effects) == 2 and all(not e.bias for e in effects)


def test_a_check_after_an_abstracts_methods_label_is_not_read() -> None:
    opening = "Methods: Egger's test was applied to BBB score (p < 0.10 indicating asymmetry). Results: "
    assert _checks("Egger's test showed no publication bias for TNF-α (p = 0.40).", opening=opening) == {
        TNF: [("egger", False, 0.40, None, None, None, None)]}


def test_the_finding_of_the_next_sentence_takes_the_outcome_named_before_it() -> None:
    """Ye et al. (2024), 3.4.5: the outcome is named in the sentence before the finding."""
    effects = extract_effects(default_annotator().annotate(read_text(YE2024, doc_id="ye2024")))
    judged = [e for e in effects if e.bias]
    assert [(e.outcome.label, e.measure, e.estimate) for e in judged] == [("BBB locomotor score", "WMD", 3.47)]
    (check,) = judged[0].bias
    assert (check.method, check.asymmetry, check.source) == ("funnel_plot", True, "reported")
    assert check.evidence is not None and check.evidence.sentence.startswith(
        "The results indicated that the funnel plot was asymmetric")
    assert check.evidence.section == "3.4.5 Publication bias detection"


def test_trim_and_fill_adjusted_estimate_is_no_pooled_effect_of_its_own() -> None:
    text = ("MSC-Exos improved BBB scores (SMD 2.45, 95% CI 1.80 to 3.10; 15 studies). After trim-and-fill, the "
            "adjusted SMD for BBB score was 1.62 (95% CI 0.95 to 2.29) with five studies imputed.")
    (effect,) = effects_from_text(text)
    assert (effect.estimate, effect.k) == (2.45, 15)
    (check,) = effect.bias
    assert (check.method, check.filled, check.adjusted_estimate, check.adjusted_ci_low, check.adjusted_ci_high,
            check.asymmetry) == ("trim_and_fill", 5, 1.62, 0.95, 2.29, True)


def test_a_check_naming_no_outcome_goes_to_the_only_outcome_and_not_to_one_of_several() -> None:
    one = effects_from_text("MSC-Exos improved BBB scores (SMD 2.45, 95% CI 1.80 to 3.10). "
                            "Egger's test showed no publication bias (p = 0.42).")
    assert [(b.method, b.asymmetry) for e in one for b in e.bias] == [("egger", False)]
    two = effects_from_text(RESULTS + "Egger's test showed no publication bias (p = 0.42).")
    assert all(not e.bias for e in two)


def test_the_check_goes_to_the_overall_effect_not_to_its_subgroups() -> None:
    text = ("MSC-Exos improved BBB scores (SMD 2.45, 95% CI 1.80 to 3.10; 15 studies). In the subgroup of rats "
            "receiving 100 μg, BBB scores improved (SMD 1.90, 95% CI 1.10 to 2.70). "
            "Egger's test indicated publication bias for BBB score (p = 0.02).")
    effects = effects_from_text(text)
    assert {(e.subgroup, len(e.bias)) for e in effects} == {("", 1), ("rats receiving 100 μg", 0)}


def test_the_fuller_reading_of_one_check_wins() -> None:
    iv = Ref("exokg", "msc_exosome", "MSC exosome")
    outcome = Ref("exokg", "bbb_score", "BBB score")
    effect = PooledEffect("SMD", 2.0, 1.0, 3.0, iv, outcome)
    bare = BiasAssessment("egger", asymmetry=True)
    full = BiasAssessment("egger", asymmetry=True, statistic=2.9, p_value=0.01)
    funnel = BiasAssessment("funnel_plot", asymmetry=True)
    (out,) = attach_bias([effect], [BiasReading((outcome.curie,), bare), BiasReading((), funnel),
                                    BiasReading((outcome.curie,), full)])
    assert out.bias == (full, funnel)  # methods in a fixed order
    assert out.id == effect.id  # a bias check never renames the effect


@pytest.mark.parametrize(("clause", "expected"), [
    ("the funnel plot was asymmetric", True),
    ("the funnel plot was symmetric", False),
    ("Egger's test did not indicate the presence of publication bias", False),
    ("suggesting the potential presence of publication bias", True),
    ("publication bias was unlikely", False),
    ("publication bias was detected", True),
    ("neither Begg's nor Egger's test indicated publication bias", False),
    ("Egger's test was performed", None),
])
def test_verdict_words(clause: str, expected: bool | None) -> None:
    assert verdict(clause) is expected


def test_unknown_method_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown bias assessment method 'selection_model'"):
        BiasAssessment("selection_model")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The fail-safe N for BBB score was 1,245, far above 5k + 10 (85), indicating that the result was robust.",
     {BBB: [("fail_safe_n", None, 1245)]}),
    ("Rosenthal's fail-safe N of 312 for TNF-α suggested that publication bias was unlikely.",
     {TNF: [("fail_safe_n", False, 312)]}),
    ("Egger's test (p = 0.12) and a fail-safe number of 87 indicated no publication bias for BBB score.",
     {BBB: [("egger", False, 0.12), ("fail_safe_n", False, 87)]}),
    ("For TNF-α, Nfs = 56.", {TNF: [("fail_safe_n", None, 56)]}),
    ("The fail-safe N analysis of BBB score showed that 245 unpublished null studies would be needed to overturn "
     "the result.", {BBB: [("fail_safe_n", None, 245)]}),
])
def test_a_reported_fail_safe_n_is_read_with_its_count(sentence: str, expected: dict) -> None:
    found = {}
    for e in effects_from_text(RESULTS + sentence):
        key = BBB if "BBB" in e.outcome.label else TNF
        rows = [(b.method, b.asymmetry, b.fail_safe_n if b.method == "fail_safe_n" else b.p_value) for b in e.bias]
        if rows:
            found[key] = rows
    assert found == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The fail-safe N for BBB score and TNF-α were 245 and 312, respectively.",
     {BBB: [("fail_safe_n", None, 245)], TNF: [("fail_safe_n", None, 312)]}),
    ("Rosenthal's fail-safe N was 1,245 for BBB score and 312 for TNF-α, both exceeding 5k + 10 (70), so "
     "publication bias was unlikely.",
     {BBB: [("fail_safe_n", False, 1245)], TNF: [("fail_safe_n", False, 312)]}),
    ("Fail-safe numbers of 245 (BBB score) and 312 (TNF-α) [21, 22] indicated robust results.",
     {BBB: [("fail_safe_n", None, 245)], TNF: [("fail_safe_n", None, 312)]}),
    # one count is said of every outcome the clause names
    ("The fail-safe N for BBB score and TNF-α was 1,245.",
     {BBB: [("fail_safe_n", None, 1245)], TNF: [("fail_safe_n", None, 1245)]}),
    # counts that do not pair with the outcomes give the finding only
    ("The fail-safe N values of 245, 312 and 87 for BBB score and TNF-α indicated no publication bias.",
     {BBB: [("fail_safe_n", False, None)], TNF: [("fail_safe_n", False, None)]}),
])
def test_each_outcome_gets_its_own_fail_safe_n(sentence: str, expected: dict) -> None:
    found = {}
    for e in effects_from_text(RESULTS + sentence):
        key = BBB if "BBB" in e.outcome.label else TNF
        rows = [(b.method, b.asymmetry, b.fail_safe_n) for b in e.bias]
        if rows:
            found[key] = rows
    assert found == expected


@pytest.mark.parametrize("sentence", [
    "Rosenthal's fail-safe N was calculated to assess the robustness of BBB score.",
    "The fail-safe N for BBB score exceeded Rosenthal's threshold of 5k + 10.",  # no count of its own
    "The fail-safe N for BBB score exceeded the tolerance level of 85.",
])
def test_a_fail_safe_n_without_a_count_or_finding_is_not_read(sentence: str) -> None:
    assert _checks(sentence) == {}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Funnel plots for BBB score appeared asymmetrical, and Egger's test confirmed publication bias (P < 0.001).",
     {"egger": (True, None, 0.001), "funnel_plot": (True, None, None)}),
    ("Egger's test showed publication bias for BBB score (p < 0.05).", {"egger": (True, None, 0.05)}),
    ("Egger's test for BBB score: p = 0.04.", {"egger": (True, 0.04, None)}),
    ("Egger's test showed no publication bias for BBB score (p > 0.05).", {"egger": (False, None, None)}),
])
def test_a_p_value_printed_as_a_bound_is_kept_as_the_bound(sentence: str, expected: dict) -> None:
    (bbb,) = [e for e in effects_from_text(RESULTS + sentence) if "BBB" in e.outcome.label]
    assert {b.method: (b.asymmetry, b.p_value, b.p_value_below) for b in bbb.bias} == expected
    egger = next(b for b in bbb.bias if b.method == "egger")
    assert BiasAssessment.from_dict(egger.to_dict()) == egger
    if egger.p_value_below is not None:
        assert f"p < {egger.p_value_below:.3g}" in egger.summary()


def test_a_check_naming_no_outcome_goes_to_the_outcome_the_others_measure() -> None:
    text = ("MSC-EVs improved BBB scores (57 studies; MD 4.21, 95% CI 3.62-4.80) and BMS scores (14 studies; MD 1.93, "
            "95% CI 1.41-2.45); across both scales, the pooled SMD was 2.64 (95% CI 2.27-3.01). Funnel plot "
            "asymmetry was evident (Egger's test P < 0.001); trim-and-fill imputed 19 studies and reduced the pooled "
            "SMD to 1.82 (95% CI 1.43-2.21).")
    effects = {e.outcome.curie: e for e in effects_from_text(text)}
    assert set(effects) == {"exokg:BBB_score", "exokg:BMS_score", "exokg:motor_function"}, effects
    assert not effects["exokg:BBB_score"].bias and not effects["exokg:BMS_score"].bias
    checks = {b.method: b for b in effects["exokg:motor_function"].bias}
    assert set(checks) == {"egger", "funnel_plot", "trim_and_fill"}, checks
    filled = checks["trim_and_fill"]
    assert (filled.filled, filled.adjusted_estimate, filled.adjusted_ci_low, filled.adjusted_ci_high) == (
        19, 1.82, 1.43, 2.21)


def test_a_check_naming_no_outcome_goes_to_the_one_effect_its_adjusted_estimate_fits() -> None:
    # beside an SMD on locomotor scores, an MD on BBB scores and a negative SMD on lesion volume, the sentence's
    # "SMD 1.19" can only adjust the first; the checks had sat on no effect
    text = ("Overall, MSC-EVs improved final locomotor scores (SMD 1.84, 95% CI 1.32 to 2.36; I² = 81%). For rat "
            "studies reporting BBB, the pooled MD was 3.12 [2.41, 3.83]. Lesion volume was also reduced (SMD −1.63, "
            "95% CI −2.18 to −1.08). Egger's test indicated small-study effects (P = 0.002); trim-and-fill imputed 14 "
            "studies and attenuated the pooled estimate to SMD 1.19 (95% CI 0.64 to 1.74).")
    effects = {e.outcome.curie: e for e in effects_from_text(text)}
    assert set(effects) == {"exokg:motor_function", "exokg:BBB_score", "exokg:lesion_volume"}, effects
    assert not effects["exokg:BBB_score"].bias and not effects["exokg:lesion_volume"].bias
    checks = {b.method: b for b in effects["exokg:motor_function"].bias}
    assert set(checks) == {"egger", "trim_and_fill"}, checks
    assert (checks["trim_and_fill"].filled, checks["trim_and_fill"].adjusted_estimate) == (14, 1.19)
    assert checks["egger"].p_value == 0.002


def test_one_tests_p_values_pair_with_its_outcomes_respectively() -> None:
    # both outcomes had taken the first p-value, and "TUNEL" named no outcome
    checks = _checks("Funnel plots were asymmetric for TNF-α and BBB scores (Egger's P = 0.002 and 0.011, "
                     "respectively).")
    assert ("egger", True, 0.002, None, None, None, None) in checks[TNF], checks
    assert ("egger", True, 0.011, None, None, None, None) in checks[BBB], checks
    (tunel,) = [e for e in effects_from_text(
        "MSC-Exos reduced TNF-α (SMD -2.86, 95% CI -3.52 to -2.20) and TUNEL-positive cells (SMD -3.04, 95% CI -3.86 "
        "to -2.22). Funnel plots were asymmetric for TNF-α and TUNEL (Egger's P = 0.002 and 0.011, respectively).")
        if e.estimate == -3.04]
    assert [(b.method, b.p_value) for b in tunel.bias if b.method == "egger"] == [("egger", 0.011)]


def test_trim_and_fill_naming_the_outcome_of_the_estimate_it_moved() -> None:
    # "the TNF-α estimate" had kept the adjusted estimate from being read
    checks = _checks("Trim-and-fill imputed seven missing studies and attenuated the TNF-α estimate to -1.97 (95% CI "
                     "-2.71 to -1.23), which remained significant.")
    assert checks[TNF] == [("trim_and_fill", True, None, None, 7, -1.97, (-2.71, -1.23))], checks
