"""Follow rebuilds: after ``exokg build`` or ``exokg add`` the server answers from the new graph, no restart.

When to reload. Every ``Settings.reload_interval_s`` seconds (``exokg serve --reload-interval``,
default 2) one ``stat`` of OUT/graph.json compares its inode, mtime and size with those of the
graph being served; requests never touch the file system for this. A build writes each output
atomically (a complete new file renamed over the old one, :mod:`kg.io`): graph.json first,
documents.jsonl after it, then RDF, the view and the SPARQL store, and last build.json, the record
of the finished build (:func:`kg.pipeline.build_from_records`, :mod:`kg.manifest`). The rule:

- graph.json unchanged: nothing to do;
- graph.json changed but build.json is older than it: the build is still writing; wait for the
  next check. So the REST API moves to a new build only once its store and view are in place too,
  and a build that fails halfway is never served. (A folder written without a build.json, by an
  older exokg, is taken as finished once documents.jsonl is not older than graph.json: a graph is
  never served with the documents of an older build.)
- otherwise read graph.json, documents.jsonl and build.json; if graph.json was replaced again
  while they were read, drop what was read and take the newer build at the next check;
- files that cannot be loaded, truncated or invalid, leave the old build in service: one log line
  names the file and the problem, and they are tried again only once one of them changes.

How. The new build is loaded and indexed beside the one being served, then
:meth:`api.context.ApiContext.swap` makes it current: one attribute assignment, no lock on the
request path. A request reads the current build once when it arrives and finishes on it. In a
process whose objects were frozen for serving (:func:`api.app.freeze_for_serving`) the new build is
frozen too (after a collection of the young generations only: milliseconds). The old build is let
go once no request holds its index any more (:meth:`BuildWatcher.release_retired`): its networkx
graph is then taken apart, because networkx caches views of a graph that point back at it, and that
cycle, frozen, would keep the whole old graph alive; without it reference counting frees the old
build at once. No full collection runs (on a million-edge graph one would stall the process for
about 8 s).

In one process a background thread does all this (:meth:`BuildWatcher.start`). With worker
processes the supervising process calls :meth:`BuildWatcher.check` itself and then replaces its
workers by ones forked from the new build (:mod:`api.server`).
"""

from __future__ import annotations

import gc
import sys
import threading
import time
import weakref
from collections.abc import Callable
from typing import Any

from api.context import ApiContext, Build, FileStamp, file_stamp, load_build
from api.index import GraphIndex
from kg.errors import InputError
from kg.manifest import MANIFEST_NAME

RELOADED = "reloaded"  # a new build is being served
UNCHANGED = "unchanged"  # nothing new (or a new pair that already failed to load)
PENDING = "pending"  # graph.json changed but the build has not finished writing
FAILED = "failed"  # a new graph.json could not be loaded; the old build is still served

SLOW_BUILD_S = 120.0  # after this long in PENDING, say once why the new graph.json is not served yet


def log_to_stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


class BuildWatcher:
    """Takes up rebuilds of the output folder an :class:`ApiContext` was loaded from."""

    def __init__(self, context: ApiContext, *, interval_s: float | None = None,
                 log: Callable[[str], None] = log_to_stderr, clock: Callable[[], float] = time.monotonic) -> None:
        if context.out_dir is None or context.build.stamp is None:
            raise ValueError("only a build loaded from an output folder can be followed")
        self.context = context
        self.interval_s = context.settings.reload_interval_s if interval_s is None else interval_s
        self.graph_path = context.out_dir / "graph.json"
        self.documents_path = context.out_dir / "documents.jsonl"
        self.record_path = context.out_dir / MANIFEST_NAME
        self._log = log
        self._clock = clock
        self._next_check = clock() + self.interval_s
        self._failed: tuple[FileStamp | None, ...] | None = None
        self._pending: FileStamp | None = None
        self._pending_since = 0.0
        self._pending_told = False
        self._retired: list[tuple[weakref.ref[GraphIndex], Any]] = []  # (old index, its graph) still in use
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @classmethod
    def for_context(cls, context: ApiContext | None, *,
                    log: Callable[[str], None] = log_to_stderr) -> BuildWatcher | None:
        """A watcher, or None when there is nothing to follow (a graph given in memory, or reloading off)."""
        if context is None or context.out_dir is None or context.build.stamp is None:
            return None
        if context.settings.reload_interval_s <= 0:
            return None
        return cls(context, log=log)

    # -- one check

    def due(self) -> bool:
        return self._clock() >= self._next_check

    def check(self) -> str:
        """Look once for a finished rebuild and serve it; returns RELOADED, UNCHANGED, PENDING or FAILED."""
        self._next_check = self._clock() + self.interval_s
        served = self.context.build
        graph = file_stamp(self.graph_path)
        if graph is None or graph == served.stamp:
            return UNCHANGED
        documents = file_stamp(self.documents_path)
        record = file_stamp(self.record_path)
        if (graph, documents, record) == self._failed:
            return UNCHANGED
        if not _finished(graph, documents, record):
            self._note_pending(graph, served)
            return PENDING
        started = time.perf_counter()
        try:
            build = load_build(self.context.out_dir)  # type: ignore[arg-type]
        except Exception as exc:  # whatever is wrong with the new files, the old build goes on serving
            self._failed = (graph, documents, record)
            problem = str(exc) if isinstance(exc, InputError) else \
                f"{self.graph_path}: cannot be served ({type(exc).__name__}: {exc})"
            self._log(f"exokg serve: {problem}; still serving build {served.id}")
            return FAILED
        if file_stamp(self.graph_path) != build.stamp or not _complete(build):
            return PENDING  # replaced again while it was read: the next check takes the newer one
        old = self.context.swap(build)
        self._retired.append((weakref.ref(old.index), old.index.graph))
        _freeze_if_frozen()
        self._pending = None
        self._failed = None
        index = build.index
        same = " (the same content)" if build.id == old.id else ""
        self._log(f"exokg serve: serving the rebuilt {self.graph_path} (build {build.id}, {len(index)} nodes, "
                  f"{index.n_edges} edges, {len(build.documents)} documents; loaded in "
                  f"{time.perf_counter() - started:.1f} s) instead of build {old.id}{same}")
        return RELOADED

    def _note_pending(self, graph: FileStamp, served: Build) -> None:
        now = self._clock()
        if graph != self._pending:
            self._pending, self._pending_since, self._pending_told = graph, now, False
        elif not self._pending_told and now - self._pending_since >= max(SLOW_BUILD_S, 10 * self.interval_s):
            self._pending_told = True
            waiting_for = self.record_path if self.record_path.exists() else self.documents_path
            self._log(f"exokg serve: {self.graph_path} was rewritten but {waiting_for} has not been since; "
                      f"still serving build {served.id} until the build has finished")

    def release_retired(self) -> int:
        """Let go of the builds swapped out whose index no request holds any more; returns how many are
        still in use (they are looked at again on the next call)."""
        in_use = []
        for index_ref, graph in self._retired:
            if index_ref() is None:
                graph.__dict__.clear()  # breaks the graph <-> cached views cycle: reference counting frees it
            else:
                in_use.append((index_ref, graph))
        self._retired = in_use
        return len(in_use)

    # -- in the background (one process)

    def start(self) -> None:
        """Check every ``interval_s`` seconds in a daemon thread until :meth:`stop`."""
        self._thread = threading.Thread(target=self._run, name="exokg-reload", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def _run(self) -> None:
        while not self._stop.wait(self.interval_s):
            try:
                self.release_retired()
                self.check()
            except Exception as exc:  # the server must keep following rebuilds whatever one check met
                self._log(f"exokg serve: looking for a rebuild of {self.graph_path} failed "
                          f"({type(exc).__name__}: {exc})")


def _freeze_if_frozen() -> None:
    """Keep a process frozen for serving so: its new objects (the new build) out of collections too."""
    if gc.get_freeze_count():
        gc.collect(1)  # the young generations only, so short-lived garbage is not frozen with the build
        gc.freeze()


def _finished(graph: FileStamp, documents: FileStamp | None, record: FileStamp | None) -> bool:
    """Whether the build that wrote this graph.json has finished (the rule in the module docstring)."""
    if record is not None:
        return record.mtime_ns >= graph.mtime_ns
    return documents is None or documents.mtime_ns >= graph.mtime_ns


def _complete(build: Build) -> bool:
    """The files read belong to one finished build (see the rule in the module docstring)."""
    return build.stamp is None or _finished(build.stamp, build.documents_stamp, build.record_stamp)


__all__ = ["FAILED", "PENDING", "RELOADED", "UNCHANGED", "BuildWatcher"]
