"""Reader for BioC, XML and JSON (PubTator, the NCBI BioC-PMC service, BioC corpora).

A collection holds documents made of passages; each passage has an ``offset``, its
``text`` (or sentences) and ``infons`` saying what it is (``type``: front / title /
abstract / title_1 / paragraph / fig_caption / ref ..., ``section_type``: TITLE, ABSTRACT,
INTRO, METHODS, RESULTS, DISCUSS, REF ...).

When the passages' offsets increase with room between them (the normal case), every
passage is placed at its own offset, so offsets in exokg's output are the same as in the
BioC file (and in tools that annotate it). Otherwise passages are laid out one after the
other. ``title_N`` passages become sections of level N; the section type gives the
enclosing section ("Abstract", "Introduction", ...). Reference passages become the
bibliography, not text; acknowledgement, competing-interest and table passages are left
out of the text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from kg.errors import InputError
from kg.model import BibEntry, Document

from ._common import (
    Layout,
    first_year,
    load_bytes,
    looks_binary,
    normalize_doi,
    normalize_pmid,
    read_each,
    with_file_metadata,
)
from ._xml import child, children, local, parse_xml, text_of

SECTION_NAMES = {
    "TITLE": "Title", "ABSTRACT": "Abstract", "INTRO": "Introduction", "METHODS": "Methods",
    "RESULTS": "Results", "DISCUSS": "Discussion", "CONCL": "Conclusions", "CASE": "Case report",
    "FIG": "Figures", "TABLE": "Tables", "APPENDIX": "Appendix", "SUPPL": "Supplementary material",
}
SKIP_SECTION_TYPES = {"REF", "ACK_FUND", "COMP_INT", "AUTH_CONT", "ABBR", "REVIEW_INFO", "KEYWORD"}
SKIP_TYPES = {"table", "table_footnote", "ref", "footnote", "front_footnote"}
_TITLE_TYPE = re.compile(r"^(?:abstract_)?title_(\d)$")
MAX_PADDING = 10_000  # larger gaps between passages are not reproduced


@dataclass
class Passage:
    offset: int
    text: str
    infons: dict[str, str] = field(default_factory=dict)

    @property
    def type(self) -> str:
        return self.infons.get("type", "").lower()

    @property
    def section_type(self) -> str:
        return self.infons.get("section_type", "").upper()


@dataclass
class BiocDocument:
    id: str
    infons: dict[str, str]
    passages: list[Passage]
    extra: dict[str, Any] = field(default_factory=dict)  # JSON-only fields such as "pmid"


def _sentences_text(passage_offset: int, sentences: list[tuple[int, str]]) -> str:
    """Passage text rebuilt from its sentences, each at its own offset when possible."""
    out = ""
    for offset, text in sentences:
        rel = offset - passage_offset
        if rel >= len(out) and rel - len(out) <= MAX_PADDING:
            out += " " * (rel - len(out))
        elif out:
            out += " "
        out += text
    return out


def _int(value: Any, what: str, source: str) -> int:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        raise InputError(f"{source}: {what} {value!r} is not a whole number") from None
    if number < 0:
        raise InputError(f"{source}: {what} {number} is negative")
    return number


# -- XML ------------------------------------------------------------------------------------
def _infons_xml(el: etree._Element) -> dict[str, str]:
    return {i.get("key", ""): text_of(i) for i in children(el, "infon")}


def _passage_xml(el: etree._Element, source: str) -> Passage:
    offset = _int(text_of(child(el, "offset")) or 0, "passage offset", source)
    text_el = child(el, "text")
    if text_el is not None:
        text = "".join(text_el.itertext())
    else:
        sentences = [(_int(text_of(child(s, "offset")) or offset, "sentence offset", source),
                      "".join(child(s, "text").itertext()) if child(s, "text") is not None else "")
                     for s in children(el, "sentence")]
        text = _sentences_text(offset, sentences)
    return Passage(offset, text, _infons_xml(el))


def collection_from_xml(root: etree._Element, source: str) -> tuple[dict[str, str], list[BiocDocument]]:
    if local(root.tag) != "collection":
        raise InputError(f"{source}: a BioC file must have a <collection> root, not <{local(root.tag)}>")
    info = {"source": text_of(child(root, "source")), **_infons_xml(root)}
    docs = [BiocDocument(text_of(child(d, "id")), _infons_xml(d), [_passage_xml(p, source) for p in children(d, "passage")])
            for d in children(root, "document")]
    return info, docs


# -- JSON -----------------------------------------------------------------------------------
def _infons_json(value: Any) -> dict[str, str]:
    if not isinstance(value, Mapping):
        return {}
    return {str(k): str(v) for k, v in value.items() if v is not None}


def _passage_json(p: Any, source: str) -> Passage:
    if not isinstance(p, Mapping):
        raise InputError(f"{source}: a BioC passage must be an object, got {type(p).__name__}")
    offset = _int(p.get("offset", 0), "passage offset", source)
    text = p.get("text")
    if not isinstance(text, str):
        sentences = [(_int(s.get("offset", offset), "sentence offset", source), str(s.get("text") or ""))
                     for s in p.get("sentences") or [] if isinstance(s, Mapping)]
        text = _sentences_text(offset, sentences)
    return Passage(offset, text, _infons_json(p.get("infons")))


def collection_from_json(data: Any, source: str) -> tuple[dict[str, str], list[BiocDocument]]:
    """A BioC JSON collection, a list of collections (the BioC API), or PubTator's ``PubTator3`` wrapper."""
    if isinstance(data, Mapping) and "PubTator3" in data and isinstance(data["PubTator3"], list):
        data = {"source": "PubTator", "documents": data["PubTator3"]}
    collections = data if isinstance(data, list) else [data]
    info: dict[str, str] = {}
    docs: list[BiocDocument] = []
    for coll in collections:
        if not isinstance(coll, Mapping) or not isinstance(coll.get("documents"), list):
            raise InputError(f"{source}: not a BioC JSON collection (expected an object with a 'documents' list)")
        info = info or {"source": str(coll.get("source") or ""), **_infons_json(coll.get("infons"))}
        for d in coll["documents"]:
            if not isinstance(d, Mapping):
                raise InputError(f"{source}: a BioC document must be an object, got {type(d).__name__}")
            passages = d.get("passages") or []
            if not isinstance(passages, list):
                raise InputError(f"{source}: document {d.get('id')!r}: 'passages' must be a list")
            extra = {k: d[k] for k in ("pmid", "pmcid", "doi") if d.get(k)}
            docs.append(BiocDocument(str(d.get("id") or ""), _infons_json(d.get("infons")),
                                     [_passage_json(p, source) for p in passages], extra))
    return info, docs


# -- BioC document -> Document --------------------------------------------------------------
def _author(value: str) -> str:
    """``surname:Ye;given-names:Zhang`` -> ``Ye Z``."""
    parts = dict(p.split(":", 1) for p in value.split(";") if ":" in p)
    surname = parts.get("surname", "").strip()
    given = parts.get("given-names", "").strip()
    initials = "".join(w[0].upper() for w in re.split(r"[\s\-.]+", given) if w)
    return f"{surname} {initials}".strip() if surname else value.strip()


def _authors(infons: Mapping[str, str]) -> tuple[str, ...]:
    names = sorted((k for k in infons if re.fullmatch(r"name_\d+", k)), key=lambda k: int(k[5:]))
    if names:
        return tuple(_author(infons[k]) for k in names if infons[k].strip())
    if infons.get("authors"):
        return tuple(a.strip() for a in re.split(r"[,;]", infons["authors"]) if a.strip())
    return ()


def _bib_entry(p: Passage, key: str) -> BibEntry | None:
    inf = p.infons
    authors = _authors(inf)
    pieces = [", ".join(authors), p.text.strip(), inf.get("source", ""), inf.get("year", "")]
    text = ". ".join(x.rstrip(".") for x in pieces if x)
    if not text:
        return None
    return BibEntry(key=key, text=text, doi=normalize_doi(inf.get("pub-id_doi")),
                    pmid=normalize_pmid(inf.get("pub-id_pmid")), year=first_year(inf.get("year")),
                    first_author=authors[0].split(" ")[0] if authors else None)


def _in_text(p: Passage) -> bool:
    return bool(p.text.strip()) and p.section_type not in SKIP_SECTION_TYPES and p.type not in SKIP_TYPES


def _keeps_offsets(passages: list[Passage]) -> bool:
    """True when each passage can start at its own offset with at least one character between."""
    end = -1
    for p in passages:
        if p.offset <= end or p.offset - max(end, 0) > MAX_PADDING:
            return False
        end = p.offset + len(p.text)
    return True


def document_from_bioc(doc: BiocDocument, collection: Mapping[str, str], source: str) -> Document:
    passages = [p for p in doc.passages if _in_text(p)]
    front = next((p for p in doc.passages if p.type in {"front", "title"} or p.section_type == "TITLE"), None)
    meta: dict[str, str] = {**doc.infons, **(front.infons if front else {})}
    collection_source = (collection.get("source") or "").lower()
    pmid = normalize_pmid(meta.get("article-id_pmid") or meta.get("pmid") or str(doc.extra.get("pmid") or ""))
    if pmid is None and doc.id.isdigit() and ("pubmed" in collection_source or "pubtator" in collection_source):
        pmid = doc.id
    doi = normalize_doi(meta.get("article-id_doi") or meta.get("doi") or str(doc.extra.get("doi") or ""))
    title = front.text.strip() if front else ""
    refs = [p for p in doc.passages if p.section_type == "REF" or p.type == "ref"]
    bibliography = tuple(e for i, p in enumerate(refs) if (e := _bib_entry(p, str(i + 1))) is not None)

    layout = Layout()
    placed = _keeps_offsets(passages)
    current_type = ""
    for p in passages:
        if placed:
            layout.pad_to(p.offset)
        title_match = _TITLE_TYPE.match(p.type)
        in_abstract = p.type.startswith("abstract")
        section_type = p.section_type or ("ABSTRACT" if in_abstract else "")
        if p is front or p.type == "title":
            layout.heading("Title", 1, show=False)
            current_type = "TITLE"
        elif section_type and section_type != current_type:
            current_type = section_type
            if not title_match or in_abstract:  # a title_1 passage names the section itself
                layout.heading(SECTION_NAMES.get(section_type, section_type.capitalize()), 1, show=False)
        if title_match:
            level = int(title_match.group(1)) + (1 if in_abstract else 0)
            if placed:
                layout.heading(p.text, level, show=False)
                layout.raw(p.text)
            else:
                layout.heading(p.text, level)
        elif placed:
            layout.raw_paragraph(p.text)
        else:
            layout.paragraph(p.text)
    if not passages:
        raise InputError(f"{source}: BioC document {doc.id or '(no id)'} has no passage text")
    return layout.finish(
        None,
        title=title.rstrip("."),
        authors=_authors(meta),
        journal=meta.get("journal") or (meta.get("source") if front and front.type == "front" else None) or None,
        year=first_year(meta.get("year")),
        doi=doi,
        pmid=pmid,
        licence=meta.get("license") or meta.get("licence") or None,
        source=source,
        bibliography=bibliography,
    )


def documents_from_collection(info: Mapping[str, str], docs: list[BiocDocument], source: str) -> list[Document | InputError]:
    if not docs:
        raise InputError(f"{source}: the BioC collection has no documents")
    return read_each(docs, lambda d: document_from_bioc(d, info, source))


def documents_from_tree(root: etree._Element, source: str) -> list[Document | InputError]:
    info, docs = collection_from_xml(root, source)
    return documents_from_collection(info, docs, source)


def read_bioc_xml(path_: str | Path, doc_id: str | None = None, **metadata: object) -> list[Document | InputError]:
    p = Path(path_)
    return with_file_metadata(p, documents_from_tree(parse_xml(load_bytes(p), p), p.name), doc_id, dict(metadata),
                              "BioC documents")


def parse_bioc_json(data: bytes, source: str) -> list[Document | InputError]:
    if looks_binary(data):
        raise InputError(f"{source}: looks like a binary file, not BioC JSON")
    try:
        parsed = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise InputError(f"{source}: not UTF-8 text (bad byte at offset {exc.start})") from None
    except json.JSONDecodeError as exc:
        problem = "truncated JSON" if exc.pos >= len(data.rstrip()) - 1 else f"not valid JSON ({exc.msg})"
        raise InputError(f"{source}: {problem} at line {exc.lineno}, column {exc.colno}") from None
    except RecursionError:
        raise InputError(f"{source}: JSON nested too deeply to be a BioC collection") from None
    info, docs = collection_from_json(parsed, source)
    return documents_from_collection(info, docs, source)


def read_bioc_json(path_: str | Path, doc_id: str | None = None, **metadata: object) -> list[Document | InputError]:
    p = Path(path_)
    return with_file_metadata(p, parse_bioc_json(load_bytes(p), p.name), doc_id, dict(metadata), "BioC documents")
