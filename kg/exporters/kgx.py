"""KGX TSV export (``kg_nodes.tsv`` / ``kg_edges.tsv``) for Biolink tools.

KGX is the Biolink Model's interchange format: one row per node and per edge, multivalued
fields joined with ``|``. Statements become edges with their Biolink predicate and qualifiers
(``qualified_predicate``, ``object_direction_qualifier``) plus exokg columns (relation, polarity,
belief, support, evidence sentences); pooled effects become ``biolink:StudyResult`` nodes with
their statistics, linked to intervention, outcome, population and comparator; populations are
``biolink:PopulationOfIndividualOrganisms`` nodes with ``biolink:in_taxon`` / ``biolink:has_phenotype``
edges.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from kg.io import write_text
from kg.model import BiasAssessment
from kg.pico import EFFECT_LINKS, is_link

NODE_COLUMNS = [
    "id", "category", "name", "synonym", "xref", "provided_by",
    "measure", "estimate", "ci_low", "ci_high", "k", "se", "p_value", "i2", "tau2", "q", "model", "method",
    "source", "subgroup", "population", "comparator", "significant", "publication_bias",
]
EDGE_COLUMNS = [
    "id", "subject", "predicate", "object", "category", "qualified_predicate", "object_direction_qualifier",
    "knowledge_level", "agent_type", "primary_knowledge_source", "publications", "negated",
    "exokg_relation", "ro", "polarity", "qualifiers", "belief", "support", "studies", "contradicts",
    "evidence_count", "sentences",
]
KNOWLEDGE_SOURCE = "infores:exokg"
SEP = "|"


def _multi(values: Iterable[Any]) -> str:
    return SEP.join(str(v).replace(SEP, "/") for v in values if v not in (None, ""))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return _multi(value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value).replace("\t", " ").replace("\n", " ")


def _publications(evidence: Iterable[Mapping[str, Any]], documents: Mapping[str, Mapping[str, Any]]) -> list[str]:
    pubs: set[str] = set()
    for ev in evidence:
        for cite in ev.get("citations") or ():
            if cite.get("pmid"):
                pubs.add(f"PMID:{cite['pmid']}")
            elif cite.get("doi"):
                pubs.add(f"doi:{cite['doi']}")
        doc = documents.get(ev.get("document", ""), {})
        if doc.get("pmid"):
            pubs.add(f"PMID:{doc['pmid']}")
        elif doc.get("doi"):
            pubs.add(f"doi:{doc['doi']}")
    return sorted(pubs)


def kgx_tables(graph: Any) -> tuple[str, str]:
    """The node and edge TSV texts (deterministic order)."""
    from kg.vocab import predicates

    qualifiers = {name: info.biolink_qualifiers for name, info in predicates().items()}
    documents = {d.get("id"): d for d in graph.graph.get("documents") or ()}
    nodes = io.StringIO()
    writer = csv.DictWriter(nodes, fieldnames=NODE_COLUMNS, delimiter="\t", lineterminator="\n",
                            extrasaction="ignore", quoting=csv.QUOTE_MINIMAL)
    writer.writeheader()
    for node_id, data in sorted(graph.nodes(data=True), key=lambda nd: str(nd[0])):
        row = {k: _cell(data.get(k)) for k in NODE_COLUMNS}
        row.update(id=node_id, category=data.get("category", "biolink:NamedThing"), name=_cell(data.get("label")),
                   synonym=_multi(data.get("synonyms") or ()), xref=_multi(data.get("xrefs") or ()),
                   provided_by=KNOWLEDGE_SOURCE,
                   publication_bias=_multi(BiasAssessment.from_dict(b).summary() for b in data.get("bias") or ()))
        writer.writerow(row)
    edges = io.StringIO()
    writer = csv.DictWriter(edges, fieldnames=EDGE_COLUMNS, delimiter="\t", lineterminator="\n",
                            quoting=csv.QUOTE_MINIMAL)
    writer.writeheader()
    for u, v, key, data in sorted(graph.edges(keys=True, data=True), key=lambda e: (str(e[2]), str(e[0]), str(e[1]))):
        evidence = data.get("evidence") or []
        relation = data.get("relation", "")
        quals = dict(qualifiers.get(relation, ()))
        is_effect_link = is_link(data)
        statistical = relation in EFFECT_LINKS  # an effect's links; a population's are plain assertions
        writer.writerow({
            "id": data.get("id") or key,
            "subject": u,
            "predicate": data.get("predicate", ""),
            "object": v,
            "category": "biolink:Association",
            "qualified_predicate": quals.get("qualified_predicate", ""),
            "object_direction_qualifier": quals.get("object_direction_qualifier", ""),
            "knowledge_level": "statistical_association" if statistical else "knowledge_assertion",
            "agent_type": "data_analysis_pipeline" if is_effect_link else "text_mining_agent",
            "primary_knowledge_source": KNOWLEDGE_SOURCE,
            "publications": _multi(_publications(evidence, documents)),
            "negated": "false",
            "exokg_relation": relation,
            "ro": data.get("ro", ""),
            "polarity": data.get("polarity", ""),
            "qualifiers": _cell(data.get("qualifiers") or None),
            "belief": _cell(data.get("belief")),
            "support": _cell(data.get("support")),
            "studies": _multi(data.get("studies") or ()),
            "contradicts": _multi(data.get("contradicts") or ()),
            "evidence_count": str(len(evidence)),
            "sentences": _multi(_cell(ev.get("sentence")) for ev in evidence),
        })
    return nodes.getvalue(), edges.getvalue()


def write_kgx(graph: Any, out_dir: str | Path) -> list[Path]:
    out = Path(out_dir)
    nodes, edges = kgx_tables(graph)
    paths = [out / "kg_nodes.tsv", out / "kg_edges.tsv"]
    write_text(paths[0], nodes)
    write_text(paths[1], edges)
    return paths
