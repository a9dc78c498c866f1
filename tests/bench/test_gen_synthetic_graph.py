"""bench/gen_synthetic_graph.py: same graph for the same seed, in kg.graph's shape, with its anchors."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from kg.graph import to_node_link
from kg.pico import LINK_RELATIONS
from kg.vocab import predicates


@pytest.fixture(scope="module")
def gen(bench_script):
    return bench_script("gen_synthetic_graph")


def _dump(graph) -> str:
    return json.dumps(to_node_link(graph), sort_keys=True)


def test_same_seed_same_graph_other_seed_other_graph(gen) -> None:
    first = _dump(gen.synthetic_graph(1500, seed=3))
    assert _dump(gen.synthetic_graph(1500, seed=3)) == first
    assert _dump(gen.synthetic_graph(1500, seed=4)) != first


def test_shape_of_the_graph(gen) -> None:
    g = gen.synthetic_graph(3000, seed=1)
    for anchor in ("CL:0002540", "GO:0043491", "exokg:bbb_score"):
        assert anchor in g
    kinds = Counter(kind for _, kind in g.nodes(data="kind"))
    assert kinds["PooledEffect"] == 3000 // 100 and kinds["Entity"] > 3000 // 10  # the entities in statements
    statements = [d for *_, d in g.edges(data=True) if d["relation"] not in LINK_RELATIONS]
    assert 0.9 * 3000 < len(statements) <= 3000 + 4  # merged duplicates, plus the four anchor statements
    assert {d["relation"] for d in statements} <= set(predicates())
    assert all(0 < d["belief"] <= 1 and d["evidence"] for d in statements)
    categories = Counter(c for _, c in g.nodes(data="category"))
    for category in ("biolink:Cell", "biolink:MicroRNA", "biolink:Gene", "biolink:Pathway", "biolink:ClinicalFinding"):
        assert categories[category] > 0
    assert len(g.graph["documents"]) == 3000 // 200


def test_refuses_a_non_positive_size(gen) -> None:
    with pytest.raises(ValueError, match="positive"):
        gen.synthetic_graph(0)
