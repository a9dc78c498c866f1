"""Sign cross-check of pooled effects against the directions stated in the text."""

from __future__ import annotations

from kg.assemble import assemble
from kg.crosscheck import direction_checks, direction_flags
from kg.graph import build_graph
from kg.model import Evidence, Polarity, PooledEffect, Ref, Statement

EXO = Ref("exokg", "BMSC_Exo", "bone marrow MSC-derived exosomes", "biolink:CellularComponent")
TNF = Ref("HGNC", "11892", "TNF", "biolink:Gene")
IL10 = Ref("HGNC", "5962", "IL10", "biolink:Gene")
GFAP = Ref("HGNC", "4235", "GFAP", "biolink:Gene")


def effect(outcome: Ref, estimate: float, measure: str = "SMD") -> PooledEffect:
    return PooledEffect(measure, estimate, estimate - 0.5, estimate + 0.5, EXO, outcome, provenance=outcome.curie)


def says(outcome: Ref, predicate: str, negated: bool = False) -> Statement:
    ev = Evidence("doc", "sentence", 0, 8, negated=negated)
    pol = Polarity.POSITIVE if predicate == "increases" else Polarity.NEGATIVE
    return Statement(EXO, predicate, outcome, pol, evidence=(ev,))


def test_verdicts():
    tnf, il10, gfap = effect(TNF, -3.12), effect(IL10, 2.76), effect(GFAP, -5.15)
    statements = [says(TNF, "decreases"), says(IL10, "decreases"), says(GFAP, "increases", negated=True)]
    checks = direction_checks([tnf, il10, gfap], statements)
    assert checks[tnf.id].status == "agrees"
    assert checks[il10.id].status == "disagrees"
    assert "say decreases" in checks[il10.id].detail
    assert checks[gfap.id].status == "no statement"  # a negated claim states no direction
    assert [c.effect_id for c in direction_flags([tnf, il10, gfap], statements)] == [il10.id]


def test_ratio_measures_use_one_as_null():
    harmful = effect(TNF, 0.6, measure="OR")  # OR < 1: decreases
    assert direction_checks([harmful], [says(TNF, "decreases")])[harmful.id].status == "agrees"


def test_graph_nodes_carry_the_verdict():
    tnf, il10 = effect(TNF, -3.12), effect(IL10, 2.76)
    g = build_graph(assemble([says(TNF, "decreases"), says(IL10, "decreases")]), [tnf, il10])
    assert g.nodes[tnf.id]["direction_check"] == "agrees"
    assert g.nodes[il10.id]["direction_check"] == "disagrees"
    assert g.nodes[il10.id]["direction_statements"]
    g2 = build_graph(assemble([]), [tnf])
    assert g2.nodes[tnf.id]["direction_check"] == "no statement"
