"""Reader for PDF papers with a text layer (pypdf).

The text layer comes out as short lines. This reader removes running headers, footers and
page numbers, rejoins words hyphenated across lines (``regenera-`` + ``tion`` ->
``regeneration``, but ``anti-`` + ``inflammatory`` keeps its hyphen when the paper writes it
so elsewhere), rejoins lines into paragraphs, recognises the usual section headings and the
reference list, and hands the result to the plain-text reader, so sections, paragraphs,
references with DOIs and author-year citations work as for text files.

A PDF whose pages carry no text (a scan) is refused with "no text layer (scanned PDF?)":
exokg does no OCR.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from pathlib import Path

from kg.errors import InputError
from kg.model import Document

from ._common import load_bytes, normalize_doi, normalize_pmid, stable_id, with_metadata
from .text import parse_text

MIN_TEXT_CHARS_PER_PAGE = 20
SECTION_NAMES = (
    "abstract", "background", "introduction", "materials and methods", "methods", "material and methods",
    "methods and materials", "experimental procedures", "results", "results and discussion", "discussion",
    "conclusion", "conclusions", "limitations", "references", "bibliography", "literature cited",
    "acknowledgments", "acknowledgements", "funding", "author contributions", "conflict of interest",
    "conflicts of interest", "data availability statement", "data availability", "abbreviations",
    "supplementary material", "ethics statement", "keywords",
)
_HEADING = re.compile(
    r"^(?:(\d{1,2}(?:\.\d{1,2}){0,2})\.?\s+)?(" + "|".join(re.escape(n) for n in SECTION_NAMES) + r")\s*:?$",
    re.I,
)
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
_NUMBERED_REF = re.compile(r"^\s*(?:\[(\d{1,4})\]|(\d{1,4})\.)\s+(\S.*)$")
_AUTHOR_REF = re.compile(r"^[A-Z][A-Za-z'’\-]+,?\s+(?:[A-Z]\.\s?){1,3}|^[A-Z][A-Za-z'’\-]+\s+[A-Z]{1,3}[,.]")
_DOI = re.compile(r"(?:doi\.org/|\bdoi:?\s*)(10\.\d{4,9}/[^\s,;]+)", re.I)
_PMID = re.compile(r"\bPMID:?\s*(\d{5,9})\b")
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st",
                            "\u00ad": None})
_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*[A-Za-z]")
_SENTENCE_END = (".", "!", "?", ":", ")", "]")


def _normalise_line(line: str) -> str:
    return re.sub(r"\d+", "#", line.strip().lower())


def strip_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Drop page numbers and lines repeated at the top or bottom of most pages (running heads)."""
    if len(pages) >= 3:
        edges = Counter()
        for lines in pages:
            for line in {*lines[:2], *lines[-2:]}:
                edges[_normalise_line(line)] += 1
        running = {k for k, n in edges.items() if n >= max(3, len(pages) // 2) and k}
    else:
        running = set()
    out = []
    for lines in pages:
        kept = []
        for i, line in enumerate(lines):
            edge = i < 2 or i >= len(lines) - 2
            if edge and (_PAGE_NUMBER.match(line.strip()) or _normalise_line(line) in running):
                continue
            kept.append(line)
        out.append(kept)
    return out


def _vocabulary(lines: list[str]) -> Counter[str]:
    return Counter(w.lower() for line in lines for w in _WORD.findall(line))


# prefixes that keep their hyphen before a whole word ("anti-inflammatory", "self-renewal")
HYPHEN_PREFIXES = {"anti", "non", "self", "cross", "well", "long", "short", "high", "low", "dose", "time"}


def join_hyphenated(left: str, right: str, vocabulary: Counter[str]) -> str:
    """Join ``left`` (ending in '-') with ``right``: drop the hyphen unless it belongs to the word.

    The paper's own spelling decides when it writes the word elsewhere; otherwise a line-end
    hyphen is a syllable break, except after a capital ("BMSC-derived", "IL-10") or a
    prefix that is usually hyphenated before a long word.
    """
    head = re.search(r"([A-Za-z]+)-$", left)
    tail = re.match(r"([A-Za-z]+)", right)
    if not head or not tail:
        return left + right
    a, b = head.group(1), tail.group(1)
    joined, hyphenated = (a + b).lower(), f"{a}-{b}".lower()
    if vocabulary[hyphenated] != vocabulary[joined]:
        keep = vocabulary[hyphenated] > vocabulary[joined]
    else:
        keep = a[-1].isupper() or b[0].isupper() or (a.lower() in HYPHEN_PREFIXES and len(b) >= 5)
    return left + right if keep else left[:-1] + right


def reflow(pages: list[str]) -> str:
    """Text-layer pages -> Markdown-like text: headings, paragraphs separated by blank lines, one
    reference per line."""
    page_lines = [[ln.rstrip() for ln in p.translate(_LIGATURES).splitlines()] for p in pages]
    page_lines = strip_running_lines(page_lines)
    lines = [ln for page in page_lines for ln in page]
    vocabulary = _vocabulary(lines)
    widths = sorted(len(ln) for ln in lines if ln.strip())
    typical = widths[int(len(widths) * 0.8)] if widths else 80
    out: list[str] = []
    paragraph = ""
    in_refs = False
    reference = ""

    def flush() -> None:
        nonlocal paragraph, reference
        if reference:
            out.append(reference)
            reference = ""
        if paragraph:
            out.append(paragraph)
            out.append("")
            paragraph = ""

    for line in lines:
        text = line.strip()
        if not text:
            if not in_refs:
                flush()
            continue
        heading = _HEADING.match(text)
        if heading and len(text) < 60:
            flush()
            name = heading.group(2)
            title = name[0].upper() + name[1:].lower() if name.isupper() else name
            number = heading.group(1)
            out.append(f"## {number + ' ' if number else ''}{title}")
            out.append("")
            in_refs = name.lower() in {"references", "bibliography", "literature cited"}
            continue
        if in_refs:
            numbered = _NUMBERED_REF.match(text)
            starts_entry = bool(_AUTHOR_REF.match(text)) and reference.rstrip().endswith((".", ")"))
            if numbered or starts_entry or not reference:
                if reference:
                    out.append(reference)
                reference = (f"{numbered.group(1) or numbered.group(2)}. {numbered.group(3)}" if numbered
                             else f"- {text}")
            elif reference.endswith("-"):
                reference = join_hyphenated(reference, text, vocabulary)
            else:
                reference = f"{reference} {text}" if reference else f"- {text}"
            continue
        if paragraph.endswith("-") and text[:1].isalpha():
            paragraph = join_hyphenated(paragraph, text, vocabulary)
        else:
            paragraph = f"{paragraph} {text}" if paragraph else text
        if text.endswith(_SENTENCE_END) and len(text) < 0.75 * typical:
            flush()  # a short last line closes the paragraph
    flush()
    return "\n".join(out).strip() + "\n"


def _page_texts(data: bytes, source: str) -> list[str]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    if b"%PDF-" not in data[:1024]:
        raise InputError(f"{source}: not a PDF file (no %PDF- header)")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(f"{source}: the PDF is encrypted with a password")
        return [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, ZeroDivisionError, OSError) as exc:
        raise InputError(f"{source}: damaged or unreadable PDF ({type(exc).__name__}: {exc})") from None


def _pdf_title(data: bytes) -> str | None:
    from pypdf import PdfReader

    try:
        title = (PdfReader(io.BytesIO(data)).metadata or {}).get("/Title")
    except Exception:  # metadata is optional; a broken info dictionary is no reason to fail
        return None
    title = str(title or "").strip()
    if len(title) < 10 or title.lower().startswith(("microsoft word", "untitled")) or title.endswith((".doc", ".pdf")):
        return None
    return title


def parse_pdf(data: bytes, source: str, doc_id: str | None = None, **metadata: object) -> Document:
    """PDF bytes -> Document (pure; no file access)."""
    pages = _page_texts(data, source)
    if not pages:
        raise InputError(f"{source}: the PDF has no pages")
    visible = sum(len(re.sub(r"\s+", "", p)) for p in pages)
    if visible < MIN_TEXT_CHARS_PER_PAGE * len(pages):
        raise InputError(f"{source}: no text layer (scanned PDF?); exokg reads PDFs with a text layer only")
    text = reflow(pages)
    first_page = pages[0]
    doi_m = _DOI.search(first_page)
    pmid_m = _PMID.search(first_page)
    meta = dict(metadata)
    meta.setdefault("source", source)
    doi = normalize_doi(doi_m.group(1)) if doi_m else None
    pmid = normalize_pmid(pmid_m.group(1)) if pmid_m else None
    if doi and not meta.get("doi"):
        meta["doi"] = doi
    if pmid and not meta.get("pmid"):
        meta["pmid"] = pmid
    if not meta.get("title"):
        meta["title"] = _pdf_title(data)
    document = parse_text(text, doc_id or source, **meta)
    if doc_id is None:
        document = with_metadata(document, stable_id(document.pmid, document.doi, document.text), {})
    return document


def read_pdf(path: str | Path, doc_id: str | None = None, **metadata: object) -> Document:
    p = Path(path)
    return parse_pdf(load_bytes(p), p.name, doc_id, **metadata)
