"""``exokg extract FILE|-``: print the grounded mentions found in a text as JSON lines.

One JSON object per mention: document id, character offsets into the document text, the
mention text, Biolink category, CURIE, label and (when any) structured attributes such as a
vesicle's diameter or dose. ``-`` (or no FILE) reads the text from standard input.
Files are read by the reader for their suffix (.txt/.md), so offsets match ``exokg build``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kg.errors import InputError


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", default="-", metavar="FILE",
                        help="a .txt or .md paper, or - for standard input (default: -)")
    parser.add_argument("--document-id", default=None,
                        help="document id written on every line (default: file stem, or 'stdin')")
    parser.add_argument("--species", default=None,
                        help="species of the study (rat, mouse, human): used to ground miRNA names")
    parser.add_argument("--statements", action="store_true",
                        help="also print the mechanism statements read from the text (one JSON object a line, "
                             "after the mentions)")


def _read_stdin() -> str:
    data = sys.stdin.buffer.read()
    if not data.strip():
        raise InputError("no text on standard input")
    if b"\x00" in data[:8192]:
        raise InputError("standard input looks binary, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"standard input is not UTF-8 text (bad byte at offset {exc.start})") from None


def load_input(file: str, document_id: str | None, species: str | None):  # -> Document
    """The Document to read: a file through its reader, or standard input as plain text."""
    from extractors.readers import read_document
    from extractors.readers.text import parse_text

    metadata = {"species": species} if species else {}
    if file == "-":
        return parse_text(_read_stdin(), document_id or "stdin", **metadata)
    path = Path(file)
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give one text file (or use exokg build for a corpus)")
    return read_document(path, doc_id=document_id, **metadata)


def run(args: argparse.Namespace) -> int:
    from extractors.entities import Annotator

    document = load_input(args.file, args.document_id, args.species)
    annotated = Annotator().annotate(document)
    out = sys.stdout
    for mention in annotated.mentions:
        out.write(json.dumps(mention.to_dict(), ensure_ascii=False) + "\n")
    if getattr(args, "statements", False):
        from extractors.relations import extract_statements

        for statement in extract_statements(annotated):
            out.write(json.dumps(statement.to_dict(), ensure_ascii=False) + "\n")
    out.flush()
    return 0
