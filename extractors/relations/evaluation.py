"""Scoring extracted statements against a hand-written gold set.

Matching (documented in README, "How mechanism statements are scored"): a gold statement
and an extracted one match when they come from the same document and have

- the same subject CURIE and the same object CURIE,
- the same predicate *family*: ``increases``, ``decreases``, ``regulates`` and ``targets``
  form one family ("regulation": ``targets`` is a decrease by definition), every other
  predicate is its own family, and
- the same polarity (+, -, 0).

Qualifiers, hedging, the sentence and the rule are not compared. Scoring is per document on
*sets* of these keys (a claim repeated in five sentences counts once), micro-averaged over
documents. Only evidence from the sections the gold set annotates completely (its *scope*)
is scored, so a correct claim read elsewhere in a paper is neither rewarded nor punished.
Negated evidence never counts as a claim. Gold lines whose subject or object the lexicon
cannot name (``curie`` null) are kept in the file for the record but not scored.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.model import Statement

FAMILY = {"increases": "regulation", "decreases": "regulation", "regulates": "regulation",
          "targets": "regulation"}

Key = tuple[str, str, str, str]  # subject, family, object, polarity


def family(predicate: str) -> str:
    return FAMILY.get(predicate, predicate)


@dataclass(frozen=True, slots=True)
class GoldSet:
    """Gold keys per document and the sections each document's annotation covers."""

    keys: dict[str, set[Key]]
    scope: dict[str, set[str]]
    unscored: int
    lines: int


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    false_positives: list[tuple[str, Key]] = field(default_factory=list)
    false_negatives: list[tuple[str, Key]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_gold(statements_path: str | Path, scope_path: str | Path) -> GoldSet:
    """Read ``statements.jsonl`` (one gold statement a line) and its scope file."""
    keys: dict[str, set[Key]] = defaultdict(set)
    unscored = lines = 0
    try:
        text = Path(statements_path).read_text(encoding="utf-8")
        scope_text = Path(scope_path).read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read the gold set: {exc}") from None
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            subject, obj = row["subject"]["curie"], row["object"]["curie"]
            key = (subject, family(row["predicate"]), obj, row["polarity"])
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise InputError(f"{statements_path}:{n}: not a gold statement ({exc})") from None
        lines += 1
        if subject is None or obj is None or row.get("negated"):
            unscored += 1
            continue
        keys[row["document"]].add(key)  # type: ignore[arg-type]
    scope: dict[str, set[str]] = {}
    for line in scope_text.splitlines():
        if line.strip():
            row = json.loads(line)
            scope[row["document"]] = set(row["sections"])
    return GoldSet(dict(keys), scope, unscored, lines)


def extracted_keys(statements: Iterable[Statement], scope: Mapping[str, set[str]]) -> dict[str, set[Key]]:
    """Keys of the non-negated claims whose evidence lies in the scored sections."""
    out: dict[str, set[Key]] = defaultdict(set)
    for st in statements:
        for ev in st.evidence:
            if ev.negated or ev.document_id not in scope or ev.section not in scope[ev.document_id]:
                continue
            out[ev.document_id].add((st.subject.curie, family(st.predicate), st.object.curie, st.polarity.value))
    return dict(out)


def score(gold: GoldSet, statements: Iterable[Statement]) -> Score:
    found = extracted_keys(statements, gold.scope)
    result = Score()
    for doc in sorted(gold.scope):
        g = gold.keys.get(doc, set())
        e = found.get(doc, set())
        result.tp += len(g & e)
        result.fp += len(e - g)
        result.fn += len(g - e)
        result.false_positives.extend((doc, k) for k in sorted(e - g))
        result.false_negatives.extend((doc, k) for k in sorted(g - e))
    return result
