"""Effect-size conventions and the cases the reference set does not reach: k = 1, zero
variances, identical effects, collinear moderators, options."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats

from kg.errors import InputError
from metaanalysis.analyses import cumulative, design_matrix, egger_test, subgroup_analysis, trim_and_fill
from metaanalysis.core import METHODS, hedges_j, mean_difference, rma, standardized_mean_difference


def test_hedges_j_exact_values():
    # J(m) = Γ(m/2) / (√(m/2) Γ((m-1)/2)): m = 2 gives 1/√π, m = 3 gives (√π/2)/√1.5
    assert hedges_j(2.0) == pytest.approx(1 / math.sqrt(math.pi), rel=1e-12)
    assert hedges_j(3.0) == pytest.approx(math.sqrt(math.pi) / 2 / math.sqrt(1.5), rel=1e-12)
    # Hedges (1981) tabulates J(10) = 0.9227; the approximation 1 - 3/(4m - 1) is within 1e-4 from m = 20 on
    assert hedges_j(10.0) == pytest.approx(0.9227, abs=1e-4)
    for m in (20, 50):
        assert hedges_j(float(m)) == pytest.approx(1 - 3 / (4 * m - 1), abs=1e-4)


def test_smd_conventions():
    # n1 = n2 = 10, means differ by 1, both SDs 1: d = 1
    g_mf, v_mf = standardized_mean_difference([10], [1], [1], [10], [0], [1])
    g_rm, v_rm = standardized_mean_difference([10], [1], [1], [10], [0], [1], convention="revman")
    assert g_mf[0] == pytest.approx(hedges_j(18.0), rel=1e-12)
    assert v_mf[0] == pytest.approx(0.2 + g_mf[0] ** 2 / 40, rel=1e-12)
    assert g_rm[0] == pytest.approx(1 - 3 / 71, rel=1e-12)  # J = 1 - 3/(4N - 9), N = 20
    assert v_rm[0] == pytest.approx(0.2 + g_rm[0] ** 2 / (2 * (20 - 3.94)), rel=1e-12)
    with pytest.raises(InputError, match="unknown SMD convention"):
        standardized_mean_difference([10], [1], [1], [10], [0], [1], convention="cohen")


def test_md_pooled_and_unpooled_variances():
    y, v = mean_difference([10], [5], [1], [20], [3], [2])
    assert (y[0], v[0]) == (2.0, pytest.approx(1 / 10 + 4 / 20))
    _, vp = mean_difference([10], [5], [1], [20], [3], [2], pooled_sd=True)
    sp2 = (9 * 1 + 19 * 4) / 28
    assert vp[0] == pytest.approx(sp2 * (1 / 10 + 1 / 20))


@pytest.mark.parametrize("method", METHODS)
def test_single_study_is_its_own_estimate(method):
    fit = rma([0.4], [0.04], method=method, test="knha")
    assert fit.estimate == pytest.approx(0.4) and fit.se[0] == pytest.approx(0.2)
    assert (fit.tau2, fit.q, fit.q_df, fit.i2, fit.h2, fit.tau2_ci) == (0.0, 0.0, 0, 0.0, 1.0, None)
    assert fit.test == "z" and any("Knapp-Hartung needs k > p" in n for n in fit.notes)
    lo = 0.4 - stats.norm.ppf(0.975) * 0.2
    assert fit.ci_lb[0] == pytest.approx(lo)


@pytest.mark.parametrize("bad", [0.0, -0.1, float("nan")])
def test_non_positive_or_missing_variance_is_an_input_error(bad):
    with pytest.raises(InputError, match="study B: sampling variance must be a positive number"):
        rma([0.1, 0.2], [0.1, bad], labels=["A", "B"])


def test_identical_effects():
    fit = rma([0.3] * 4, [0.1, 0.2, 0.1, 0.3], method="REML", test="knha")
    assert fit.tau2 == 0.0 and fit.q == pytest.approx(0.0, abs=1e-20)
    assert fit.i2 == 0.0 and fit.i2_q == 0.0
    assert fit.estimate == pytest.approx(0.3)
    # not metafor's zero-width interval: the unscaled variance with t(k - 1)
    assert fit.s2w == 1.0 and any("Knapp-Hartung scale set to 1" in n for n in fit.notes)
    plain = rma([0.3] * 4, [0.1, 0.2, 0.1, 0.3], method="REML")
    assert fit.se[0] == pytest.approx(plain.se[0]) and fit.ci_ub[0] > plain.ci_ub[0]


def test_collinear_or_constant_moderators_are_rejected():
    with pytest.raises(InputError, match="not of full rank"):
        rma([0.1, 0.2, 0.3], [0.1] * 3, mods=np.array([1.0, 1.0, 1.0]))
    with pytest.raises(InputError, match="single level"):
        design_matrix({"route": ["iv", "iv", "iv"]})


def test_prediction_interval_conventions():
    y = [0.1, 0.5, 0.3, 0.9, -0.2, 0.4]
    v = [0.02, 0.05, 0.03, 0.04, 0.06, 0.02]
    z = rma(y, v, method="DL")
    t = rma(y, v, method="DL", pi_dist="t")
    half_z = stats.norm.ppf(0.975) * math.sqrt(z.se[0] ** 2 + z.tau2)
    half_t = stats.t.ppf(0.975, len(y) - 2) * math.sqrt(z.se[0] ** 2 + z.tau2)
    assert (z.pi_lb, z.pi_ub) == (pytest.approx(z.estimate - half_z), pytest.approx(z.estimate + half_z))
    assert (t.pi_lb, t.pi_ub) == (pytest.approx(z.estimate - half_t), pytest.approx(z.estimate + half_t))
    narrow = rma(y, v, method="DL", level=90)
    assert narrow.ci_ub[0] - narrow.ci_lb[0] < z.ci_ub[0] - z.ci_lb[0]


def test_fixed_effect_equals_weighted_mean_and_i2_conventions_coincide_for_dl():
    y = np.array([0.1, 0.5, 0.3, 0.9, -0.2])
    v = np.array([0.02, 0.05, 0.03, 0.04, 0.06])
    fe = rma(y, v, method="FE")
    assert fe.estimate == pytest.approx(np.sum(y / v) / np.sum(1 / v))
    dl = rma(y, v, method="DL")
    assert dl.i2 == pytest.approx(dl.i2_q) and dl.h2 == pytest.approx(dl.h2_q)


def test_sj_and_ml_are_non_negative_and_ordered_sensibly():
    y = [0.1, 0.5, 0.3, 0.9, -0.2, 0.4]
    v = [0.02, 0.05, 0.03, 0.04, 0.06, 0.02]
    ml, reml, sj = (rma(y, v, method=m).tau2 for m in ("ML", "REML", "SJ"))
    assert 0 <= ml <= reml and sj > 0


def test_small_k_guards():
    with pytest.raises(InputError, match="at least 3 studies"):
        egger_test([0.1, 0.2], [0.1, 0.1])
    with pytest.raises(InputError, match="at least 3 studies"):
        trim_and_fill([0.1, 0.2], [0.1, 0.1])
    with pytest.raises(InputError, match="single level"):
        subgroup_analysis([0.1, 0.2, 0.3], [0.1] * 3, ["a", "a", "a"])
    with pytest.raises(InputError, match="numeric ordering column"):
        cumulative([0.1, 0.2], [0.1, 0.1], ["x", "y"])
    with pytest.raises(InputError, match="unknown method"):
        rma([0.1, 0.2], [0.1, 0.1], method="XX")


def test_cumulative_orders_by_year_and_ends_with_the_full_model():
    y = [0.1, 0.5, 0.3]
    v = [0.02, 0.05, 0.03]
    steps = cumulative(y, v, [2003, 2001, 2002], method="DL", labels=["a", "b", "c"])
    assert [lab for lab, _ in steps] == ["b", "c", "a"]
    assert steps[0][1].estimate == pytest.approx(0.5)
    assert steps[-1][1].estimate == pytest.approx(rma(y, v, method="DL").estimate)
