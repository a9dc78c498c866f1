"""``exokg build``: documents -> mentions -> statements -> assembled graph -> outputs.

The per-document step (:func:`process_document`) is pure and returns plain data, so it can be
cached by document hash and extractor version. Everything is written atomically: a failed
build leaves the previous output untouched.

Outputs (``out/`` by default): ``graph.json`` (networkx node-link), ``statements.jsonl``,
``mentions.jsonl``, ``documents.jsonl``, ``effects.csv``, ``kg.ttl``, ``kg.html``, and the
embedded SPARQL store.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.assemble import assemble
from kg.errors import InputError
from kg.graph import build_graph, to_node_link
from kg.io import write_json, write_jsonl, write_text
from kg.model import Document, Mention, PooledEffect, Statement

DEFAULT_OUT = Path("out")

EFFECT_COLUMNS = [
    "id", "source", "measure", "estimate", "ci_low", "ci_high", "se", "p_value", "k", "i2", "tau2", "q",
    "model", "method", "intervention", "intervention_label", "outcome", "outcome_label", "population",
    "comparator", "subgroup", "significant", "document", "sentence", "provenance",
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
    documents: list[Document]
    mentions: list[Mention]
    statements: list[Statement]
    effects: list[PooledEffect]
    graph: Any
    files: dict[str, Path] = field(default_factory=dict)
    seconds: float = 0.0
    skipped: list[tuple[str, str]] = field(default_factory=list)


class Extractor:
    """The reading machinery, built once per run (spaCy pipeline, lexicon, rules)."""

    def __init__(self) -> None:
        from extractors.entities import Annotator

        self.annotator = Annotator()

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
        })
    return buf.getvalue()


def document_record(d: Document) -> dict[str, Any]:
    meta = d.metadata()
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
) -> BuildResult:
    """Run the whole flow on a corpus folder and write every output into ``out_dir``."""
    from extractors.corpus import DEFAULT_CORPUS, corpus_entries
    from extractors.lexicon import entity_table
    from extractors.readers import read_document

    t0 = time.perf_counter()
    out = Path(out_dir)
    entries = corpus_entries(corpus or DEFAULT_CORPUS)
    extractor = Extractor()
    results: list[DocumentResult] = []
    for entry in _progress(entries, len(entries), "reading", progress):
        document = read_document(entry.path, doc_id=entry.doc_id, **entry.metadata)
        results.append(extractor.process(document))
    seen_ids: dict[str, Path] = {}
    for r, entry in zip(results, entries, strict=True):
        if r.document.id in seen_ids:
            raise InputError(f"{entry.path}: document id {r.document.id!r} is also used by {seen_ids[r.document.id]}")
        seen_ids[r.document.id] = entry.path

    documents = [r.document for r in results]
    mentions = [m for r in results for m in r.mentions]
    statements = [s for r in results for s in r.statements]
    effects = [e for r in results for e in r.effects]
    for csv_path in studies:
        from metaanalysis.studies import pooled_effects_from_csv

        effects.extend(pooled_effects_from_csv(csv_path, plot_dir=out / "plots"))

    assembly = assemble(statements)
    graph = build_graph(assembly, effects, entity_table(), documents)
    result = BuildResult(out, documents, mentions, list(assembly.statements), effects, graph)
    write_outputs(result)
    result.seconds = time.perf_counter() - t0
    return result


def write_outputs(result: BuildResult) -> None:
    out = result.out_dir
    out.mkdir(parents=True, exist_ok=True)
    files = result.files
    files["graph.json"] = out / "graph.json"
    write_json(files["graph.json"], to_node_link(result.graph))
    files["statements.jsonl"] = out / "statements.jsonl"
    write_jsonl(files["statements.jsonl"], (s.to_dict() for s in result.statements))
    files["mentions.jsonl"] = out / "mentions.jsonl"
    write_jsonl(files["mentions.jsonl"], (m.to_dict() for m in result.mentions))
    files["documents.jsonl"] = out / "documents.jsonl"
    write_jsonl(files["documents.jsonl"], (document_record(d) for d in result.documents))
    files["effects.csv"] = out / "effects.csv"
    write_text(files["effects.csv"], effects_csv(result.effects))

    from kg.rdf import write_rdf

    files["kg.ttl"] = write_rdf(result.graph, out)
    from kg.store import build_store

    files["store"] = build_store(files["kg.ttl"], out)
    from kg.view import write_html

    files["kg.html"] = out / "kg.html"
    write_html(result.graph, files["kg.html"])


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
        f"  graph: {result.graph.number_of_nodes()} nodes, {result.graph.number_of_edges()} edges",
        "  files: " + ", ".join(sorted(result.files)),
    ]
    return "\n".join(lines)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus", type=Path, default=None,
                        help="folder of papers (with an optional manifest.json); default: the bundled corpus")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: out/)")
    parser.add_argument("--studies", type=Path, action="append", default=[], metavar="CSV",
                        help="study-level data to pool (see README, 'Study-level CSV'); repeatable")
    parser.add_argument("--quiet", action="store_true", help="no progress bar and no summary")


def run(args: argparse.Namespace) -> int:
    result = build(args.corpus, args.out, args.studies, progress=not args.quiet and sys.stderr.isatty())
    if not args.quiet:
        print(summary(result))
    return 0
