"""PubMed XML reader: one Document per citation, structured abstracts, identifiers, MeSH.

Expected values are read off the hand-made fixture ``tests/fixtures/ingest/pubmed_two.xml``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extractors.readers import read_document, read_documents
from extractors.readers._xml import parse_xml
from extractors.readers.pubmed import mesh_headings
from kg.errors import InputError
from kg.model import Document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


@pytest.fixture(scope="module")
def citations() -> list[Document]:
    items = read_documents(FIXTURES / "pubmed_two.xml")
    assert all(isinstance(d, Document) for d in items)
    return items  # type: ignore[return-value]


def test_each_citation_is_a_document_with_a_pmid_id(citations: list[Document]) -> None:
    assert [d.id for d in citations] == ["pmid:90000001", "pmid:90000002"]
    assert [d.pmid for d in citations] == ["90000001", "90000002"]


def test_bibliographic_facts(citations: list[Document]) -> None:
    first, second = citations
    assert first.title == ("Bone marrow mesenchymal stem cell exosomes carrying miR-124 reduce TNF-α after "
                           "spinal cord injury in rats")
    assert first.authors == ("Zhang W", "Müller AL", "Exokg Test Consortium")
    assert first.journal == "Journal of Synthetic Neurotrauma"
    assert first.year == 2023
    assert first.doi == "10.5555/exokg.test.1"
    assert first.source == "pubmed_two.xml"
    assert second.year == 2021  # from MedlineDate "2021 Nov-Dec"
    assert second.doi is None
    assert second.authors == ("Okafor C",)


def test_structured_abstract_keeps_its_sections(citations: list[Document]) -> None:
    doc = citations[0]
    titles = [(s.title, s.level) for s in doc.sections]
    assert titles == [("Title", 1), ("Abstract", 1), ("Background", 2), ("Methods", 2), ("Results", 2),
                      ("Conclusions", 2)]
    results = next(s for s in doc.sections if s.title == "Results")
    assert "BMSC-Exo decreased TNF-α and IL-1β" in doc.text[results.start:results.end]
    offset = doc.text.index("Exosomal miR-124 promotes")
    assert doc.section_at(offset) == "Conclusions"
    # inline markup is flattened, entities decoded
    assert "(p < 0.05). Ca2+ influx" in doc.text
    # the copyright line is not abstract text
    assert "Synthetic test record" not in doc.text


def test_paragraph_offsets_point_at_their_text(citations: list[Document]) -> None:
    for doc in citations:
        texts = [doc.text[p.start:p.end] for p in doc.paragraphs]
        assert texts[0].startswith(doc.title)
        assert all(t == t.strip() and t for t in texts)
    assert [p.section for p in citations[1].paragraphs] == ["Title", "Abstract"]


def test_unstructured_abstract_has_no_subsections(citations: list[Document]) -> None:
    assert [s.title for s in citations[1].sections] == ["Title", "Abstract"]


def test_mesh_headings_and_species(citations: list[Document]) -> None:
    root = parse_xml((FIXTURES / "pubmed_two.xml").read_bytes(), "pubmed_two.xml")
    headings = mesh_headings(root[0])
    assert headings == ["Animals", "Exosomes/metabolism", "Rats, Sprague-Dawley", "Spinal Cord Injuries/therapy*"]
    assert citations[0].species == "rat"
    assert citations[1].species == "mouse"
    assert citations[0].keywords == tuple(headings)


def test_keywords_survive_the_cache_codec(citations: list[Document]) -> None:
    from kg.cache import document_from_dict, document_to_dict

    assert document_from_dict(document_to_dict(citations[0])) == citations[0]


def test_reference_list_becomes_the_bibliography(citations: list[Document]) -> None:
    (entry,) = citations[0].bibliography
    assert entry.doi == "10.5555/exokg.ref.1" and entry.pmid == "90000101" and entry.year == 2020
    assert entry.first_author == "Li"


def test_xml_entities_are_never_expanded() -> None:
    (doc,) = read_documents(FIXTURES / "xxe.xml")
    assert isinstance(doc, Document)
    assert "root:" not in doc.text and "lol" not in doc.text
    assert doc.text.startswith("Entities")


def test_a_record_without_text_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    xml = (FIXTURES / "pubmed_two.xml").read_text(encoding="utf-8")
    broken = xml.replace("<ArticleTitle>Umbilical cord MSC exosomes and axon regeneration.</ArticleTitle>", "")
    broken = re.sub(r"<AbstractText>Exosomes from umbilical.*?</AbstractText>", "<AbstractText/>", broken, flags=re.S)
    path = tmp_path / "partial.xml"
    path.write_text(broken, encoding="utf-8")
    items = read_documents(path)
    assert isinstance(items[0], Document)
    assert isinstance(items[1], InputError) and "90000002" in str(items[1]) and "neither title nor abstract" in str(
        items[1])


def test_manifest_metadata_wins_and_one_id_cannot_name_two_records(tmp_path: Path) -> None:
    xml = (FIXTURES / "pubmed_two.xml").read_text(encoding="utf-8")
    start = xml.index("<PubmedArticle>", xml.index("</PubmedArticle>"))
    single = tmp_path / "one.xml"
    single.write_text("<PubmedArticleSet>" + xml[start:], encoding="utf-8")
    doc = read_document(single, "okafor2021", licence="CC BY 4.0", journal="Synth Regen Rep")
    assert (doc.id, doc.licence, doc.journal, doc.pmid) == ("okafor2021", "CC BY 4.0", "Synth Regen Rep", "90000002")
    with pytest.raises(InputError, match="cannot name them all"):
        read_documents(FIXTURES / "pubmed_two.xml", "my-id")
    with pytest.raises(InputError, match="holds 2"):
        read_document(FIXTURES / "pubmed_two.xml")
