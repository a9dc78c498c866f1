"""Bad input: every unreadable file gets one clear InputError that names it and the problem."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from extractors.readers import read_document, read_documents
from kg.errors import InputError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def _copy(name: str, tmp_path: Path, as_name: str) -> Path:
    target = tmp_path / as_name
    shutil.copy(FIXTURES / name, target)
    return target


@pytest.mark.parametrize(
    ("fixture", "as_name", "message"),
    [
        ("empty.txt", "empty.txt", "the file is empty"),
        ("empty.txt", "empty.xml", "the file is empty"),
        ("blank.md", "blank.md", "the document is empty"),
        ("binary.bin", "binary.bin", "no reader for files ending in '.bin'"),
        ("binary.bin", "binary", "looks like a binary file"),
        ("binary.bin", "binary.txt", "looks like a binary file"),
        ("binary.bin", "binary.json", "looks like a binary file"),
        ("binary.bin", "binary.xml", "not well-formed XML|not valid text"),
        ("binary.bin", "binary.pdf", "not a PDF"),
        ("latin1.txt", "latin1.txt", r"not UTF-8 text \(bad byte at offset 67\)"),
        ("latin1.txt", "latin1.md", "not UTF-8"),
        ("truncated.xml", "truncated.xml", r"truncated XML \(ends at line 6"),
        ("unknown_root.xml", "page.xml", "root <html> is not a format exokg reads"),
    ],
)
def test_bad_files_give_clear_errors(tmp_path: Path, fixture: str, as_name: str, message: str) -> None:
    path = _copy(fixture, tmp_path, as_name)
    with pytest.raises(InputError, match=message) as info:
        read_documents(path)
    assert str(path.name) in str(info.value)


def test_non_utf8_xml_without_a_declaration(tmp_path: Path) -> None:
    path = tmp_path / "latin.xml"
    path.write_bytes(b"<PubmedArticleSet><PubmedArticle><MedlineCitation><Article><ArticleTitle>caf\xe9"
                     b"</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>")
    with pytest.raises(InputError, match="declared encoding"):
        read_documents(path)
    declared = tmp_path / "declared.xml"
    declared.write_bytes(b'<?xml version="1.0" encoding="ISO-8859-1"?>' + path.read_bytes())
    (doc,) = read_documents(declared)
    assert not isinstance(doc, InputError) and doc.title == "café"


def test_size_limit_is_checked_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.xml"
    with big.open("wb") as fh:  # a sparse 50 MB file: nothing is written to disk
        fh.truncate(50_000_000)
    with pytest.raises(InputError, match=r"big\.xml: 50\.0 MB is over the 25 MB file size limit.*--max-file-mb"):
        read_documents(big)
    small = FIXTURES / "pubmed_two.xml"
    with pytest.raises(InputError, match=r"over the 0\.001 MB"):
        read_documents(small, max_bytes=1000)
    monkeypatch.setenv("EXOKG_MAX_FILE_MB", "0.002")
    with pytest.raises(InputError, match=r"over the 0\.002 MB"):
        read_documents(small)
    monkeypatch.setenv("EXOKG_MAX_FILE_MB", "lots")
    with pytest.raises(InputError, match="EXOKG_MAX_FILE_MB='lots' is not a number"):
        read_documents(small)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_documents(tmp_path / "gone.xml")
    with pytest.raises(InputError, match="not a regular file"):
        read_documents(tmp_path)


def test_files_without_a_suffix_are_sniffed(tmp_path: Path) -> None:
    pubmed = _copy("pubmed_two.xml", tmp_path, "export")
    assert [d.id for d in read_documents(pubmed)] == ["pmid:90000001", "pmid:90000002"]  # type: ignore[union-attr]
    bioc = _copy("pubtator.json", tmp_path, "pubtator")
    assert len(read_documents(bioc)) == 2
    note = tmp_path / "note"
    note.write_text("# Note\n\nExosomes reduce apoptosis.\n", encoding="utf-8")
    assert read_document(note).title == "Note"


def test_manifest_format_overrides_the_suffix(tmp_path: Path) -> None:
    odd = _copy("pmc_article.nxml", tmp_path, "article.txt")
    doc = read_document(odd, format="jats")
    assert doc.pmid == "90000001"
    with pytest.raises(InputError, match="unknown format 'docx'"):
        read_document(odd, format="docx")
