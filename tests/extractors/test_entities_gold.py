"""The entity layer against hand-annotated passages of the two bundled papers.

Gold (tests/extractors/gold/entities_*.jsonl) was written by reading the passages; offsets
are into Document.text as produced by extractors.readers.text.read_text. Every category group
must reach F1 >= 0.90 on exact spans, and correct spans must carry the gold identifier.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.corpus import DEFAULT_CORPUS, read_corpus
from extractors.entities import Annotator
from extractors.entity_eval import Score, load_gold, score

GOLD_DIR = Path(__file__).resolve().parent / "gold"


@pytest.fixture(scope="module")
def documents():
    return {d.id: d for d in read_corpus(DEFAULT_CORPUS)}


@pytest.fixture(scope="module")
def result(documents) -> Score:
    annotator = Annotator()
    predicted = [m for d in documents.values() for m in annotator.annotate(d).mentions]
    return score(predicted, load_gold(sorted(GOLD_DIR.glob("entities_*.jsonl"))))


def test_gold_offsets_point_at_their_text(documents) -> None:
    gold = load_gold(sorted(GOLD_DIR.glob("entities_*.jsonl")))
    assert len(gold.mentions) >= 300
    for g in gold.mentions:
        assert documents[g["document"]].text[g["start"]:g["end"]] == g["text"]
    assert {g["category"] for g in gold.mentions} >= {
        "biolink:Cell", "biolink:CellularComponent", "biolink:MicroRNA", "biolink:Gene", "biolink:Pathway",
        "biolink:BiologicalProcess", "biolink:PhenotypicFeature", "biolink:Disease", "biolink:OrganismTaxon",
        "biolink:Procedure"}


def test_every_category_reaches_f1_090(result: Score) -> None:
    low = {c: round(result.prf(c)[2], 3) for c in result.categories if result.prf(c)[2] < 0.90}
    assert not low, f"categories below F1 0.90: {low}\n" + "\n".join(result.errors[:40])


def test_grounding_of_correct_spans(result: Score) -> None:
    assert result.grounding_accuracy >= 0.95, "\n".join(e for e in result.errors if e.startswith("ID"))
