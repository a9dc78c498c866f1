"""Reader for RIS citation exports (``.ris``): Embase, Scopus, Web of Science, EndNote, Zotero.

A systematic review searches several databases; most of them export RIS. Each record (``TY``
to ``ER``) with a title or an abstract becomes a Document laid out as the PubMed readers lay out
a citation: title, then the abstract, a structured one ("BACKGROUND: ... METHODS: ...") with
its labelled parts as sections. Kept: authors (``Zhang, Wei`` is written ``Zhang W``, as PubMed
writes it, so author-year citations match), year, journal, DOI, keywords, and the PMID where the
record gives one (``AN`` of a PubMed/MEDLINE record, or a PubMed link in ``UR``/``L2``).
Document ids are ``pmid:<PMID>``, else ``doi:<DOI>``, else a hash of the text, so the same paper
exported from two databases becomes one document.

Tags follow the RIS specification: two characters, two spaces, ``- ``, the value.
"""

from __future__ import annotations

import re
from pathlib import Path

from kg.errors import InputError
from kg.model import Document

from ._common import (
    citation_layout,
    first_year,
    labelled_parts,
    normalize_doi,
    normalize_pmid,
    read_each,
    with_file_metadata,
)
from ._tagged import Record, decode, tagged_records, value, values

TAG_LINE = re.compile(r"^([A-Z][A-Z0-9]) {1,2}- ?(.*)$")
_PUBMED_LINK = re.compile(r"(?:pubmed\.ncbi\.nlm\.nih\.gov/|ncbi\.nlm\.nih\.gov/pubmed/|[?&]term=)(\d{1,9})\b")
_DOI_IN_TEXT = re.compile(r"\b10\.\d{4,9}/\S+")


_INITIALS = re.compile(r"(?:[A-Z]\.?-?)+")


def author_name(raw: str) -> str:
    """``Zhang, Wei`` / ``Müller, Anna-Lena`` / ``Zhang, W.`` / ``Zhang W.-L.`` (as Scopus writes it) ->
    ``Zhang W`` / ``Müller AL`` / ``Zhang W`` / ``Zhang WL``.

    Any other name without a comma (a consortium, or already ``Zhang W``) is kept as written.
    """
    raw = " ".join(raw.split())
    if "," not in raw:
        *family, last = raw.split(" ")
        if family and "." in last and _INITIALS.fullmatch(last):
            return f"{' '.join(family)} {last.replace('.', '').replace('-', '')}"
        return raw
    last, _, given = raw.partition(",")
    given = given.split(",")[0]  # "Smith, John, Jr." -> the given names only
    initials = "".join(part[0] for part in re.split(r"[\s.\-]+", given) if part and part[0].isalpha())
    return f"{last.strip()} {initials.upper()}".strip()


def _pmid(record: Record) -> str | None:
    database = " ".join(values(record, "DB", "DP")).lower()
    if "pubmed" in database or "medline" in database:
        pmid = normalize_pmid(value(record, "AN"))
        if pmid:
            return pmid
    for link in values(record, "UR", "L2", "LK"):
        m = _PUBMED_LINK.search(link)
        if m:
            return normalize_pmid(m.group(1))
    return None


def _doi(record: Record) -> str | None:
    for raw in values(record, "DO", "DI"):
        doi = normalize_doi(raw)
        if doi:
            return doi
    for link in values(record, "UR", "L2"):
        m = _DOI_IN_TEXT.search(link)
        if m and "doi.org" in link:
            return normalize_doi(m.group(0))
    return None


def document_from_record(record: Record, source: str, number: int = 1) -> Document:
    """The ``number``-th RIS record of ``source`` -> Document (pure; InputError when it has no text)."""
    title = value(record, "TI", "T1", "CT", "BT").strip()
    parts = labelled_parts(value(record, "AB", "N2"))
    if not title and not parts:
        raise InputError(f"{source}: RIS record {number} (TY {value(record, 'TY') or '?'}) has neither title "
                         "nor abstract")
    return citation_layout(title, parts).finish(
        None,
        title=title.rstrip("."),
        authors=tuple(author_name(a) for a in values(record, "AU", "A1")),
        journal=value(record, "T2", "JF", "JO", "JA", "J2") or None,
        year=first_year(value(record, "PY", "Y1", "DA")),
        doi=_doi(record),
        pmid=_pmid(record),
        source=source,
        keywords=tuple(values(record, "KW")),
    )


def documents_from_text(text: str, source: str) -> list[Document | InputError]:
    """Every record of an RIS file; unreadable records come back as InputError."""
    records = [r for r in tagged_records(text, TAG_LINE, opens="TY", closes="ER") if r[0][0] == "TY"]
    if not records:
        raise InputError(f"{source}: no RIS records (each starts with a 'TY  - ' line)")
    return read_each(enumerate(records, 1), lambda numbered: document_from_record(numbered[1], source, numbered[0]))


def read_ris(path_: str | Path, doc_id: str | None = None, **metadata: object) -> list[Document | InputError]:
    p = Path(path_)
    return with_file_metadata(p, documents_from_text(decode(p), p.name), doc_id, dict(metadata), "RIS records")
