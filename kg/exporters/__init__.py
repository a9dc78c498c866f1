"""Graph exporters, one module per output format.

Each exporter takes the assembled networkx graph and an output folder, writes its files
atomically and returns their paths. RDF serialisations (Turtle, N-Triples, JSON-LD) live in
:mod:`kg.rdf`; these are the non-RDF formats other tools expect.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from kg.exporters.graphml import write_graphml
from kg.exporters.kgx import write_kgx

EXPORTERS: dict[str, Callable[[Any, str | Path], list[Path]]] = {
    "kgx": write_kgx,
    "graphml": write_graphml,
}

__all__ = ["EXPORTERS", "write_graphml", "write_kgx"]
