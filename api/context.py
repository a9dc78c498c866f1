"""What one API process serves: the graph index, the documents, the SPARQL store and the limits.

Everything is read from the output folder of ``exokg build`` (graph.json, documents.jsonl, the
store, plots/) and never written: the API is a read-only view of a build.
"""

from __future__ import annotations

import json
import math
import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from api.errors import NotFoundError, Unavailable
from api.index import GraphIndex
from kg.errors import InputError

PLOT_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,200}\.(png|svg|pdf)$")
PLOT_TYPES = {"png": "image/png", "svg": "image/svg+xml", "pdf": "application/pdf"}


@dataclass(frozen=True)
class Settings:
    """Limits that keep every request bounded."""

    max_body_bytes: int = 256 * 1024
    max_url_bytes: int = 256 * 1024
    max_nodes: int = 2000
    max_edges: int = 10_000
    sparql_timeout_s: float = 10.0
    sparql_max_rows: int = 10_000
    sparql_isolation: str = "thread"  # "process" kills runaway queries (needs the on-disk store)
    view_max_nodes: int = 3000


def finite(value: Any) -> Any:
    """JSON-safe copy: NaN and infinities become null (JSON has no spelling for them)."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Mapping):
        return {str(k): finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [finite(v) for v in value]
    return value


class ApiContext:
    """The index plus lazily opened resources, shared by all routes of one app."""

    def __init__(self, index: GraphIndex, *, out_dir: Path | None = None,
                 documents: Sequence[Mapping[str, Any]] | None = None, store: Any = None,
                 settings: Settings | None = None) -> None:
        self.index = index
        self.out_dir = out_dir
        self.settings = settings or Settings()
        self.documents: dict[str, Mapping[str, Any]] = dict(index.documents)
        for record in documents or ():
            if record.get("id"):
                self.documents[str(record["id"])] = record
        self._store = store
        self._store_lock = threading.Lock()
        self.plot_dir = (out_dir / "plots").resolve() if out_dir is not None else None
        self._view_cache: dict[str, str] = {}

    # -- entities

    def entity(self, text: str, what: str = "entity") -> int:
        """Node index for an id or exact name, else 404 with close matches."""
        node = self.index.lookup(text)
        if node is None:
            raise NotFoundError(f"no {what} {text[:200]!r} in the graph (give a CURIE, label or synonym)",
                                self.index.suggestions(text))
        return node

    # -- SPARQL store

    def store(self) -> Any:
        """The read-only store (opened on first use and reopened after a rebuild swapped it)."""
        with self._store_lock:
            if self._store is not None and not (hasattr(self._store, "is_stale") and self._store.is_stale()):
                return self._store
            if self.out_dir is None:
                raise Unavailable("no SPARQL store is attached to this server")
            from kg.store import open_store

            try:
                self._store = open_store(self.out_dir)
            except InputError as exc:
                raise Unavailable(str(exc)) from None
            return self._store

    # -- plots

    def plot_path(self, name: str) -> Path | None:
        """The file ``plots/<name>`` if it is a plain plot file inside the plot folder, else None."""
        if self.plot_dir is None or not PLOT_NAME.match(name) or ".." in name:
            return None
        path = (self.plot_dir / name).resolve()
        if path.parent != self.plot_dir or not path.is_file():
            return None
        return path

    def plot_urls(self, plots: Sequence[str], prefix: str) -> list[str]:
        urls = []
        for plot in plots or ():
            name = Path(str(plot)).name
            if self.plot_path(name) is not None:
                urls.append(f"{prefix}/plots/{name}")
        return urls


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise InputError(f"{path}:{n}: not valid JSON ({exc.msg})") from None
    return rows


def load_context(out_dir: str | Path, settings: Settings | None = None) -> ApiContext:
    """Read a build's output folder into an :class:`ApiContext` (the graph is indexed once)."""
    from kg.graph import from_node_link

    out = Path(out_dir)
    graph_path = out / "graph.json"
    if not graph_path.is_file():
        raise InputError(f"{graph_path}: no graph; run 'exokg build --out {out}' first")
    try:
        data = json.loads(graph_path.read_text(encoding="utf-8"))
        graph = from_node_link(data)
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise InputError(f"{graph_path}: not an exokg graph.json ({exc})") from None
    documents_path = out / "documents.jsonl"
    documents = read_jsonl(documents_path) if documents_path.is_file() else []
    index = GraphIndex(graph, documents=[{k: v for k, v in d.items() if k != "text"} for d in documents] or None)
    return ApiContext(index, out_dir=out, documents=documents, settings=settings)


def context_for_graph(graph: Any, *, out_dir: str | Path | None = None, store: Any = None,
                      documents: Sequence[Mapping[str, Any]] | None = None,
                      settings: Settings | None = None) -> ApiContext:
    """An :class:`ApiContext` over a graph already in memory (tests, benchmarks)."""
    index = GraphIndex(graph)
    return ApiContext(index, out_dir=Path(out_dir) if out_dir is not None else None, documents=documents,
                      store=store, settings=settings)
