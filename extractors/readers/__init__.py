"""Readers turn files into :class:`kg.model.Document` objects, one module per input format.

``read_document`` picks the reader by file suffix. Every reader raises
:class:`kg.errors.InputError` naming the file when it cannot read it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kg.errors import InputError
from kg.model import Document

from .text import read_text

Reader = Callable[..., Document]

# suffix -> reader; readers for other formats register here
READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_text,
    ".markdown": read_text,
}


def read_document(path: str | Path, doc_id: str | None = None, **metadata: object) -> Document:
    p = Path(path)
    reader = READERS.get(p.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(READERS))
        raise InputError(f"{p}: no reader for files ending in {p.suffix or '(no suffix)'!r}; known: {known}")
    return reader(p, doc_id=doc_id, **metadata)
