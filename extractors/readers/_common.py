"""What every file reader shares: safe loading of bytes, stable document ids, and a layout
builder that lays structured input (XML passages, PDF pages) out as clean text while
recording sections, paragraphs and citation marks as offsets into that text.

The layout matches the plain-text reader's: a heading is a line of its own, a paragraph
follows on the next line and ends with a blank line. Whitespace inside a paragraph is
collapsed to single spaces (XML pretty-printing and PDF line breaks carry no meaning).
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

from kg.errors import InputError
from kg.model import BibEntry, CitationMark, Document, Paragraph, Section

DEFAULT_MAX_FILE_MB = 25.0
MAX_FILE_ENV = "EXOKG_MAX_FILE_MB"

_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.I)
_DOI_SHAPE = re.compile(r"^10\.\d{4,9}/\S+$")
_YEAR = re.compile(r"\b(1[89]\d{2}|20\d{2})\b")


def max_file_bytes(limit_mb: float | None = None) -> int:
    """The per-file size limit in bytes: the argument, else ``$EXOKG_MAX_FILE_MB``, else 25 MB."""
    if limit_mb is None:
        raw = os.environ.get(MAX_FILE_ENV, "").strip()
        if raw:
            try:
                limit_mb = float(raw)
            except ValueError:
                raise InputError(f"{MAX_FILE_ENV}={raw!r} is not a number of megabytes") from None
        else:
            limit_mb = DEFAULT_MAX_FILE_MB
    if limit_mb <= 0:
        raise InputError(f"the file size limit must be positive, got {limit_mb} MB")
    return int(limit_mb * 1_000_000)


def check_size(path: Path, limit_bytes: int) -> int:
    """Refuse a missing, special or oversized file before reading a byte of it."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if not path.is_file():
        raise InputError(f"{path}: not a regular file")
    if info.st_size > limit_bytes:
        raise InputError(
            f"{path}: {info.st_size / 1e6:.1f} MB is over the {limit_bytes / 1e6:g} MB file size limit "
            f"(raise it with --max-file-mb or {MAX_FILE_ENV})"
        )
    return info.st_size


def load_bytes(path: Path, limit_bytes: int | None = None) -> bytes:
    """The file's bytes; the size limit is checked here only when given (``read_documents`` does)."""
    if limit_bytes is not None:
        check_size(path, limit_bytes)
    elif not path.is_file():
        raise InputError(f"{path}: no such file" if not path.exists() else f"{path}: not a regular file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if not data.strip():
        raise InputError(f"{path}: the file is empty")
    return data


def looks_binary(data: bytes) -> bool:
    """NUL bytes in the first 8 kB: no text format exokg reads contains them (UTF-16 aside)."""
    return b"\x00" in data[:8192]


def normalize_doi(value: str | None) -> str | None:
    """``https://doi.org/10.1/X`` and ``doi:10.1/X`` -> ``10.1/X``; None when it is no DOI."""
    if not value:
        return None
    doi = _DOI_PREFIX.sub("", value.strip()).rstrip(".,;)")
    return doi if _DOI_SHAPE.match(doi) else None


def normalize_pmid(value: str | None) -> str | None:
    if not value:
        return None
    pmid = value.strip()
    return pmid if pmid.isdigit() and pmid != "0" else None


def first_year(value: str | None) -> int | None:
    if not value:
        return None
    m = _YEAR.search(value)
    return int(m.group(1)) if m else None


def stable_id(pmid: str | None, doi: str | None, text: str) -> str:
    """A document id that does not depend on file names: PMID, else DOI, else a text hash."""
    if pmid:
        return f"pmid:{pmid}"
    if doi:
        return f"doi:{doi.lower()}"
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def collapse_space(text: str) -> str:
    return " ".join(text.split())


# bibliographic facts a manifest may give for a document (the Document fields of the same names)
DOC_FIELDS = ("title", "authors", "journal", "year", "doi", "pmid", "licence", "source", "species", "keywords")


def with_metadata(document: Document, doc_id: str | None, metadata: dict[str, Any]) -> Document:
    """Apply a manifest's id and bibliographic facts (they win over what the file says)."""
    changes: dict[str, Any] = {k: v for k, v in metadata.items() if k in DOC_FIELDS and v is not None}
    for listed in ("authors", "keywords"):
        if listed in changes:
            changes[listed] = tuple(changes[listed])
    if "year" in changes:
        try:
            changes["year"] = int(changes["year"])
        except (TypeError, ValueError):
            raise InputError(f"{document.id}: year {changes['year']!r} is not a number") from None
    if doc_id:
        changes["id"] = doc_id
    return replace(document, **changes) if changes else document


Record = TypeVar("Record")


def read_each(records: Iterable[Record], read_one: Callable[[Record], Document]) -> list[Document | InputError]:
    """``read_one`` on every record of a file; a record that cannot be read comes back as its
    InputError, so one bad record in a PubMed export or a JATS set does not lose the others."""
    out: list[Document | InputError] = []
    for record in records:
        try:
            out.append(read_one(record))
        except InputError as exc:
            out.append(exc)
    return out


def with_file_metadata(path: Path, items: list[Document | InputError], doc_id: str | None,
                       metadata: dict[str, Any], what: str = "documents") -> list[Document | InputError]:
    """The manifest's id and facts applied to what one file held (an id can name only one document)."""
    if doc_id and len(items) > 1:
        raise InputError(f"{path}: holds {len(items)} {what}; a single document id cannot name them all")
    return [with_metadata(d, doc_id, metadata) if isinstance(d, Document) else d for d in items]


@dataclass
class _Open:
    title: str
    start: int
    level: int


@dataclass
class Layout:
    """Builds ``Document.text`` piece by piece with offsets that point into the final text."""

    parts: list[str] = field(default_factory=list)
    length: int = 0
    sections: list[Section] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    citations: list[CitationMark] = field(default_factory=list)
    _open: list[_Open] = field(default_factory=list)
    _para_start: int | None = None
    _pending_space: bool = False

    # -- structure -------------------------------------------------------------------------
    def _emit(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)

    def _close_sections(self, level: int) -> None:
        # a section runs up to where the next heading of its level (or higher) starts
        while self._open and self._open[-1].level >= level:
            sec = self._open.pop()
            self.sections.append(Section(sec.title, sec.start, self.length, sec.level))

    def heading(self, title: str, level: int = 1, show: bool = True) -> None:
        """Open a section; with ``show`` the title is written as a line of its own."""
        self.end_paragraph()
        title = collapse_space(title)
        self._close_sections(level)
        self._open.append(_Open(title, self.length, level))
        if show and title:
            self._emit(title + "\n")

    def end_section(self, level: int) -> None:
        self.end_paragraph()
        self._close_sections(level)

    @property
    def current_section(self) -> str:
        return self._open[-1].title if self._open else ""

    # -- paragraphs ------------------------------------------------------------------------
    def begin_paragraph(self) -> None:
        if self._para_start is None:
            self._para_start = self.length
            self._pending_space = False

    def write(self, text: str) -> tuple[int, int] | None:
        """Append inline text (whitespace collapsed); returns the span of what was written."""
        if not text:
            return None
        self.begin_paragraph()
        para_start = self._para_start or 0
        pending = self._pending_space or text[0].isspace()
        start: int | None = None
        for word in text.split():
            if pending and self.length > para_start:
                self._emit(" ")
            if start is None:
                start = self.length
            self._emit(word)
            pending = True
        self._pending_space = text[-1].isspace() if start is not None else pending
        return (start, self.length) if start is not None else None

    def space(self) -> None:
        if self._para_start is not None and self.length > self._para_start:
            self._pending_space = True

    def mark(self, keys: tuple[str, ...], span: tuple[int, int] | None = None) -> None:
        """Record a citation: over ``span``, or at the current point (a removed superscript)."""
        if not keys:
            return
        start, end = span if span else (self.length, self.length)
        self.citations.append(CitationMark(start, end, keys))

    def end_paragraph(self) -> None:
        if self._para_start is None:
            return
        start = self._para_start
        self._para_start = None
        self._pending_space = False
        if self.length > start:
            self.paragraphs.append(Paragraph(start, self.length, self.current_section))
            self._emit("\n\n")

    def paragraph(self, text: str) -> tuple[int, int] | None:
        self.begin_paragraph()
        span = self.write(text)
        self.end_paragraph()
        return span

    def raw(self, text: str) -> None:
        """Append text verbatim (offsets inside it are kept), outside any paragraph."""
        self.end_paragraph()
        self._emit(text)

    def raw_paragraph(self, text: str) -> None:
        """Append a paragraph verbatim, without the blank line after it (the caller places the next)."""
        self.end_paragraph()
        start = self.length
        self._emit(text)
        end = start + len(text.rstrip())
        if end > start:
            self.paragraphs.append(Paragraph(start, end, self.current_section))

    def pad_to(self, offset: int) -> None:
        """Fill with newlines up to ``offset`` so the next text starts exactly there."""
        self.end_paragraph()
        if offset > self.length:
            self._emit("\n" * (offset - self.length))

    # -- result ----------------------------------------------------------------------------
    def text(self) -> str:
        return "".join(self.parts)

    def finish(self, doc_id: str | None, **fields: Any) -> Document:
        """Close everything and return the Document (id from PMID/DOI/text hash when not given)."""
        self.end_paragraph()
        self._close_sections(0)
        text = self.text()
        # drop the trailing blank line so the text ends with the last paragraph
        stripped = text.rstrip("\n")
        text = stripped + "\n" if stripped else ""
        self.sections.sort(key=lambda s: (s.start, s.level))
        sections = tuple(Section(s.title, s.start, min(s.end, len(text)), s.level) for s in self.sections)
        bibliography: tuple[BibEntry, ...] = tuple(fields.pop("bibliography", ()))
        doc_fields = {k: v for k, v in fields.items() if v is not None and v != ""}
        for listed in ("authors", "keywords"):
            if listed in doc_fields:
                doc_fields[listed] = tuple(doc_fields[listed])
        if not text.strip():
            raise InputError(f"{doc_id or fields.get('source') or 'document'}: no text to read")
        pmid, doi = doc_fields.get("pmid"), doc_fields.get("doi")
        return Document(
            id=doc_id or stable_id(pmid, doi, text),
            text=text,
            sections=sections,
            paragraphs=tuple(self.paragraphs),
            bibliography=bibliography,
            citations=tuple(sorted(self.citations, key=lambda c: (c.start, c.end))),
            **doc_fields,
        )


# "BACKGROUND: ... METHODS: ..." - the labels of a structured abstract in MEDLINE text and RIS exports
_ABSTRACT_LABEL = re.compile(r"(?:^|(?<=[.?!)]) )([A-Z][A-Z&/,\- ]{2,60}[A-Z]): ")


def abstract_label(raw: str) -> str:
    """``"BACKGROUND:"`` -> ``"Background"`` (labels in capitals read as section titles)."""
    raw = raw.strip().rstrip(":")
    return raw.capitalize() if raw.isupper() else raw


def labelled_parts(abstract: str) -> list[tuple[str, str]]:
    """A structured abstract written as one paragraph, split into its labelled parts.

    An abstract that does not open with a label is one unlabelled part, so a capitalised word
    followed by a colon in running text ("... the AIMS: ...") splits nothing.
    """
    abstract = collapse_space(abstract)
    marks = list(_ABSTRACT_LABEL.finditer(abstract))
    if not marks or marks[0].start() != 0:
        return [("", abstract)] if abstract else []
    parts = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(abstract)
        body = abstract[m.end():end].strip()
        if body:
            parts.append((m.group(1), body))
    return parts


def citation_layout(title: str, parts: list[tuple[str, str]]) -> Layout:
    """A citation laid out as the PubMed readers lay it out: the title as a hidden "Title" section,
    then "Abstract", with a level-2 section per labelled part when there are several."""
    layout = Layout()
    if title:
        layout.heading("Title", 1, show=False)
        layout.paragraph(title)
    if parts:
        layout.heading("Abstract", 1)
        for label, text in parts:
            if label and len(parts) > 1:
                layout.heading(abstract_label(label), 2)
            layout.paragraph(text)
    return layout
