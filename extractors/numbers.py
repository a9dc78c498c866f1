"""Numbers as papers print them: Unicode minus and figure dash, mid-dot decimals, ``2.1×10^-3``, and
counts spelled out ("five studies", "twenty-three trials"). Shared by the readers of reported results."""

from __future__ import annotations

import re

MINUS = "-−‒"  # hyphen-minus, Unicode minus, figure dash (en dash is a range separator)
WORD_NUMBERS = {
    w: i for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split())
}
WORD_NUMBERS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60})

NUMBER = rf"[{MINUS}]?\s?\d+(?:[.·]\d+)?"  # a printed number, as a regex piece
# a count in digits or words, as a regex piece (no group): "12", "five", "twenty-three"; read by printed_count
COUNT = (r"\d+|(?:twenty|thirty|forty|fifty|sixty)[- ](?:one|two|three|four|five|six|seven|eight|nine)|"
         + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True)))
# between an interval's bounds: "2.56-4.34" is a range; "-2.65 -1.31" two numbers, the second negative
INTERVAL_SEP = rf"(?:,|;|\bto\b|–|—|\s-\s|(?<!\s)-(?=\d)|\s(?=[{MINUS}]\d)|…|\.\.)"


def printed_number(text: str) -> float:
    """Parse a printed number: Unicode minus, figure dash, mid-dot decimals and ``×10^-3``."""
    s = text.strip().replace(" ", "")
    for ch in MINUS:
        s = s.replace(ch, "-")
    s = s.replace("·", ".")
    m = re.fullmatch(r"(-?\d*\.?\d+)[×x]10\^?(-?\d+)", s)
    if m:
        return float(m.group(1)) * 10.0 ** int(m.group(2))
    return float(s)


def printed_count(text: str) -> int | None:
    """A count in digits or words ("12", "five", "twenty-three"); None for anything else."""
    t = text.strip().lower()
    if t.isdigit():
        return int(t)
    parts = re.split(r"[- ]", t)
    if all(p in WORD_NUMBERS for p in parts):
        return sum(WORD_NUMBERS[p] for p in parts)
    return None
