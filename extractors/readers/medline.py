"""Reader for MEDLINE text: PubMed's "Save - Format: PubMed" export (``.txt``) and ``.nbib`` files.

Review teams export their PubMed search this way more often than as XML. Each record becomes
the Document the PubMed XML reader (:mod:`.pubmed`) makes of the same citation: title, then the
abstract (a structured abstract, written inline as "BACKGROUND: ... METHODS: ...", keeps its
labelled parts as sections), PMID, DOI, year, journal, authors, MeSH headings in the XML
reader's spelling (``Exosomes/metabolism``, a star for a major topic) and the species they name.
MEDLINE text carries no reference list. Document ids are ``pmid:<PMID>``, so the same paper from
an XML export, a PMC full text or this file becomes one document.

Fields follow NLM's MEDLINE/PubMed data element descriptions: a tag of up to four capitals
padded to four characters, ``- ``, the value; continuation lines are indented.
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
from .pubmed import species_from_mesh

TAG_LINE = re.compile(r"^([A-Z][A-Z0-9]{1,3}) *- ?(.*)$")
_ID_WITH_TYPE = re.compile(r"^(\S+)\s*\[(\w+)\]$")


def mesh_heading(raw: str) -> list[str]:
    """``MH  - Spinal Cord Injuries/*therapy`` as the XML reader spells it: ``Spinal Cord Injuries/therapy*``.

    One heading per qualifier; a starred descriptor without qualifiers is ``Descriptor*``.
    """
    descriptor, *qualifiers = [part.strip() for part in raw.split("/")]
    major = descriptor.startswith("*")
    descriptor = descriptor.lstrip("*")
    if not qualifiers:
        return [descriptor + ("*" if major else "")]
    return [f"{descriptor}/{q.lstrip('*')}{'*' if q.startswith('*') else ''}" for q in qualifiers if q.strip("*")]


def _doi(record: Record) -> str | None:
    for raw in values(record, "LID", "AID"):
        m = _ID_WITH_TYPE.match(raw)
        if m and m.group(2).lower() == "doi":
            doi = normalize_doi(m.group(1))
            if doi:
                return doi
    return None


def document_from_record(record: Record, source: str) -> Document:
    """One MEDLINE record -> Document (pure; raises InputError when the record has no text)."""
    pmid = normalize_pmid(value(record, "PMID"))
    title = value(record, "TI", "BTI", "TT").strip()
    parts = labelled_parts(value(record, "AB"))
    if not title and not parts:
        raise InputError(f"{source}: MEDLINE record {pmid or '(no PMID)'} has neither title nor abstract")
    headings = [h for raw in values(record, "MH") for h in mesh_heading(raw)]
    return citation_layout(title, parts).finish(
        None,
        title=title.rstrip("."),
        authors=tuple(v for tag, v in record if tag in ("AU", "CN") and v),
        journal=value(record, "JT", "TA") or None,
        year=first_year(value(record, "DP", "DEP", "DA")),
        doi=_doi(record),
        pmid=pmid,
        source=source,
        species=species_from_mesh(headings),
        keywords=tuple(headings),
    )


def documents_from_text(text: str, source: str) -> list[Document | InputError]:
    """Every record of a MEDLINE export; unreadable records come back as InputError."""
    records = [r for r in tagged_records(text, TAG_LINE, opens="PMID") if r[0][0] == "PMID"]
    if not records:
        raise InputError(f"{source}: no MEDLINE records (each starts with a 'PMID- ' line)")
    return read_each(records, lambda record: document_from_record(record, source))


def read_medline(path_: str | Path, doc_id: str | None = None, **metadata: object) -> list[Document | InputError]:
    p = Path(path_)
    return with_file_metadata(p, documents_from_text(decode(p), p.name), doc_id, dict(metadata), "MEDLINE records")
