"""What one API process serves: the current build (graph index and documents), the SPARQL store and the limits.

Everything is read from the output folder of ``exokg build`` (graph.json, documents.jsonl,
build.json, the store, plots/) and never written: the API is a read-only view of a build. A build, once loaded, is
a :class:`Build` that never changes; following a rebuild (:mod:`api.reload`) means loading a new
one and swapping :attr:`ApiContext.build`, one attribute assignment. A request reads that attribute
once, when it arrives (:meth:`ApiContext.current`), and answers from that build to the end.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import threading
import time
from collections.abc import Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from api.errors import NotFoundError, Unavailable
from api.index import GraphIndex
from kg.errors import InputError

PLOT_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,200}\.(png|svg|pdf)$")
PLOT_TYPES = {"png": "image/png", "svg": "image/svg+xml", "pdf": "application/pdf"}


@dataclass(frozen=True)
class Settings:
    """Limits that keep every request bounded, and how often to look for a rebuild."""

    max_body_bytes: int = 256 * 1024
    max_url_bytes: int = 256 * 1024
    max_nodes: int = 2000
    max_edges: int = 10_000
    sparql_timeout_s: float = 10.0
    sparql_max_rows: int = 10_000
    sparql_isolation: str = "thread"  # "process" kills runaway queries (needs the on-disk store)
    view_max_nodes: int = 3000
    reload_interval_s: float = 2.0  # how often the server looks for a rebuild of graph.json (0: never)


def finite(value: Any) -> Any:
    """JSON-safe copy: NaN and infinities become null (JSON has no spelling for them)."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Mapping):
        return {str(k): finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [finite(v) for v in value]
    return value


@dataclass(frozen=True)
class FileStamp:
    """One version of a file. Builds rename a new file over the old one (:mod:`kg.io`), so the inode
    changes with every build; mtime and size also catch a file rewritten in place."""

    inode: int
    mtime_ns: int
    size: int

    @classmethod
    def of(cls, st: os.stat_result) -> FileStamp:
        return cls(st.st_ino, st.st_mtime_ns, st.st_size)


def file_stamp(path: Path) -> FileStamp | None:
    """The stamp of the file at ``path`` now (None when there is none): one ``stat`` call."""
    try:
        return FileStamp.of(os.stat(path))
    except (FileNotFoundError, NotADirectoryError):
        return None


def _iso(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


SERVED: ContextVar[Build] = ContextVar("exokg_served_build")  # the build a request is answered from


class Build:
    """One loaded build: the graph index, the documents and which graph.json they came from.

    Never modified once made; a rebuild is served by making another one.
    """

    def __init__(self, index: GraphIndex, documents: Sequence[Mapping[str, Any]] | None = None, *,
                 stamp: FileStamp | None = None, documents_stamp: FileStamp | None = None,
                 digest: str | None = None, record: Mapping[str, Any] | None = None,
                 record_stamp: FileStamp | None = None) -> None:
        self.index = index
        self.documents: dict[str, Mapping[str, Any]] = dict(index.documents)
        for document in documents or ():
            if document.get("id"):
                self.documents[str(document["id"])] = document
        self.document_ids = sorted(set(self.documents) | {d for d in index.by_document if d})
        self.stamp = stamp
        self.documents_stamp = documents_stamp
        self.record = record  # build.json (kg.manifest), None for a folder written without one
        self.record_stamp = record_stamp
        self.id = digest or f"memory-{len(index)}-{index.n_edges}"
        self.header = self.id.encode("ascii")
        self.loaded_at = time.time()

    def entity(self, text: str, what: str = "entity") -> int:
        """Node index for an id or exact name, else 404 with close matches."""
        node = self.index.lookup(text)
        if node is None:
            raise NotFoundError(f"no {what} {text[:200]!r} in the graph (give a CURIE, label or synonym)",
                                self.index.suggestions(text))
        return node

    def describe(self) -> dict[str, Any]:
        """The ``build`` field of ``/api/v1``."""
        record = self.record or {}
        return {"id": self.id,
                "graph_modified": _iso(self.stamp.mtime_ns / 1e9) if self.stamp is not None else None,
                "loaded": _iso(self.loaded_at),
                "finished": record.get("finished"),
                "exokg_version": record.get("exokg_version"),
                "extractor_version": record.get("extractor_version"),
                "skipped_files": len(record["skipped"]) if isinstance(record.get("skipped"), list) else None,
                "excluded_papers": len(record["excluded"]) if isinstance(record.get("excluded"), list) else None}


class ApiContext:
    """The build being served plus lazily opened resources, shared by all routes of one app."""

    def __init__(self, build: Build, *, out_dir: Path | None = None, store: Any = None,
                 settings: Settings | None = None) -> None:
        self.build = build
        self.out_dir = out_dir
        self.settings = settings or Settings()
        self._store = store
        self._store_lock = threading.Lock()
        self.plot_dir = (out_dir / "plots").resolve() if out_dir is not None else None

    def current(self) -> Build:
        """The build to answer the running request from: the one that was current when it arrived
        (noted by the middleware, so the ``X-Exokg-Build`` header names it), else the current one."""
        return SERVED.get(None) or self.build

    def swap(self, build: Build) -> Build:
        """Serve ``build`` from now on; returns the previous one (requests under way keep it)."""
        old, self.build = self.build, build
        return old

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


def _read(path: Path) -> tuple[bytes, FileStamp] | None:
    """A file's bytes and the stamp of the very version read (None when there is no file)."""
    try:
        with path.open("rb") as fh:
            return fh.read(), FileStamp.of(os.fstat(fh.fileno()))
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None


def _jsonl_rows(path: Path) -> tuple[list[dict[str, Any]], FileStamp] | None:
    """The records of a JSON Lines file and the stamp of the version read (None when there is no file)."""
    rows = []
    try:
        with path.open(encoding="utf-8") as fh:
            stamp = FileStamp.of(os.fstat(fh.fileno()))
            for n, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        rows.append(json.loads(line))
                    except json.JSONDecodeError as exc:
                        raise InputError(f"{path}:{n}: not valid JSON ({exc.msg})") from None
    except FileNotFoundError:
        return None
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    return rows, stamp


def load_build(out_dir: str | Path) -> Build:
    """Read graph.json, documents.jsonl and build.json of a build's output folder and index the graph."""
    from kg.graph import from_node_link

    out = Path(out_dir)
    graph_path = out / "graph.json"
    found = _read(graph_path)
    if found is None:
        raise InputError(f"{graph_path}: no graph; run 'exokg build --out {out}' first")
    raw, stamp = found
    del found  # the text is dropped once parsed, before the index is built
    try:
        graph = from_node_link(json.loads(raw))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:  # ValueError: bad JSON or UTF-8
        raise InputError(f"{graph_path}: not an exokg graph.json ({exc})") from None
    digest = hashlib.sha256(raw).hexdigest()[:16]
    del raw
    read = _jsonl_rows(out / "documents.jsonl")
    documents, documents_stamp = read if read is not None else ([], None)
    record, record_stamp = _build_record(out)
    index = GraphIndex(graph, documents=[{k: v for k, v in d.items() if k != "text"} for d in documents] or None)
    return Build(index, documents, stamp=stamp, documents_stamp=documents_stamp, digest=digest, record=record,
                 record_stamp=record_stamp)


def _build_record(out: Path) -> tuple[dict[str, Any] | None, FileStamp | None]:
    """build.json and the stamp of the version read, or (None, None) for a folder written without one."""
    from kg.manifest import MANIFEST_NAME, parse_manifest

    path = out / MANIFEST_NAME
    found = _read(path)
    if found is None:
        return None, None
    raw, stamp = found
    return parse_manifest(raw, path), stamp


def load_context(out_dir: str | Path, settings: Settings | None = None) -> ApiContext:
    """Read a build's output folder into an :class:`ApiContext` (the graph is indexed once)."""
    return ApiContext(load_build(out_dir), out_dir=Path(out_dir), settings=settings)


def context_for_graph(graph: Any, *, out_dir: str | Path | None = None, store: Any = None,
                      documents: Sequence[Mapping[str, Any]] | None = None,
                      settings: Settings | None = None) -> ApiContext:
    """An :class:`ApiContext` over a graph already in memory (tests, benchmarks); it follows no rebuild."""
    return ApiContext(Build(GraphIndex(graph), documents), out_dir=Path(out_dir) if out_dir is not None else None,
                      store=store, settings=settings)
