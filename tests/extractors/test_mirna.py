"""miRNA recognition and normalisation: each written form the field uses, checked by hand."""

from __future__ import annotations

import pytest

from extractors.mirna import MirnaMember, find_mirnas, ground


def members(text: str) -> list[tuple[str, str]]:
    """(written member text, normalised name) for every miRNA in the text."""
    return [(text[m.start:m.end], m.name) for g in find_mirnas(text) for m in g.members]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("levels of miR-21 rose", [("miR-21", "miR-21")]),
        ("miR-21-5p was high", [("miR-21-5p", "miR-21-5p")]),
        ("via the miR-21a-5p/PELI1 axis", [("miR-21a-5p", "miR-21a-5p")]),
        ("carrying the MiR-124-3p target", [("MiR-124-3p", "miR-124-3p")]),
        ("miRNA-21 enhances cell viability", [("miRNA-21", "miR-21")]),
        ("exosomal microRNA-124-3p attenuates", [("microRNA-124-3p", "miR-124-3p")]),
        ("microRNA (miR)-124-3p attenuates", [("microRNA (miR)-124-3p", "miR-124-3p")]),
        ("hsa-miR-21-5p and rno-miR-124-3p", [("hsa-miR-21-5p", "miR-21-5p"), ("rno-miR-124-3p", "miR-124-3p")]),
        ("let-7a and let-7i", [("let-7a", "let-7a"), ("let-7i", "let-7i")]),
        ("miR21 and miR30a", [("miR21", "miR-21"), ("miR30a", "miR-30a")]),
    ],
)
def test_single_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert members(text) == expected


def test_slash_list_expands_into_each_mirna_with_its_own_span() -> None:
    text = "exosomal miR-199a-3p/145-5p upregulated TrkA"
    assert members(text) == [("miR-199a-3p", "miR-199a-3p"), ("145-5p", "miR-145-5p")]
    (group,) = find_mirnas(text)
    assert group.text == "miR-199a-3p/145-5p"  # the whole written list is one group


def test_coordinated_bare_number_expands() -> None:
    assert members("miR-19 and -21 target PTEN") == [("miR-19", "miR-19"), ("21", "miR-21")]
    assert members("miRNA-19 and miRNA-21 in exosomes") == [("miRNA-19", "miR-19"), ("miRNA-21", "miR-21")]
    assert [n for _, n in members("miR-107, -130a, -223, and -711")] == [
        "miR-107", "miR-130a", "miR-223", "miR-711"]


def test_cluster_letter_shorthand() -> None:
    assert [n for _, n in members("the miR-29a/b-1 cluster")] == ["miR-29a", "miR-29b-1"]


def test_generic_mirnas_and_inhibitors_are_not_specific() -> None:
    assert members("Exosomes deliver miRNAs and microRNAs to cells") == []
    assert members("miRNA-mediated modulation") == []
    assert members("anti-miRNA-125b was added") == []
    assert members("a pre-miR-630 construct") == [("miR-630", "miR-630")]


def test_numbers_after_a_mirna_are_not_list_members() -> None:
    assert members("miR-21 and 25 other miRNAs") == [("miR-21", "miR-21")]
    assert members("miR-21 at 50 nM") == [("miR-21", "miR-21")]


def test_grounding_uses_written_or_document_species() -> None:
    rat = ground(MirnaMember(0, 6, "miR-21", None), "rat")
    assert rat.curie == "mirbase:MI0000850" and rat.label == "rno-mir-21"
    human = ground(MirnaMember(0, 6, "miR-21", None), None)
    assert human.curie == "mirbase:MI0000077" and human.label == "hsa-mir-21"
    written = ground(MirnaMember(0, 10, "miR-21", "mmu"), "rat")
    assert written.label.startswith("mmu-")
    assert ground(MirnaMember(0, 6, "miR-21", None), None).category == "biolink:MicroRNA"


def test_unknown_name_gets_a_local_identifier() -> None:
    ref = ground(MirnaMember(0, 9, "miR-99999", None), "rat")
    assert ref.prefix == "exokg" and ref.label == "rno-miR-99999"
