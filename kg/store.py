"""The embedded SPARQL store: pyoxigraph (RocksDB) persisted under ``<out>/store``.

``exokg build`` calls :func:`build_store` after writing ``kg.ttl``: the store is loaded into a
temporary folder beside the old one and swapped in only when complete (:func:`kg.io.atomic_dir`),
so a reader never sees a half-loaded store and a failed build keeps the previous one.

Readers open it with :func:`open_store`. By default it is opened read-only, which lets several
processes (API workers, ``exokg sparql``) share it. A read-only handle keeps seeing the store it
opened; :meth:`Store.is_stale` tells a long-running reader that a rebuild has swapped in a new one
so it can reopen. ``in_memory=True`` loads ``kg.nt`` into memory instead (no files kept open).
"""

from __future__ import annotations

import gc
import os
from pathlib import Path
from typing import Any

from kg.errors import InputError

STORE_DIR = "store"


class Store:
    """A pyoxigraph store plus where it came from."""

    def __init__(self, ox_store: Any, path: Path | None = None) -> None:
        self.ox = ox_store
        self.path = path
        self._identity = _identity(path) if path is not None else None

    def __len__(self) -> int:
        return len(self.ox)

    def __repr__(self) -> str:
        where = str(self.path) if self.path else "memory"
        return f"<exokg Store {where}>"

    def is_stale(self) -> bool:
        """True when the folder on disk is no longer the one this handle opened (a rebuild swapped it)."""
        return self.path is not None and _identity(self.path) != self._identity

    def query(self, query: str, **limits: Any) -> Any:
        """Safe query with time and row limits (see :func:`kg.sparql.run_query`)."""
        from kg.sparql import run_query

        return run_query(self, query, **limits)

    def close(self) -> None:
        """Release the RocksDB handle (pyoxigraph closes it when the object is collected)."""
        self.ox = None
        gc.collect()


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_dev, st.st_ino)


def _rdf_format(path: Path) -> Any:
    import pyoxigraph as ox

    formats = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".nq": ox.RdfFormat.N_QUADS,
               ".trig": ox.RdfFormat.TRIG, ".rdf": ox.RdfFormat.RDF_XML, ".owl": ox.RdfFormat.RDF_XML}
    try:
        return formats[path.suffix.lower()]
    except KeyError:
        raise InputError(f"{path}: cannot load {path.suffix!r} files; use .ttl, .nt, .nq, .trig or .rdf") from None


def load_into(ox_store: Any, source: Any, *, lenient: bool = False) -> None:
    """Bulk-load a graph, an rdflib Graph or an RDF file into a pyoxigraph store.

    A networkx graph goes straight to N-Triples (no rdflib graph on the way). ``lenient`` skips
    pyoxigraph's IRI validation: only for files exokg has just written and parsed (``exokg build``).
    """
    import pyoxigraph as ox

    if isinstance(source, str | os.PathLike):
        path = Path(source)
        if not path.is_file():
            raise InputError(f"{path}: no such RDF file")
        fmt = _rdf_format(path)
        try:
            if fmt == ox.RdfFormat.N_TRIPLES:
                _bulk_load_lines(ox_store, path, lenient)
            else:
                ox_store.bulk_load(path=str(path), format=fmt, lenient=lenient)
        except SyntaxError as exc:
            raise InputError(f"{path}: not valid RDF: {exc}") from None
        return
    if hasattr(source, "nodes") and hasattr(source, "edges"):  # networkx graph
        from kg.rdf import ntriples_lines

        data = "".join(ntriples_lines(source)).encode("utf-8")
    else:
        from kg.rdf import serialize

        data = serialize(source, "nt").encode("utf-8")
    ox_store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES)


# N-Triples lines handed to one bulk load. pyoxigraph's bulk loader holds a whole input in memory
# (about 400 bytes a triple: 1.7 GB for the 4.3M triples of 10,000 abstracts); loading the file in
# slices bounds that (about 0.3 GB) for some 20% more CPU time.
LOAD_CHUNK_LINES = 250_000


def _bulk_load_lines(ox_store: Any, path: Path, lenient: bool) -> None:
    """Bulk-load an N-Triples file slice by slice (it is line-based, so any line boundary will do)."""
    import pyoxigraph as ox

    with path.open("rb") as fh:
        while True:
            lines = fh.readlines(LOAD_CHUNK_LINES * 150)  # a size hint: ~150 bytes a line
            if not lines:
                return
            ox_store.bulk_load(b"".join(lines), format=ox.RdfFormat.N_TRIPLES, lenient=lenient)


def memory_store(source: Any) -> Store:
    """An in-memory store holding ``source`` (graph, rdflib Graph or RDF file)."""
    import pyoxigraph as ox

    ox_store = ox.Store()
    load_into(ox_store, source)
    return Store(ox_store)


def build_store(graph_or_ttl: Any, out_dir: str | Path, *, lenient: bool = False) -> Path:
    """(Re)build ``out_dir/store`` from a graph or an RDF file, atomically; return the store folder.

    ``exokg build`` loads the sorted ``kg.nt`` it has just written (N-Triples is the cheapest to
    parse) with ``lenient=True``: writing kg.ttl from it has already validated every IRI.
    """
    import pyoxigraph as ox

    from kg.io import atomic_dir

    target = Path(out_dir) / STORE_DIR
    with atomic_dir(target) as tmp:
        ox_store = ox.Store(str(tmp))
        load_into(ox_store, graph_or_ttl, lenient=lenient)
        ox_store.flush()
        ox_store.optimize()
        del ox_store
        gc.collect()  # the RocksDB lock must be released before the folder is renamed
    return target


def open_store(out_dir: str | Path, *, read_only: bool = True, in_memory: bool = False) -> Store:
    """Open the store that ``exokg build`` wrote under ``out_dir`` (a clear error if there is none)."""
    import pyoxigraph as ox

    out = Path(out_dir)
    path = out / STORE_DIR
    if in_memory:
        for name in ("kg.nt", "kg.ttl"):
            if (out / name).is_file():
                return memory_store(out / name)
        raise InputError(f"{out}: no kg.nt or kg.ttl; run 'exokg build --out {out}' first")
    if not path.is_dir():
        raise InputError(f"{path}: no SPARQL store; run 'exokg build --out {out}' first")
    try:
        ox_store = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as exc:
        raise InputError(f"{path}: cannot open the SPARQL store: {exc}") from None
    return Store(ox_store, path)
