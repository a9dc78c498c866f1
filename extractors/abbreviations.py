"""Abbreviations a document defines, found the Schwartz-Hearst way.

"bone marrow mesenchymal stem cells (BMSCs)" defines ``BMSCs``; within that document the
short form then means whatever the long form means. The short form is the text in
parentheses (one or two words, at most 12 characters, with a letter; up to 16 for one word naming vesicles
from its parts, "Exo-anti-miR-21"); the long form is the
shortest run of preceding words whose letters contain the short form's characters in order,
the first character starting a word (Schwartz & Hearst, PSB 2003).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PAREN = re.compile(r"\(([^()\n]{1,18})\)")
# "(1% O2 for 48 h; Hypo-Exos)": an aside on the condition, then the short form
_ASIDE_THEN_SHORT = re.compile(r"\(([^()\n;]{1,40});\s*([^()\n;\s]{2,16})\)")
# a preparation's name built from parts ("Exo-anti-miR-21", "BMSC-Exos-miR-21"): longer than a plain short form
_VESICLE_PARTS = re.compile(r"(?:exos?|s?evs?)[-‐]|[-‐](?:exos?|s?evs?)\b", re.I)
_WORD = re.compile(r"\S+")
# the words that give a short form to what the words before them describe ("(termed CAQK-miR22-sEVs)")
TERMING = r"(?:termed|designated|named|called|denoted|hereafter|referred\s+to\s+as)"
_TERMED_SHORT = re.compile(rf"\(\s*{TERMING}\s+([^()\n,;\s]{{2,16}})\s*\)", re.I)
_CLAUSE_BREAK = re.compile(r"[;:()\[\]]|[.!?](?=\s)|\n\s*\n")  # (a blank line ends a title or paragraph)


@dataclass(frozen=True, slots=True)
class Abbreviation:
    short: str
    long: str
    short_start: int
    short_end: int
    long_start: int
    long_end: int
    # where the words leading into the definition end: just past its "(", which a terming word may follow
    # ("(termed miR140-Exos)"); the short form's start when it opens the parentheses
    lead_end: int = -1

    @property
    def opening(self) -> int:
        """Offset the text before the definition runs to, "(" included."""
        return self.short_start if self.lead_end < 0 else self.lead_end


def number_variant(short: str) -> str | None:
    """The other grammatical number of a short form: a plural one ("HSEVs") is also written in the singular
    ("HSEV administration"), a singular one ending in a capital ("EV") takes a plural "s"; so does one ending in the
    vesicle word "Exo" ("HP-Exos", "the HP-Exo group")."""
    if len(short) > 2 and short[-1] == "s" and (short[-2].isupper() or short.lower().endswith("exos")):
        return short[:-1]
    if len(short) > 1 and (short[-1].isupper() or short.lower().endswith("exo")):
        return short + "s"
    return None


def _is_short_form(s: str) -> bool:
    if not (2 <= len(s) <= 12 or (len(s) <= 16 and " " not in s and _VESICLE_PARTS.search(s))) \
            or len(s.split()) > 2:
        return False
    if not s[0].isalnum() or not any(c.isalpha() for c in s):
        return False
    return any(c.isupper() for c in s)


def best_long_form(short: str, long: str) -> int | None:
    """Offset in ``long`` where the long form starts, or None (Schwartz-Hearst matching)."""
    s = len(short) - 1
    i = len(long) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while i >= 0 and (long[i].lower() != c or (s == 0 and i > 0 and long[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    start = long.rfind(" ", 0, i + 1) + 1
    return start


def find_abbreviations(text: str) -> list[Abbreviation]:
    """Every ``long form (SF)`` definition in the text (``long`` is "" when none is spelled out)."""
    found: list[Abbreviation] = []
    if ";" in text:
        found += _after_asides(text)
    if "(" in text:
        found += _termed(text)
    for m in _PAREN.finditer(text):
        if ";" in m.group(1):
            continue
        short = m.group(1).strip()
        if not _is_short_form(short):
            continue
        # candidate long form: words before "(" back to a clause break, at most min(|SF|+5, 2|SF|)
        window_start = max(0, m.start() - 200)
        before = text[window_start:m.start()]
        cut = 0
        for b in _CLAUSE_BREAK.finditer(before):
            cut = b.end()
        before = before[cut:]
        words = list(_WORD.finditer(before))
        if not words:
            continue
        limit = min(len(short) + 5, 2 * len(short))
        words = words[-limit:]
        seg_start = words[0].start()
        segment = before[seg_start:words[-1].end()]
        offset = best_long_form(short, segment)
        if offset is None:
            # no long form spelled out (e.g. "Exos under hypoxic conditions (Hypo-Exo)"): keep the short
            # form with an empty long form so the caller may resolve it from context
            at = m.start(1) - 1
            found.append(Abbreviation(short, "", m.start(1), m.start(1) + len(short), at, at))
            continue
        long = segment[offset:]
        if len(long) <= len(short) or long.lower() == short.lower():
            continue
        abs_start = window_start + cut + seg_start + offset
        found.append(Abbreviation(short, long, m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip())),
                                  m.start(1) + len(m.group(1).rstrip()), abs_start, abs_start + len(long)))
    return sorted(found, key=lambda ab: ab.short_start) if len(found) > 1 else found


def _after_asides(text: str) -> list[Abbreviation]:
    """ "MSCs cultured under normoxia (21% O2; Nor-Exos) or hypoxia (1% O2 for 48 h; Hypo-Exos)": a short form after
    an aside in the same parentheses; its long form is left to the caller (the words before name the condition,
    not the thing), as for a short form whose letters the words before do not spell."""
    out = []
    for m in _ASIDE_THEN_SHORT.finditer(text):
        short = m.group(2)
        if _is_short_form(short):
            out.append(Abbreviation(short, "", m.start(2), m.end(2), m.start(), m.start()))
    return out


def _termed(text: str) -> list[Abbreviation]:
    """ "GMSC-sEVs were ... loaded with a miR-22-3p mimic by electroporation (termed CAQK-miR22-sEVs)": a short
    form a terming word introduces; its long form is left to the caller, as for a short form after an aside."""
    out = []
    for m in _TERMED_SHORT.finditer(text):
        short = m.group(1)
        if _is_short_form(short):
            out.append(Abbreviation(short, "", m.start(1), m.end(1), m.start(), m.start(), lead_end=m.start() + 1))
    return out
