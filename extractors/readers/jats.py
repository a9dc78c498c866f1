"""Reader for JATS / NLM XML full text (PubMed Central ``.nxml``, ``efetch -db pmc``, publisher JATS).

The article becomes: title, abstract (structured parts as level-2 sections), the body's
sections with their titles (nested ``<sec>`` -> deeper levels), and figure/table captions
as paragraphs where they stand. Tables, formulas shown as displays, acknowledgements and
back matter are left out of the text. The reference list becomes the bibliography (PMIDs
and DOIs from ``pub-id``); each ``<xref ref-type="bibr">`` becomes a CitationMark over its
text, so evidence can point at the cited study. Superscript citation numbers are removed
from the text (``recovery<sup>1,2</sup>`` reads "recovery") and leave a zero-width mark,
as the plain-text reader does. Ranges (``1–3``) cite every reference in between.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from kg.errors import InputError
from kg.model import BibEntry, CitationMark, Document

from ._common import (
    Layout,
    first_year,
    load_bytes,
    normalize_doi,
    normalize_pmid,
    read_each,
    with_file_metadata,
)
from ._xml import child, children, descendants, entity_text, first, local, parse_xml, path, text_of

XLINK_HREF = "{http://www.w3.org/1999/xlink}href"

# block elements that never enter the text
SKIP_BLOCKS = {
    "disp-formula", "table", "graphic", "media", "alternatives", "ack", "ref-list", "fn-group", "notes",
    "glossary", "sub-article", "app-group", "sec-meta", "supplementary-material", "inline-graphic",
    "object-id", "permissions", "back", "processing-meta",
}
# block elements that may sit inside a <p> and are laid out after it
FLOATS = {"fig", "fig-group", "table-wrap", "table-wrap-group", "list", "disp-quote", "boxed-text",
          "statement", "def-list", "fn", "disp-formula-group", "code", "preformat", "verse-group"}
SKIP_ABSTRACT_TYPES = {"graphical", "teaser", "toc", "web-summary", "precis", "author-highlights"}
_SUP_CITATION = re.compile(r"^[\s\[\](),;–—\-\d]*$")
_RANGE_DASH = {"–", "-", "—", "‒"}
_CC = re.compile(r"creativecommons\.org/(?:licenses/([a-z\-]+)/(\d\.\d)|publicdomain/(zero)/(\d\.\d))", re.I)
_DOI_IN_TEXT = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>]+)")


@dataclass
class _Context:
    """Per-article state for the inline walk."""

    ref_order: dict[str, int]
    ref_keys: list[str]
    floats: list[etree._Element] = field(default_factory=list)
    gap: str = ""  # text written since the last citation mark (to detect "1–3" ranges)
    last_mark: int | None = None  # index into layout.citations of the last mark in this paragraph

    def expand(self, first_key: str, last_key: str) -> tuple[str, ...]:
        a, b = self.ref_order.get(first_key), self.ref_order.get(last_key)
        if a is None or b is None or not 0 < b - a < 200:
            return ()
        return tuple(self.ref_keys[a + 1:b])


def _initials(given: str) -> str:
    return "".join(part[0].upper() for part in re.split(r"[\s\-.]+", given) if part)


def _authors(meta: etree._Element | None) -> tuple[str, ...]:
    out: list[str] = []
    if meta is None:
        return ()
    for group in children(meta, "contrib-group"):
        for contrib in children(group, "contrib"):
            if contrib.get("contrib-type", "author") != "author":
                continue
            name = first(child(contrib, "name"), path(contrib, "name-alternatives", "name"))
            if name is not None:
                surname, given = text_of(child(name, "surname")), text_of(child(name, "given-names"))
                if surname:
                    out.append(f"{surname} {_initials(given)}".strip())
                    continue
            collab = text_of(child(contrib, "collab"))
            if collab:
                out.append(collab)
    return tuple(out)


def _year(meta: etree._Element | None) -> int | None:
    if meta is None:
        return None
    dates = children(meta, "pub-date")
    preferred = ("epub", "ppub", "pub", "collection", "epub-ppub")
    dates.sort(key=lambda d: preferred.index(t) if (t := d.get("pub-type") or d.get("date-type") or "") in preferred
               else len(preferred))
    for date in dates:
        year = first_year(text_of(child(date, "year")))
        if year:
            return year
    return None


def _licence(meta: etree._Element | None) -> str | None:
    licence = path(meta, "permissions", "license")
    if licence is None:
        return None
    href = licence.get(XLINK_HREF) or ""
    for el in licence.iter():
        if local(el.tag) == "license_ref":
            href = href or text_of(el)
        elif local(el.tag) == "ext-link" and not href:
            href = el.get(XLINK_HREF) or ""
    m = _CC.search(href) or _CC.search(text_of(licence))
    if m:
        if m.group(3):
            return f"CC0 {m.group(4)}"
        return f"CC {m.group(1).upper()} {m.group(2)}"
    return href or licence.get("license-type") or None


def _article_ids(meta: etree._Element | None) -> dict[str, str]:
    ids: dict[str, str] = {}
    if meta is not None:
        for ident in children(meta, "article-id"):
            kind = ident.get("pub-id-type", "")
            ids.setdefault(kind, text_of(ident))
    return ids


def _plain_title(el: etree._Element | None) -> str:
    """Title text without footnote markers (``<xref>``)."""
    if el is None:
        return ""
    parts: list[str] = [el.text or ""]
    for c in el:
        if local(c.tag) != "xref":
            parts.append(text_of(c) if isinstance(c.tag, str) else entity_text(c))
        parts.append(c.tail or "")
    return " ".join("".join(parts).split())


def _bib_entry(ref: etree._Element, key: str) -> BibEntry | None:
    cite = None
    for name in ("element-citation", "mixed-citation", "citation", "nlm-citation"):
        cite = next(descendants(ref, name), None)
        if cite is not None:
            break
    if cite is None:
        return None
    ids = {p.get("pub-id-type"): text_of(p) for p in descendants(cite, "pub-id")}
    surnames = [text_of(s) for s in descendants(cite, "surname")]
    collab = text_of(next(descendants(cite, "collab"), None))
    if local(cite.tag) == "element-citation":
        names = []
        for name in descendants(cite, "name"):
            surname = text_of(child(name, "surname"))
            names.append(f"{surname} {_initials(text_of(child(name, 'given-names')))}".strip())
        pieces = [", ".join(names) or collab, text_of(child(cite, "article-title")) or text_of(child(cite, "chapter-title")),
                  text_of(child(cite, "source"))]
        tail = text_of(child(cite, "year"))
        if text_of(child(cite, "volume")):
            tail += f";{text_of(child(cite, 'volume'))}"
        if text_of(child(cite, "fpage")):
            tail += f":{text_of(child(cite, 'fpage'))}"
        text = ". ".join(p.rstrip(".") for p in [*pieces, tail] if p) + "."
    else:
        text = text_of(cite)
    doi = normalize_doi(ids.get("doi"))
    if doi is None:
        for link in descendants(cite, "ext-link"):
            doi = normalize_doi(link.get(XLINK_HREF) or text_of(link))
            if doi:
                break
    if doi is None:
        m = _DOI_IN_TEXT.search(text)
        doi = normalize_doi(m.group(1)) if m else None
    first_author = surnames[0] if surnames else collab or (text.split(" ", 1)[0].rstrip(",.") if text else "")
    return BibEntry(key=key, text=text, doi=doi, pmid=normalize_pmid(ids.get("pmid")),
                    year=first_year(text_of(child(cite, "year"))) or first_year(text),
                    first_author=first_author or None)


def _bibliography(article: etree._Element) -> tuple[BibEntry, ...]:
    entries: dict[str, BibEntry] = {}
    back = child(article, "back")
    if back is None:
        return ()
    for ref in descendants(back, "ref"):
        key = ref.get("id") or text_of(child(ref, "label")).rstrip(".") or str(len(entries) + 1)
        entry = _bib_entry(ref, key)
        if entry is not None and key not in entries:
            entries[key] = entry
    return tuple(entries.values())


class _Walker:
    """Lays one article's abstract and body out into a Layout."""

    def __init__(self, layout: Layout, ctx: _Context) -> None:
        self.layout = layout
        self.ctx = ctx

    # -- inline ----------------------------------------------------------------------------
    def write(self, text: str | None) -> None:
        if text:
            self.layout.write(text)
            self.ctx.gap += text

    def inline(self, el: etree._Element) -> None:
        self.write(el.text)
        for c in el:
            self.inline_child(c)
            self.write(c.tail)

    def inline_child(self, c: etree._Element) -> None:
        if c.tag is etree.Entity:
            self.write(entity_text(c))
            return
        name = local(c.tag)
        if not name:
            return
        if name == "xref" and c.get("ref-type") == "bibr":
            self.citation(c)
        elif name == "sup" and self.is_superscript_citation(c):
            keys = self.sup_keys(c)
            self.layout.mark(keys)
            self.ctx.gap = ""
            self.ctx.last_mark = None
        elif name in FLOATS:
            self.ctx.floats.append(c)
        elif name in SKIP_BLOCKS:
            return
        elif name == "break":
            self.layout.space()
        elif name == "inline-formula":
            self.write(text_of(c))
        else:
            self.inline(c)

    def citation(self, xref: etree._Element) -> None:
        keys = tuple((xref.get("rid") or "").split())
        span = self.layout.write(text_of(xref))
        if span is None:
            span = (self.layout.length, self.layout.length)
        ctx = self.ctx
        if ctx.last_mark is not None and ctx.gap.strip() in _RANGE_DASH and keys:
            previous = self.layout.citations[ctx.last_mark]
            between = ctx.expand(previous.keys[-1], keys[0])
            if between:
                merged = (*previous.keys, *between, *keys)
                self.layout.citations[ctx.last_mark] = CitationMark(previous.start, span[1], merged)
                ctx.gap = ""
                return
        if keys:
            self.layout.mark(keys, span)
            ctx.last_mark = len(self.layout.citations) - 1
        ctx.gap = ""

    @staticmethod
    def is_superscript_citation(sup: etree._Element) -> bool:
        has_ref = any(local(x.tag) == "xref" and x.get("ref-type") == "bibr" for x in sup.iter())
        return has_ref and bool(_SUP_CITATION.match(text_of(sup)))

    def sup_keys(self, sup: etree._Element) -> tuple[str, ...]:
        keys: list[str] = []
        gap = sup.text or ""
        for c in sup:
            if local(c.tag) == "xref" and c.get("ref-type") == "bibr":
                these = (c.get("rid") or "").split()
                if keys and these and gap.strip() in _RANGE_DASH:
                    keys.extend(self.ctx.expand(keys[-1], these[0]))
                keys.extend(these)
                gap = ""
            gap += c.tail or ""
        return tuple(dict.fromkeys(keys))

    # -- blocks ----------------------------------------------------------------------------
    def paragraph(self, p: etree._Element, level: int) -> None:
        self.layout.begin_paragraph()
        self.ctx.gap, self.ctx.last_mark = "", None
        floats_before = len(self.ctx.floats)
        self.inline(p)
        self.layout.end_paragraph()
        pending = self.ctx.floats[floats_before:]
        del self.ctx.floats[floats_before:]
        for f in pending:
            self.block(f, level)

    def caption(self, el: etree._Element) -> None:
        label = text_of(child(el, "label"))
        cap = child(el, "caption")
        self.layout.begin_paragraph()
        self.ctx.gap, self.ctx.last_mark = "", None
        if label:
            self.write(label.rstrip(".") + ". ")
        if cap is not None:
            for part in cap:
                if local(part.tag) in {"title", "p"}:
                    self.inline(part)
                    self.write(" ")
        self.layout.end_paragraph()

    def section(self, sec: etree._Element, level: int) -> None:
        title = _plain_title(child(sec, "title"))
        label = text_of(child(sec, "label"))
        heading = f"{label} {title}".strip() if title and label and label[0].isdigit() else title
        if heading:
            self.layout.heading(heading, level)
        for c in sec:
            if local(c.tag) in {"title", "label"}:
                continue
            self.block(c, level + 1 if heading else level)
        if heading:
            self.layout.end_section(level)

    def block(self, el: etree._Element, level: int) -> None:
        name = local(el.tag)
        if not name or name in SKIP_BLOCKS or name in {"title", "label"}:
            return
        if name == "sec":
            self.section(el, max(level, 1))
        elif name == "p":
            self.paragraph(el, level)
        elif name in {"fig", "table-wrap"}:
            self.caption(el)
        elif name == "list":
            for item in children(el, "list-item"):
                self.blocks(item, level)
        elif name == "def-list":
            for item in children(el, "def-item"):
                self.layout.paragraph(f"{text_of(child(item, 'term'))}: {text_of(child(item, 'def'))}")
        elif name in {"fn"}:
            return
        else:  # containers: body, boxed-text, disp-quote, fig-group, statement, list-item...
            self.blocks(el, level)

    def blocks(self, el: etree._Element, level: int) -> None:
        if el.text and el.text.strip() and local(el.tag) not in {"body", "abstract"}:
            self.layout.paragraph(el.text)
        for c in el:
            self.block(c, level)

    def abstract(self, abstract: etree._Element) -> None:
        self.layout.heading("Abstract", 1)
        for c in abstract:
            name = local(c.tag)
            if name == "sec":
                self.section(c, 2)
            elif name != "title":
                self.block(c, 2)
        self.layout.end_section(1)


def _main_abstract(meta: etree._Element | None) -> etree._Element | None:
    if meta is None:
        return None
    abstracts = children(meta, "abstract")
    for a in abstracts:
        if not a.get("abstract-type"):
            return a
    for a in abstracts:
        if a.get("abstract-type") not in SKIP_ABSTRACT_TYPES:
            return a
    return None


def document_from_article(article: etree._Element, source: str) -> Document:
    """One ``<article>`` -> Document (pure)."""
    meta = path(article, "front", "article-meta")
    journal_meta = path(article, "front", "journal-meta")
    journal = text_of(first(path(journal_meta, "journal-title-group", "journal-title"),
                            child(journal_meta, "journal-title")))
    ids = _article_ids(meta)
    title = _plain_title(path(meta, "title-group", "article-title"))
    bibliography = _bibliography(article)
    keys = [b.key for b in bibliography]
    ctx = _Context({k: i for i, k in enumerate(keys)}, keys)
    layout = Layout()
    walker = _Walker(layout, ctx)
    if title:
        layout.heading("Title", 1, show=False)
        layout.paragraph(title)
        layout.end_section(1)
    abstract = _main_abstract(meta)
    if abstract is not None:
        walker.abstract(abstract)
    body = child(article, "body")
    if body is not None:
        walker.blocks(body, 1)
    floats = child(article, "floats-group")
    if floats is not None and len(floats):
        layout.heading("Figures and tables", 1)
        walker.blocks(floats, 2)
        layout.end_section(1)
    if not layout.length and not title:
        raise InputError(f"{source}: the JATS article has no title, abstract or body text")
    return layout.finish(
        None,
        title=title.rstrip("."),
        authors=_authors(meta),
        journal=journal or None,
        year=_year(meta),
        doi=normalize_doi(ids.get("doi")),
        pmid=normalize_pmid(ids.get("pmid")),
        licence=_licence(meta),
        source=source,
        bibliography=bibliography,
    )


def documents_from_tree(root: etree._Element, source: str) -> list[Document | InputError]:
    """An ``<article>`` or a ``<pmc-articleset>`` of them."""
    articles = [root] if local(root.tag) == "article" else [a for a in root if local(a.tag) == "article"]
    if not articles:
        raise InputError(f"{source}: no <article> element in this JATS file")
    return read_each(articles, lambda article: document_from_article(article, source))


def read_jats(path_: str | Path, doc_id: str | None = None, **metadata: object) -> list[Document | InputError]:
    p = Path(path_)
    return with_file_metadata(p, documents_from_tree(parse_xml(load_bytes(p), p), p.name), doc_id, dict(metadata),
                              "articles")
