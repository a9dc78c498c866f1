"""MEDLINE text and RIS readers: citation exports as review teams download them.

The MEDLINE fixture holds the same two citations as ``pubmed_two.xml``, written as PubMed's
"Format: PubMed" export writes them; the independent reference for the MEDLINE reader is the
XML reader on that file. The RIS fixture is an Embase-style and a MEDLINE-style record.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.readers import read_documents
from extractors.readers._common import labelled_parts
from extractors.readers.medline import mesh_heading
from extractors.readers.ris import author_name
from kg.errors import InputError
from kg.model import Document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def _read(path: Path) -> tuple[list[Document], list[InputError]]:
    items = read_documents(path)
    return [d for d in items if isinstance(d, Document)], [e for e in items if isinstance(e, InputError)]


def test_a_medline_export_reads_as_the_xml_export_of_the_same_citations() -> None:
    medline, (error,) = _read(FIXTURES / "pubmed_two.nbib")
    xml, _ = _read(FIXTURES / "pubmed_two.xml")
    assert [d.id for d in medline] == [d.id for d in xml] == ["pmid:90000001", "pmid:90000002"]
    for m, x in zip(medline, xml, strict=True):
        for name in ("title", "authors", "journal", "year", "doi", "pmid", "species", "keywords"):
            assert getattr(m, name) == getattr(x, name), (m.id, name)
        # MEDLINE writes a superscript in parentheses; it carries no reference list
        assert m.text.replace("Ca(2+)", "Ca2+") == x.text
        for spans in ("sections", "paragraphs"):
            assert [m.text[s.start:s.end].replace("Ca(2+)", "Ca2+") for s in getattr(m, spans)] == \
                [x.text[s.start:s.end] for s in getattr(x, spans)]
        assert [(s.title, s.level) for s in m.sections] == [(s.title, s.level) for s in x.sections]
        assert m.source == "pubmed_two.nbib" and m.bibliography == ()
    assert str(error) == "pubmed_two.nbib: MEDLINE record 90000003 has neither title nor abstract"


def test_mesh_headings_are_spelled_as_the_xml_reader_spells_them() -> None:
    assert mesh_heading("*Spinal Cord Injuries/*therapy") == ["Spinal Cord Injuries/therapy*"]
    assert mesh_heading("Mesenchymal Stem Cells/cytology/*metabolism") == [
        "Mesenchymal Stem Cells/cytology", "Mesenchymal Stem Cells/metabolism*"]
    assert mesh_heading("*Exosomes") == ["Exosomes*"]


def test_a_pubmed_export_saved_as_txt_or_without_a_suffix_is_many_citations(tmp_path: Path) -> None:
    for name in ("pubmed-exosomes-set.txt", "export"):
        shutil.copy(FIXTURES / "pubmed_two.nbib", tmp_path / name)
        docs, errors = _read(tmp_path / name)
        assert [d.id for d in docs] == ["pmid:90000001", "pmid:90000002"] and len(errors) == 1
    ris = tmp_path / "embase.txt"
    shutil.copy(FIXTURES / "search_export.ris", ris)
    assert len(_read(ris)[0]) == 2
    # a paper whose text merely mentions PMIDs is still one paper
    paper = tmp_path / "paper.txt"
    paper.write_text("PMID lookup of exosome studies\n\nPMID- 123 was cited. Exosomes reduce apoptosis.\n",
                     encoding="utf-8")
    (doc,) = read_documents(paper)
    assert isinstance(doc, Document) and doc.id == "paper"


def test_ris_records_keep_their_facts_and_the_pubmed_id_where_given() -> None:
    (embase, medline), (error,) = _read(FIXTURES / "search_export.ris")
    assert embase.id == "doi:10.5555/exokg.test.6" and embase.pmid is None  # an Embase accession is no PMID
    assert embase.title.startswith("Human umbilical cord MSC-derived exosomes carrying miR-146a-5p suppress TRAF6")
    assert embase.title.endswith("NF-κB after spinal cord injury")  # the continuation line is joined
    assert embase.authors == ("Zhang W", "Müller AL", "Exokg Test Consortium")
    assert (embase.journal, embase.year, embase.doi) == ("Synthetic Spine Journal", 2022, "10.5555/exokg.test.6")
    assert embase.keywords == ("exosomes", "spinal cord injury")
    assert [s.title for s in embase.sections] == ["Title", "Abstract", "Objective", "Methods", "Results", "Conclusion"]
    results = next(s for s in embase.sections if s.title == "Results")
    assert embase.text[results.start:results.end].strip() == \
        "Results\nhucMSC-Exos decreased TNF-α. miR-146a-5p directly targeted TRAF6."
    assert medline.id == "pmid:90000002" and medline.authors == ("Okafor C",)
    assert str(error) == "search_export.ris: RIS record 3 (TY CONF) has neither title nor abstract"


def test_author_names_are_written_as_pubmed_writes_them() -> None:
    assert author_name("Zhang, Wei") == "Zhang W"
    assert author_name("Müller, Anna-Lena") == "Müller AL"
    assert author_name("van der Berg, J. P.") == "van der Berg JP"
    assert author_name("Smith, John, Jr.") == "Smith J"
    assert author_name("Zhang W") == "Zhang W" and author_name("Exokg Test Consortium") == "Exokg Test Consortium"
    assert author_name("Zhang W.") == "Zhang W" and author_name("Li W.-L.") == "Li WL"  # Scopus
    assert author_name("St. George") == "St. George"


def test_structured_abstract_labels_split_only_at_the_start_of_parts() -> None:
    assert labelled_parts("BACKGROUND: A. MATERIALS AND METHODS: B (n = 8). RESULTS: C.") == [
        ("BACKGROUND", "A."), ("MATERIALS AND METHODS", "B (n = 8)."), ("RESULTS", "C.")]
    plain = "Exosomes reduced TNF-α. The AIMS: none stated here."
    assert labelled_parts(plain) == [("", plain)]
    assert labelled_parts("  ") == []


def test_bad_exports_are_named(tmp_path: Path) -> None:
    latin1 = tmp_path / "endnote.ris"
    latin1.write_bytes("TY  - JOUR\nTI  - Exosomes in r\xe4ts\nER  - \n".encode("latin-1"))
    with pytest.raises(InputError, match=r"endnote.ris: not UTF-8 text \(bad byte at offset 30\)"):
        read_documents(latin1)
    binary = tmp_path / "export.ris"
    binary.write_bytes((FIXTURES / "binary.bin").read_bytes())
    with pytest.raises(InputError, match=r"export.ris: looks like a binary file"):
        read_documents(binary)
    nothing = tmp_path / "empty_search.nbib"
    nothing.write_text("Search: exosome AND spinal cord injury\nNo items found.\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"empty_search.nbib: no MEDLINE records"):
        read_documents(nothing)


_TAGS = st.sampled_from(["PMID- ", "TI  - ", "AB  - ", "AU  - ", "DP  - ", "MH  - ", "LID - ", "TY  - ", "T1  - ",
                         "KW  - ", "DO  - ", "PY  - ", "ER  - ", "      ", ""])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(st.tuples(_TAGS, st.text(max_size=40)), max_size=12), suffix=st.sampled_from([".nbib", ".ris",
                                                                                                     ".txt"]))
def test_any_tagged_text_reads_to_papers_or_clear_errors(tmp_path: Path, lines, suffix: str) -> None:
    path = tmp_path / f"export{suffix}"
    path.write_text("\n".join(tag + text for tag, text in lines), encoding="utf-8")
    try:
        items = read_documents(path)
    except InputError as exc:
        assert path.name in str(exc)
        return
    for item in items:
        assert isinstance(item, Document | InputError)
        if isinstance(item, InputError):
            assert path.name in str(item)
        else:
            assert item.text.strip() and item.id
