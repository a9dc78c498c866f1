"""Forest and funnel plots fit for a paper (matplotlib, Agg backend, atomic writes).

Both are written as SVG and PNG (300 dpi) unless a single path with a suffix is asked for.
SVGs are deterministic (fixed hash salt, no date), so rebuilding gives identical files.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from kg.io import atomic_path
from metaanalysis.core import MetaResult

FORMATS = {".svg": "svg", ".png": "png", ".pdf": "pdf"}
LABEL_X = -0.74  # study-label column, in axes widths left of the plotting area


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    plt.rcParams.update({
        "svg.hashsalt": "exokg", "svg.fonttype": "none", "font.size": 9, "font.family": "DejaVu Sans",
        "axes.spines.top": False, "axes.spines.right": False, "axes.spines.left": False,
    })
    return plt


def _save(fig: Any, path: Path) -> list[Path]:
    """Write ``path`` (format from its suffix) or, without a known suffix, ``path``.svg and .png."""
    targets = [path] if path.suffix.lower() in FORMATS else [path.with_suffix(".svg"), path.with_suffix(".png")]
    for target in targets:
        fmt = FORMATS[target.suffix.lower()]
        with atomic_path(target) as tmp:
            kwargs: dict[str, Any] = {"format": fmt, "bbox_inches": "tight"}
            if fmt == "png":
                kwargs["dpi"] = 300
            if fmt == "svg":
                kwargs["metadata"] = {"Date": None}
            if fmt == "pdf":
                kwargs["metadata"] = {"CreationDate": None}
            fig.savefig(tmp, **kwargs)
    return targets


def _fmt(x: float, digits: int = 2) -> str:
    """Fixed-width number with a typographic minus (a space stands in for it on positives)."""
    text = f"{x:.{digits}f}"
    return text.replace("-", "−") if text.startswith("-") else " " + text


def forest_plot(fit: MetaResult, path: str | Path, title: str = "", measure: str = "",
                subgroups: dict[str, MetaResult] | None = None, null_value: float = 0.0,
                labels_left: str = "", labels_right: str = "",
                show_prediction: bool = True) -> list[Path]:
    """Studies (square ∝ weight, CI line), the pooled diamond, optional subgroup diamonds and
    prediction interval, with a column of estimates, CIs and weights. Returns written paths."""
    plt = _pyplot()
    crit = float(_crit(fit.level))
    rows: list[dict[str, Any]] = []
    if subgroups:
        for name, sub in subgroups.items():
            rows.append({"kind": "header", "label": name})
            for lab, y, v, wt in zip(sub.labels, sub.yi, sub.vi, _weights_in(fit, sub), strict=True):
                rows.append({"kind": "study", "label": lab, "y": y, "se": math.sqrt(v), "w": wt})
            rows.append({"kind": "pooled", "label": f"Subgroup (k = {sub.k}, I² = {sub.i2:.0f}%)", "fit": sub,
                         "small": True})
    else:
        for lab, y, v, wt in zip(fit.labels, fit.yi, fit.vi, fit.weights, strict=True):
            rows.append({"kind": "study", "label": lab, "y": y, "se": math.sqrt(v), "w": wt})
    model = "Fixed-effect model" if fit.model == "fixed" else f"Random-effects model ({fit.method}"
    if fit.model != "fixed":
        model += ", Hartung-Knapp)" if fit.test == "knha" else ")"
    rows.append({"kind": "pooled", "label": model, "fit": fit, "small": False})
    if show_prediction and fit.pi_lb is not None and fit.model != "fixed":
        rows.append({"kind": "pi", "label": "Prediction interval", "fit": fit})

    n = len(rows)
    height = 1.2 + 0.26 * n
    fig, ax = plt.subplots(figsize=(8.6, height))
    fig.subplots_adjust(left=0.30, right=0.70)
    lows, highs = [], []
    max_w = max((r["w"] for r in rows if r["kind"] == "study"), default=1.0) or 1.0
    for i, r in enumerate(rows):
        yline = n - i
        if r["kind"] == "study":
            lo, hi = r["y"] - crit * r["se"], r["y"] + crit * r["se"]
            ax.plot([lo, hi], [yline, yline], color="black", lw=0.8)
            size = 4 + 60 * math.sqrt(r["w"] / max_w)
            ax.plot([r["y"]], [yline], marker="s", markersize=math.sqrt(size) * 1.4, color="#2b5d8a", lw=0)
            lows.append(lo)
            highs.append(hi)
            right = f"{_fmt(r['y'])} [{_fmt(lo)}, {_fmt(hi)}] {r['w']:6.1f}%"
            left = r["label"]
        elif r["kind"] == "header":
            left, right = r["label"], ""
        elif r["kind"] == "pooled":
            f = r["fit"]
            est, lo, hi = f.estimate, float(f.ci_lb[0]), float(f.ci_ub[0])
            h = 0.25 if r["small"] else 0.35
            ax.fill([lo, est, hi, est], [yline, yline + h, yline, yline - h],
                    color="#8a2b2b" if not r["small"] else "#b36b6b", lw=0)
            lows.append(lo)
            highs.append(hi)
            left = r["label"]
            right = f"{_fmt(est)} [{_fmt(lo)}, {_fmt(hi)}]" + (f" {100.0:6.1f}%" if not r["small"] else "")
        else:  # prediction interval
            f = r["fit"]
            ax.plot([f.pi_lb, f.pi_ub], [yline, yline], color="#8a2b2b", lw=2.2, solid_capstyle="butt")
            lows.append(f.pi_lb)
            highs.append(f.pi_ub)
            left = r["label"]
            right = f"{'':5} [{_fmt(f.pi_lb)}, {_fmt(f.pi_ub)}]"
        weight = "bold" if r["kind"] in {"header", "pooled"} and not r.get("small") else "normal"
        indent = 0.03 if r["kind"] == "study" and subgroups else 0.0
        ax.text(LABEL_X + indent, yline, left, transform=ax.get_yaxis_transform(), ha="left", va="center",
                fontweight=weight, fontsize=8.5)
        ax.text(1.02, yline, right, transform=ax.get_yaxis_transform(), ha="left", va="center", fontsize=8.5,
                family="DejaVu Sans Mono")
    span_lo, span_hi = min([*lows, null_value]), max([*highs, null_value])
    pad = 0.05 * (span_hi - span_lo or 1.0)
    ax.set_xlim(span_lo - pad, span_hi + pad)
    ax.set_ylim(0.3, n + 1.2)
    ax.axvline(null_value, color="grey", lw=0.8, ls="--", zorder=0)
    ax.set_yticks([])
    ax.set_xlabel(measure or "Effect size")
    ax.text(LABEL_X, n + 0.9, "Study", transform=ax.get_yaxis_transform(), ha="left", fontweight="bold")
    ax.text(1.02, n + 0.9, f"{measure or 'Estimate'} [{fit.level:g}% CI]  Weight",
            transform=ax.get_yaxis_transform(), ha="left", fontweight="bold")
    het = (f"Heterogeneity: Q = {fit.q:.2f}, df = {fit.q_df}, p {_p(fit.q_p)}; I² = {fit.i2:.1f}%"
           + (f", τ² = {fit.tau2:.4g}" if fit.model != "fixed" else ""))
    if labels_left:
        ax.annotate(f"← {labels_left}", xy=(0.0, 0.0), xycoords="axes fraction", xytext=(0, -30),
                    textcoords="offset points", ha="left", va="top", fontsize=7.5, color="dimgray")
    if labels_right:
        ax.annotate(f"{labels_right} →", xy=(1.0, 0.0), xycoords="axes fraction", xytext=(0, -30),
                    textcoords="offset points", ha="right", va="top", fontsize=7.5, color="dimgray")
    ax.annotate(het, xy=(LABEL_X, 0.0), xycoords="axes fraction", xytext=(0, -44), textcoords="offset points",
                ha="left", va="top", fontsize=8)
    if title:
        ax.set_title(title, loc="left", fontweight="bold", pad=14)
    try:
        return _save(fig, Path(path))
    finally:
        plt.close(fig)


def _weights_in(overall: MetaResult, sub: MetaResult) -> Sequence[float]:
    """Weights of a subgroup's studies as percentages of the overall model."""
    index = {lab: w for lab, w in zip(overall.labels, overall.weights, strict=True)}
    return [float(index.get(lab, w)) for lab, w in zip(sub.labels, sub.weights, strict=True)]


def _crit(level: float) -> float:
    from scipy import stats

    return float(stats.norm.ppf(0.5 + level / 200))


def _p(p: float) -> str:
    return "< 0.001" if p < 0.001 else f"= {p:.3f}"


def funnel_plot(fit: MetaResult, path: str | Path, title: str = "", measure: str = "",
                filled_yi: Sequence[float] = (), filled_vi: Sequence[float] = ()) -> list[Path]:
    """Effect against standard error (inverted), with the pseudo-confidence funnel around the
    pooled estimate; trim-and-fill studies, if given, as open circles."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(5.2, 4.4))
    se = np.sqrt(fit.vi)
    fse = np.sqrt(np.asarray(filled_vi, dtype=float))
    top = float(max([*se, *fse, 1e-12])) * 1.08
    crit = _crit(fit.level)
    est = fit.estimate
    grid = np.linspace(0, top, 50)
    ax.fill_betweenx(grid, est - crit * grid, est + crit * grid, color="#eeeeee", zorder=0)
    ax.plot(est - crit * grid, grid, color="grey", lw=0.8, ls="--")
    ax.plot(est + crit * grid, grid, color="grey", lw=0.8, ls="--")
    ax.axvline(est, color="#8a2b2b", lw=1)
    ax.scatter(fit.yi, se, s=28, color="#2b5d8a", zorder=3, label="studies")
    if len(fse):
        ax.scatter(filled_yi, fse, s=28, facecolors="white", edgecolors="#2b5d8a", zorder=3, label="filled (trim-and-fill)")
        ax.legend(frameon=False, fontsize=8, loc="best")
    ax.set_ylim(top, 0)
    ax.spines["left"].set_visible(True)
    ax.set_xlabel(measure or "Effect size")
    ax.set_ylabel("Standard error")
    if title:
        ax.set_title(title, loc="left", fontweight="bold")
    try:
        return _save(fig, Path(path))
    finally:
        plt.close(fig)
