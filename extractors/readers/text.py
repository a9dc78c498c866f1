"""Reader for plain text and Markdown papers.

Produces a :class:`kg.model.Document` whose ``text`` is the paper cleaned for reading
(LaTeX Greek letters become Unicode: ``NF- $\\kappa$ B`` -> ``NF-κB``; Markdown emphasis and
``<sup>`` citation markers are removed) with every offset - sections, paragraphs,
citations - pointing into that clean text. Numbered reference lists (``- ...`` bullets or
``N. ...``) become bibliography entries with DOIs; author-year citations such as
``(Huang et al., 2017; Jia et al., 2021a,b)`` become citation keys so evidence can point at
the cited study.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from extractors.readers._common import DOC_FIELDS
from kg.errors import InputError
from kg.model import BibEntry, CitationMark, Document, Paragraph, Section

GREEK = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "kappa": "κ",
    "lambda": "λ", "mu": "μ", "theta": "θ", "sigma": "σ", "tau": "τ", "omega": "ω", "zeta": "ζ",
    "eta": "η", "xi": "ξ", "pi": "π", "rho": "ρ", "phi": "φ", "chi": "χ", "psi": "ψ",
    "Delta": "Δ", "Omega": "Ω", "Gamma": "Γ", "Sigma": "Σ",
}
_LATEX_GREEK = re.compile(r"(?P<lead> ?)\$\\(?P<name>[A-Za-z]+)\$(?P<trail> ?)")
_EMPH_STRONG = re.compile(r"\*\*(.+?)\*\*")
_EMPH = re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])")
_ESCAPE = re.compile(r"\\([_*\[\]()#+\-.!`])")
_SUP = re.compile(r"<sup>([^<]*)</sup>")
_SUP_CITATION = re.compile(r"^\s*\d+(?:\s*[–\-,]\s*\d+)*\s*$")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_NUMBERED_HEADING = re.compile(r"^\s*(\d+(?:\.\d+){0,3})\s+([A-Z][^\n]{0,100})$")
_REF_BULLET = re.compile(r"^\s*(?:[-*]|(\d{1,4})\.)\s+(\S.*)$")
_DOI = re.compile(r"\bdoi:\s*(10\.\d{4,9}/\S+)|https?://(?:dx\.)?doi\.org/(10\.\d{4,9}/\S+)", re.I)
_PMID = re.compile(r"\bPMID:?\s*(\d{5,9})\b")
_YEAR = re.compile(r"\b(19\d{2}|20\d{2})\b")
_ABSTRACT_LABELS = ("Objective", "Objectives", "Background", "Methods", "Results", "Conclusion",
                    "Conclusions", "Aim", "Purpose", "Abstract")
SKIP_SECTIONS = {"references", "acknowledgments", "acknowledgements", "author contributions", "funding",
                 "disclosure", "conflict of interest", "conflicts of interest", "data availability statement"}

# author-year citations
_AUTHOR = r"(?:[A-Z][A-Za-z'’\-]+(?: [A-Z][A-Za-z'’\-]+)*|[a-z]{2,3} [A-Z][A-Za-z'’\-]+)"
_AY_KEY = re.compile(
    rf"^(?P<auth>{_AUTHOR}(?: [A-Z]\.)?(?: et al\.?| and {_AUTHOR})?|GBD [^,;()]+?),\s*"
    r"(?P<year>(?:19|20)\d{2})(?P<suffix>[a-z](?:,\s?[a-z])*)?$"
)
_AY_PAREN = re.compile(r"\(([^()]*?\b(?:19|20)\d{2}[a-z]?[^()]*?)\)")
_AY_NARRATIVE = re.compile(
    rf"\b(?P<auth>{_AUTHOR}(?: [A-Z]\.)?(?: et al\.?| and {_AUTHOR}))\s\((?P<year>(?:19|20)\d{{2}})"
    r"(?P<suffix>[a-z](?:,\s?[a-z])*)?\)"
)


@dataclass
class _Builder:
    parts: list[str] = field(default_factory=list)
    length: int = 0
    citations: list[CitationMark] = field(default_factory=list)

    def add(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)

    def text(self) -> str:
        return "".join(self.parts)


def _greek(match: re.Match[str]) -> str:
    letter = GREEK.get(match.group("name"))
    if letter is None:
        return match.group(0)
    lead, trail = match.group("lead"), match.group("trail")
    line, start, end = match.string, match.start(), match.end()
    before = line[start - 1] if start > 0 else " "
    after = line[end] if end < len(line) else " "
    # "NF- $\kappa$ B" -> "NF-κB", "IL-1 $\beta$ ," -> "IL-1β,", but "the $\beta$ chain" keeps spaces
    if lead and (before in "-/" or before.isupper() or before.isdigit()):
        lead = ""
    if trail and (after in "-,;:.)]/" or (after.isupper() and not line[end + 1:end + 2].islower())):
        trail = ""
    return f"{lead}{letter}{trail}"


def clean_inline(line: str) -> str:
    """Markdown/LaTeX clean-up that keeps every other character (no citation handling)."""
    line = _LATEX_GREEK.sub(_greek, line)
    line = _EMPH_STRONG.sub(r"\1", line)
    line = _EMPH.sub(r"\1", line)
    line = _ESCAPE.sub(r"\1", line)
    return line


def _expand_numbers(spec: str) -> tuple[str, ...]:
    keys: list[str] = []
    for part in re.split(r"\s*,\s*", spec.strip()):
        m = re.fullmatch(r"(\d+)\s*[–\-]\s*(\d+)", part)
        if m:
            a, b = int(m.group(1)), int(m.group(2))
            if 0 < b - a < 200:
                keys.extend(str(i) for i in range(a, b + 1))
                continue
        if part.isdigit():
            keys.append(part)
    return tuple(keys)


def _append_line(builder: _Builder, line: str, record_citations: bool) -> None:
    """Append a cleaned line, turning <sup>N</sup> citation markers into CitationMarks."""
    pos = 0
    for m in _SUP.finditer(line):
        builder.add(line[pos:m.start()])
        content = m.group(1)
        if record_citations and _SUP_CITATION.match(content):
            builder.citations.append(CitationMark(builder.length, builder.length, _expand_numbers(content)))
        elif not _SUP_CITATION.match(content):
            builder.add(content)  # e.g. "CD271<sup>+</sup>" keeps its "+"
        pos = m.end()
    builder.add(line[pos:])


def _parse_bib_entry(key: str, text: str) -> BibEntry:
    doi = None
    m = _DOI.search(text)
    if m:
        doi = (m.group(1) or m.group(2)).rstrip(".,;)")
    pmid_m = _PMID.search(text)
    years = [int(y) for y in _YEAR.findall(text)]
    # the publication year is the first year after the title, usually followed by ';'
    year_m = re.search(r"\b((?:19|20)\d{2});", text) or re.search(r"\b((?:19|20)\d{2})\s*[:.]", text)
    year = int(year_m.group(1)) if year_m else (years[0] if years else None)
    first_author = re.split(r"[ ,]", text.strip(), maxsplit=1)[0] or None
    return BibEntry(key=key, text=text.strip(), doi=doi, pmid=pmid_m.group(1) if pmid_m else None,
                    year=year, first_author=first_author)


def _author_year_keys(auth: str, year: str, suffix: str | None) -> list[str]:
    auth = re.sub(r"\s+", " ", auth.strip())
    if auth.endswith("et al"):
        auth += "."
    if not suffix:
        return [f"{auth}, {year}"]
    return [f"{auth}, {year}{s.strip()}" for s in suffix.split(",")]


def find_author_year_citations(text: str) -> list[CitationMark]:
    """``(Huang et al., 2017; Wang et al., 2018)`` and ``Li et al. (2019)`` citation spans."""
    marks: list[CitationMark] = []
    for m in _AY_PAREN.finditer(text):
        keys: list[str] = []
        for part in m.group(1).split(";"):
            km = _AY_KEY.match(part.strip())
            if km:
                keys.extend(_author_year_keys(km.group("auth"), km.group("year"), km.group("suffix")))
        if keys:
            marks.append(CitationMark(m.start(), m.end(), tuple(keys)))
    for m in _AY_NARRATIVE.finditer(text):
        marks.append(CitationMark(m.start(), m.end(),
                                  tuple(_author_year_keys(m.group("auth"), m.group("year"), m.group("suffix")))))
    marks.sort(key=lambda c: (c.start, c.end))
    return marks


def _heading(line: str) -> tuple[int, str] | None:
    m = _MD_HEADING.match(line)
    if m:
        return len(m.group(1)), clean_inline(m.group(2)).strip()
    m = _NUMBERED_HEADING.match(line)
    if m and not line.rstrip().endswith((".", ",", ";", ":")) and len(line.split()) <= 12:
        return m.group(1).count(".") + 1, f"{m.group(1)} {m.group(2).strip()}"
    return None


def _is_reference_heading(title: str) -> bool:
    return re.sub(r"^[\d.\s]+", "", title).strip().lower() in {"references", "bibliography", "literature cited"}


def parse_text(raw: str, doc_id: str, **metadata: object) -> Document:
    """Parse plain text / Markdown into a Document (pure: no file access)."""
    if not isinstance(raw, str):
        raise InputError(f"{doc_id}: expected text, got {type(raw).__name__}")
    raw = raw.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not raw.strip():
        raise InputError(f"{doc_id}: the document is empty")
    if "\x00" in raw:
        raise InputError(f"{doc_id}: the document contains NUL bytes; it looks binary, not text")

    b = _Builder()
    headings: list[tuple[int, int, str]] = []  # (offset, level, title)
    paragraphs: list[tuple[int, int]] = []
    bib_lines: list[tuple[str, str]] = []
    in_refs = False
    ref_counter = 0
    para_start: int | None = None
    title = ""

    def close_paragraph() -> None:
        nonlocal para_start
        if para_start is not None:
            end = b.length
            text = b.text()
            while end > para_start and text[end - 1] in " \n\t":
                end -= 1
            if end > para_start:
                paragraphs.append((para_start, end))
            para_start = None

    for raw_line in raw.split("\n"):
        line = raw_line.rstrip()
        head = _heading(line)
        if head is not None:
            close_paragraph()
            level, heading_text = head
            if not title and level == 1 and line.startswith("#"):
                title = heading_text
            headings.append((b.length, level, heading_text))
            in_refs = _is_reference_heading(heading_text)
            b.add(heading_text + "\n")
            continue
        if not line.strip():
            close_paragraph()
            b.add("\n")
            continue
        if in_refs:
            m = _REF_BULLET.match(line)
            if m:
                ref_counter = int(m.group(1)) if m.group(1) else ref_counter + 1
                bib_lines.append((str(ref_counter), clean_inline(m.group(2))))
            elif bib_lines and not m:
                in_refs = False  # back matter after the reference list
        if para_start is None:
            para_start = b.length
        _append_line(b, clean_inline(line), record_citations=not in_refs)
        b.add("\n")
    close_paragraph()

    text = b.text()
    # sections: each heading runs to the next heading of the same or a higher level
    sections: list[Section] = []
    for i, (start, level, heading_text) in enumerate(headings):
        end = len(text)
        for later_start, later_level, _ in headings[i + 1:]:
            if later_level <= level:
                end = later_start
                break
        sections.append(Section(heading_text, start, end, level))
    first_heading = headings[0][0] if headings else len(text)
    abstract = _abstract_section(text, paragraphs, first_heading)
    if abstract:
        sections.insert(0, abstract)

    paras = tuple(Paragraph(s, e, _section_title(sections, s)) for s, e in paragraphs)
    bibliography = {key: _parse_bib_entry(key, entry) for key, entry in bib_lines}
    citations = list(b.citations)
    ay = find_author_year_citations(text)
    citations.extend(ay)
    for mark in ay:
        for key in mark.keys:
            if key not in bibliography:
                km = re.match(r"^(.*), ((?:19|20)\d{2})", key)
                bibliography[key] = BibEntry(key=key, text=key, year=int(km.group(2)) if km else None,
                                             first_author=km.group(1).split()[0] if km else None)
    citations.sort(key=lambda c: (c.start, c.end))

    meta = dict(metadata)
    if not meta.get("title"):
        meta["title"] = title
    return Document(
        id=doc_id,
        text=text,
        sections=tuple(sections),
        paragraphs=paras,
        bibliography=tuple(bibliography.values()),
        citations=tuple(citations),
        **_document_fields(meta),
    )


def _abstract_section(text: str, paragraphs: Iterable[tuple[int, int]], first_heading: int) -> Section | None:
    """A structured ("Objective: ... Results: ...") or labelled ("Abstract: ...") abstract."""
    labelled = [
        (s, e) for s, e in paragraphs
        if re.match(rf"\s*(?:{'|'.join(_ABSTRACT_LABELS)})\s*:", text[s:e])
    ]
    if not labelled:
        return None
    start, end = labelled[0][0], labelled[-1][1]
    if text[start:end].lstrip().lower().startswith("abstract") or end <= first_heading or start < first_heading:
        return Section("Abstract", start, end, 2)
    return None


def _section_title(sections: list[Section], offset: int) -> str:
    best, best_level = "", -1
    for s in sections:
        if s.start <= offset < s.end and s.level >= best_level:
            best, best_level = s.title, s.level
    return best


def _document_fields(meta: dict[str, object]) -> dict[str, object]:
    out = {k: v for k, v in meta.items() if k in DOC_FIELDS and v is not None}
    for listed in ("authors", "keywords"):
        if listed in out:
            out[listed] = tuple(out[listed])  # type: ignore[arg-type]
    if "year" in out:
        out["year"] = int(out["year"])  # type: ignore[call-overload]
    return out


def read_text(path: str | Path, doc_id: str | None = None, **metadata: object) -> Document:
    """Read a UTF-8 text or Markdown file; a clear InputError for anything unreadable."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if not p.is_file():
        raise InputError(f"{p}: not a regular file")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror or exc})") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{p}: looks like a binary file, not text")
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{p}: not UTF-8 text (bad byte at offset {exc.start})") from None
    metadata.setdefault("source", p.name)
    return parse_text(raw, doc_id or p.stem, **metadata)


def extractable_paragraphs(document: Document) -> list[Paragraph]:
    """Paragraphs worth reading for claims: not references, funding, disclosures..."""
    out = []
    for para in document.paragraphs:
        title = re.sub(r"^[\d.\s]+", "", para.section).strip().lower()
        if title in SKIP_SECTIONS:
            continue
        out.append(para)
    return out
