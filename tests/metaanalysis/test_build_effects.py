"""The bundled meta-analysis in the built graph: ten reported pooled effects, each checked
against the directions the text states."""

from __future__ import annotations


def test_reported_effects_are_graph_nodes_with_a_direction_check(built):
    nodes = {n: d for n, d in built.graph.nodes(data=True) if d.get("kind") == "PooledEffect"}
    reported = {n: d for n, d in nodes.items() if d.get("source") == "reported"}
    assert len(reported) >= 10
    ye = [d for d in reported.values() if (d.get("evidence") or {}).get("document") == "ye2024"]
    assert len(ye) == 10
    assert len({d["outcome"] for d in ye}) == 10
    assert {d["intervention"] for d in ye} == {"exokg:BMSC_Exo"}
    for d in ye:
        assert d["direction_check"] in {"agrees", "disagrees", "no statement"}
        assert d["population"] == "SCI rats"
    # the paper says the exosomes lower TNF-α and its SMD is negative: never a disagreement
    tnf = [d for d in ye if d["estimate"] == -3.12]
    assert len(tnf) == 1 and tnf[0]["direction_check"] != "disagrees"
    for n in ye:
        assert built.graph.has_edge(n["id"], n["outcome"]) and built.graph.has_edge(n["id"], n["intervention"])
