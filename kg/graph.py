"""The assembled knowledge graph as a networkx MultiDiGraph, and its node-link JSON form.

Nodes are keyed by CURIE and carry ``id``, ``label``, ``category`` (a Biolink class),
``synonyms`` and ``xrefs``, and ``broader``: the lexicon entities it is a kind of (bone marrow MSC exosomes:
MSC exosomes, exosome; neuronal apoptosis: apoptosis; microglia: glial cell), which a path query from a kind
may start with and one to a kind may end with, and ``measures``: the outcomes an outcome measure rises and falls
with (BBB score: motor function), where a path query to the outcome may end; those kinds and outcomes
are nodes of the graph even where no statement names them. Edges are keyed by the statement's content hash and carry the
Biolink ``predicate``, exokg's own ``relation`` name, the RO term, ``polarity``, ``belief``,
``support`` and ``studies`` (the independent studies, as :class:`kg.assemble.StudyIndex`
identifies them) and the full ``evidence`` list. Pooled effects are nodes
of their own (``kind == "PooledEffect"``) linked to their intervention, outcome, population
and comparator. A population (``kind == "Population"``) is one node per (organism, condition)
pair, linked to its taxon and its condition (see :mod:`kg.pico`); a comparator is an exokg term.
Link edges carry no evidence or belief: :func:`kg.pico.is_link` tells them from statements.

``graph.json`` is this graph in networkx node-link form (``edges="edges"``), so any tool can
reload it with ``networkx.node_link_graph(data, edges="edges")``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from kg.assemble import Assembly
from kg.crosscheck import direction_checks
from kg.model import Document, PooledEffect, Ref
from kg.pico import (
    COMPARATOR_SYNONYMS,
    EFFECT_LINK_ATTRIBUTES,
    EFFECT_LINKS,
    POPULATION_CATEGORY,
    POPULATION_KIND,
    POPULATION_LINKS,
    population_id,
    population_label,
)
from kg.vocab import predicate

SCHEMA_VERSION = "1"
POOLED_EFFECT_CATEGORY = "biolink:StudyResult"
EFFECT_PREDICATES = EFFECT_LINKS  # role -> predicate of the effect's link edges


def _node_attrs(ref: Ref, entities: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    info = entities.get(ref.curie, {})
    attrs = {
        "id": ref.curie,
        "label": info.get("label") or ref.label or ref.curie,
        "category": info.get("category") or ref.category,
        "synonyms": sorted(set(info.get("synonyms", ()))),
        "xrefs": sorted(set(info.get("xrefs", ()))),
        "kind": "Entity",
    }
    if info.get("broader"):  # every kind it is one of (vesicle, GO process or pathway, CL cell)
        attrs["broader"] = sorted(set(info["broader"]))
    if info.get("measures"):  # the outcomes an outcome measure moves with (BBB score: motor function)
        attrs["measures"] = sorted(set(info["measures"]))
    return attrs


def link_edge(g: nx.MultiDiGraph, source: str, target: str, relation: str, pred: str) -> None:
    """A link of a pooled effect or population: no polarity, belief or evidence of its own."""
    key = f"{source}:{relation}"
    g.add_edge(source, target, key=key, id=key, predicate=pred, relation=relation, polarity="0", belief=None,
               support=0, evidence=[])


def _population_attrs(pop_id: str, organism: Ref, condition: Ref | None) -> dict[str, Any]:
    return {
        "id": pop_id,
        "label": population_label(organism, condition),
        "category": POPULATION_CATEGORY,
        "synonyms": [],
        "xrefs": [],
        "kind": POPULATION_KIND,
        "organism": organism.curie,
        "condition": condition.curie if condition is not None else None,
    }


def build_graph(
    assembly: Assembly,
    effects: Iterable[PooledEffect] = (),
    entities: Mapping[str, Mapping[str, Any]] | None = None,
    documents: Iterable[Document] = (),
) -> nx.MultiDiGraph:
    """Assemble statements and pooled effects into one graph (deterministic order)."""
    entities = entities or {}
    g = nx.MultiDiGraph()
    g.graph.update({
        "name": "exokg",
        "schema_version": SCHEMA_VERSION,
        "documents": [d.metadata() for d in sorted(documents, key=lambda d: d.id)],
    })
    contradicted = assembly.contradicted_ids()

    def ensure(ref: Ref) -> None:
        if ref.curie not in g:
            g.add_node(ref.curie, **_node_attrs(ref, entities))
            # the kinds a preparation is one of are nodes too, so "MSC exosomes" can be asked about (and
            # reach its preparations) in a corpus that only names bone marrow MSC exosomes; so are the
            # outcomes a measure measures ("motor function" reaches the BBB score's claims)
            row = entities.get(ref.curie, {})
            for broader in (*row.get("broader", ()), *row.get("measures", ())):
                info = entities.get(broader)
                if info is not None:
                    ensure(Ref.from_curie(broader, info.get("label", ""), info.get("category", "")))

    for st in assembly.statements:
        ensure(st.subject)
        ensure(st.object)
        info = predicate(st.predicate)
        key = st.key_hash  # a JSON dump and a SHA-1 each time it is read
        g.add_edge(
            st.subject.curie,
            st.object.curie,
            key=key,
            id=key,
            predicate=info.biolink,
            relation=st.predicate,
            ro=info.ro,
            polarity=st.polarity.value,
            qualifiers=dict(st.qualifiers),
            belief=st.belief,
            support=len(studies := assembly.studies(st)),
            studies=list(studies),
            contradicts=sorted(contradicted.get(key, [])),
            evidence=[ev.to_dict() for ev in st.evidence],
        )

    def ensure_comparator(ref: Ref) -> None:
        if ref.curie not in g:
            attrs = _node_attrs(ref, entities)
            if not attrs["synonyms"]:
                attrs["synonyms"] = sorted(COMPARATOR_SYNONYMS.get(ref.curie, ()))
            g.add_node(ref.curie, **attrs)

    def ensure_population(organism: Ref, condition: Ref | None) -> str:
        pop_id = population_id(organism, condition)
        assert pop_id is not None
        if pop_id not in g:
            ensure(organism)
            if condition is not None:
                ensure(condition)
            g.add_node(pop_id, **_population_attrs(pop_id, organism, condition))
            link_edge(g, pop_id, organism.curie, "organism", POPULATION_LINKS["organism"])
            if condition is not None:
                link_edge(g, pop_id, condition.curie, "condition", POPULATION_LINKS["condition"])
        return pop_id

    effects = list(effects)
    checks = direction_checks(effects, assembly.statements)
    for eid, eff in sorted(((e.id, e) for e in effects), key=lambda pair: pair[0]):  # .id hashes a JSON dump
        check = checks[eid]
        ensure(eff.intervention)
        ensure(eff.outcome)
        pop_id = ensure_population(eff.organism, eff.condition) if eff.organism is not None else None
        if eff.comparator_term is not None:
            ensure_comparator(eff.comparator_term)
        attrs = eff.to_dict()
        for grounded in ("intervention", "outcome", "organism", "condition", "comparator_term"):
            attrs.pop(grounded)
        g.add_node(
            eid,
            **attrs,
            label=eff.label(),
            category=POOLED_EFFECT_CATEGORY,
            kind="PooledEffect",
            intervention=eff.intervention.curie,
            outcome=eff.outcome.curie,
            population_id=pop_id,
            comparator_id=eff.comparator_term.curie if eff.comparator_term is not None else None,
            synonyms=[],
            xrefs=[],
            direction_check=check.status,
            direction_detail=check.detail,
            direction_statements=sorted({*check.agreeing, *check.disagreeing}),
        )
        node = g.nodes[eid]
        for role, pred in EFFECT_LINKS.items():
            target = node[EFFECT_LINK_ATTRIBUTES[role]]
            if target:
                link_edge(g, eid, target, role, pred)
    return g


def to_node_link(g: nx.MultiDiGraph) -> dict[str, Any]:
    return nx.node_link_data(g, edges="edges")


def from_node_link(data: Mapping[str, Any]) -> nx.MultiDiGraph:
    g = nx.node_link_graph(dict(data), directed=True, multigraph=True, edges="edges")
    for node, attrs in g.nodes(data=True):
        attrs["id"] = node  # node-link JSON stores the node's own id as the key
    return g  # type: ignore[return-value]


def entity_nodes(g: nx.MultiDiGraph) -> list[str]:
    return [n for n, d in g.nodes(data=True) if d.get("kind") not in ("PooledEffect", POPULATION_KIND)]


def pooled_effect_nodes(g: nx.MultiDiGraph) -> list[str]:
    return [n for n, d in g.nodes(data=True) if d.get("kind") == "PooledEffect"]


def population_nodes(g: nx.MultiDiGraph) -> list[str]:
    return [n for n, d in g.nodes(data=True) if d.get("kind") == POPULATION_KIND]
