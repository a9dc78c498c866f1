"""The API over the graph built from the bundled papers (the shared session build)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def real(built):
    from fastapi.testclient import TestClient

    from api.app import create_app

    with TestClient(create_app(built.out_dir)) as c:
        yield c


def test_summary_counts_match_the_build(real, built) -> None:
    info = real.get("/api/v1").json()
    graph = built.graph
    assert info["nodes"] == graph.number_of_nodes() and info["edges"] == graph.number_of_edges()
    assert info["statements"] == len(built.statements)
    assert info["pooled_effects"] == sum(1 for _, d in graph.nodes(data=True) if d.get("kind") == "PooledEffect")
    listed = real.get("/api/v1/documents").json()["documents"]
    assert {d["id"] for d in listed} == {d.id for d in built.documents}


def test_a_mirna_is_found_and_its_neighbourhood_walked(real, built) -> None:
    mirnas = [n for n, d in built.graph.nodes(data=True) if d.get("category") == "biolink:MicroRNA"]
    assert mirnas
    label = built.graph.nodes[mirnas[0]]["label"]
    hit = real.get("/api/v1/search", params={"q": label.lower(), "category": "MicroRNA"}).json()["results"][0]
    assert hit["id"] == mirnas[0] or hit["label"].casefold() == label.casefold()
    walk = real.get(f"/api/v1/entities/{hit['id']}/neighbourhood", params={"depth": 2}).json()
    expected_neighbours = set(built.graph.successors(hit["id"])) | set(built.graph.predecessors(hit["id"]))
    assert expected_neighbours <= {n["id"] for n in walk["nodes"]}


def test_statements_and_sparql_agree(real, built) -> None:
    total = real.get("/api/v1/statements", params={"limit": 1}).json()["total"]
    assert total == len(built.statements)
    r = real.get("/sparql", params={"query": "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a exokg:Statement }"})
    assert r.status_code == 200, r.text
    assert int(r.json()["results"]["bindings"][0]["n"]["value"]) == len(built.statements)


def test_every_pooled_effect_is_listed_with_its_numbers(real, built) -> None:
    effects = real.get("/api/v1/effects", params={"limit": 500}).json()["effects"]
    by_id = {e["id"]: e for e in effects}
    for node, data in built.graph.nodes(data=True):
        if data.get("kind") == "PooledEffect":
            assert by_id[node]["estimate"] == data["estimate"]
            assert by_id[node]["outcome"]["id"] == data["outcome"]


@pytest.mark.parametrize("name", ["miR-21", "miR-124-3p", "BMSCs-Exo", "BBB score"])
def test_names_as_the_papers_write_them_reach_the_view(real, name: str) -> None:
    """The README's example `/view?focus=miR-21&depth=2` works on the real graph."""
    page = real.get("/view", params={"focus": name, "depth": 2})
    assert page.status_code == 200, page.text[:300]
    assert "<html" in page.text.lower()


@pytest.mark.parametrize("given, wanted", [
    (["species:rat"], [("species", "rat")]),
    (["species:Rat"], [("species", "rat")]),  # any case
    (["species:mouse", "model"], [("species", "mouse"), ("model", None)]),  # every filter holds
    (["cell_type"], [("cell_type", None)]),
])
def test_statements_by_setting(real, built, given: list[str], wanted: list[tuple[str, str | None]]) -> None:
    def holds(q: dict) -> bool:
        return all(k in q and (v is None or q[k] == v) for k, v in wanted)

    expected = {d["id"] for _, _, d in built.graph.edges(data=True)
                if d.get("relation") not in ("intervention", "outcome") and holds(d.get("qualifiers") or {})}
    body = real.get("/api/v1/statements", params={"qualifier": given, "limit": 500}).json()
    assert expected and body["total"] == len(expected)
    assert {s["id"] for s in body["statements"]} == expected


@pytest.mark.parametrize("given", ["species:", ":rat", ""])
def test_a_malformed_setting_filter_is_named(real, given: str) -> None:
    r = real.get("/api/v1/statements", params={"qualifier": [given]})
    assert r.status_code == 422
    assert any("qualifier" in err["loc"] for err in r.json()["detail"])


def test_a_setting_filter_the_schema_allows_is_taken(real) -> None:
    spaced = real.get("/api/v1/statements", params={"qualifier": [" species : rat "], "limit": 500})
    plain = real.get("/api/v1/statements", params={"qualifier": ["species:rat"], "limit": 500})
    assert spaced.status_code == 200 and spaced.json()["total"] == plain.json()["total"] > 0
    blank_key = real.get("/api/v1/statements", params={"qualifier": [" :rat"]})
    assert blank_key.status_code == 200 and blank_key.json()["total"] == 0
