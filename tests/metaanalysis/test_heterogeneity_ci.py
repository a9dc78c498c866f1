"""Q-profile confidence interval for τ² (and I², H²) against metafor's confint()."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from metaanalysis.core import generalised_q, rma

FIXTURES = Path(__file__).parent / "fixtures"
REFERENCE = json.loads((FIXTURES / "qprofile_metafor.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", REFERENCE["analyses"], ids=lambda c: c["name"])
def test_q_profile_matches_metafor(case):
    d = pd.read_csv(FIXTURES / "bcg.csv")
    mods = d[case["mods"]].to_numpy() if case["mods"] else None
    out = rma(d.yi, d.vi, mods=mods, method="REML").to_dict()
    exp = case["expected"]
    got = {"tau2": [out["tau2"], *out["tau2_ci"]], "tau": [out["tau"], *out["tau_ci"]],
           "I2": [out["I2"], *out["I2_ci"]], "H2": [out["H2"], *out["H2_ci"]]}
    # uniroot's tolerance (1.2e-4 in tau2) bounds how closely metafor located the limits
    tol = {"tau2": 2e-4, "tau": 3e-4, "I2": 0.02, "H2": 0.01}
    for key, values in exp.items():
        for g, e in zip(got[key], values, strict=True):
            assert abs(g - e) <= max(tol[key], 2e-4 * abs(e)), (key, g, e)


def test_q_profile_bounds_solve_the_defining_equations():
    d = pd.read_csv(FIXTURES / "bcg.csv")
    fit = rma(d.yi, d.vi, method="DL")
    lo, hi = fit.tau2_ci
    ones = np.ones((len(d), 1))  # intercept-only design
    assert generalised_q(d.yi.to_numpy(), d.vi.to_numpy(), ones, lo) == pytest.approx(stats.chi2.ppf(0.975, 12), rel=1e-8)
    assert generalised_q(d.yi.to_numpy(), d.vi.to_numpy(), ones, hi) == pytest.approx(stats.chi2.ppf(0.025, 12), rel=1e-8)


def test_homogeneous_data_give_a_zero_lower_bound_and_never_negative_tau2():
    # Q below its expectation: every estimator truncates at 0 and the Q-profile CI starts at 0
    y = [0.10, 0.12, 0.09, 0.11, 0.10]
    v = [0.04, 0.05, 0.03, 0.04, 0.05]
    for method in ("DL", "REML", "ML", "PM", "HE", "SJ"):
        fit = rma(y, v, method=method)
        assert fit.tau2 >= 0.0
        assert fit.i2 >= 0.0 and fit.i2_q == 0.0
    fit = rma(y, v, method="REML")
    assert fit.q < stats.chi2.ppf(0.025, 4)  # so far below df that both bounds fall at 0
    assert fit.tau2_ci == (0.0, 0.0)
