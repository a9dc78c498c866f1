"""Loading a corpus folder: a ``manifest.json`` (bibliographic facts per file) or, without
one, every readable file in the folder."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extractors.readers import READERS, read_document
from kg.errors import InputError
from kg.model import Document

MANIFEST = "manifest.json"
DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


@dataclass(frozen=True, slots=True)
class CorpusEntry:
    path: Path
    doc_id: str | None
    metadata: dict[str, Any]


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
            entries.append(CorpusEntry(root / item["file"], item.get("id"), meta))
        return entries
    files = sorted(p for p in root.iterdir() if p.is_file() and p.suffix.lower() in READERS)
    if not files:
        known = ", ".join(sorted(READERS))
        raise InputError(f"corpus folder {root} has no {MANIFEST} and no readable files ({known})")
    return [CorpusEntry(p, None, {}) for p in files]


def read_corpus(corpus: str | Path) -> Iterator[Document]:
    for entry in corpus_entries(corpus):
        yield read_document(entry.path, doc_id=entry.doc_id, **entry.metadata)
