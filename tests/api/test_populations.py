"""Population and comparator nodes of the bundled build, as the API serves them."""

from __future__ import annotations

import pytest

POPULATION = "exokg:population_NCBITaxon_10116_MONDO_0043797"
COMPARATOR = "exokg:Placebo_Vehicle"


@pytest.fixture(scope="module")
def client(built):
    from fastapi.testclient import TestClient

    from api.app import create_app

    with TestClient(create_app(built.out_dir)) as c:
        yield c


def test_population_neighbourhood_holds_its_effects_taxon_and_condition(client, built) -> None:
    walk = client.get(f"/api/v1/entities/{POPULATION}/neighbourhood").json()
    ids = {n["id"] for n in walk["nodes"]}
    effects = {n for n, d in built.graph.nodes(data=True) if d.get("population_id") == POPULATION}
    assert len(effects) == 10
    assert effects | {POPULATION, "NCBITaxon:10116", "MONDO:0043797"} <= ids
    # links rank as certain: a belief threshold does not cut them off
    strict = client.get(f"/api/v1/entities/{POPULATION}/neighbourhood", params={"min_belief": 0.9}).json()
    assert effects <= {n["id"] for n in strict["nodes"]}


def test_comparator_is_an_entity_reached_from_each_effect(client, built) -> None:
    detail = client.get(f"/api/v1/entities/{COMPARATOR}")
    assert detail.status_code == 200, detail.text
    assert detail.json()["label"] == "placebo (saline or PBS vehicle)"
    bbb = next(n for n, d in built.graph.nodes(data=True)
               if d.get("kind") == "PooledEffect" and d.get("outcome") == "exokg:BBB_score")
    walk = client.get(f"/api/v1/entities/{bbb}/neighbourhood").json()
    assert {COMPARATOR, POPULATION} <= {n["id"] for n in walk["nodes"]}
    hits = client.get("/api/v1/search", params={"q": "SCI rats"}).json()["results"]
    assert hits and hits[0]["id"] == POPULATION


def test_links_are_not_statements(client, built) -> None:
    total = client.get("/api/v1/statements", params={"limit": 1}).json()["total"]
    assert total == len(built.statements)
    around = client.get("/api/v1/statements", params={"entity": POPULATION})
    assert around.status_code == 200, around.text
    assert around.json()["total"] == 0
    walk = client.get(f"/api/v1/entities/{POPULATION}/neighbourhood", params={"predicate": "biolink:in_taxon"})
    assert walk.status_code == 200, walk.text
    assert {n["id"] for n in walk.json()["nodes"]} == {POPULATION, "NCBITaxon:10116"}
