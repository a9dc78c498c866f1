"""Study-level CSV: validation errors that name study and column, and pooled effects with plots."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from kg.errors import InputError
from metaanalysis.core import mean_difference, rma
from metaanalysis.studies import ground_label, pooled_effects_from_csv, read_studies

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "data" / "examples"
HEADER = "study,year,n1i,m1i,sd1i,n2i,m2i,sd2i,dose\n"


def write(tmp_path: Path, body: str, header: str = HEADER) -> Path:
    p = tmp_path / "studies.csv"
    p.write_text(header + body, encoding="utf-8")
    return p


@pytest.mark.parametrize(("row", "message"), [
    ("A,2020,1,5,1,10,4,1,100\n", "study 'A': column 'n1i' must be a whole number >= 2"),
    ("A,2020,10,5,0,10,4,1,100\n", "study 'A': column 'sd1i' must be > 0"),
    ("A,2020,10,5,1,10,4,-2,100\n", "study 'A': column 'sd2i' must be > 0"),
    ("A,2020,10,,1,10,4,1,100\n", "study 'A': column 'm1i' is missing"),
    ("A,2020,10,5,1,10,four,1,100\n", "study 'A': column 'm2i' is not a number ('four')"),
    ("A,20x0,10,5,1,10,4,1,100\n", "study 'A': column 'year' is not a number"),
    (",2020,10,5,1,10,4,1,100\n", "column 'study' is empty"),
])
def test_bad_rows_name_study_and_column(tmp_path, row, message):
    good = "B,2021,10,5,1,10,4,1,100\n"
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_studies(write(tmp_path, good + row))


def test_bad_files(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_studies(tmp_path / "missing.csv")
    with pytest.raises(InputError, match="needs arm statistics"):
        read_studies(write(tmp_path, "A,1,2\n", header="study,n1i,m1i\n"))
    with pytest.raises(InputError, match="no 'study' column"):
        read_studies(write(tmp_path, "1,2\n", header="yi,vi\n"))
    with pytest.raises(InputError, match="appears twice"):
        read_studies(write(tmp_path, "A,2020,10,5,1,10,4,1,1\nA,2021,10,5,1,10,4,1,1\n"))
    with pytest.raises(InputError, match="column 'vi' must be > 0"):
        read_studies(write(tmp_path, "A,0.5,0\n", header="study,yi,vi\n"))
    with pytest.raises(InputError, match="must be low, high or unclear"):
        read_studies(write(tmp_path, "A,0.5,0.1,maybe\n", header="study,yi,vi,rob_blinding_assessors\n"))


def test_moderator_with_one_level_and_missing_moderator(tmp_path):
    from metaanalysis.analyses import meta_regression
    from metaanalysis.studies import moderator_values

    t = read_studies(write(tmp_path, "A,2020,10,5,1,10,4,1,100\nB,2021,10,6,1,10,4,1,100\nC,2022,12,5,2,10,4,1,100\n"))
    with pytest.raises(InputError, match="moderator 'dose' has a single level"):
        meta_regression(t.yi, t.vi, {"dose": moderator_values(t, "dose")})
    t = read_studies(write(tmp_path, "A,2020,10,5,1,10,4,1,100\nB,2021,10,6,1,10,4,1,\n"))
    with pytest.raises(InputError, match="study 'B': column 'dose' is missing"):
        moderator_values(t, "dose")
    with pytest.raises(InputError, match="no column 'route'"):
        moderator_values(t, "route")


def test_arm_data_become_effect_sizes_and_rob_is_normalised(tmp_path):
    t = read_studies(write(tmp_path, "A,2020,10,5,1,12,4,2,yes\n",
                           header="study,year,n1i,m1i,sd1i,n2i,m2i,sd2i,rob_random_housing\n"), measure="MD")
    y, v = mean_difference([10], [5], [1], [12], [4], [2])
    assert t.yi[0] == pytest.approx(y[0]) and t.vi[0] == pytest.approx(v[0])
    assert t.rows[0].values["rob_random_housing"] == "low"


def test_pooled_effects_from_example_csv(tmp_path):
    path = EXAMPLES / "bcg_vaccine_trials.csv"
    effects = pooled_effects_from_csv(path, tmp_path / "plots", subgroup="alloc")
    overall = [e for e in effects if not e.subgroup]
    assert len(overall) == 1 and len(effects) == 4
    e = overall[0]
    ref = rma(read_studies(path).yi, read_studies(path).vi, method="REML")
    assert e.estimate == pytest.approx(ref.estimate) and e.k == 13 and e.source == "computed"
    assert (e.model, e.method, e.measure) == ("random", "REML", "logRR")
    assert e.i2 == pytest.approx(92.22, abs=0.01) and e.tau2 == pytest.approx(0.3132, abs=1e-4)
    assert e.intervention.label == "BCG vaccine" and e.comparator == "no vaccination"
    assert {x.subgroup for x in effects} == {"", "alloc=alternate", "alloc=random", "alloc=systematic"}
    assert sum(x.k for x in effects if x.subgroup) == 13
    plots = [Path(p) for p in e.plots]
    assert {p.suffix for p in plots} == {".svg", ".png"} and len(plots) == 4
    for p in plots:
        head = p.read_bytes()[:200]
        assert head.startswith(b"\x89PNG") if p.suffix == ".png" else b"<svg" in p.read_bytes()[:2000]
    # no temporary files left behind by the atomic writes
    assert not [p for p in (tmp_path / "plots").iterdir() if p.name.startswith(".")]


def test_arm_level_example_is_pooled_per_measure(tmp_path):
    effects = pooled_effects_from_csv(EXAMPLES / "fleiss1993_mental_health.csv", None, method="FE")
    [e] = effects
    assert e.estimate == pytest.approx(-0.70938839, abs=1e-8)  # RevMan 5 (meta's Fleiss93_CR.csv)
    assert (e.model, e.method, e.plots) == ("fixed", "IV", ())


def test_ground_label_uses_curie_builtin_concepts_or_a_slug():
    assert ground_label("x", "HGNC:11892").curie == "HGNC:11892"
    assert ground_label("BMSCs-Exo").curie == "exokg:BMSC_Exo"
    tnf = ground_label("TNF-α")
    assert tnf.curie != "exokg:TNF_" and tnf.curie.startswith(("HGNC:", "NCBIGene:", "RGD:", "UniProtKB:", "PR:"))
    assert ground_label("some new outcome").curie == "exokg:some_new_outcome"
    with pytest.raises(InputError):
        ground_label("x", "not a curie")


def test_smd_csv_matches_engine(tmp_path):
    from metaanalysis.core import standardized_mean_difference

    p = write(tmp_path, "A,2020,10,5,1,12,4,2,1\nB,2021,8,7,2,9,4,2,2\nC,2022,15,5,1.5,15,5.5,1,3\n")
    t = read_studies(p, measure="SMD", smd_convention="revman")
    g, v = standardized_mean_difference([10, 8, 15], [5, 7, 5], [1, 2, 1.5], [12, 9, 15], [4, 4, 5.5], [2, 2, 1],
                                        convention="revman")
    np.testing.assert_allclose(t.yi, g)
    np.testing.assert_allclose(t.vi, v)
    assert [r.values["measure"] for r in t.rows] == ["SMD"] * 3


SPECIES_HEADER = "study,outcome,intervention,comparator,species,n1i,m1i,sd1i,n2i,m2i,sd2i\n"


def test_computed_effect_is_grounded_from_the_species_column_and_linked_in_the_graph(tmp_path):
    from kg.assemble import assemble
    from kg.graph import build_graph
    from kg.rdf import graph_to_rdf, rdf_to_graph

    rows = ("Huang 2017,BBB score,BMSC-Exo,PBS,Sprague-Dawley rats,10,12,2,10,8,2\n"
            "Li 2019,BBB score,BMSC-Exo,saline,rat,8,11,3,8,8,2.5\n"
            "Liu 2020,BBB score,BMSC-Exo,PBS,Rattus norvegicus,12,13,2,12,9,2\n")
    (effect,) = pooled_effects_from_csv(write(tmp_path, rows, header=SPECIES_HEADER))
    assert effect.source == "computed" and effect.k == 3
    assert effect.organism is not None and effect.organism.curie == "NCBITaxon:10116"
    assert effect.condition is not None and effect.condition.curie == "MONDO:0043797"  # the corpus default
    assert effect.comparator_term is not None and effect.comparator_term.curie == "exokg:Placebo_Vehicle"
    assert effect.comparator == "PBS"  # the first row's text, as written

    graph = build_graph(assemble([]), [effect])
    population = graph.nodes[effect.id]["population_id"]
    assert population == "exokg:population_NCBITaxon_10116_MONDO_0043797"
    assert graph.nodes[population]["label"] == "SCI rats"
    assert {v for _, v in graph.out_edges(population)} == {"NCBITaxon:10116", "MONDO:0043797"}
    assert graph.has_edge(effect.id, "exokg:Placebo_Vehicle", key=f"{effect.id}:comparator")
    back = rdf_to_graph(graph_to_rdf(graph))
    assert dict(back.nodes(data=True)) == dict(graph.nodes(data=True))


def test_rows_that_disagree_or_name_nothing_leave_the_effect_ungrounded(tmp_path):
    mixed = ("A,BBB score,BMSC-Exo,PBS,rat,10,12,2,10,8,2\n"
             "B,BBB score,BMSC-Exo,control,mouse,8,11,3,8,8,2.5\n")
    (effect,) = pooled_effects_from_csv(write(tmp_path, mixed, header=SPECIES_HEADER))
    assert effect.organism is None and effect.comparator_term is None
    # no species column: the population text names the taxon and the condition
    text = ("study,population,comparator_id,n1i,m1i,sd1i,n2i,m2i,sd2i\n"
            "A,mice with spinal cord injury,exokg:NoTreatment,10,12,2,10,8,2\n"
            "B,mice with spinal cord injury,exokg:NoTreatment,8,11,3,8,8,2.5\n")
    (effect,) = pooled_effects_from_csv(write(tmp_path, "", header=text))
    assert (effect.organism.curie, effect.condition.curie) == ("NCBITaxon:10090", "MONDO:0043797")
    assert effect.comparator_term is not None and effect.comparator_term.label == "no treatment (injured, untreated)"
    with pytest.raises(InputError, match="column 'comparator_id' is not a CURIE"):
        pooled_effects_from_csv(write(tmp_path, "A,rats,Placebo,10,12,2,10,8,2\n",
                                      header="study,population,comparator_id,n1i,m1i,sd1i,n2i,m2i,sd2i\n"))


def test_subgroup_by_species_grounds_each_subgroup_on_its_own_rows(tmp_path):
    rows = ("A,BBB score,BMSC-Exo,PBS,rat,10,12,2,10,8,2,rat\n"
            "B,BBB score,BMSC-Exo,PBS,rat,8,11,3,8,8,2.5,rat\n"
            "C,BBB score,BMSC-Exo,PBS,mouse,12,13,2,12,9,2,mouse\n"
            "D,BBB score,BMSC-Exo,PBS,mouse,9,10,2,9,7,2,mouse\n")
    effects = pooled_effects_from_csv(write(tmp_path, rows, header=SPECIES_HEADER.replace("\n", ",subgroup\n")))
    taxa = {e.subgroup: e.organism.curie if e.organism else None for e in effects}
    assert taxa == {"": None, "subgroup=rat": "NCBITaxon:10116", "subgroup=mouse": "NCBITaxon:10090"}


def _case(case_id: str) -> dict:
    import json

    cases = json.loads((Path(__file__).parent / "fixtures" / "cases.json").read_text(encoding="utf-8"))
    return next(c for c in (cases if isinstance(cases, list) else cases["cases"]) if c["id"] == case_id)


def _expected(analysis: dict) -> dict:
    return {k: v["value"] if isinstance(v, dict) else v for k, v in analysis["expected"].items()}


def test_an_overall_effect_of_ten_or_more_studies_carries_eggers_test_as_metafor_computes_it(tmp_path: Path) -> None:
    """metafor regtest(model="lm") on dat.egger2001 (15 trials): t = -3.1783, p = 0.0073."""
    import csv

    rows = list(csv.DictReader((Path(__file__).parent / "fixtures" / "egger2001.csv").open(encoding="utf-8")))
    rows = [r for r in rows if r["regtest_example"] == "1"]
    path = tmp_path / "magnesium.csv"
    path.write_text("study,outcome,intervention,measure,yi,vi\n" + "".join(
        f"{r['study']} {r['year']},mortality,magnesium,logOR,{r['yi']},{r['vi']}\n" for r in rows), encoding="utf-8")
    (effect,) = pooled_effects_from_csv(path)
    assert effect.k == 15
    egger, begg, trim, file_drawer = effect.bias
    expected = _expected(next(a for a in _case("C16_egger2001_regtest")["analyses"] if "classical" in a["name"]))
    assert (egger.method, egger.source, egger.evidence) == ("egger", "computed", None)
    assert egger.statistic == pytest.approx(expected["t"], abs=1e-4)
    assert egger.p_value == pytest.approx(expected["p"], abs=1e-4)
    assert egger.asymmetry is True  # p < 0.10
    assert trim.method == "trim_and_fill" and trim.filled is not None and trim.adjusted_estimate is not None
    assert begg.method == "begg" and begg.statistic is not None and begg.p_value is not None
    assert file_drawer.method == "fail_safe_n" and file_drawer.asymmetry is None


def test_an_overall_effect_carries_beggs_test_and_rosenthals_fail_safe_n_as_metafor_computes_them(
        tmp_path: Path) -> None:
    """metafor on dat.hackshaw1998 (37 studies): fsn() = 393; ranktest() on dat.egger2001: tau 0.15, p 0.4503."""
    import csv

    def pooled(name: str) -> dict[str, Any]:
        rows = list(csv.DictReader((Path(__file__).parent / "fixtures" / name).open(encoding="utf-8")))
        path = tmp_path / name
        path.write_text("study,outcome,intervention,measure,yi,vi\n" + "".join(
            f"{r['study']} {r['year']},lung cancer,spousal smoking,logOR,{r['yi']},{r['vi']}\n" for r in rows),
            encoding="utf-8")
        (effect,) = pooled_effects_from_csv(path)
        return {b.method: b for b in effect.bias}

    hackshaw = pooled("hackshaw1998.csv")
    assert hackshaw["fail_safe_n"].fail_safe_n == 393 and hackshaw["fail_safe_n"].source == "computed"
    assert hackshaw["fail_safe_n"].summary() == "fail-safe N (N = 393)"
    begg = pooled("egger2001.csv")["begg"]
    assert begg.statistic == pytest.approx(0.15) and round(begg.p_value, 4) == 0.4503
    assert begg.asymmetry is False  # p >= 0.10


def test_trim_and_fill_of_an_overall_effect_matches_metafor(tmp_path: Path) -> None:
    """metafor trimfill() of the REML fit of dat.bcg: 1 study filled on the right, -0.6571 [-1.007, -0.3072]."""
    (effect, *subgroups) = pooled_effects_from_csv(EXAMPLES / "bcg_vaccine_trials.csv")
    expected = _expected(next(a for a in _case("C14_bcg_trimfill_metafor")["analyses"] if a["name"] == "REML model, L0"))
    trim = next(b for b in effect.bias if b.method == "trim_and_fill")
    assert trim.filled == expected["k0"] == 1 and trim.asymmetry is True
    assert trim.adjusted_estimate == pytest.approx(expected["estimate"], abs=2e-4)
    assert trim.adjusted_ci_low == pytest.approx(expected["ci_lb"], abs=2e-4)
    assert trim.adjusted_ci_high == pytest.approx(expected["ci_ub"], abs=2e-4)
    assert all(not s.bias for s in subgroups)  # subgroups are too small and not what a funnel judges


def test_fewer_than_ten_studies_get_no_bias_checks(tmp_path: Path) -> None:
    path = tmp_path / "few.csv"
    path.write_text("study,outcome,intervention,measure,yi,vi\n" + "".join(
        f"s{i},BBB score,BMSC-Exos,MD,{1 + i / 3},{0.2 + i / 20}\n" for i in range(9)), encoding="utf-8")
    (effect,) = pooled_effects_from_csv(path)
    assert effect.k == 9 and effect.bias == ()
