"""PDF reader: text layer, reflow (hyphenation, running heads, paragraphs), references, and
the refusal of PDFs without a text layer. The PDFs are written by the test with pypdf."""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

import pytest
from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

from extractors.readers import read_document
from extractors.readers.pdf import join_hyphenated, reflow
from kg.errors import InputError


def make_pdf(pages: list[list[str]], title: str | None = None, draw_only: bool = False) -> bytes:
    """A PDF with one Helvetica text line per entry (or, with ``draw_only``, only a drawn box)."""
    writer = PdfWriter()
    for lines in pages:
        page = writer.add_blank_page(width=612, height=792)
        font = DictionaryObject({
            NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"), NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        })
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
        if draw_only:
            ops = ["0.5 g", "72 72 468 648 re f"]  # a grey rectangle: what a scanned page looks like to pypdf
        else:
            ops = ["BT", "/F1 10 Tf", "14 TL", "72 740 Td"]
            for line in lines:
                escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                ops.append(f"({escaped}) Tj T*")
            ops.append("ET")
        stream = DecodedStreamObject()
        stream.set_data("\n".join(ops).encode("cp1252"))
        page.replace_contents(stream)
    if title:
        writer.add_metadata({"/Title": title})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


PAGES = [
    ["Journal of Synthetic Neurotrauma 2023", "Exosomes and spinal cord repair", "doi: 10.5555/exokg.pdf.1",
     "Abstract", "Bone marrow MSC exosomes promoted axonal regenera-", "tion after injury (Smith et al., 2019).",
     "The anti-inflammatory effect was strong.", "1"],
    ["Journal of Synthetic Neurotrauma 2023", "1. Introduction", "Exosomes exert an anti-",
     "inflammatory effect and BMSC-", "derived vesicles carry miR-124 to", "microglia in the injured cord.", "2"],
    ["Journal of Synthetic Neurotrauma 2023", "References", "1. Smith J, Doe A. A study of exosome",
     "regeneration. J Test. 2019;1:2. doi:10.5555/exokg.ref.9", "2. Other B. Another study. 2020.", "3"],
]


@pytest.fixture(scope="module")
def paper(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("pdf") / "paper.pdf"
    path.write_bytes(make_pdf(PAGES, title="Exosomes and spinal cord repair: a test paper"))
    return read_document(path)


def test_id_and_metadata_from_the_pdf(paper) -> None:
    assert paper.doi == "10.5555/exokg.pdf.1"
    assert paper.id == "doi:10.5555/exokg.pdf.1"
    assert paper.title == "Exosomes and spinal cord repair: a test paper"
    assert paper.source == "paper.pdf"


def test_hyphenation_is_reflowed(paper) -> None:
    assert "promoted axonal regeneration after injury" in paper.text
    # the paper writes "anti-inflammatory" elsewhere, so the line-end hyphen is kept
    assert "exert an anti-inflammatory effect" in paper.text
    # a hyphen after a capitalised stem belongs to the word
    assert "BMSC-derived vesicles carry miR-124 to microglia" in paper.text


def test_running_heads_and_page_numbers_are_removed(paper) -> None:
    assert "Journal of Synthetic Neurotrauma 2023" not in paper.text
    assert "\n1\n" not in paper.text and "\n3\n" not in paper.text


def test_sections_references_and_citations(paper) -> None:
    titles = [s.title for s in paper.sections]
    assert titles == ["Abstract", "1 Introduction", "References"]
    assert paper.section_at(paper.text.index("microglia")) == "1 Introduction"
    by_key = {b.key: b for b in paper.bibliography}
    assert by_key["1"].doi == "10.5555/exokg.ref.9" and by_key["1"].year == 2019
    assert "A study of exosome regeneration" in by_key["1"].text  # the entry's two lines are joined
    assert by_key["2"].year == 2020
    sentence = paper.text.index("Bone marrow MSC")
    cited = paper.citations_in(sentence, paper.text.index("The anti-inflammatory"))
    assert [c.key for c in cited] == ["Smith et al., 2019"]


def test_pdf_without_a_text_layer_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([[], []], draw_only=True))
    with pytest.raises(InputError, match=r"no text layer \(scanned PDF\?\)"):
        read_document(path)


def test_broken_pdfs_are_clear_errors(tmp_path: Path) -> None:
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(b"<html>not a pdf</html>")
    with pytest.raises(InputError, match="not a PDF"):
        read_document(fake)
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(make_pdf(PAGES)[:300])
    with pytest.raises(InputError, match=r"cut\.pdf: damaged or unreadable PDF"):
        read_document(cut)


def test_join_hyphenated_rules() -> None:
    vocabulary: Counter[str] = Counter({"anti-apoptotic": 2})
    assert join_hyphenated("the regenera-", "tion of", Counter()) == "the regeneration of"
    assert join_hyphenated("an anti-", "apoptotic role", vocabulary) == "an anti-apoptotic role"
    assert join_hyphenated("an anti-", "body", Counter()) == "an antibody"
    assert join_hyphenated("IL-", "10 levels", Counter()) == "IL-10 levels"
    assert join_hyphenated("the self-", "renewal", Counter()) == "the self-renewal"


def test_reflow_closes_paragraphs_on_short_lines_and_fixes_ligatures() -> None:
    long = "x" * 70
    text = reflow([f"{long}\nThe ﬁrst paragraph ends here.\n{long}\nsecond one."])
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    assert paragraphs[0].endswith("The first paragraph ends here.")
    assert len(paragraphs) == 2
