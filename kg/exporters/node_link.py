"""``graph.json``: the graph in networkx node-link form (``edges="edges"``), one node or edge per line.

Why not ``json.dump(..., indent=1)``: an indented dump goes through the pure-Python encoder, which
took longer than writing all the RDF files. Here each node and edge is encoded by the C encoder
and written on its own line, so the file is still easy to read and to diff, and ``json.load``
returns exactly what :func:`kg.graph.to_node_link` gives.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kg.io import atomic_open


def write_node_link(graph: Any, path: str | Path) -> Path:
    """Write ``graph`` as node-link JSON to ``path`` (atomically); return the path."""
    from kg.graph import to_node_link

    encode = json.JSONEncoder(ensure_ascii=False).encode
    data = to_node_link(graph)
    target = Path(path)
    with atomic_open(target) as fh:
        write = fh.write
        write("{")
        for i, (key, value) in enumerate(data.items()):
            write(f"{', ' if i else ''}{encode(key)}: ")
            if isinstance(value, list):
                write("[")
                for j, item in enumerate(value):
                    write(",\n" if j else "\n")
                    write(encode(item))
                write("\n]")
            else:
                write(encode(value))
        write("}\n")
    return target
