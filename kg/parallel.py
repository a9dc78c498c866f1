"""Work in several processes: ``exokg build --jobs N`` and ``exokg add --jobs N``.

Extraction is pure per document and takes most of a cold build, so it is the step worth spreading
over cores. Worker processes are forked from the build process after the extractor is loaded (they
share its lexicon and spaCy pipeline copy-on-write instead of loading their own), read documents
from the result cache through their own read-only connection, and send back each result already
encoded as the cache stores it (:class:`kg.cache.EncodedResult`). The build process keeps the
order of the documents, stores the results and assembles as a one-process build does, so the
outputs are identical whatever the number of jobs.

The output files are then written by as many processes (:func:`run_in_processes`) from the graph
the build process holds: the SPARQL store by the build process itself (RocksDB, under it, does not
survive a fork), every other file by one of the workers.

Fork is needed (Linux, other Unix); elsewhere the build runs in one process and says so.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from kg.cache import EncodedResult, encode_result, read_document

# Documents sent to a worker at a time: enough to make the messages cheap, few enough that a slow
# document does not hold back many results behind it.
CHUNK_DOCUMENTS = 8
# Below this many documents per job a pool costs more than it saves.
MIN_DOCUMENTS_PER_JOB = 4

Outcome = EncodedResult | str  # a result, or why the extractor failed on the document


def available_jobs(requested: int) -> int:
    """The number of processes to read with: ``requested``, or one per CPU for 0, and 1 where the
    platform cannot fork (said once on stderr)."""
    if requested < 0:
        from kg.errors import InputError

        raise InputError(f"--jobs must be 0 (one per CPU) or a positive number, not {requested}")
    jobs = requested
    if jobs == 0:
        jobs = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if jobs > 1 and not can_fork():
        print(f"exokg: reading documents in several processes needs fork; using one process on {sys.platform}",
              file=sys.stderr)
        return 1
    return jobs


def extraction_failure(exc: Exception) -> str:
    """Why a document was skipped: one unreadable paper must not sink the corpus."""
    return f"extraction failed: {type(exc).__name__}: {exc}"


def extract_one(extractor: Any, document: Any) -> Outcome:
    try:
        processed = extractor.process(document)
    except Exception as exc:
        return extraction_failure(exc)
    return encode_result(processed.mentions, processed.statements, processed.effects)


# State of a worker process: set in the build process just before the pool forks (so workers
# inherit the extractor without pickling it), and the worker's own database connection.
_extractor: Any = None
_db_path: Path | None = None
_conn: sqlite3.Connection | None = None


def _open_worker_connection() -> None:
    global _conn
    _conn = sqlite3.connect(f"file:{_db_path}?mode=ro", uri=True, timeout=60)


def _extract_chunk(keys: Sequence[str]) -> list[Outcome]:
    assert _conn is not None and _db_path is not None
    return [extract_one(_extractor, read_document(_conn, _db_path, key)) for key in keys]


def extract_in_processes(extractor: Any, db_path: Path, keys: Sequence[str], jobs: int) -> Iterator[Outcome]:
    """The outcome for each of ``keys``, in order, read by ``jobs`` forked worker processes.

    The documents must be committed to the cache at ``db_path`` before this is called.
    """
    global _extractor, _db_path
    chunks = [keys[i:i + CHUNK_DOCUMENTS] for i in range(0, len(keys), CHUNK_DOCUMENTS)]
    _extractor, _db_path = extractor, Path(db_path)  # kept while the pool may fork a worker
    try:
        with _pool(min(jobs, len(chunks)), initializer=_open_worker_connection) as pool:
            for outcomes in pool.map(_extract_chunk, chunks):
                yield from outcomes
    finally:
        _extractor, _db_path = None, None


@contextlib.contextmanager
def _pool(workers: int, **options: Any) -> Iterator[ProcessPoolExecutor]:
    """Forked worker processes; a worker that dies (killed, out of memory) fails the build with
    BrokenProcessPool instead of leaving it waiting, and leaving early cancels what is not started."""
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"), **options)
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def use_processes(jobs: int, documents: int) -> bool:
    return jobs > 1 and documents >= jobs * MIN_DOCUMENTS_PER_JOB and can_fork()


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


_tasks: dict[str, Callable[[], Any]] = {}  # what the output workers run, inherited at the fork


def _run_task(name: str) -> None:
    _tasks[name]()


def run_in_processes(tasks: dict[str, Callable[[], Any]], jobs: int, here: Callable[[], Any] | None = None) -> None:
    """Run independent tasks (closures over data in memory) in forked processes, and ``here`` in
    this process meanwhile (``jobs`` processes in all) (work that must not run in a fork: RocksDB, which
    backs the SPARQL store, keeps background threads that a forked child does not have).

    Started in the order given (put the longest first). Every task runs to its end even if
    another fails; the first failure is then raised. The data is shared copy-on-write; it is
    frozen out of the garbage collector meanwhile, so a collection in a worker does not copy it.
    """
    global _tasks
    _tasks = dict(tasks)
    gc.freeze()
    try:
        failures: list[BaseException] = []
        workers = max(1, jobs - 1) if here is not None else jobs  # this process is busy too
        with _pool(min(workers, len(tasks))) as pool:
            pending = [pool.submit(_run_task, name) for name in tasks]
            if here is not None:
                try:
                    here()
                except Exception as exc:
                    failures.append(exc)
            failures += [exc for exc in (future.exception() for future in pending) if exc is not None]
        if failures:
            raise failures[0]
    finally:
        gc.unfreeze()
        _tasks = {}
