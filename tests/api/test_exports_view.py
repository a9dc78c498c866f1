"""Exports (Turtle, JSON-LD, N-Triples, GraphML, KGX), the HTML view, the landing page and OpenAPI docs."""

from __future__ import annotations

import csv
import html
import io
import re
import zipfile

import networkx as nx
import pytest
import rdflib

from kg.vocab import expand

MIR21 = "mirbase.mature:MIMAT0000076"


def neighbourhood_ids(client, focus: str, depth: int) -> set[str]:
    body = client.get(f"/api/v1/entities/{focus}/neighbourhood", params={"depth": depth}).json()
    return {n["id"] for n in body["nodes"]}


@pytest.mark.parametrize(("fmt", "rdf_format", "media"), [
    ("turtle", "turtle", "text/turtle"), ("jsonld", "json-ld", "application/ld+json"),
    ("ntriples", "nt", "application/n-triples"),
])
def test_rdf_exports_of_a_neighbourhood(client, fmt: str, rdf_format: str, media: str) -> None:
    r = client.get(f"/api/v1/export/{fmt}", params={"focus": "miR-21", "depth": 1})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].split(";")[0] == media
    assert "attachment" in r.headers["content-disposition"]
    g = rdflib.Graph().parse(data=r.text, format=rdf_format)
    entities = {str(s) for s in g.subjects(rdflib.RDF.type, rdflib.URIRef(expand("exokg:Entity")))}
    assert entities == {expand(n) for n in neighbourhood_ids(client, MIR21, 1)}


def test_whole_graph_turtle_export(client, reference_graph: nx.MultiDiGraph) -> None:
    r = client.get("/api/v1/export/turtle")
    assert r.status_code == 200
    g = rdflib.Graph().parse(data=r.text, format="turtle")
    entities = {str(s) for s in g.subjects(rdflib.RDF.type, rdflib.URIRef(expand("exokg:Entity")))}
    expected = {expand(n) for n, d in reference_graph.nodes(data=True) if d["kind"] == "Entity"}
    assert entities == expected


def test_graphml_export(client, tmp_path) -> None:
    r = client.get("/api/v1/export/graphml", params={"focus": MIR21, "depth": 2})
    assert r.status_code == 200
    path = tmp_path / "n.graphml"
    path.write_bytes(r.content)
    g = nx.read_graphml(path)
    assert set(g.nodes) == neighbourhood_ids(client, MIR21, 2)


def test_kgx_export_is_a_zip_of_node_and_edge_tables(client) -> None:
    r = client.get("/api/v1/export/kgx", params={"focus": MIR21})
    assert r.status_code == 200 and r.headers["content-type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(r.content)) as zf:
        assert sorted(zf.namelist()) == ["kg_edges.tsv", "kg_nodes.tsv"]
        nodes = list(csv.DictReader(io.StringIO(zf.read("kg_nodes.tsv").decode()), delimiter="\t"))
        edges = list(csv.DictReader(io.StringIO(zf.read("kg_edges.tsv").decode()), delimiter="\t"))
    assert {n["id"] for n in nodes} == neighbourhood_ids(client, MIR21, 1)
    assert all(e["subject"] in {n["id"] for n in nodes} for e in edges) and edges


def test_export_errors(client) -> None:
    assert client.get("/api/v1/export/pdf").status_code == 422
    r = client.get("/api/v1/export/turtle", params={"focus": "nothing like this"})
    assert r.status_code == 404 and r.headers["content-type"] == "application/json"


def test_view_of_a_neighbourhood(client) -> None:
    r = client.get("/view", params={"focus": "miR-21", "depth": 2})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    page = r.text
    for node in neighbourhood_ids(client, MIR21, 2):
        assert node in page
    assert "HGNC:7794" not in neighbourhood_ids(client, MIR21, 2) and "HGNC:7794" not in page  # 3 hops away
    assert not re.search(r"<script[^>]+src=", page) and not re.search(r"<link[^>]+href=\"?https?:", page)
    missing = client.get("/view", params={"focus": "no such entity"})
    assert missing.status_code == 404 and missing.json()["suggestions"] is not None
    whole = client.get("/view")
    assert whole.status_code == 200 and "HGNC:7794" in whole.text


def test_landing_page_links_docs_and_view(client) -> None:
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert 'href="/docs"' in r.text and 'href="/view' in r.text and 'href="/sparql' in r.text
    links = [html.unescape(h) for h in re.findall(r'href="([^"]+)"', r.text)]
    assert "/view?focus=miR-21&depth=2" in links  # the best-connected microRNA is the example
    for link in links:
        assert client.get(link).status_code == 200, link
    info = client.get("/api/v1").json()
    assert info["nodes"] == 16 and info["pooled_effects"] == 2 and info["documents"] == 2


def test_openapi_documents_every_operation_with_examples(client) -> None:
    spec = client.get("/openapi.json").json()
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            assert op.get("summary"), (method, path)
            assert "200" in op["responses"], (method, path)
    schemas = spec["components"]["schemas"]
    for name in ("SearchResults", "EntityDetail", "Neighbourhood", "StatementOut", "PooledEffectOut", "PathResults"):
        assert schemas[name].get("examples"), name
    params = {p["name"]: p for p in spec["paths"]["/api/v1/search"]["get"]["parameters"]}
    assert params["q"].get("examples")
    sparql_post = spec["paths"]["/sparql"]["post"]["requestBody"]["content"]
    assert set(sparql_post) == {"application/x-www-form-urlencoded", "application/sparql-query"}


def test_unknown_routes_and_methods(client) -> None:
    assert client.get("/api/v2/search").status_code == 404
    assert client.delete("/api/v1/statements").status_code == 405
    r = client.get("/api/v1/search", params={"q": "x"}, headers={"content-length": "999999999"})
    assert r.status_code == 413
    assert "app;dur=" in client.get("/api/v1").headers["server-timing"]


def test_overlong_urls_are_refused(api_out) -> None:
    from fastapi.testclient import TestClient

    from api.app import create_app
    from api.context import Settings

    with TestClient(create_app(api_out, settings=Settings(max_url_bytes=2000))) as c:
        assert c.get("/api/v1/search", params={"q": "x" * 150}).status_code == 200
        r = c.get("/api/v1/search", params={"q": "x" * 3000})
        assert r.status_code == 414 and "URL" in r.json()["detail"]
