"""microRNA names found by pattern, normalised to miRBase names and grounded to miRBase.

Authors write the same miRNA many ways: ``miR-21``, ``miR21``, ``MiR-124-3p``, ``miRNA-21``,
``microRNA-124-3p``, ``microRNA (miR)-124-3p``, ``hsa-miR-21-5p``, ``let-7a``; and they
abbreviate lists: ``miR-199a-3p/145-5p``, ``miR-19 and -21``, ``miR-107, -130a, and -223``,
``microRNAs 124a and 223``. :func:`find_mirnas` returns each written *group* (the whole
expression, the span the SCAI miRNA corpus annotates) with its *members* (one span per
miRNA, the span exokg's mentions use), each normalised to a miRBase-style name with the
species taken from the name's prefix or the document's species.

Grounding (:func:`ground`) uses miRBase's names (``ontologies/mirbase.tsv`` for hairpins,
``ontologies/mirbase_mature.tsv`` for mature products and previous names, see :func:`lookup`):
a mature name with an arm (``-5p``/``-3p``) or the arm-less name of a single-product hairpin goes
to ``mirbase.mature:MIMAT...``; another arm-less name goes to its hairpin ``mirbase:MI...``; a
previous miRBase name (``rno-miR-124``, ``miR-21*``) goes to the entry it now names. The Ref's
label is the current miRBase name. A name miRBase does not list for the species is tried in
human, mouse and rat (``miR-21a-5p`` is a mouse name) before giving up.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kg.model import Ref

MIRBASE_PATH = Path(__file__).resolve().parents[1] / "ontologies" / "mirbase.tsv"
MIRBASE_MATURE_PATH = Path(__file__).resolve().parents[1] / "ontologies" / "mirbase_mature.tsv"
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
_CLUSTER = rf"(?:\s?[/~∼]\s?-?(?:{_ID})|/[a-z](?:-\d)?(?:-[35]p)?(?![\w])|-\d{{2,4}}(?:[a-z](?![a-z]))?)"
_HEAD = rf"(?:(?:{_SPECIES})?(?P<stem>{_STEM})[- ]?(?P<id>{_ID})|(?:{_SPECIES2})?(?P<let>{_LET}))"
# a coordinated bare id: ", -130a", " and 221", ", and -711", " or -21"
_BARE = r"(?:-?\d{2,4}(?:-?[a-z](?![a-z])\d?)?(?:-\d(?!\d))?(?:-[35]p)?|-\d(?:[a-z](?![a-z]))?(?:-[35]p)?)"
_COORD = (rf"(?:\s?,\s?(?:and\s|or\s)?|\s(?:and|or)\s)(?P<bare>{_BARE})"
          r"(?![\w.]*\s?(?:%|nM|nm|μ|µ|mg|ng|h\b|days?\b|weeks?\b))(?![\w-])"
          r"(?!\s(?:other|more|additional|different|novel|new|distinct|miRNAs?|microRNAs?|of|times|fold|patients|"
          r"samples|cells|genes|targets|studies)\b)")
GROUP_RE = re.compile(
    rf"(?:(?<![\w-])|(?<=[^\w]-)|(?<=[A-Za-z]-)|(?<=[Aa]nti)|(?<=[Aa]ntago))"
    rf"(?:{_HEAD})(?:{_CLUSTER})*(?:{_COORD}(?:{_CLUSTER})*)*(?![\w])"
)
# the reagent that blocks the miRNA named after it: "anti-miR-21", "antimiR-21", "antagomir-21"
_ANTAGONIST_BEFORE = re.compile(r"(?:\b[Aa]nti-?|\b[Aa]ntago)$")
# where a group's head can be: every alternative of _STEM and _LET starts with one of these
_HINT = re.compile(r"[Mm]i[Rr]|[Mm]icro|MIR|oncomir|l(?:et|in)-?\d")
_MEMBER_SPLIT = re.compile(r"\s?[/~∼]\s?|\s?,\s?(?:and\s|or\s)?|\s(?:and|or)\s|(?<=\d)-(?=\d{2,})")
_ONCOMIR = {"oncomir-1": "miR-17-92"}
_ARM = re.compile(r"-[35]p$")
# a lower-cased miRBase name with a paralogue letter: "rno-mir-126a", "mmu-mir-21a-5p", "hsa-let-7a-1"
_PARALOGUE = re.compile(r"(?P<stem>[a-z]{3}-(?:mir|let)-\d+)[a-z](?P<rest>(?:-\d)?(?:-[35]p)?)$")


@dataclass(frozen=True, slots=True)
class MirnaMember:
    """One miRNA inside a written group: its span and its normalised (species-less) name."""

    start: int
    end: int
    name: str  # e.g. "miR-124-3p", "let-7a", "mir-21" (precursor), "miR-21*" (star form)
    species: str | None  # from the written prefix, if any


@dataclass(frozen=True, slots=True)
class MirnaGroup:
    start: int
    end: int
    text: str
    members: tuple[MirnaMember, ...]
    blocker: str = ""  # the prefix naming the reagent that blocks it: "anti-" ("anti-miR-21"), "antago" ("antagomir-21")

    @property
    def antagonist(self) -> bool:
        return bool(self.blocker)


_HYPHENATED_LETTER = re.compile(r"^(\d+)-([a-z])(?![a-z])")


def _clean_id(ident: str) -> str:
    ident = ident.rstrip("*").lower()
    ident = _HYPHENATED_LETTER.sub(r"\1\2", ident)  # "181-b" -> "181b"
    return ident


def _group_matches(text: str) -> Iterator[re.Match[str]]:
    """``GROUP_RE.finditer(text)``, tried only where a name can start.

    Every group starts with its stem ("miR", "microRNA", "let-7"...) or at most four characters
    before it (a species prefix, "hsa-"), so the pattern is anchored at those few positions instead
    of being tried at every character of the text; the matches are the same, in the same order.
    """
    done = 0
    for hint in _HINT.finditer(text):
        h = hint.start()
        if h < done:
            continue
        for pos in range(max(done, h - 4), h + 1):
            m = GROUP_RE.match(text, pos)
            if m is not None:
                done = m.end()
                yield m
                break


def find_mirnas(text: str) -> list[MirnaGroup]:
    """Every miRNA group in ``text`` with one member per named miRNA."""
    groups: list[MirnaGroup] = []
    for m in _group_matches(text):
        members = _members(text, m)
        if members:
            end = m.end()
            while end > m.start() and text[end - 1] == "*":
                end -= 1
            blocker = _ANTAGONIST_BEFORE.search(text, max(0, m.start() - 6), m.start())
            groups.append(MirnaGroup(m.start(), end, text[m.start():end], tuple(members),
                                     blocker.group() if blocker else ""))
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
        star = "*" if whole[a:b].endswith("*") else ""  # "miR-21*": the minor product (a previous name)
        if i == 0:
            ident = head_text
            if kind == "let":
                lm = re.match(r"(let|lin)-?(.*)", ident, re.I)
                name = f"{lm.group(1).lower()}-{_clean_id(lm.group(2))}" if lm else ident
            else:
                ident = _clean_id(ident)
                name = f"{kind}-{ident}"
            base_num = re.match(r"\d+", _clean_id(head_text.split("-")[-1] if kind == "let" else head_text))
            members.append(MirnaMember(start, start + a + len(piece), name + star, species))
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
        members.append(MirnaMember(start + a + offset, start + a + len(piece), f"{prefix}-{ident}{star}", species))
    return _shared_arm(members)


_NUMBER = re.compile(r"-(\d+)")


def _shared_arm(members: list[MirnaMember]) -> list[MirnaMember]:
    """ "miR-125a/b-5p" names miR-125a-5p and miR-125b-5p: the arm written once at the end belongs to the
    earlier members of the same number that have none."""
    if len(members) < 2:
        return members
    arm, number = _ARM.search(members[-1].name), _NUMBER.search(members[-1].name)
    if arm is None or number is None:
        return members
    out = []
    for m in members[:-1]:
        own = _NUMBER.search(m.name)
        if own is not None and own.group(1) == number.group(1) and not _ARM.search(m.name) \
                and not m.name.endswith("*"):
            m = MirnaMember(m.start, m.end, m.name + arm.group(), m.species)
        out.append(m)
    return [*out, members[-1]]


def arms_named(groups: Iterable[MirnaGroup]) -> dict[tuple[str | None, str], MirnaMember]:
    """The one arm a text names of each miRNA it also names without an arm: a paper that writes
    "lentivirus encoding miR-338-5p" and then "miR-338-Exo" shortens the mature miRNA it named, not the
    hairpin's other product (a text naming both arms, "miR-338-5p" and "miR-338-3p", shortens neither)."""
    armed: dict[tuple[str | None, str], set[str]] = {}
    for group in groups:
        for m in group.members:
            if (arm := _ARM.search(m.name)) is not None:
                armed.setdefault((m.species, m.name[:arm.start()]), set()).add(arm.group())
    return {key: MirnaMember(0, 0, key[1] + next(iter(found)), key[0])
            for key, found in armed.items() if len(found) == 1}


# ---------------------------------------------------------------------------------------------
# miRBase tables and grounding


@dataclass(frozen=True, slots=True)
class MirbaseEntry:
    name: str  # the current miRBase name
    accession: str  # MIMAT... (mature) or MI... (hairpin precursor)
    kind: str  # "mature" | "precursor"

    @property
    def curie(self) -> str:
        return f"{'mirbase.mature' if self.kind == 'mature' else 'mirbase'}:{self.accession}"


@dataclass(frozen=True, slots=True)
class MirbaseTables:
    """Lower-cased names -> entries, one map per kind of name (mature and hairpin names differ only in
    case, ``hsa-miR-21`` vs ``hsa-mir-21``, so they are never looked up in one map)."""

    mature: dict[str, MirbaseEntry]
    precursor: dict[str, MirbaseEntry]
    previous_mature: dict[str, MirbaseEntry]
    previous_precursor: dict[str, MirbaseEntry]
    # "rno-mir-21"-style stems (species, number) that have lettered paralogues (rno-mir-126a/b)
    lettered: set[str] = field(default_factory=set)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"))


@cache
def mirbase_tables(precursor_path: str | None = None, mature_path: str | None = None) -> MirbaseTables:
    """The miRBase names of ``ontologies/mirbase.tsv`` (hairpins) and ``ontologies/mirbase_mature.tsv``
    (mature products and previous names)."""
    tables = MirbaseTables({}, {}, {}, {})
    for row in _rows(Path(precursor_path) if precursor_path else MIRBASE_PATH):
        if row["kind"] == "precursor":
            tables.precursor.setdefault(row["name"].lower(), MirbaseEntry(row["name"], row["accession"], "precursor"))
    for row in _rows(Path(mature_path) if mature_path else MIRBASE_MATURE_PATH):
        kind = row["kind"]
        if kind == "mature":
            tables.mature.setdefault(row["name"].lower(), MirbaseEntry(row["name"], row["accession"], "mature"))
        elif kind == "previous_mature":
            entry = MirbaseEntry(row["current"], row["accession"], "mature")
            tables.previous_mature.setdefault(row["name"].lower(), entry)
        elif kind == "previous_precursor":
            entry = MirbaseEntry(row["current"], row["accession"], "precursor")
            tables.previous_precursor.setdefault(row["name"].lower(), entry)
    for name in [*tables.mature, *tables.precursor]:
        m = _PARALOGUE.match(name)
        if m:
            tables.lettered.add(m.group("stem"))
    return tables


def species_code(species: str | None) -> str | None:
    if not species:
        return None
    return SPECIES_CODES.get(species.strip().lower())


def lookup(name: str, sp: str, tables: MirbaseTables | None = None, drop_letter: bool = True
           ) -> MirbaseEntry | None:
    """The miRBase entry a species-less name denotes in species ``sp``, or None.

    In order: a current mature name (any name with an arm, or the arm-less name of a hairpin with one
    product: ``rno-miR-215``); for an arm-less name, the hairpin of that name (``miR-21`` ->
    ``rno-mir-21``), then a previous hairpin name (``mmu-mir-21`` -> ``mmu-mir-21a``); a previous mature
    name (``rno-miR-124`` -> ``rno-miR-124-3p``, ``rno-miR-21*`` -> ``rno-miR-21-3p``,
    ``mmu-miR-21-5p`` -> ``mmu-miR-21a-5p``); finally the first copy of a multi-copy hairpin
    (``hsa-mir-124-1``).
    """
    t = tables or mirbase_tables()
    star = name.endswith("*")
    base = name.rstrip("*")
    if base.startswith("mir-"):  # written as a hairpin ("hsa-mir-21")
        key = f"{sp}-{base}".lower()
        return t.precursor.get(key) or t.previous_precursor.get(key) or t.precursor.get(key + "-1")
    key = f"{sp}-{base}".lower()
    if star:
        return t.previous_mature.get(f"{key}*")
    found = t.mature.get(key)
    if found is not None:
        return found
    has_arm = _ARM.search(base) is not None
    hairpin = f"{sp}-{base.replace('miR-', 'mir-', 1)}".lower()
    if not has_arm:
        found = t.precursor.get(hairpin) or t.previous_precursor.get(hairpin)
        if found is not None:
            return found
    found = t.previous_mature.get(key)
    if found is None and not has_arm:
        found = t.precursor.get(hairpin + "-1")
    if found is None:
        # "rno-miR-21a-5p": a paralogue letter where this species has a single, unlettered miR-21
        m = _PARALOGUE.match(key)
        if drop_letter and m and m.group("stem") not in t.lettered:
            return lookup(base[:m.end("stem") - len(sp) - 1] + base[m.start("rest") - len(sp) - 1:], sp, t)
    return found


def ground(member: MirnaMember, document_species: str | None = None) -> Ref:
    """miRBase reference for a member; unknown names get an ``exokg:miRNA_`` local id.

    The species is the written prefix, else the document's, else human; a name without a written
    prefix that this species lacks is tried in human, mouse and rat (``miR-21a-5p`` is a mouse name).
    """
    tables = mirbase_tables()
    written = member.species.lower() if member.species else None
    known = written or species_code(document_species)
    first = known or "hsa"
    if known:
        order = [(known, True)] + [(s, True) for s in FALLBACK_SPECIES if s != known and written is None]
    else:  # no species given: a name miRBase lists as written, in any species, before reading a letter away
        order = [(s, False) for s in FALLBACK_SPECIES] + [(s, True) for s in FALLBACK_SPECIES]
    names = [member.name] + ([member.name.rstrip("*")] if member.name.endswith("*") else [])
    for name in names:
        for sp, drop_letter in order:
            entry = lookup(name, sp, tables, drop_letter)
            if entry is not None:
                prefix, accession = entry.curie.split(":", 1)
                return Ref(prefix, accession, entry.name, CATEGORY)
    label = f"{first}-{member.name.rstrip('*')}"
    return Ref("exokg", "miRNA_" + re.sub(r"[^A-Za-z0-9-]", "_", label), label, CATEGORY)
