"""The SPARQL 1.1 Protocol endpoint: GET and POST, result formats, content negotiation, safety."""

from __future__ import annotations

import csv
import io
import json
from xml.etree import ElementTree

import pytest
import rdflib

from kg.vocab import expand

MIRNAS = "SELECT ?s ?label WHERE { ?s a biolink:MicroRNA ; rdfs:label ?label } ORDER BY ?label"
EXPECTED = {(expand("mirbase.mature:MIMAT0000076"), "miR-21"), (expand("mirbase.mature:MIMAT0000422"), "miR-124-3p")}
CONSTRUCT = "CONSTRUCT { ?s rdfs:label ?label } WHERE { ?s a biolink:MicroRNA ; rdfs:label ?label }"


def bindings(body: dict) -> set[tuple[str, str]]:
    return {(b["s"]["value"], b["label"]["value"]) for b in body["results"]["bindings"]}


def test_get_select_as_sparql_json(client) -> None:
    r = client.get("/sparql", params={"query": MIRNAS})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/sparql-results+json")
    body = r.json()
    assert body["head"]["vars"] == ["s", "label"]
    assert bindings(body) == EXPECTED
    assert r.headers["x-exokg-truncated"] == "false"


def test_post_form_and_post_query_body(client) -> None:
    form = client.post("/sparql", data={"query": MIRNAS})
    assert form.status_code == 200 and bindings(form.json()) == EXPECTED
    raw = client.post("/sparql", content=MIRNAS.encode(), headers={"content-type": "application/sparql-query"})
    assert raw.status_code == 200 and bindings(raw.json()) == EXPECTED


@pytest.mark.parametrize(("accept", "fmt", "media"), [
    ("text/csv", None, "text/csv"), (None, "csv", "text/csv"),
    ("text/tab-separated-values", None, "text/tab-separated-values"),
    ("application/sparql-results+xml", None, "application/sparql-results+xml"),
    ("text/html;q=0.9, text/csv;q=0.5", None, "text/csv"), ("application/json", None, "application/sparql-results+json"),
    ("image/png", None, "application/sparql-results+json"), ("text/csv", "json", "application/sparql-results+json"),
])
def test_select_result_formats(client, accept: str | None, fmt: str | None, media: str) -> None:
    headers = {"accept": accept} if accept else {}
    params = {"query": MIRNAS, **({"format": fmt} if fmt else {})}
    r = client.get("/sparql", params=params, headers=headers)
    assert r.status_code == 200
    assert r.headers["content-type"].split(";")[0] == media
    if media == "text/csv":
        rows = list(csv.DictReader(io.StringIO(r.text)))
        assert {(row["s"], row["label"]) for row in rows} == EXPECTED
    elif media == "text/tab-separated-values":
        lines = r.text.strip().split("\n")
        assert lines[0] == "?s\t?label"
        assert {tuple(line.split("\t")) for line in lines[1:]} == {(f"<{s}>", f'"{label}"') for s, label in EXPECTED}
    elif media == "application/sparql-results+xml":
        ns = {"r": "http://www.w3.org/2005/sparql-results#"}
        root = ElementTree.fromstring(r.content)
        found = {(res.find("r:binding[@name='s']/r:uri", ns).text, res.find("r:binding[@name='label']/r:literal", ns).text)
                 for res in root.iterfind("r:results/r:result", ns)}
        assert found == EXPECTED
    else:
        assert bindings(r.json()) == EXPECTED


def test_ask(client) -> None:
    yes = client.get("/sparql", params={"query": "ASK { ?s a biolink:MicroRNA }"}).json()
    no = client.get("/sparql", params={"query": "ASK { ?s a biolink:Virus }"}).json()
    assert yes["boolean"] is True and no["boolean"] is False


@pytest.mark.parametrize(("accept", "fmt", "media", "rdf_format"), [
    (None, None, "text/turtle", "turtle"), ("application/ld+json", None, "application/ld+json", "json-ld"),
    (None, "jsonld", "application/ld+json", "json-ld"), (None, "ntriples", "application/n-triples", "nt"),
    ("text/csv, text/turtle;q=0.1", None, "text/turtle", "turtle"),
])
def test_construct_returns_rdf(client, accept, fmt, media, rdf_format) -> None:
    headers = {"accept": accept} if accept else {}
    params = {"query": CONSTRUCT, **({"format": fmt} if fmt else {})}
    r = client.get("/sparql", params=params, headers=headers)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].split(";")[0] == media
    g = rdflib.Graph().parse(data=r.text, format=rdf_format)
    assert {(str(s), str(o)) for s, _, o in g} == EXPECTED


@pytest.mark.parametrize(("query", "reason"), [
    ("DELETE WHERE { ?s ?p ?o }", "update"),
    ("INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }", "update"),
    ("LOAD <http://example.org/data.ttl>", "update"),
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("SELECT * FROM <http://example.org/other> WHERE { ?s ?p ?o }", "FROM"),
    ("SELECT * WHERE { ?s ?p", "parse"),
])
def test_refused_queries_are_400_with_the_reason(client, query: str, reason: str) -> None:
    for r in (client.get("/sparql", params={"query": query}), client.post("/sparql", data={"query": query})):
        assert r.status_code == 400
        assert reason.lower() in r.json()["detail"].lower()


def test_form_update_field_and_bad_bodies(client) -> None:
    r = client.post("/sparql", data={"update": "DROP ALL"})
    assert r.status_code == 400 and "update" in r.json()["detail"].lower()
    r = client.post("/sparql", data={"other": "x"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "query"]
    r = client.post("/sparql", content=b"SELECT * {}", headers={"content-type": "text/plain"})
    assert r.status_code == 415
    r = client.post("/sparql", content=b"\xff\xfe", headers={"content-type": "application/sparql-query"})
    assert r.status_code == 400
    r = client.get("/sparql")
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "query"]
    r = client.get("/sparql", params={"query": CONSTRUCT, "format": "csv"})
    assert r.status_code == 400 and "graph" in r.json()["detail"]
    r = client.get("/sparql", params={"query": MIRNAS, "format": "turtle"})
    assert r.status_code == 400
    r = client.put("/sparql", content=b"x")
    assert r.status_code == 405 and r.headers["allow"] == "GET, POST"


def test_size_limits(client) -> None:
    huge = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 300_000
    r = client.post("/sparql", content=huge.encode(), headers={"content-type": "application/sparql-query"})
    assert r.status_code == 413
    chunks = (b"SELECT * WHERE { ?s ?p ?o } #" + b"x" * 50_000 for _ in range(8))  # no Content-Length
    r = client.post("/sparql", content=chunks, headers={"content-type": "application/sparql-query"})
    assert r.status_code == 413
    long_query = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 60_000
    r = client.post("/sparql", content=long_query.encode(), headers={"content-type": "application/sparql-query"})
    assert r.status_code == 422 and "too long" in r.json()["detail"][0]["msg"]


def test_row_and_time_limits(api_out) -> None:
    from fastapi.testclient import TestClient

    from api.app import create_app
    from api.context import Settings

    small = create_app(api_out, settings=Settings(sparql_max_rows=3))
    with TestClient(small) as c:
        r = c.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
        assert r.status_code == 200 and r.headers["x-exokg-truncated"] == "true"
        assert len(r.json()["results"]["bindings"]) == 3
    slow_query = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . "
                  "FILTER(STRLEN(STR(?c)) + STRLEN(STR(?f)) + STRLEN(STR(?i)) > STRLEN(STR(?l))) }")
    # process isolation: the runaway query's worker is killed at the limit instead of running on
    hasty = create_app(api_out, settings=Settings(sparql_timeout_s=1.0, sparql_isolation="process"))
    with TestClient(hasty) as c:
        r = c.get("/sparql", params={"query": slow_query})
        assert r.status_code == 400 and "timed out" in r.json()["detail"]


def test_json_body_of_results_is_plain_json(client) -> None:
    r = client.get("/sparql", params={"query": MIRNAS})
    assert json.loads(r.content.decode("utf-8")) == r.json()


def test_concurrent_queries_all_answer(api_app) -> None:
    """Many different queries at once: the query parser is shared, answers must not mix or fail."""
    import asyncio

    import httpx

    async def run() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=api_app)
        async with httpx.AsyncClient(transport=transport, base_url="http://api") as c:
            queries = [f"{MIRNAS} LIMIT {n}" for n in range(1, 41)]
            return await asyncio.gather(*(c.get("/sparql", params={"query": q}) for q in queries))

    # A thread of its own: another test's session-wide browser (Playwright's sync API) keeps an event loop
    # running in this thread, where asyncio.run would refuse to start.
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        responses = pool.submit(asyncio.run, run()).result()
    assert [r.status_code for r in responses] == [200] * 40
    assert [len(r.json()["results"]["bindings"]) for r in responses] == [min(n, 2) for n in range(1, 41)]
