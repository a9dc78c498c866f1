"""``exokg build``: documents -> mentions -> statements -> assembled graph -> outputs.

The per-document step (:func:`process_document`) is pure and returns plain data, so it is
cached by document hash and extractor version (``out/cache/``, see :mod:`kg.cache`): a rebuild
of an unchanged corpus extracts nothing, and ``exokg add`` (:mod:`kg.incremental`) processes
only the new papers. Documents stream through one at a time; texts and mentions stay in the
cache and are written out from there, so memory holds the statements being assembled, not the
corpus. A file that cannot be read is skipped with its reason (``BuildResult.skipped``); a
corpus where nothing can be read is an error. Every file is written atomically: a failed build
leaves the previous output untouched.

Outputs (``out/`` by default): ``graph.json`` (networkx node-link), ``statements.jsonl``,
``mentions.jsonl``, ``documents.jsonl``, ``effects.csv``, RDF (``kg.nt``, ``kg.ttl``, ``kg.jsonld``),
KGX and GraphML, ``kg.html``, the embedded SPARQL store, and last ``build.json``, the record of the
build (:mod:`kg.manifest`).
"""

from __future__ import annotations

import argparse
import csv
import functools
import gc
import io
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.assemble import assemble
from kg.cache import (
    CACHE_DIR,
    CachedDocuments,
    CachedMentions,
    EncodedResult,
    ResultCache,
    code_version,
    effect_to_dict,
)
from kg.errors import InputError
from kg.exclusions import EXCLUSIONS_NAME, read_exclusions, split_excluded
from kg.exporters.node_link import write_node_link
from kg.graph import build_graph
from kg.io import write_jsonl, write_text
from kg.manifest import write_manifest
from kg.model import Document, Mention, PooledEffect, Statement

if TYPE_CHECKING:
    from extractors.corpus import DocRecord
    from kg.exclusions import Exclusion

DEFAULT_OUT = Path("out")

EFFECT_COLUMNS = [
    "id", "source", "measure", "estimate", "ci_low", "ci_high", "se", "p_value", "k", "i2", "tau2", "q",
    "model", "method", "intervention", "intervention_label", "outcome", "outcome_label", "population",
    "comparator", "subgroup", "significant", "document", "sentence", "provenance", "organism", "condition",
    "comparator_id", "publication_bias",
]


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """What one document yields: pure data, cacheable by document hash and extractor version."""

    document: Document
    mentions: tuple[Mention, ...]
    statements: tuple[Statement, ...]
    effects: tuple[PooledEffect, ...]


@dataclass
class BuildResult:
    out_dir: Path
    documents: Sequence[Document]  # read back from the cache on demand
    mentions: Sequence[Mention]  # likewise
    statements: list[Statement]
    effects: list[PooledEffect]
    graph: Any
    files: dict[str, Path] = field(default_factory=dict)
    seconds: float = 0.0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file or document, why)
    merged: list[tuple[str, str]] = field(default_factory=list)  # (kept document, duplicate source)
    excluded: list[tuple[str, str]] = field(default_factory=list)  # (document, reason): OUT/exclusions.tsv
    extracted: int = 0  # documents read by the extractor in this run
    cached: int = 0  # documents whose results came from the cache


class Extractor:
    """The reading machinery, built once per run (spaCy pipeline, lexicon, rules).

    Anything with ``version`` (a string that changes whenever results would), ``process`` and
    ``entity_table`` can stand in for it (``build(..., extractor=...)``).
    """

    def __init__(self) -> None:
        from extractors.entities import Annotator

        self.annotator = Annotator()
        self.version = code_version()

    def entity_table(self) -> dict[str, dict[str, Any]]:
        """What the graph shows for an entity node: the lexicon's rows, and HGNC's for other genes."""
        from extractors.genes import load_genes
        from extractors.lexicon import entity_table

        return {**load_genes().entity_table(), **entity_table()}

    def process(self, document: Document) -> DocumentResult:
        from extractors.relations import extract_statements
        from extractors.reported_effects import extract_effects

        annotated = self.annotator.annotate(document)
        statements = tuple(extract_statements(annotated))
        effects = tuple(extract_effects(annotated))
        return DocumentResult(document, tuple(annotated.mentions), statements, effects)


def process_document(document: Document, extractor: Extractor | None = None) -> DocumentResult:
    return (extractor or Extractor()).process(document)


def _progress(iterable: Iterable[Any], total: int | None, desc: str, enabled: bool) -> Iterable[Any]:
    if not enabled:
        return iterable
    from tqdm import tqdm

    return tqdm(iterable, total=total, desc=desc, unit="doc", file=sys.stderr, leave=False)


def effects_csv(effects: Sequence[PooledEffect]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=EFFECT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for e in effects:
        writer.writerow({
            "id": e.id, "source": e.source, "measure": e.measure, "estimate": e.estimate,
            "ci_low": e.ci_low, "ci_high": e.ci_high, "se": e.se, "p_value": e.p_value, "k": e.k,
            "i2": e.i2, "tau2": e.tau2, "q": e.q, "model": e.model, "method": e.method,
            "intervention": e.intervention.curie, "intervention_label": e.intervention.label,
            "outcome": e.outcome.curie, "outcome_label": e.outcome.label, "population": e.population,
            "comparator": e.comparator, "subgroup": e.subgroup, "significant": e.significant,
            "document": e.evidence.document_id if e.evidence else "",
            "sentence": e.evidence.sentence if e.evidence else "", "provenance": e.provenance,
            "organism": e.organism.curie if e.organism else "", "condition": e.condition.curie if e.condition else "",
            "comparator_id": e.comparator_term.curie if e.comparator_term else "",
            "publication_bias": "; ".join(b.summary() for b in e.bias),
        })
    return buf.getvalue()


def document_record(d: Document) -> dict[str, Any]:
    meta = d.metadata()
    meta["keywords"] = list(d.keywords)
    meta["text"] = d.text
    meta["sections"] = [[s.title, s.start, s.end, s.level] for s in d.sections]
    meta["bibliography"] = [
        {"key": b.key, "text": b.text, "doi": b.doi, "pmid": b.pmid, "year": b.year} for b in d.bibliography
    ]
    return meta


def build(
    corpus: str | Path | None = None,
    out_dir: str | Path = DEFAULT_OUT,
    studies: Sequence[str | Path] = (),
    progress: bool = True,
    *,
    extractor: Extractor | None = None,
    use_cache: bool = True,
    max_file_mb: float | None = None,
    jobs: int = 1,
) -> BuildResult:
    """Run the whole flow on a corpus folder and write every output into ``out_dir``.

    Results cached in ``out_dir/cache`` are reused unless ``use_cache`` is False. Files larger
    than ``max_file_mb`` (default ``$EXOKG_MAX_FILE_MB`` or 25) are skipped. With ``jobs`` > 1,
    worker processes read the documents and write the output files (see :mod:`kg.parallel`); the
    outputs do not depend on it.
    """
    from extractors.corpus import DEFAULT_CORPUS, corpus_entries, read_batch
    from extractors.readers._common import max_file_bytes

    t0 = time.perf_counter()
    out = Path(out_dir)
    entries = corpus_entries(corpus or DEFAULT_CORPUS)
    limit = max_file_bytes(max_file_mb)
    with ResultCache(out / CACHE_DIR) as cache:
        batch = read_batch(entries, cache, max_bytes=limit,
                           progress=lambda items: _progress(items, len(items), "reading", progress))
        if not batch.documents:
            raise InputError(_nothing_readable(len(entries), batch.skipped))
        study_effects: list[PooledEffect] = []
        for csv_path in studies:
            from metaanalysis.studies import pooled_effects_from_csv

            study_effects.extend(pooled_effects_from_csv(csv_path, plot_dir=out / "plots"))
        result = build_from_records(out, batch.documents, cache, extractor=extractor, study_effects=study_effects,
                                    refresh=not use_cache, progress=progress, jobs=jobs,
                                    read_skipped=batch.skipped, exclusions=read_exclusions(out))
    result.seconds = time.perf_counter() - t0
    return result


def _nothing_readable(files: int, skipped: Sequence[tuple[str, str]]) -> str:
    first = f"; first problem: {skipped[0][1]}" if skipped else ""
    return f"none of the {files} input files could be read ({len(skipped)} skipped){first}"


SURFACE_FORM_MAX_CHARS = 40
SURFACE_FORM_MAX_WORDS = 4


def with_surface_forms(
    entities: Mapping[str, Mapping[str, Any]], mentions: Iterable[Mention]
) -> dict[str, dict[str, Any]]:
    """The lexicon's entity table plus every way the papers wrote each entity, as synonyms.

    Pattern-grounded entities (miRNAs) have no lexicon row, so without this a reader searching for
    "miR-21" would not find the node labelled with its miRBase name "rno-mir-21".
    """
    seen: dict[str, dict[str, str]] = {}
    for m in mentions:
        text = " ".join(m.text.split())
        if len(text) > SURFACE_FORM_MAX_CHARS or text.count(" ") >= SURFACE_FORM_MAX_WORDS:
            continue  # a descriptive phrase ("exosomes derived from GIT1-overexpressing ..."), not a name
        seen.setdefault(m.ref.curie, {}).setdefault(text.casefold(), text)
    table = {curie: dict(info) for curie, info in entities.items()}
    for curie, forms in seen.items():
        info = table.setdefault(curie, {})
        known = {str(x).casefold() for x in (info.get("label") or "", *info.get("synonyms", ()))}
        extra = [form for key, form in forms.items() if key not in known]
        if extra:
            info["synonyms"] = [*info.get("synonyms", ()), *extra]
    return table


# A build allocates millions of small objects and keeps every statement until it is written: with the
# default first threshold (700) the cyclic collector runs about once a document and rescans that
# growing heap; this many allocations between collections cut its time by about two thirds.
BUILD_GC_THRESHOLD = 10_000


def _fewer_collections(run: Callable[..., Any]) -> Callable[..., Any]:
    """Run with the collector's first threshold raised to BUILD_GC_THRESHOLD (restored afterwards)."""

    @functools.wraps(run)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        before = gc.get_threshold()
        gc.set_threshold(max(BUILD_GC_THRESHOLD, before[0]), *before[1:])
        try:
            return run(*args, **kwargs)
        finally:
            gc.set_threshold(*before)

    return wrapper


def _document_results(records: Sequence[DocRecord], cache: ResultCache, extractor: Extractor, *, refresh: bool,
                      jobs: int, progress: bool) -> Iterator[tuple[DocRecord, Any, bool]]:
    """Each record, in order, with what the extractor found in it (from the cache, or read now and
    stored) or the text of why reading failed, and whether it was read now."""
    from kg.parallel import extract_in_processes, extraction_failure, use_processes

    version = extractor.version
    from_workers: Iterator[Any] = iter(())
    in_workers: set[int] = set()  # positions in ``records`` that worker processes read
    if use_processes(jobs, len(records)):
        todo = [i for i, r in enumerate(records) if refresh or not cache.has_result(r.key, version)]
        if use_processes(jobs, len(todo)):
            cache.commit()  # the workers read the documents through their own connections
            in_workers = set(todo)
            from_workers = extract_in_processes(extractor, cache.path, [records[i].key for i in todo], jobs)
    try:
        for position, record in enumerate(_progress(records, len(records), "extracting", progress)):
            if position in in_workers:
                outcome = next(from_workers)
                if isinstance(outcome, EncodedResult):
                    cache.put_encoded(record.key, version, outcome)
                    outcome = outcome.decode()
                yield record, outcome, True
                continue
            found = None if refresh else cache.get_result(record.key, version, mentions=False)
            if found is not None:
                yield record, found, False
                continue
            document = cache.get_document(record.key)
            try:
                processed = extractor.process(document)
            except Exception as exc:
                yield record, extraction_failure(exc), True
                continue
            cache.put_result(record.key, version, processed.mentions, processed.statements, processed.effects)
            yield record, processed, True
    finally:
        close = getattr(from_workers, "close", None)
        if close is not None:
            close()  # stops the worker processes if the build ends early


@_fewer_collections
def build_from_records(
    out: Path,
    records: Sequence[DocRecord],
    cache: ResultCache,
    *,
    extractor: Extractor | None = None,
    study_effects: Sequence[PooledEffect] = (),
    refresh: bool = False,
    progress: bool = False,
    jobs: int = 1,
    read_skipped: Sequence[tuple[str, str]] = (),
    exclusions: Sequence[Exclusion] = (),
    run: str = "build",
) -> BuildResult:
    """Extract what the cache lacks, assemble everything, write the outputs, record the build.

    ``records`` are the papers read by :func:`extractors.corpus.read_batch`; their documents are in ``cache``.
    ``read_skipped`` are the files of the corpus that could not be read (kept in the build's state, so
    ``add`` and ``exclude`` report them too); with the duplicates merged into ``records`` and the
    documents the extractor fails on they go into the summary and build.json (:mod:`kg.manifest`),
    written after the outputs.
    Papers named by ``exclusions`` (:mod:`kg.exclusions`) are not built from but stay in the build's
    record and cache; if every paper is excluded, nothing is written.
    Documents are processed one at a time (by ``jobs`` worker processes if more than one, see
    :mod:`kg.parallel`); only their statements and effects stay in memory. A document the extractor
    fails on is skipped with the error; if all fail, nothing is written.
    """
    from extractors.corpus import merged_copies

    every = list(records)
    records, excluded = split_excluded(every, exclusions)
    if not records:
        raise InputError(f"every paper is excluded ({out / EXCLUSIONS_NAME}); nothing was written")
    extractor = extractor or Extractor()
    version = extractor.version
    statements: list[Statement] = []
    effects: list[PooledEffect] = []
    kept: list[DocRecord] = []
    skipped: list[tuple[str, str]] = []
    extracted = 0
    for record, found, fresh in _document_results(records, cache, extractor, refresh=refresh, jobs=jobs,
                                                  progress=progress):
        if isinstance(found, str):
            skipped.append((record.source or record.id, found))
            continue
        extracted += fresh
        statements.extend(found.statements)
        effects.extend(found.effects)
        kept.append(record)
    cache.commit()
    if not kept:
        raise InputError(_nothing_readable(len(records), skipped))
    effects.extend(study_effects)

    keys = [r.key for r in kept]
    documents = CachedDocuments(cache.path, keys, [r.source or None for r in kept])
    mentions = CachedMentions(cache.path, keys, version, cache.mention_counts(keys, version))
    assembly = assemble(statements)
    entities = with_surface_forms(extractor.entity_table(), mentions)
    graph = build_graph(assembly, effects, entities, documents)
    result = BuildResult(out, documents, mentions, list(assembly.statements), effects, graph,
                         skipped=[*read_skipped, *skipped], merged=merged_copies(every), extracted=extracted,
                         cached=len(kept) - extracted,
                         excluded=[(record.id, exclusion.reason) for record, exclusion in excluded])
    write_outputs(result, jobs)
    write_manifest(result, run, version)
    cache.save_state({
        "extractor_version": version,
        "documents": [r.to_dict() for r in every],
        "study_effects": [effect_to_dict(e) for e in study_effects],
        "skipped_files": [list(item) for item in read_skipped],
    })
    cache.prune({k for r in every for k in r.keys}, version)
    return result


def skipped_files(state: dict[str, Any]) -> list[tuple[str, str]]:
    """The files of a build that could not be read, from its saved state."""
    return [(str(source), str(reason)) for source, reason in state.get("skipped_files", [])]


# every output of a build but build.json, which kg.manifest writes after them
OUTPUT_FILES = ("graph.json", "statements.jsonl", "mentions.jsonl", "documents.jsonl", "effects.csv", "kg.nt",
                "kg.ttl", "kg.jsonld", "kg_nodes.tsv", "kg_edges.tsv", "kg.graphml", "kg.html", "store")


def write_outputs(result: BuildResult, jobs: int = 1) -> None:
    """Every output file of a build, each written atomically.

    With ``jobs`` > 1 (and fork) kg.nt is written first; then this process builds the store from it
    while that many worker processes write the other files (Turtle and JSON-LD, KGX and GraphML,
    the view, the JSON files); the files are the same.
    """
    out = result.out_dir
    out.mkdir(parents=True, exist_ok=True)
    files = result.files
    for name in OUTPUT_FILES:
        files[name] = out / name
    from kg.parallel import can_fork, run_in_processes

    if jobs <= 1 or not can_fork():
        _write_json_files(result)
        from kg.rdf import write_rdf

        write_rdf(result.graph, out)
        _write_view(result)
        _write_store(result)  # last, so the SPARQL endpoint moves to it just before build.json is written
        return
    from kg.rdf import FORMATS, write_ntriples

    write_ntriples(result.graph, out / FORMATS["nt"])
    run_in_processes({  # the longest first
        "Turtle and JSON-LD": lambda: _write_rdf_from_ntriples(out),
        "exports": lambda: _write_exports(result),
        "JSON files": lambda: _write_json_files(result),
        "view": lambda: _write_view(result),
    }, jobs, here=lambda: _write_store(result, validated=False))  # kg.ttl is written meanwhile


def _write_json_files(result: BuildResult) -> None:
    files = result.files
    write_node_link(result.graph, files["graph.json"])
    support = {d["id"]: d["support"] for *_, d in result.graph.edges(data=True) if d.get("evidence")}
    write_jsonl(files["statements.jsonl"], (s.to_dict(support.get(s.key_hash)) for s in result.statements))
    write_jsonl(files["mentions.jsonl"], (m.to_dict() for m in result.mentions))
    write_jsonl(files["documents.jsonl"], (document_record(d) for d in result.documents))
    write_text(files["effects.csv"], effects_csv(result.effects))


def _write_rdf_from_ntriples(out: Path) -> None:
    from kg.rdf import FORMATS, convert_ntriples

    convert_ntriples(out / FORMATS["nt"], {fmt: out / FORMATS[fmt] for fmt in ("turtle", "json-ld")})


def _write_exports(result: BuildResult) -> None:
    from kg.exporters import EXPORTERS

    for export in EXPORTERS.values():
        export(result.graph, result.out_dir)


def _write_store(result: BuildResult, validated: bool = True) -> None:
    """The SPARQL store from kg.nt, whose IRIs need no second check if writing kg.ttl checked them."""
    from kg.store import build_store

    build_store(result.out_dir / "kg.nt", result.out_dir, lenient=validated)


def _write_view(result: BuildResult) -> None:
    from kg.view import write_html

    write_html(result.graph, result.files["kg.html"])


def _direction_summary(graph: Any) -> list[str]:
    """Lines for the sign cross-check of pooled effects against the text (flags listed)."""
    effects = [d for _, d in graph.nodes(data=True) if d.get("kind") == "PooledEffect"]
    if not effects:
        return []
    counts = Counter(d.get("direction_check", "no statement") for d in effects)
    lines = [f"    direction vs text: {counts['agrees']} agree, {counts['disagrees']} disagree, "
             f"{counts['no statement']} without a statement"]
    lines += [f"    FLAG {d.get('label')}: {d.get('direction_detail')}" for d in effects
              if d.get("direction_check") == "disagrees"]
    return lines


def summary(result: BuildResult) -> str:
    by_category = Counter(m.category for m in result.mentions)
    by_predicate = Counter(s.predicate for s in result.statements)
    reported = sum(1 for e in result.effects if e.source == "reported")
    lines = [
        f"exokg build: {len(result.documents)} documents -> {result.out_dir}/ in {result.seconds:.1f} s",
        f"  mentions: {len(result.mentions)}",
        *[f"    {cat:<32} {n}" for cat, n in sorted(by_category.items(), key=lambda kv: (-kv[1], kv[0]))],
        f"  statements (assembled): {len(result.statements)}",
        *[f"    {pred:<32} {n}" for pred, n in sorted(by_predicate.items(), key=lambda kv: (-kv[1], kv[0]))],
        f"  pooled effects: {len(result.effects)} ({reported} reported, {len(result.effects) - reported} computed)",
        *_direction_summary(result.graph),
        f"  graph: {result.graph.number_of_nodes()} nodes, {result.graph.number_of_edges()} edges",
        "  files: " + ", ".join(sorted(result.files)),
        f"  extraction: {result.extracted} documents read, {result.cached} from the cache",
    ]
    if result.merged:
        lines.append(f"  merged duplicates: {len(result.merged)}")
        lines.extend(f"    {source} -> {kept}" for kept, source in result.merged)
    if result.skipped:
        lines.append(f"  skipped: {len(result.skipped)}")
        lines.extend(f"    {what}: {why}" for what, why in result.skipped)
    if result.excluded:
        lines.append(f"  excluded ({EXCLUSIONS_NAME}): {len(result.excluded)}")
        lines.extend(f"    {paper}: {why}" for paper, why in result.excluded)
    return "\n".join(lines)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus", type=Path, default=None,
                        help="folder of papers (with an optional manifest.json); default: the bundled corpus")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: out/)")
    parser.add_argument("--studies", type=Path, action="append", default=[], metavar="CSV",
                        help="study-level data to pool (see README, 'Study-level CSV'); repeatable")
    parser.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    parser.add_argument("--no-cache", action="store_true",
                        help="re-extract every document instead of reusing results cached in OUT/cache")
    parser.add_argument("--max-file-mb", type=float, default=None, metavar="MB",
                        help="skip input files larger than this (default: $EXOKG_MAX_FILE_MB or 25)")
    add_jobs_argument(parser)


def add_jobs_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                        help="read documents and write the outputs in N processes (0: one per CPU; default 1); "
                             "the outputs are the same")


def run(args: argparse.Namespace) -> int:
    from kg.parallel import available_jobs

    result = build(args.corpus, args.out, args.studies, progress=not args.quiet and sys.stderr.isatty(),
                   use_cache=not args.no_cache, max_file_mb=args.max_file_mb, jobs=available_jobs(args.jobs))
    if not args.quiet:
        print(summary(result))
    return 0
