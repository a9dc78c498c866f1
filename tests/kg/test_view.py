"""kg.view without a browser: one self-contained file, no outside resource, data that round-trips,
paper text kept out of markup, and a visual language that follows the graph's facts."""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import json
import math
import re
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType
from typing import Any

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import QueryError
from kg.view import (
    PHYSICS_LIMIT,
    STYLE_BY_KEY,
    measured_outcomes,
    nearest_kinds,
    positions,
    render_html,
    script_json,
    view_data,
    write_html,
)
from kg.view.layout import force_layout

SAMPLE = Path(__file__).resolve().parents[1] / "browser" / "sample_graph.py"
VIEW_JS = Path(__file__).resolve().parents[2] / "kg" / "view" / "view.js"
SVG_NAMESPACE = "http://www.w3.org/2000/svg"


def _load_sample() -> ModuleType:
    spec = importlib.util.spec_from_file_location("exokg_view_sample_graph", SAMPLE)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def sample() -> ModuleType:
    return _load_sample()


@pytest.fixture(scope="module")
def graph(sample: ModuleType) -> nx.MultiDiGraph:
    return sample.sample_graph()


@pytest.fixture(scope="module")
def html(graph: nx.MultiDiGraph) -> str:
    return render_html(graph)


class _Page(HTMLParser):
    """Collects tags, attributes, script bodies and style bodies of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.styles: list[str] = []
        self._open: str | None = None
        self._attrs: dict[str, str | None] = {}
        self._buffer: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._open, self._attrs, self._buffer = tag, dict(attrs), []

    def handle_data(self, data: str) -> None:
        if self._open:
            self._buffer.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == self._open:
            body = "".join(self._buffer)
            if tag == "script":
                self.scripts.append((self._attrs, body))
            else:
                self.styles.append(body)
            self._open = None


def parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    page.close()
    return page


def embedded_data(html: str) -> dict[str, Any]:
    page = parse(html)
    blocks = [body for attrs, body in page.scripts if attrs.get("type") == "application/json"]
    assert len(blocks) == 1
    return json.loads(blocks[0])


def test_one_document_with_every_node_and_edge(html: str, graph: nx.MultiDiGraph) -> None:
    assert html.lower().count("<html") == 1 and html.rstrip().endswith("</html>")
    data = embedded_data(html)
    assert len(data["vis"]["nodes"]) == len(data["nodes"]) == graph.number_of_nodes()
    kinds = nearest_kinds(graph)  # a drawn link to each nearest kind the lexicon names (no statement)
    assert kinds == [("exokg:bmsc_exosome", "GO:0070062")]
    measured = measured_outcomes(graph)  # and from each outcome measure to its outcome
    assert measured == [("exokg:bbb_score", "exokg:motor_function")]
    assert len(data["vis"]["edges"]) == len(data["edges"]) == graph.number_of_edges() + len(kinds) + len(measured)
    assert {n["id"] for n in data["vis"]["nodes"]} == set(graph.nodes)
    pairs = sorted((e["from"], e["to"]) for e in data["vis"]["edges"])
    assert pairs == sorted([(u, v) for u, v in graph.edges()] + kinds + measured)
    [link] = [e for e in data["edges"].values() if e["relation"] == "measures"]
    assert link["predicate"] == "exokg:measures" and link["lexicon_link"] and "belief" not in link
    assert data["nodes"]["exokg:bbb_score"]["measures"] == ["exokg:motor_function"]


def test_makes_no_outside_request(html: str) -> None:
    page = parse(html)
    for tag, attrs in page.tags:
        assert tag not in ("link", "iframe", "img", "object", "embed", "base"), tag
        for name in ("src", "href", "action", "srcset", "poster", "data"):
            assert name not in attrs, (tag, name, attrs)
    for style in page.styles:
        assert "@import" not in style
        assert all(u.startswith(("data:", '"data:', "'data:")) for u in re.findall(r"url\(\s*([^)]*)\)", style))
    code = [body for attrs, body in page.scripts if attrs.get("type") != "application/json"]
    assert len(code) == 2  # vis-network and the view's script, both inline
    vis_js, view_js = code
    assert "vis-network" in vis_js[:200]
    # The view's own script names no URL but the SVG namespace; vis-network's only ones are in
    # its licence comment and that same namespace (no loader, no fetch).
    assert re.findall(r"https?://[^\s'\"]+", view_js) == [SVG_NAMESPACE]
    assert not re.search(r"\b(fetch|XMLHttpRequest|importScripts|WebSocket|sendBeacon)\b", view_js)
    outside = re.sub(r"<script[^>]*>.*?</script>", "", html, flags=re.S)
    assert not re.search(r"https?://", outside)
    assert "cdn.jsdelivr" not in html and "cdnjs" not in html and "bootstrap" not in html.lower()


def test_content_security_policy_allows_only_the_inline_scripts(html: str) -> None:
    page = parse(html)
    csp = next(a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    for attrs, body in page.scripts:
        if attrs.get("type") == "application/json":
            continue
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
        assert f"'sha256-{digest}'" in csp


def test_paper_text_never_becomes_markup(html: str, sample: ModuleType) -> None:
    assert "<img" not in html and "<a href" not in html
    assert len(parse(html).scripts) == 3  # data block, vis-network, view: none from the payload
    data = embedded_data(html)
    sentences = [ev["sentence"] for e in data["edges"].values() for ev in e.get("evidence", [])]
    assert sample.XSS_SENTENCE in sentences  # carried intact, as data
    for item in data["vis"]["nodes"] + data["vis"]["edges"]:
        assert "title" not in item  # pyvis would render a title with "href" through innerHTML


def test_view_script_builds_dom_without_html_strings() -> None:
    code = VIEW_JS.read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in code, sink


@settings(max_examples=200, deadline=None)
@given(st.recursive(st.text() | st.integers() | st.booleans() | st.none(),
                    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4),
                    max_leaves=20))
def test_script_json_round_trips_and_cannot_close_its_element(value: Any) -> None:
    text = script_json(value)
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == value


def test_evidence_payload_in_title_and_labels_is_escaped(graph: nx.MultiDiGraph) -> None:
    g = graph.copy()
    g.nodes["HGNC:9588"]["label"] = "</script><script>alert(1)</script>"
    out = render_html(g, title='<b onmouseover="x">"exokg"</b>')
    assert "<script>alert(1)" not in out and "<b onmouseover" not in out
    assert "&lt;b onmouseover=" in out  # the page title is escaped text
    assert embedded_data(out)["nodes"]["HGNC:9588"]["label"] == "</script><script>alert(1)</script>"


def test_categories_drive_colour_shape_and_legend(graph: nx.MultiDiGraph) -> None:
    data = view_data(graph)
    group = {k: v["group"] for k, v in data["nodes"].items()}
    assert group["CL:0002540"] == "source"  # what the vesicle derives from
    assert group["exokg:bmsc_exosome"] == "vesicle"
    assert group["mirbase.mature:MIMAT0000076"] == "mirna"
    assert group["HGNC:9588"] == "gene"
    assert group["KEGG.PATHWAY:hsa04151"] == "pathway"
    assert group["GO:0006915"] == "process"
    assert group["CL:0000540"] == "cell"
    assert group["exokg:bbb_score"] == group["HGNC:11892"] == "outcome"  # measured by pooled effects
    vis = {n["id"]: n for n in data["vis"]["nodes"]}
    groups = data["vis"]["options"]["groups"]
    for node, key in group.items():
        assert vis[node]["shape"] == STYLE_BY_KEY[key].shape
        if key != "effect":
            assert vis[node]["group"] == key
            assert groups[key]["color"]["background"] == STYLE_BY_KEY[key].color
    assert len({g["color"]["background"] for g in groups.values()}) == len(groups)  # colours are distinct
    legend = {item["key"]: item["count"] for item in data["legend"]}
    assert legend == {k: list(group.values()).count(k) for k in set(group.values())}


def test_edges_show_polarity_and_belief(graph: nx.MultiDiGraph) -> None:
    data = view_data(graph)
    vis = {e["id"]: e for e in data["vis"]["edges"]}
    heads: dict[str, set[str]] = {}
    colours: dict[str, set[str]] = {}
    for vid, info in data["edges"].items():
        if info.get("effect_link"):
            assert vis[vid]["dashes"] and not vis[vid]["arrows"]["to"]["enabled"]
            continue
        if info.get("lexicon_link"):
            assert vis[vid]["dashes"] and vis[vid]["arrows"]["to"]["enabled"] and "belief" not in info
            continue
        default = data["vis"]["options"]["edges"]["arrows"]
        head = vis[vid].get("arrows", default)["to"]["type"]
        heads.setdefault(info["polarity"], set()).add(head)
        colours.setdefault(info["polarity"], set()).add(vis[vid]["color"])
    assert heads == {"+": {"arrow"}, "-": {"bar"}, "0": {"arrow"}}
    assert all(len(c) == 1 for c in colours.values()) and len(set.union(*colours.values())) == 3
    by_belief = sorted((info["belief"], vis[vid]["width"]) for vid, info in data["edges"].items()
                       if not info.get("effect_link") and not info.get("lexicon_link"))
    assert [w for _, w in by_belief] == sorted(w for _, w in by_belief)
    assert by_belief[0][1] < by_belief[-1][1]  # two studies (0.88) draw wider than one (0.65)


def test_node_size_grows_with_degree(graph: nx.MultiDiGraph) -> None:
    data = view_data(graph)
    sized = sorted((graph.degree(n["id"]), n["size"]) for n in data["vis"]["nodes"] if "size" in n)
    assert [s for _, s in sized] == sorted(s for _, s in sized)
    assert sized[0][1] < sized[-1][1]


def test_pooled_effect_nodes_show_estimate_ci_and_significance(graph: nx.MultiDiGraph, sample: ModuleType) -> None:
    data = view_data(graph)
    vis = {n["id"]: n for n in data["vis"]["nodes"]}
    for effect in sample.effects():
        node = vis[effect.id]
        first, second = node["label"].split("\n")
        assert first == f"{effect.measure} {effect.estimate:.2f} [{effect.ci_low:.2f}, {effect.ci_high:.2f}]"
        assert second.startswith("significant" if effect.significant else "not significant")
        assert bool(node["shapeProperties"]["borderDashes"]) is (not effect.significant)
        info = data["nodes"][effect.id]["effect"]
        assert (info["estimate"], info["ci_low"], info["ci_high"]) == (effect.estimate, effect.ci_low, effect.ci_high)
        assert info["significant"] is effect.significant


def test_panel_data_links_identifiers_and_citations(graph: nx.MultiDiGraph, sample: ModuleType) -> None:
    data = view_data(graph)
    assert data["nodes"]["HGNC:9588"]["iri"] == "https://identifiers.org/hgnc:9588"
    assert data["nodes"]["mirbase.mature:MIMAT0000076"]["synonyms"] == ["hsa-miR-21-5p", "miR-21"]
    assert data["documents"]["ye2024"]["url"] == f"https://doi.org/{sample.YE_DOI}"
    cites = [c for e in data["edges"].values() for ev in e.get("evidence", []) for c in ev.get("citations", [])]
    assert {c["url"] for c in cites} == {f"https://doi.org/{sample.CITED_DOI}", "https://identifiers.org/pubmed:32000000"}
    contradicting = [e for e in data["edges"].values() if e.get("contradicts")]
    assert len(contradicting) == 2  # PI3K/AKT both increases and decreases apoptosis
    for e in contradicting:
        other = data["edges"][e["contradicts"][0]]
        assert (other["from"], other["to"]) == (e["from"], e["to"]) and other["polarity"] != e["polarity"]


def test_focus_resolves_curie_label_or_synonym(graph: nx.MultiDiGraph) -> None:
    assert view_data(graph, focus="miR-21")["focus"] == "mirbase.mature:MIMAT0000076"
    assert view_data(graph, focus="pten")["focus"] == "HGNC:9588"
    assert view_data(graph, focus="GO:0006915")["focus"] == "GO:0006915"
    with pytest.raises(QueryError, match="not a node"):
        render_html(graph, focus="no-such-thing")


def test_rendering_is_deterministic_and_write_html_is_the_same_document(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    first = render_html(graph)
    assert render_html(graph) == first
    target = tmp_path / "kg.html"
    write_html(graph, target)
    assert target.read_text(encoding="utf-8") == first
    assert [p.name for p in tmp_path.iterdir()] == ["kg.html"]  # no temporary file left behind


def test_empty_and_plain_graphs_render() -> None:
    empty = embedded_data(render_html(nx.MultiDiGraph()))
    assert empty["vis"]["nodes"] == [] and empty["legend"] == []
    plain = nx.MultiDiGraph()
    plain.add_edge("X:1", "X:2")
    data = embedded_data(render_html(plain))
    assert [n["label"] for n in data["vis"]["nodes"]] == ["X:1", "X:2"]


def test_large_graphs_get_precomputed_positions_and_no_physics() -> None:
    g = nx.MultiDiGraph(nx.barabasi_albert_graph(PHYSICS_LIMIT + 200, 1, seed=3))
    g = nx.relabel_nodes(g, {i: f"X:{i}" for i in g})
    data = view_data(g)
    assert data["vis"]["options"]["physics"]["enabled"] is False
    assert all(math.isfinite(n["x"]) and math.isfinite(n["y"]) for n in data["vis"]["nodes"])
    small = view_data(nx.relabel_nodes(nx.MultiDiGraph(nx.path_graph(5)), lambda i: f"X:{i}"))
    assert small["vis"]["options"]["physics"]["enabled"] is True


def test_force_layout_is_deterministic_and_keeps_neighbours_close() -> None:
    g = nx.barabasi_albert_graph(1500, 1, seed=5)
    pos = force_layout(g, seed=1)
    assert pos == force_layout(g, seed=1)
    assert len({(round(x, 6), round(y, 6)) for x, y in pos.values()}) == len(g)

    def dist(a: Any, b: Any) -> float:
        return math.dist(pos[a], pos[b])

    edge_mean = sum(dist(u, v) for u, v in g.edges()) / g.number_of_edges()
    nodes = list(g)
    random_pairs = [(nodes[i], nodes[(i * 7919 + 13) % len(nodes)]) for i in range(len(nodes))]
    pair_mean = sum(dist(u, v) for u, v in random_pairs if u != v) / len(random_pairs)
    assert edge_mean < 0.25 * pair_mean


def test_positions_fill_the_canvas_without_collapsing(graph: nx.MultiDiGraph) -> None:
    pos = positions(graph)
    assert set(pos) == set(graph.nodes)
    closest = min(math.dist(pos[a], pos[b]) for a in pos for b in pos if a < b)
    assert closest > 20  # pixels: no two nodes drawn on top of each other


def test_population_and_comparator_have_their_own_style_and_follow_their_effects(graph: nx.MultiDiGraph,
                                                                                 sample: ModuleType) -> None:
    data = view_data(graph)
    population = "exokg:population_NCBITaxon_10116_MONDO_0043797"
    assert data["nodes"][population]["group"] == "population"
    assert data["nodes"][population]["label"] == "SCI rats"
    assert data["nodes"]["exokg:Placebo_Vehicle"]["group"] == "comparator"
    assert data["nodes"]["NCBITaxon:10116"]["group"] == "organism"
    assert data["nodes"]["MONDO:0043797"]["group"] == "disease"
    legend = {item["key"]: item for item in data["legend"]}
    assert legend["population"]["count"] == legend["comparator"]["count"] == 1
    assert legend["population"]["shape"] == STYLE_BY_KEY["population"].shape
    context = {(e["from"], e["relation"], e["to"]): e for e in data["edges"].values() if e.get("context_link")}
    effect_id = sample.effects()[0].id
    assert set(context) >= {(effect_id, "population", population), (effect_id, "comparator", "exokg:Placebo_Vehicle"),
                            (population, "organism", "NCBITaxon:10116"), (population, "condition", "MONDO:0043797")}
    for link in context.values():  # links, not statements: no relation filter entry, the effect's paper
        assert link["effect_link"] and link["documents"] == ["ye2024"]
    assert not {"population", "comparator", "organism", "condition"} & {r for r, _ in data["relations"]}
    info = data["nodes"][effect_id]["effect"]
    assert (info["population_id"], info["comparator_id"]) == (population, "exokg:Placebo_Vehicle")


def test_positions_do_not_depend_on_the_process_hash_seed(tmp_path: Path) -> None:
    """Rebuilding gives the same kg.html: string hashing is seeded per process, and a layout that
    follows set order (components smaller than half the graph) moved nodes between runs."""
    import subprocess
    import sys

    g = nx.MultiDiGraph()
    for k in range(6):  # a large component and several small ones, with string node ids
        for j in range(4 if k else 30):
            g.add_edge(f"n{k}:{j}", f"n{k}:{j + 1}", key="e")
    path = tmp_path / "graph.json"
    path.write_text(json.dumps(nx.node_link_data(g, edges="edges")))
    script = ("import json, sys, networkx as nx; from kg.view import positions; "
              "g = nx.node_link_graph(json.load(open(sys.argv[1])), edges='edges', multigraph=True, directed=True); "
              "print(json.dumps(positions(g), sort_keys=True))")
    runs = {subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True,
                           env={**__import__("os").environ, "PYTHONHASHSEED": str(seed)}).stdout
            for seed in (1, 2, 3)}
    assert len(runs) == 1


def _hub_graph() -> nx.MultiDiGraph:
    """12 genes: G00 is stated by everyone (support 5 per edge), G01..G11 each by one study."""
    g = nx.MultiDiGraph(name="hub")
    for i in range(12):
        g.add_node(f"HGNC:{i:02d}", id=f"HGNC:{i:02d}", label=f"G{i:02d}", category="biolink:Gene", kind="Entity")
    for i in range(1, 12):
        hub = i <= 3
        evidence = [{"document": f"d{j}", "sentence": f"G00 regulates G{i:02d} (paper {j}).", "start": j}
                    for j in range(5 if hub else 1)]
        g.add_edge("HGNC:00", f"HGNC:{i:02d}", key=f"s{i}", id=f"s{i}", relation="regulates", polarity="0",
                   belief=0.5, support=5 if hub else 1, evidence=evidence)
        if i > 1:
            g.add_edge(f"HGNC:{i - 1:02d}", f"HGNC:{i:02d}", key=f"c{i}", id=f"c{i}", relation="increases",
                       polarity="+", belief=0.2, support=1, evidence=evidence[:1])
    return g


def test_a_graph_that_fits_a_page_is_shown_whole(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    from kg.view import overview

    part, whole = overview(graph)
    assert part is graph and whole is None
    write_html(graph, tmp_path / "kg.html")
    page = (tmp_path / "kg.html").read_text(encoding="utf-8")
    assert 'id="overview-note"' not in page and embedded_data(page)["overview"] is None


def test_the_overview_keeps_the_best_supported_nodes_and_edges_and_says_what_it_left_out() -> None:
    from kg.view import overview

    g = _hub_graph()
    part, whole = overview(g, max_nodes=4, max_edges=4, max_evidence=2)
    # scores: G00 3x5 + 8x1 = 23; G01-G03 5 + 1 or 2 chain links; G04.. at most 3
    assert list(part.nodes) == ["HGNC:00", "HGNC:01", "HGNC:02", "HGNC:03"]  # graph order kept
    # s1-s3 have support 5; c2 and c3 tie (support 1, belief 0.2) and go by id
    assert [k for *_, k in part.edges(keys=True)] == ["s1", "s2", "s3", "c2"]
    assert (whole.nodes, whole.edges, whole.max_evidence) == (12, 21, 2)
    assert part.graph["name"] == "hub" and len(part.edges["HGNC:00", "HGNC:01", "s1"]["evidence"]) == 5

    page = render_html(part, whole=whole)
    data = embedded_data(page)
    assert data["overview"] == {"nodes": 12, "edges": 21, "max_evidence": 2}
    hub_edge = next(e for e in data["edges"].values() if e["id"] == "s1")
    assert len(hub_edge["evidence"]) == 2 and hub_edge["evidence_total"] == 5
    assert hub_edge["documents"] == ["d0", "d1", "d2", "d3", "d4"]  # every paper still listed
    chain = next(e for e in data["edges"].values() if e["id"] == "c2")
    assert len(chain["evidence"]) == 1 and "evidence_total" not in chain
    note = re.sub(r"\s+", " ", re.search(r'<p id="overview-note"[^>]*>(.*?)</p>', page, re.S).group(1))
    assert "the 4 best-supported of 12 nodes and 4 of 21 edges, with up to 2 evidence sentences" in note
    assert render_html(overview(g, max_nodes=4, max_edges=4, max_evidence=2)[0], whole=whole) == page
