"""Scoring the entity layer against hand-annotated gold mentions.

A gold file (``tests/extractors/gold/entities_<doc>.jsonl``) holds ``region`` records (the
passages that were annotated completely) and ``mention`` records (start, end, text, Biolink
category, CURIE or, for miRNAs, the miRBase-style name). Only predicted mentions inside a
region are scored. A prediction is right when its span and category group match a gold
mention exactly; grounding accuracy is then the share of those whose identifier also matches.
Gene and GeneFamily form one group ("gene or family"), since "Akt" or "NF-κB" name either.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.model import Mention

GROUPS = {"biolink:GeneFamily": "biolink:Gene"}


def group_of(category: str) -> str:
    return GROUPS.get(category, category)


@dataclass
class Gold:
    regions: list[tuple[str, int, int]] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)


def load_gold(paths: Iterable[Path]) -> Gold:
    gold = Gold()
    for path in paths:
        for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{lineno}: not JSON ({exc.msg})") from None
            if rec.get("kind") == "region":
                gold.regions.append((rec["document"], int(rec["start"]), int(rec["end"])))
            else:
                gold.mentions.append(rec)
    return gold


@dataclass
class Score:
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    grounded: int = 0
    errors: list[str] = field(default_factory=list)

    def prf(self, category: str | None = None) -> tuple[float, float, float]:
        if category is None:
            tp, fp, fn = sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())
        else:
            tp, fp, fn = self.tp[category], self.fp[category], self.fn[category]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def categories(self) -> list[str]:
        return sorted(set(self.tp) | set(self.fp) | set(self.fn))

    @property
    def grounding_accuracy(self) -> float:
        total = sum(self.tp.values())
        return self.grounded / total if total else 0.0


def _identifier(m: Mention) -> str:
    if m.category == "biolink:MicroRNA":
        name = dict(m.attributes).get("name", m.ref.label)
        return "miRNA:" + name.split("-", 1)[1] if name[:4] in {"hsa-", "mmu-", "rno-"} else "miRNA:" + name
    return m.ref.curie


def _gold_identifier(g: dict[str, Any]) -> str:
    if g.get("mirna"):
        return "miRNA:" + g["mirna"]
    return str(g.get("curie", ""))


def _same_mirna(a: str, b: str) -> bool:
    """miR-21 (precursor written mir-21 by miRBase) and miR-21 are the same written miRNA."""
    return a.lower() == b.lower()


def score(predicted: Sequence[Mention], gold: Gold, texts: dict[str, str] | None = None) -> Score:
    """Exact-span, per-category-group scores of predictions that fall inside gold regions."""
    result = Score()
    regions = gold.regions

    def in_region(doc: str, start: int, end: int) -> bool:
        return any(d == doc and s <= start and end <= e for d, s, e in regions)

    gold_index = {(g["document"], int(g["start"]), int(g["end"]), group_of(g["category"])): g
                  for g in gold.mentions}
    seen: set[tuple[str, int, int, str]] = set()
    for m in predicted:
        if not in_region(m.document_id, m.start, m.end):
            continue
        key = (m.document_id, m.start, m.end, group_of(m.category))
        g = gold_index.get(key)
        if g is None:
            result.fp[key[3]] += 1
            result.errors.append(f"FP {key[3]:28s} {m.text!r} -> {m.ref.curie} ({m.document_id}:{m.start})")
            continue
        seen.add(key)
        result.tp[key[3]] += 1
        if _same_mirna(_identifier(m), _gold_identifier(g)):
            result.grounded += 1
        else:
            result.errors.append(f"ID {key[3]:28s} {m.text!r} -> {_identifier(m)} (gold {_gold_identifier(g)})")
    for key, g in gold_index.items():
        if key not in seen:
            result.fn[key[3]] += 1
            result.errors.append(f"FN {key[3]:28s} {g['text']!r} gold {_gold_identifier(g)} ({key[0]}:{key[1]})")
    return result
