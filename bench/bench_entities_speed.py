"""Entity-layer speed against bare spaCy tokenization of the same text, on one core.

Usage: ``python bench/bench_entities_speed.py [--repeat N] [--copies K]``

The text is the two bundled papers repeated K times. For each of N rounds it times (a) spaCy's
stock English tokenizer (``spacy.blank("en").make_doc``) and (b) the whole entity layer
(``Annotator.annotate``: tokenizer, sentences, lexicon + miRNA + vesicle + abbreviation
matching, quantities, Mention objects), and prints words/s for the best and the median round,
by wall clock and by the process's CPU time (which other work on a shared machine inflates
less), and the ratio of (b) to (a). Targets: >= 100k words/s and <= 3x the tokenizer's time.

It then times the whole extractor (entities, relations, reported effects) on one copy and on K copies
read as one document, and prints the cost per word of the long document against the short one: about
1.0 when the cost grows linearly with a paper's length. (A per-preparation scan of every candidate once
made the entity layer quadratic: 60k words/s at 10 copies, 3.6x the tokenizer.)
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _rate(words: int, seconds: float) -> str:
    return f"{words / seconds:,.0f}/s"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--copies", type=int, default=10)
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    import spacy

    from extractors.corpus import DEFAULT_CORPUS, read_corpus
    from extractors.entities import Annotator
    from kg.model import Document

    one = "\n\n".join(d.text for d in read_corpus(DEFAULT_CORPUS))
    text = one * args.copies
    words = len(text.split())
    nlp = spacy.blank("en")
    nlp.max_length = len(text) + 1
    annotator = Annotator()
    document = Document(id="bench", text=text, species="rat")
    annotator.annotate(Document(id="warm", text=text[:20000]))
    nlp.make_doc(text[:20000])

    tok_wall, ent_wall, tok_cpu, ent_cpu = [], [], [], []
    mentions = 0
    for _ in range(args.repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        nlp.make_doc(text)
        tok_wall.append(time.perf_counter() - w0)
        tok_cpu.append(time.process_time() - c0)
        w0, c0 = time.perf_counter(), time.process_time()
        mentions = len(annotator.annotate(document).mentions)
        ent_wall.append(time.perf_counter() - w0)
        ent_cpu.append(time.process_time() - c0)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"text: {words:,} words, {len(text):,} characters ({args.copies} copies of the bundled papers); "
          f"{args.repeat} rounds; load average {load:.2f}")
    print(f"{'':28s} {'best wall':>10s} {'median wall':>12s} {'best CPU':>10s} {'median CPU':>11s}")
    for name, wall, cpu in (("spaCy tokenizer (blank en)", tok_wall, tok_cpu),
                            ("exokg entity layer", ent_wall, ent_cpu)):
        print(f"{name:28s} {_rate(words, min(wall)):>10s} {_rate(words, statistics.median(wall)):>12s} "
              f"{_rate(words, min(cpu)):>10s} {_rate(words, statistics.median(cpu)):>11s}")
    print(f"({mentions:,} mentions)")
    print(f"entity layer / tokenizer time: best {min(ent_wall) / min(tok_wall):.2f}x, median "
          f"{statistics.median(ent_wall) / statistics.median(tok_wall):.2f}x wall; best "
          f"{min(ent_cpu) / min(tok_cpu):.2f}x CPU  (targets: >= 100,000 words/s, <= 3x)")

    from kg.pipeline import Extractor

    extractor = Extractor()
    per_word = {}
    for copies in (1, args.copies):
        long_text = one if copies == 1 else text
        best = min(_cpu(extractor.process, Document(id=f"growth{copies}", text=long_text, species="rat"))
                   for _ in range(max(1, args.repeat // 2)))
        per_word[copies] = best / len(long_text.split())
        print(f"whole extractor, {copies:>2} cop{'y' if copies == 1 else 'ies'} as one document: "
              f"{_rate(len(long_text.split()), best)} CPU")
    print(f"cost per word, {args.copies} copies against 1: {per_word[args.copies] / per_word[1]:.2f}x "
          "(about 1.0: linear in a paper's length)")
    return 0


def _cpu(fn: Callable[..., object], *args: object) -> float:
    c0 = time.process_time()
    fn(*args)
    return time.process_time() - c0


if __name__ == "__main__":
    sys.exit(main())
