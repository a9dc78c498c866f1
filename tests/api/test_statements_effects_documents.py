"""Statements, pooled effects, plots, documents, evidence and mechanism paths."""

from __future__ import annotations

import json
import math
from pathlib import Path

import networkx as nx
import pytest

from kg.explain import mechanism_paths

MIR21 = "mirbase.mature:MIMAT0000076"
PDCD4 = "HGNC:8763"
EXO = "exokg:bmsc_exosome"
BBB = "exokg:bbb_score"
APOPTOSIS = "GO:0006915"


def statement_edges(g: nx.MultiDiGraph) -> list[tuple[str, str, dict]]:
    return [(u, v, d) for u, v, d in g.edges(data=True) if d["relation"] not in ("intervention", "outcome")]


def all_pages(client, limit: int, **params) -> tuple[int, list[dict]]:
    rows, offset, total = [], 0, None
    while True:
        body = client.get("/api/v1/statements", params={**params, "limit": limit, "offset": offset}).json()
        total = body["total"]
        rows += body["statements"]
        offset += limit
        if offset >= total:
            return total, rows


@pytest.mark.parametrize("params", [
    {}, {"subject": MIR21}, {"subject": "miR-21"}, {"object": APOPTOSIS}, {"entity": EXO},
    {"predicate": "decreases"}, {"predicate": "biolink:affects"}, {"document": "ye2024"},
    {"subject": EXO, "predicate": "increases"}, {"min_belief": 0.6}, {"entity": EXO, "document": "li2025"},
])
def test_statement_filters_match_the_graph(client, reference_graph: nx.MultiDiGraph, params: dict) -> None:
    curie = {"miR-21": MIR21}

    def keep(u: str, v: str, d: dict) -> bool:
        ok = True
        if "subject" in params:
            ok &= u == curie.get(params["subject"], params["subject"])
        if "object" in params:
            ok &= v == params["object"]
        if "entity" in params:
            ok &= params["entity"] in (u, v)
        if "predicate" in params:
            ok &= params["predicate"] in (d["relation"], d["predicate"])
        if "document" in params:
            ok &= params["document"] in {ev["document"] for ev in d["evidence"]}
        if "min_belief" in params:
            ok &= d["belief"] >= params["min_belief"]
        return ok

    expected = {d["id"] for u, v, d in statement_edges(reference_graph) if keep(u, v, d)}
    total, rows = all_pages(client, 3, **params)
    assert total == len(expected) == len(rows)
    assert {r["id"] for r in rows} == expected
    assert [r["belief"] for r in rows] == sorted((r["belief"] for r in rows), reverse=True)


def test_statement_record_and_lookup(client, reference_graph: nx.MultiDiGraph) -> None:
    u, v, data = next((u, v, d) for u, v, d in statement_edges(reference_graph) if v == "HGNC:9588")
    body = client.get(f"/api/v1/statements/{data['id']}").json()
    assert (body["subject"]["id"], body["object"]["id"], body["predicate"]) == (u, v, "targets")
    assert body["biolink_predicate"] == data["predicate"] and body["polarity"] == "-"
    assert body["evidence_count"] == len(body["evidence"]) == 2
    assert {ev["sentence"] for ev in body["evidence"]} == {"miR-21 directly targets PTEN.", "PTEN is a target of miR-21."}
    limited = client.get("/api/v1/statements", params={"subject": MIR21, "evidence_limit": 1}).json()
    assert all(len(s["evidence"]) <= 1 for s in limited["statements"])
    assert client.get("/api/v1/statements/0000000000000000").status_code == 404


@pytest.mark.parametrize(("params", "status", "field"), [
    ({"limit": 0}, 422, "limit"), ({"limit": 501}, 422, "limit"), ({"offset": -1}, 422, "offset"),
    ({"predicate": "cures"}, 422, "predicate"), ({"min_belief": -0.1}, 422, "min_belief"),
    ({"subject": "no such thing"}, 404, None), ({"document": "nope2099"}, 404, None),
])
def test_statement_parameter_errors(client, params: dict, status: int, field: str | None) -> None:
    r = client.get("/api/v1/statements", params=params)
    assert r.status_code == status
    if field:
        assert any(field in err["loc"] for err in r.json()["detail"])
    else:
        assert "suggestions" in r.json()


def test_offset_past_the_end_is_an_empty_page(client) -> None:
    body = client.get("/api/v1/statements", params={"offset": 10_000}).json()
    assert body["statements"] == [] and body["total"] > 0


def test_effects_by_outcome_and_intervention(client, reference_graph: nx.MultiDiGraph) -> None:
    by_outcome = client.get("/api/v1/effects", params={"outcome": "BBB score"}).json()
    assert by_outcome["total"] == 1
    effect = by_outcome["effects"][0]
    ref = reference_graph.nodes[effect["id"]]
    assert (effect["measure"], effect["estimate"], effect["ci_low"], effect["ci_high"], effect["k"], effect["i2"]) == \
        ("WMD", 3.21, 2.5, 3.92, 20, 87.0) == (ref["measure"], ref["estimate"], ref["ci_low"], ref["ci_high"],
                                                 ref["k"], ref["i2"])
    assert effect["intervention"]["id"] == EXO and effect["outcome"]["id"] == BBB
    assert effect["significant"] is True and effect["source"] == "reported"
    assert effect["evidence"]["document"] == "ye2024"
    assert [(b["method"], b["asymmetry"], b["source"], b["evidence"]["document"]) for b in effect["bias"]] == \
        [("funnel_plot", True, "reported", "ye2024")]
    by_intervention = client.get("/api/v1/effects", params={"intervention": EXO}).json()
    assert {e["outcome"]["id"] for e in by_intervention["effects"]} == {BBB, APOPTOSIS}
    computed = client.get("/api/v1/effects", params={"source": "computed", "measure": "smd"}).json()
    assert [e["method"] for e in computed["effects"]] == ["REML"]
    assert computed["effects"][0]["bias"] == []
    one = client.get(f"/api/v1/effects/{effect['id']}").json()
    assert one == effect
    assert client.get("/api/v1/effects/exokg:effect_000000000000").status_code == 404
    assert client.get("/api/v1/effects", params={"outcome": "no such outcome"}).status_code == 404


def test_plots_are_served_only_from_the_plot_folder(client, api_out: Path) -> None:
    effect = client.get("/api/v1/effects", params={"outcome": BBB}).json()["effects"][0]
    assert effect["plots"] == ["/api/v1/plots/bbb_forest.svg"]  # the missing funnel plot is not listed
    r = client.get(effect["plots"][0])
    assert r.status_code == 200 and r.headers["content-type"].startswith("image/svg+xml")
    assert r.content == (api_out / "plots" / "bbb_forest.svg").read_bytes()
    evil = api_out / "plots" / "evil.svg"
    if not evil.exists():
        evil.symlink_to(api_out / "secret.txt")
    for name in ("..%2Fsecret.txt", "%2e%2e%2fsecret.txt", "secret.txt", "evil.svg", ".hidden.svg", "x.txt",
                 "%2e%2e", "%00.svg", "bbb_forest.svg%00.png", "..%5Csecret.txt"):
        r = client.get(f"/api/v1/plots/{name}")
        assert r.status_code == 404, name
        assert b"not a plot" not in r.content


def test_documents_and_their_evidence(client, api_out: Path, reference_graph: nx.MultiDiGraph) -> None:
    records = {json.loads(line)["id"]: json.loads(line)
               for line in (api_out / "documents.jsonl").read_text(encoding="utf-8").splitlines()}
    listing = client.get("/api/v1/documents").json()
    assert {d["id"] for d in listing["documents"]} == set(records) and listing["total"] == 2
    for doc in listing["documents"]:
        expected = {d["id"] for *_, d in statement_edges(reference_graph)
                    if doc["id"] in {ev["document"] for ev in d["evidence"]}}
        assert doc["statements"] == len(expected)
        assert doc["title"] == records[doc["id"]]["title"]
    pages = [client.get("/api/v1/documents", params={"limit": 1, "offset": k}).json() for k in range(3)]
    assert [len(p["documents"]) for p in pages] == [1, 1, 0] and {p["total"] for p in pages} == {2}
    assert [p["documents"][0]["id"] for p in pages[:2]] == sorted(records)
    assert client.get("/api/v1/documents", params={"limit": 0}).status_code == 422
    detail = client.get("/api/v1/documents/li2025", params={"include_text": True}).json()
    assert detail["text"] == records["li2025"]["text"]
    assert [b["key"] for b in detail["bibliography"]] == [str(k) for k in range(1, 9)]
    assert client.get("/api/v1/documents/li2025").json()["text"] is None
    text = records["li2025"]["text"]
    total, rows, offset = None, [], 0
    while total is None or offset < total:
        page = client.get("/api/v1/documents/li2025/evidence", params={"limit": 4, "offset": offset}).json()
        total, rows, offset = page["total"], rows + page["evidence"], offset + 4
    expected = sum(1 for *_, d in statement_edges(reference_graph) for ev in d["evidence"] if ev["document"] == "li2025")
    assert len(rows) == total == expected
    starts = [r["evidence"]["start"] for r in rows]
    assert starts == sorted(starts)  # reading order
    for row in rows:
        ev = row["evidence"]
        assert text[ev["start"]:ev["end"]] == ev["sentence"]
    r = client.get("/api/v1/documents/li2O25")
    assert r.status_code == 404 and r.json()["suggestions"][0]["id"] == "li2025"


def test_mechanism_paths_ranked_by_belief(client, reference_graph: nx.MultiDiGraph) -> None:
    r = client.get("/api/v1/paths", params={"source": "BMSC-Exo", "target": "PDCD4", "max_hops": 3})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["source"]["id"] == EXO and body["target"]["id"] == PDCD4
    best = body["paths"][0]
    assert best["nodes"] == [EXO, MIR21, PDCD4] and best["labels"] == ["BMSC-derived exosome", "miR-21", "PDCD4"]
    beliefs = [next(d["belief"] for *_, d in reference_graph.edges(data=True) if d["id"] == s["edge"])
               for s in best["steps"]]
    assert math.isclose(best["score"], round(math.prod(beliefs), 4))
    assert all(s["evidence"] for s in best["steps"])
    scores = [p["score"] for p in body["paths"]]
    assert scores == sorted(scores, reverse=True)
    to_outcome = client.get("/api/v1/paths", params={"source": EXO, "target": BBB}).json()
    kinds = {tuple(s["kind"] for s in p["steps"]) for p in to_outcome["paths"]}
    assert ("pooled_effect",) in kinds  # the meta-analysis result is a hop of its own
    # the server's prebuilt path index answers what a plain kg.explain call on the graph file answers
    plain = mechanism_paths(reference_graph, EXO, BBB, max_hops=4, top=10)
    assert to_outcome["complete"] is True and len(to_outcome["paths"]) == len(plain) > 1
    assert to_outcome["paths"] == json.loads(json.dumps([p.to_dict(reference_graph) for p in plain]))
    # a question about a broader kind ends with the step to it from the kind the claim names
    to_kind = client.get("/api/v1/paths", params={"source": EXO, "target": "cell death", "max_hops": 3}).json()
    last = {(p["steps"][-1]["source"], p["steps"][-1]["relation"], p["steps"][-1]["kind"]) for p in to_kind["paths"]}
    assert last == {("GO:0006915", "is_a", "broader")} and to_kind["target"]["id"] == "GO:0008219"
    # a question about an outcome ends with the step to it from the measure the claims and effects name
    to_function = client.get("/api/v1/paths", params={"source": EXO, "target": "motor function"}).json()
    steps = {tuple((s["relation"], s["kind"]) for s in p["steps"]) for p in to_function["paths"]}
    assert (("effect", "pooled_effect"), ("measures", "measure")) in steps
    assert (("increases", "statement"), ("measures", "measure")) in steps
    assert all(p["net_effect"] == "+" for p in to_function["paths"])
    missing = client.get("/api/v1/paths", params={"source": "miR-21", "target": "unknown thing"})
    assert missing.status_code == 404 and missing.json()["suggestions"] is not None
    assert client.get("/api/v1/paths", params={"source": "miR-21", "target": "PDCD4", "max_hops": 9}).status_code == 422
