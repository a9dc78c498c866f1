"""The knowledge graph as RDF: one statement node per claim, with its evidence, plus direct triples.

Why this shape:

* Entities keep their standard IRIs (identifiers.org / OBO PURL forms from the one prefix map),
  so exokg's RDF joins with other Linked Data without a mapping step.
* Every assembled statement is reified as an ``exokg:Statement`` node (a subclass of
  ``rdf:Statement`` and ``biolink:Association``; ``rdf:subject``/``rdf:predicate``/``rdf:object``
  are the Biolink association slots). Polarity, qualifiers, belief, independent support and every
  piece of evidence (sentence, offsets, section, document, cited studies with DOI) hang off it, so
  nothing the graph knows is lost. The direct triple ``subject exokg:<relation> object`` (and the
  Biolink predicate) is written as well, for simple querying.
* Pooled effects are ``exokg:PooledEffect`` nodes with typed literals (``xsd:decimal`` for reported
  statistics, ``xsd:integer`` for counts) and their STATO measure class, linked to intervention,
  outcome, population (``exokg:hasPopulation``) and comparator (``exokg:hasComparator``).
* A population is an ``exokg:Population`` (a ``biolink:PopulationOfIndividualOrganisms``) with
  ``biolink:in_taxon`` and ``biolink:has_phenotype`` links to its taxon and condition; a comparator
  is an exokg term written like any entity.
* Documents carry their bibliographic metadata (Dublin Core terms, ordered authors, DOI).

:func:`graph_to_rdf` and :func:`rdf_to_graph` are pure and inverse: RDF -> graph -> RDF gives an
isomorphic graph. All node IRIs are minted deterministically (no blank nodes), so rebuilding the
same graph writes byte-identical files.
"""

from __future__ import annotations

import heapq
import itertools
import math
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote

from kg.errors import InputError
from kg.pico import EFFECT_LINK_ATTRIBUTES, POPULATION_CATEGORY, POPULATION_KIND, POPULATION_LINKS, is_link
from kg.vocab import compress, expand, predicates, prefix_map

if TYPE_CHECKING:
    import networkx as nx
    import rdflib

# --- vocabulary -----------------------------------------------------------------------------------

_P = prefix_map()
EXOKG_NS = _P["exokg"]
BIOLINK_NS = _P["biolink"]
RDF_NS = _P["rdf"]
RDFS_NS = _P["rdfs"]
XSD_NS = _P["xsd"]
SKOS_NS = _P["skos"]
DCTERMS_NS = _P["dcterms"]
PROV_NS = _P["prov"]
OWL_NS = _P["owl"]

GRAPH_IRI = EXOKG_NS + "graph"
STATEMENT_PATH = "statement/"
DOCUMENT_PATH = "document/"

# Effect statistics: node attribute -> (exokg property local name, kind)
EFFECT_NUMBERS: dict[str, tuple[str, str]] = {
    "estimate": ("estimate", "decimal"),
    "ci_low": ("ciLow", "decimal"),
    "ci_high": ("ciHigh", "decimal"),
    "se": ("standardError", "decimal"),
    "p_value": ("pValue", "decimal"),
    "i2": ("iSquared", "decimal"),
    "tau2": ("tauSquared", "decimal"),
    "q": ("cochranQ", "decimal"),
    "k": ("studyCount", "integer"),
}
EFFECT_STRINGS: dict[str, str] = {
    "measure": "measure",
    "population": "population",
    "comparator": "comparator",
    "model": "model",
    "method": "method",
    "source": "effectSource",
    "subgroup": "subgroup",
    "provenance": "provenanceNote",
    "direction_check": "directionCheck",
    "direction_detail": "directionDetail",
}

# Bias assessment of an effect: attribute -> (exokg property local name, kind)
BIAS_PROPERTIES: dict[str, tuple[str, str]] = {
    "method": ("biasMethod", "string"),
    "asymmetry": ("asymmetry", "boolean"),
    "statistic": ("testStatistic", "decimal"),
    "p_value": ("biasPValue", "decimal"),
    "p_value_below": ("biasPValueBelow", "decimal"),
    "filled": ("filledStudies", "integer"),
    "adjusted_estimate": ("adjustedEstimate", "decimal"),
    "adjusted_ci_low": ("adjustedCiLow", "decimal"),
    "adjusted_ci_high": ("adjustedCiHigh", "decimal"),
    "fail_safe_n": ("failSafeN", "integer"),
    "source": ("biasSource", "string"),
}

# Effect link role -> exokg property on the effect node (the node attribute is EFFECT_LINK_ATTRIBUTES[role]).
EFFECT_LINK_PROPERTIES: dict[str, str] = {
    "intervention": "hasIntervention",
    "outcome": "hasOutcome",
    "population": "hasPopulation",
    "comparator": "hasComparator",
}

# Effect measure abbreviation -> STATO class (verified against the STATO release; see exokg.ttl).
MEASURE_CLASSES: dict[str, str] = {
    "MD": "STATO:0000457",
    "WMD": "STATO:0000457",
    "SMD": "STATO:0000100",
    "OR": "STATO:0000182",
    "RR": "STATO:0000245",
}


def ns(local: str) -> str:
    """IRI of an exokg vocabulary term."""
    return EXOKG_NS + local


def statement_iri(key: str) -> str:
    return EXOKG_NS + STATEMENT_PATH + quote(str(key), safe="")


def document_iri(doc_id: str) -> str:
    return EXOKG_NS + DOCUMENT_PATH + quote(str(doc_id), safe="")


def document_id_from_iri(iri: str) -> str:
    prefix = EXOKG_NS + DOCUMENT_PATH
    if not iri.startswith(prefix):
        raise InputError(f"not an exokg document IRI: {iri}")
    return unquote(iri[len(prefix):])


def curie_iri(curie: str) -> str:
    """CURIE -> IRI through the one prefix map; an unknown prefix is a clear input error."""
    try:
        return expand(curie)
    except (KeyError, ValueError) as exc:
        raise InputError(str(exc).strip("'\"")) from None


# --- literal and term helpers ---------------------------------------------------------------------
#
# Triples are written straight as N-Triples lines (no rdflib objects): a subject, predicate or IRI
# object is an N-Triples term ``<iri>``, checked once when it is made; literals are escaped as
# N-Triples requires. The same lines feed kg.nt (sorted), pyoxigraph (Turtle, JSON-LD, the store)
# and, for callers that want one, an rdflib Graph (:func:`graph_to_rdf`), so they cannot drift.

_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|\\^`]')
_XSD_INTEGER = f"^^<{XSD_NS}integer>"
_XSD_DECIMAL = f"^^<{XSD_NS}decimal>"
_XSD_DOUBLE = f"^^<{XSD_NS}double>"
_XSD_BOOLEAN = f"^^<{XSD_NS}boolean>"
_XSD_GYEAR = f"^^<{XSD_NS}gYear>"


def _decimal_lexical(value: float | int) -> str:
    """Canonical-enough xsd:decimal lexical form (no exponent), exact for a float's repr."""
    text = format(Decimal(repr(float(value))) if isinstance(value, float) else Decimal(value), "f")
    if "." in text:
        text = text.rstrip("0")
        if text.endswith("."):
            text += "0"
    else:
        text += ".0"
    return text


def _term(iri: str) -> str:
    """The N-Triples form of an IRI; an IRI N-Triples cannot hold is a clear input error."""
    if _BAD_IRI.search(iri) is not None:
        raise InputError(f"{iri!r} cannot be written as an RDF IRI (spaces, control characters and <>\"{{}}|\\^` "
                         "are not allowed)")
    return f"<{iri}>"


def _curie_term(curie: str) -> str:
    return _term(curie_iri(curie))


@cache
def _x(local: str) -> str:
    """N-Triples term of an exokg vocabulary IRI."""
    return f"<{EXOKG_NS}{local}>"


def _escape(text: str) -> str:
    """N-Triples string escaping (backslash, quote, line feed, carriage return)."""
    if "\\" in text or '"' in text or "\n" in text or "\r" in text:
        text = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return text


class _Builder:
    """Collects N-Triples lines (terms already in N-Triples form; order does not matter)."""

    __slots__ = ("_documents", "lines")

    def __init__(self) -> None:
        self.lines: list[str] = []
        self._documents: dict[str, str] = {}

    def take(self) -> list[str]:
        lines, self.lines = self.lines, []
        return lines

    def document(self, doc_id: str) -> str:
        term = self._documents.get(doc_id)
        if term is None:
            term = self._documents[doc_id] = f"<{document_iri(doc_id)}>"
        return term

    def link(self, s: str, p: str, o: str) -> None:
        self.lines.append(f"{s} {p} {o} .\n")

    def text(self, s: str, p: str, value: Any) -> None:
        if value is None or value == "":
            return
        self.lines.append(f'{s} {p} "{_escape(str(value))}" .\n')

    def integer(self, s: str, p: str, value: Any) -> None:
        if value is None:
            return
        self.lines.append(f'{s} {p} "{int(value)}"{_XSD_INTEGER} .\n')

    def decimal(self, s: str, p: str, value: Any) -> None:
        if value is None:
            return
        number = float(value)
        if math.isfinite(number):
            self.lines.append(f'{s} {p} "{_decimal_lexical(value)}"{_XSD_DECIMAL} .\n')
        else:  # decimals cannot hold NaN/INF
            lexical = repr(number).replace("inf", "INF").replace("nan", "NaN")
            self.lines.append(f'{s} {p} "{lexical}"{_XSD_DOUBLE} .\n')

    def boolean(self, s: str, p: str, value: Any) -> None:
        if value is None:
            return
        self.lines.append(f'{s} {p} "{"true" if value else "false"}"{_XSD_BOOLEAN} .\n')


# --- graph -> RDF ---------------------------------------------------------------------------------

RDF_TYPE = RDF_NS + "type"
LABEL = RDFS_NS + "label"

_TYPE = f"<{RDF_TYPE}>"
_LABEL = f"<{LABEL}>"
_CATEGORY = f"<{BIOLINK_NS}category>"
_ALT_LABEL = f"<{SKOS_NS}altLabel>"
_EXACT_MATCH = f"<{SKOS_NS}exactMatch>"
_NARROW_MATCH = f"<{SKOS_NS}narrowMatch>"  # a gene family's member genes: narrower than the family, not it
_BROADER = f"<{SKOS_NS}broader>"  # the kinds an entity is one of (graph attribute ``broader``)
_MEASURES = _x("measures")  # the outcomes an outcome measure moves with (graph attribute ``measures``)
_SUBJECT = f"<{RDF_NS}subject>"
_PREDICATE = f"<{RDF_NS}predicate>"
_OBJECT = f"<{RDF_NS}object>"
_QUOTED_FROM = f"<{PROV_NS}wasQuotedFrom>"
_DERIVED_FROM = f"<{PROV_NS}wasDerivedFrom>"
_AGENT = f"<{PROV_NS}Agent>"
_REFERENCES = f"<{DCTERMS_NS}references>"
_BIBLIOGRAPHIC = f"<{DCTERMS_NS}bibliographicCitation>"
_GRAPH = f"<{GRAPH_IRI}>"


def _relation_iri(relation: str) -> str:
    return ns(relation)


def _write_entity(b: _Builder, node_id: str, data: Mapping[str, Any], rdf_class: str = "Entity") -> str:
    s = _curie_term(node_id)
    b.link(s, _TYPE, _x(rdf_class))
    category = _curie_term(data.get("category") or "biolink:NamedThing")
    b.link(s, _TYPE, category)
    b.link(s, _CATEGORY, category)
    b.text(s, _x("curie"), node_id)
    b.text(s, _LABEL, data.get("label"))
    for synonym in sorted(set(data.get("synonyms") or ())):
        b.text(s, _ALT_LABEL, synonym)
    family = data.get("category") == "biolink:GeneFamily"
    for xref in sorted(set(data.get("xrefs") or ())):
        b.text(s, _x("xref"), xref)
        try:
            target = expand(xref)
        except (KeyError, ValueError):
            continue  # an xref outside the prefix map stays a literal
        b.link(s, _NARROW_MATCH if family and xref.startswith("HGNC:") else _EXACT_MATCH, _term(target))
    for broader in sorted(set(data.get("broader") or ())):
        b.link(s, _BROADER, _curie_term(broader))
    for outcome in sorted(set(data.get("measures") or ())):
        b.link(s, _MEASURES, _curie_term(outcome))
    return s


def _write_population(b: _Builder, node_id: str, data: Mapping[str, Any], node_iri: Mapping[str, str]) -> str:
    """A population: its own class, label and category, plus its taxon and condition links."""
    s = _write_entity(b, node_id, {**data, "category": data.get("category") or POPULATION_CATEGORY}, "Population")
    for attr, pred in POPULATION_LINKS.items():
        target = data.get(attr)
        if target:
            b.link(s, _curie_term(pred), node_iri.get(target) or _curie_term(target))
    return s


def _write_citation(b: _Builder, s: str, rank: int, cite: Mapping[str, Any]) -> None:
    b.link(s, _TYPE, _x("Citation"))
    b.integer(s, _x("rank"), rank)
    b.text(s, _x("citationKey"), cite.get("key"))
    b.text(s, _BIBLIOGRAPHIC, cite.get("text"))
    b.text(s, _x("doi"), cite.get("doi"))
    if cite.get("doi"):
        b.link(s, _REFERENCES, _term(_P["doi"] + quote(str(cite["doi"]), safe="/:;()._-")))
    b.text(s, _x("pmid"), cite.get("pmid"))
    if cite.get("pmid"):
        b.link(s, _REFERENCES, _term(_P["pmid"] + quote(str(cite["pmid"]), safe="")))
    b.integer(s, _x("year"), cite.get("year"))
    b.text(s, _x("firstAuthor"), cite.get("first_author"))


def _write_evidence(b: _Builder, s: str, rank: int, ev: Mapping[str, Any]) -> None:
    b.link(s, _TYPE, _x("Evidence"))
    b.integer(s, _x("rank"), rank)
    doc = ev.get("document")
    if doc:
        b.link(s, _QUOTED_FROM, b.document(doc))
    b.text(s, _x("sentence"), ev.get("sentence"))
    b.integer(s, _x("start"), ev.get("start"))
    b.integer(s, _x("end"), ev.get("end"))
    b.text(s, _x("section"), ev.get("section"))
    for name, span in (("subject", ev.get("subject_span")), ("object", ev.get("object_span"))):
        if span:
            b.integer(s, _x(f"{name}Start"), span[0])
            b.integer(s, _x(f"{name}End"), span[1])
    b.text(s, _x("extractor"), ev.get("extractor"))
    b.text(s, _x("extractorVersion"), ev.get("extractor_version"))
    b.boolean(s, _x("hedged"), bool(ev.get("hedged", False)))
    b.boolean(s, _x("negated"), bool(ev.get("negated", False)))
    b.text(s, _x("rule"), ev.get("rule"))
    base = s[:-1]  # child IRIs extend the evidence IRI with characters that need no checking
    for j, cite in enumerate(ev.get("citations") or ()):
        cite_term = f"{base}/citation/{j}>"
        b.link(s, _x("cites"), cite_term)
        _write_citation(b, cite_term, j, cite)


def _write_statement(b: _Builder, u: str, v: str, key: str, data: Mapping[str, Any],
                     node_iri: Mapping[str, str]) -> None:
    st = _term(statement_iri(data.get("id") or key))
    base = st[:-1]
    relation = data.get("relation") or ""
    s_term, o_term = node_iri[u], node_iri[v]
    predicate = _curie_term(data["predicate"]) if data.get("predicate") else None
    b.link(st, _TYPE, _x("Statement"))
    b.link(st, _SUBJECT, s_term)
    b.link(st, _OBJECT, o_term)
    if predicate:
        b.link(st, _PREDICATE, predicate)
    if relation:
        b.link(st, _x("relation"), _term(_relation_iri(relation)))
    if data.get("ro"):
        b.link(st, _x("ro"), _curie_term(data["ro"]))
    info = predicates().get(relation)
    for qualifier, value in _predicate_qualifiers(relation):
        b.text(st, f"<{BIOLINK_NS}{qualifier}>", value)
    b.text(st, _x("polarity"), data.get("polarity"))
    for q_key, q_value in sorted((data.get("qualifiers") or {}).items()):
        q_term = f"{base}/qualifier/{quote(str(q_key), safe='')}>"
        b.link(st, _x("qualifier"), q_term)
        b.link(q_term, _TYPE, _x("Qualifier"))
        b.text(q_term, _x("qualifierKey"), q_key)
        b.text(q_term, _x("qualifierValue"), q_value)
    b.decimal(st, _x("belief"), data.get("belief"))
    b.integer(st, _x("support"), data.get("support"))
    for study in sorted(set(data.get("studies") or ())):
        b.text(st, _x("study"), study)
    for other in sorted(set(data.get("contradicts") or ())):
        b.link(st, _x("contradicts"), _term(statement_iri(other)))
    documents: set[str] = set()
    for i, ev in enumerate(data.get("evidence") or ()):
        ev_term = f"{base}/evidence/{i}>"
        b.link(st, _x("hasEvidence"), ev_term)
        _write_evidence(b, ev_term, i, ev)
        if ev.get("document"):
            documents.add(ev["document"])
    for doc in sorted(documents):
        b.link(st, _DERIVED_FROM, b.document(doc))
    # Direct triples for simple querying (the statement node above is the full record).
    if relation and info is not None:
        b.link(s_term, _term(_relation_iri(relation)), o_term)
    if predicate:
        b.link(s_term, predicate, o_term)


def _predicate_qualifiers(relation: str) -> tuple[tuple[str, str], ...]:
    """Biolink qualifiers implied by an exokg predicate (e.g. object_direction_qualifier=increased)."""
    from kg.vocab import predicates

    info = predicates().get(relation)
    return info.biolink_qualifiers if info else ()


def _write_effect(b: _Builder, node_id: str, data: Mapping[str, Any], node_iri: Mapping[str, str]) -> str:
    s = _curie_term(node_id)
    b.link(s, _TYPE, _x("PooledEffect"))
    category = _curie_term(data.get("category") or "biolink:StudyResult")
    b.link(s, _TYPE, category)
    b.link(s, _CATEGORY, category)
    b.text(s, _x("curie"), node_id)
    b.text(s, _LABEL, data.get("label"))
    for attr, (prop, kind) in EFFECT_NUMBERS.items():
        (b.integer if kind == "integer" else b.decimal)(s, _x(prop), data.get(attr))
    for attr, prop in EFFECT_STRINGS.items():
        b.text(s, _x(prop), data.get(attr))
    measure = str(data.get("measure") or "").upper()
    if measure in MEASURE_CLASSES:
        b.link(s, _x("measureType"), _curie_term(MEASURE_CLASSES[measure]))
    if data.get("significant") is not None:
        b.boolean(s, _x("significant"), data["significant"])
    for plot in sorted(set(data.get("plots") or ())):
        b.text(s, _x("plot"), plot)
    for statement_id in sorted(set(data.get("direction_statements") or ())):
        b.text(s, _x("directionStatement"), statement_id)
    for role, prop in EFFECT_LINK_PROPERTIES.items():
        target = data.get(EFFECT_LINK_ATTRIBUTES[role])
        if target:
            b.link(s, _x(prop), node_iri.get(target) or _curie_term(target))
    ev = data.get("evidence")
    if ev:
        ev_term = f"{s[:-1]}/evidence/0>"
        b.link(s, _x("hasEvidence"), ev_term)
        _write_evidence(b, ev_term, 0, ev)
        if ev.get("document"):
            b.link(s, _DERIVED_FROM, b.document(ev["document"]))
    for rank, check in enumerate(data.get("bias") or ()):
        _write_bias(b, s, rank, check)
    return s


def _write_bias(b: _Builder, effect: str, rank: int, check: Mapping[str, Any]) -> None:
    s = f"{effect[:-1]}/bias/{rank}>"
    b.link(effect, _x("hasBiasAssessment"), s)
    b.link(s, _TYPE, _x("BiasAssessment"))
    b.integer(s, _x("rank"), rank)
    writers = {"string": b.text, "boolean": b.boolean, "integer": b.integer, "decimal": b.decimal}
    for attr, (prop, kind) in BIAS_PROPERTIES.items():
        writers[kind](s, _x(prop), check.get(attr))
    ev = check.get("evidence")
    if ev:
        ev_term = f"{s[:-1]}/evidence/0>"
        b.link(s, _x("hasEvidence"), ev_term)
        _write_evidence(b, ev_term, 0, ev)


def _write_document(b: _Builder, meta: Mapping[str, Any]) -> None:
    s = b.document(meta["id"])
    b.link(s, _TYPE, _x("Document"))
    b.link(s, _TYPE, f"<{BIOLINK_NS}Publication>")
    b.text(s, _x("documentId"), meta["id"])
    b.text(s, f"<{DCTERMS_NS}title>", meta.get("title"))
    base = s[:-1]
    for i, author in enumerate(meta.get("authors") or ()):
        a_term = f"{base}/author/{i}>"
        b.link(s, f"<{DCTERMS_NS}creator>", a_term)
        b.link(a_term, _TYPE, _AGENT)
        b.text(a_term, _LABEL, author)
        b.integer(a_term, _x("rank"), i)
    b.text(s, _x("journal"), meta.get("journal"))
    if meta.get("year") is not None:
        b.lines.append(f'{s} <{DCTERMS_NS}issued> "{int(meta["year"]):04d}"{_XSD_GYEAR} .\n')
    b.text(s, _x("doi"), meta.get("doi"))
    if meta.get("doi"):
        b.link(s, f"<{OWL_NS}sameAs>", _term(_P["doi"] + quote(str(meta["doi"]), safe="/:;()._-")))
    b.text(s, _x("pmid"), meta.get("pmid"))
    if meta.get("pmid"):
        b.link(s, f"<{OWL_NS}sameAs>", _term(_P["pmid"] + quote(str(meta["pmid"]), safe="")))
    b.text(s, f"<{DCTERMS_NS}license>", meta.get("licence"))
    b.text(s, f"<{DCTERMS_NS}source>", meta.get("source"))
    b.text(s, _x("sha256"), meta.get("sha256"))
    b.integer(s, _x("referenceCount"), meta.get("references"))
    b.link(_GRAPH, f"<{DCTERMS_NS}hasPart>", s)


def _sorted_nodes(g: nx.MultiDiGraph) -> list[tuple[str, Mapping[str, Any]]]:
    return sorted(g.nodes(data=True), key=lambda nd: str(nd[0]))


def _sorted_edges(g: nx.MultiDiGraph) -> list[tuple[str, str, str, Mapping[str, Any]]]:
    return sorted(g.edges(keys=True, data=True), key=lambda e: (str(e[2]), str(e[0]), str(e[1])))


def _fill(g: nx.MultiDiGraph, b: _Builder) -> Iterator[None]:
    """Write the whole graph into ``b``, pausing after each record so a caller can drain ``b.lines``."""
    b.link(_GRAPH, _TYPE, _x("KnowledgeGraph"))
    b.text(_GRAPH, _LABEL, g.graph.get("name", "exokg"))
    b.text(_GRAPH, _x("schemaVersion"), g.graph.get("schema_version"))
    for meta in sorted(g.graph.get("documents") or (), key=lambda d: str(d.get("id"))):
        _write_document(b, meta)
        yield

    node_iri: dict[str, str] = {}
    effects: list[tuple[str, Mapping[str, Any]]] = []
    populations: list[tuple[str, Mapping[str, Any]]] = []
    for node_id, data in g.nodes(data=True):
        if data.get("kind") == "PooledEffect":
            node_iri[node_id] = _curie_term(node_id)
            effects.append((node_id, data))
        elif data.get("kind") == POPULATION_KIND:
            node_iri[node_id] = _curie_term(node_id)
            populations.append((node_id, data))
        else:
            node_iri[node_id] = _write_entity(b, node_id, data)
    yield
    for node_id, data in populations:
        _write_population(b, node_id, data, node_iri)
    for node_id, data in effects:
        _write_effect(b, node_id, data, node_iri)
        yield
    for u, v, key, data in g.edges(keys=True, data=True):
        if is_link(data):
            continue  # written on the effect or population node (exokg:hasOutcome, biolink:in_taxon ...)
        _write_statement(b, u, v, key, data, node_iri)
        yield


def ntriples_lines(g: nx.MultiDiGraph) -> list[str]:
    """The graph as sorted, distinct N-Triples lines, in memory (neighbourhoods, tests, the store)."""
    b = _Builder()
    for _ in _fill(g, b):
        pass
    return _sorted_distinct(b.lines)


def _sorted_distinct(lines: list[str]) -> list[str]:
    """``sorted(set(lines))``, faster: the lines come in runs that are already in order (one record's
    triples), which sorting the list keeps and sorting a set would scramble; duplicates are then adjacent."""
    lines.sort()
    return [line for line, previous in zip(lines, itertools.chain((None,), lines), strict=False) if line != previous]


def _line_chunks(g: nx.MultiDiGraph, size: int) -> Iterator[list[str]]:
    b = _Builder()
    for _ in _fill(g, b):
        if len(b.lines) >= size:
            yield b.take()
    yield b.take()


def graph_to_rdf(g: nx.MultiDiGraph) -> rdflib.Graph:
    """The exokg graph as an rdflib Graph (pure; no blank nodes), parsed from :func:`ntriples_lines`."""
    return ntriples_to_rdflib("".join(ntriples_lines(g)))


def ntriples_to_rdflib(nt: str) -> rdflib.Graph:
    """An rdflib Graph (exokg prefixes bound) of N-Triples text, parsed by pyoxigraph (fast) term by term."""
    import pyoxigraph as ox
    import rdflib

    rg = rdflib.Graph()
    for prefix, namespace in sorted(_P.items()):
        rg.bind(prefix, namespace, override=True, replace=True)
    iris: dict[str, rdflib.URIRef] = {}
    string = XSD_NS + "string"

    def iri(value: str) -> rdflib.URIRef:
        node = iris.get(value)
        if node is None:
            node = iris[value] = rdflib.URIRef(value)
        return node

    add = rg.add
    for t in ox.parse(nt.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES):
        o = t.object
        if isinstance(o, ox.Literal):
            if o.language:
                obj: Any = rdflib.Literal(o.value, lang=o.language)
            elif o.datatype.value == string:
                obj = rdflib.Literal(o.value)
            else:
                obj = rdflib.Literal(o.value, datatype=iri(o.datatype.value))
        else:
            obj = iri(o.value)
        add((iri(t.subject.value), iri(t.predicate.value), obj))
    return rg


# --- RDF -> graph ---------------------------------------------------------------------------------


class _Reader:
    def __init__(self, rg: rdflib.Graph) -> None:
        import rdflib

        self.rdflib = rdflib
        self.g = rg

    def u(self, iri: str) -> Any:
        return self.rdflib.URIRef(iri)

    def one(self, s: Any, p: str) -> Any:
        for o in self.g.objects(s, self.u(p)):
            return o
        return None

    def many(self, s: Any, p: str) -> list[Any]:
        return list(self.g.objects(s, self.u(p)))

    def text(self, s: Any, p: str, default: Any = None) -> Any:
        o = self.one(s, p)
        return default if o is None else str(o)

    def integer(self, s: Any, p: str) -> int | None:
        o = self.one(s, p)
        return None if o is None else int(str(o))

    def number(self, s: Any, p: str) -> float | None:
        o = self.one(s, p)
        return None if o is None else float(str(o))

    def boolean(self, s: Any, p: str, default: bool | None = None) -> bool | None:
        o = self.one(s, p)
        return default if o is None else str(o).strip().lower() in {"true", "1"}

    def subjects_of_type(self, cls: str) -> list[Any]:
        return sorted(self.g.subjects(self.u(RDF_TYPE), self.u(cls)), key=str)

    def ranked(self, s: Any, p: str) -> list[Any]:
        nodes = self.many(s, p)
        return sorted(nodes, key=lambda n: (self.integer(n, ns("rank")) or 0, str(n)))


def _curie_of(r: _Reader, node: Any) -> str:
    curie = r.text(node, ns("curie"))
    if curie:
        return curie
    compressed = compress(str(node))
    if compressed is None:
        raise InputError(f"IRI {node} is outside the prefix map (ontologies/prefixes.json)")
    return compressed


def _compress_or_raise(iri: Any) -> str:
    curie = compress(str(iri))
    if curie is None:
        raise InputError(f"IRI {iri} is outside the prefix map (ontologies/prefixes.json)")
    return curie


def _read_evidence(r: _Reader, node: Any) -> dict[str, Any]:
    doc = r.one(node, PROV_NS + "wasQuotedFrom")
    spans: dict[str, list[int] | None] = {}
    for name in ("subject", "object"):
        start, end = r.integer(node, ns(f"{name}Start")), r.integer(node, ns(f"{name}End"))
        spans[name] = [start, end] if start is not None and end is not None else None
    citations = []
    for c in r.ranked(node, ns("cites")):
        citations.append({
            "key": r.text(c, ns("citationKey"), ""),
            "text": r.text(c, DCTERMS_NS + "bibliographicCitation", ""),
            "doi": r.text(c, ns("doi")),
            "pmid": r.text(c, ns("pmid")),
            "year": r.integer(c, ns("year")),
            "first_author": r.text(c, ns("firstAuthor")),
        })
    return {
        "document": document_id_from_iri(str(doc)) if doc is not None else "",
        "section": r.text(node, ns("section"), ""),
        "sentence": r.text(node, ns("sentence"), ""),
        "start": r.integer(node, ns("start")),
        "end": r.integer(node, ns("end")),
        "subject_span": spans["subject"],
        "object_span": spans["object"],
        "citations": citations,
        "extractor": r.text(node, ns("extractor"), "exokg"),
        "extractor_version": r.text(node, ns("extractorVersion"), ""),
        "hedged": bool(r.boolean(node, ns("hedged"), False)),
        "negated": bool(r.boolean(node, ns("negated"), False)),
        "rule": r.text(node, ns("rule"), ""),
    }


def _read_bias(r: _Reader, node: Any) -> dict[str, Any]:
    read = {"string": r.text, "boolean": r.boolean, "integer": r.integer, "decimal": r.number}
    check = {attr: read[kind](node, ns(prop)) for attr, (prop, kind) in BIAS_PROPERTIES.items()}
    ev_nodes = r.ranked(node, ns("hasEvidence"))
    check["evidence"] = _read_evidence(r, ev_nodes[0]) if ev_nodes else None
    return check


def _read_document(r: _Reader, node: Any) -> dict[str, Any]:
    issued = r.one(node, DCTERMS_NS + "issued")
    return {
        "id": r.text(node, ns("documentId")) or document_id_from_iri(str(node)),
        "title": r.text(node, DCTERMS_NS + "title", ""),
        "authors": [r.text(a, LABEL, "") for a in r.ranked(node, DCTERMS_NS + "creator")],
        "journal": r.text(node, ns("journal")),
        "year": int(str(issued)) if issued is not None else None,
        "doi": r.text(node, ns("doi")),
        "pmid": r.text(node, ns("pmid")),
        "licence": r.text(node, DCTERMS_NS + "license"),
        "source": r.text(node, DCTERMS_NS + "source"),
        "sha256": r.text(node, ns("sha256")),
        "references": r.integer(node, ns("referenceCount")),
    }


def rdf_to_graph(rg: rdflib.Graph) -> nx.MultiDiGraph:
    """Rebuild the networkx graph (same shape as :func:`kg.graph.build_graph`) from exokg RDF."""
    import networkx as nx

    from kg.graph import EFFECT_PREDICATES, link_edge

    r = _Reader(rg)
    g = nx.MultiDiGraph()
    meta = r.u(GRAPH_IRI)
    g.graph["name"] = r.text(meta, LABEL, "exokg")
    version = r.text(meta, ns("schemaVersion"))
    if version is not None:
        g.graph["schema_version"] = version
    g.graph["documents"] = sorted((_read_document(r, d) for d in r.subjects_of_type(ns("Document"))),
                                  key=lambda d: d["id"])

    iri_to_id: dict[str, str] = {}
    for node in r.subjects_of_type(ns("Entity")):
        node_id = _curie_of(r, node)
        iri_to_id[str(node)] = node_id
        g.add_node(node_id, id=node_id, label=r.text(node, LABEL, node_id),
                   category=_compress_or_raise(r.one(node, BIOLINK_NS + "category") or BIOLINK_NS + "NamedThing"),
                   synonyms=sorted(str(o) for o in r.many(node, SKOS_NS + "altLabel")),
                   xrefs=sorted(str(o) for o in r.many(node, ns("xref"))),
                   kind="Entity")
        broader = sorted(_compress_or_raise(o) for o in r.many(node, SKOS_NS + "broader"))
        if broader:
            g.nodes[node_id]["broader"] = broader
        measures = sorted(_compress_or_raise(o) for o in r.many(node, ns("measures")))
        if measures:
            g.nodes[node_id]["measures"] = measures

    def node_id_of(iri: Any) -> str:
        if str(iri) in iri_to_id:
            return iri_to_id[str(iri)]
        return _compress_or_raise(iri)

    for node in r.subjects_of_type(ns("Population")):
        node_id = _curie_of(r, node)
        iri_to_id[str(node)] = node_id
        attrs = {"id": node_id, "label": r.text(node, LABEL, node_id),
                 "category": _compress_or_raise(r.one(node, BIOLINK_NS + "category") or curie_iri(POPULATION_CATEGORY)),
                 "synonyms": sorted(str(o) for o in r.many(node, SKOS_NS + "altLabel")),
                 "xrefs": sorted(str(o) for o in r.many(node, ns("xref"))),
                 "kind": POPULATION_KIND}
        for attr, pred in POPULATION_LINKS.items():
            target = r.one(node, curie_iri(pred))
            attrs[attr] = node_id_of(target) if target is not None else None
        g.add_node(node_id, **attrs)
        for attr, pred in POPULATION_LINKS.items():
            if attrs[attr]:
                if attrs[attr] not in g:  # a taxon or condition the RDF does not describe
                    g.add_node(attrs[attr], id=attrs[attr], label=attrs[attr], category="biolink:NamedThing",
                               synonyms=[], xrefs=[], kind="Entity")
                link_edge(g, node_id, attrs[attr], attr, pred)

    for node in r.subjects_of_type(ns("PooledEffect")):
        node_id = _curie_of(r, node)
        iri_to_id[str(node)] = node_id
        attrs: dict[str, Any] = {"id": node_id}
        for attr, (prop, kind) in EFFECT_NUMBERS.items():
            attrs[attr] = r.integer(node, ns(prop)) if kind == "integer" else r.number(node, ns(prop))
        for attr, prop in EFFECT_STRINGS.items():
            attrs[attr] = r.text(node, ns(prop), "" if attr in {"population", "comparator", "subgroup",
                                                                 "provenance"} else None)
        if attrs["source"] is None:
            attrs["source"] = "reported"
        ev_nodes = r.ranked(node, ns("hasEvidence"))
        attrs["evidence"] = _read_evidence(r, ev_nodes[0]) if ev_nodes else None
        attrs["plots"] = sorted(str(o) for o in r.many(node, ns("plot")))
        attrs["bias"] = [_read_bias(r, check) for check in r.ranked(node, ns("hasBiasAssessment"))]
        attrs["direction_statements"] = sorted(str(o) for o in r.many(node, ns("directionStatement")))
        attrs["significant"] = r.boolean(node, ns("significant"))
        attrs["label"] = r.text(node, LABEL, node_id)
        attrs["category"] = _compress_or_raise(r.one(node, BIOLINK_NS + "category") or BIOLINK_NS + "StudyResult")
        attrs["kind"] = "PooledEffect"
        attrs["synonyms"] = []
        attrs["xrefs"] = []
        for role, prop in EFFECT_LINK_PROPERTIES.items():
            target = r.one(node, ns(prop))
            attrs[EFFECT_LINK_ATTRIBUTES[role]] = node_id_of(target) if target is not None else None
        g.add_node(node_id, **attrs)
        for role, pred in EFFECT_PREDICATES.items():
            target_id = attrs.get(EFFECT_LINK_ATTRIBUTES[role])
            if target_id:
                link_edge(g, node_id, target_id, role, pred)

    stmt_prefix = EXOKG_NS + STATEMENT_PATH
    for st in r.subjects_of_type(ns("Statement")):
        key = unquote(str(st)[len(stmt_prefix):]) if str(st).startswith(stmt_prefix) else str(st)
        s, o = r.one(st, RDF_NS + "subject"), r.one(st, RDF_NS + "object")
        if s is None or o is None:
            raise InputError(f"statement {st} lacks rdf:subject or rdf:object")
        pred = r.one(st, RDF_NS + "predicate")
        rel = r.one(st, ns("relation"))
        ro = r.one(st, ns("ro"))
        qualifiers = {}
        for q in r.many(st, ns("qualifier")):
            qualifiers[r.text(q, ns("qualifierKey"), "")] = r.text(q, ns("qualifierValue"), "")
        contradicts = []
        for other in r.many(st, ns("contradicts")):
            text = str(other)
            contradicts.append(unquote(text[len(stmt_prefix):]) if text.startswith(stmt_prefix) else text)
        u, v = node_id_of(s), node_id_of(o)
        for end in (u, v):
            if end not in g:
                g.add_node(end, id=end, label=end, category="biolink:NamedThing", synonyms=[], xrefs=[],
                           kind="Entity")
        g.add_edge(
            u, v, key=key, id=key,
            predicate=_compress_or_raise(pred) if pred is not None else "",
            relation=str(rel)[len(EXOKG_NS):] if rel is not None and str(rel).startswith(EXOKG_NS) else "",
            ro=_compress_or_raise(ro) if ro is not None else "",
            polarity=r.text(st, ns("polarity"), "0"),
            qualifiers=dict(sorted(qualifiers.items())),
            belief=r.number(st, ns("belief")),
            support=r.integer(st, ns("support")) or 0,
            studies=sorted(str(x) for x in r.many(st, ns("study"))),
            contradicts=sorted(contradicts),
            evidence=[_read_evidence(r, e) for e in r.ranked(st, ns("hasEvidence"))],
        )
    return g


# --- serialisation --------------------------------------------------------------------------------

FORMATS = {"turtle": "kg.ttl", "nt": "kg.nt", "json-ld": "kg.jsonld"}


def iter_ntriples(rg: Iterable[tuple[Any, Any, Any]]) -> Iterator[str]:
    """Sorted N-Triples lines (canonical order, so the file is stable across rebuilds)."""
    lines = sorted({f"{s.n3()} {p.n3()} {_nt_object(o)} .\n" for s, p, o in rg})
    return iter(lines)


def _nt_object(o: Any) -> str:
    import rdflib

    if isinstance(o, rdflib.Literal):
        # rdflib's n3() may abbreviate typed literals (e.g. 1.5 or true); N-Triples needs the full form.
        text = str(o).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
        if o.datatype is not None:
            return f'"{text}"^^<{o.datatype}>'
        if o.language:
            return f'"{text}"@{o.language}'
        return f'"{text}"'
    return o.n3()


def jsonld_context() -> dict[str, str]:
    return dict(sorted(_P.items()))


def _ox_format(fmt: str) -> Any:
    import pyoxigraph as ox

    return {"turtle": ox.RdfFormat.TURTLE, "json-ld": ox.RdfFormat.JSON_LD, "nt": ox.RdfFormat.N_TRIPLES}[fmt]


def _from_ntriples(nt: str, fmt: str) -> str:
    """Turtle or JSON-LD from sorted N-Triples via pyoxigraph (fast; subjects grouped; stable order)."""
    import pyoxigraph as ox

    triples = ox.parse(nt.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return ox.serialize(triples, format=_ox_format(fmt), prefixes=jsonld_context()).decode("utf-8")


def _is_networkx(value: Any) -> bool:
    return hasattr(value, "nodes") and hasattr(value, "edges") and hasattr(value, "graph")


def serialize(rg: Any, fmt: str) -> str:
    """Serialise an exokg graph (networkx) or triples (an rdflib Graph) to ``turtle``, ``nt`` or ``json-ld``.

    A networkx graph goes straight to N-Triples lines, without rdflib (much faster).
    """
    if fmt not in FORMATS:
        raise InputError(f"unknown RDF format {fmt!r}; known: {', '.join(FORMATS)}")
    nt = "".join(ntriples_lines(rg) if _is_networkx(rg) else iter_ntriples(rg))
    return nt if fmt == "nt" else _from_ntriples(nt, fmt)


# Lines sorted in memory at a time when writing kg.nt; longer graphs are sorted in runs on disk and
# merged, so memory stays bounded whatever the corpus size (about 200 bytes a line).
SORT_RUN_LINES = 1_000_000


def write_ntriples(graph: nx.MultiDiGraph, path: str | Path, run_lines: int = SORT_RUN_LINES) -> int:
    """Write the graph as sorted, distinct N-Triples lines to ``path`` (atomically); return the line count.

    Lines are generated in runs of ``run_lines``; each run is sorted, and several runs are spilled
    to temporary files beside ``path`` and merged, so the whole file is never held in memory.
    """
    from kg.io import atomic_open

    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with tempfile.TemporaryDirectory(prefix=f".{target.name}.runs.", dir=target.parent) as tmp:
        runs: list[Path] = []
        pending: list[str] | None = None
        for chunk in _line_chunks(graph, run_lines):
            if pending is not None:
                runs.append(_spill(pending, Path(tmp) / f"{len(runs)}.nt"))
            pending = _sorted_distinct(chunk)
            del chunk
        with atomic_open(target) as fh:
            write = fh.write
            if not runs:
                fh.writelines(pending or ())
                return len(pending or ())
            runs.append(_spill(pending or [], Path(tmp) / f"{len(runs)}.nt"))
            pending = None
            handles = [run.open(encoding="utf-8", newline="\n") for run in runs]
            try:
                previous = None
                for line in heapq.merge(*handles):
                    if line != previous:
                        write(line)
                        count += 1
                        previous = line
            finally:
                for handle in handles:
                    handle.close()
    return count


def _spill(lines: list[str], path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(lines)
    return path


# Bytes of sorted N-Triples parsed at a time when writing Turtle and JSON-LD together.
CONVERT_CHUNK_BYTES = 1 << 22


def _subject_chunks(nt_path: Path, size: int = CONVERT_CHUNK_BYTES) -> Iterator[bytes]:
    """Successive pieces of a sorted N-Triples file, each about ``size`` bytes of whole lines and
    whole subjects (sorted lines keep a subject's lines together; a piece never splits them)."""
    carry = b""
    with nt_path.open("rb") as fh:
        while block := fh.read(size):
            data = carry + block
            end = data.rfind(b"\n") + 1
            last = data.rfind(b"\n", 0, end - 1) + 1
            if last == 0:  # one line so far
                carry = data
                continue
            subject = data[last:data.index(b" ", last)]
            run = 0 if data.startswith(subject + b" ") else data.find(b"\n" + subject + b" ") + 1
            if run == 0:  # a single subject so far: read on
                carry = data
                continue
            yield data[:run]
            carry = data[run:]
    if carry:
        yield carry


def convert_ntriples(nt_path: Path, targets: Mapping[str, Path], chunk_bytes: int = CONVERT_CHUNK_BYTES) -> None:
    """Turtle and/or JSON-LD from a sorted N-Triples file in one strict parse (atomic writes).

    Pieces of whole subjects are parsed once and serialised into every target; the pieces' outputs
    join into exactly what one serialisation of the whole file gives (Turtle: one prefix header;
    JSON-LD: one array of subject objects), with memory bounded by the piece size.
    """
    import contextlib

    import pyoxigraph as ox

    from kg.io import atomic_open

    prefixes = jsonld_context()
    with contextlib.ExitStack() as stack:
        handles = {fmt: stack.enter_context(atomic_open(target, "wb")) for fmt, target in targets.items()}
        if "json-ld" in handles:
            handles["json-ld"].write(b"[")
        first = True
        for piece in _subject_chunks(nt_path, chunk_bytes):
            triples = list(ox.parse(piece, format=ox.RdfFormat.N_TRIPLES))
            for fmt, fh in handles.items():
                text = ox.serialize(triples, format=_ox_format(fmt), prefixes=prefixes)
                if fmt == "json-ld":
                    text = (b"" if first else b",") + text[1:-1]
                elif not first:  # the prefix header once, at the top
                    while text.startswith(b"@prefix "):
                        text = text[text.index(b"\n") + 1:]
                fh.write(text)
            first = False
        if "json-ld" in handles:
            handles["json-ld"].write(b"]")


def write_rdf(graph: nx.MultiDiGraph, out_dir: str | Path, formats: Iterable[str] = ("turtle", "nt", "json-ld"),
              exports: Iterable[str] = ("kgx", "graphml")) -> Path:
    """Write out_dir/kg.ttl (plus kg.nt, kg.jsonld, KGX and GraphML exports); return the kg.ttl path.

    The sorted N-Triples file is written first, straight from the graph; pyoxigraph parses it once,
    strictly (every IRI is checked), in pieces, and writes Turtle and JSON-LD from each piece. No
    in-memory RDF graph is built. Without ``nt`` in ``formats`` the N-Triples file is a temporary one.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    formats = list(formats)
    if "turtle" not in formats:
        formats.insert(0, "turtle")
    for fmt in formats:
        if fmt not in FORMATS:
            raise InputError(f"unknown RDF format {fmt!r}; known: {', '.join(FORMATS)}")
    keep_nt = "nt" in formats
    if keep_nt:
        nt_path = out / FORMATS["nt"]
    else:
        fd, name = tempfile.mkstemp(prefix=".kg.", suffix=".nt", dir=out)
        os.close(fd)
        nt_path = Path(name)
    try:
        write_ntriples(graph, nt_path)
        convert_ntriples(nt_path, {fmt: out / FORMATS[fmt] for fmt in dict.fromkeys(formats) if fmt != "nt"})
    finally:
        if not keep_nt:
            nt_path.unlink(missing_ok=True)
    for name in exports:
        from kg.exporters import EXPORTERS

        EXPORTERS[name](graph, out)
    return out / FORMATS["turtle"]


def read_rdf(path: str | Path) -> rdflib.Graph:
    """Parse an exokg RDF file (format from the suffix) with a clear error on bad input."""
    import rdflib

    p = Path(path)
    fmt = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld"}.get(p.suffix.lower())
    if fmt is None:
        raise InputError(f"{p}: unknown RDF file type (expected .ttl, .nt or .jsonld)")
    if not p.is_file():
        raise InputError(f"{p}: no such file")
    g = rdflib.Graph()
    try:
        g.parse(p, format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific types
        raise InputError(f"{p}: cannot parse as {fmt}: {exc}") from None
    return g
