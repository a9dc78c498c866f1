"""graph.json writer: the same node-link data as networkx gives, one node or edge per line."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from kg.exporters.node_link import write_node_link
from kg.graph import from_node_link, to_node_link

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("_exokg_node_link_fixture", HERE / "test_sparql_fixture.py")
assert _spec and _spec.loader
F = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(F)


def test_graph_json_loads_to_the_node_link_data_and_back_to_the_graph(tmp_path: Path) -> None:
    graph = F.fixture_graph()
    path = write_node_link(graph, tmp_path / "graph.json")
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    assert data == to_node_link(graph)
    assert list(data) == list(to_node_link(graph))  # same key order
    back = from_node_link(data)
    assert dict(back.nodes(data=True)) == dict(graph.nodes(data=True))
    assert sorted(back.edges(keys=True, data=True), key=str) == sorted(graph.edges(keys=True, data=True), key=str)
    # one line per node and per edge, plus the opening line and the two closing brackets
    assert len(text.splitlines()) == 1 + graph.number_of_nodes() + graph.number_of_edges() + 2
    assert write_node_link(graph, tmp_path / "again.json").read_bytes() == path.read_bytes()
