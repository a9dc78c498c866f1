"""``exokg add FILE...``: add papers to an existing build, reading only the new ones.

A build records its documents and their cached results in ``OUT/cache`` (:mod:`kg.cache`).
Adding files reads just those files; every document already in the build comes back from
the cache (its text, mentions, statements and effects), the whole graph is re-assembled -
belief, contradictions, pooled effects, RDF, the SPARQL store, the HTML view - and every
output file is rewritten atomically. The result is the same as rebuilding the whole corpus:
the same files, byte for byte.

A new file whose paper is already in the build (same PMID, DOI or text) is merged with it,
keeping the richer copy; a file with the same document id as one in the build replaces it.
Files that cannot be read are listed and skipped; if none can be read, nothing changes. The
summary and build.json list every file of the build that could not be read, from this run and
earlier ones, but for a file read again now.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.cache import CACHE_DIR, ResultCache, effect_from_dict
from kg.errors import InputError
from kg.exclusions import read_exclusions
from kg.pipeline import (
    DEFAULT_OUT,
    BuildResult,
    Extractor,
    add_jobs_argument,
    build_from_records,
    skipped_files,
    summary,
)


@dataclass
class AddResult:
    """What ``add`` did, and the rebuilt graph."""

    build: BuildResult
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    files: int = 0


def add(
    files: Sequence[str | Path],
    out_dir: str | Path = DEFAULT_OUT,
    *,
    extractor: Extractor | None = None,
    progress: bool = False,
    max_file_mb: float | None = None,
    jobs: int = 1,
) -> AddResult:
    """Add ``files`` (or folders of papers) to the build in ``out_dir`` and rewrite its outputs."""
    from extractors.corpus import DocRecord, entries_for, read_batch
    from extractors.readers._common import max_file_bytes

    t0 = time.perf_counter()
    out = Path(out_dir)
    if not files:
        raise InputError("name at least one file to add")
    if not ResultCache.exists(out / CACHE_DIR):
        raise InputError(f"{out}: no exokg build to add to; run `exokg build --out {out}` first")
    entries = entries_for(files)
    limit = max_file_bytes(max_file_mb)
    with ResultCache(out / CACHE_DIR) as cache:
        state = cache.load_state()
        if not state:
            raise InputError(f"{out}: the build was not completed; run `exokg build --out {out}` first")
        existing = [DocRecord.from_dict(d) for d in state.get("documents", [])]
        study_effects = [effect_from_dict(e) for e in state.get("study_effects", [])]
        batch = read_batch(entries, cache, existing=existing, max_bytes=limit)
        if not (batch.added or batch.updated or batch.unchanged):
            first = f"; first problem: {batch.skipped[0][1]}" if batch.skipped else ""
            raise InputError(f"none of the {len(entries)} files could be added; the build is unchanged{first}")
        read_now = {_file_key(e.path) for e in entries}  # a file read again drops its earlier reason
        still_skipped = [(source, why) for source, why in skipped_files(state) if _file_key(source) not in read_now]
        result = build_from_records(out, batch.documents, cache, extractor=extractor, study_effects=study_effects,
                                    progress=progress, jobs=jobs, read_skipped=[*still_skipped, *batch.skipped],
                                    exclusions=read_exclusions(out), run="add")
    result.seconds = time.perf_counter() - t0
    return AddResult(result, batch.added, batch.updated, batch.unchanged, len(entries))


def _file_key(path: str | Path) -> str:
    return str(Path(path).resolve())


def add_summary(outcome: AddResult) -> str:
    def listed(ids: list[str]) -> str:
        shown = ", ".join(ids[:10])
        return shown + (f" and {len(ids) - 10} more" if len(ids) > 10 else "")

    lines = [
        f"exokg add: {outcome.files} files -> {len(outcome.added)} new documents, {len(outcome.updated)} updated, "
        f"{len(outcome.unchanged)} already in the build",
    ]
    for label, ids in (("new", outcome.added), ("updated", outcome.updated)):
        if ids:
            lines.append(f"  {label}: {listed(ids)}")
    return "\n".join(lines) + "\n" + summary(outcome.build)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE",
                        help="papers to add (text, Markdown, PubMed/JATS/BioC XML, BioC JSON, PDF, MEDLINE .nbib, RIS) "
                             "or folders of them")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the build to add to (default: out/)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    parser.add_argument("--max-file-mb", type=float, default=None, metavar="MB",
                        help="skip input files larger than this (default: $EXOKG_MAX_FILE_MB or 25)")
    add_jobs_argument(parser)


def run(args: argparse.Namespace) -> int:
    from kg.parallel import available_jobs

    outcome = add(args.files, args.out, progress=not args.quiet and sys.stderr.isatty(),
                  max_file_mb=args.max_file_mb, jobs=available_jobs(args.jobs))
    if not args.quiet:
        print(add_summary(outcome))
    return 0
