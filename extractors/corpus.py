"""Loading a corpus: a folder with a ``manifest.json`` (bibliographic facts per file) or, without
one, every readable file in the folder; and reading a batch of files robustly.

:func:`read_batch` reads files one at a time into a document store (the build's cache), so
memory holds only small per-document records. A file that cannot be read is skipped with its
reason; the rest of the batch goes on. Copies of one paper from different sources (a PubMed
abstract and the PMC full text, found by shared PMID, DOI or identical text) become one
document: the richer copy, with bibliographic gaps filled from the others and every source
recorded.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from extractors.readers import FORMATS, READERS, read_documents
from kg.errors import InputError
from kg.model import Document

MANIFEST = "manifest.json"
DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


@dataclass(frozen=True, slots=True)
class CorpusEntry:
    path: Path
    doc_id: str | None
    metadata: dict[str, Any]
    format: str | None = None  # a manifest's "format" when it names a reader (see extractors.readers.FORMATS)


def corpus_entries(corpus: str | Path) -> list[CorpusEntry]:
    """The files of a corpus with their manifest metadata, in a stable order."""
    root = Path(corpus)
    if not root.exists():
        raise InputError(f"corpus folder {root} does not exist")
    if root.is_file():
        return [CorpusEntry(root, None, {})]
    if not root.is_dir():
        raise InputError(f"corpus path {root} is neither a folder nor a file")
    manifest = root / MANIFEST
    if manifest.exists():
        try:
            data = json.loads(manifest.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(f"{manifest}: not a readable JSON manifest ({exc})") from None
        docs = data.get("documents") if isinstance(data, dict) else None
        if not isinstance(docs, list):
            raise InputError(f"{manifest}: expected an object with a 'documents' list")
        entries = []
        for i, item in enumerate(docs):
            if not isinstance(item, dict) or not item.get("file"):
                raise InputError(f"{manifest}: documents[{i}] has no 'file'")
            meta = {k: v for k, v in item.items() if k not in {"file", "id", "format", "kind", "note", "date"}}
            fmt = item.get("format")
            entries.append(CorpusEntry(root / item["file"], item.get("id"), meta,
                                       fmt if isinstance(fmt, str) and fmt.lower() in FORMATS else None))
        return entries
    files = sorted(p for p in root.iterdir()
                   if p.is_file() and not p.name.startswith(".") and (p.suffix.lower() in READERS or not p.suffix))
    if not files:
        known = ", ".join(sorted(READERS))
        raise InputError(f"corpus folder {root} has no {MANIFEST} and no readable files ({known})")
    return [CorpusEntry(p, None, {}) for p in files]


def read_corpus(corpus: str | Path) -> Iterator[Document]:
    """Every document of a corpus, in order (a file that fails raises its InputError)."""
    for entry in corpus_entries(corpus):
        for item in read_documents(entry.path, entry.doc_id, format=entry.format, **entry.metadata):
            if isinstance(item, InputError):
                raise item
            yield item


# -- reading a batch of files: per-file errors, duplicates, one record per paper -------------
@dataclass(frozen=True, slots=True)
class Copy:
    """One file's copy of a paper, as stored (its text is in the document store, not here)."""

    id: str
    key: str  # the store's key: the document's content hash (see kg.cache.document_key)
    pmid: str | None
    doi: str | None
    text_hash: str
    size: int  # characters of text: the richer copy of a paper wins
    source: str  # file name

    def identities(self) -> set[str]:
        """Keys under which two copies are the same paper."""
        ids = {f"id:{self.id}", f"text:{self.text_hash}"}
        if self.pmid:
            ids.add(f"pmid:{self.pmid}")
        if self.doi:
            ids.add(f"doi:{self.doi.lower()}")
        return ids

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "key": self.key, "pmid": self.pmid, "doi": self.doi, "text_hash": self.text_hash,
                "size": self.size, "source": self.source}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Copy:
        return cls(data["id"], data["key"], data.get("pmid"), data.get("doi"), data["text_hash"], int(data["size"]),
                   data["source"])


@dataclass(frozen=True, slots=True)
class DocRecord:
    """One paper of a build: the document to process (``key``) and the copies it was made from."""

    id: str
    key: str
    copies: tuple[Copy, ...]

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.source for c in self.copies))

    @property
    def source(self) -> str:
        return "; ".join(self.sources)

    @property
    def keys(self) -> set[str]:
        """Every stored document this record needs: its own and its copies'."""
        return {self.key, *(c.key for c in self.copies)}

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "key": self.key, "copies": [c.to_dict() for c in self.copies]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocRecord:
        return cls(data["id"], data["key"], tuple(Copy.from_dict(c) for c in data["copies"]))


class DocumentStore(Protocol):
    """Where scanned documents are parked until they are processed (kg.cache.ResultCache)."""

    def put_document(self, document: Document) -> str: ...

    def get_document(self, key: str) -> Document: ...


@dataclass
class Batch:
    """The outcome of reading a batch of files."""

    documents: list[DocRecord]  # one per paper, sorted by id
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, why)
    added: list[str] = field(default_factory=list)  # ids new to the build
    updated: list[str] = field(default_factory=list)  # ids whose content changed
    unchanged: list[str] = field(default_factory=list)  # ids read again with the same content
    files: int = 0

    @property
    def merged(self) -> list[tuple[str, str]]:
        """(kept document id, source merged into it) for every paper read from more than one file."""
        return merged_copies(self.documents)


def merged_copies(records: Sequence[DocRecord]) -> list[tuple[str, str]]:
    """(kept document id, source of the duplicate) for every paper read from more than one file: the
    kept copy comes first in a record's copies."""
    return [(r.id, c.source) for r in records for c in r.copies[1:]]


_FILLABLE = ("title", "authors", "journal", "year", "doi", "pmid", "licence", "species", "keywords", "bibliography")


def merge_documents(documents: Sequence[Document]) -> tuple[Document, int]:
    """One document from copies of a paper: the richest text, gaps filled from the others (bibliographic
    facts, keywords, and a reference list: a MEDLINE export has none, the XML of the same citation may).

    Returns the merged document and the index of the copy whose text was kept.
    """
    best = max(range(len(documents)), key=lambda i: (len(documents[i].text), len(documents[i].bibliography), -i))
    merged = documents[best]
    changes: dict[str, Any] = {}
    for name in _FILLABLE:
        if getattr(merged, name) in (None, "", ()):
            for other in documents:
                value = getattr(other, name)
                if value not in (None, "", ()):
                    changes[name] = value
                    break
    return (replace(merged, **changes) if changes else merged), best


def _groups(copies: list[Copy]) -> list[list[Copy]]:
    """Copies that share an id, PMID, DOI or text, grouped (union-find), in first-seen order."""
    parent = list(range(len(copies)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, copy in enumerate(copies):
        for ident in sorted(copy.identities()):
            if ident in owner:
                a, b = find(owner[ident]), find(i)
                if a != b:
                    parent[max(a, b)] = min(a, b)
            else:
                owner[ident] = i
    groups: dict[int, list[Copy]] = {}
    for i, copy in enumerate(copies):
        groups.setdefault(find(i), []).append(copy)
    return list(groups.values())


def _paper(group: list[Copy], store: DocumentStore) -> DocRecord:
    if len(group) == 1:
        return DocRecord(group[0].id, group[0].key, (group[0],))
    document, best = merge_documents([store.get_document(c.key) for c in group])
    winner = group[best]
    copies = (winner, *(c for i, c in enumerate(group) if i != best))
    return DocRecord(winner.id, store.put_document(document), copies)


def read_batch(
    entries: Iterable[CorpusEntry],
    store: DocumentStore,
    *,
    existing: Sequence[DocRecord] = (),
    max_bytes: int | None = None,
    progress: Callable[[list[CorpusEntry]], Iterable[CorpusEntry]] | None = None,
) -> Batch:
    """Read files into ``store``; a bad file or record is skipped with its reason, never fatal.

    ``existing`` are the papers of a previous build. A file read again replaces its earlier
    copy (an update); a copy that shares an id, PMID, DOI or text with another is the same
    paper, and the copies are merged (the richer text kept, gaps filled, every source
    recorded); two different papers claiming one id keep the first. Only small records are
    kept in memory; texts go to ``store``.
    """
    entries = list(entries)
    batch = Batch(documents=[], files=len(entries))
    # slot -> copy, in first-seen order; indexed by document id so each file is checked in O(1)
    copies: dict[int, Copy] = dict(enumerate(c for r in existing for c in r.copies))
    slots_by_id: dict[str, list[int]] = {}
    for slot, c in copies.items():
        slots_by_id.setdefault(c.id, []).append(slot)
    next_slot = len(copies)
    old_paper = {c.key: r.key for r in existing for c in r.copies}
    fresh: set[str] = set()  # keys of copies read in this batch
    for entry in progress(entries) if progress else entries:
        label = str(entry.path)
        try:
            items = read_documents(entry.path, entry.doc_id, format=entry.format, max_bytes=max_bytes,
                                   **entry.metadata)
        except InputError as exc:
            batch.skipped.append((label, _reason(exc, label)))
            continue
        except Exception as exc:  # a reader bug must not sink the batch; report it with the file
            batch.skipped.append((label, f"unexpected {type(exc).__name__} while reading: {exc}"))
            continue
        for item in items:
            if isinstance(item, InputError):
                batch.skipped.append((label, _reason(item, label)))
                continue
            copy = Copy(item.id, store.put_document(item), item.pmid, item.doi, item.content_hash, len(item.text),
                        entry.path.name)
            same_id = [s for s in slots_by_id.get(copy.id, ()) if s in copies]
            same_file = [s for s in same_id if copies[s].source == copy.source]
            if any(copies[s].key == copy.key for s in same_file):
                fresh.add(copy.key)  # read again, unchanged
                continue
            if same_file:  # the file changed: its new copy replaces the old one
                for s in same_file:
                    if copies[s].key in old_paper:
                        old_paper.setdefault(copy.key, old_paper[copies[s].key])
                copies[same_file[0]] = copy
                for s in same_file[1:]:
                    del copies[s]
            else:
                rival = next((copies[s] for s in same_id if not _same_paper(copies[s], copy)), None)
                if rival is not None:
                    batch.skipped.append((label, f"document id {copy.id!r} is already used by {rival.source}"))
                    continue
                copies[next_slot] = copy
                slots_by_id.setdefault(copy.id, []).append(next_slot)
                next_slot += 1
            fresh.add(copy.key)

    for group in _groups(list(copies.values())):
        paper = _paper(group, store)
        batch.documents.append(paper)
        if not any(c.key in fresh for c in group):
            continue
        previous = {old_paper[c.key] for c in group if c.key in old_paper}
        if not previous:
            batch.added.append(paper.id)
        elif paper.key in previous:
            batch.unchanged.append(paper.id)
        else:
            batch.updated.append(paper.id)
    batch.documents.sort(key=lambda r: r.id)
    return batch


def _same_paper(a: Copy, b: Copy) -> bool:
    return bool((a.identities() & b.identities()) - {f"id:{a.id}"})


def _reason(exc: InputError, label: str) -> str:
    """The error message without the file name it starts with (the summary shows it once)."""
    message = str(exc)
    for prefix in (f"{label}: ", f"{Path(label).name}: "):
        if message.startswith(prefix):
            return message[len(prefix):]
    return message


def entries_for(paths: Iterable[str | Path]) -> list[CorpusEntry]:
    """Corpus entries for files named on a command line (a folder contributes its corpus)."""
    entries: list[CorpusEntry] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            entries.extend(corpus_entries(p))
        else:
            entries.append(CorpusEntry(p, None, {}))
    return entries
