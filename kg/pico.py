"""Population and comparator of a pooled effect as graph nodes (the P and C of PICO).

A meta-analysis pools studies of one intervention against one comparator in one population
("BMSC exosomes vs placebo in SCI rats"). Intervention and outcome are ordinary entities;
this module holds what the other two need:

* a **population** is a node minted per (organism, condition) pair, e.g.
  ``exokg:population_NCBITaxon_10116_MONDO_0043797`` labelled "SCI rats", a
  ``biolink:PopulationOfIndividualOrganisms`` linked to its taxon (``biolink:in_taxon``) and its
  condition (``biolink:has_phenotype``, Biolink's predicate from a biological entity to what it
  presents; Biolink leaves its range open to conditions: "check the range");
* a **comparator** is one of a few exokg terms (declared in ontologies/exokg.ttl) naming what
  the control arm received: a placebo vehicle, a placebo, or nothing.

The link tables here are the one place that says which graph edges are links of a pooled
effect or population rather than statements read from text (the API, view, explanation walk
and exporters all ask :func:`is_link`). Pure and light: no networkx, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from kg.model import Ref

POPULATION_CATEGORY = "biolink:PopulationOfIndividualOrganisms"
POPULATION_KIND = "Population"

# Pooled effect -> its parts: relation (role) -> Biolink-style predicate of the link edge.
EFFECT_LINKS: dict[str, str] = {
    "intervention": "exokg:has_intervention",
    "outcome": "exokg:has_outcome",
    "population": "exokg:has_population",
    "comparator": "exokg:has_comparator",
}
# Effect node attribute holding the CURIE of each linked node ("population" is the display text).
EFFECT_LINK_ATTRIBUTES: dict[str, str] = {
    "intervention": "intervention",
    "outcome": "outcome",
    "population": "population_id",
    "comparator": "comparator_id",
}
# Population -> organism and condition (Biolink 4.1.5 predicates; the node attributes share the names).
POPULATION_LINKS: dict[str, str] = {
    "organism": "biolink:in_taxon",
    "condition": "biolink:has_phenotype",
}
LINK_RELATIONS = frozenset(EFFECT_LINKS) | frozenset(POPULATION_LINKS)

# The taxa and conditions of this corpus, as in ontologies/lexicon.tsv (tests check they agree).
RAT = Ref("NCBITaxon", "10116", "rat", "biolink:OrganismTaxon")
MOUSE = Ref("NCBITaxon", "10090", "mouse", "biolink:OrganismTaxon")
HUMAN = Ref("NCBITaxon", "9606", "human", "biolink:OrganismTaxon")
# a review pooling rat and mouse studies: its animals are rodents (the order)
RODENT = Ref("NCBITaxon", "9989", "rodent", "biolink:OrganismTaxon")
SCI = Ref("MONDO", "0043797", "spinal cord injury", "biolink:Disease")
ORGANISMS: tuple[tuple[Ref, tuple[str, ...]], ...] = (
    (RAT, ("rat", "rats", "Rattus norvegicus")),
    (MOUSE, ("mouse", "mice", "Mus musculus")),
    (HUMAN, ("human", "humans", "Homo sapiens", "patient", "patients")),
    (RODENT, ("rodent", "rodents", "Rodentia")),
)
CONDITIONS: tuple[tuple[Ref, tuple[str, ...]], ...] = (
    (SCI, ("spinal cord injury", "spinal cord injuries", "SCI", "traumatic spinal cord injury")),
)
# How a population of each taxon / with each condition is named in a label ("SCI rats").
GROUP_NAMES = {RAT.curie: "rats", MOUSE.curie: "mice", HUMAN.curie: "patients", RODENT.curie: "rodents"}
CONDITION_ABBREVIATIONS = {SCI.curie: "SCI"}

# What the control arm received. Labels and definitions are declared in ontologies/exokg.ttl.
PLACEBO_VEHICLE = Ref("exokg", "Placebo_Vehicle", "placebo (saline or PBS vehicle)", "biolink:Treatment")
PLACEBO = Ref("exokg", "Placebo", "placebo (vehicle not stated)", "biolink:Treatment")
NO_TREATMENT = Ref("exokg", "NoTreatment", "no treatment (injured, untreated)", "biolink:NamedThing")
COMPARATORS: tuple[Ref, ...] = (PLACEBO_VEHICLE, PLACEBO, NO_TREATMENT)
COMPARATOR_SYNONYMS: dict[str, tuple[str, ...]] = {
    PLACEBO_VEHICLE.curie: ("vehicle control", "saline control", "PBS control"),
    PLACEBO.curie: ("placebo group",),
    NO_TREATMENT.curie: ("untreated control", "injury only"),
}

_PLACEBO = re.compile(r"\bplacebo\b", re.I)
_VEHICLE = re.compile(r"\bvehicle[- ](?:treated|injected|group|control|alone)\b|^\s*vehicles?\s*$"
                      r"|(?<!buffered )(?<!buffered-)\b(?:normal |physiological )?saline\b|\bPBS\b"
                      r"|phosphate[- ]buffered saline", re.I)
_UNTREATED = re.compile(r"\buntreated\b|\bno[- ]treatment\b|\bwithout treatment\b|\binjury[- ]only\b", re.I)


def is_link(edge: Mapping[str, Any]) -> bool:
    """True for a pooled effect's or population's link edge, False for a statement."""
    return edge.get("relation") in LINK_RELATIONS


def _slug(curie: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", curie).strip("_")


def population_id(organism: Ref | None, condition: Ref | None) -> str | None:
    """``exokg:population_<taxon>_<condition>``; None without an organism (a population is of one taxon)."""
    if organism is None:
        return None
    parts = [_slug(organism.curie)] + ([_slug(condition.curie)] if condition is not None else [])
    return "exokg:population_" + "_".join(parts)


def population_label(organism: Ref, condition: Ref | None) -> str:
    """Display name of a population: "SCI rats", "spinal cord injury mice", "rat"."""
    group = GROUP_NAMES.get(organism.curie) or organism.label or organism.curie
    if condition is None:
        return group
    return f"{CONDITION_ABBREVIATIONS.get(condition.curie) or condition.label or condition.curie} {group}"


def comparator_from_text(text: str) -> Ref | None:
    """The comparator a text names: a vehicle (saline, PBS) is a placebo vehicle, "placebo" alone a
    placebo, "untreated" no treatment; a bare "control" says nothing and gives None."""
    if _VEHICLE.search(text):
        return PLACEBO_VEHICLE
    if _PLACEBO.search(text):
        return PLACEBO
    if _UNTREATED.search(text):
        return NO_TREATMENT
    return None


def comparator_term(curie: str) -> Ref | None:
    """The comparator term with this CURIE, if it is one of exokg's."""
    return next((c for c in COMPARATORS if c.curie == curie), None)


def _normalise(name: str) -> str:
    return re.sub(r"[\s\-_]+", " ", name.strip().casefold())


def builtin_organism(name: str) -> Ref | None:
    """A taxon of this corpus by name ("rats", "Rattus norvegicus") or CURIE."""
    wanted = _normalise(name)
    for ref, names in ORGANISMS:
        if wanted == ref.curie.casefold() or wanted in {_normalise(n) for n in names}:
            return ref
    return None


def builtin_condition(name: str) -> Ref | None:
    """A condition of this corpus by name ("spinal cord injury", "SCI") or CURIE."""
    wanted = _normalise(name)
    for ref, names in CONDITIONS:
        if wanted == ref.curie.casefold() or wanted in {_normalise(n) for n in names}:
            return ref
    return None
