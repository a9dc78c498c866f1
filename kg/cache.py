"""Per-document result cache: what the extractor found in a document, kept between builds.

Reading a paper (entities, relations, reported effects) is the expensive step and depends
only on the document and on the extractor's code and data. So results are stored under
``(document key, extractor version)``:

- the *document key* is a SHA-256 of the document as read (id, text, structure, references,
  bibliographic facts; not the file it came from), so a re-read of an unchanged paper hits;
- the *extractor version* is a SHA-256 of the extractor's code and vocabulary files, so any
  change to them invalidates every result (no stale readings survive an upgrade).

Storage is one SQLite file (``out/cache/results.sqlite``) holding JSON text - no pickle, so a
cache file can never run code. It also holds the documents themselves (so ``exokg add`` can
re-assemble a build without the original files) and the state of the last build. Lazy
sequences (:class:`CachedDocuments`, :class:`CachedMentions`) stream documents and mentions
back out, so a build keeps only the statements it assembles in memory, not every text.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, overload

from kg.errors import InputError
from kg.model import (
    BiasAssessment,
    BibEntry,
    CitationMark,
    Document,
    Evidence,
    Mention,
    Paragraph,
    Polarity,
    PooledEffect,
    Ref,
    Section,
    Statement,
)

CACHE_DIR = "cache"
DB_NAME = "results.sqlite"
SCHEMA_VERSION = 1
_ROOT = Path(__file__).resolve().parents[1]

# code and data whose change must invalidate cached results
VERSIONED_SOURCES = ("extractors/**/*.py", "kg/model.py", "kg/cache.py")
VERSIONED_DATA = ("ontologies/*.tsv", "ontologies/*.json", "ontologies/*.ttl", "ontologies/*.obo")
# readers and corpus loading shape the *document*, which is keyed by its own content hash
UNVERSIONED = ("extractors/readers/", "extractors/corpus.py", "extractors/cli.py")


def code_version(root: Path = _ROOT, extra: str = "") -> str:
    """SHA-256 (16 hex) of the extractor's source files, vocabulary files and spaCy version."""
    digest = hashlib.sha256()
    try:
        import spacy

        digest.update(f"spacy {spacy.__version__}\n".encode())
    except ImportError:  # pragma: no cover - spaCy is a dependency
        pass
    digest.update(extra.encode("utf-8"))
    files = sorted({p for pattern in (*VERSIONED_SOURCES, *VERSIONED_DATA) for p in root.glob(pattern)})
    for path in files:
        rel = path.relative_to(root).as_posix()
        if rel.startswith(UNVERSIONED) or "__pycache__" in rel:
            continue
        digest.update(rel.encode("utf-8") + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


# -- codec: model objects <-> JSON-able dicts (exact round trip) ----------------------------
def _bib(entry: BibEntry) -> dict[str, Any]:
    return {f.name: getattr(entry, f.name) for f in fields(entry)}


def document_to_dict(d: Document) -> dict[str, Any]:
    return {
        "id": d.id, "text": d.text, "title": d.title, "authors": list(d.authors), "journal": d.journal,
        "year": d.year, "doi": d.doi, "pmid": d.pmid, "licence": d.licence, "source": d.source,
        "species": d.species, "keywords": list(d.keywords),
        "sections": [[s.title, s.start, s.end, s.level] for s in d.sections],
        "paragraphs": [[p.start, p.end, p.section] for p in d.paragraphs],
        "bibliography": [_bib(b) for b in d.bibliography],
        "citations": [[c.start, c.end, list(c.keys)] for c in d.citations],
    }


def document_from_dict(data: dict[str, Any]) -> Document:
    return Document(
        id=data["id"], text=data["text"], title=data["title"], authors=tuple(data["authors"]),
        journal=data["journal"], year=data["year"], doi=data["doi"], pmid=data["pmid"],
        licence=data["licence"], source=data["source"], species=data["species"],
        keywords=tuple(data.get("keywords", ())),
        sections=tuple(Section(t, s, e, lv) for t, s, e, lv in data["sections"]),
        paragraphs=tuple(Paragraph(s, e, sec) for s, e, sec in data["paragraphs"]),
        bibliography=tuple(BibEntry(**b) for b in data["bibliography"]),
        citations=tuple(CitationMark(s, e, tuple(k)) for s, e, k in data["citations"]),
    )


def _canonical(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def document_key(document: Document) -> str:
    """What identifies a document's *content* for caching: everything but the file it came from."""
    data = document_to_dict(document)
    data.pop("source")
    return hashlib.sha256(_canonical(data)).hexdigest()


def _ref(r: Ref) -> list[str]:
    return [r.prefix, r.identifier, r.label, r.category]


def _ref_from(data: list[str]) -> Ref:
    return Ref(data[0], data[1], data[2], data[3])


def mention_to_dict(m: Mention) -> dict[str, Any]:
    return {"doc": m.document_id, "start": m.start, "end": m.end, "text": m.text, "ref": _ref(m.ref),
            "sentence_start": m.sentence_start, "attributes": [list(a) for a in m.attributes]}


def mention_from_dict(data: dict[str, Any]) -> Mention:
    return Mention(data["doc"], data["start"], data["end"], data["text"], _ref_from(data["ref"]),
                   data["sentence_start"], tuple((k, v) for k, v in data["attributes"]))


def statement_to_dict(s: Statement) -> dict[str, Any]:
    return {"subject": _ref(s.subject), "predicate": s.predicate, "object": _ref(s.object),
            "polarity": s.polarity.value, "qualifiers": [list(q) for q in s.qualifiers],
            "evidence": [e.to_dict() for e in s.evidence], "belief": s.belief}


def statement_from_dict(data: dict[str, Any]) -> Statement:
    return Statement(
        subject=_ref_from(data["subject"]), predicate=data["predicate"], object=_ref_from(data["object"]),
        polarity=Polarity(data["polarity"]), qualifiers=tuple((k, v) for k, v in data["qualifiers"]),
        evidence=tuple(Evidence.from_dict(e) for e in data["evidence"]), belief=data["belief"],
    )


def effect_to_dict(e: PooledEffect) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields(e):
        value = getattr(e, f.name)
        if isinstance(value, Ref):
            value = _ref(value)
        elif isinstance(value, Evidence):
            value = value.to_dict()
        elif isinstance(value, tuple):
            value = [v.to_dict() if isinstance(v, BiasAssessment) else v for v in value]
        out[f.name] = value
    return out


def effect_from_dict(data: dict[str, Any]) -> PooledEffect:
    values = dict(data)
    values["intervention"] = _ref_from(values["intervention"])
    values["outcome"] = _ref_from(values["outcome"])
    for name in ("organism", "condition", "comparator_term"):  # optional groundings
        values[name] = _ref_from(values[name]) if values.get(name) else None
    if values.get("evidence") is not None:
        values["evidence"] = Evidence.from_dict(values["evidence"])
    values["plots"] = tuple(values.get("plots", ()))
    values["bias"] = tuple(BiasAssessment.from_dict(b) for b in values.get("bias", ()))
    return PooledEffect(**values)


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True, slots=True)
class CachedResult:
    """What the extractor found in one document."""

    mentions: tuple[Mention, ...]
    statements: tuple[Statement, ...]
    effects: tuple[PooledEffect, ...]


@dataclass(frozen=True, slots=True)
class EncodedResult:
    """One document's result as the cache stores it (JSON text): what an extraction worker process
    sends back, so the build process stores it without encoding it again."""

    n_mentions: int
    mentions: str
    statements: str
    effects: str

    def decode(self, *, mentions: bool = False) -> CachedResult:
        """The result as model objects; the mentions only if asked for (assembly needs none)."""
        return CachedResult(
            tuple(mention_from_dict(m) for m in json.loads(self.mentions)) if mentions else (),
            tuple(statement_from_dict(s) for s in json.loads(self.statements)),
            tuple(effect_from_dict(e) for e in json.loads(self.effects)),
        )


def encode_result(mentions: Sequence[Mention], statements: Sequence[Statement],
                  effects: Sequence[PooledEffect]) -> EncodedResult:
    return EncodedResult(len(mentions), _dumps([mention_to_dict(m) for m in mentions]),
                         _dumps([statement_to_dict(s) for s in statements]),
                         _dumps([effect_to_dict(e) for e in effects]))


def read_document(conn: sqlite3.Connection, path: Path, key: str) -> Document:
    """A stored document, through any connection to the cache database at ``path``."""
    row = conn.execute("SELECT record FROM documents WHERE key = ?", (key,)).fetchone()
    if row is None:
        raise InputError(f"{path}: document {key[:12]} is missing from the cache; run `exokg build` again")
    return document_from_dict(json.loads(row[0]))


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (key TEXT PRIMARY KEY, record TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS results (
    key TEXT NOT NULL, version TEXT NOT NULL, n_mentions INTEGER NOT NULL,
    mentions TEXT NOT NULL, statements TEXT NOT NULL, effects TEXT NOT NULL,
    PRIMARY KEY (key, version)
);
"""


def _connect(path: Path) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(path, timeout=60)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
    except sqlite3.DatabaseError as exc:
        raise InputError(f"{path}: the result cache cannot be opened ({exc}); delete the folder to rebuild it") from None
    return conn


class ResultCache:
    """The cache folder of one output folder (``out/cache``)."""

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.path = self.directory / DB_NAME
        self.conn = _connect(self.path)
        try:
            self.conn.executescript(_SCHEMA)
            row = self.conn.execute("SELECT value FROM meta WHERE name = 'schema'").fetchone()
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise InputError(f"{self.path}: not a usable result cache ({exc}); delete it to rebuild") from None
        if row is None:
            self.conn.execute("INSERT INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
            self.conn.commit()
        elif row[0] != str(SCHEMA_VERSION):
            # an older layout: start afresh rather than misread it
            self.conn.executescript("DELETE FROM documents; DELETE FROM results; DELETE FROM meta;")
            self.conn.execute("INSERT INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
            self.conn.commit()

    @staticmethod
    def exists(directory: str | Path) -> bool:
        return (Path(directory) / DB_NAME).is_file()

    def __enter__(self) -> ResultCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        try:
            self.conn.commit()
        finally:
            self.conn.close()

    def commit(self) -> None:
        self.conn.commit()

    # -- documents ------------------------------------------------------------------------
    def put_document(self, document: Document) -> str:
        """Store a document; returns its key."""
        key = document_key(document)
        self.conn.execute("INSERT OR IGNORE INTO documents VALUES (?, ?)", (key, _dumps(document_to_dict(document))))
        return key

    def get_document(self, key: str) -> Document:
        return read_document(self.conn, self.path, key)

    # -- results --------------------------------------------------------------------------
    def get_result(self, key: str, version: str, *, mentions: bool = True) -> CachedResult | None:
        """A cached result, or None; ``mentions=False`` skips decoding the mentions (assembly needs none)."""
        columns = "n_mentions, mentions, statements, effects" if mentions else "0, '[]', statements, effects"
        row = self.conn.execute(
            f"SELECT {columns} FROM results WHERE key = ? AND version = ?", (key, version)
        ).fetchone()
        return None if row is None else EncodedResult(*row).decode(mentions=mentions)

    def has_result(self, key: str, version: str) -> bool:
        return self.conn.execute("SELECT 1 FROM results WHERE key = ? AND version = ?", (key, version)).fetchone() is not None

    def put_result(self, key: str, version: str, mentions: Sequence[Mention], statements: Sequence[Statement],
                   effects: Sequence[PooledEffect]) -> None:
        self.put_encoded(key, version, encode_result(mentions, statements, effects))

    def put_encoded(self, key: str, version: str, result: EncodedResult) -> None:
        self.conn.execute("INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?, ?)",
                          (key, version, result.n_mentions, result.mentions, result.statements, result.effects))

    def mention_counts(self, keys: Sequence[str], version: str) -> list[int]:
        counts = dict(self.conn.execute("SELECT key, n_mentions FROM results WHERE version = ?", (version,)))
        return [counts.get(k, 0) for k in keys]

    # -- state of the last build ----------------------------------------------------------
    def load_state(self) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT value FROM meta WHERE name = 'state'").fetchone()
        return json.loads(row[0]) if row else None

    def save_state(self, state: dict[str, Any]) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('state', ?)", (_dumps(state),))
        self.conn.commit()

    def prune(self, keep: Iterable[str], version: str) -> None:
        """Forget documents outside the current build and results of other extractor versions."""
        keep_keys = list(keep)
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS keep (key TEXT PRIMARY KEY)")
        self.conn.execute("DELETE FROM keep")
        self.conn.executemany("INSERT OR IGNORE INTO keep VALUES (?)", ((k,) for k in keep_keys))
        self.conn.execute("DELETE FROM documents WHERE key NOT IN (SELECT key FROM keep)")
        self.conn.execute("DELETE FROM results WHERE version != ? OR key NOT IN (SELECT key FROM keep)", (version,))
        self.conn.execute("DELETE FROM keep")
        self.conn.commit()


# -- lazy views for BuildResult -------------------------------------------------------------
_BATCH = 500


class CachedDocuments(Sequence[Document]):
    """The documents of a build, read back from the cache on demand (not all held in memory)."""

    def __init__(self, db: Path, keys: Sequence[str], sources: Sequence[str | None]) -> None:
        self._db = db
        self._keys = list(keys)
        self._sources = list(sources)

    def __len__(self) -> int:
        return len(self._keys)

    @overload
    def __getitem__(self, index: int) -> Document: ...
    @overload
    def __getitem__(self, index: slice) -> list[Document]: ...
    def __getitem__(self, index: int | slice) -> Document | list[Document]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        i = range(len(self))[index]
        return next(self._load([i]))

    def __iter__(self) -> Iterator[Document]:
        return self._load(range(len(self)))

    def _load(self, indices: Iterable[int]) -> Iterator[Document]:
        from dataclasses import replace

        conn = sqlite3.connect(self._db, timeout=60)
        try:
            batch: list[int] = []
            for i in indices:
                batch.append(i)
                if len(batch) >= _BATCH:
                    yield from self._fetch(conn, batch, replace)
                    batch = []
            if batch:
                yield from self._fetch(conn, batch, replace)
        finally:
            conn.close()

    def _fetch(self, conn: sqlite3.Connection, batch: list[int], replace: Any) -> Iterator[Document]:
        keys = [self._keys[i] for i in batch]
        marks = ",".join("?" * len(keys))
        rows = dict(conn.execute(f"SELECT key, record FROM documents WHERE key IN ({marks})", keys))
        for i, key in zip(batch, keys, strict=True):
            if key not in rows:
                raise InputError(f"{self._db}: document {key[:12]} is no longer in the cache")
            document = document_from_dict(json.loads(rows[key]))
            source = self._sources[i]
            yield document if source == document.source else replace(document, source=source)


class CachedMentions(Sequence[Mention]):
    """All mentions of a build in document order, streamed from the cache."""

    def __init__(self, db: Path, keys: Sequence[str], version: str, counts: Sequence[int]) -> None:
        self._db = db
        self._keys = list(keys)
        self._version = version
        self._starts: list[int] = []
        total = 0
        for n in counts:
            self._starts.append(total)
            total += n
        self._total = total

    def __len__(self) -> int:
        return self._total

    @overload
    def __getitem__(self, index: int) -> Mention: ...
    @overload
    def __getitem__(self, index: slice) -> list[Mention]: ...
    def __getitem__(self, index: int | slice) -> Mention | list[Mention]:
        if isinstance(index, slice):
            return list(self)[index]
        import bisect

        i = range(self._total)[index]
        doc = bisect.bisect_right(self._starts, i) - 1  # the last document starting at or before i
        mentions = self._mentions_of(self._keys[doc])
        return mentions[i - self._starts[doc]]

    def _mentions_of(self, key: str) -> list[Mention]:
        conn = sqlite3.connect(self._db, timeout=60)
        try:
            row = conn.execute("SELECT mentions FROM results WHERE key = ? AND version = ?",
                               (key, self._version)).fetchone()
        finally:
            conn.close()
        return [mention_from_dict(m) for m in json.loads(row[0])] if row else []

    def __iter__(self) -> Iterator[Mention]:
        conn = sqlite3.connect(self._db, timeout=60)
        try:
            for start in range(0, len(self._keys), _BATCH):
                keys = self._keys[start:start + _BATCH]
                marks = ",".join("?" * len(keys))
                rows = dict(conn.execute(
                    f"SELECT key, mentions FROM results WHERE version = ? AND key IN ({marks})",
                    [self._version, *keys],
                ))
                for key in keys:
                    if key in rows:
                        for m in json.loads(rows[key]):
                            yield mention_from_dict(m)
        finally:
            conn.close()
