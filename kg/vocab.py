"""Access to the vocabulary shipped in ``ontologies/``: the prefix map and the predicate map.

There is one prefix map (``ontologies/prefixes.json``); every CURIE exokg writes must
expand through it, so RDF, JSON and the API agree on identifiers.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ONTOLOGY_DIR = Path(__file__).resolve().parents[1] / "ontologies"


@cache
def prefix_map() -> dict[str, str]:
    data = json.loads((ONTOLOGY_DIR / "prefixes.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def expand(curie: str) -> str:
    """CURIE -> IRI; raises ``KeyError`` naming the unknown prefix."""
    prefix, sep, local = curie.partition(":")
    if not sep:
        raise ValueError(f"not a CURIE: {curie!r}")
    try:
        return prefix_map()[prefix] + local
    except KeyError:
        raise KeyError(f"prefix {prefix!r} of {curie!r} is not in ontologies/prefixes.json") from None


def compress(iri: str) -> str | None:
    """IRI -> CURIE using the longest matching namespace (None if no namespace matches)."""
    best: tuple[int, str] | None = None
    for prefix, namespace in prefix_map().items():
        if iri.startswith(namespace) and (best is None or len(namespace) > best[0]):
            best = (len(namespace), prefix)
    if best is None:
        return None
    return f"{best[1]}:{iri[best[0]:]}"


@dataclass(frozen=True, slots=True)
class PredicateInfo:
    name: str
    biolink: str
    ro: str
    ro_label: str
    polarity: str
    description: str
    biolink_qualifiers: tuple[tuple[str, str], ...] = ()  # e.g. (("object_direction_qualifier", "increased"),)


@cache
def predicates() -> dict[str, PredicateInfo]:
    path = ONTOLOGY_DIR / "predicates.tsv"
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    rows = csv.DictReader(lines, delimiter="\t")
    return {r["predicate"]: PredicateInfo(r["predicate"], r["biolink"], r["ro"], r["ro_label"],
                                          r["polarity"], r["description"],
                                          _qualifier_pairs(r.get("biolink_qualifiers") or ""))
            for r in rows}


def _qualifier_pairs(text: str) -> tuple[tuple[str, str], ...]:
    """``"a=b; c=d"`` -> ``(("a", "b"), ("c", "d"))`` sorted; malformed parts are ignored."""
    pairs = []
    for part in text.split(";"):
        key, sep, value = part.strip().partition("=")
        if sep and key.strip() and value.strip():
            pairs.append((key.strip(), value.strip()))
    return tuple(sorted(pairs))


def predicate(name: str) -> PredicateInfo:
    try:
        return predicates()[name]
    except KeyError:
        known = ", ".join(sorted(predicates()))
        raise KeyError(f"unknown predicate {name!r}; known: {known}") from None
