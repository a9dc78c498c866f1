"""Search, entity detail and neighbourhoods, checked against the graph read back with networkx."""

from __future__ import annotations

import itertools

import networkx as nx
import pytest

from kg.vocab import expand

MIR21 = "mirbase.mature:MIMAT0000076"
MIR124 = "mirbase.mature:MIMAT0000422"
PDCD4 = "HGNC:8763"
PTEN = "HGNC:9588"
NFKB = "HGNC:7794"
EXO = "exokg:bmsc_exosome"
APOPTOSIS = "GO:0006915"
LONELY = "CHEBI:15365"


def top(client, q: str, **params) -> dict:
    r = client.get("/api/v1/search", params={"q": q, **params})
    assert r.status_code == 200, r.text
    results = r.json()["results"]
    assert results, q
    return results[0]


@pytest.mark.parametrize(("query", "expected"), [
    ("miR-21", MIR21), ("MIR-21", MIR21), ("mir21", MIR21), ("hsa-miR-21-5p", MIR21), ("miR-124", MIR124),
    ("nf-kb", NFKB), ("NFkappaB", NFKB), ("nuclear factor kappa B", NFKB), ("NF-κB", NFKB),
    ("apoptosys", APOPTOSIS), ("apoptosis", APOPTOSIS), ("programmed cel death 4", PDCD4),
    ("HGNC:8763", PDCD4), ("hgnc:8763", PDCD4), ("NCBIGene:27250", PDCD4), ("BMSCs-Exo", EXO),
    ("PI3K AKT", "GO:0043491"),
])
def test_search_finds_names_in_any_case_and_spelling(client, query: str, expected: str) -> None:
    assert top(client, query)["id"] == expected


def test_search_scores_exact_case_highest_and_says_how_it_matched(client) -> None:
    exact, other_case, squashed, fuzzy = (top(client, q) for q in ("miR-21", "MIR-21", "mir21", "apoptosys"))
    assert exact["score"] == 1.0 and exact["match_type"] == "exact"
    assert 1.0 > other_case["score"] >= squashed["score"] > fuzzy["score"]
    assert fuzzy["match_type"] == "fuzzy" and fuzzy["matched"] == "apoptosis"
    results = client.get("/api/v1/search", params={"q": "mir", "limit": 50}).json()["results"]
    assert [r["score"] for r in results] == sorted((r["score"] for r in results), reverse=True)


def test_search_category_filter(client, reference_graph: nx.MultiDiGraph) -> None:
    genes = client.get("/api/v1/search", params={"q": "miR", "category": "Gene", "limit": 100}).json()["results"]
    assert all(r["category"] == "biolink:Gene" for r in genes)
    mirnas = client.get("/api/v1/search", params=[("q", "miR"), ("category", "biolink:MicroRNA"),
                                                  ("category", "Pathway"), ("limit", "100")]).json()["results"]
    expected = {n for n, d in reference_graph.nodes(data=True) if d["category"] == "biolink:MicroRNA"}
    assert {r["id"] for r in mirnas} == expected
    effects = client.get("/api/v1/search", params={"q": "WMD", "kind": "PooledEffect"}).json()["results"]
    assert effects and all(r["kind"] == "PooledEffect" for r in effects)


@pytest.mark.parametrize(("params", "field"), [
    ({"q": ""}, "q"), ({}, "q"), ({"q": "x" * 201}, "q"), ({"q": "mir", "limit": 0}, "limit"),
    ({"q": "mir", "limit": 101}, "limit"), ({"q": "mir", "category": "not a category!"}, "category"),
    ({"q": "mir", "kind": "Gene"}, "kind"),
])
def test_search_rejects_bad_parameters_naming_them(client, params: dict, field: str) -> None:
    r = client.get("/api/v1/search", params=params)
    assert r.status_code == 422
    assert any(field in err["loc"] for err in r.json()["detail"])


def test_entity_detail(client, reference_graph: nx.MultiDiGraph) -> None:
    r = client.get(f"/api/v1/entities/{PDCD4}")
    assert r.status_code == 200
    body = r.json()
    assert body["grounding"] == {"curie": PDCD4, "prefix": "HGNC", "identifier": "8763", "iri": expand(PDCD4)}
    assert body["synonyms"] == ["programmed cell death 4"]
    assert body["xrefs"] == ["NCBIGene:27250"]
    assert body["xref_iris"] == {"NCBIGene:27250": expand("NCBIGene:27250")}
    assert body["degree"] == {"total": reference_graph.degree(PDCD4), "outgoing": reference_graph.out_degree(PDCD4),
                              "incoming": reference_graph.in_degree(PDCD4)}
    # the same entity by label, any case
    assert client.get("/api/v1/entities/pdcd4").json()["id"] == PDCD4


def test_entity_statements_are_its_statements_strongest_first(client, reference_graph: nx.MultiDiGraph) -> None:
    expected = {d["id"] for u, v, d in reference_graph.edges(data=True)
                if EXO in (u, v) and d["relation"] not in ("intervention", "outcome")}
    body = client.get(f"/api/v1/entities/{EXO}", params={"statements_limit": 200}).json()
    page = body["statements"]
    assert page["total"] == len(expected)
    assert {s["id"] for s in page["statements"]} == expected
    beliefs = [s["belief"] for s in page["statements"]]
    assert beliefs == sorted(beliefs, reverse=True)
    contradicted = [s for s in page["statements"] if s["contradicts"]]
    assert len(contradicted) == 2  # the two opposite claims about apoptosis point at each other
    assert {c["contradicts"][0] for c in contradicted} == {c["id"] for c in contradicted}
    second = client.get(f"/api/v1/entities/{EXO}", params={"statements_limit": 2, "statements_offset": 2}).json()
    assert [s["id"] for s in second["statements"]["statements"]] == [s["id"] for s in page["statements"][2:4]]


def test_pooled_effect_node_detail_carries_its_statistics(client) -> None:
    effect = top(client, "WMD", kind="PooledEffect")
    body = client.get(f"/api/v1/entities/{effect['id']}").json()
    assert body["kind"] == "PooledEffect"
    assert body["attributes"]["estimate"] == 3.21 and body["attributes"]["k"] == 20


def test_unknown_entity_is_404_with_close_matches(client) -> None:
    r = client.get("/api/v1/entities/miR-2l")
    assert r.status_code == 404
    body = r.json()
    assert "miR-2l" in body["detail"]
    assert MIR21 in [s["id"] for s in body["suggestions"]]
    assert client.get("/api/v1/entities/zzzz:nothing/neighbourhood").status_code == 404


def _reference_neighbourhood(g: nx.MultiDiGraph, center: str, depth: int) -> tuple[dict[str, int], set[str]]:
    distances = nx.single_source_shortest_path_length(g.to_undirected(as_view=True), center, cutoff=depth)
    edges = {d["id"] for u, v, d in g.edges(data=True) if u in distances and v in distances}
    return distances, edges


def test_neighbourhoods_match_networkx_at_every_node_and_depth(client, reference_graph: nx.MultiDiGraph) -> None:
    for center, depth in itertools.product(sorted(reference_graph.nodes), (1, 2, 3)):
        r = client.get(f"/api/v1/entities/{center}/neighbourhood", params={"depth": depth})
        assert r.status_code == 200, (center, r.text)
        body = r.json()
        distances, edges = _reference_neighbourhood(reference_graph, center, depth)
        assert {n["id"]: n["distance"] for n in body["nodes"]} == distances, (center, depth)
        assert {e["id"] for e in body["edges"]} == edges, (center, depth)
        assert body["truncated"] is False
        assert body["node_count"] == len(distances) and body["edge_count"] == len(edges)


def test_neighbourhood_edges_carry_evidence_counts(client, reference_graph: nx.MultiDiGraph) -> None:
    body = client.get(f"/api/v1/entities/{MIR21}/neighbourhood").json()
    by_id = {d["id"]: d for *_, d in reference_graph.edges(data=True)}
    for edge in body["edges"]:
        ref = by_id[edge["id"]]
        assert edge["evidence_count"] == len(ref["evidence"])
        assert edge["belief"] == ref["belief"] and edge["relation"] == ref["relation"]
    pten = next(e for e in body["edges"] if e["target"] == PTEN)
    assert pten["evidence_count"] == 2 and pten["support"] == 2


def test_neighbourhood_filters(client, reference_graph: nx.MultiDiGraph) -> None:
    def ids(**params) -> set[str]:
        r = client.get(f"/api/v1/entities/{MIR21}/neighbourhood", params=params)
        assert r.status_code == 200, r.text
        return {n["id"] for n in r.json()["nodes"]}

    assert ids(depth=3, predicate="targets") == {MIR21, PDCD4, PTEN}
    assert ids(depth=3, predicate="biolink:physically_interacts_with") == {MIR21, PDCD4, PTEN}
    genes = ids(depth=3, category="Gene")
    assert genes == {MIR21, PDCD4, PTEN}  # NF-κB is reachable only through non-gene nodes
    assert ids(depth=1, direction="in") == {MIR21, EXO}
    assert ids(depth=1, direction="out") == {MIR21, PDCD4, PTEN}
    strong = ids(depth=1, min_belief=0.8)
    assert strong == {MIR21, PTEN}  # two independent studies -> belief above 0.8
    assert ids(depth=1, category="Gene") >= {MIR21}


def test_neighbourhood_caps_say_truncated(client) -> None:
    body = client.get(f"/api/v1/entities/{EXO}/neighbourhood", params={"depth": 3, "max_nodes": 3}).json()
    assert body["truncated"] is True and len(body["nodes"]) == 3
    ids = {n["id"] for n in body["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in body["edges"])
    body = client.get(f"/api/v1/entities/{EXO}/neighbourhood", params={"depth": 3, "max_edges": 2}).json()
    assert body["truncated"] is True and len(body["edges"]) == 2
    lonely = client.get(f"/api/v1/entities/{LONELY}/neighbourhood", params={"depth": 3}).json()
    assert [n["id"] for n in lonely["nodes"]] == [LONELY] and lonely["edges"] == []


def test_neighbourhood_as_cytoscape(client) -> None:
    plain = client.get(f"/api/v1/entities/{MIR21}/neighbourhood", params={"depth": 2}).json()
    cy = client.get(f"/api/v1/entities/{MIR21}/neighbourhood", params={"depth": 2, "format": "cytoscape"}).json()
    nodes = [n["data"] for n in cy["elements"]["nodes"]]
    edges = [e["data"] for e in cy["elements"]["edges"]]
    assert [n["id"] for n in nodes] == [n["id"] for n in plain["nodes"]]
    assert [e["id"] for e in edges] == [e["id"] for e in plain["edges"]]
    node_ids = {n["id"] for n in nodes}
    assert all(e["source"] in node_ids and e["target"] in node_ids and e["label"] == e["relation"] for e in edges)
    assert not node_ids & {e["id"] for e in edges}  # Cytoscape needs element ids unique across nodes and edges


@pytest.mark.parametrize(("params", "field"), [
    ({"depth": 0}, "depth"), ({"depth": 4}, "depth"), ({"max_nodes": 0}, "max_nodes"),
    ({"max_nodes": 10**6}, "max_nodes"), ({"predicate": "causes"}, "predicate"), ({"format": "svg"}, "format"),
    ({"min_belief": 1.5}, "min_belief"), ({"direction": "up"}, "direction"), ({"depth": "two"}, "depth"),
])
def test_neighbourhood_rejects_bad_parameters_naming_them(client, params: dict, field: str) -> None:
    r = client.get(f"/api/v1/entities/{MIR21}/neighbourhood", params=params)
    assert r.status_code == 422
    assert any(field in err["loc"] for err in r.json()["detail"])
