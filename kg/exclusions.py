"""``exokg exclude``: leave papers out of a build, with the reason, and keep them out.

Screening is part of a systematic review: a search export holds papers that turn out to be off
topic, duplicates of a cohort, or retracted. ``OUT/exclusions.tsv`` lists them, one paper per line
with the reason (written by ``exokg exclude``, and fine to edit by hand). ``exokg build`` and
``exokg add`` read every paper as usual and then leave the listed ones out of the graph, the
exports, the store and the view; the summary and ``build.json`` list them with their reasons, as a
review reports its exclusions. The papers stay in the cache, so ``exokg exclude --undo`` brings
one back without reading any file again.

A paper is named by its document id (as in documents.jsonl), ``pmid:N`` (or a bare PMID) or
``doi:X`` (or a bare DOI or doi.org link): any of them matches every copy of that paper.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import InputError
from kg.io import write_text

if TYPE_CHECKING:
    from extractors.corpus import DocRecord
    from kg.pipeline import BuildResult, Extractor

EXCLUSIONS_NAME = "exclusions.tsv"
HEADER = ("# exokg exclusions: papers left out of this build, one per line: the paper (document id, pmid:N "
          "or doi:X), a tab, the reason\n")
_DOI = re.compile(r"^(?:doi:\s*|https?://(?:dx\.)?doi\.org/)?(10\.\d{4,9}/\S+)$", re.I)
_PMID = re.compile(r"^(?:pmid:\s*)?(\d{1,9})$", re.I)


@dataclass(frozen=True, slots=True)
class Exclusion:
    paper: str  # as the user wrote it
    reason: str

    @property
    def identity(self) -> str:
        return paper_identity(self.paper)


def paper_identity(paper: str) -> str:
    """The key a written paper name matches copies by: ``pmid:N``, ``doi:x`` (lower case) or ``id:ID``."""
    paper = paper.strip()
    if m := _PMID.match(paper):
        return f"pmid:{m.group(1)}"
    if m := _DOI.match(paper):
        return f"doi:{m.group(1).lower()}"
    return f"id:{paper}"


def record_identities(record: DocRecord) -> set[str]:
    """Every key a paper of the build answers to: its id and each copy's id, PMID and DOI."""
    out = {f"id:{record.id}"}
    for copy in record.copies:
        out |= {i for i in copy.identities() if not i.startswith("text:")}
    return out


def read_exclusions(out_dir: str | Path) -> list[Exclusion]:
    """The exclusions of a build folder (none when it has no exclusions.tsv); a clear error for a bad line."""
    path = Path(out_dir) / EXCLUSIONS_NAME
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot be read ({exc})") from None
    out: list[Exclusion] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        paper, tab, reason = line.partition("\t")
        if not tab or not paper.strip() or not reason.strip():
            raise InputError(f"{path}:{n}: expected 'paper<TAB>reason', got {line[:80]!r}")
        out.append(Exclusion(paper.strip(), reason.strip()))
    return out


def write_exclusions(out_dir: str | Path, exclusions: Iterable[Exclusion]) -> Path:
    path = Path(out_dir) / EXCLUSIONS_NAME
    write_text(path, HEADER + "".join(f"{e.paper}\t{e.reason}\n" for e in exclusions))
    return path


def split_excluded(records: Sequence[DocRecord], exclusions: Sequence[Exclusion]
                   ) -> tuple[list[DocRecord], list[tuple[DocRecord, Exclusion]]]:
    """The records to build from, and those left out with the exclusion that names them."""
    by_identity = {e.identity: e for e in exclusions}
    kept: list[DocRecord] = []
    excluded: list[tuple[DocRecord, Exclusion]] = []
    for record in records:
        hit = next((by_identity[i] for i in sorted(record_identities(record)) if i in by_identity), None)
        if hit is None:
            kept.append(record)
        else:
            excluded.append((record, hit))
    return kept, excluded


# -- the command --------------------------------------------------------------------------------
def exclude(papers: Sequence[str], out_dir: str | Path, *, reason: str | None = None, undo: bool = False,
            extractor: Extractor | None = None, jobs: int = 1) -> tuple[BuildResult, list[str]]:
    """Add (or with ``undo`` remove) exclusions and rebuild the outputs from the cache.

    Returns the rebuilt result and the papers named that no paper of the build answers to.
    """
    from extractors.corpus import DocRecord
    from kg.cache import CACHE_DIR, ResultCache, effect_from_dict
    from kg.pipeline import build_from_records, skipped_files

    t0 = time.perf_counter()
    out = Path(out_dir)
    if not papers:
        raise InputError("name at least one paper (document id, pmid:N or doi:X)")
    if not undo and not (reason and reason.strip()):
        raise InputError("say why with --reason (a review reports every exclusion with its reason)")
    if not ResultCache.exists(out / CACHE_DIR):
        raise InputError(f"{out}: no exokg build here; run `exokg build --out {out}` first")
    current = read_exclusions(out)
    named = {paper_identity(p): p for p in papers}
    updated = [e for e in current if e.identity not in named]
    if not undo:
        updated += [Exclusion(paper, (reason or "").strip()) for paper in named.values()]
    with ResultCache(out / CACHE_DIR) as cache:
        state = cache.load_state()
        if not state:
            raise InputError(f"{out}: the build was not completed; run `exokg build --out {out}` first")
        records = [DocRecord.from_dict(d) for d in state.get("documents", [])]
        known = set().union(*(record_identities(r) for r in records)) if records else set()
        unknown = [paper for identity, paper in named.items() if identity not in known]
        study_effects = [effect_from_dict(e) for e in state.get("study_effects", [])]
        if not split_excluded(records, updated)[0]:
            raise InputError("that would exclude every paper of the build; nothing was changed")
        result = build_from_records(out, records, cache, extractor=extractor,
                                    study_effects=study_effects, jobs=jobs, exclusions=updated, run="exclude",
                                    read_skipped=skipped_files(state))
    write_exclusions(out, updated)  # once the build that applies them is written
    result.seconds = time.perf_counter() - t0
    return result, unknown


def configure(parser: argparse.ArgumentParser) -> None:
    from kg.pipeline import DEFAULT_OUT, add_jobs_argument

    parser.add_argument("papers", nargs="+", metavar="PAPER",
                        help="document id (as in documents.jsonl), pmid:N or doi:X")
    parser.add_argument("--reason", help="why the papers are left out (required unless --undo)")
    parser.add_argument("--undo", action="store_true", help="bring the papers back into the build")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the build (default: out/)")
    parser.add_argument("--quiet", action="store_true", help="no summary")
    add_jobs_argument(parser)


def run(args: argparse.Namespace) -> int:
    from kg.parallel import available_jobs
    from kg.pipeline import summary

    result, unknown = exclude(args.papers, args.out, reason=args.reason, undo=args.undo,
                              jobs=available_jobs(args.jobs))
    if not args.quiet:
        for paper in unknown:
            print(f"exokg exclude: no paper of the build is {paper}; "
                  f"{'nothing to undo' if args.undo else 'it will be left out if it is added'}", file=sys.stderr)
        print(summary(result))
    return 0


__all__ = ["EXCLUSIONS_NAME", "Exclusion", "exclude", "paper_identity", "read_exclusions", "record_identities",
           "split_excluded", "write_exclusions"]
