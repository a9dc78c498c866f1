"""``exokg meta``: pool a study-level CSV from the command line.

    exokg meta studies.csv --measure SMD --method REML --hk --subgroup dose --egger --json

Without ``--json`` a readable summary is printed; with it, every statistic of every analysis
(one object per outcome in ``analyses``). ``--plot FILE`` writes the forest plot to FILE
(.svg, .png or .pdf; no suffix: both .svg and .png) and the funnel plot beside it
(``FILE_funnel``). Heavy imports happen inside :func:`run` so ``exokg --help`` stays fast.
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path
from typing import Any


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("csv", type=Path, metavar="CSV", help="study-level data (see metaanalysis/README.md)")
    parser.add_argument("--measure", choices=["MD", "SMD"], type=str.upper, default=None,
                        help="effect size from arm statistics (default: the CSV's measure column, else MD)")
    parser.add_argument("--method", choices=["FE", "DL", "REML", "PM", "ML", "HE", "SJ"], type=str.upper,
                        default="REML", help="FE = fixed effect (inverse variance); otherwise the tau^2 "
                        "estimator of the random-effects model (default: REML)")
    parser.add_argument("--hk", action="store_true", help="Hartung-Knapp(-Sidik-Jonkman) adjustment, t(k-p) tests")
    parser.add_argument("--subgroup", metavar="COL", help="subgroup analysis by this column")
    parser.add_argument("--moderator", metavar="COL", action="append", default=[],
                        help="meta-regression on this column (numeric = continuous, text = categorical); repeatable")
    parser.add_argument("--egger", action="store_true", help="Egger's regression test for funnel asymmetry")
    parser.add_argument("--begg", action="store_true", help="Begg and Mazumdar's rank correlation test")
    parser.add_argument("--fsn", choices=["rosenthal", "orwin", "rosenberg"], type=str.lower, nargs="?",
                        const="rosenthal", default=None, metavar="TYPE",
                        help="fail-safe N: rosenthal (default), orwin or rosenberg")
    parser.add_argument("--fsn-target", type=float, default=None, metavar="EFFECT",
                        help="Orwin's trivial effect size (default: half the mean effect)")
    parser.add_argument("--trimfill", action="store_true", help="Duval-Tweedie trim-and-fill (L0)")
    parser.add_argument("--loo", action="store_true", help="leave-one-out sensitivity analysis")
    parser.add_argument("--cumulative", action="store_true", help="cumulative meta-analysis by the year column")
    parser.add_argument("--outcome", metavar="NAME", help="analyse only this outcome (CSV outcome column)")
    parser.add_argument("--smd", choices=["metafor", "revman"], default="metafor",
                        help="Hedges' g convention: metafor (exact J, default) or revman (RevMan 5 / R meta)")
    parser.add_argument("--pooled-sd", action="store_true", help="MD variance from the pooled SD")
    parser.add_argument("--pi", choices=["metafor", "t"], default="metafor",
                        help="prediction interval: normal quantile (metafor) or t(k-2) (R meta)")
    parser.add_argument("--level", type=float, default=95.0, help="confidence level in percent (default 95)")
    parser.add_argument("--json", action="store_true", help="print every statistic as JSON")
    parser.add_argument("--plot", type=Path, metavar="FILE", help="write the forest plot (and the funnel plot beside it)")


def _clean(x: Any) -> Any:
    """JSON-safe copy: numpy scalars/arrays to Python, NaN and infinities to None."""
    import numpy as np

    if isinstance(x, dict):
        return {str(k): _clean(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_clean(v) for v in x]
    if isinstance(x, np.ndarray):
        return [_clean(v) for v in x.tolist()]
    if isinstance(x, (np.floating, float)):
        f = float(x)
        return f if math.isfinite(f) else None
    if isinstance(x, np.integer):
        return int(x)
    if isinstance(x, Path):
        return str(x)
    return x


def analyse(args: argparse.Namespace) -> list[dict[str, Any]]:
    """Run the requested analyses on each outcome of the CSV; plain data for printing or JSON."""
    from kg.errors import InputError
    from metaanalysis import analyses as an
    from metaanalysis.core import rma
    from metaanalysis.plots import forest_plot, funnel_plot
    from metaanalysis.studies import (
        moderator_values,
        numeric_column,
        outcome_groups,
        read_studies,
        slug,
        text_column,
    )

    if not 0 < args.level < 100:
        raise InputError(f"--level must be between 0 and 100 (got {args.level})")
    table = read_studies(args.csv, measure=args.measure, pooled_sd=args.pooled_sd, smd_convention=args.smd)
    groups = outcome_groups(table)
    if args.outcome:
        groups = [g for g in groups if g[0] == args.outcome]
        if not groups:
            known = ", ".join(sorted({o for o, _, _ in outcome_groups(table)}))
            raise InputError(f"{args.csv}: no outcome {args.outcome!r}; outcomes: {known}")
    method = args.method
    test = "knha" if args.hk else "z"
    results = []
    for outcome, intervention, part in groups:
        y, v, labels = part.yi, part.vi, part.labels
        measures = sorted({r.values.get("measure", "") for r in part.rows})
        if len(measures) > 1:
            raise InputError(f"{args.csv}: outcome {outcome!r} mixes measures {measures}: pool one at a time")
        fit = rma(y, v, method=method, test=test, labels=labels, level=args.level, pi_dist=args.pi)
        first = part.rows[0].values
        entry: dict[str, Any] = {
            "outcome": outcome, "intervention": intervention, "comparator": first.get("comparator", ""),
            "population": first.get("population", ""), "measure": measures[0], "file": str(args.csv),
            "model": fit.to_dict(),
        }
        sub = None
        if args.subgroup:
            keys = text_column(part, args.subgroup, "--subgroup", missing_as="not reported")
            sub = an.subgroup_analysis(y, v, keys, method=method, test=test, labels=labels, level=args.level)
            entry["subgroups"] = sub.to_dict()
        if args.moderator:
            mods = {col: moderator_values(part, col) for col in args.moderator}
            entry["meta_regression"] = an.meta_regression(y, v, mods, method=method, test=test, labels=labels,
                                                          level=args.level).to_dict()
        if args.egger:
            entry["egger"] = {"classical": an.egger_test(y, v, model="lm", level=args.level).to_dict(),
                              "mixed_effects": an.egger_test(y, v, model="rma", method=method if method != "FE"
                                                             else "REML", level=args.level).to_dict()}
        if args.begg:
            entry["begg"] = an.rank_correlation_test(y, v).to_dict()
        if args.fsn:
            entry["fail_safe_n"] = an.fail_safe_n(y, v, method=args.fsn, target=args.fsn_target).to_dict()
        tf = None
        if args.trimfill:
            tf = an.trim_and_fill(y, v, method=method, labels=labels, level=args.level)
            entry["trim_and_fill"] = tf.to_dict()
        if args.loo:
            entry["leave_one_out"] = [{"left_out": lab, **_summary(f)}
                                      for lab, f in an.leave_one_out(y, v, method, test, labels, args.level)]
        if args.cumulative:
            years = numeric_column(part, "year", "--cumulative")
            entry["cumulative"] = [{"added": lab, **_summary(f)}
                                   for lab, f in an.cumulative(y, v, years, method, test, labels, args.level)]
        if args.plot:
            base = args.plot
            if len(groups) > 1:
                base = base.with_name(f"{base.stem}_{slug(outcome)}{base.suffix}")
            title = f"{intervention} vs {first.get('comparator') or 'control'}: {outcome}"
            written = forest_plot(fit, base, title=title, measure=measures[0],
                                  subgroups=sub.groups if sub is not None else None)
            if fit.k >= 3:
                funnel = base.with_name(f"{base.stem}_funnel{base.suffix}")
                written += funnel_plot(fit, funnel, title=title, measure=measures[0],
                                       filled_yi=tf.filled_yi if tf else (), filled_vi=tf.filled_vi if tf else ())
            entry["plots"] = [str(p) for p in written]
        results.append(entry)
    return results


def _summary(fit: Any) -> dict[str, Any]:
    return {"k": fit.k, "estimate": fit.estimate, "se": float(fit.se[0]), "ci_lb": float(fit.ci_lb[0]),
            "ci_ub": float(fit.ci_ub[0]), "p": float(fit.pval[0]), "tau2": fit.tau2, "Q": fit.q, "I2": fit.i2}


def _fmt_p(p: float | None) -> str:
    if p is None:
        return "NA"
    return "< 0.0001" if p < 1e-4 else f"= {p:.4f}"


def render(results: list[dict[str, Any]]) -> str:
    """The readable report."""
    out: list[str] = []
    for r in results:
        m = r["model"]
        lvl = f"{m['level']:g}%"
        name = "Fixed-effect model (inverse variance)" if m["model"] == "fixed" else \
            f"Random-effects model ({m['method']}{', Hartung-Knapp' if m['test'] == 'knha' else ''})"
        out.append(f"{r['outcome']}: {r['intervention']} vs {r['comparator'] or 'control'}"
                   f"{' in ' + r['population'] if r['population'] else ''} - {r['measure']}, k = {m['k']}")
        out.append(f"  {name}")
        stat = f"{m['stat_name']}{'(' + str(m['df']) + ')' if m['df'] is not None else ''}"
        out.append(f"    estimate {m['estimate']:.4f}  SE {m['se']:.4f}  {lvl} CI [{m['ci_lb']:.4f}, {m['ci_ub']:.4f}]"
                   f"  {stat} = {m['stat']:.3f}, p {_fmt_p(m['p'])}")
        if m["pi_lb"] is not None and m["model"] != "fixed":
            out.append(f"    prediction interval [{m['pi_lb']:.4f}, {m['pi_ub']:.4f}]")
        out.append(f"  Heterogeneity: Q = {m['Q']:.3f} (df = {m['Q_df']}, p {_fmt_p(m['Q_p'])}); "
                   f"I² = {m['I2_Q']:.1f}% (Q-based), H² = {m['H2_Q']:.2f}")
        if m["model"] != "fixed":
            ci = m["tau2_ci"]
            ci_text = f" [{ci[0]:.4f}, {ci[1]:.4f}] (Q-profile)" if ci else ""
            out.append(f"    tau² = {m['tau2']:.4f}{ci_text}, tau = {m['tau']:.4f}; "
                       f"I² = {m['I2']:.1f}%, H² = {m['H2']:.2f} (tau²-based)")
        out.append("  Studies:")
        for s in m["studies"]:
            out.append(f"    {s['study']:<28} {s['yi']:9.4f} [{s['ci_lb']:9.4f}, {s['ci_ub']:9.4f}]  {s['weight_percent']:5.1f}%")
        if "subgroups" in r:
            sg = r["subgroups"]
            out.append("  Subgroups:")
            for g, f in sg["groups"].items():
                out.append(f"    {g:<20} k = {f['k']:<3} {f['estimate']:.4f} [{f['ci_lb']:.4f}, {f['ci_ub']:.4f}]"
                           f"  I² = {f['I2']:.1f}%")
            out.append(f"    test for subgroup differences: Q_between = {sg['Q_between']:.3f} "
                       f"(df = {sg['Q_between_df']}, p {_fmt_p(sg['Q_between_p'])})")
            if sg["moderator_test"]:
                mt = sg["moderator_test"]
                out.append(f"    moderator test (common tau²): QM = {mt['QM']:.3f} (df = {mt['QM_df'][0]}, "
                           f"p {_fmt_p(mt['QM_p'])})")
        if "meta_regression" in r:
            mr = r["meta_regression"]
            out.append(f"  Meta-regression (tau² = {mr['tau2']:.4f}, R² = "
                       f"{(mr['R2'] if mr['R2'] is not None else float('nan')):.1f}%):")
            for c in mr["coefficients"]:
                z = c.get("t", c.get("z"))
                out.append(f"    {c['name']:<24} {c['estimate']:10.4f} SE {c['se']:.4f}  {z:8.3f}  p {_fmt_p(c['p'])}")
            out.append(f"    QM = {mr['QM']:.3f} (df = {mr['QM_df'][0]}, p {_fmt_p(mr['QM_p'])}); "
                       f"residual QE = {mr['Q']:.3f} (df = {mr['Q_df']}, p {_fmt_p(mr['Q_p'])})")
        if "egger" in r:
            e = r["egger"]["classical"]
            out.append(f"  Egger's test: t({e['df']}) = {e['stat']:.3f}, p {_fmt_p(e['p'])}; "
                       f"limit estimate {e['limit_estimate']:.4f}")
        if "begg" in r:
            b = r["begg"]
            out.append(f"  Begg's rank correlation test: Kendall's tau = {b['tau']:.4f}, p {_fmt_p(b['p'])}"
                       f"{'' if b['exact'] else ' (normal approximation: tied ranks)'}")
        if "fail_safe_n" in r:
            f = r["fail_safe_n"]
            if f["method"] == "orwin":
                detail = f"to bring the mean effect {f['mean_effect']:.4f} down to {f['target']:.4f}"
            else:
                test = "combined (Stouffer) one-tailed" if f["method"] == "rosenthal" else "fixed-effect"
                detail = f"to lift the {test} p {_fmt_p(f['p'])} to alpha = {f['alpha']:g}"
            tolerance = f"; Rosenthal's 5k + 10 = {f['tolerance']}" if "tolerance" in f else ""
            out.append(f"  Fail-safe N ({f['method'].capitalize()}): {f['n']} null studies {detail}{tolerance}")
        if "trim_and_fill" in r:
            t = r["trim_and_fill"]
            a = t["adjusted"]
            out.append(f"  Trim-and-fill ({t['estimator']}): {t['k0']} studies filled on the {t['side']} side "
                       f"(SE {t['se_k0']:.3f}); adjusted estimate {a['estimate']:.4f} "
                       f"[{a['ci_lb']:.4f}, {a['ci_ub']:.4f}]")
        for key, title, who in (("leave_one_out", "Leave-one-out", "left_out"), ("cumulative", "Cumulative", "added")):
            if key in r:
                out.append(f"  {title}:")
                for row in r[key]:
                    out.append(f"    {row[who]:<28} {row['estimate']:9.4f} [{row['ci_lb']:9.4f}, {row['ci_ub']:9.4f}]"
                               f"  I² = {row['I2']:.1f}%")
        if r.get("plots"):
            out.append("  plots: " + ", ".join(r["plots"]))
        for note in m["notes"]:
            out.append(f"  note: {note}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def run(args: argparse.Namespace) -> int:
    results = analyse(args)
    if args.json:
        print(json.dumps(_clean({"file": str(args.csv), "analyses": results}), ensure_ascii=False, indent=1))
    else:
        print(render(results), end="")
    return 0
