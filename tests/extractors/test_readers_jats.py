"""JATS / PMC full-text reader: sections, paragraphs, reference list, citation marks with offsets.

Expected values come from the hand-made fixture ``tests/fixtures/ingest/pmc_article.nxml``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.readers import read_document
from extractors.readers._xml import parse_xml
from extractors.readers.jats import documents_from_tree
from kg.assemble import StudyIndex
from kg.model import Document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


@pytest.fixture(scope="module")
def article() -> Document:
    return read_document(FIXTURES / "pmc_article.nxml")


def test_front_matter(article: Document) -> None:
    assert article.id == "pmid:90000001"
    assert article.pmid == "90000001" and article.doi == "10.5555/exokg.test.1"
    assert article.title == ("Bone marrow mesenchymal stem cell exosomes carrying miR-124 reduce TNF-α after "
                             "spinal cord injury in rats")  # footnote marker dropped
    assert article.authors == ("Zhang W", "Müller AL")  # the editor is not an author
    assert article.journal == "Journal of Synthetic Neurotrauma"
    assert article.year == 2023
    assert article.licence == "CC BY 4.0"


def test_sections_with_titles_and_levels(article: Document) -> None:
    got = [(s.title, s.level) for s in article.sections]
    assert got == [("Title", 1), ("Abstract", 1), ("Background", 2), ("Results", 2), ("1 Introduction", 1),
                   ("2 Results", 1), ("Exosomes reduce inflammation", 2), ("Discussion", 1)]
    for s in article.sections:
        if s.title != "Title":
            assert article.text[s.start:s.end].startswith(s.title)
    closing = article.text.index("A closing paragraph")
    assert article.section_at(closing) == "2 Results"  # after the nested section ended
    assert article.section_at(article.text.index("BMSC-Exo reduced TNF-α")) == "Exosomes reduce inflammation"


def test_what_is_left_out(article: Document) -> None:
    for absent in ("Graphical abstract", "cell value that must not be read", "We thank the funders",
                   "Int J Nanomedicine"):
        assert absent not in article.text


def test_paragraphs_and_captions(article: Document) -> None:
    paragraphs = [article.text[p.start:p.end] for p in article.paragraphs]
    assert "Figure 1. Exosomes lower TNF-α. Levels of TNF-α in the injured cord." in paragraphs
    assert "Table 1. Baseline characteristics." in paragraphs
    # the figure nested inside a paragraph comes after it, and the paragraph reads on around it
    assert "BMSC-Exo reduced TNF-α (Figure 1) with p<0.05. The BBB score rose." in paragraphs
    # a non-breaking-space entity from the (unloaded) DTD became a space
    assert "microRNAs [1–3]. Macrophage polarization" in article.text


def test_reference_list(article: Document) -> None:
    by_key = {b.key: b for b in article.bibliography}
    assert list(by_key) == ["B1", "B2", "B3", "B4"]
    assert by_key["B1"].doi == "10.5555/exokg.ref.1" and by_key["B1"].pmid == "90000101"
    assert by_key["B1"].year == 2020 and by_key["B1"].first_author == "Li"
    assert by_key["B2"].doi == "10.5555/exokg.ref.2" and by_key["B2"].year == 2024  # DOI found in mixed text
    assert by_key["B3"].pmid == "90000103"
    assert by_key["B4"].first_author == "Huang" and by_key["B4"].year == 2017


def test_citation_marks_cover_the_citation_text(article: Document) -> None:
    marks = {(article.text[c.start:c.end], c.keys) for c in article.citations}
    assert ("1–3", ("B1", "B2", "B3")) in marks  # a range cites everything in between
    assert ("Huang et al., 2017", ("B4",)) in marks


def test_superscript_citations_leave_a_point_mark_and_no_digits(article: Document) -> None:
    assert "suppresses PTEN in neurons" in article.text
    pos = article.text.index("PTEN") + len("PTEN")
    (mark,) = [c for c in article.citations if c.start == pos]
    assert mark.start == mark.end and mark.keys == ("B2", "B4")
    end = article.text.index("earlier reports") + len("earlier reports")
    (late,) = [c for c in article.citations if c.start == end]
    assert late.keys == ("B1", "B2", "B3")  # "1-3" in superscript


def test_citations_resolve_to_studies(article: Document) -> None:
    start = article.text.index("Exosomal miR-21")
    end = article.text.index("in neurons.") + len("in neurons.")
    cited = article.citations_in(start, end)
    index = StudyIndex([])  # B4 (Huang 2017) has no DOI: it is known by author and year, not by its key
    assert {index.study_id(c, article.id) for c in cited} == {"doi:10.5555/exokg.ref.2", "cite:huang:2017"}


def test_article_set_and_minimal_article() -> None:
    xml = b"""<pmc-articleset><article><front><article-meta><title-group><article-title>Only a
    title</article-title></title-group></article-meta></front></article><article><front/></article></pmc-articleset>"""
    items = documents_from_tree(parse_xml(xml, "set.xml"), "set.xml")
    assert isinstance(items[0], Document) and items[0].text == "Only a title\n"
    assert items[0].id.startswith("sha256:")  # no PMID, no DOI: a content hash
    assert not isinstance(items[1], Document) and "no title, abstract or body" in str(items[1])
