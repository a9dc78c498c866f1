"""microRNA names found by pattern, normalised to miRBase names and grounded to miRBase.

Authors write the same miRNA many ways: ``miR-21``, ``miR21``, ``MiR-124-3p``, ``miRNA-21``,
``microRNA-124-3p``, ``microRNA (miR)-124-3p``, ``hsa-miR-21-5p``, ``let-7a``; and they
abbreviate lists: ``miR-199a-3p/145-5p``, ``miR-19 and -21``, ``miR-107, -130a, and -223``,
``microRNAs 124a and 223``. :func:`find_mirnas` returns each written *group* (the whole
expression, the span the SCAI miRNA corpus annotates) with its *members* (one span per
miRNA, the span exokg's mentions use), each normalised to a miRBase-style name with the
species taken from the name's prefix or the document's species.

Grounding (:func:`ground`) uses ``ontologies/mirbase.tsv``: a mature name with an arm
(``-5p``/``-3p``) or a single-product mature name goes to ``mirbase.mature:MIMAT...``; an
arm-less name goes to its precursor ``mirbase:MI...``. A name miRBase does not list for the
species is tried in human, mouse and rat (``miR-21a-5p`` is a mouse name) before giving up.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg.model import Ref

MIRBASE_PATH = Path(__file__).resolve().parents[1] / "ontologies" / "mirbase.tsv"
CATEGORY = "biolink:MicroRNA"

SPECIES_CODES = {
    "rat": "rno", "rats": "rno", "rattus norvegicus": "rno", "rno": "rno",
    "mouse": "mmu", "mice": "mmu", "mus musculus": "mmu", "mmu": "mmu",
    "human": "hsa", "humans": "hsa", "homo sapiens": "hsa", "hsa": "hsa",
}
FALLBACK_SPECIES = ("hsa", "mmu", "rno")

# "miR", "MiR", "mir", "miRNA", "microRNA", "micro RNA", "MicroRNA(s)", optionally "(miR)" after it
_STEM = (r"(?:[Mm]icro[- ]?RNAs?|[Mm]i(?:R|r)(?:NA)?s?|MIR(?=-\d)|oncomir)"
         r"(?:\s?\((?:miR|miRNA|miRNAs|microRNA)\))?")
SPECIES_PREFIXES = ("hsa", "mmu", "rno", "cel", "dme", "dre", "gga", "bta", "ssc", "mml", "ptr", "xla", "ath",
                    "osa", "ebv", "hcmv", "kshv", "cfa", "ocu", "oar", "eca")
_SP = "|".join(SPECIES_PREFIXES)
_SPECIES = rf"(?P<sp>{_SP})-"
_SPECIES2 = rf"(?P<sp2>{_SP})-"
# the name proper: number, optional letter (a, b, a2), copy number, arm
_ID = r"\d{1,4}(?:-?[a-z](?![a-z])\d?)?(?:-\d(?!\d))?(?:-[35]p)?(?:\*)?"
_LET = r"(?:let|lin)-?\d{1,3}[a-z]?(?:-\d(?!\d))?(?:-[35]p)?"
# a continuation inside one name: cluster members "/107", "~92", "-92" (two or more digits)
_CLUSTER = rf"(?:\s?[/~∼]\s?-?(?:{_ID})|/[a-z](?:-\d)?(?![\w])|-\d{{2,4}}(?:[a-z](?![a-z]))?)"
_HEAD = rf"(?:(?:{_SPECIES})?(?P<stem>{_STEM})[- ]?(?P<id>{_ID})|(?:{_SPECIES2})?(?P<let>{_LET}))"
# a coordinated bare id: ", -130a", " and 221", ", and -711", " or -21"
_BARE = r"(?:-?\d{2,4}(?:-?[a-z](?![a-z])\d?)?(?:-\d(?!\d))?(?:-[35]p)?|-\d(?:[a-z](?![a-z]))?(?:-[35]p)?)"
_COORD = (rf"(?:\s?,\s?(?:and\s|or\s)?|\s(?:and|or)\s)(?P<bare>{_BARE})"
          r"(?![\w.]*\s?(?:%|nM|nm|μ|µ|mg|ng|h\b|days?\b|weeks?\b))(?![\w-])"
          r"(?!\s(?:other|more|additional|different|novel|new|distinct|miRNAs?|microRNAs?|of|times|fold|patients|"
          r"samples|cells|genes|targets|studies)\b)")
GROUP_RE = re.compile(
    rf"(?:(?<![\w-])|(?<=[^\w]-)|(?<=[A-Za-z]-)(?<![Aa]nti-))(?:{_HEAD})(?:{_CLUSTER})*(?:{_COORD}(?:{_CLUSTER})*)*(?![\w])"
)
_MEMBER_SPLIT = re.compile(r"\s?[/~∼]\s?|\s?,\s?(?:and\s|or\s)?|\s(?:and|or)\s|(?<=\d)-(?=\d{2,})")
_ONCOMIR = {"oncomir-1": "miR-17-92"}


@dataclass(frozen=True, slots=True)
class MirnaMember:
    """One miRNA inside a written group: its span and its normalised (species-less) name."""

    start: int
    end: int
    name: str  # e.g. "miR-124-3p", "let-7a", "mir-21" (precursor)
    species: str | None  # from the written prefix, if any


@dataclass(frozen=True, slots=True)
class MirnaGroup:
    start: int
    end: int
    text: str
    members: tuple[MirnaMember, ...]


def _clean_id(ident: str) -> str:
    ident = ident.rstrip("*").lower()
    ident = re.sub(r"^(\d+)-([a-z])(?![a-z])", r"\1\2", ident)  # "181-b" -> "181b"
    return ident


def find_mirnas(text: str) -> list[MirnaGroup]:
    """Every miRNA group in ``text`` with one member per named miRNA."""
    groups: list[MirnaGroup] = []
    for m in GROUP_RE.finditer(text):
        members = _members(text, m)
        if members:
            end = m.end()
            while end > m.start() and text[end - 1] == "*":
                end -= 1
            groups.append(MirnaGroup(m.start(), end, text[m.start():end], tuple(members)))
    return groups


def _members(text: str, m: re.Match[str]) -> list[MirnaMember]:
    start = m.start()
    species = m.group("sp") or m.group("sp2")
    if m.group("let"):
        head_text = m.group("let")
        kind = "let"
    else:
        stem = m.group("stem")
        if stem.lower() == "oncomir":
            name = _ONCOMIR.get(text[start:m.end()].lower())
            return [MirnaMember(start, m.end(), name, None)] if name else []
        kind = "mir" if stem == "mir" and species else "miR"
        head_text = m.group("id")
    # split the whole match into pieces at list separators and cluster joints
    whole = text[start:m.end()]
    pieces: list[tuple[int, int]] = []
    pos = 0
    head_end = m.end("id") if m.group("id") else m.end("let")
    first_end = head_end - start
    for sep in _MEMBER_SPLIT.finditer(whole, first_end):
        pieces.append((pos, sep.start()))
        pos = sep.end()
    pieces.append((pos, len(whole)))
    members: list[MirnaMember] = []
    base_num = None
    for i, (a, b) in enumerate(pieces):
        piece = whole[a:b].rstrip("*")
        if not piece:
            continue
        if i == 0:
            ident = head_text
            if kind == "let":
                lm = re.match(r"(let|lin)-?(.*)", ident, re.I)
                name = f"{lm.group(1).lower()}-{_clean_id(lm.group(2))}" if lm else ident
            else:
                ident = _clean_id(ident)
                name = f"{kind}-{ident}"
            base_num = re.match(r"\d+", _clean_id(head_text.split("-")[-1] if kind == "let" else head_text))
            members.append(MirnaMember(start, start + a + len(piece), name, species))
            continue
        bare = piece.lstrip("-").strip()
        if not bare:
            continue
        offset = len(piece) - len(piece.lstrip("-").lstrip())
        ident = _clean_id(bare)
        if re.fullmatch(r"[a-z](?:-\d)?(?:-[35]p)?", ident) and base_num is not None:
            ident = base_num.group() + ident  # "miR-23a/b" -> miR-23b, "miR-29a/b-1" -> miR-29b-1
        if not re.match(r"\d", ident):
            continue
        prefix = "let" if kind == "let" else kind
        members.append(MirnaMember(start + a + offset, start + a + len(piece), f"{prefix}-{ident}", species))
    return members


# ---------------------------------------------------------------------------------------------
# miRBase table and grounding


@dataclass(frozen=True, slots=True)
class MirbaseEntry:
    name: str
    accession: str
    kind: str  # "mature" | "precursor"


@cache
def mirbase_table(path: str | None = None) -> dict[str, MirbaseEntry]:
    """Lower-cased miRBase name -> entry, from ``ontologies/mirbase.tsv``."""
    p = Path(path) if path else MIRBASE_PATH
    table: dict[str, MirbaseEntry] = {}
    with p.open(encoding="utf-8") as fh:
        rows = csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t")
        for row in rows:
            entry = MirbaseEntry(row["name"], row["accession"], row["kind"])
            table.setdefault(entry.name.lower(), entry)
    return table


def species_code(species: str | None) -> str | None:
    if not species:
        return None
    return SPECIES_CODES.get(species.strip().lower())


def _candidates(name: str, sp: str) -> list[str]:
    """miRBase names to try for a species-less name in one species, best first."""
    if name.startswith("mir-"):
        return [f"{sp}-{name}", f"{sp}-{name}-1"]
    mature = f"{sp}-{name}"
    out = [mature]
    if not re.search(r"-[35]p$", name):
        precursor = f"{sp}-{name.replace('miR-', 'mir-', 1)}"
        out += [precursor, f"{precursor}-1"]
    return out


def ground(member: MirnaMember, document_species: str | None = None) -> Ref:
    """miRBase reference for a member; unknown names get an ``exokg:miRNA_`` local id."""
    table = mirbase_table()
    written = member.species.lower() if member.species else None
    first = written or species_code(document_species) or "hsa"
    order = [first] + [s for s in FALLBACK_SPECIES if s != first and written is None]
    for sp in order:
        for cand in _candidates(member.name, sp):
            entry = table.get(cand.lower())
            if entry is not None:
                prefix = "mirbase.mature" if entry.kind == "mature" else "mirbase"
                return Ref(prefix, entry.accession, entry.name, CATEGORY)
    label = f"{first}-{member.name}"
    return Ref("exokg", "miRNA_" + re.sub(r"[^A-Za-z0-9-]", "_", label), label, CATEGORY)
