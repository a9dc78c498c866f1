"""Heterogeneity and small-study analyses built on :func:`metaanalysis.core.rma`.

* :func:`subgroup_analysis` - a separate model per subgroup plus two tests of subgroup
  differences: ``Q_between`` (R meta / RevMan: Cochran's Q over the subgroup estimates and
  their standard errors, df = G - 1) and the moderator test ``QM`` of a model with the
  subgroup as a factor and one common τ² (metafor).
* :func:`meta_regression` - continuous and categorical moderators (dummy coding against a
  reference level, the first in sorted order unless given).
* :func:`egger_test` - Egger's regression test: the classical weighted regression of yᵢ on
  sei with a multiplicative dispersion term (t, k - 2 df; metafor ``regtest(model="lm")``) or
  the mixed-effects version ``rma(yi, vi, mods = sei)`` (z test).
* :func:`rank_correlation_test` - Begg and Mazumdar's rank correlation test (metafor ``ranktest``):
  Kendall's tau between effects standardized against the fixed-effect estimate and their variances.
* :func:`fail_safe_n` - the file-drawer number of Rosenthal, Orwin or Rosenberg (metafor ``fsn``).
* :func:`trim_and_fill` - Duval & Tweedie's trim-and-fill with the L0, R0 or Q0 estimator,
  exactly as metafor's ``trimfill``: side chosen by the sign of the slope on √vi, the model
  refitted on the trimmed data at each step, filled studies mirrored about the trimmed
  estimate, k0 rounded half-to-even.
* :func:`leave_one_out` and :func:`cumulative` - refits without each study, and in order.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy import stats

from kg.errors import InputError
from metaanalysis.core import MetaResult, _check_inputs, rma

# ---------------------------------------------------------------------------------------------
# Moderators


@dataclass(frozen=True)
class Design:
    """Moderator columns ready for :func:`rma` (no intercept column)."""

    matrix: np.ndarray
    names: list[str]
    terms: dict[str, list[int]]  # moderator -> coefficient indices (counting the intercept as 0)


def _is_numeric(values: Sequence[Any]) -> bool:
    try:
        [float(v) for v in values]
    except (TypeError, ValueError):
        return False
    return True


def design_matrix(moderators: dict[str, Sequence[Any]], categorical: Sequence[str] = (),
                  reference: dict[str, str] | None = None, labels: Sequence[str] | None = None) -> Design:
    """Build moderator columns: numbers stay continuous, text (or names in ``categorical``)
    becomes dummies against a reference level. A moderator with one level is an error."""
    reference = reference or {}
    cols: list[np.ndarray] = []
    names: list[str] = []
    terms: dict[str, list[int]] = {}
    for name, values in moderators.items():
        values = list(values)
        levels = sorted({str(v) for v in values})
        if len(levels) < 2:
            raise InputError(f"moderator {name!r} has a single level ({levels[0] if levels else 'none'}): "
                             "it cannot explain differences between studies")
        start = len(names) + 1
        if name not in categorical and _is_numeric(values):
            cols.append(np.array([float(v) for v in values]))
            names.append(name)
        else:
            ref = reference.get(name, levels[0])
            if ref not in levels:
                raise InputError(f"moderator {name!r}: reference level {ref!r} not among {levels}")
            for level in levels:
                if level == ref:
                    continue
                cols.append(np.array([1.0 if str(v) == level else 0.0 for v in values]))
                names.append(f"{name}[{level}]")
        terms[name] = list(range(start, len(names) + 1))
    return Design(np.column_stack(cols) if cols else np.empty((0, 0)), names, terms)


@dataclass
class MetaRegression:
    fit: MetaResult
    design: Design
    term_tests: dict[str, dict[str, float | int | None]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out = self.fit.to_dict()
        out["moderator_tests"] = self.term_tests
        return out


def meta_regression(yi: Sequence[float], vi: Sequence[float], moderators: dict[str, Sequence[Any]],
                    method: str = "REML", test: str = "z", categorical: Sequence[str] = (),
                    reference: dict[str, str] | None = None, labels: Sequence[str] | None = None,
                    level: float = 95.0) -> MetaRegression:
    """Mixed-effects (or, with ``method="FE"``, fixed-effects) meta-regression.

    Besides the omnibus QM, each moderator gets its own Wald test over its coefficients
    (chi² on z tests, F on Knapp-Hartung) - the test of a categorical moderator.
    """
    design = design_matrix(moderators, categorical, reference, labels)
    fit = rma(yi, vi, mods=design.matrix, mod_names=design.names, method=method, test=test,
              labels=labels, level=level)
    tests: dict[str, dict[str, float | int | None]] = {}
    for name, idx in design.terms.items():
        b = fit.coef[idx]
        sub = fit.vcov[np.ix_(idx, idx)]
        stat = float(b @ np.linalg.solve(sub, b))
        if fit.ddf is not None:
            stat /= len(idx)
            tests[name] = {"F": stat, "df1": len(idx), "df2": fit.ddf, "p": float(stats.f.sf(stat, len(idx), fit.ddf))}
        else:
            tests[name] = {"QM": stat, "df": len(idx), "p": float(stats.chi2.sf(stat, len(idx)))}
    return MetaRegression(fit, design, tests)


# ---------------------------------------------------------------------------------------------
# Subgroups


@dataclass
class SubgroupAnalysis:
    groups: dict[str, MetaResult]
    q_between: float
    q_between_df: int
    q_between_p: float
    moderator_test: MetaRegression | None
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        mod = None
        if self.moderator_test is not None:
            f = self.moderator_test.fit
            mod = {"QM": f.qm, "QM_df": list(f.qm_df), "QM_p": f.qm_p, "tau2_common": f.tau2,
                   "QE": f.q, "QE_df": f.q_df, "QE_p": f.q_p}
        return {
            "groups": {name: fit.to_dict() for name, fit in self.groups.items()},
            "Q_between": self.q_between, "Q_between_df": self.q_between_df, "Q_between_p": self.q_between_p,
            "Q_between_definition": "Cochran's Q across subgroup estimates with their standard errors (R meta, RevMan)",
            "moderator_test": mod,
            "moderator_test_definition": "omnibus Wald test of the subgroup factor in one mixed-effects model "
                                         "with a common tau2 (metafor)",
            "notes": self.notes,
        }


def subgroup_analysis(yi: Sequence[float], vi: Sequence[float], groups: Sequence[Any], method: str = "REML",
                      test: str = "z", labels: Sequence[str] | None = None, level: float = 95.0) -> SubgroupAnalysis:
    """A model within each subgroup and the tests of subgroup differences."""
    y = np.asarray(yi, dtype=float)
    v = np.asarray(vi, dtype=float)
    labels = list(labels) if labels is not None else [str(i + 1) for i in range(len(y))]
    keys = [str(g) for g in groups]
    levels = sorted(set(keys))
    if len(levels) < 2:
        raise InputError(f"subgroup variable has a single level ({levels[0] if levels else 'none'}): nothing to compare")
    fits: dict[str, MetaResult] = {}
    for level_name in levels:
        idx = [i for i, key in enumerate(keys) if key == level_name]
        fits[level_name] = rma(y[idx], v[idx], method=method, test=test, labels=[labels[i] for i in idx],
                               level=level)
    est = np.array([f.estimate for f in fits.values()])
    var = np.array([f.se[0] ** 2 for f in fits.values()])
    notes: list[str] = []
    if np.all(var > 0):
        between = rma(est, var, method="FE", labels=list(fits))
        qb, qb_df, qb_p = between.q, between.q_df, between.q_p
    else:
        qb, qb_df, qb_p = float("nan"), len(levels) - 1, float("nan")
        notes.append("a subgroup estimate has zero standard error: Q_between not computed")
    moderator: MetaRegression | None = None
    try:
        moderator = meta_regression(y, v, {"subgroup": keys}, method=method, test=test, categorical=["subgroup"],
                                    labels=labels, level=level)
    except InputError as exc:
        notes.append(f"moderator test not computed: {exc}")
    return SubgroupAnalysis(fits, qb, qb_df, qb_p, moderator, notes)


# ---------------------------------------------------------------------------------------------
# Small-study effects


@dataclass
class EggerTest:
    model: str  # "lm" | "rma"
    stat: float  # t (lm) or z (rma) of the slope on sei
    df: int | None
    p: float
    slope: float
    slope_se: float
    limit_estimate: float  # intercept: the effect as sei -> 0
    limit_ci: tuple[float, float]

    def to_dict(self) -> dict[str, Any]:
        return {"model": self.model, "stat_name": "t" if self.df is not None else "z", "stat": self.stat,
                "df": self.df, "p": self.p, "slope": self.slope, "slope_se": self.slope_se,
                "limit_estimate": self.limit_estimate, "limit_ci": list(self.limit_ci)}


def egger_test(yi: Sequence[float], vi: Sequence[float], model: str = "lm", method: str = "REML",
               level: float = 95.0) -> EggerTest:
    """Egger's regression test for funnel-plot asymmetry (predictor: standard error)."""
    y = np.asarray(yi, dtype=float)
    v = np.asarray(vi, dtype=float)
    k = len(y)
    if k < 3:
        raise InputError(f"Egger's test needs at least 3 studies (got {k})")
    sei = np.sqrt(v)
    if model == "lm":
        x = np.column_stack([np.ones(k), sei])
        w = 1 / v
        inv = np.linalg.inv(x.T @ (w[:, None] * x))
        b = inv @ (x.T @ (w * y))
        s2 = float(np.sum(w * (y - x @ b) ** 2)) / (k - 2)
        se = np.sqrt(np.diag(inv) * s2)
        t = float(b[1] / se[1])
        crit = float(stats.t.ppf(0.5 + level / 200, k - 2))
        return EggerTest("lm", t, k - 2, float(2 * stats.t.sf(abs(t), k - 2)), float(b[1]), float(se[1]),
                         float(b[0]), (float(b[0] - crit * se[0]), float(b[0] + crit * se[0])))
    if model == "rma":
        fit = rma(y, v, mods=sei, mod_names=["sei"], method=method, level=level)
        return EggerTest("rma", float(fit.stat[1]), None, float(fit.pval[1]), float(fit.coef[1]), float(fit.se[1]),
                         float(fit.coef[0]), (float(fit.ci_lb[0]), float(fit.ci_ub[0])))
    raise InputError(f"unknown Egger model {model!r} (use 'lm' or 'rma')")


# Begg and Mazumdar (1994): a funnel is lopsided when the small studies' standardized effects
# move with their variances; Kendall's tau between the two, as metafor's ranktest.
@dataclass(frozen=True)
class RankCorrelationTest:
    tau: float  # Kendall's tau between standardized effects and sampling variances
    p: float
    k: int
    exact: bool  # exact null distribution (no ties); else the normal approximation with tie correction

    def to_dict(self) -> dict[str, Any]:
        return {"tau": self.tau, "p": self.p, "k": self.k, "exact": self.exact}


EXACT_KENDALL_MAX_K = 170  # beyond this the exact distribution is slow and the normal one is as good


def rank_correlation_test(yi: Sequence[float], vi: Sequence[float]) -> RankCorrelationTest:
    """Begg and Mazumdar's rank correlation test for funnel-plot asymmetry.

    Each effect is standardized against the fixed-effect estimate, (yᵢ - θ) / √(vᵢ - 1/Σw), and
    Kendall's tau with vᵢ is tested; the p-value is exact when no ranks are tied.
    """
    y, v = _bias_inputs(yi, vi, "Begg's rank correlation test", minimum=3)
    w = 1 / v
    theta = float(np.sum(w * y) / np.sum(w))
    standardized = (y - theta) / np.sqrt(v - 1 / np.sum(w))
    exact = len(np.unique(standardized)) == len(y) and len(np.unique(v)) == len(v) and len(y) <= EXACT_KENDALL_MAX_K
    result = stats.kendalltau(standardized, v, method="exact" if exact else "asymptotic")
    return RankCorrelationTest(float(result.statistic), float(result.pvalue), len(y), exact)


# Fail-safe N: how many unpublished null studies would overturn the pooled result.
FAIL_SAFE_METHODS = ("rosenthal", "orwin", "rosenberg")


@dataclass(frozen=True)
class FailSafeN:
    method: str  # one of FAIL_SAFE_METHODS
    n: int  # null studies needed (rounded up)
    k: int
    alpha: float | None  # Rosenthal and Rosenberg: the significance level to fall below
    p: float | None  # the combined (Rosenthal, one-tailed) or fixed-effect (Rosenberg, two-tailed) p-value
    mean_effect: float | None  # Orwin: the (weighted) mean effect; Rosenberg: the fixed-effect estimate
    target: float | None  # Orwin: the mean effect the null studies bring the mean down to

    @property
    def tolerance(self) -> int:
        """Rosenthal's rule of thumb: a fail-safe N above 5k + 10 makes a file drawer unlikely."""
        return 5 * self.k + 10

    def to_dict(self) -> dict[str, Any]:
        out = {"method": self.method, "n": self.n, "k": self.k, "alpha": self.alpha, "p": self.p,
               "mean_effect": self.mean_effect, "target": self.target}
        if self.method == "rosenthal":
            out["tolerance"] = self.tolerance
        return out


def fail_safe_n(yi: Sequence[float], vi: Sequence[float] | None = None, method: str = "rosenthal",
                alpha: float = 0.05, target: float | None = None, weighted: bool = False) -> FailSafeN:
    """The file-drawer number of Rosenthal (1979), Orwin (1983) or Rosenberg (2005), as metafor's fsn.

    * Rosenthal: null studies (z = 0) that bring Stouffer's combined z, Σzᵢ/√(k + N), below the
      one-tailed critical value of ``alpha``.
    * Orwin: null studies (effect 0) that bring the mean effect (weighted by 1/vᵢ with
      ``weighted``) down to ``target`` (default: half the mean). Needs no variances unless weighted.
    * Rosenberg: null studies, each weighted as the average study, that bring the fixed-effect
      estimate's two-tailed test above ``alpha``.

    A count within rounding error of a whole number is that number; otherwise it is rounded up.
    """
    if method not in FAIL_SAFE_METHODS:
        raise InputError(f"unknown fail-safe N method {method!r} (one of {', '.join(FAIL_SAFE_METHODS)})")
    if not 0 < alpha < 1:
        raise InputError(f"alpha must be between 0 and 1 (got {alpha})")
    needs_variances = method != "orwin" or weighted
    if needs_variances and vi is None:
        raise InputError(f"{method} fail-safe N needs the sampling variances")
    variances = vi if needs_variances else np.ones(np.shape(yi))  # unweighted Orwin: equal weights
    y, v = _bias_inputs(yi, variances, f"{method.capitalize()}'s fail-safe N", minimum=1)  # type: ignore[arg-type]
    k = len(y)
    if method == "rosenthal":
        z = y / np.sqrt(v)
        combined = abs(float(np.sum(z))) / math.sqrt(k)
        raw = k * (combined / float(stats.norm.isf(alpha))) ** 2 - k
        return FailSafeN(method, _whole(raw), k, alpha, float(stats.norm.sf(combined)), None, None)
    w = 1 / v
    total_weight = float(np.sum(w))
    weighted_mean = float(np.sum(w * y)) / total_weight
    if method == "orwin":
        mean = weighted_mean if weighted else float(np.mean(y))
        goal = mean / 2 if target is None else float(target)
        if goal == 0:
            raise InputError("Orwin's target must not be 0: no number of null studies brings the mean to exactly 0")
        if math.copysign(1, goal) != math.copysign(1, mean):
            goal = -goal  # a target is a size on the mean's side of zero
        return FailSafeN(method, _whole(k * (mean - goal) / goal), k, None, None, mean, goal)
    p = float(2 * stats.norm.sf(abs(weighted_mean) * math.sqrt(total_weight)))
    added_weight = (weighted_mean * total_weight / float(stats.norm.isf(alpha / 2))) ** 2 - total_weight
    return FailSafeN(method, _whole(k * added_weight / total_weight), k, alpha, p, weighted_mean, None)


def _whole(count: float) -> int:
    """Studies are whole: a count within rounding error of an integer is it, else rounded up."""
    count = max(0.0, count)
    nearest = round(count)
    return int(nearest) if abs(count - nearest) < math.sqrt(np.finfo(float).eps) else math.ceil(count)


def _bias_inputs(yi: Sequence[float], vi: Sequence[float], name: str, minimum: int) -> tuple[np.ndarray, np.ndarray]:
    """Effects and variances as arrays, checked as the model checks them (naming the study at fault)."""
    y = np.asarray(yi, dtype=float)
    v = np.asarray(vi, dtype=float)
    if y.ndim == 1 and y.shape == v.shape and len(y) < minimum:
        raise InputError(f"{name} needs at least {minimum} {'study' if minimum == 1 else 'studies'} (got {len(y)})")
    try:
        _check_inputs(y, v, [str(i + 1) for i in range(len(y))])
    except InputError as exc:
        raise InputError(f"{name}: {exc}") from None
    return y, v


def _round_half_even(x: float) -> int:
    return round(x)  # Python rounds half to even, like R


@dataclass
class TrimAndFill:
    k0: int
    se_k0: float
    side: str
    estimator: str
    p_k0: float | None
    filled_yi: np.ndarray
    filled_vi: np.ndarray
    fit: MetaResult  # model on observed + filled studies

    def to_dict(self) -> dict[str, Any]:
        return {"k0": self.k0, "se_k0": self.se_k0, "side": self.side, "estimator": self.estimator,
                "p_k0": self.p_k0, "filled_yi": self.filled_yi.tolist(), "filled_vi": self.filled_vi.tolist(),
                "adjusted": self.fit.to_dict()}


def trim_and_fill(yi: Sequence[float], vi: Sequence[float], method: str = "REML", estimator: str = "L0",
                  side: str | None = None, labels: Sequence[str] | None = None, maxiter: int = 100,
                  level: float = 95.0) -> TrimAndFill:
    """Duval & Tweedie trim-and-fill (metafor's algorithm; see module docstring)."""
    y0 = np.asarray(yi, dtype=float)
    v0 = np.asarray(vi, dtype=float)
    k = len(y0)
    labels = list(labels) if labels is not None else [str(i + 1) for i in range(k)]
    if k < 3:
        raise InputError(f"trim-and-fill needs at least 3 studies (got {k})")
    estimator = estimator.upper()
    if estimator not in {"L0", "R0", "Q0"}:
        raise InputError(f"unknown trim-and-fill estimator {estimator!r} (use L0, R0 or Q0)")
    if side is None:
        slope = rma(y0, v0, mods=np.sqrt(v0), method=method, compute_r2=False).coef[1]
        side = "right" if slope < 0 else "left"
    if side not in {"left", "right"}:
        raise InputError("side must be 'left' or 'right'")
    y = -y0 if side == "right" else y0.copy()
    order = np.argsort(y, kind="stable")
    y, v = y[order], v0[order]

    k0, k0_prev, se_k0 = 0, -1, 0.0
    beta = 0.0
    yc = y.copy()
    for _ in range(maxiter):
        if k0 == k0_prev:
            break
        k0_prev = k0
        beta = rma(y[: k - k0], v[: k - k0], method=method, compute_r2=False).estimate
        yc = y - beta
        ranks = np.empty(k)
        ranks[np.argsort(np.abs(yc), kind="stable")] = np.arange(1, k + 1)
        signed = np.sign(yc) * ranks
        if estimator == "R0":
            neg = -signed[signed < 0]
            k0_raw = (k - (neg.max() if neg.size else 0)) - 1
            se = math.sqrt(2 * max(0.0, k0_raw) + 2)
        else:
            sr = float(np.sum(signed[signed > 0]))
            if estimator == "L0":
                k0_raw = (4 * sr - k * (k + 1)) / (2 * k - 1)
            else:
                k0_raw = k - 0.5 - math.sqrt(2 * k**2 - 4 * sr + 0.25)
            var_sr = (k * (k + 1) * (2 * k + 1) + 10 * k0_raw**3 + 27 * k0_raw**2 + 17 * k0_raw
                      - 18 * k * k0_raw**2 - 18 * k * k0_raw + 6 * k**2 * k0_raw) / 24
            if estimator == "L0":
                se = 4 * math.sqrt(max(0.0, var_sr)) / (2 * k - 1)
            else:
                se = 2 * math.sqrt(max(0.0, var_sr)) / math.sqrt((k - 0.5) ** 2 - k0_raw * (2 * k - k0_raw - 1))
        k0 = max(0, _round_half_even(k0_raw))
        se_k0 = max(0.0, se)
    else:
        raise InputError("trim-and-fill did not converge")

    if k0 > 0:
        # mirror the k0 most extreme studies about the trimmed estimate (back on the original scale)
        flipped = y[k - k0:] - 2 * beta  # = -(2 beta - y) on the flipped scale
        filled_y = flipped if side == "right" else -flipped
        filled_v = v[k - k0:]
        fit = rma(np.concatenate([y0, filled_y]), np.concatenate([v0, filled_v]), method=method,
                  labels=[*labels, *[f"filled {i + 1}" for i in range(k0)]], level=level)
    else:
        filled_y = np.empty(0)
        filled_v = np.empty(0)
        fit = rma(y0, v0, method=method, labels=labels, level=level)
    p_k0 = 0.5 ** (k0 + 1) if estimator == "R0" else None
    return TrimAndFill(k0, se_k0, side, estimator, p_k0, filled_y, filled_v, fit)


# ---------------------------------------------------------------------------------------------
# Sensitivity


def leave_one_out(yi: Sequence[float], vi: Sequence[float], method: str = "REML", test: str = "z",
                  labels: Sequence[str] | None = None, level: float = 95.0) -> list[tuple[str, MetaResult]]:
    """The model refitted without each study in turn: (left-out study, fit)."""
    y = np.asarray(yi, dtype=float)
    v = np.asarray(vi, dtype=float)
    k = len(y)
    labels = list(labels) if labels is not None else [str(i + 1) for i in range(k)]
    if k < 2:
        raise InputError("leave-one-out needs at least 2 studies")
    out = []
    for i in range(k):
        keep = [j for j in range(k) if j != i]
        out.append((labels[i], rma(y[keep], v[keep], method=method, test=test,
                                   labels=[labels[j] for j in keep], level=level)))
    return out


def cumulative(yi: Sequence[float], vi: Sequence[float], order: Sequence[Any], method: str = "REML",
               test: str = "z", labels: Sequence[str] | None = None, level: float = 95.0
               ) -> list[tuple[str, MetaResult]]:
    """Cumulative meta-analysis: studies added one at a time by ``order`` (e.g. year; ties keep input order)."""
    y = np.asarray(yi, dtype=float)
    v = np.asarray(vi, dtype=float)
    k = len(y)
    labels = list(labels) if labels is not None else [str(i + 1) for i in range(k)]
    try:
        keys = [float(o) for o in order]
    except (TypeError, ValueError):
        raise InputError("cumulative analysis needs a numeric ordering column (such as year)") from None
    idx = sorted(range(k), key=lambda i: keys[i])
    out = []
    for n in range(1, k + 1):
        sel = idx[:n]
        out.append((labels[sel[-1]], rma(y[sel], v[sel], method=method, test=test if n > 1 else "z",
                                         labels=[labels[j] for j in sel], level=level)))
    return out
