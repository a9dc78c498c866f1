"""``build.json``: the record of one finished build, written after every other output.

A systematic review has to report which papers went in, which were left out and why, and with
which version of the tool; the terminal summary of ``exokg build`` and ``exokg add`` says so once
and is gone. This file keeps it beside the outputs: when the build finished, the package and
extractor versions, the counts, every skipped file with its reason, every merged duplicate, every
paper excluded in screening with its reason (:mod:`kg.exclusions`), and
the size in bytes of each output file (of the store folder, all its files).

Skipped files and merged duplicates are those of the whole build, whichever run wrote it: ``exokg add``
keeps the files earlier runs could not read (but for one it reads again) and ``exokg exclude`` keeps them
all.

It is written last, atomically, so its presence (and a modification time not older than
graph.json's) means every output of that build is complete: ``exokg serve`` waits for it before
it answers from a rebuilt graph (:mod:`api.reload`).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.io import write_json

MANIFEST_NAME = "build.json"
MANIFEST_FORMAT = "exokg-build/1"


def package_version() -> str:
    try:
        return metadata.version("exokg")
    except metadata.PackageNotFoundError:  # run from a source tree that was not installed
        return "unknown"


def _size(path: Path) -> int | None:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return path.stat().st_size if path.exists() else None


def build_record(result: Any, run: str, extractor_version: str, *, finished: datetime | None = None) -> dict[str, Any]:
    """What :func:`write_manifest` writes for a :class:`kg.pipeline.BuildResult` (pure but for file sizes)."""
    finished = finished or datetime.now(UTC)
    reported = sum(1 for e in result.effects if e.source == "reported")
    files = {path.name: _size(path) for name, path in sorted(result.files.items()) if name != MANIFEST_NAME}
    return {
        "format": MANIFEST_FORMAT,
        "run": run,
        "finished": finished.isoformat(timespec="seconds").replace("+00:00", "Z"),
        "exokg_version": package_version(),
        "extractor_version": extractor_version,
        "documents": len(result.documents),
        "extracted": result.extracted,
        "from_cache": result.cached,
        "statements": len(result.statements),
        "pooled_effects": {"reported": reported, "computed": len(result.effects) - reported},
        "graph": {"nodes": result.graph.number_of_nodes(), "edges": result.graph.number_of_edges()},
        "flow": flow(result),
        "skipped": [{"source": source, "reason": reason} for source, reason in result.skipped],
        "merged": [{"kept": kept, "duplicate": duplicate} for kept, duplicate in result.merged],
        "excluded": [{"document": document, "reason": reason} for document, reason in result.excluded],
        "files": files,
    }


def flow(result: Any) -> dict[str, int]:
    """Counts for a PRISMA-style flow: what was found, what could not be read, merged as duplicates,
    excluded in screening, and the papers the graph is built from. An unreadable file counts once,
    however many records it held."""
    included, unreadable = len(result.documents), len(result.skipped)
    merged, excluded = len(result.merged), len(result.excluded)
    return {"identified": included + unreadable + merged + excluded, "unreadable": unreadable,
            "duplicates_merged": merged, "excluded": excluded, "included": included}


def write_manifest(result: Any, run: str, extractor_version: str) -> Path:
    """Write OUT/build.json for a finished build; call it after every other output is in place."""
    path = Path(result.out_dir) / MANIFEST_NAME
    write_json(path, build_record(result, run, extractor_version))
    result.files[MANIFEST_NAME] = path
    return path


def read_manifest(out_dir: str | Path) -> dict[str, Any] | None:
    """The record of the last finished build in ``out_dir``, or None for a folder written without one."""
    path = Path(out_dir) / MANIFEST_NAME
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    return parse_manifest(raw, path)


def parse_manifest(raw: bytes, path: Path) -> dict[str, Any]:
    """A build record from the bytes of ``path``; a clear error if it is not one."""
    try:
        data = json.loads(raw)
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno})") from None
    if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
        raise InputError(f"{path}: not an exokg build record (expected format {MANIFEST_FORMAT!r})")
    return data


__all__ = ["MANIFEST_FORMAT", "MANIFEST_NAME", "build_record", "parse_manifest", "read_manifest", "write_manifest"]
