"""bench/gen_synthetic_corpus.py: the same abstracts written in every format read to the same papers.

The PubMed XML, MEDLINE text and RIS readers are independent of each other; the synthetic
abstracts written through each must come back with the same text, sections and facts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.readers import read_documents
from kg.model import Document


@pytest.fixture(scope="module")
def generator(bench_script):
    return bench_script("gen_synthetic_corpus")


def _papers(folder: Path) -> list[Document]:
    items = [d for path in sorted(folder.iterdir()) for d in read_documents(path)]
    assert all(isinstance(d, Document) for d in items), items
    return items  # type: ignore[return-value]


def test_every_format_reads_to_the_same_papers(generator, tmp_path: Path) -> None:
    read = {}
    for fmt in generator.FORMATS:
        counts = generator.write_corpus(tmp_path / fmt, 7, fmt, per_file=3)
        assert counts["documents"] == 7
        read[fmt] = _papers(tmp_path / fmt)
    xml, medline, ris = read["pubmed"], read["medline"], read["ris"]
    assert len(xml) == len(medline) == len(ris) == 7
    for x, m, r in zip(xml, medline, ris, strict=True):
        assert m.id == x.id == f"pmid:{x.pmid}" and r.id == f"doi:{x.doi}"
        assert m.text == r.text == x.text
        assert [(s.title, s.start, s.end) for s in m.sections] == [(s.title, s.start, s.end) for s in x.sections] \
            == [(s.title, s.start, s.end) for s in r.sections]
        assert (m.title, m.year, m.journal, m.authors) == (x.title, x.year, x.journal, x.authors) \
            == (r.title, r.year, r.journal, r.authors)
        assert m.species == x.species == "rat"
