"""Begg's rank correlation test and fail-safe N against R metafor's own test assertions.

Expected values are metafor's testthat assertions (wviechtb/metafor, tests/testthat/test_misc_fsn.r
and tests/testthat/test_misc_pub_bias.r): fail-safe numbers are whole and asserted exactly; the
rank test's tau exactly and its p-value to the 4 decimals asserted.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from kg.errors import InputError
from metaanalysis.analyses import fail_safe_n, rank_correlation_test

FIXTURES = Path(__file__).parent / "fixtures"


def _data(name: str) -> tuple[np.ndarray, np.ndarray]:
    table = pd.read_csv(FIXTURES / name)
    return table["yi"].to_numpy(), table["vi"].to_numpy()


# (dataset, fsn() call, expected fsnum) as asserted by metafor
FSN_CASES = [
    ("raudenbush1985.csv", dict(method="rosenthal"), 26),
    ("raudenbush1985.csv", dict(method="orwin", target=0.05), 44),
    ("raudenbush1985.csv", dict(method="orwin", target=0.05, weighted=True), 4),
    ("raudenbush1985.csv", dict(method="rosenberg"), 0),
    ("hackshaw1998.csv", dict(method="rosenthal"), 393),
    ("hackshaw1998.csv", dict(method="orwin", target=0.049), 186),
    ("hackshaw1998.csv", dict(method="orwin", target=0.049, weighted=True), 104),
    ("hackshaw1998.csv", dict(method="rosenberg"), 202),
]


@pytest.mark.parametrize(("dataset", "call", "expected"), FSN_CASES,
                         ids=[f"{d.split('.')[0]}-{c['method']}{'-weighted' if c.get('weighted') else ''}"
                              for d, c, _ in FSN_CASES])
def test_fail_safe_n_matches_metafor(dataset: str, call: dict, expected: int) -> None:
    yi, vi = _data(dataset)
    if call["method"] == "orwin" and not call.get("weighted"):
        vi = None  # metafor's unweighted Orwin is called without variances
    assert fail_safe_n(yi, vi, **call).n == expected


def test_rank_correlation_test_matches_metafor_on_egger2001() -> None:
    yi, vi = _data("egger2001.csv")  # all 16 trials, as metafor's ranktest(rma(...)) test uses them
    result = rank_correlation_test(yi, vi)
    assert result.tau == pytest.approx(0.15, abs=1e-12)
    assert round(result.p, 4) == 0.4503
    assert result.exact and result.k == 16


def test_rank_correlation_test_with_tied_variances_uses_the_normal_approximation() -> None:
    yi = [0.1, 0.5, 0.3, 0.9, 0.2, 0.7]
    vi = [0.04, 0.04, 0.09, 0.09, 0.16, 0.25]
    result = rank_correlation_test(yi, vi)
    assert not result.exact
    assert 0 <= result.p <= 1 and -1 <= result.tau <= 1


def test_rosenthal_reports_its_tolerance_and_one_tailed_combined_p() -> None:
    yi, vi = _data("hackshaw1998.csv")
    result = fail_safe_n(yi, vi)
    assert result.tolerance == 5 * 37 + 10
    z = yi / np.sqrt(vi)
    assert result.p == pytest.approx(0.5 * math.erfc(abs(z.sum()) / math.sqrt(len(z)) / math.sqrt(2)))
    assert result.to_dict()["tolerance"] == 195


def test_orwin_default_target_is_half_the_mean_and_flips_to_the_means_side() -> None:
    yi = [-0.4, -0.6, -0.2, -0.8]
    half = fail_safe_n(yi, method="orwin")
    assert half.target == pytest.approx(-0.25) and half.n == 4  # k (mean - target) / target = 4
    assert fail_safe_n(yi, method="orwin", target=0.25).target == pytest.approx(-0.25)


def test_counts_within_rounding_of_a_whole_number_are_not_rounded_up() -> None:
    # Orwin: 3 * (0.1 - 0.05) / 0.05 is 3.000000000000001 in floating point, and 3 studies
    assert fail_safe_n([0.1, 0.1, 0.1], method="orwin", target=0.05).n == 3
    assert fail_safe_n([0.1, 0.1, 0.1], method="orwin", target=0.049).n == 4  # 3.12...: rounded up


@pytest.mark.parametrize(("call", "message"), [
    (lambda: fail_safe_n([0.1, 0.2], None), "needs the sampling variances"),
    (lambda: fail_safe_n([0.1, 0.2], [0.1, 0.2], method="gleser"), "unknown fail-safe N method"),
    (lambda: fail_safe_n([0.1, 0.2], [0.1, 0.0]), "positive"),
    (lambda: fail_safe_n([0.1, 0.2], method="orwin", target=0), "must not be 0"),
    (lambda: fail_safe_n([0.1, 0.2], [0.1, 0.2], alpha=1.5), "alpha"),
    (lambda: rank_correlation_test([0.1, 0.2], [0.1, 0.2]), "at least 3 studies"),
    (lambda: rank_correlation_test([0.1, 0.2, float("nan")], [0.1, 0.2, 0.3]), "finite"),
])
def test_bad_input_names_the_problem(call, message: str) -> None:
    with pytest.raises(InputError, match=message):
        call()
