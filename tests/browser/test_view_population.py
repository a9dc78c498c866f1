"""Population and comparator nodes in headless Chromium: shown with the effects they belong to."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from kg.view import write_html

pytestmark = pytest.mark.browser

POPULATION = "exokg:population_NCBITaxon_10116_MONDO_0043797"
COMPARATOR = "exokg:Placebo_Vehicle"


@pytest.fixture(scope="module")
def html_file(sample: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("view-population") / "kg.html"
    write_html(sample.sample_graph(), path)
    return path


def hidden(page: Any, node: str) -> bool:
    return bool(page.evaluate(f"exokgView.nodes.get({node!r}).hidden"))


def test_population_and_comparator_follow_the_effects_through_filters(open_view: Any, html_file: Path) -> None:
    view = open_view(html_file)
    page = view.page
    assert not view.errors
    for node in (POPULATION, COMPARATOR, "NCBITaxon:10116"):
        assert not hidden(page, node)
    legend = page.locator("#legend-nodes").text_content()
    assert "Population (taxon + condition)" in legend and "Comparator (control arm)" in legend

    # Only 'increases' statements: the BBB effects stay (exosome increases BBB), and with them
    # their population, its taxon and condition, and the comparator.
    for relation in page.evaluate("exokgView.data.relations.map(r => r[0])"):
        if relation != "increases":
            page.uncheck(f"#filter-relation input[data-relation='{relation}']")
    for node in (POPULATION, COMPARATOR, "NCBITaxon:10116", "MONDO:0043797"):
        assert not hidden(page, node), node

    # A paper without effects: no effect, so no population or comparator either.
    page.click("#reset-filters")
    page.select_option("#filter-document", "li2025")
    for node in (POPULATION, COMPARATOR, "NCBITaxon:10116"):
        assert hidden(page, node), node
    page.select_option("#filter-document", "ye2024")
    for node in (POPULATION, COMPARATOR, "NCBITaxon:10116"):
        assert not hidden(page, node), node
    assert not view.errors
