"""Readers turn files into :class:`kg.model.Document` objects, one module per input format.

========================  ============================================  =========================
format                    files                                         reader
========================  ============================================  =========================
plain text / Markdown     ``.txt .text .md .markdown``                  :mod:`.text`
PubMed / MEDLINE XML      ``.xml`` with a ``<PubmedArticleSet>`` root   :mod:`.pubmed`
MEDLINE text (PubMed)     ``.nbib .medline``, ``.txt`` from ``PMID-``   :mod:`.medline`
RIS (Embase, Scopus...)   ``.ris``, ``.txt`` from ``TY  -``             :mod:`.ris`
JATS / PMC full text      ``.xml .nxml`` with an ``<article>`` root     :mod:`.jats`
BioC XML                  ``.xml .bioc`` with a ``<collection>`` root   :mod:`.bioc`
BioC JSON (PubTator)      ``.json``                                     :mod:`.bioc`
PDF with a text layer     ``.pdf``                                      :mod:`.pdf`
========================  ============================================  =========================

``.xml`` files are told apart by their root element, ``.txt`` files by their first line (a
PubMed export saved as text is many citations, not one paper); a file without a suffix is
sniffed from its first bytes. One file may hold several documents (a PubMed export, a
BioC collection): :func:`read_documents` returns them all, with an :class:`InputError` in
place of each record that could not be read; :func:`read_document` expects exactly one.
Every reader raises :class:`kg.errors.InputError` naming the file when it cannot read it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kg.errors import InputError
from kg.model import Document

from . import bioc, jats, pubmed
from ._common import check_size, load_bytes, looks_binary, max_file_bytes, with_file_metadata
from ._tagged import tagged_format
from ._xml import ROOTS, local, parse_xml, xml_format
from .bioc import read_bioc_json, read_bioc_xml
from .jats import read_jats
from .medline import read_medline
from .pdf import read_pdf
from .pubmed import read_pubmed
from .ris import read_ris
from .text import read_text

Reader = Callable[..., Document | list[Document | InputError]]


def read_xml(path: str | Path, doc_id: str | None = None, **metadata: object) -> list[Document | InputError]:
    """Any XML exokg reads: PubMed, JATS or BioC, told apart by the root element."""
    p = Path(path)
    root = parse_xml(load_bytes(p), p)
    kind = xml_format(root)
    parsers = {"pubmed": pubmed.documents_from_tree, "jats": jats.documents_from_tree, "bioc": bioc.documents_from_tree}
    if kind is None:
        known = ", ".join(f"<{r}>" for r in ROOTS)
        raise InputError(f"{p}: XML with root <{local(root.tag)}> is not a format exokg reads (roots: {known})")
    return with_file_metadata(p, parsers[kind](root, p.name), doc_id, dict(metadata))


def read_txt(path: str | Path, doc_id: str | None = None,
             **metadata: object) -> Document | list[Document | InputError]:
    """A ``.txt`` file: a MEDLINE or RIS export when its first line says so, else a paper as plain text."""
    p = Path(path)
    try:
        with p.open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        head = b""  # read_text names the problem
    kind = tagged_format(head)
    reader = read_medline if kind == "medline" else read_ris if kind == "ris" else read_text
    return reader(p, doc_id=doc_id, **metadata)


# suffix -> reader
READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".text": read_txt,
    ".md": read_text,
    ".markdown": read_text,
    ".xml": read_xml,
    ".nxml": read_xml,
    ".bioc": read_xml,
    ".json": read_bioc_json,
    ".pdf": read_pdf,
    ".nbib": read_medline,
    ".medline": read_medline,
    ".ris": read_ris,
}

# manifest "format" -> reader (overrides the suffix)
FORMATS: dict[str, Reader] = {
    "text": read_text,
    "markdown": read_text,
    "xml": read_xml,
    "pubmed": read_pubmed,
    "jats": read_jats,
    "pmc": read_jats,
    "bioc": read_bioc_xml,
    "bioc-xml": read_bioc_xml,
    "bioc-json": read_bioc_json,
    "pdf": read_pdf,
    "medline": read_medline,
    "nbib": read_medline,
    "ris": read_ris,
}


def sniff_suffix(path: Path) -> str:
    """The suffix whose reader fits a file's first bytes (for files without a suffix)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if head.startswith(b"%PDF-"):
        return ".pdf"
    if looks_binary(head):
        raise InputError(f"{path}: looks like a binary file, and no reader knows its format")
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"<"):
        return ".xml"
    if start.startswith((b"{", b"[")):
        return ".json"
    return ".txt"


def reader_for(path: Path, format: str | None = None) -> Reader:
    if format:
        reader = FORMATS.get(format.lower())
        if reader is None:
            raise InputError(f"{path}: unknown format {format!r}; known: {', '.join(sorted(FORMATS))}")
        return reader
    suffix = path.suffix.lower()
    if not suffix:
        return READERS[sniff_suffix(path)]
    if suffix not in READERS:
        known = ", ".join(sorted(READERS))
        raise InputError(f"{path}: no reader for files ending in {path.suffix!r}; known: {known}")
    return READERS[suffix]


def read_documents(
    path: str | Path,
    doc_id: str | None = None,
    *,
    format: str | None = None,
    max_bytes: int | None = None,
    **metadata: object,
) -> list[Document | InputError]:
    """All documents in one file (an InputError in place of each unreadable record).

    Raises InputError when the file as a whole cannot be read, including a file over the
    size limit (``max_bytes``; default ``$EXOKG_MAX_FILE_MB`` or 25 MB).
    """
    p = Path(path)
    if check_size(p, max_bytes if max_bytes is not None else max_file_bytes()) == 0:
        raise InputError(f"{p}: the file is empty")
    try:
        result = reader_for(p, format)(p, doc_id=doc_id, **metadata)
    except InputError as exc:
        if p.name not in str(exc):  # every message names the file it is about
            raise InputError(f"{p}: {exc}") from None
        raise
    items = [result] if isinstance(result, Document) else list(result)
    if not items:
        raise InputError(f"{p}: no documents in this file")
    return items


def read_document(path: str | Path, doc_id: str | None = None, **metadata: object) -> Document:
    """The one document in a file."""
    items = read_documents(path, doc_id, **metadata)  # type: ignore[arg-type]
    documents = [d for d in items if isinstance(d, Document)]
    if len(items) == 1 and not documents:
        raise items[0]  # type: ignore[misc]
    if len(documents) != 1:
        raise InputError(f"{path}: holds {len(items)} documents; read it with read_documents()")
    return documents[0]


__all__ = ["FORMATS", "READERS", "Reader", "read_document", "read_documents", "reader_for", "sniff_suffix"]
