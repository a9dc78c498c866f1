"""The meta-analysis engine: effect sizes, fixed and random effects, meta-regression.

Conventions follow R's ``metafor`` (Viechtbauer 2010) unless an option says otherwise, so
results can be checked number for number against it:

* Cochran's Q always uses inverse-variance fixed-effect weights ``1/vi``; df = k - p.
* ``i2`` / ``h2`` are the *model* statistics metafor prints: for random/mixed-effects models
  ``I² = 100 τ² / (τ² + s²)`` and ``H² = (τ² + s²) / s²`` with the "typical" sampling variance
  ``s² = (k - p) / tr(P)`` (P built from ``1/vi``); for the fixed-effect model the Q-based
  versions. ``i2_q`` / ``h2_q`` are always Higgins & Thompson's Q-based statistics
  ``I² = max(0, (Q - df) / Q)``, ``H² = Q / df`` - what R ``meta``, RevMan and Stata print.
  The two agree for DerSimonian-Laird without moderators.
* Knapp-Hartung (HKSJ, ``test="knha"``) multiplies the coefficient covariance by
  ``s²w = Σ wᵢ (yᵢ - xᵢb)² / (k - p)`` with the model's weights, and uses t(k - p); it is not
  truncated at 1 (metafor's default) - except when all effects lie exactly on the fitted line
  (s²w = 0), where the unscaled variance is used instead of a zero-width interval.
* Prediction interval: ``μ ± c √(se² + τ²)`` with c the normal quantile (t(k - p) under
  Knapp-Hartung) - metafor's ``predict``; ``pi_dist="t"`` gives R meta's t(k - 2) instead.
* τ² is never negative: moment estimators are truncated at 0; likelihood and Paule-Mandel
  estimators are solved on [0, ∞).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy import optimize, special, stats

from kg.errors import InputError

FIXED_METHODS = {"FE", "EE", "CE"}
TAU2_METHODS = ("DL", "REML", "ML", "PM", "HE", "SJ")
METHODS = ("FE", *TAU2_METHODS)
TESTS = ("z", "knha")

# ---------------------------------------------------------------------------------------------
# Effect sizes


def _arr(x: Sequence[float] | np.ndarray) -> np.ndarray:
    return np.asarray(x, dtype=float)


def mean_difference(n1: Sequence[float], m1: Sequence[float], sd1: Sequence[float],
                    n2: Sequence[float], m2: Sequence[float], sd2: Sequence[float],
                    pooled_sd: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """Raw mean difference (group 1 - group 2) and its sampling variance.

    ``pooled_sd=False``: ``sd1²/n1 + sd2²/n2`` (metafor "MD" default, RevMan).
    ``pooled_sd=True``: ``sp² (1/n1 + 1/n2)`` with the pooled SD (metafor ``vtype="HO"``).
    """
    n1, m1, sd1, n2, m2, sd2 = map(_arr, (n1, m1, sd1, n2, m2, sd2))
    yi = m1 - m2
    if pooled_sd:
        sp2 = ((n1 - 1) * sd1**2 + (n2 - 1) * sd2**2) / (n1 + n2 - 2)
        vi = sp2 * (1 / n1 + 1 / n2)
    else:
        vi = sd1**2 / n1 + sd2**2 / n2
    return yi, vi


def hedges_j(m: np.ndarray | float, exact: bool = True) -> np.ndarray:
    """Small-sample correction for Cohen's d, m = n1 + n2 - 2 degrees of freedom."""
    m = _arr(m)
    if exact:
        return np.exp(special.gammaln(m / 2) - np.log(np.sqrt(m / 2)) - special.gammaln((m - 1) / 2))
    return 1 - 3 / (4 * (m + 2) - 9)  # 1 - 3/(4N - 9), N = n1 + n2


def standardized_mean_difference(n1: Sequence[float], m1: Sequence[float], sd1: Sequence[float],
                                 n2: Sequence[float], m2: Sequence[float], sd2: Sequence[float],
                                 convention: str = "metafor") -> tuple[np.ndarray, np.ndarray]:
    """Hedges' g (group 1 - group 2) and its sampling variance.

    ``convention="metafor"``: exact J = Γ(m/2) / (√(m/2) Γ((m-1)/2)) and
    ``v = 1/n1 + 1/n2 + g² / (2 (n1 + n2))`` (metafor ``escalc("SMD")``, vtype "LS").
    ``convention="revman"``: J = 1 - 3/(4N - 9) and ``v = 1/n1 + 1/n2 + g² / (2 (N - 3.94))``
    (RevMan 5 and R ``meta``'s ``metacont(sm = "SMD")``).
    """
    n1, m1, sd1, n2, m2, sd2 = map(_arr, (n1, m1, sd1, n2, m2, sd2))
    m = n1 + n2 - 2
    sp = np.sqrt(((n1 - 1) * sd1**2 + (n2 - 1) * sd2**2) / m)
    d = (m1 - m2) / sp
    if convention == "metafor":
        g = hedges_j(m, exact=True) * d
        vi = 1 / n1 + 1 / n2 + g**2 / (2 * (n1 + n2))
    elif convention == "revman":
        g = hedges_j(m, exact=False) * d
        vi = 1 / n1 + 1 / n2 + g**2 / (2 * (n1 + n2 - 3.94))
    else:
        raise InputError(f"unknown SMD convention {convention!r} (use 'metafor' or 'revman')")
    return g, vi


def study_ci(yi: np.ndarray, vi: np.ndarray, level: float = 95.0) -> tuple[np.ndarray, np.ndarray]:
    crit = stats.norm.ppf(0.5 + level / 200)
    se = np.sqrt(vi)
    return yi - crit * se, yi + crit * se


# ---------------------------------------------------------------------------------------------
# Linear algebra shared by the estimators


def _wls(y: np.ndarray, x: np.ndarray, w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Weighted least squares: coefficients and (X'WX)⁻¹."""
    xtwx = x.T @ (w[:, None] * x)
    inv = np.linalg.inv(xtwx)
    return inv @ (x.T @ (w * y)), inv


def _p_matrix(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """P = W - W X (X'WX)⁻¹ X' W."""
    inv = np.linalg.inv(x.T @ (w[:, None] * x))
    wx = w[:, None] * x
    return np.diag(w) - wx @ inv @ wx.T


def _p_traces(x: np.ndarray, w: np.ndarray) -> tuple[float, float]:
    """tr(P) and tr(PP) for P = W - W X (X'WX)⁻¹ X' W without forming the k x k matrix."""
    a = np.linalg.inv(x.T @ (w[:, None] * x))
    b = x.T @ ((w**2)[:, None] * x)
    c = x.T @ ((w**3)[:, None] * x)
    ab = a @ b
    return float(np.sum(w) - np.trace(ab)), float(np.sum(w**2) - 2 * np.trace(a @ c) + np.trace(ab @ ab))


def generalised_q(y: np.ndarray, v: np.ndarray, x: np.ndarray, tau2: float) -> float:
    """Q(τ²) = Σ wᵢ (yᵢ - xᵢ b)², wᵢ = 1/(vᵢ + τ²): decreasing in τ²; Q(0) is Cochran's Q."""
    w = 1 / (v + tau2)
    b, _ = _wls(y, x, w)
    return float(np.sum(w * (y - x @ b) ** 2))


def _bracket_root(f: Any, start: float) -> float:
    """Smallest hi > 0 with f(hi) < 0, doubling from ``start``."""
    hi = max(start, 1e-8)
    for _ in range(200):
        if f(hi) < 0:
            return hi
        hi *= 2
    raise InputError("could not bracket the between-study variance (data too extreme to estimate tau^2)")


@dataclass(frozen=True)
class Tau2:
    value: float
    se: float | None
    iterations: int = 0


def estimate_tau2(y: np.ndarray, v: np.ndarray, x: np.ndarray, method: str) -> Tau2:
    """Between-study variance by DL, REML, ML, PM, HE or SJ (metafor's definitions and SEs)."""
    k, p = x.shape
    if k - p < 1:
        return Tau2(0.0, None)
    method = method.upper()
    vmat = np.diag(v)
    if method == "DL":
        q = generalised_q(y, v, x, 0.0)
        tr_p, tr_pp = _p_traces(x, 1 / v)
        tau2 = max(0.0, (q - (k - p)) / tr_p)
        se = math.sqrt(1 / tr_p**2 * (2 * (k - p) + 4 * tau2 * tr_p + 2 * tau2**2 * tr_pp))
        return Tau2(tau2, se)
    if method == "HE":
        p_ols = np.eye(k) - x @ np.linalg.inv(x.T @ x) @ x.T
        rss = float(np.sum((y - x @ np.linalg.lstsq(x, y, rcond=None)[0]) ** 2))
        pv = p_ols @ vmat
        tr_pv = float(np.trace(pv))
        tau2 = max(0.0, (rss - tr_pv) / (k - p))
        se = math.sqrt(1 / (k - p) ** 2 * (2 * float(np.sum(pv * pv.T)) + 4 * tau2 * tr_pv + 2 * tau2**2 * (k - p)))
        return Tau2(tau2, se)
    if method == "SJ":
        b_ols = np.linalg.lstsq(x, y, rcond=None)[0]
        tau2_0 = max(float(np.sum((y - x @ b_ols) ** 2)) / k, 1e-10)
        p_sj = _p_matrix(x, 1 / (v + tau2_0))
        tau2 = max(0.0, tau2_0 * generalised_q(y, v, x, tau2_0) / (k - p))
        pv = p_sj @ vmat
        se = math.sqrt(tau2_0**2 / (k - p) ** 2 * (2 * float(np.sum(pv * pv.T)) + 4 * tau2 * float(np.sum(pv * p_sj))
                                                     + 2 * tau2**2 * float(np.sum(p_sj * p_sj))))
        return Tau2(tau2, se)
    if method == "PM":
        def f(t: float) -> float:
            return generalised_q(y, v, x, t) - (k - p)

        tau2 = 0.0 if f(0.0) <= 0 else optimize.brentq(f, 0.0, _bracket_root(f, float(np.var(y)) + 1e-8),
                                                        xtol=1e-15, rtol=4 * np.finfo(float).eps, maxiter=500)
        w = 1 / (v + tau2)
        se = math.sqrt(2 * k**2 / (k - p) / float(np.sum(w)) ** 2)
        return Tau2(tau2, se)
    if method in {"REML", "ML"}:
        reml = method == "REML"

        def score(t: float) -> float:
            w = 1 / (v + t)
            b, inv = _wls(y, x, w)
            py = w * (y - x @ b)  # P y without forming P
            if reml:  # tr(P) = Σw - tr((X'WX)⁻¹ X'W²X)
                tr = float(np.sum(w)) - float(np.trace(inv @ (x.T @ ((w**2)[:, None] * x))))
            else:
                tr = float(np.sum(w))
            return float(py @ py) - tr

        tau2 = 0.0 if score(0.0) <= 0 else optimize.brentq(score, 0.0, _bracket_root(score, float(np.var(y)) + 1e-8),
                                                             xtol=1e-15, rtol=4 * np.finfo(float).eps, maxiter=500)
        w = 1 / (v + tau2)
        if reml:
            se = math.sqrt(2 / _p_traces(x, w)[1])
        else:
            se = math.sqrt(2 / float(np.sum(w**2)))
        return Tau2(tau2, se)
    raise InputError(f"unknown tau^2 method {method!r}; use one of {', '.join(METHODS)}")


def generalised_moment_tau2(y: np.ndarray, v: np.ndarray, a: np.ndarray) -> float:
    """Method-of-moments τ² with arbitrary weights ``a`` (DerSimonian & Kacker 2007), truncated at 0.

    ``a = 1/v`` gives DerSimonian-Laird; ``a = 1/(v + τ²₀)`` a two-step estimator started
    from τ²₀ (e.g. Hedges' HE: the "C2"/two-step Cochran estimator of Kacker 2004).
    """
    y, v, a = _arr(y), _arr(v), _arr(a)
    sa = float(np.sum(a))
    b = float(np.sum(a * y)) / sa
    qa = float(np.sum(a * (y - b) ** 2))
    expected = float(np.sum(a * v)) - float(np.sum(a**2 * v)) / sa
    return max(0.0, (qa - expected) / (sa - float(np.sum(a**2)) / sa))


def q_profile_ci(y: np.ndarray, v: np.ndarray, x: np.ndarray, level: float = 95.0) -> tuple[float, float] | None:
    """Q-profile confidence interval for τ² (Viechtbauer 2007): the τ² values where the
    generalised Q statistic equals the χ²(k - p) quantiles. Bounds below 0 are set to 0."""
    k, p = x.shape
    df = k - p
    if df < 1:
        return None
    alpha = 1 - level / 100
    q0 = generalised_q(y, v, x, 0.0)

    def solve(target: float) -> float:
        if q0 <= target:
            return 0.0

        def f(t: float) -> float:
            return generalised_q(y, v, x, t) - target

        return optimize.brentq(f, 0.0, _bracket_root(f, max(100.0, float(np.var(y)))), xtol=1e-12, maxiter=500)

    return solve(stats.chi2.ppf(1 - alpha / 2, df)), solve(stats.chi2.ppf(alpha / 2, df))


# ---------------------------------------------------------------------------------------------
# The model


@dataclass
class MetaResult:
    """Everything one fitted model says. Vectors are per coefficient (intercept first)."""

    method: str
    test: str
    level: float
    k: int
    p: int
    names: list[str]
    coef: np.ndarray
    se: np.ndarray
    stat: np.ndarray  # z, or t under Knapp-Hartung
    pval: np.ndarray
    ci_lb: np.ndarray
    ci_ub: np.ndarray
    vcov: np.ndarray
    ddf: int | None  # t degrees of freedom (Knapp-Hartung), None for z
    tau2: float
    tau2_se: float | None
    tau2_ci: tuple[float, float] | None
    q: float
    q_df: int
    q_p: float
    i2: float
    h2: float
    i2_q: float
    h2_q: float
    typical_v: float
    qm: float | None
    qm_df: tuple[int, int | None]
    qm_p: float | None
    s2w: float | None
    pi_lb: float | None
    pi_ub: float | None
    weights: np.ndarray  # percent, model weights
    yi: np.ndarray
    vi: np.ndarray
    r2: float | None = None
    labels: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def model(self) -> str:
        return "fixed" if self.method in FIXED_METHODS else "random"

    @property
    def estimate(self) -> float:
        return float(self.coef[0])

    def to_dict(self) -> dict[str, Any]:
        """Every statistic, JSON-ready (NaN becomes None)."""

        def num(x: Any) -> Any:
            if x is None:
                return None
            if isinstance(x, np.ndarray):
                return [num(v) for v in x.tolist()]
            if isinstance(x, (list, tuple)):
                return [num(v) for v in x]
            if isinstance(x, (float, np.floating)):
                return None if math.isnan(float(x)) else float(x)
            if isinstance(x, (int, np.integer)):
                return int(x)
            return x

        tau2_ci = self.tau2_ci
        i2_ci = h2_ci = None
        if tau2_ci is not None and self.typical_v > 0:
            i2_ci = [100 * t / (t + self.typical_v) for t in tau2_ci]
            h2_ci = [1 + t / self.typical_v for t in tau2_ci]
        return {
            "model": self.model, "method": self.method, "test": self.test, "level": self.level,
            "k": self.k, "n_coef": self.p,
            "coefficients": [
                {"name": n, "estimate": num(b), "se": num(s), ("t" if self.ddf is not None else "z"): num(z),
                 "p": num(pv), "ci_lb": num(lo), "ci_ub": num(hi)}
                for n, b, s, z, pv, lo, hi in zip(self.names, self.coef, self.se, self.stat, self.pval,
                                                  self.ci_lb, self.ci_ub, strict=True)
            ],
            "estimate": num(self.coef[0]), "se": num(self.se[0]), "stat": num(self.stat[0]),
            "stat_name": "t" if self.ddf is not None else "z", "df": self.ddf, "p": num(self.pval[0]),
            "ci_lb": num(self.ci_lb[0]), "ci_ub": num(self.ci_ub[0]),
            "pi_lb": num(self.pi_lb), "pi_ub": num(self.pi_ub),
            "tau2": num(self.tau2), "tau": num(math.sqrt(self.tau2)), "tau2_se": num(self.tau2_se),
            "tau2_ci": num(list(tau2_ci)) if tau2_ci else None,
            "tau_ci": num([math.sqrt(t) for t in tau2_ci]) if tau2_ci else None,
            "Q": num(self.q), "Q_df": self.q_df, "Q_p": num(self.q_p),
            "I2": num(self.i2), "H2": num(self.h2), "I2_ci": num(i2_ci), "H2_ci": num(h2_ci),
            "I2_Q": num(self.i2_q), "H2_Q": num(self.h2_q),
            "I2_definition": "I2/H2: metafor's (tau2-based for random effects, Q-based for fixed); "
                             "I2_Q/H2_Q: Higgins-Thompson Q-based (R meta, RevMan, Stata)",
            "typical_vi": num(self.typical_v),
            "QM": num(self.qm), "QM_df": list(self.qm_df), "QM_p": num(self.qm_p),
            "s2w": num(self.s2w), "R2": num(self.r2),
            "studies": [
                {"study": lab, "yi": num(y), "vi": num(vv), "se": num(math.sqrt(vv)),
                 "ci_lb": num(y - _z(self.level) * math.sqrt(vv)), "ci_ub": num(y + _z(self.level) * math.sqrt(vv)),
                 "weight_percent": num(wt)}
                for lab, y, vv, wt in zip(self.labels, self.yi, self.vi, self.weights, strict=True)
            ],
            "notes": list(self.notes),
        }


def _z(level: float) -> float:
    return float(stats.norm.ppf(0.5 + level / 200))


def _check_inputs(yi: np.ndarray, vi: np.ndarray, labels: Sequence[str]) -> None:
    if yi.shape != vi.shape or yi.ndim != 1:
        raise InputError("yi and vi must be vectors of the same length")
    if len(yi) == 0:
        raise InputError("no studies to pool")
    for lab, y, v in zip(labels, yi, vi, strict=True):
        if not np.isfinite(y):
            raise InputError(f"study {lab}: effect size is not a finite number ({y})")
        if not np.isfinite(v) or v <= 0:
            raise InputError(f"study {lab}: sampling variance must be a positive number (got {v})")


def rma(yi: Sequence[float] | np.ndarray, vi: Sequence[float] | np.ndarray,
        mods: np.ndarray | None = None, mod_names: Sequence[str] = (), method: str = "REML",
        test: str = "z", level: float = 95.0, btt: Sequence[int] | None = None, intercept: bool = True,
        labels: Sequence[str] | None = None, pi_dist: str = "metafor", compute_r2: bool = True) -> MetaResult:
    """Fit a fixed-effect (``method="FE"``) or random/mixed-effects model (τ² by ``method``).

    ``mods`` is an (k, m) array of moderators (an intercept is added unless ``intercept=False``);
    ``btt`` the coefficient indices tested by QM (default: all but the intercept, or the
    intercept alone in an intercept-only model). ``test="knha"`` applies Hartung-Knapp.
    """
    y = _arr(yi)
    v = _arr(vi)
    k = len(y)
    labels = list(labels) if labels is not None else [str(i + 1) for i in range(k)]
    _check_inputs(y, v, labels)
    method = method.upper()
    if method not in FIXED_METHODS and method not in TAU2_METHODS:
        raise InputError(f"unknown method {method!r}; use one of {', '.join(METHODS)}")
    if test not in TESTS:
        raise InputError(f"unknown test {test!r}; use 'z' or 'knha'")
    columns: list[np.ndarray] = []
    names: list[str] = []
    if intercept:
        columns.append(np.ones(k))
        names.append("intrcpt")
    if mods is not None:
        m = np.asarray(mods, dtype=float)
        if m.ndim == 1:
            m = m[:, None]
        if m.shape[0] != k:
            raise InputError("moderator matrix has a different number of rows than studies")
        for j in range(m.shape[1]):
            columns.append(m[:, j])
            names.append(mod_names[j] if j < len(mod_names) else f"mod{j + 1}")
    if not columns:
        raise InputError("the model has no coefficients (no intercept and no moderators)")
    x = np.column_stack(columns)
    p = x.shape[1]
    if np.linalg.matrix_rank(x) < p:
        raise InputError("moderators are collinear (or constant): the model matrix is not of full rank")
    if k < p:
        raise InputError(f"{k} studies cannot estimate {p} coefficients")
    notes: list[str] = []

    fixed = method in FIXED_METHODS
    if fixed:
        tau = Tau2(0.0, None)
    else:
        tau = estimate_tau2(y, v, x, method)
        if k - p < 1:
            notes.append("k - p = 0: tau^2 cannot be estimated and is set to 0")
    tau2 = tau.value
    w = 1 / (v + tau2)
    b, vb = _wls(y, x, w)
    resid = y - x @ b
    s2w: float | None = None
    ddf: int | None = None
    if test == "knha":
        if k - p < 1:
            notes.append("Knapp-Hartung needs k > p; z test used instead")
            test = "z"
        else:
            rss = float(np.sum(w * resid**2))
            if rss <= np.finfo(float).eps:
                # identical effects: metafor would scale the variance by 0 (a zero-width interval,
                # p = 0); the unscaled variance with t quantiles is the sensible reading
                s2w = 1.0
                notes.append("all effects lie on the fitted line: Knapp-Hartung scale set to 1 (not 0)")
            else:
                s2w = rss / (k - p)
            vb = s2w * vb
            ddf = k - p
    se = np.sqrt(np.diag(vb))
    with np.errstate(divide="ignore", invalid="ignore"):
        stat = b / se
    if ddf is not None:
        pval = 2 * stats.t.sf(np.abs(stat), ddf)
        crit = float(stats.t.ppf(0.5 + level / 200, ddf))
    else:
        pval = 2 * stats.norm.sf(np.abs(stat))
        crit = _z(level)
    ci_lb, ci_ub = b - crit * se, b + crit * se

    # tests of moderators
    if btt is None:
        btt = list(range(1, p)) if (intercept and p > 1) else list(range(p))
    btt = list(btt)
    qm = qm_p = None
    if btt:
        sub = vb[np.ix_(btt, btt)]
        try:
            qm = float(b[btt] @ np.linalg.solve(sub, b[btt]))
        except np.linalg.LinAlgError:
            qm = float("nan")
        if ddf is not None:
            qm = qm / len(btt)
            qm_p = float(stats.f.sf(qm, len(btt), ddf))
        else:
            qm_p = float(stats.chi2.sf(qm, len(btt)))

    # heterogeneity
    q_df = k - p
    if q_df >= 1:
        q = max(0.0, generalised_q(y, v, x, 0.0))
        q_p = float(stats.chi2.sf(q, q_df))
        typical_v = q_df / _p_traces(x, 1 / v)[0]
        i2_q = max(0.0, 100 * (q - q_df) / q) if q > 0 else 0.0
        h2_q = q / q_df
        if fixed:
            i2, h2 = i2_q, h2_q
        else:
            i2 = 100 * tau2 / (typical_v + tau2)
            h2 = tau2 / typical_v + 1
        tau2_ci = q_profile_ci(y, v, x, level)
    else:
        q, q_p, typical_v, i2, h2, i2_q, h2_q, tau2_ci = 0.0, 1.0, 0.0, 0.0, 1.0, 0.0, 1.0, None

    # prediction interval for the intercept (average effect) in intercept-only models
    pi_lb = pi_ub = None
    if p == 1 and intercept:
        if pi_dist == "t":
            if k >= 3:
                c = float(stats.t.ppf(0.5 + level / 200, k - 2))
                half = c * math.sqrt(se[0] ** 2 + tau2)
                pi_lb, pi_ub = float(b[0] - half), float(b[0] + half)
        else:
            half = crit * math.sqrt(se[0] ** 2 + tau2)
            pi_lb, pi_ub = float(b[0] - half), float(b[0] + half)

    weights = 100 * w / np.sum(w)
    result = MetaResult(
        method=method, test=test, level=level, k=k, p=p, names=names, coef=b, se=se, stat=stat, pval=pval,
        ci_lb=ci_lb, ci_ub=ci_ub, vcov=vb, ddf=ddf, tau2=tau2, tau2_se=tau.se, tau2_ci=tau2_ci,
        q=q, q_df=q_df, q_p=q_p, i2=i2, h2=h2, i2_q=i2_q, h2_q=h2_q, typical_v=typical_v,
        qm=qm, qm_df=(len(btt), ddf), qm_p=qm_p, s2w=s2w, pi_lb=pi_lb, pi_ub=pi_ub, weights=weights,
        yi=y, vi=v, labels=labels, notes=notes,
    )
    if compute_r2 and intercept and p > 1:
        result.r2 = _pseudo_r2(result, x)
    return result


def _pseudo_r2(res: MetaResult, x: np.ndarray) -> float:
    """Share of heterogeneity the moderators account for (metafor's R²).

    Mixed models: ``100 max(0, (τ²_RE - τ²_ME) / τ²_RE)`` (Raudenbush 1994); fixed-effect
    models: adjusted R² of the weighted (1/vi) regression.
    """
    if res.method in FIXED_METHODS:
        y, w = res.yi, 1 / res.vi
        ybar = float(np.sum(w * y) / np.sum(w))
        tss = float(np.sum(w * (y - ybar) ** 2))
        if tss <= 0:
            return 0.0
        b, _ = _wls(y, x, w)
        rss = float(np.sum(w * (y - x @ b) ** 2))
        k, p = x.shape
        r2 = 1 - rss / tss
        return max(0.0, 100 * (1 - (1 - r2) * (k - 1) / (k - p)))
    null = estimate_tau2(res.yi, res.vi, np.ones((res.k, 1)), res.method).value
    if null <= 0:
        return 0.0
    return max(0.0, 100 * (null - res.tau2) / null)
