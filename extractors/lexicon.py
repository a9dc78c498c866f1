"""exokg's lexicon: the reviewed table of entities the entity layer grounds to.

``ontologies/lexicon.tsv`` holds one row per entity: CURIE, label, Biolink category, synonyms,
cross-references, a case-sensitivity flag, the source cell of a vesicle preparation
(``derived_from``), what an experimental inhibitor or activator acts on (``acts_on``, optional), the
entities a vesicle preparation, process, pathway or cell is a kind of (``broader``, optional), the
outcome an outcome measure rises and falls with (``measures``, optional) and notes. This module loads it
and turns every synonym into a *key*: the sequence of its word tokens, lower-cased (unless the row is case-sensitive), Greek letters
spelled out, plural ``s`` dropped and hyphens ignored. ``TNF-α``, ``TNFα`` and ``TNF alpha``
share one key, as do ``Bcl-2``/``Bcl2`` and ``macrophage``/``macrophages``, so the file lists
each spelling once rather than every typographic variant.

Pathway rows may give *stems* (``~NF-κB``): a stem is matched only when followed by a word
such as "pathway", "signaling" or "axis", because a bare ``NF-κB`` names the protein.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from extractors.tokens import TOKEN_RE
from kg.errors import InputError
from kg.model import Ref

LEXICON_PATH = Path(__file__).resolve().parents[1] / "ontologies" / "lexicon.tsv"
CELL_LINES_PATH = LEXICON_PATH.with_name("cell_lines.tsv")
COLUMNS = ("curie", "label", "category", "synonyms", "xrefs", "case_sensitive", "derived_from", "notes")  # + acts_on, broader, measures
ACTIONS = {"inhibits": True, "activates": False}  # whether the compound takes its target away

GREEK_NAMES = {
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "ζ": "zeta", "η": "eta",
    "θ": "theta", "ι": "iota", "κ": "kappa", "λ": "lambda", "μ": "mu", "ν": "nu", "ξ": "xi",
    "π": "pi", "ρ": "rho", "σ": "sigma", "τ": "tau", "φ": "phi", "χ": "chi", "ψ": "psi", "ω": "omega",
    "µ": "mu",
}
_GREEK_TABLE = str.maketrans(GREEK_NAMES)
# British spellings read as the American ones most ontology labels use ("NF200-positive fibres" are axons), and a
# superscript plus as the plus it is ("5-HT⁺ fibres")
_SPELLINGS = {"fibre": "fiber", "fibres": "fibers", "centre": "center", "centres": "centers", "tumour": "tumor",
              "tumours": "tumors", "oedema": "edema", "haemorrhage": "hemorrhage", "haemorrhagic": "hemorrhagic",
              "labelled": "labeled", "signalling": "signaling", "⁺": "+"}
# separators that do not change a name: "TNF-α" == "TNF α" == "TNFα"
SOFT_SEPARATORS = frozenset("-‐‑‒–—")

PATHWAY_SUFFIXES = (
    "pathway", "pathways", "signaling", "signalling", "signaling pathway", "signalling pathway",
    "signaling pathways", "signalling pathways", "signal pathway", "signal transduction",
    "signal transduction pathway", "signaling axis", "signalling axis", "axis", "cascade",
    "signaling cascade",
)


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """One row of the lexicon."""

    curie: str
    label: str
    category: str
    synonyms: tuple[str, ...]
    xrefs: tuple[str, ...] = ()
    case_sensitive: bool = False
    derived_from: str = ""
    notes: str = ""
    stems: tuple[str, ...] = ()
    acts_on: tuple[str, str] | None = None  # ("inhibits" | "activates", target CURIE)
    broader: tuple[str, ...] = ()  # what the entity is a kind of: every ancestor in the lexicon, written out
    measures: tuple[str, ...] = ()  # the outcomes this outcome measure rises and falls with (BBB score: motor function)

    @property
    def ref(self) -> Ref:
        return Ref.from_curie(self.curie, self.label, self.category)

    def surface_forms(self) -> Iterator[str]:
        """Every spelling this entry is matched by (label, synonyms, stem + pathway word)."""
        yield self.label
        yield from self.synonyms
        for stem in self.stems:
            for suffix in PATHWAY_SUFFIXES:
                yield f"{stem} {suffix}"


def is_symbol(form: str) -> bool:
    """One word with a capital letter (``ASC``, ``CAT``, ``ER``): what a case-sensitive row protects."""
    return " " not in form.strip() and any(c.isupper() for c in form)


def norm_token(token: str, fold: bool = True) -> str:
    """A token's matching form: case-folded (if ``fold``), Greek spelled out, plural ``s`` dropped."""
    t = token.casefold() if fold else token
    if not t.isascii():
        t = t.translate(_GREEK_TABLE)
    t = _SPELLINGS.get(t, t)
    if len(t) >= 3 and t[-1] in "sS" and t[-2] not in "sSuU'" and not token.isupper():
        t = t[:-1]
    return t


def key_of(text: str, fold: bool = True) -> str:
    """The key of a name: normalised tokens joined by nothing (adjacent or hyphenated) or a space.

    ``TNF-α``, ``TNFα`` -> ``tnfalpha``; ``TNF α`` -> ``tnf alpha``. Whitespace is kept so that
    ``in OS`` never equals ``iNOS``.
    """
    parts: list[str] = []
    prev_end = -1
    for m in TOKEN_RE.finditer(text):
        tok = m.group()
        if tok in SOFT_SEPARATORS:
            prev_end = -2  # joined
            continue
        if parts and prev_end >= 0 and m.start() > prev_end:
            parts.append(" ")
        parts.append(norm_token(tok, fold))
        prev_end = m.end()
    return "".join(parts)


def key_variants(form: str, fold: bool = True) -> set[str]:
    """Keys a written form is matched by: as written, hyphens read as spaces, all words joined."""
    base = key_of(form, fold)
    spaced = key_of("".join(" " if c in SOFT_SEPARATORS else c for c in form), fold)
    return {k for k in (base, spaced, base.replace(" ", "")) if k}


@dataclass
class Lexicon:
    """Entries by CURIE plus the key index used by the matcher."""

    entries: dict[str, LexiconEntry]
    version: str = ""
    # folded key -> [(entry curie, exact key or None when case-insensitive)]
    index: dict[str, list[tuple[str, str | None]]] = field(default_factory=dict)
    prefixes: set[str] = field(default_factory=set)

    def add(self, entry: LexiconEntry) -> None:
        self.entries[entry.curie] = entry
        for form in entry.surface_forms():
            self.add_form(form, entry.curie, entry.case_sensitive and is_symbol(form))

    def add_form(self, form: str, curie: str, case_sensitive: bool = False) -> None:
        folded = sorted(key_variants(form))
        exacts = sorted(key_variants(form, fold=False)) if case_sensitive else []
        for key in folded:
            bucket = self.index.setdefault(key, [])
            wanted: list[str | None] = list(exacts) if case_sensitive else [None]
            for exact in wanted:
                if (curie, exact) not in bucket:
                    bucket.append((curie, exact))
            for i in range(1, len(key) + 1):
                self.prefixes.add(key[:i])

    def lookup(self, key: str, exact: str) -> str | None:
        """CURIE for a folded key (checked against its case-preserving twin for case-sensitive rows)."""
        bucket = self.index.get(key)
        if not bucket:
            return None
        insensitive = None
        for curie, want in bucket:
            if want is None:
                insensitive = insensitive or curie
            elif want == exact:
                return curie
        return insensitive

    def get(self, curie: str) -> LexiconEntry | None:
        return self.entries.get(curie)

    def ref(self, curie: str) -> Ref:
        entry = self.entries.get(curie)
        if entry is None:
            raise KeyError(f"{curie} is not in the lexicon")
        return entry.ref

    def composite_for(self, source_curie: str) -> LexiconEntry | None:
        """The vesicle preparation entry whose ``derived_from`` is ``source_curie``, else that of the nearest
        kind of the cells with a preparation of its own tissue: Wharton's jelly MSCs are umbilical cord MSCs, and
        their vesicles the umbilical cord preparation (the preparation of every MSC, a kind of nothing but
        vesicles, names no cells of a tissue)."""
        return self.composites_by_source().get(source_curie)

    @cache  # noqa: B019 - one lexicon per process, cached on purpose
    def composites_by_source(self) -> dict[str, LexiconEntry]:
        """Each source cell's vesicle preparation (see ``composite_for``)."""
        own = {e.derived_from: e for e in self.entries.values() if e.derived_from}
        preparations = {e.curie for e in own.values()}
        of_tissue = {source: e for source, e in own.items() if not preparations.isdisjoint(e.broader)}
        inherited: dict[str, LexiconEntry] = {}
        for entry in self.entries.values():
            if entry.curie not in own:
                kinds = [b for b in entry.broader if b in of_tissue]
                if kinds:  # the most specific kind: the one with the most kinds of its own
                    nearest = max(kinds, key=lambda b: len(self.entries[b].broader) if b in self.entries else 0)
                    inherited[entry.curie] = of_tissue[nearest]
        return own | inherited

    def __hash__(self) -> int:
        return id(self)


def _split(cell: str) -> tuple[str, ...]:
    return tuple(s.strip() for s in cell.split("|") if s.strip())


def parse_lexicon(lines: Iterable[str], source: str = "lexicon.tsv") -> Lexicon:
    """Parse lexicon TSV lines; ``# version: X`` in the header comment sets the version."""
    version = ""
    body: list[str] = []
    for line in lines:
        if line.startswith("#"):
            head = line.lstrip("#").strip()
            if head.lower().startswith("version:"):
                version = head.split(":", 1)[1].strip()
            continue
        if line.strip():
            body.append(line.rstrip("\n"))
    if not body:
        raise InputError(f"{source}: no rows")
    reader = csv.DictReader(body, delimiter="\t", quoting=csv.QUOTE_NONE)
    missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise InputError(f"{source}: missing columns {', '.join(missing)}")
    lex = Lexicon(entries={}, version=version)
    for lineno, row in enumerate(reader, start=2):
        curie = (row["curie"] or "").strip()
        if ":" not in curie:
            raise InputError(f"{source}: row {lineno}: {curie!r} is not a CURIE")
        if curie in lex.entries:
            raise InputError(f"{source}: row {lineno}: duplicate CURIE {curie}")
        synonyms = _split(row["synonyms"] or "")
        stems = tuple(s[1:] for s in synonyms if s.startswith("~"))
        flag = (row["case_sensitive"] or "").strip().lower()
        if flag not in {"", "yes", "no", "true", "false"}:
            raise InputError(f"{source}: row {lineno}: case_sensitive must be yes or no, got {flag!r}")
        acts_on = _action(row.get("acts_on") or "", f"{source}: row {lineno}")
        lex.add(LexiconEntry(
            curie=curie,
            label=(row["label"] or "").strip(),
            category=(row["category"] or "").strip(),
            synonyms=tuple(s for s in synonyms if not s.startswith("~")),
            xrefs=_split(row["xrefs"] or ""),
            case_sensitive=flag in {"yes", "true"},
            derived_from=(row["derived_from"] or "").strip(),
            notes=(row["notes"] or "").strip(),
            stems=stems,
            acts_on=acts_on,
            broader=_others(row.get("broader") or "", curie, "broader", f"{source}: row {lineno}"),
            measures=_others(row.get("measures") or "", curie, "measures", f"{source}: row {lineno}"),
        ))
    return lex


def _others(cell: str, curie: str, column: str, where: str) -> tuple[str, ...]:
    found = _split(cell)
    for other in found:
        if ":" not in other or other == curie:
            raise InputError(f"{where}: {column} must list CURIEs of other entities, got {other!r}")
    return found


def _action(cell: str, where: str) -> tuple[str, str] | None:
    """ "inhibits GO:0006914" -> ("inhibits", "GO:0006914"); an empty cell -> None."""
    if not cell.strip():
        return None
    parts = cell.split()
    if len(parts) != 2 or parts[0] not in ACTIONS or ":" not in parts[1]:
        raise InputError(f"{where}: acts_on must be 'inhibits CURIE' or 'activates CURIE', got {cell.strip()!r}")
    return parts[0], parts[1]


@cache
def load_lexicon(path: str | None = None) -> Lexicon:
    """The lexicon (cached per path); the default is ``ontologies/lexicon.tsv``."""
    p = Path(path) if path else LEXICON_PATH
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{p}: cannot read the lexicon ({exc.strerror or exc})") from None
    return parse_lexicon(text.splitlines(), source=str(p))


def entity_table() -> dict[str, dict[str, Any]]:
    """CURIE -> {label, category, synonyms, xrefs, derived_from, broader, measures}: what the graph shows for a
    node."""
    out: dict[str, dict[str, Any]] = {}
    for curie, e in load_lexicon().entries.items():
        synonyms = list(dict.fromkeys([*e.synonyms, *(f"{s} pathway" for s in e.stems)]))
        out[curie] = {
            "label": e.label,
            "category": e.category,
            "synonyms": synonyms,
            "xrefs": list(e.xrefs),
            "derived_from": e.derived_from or None,
            "broader": list(e.broader),
            "measures": list(e.measures),
        }
    return out


@dataclass(frozen=True, slots=True)
class CellLine:
    """A cell line the field treats with vesicles: a claim's setting, never a participant."""

    accession: str  # Cellosaurus
    label: str
    synonyms: tuple[str, ...]
    kind: str  # the lexicon cell (CURIE) the line is one of, "" for none


@cache
def load_cell_lines(path: str | None = None) -> tuple[CellLine, ...]:
    """The cell-line table (``ontologies/cell_lines.tsv``); a row whose kind the lexicon lacks is an error."""
    p = Path(path) if path else CELL_LINES_PATH
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"{p}: cannot read the cell-line table ({exc.strerror or exc})") from None
    entries = load_lexicon().entries
    out: list[CellLine] = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#") or line.startswith("accession\t"):
            continue
        cells = line.split("\t")
        if len(cells) != 4 or not cells[0].startswith("CVCL_") or not cells[1] or not cells[2]:
            raise InputError(f"{p}:{number}: expected accession (CVCL_...), label, synonyms and kind, got {line!r}")
        kind = cells[3].strip()
        if kind and kind not in entries:
            raise InputError(f"{p}:{number}: kind {kind} is no lexicon entity")
        out.append(CellLine(cells[0], cells[1], tuple(s for s in cells[2].split("|") if s), kind))
    return tuple(out)
