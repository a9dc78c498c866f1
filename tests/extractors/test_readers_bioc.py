"""BioC XML and JSON reader: passages at their offsets, section types, references, ids.

The fixtures are hand-made: ``bioc_collection.xml`` (BioC-PMC style, with an annotation whose
offset is the reference for offset preservation) and ``pubtator.json`` (PubTator style).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

from extractors.readers import read_documents
from extractors.readers.bioc import parse_bioc_json
from kg.errors import InputError
from kg.model import Document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


@pytest.fixture(scope="module")
def pmc_doc() -> Document:
    (doc,) = read_documents(FIXTURES / "bioc_collection.xml")
    assert isinstance(doc, Document)
    return doc


def test_passages_keep_their_bioc_offsets(pmc_doc: Document) -> None:
    tree = etree.parse(str(FIXTURES / "bioc_collection.xml"))
    for passage in tree.iter("passage"):
        offset = int(passage.findtext("offset"))
        text = passage.findtext("text")
        if passage.find("infon[@key='section_type']").text == "REF":
            assert text not in pmc_doc.text  # references are bibliography, not text
            continue
        assert pmc_doc.text[offset:offset + len(text)] == text
    for ann in tree.iter("annotation"):
        loc = ann.find("location")
        start, length = int(loc.get("offset")), int(loc.get("length"))
        assert pmc_doc.text[start:start + length] == ann.findtext("text")


def test_sections_from_section_types_and_titles(pmc_doc: Document) -> None:
    assert [(s.title, s.level) for s in pmc_doc.sections] == [("Title", 1), ("Abstract", 1), ("Introduction", 1)]
    assert pmc_doc.section_at(pmc_doc.text.index("Pyroptosis")) == "Introduction"
    assert [p.section for p in pmc_doc.paragraphs] == ["Title", "Abstract", "Introduction"]


def test_front_infons_give_the_bibliographic_facts(pmc_doc: Document) -> None:
    assert pmc_doc.id == "doi:10.5555/exokg.test.3"
    assert pmc_doc.title == "Adipose MSC exosomes inhibit NLRP3 after spinal cord injury"
    assert pmc_doc.authors == ("Rossi MC", "Ito K")
    assert pmc_doc.year == 2022 and pmc_doc.licence == "CC BY"
    (ref,) = pmc_doc.bibliography
    assert (ref.pmid, ref.doi, ref.year, ref.first_author) == ("90000101", "10.5555/exokg.ref.1", 2020, "Li")


def test_pubtator_json() -> None:
    first, second = read_documents(FIXTURES / "pubtator.json")
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.id == "pmid:90000004"  # digits id in a PubTator collection is a PMID
    assert first.authors == ("Novak P", "Silva R") and first.journal == "Synthetic Spine J" and first.year == 2020
    assert first.text[60:].startswith("Exosomes from menstrual blood stem cells increased VEGF")
    assert [s.title for s in first.sections] == ["Title", "Abstract"]
    # a passage given as sentences is rebuilt with each sentence at its offset
    assert second.text.startswith("Sentences only. Exosomes reduced apoptosis.")
    assert second.text[16:].startswith("Exosomes reduced")


def test_json_variants_and_errors() -> None:
    doc = {"id": "x1", "passages": [{"offset": 0, "text": "Exosomes help.", "infons": {"type": "paragraph"}}]}
    wrapped = json.dumps([{"source": "corpus", "documents": [doc]}]).encode()
    (item,) = parse_bioc_json(wrapped, "list.json")
    assert isinstance(item, Document) and item.text == "Exosomes help.\n"
    assert item.id.startswith("sha256:")  # "x1" is not a PMID outside PubMed/PubTator
    with pytest.raises(InputError, match="not a BioC JSON collection"):
        parse_bioc_json(b'{"hello": 1}', "odd.json")
    with pytest.raises(InputError, match="truncated JSON"):
        parse_bioc_json(wrapped[:-5], "cut.json")
    with pytest.raises(InputError, match="nested too deeply"):
        parse_bioc_json(b"[" * 100_000 + b"]" * 100_000, "deep.json")
    with pytest.raises(InputError, match="not a whole number"):
        parse_bioc_json(json.dumps({"documents": [{"id": "1", "passages": [{"offset": "ten", "text": "a"}]}]})
                        .encode(), "bad.json")


def test_overlapping_offsets_fall_back_to_sequential_layout() -> None:
    passages = [{"offset": 0, "text": "First passage."}, {"offset": 3, "text": "Second passage."}]
    (doc,) = parse_bioc_json(json.dumps({"documents": [{"id": "d", "passages": passages}]}).encode(), "o.json")
    assert isinstance(doc, Document)
    assert [doc.text[p.start:p.end] for p in doc.paragraphs] == ["First passage.", "Second passage."]


def test_huge_offsets_do_not_blow_up_memory() -> None:
    passages = [{"offset": 0, "text": "A."}, {"offset": 10**12, "text": "B."}]
    (doc,) = parse_bioc_json(json.dumps({"documents": [{"id": "d", "passages": passages}]}).encode(), "h.json")
    assert isinstance(doc, Document) and len(doc.text) < 100
