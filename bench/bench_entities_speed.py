"""Entity-layer speed against bare spaCy tokenization of the same text, on one core.

Usage: ``python bench/bench_entities_speed.py [--repeat N] [--copies K]``

The text is the two bundled papers repeated K times. For each of N rounds it times (a) spaCy's
stock English tokenizer (``spacy.blank("en").make_doc``) and (b) the whole entity layer
(``Annotator.annotate``: tokenizer, sentences, lexicon + miRNA + vesicle + abbreviation
matching, quantities, Mention objects), and prints the best round of each: words/s and the
ratio of (b) to (a). Targets: >= 100k words/s and <= 3x the tokenizer's time.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


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

    text = "\n\n".join(d.text for d in read_corpus(DEFAULT_CORPUS)) * args.copies
    words = len(text.split())
    nlp = spacy.blank("en")
    nlp.max_length = len(text) + 1
    annotator = Annotator()
    document = Document(id="bench", text=text, species="rat")
    annotator.annotate(Document(id="warm", text=text[:20000]))
    nlp.make_doc(text[:20000])

    tok_times, ent_times = [], []
    mentions = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        nlp.make_doc(text)
        tok_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        mentions = len(annotator.annotate(document).mentions)
        ent_times.append(time.perf_counter() - t0)
    tok, ent = min(tok_times), min(ent_times)
    print(f"text: {words:,} words, {len(text):,} characters ({args.copies} copies of the bundled papers)")
    print(f"spaCy tokenizer (blank en): {tok:.3f} s  {words / tok:,.0f} words/s")
    print(f"exokg entity layer:         {ent:.3f} s  {words / ent:,.0f} words/s  ({mentions:,} mentions)")
    print(f"entity layer / tokenizer time: {ent / tok:.2f}x  (targets: >= 100,000 words/s, <= 3x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
