"""Assembly: merge duplicate statements, score belief, flag contradictions.

Support is counted by *independent study*, not by sentence: a paper that repeats the
same claim five times, or a review citing the same original study twice, adds one unit
of support. The cited study (DOI, PMID or reference key) is the unit when the sentence
cites one; otherwise the reading document is.

Belief (documented in README "How belief is scored"):

    belief = 1 - prod_over_studies(1 - r_s)
    r_s    = max over that study's evidence of  R_RULE * (H if hedged else 1)

with R_RULE = 0.65 (precision of a single rule-based reading) and H = 0.5 for hedged
sentences ("may", "suggests"). Negated evidence never supports a positive statement.
Two studies at full reliability give 0.88, three 0.96: belief grows with independent
confirmation and saturates below 1.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from kg.model import Evidence, Polarity, Statement

R_RULE = 0.65
HEDGE_FACTOR = 0.5


def evidence_reliability(evidence: Evidence) -> float:
    if evidence.negated:
        return 0.0
    return R_RULE * (HEDGE_FACTOR if evidence.hedged else 1.0)


def belief(evidence: Iterable[Evidence]) -> float:
    per_study: dict[str, float] = defaultdict(float)
    for ev in evidence:
        r = evidence_reliability(ev)
        for study in ev.study_ids:
            per_study[study] = max(per_study[study], r)
    disbelief = 1.0
    for r in per_study.values():
        disbelief *= 1.0 - r
    return round(1.0 - disbelief, 4)


def _evidence_key(ev: Evidence) -> tuple:
    return (ev.document_id, ev.start, ev.end, ev.subject_span, ev.object_span, ev.rule)


@dataclass(frozen=True, slots=True)
class Contradiction:
    """Two assembled statements that claim opposite directions for the same pair."""

    positive: Statement
    negative: Statement

    @property
    def pair(self) -> tuple[str, str]:
        return (self.positive.subject.curie, self.positive.object.curie)


@dataclass(frozen=True, slots=True)
class Assembly:
    statements: tuple[Statement, ...]
    contradictions: tuple[Contradiction, ...]

    def contradicted_ids(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for c in self.contradictions:
            out[c.positive.key_hash].append(c.negative.key_hash)
            out[c.negative.key_hash].append(c.positive.key_hash)
        return dict(out)


def assemble(statements: Iterable[Statement]) -> Assembly:
    """Merge statements by content key (evidence deduplicated), score belief, find contradictions.

    Output order is deterministic (sorted by content key) so rebuilding gives identical files.
    """
    merged: dict[tuple, Statement] = {}
    evidence: dict[tuple, dict[tuple, Evidence]] = defaultdict(dict)
    for st in statements:
        key = st.content_key
        merged.setdefault(key, st)
        for ev in st.evidence:
            evidence[key].setdefault(_evidence_key(ev), ev)
    out: list[Statement] = []
    for key in sorted(merged):
        evs = sorted(evidence[key].values(), key=lambda e: (e.document_id, e.start, e.rule))
        supporting = [e for e in evs if not e.negated]
        if not supporting:
            continue  # only negated readings: nothing is claimed
        out.append(replace(merged[key], evidence=tuple(evs), belief=belief(evs)))
    return Assembly(tuple(out), tuple(find_contradictions(out)))


def find_contradictions(statements: Iterable[Statement]) -> list[Contradiction]:
    by_pair: dict[tuple[str, str, tuple], list[Statement]] = defaultdict(list)
    for st in statements:
        if st.polarity is not Polarity.NONE:
            by_pair[(st.subject.curie, st.object.curie, st.qualifiers)].append(st)
    found: list[Contradiction] = []
    for group in by_pair.values():
        pos = [s for s in group if s.polarity is Polarity.POSITIVE]
        neg = [s for s in group if s.polarity is Polarity.NEGATIVE]
        found.extend(Contradiction(p, n) for p in pos for n in neg)
    return found
