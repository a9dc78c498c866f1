"""``exokg meta``: arguments, JSON with every statistic, readable report, plots, errors."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from kg.errors import InputError
from metaanalysis import cli
from metaanalysis.analyses import trim_and_fill
from metaanalysis.core import rma
from metaanalysis.studies import read_studies

ROOT = Path(__file__).resolve().parents[2]
BCG = ROOT / "data" / "examples" / "bcg_vaccine_trials.csv"
FLEISS = ROOT / "data" / "examples" / "fleiss1993_mental_health.csv"


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="exokg meta")
    cli.configure(parser)
    return parser.parse_args([str(a) for a in argv])


def test_registered_in_the_command_table():
    from kg.cli import COMMANDS

    assert COMMANDS["meta"][0] == "metaanalysis.cli"


def test_json_has_every_statistic(capsys, tmp_path):
    args = parse(BCG, "--method", "DL", "--hk", "--subgroup", "alloc", "--moderator", "ablat", "--egger",
                 "--trimfill", "--loo", "--cumulative", "--json", "--plot", tmp_path / "bcg.svg")
    assert cli.run(args) == 0
    out = json.loads(capsys.readouterr().out)
    [a] = out["analyses"]
    m = a["model"]
    table = read_studies(BCG)
    ref = rma(table.yi, table.vi, method="DL", test="knha")
    assert m["estimate"] == pytest.approx(ref.estimate) and m["se"] == pytest.approx(ref.se[0])
    assert m["stat_name"] == "t" and m["df"] == 12
    for key in ("ci_lb", "ci_ub", "p", "pi_lb", "pi_ub", "tau2", "tau2_se", "tau2_ci", "Q", "Q_df", "Q_p",
                "I2", "I2_Q", "H2", "H2_Q", "I2_ci", "s2w", "studies", "I2_definition"):
        assert m[key] is not None, key
    assert len(m["studies"]) == 13 and sum(s["weight_percent"] for s in m["studies"]) == pytest.approx(100)
    assert set(a["subgroups"]["groups"]) == {"alternate", "random", "systematic"}
    assert a["meta_regression"]["coefficients"][1]["name"] == "ablat"
    assert a["egger"]["classical"]["df"] == 11
    assert a["trim_and_fill"]["k0"] == trim_and_fill(table.yi, table.vi, method="DL").k0
    assert a["leave_one_out"][0]["left_out"] == "Aronson 1948"
    assert a["cumulative"][0]["added"] == "Aronson 1948" and a["cumulative"][-1]["k"] == 13
    assert {Path(p).name for p in a["plots"]} == {"bcg.svg", "bcg_funnel.svg"}
    assert all(Path(p).stat().st_size > 1000 for p in a["plots"])


def test_text_report(capsys):
    assert cli.run(parse(FLEISS, "--method", "FE")) == 0
    text = capsys.readouterr().out
    assert "medical utilisation: mental health treatment vs control - MD, k = 5" in text
    assert "Fixed-effect model (inverse variance)" in text
    assert "estimate -0.7094" in text and "Q = 5.660 (df = 4" in text and "I² = 29.3%" in text


def test_smd_option_changes_the_measure(capsys):
    cli.run(parse(FLEISS, "--measure", "SMD", "--smd", "revman", "--json"))
    a = json.loads(capsys.readouterr().out)["analyses"][0]
    assert a["measure"] == "SMD"
    assert abs(a["model"]["estimate"]) < 2


def test_errors_are_input_errors(tmp_path):
    with pytest.raises(InputError, match="no column 'dose'"):
        cli.run(parse(BCG, "--subgroup", "dose"))
    with pytest.raises(InputError, match="no outcome 'x'"):
        cli.run(parse(BCG, "--outcome", "x"))
    bad = tmp_path / "bad.csv"
    bad.write_text("study,yi,vi,route\nA,0.1,0.01,iv\nB,0.2,0.02,iv\nC,0.3,0.01,iv\n", encoding="utf-8")
    with pytest.raises(InputError, match="moderator 'route' has a single level"):
        cli.run(parse(bad, "--moderator", "route"))
    with pytest.raises(SystemExit):
        parse(BCG, "--method", "XYZ")


def test_through_the_exokg_command_bad_data_is_one_line(capsys, tmp_path):
    from kg.cli import main

    bad = tmp_path / "bad.csv"
    bad.write_text("study,n1i,m1i,sd1i,n2i,m2i,sd2i\nHuang 2017,8,5,0,8,4,1\n", encoding="utf-8")
    assert main(["meta", str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert "study 'Huang 2017': column 'sd1i' must be > 0" in err
    assert main(["meta", str(FLEISS), "--method", "FE"]) == 0
    assert "estimate -0.7094" in capsys.readouterr().out


def test_begg_and_fail_safe_n_in_json_and_report(capsys):
    hackshaw = Path(__file__).parent / "fixtures" / "hackshaw1998.csv"
    assert cli.run(parse(hackshaw, "--begg", "--fsn", "--json")) == 0
    [a] = json.loads(capsys.readouterr().out)["analyses"]
    assert a["fail_safe_n"]["n"] == 393 and a["fail_safe_n"]["tolerance"] == 195  # metafor fsn(): 393
    assert a["begg"]["k"] == 37 and a["begg"]["exact"]  # no tied ranks: the exact distribution, as metafor
    assert cli.run(parse(hackshaw, "--fsn", "orwin", "--fsn-target", "0.049")) == 0
    report = capsys.readouterr().out
    assert "Fail-safe N (Orwin): 186 null studies" in report  # metafor fsn(type="Orwin", target=.049): 186
    assert cli.run(parse(hackshaw, "--begg")) == 0
    assert "Begg's rank correlation test: Kendall's tau = 0.1441" in capsys.readouterr().out
