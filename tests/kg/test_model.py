"""The data model: CURIEs, content keys that ignore evidence, round trips."""

from __future__ import annotations

import pytest

from kg.model import BibEntry, Evidence, Polarity, PooledEffect, Ref, Statement, qualifiers

MIR = Ref("mirbase.mature", "MIMAT0000422", "hsa-miR-124-3p", "biolink:MicroRNA")
ERN1 = Ref("HGNC", "3449", "ERN1", "biolink:Gene")


def _ev(doc: str = "d1", start: int = 0, cite: str | None = None, hedged: bool = False) -> Evidence:
    cites = (BibEntry(key=cite, doi=f"10.1/{cite}"),) if cite else ()
    return Evidence(doc, "miR-124-3p downregulates Ern1.", start, start + 30, citations=cites, hedged=hedged)


def test_curie_and_identity_by_curie_only() -> None:
    assert MIR.curie == "mirbase.mature:MIMAT0000422"
    assert Ref("HGNC", "3449", "ern1") == ERN1
    assert len({Ref("HGNC", "3449", "a"), Ref("HGNC", "3449", "b")}) == 1
    assert Ref.from_curie("GO:0006915", "apoptotic process").identifier == "0006915"


@pytest.mark.parametrize("bad", ["", "nocolon"])
def test_from_curie_rejects_non_curies(bad: str) -> None:
    with pytest.raises(ValueError):
        Ref.from_curie(bad)


def test_content_key_ignores_evidence_and_belief() -> None:
    a = Statement(MIR, "targets", ERN1, Polarity.NEGATIVE, evidence=(_ev("d1"),))
    b = Statement(MIR, "targets", ERN1, Polarity.NEGATIVE, evidence=(_ev("d2"), _ev("d3")), belief=0.9)
    assert a.content_key == b.content_key
    assert a.key_hash == b.key_hash
    c = Statement(MIR, "targets", ERN1, Polarity.POSITIVE)
    assert c.content_key != a.content_key
    d = Statement(MIR, "targets", ERN1, Polarity.NEGATIVE, qualifiers=qualifiers(species="rat"))
    assert d.content_key != a.content_key


def test_qualifiers_are_order_independent() -> None:
    assert qualifiers(species="rat", dose="100 µg") == qualifiers(dose="100 µg", species="rat")
    assert qualifiers(species=None) == ()


def test_support_is_written_only_as_assembly_counted_it() -> None:
    """A statement cannot count its studies alone (that needs the corpus: kg.assemble.StudyIndex)."""
    st = Statement(MIR, "targets", ERN1, evidence=(_ev("d1", 0, "107"), _ev("d1", 50, "107"), _ev("d2")))
    assert "support" not in st.to_dict()
    written = st.to_dict(support=2)
    assert written["support"] == 2
    assert list(written) == ["id", "subject", "predicate", "object", "polarity", "qualifiers", "belief",
                             "support", "evidence"]
    assert Statement.from_dict(written) == st


def test_statement_round_trip() -> None:
    st = Statement(MIR, "decreases", ERN1, Polarity.NEGATIVE, qualifiers(species="rat"),
                   (_ev("d1", 5, "107", hedged=True),), belief=0.5)
    again = Statement.from_dict(st.to_dict())
    assert again == st
    assert again.evidence[0].citations[0].doi == "10.1/107"
    assert again.subject.label == "hsa-miR-124-3p"


def test_polarity_composition() -> None:
    assert Polarity.NEGATIVE.compose(Polarity.NEGATIVE) is Polarity.POSITIVE
    assert Polarity.POSITIVE.compose(Polarity.NEGATIVE) is Polarity.NEGATIVE
    assert Polarity.NONE.compose(Polarity.NEGATIVE) is Polarity.NONE
    assert Polarity.POSITIVE.flipped() is Polarity.NEGATIVE


def test_pooled_effect_significance_and_label() -> None:
    exo = Ref("exokg", "BMSC_Exo", "bone marrow MSC-derived exosomes")
    tnf = Ref("HGNC", "11892", "TNF")
    eff = PooledEffect("SMD", -3.12, -3.57, -2.67, exo, tnf, k=14, i2=75.3)
    assert eff.significant is True
    assert eff.label() == "SMD -3.12 [-3.57, -2.67], k=14"
    assert PooledEffect("OR", 1.2, 0.9, 1.5, exo, tnf).significant is False
    assert eff.id.startswith("exokg:effect_")
    assert eff.id == PooledEffect("SMD", -3.12, -3.57, -2.67, exo, tnf).id
