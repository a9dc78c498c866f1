"""miRNA recognition and normalisation: each written form the field uses, checked by hand."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.corpus import DEFAULT_CORPUS, read_corpus
from extractors.mirna import (
    GROUP_RE,
    MIRBASE_MATURE_PATH,
    MirnaMember,
    _group_matches,
    find_mirnas,
    ground,
    mirbase_tables,
)


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
        ("miR-21* was low", [("miR-21", "miR-21*")]),
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


def test_an_arm_written_once_belongs_to_every_letter_of_the_number() -> None:
    assert [n for _, n in members("miR-125a/b-5p levels")] == ["miR-125a-5p", "miR-125b-5p"]
    assert [n for _, n in members("miR-29a/b/c-3p levels")] == ["miR-29a-3p", "miR-29b-3p", "miR-29c-3p"]
    # another number keeps its own name
    assert [n for _, n in members("miR-21/-155-5p levels")] == ["miR-21", "miR-155-5p"]


def test_generic_mirnas_are_not_specific() -> None:
    assert members("Exosomes deliver miRNAs and microRNAs to cells") == []
    assert members("miRNA-mediated modulation") == []


@pytest.mark.parametrize("text, name", [
    ("anti-miRNA-125b was added", "miR-125b"),
    ("Anti-miR-21 reduced apoptosis", "miR-21"),
    ("cells given antimiR-155", "miR-155"),
    ("antagomir-21-5p was injected", "miR-21-5p"),
])
def test_a_blocker_named_after_its_mirna_names_the_mirna_as_blocked(text: str, name: str) -> None:
    [group] = find_mirnas(text)
    assert [m.name for m in group.members] == [name] and group.antagonist


@pytest.mark.parametrize("text", ["miR-21 was reduced", "an anti-inflammatory miR-146a", "pre-miR-630 was cut"])
def test_a_plain_mirna_is_no_blocker(text: str) -> None:
    assert not any(g.antagonist for g in find_mirnas(text))
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


# Expected accessions below were read from miRBase 22 mature.fa and miRBase hairpin entries by hand
# (e.g. ">rno-miR-124-3p MIMAT0000828 Rattus norvegicus miR-124-3p"), not from exokg's table.
def _ground(text: str, species: str | None) -> list[tuple[str, str]]:
    return [(ref.curie, ref.label) for g in find_mirnas(text) for m in g.members
            for ref in [ground(m, species)]]


@pytest.mark.parametrize(
    ("text", "species", "expected"),
    [
        # an arm names one mature product: MIMAT, in the document's species
        ("miR-124-3p", None, [("mirbase.mature:MIMAT0000422", "hsa-miR-124-3p")]),
        ("miR-124-3p", "rat", [("mirbase.mature:MIMAT0000828", "rno-miR-124-3p")]),
        ("MiR-21-5p", "mouse", [("mirbase.mature:MIMAT0000530", "mmu-miR-21a-5p")]),  # previous name
        # a written species prefix wins over the document's species
        ("hsa-miR-21-5p", "rat", [("mirbase.mature:MIMAT0000076", "hsa-miR-21-5p")]),
        # arm-less name of a single hairpin: the hairpin (MI)
        ("miR-21", "rat", [("mirbase:MI0000850", "rno-mir-21")]),
        ("miR-21", None, [("mirbase:MI0000077", "hsa-mir-21")]),
        ("miR-21", "mouse", [("mirbase:MI0000569", "mmu-mir-21a")]),  # mmu-mir-21 is the previous name
        ("miRNA-126", "rat", [("mirbase:MI0000898", "rno-mir-126a")]),
        # arm-less name of a hairpin with one product: that product (MIMAT)
        ("miR-215", "rat", [("mirbase.mature:MIMAT0003118", "rno-miR-215")]),
        # arm-less names miRBase gave to a mature product before arms were named
        ("let-7a", "rat", [("mirbase.mature:MIMAT0000774", "rno-let-7a-5p")]),
        ("miR-124", "rat", [("mirbase.mature:MIMAT0000828", "rno-miR-124-3p")]),
        ("miR-21*", "rat", [("mirbase.mature:MIMAT0004711", "rno-miR-21-3p")]),
        # three human let-7a hairpins, no single name: the first copy
        ("let-7a", None, [("mirbase:MI0000060", "hsa-let-7a-1")]),
        # a list expands to one grounded miRNA per member
        ("miR-199a-3p/145-5p", "rat", [("mirbase.mature:MIMAT0004738", "rno-miR-199a-3p"),
                                       ("mirbase.mature:MIMAT0000851", "rno-miR-145-5p")]),
        ("miR-199a-3p/145-5p", None, [("mirbase.mature:MIMAT0000232", "hsa-miR-199a-3p"),
                                      ("mirbase.mature:MIMAT0000437", "hsa-miR-145-5p")]),
        # paralogue letters: rat has one, unlettered miR-21; without a species the mouse name is taken as written
        ("rno-miR-21a-5p", None, [("mirbase.mature:MIMAT0000790", "rno-miR-21-5p")]),
        ("miR-21a-5p", "rat", [("mirbase.mature:MIMAT0000790", "rno-miR-21-5p")]),
        ("miR-21a-5p", None, [("mirbase.mature:MIMAT0000530", "mmu-miR-21a-5p")]),
        # the rat miR-19 is miR-19a or miR-19b: no guess
        ("miRNA-19", "rat", [("exokg:miRNA_rno-miR-19", "rno-miR-19")]),
    ],
)
def test_grounding_to_mature_and_hairpin_accessions(text: str, species: str | None,
                                                     expected: list[tuple[str, str]]) -> None:
    assert _ground(text, species) == expected


def test_mature_table_records_its_source_and_is_well_formed() -> None:
    path = MIRBASE_MATURE_PATH
    header = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.startswith("#")]
    text = " ".join(header).lower()
    assert "mature.fa" in text and "release: mirbase 22" in text and "licence" in text
    tables = mirbase_tables()
    assert len(tables.mature) > 5000 and {k[:3] for k in tables.mature} == {"hsa", "mmu", "rno"}
    assert all(re.fullmatch(r"MIMAT\d{7}", e.accession) for e in tables.mature.values())
    assert all(re.fullmatch(r"MI\d{7}", e.accession) for e in tables.precursor.values())
    # a previous name never hides a current one
    assert not set(tables.previous_mature) & set(tables.mature)


def test_unknown_name_gets_a_local_identifier() -> None:
    ref = ground(MirnaMember(0, 9, "miR-99999", None), "rat")
    assert ref.prefix == "exokg" and ref.label == "rno-miR-99999"


def test_anchored_search_finds_what_a_full_scan_finds() -> None:
    """Groups are searched only near stems ("miR", "let-7"...); a scan of every position is the reference."""
    texts = [d.text for d in read_corpus(DEFAULT_CORPUS)] + [
        "hsa-miR-21-5p, rno-let-7a and mmu-mir-21a; anti-miR-21, pre-miR-630; miR-107, -130a, and -223; "
        "microRNA (miR)-124-3p; oncomir-1; the miR-29a/b-1 cluster; admiration and mirrors; lin-4 and let-7"]
    for text in texts:
        assert [m.span() for m in _group_matches(text)] == [m.span() for m in GROUP_RE.finditer(text)]


_PIECES = ["miR", "mir", "hsa-", "let", "-", "/", "~", ",", " and ", " ", "21", "125", "a", "b", "c", "-5p", "-3p",
           "*", "-1", "microRNA", "(", ")", "7", "17", "92", "cluster", "knockdown"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=20))
def test_any_run_of_name_pieces_reads_without_error(pieces: list[str]) -> None:
    text = "".join(pieces)
    for group in find_mirnas(text):
        assert 0 <= group.start < group.end <= len(text)
        for m in group.members:
            assert group.start <= m.start < m.end <= group.end and m.name
