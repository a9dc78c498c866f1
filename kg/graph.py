"""The assembled knowledge graph as a networkx MultiDiGraph, and its node-link JSON form.

Nodes are keyed by CURIE and carry ``id``, ``label``, ``category`` (a Biolink class),
``synonyms`` and ``xrefs``. Edges are keyed by the statement's content hash and carry the
Biolink ``predicate``, exokg's own ``relation`` name, the RO term, ``polarity``, ``belief``,
``support`` (independent studies) and the full ``evidence`` list. Pooled effects are nodes
of their own (``kind == "PooledEffect"``) linked to their intervention and outcome.

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
from kg.vocab import predicate

SCHEMA_VERSION = "1"
POOLED_EFFECT_CATEGORY = "biolink:StudyResult"
EFFECT_PREDICATES = {
    "intervention": "exokg:has_intervention",
    "outcome": "exokg:has_outcome",
}


def _node_attrs(ref: Ref, entities: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    info = entities.get(ref.curie, {})
    return {
        "id": ref.curie,
        "label": info.get("label") or ref.label or ref.curie,
        "category": info.get("category") or ref.category,
        "synonyms": sorted(set(info.get("synonyms", ()))),
        "xrefs": sorted(set(info.get("xrefs", ()))),
        "kind": "Entity",
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

    for st in assembly.statements:
        ensure(st.subject)
        ensure(st.object)
        info = predicate(st.predicate)
        g.add_edge(
            st.subject.curie,
            st.object.curie,
            key=st.key_hash,
            id=st.key_hash,
            predicate=info.biolink,
            relation=st.predicate,
            ro=info.ro,
            polarity=st.polarity.value,
            qualifiers=dict(st.qualifiers),
            belief=st.belief,
            support=len(studies := assembly.studies(st)),
            studies=list(studies),
            contradicts=sorted(contradicted.get(st.key_hash, [])),
            evidence=[ev.to_dict() for ev in st.evidence],
        )

    effects = list(effects)
    checks = direction_checks(effects, assembly.statements)
    for eff in sorted(effects, key=lambda e: e.id):
        ensure(eff.intervention)
        ensure(eff.outcome)
        attrs = eff.to_dict()
        attrs.pop("intervention")
        attrs.pop("outcome")
        g.add_node(
            eff.id,
            **attrs,
            label=eff.label(),
            category=POOLED_EFFECT_CATEGORY,
            kind="PooledEffect",
            intervention=eff.intervention.curie,
            outcome=eff.outcome.curie,
            synonyms=[],
            xrefs=[],
            direction_check=checks[eff.id].status,
            direction_detail=checks[eff.id].detail,
            direction_statements=sorted({*checks[eff.id].agreeing, *checks[eff.id].disagreeing}),
        )
        for role, pred in EFFECT_PREDICATES.items():
            target = getattr(eff, role).curie
            g.add_edge(eff.id, target, key=f"{eff.id}:{role}", id=f"{eff.id}:{role}", predicate=pred,
                       relation=role, polarity="0", belief=None, support=0, evidence=[])
    return g


def to_node_link(g: nx.MultiDiGraph) -> dict[str, Any]:
    return nx.node_link_data(g, edges="edges")


def from_node_link(data: Mapping[str, Any]) -> nx.MultiDiGraph:
    g = nx.node_link_graph(dict(data), directed=True, multigraph=True, edges="edges")
    for node, attrs in g.nodes(data=True):
        attrs["id"] = node  # node-link JSON stores the node's own id as the key
    return g  # type: ignore[return-value]


def entity_nodes(g: nx.MultiDiGraph) -> list[str]:
    return [n for n, d in g.nodes(data=True) if d.get("kind") != "PooledEffect"]


def pooled_effect_nodes(g: nx.MultiDiGraph) -> list[str]:
    return [n for n, d in g.nodes(data=True) if d.get("kind") == "PooledEffect"]
