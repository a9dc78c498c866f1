"""Plain text / Markdown reader: clean text, offsets, sections, references, citations."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.corpus import corpus_entries, read_corpus
from extractors.readers import read_document
from extractors.readers.text import find_author_year_citations, parse_text, read_text
from kg.errors import InputError

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"

MARKDOWN = """# A review of exosomes

**Abstract:** Exosomes help. They carry *miRNAs*.

## Mechanisms

Exosomes inhibit the NF- $\\kappa$ B pathway and the Wnt/ $\\beta$ -catenin axis.<sup>2,4–6</sup> IL-1 $\\beta$ , fell.

## References

- Smith A, Jones B. Exosomes in SCI. *J Neuro.* 2020;1(2):3–4. doi:10.1000/xyz.123
- Doe J. Another study. *Cell.* 2019;5:1. doi:10.1000/abc\\_9
7. Roe R. Seventh. *Nature.* 2021;3:2. PMID: 12345678

Publisher boilerplate that is not a reference.
"""


@pytest.fixture(scope="module")
def doc():
    return parse_text(MARKDOWN, "md1", title="")


def test_latex_greek_and_emphasis_are_cleaned(doc) -> None:
    assert "NF-κB pathway" in doc.text
    assert "Wnt/β-catenin axis" in doc.text
    assert "IL-1β, fell" in doc.text
    assert "*" not in doc.text and "$" not in doc.text and "<sup>" not in doc.text
    assert "They carry miRNAs." in doc.text


def test_sections_have_offsets_into_clean_text(doc) -> None:
    titles = [s.title for s in doc.sections]
    assert titles[:1] == ["Abstract"] and "Mechanisms" in titles and "References" in titles
    mech = next(s for s in doc.sections if s.title == "Mechanisms")
    assert doc.text[mech.start:mech.start + len("Mechanisms")] == "Mechanisms"
    offset = doc.text.index("Exosomes inhibit")
    assert doc.section_at(offset) == "Mechanisms"
    assert doc.title == "A review of exosomes"


def test_paragraph_offsets_are_exact(doc) -> None:
    for p in doc.paragraphs:
        assert doc.text[p.start:p.end].strip() == doc.text[p.start:p.end]
    texts = [doc.text[p.start:p.end] for p in doc.paragraphs]
    assert any(t.startswith("Exosomes inhibit the NF-κB") for t in texts)


def test_numbered_reference_list_with_bullets_and_numbers(doc) -> None:
    keys = [b.key for b in doc.bibliography]
    assert keys == ["1", "2", "7"]
    first, second, seventh = doc.bibliography
    assert first.doi == "10.1000/xyz.123" and first.year == 2020 and first.first_author == "Smith"
    assert second.doi == "10.1000/abc_9"
    assert seventh.pmid == "12345678" and seventh.doi is None


def test_sup_citation_marks_expand_ranges_and_resolve(doc) -> None:
    sentence_start = doc.text.index("Exosomes inhibit")
    sentence_end = doc.text.index("axis.") + len("axis.")
    cited = doc.citations_in(sentence_start, sentence_end)
    assert [c.key for c in cited] == ["2", "4", "5", "6"]
    assert cited[0].doi == "10.1000/abc_9"
    assert cited[1].doi is None  # key without an entry stays a bare citation


def test_author_year_citations() -> None:
    text = ("injury (Aslan et al., 2009; Haque et al., 2017). Li et al. (2019) found it "
            "(Jia et al., 2021a,b; Phinney and Pittenger, 2017; Li D. et al., 2018).")
    marks = find_author_year_citations(text)
    keys = [k for m in marks for k in m.keys]
    assert keys == ["Aslan et al., 2009", "Haque et al., 2017", "Li et al., 2019", "Jia et al., 2021a",
                    "Jia et al., 2021b", "Phinney and Pittenger, 2017", "Li D. et al., 2018"]
    narrative = next(m for m in marks if m.keys == ("Li et al., 2019",))
    assert text[narrative.start:narrative.end] == "Li et al. (2019)"


def test_bundled_review_references_and_citations() -> None:
    doc = read_document(CORPUS / "li2025_msc_exo_review.txt", doc_id="li2025")
    assert len(doc.bibliography) == 162
    ref99 = doc.bib_entry("99")
    assert ref99 is not None and ref99.doi == "10.1038/s41420-021-00572-3" and ref99.year == 2021
    assert doc.bib_entry("104").doi == "10.26355/eurrev_201908_18625"
    i = doc.text.index("Exosomes derived from BM-MSCs carrying the MiR-124-3p target")
    end = doc.text.index(".", doc.text.index("mitigates SCIRI-induced", i)) + 1
    assert [c.key for c in doc.citations_in(i, end)] == ["107"]
    assert "NF-κB" in doc.text and "$" not in doc.text
    assert doc.section_at(i) == "Bone Marrow Mesenchymal Stem Cells (BM-MSCs)"


def test_bundled_meta_analysis_sections_and_author_year_keys() -> None:
    doc = read_document(CORPUS / "ye2024_bmsc_exo_meta.txt", doc_id="ye2024")
    titles = [s.title for s in doc.sections]
    assert titles[0] == "Abstract"
    assert "3.4.1 BBB scores" in titles and "4 Discussion" in titles
    i = doc.text.index("BMSCs-Exo also mitigates the inflammatory response")
    assert doc.section_at(i) == "4 Discussion"
    keys = {b.key for b in doc.bibliography}
    assert {"Fan et al., 2021", "Jia et al., 2021a", "Jia et al., 2021b", "Li et al., 2019"} <= keys
    j = doc.text.index("TRAF6, thereby suppressing the release of NF-κB")
    assert [c.key for c in doc.citations_in(i, j + 80)] == ["Fan et al., 2021"]


def test_manifest_corpus_reads_both_papers_with_metadata() -> None:
    entries = corpus_entries(CORPUS)
    assert [e.doc_id for e in entries] == ["ye2024", "li2025"]
    docs = list(read_corpus(CORPUS))
    assert docs[0].doi == "10.3389/fnmol.2024.1448777" and docs[0].year == 2024
    assert docs[1].journal == "International Journal of Nanomedicine"


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"   \n\n", "empty"), (b"\x00\x01\x02binary", "binary"), (b"caf\xe9 latte", "not UTF-8")],
)
def test_bad_files_give_clear_errors(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_text(path)


def test_missing_corpus_and_unknown_suffix(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        corpus_entries(tmp_path / "nope")
    odd = tmp_path / "paper.docx"
    odd.write_text("x")
    with pytest.raises(InputError, match="no reader"):
        read_document(odd)
    with pytest.raises(InputError, match=r"no manifest\.json and no readable files"):
        corpus_entries(tmp_path)


def test_manifest_keywords_reach_the_document() -> None:
    doc = parse_text("# T\n\nExosomes.\n", "k1", keywords=["Exosomes", "Spinal Cord Injuries"])
    assert doc.keywords == ("Exosomes", "Spinal Cord Injuries")
