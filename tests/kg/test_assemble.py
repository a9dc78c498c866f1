"""Assembly: duplicates merge, support counts independent studies, belief follows its formula,
negated readings never become claims, contradictions are flagged and kept."""

from __future__ import annotations

import pytest

from kg.assemble import (
    HEDGE_FACTOR,
    R_RULE,
    RULE_RELIABILITY,
    StudyIndex,
    assemble,
    belief,
    rule_reliability,
    study_counts,
)
from kg.model import BibEntry, Evidence, Polarity, Ref, Statement

EXO = Ref("exokg", "BMSC_Exo", "BMSC exosomes", "biolink:CellularComponent")
TNF = Ref("HGNC", "11892", "TNF", "biolink:Gene")
GFAP = Ref("HGNC", "4235", "GFAP", "biolink:Gene")
FAN_DOI = BibEntry("108", "Fan L et al. Hum Exp Toxicol. 2021", doi="10.1177/09603271211003311", year=2021,
                   first_author="Fan")
FAN_AY = BibEntry("Fan et al., 2021", "Fan et al., 2021", year=2021, first_author="Fan")


def ev(doc: str, start: int, *cites: BibEntry, rule: str = "dec:main", hedged: bool = False,
       negated: bool = False) -> Evidence:
    return Evidence(doc, "s", start, start + 1, citations=cites, rule=rule, hedged=hedged, negated=negated)


def st(*evidence: Evidence, obj: Ref = TNF, polarity: Polarity = Polarity.NEGATIVE,
       quals: tuple[tuple[str, str], ...] = ()) -> Statement:
    predicate = {Polarity.NEGATIVE: "decreases", Polarity.POSITIVE: "increases"}.get(polarity, "regulates")
    return Statement(EXO, predicate, obj, polarity, quals, evidence=evidence)


def test_belief_formula_values() -> None:
    one = R_RULE
    assert belief([ev("d", 0)]) == pytest.approx(one)
    assert belief([ev("d", 0, FAN_DOI), ev("d", 9, BibEntry("2", doi="10.1/x"))]) == pytest.approx(
        1 - (1 - one) ** 2, abs=1e-4)
    assert belief([ev("d", 0, hedged=True)]) == pytest.approx(one * HEDGE_FACTOR)
    assert belief([ev("d", 0, rule="derived_from:composite")]) == pytest.approx(RULE_RELIABILITY["derived_from:composite"])
    # doubt from a negated reading in another study scales belief down
    assert belief([ev("d", 0, FAN_DOI), ev("e", 0, negated=True)]) == pytest.approx(one * (1 - one), abs=1e-4)


def test_rule_reliability_uses_the_longest_prefix() -> None:
    assert rule_reliability("derived_from:composite") == RULE_RELIABILITY["derived_from:composite"]
    assert rule_reliability("derived_from:phrase;cite=following") == RULE_RELIABILITY["derived_from"]
    assert rule_reliability("chain:thereby") == RULE_RELIABILITY["chain"]
    assert rule_reliability("inc:main") == R_RULE
    # a rescue's "carries" is an inference, below a "carries" phrase
    assert rule_reliability("rescue") == RULE_RELIABILITY["chain"] < RULE_RELIABILITY["carries"]


def test_one_paper_repeating_itself_adds_no_support() -> None:
    once = assemble([st(ev("d", 0, FAN_DOI))])
    repeated = assemble([st(ev("d", i * 10, FAN_DOI)) for i in range(5)])
    assert len(repeated.statements) == 1 and len(repeated.statements[0].evidence) == 5
    assert repeated.statements[0].belief == once.statements[0].belief
    uncited = assemble([st(ev("d", i * 10)) for i in range(5)])
    assert uncited.statements[0].belief == pytest.approx(R_RULE)


def test_author_year_citation_and_doi_are_one_study_across_papers() -> None:
    """ye2024 cites "(Fan et al., 2021)"; li2025 cites the same paper as reference 108 with its DOI."""
    result = assemble([st(ev("ye2024", 0, FAN_AY)), st(ev("li2025", 50, FAN_DOI))])
    merged = result.statements[0]
    assert study_counts(result)[merged.key_hash] == 1
    assert merged.belief == pytest.approx(R_RULE)
    assert {c.doi for e in merged.evidence for c in e.citations} == {FAN_DOI.doi}


def test_numbered_references_are_scoped_to_their_document() -> None:
    index = StudyIndex([])
    assert index.study_id(BibEntry("22"), "li2025") != index.study_id(BibEntry("22"), "other")
    result = assemble([st(ev("a", 0, BibEntry("22"))), st(ev("b", 0, BibEntry("22")))])
    assert study_counts(result)[result.statements[0].key_hash] == 2


def test_ambiguous_author_year_keeps_its_own_identity() -> None:
    li_a = BibEntry("1", doi="10.1/a", year=2019, first_author="Li")
    li_b = BibEntry("2", doi="10.1/b", year=2019, first_author="Li")
    index = StudyIndex([ev("x", 0, li_a, li_b)])
    assert index.resolve(BibEntry("Li et al., 2019", year=2019, first_author="Li")).doi is None


def test_negated_only_claims_are_kept_aside() -> None:
    result = assemble([st(ev("d", 0, negated=True), obj=GFAP)])
    assert result.statements == ()
    assert len(result.negated) == 1 and result.negated[0].belief == 0.0


def test_contradictions_are_flagged_and_both_kept() -> None:
    result = assemble([
        st(ev("d", 0)),
        st(ev("e", 0), polarity=Polarity.POSITIVE),
        st(ev("f", 0), polarity=Polarity.POSITIVE, quals=(("species", "mouse"),)),
    ])
    assert len(result.statements) == 3
    assert len(result.contradictions) == 2
    same = [c for c in result.contradictions if c.same_context]
    assert len(same) == 1 and same[0].pair == (EXO.curie, TNF.curie)
    ids = result.contradicted_ids()
    assert all(st_.key_hash in ids for st_ in result.statements)


def test_output_order_is_deterministic() -> None:
    a = [st(ev("d", 0)), st(ev("d", 5), obj=GFAP), st(ev("e", 3))]
    assert assemble(a).statements == assemble(list(reversed(a))).statements


def test_one_count_of_studies_wherever_support_is_shown(tmp_path) -> None:
    """Cases where counting a statement's own citations would go wrong, read through every output.

    Papers a and b each cite their own reference "1" (two studies, not one); ye2024's "(Fan et al.,
    2021)" and li2025's reference 108 with its DOI are one study, not two; a negated reading in
    paper c is doubt, not support. Expected sets are counted by hand from those facts.
    """
    import json

    from kg.graph import build_graph
    from kg.pipeline import BuildResult, write_outputs

    own_refs = st(ev("a", 0, BibEntry("1", "Zhang X. 2019")), ev("b", 0, BibEntry("1", "Wang Y. 2020")))
    same_study = st(ev("ye2024", 0, FAN_AY), ev("li2025", 50, FAN_DOI), ev("c", 0, negated=True), obj=GFAP)
    expected = {own_refs.key_hash: ["cite:a#1", "cite:b#1"], same_study.key_hash: [f"doi:{FAN_DOI.doi}"]}

    result = assemble([own_refs, same_study])
    assert {s.key_hash: list(result.studies(s)) for s in result.statements} == expected
    assert study_counts(result) == {k: len(v) for k, v in expected.items()}
    graph = build_graph(result)
    edges = {d["id"]: d for *_, d in graph.edges(data=True)}
    assert {k: (d["support"], d["studies"]) for k, d in edges.items()} == \
        {k: (len(v), v) for k, v in expected.items()}

    out = tmp_path / "out"
    write_outputs(BuildResult(out, [], [], list(result.statements), [], graph))
    rows = [json.loads(line) for line in (out / "statements.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {row["id"]: row["support"] for row in rows} == {k: len(v) for k, v in expected.items()}
    saved = {d["id"]: d for d in json.loads((out / "graph.json").read_text(encoding="utf-8"))["edges"]}
    assert {k: (d["support"], d["studies"]) for k, d in saved.items()} == \
        {k: (len(v), v) for k, v in expected.items()}
