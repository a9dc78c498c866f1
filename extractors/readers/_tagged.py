"""What the tagged-line citation formats share: MEDLINE (``PMID- 123``) and RIS (``TY  - JOUR``).

Both write one field per line behind a short tag, continue a long value on the following
untagged lines, and list many records in one file. :func:`tagged_records` splits a file into
records of ``(tag, value)`` pairs; the format modules say which tag opens a record and what
each tag means. :func:`tagged_format` tells the two apart by a file's first line, so a
PubMed export saved as ``.txt`` is not read as one long paper.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from kg.errors import InputError

from ._common import load_bytes, looks_binary

# the first line of a MEDLINE export is a PMID line, of an RIS file a TY line (after any blank lines)
_FIRST_LINE = {
    "medline": re.compile(rb"^PMID- ?\d+\s*$"),
    "ris": re.compile(rb"^TY  - ?\S*\s*$"),
}

Record = list[tuple[str, str]]


def tagged_format(head: bytes) -> str | None:
    """``"medline"``, ``"ris"`` or None, from the first bytes of a file."""
    for line in head.lstrip(b"\xef\xbb\xbf").splitlines():
        if not line.strip():
            continue
        for name, pattern in _FIRST_LINE.items():
            if pattern.match(line):
                return name
        return None
    return None


def decode(path: Path) -> str:
    """The file as text: UTF-8 (a byte-order mark is dropped), else a clear error naming the byte."""
    data = load_bytes(path)
    if looks_binary(data):
        raise InputError(f"{path}: looks like a binary file, not a citation export")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (bad byte at offset {exc.start}); export the citations "
                         "as UTF-8") from None


def tagged_records(text: str, tag_line: re.Pattern[str], opens: str, closes: str | None = None) -> Iterator[Record]:
    """Records of ``(tag, value)`` pairs, in file order.

    ``tag_line`` matches a tagged line with groups (tag, value); any other non-blank line
    continues the value before it. A record starts at an ``opens`` tag and ends at the next one,
    at a ``closes`` tag (not kept) or at the end of the file.
    """
    record: Record = []
    for raw in text.splitlines():
        line = raw.rstrip()
        if not line.strip():
            continue
        m = tag_line.match(line)
        if m is None:
            if record:
                tag, value = record[-1]
                record[-1] = (tag, f"{value} {line.strip()}".strip())
            continue
        tag, value = m.group(1), m.group(2).strip()
        if tag == closes:
            if record:
                yield record
            record = []
            continue
        if tag == opens and record:
            yield record
            record = []
        record.append((tag, value))
    if record:
        yield record


def values(record: Record, *tags: str) -> list[str]:
    """Every non-empty value of the given tags, in file order."""
    return [value for tag, value in record if tag in tags and value]


def value(record: Record, *tags: str) -> str:
    """The first non-empty value among ``tags`` (in the order given), or ``""``."""
    for wanted in tags:
        for tag, found in record:
            if tag == wanted and found:
                return found
    return ""


__all__ = ["Record", "decode", "tagged_format", "tagged_records", "value", "values"]
