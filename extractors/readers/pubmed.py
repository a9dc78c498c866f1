"""Reader for PubMed / MEDLINE XML (``efetch -db pubmed -format xml``, the annual baseline).

One file holds many citations; each becomes one Document: the title as the first paragraph,
then the abstract - a structured abstract keeps its labelled parts (Background, Methods,
Results, ...) as level-2 sections under "Abstract". PMID, DOI, year, journal, authors and
the reference list (when PubMed has it) are kept; MeSH headings are read for the species
they name (check tags such as "Rats") and exposed by :func:`mesh_headings`.

Document ids are ``pmid:<PMID>``. A record with neither title nor abstract is reported as
skipped; the rest of the file is still read.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from kg.errors import InputError
from kg.model import BibEntry, Document

from ._common import (
    citation_layout,
    first_year,
    load_bytes,
    normalize_doi,
    normalize_pmid,
    read_each,
    with_file_metadata,
)
from ._xml import child, children, descendants, first, local, parse_xml, path, text_of

RECORD_TAGS = ("PubmedArticle", "PubmedBookArticle", "MedlineCitation")

# MeSH check tags / descriptors that name the species studied
MESH_SPECIES = {
    "Rats": "rat",
    "Rats, Sprague-Dawley": "rat",
    "Rats, Wistar": "rat",
    "Mice": "mouse",
    "Mice, Inbred C57BL": "mouse",
    "Humans": "human",
    "Swine": "pig",
    "Dogs": "dog",
    "Rabbits": "rabbit",
    "Macaca mulatta": "monkey",
    "Macaca fascicularis": "monkey",
}
SPECIES_ORDER = ("rat", "mouse", "rabbit", "dog", "pig", "monkey", "human")


def _records(root: etree._Element) -> list[etree._Element]:
    name = local(root.tag)
    if name in RECORD_TAGS:
        return [root]
    return [el for el in root if local(el.tag) in RECORD_TAGS]


def _citation(record: etree._Element) -> etree._Element:
    """The element holding PMID, title and abstract (MedlineCitation or BookDocument)."""
    if local(record.tag) == "MedlineCitation":
        return record
    return first(child(record, "MedlineCitation"), child(record, "BookDocument"), record)  # type: ignore[return-value]


def mesh_headings(record: etree._Element) -> list[str]:
    """MeSH descriptors of a record, with qualifiers as ``Descriptor/qualifier`` (major topics starred)."""
    out: list[str] = []
    headings = path(_citation(record), "MeshHeadingList")
    if headings is None:
        return out
    for heading in children(headings, "MeshHeading"):
        descriptor = child(heading, "DescriptorName")
        if descriptor is None:
            continue
        name = text_of(descriptor)
        star = "*" if descriptor.get("MajorTopicYN") == "Y" else ""
        qualifiers = [text_of(q) + ("*" if q.get("MajorTopicYN") == "Y" else "")
                      for q in children(heading, "QualifierName")]
        if qualifiers:
            out.extend(f"{name}/{q}" for q in qualifiers)
        else:
            out.append(name + star)
    return out


def species_from_mesh(headings: list[str]) -> str | None:
    """The species MeSH headings (``Rats, Sprague-Dawley``, ``Mice/genetics``) name, "; "-joined in a fixed order."""
    found = set()
    for heading in headings:
        descriptor = heading.split("/", 1)[0].rstrip("*")
        if descriptor in MESH_SPECIES:
            found.add(MESH_SPECIES[descriptor])
    return "; ".join(s for s in SPECIES_ORDER if s in found) or None


def _authors(article: etree._Element | None) -> tuple[str, ...]:
    authors: list[str] = []
    author_list = child(article, "AuthorList")
    if author_list is None:
        return ()
    for author in children(author_list, "Author"):
        if author.get("ValidYN") == "N":
            continue
        last, initials = text_of(child(author, "LastName")), text_of(child(author, "Initials"))
        collective = text_of(child(author, "CollectiveName"))
        if last:
            authors.append(f"{last} {initials}".strip())
        elif collective:
            authors.append(collective)
    return tuple(authors)


def _year(citation: etree._Element, article: etree._Element | None) -> int | None:
    pub_date = path(article, "Journal", "JournalIssue", "PubDate")
    for candidate in (child(pub_date, "Year"), child(pub_date, "MedlineDate"),
                      path(article, "ArticleDate", "Year"), path(citation, "DateCompleted", "Year")):
        year = first_year(text_of(candidate))
        if year:
            return year
    return None


def _doi(record: etree._Element, article: etree._Element | None) -> str | None:
    for loc in children(article, "ELocationID") if article is not None else []:
        if loc.get("EIdType") == "doi" and loc.get("ValidYN") != "N":
            doi = normalize_doi(text_of(loc))
            if doi:
                return doi
    for ident in descendants(record, "ArticleId"):
        if ident.get("IdType") == "doi" and local(ident.getparent().getparent().tag) == "PubmedData":
            doi = normalize_doi(text_of(ident))
            if doi:
                return doi
    return None


def _bibliography(record: etree._Element) -> tuple[BibEntry, ...]:
    entries: list[BibEntry] = []
    for reference in descendants(record, "Reference"):
        text = text_of(child(reference, "Citation"))
        ids = {i.get("IdType"): text_of(i) for i in descendants(reference, "ArticleId")}
        if not text and not ids:
            continue
        first = text.split(" ", 1)[0].rstrip(",") if text else None
        entries.append(BibEntry(key=str(len(entries) + 1), text=text, doi=normalize_doi(ids.get("doi")),
                                pmid=normalize_pmid(ids.get("pubmed")), year=first_year(text),
                                first_author=first or None))
    return tuple(entries)


def document_from_record(record: etree._Element, source: str) -> Document:
    """One PubMed record -> Document (pure; raises InputError when the record has no text)."""
    citation = _citation(record)
    article = first(child(citation, "Article"), citation)
    pmid = normalize_pmid(text_of(child(citation, "PMID")))
    title = text_of(child(article, "ArticleTitle")) or text_of(child(article, "VernacularTitle")) \
        or text_of(path(citation, "Book", "BookTitle"))
    title = title.strip()
    abstract = first(child(article, "Abstract"), child(citation, "Abstract"))
    parts = [(a.get("Label") or "", text_of(a)) for a in children(abstract, "AbstractText")] \
        if abstract is not None else []
    parts = [(label, text) for label, text in parts if text]
    layout = citation_layout(title, parts)
    if not title and not parts:
        raise InputError(f"{source}: PubMed record {pmid or '(no PMID)'} has neither title nor abstract")
    journal = text_of(path(article, "Journal", "Title")) or text_of(path(citation, "MedlineJournalInfo", "MedlineTA"))
    return layout.finish(
        None,
        title=title.rstrip("."),
        authors=_authors(article),
        journal=journal or None,
        year=_year(citation, article),
        doi=_doi(record, article),
        pmid=pmid,
        source=source,
        species=species_from_mesh(mesh_headings(record)),
        keywords=tuple(mesh_headings(record)),
        bibliography=_bibliography(record),
    )


def documents_from_tree(root: etree._Element, source: str) -> list[Document | InputError]:
    """Every citation of a PubmedArticleSet; unreadable records come back as InputError."""
    records = _records(root)
    if not records:
        raise InputError(f"{source}: a PubMed file without PubmedArticle records")
    return read_each(records, lambda record: document_from_record(record, source))


def read_pubmed(path_: str | Path, doc_id: str | None = None, **metadata: object) -> list[Document | InputError]:
    p = Path(path_)
    items = documents_from_tree(parse_xml(load_bytes(p), p), p.name)
    return with_file_metadata(p, items, doc_id, dict(metadata), "PubMed records")
