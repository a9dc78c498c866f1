"""Safe XML parsing shared by the PubMed, JATS and BioC readers.

The parser never resolves entities (no XXE, no entity-expansion bombs), never touches the
network, never loads a DTD and refuses huge trees. Entity references that are left in the
tree (``&nbsp;`` from a JATS DTD we did not load) become their HTML character when known.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from kg.errors import InputError

from ._common import collapse_space

# the registry of root elements we can read: local name -> format
ROOTS = {
    "PubmedArticleSet": "pubmed",
    "PubmedArticle": "pubmed",
    "MedlineCitationSet": "pubmed",
    "MedlineCitation": "pubmed",
    "article": "jats",
    "pmc-articleset": "jats",
    "collection": "bioc",
}


def safe_parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        dtd_validation=False,
        remove_comments=True,
        remove_pis=True,
    )


def parse_xml(data: bytes, source: str | Path) -> etree._Element:
    """Parse bytes into an element tree; a clear InputError for anything malformed."""
    try:
        root = etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError as exc:
        message = str(exc.msg if hasattr(exc, "msg") else exc)
        line = exc.lineno
        if "Premature end of data" in message or "EndTag" in message or "expected '>'" in message:
            raise InputError(f"{source}: truncated XML (ends at line {line} inside an open element)") from None
        if "encoding" in message.lower() or "UTF-8" in message:
            raise InputError(
                f"{source}: not valid text in its declared encoding (line {line}); expected UTF-8 XML"
            ) from None
        raise InputError(f"{source}: not well-formed XML (line {line}: {message})") from None
    except ValueError as exc:  # e.g. unicode strings with an encoding declaration
        raise InputError(f"{source}: cannot be parsed as XML ({exc})") from None
    if root is None:
        raise InputError(f"{source}: the XML document is empty")
    return root


def local(tag: object) -> str:
    """Local name of an element tag (``{ns}name`` -> ``name``); "" for comments and entities."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def xml_format(root: etree._Element) -> str | None:
    return ROOTS.get(local(root.tag))


def entity_text(node: etree._Element) -> str:
    """The character an unresolved entity reference stands for ("" when unknown)."""
    raw = node.text or ""
    char = html.unescape(raw)
    return "" if char == raw else char


def iter_text(node: etree._Element) -> Iterator[str]:
    """Like ``itertext`` but entity references become characters (or nothing)."""
    if node.tag is etree.Entity:
        yield entity_text(node)
        return
    if not isinstance(node.tag, str):
        return
    if node.text:
        yield node.text
    for child in node:
        yield from iter_text(child)
        if child.tail:
            yield child.tail


def text_of(node: etree._Element | None) -> str:
    """All text under ``node`` with whitespace collapsed ("" for None)."""
    if node is None:
        return ""
    return collapse_space("".join(iter_text(node)))


def children(node: etree._Element, name: str) -> list[etree._Element]:
    return [c for c in node if local(c.tag) == name]


def child(node: etree._Element | None, name: str) -> etree._Element | None:
    if node is None:
        return None
    for c in node:
        if local(c.tag) == name:
            return c
    return None


def first(*nodes: etree._Element | None) -> etree._Element | None:
    """The first node that exists (elements without children are falsy, so never use ``or``)."""
    for node in nodes:
        if node is not None:
            return node
    return None


def path(node: etree._Element | None, *names: str) -> etree._Element | None:
    for name in names:
        node = child(node, name)
    return node


def descendants(node: etree._Element, name: str) -> Iterator[etree._Element]:
    for el in node.iter():
        if local(el.tag) == name:
            yield el
