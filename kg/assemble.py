"""Assembly: merge duplicate statements, score belief by independent study, flag contradictions.

**Merging.** Statements with the same content key (subject, predicate, object, polarity,
qualifiers) are one statement; their evidence is pooled and deduplicated (one piece per
sentence, spans and rule).

**Independent studies.** Support is counted by cited *study*, never by sentence: a paper that
repeats a claim five times, or two reviews citing the same original study, add one unit. A
piece of evidence stands for the studies its sentence cites; a sentence that cites nothing
stands for the document that says it. Studies are identified, in order, by DOI, by PMID, by
an author-year key matched to a DOI cited elsewhere in the corpus ("Fan et al., 2021" is
``doi:10.1177/09603271211003311`` when exactly one reference by Fan from 2021 with a DOI is
in the corpus), by the author-year key itself, or by the numbered reference key scoped to its
document.

**Belief** (README, "How belief is scored"):

    support = 1 - prod over supporting studies s of (1 - r_s)
    doubt   = 1 - prod over studies s' with negated evidence of (1 - r_s')
    belief  = support * (1 - doubt)

    r_s     = max over study s's evidence of  R(rule) * (H if the sentence is hedged else 1)

``R(rule)`` is the precision of the reading rule (``RULE_RELIABILITY``: a composite name such
as "BMSCs-Exo" says where the vesicles come from, R = 0.95; a verb frame read off one clause,
R = 0.65; a claim inferred along a "by ...ing" / ", thereby" chain, R = 0.55), ``H = 0.5``.
One study read by a plain verb frame gives 0.65, two independent studies 0.88, three 0.96:
belief grows with independent confirmation and saturates below 1. A negated reading ("did not
reduce") never supports the claim; it is doubt, and a claim read only in negated sentences
is kept aside (``Assembly.negated``), never asserted.

**Contradictions.** Two assembled statements about the same subject and object with opposite
signs (``increases`` vs ``decreases``/``targets``) are flagged as a :class:`Contradiction`
and both are kept; ``same_context`` says whether their qualifiers (species, model, cell type,
dose) agree, i.e. whether the disagreement could be explained by the setting.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from kg.model import BibEntry, Evidence, Polarity, Statement

R_RULE = 0.65  # a rule reading of one clause (the default)
HEDGE_FACTOR = 0.5
RULE_RELIABILITY: dict[str, float] = {
    "derived_from:composite": 0.95,
    "derived_from": 0.9,
    "carries": 0.8,
    "marker": 0.75,
    "treatment": 0.75,
    "axis": 0.6,
    "downstream": 0.6,
    "position": 0.6,  # "PTEN acts downstream of miR-21": read as "downstream" is
    "mediated": 0.6,
    "chain": 0.55,
    "rescue": 0.55,  # what a rescue experiment implies about the mediator: an inference, as a chain is
    "rescue:pharmacological": 0.5,  # the same through a compound's known target: it may act off target
    "compound_target": 0.5,  # "the PI3K inhibitor LY294002 reduced p-AKT": PI3K raises it, likewise
    "counteracts": 0.55,  # "X attenuated the inhibitory effect of Y on Z": X on Z, inferred through Y's effect
    # "MSC-EVs suppressed TNF-α, whereas IL-10 was elevated": the vesicles, inferred from the clause set against
    **{f"{kind}:contrast": 0.55 for kind in ("inc", "dec", "reg")},
}
SIGNED = {"increases": 1, "decreases": -1, "targets": -1}


def rule_reliability(rule: str) -> float:
    """R(rule): the longest matching prefix of the rule name in ``RULE_RELIABILITY``, else R_RULE."""
    name = rule.split(";", 1)[0]
    best = ""
    for prefix in RULE_RELIABILITY:
        if (name == prefix or name.startswith(prefix + ":")) and len(prefix) > len(best):
            best = prefix
    return RULE_RELIABILITY[best] if best else R_RULE


def evidence_reliability(evidence: Evidence) -> float:
    """r for one piece of evidence (negated evidence counts as doubt, see :func:`belief`)."""
    return rule_reliability(evidence.rule) * (HEDGE_FACTOR if evidence.hedged else 1.0)


# ---------------------------------------------------------------------------------------------
# Study identity

_NUMERIC = re.compile(r"^\d+[a-z]?$")


def _author_year(entry: BibEntry) -> tuple[str, str] | None:
    author = (entry.first_author or "").strip().rstrip(",.")
    if not author and entry.key:
        author = re.split(r"[ ,]", entry.key.strip(), maxsplit=1)[0]
    year = str(entry.year) if entry.year else ""
    if not year:
        m = re.search(r"\b((?:19|20)\d{2})", entry.key or "")
        year = m.group(1) if m else ""
    if not author or not year:
        return None
    return re.sub(r"[^a-z]", "", author.lower()), year


class StudyIndex:
    """Resolves a cited reference to one study identifier across the whole corpus.

    This is exokg's only rule for what counts as an independent study: belief, ``Assembly.support``,
    the graph's ``support``/``studies`` and statements.jsonl all go through it.
    """

    def __init__(self, evidence: Iterable[Evidence]) -> None:
        by_author_year: dict[tuple[str, str], set[str]] = defaultdict(set)
        for ev in evidence:
            for c in ev.citations:
                if c.doi:
                    ay = _author_year(c)
                    if ay:
                        by_author_year[ay].add(c.doi.lower())
        self._doi_for = {ay: next(iter(dois)) for ay, dois in by_author_year.items() if len(dois) == 1}

    def resolve(self, entry: BibEntry) -> BibEntry:
        """The entry with a DOI filled in when its author and year name exactly one DOI'd study."""
        if entry.doi or entry.pmid:
            return entry
        ay = _author_year(entry)
        doi = self._doi_for.get(ay) if ay and not _NUMERIC.match(entry.key) else None
        return replace(entry, doi=doi) if doi else entry

    def study_id(self, entry: BibEntry, document_id: str) -> str:
        """The cited study's identifier: DOI, PMID, author-year, or a numbered key scoped to its paper."""
        entry = self.resolve(entry)
        if entry.doi:
            return f"doi:{entry.doi.lower()}"
        if entry.pmid:
            return f"pmid:{entry.pmid}"
        if _NUMERIC.match(entry.key):
            return f"cite:{document_id}#{entry.key}"  # "[22]" means different papers in different documents
        ay = _author_year(entry)
        suffix = re.search(r"(?:19|20)\d{2}([a-z])\b", entry.key or "")
        return f"cite:{ay[0]}:{ay[1]}{suffix.group(1) if suffix else ''}" if ay else f"cite:{entry.key}"

    def studies(self, evidence: Evidence) -> tuple[str, ...]:
        """The studies one piece of evidence stands for: those it cites, else its own document."""
        if evidence.citations:
            return tuple(sorted({self.study_id(c, evidence.document_id) for c in evidence.citations}))
        return (f"doc:{evidence.document_id}",)


def belief(evidence: Iterable[Evidence], index: StudyIndex | None = None) -> float:
    """Belief in a claim from its evidence (formula in the module docstring)."""
    evs = list(evidence)
    index = index or StudyIndex(evs)
    support: dict[str, float] = defaultdict(float)
    doubt: dict[str, float] = defaultdict(float)
    for ev in evs:
        r = evidence_reliability(ev)
        target = doubt if ev.negated else support
        for study in index.studies(ev):
            target[study] = max(target[study], r)
    disbelief = 1.0
    for r in support.values():
        disbelief *= 1.0 - r
    undoubted = 1.0
    for r in doubt.values():
        undoubted *= 1.0 - r
    return round((1.0 - disbelief) * undoubted, 4)


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

    @property
    def same_context(self) -> bool:
        """Whether both claims were made in the same setting (qualifiers agree)."""
        return self.positive.qualifiers == self.negative.qualifiers


@dataclass(frozen=True, slots=True)
class Assembly:
    statements: tuple[Statement, ...]
    contradictions: tuple[Contradiction, ...]
    negated: tuple[Statement, ...] = ()  # claims read only in negated sentences: kept aside, never asserted
    study_index: StudyIndex | None = None  # how citations were resolved to studies (set by assemble())

    def contradicted_ids(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for c in self.contradictions:
            out[c.positive.key_hash].append(c.negative.key_hash)
            out[c.negative.key_hash].append(c.positive.key_hash)
        return dict(out)

    def studies(self, statement: Statement) -> tuple[str, ...]:
        """Independent studies supporting a statement (negated evidence excluded), as belief counts them."""
        index = self.study_index or StudyIndex(ev for st in self.statements for ev in st.evidence)
        return tuple(sorted({s for ev in statement.evidence if not ev.negated for s in index.studies(ev)}))

    def support(self, statement: Statement) -> int:
        return len(self.studies(statement))


def assemble(statements: Iterable[Statement]) -> Assembly:
    """Merge statements by content key (evidence deduplicated), score belief, find contradictions.

    Output order is deterministic (sorted by content key) so rebuilding gives identical files.
    Citations are resolved across the corpus (an author-year citation gains the DOI of the one
    matching reference), so the graph's study counts agree with the belief.
    """
    merged: dict[tuple, Statement] = {}
    evidence: dict[tuple, dict[tuple, Evidence]] = defaultdict(dict)
    for st in statements:
        key = st.content_key
        merged.setdefault(key, st)
        for ev in st.evidence:
            evidence[key].setdefault(_evidence_key(ev), ev)
    index = StudyIndex(ev for evs in evidence.values() for ev in evs.values())
    asserted: list[Statement] = []
    negated: list[Statement] = []
    for key in sorted(merged):
        evs = sorted(evidence[key].values(), key=lambda e: (e.document_id, e.start, e.rule))
        evs = [_resolved(e, index) for e in evs]
        if any(not e.negated for e in evs):
            asserted.append(replace(merged[key], evidence=tuple(evs), belief=belief(evs, index)))
        else:
            negated.append(replace(merged[key], evidence=tuple(evs), belief=0.0))
    return Assembly(tuple(asserted), tuple(find_contradictions(asserted)), tuple(negated), index)


def _resolved(ev: Evidence, index: StudyIndex) -> Evidence:
    """The evidence with its citations resolved (itself when none changes: most have a DOI or none)."""
    citations = tuple(index.resolve(c) for c in ev.citations)
    if all(new is old for new, old in zip(citations, ev.citations, strict=True)):
        return ev
    return replace(ev, citations=citations)


def find_contradictions(statements: Iterable[Statement]) -> list[Contradiction]:
    """Opposite signs for the same subject and object, whatever the qualifiers (see ``same_context``)."""
    by_pair: dict[tuple[str, str], list[Statement]] = defaultdict(list)
    for st in statements:
        if st.polarity is not Polarity.NONE:
            by_pair[(st.subject.curie, st.object.curie)].append(st)
    found: list[Contradiction] = []
    for pair in sorted(by_pair):
        group = by_pair[pair]
        pos = [s for s in group if s.polarity is Polarity.POSITIVE]
        neg = [s for s in group if s.polarity is Polarity.NEGATIVE]
        found.extend(Contradiction(p, n) for p in pos for n in neg)
    return found


def study_counts(assembly: Assembly) -> Mapping[str, int]:
    """Statement id -> number of independent supporting studies (for reports)."""
    return {st.key_hash: assembly.support(st) for st in assembly.statements}
