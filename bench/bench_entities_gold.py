"""Entity layer against the hand-annotated gold passages of the two bundled papers.

Usage: ``python bench/bench_entities_gold.py [--errors]``

Prints exact-span precision/recall/F1 per Biolink category group and overall, and grounding
accuracy (share of correct spans whose identifier matches). Gold: tests/extractors/gold/.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GOLD_DIR = ROOT / "tests" / "extractors" / "gold"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--errors", action="store_true", help="list false positives/negatives and id mismatches")
    args = parser.parse_args(argv)

    from extractors.corpus import DEFAULT_CORPUS, read_corpus
    from extractors.entities import Annotator
    from extractors.entity_eval import load_gold, score

    gold = load_gold(sorted(GOLD_DIR.glob("entities_*.jsonl")))
    annotator = Annotator()
    predicted = [m for d in read_corpus(DEFAULT_CORPUS) for m in annotator.annotate(d).mentions]
    result = score(predicted, gold)
    print(f"gold: {len(gold.mentions)} mentions in {len(gold.regions)} passages")
    print(f"{'category':28s} {'gold':>5s} {'P':>6s} {'R':>6s} {'F1':>6s}")
    for cat in result.categories:
        p, r, f = result.prf(cat)
        print(f"{cat:28s} {result.tp[cat] + result.fn[cat]:5d} {p:6.3f} {r:6.3f} {f:6.3f}")
    p, r, f = result.prf()
    print(f"{'all':28s} {len(gold.mentions):5d} {p:6.3f} {r:6.3f} {f:6.3f}")
    print(f"grounding accuracy on correct spans: {result.grounding_accuracy:.3f}")
    if args.errors:
        print("\n".join(result.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
