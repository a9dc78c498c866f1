"""Reading a batch of files: bad files skipped with reasons, duplicates merged, updates."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from extractors.corpus import CorpusEntry, corpus_entries, entries_for, merge_documents, read_batch
from kg.cache import document_key
from kg.model import Document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


class MemoryStore:
    """A document store in a dict (the build uses kg.cache.ResultCache)."""

    def __init__(self) -> None:
        self.documents: dict[str, Document] = {}

    def put_document(self, document: Document) -> str:
        key = document_key(document)
        self.documents[key] = document
        return key

    def get_document(self, key: str) -> Document:
        return self.documents[key]


def _entries(*names: str) -> list[CorpusEntry]:
    return [CorpusEntry(FIXTURES / n, None, {}) for n in names]


def test_bad_files_are_skipped_with_their_reason_and_the_rest_is_read() -> None:
    store = MemoryStore()
    batch = read_batch(_entries("truncated.xml", "pubtator.json", "latin1.txt", "binary.bin", "empty.txt"), store)
    assert [r.id for r in batch.documents] == ["pmid:90000004", "pmid:90000005"]
    reasons = dict(batch.skipped)
    assert set(reasons) == {str(FIXTURES / n) for n in ("truncated.xml", "latin1.txt", "binary.bin", "empty.txt")}
    assert reasons[str(FIXTURES / "truncated.xml")].startswith("truncated XML")
    assert reasons[str(FIXTURES / "empty.txt")] == "the file is empty"
    assert batch.added == ["pmid:90000004", "pmid:90000005"]


def test_pubmed_abstract_and_pmc_full_text_become_one_document() -> None:
    store = MemoryStore()
    batch = read_batch(_entries("pubmed_two.xml", "pmc_article.nxml"), store)
    assert [r.id for r in batch.documents] == ["pmid:90000001", "pmid:90000002"]
    paper = batch.documents[0]
    assert paper.sources == ("pmc_article.nxml", "pubmed_two.xml")  # the kept copy first
    assert batch.merged == [("pmid:90000001", "pubmed_two.xml")]
    merged = store.get_document(paper.key)
    full_text = store.get_document(paper.copies[0].key)
    assert merged.text == full_text.text and "1 Introduction" in merged.text  # the richer copy
    assert merged.species == "rat"  # filled in from the PubMed record's MeSH
    assert merged.licence == "CC BY 4.0"


def test_the_same_paper_from_xml_medline_and_ris_exports_is_one_document() -> None:
    entries = [CorpusEntry(FIXTURES / n, None, {}) for n in ("pubmed_two.xml", "pubmed_two.nbib", "search_export.ris")]
    store = MemoryStore()
    batch = read_batch(entries, store)
    assert [r.id for r in batch.documents] == ["doi:10.5555/exokg.test.6", "pmid:90000001", "pmid:90000002"]
    two = next(r for r in batch.documents if r.id == "pmid:90000002")
    assert set(two.sources) == {"pubmed_two.xml", "pubmed_two.nbib", "search_export.ris"}
    reasons = [why for _, why in batch.skipped]
    assert any("MEDLINE record 90000003" in why for why in reasons)
    assert any("RIS record 3" in why for why in reasons)
    one = store.get_document(next(r for r in batch.documents if r.id == "pmid:90000001").key)
    assert len(one.bibliography) == 1 and one.bibliography[0].pmid == "90000101"  # kept from the XML copy


def test_same_doi_from_a_differently_named_copy_is_merged(tmp_path: Path) -> None:
    a = tmp_path / "a.md"
    b = tmp_path / "b.md"
    a.write_text("# Short\n\nExosomes help.\n", encoding="utf-8")
    b.write_text("# Longer\n\nExosomes help a lot in rats after injury.\n", encoding="utf-8")
    entries = [CorpusEntry(a, "a", {"doi": "10.5555/X.1"}), CorpusEntry(b, "b", {"doi": "10.5555/x.1"})]
    batch = read_batch(entries, MemoryStore())
    (paper,) = batch.documents
    assert paper.id == "b" and paper.sources == ("b.md", "a.md")


def test_identical_text_under_two_names_is_one_document(tmp_path: Path) -> None:
    for name in ("one.md", "two.md"):
        (tmp_path / name).write_text("# Same\n\nExosomes reduce apoptosis.\n", encoding="utf-8")
    batch = read_batch(entries_for([tmp_path]), MemoryStore())
    assert len(batch.documents) == 1 and batch.documents[0].sources == ("one.md", "two.md")


def test_two_papers_claiming_one_id_keep_the_first(tmp_path: Path) -> None:
    (tmp_path / "x.md").write_text("# X\n\nExosomes reduce apoptosis.\n", encoding="utf-8")
    (tmp_path / "y.md").write_text("# Y\n\nExosomes increase VEGF.\n", encoding="utf-8")
    (tmp_path / "manifest.json").write_text(json.dumps({"documents": [
        {"file": "x.md", "id": "paper"}, {"file": "y.md", "id": "paper"}]}), encoding="utf-8")
    batch = read_batch(corpus_entries(tmp_path), MemoryStore())
    assert [r.sources for r in batch.documents] == [("x.md",)]
    assert batch.skipped == [(str(tmp_path / "y.md"), "document id 'paper' is already used by x.md")]


def test_existing_documents_updates_and_repeats(tmp_path: Path) -> None:
    store = MemoryStore()
    paper = tmp_path / "paper.md"
    paper.write_text("# Paper\n\nExosomes reduce apoptosis.\n", encoding="utf-8")
    first = read_batch(entries_for([paper]), store)
    assert first.added == ["paper"]
    again = read_batch(entries_for([paper]), store, existing=first.documents)
    assert again.unchanged == ["paper"] and not again.added and again.documents == first.documents
    paper.write_text("# Paper\n\nExosomes reduce apoptosis and TNF-α.\n", encoding="utf-8")
    changed = read_batch(entries_for([paper]), store, existing=first.documents)
    assert changed.updated == ["paper"] and len(changed.documents) == 1
    assert "TNF-α" in store.get_document(changed.documents[0].key).text


def test_adding_the_richer_copy_later_updates_the_paper() -> None:
    store = MemoryStore()
    built = read_batch(_entries("pubmed_two.xml"), store)
    later = read_batch(_entries("pmc_article.nxml"), store, existing=built.documents)
    assert later.updated == ["pmid:90000001"] and not later.added
    assert later.documents[0].sources == ("pmc_article.nxml", "pubmed_two.xml")
    once_more = read_batch(_entries("pmc_article.nxml"), store, existing=later.documents)
    assert once_more.unchanged == ["pmid:90000001"] and once_more.documents == later.documents


def test_merge_documents_prefers_the_longer_text() -> None:
    short = Document("a", "Short.\n", title="T", year=2020)
    long = Document("b", "A much longer text.\n", journal="J")
    merged, best = merge_documents([short, long])
    assert best == 1 and merged.id == "b" and merged.title == "T" and merged.year == 2020 and merged.journal == "J"


def test_corpus_folder_lists_every_readable_format(tmp_path: Path) -> None:
    for name in ("pubmed_two.xml", "pmc_article.nxml", "pubtator.json", "binary.bin"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    names = [e.path.name for e in corpus_entries(tmp_path)]
    assert names == ["pmc_article.nxml", "pubmed_two.xml", "pubtator.json"]


@pytest.mark.parametrize("fmt", ["jats", "JATS"])
def test_manifest_format_is_used(tmp_path: Path, fmt: str) -> None:
    shutil.copy(FIXTURES / "pmc_article.nxml", tmp_path / "article.txt")
    (tmp_path / "manifest.json").write_text(json.dumps({"documents": [
        {"file": "article.txt", "format": fmt}]}), encoding="utf-8")
    batch = read_batch(corpus_entries(tmp_path), MemoryStore())
    assert [r.id for r in batch.documents] == ["pmid:90000001"]
