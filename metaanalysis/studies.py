"""Study-level data in, pooled effects out (format documented in metaanalysis/README.md).

One CSV row per study (and outcome). Either arm statistics - ``n1i, m1i, sd1i`` for the
intervention arm and ``n2i, m2i, sd2i`` for the control arm - or a precomputed effect ``yi``
with its variance ``vi`` (or standard error ``sei``). Everything else is optional: ``year``,
``outcome``, ``intervention``, ``comparator``, ``population``, ``measure``, moderators such as
``dose``/``route``/``species``, and SYRCLE risk-of-bias domains (``rob_*``: low/high/unclear).

Each pooled effect's population is grounded from ``species`` (else the ``population`` text) to a
taxon and from ``condition`` (else the ``population`` text, else spinal cord injury, exokg's scope)
to a condition; its comparator from ``comparator_id`` (a CURIE) or the ``comparator`` text.

Every problem is an :class:`kg.errors.InputError` that names the row's study and the column.
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from kg.errors import InputError
from kg.model import ASYMMETRY_ALPHA, BiasAssessment, PooledEffect, Ref
from kg.pico import SCI, comparator_from_text, comparator_term
from metaanalysis.core import FIXED_METHODS, mean_difference, standardized_mean_difference

# canonical column -> accepted spellings (case-insensitive)
ALIASES: dict[str, tuple[str, ...]] = {
    "study": ("study", "study_id", "id", "trial", "lab", "label", "author"),
    "year": ("year", "publication_year"),
    "outcome": ("outcome",),
    "outcome_id": ("outcome_id", "outcome_curie"),
    "intervention": ("intervention",),
    "intervention_id": ("intervention_id", "intervention_curie"),
    "comparator": ("comparator", "control"),
    "comparator_id": ("comparator_id", "comparator_curie"),
    "population": ("population",),
    "measure": ("measure",),
    "n1i": ("n1i", "n1", "n_treatment", "n_exp", "n_e", "n.e"),
    "m1i": ("m1i", "mean1", "mean_treatment", "mean_exp", "mean_e", "mean.e"),
    "sd1i": ("sd1i", "sd1", "sd_treatment", "sd_exp", "sd_e", "sd.e"),
    "n2i": ("n2i", "n2", "n_control", "n_ctrl", "n_c", "n.c"),
    "m2i": ("m2i", "mean2", "mean_control", "mean_ctrl", "mean_c", "mean.c"),
    "sd2i": ("sd2i", "sd2", "sd_control", "sd_ctrl", "sd_c", "sd.c"),
    "yi": ("yi", "effect", "es"),
    "vi": ("vi", "variance", "var"),
    "sei": ("sei", "se", "std_err"),
}
ARM_COLUMNS = ("n1i", "m1i", "sd1i", "n2i", "m2i", "sd2i")
SYRCLE_DOMAINS = (
    "rob_sequence_generation", "rob_baseline_characteristics", "rob_allocation_concealment",
    "rob_random_housing", "rob_blinding_caregivers", "rob_random_outcome_assessment",
    "rob_blinding_assessors", "rob_incomplete_outcome_data", "rob_selective_reporting", "rob_other",
)
ROB_VALUES = {"low": "low", "yes": "low", "high": "high", "no": "high", "unclear": "unclear", "some concerns": "unclear",
              "uncertain": "unclear", "?": "unclear"}
MISSING = {"", "na", "n/a", "nan", "nr", "not reported", "-"}


@dataclass
class StudyRow:
    """One row after validation."""

    line: int
    study: str
    values: dict[str, str]  # every column, canonical names for the known ones
    yi: float
    vi: float


@dataclass
class StudyTable:
    path: str
    columns: list[str]
    rows: list[StudyRow] = field(default_factory=list)
    kind: str = ""  # "arms" | "yi"
    measure: str = ""

    def column(self, name: str) -> list[str]:
        return [r.values.get(name, "") for r in self.rows]

    def subset(self, rows: Sequence[StudyRow]) -> StudyTable:
        return StudyTable(self.path, self.columns, list(rows), self.kind, self.measure)

    @property
    def yi(self) -> np.ndarray:
        return np.array([r.yi for r in self.rows])

    @property
    def vi(self) -> np.ndarray:
        return np.array([r.vi for r in self.rows])

    @property
    def labels(self) -> list[str]:
        return [r.study for r in self.rows]


def _canonical(header: Sequence[str]) -> dict[str, str]:
    """Original header -> canonical name (unknown columns keep their lower-cased name)."""
    keys = {h: (h or "").strip().lower() for h in header}
    if len(set(keys.values())) < len(keys):
        dup = sorted({k for k in keys.values() if list(keys.values()).count(k) > 1})
        raise InputError(f"duplicate column names: {', '.join(dup)}")
    out = dict(keys)
    # each canonical name goes to the highest-priority alias present ("trial" wins over "author")
    for canon, aliases in ALIASES.items():
        if canon in keys.values():
            continue
        for alias in aliases:
            match = next((h for h, k in keys.items() if k == alias), None)
            if match is not None and out[match] == alias:
                out[match] = canon
                break
    return out


def _number(row: dict[str, str], col: str, study: str, where: str) -> float:
    raw = (row.get(col) or "").strip()
    if raw.lower() in MISSING:
        raise InputError(f"{where}: study {study!r}: column {col!r} is missing")
    try:
        value = float(raw.replace("−", "-"))
    except ValueError:
        raise InputError(f"{where}: study {study!r}: column {col!r} is not a number ({raw!r})") from None
    if not math.isfinite(value):
        raise InputError(f"{where}: study {study!r}: column {col!r} is not a finite number ({raw!r})")
    return value


def read_studies(path: str | Path, measure: str | None = None, pooled_sd: bool = False,
                 smd_convention: str = "metafor") -> StudyTable:
    """Read and validate a study-level CSV; compute yi/vi from arm statistics when given.

    ``measure`` ("MD" or "SMD") overrides the CSV's ``measure`` column for arm data.
    """
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{p}: no such file")
    try:
        text = p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{p}: not UTF-8 text (bad byte at offset {exc.start})") from None
    reader = csv.DictReader(text.splitlines())
    if not reader.fieldnames:
        raise InputError(f"{p}: empty file (expected a header row)")
    names = _canonical(reader.fieldnames)
    cols = list(names.values())
    if "study" not in cols:
        raise InputError(f"{p}: no 'study' column (the study identifier); columns: {', '.join(reader.fieldnames)}")
    has_arms = all(c in cols for c in ARM_COLUMNS)
    has_yi = "yi" in cols and ("vi" in cols or "sei" in cols)
    if not has_arms and not has_yi:
        partial = [c for c in ARM_COLUMNS if c in cols]
        hint = f" (arm columns present: {', '.join(partial)}; missing: " \
               f"{', '.join(c for c in ARM_COLUMNS if c not in cols)})" if partial else ""
        raise InputError(f"{p}: needs arm statistics n1i, m1i, sd1i, n2i, m2i, sd2i or effect sizes yi with vi "
                         f"(or sei){hint}")
    table = StudyTable(str(p), cols, kind="arms" if has_arms else "yi")
    seen_ids: dict[tuple[str, str], int] = {}
    raw_rows: list[tuple[int, dict[str, str]]] = []
    for line, raw in enumerate(reader, start=2):
        if raw is None or not any((v or "").strip() for v in raw.values() if isinstance(v, str)):
            continue
        if None in raw:
            raise InputError(f"{p}:{line}: more fields than header columns")
        row = {names[h]: (v or "").strip() for h, v in raw.items()}
        study = row.get("study", "")
        if not study:
            raise InputError(f"{p}:{line}: column 'study' is empty")
        key = (study, row.get("outcome", ""))
        if key in seen_ids:
            raise InputError(f"{p}:{line}: study {study!r} appears twice for the same outcome "
                             f"(also line {seen_ids[key]})")
        seen_ids[key] = line
        raw_rows.append((line, row))
    if not raw_rows:
        raise InputError(f"{p}: no study rows")

    for line, row in raw_rows:
        study = row["study"]
        where = f"{p}:{line}"
        for dom in (c for c in cols if c.startswith("rob_")):
            value = row.get(dom, "").lower()
            if value and value not in ROB_VALUES:
                raise InputError(f"{where}: study {study!r}: column {dom!r} must be low, high or unclear "
                                 f"(or yes/no), got {row[dom]!r}")
            if value:
                row[dom] = ROB_VALUES[value]
        if row.get("year"):
            y = _number(row, "year", study, where)
            if y != int(y):
                raise InputError(f"{where}: study {study!r}: column 'year' is not a whole number ({row['year']!r})")
        if has_arms:
            vals = {c: _number(row, c, study, where) for c in ARM_COLUMNS}
            for c in ("n1i", "n2i"):
                if vals[c] < 2 or vals[c] != int(vals[c]):
                    raise InputError(f"{where}: study {study!r}: column {c!r} must be a whole number >= 2 "
                                     f"(got {row[c]})")
            for c in ("sd1i", "sd2i"):
                if vals[c] <= 0:
                    raise InputError(f"{where}: study {study!r}: column {c!r} must be > 0 (got {row[c]})")
            row_measure = (measure or row.get("measure") or "MD").upper()
            if row_measure in {"MD", "WMD"}:
                yi, vi = mean_difference(*([vals[c]] for c in ARM_COLUMNS), pooled_sd=pooled_sd)
            elif row_measure in {"SMD", "G", "HEDGES_G"}:
                yi, vi = standardized_mean_difference(*([vals[c]] for c in ARM_COLUMNS), convention=smd_convention)
                row_measure = "SMD"
            else:
                raise InputError(f"{where}: study {study!r}: column 'measure' must be MD or SMD for arm "
                                 f"statistics (got {row_measure!r})")
            row["measure"] = row_measure
            table.rows.append(StudyRow(line, study, row, float(yi[0]), float(vi[0])))
        else:
            yi_v = _number(row, "yi", study, where)
            if "vi" in cols and row.get("vi", "").lower() not in MISSING:
                vi_v = _number(row, "vi", study, where)
                if vi_v <= 0:
                    raise InputError(f"{where}: study {study!r}: column 'vi' must be > 0 (got {row['vi']})")
            else:
                se = _number(row, "sei", study, where)
                if se <= 0:
                    raise InputError(f"{where}: study {study!r}: column 'sei' must be > 0 (got {row['sei']})")
                vi_v = se * se
            row["measure"] = (row.get("measure") or measure or "effect")
            table.rows.append(StudyRow(line, study, row, yi_v, vi_v))
    return table


def numeric_column(table: StudyTable, col: str, purpose: str) -> list[float]:
    """A moderator as numbers; a missing or non-numeric cell is an error naming study and column."""
    if col not in table.columns:
        raise InputError(f"{table.path}: no column {col!r} (needed for {purpose}); columns: {', '.join(table.columns)}")
    out = []
    for r in table.rows:
        out.append(_number(r.values, col, r.study, f"{table.path}:{r.line}"))
    return out


def text_column(table: StudyTable, col: str, purpose: str, missing_as: str | None = None) -> list[str]:
    if col not in table.columns:
        raise InputError(f"{table.path}: no column {col!r} (needed for {purpose}); columns: {', '.join(table.columns)}")
    out = []
    for r in table.rows:
        value = r.values.get(col, "")
        if value.lower() in MISSING:
            if missing_as is None:
                raise InputError(f"{table.path}:{r.line}: study {r.study!r}: column {col!r} is missing "
                                 f"(needed for {purpose})")
            value = missing_as
        out.append(value)
    return out


def moderator_values(table: StudyTable, col: str) -> list[Any]:
    """Numbers when every cell is a number, else text (categorical); missing cells are errors."""
    values = text_column(table, col, f"moderator {col!r}")
    try:
        return [float(v) for v in values]
    except ValueError:
        return values


# ---------------------------------------------------------------------------------------------
# Grounding of outcome/intervention labels


def slug(label: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", label).strip("_") or "unnamed"


def ground_label(label: str, curie: str = "", category: str = "biolink:NamedThing") -> Ref:
    """A Ref for a CSV label: the given CURIE, else a built-in concept or lexicon entry whose
    label/synonym matches, else an ``exokg:`` identifier made from the label."""
    from extractors.reported_effects import (
        INTERVENTION_CONCEPTS,
        OUTCOME_CONCEPTS,
        ground_concept,
        lexicon_table,
        normalise_name,
    )

    if curie:
        try:
            return Ref.from_curie(curie, label or curie, category)
        except ValueError:
            raise InputError(f"not a CURIE (prefix:identifier): {curie!r}") from None
    table = lexicon_table()
    for concept in (*INTERVENTION_CONCEPTS, *OUTCOME_CONCEPTS):
        if re.fullmatch(concept.pattern, label, re.I) or normalise_name(label) in {normalise_name(n) for n in concept.names}:
            return ground_concept(concept, table)
    wanted = normalise_name(label)
    for cur, info in table.items():
        names = [info.get("label", ""), *(info.get("synonyms", ()) or ())]
        if any(normalise_name(str(n)) == wanted for n in names):
            try:
                return Ref.from_curie(cur, str(info.get("label") or label), str(info.get("category") or category))
            except ValueError:
                continue
    return Ref("exokg", slug(label), label, category)


DEFAULT_CONDITION = SCI  # a study table without a condition column or population text is about SCI


def _one(values: Sequence[Ref | None]) -> Ref | None:
    """The single grounding every row agrees on; None when a row has none or rows differ."""
    if not values or any(v is None for v in values):
        return None
    curies = {v.curie for v in values if v is not None}
    return values[0] if len(curies) == 1 else None


def _cells(table: StudyTable, col: str) -> list[str]:
    return [r.values.get(col, "").strip() for r in table.rows]


def _present(value: str) -> bool:
    return value.lower() not in MISSING


def ground_population(table: StudyTable) -> tuple[Ref | None, Ref | None]:
    """(taxon, condition) of the rows: from ``species`` / ``condition`` when every row names one
    and they agree, else from the ``population`` text; the condition defaults to SCI."""
    from extractors.reported_effects import DISEASES, SPECIES, ground_condition, ground_organism

    populations = [p for p in _cells(table, "population") if _present(p)]
    organism = None
    species = _cells(table, "species")
    if "species" in table.columns and all(_present(s) for s in species):
        organism = _one([ground_organism(s) for s in species])
    elif populations:
        named = [next((name for name, rx in SPECIES if rx.search(p)), "") for p in populations]
        organism = _one([ground_organism(n) if n else None for n in named])
    conditions = _cells(table, "condition")
    if "condition" in table.columns and all(_present(c) for c in conditions):
        condition = _one([ground_condition(c) for c in conditions])
    else:
        named = [next((name for name, rx in DISEASES if rx.search(p)), "") for p in populations]
        condition = _one([ground_condition(n) if n else None for n in named]) if populations else None
        if not any(named):
            condition = DEFAULT_CONDITION
    return organism, condition


def ground_comparator(table: StudyTable) -> Ref | None:
    """The comparator term of the rows: ``comparator_id`` CURIEs, else the ``comparator`` text
    ("PBS", "saline", "placebo", "untreated"); None when rows differ or say only "control"."""
    ids = _cells(table, "comparator_id")
    texts = _cells(table, "comparator")
    refs: list[Ref | None] = []
    for row, curie, text in zip(table.rows, ids, texts, strict=True):
        if _present(curie):
            try:
                refs.append(comparator_term(curie) or Ref.from_curie(curie, text or curie))
            except ValueError:
                raise InputError(f"{table.path}:{row.line}: study {row.study!r}: column 'comparator_id' is not "
                                 f"a CURIE (prefix:identifier): {curie!r}") from None
        else:
            refs.append(comparator_from_text(text) if _present(text) else None)
    return _one(refs)


# ---------------------------------------------------------------------------------------------
# CSV -> PooledEffect


MIN_STUDIES_FOR_BIAS = 10  # funnel asymmetry tests have too little power below this (Cochrane Handbook 13.3.5.4)


def bias_checks(yi: Sequence[float], vi: Sequence[float], method: str = "REML",
                level: float = 95.0) -> tuple[BiasAssessment, ...]:
    """Egger's regression test, Begg's rank correlation test, trim-and-fill (L0) and Rosenthal's
    fail-safe N of one pooled set of studies; none below :data:`MIN_STUDIES_FOR_BIAS` studies,
    where asymmetry tests cannot tell chance from bias."""
    from metaanalysis.analyses import egger_test, fail_safe_n, rank_correlation_test, trim_and_fill

    if len(yi) < MIN_STUDIES_FOR_BIAS:
        return ()
    egger = egger_test(yi, vi, model="lm", level=level)
    begg = rank_correlation_test(yi, vi)
    filled = trim_and_fill(yi, vi, method=method, level=level)
    adjusted = filled.fit
    file_drawer = fail_safe_n(yi, vi, method="rosenthal")
    return (
        BiasAssessment(method="egger", asymmetry=egger.p < ASYMMETRY_ALPHA, statistic=egger.stat, p_value=egger.p,
                       source="computed"),
        BiasAssessment(method="begg", asymmetry=begg.p < ASYMMETRY_ALPHA, statistic=begg.tau, p_value=begg.p,
                       source="computed"),
        BiasAssessment(method="trim_and_fill", asymmetry=filled.k0 > 0, filled=filled.k0,
                       adjusted_estimate=float(adjusted.estimate), adjusted_ci_low=float(adjusted.ci_lb[0]),
                       adjusted_ci_high=float(adjusted.ci_ub[0]), source="computed"),
        # a file-drawer count tests no asymmetry: the finding stays unsaid
        BiasAssessment(method="fail_safe_n", fail_safe_n=file_drawer.n, source="computed"),
    )


def _effect(fit: Any, table: StudyTable, outcome: Ref, intervention: Ref, subgroup: str, measure: str,
            plots: Sequence[Path], provenance: str, bias: tuple[BiasAssessment, ...] = ()) -> PooledEffect:
    first = table.rows[0].values
    method = fit.method if fit.method not in FIXED_METHODS else "IV"
    if fit.test == "knha":
        method += "+HK"
    pval = float(fit.pval[0])
    organism, condition = ground_population(table)
    return PooledEffect(
        measure=measure, estimate=float(fit.estimate), ci_low=float(fit.ci_lb[0]), ci_high=float(fit.ci_ub[0]),
        intervention=intervention, outcome=outcome, population=first.get("population", ""),
        comparator=first.get("comparator", ""), k=fit.k, se=float(fit.se[0]),
        p_value=None if math.isnan(pval) else pval, i2=float(fit.i2), tau2=float(fit.tau2), q=float(fit.q),
        model=fit.model, method=method, source="computed", subgroup=subgroup, evidence=None,
        provenance=provenance, plots=tuple(str(p) for p in plots), organism=organism, condition=condition,
        comparator_term=ground_comparator(table), bias=bias,
    )


def outcome_groups(table: StudyTable) -> list[tuple[str, str, StudyTable]]:
    """Split rows by (outcome, intervention) in first-seen order."""
    order: list[tuple[str, str]] = []
    rows: dict[tuple[str, str], list[StudyRow]] = {}
    for r in table.rows:
        key = (r.values.get("outcome", "") or "outcome", r.values.get("intervention", "") or "intervention")
        if key not in rows:
            order.append(key)
            rows[key] = []
        rows[key].append(r)
    return [(o, i, table.subset(rows[(o, i)])) for o, i in order]


def pooled_effects_from_csv(path: str | Path, plot_dir: str | Path | None = None, method: str = "REML",
                            test: str = "z", subgroup: str | None = None, measure: str | None = None,
                            level: float = 95.0) -> list[PooledEffect]:
    """Pool a study-level CSV: per outcome (and intervention) an overall random-effects effect
    (REML, z by default) with its bias checks (:func:`bias_checks`, from 10 studies) and, with a
    ``subgroup`` column (or argument), one per subgroup.
    Forest and funnel plots (SVG + PNG) go to ``plot_dir`` and are listed in ``plots``."""
    from metaanalysis.analyses import subgroup_analysis
    from metaanalysis.core import rma
    from metaanalysis.plots import forest_plot, funnel_plot

    table = read_studies(path, measure=measure)
    if subgroup is None and "subgroup" in table.columns:
        subgroup = "subgroup"
    effects: list[PooledEffect] = []
    name = Path(path).name
    for outcome_label, intervention_label, part in outcome_groups(table):
        measures = sorted({r.values.get("measure", "") for r in part.rows})
        if len(measures) > 1:
            raise InputError(f"{path}: outcome {outcome_label!r} mixes measures {measures}: pool one measure at a time")
        meas = measures[0]
        first = part.rows[0].values
        outcome = ground_label(outcome_label, first.get("outcome_id", ""), "biolink:PhenotypicFeature")
        intervention = ground_label(intervention_label, first.get("intervention_id", ""), "biolink:NamedThing")
        fit = rma(part.yi, part.vi, method=method, test=test, labels=part.labels, level=level)
        groups = None
        if subgroup and len(part.rows) > 1:
            keys = text_column(part, subgroup, "subgroups", missing_as="not reported")
            if len(set(keys)) > 1:
                groups = subgroup_analysis(part.yi, part.vi, keys, method=method, test=test,
                                           labels=part.labels, level=level)
        plots: list[Path] = []
        if plot_dir is not None:
            stem = Path(plot_dir) / f"{slug(Path(path).stem)}_{slug(outcome_label)}"
            title = f"{intervention_label} vs {first.get('comparator') or 'control'}: {outcome_label}"
            plots += forest_plot(fit, stem.with_name(stem.name + "_forest"), title=title, measure=meas,
                                 subgroups=groups.groups if groups else None)
            if fit.k >= 3:
                plots += funnel_plot(fit, stem.with_name(stem.name + "_funnel"), title=title, measure=meas)
        prov = f"computed by exokg from {name} ({fit.k} studies; {fit.method}, {fit.test} test)"
        bias = bias_checks(part.yi, part.vi, method=method, level=level)
        effects.append(_effect(fit, part, outcome, intervention, "", meas, plots, prov, bias))
        if groups is not None:
            for level_name, sub in groups.groups.items():
                rows = [r for r, key in zip(part.rows, keys, strict=True) if key == level_name]
                effects.append(_effect(sub, part.subset(rows), outcome, intervention, f"{subgroup}={level_name}",
                                       meas, plots, prov + f"; subgroup {subgroup}={level_name}; Q_between p = "
                                                         f"{groups.q_between_p:.3g}"))
    return effects
