"""Assembly basics the frame relies on: duplicates merge, support counts studies."""

from __future__ import annotations

from kg.assemble import assemble
from kg.model import BibEntry, Evidence, Polarity, Ref, Statement

A = Ref("exokg", "BMSC_Exo", "BMSC exosomes")
B = Ref("HGNC", "11892", "TNF")


def _ev(doc: str, start: int, cite: str | None = None) -> Evidence:
    return Evidence(doc, "s", start, start + 1, citations=(BibEntry(cite),) if cite else ())


def test_duplicates_merge_and_repetition_does_not_inflate_belief() -> None:
    once = assemble([Statement(A, "decreases", B, Polarity.NEGATIVE, evidence=(_ev("d", 0, "1"),))])
    repeated = assemble([
        Statement(A, "decreases", B, Polarity.NEGATIVE, evidence=(_ev("d", i * 10, "1"),)) for i in range(5)
    ])
    assert len(repeated.statements) == 1
    assert len(repeated.statements[0].evidence) == 5
    assert repeated.statements[0].belief == once.statements[0].belief
    two_studies = assemble([
        Statement(A, "decreases", B, Polarity.NEGATIVE, evidence=(_ev("d", 0, "1"), _ev("d", 10, "2"))),
    ])
    assert two_studies.statements[0].belief > once.statements[0].belief


def test_contradictions_are_flagged_and_kept() -> None:
    result = assemble([
        Statement(A, "decreases", B, Polarity.NEGATIVE, evidence=(_ev("d", 0),)),
        Statement(A, "increases", B, Polarity.POSITIVE, evidence=(_ev("e", 0),)),
    ])
    assert len(result.statements) == 2
    assert len(result.contradictions) == 1
