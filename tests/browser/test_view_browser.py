"""The graph view in headless Chromium: offline, complete, searchable, clickable, and inert to paper HTML."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from kg.view import measured_outcomes, nearest_kinds, render_html, write_html
from kg.vocab import expand

pytestmark = pytest.mark.browser

TOTAL_SCRIPTS = 3  # the JSON data block, vis-network, the view's own script


@pytest.fixture(scope="module")
def graph(sample: ModuleType) -> Any:
    return sample.sample_graph()


@pytest.fixture(scope="module")
def html_file(graph: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("view") / "kg.html"
    write_html(graph, path)
    return path


@pytest.fixture
def view(open_view: Any, html_file: Path) -> Any:
    return open_view(html_file)


def panel_text(page: Any) -> str:
    return page.locator("#panel").text_content()


def center_on(page: Any, canvas_point_js: str) -> tuple[float, float]:
    """Move the camera onto a canvas point and return its page coordinates."""
    return tuple(page.evaluate(f"""() => {{
        const net = exokgView.network;
        const p = {canvas_point_js};
        net.moveTo({{position: p, scale: 1.0, animation: false}});
        net.redraw();
        const d = net.canvasToDOM(p);
        const r = document.querySelector('#network canvas').getBoundingClientRect();
        return [r.left + d.x, r.top + d.y];
    }}"""))


def click_node(page: Any, node_id: str) -> None:
    x, y = center_on(page, f"exokgView.network.getPositions([{node_id!r}])[{node_id!r}]")
    page.mouse.click(x, y)
    page.wait_for_selector("#panel:not([hidden])")


def edge_id(page: Any, source: str, target: str, relation: str) -> str:
    return page.evaluate("""([s, t, r]) => Object.keys(exokgView.data.edges).find(k => {
        const e = exokgView.data.edges[k]; return e.from === s && e.to === t && e.relation === r; })""",
                         [source, target, relation])


def click_edge(page: Any, eid: str) -> None:
    x, y = center_on(page, f"exokgView.network.body.edges[{eid!r}].edgeType.getPoint(0.5)")
    page.mouse.click(x, y)
    page.wait_for_selector("#panel:not([hidden])")


def test_loads_offline_with_every_node_and_edge(view: Any, graph: Any, html_file: Path) -> None:
    page = view.page
    assert page.evaluate("exokgView.nodes.length") == graph.number_of_nodes()
    assert page.evaluate("exokgView.edges.length") == (graph.number_of_edges() + len(nearest_kinds(graph))
                                                       + len(measured_outcomes(graph)))
    assert page.evaluate("exokgView.network.body.nodeIndices.length") == graph.number_of_nodes()
    assert page.evaluate("exokgView.visibleNodes") == graph.number_of_nodes()
    assert view.external_requests == []
    assert view.requests == [html_file.resolve().as_uri()]
    assert view.csp_violations() == []
    assert view.errors == []
    assert page.locator("#stats").inner_text().startswith(f"{graph.number_of_nodes()} nodes")


@pytest.mark.parametrize(("query", "expected", "label"), [
    ("hsa-miR-21-5p", "mirbase.mature:MIMAT0000076", "miR-21-5p"),  # a synonym
    ("HGNC:9588", "HGNC:9588", "PTEN"),  # a CURIE
    ("apoptotic", "GO:0006915", "apoptotic process"),  # a label prefix
])
def test_search_focuses_the_node(view: Any, query: str, expected: str, label: str) -> None:
    page = view.page
    page.fill("#search", query)
    assert label in page.locator("#search-results").inner_text()
    page.press("#search", "Enter")
    page.wait_for_selector("#panel:not([hidden])")
    assert page.evaluate("exokgView.network.getSelectedNodes()") == [expected]
    assert page.evaluate("exokgView.focused") == expected
    assert page.locator("#panel h2").inner_text() == label


def test_clicking_a_node_shows_its_identifiers_and_evidence(view: Any, sample: ModuleType) -> None:
    page = view.page
    click_node(page, "HGNC:9588")
    assert page.evaluate("exokgView.panel") == {"kind": "node", "id": "HGNC:9588"}
    text = panel_text(page)
    assert "PTEN inhibits the PI3K/AKT pathway." in text
    assert "Loss of PTEN activates PI3K/AKT signalling." in text
    assert "phosphatase and tensin homolog" in text  # synonym
    curie = page.locator("#panel a", has_text="HGNC:9588")
    assert curie.get_attribute("href") == expand("HGNC:9588")
    cited = page.locator("#panel a", has_text="Zhao C").first
    assert cited.get_attribute("href") == f"https://doi.org/{sample.CITED_DOI}"
    reading = page.locator("#panel a", has_text="Ye Z").first
    assert reading.get_attribute("href") == f"https://doi.org/{sample.YE_DOI}"
    for link in page.locator("#panel a").all():
        assert link.get_attribute("rel") == "noopener noreferrer"


def test_a_node_panel_links_the_kinds_it_is_one_of_and_its_narrower_kinds(view: Any) -> None:
    page = view.page
    page.evaluate("exokgView.showNode('exokg:bmsc_exosome')")
    assert "A kind of" in panel_text(page) and "Narrower kinds" not in panel_text(page)
    page.locator("#panel button", has_text="exosome").filter(has_not_text="BMSC").click()
    assert page.evaluate("exokgView.panel") == {"kind": "node", "id": "GO:0070062"}
    assert "Narrower kinds" in panel_text(page) and "BMSC-derived exosome" in panel_text(page)


def test_a_kind_no_claim_names_is_linked_to_its_narrower_entity_and_follows_it(view: Any) -> None:
    page = view.page
    eid = edge_id(page, "exokg:bmsc_exosome", "GO:0070062", "is_a")
    assert eid is not None  # the exosome kind node is no longer drawn alone
    click_edge(page, eid)
    assert page.locator("#panel h2").inner_text() == "BMSC-derived exosome is a kind of exosome"
    assert "not a sentence" in panel_text(page) and page.locator("#panel .evidence").count() == 0
    assert "is a kind of (lexicon)" in page.locator("#legend-edges").text_content()
    strongest = max(e["belief"] for e in page.evaluate("exokgView.data.edges").values()
                    if "exokg:bmsc_exosome" in (e["from"], e["to"]) and not e.get("lexicon_link") and e.get("belief"))
    page.fill("#filter-belief", f"{strongest - 0.05:.2f}")  # a filter on: only what claims touch stays
    page.dispatch_event("#filter-belief", "input")
    assert page.evaluate("exokgView.visibleNodes") < page.evaluate("exokgView.nodes.length")
    assert page.evaluate("!exokgView.nodes.get('exokg:bmsc_exosome').hidden")
    assert page.evaluate("!exokgView.nodes.get('GO:0070062').hidden")  # the kind follows its entity
    assert page.evaluate(f"!exokgView.edges.get({eid!r}).hidden")
    page.click("#reset-filters")
    page.uncheck("#filter-relation input[data-relation='is_a']")
    assert page.evaluate(f"exokgView.edges.get({eid!r}).hidden") is True
    assert view.errors == []


def test_an_outcome_measure_is_linked_to_what_it_measures(view: Any) -> None:
    page = view.page
    eid = edge_id(page, "exokg:bbb_score", "exokg:motor_function", "measures")
    assert eid is not None
    click_edge(page, eid)
    assert page.locator("#panel h2").inner_text() == "BBB locomotor score measures motor function"
    assert "Outcome measure" in panel_text(page) and "not a sentence" in panel_text(page)
    assert page.locator("#panel .evidence").count() == 0
    assert "measures (outcome measure, lexicon)" in page.locator("#legend-edges").text_content()
    page.evaluate("exokgView.showNode('exokg:motor_function')")
    assert "Measured by" in panel_text(page) and "BBB locomotor score" in panel_text(page)
    page.select_option("#filter-document", "ye2024")  # a filter on: the outcome follows its measure
    assert page.evaluate("!exokgView.nodes.get('exokg:bbb_score').hidden")
    assert page.evaluate("!exokgView.nodes.get('exokg:motor_function').hidden")
    page.select_option("#filter-document", "")
    page.uncheck("#filter-relation input[data-relation='measures']")
    assert page.evaluate(f"exokgView.edges.get({eid!r}).hidden") is True
    page.click("#reset-filters")
    assert view.errors == []


def test_clicking_an_edge_shows_the_statement_and_every_sentence(view: Any) -> None:
    page = view.page
    eid = edge_id(page, "HGNC:9588", "KEGG.PATHWAY:hsa04151", "decreases")
    click_edge(page, eid)
    assert page.evaluate("exokgView.panel") == {"kind": "edge", "id": eid}
    assert page.locator("#panel h2").inner_text() == "PTEN decreases PI3K/AKT signaling pathway"
    assert page.locator("#panel .evidence").count() == 2
    assert "2 independent studies" in panel_text(page)


def test_an_overview_page_says_what_it_leaves_out(open_view: Any, graph: Any, tmp_path: Path) -> None:
    """A graph larger than a page: kg.html shows its best-supported part and names what is missing."""
    from kg.view import overview

    part, whole = overview(graph, max_nodes=graph.number_of_nodes() - 1, max_evidence=1)
    path = tmp_path / "kg.html"
    path.write_text(render_html(part, whole=whole), encoding="utf-8")
    view = open_view(path)
    page = view.page
    note = " ".join(page.locator("#overview-note").inner_text().split())
    assert note.startswith(f"Overview: the {part.number_of_nodes()} best-supported of {graph.number_of_nodes()} nodes")
    assert page.locator("#overview-note").is_visible()
    click_edge(page, edge_id(page, "HGNC:9588", "KEGG.PATHWAY:hsa04151", "decreases"))
    assert page.locator("#panel .evidence").count() == 1
    assert "Evidence (1 of 2 shown;" in panel_text(page)
    assert view.errors == [] and view.csp_violations() == [] and view.external_requests == []


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "without-csp"])
def test_paper_html_in_evidence_is_shown_as_text_and_never_runs(open_view: Any, html_file: Path, sample: ModuleType,
                                                                bypass_csp: bool) -> None:
    """Safe by construction (text nodes only), not just because the page's CSP would block a script."""
    view = open_view(html_file, bypass_csp=bypass_csp)
    page = view.page
    eid = edge_id(page, "mirbase.mature:MIMAT0000076", "HGNC:9588", "targets")
    click_edge(page, eid)
    quote = page.locator("#panel .evidence blockquote").first
    assert quote.inner_text() == sample.XSS_SENTENCE
    click_node(page, "mirbase.mature:MIMAT0000076")  # the same sentence again, under the node
    assert sample.XSS_SENTENCE in panel_text(page)
    page.wait_for_timeout(300)  # let any (wrongly) created <img> fail to load
    assert page.evaluate("typeof window.__exokgXss") == "undefined"
    assert view.dialogs == []
    assert page.evaluate("document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert page.evaluate("document.scripts.length") == TOTAL_SCRIPTS
    hrefs = page.evaluate("Array.from(document.querySelectorAll('a')).map(a => a.getAttribute('href'))")
    assert all(h.startswith("https://") for h in hrefs)
    assert view.external_requests == [] and view.csp_violations() == [] and view.errors == []


def test_outcome_panel_draws_a_forest_plot_of_its_pooled_effects(view: Any) -> None:
    page = view.page
    click_node(page, "exokg:bbb_score")
    text = panel_text(page)
    assert "Pooled effects (2)" in text
    plots = page.locator("#panel svg.forest")
    assert plots.count() == 1  # both effects are WMD: one shared axis
    svg_text = plots.first.text_content()
    assert "3.05 [2.41, 3.69]" in svg_text and "1.10 [-0.40, 2.60]" in svg_text
    squares = page.evaluate("""Array.from(document.querySelectorAll('#panel svg.forest rect'))
        .map(r => [Number(r.getAttribute('x')) + Number(r.getAttribute('width')) / 2, r.getAttribute('fill')])""")
    assert len(squares) == 2
    (x_big, fill_big), (x_small, fill_small) = sorted(squares, reverse=True)
    assert x_big > x_small  # 3.05 lies right of 1.10 on the axis
    assert fill_big != "#fff" and fill_small == "#fff"  # filled = significant, open = not


def test_pooled_effect_node_shows_estimate_ci_and_verdict(view: Any, graph: Any) -> None:
    page = view.page
    effect = next(n for n, d in graph.nodes(data=True) if d.get("kind") == "PooledEffect" and d.get("subgroup"))
    click_node(page, effect)
    text = panel_text(page)
    assert "WMD 1.10 [-0.40, 2.60]" in text
    assert "not significant" in text
    assert "dose < 100 µg" in text


def test_pooled_effect_node_lists_its_publication_bias_checks_as_text(view: Any, graph: Any,
                                                                     sample: ModuleType) -> None:
    page = view.page
    effect = next(n for n, d in graph.nodes(data=True) if d.get("kind") == "PooledEffect" and d.get("bias"))
    click_node(page, effect)
    checks = page.locator("#panel .bias-checks li")
    assert checks.all_inner_texts() == ["Egger's test (p = 0.004): asymmetry",
                                        "trim-and-fill (4 studies filled; adjusted 2.20 [1.50, 2.90]): asymmetry"]
    assert page.locator("#panel .bias-checks li.bias-found").count() == 2
    text = panel_text(page)
    assert "Publication bias: where it was read" in text and sample.BIAS_SENTENCE in text
    page.locator("#panel").hover()
    assert page.evaluate("typeof window.__exokgXss") == "undefined"
    assert page.evaluate("document.querySelectorAll('#panel b').length") == 0
    assert view.errors == [] and view.csp_violations() == []


def test_category_relation_and_document_filters(view: Any, graph: Any) -> None:
    page = view.page
    total = graph.number_of_nodes()
    page.uncheck("#legend-nodes input[data-group='gene']")
    assert page.evaluate("exokgView.visibleNodes") == total - 1  # PTEN is the only gene
    assert page.evaluate("exokgView.nodes.get('HGNC:9588').hidden") is True
    page.click("#reset-filters")
    assert page.evaluate("exokgView.visibleNodes") == total

    page.select_option("#filter-document", "ye2024")
    visible = page.evaluate("exokgView.edges.get({filter: e => !e.hidden}).map(e => e.id)")
    edges = page.evaluate("exokgView.data.edges")
    expected = {eid for eid, e in edges.items() if "ye2024" in e["documents"]}
    shown_nodes = {edges[eid][end] for eid in expected for end in ("from", "to")}
    expected |= {eid for eid, e in edges.items() if e.get("lexicon_link") and e["from"] in shown_nodes}  # kinds follow
    assert set(visible) == expected
    assert page.evaluate("exokgView.nodes.get('CL:0002540').hidden") is True  # only li2025 mentions BMSC
    page.select_option("#filter-document", "")
    page.uncheck("#filter-relation input[data-relation='decreases']")
    shown = page.evaluate("exokgView.edges.get({filter: e => !e.hidden}).map(e => exokgView.data.edges[e.id].relation)")
    assert "decreases" not in shown and "increases" in shown


def test_focus_opens_on_the_named_node(open_view: Any, graph: Any, tmp_path: Path) -> None:
    path = tmp_path / "focus.html"
    path.write_text(render_html(graph, title="miR-21 neighbourhood", focus="miR-21"), encoding="utf-8")
    view = open_view(path)
    page = view.page
    page.wait_for_selector("#panel:not([hidden])")
    assert page.evaluate("exokgView.network.getSelectedNodes()") == ["mirbase.mature:MIMAT0000076"]
    assert page.title() == "miR-21 neighbourhood"


def test_screenshot_artifact(view: Any, artifacts: Path) -> None:
    page = view.page
    click_node(page, "exokg:bbb_score")
    page.evaluate("exokgView.network.fit({animation: false})")
    target = artifacts / "view-sample.png"
    page.screenshot(path=str(target))
    assert target.stat().st_size > 10_000


def test_big_graph_loads_without_physics_and_stays_searchable(open_view: Any, tmp_path: Path) -> None:
    import networkx as nx

    g = nx.MultiDiGraph()
    skeleton = nx.barabasi_albert_graph(1200, 1, seed=2)
    for i in skeleton:
        g.add_node(f"X:{i}", id=f"X:{i}", label=f"thing {i}", category="biolink:Gene", kind="Entity")
    for j, (u, v) in enumerate(skeleton.edges()):
        g.add_edge(f"X:{u}", f"X:{v}", key=f"s{j}", id=f"s{j}", relation="increases", polarity="+",
                   predicate="biolink:positively_regulates", belief=0.65, evidence=[])
    path = tmp_path / "big.html"
    write_html(g, path)
    view = open_view(path)
    page = view.page
    assert page.evaluate("exokgView.nodes.length") == 1200
    assert page.evaluate("exokgView.network.physics.options.enabled") is False
    assert page.evaluate("exokgView.levelOfDetail") is True  # off-screen edges and tiny arrows skipped
    page.fill("#search", "thing 777")
    page.press("#search", "Enter")
    page.wait_for_selector("#panel:not([hidden])")
    assert page.evaluate("exokgView.network.getSelectedNodes()") == ["X:777"]
    assert view.errors == [] and view.external_requests == []


def test_hub_panel_pages_its_statements(open_view: Any, tmp_path: Path) -> None:
    """A node with many statements shows the strongest first and the rest on demand (every sentence reachable)."""
    import networkx as nx

    g = nx.MultiDiGraph()
    g.add_node("X:hub", id="X:hub", label="hub", category="biolink:Gene", kind="Entity")
    for i in range(95):
        g.add_node(f"X:{i}", id=f"X:{i}", label=f"leaf {i}", category="biolink:Gene", kind="Entity")
        g.add_edge("X:hub", f"X:{i}", key=f"s{i}", id=f"s{i}", relation="increases", polarity="+",
                   belief=round(i / 100, 2), evidence=[{"document": "d", "sentence": f"hub raises leaf {i}."}])
    path = tmp_path / "hub.html"
    write_html(g, path)
    page = open_view(path).page
    page.evaluate("exokgView.focusNode('X:hub', false)")
    assert page.locator("#panel .statement").count() == 40
    assert page.locator("#panel .statement-head").first.inner_text() == "hub increases leaf 94"  # highest belief
    page.click("#panel button.more")
    page.click("#panel button.more")
    assert page.locator("#panel .statement").count() == 95
    assert page.locator("#panel button.more").is_hidden()
    assert "hub raises leaf 0." in panel_text(page)


def test_screenshot_module_writes_the_readme_image(html_file: Path, tmp_path: Path, browser: Any) -> None:
    """``python -m kg.view.screenshot`` (its own Playwright session, hence a subprocess)."""
    import subprocess
    import sys

    target = tmp_path / "shot.png"
    command = [sys.executable, "-m", "kg.view.screenshot", str(html_file), str(target), "--focus", "BBB locomotor score",
               "--scale", "1.0", "--width", "1200", "--height", "700"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    data = target.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(data[16:20], "big") == 1200 and int.from_bytes(data[20:24], "big") == 700
    bad = subprocess.run([*command[:4], "--focus", "no such node"], capture_output=True, text=True, timeout=120,
                         check=False)
    assert bad.returncode != 0 and "no node matches" in bad.stderr
