"""GraphML export for Cytoscape and Gephi.

GraphML attributes are scalars only (networkx refuses lists, dicts and None), so lists and
dicts (synonyms, qualifiers, evidence, studies...) are written as JSON strings, and missing
values are left out. Cytoscape reads ``label`` as the node name.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kg.io import atomic_path


def _scalar(value: Any) -> Any:
    if isinstance(value, bool | int | float | str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _unify(rows: list[dict[str, Any]]) -> None:
    """One GraphML type per attribute: mixed int/float become float, anything else mixed becomes text."""
    kinds: dict[str, set[type]] = {}
    for row in rows:
        for k, v in row.items():
            kinds.setdefault(k, set()).add(type(v))
    for k, types in kinds.items():
        if len(types) < 2:
            continue
        cast: Any = float if types <= {int, float} else str
        for row in rows:
            if k in row:
                row[k] = cast(row[k])


def graphml_graph(graph: Any) -> Any:
    """A copy of ``graph`` whose attributes GraphML can hold (deterministic node and edge order)."""
    import networkx as nx

    flat = nx.MultiDiGraph()
    flat.graph.update({k: _scalar(v) for k, v in sorted(graph.graph.items()) if v is not None})
    nodes = sorted(graph.nodes(data=True), key=lambda nd: str(nd[0]))
    node_rows = [{k: _scalar(v) for k, v in sorted(data.items()) if v is not None} for _, data in nodes]
    edges = sorted(graph.edges(keys=True, data=True), key=lambda e: (str(e[2]), str(e[0]), str(e[1])))
    edge_rows = [{k: _scalar(x) for k, x in sorted(data.items()) if x is not None} for *_, data in edges]
    _unify(node_rows)
    _unify(edge_rows)
    for (node_id, _), row in zip(nodes, node_rows, strict=True):
        flat.add_node(node_id, **row)
    for (u, v, key, _), row in zip(edges, edge_rows, strict=True):
        flat.add_edge(u, v, key=key, **row)
    return flat


def write_graphml(graph: Any, out_dir: str | Path) -> list[Path]:
    import networkx as nx

    path = Path(out_dir) / "kg.graphml"
    with atomic_path(path) as tmp:
        nx.write_graphml(graphml_graph(graph), tmp, encoding="utf-8", named_key_ids=True)
    return [path]
