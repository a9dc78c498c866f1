"""Quantities and study-design facts that become structured attributes of mentions.

A vesicle mention gets the diameter (``diameter_nm``), dose (``dose``) and route
(``route``) stated in its sentence; an injury mention gets its model (``model``) and spinal
level (``level``, e.g. T10); a species mention gets its strain (``strain``). Values are
normalised strings ("30-150", "100-200 μg", "tail vein injection") so they compare across
papers; the original text stays in the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUM = r"\d+(?:\.\d+)?"
_RANGE_SEP = r"\s?(?:[–—-]|to|and)\s?"
DIAMETER_RE = re.compile(rf"(?:(?:from|between)\s)?(?P<a>{_NUM})(?:{_RANGE_SEP}(?P<b>{_NUM}))?\s?nm\b")
# a number glued to a word is no amount ("β = −0.71 per log10 µg" names no 10 µg)
DOSE_RE = re.compile(
    rf"(?<![\w.])(?:(?:from|between)\s)?(?P<a>{_NUM})(?:\s?(?P<u1>μg|µg|ug|mg|ng))?(?:{_RANGE_SEP}(?P<b>{_NUM}))?"
    r"\s?(?P<unit>μg|µg|ug|mg|ng)(?P<per>\s?/\s?(?:kg|ml|mL|μL|µL|rat|animal|day|d))?(?![\w/])"
)
LEVEL_RE = re.compile(r"\b(?P<level>[CTL](?:1[0-3]|[1-9])(?:\s?[–-]\s?[CTL]?(?:1[0-3]|[1-9]))?)\b")
STRAIN_RE = re.compile(r"\b(?P<strain>Sprague[–\- ]Dawley|SD|Wistar|Long[–\- ]Evans|Lewis|Fischer 344|"
                       r"C57BL/6J?|C57|BALB/c|Kunming|ICR)\b")

STRAIN_NAMES = {"sd": "Sprague-Dawley", "sprague-dawley": "Sprague-Dawley", "wistar": "Wistar",
                "long-evans": "Long-Evans", "lewis": "Lewis", "fischer 344": "Fischer 344",
                "c57bl/6": "C57BL/6", "c57bl/6j": "C57BL/6J", "c57": "C57BL/6", "balb/c": "BALB/c",
                "kunming": "Kunming", "icr": "ICR"}


@dataclass(frozen=True, slots=True)
class Quantity:
    kind: str  # "diameter_nm" | "dose" | "level" | "strain"
    value: str
    start: int
    end: int


def _norm_unit(unit: str) -> str:
    return "μg" if unit in {"µg", "ug", "μg"} else unit


def find_quantities(text: str) -> list[Quantity]:
    """Diameters (nm), doses (mass units), spinal levels and animal strains in a sentence."""
    out: list[Quantity] = []
    for m in DIAMETER_RE.finditer(text):
        value = m.group("a") + (f"-{m.group('b')}" if m.group("b") else "")
        out.append(Quantity("diameter_nm", value, m.start(), m.end()))
    for m in DOSE_RE.finditer(text):
        unit = _norm_unit(m.group("unit"))
        per = re.sub(r"\s", "", m.group("per") or "")
        value = m.group("a") + (f"-{m.group('b')}" if m.group("b") else "") + f" {unit}{per}"
        out.append(Quantity("dose", value, m.start(), m.end()))
    for m in LEVEL_RE.finditer(text):
        context = text[max(0, m.start() - 40):m.end() + 40].lower()
        if any(w in context for w in ("segment", "level", "vertebra", "spinal", "laminectomy", "injur", "sci")):
            out.append(Quantity("level", re.sub(r"\s", "", m.group("level")).replace("–", "-"), m.start(), m.end()))
    for m in STRAIN_RE.finditer(text):
        raw = m.group("strain")
        key = re.sub(r"[–\- ]", "-", raw.lower()) if "dawley" in raw.lower() or "evans" in raw.lower() else raw.lower()
        if raw == "SD" and not re.match(r"\s?(?:rats?|male|female)", text[m.end():m.end() + 8]):
            continue
        out.append(Quantity("strain", STRAIN_NAMES.get(key, raw), m.start(), m.end()))
    out.sort(key=lambda q: (q.start, q.end))
    return out
