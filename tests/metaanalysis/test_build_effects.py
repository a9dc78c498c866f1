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


def test_bbb_effect_links_to_its_population_and_comparator(built):
    g = built.graph
    (bbb,) = [n for n, d in g.nodes(data=True) if d.get("kind") == "PooledEffect"
              and d.get("source") == "reported" and d.get("outcome") == "exokg:BBB_score"]
    links = {d["relation"]: (v, d["predicate"]) for _, v, d in g.out_edges(bbb, data=True)}
    population, predicate = links["population"]
    assert predicate == "exokg:has_population"
    assert g.nodes[population]["category"] == "biolink:PopulationOfIndividualOrganisms"
    assert g.nodes[population]["label"] == "SCI rats"
    taxon = {(d["predicate"], v) for _, v, d in g.out_edges(population, data=True)}
    assert taxon == {("biolink:in_taxon", "NCBITaxon:10116"), ("biolink:has_phenotype", "MONDO:0043797")}
    assert g.nodes["NCBITaxon:10116"]["label"] == "rat" and g.nodes["MONDO:0043797"]["label"] == "spinal cord injury"
    comparator, predicate = links["comparator"]
    assert (comparator, predicate) == ("exokg:Placebo_Vehicle", "exokg:has_comparator")
    assert g.nodes[comparator]["label"] == "placebo (saline or PBS vehicle)"
    # every reported effect of the paper shares the one population node
    ye = [n for n, d in g.nodes(data=True) if d.get("kind") == "PooledEffect"
          and (d.get("evidence") or {}).get("document") == "ye2024"]
    assert {g.nodes[n]["population_id"] for n in ye} == {population}


def test_built_graph_round_trips_through_rdf_with_its_populations(built):
    from kg.rdf import graph_to_rdf, rdf_to_graph

    back = rdf_to_graph(graph_to_rdf(built.graph))
    populations = [n for n, d in built.graph.nodes(data=True) if d.get("kind") == "Population"]
    assert populations
    for node in [*populations, "exokg:Placebo_Vehicle"]:
        assert back.nodes[node] == built.graph.nodes[node]
        assert sorted(back.out_edges(node, keys=True)) == sorted(built.graph.out_edges(node, keys=True))
    assert dict(back.nodes(data=True)) == dict(built.graph.nodes(data=True))
    assert {k: d for *_, k, d in back.edges(keys=True, data=True)} == \
        {k: d for *_, k, d in built.graph.edges(keys=True, data=True)}
