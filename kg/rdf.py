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

import math
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
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


# --- literal helpers ------------------------------------------------------------------------------


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


class _Builder:
    """Collects triples in a deterministic order and hands them to rdflib once."""

    def __init__(self) -> None:
        import rdflib

        self.rdflib = rdflib
        self.triples: list[tuple[Any, Any, Any]] = []
        self._iris: dict[str, Any] = {}

    def iri(self, value: str) -> Any:
        node = self._iris.get(value)
        if node is None:
            node = self._iris[value] = self.rdflib.URIRef(value)
        return node

    def add(self, s: str, p: str, o: Any) -> None:
        self.triples.append((self.iri(s), self.iri(p), o))

    def link(self, s: str, p: str, o: str) -> None:
        self.triples.append((self.iri(s), self.iri(p), self.iri(o)))

    def text(self, s: str, p: str, value: Any) -> None:
        if value is None or value == "":
            return
        self.add(s, p, self.rdflib.Literal(str(value)))

    def integer(self, s: str, p: str, value: Any) -> None:
        if value is None:
            return
        self.add(s, p, self.rdflib.Literal(str(int(value)), datatype=self.iri(XSD_NS + "integer")))

    def decimal(self, s: str, p: str, value: Any) -> None:
        if value is None:
            return
        number = float(value)
        if math.isfinite(number):
            lit = self.rdflib.Literal(_decimal_lexical(value), datatype=self.iri(XSD_NS + "decimal"))
        else:  # decimals cannot hold NaN/INF
            lit = self.rdflib.Literal(repr(number).replace("inf", "INF").replace("nan", "NaN"),
                                      datatype=self.iri(XSD_NS + "double"))
        self.add(s, p, lit)

    def boolean(self, s: str, p: str, value: Any) -> None:
        if value is None:
            return
        self.add(s, p, self.rdflib.Literal("true" if value else "false", datatype=self.iri(XSD_NS + "boolean")))

    def graph(self) -> rdflib.Graph:
        g = self.rdflib.Graph()
        for prefix, namespace in sorted(_P.items()):
            g.bind(prefix, namespace, override=True, replace=True)
        store_add = g.add
        for triple in self.triples:
            store_add(triple)
        return g


# --- graph -> RDF ---------------------------------------------------------------------------------

RDF_TYPE = RDF_NS + "type"
LABEL = RDFS_NS + "label"


def _relation_iri(relation: str) -> str:
    return ns(relation)


def _write_entity(b: _Builder, node_id: str, data: Mapping[str, Any], rdf_class: str = "Entity") -> str:
    iri = curie_iri(node_id)
    b.link(iri, RDF_TYPE, ns(rdf_class))
    category = data.get("category") or "biolink:NamedThing"
    b.link(iri, RDF_TYPE, curie_iri(category))
    b.link(iri, BIOLINK_NS + "category", curie_iri(category))
    b.text(iri, ns("curie"), node_id)
    b.text(iri, LABEL, data.get("label"))
    for synonym in sorted(set(data.get("synonyms") or ())):
        b.text(iri, SKOS_NS + "altLabel", synonym)
    for xref in sorted(set(data.get("xrefs") or ())):
        b.text(iri, ns("xref"), xref)
        try:
            b.link(iri, SKOS_NS + "exactMatch", expand(xref))
        except (KeyError, ValueError):
            pass  # an xref outside the prefix map stays a literal
    return iri


def _write_population(b: _Builder, node_id: str, data: Mapping[str, Any], node_iri: Mapping[str, str]) -> str:
    """A population: its own class, label and category, plus its taxon and condition links."""
    iri = _write_entity(b, node_id, {**data, "category": data.get("category") or POPULATION_CATEGORY}, "Population")
    for attr, pred in POPULATION_LINKS.items():
        target = data.get(attr)
        if target:
            b.link(iri, curie_iri(pred), node_iri.get(target) or curie_iri(target))
    return iri


def _write_citation(b: _Builder, iri: str, rank: int, cite: Mapping[str, Any]) -> None:
    b.link(iri, RDF_TYPE, ns("Citation"))
    b.integer(iri, ns("rank"), rank)
    b.text(iri, ns("citationKey"), cite.get("key"))
    b.text(iri, DCTERMS_NS + "bibliographicCitation", cite.get("text"))
    b.text(iri, ns("doi"), cite.get("doi"))
    if cite.get("doi"):
        b.link(iri, DCTERMS_NS + "references", _P["doi"] + quote(str(cite["doi"]), safe="/:;()._-"))
    b.text(iri, ns("pmid"), cite.get("pmid"))
    if cite.get("pmid"):
        b.link(iri, DCTERMS_NS + "references", _P["pmid"] + quote(str(cite["pmid"]), safe=""))
    b.integer(iri, ns("year"), cite.get("year"))
    b.text(iri, ns("firstAuthor"), cite.get("first_author"))


def _write_evidence(b: _Builder, iri: str, rank: int, ev: Mapping[str, Any]) -> None:
    b.link(iri, RDF_TYPE, ns("Evidence"))
    b.integer(iri, ns("rank"), rank)
    doc = ev.get("document")
    if doc:
        b.link(iri, PROV_NS + "wasQuotedFrom", document_iri(doc))
    b.text(iri, ns("sentence"), ev.get("sentence"))
    b.integer(iri, ns("start"), ev.get("start"))
    b.integer(iri, ns("end"), ev.get("end"))
    b.text(iri, ns("section"), ev.get("section"))
    for name, span in (("subject", ev.get("subject_span")), ("object", ev.get("object_span"))):
        if span:
            b.integer(iri, ns(f"{name}Start"), span[0])
            b.integer(iri, ns(f"{name}End"), span[1])
    b.text(iri, ns("extractor"), ev.get("extractor"))
    b.text(iri, ns("extractorVersion"), ev.get("extractor_version"))
    b.boolean(iri, ns("hedged"), bool(ev.get("hedged", False)))
    b.boolean(iri, ns("negated"), bool(ev.get("negated", False)))
    b.text(iri, ns("rule"), ev.get("rule"))
    for j, cite in enumerate(ev.get("citations") or ()):
        cite_iri = f"{iri}/citation/{j}"
        b.link(iri, ns("cites"), cite_iri)
        _write_citation(b, cite_iri, j, cite)


def _write_statement(b: _Builder, g: nx.MultiDiGraph, u: str, v: str, key: str, data: Mapping[str, Any],
                     node_iri: Mapping[str, str]) -> None:
    st = statement_iri(data.get("id") or key)
    relation = data.get("relation") or ""
    s_iri, o_iri = node_iri[u], node_iri[v]
    b.link(st, RDF_TYPE, ns("Statement"))
    b.link(st, RDF_NS + "subject", s_iri)
    b.link(st, RDF_NS + "object", o_iri)
    if data.get("predicate"):
        b.link(st, RDF_NS + "predicate", curie_iri(data["predicate"]))
    if relation:
        b.link(st, ns("relation"), _relation_iri(relation))
    if data.get("ro"):
        b.link(st, ns("ro"), curie_iri(data["ro"]))
    info = predicates().get(relation)
    for qualifier, value in _predicate_qualifiers(relation):
        b.text(st, BIOLINK_NS + qualifier, value)
    b.text(st, ns("polarity"), data.get("polarity"))
    for q_key, q_value in sorted((data.get("qualifiers") or {}).items()):
        q_iri = f"{st}/qualifier/{quote(str(q_key), safe='')}"
        b.link(st, ns("qualifier"), q_iri)
        b.link(q_iri, RDF_TYPE, ns("Qualifier"))
        b.text(q_iri, ns("qualifierKey"), q_key)
        b.text(q_iri, ns("qualifierValue"), q_value)
    b.decimal(st, ns("belief"), data.get("belief"))
    b.integer(st, ns("support"), data.get("support"))
    for study in sorted(set(data.get("studies") or ())):
        b.text(st, ns("study"), study)
    for other in sorted(set(data.get("contradicts") or ())):
        b.link(st, ns("contradicts"), statement_iri(other))
    documents: set[str] = set()
    for i, ev in enumerate(data.get("evidence") or ()):
        ev_iri = f"{st}/evidence/{i}"
        b.link(st, ns("hasEvidence"), ev_iri)
        _write_evidence(b, ev_iri, i, ev)
        if ev.get("document"):
            documents.add(ev["document"])
    for doc in sorted(documents):
        b.link(st, PROV_NS + "wasDerivedFrom", document_iri(doc))
    # Direct triples for simple querying (the statement node above is the full record).
    if relation and info is not None:
        b.link(s_iri, _relation_iri(relation), o_iri)
    if data.get("predicate"):
        b.link(s_iri, curie_iri(data["predicate"]), o_iri)


def _predicate_qualifiers(relation: str) -> list[tuple[str, str]]:
    """Biolink qualifiers implied by an exokg predicate (e.g. object_direction_qualifier=increased)."""
    from kg.vocab import ONTOLOGY_DIR

    return _qualifier_table(str(ONTOLOGY_DIR)).get(relation, [])


_QUALIFIER_CACHE: dict[str, dict[str, list[tuple[str, str]]]] = {}


def _qualifier_table(ontology_dir: str) -> dict[str, list[tuple[str, str]]]:
    if ontology_dir in _QUALIFIER_CACHE:
        return _QUALIFIER_CACHE[ontology_dir]
    import csv

    path = Path(ontology_dir) / "predicates.tsv"
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    table: dict[str, list[tuple[str, str]]] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        pairs = []
        for part in (row.get("biolink_qualifiers") or "").split(";"):
            key, sep, value = part.strip().partition("=")
            if sep and key and value:
                pairs.append((key.strip(), value.strip()))
        table[row["predicate"]] = sorted(pairs)
    _QUALIFIER_CACHE[ontology_dir] = table
    return table


def _write_effect(b: _Builder, node_id: str, data: Mapping[str, Any], node_iri: Mapping[str, str]) -> str:
    iri = curie_iri(node_id)
    b.link(iri, RDF_TYPE, ns("PooledEffect"))
    category = data.get("category") or "biolink:StudyResult"
    b.link(iri, RDF_TYPE, curie_iri(category))
    b.link(iri, BIOLINK_NS + "category", curie_iri(category))
    b.text(iri, ns("curie"), node_id)
    b.text(iri, LABEL, data.get("label"))
    for attr, (prop, kind) in EFFECT_NUMBERS.items():
        (b.integer if kind == "integer" else b.decimal)(iri, ns(prop), data.get(attr))
    for attr, prop in EFFECT_STRINGS.items():
        b.text(iri, ns(prop), data.get(attr))
    measure = str(data.get("measure") or "").upper()
    if measure in MEASURE_CLASSES:
        b.link(iri, ns("measureType"), curie_iri(MEASURE_CLASSES[measure]))
    if data.get("significant") is not None:
        b.boolean(iri, ns("significant"), data["significant"])
    for plot in sorted(set(data.get("plots") or ())):
        b.text(iri, ns("plot"), plot)
    for statement_id in sorted(set(data.get("direction_statements") or ())):
        b.text(iri, ns("directionStatement"), statement_id)
    for role, prop in EFFECT_LINK_PROPERTIES.items():
        target = data.get(EFFECT_LINK_ATTRIBUTES[role])
        if target:
            b.link(iri, ns(prop), node_iri.get(target) or curie_iri(target))
    ev = data.get("evidence")
    if ev:
        ev_iri = f"{iri}/evidence/0"
        b.link(iri, ns("hasEvidence"), ev_iri)
        _write_evidence(b, ev_iri, 0, ev)
        if ev.get("document"):
            b.link(iri, PROV_NS + "wasDerivedFrom", document_iri(ev["document"]))
    return iri


def _write_document(b: _Builder, meta: Mapping[str, Any]) -> None:
    iri = document_iri(meta["id"])
    b.link(iri, RDF_TYPE, ns("Document"))
    b.link(iri, RDF_TYPE, BIOLINK_NS + "Publication")
    b.text(iri, ns("documentId"), meta["id"])
    b.text(iri, DCTERMS_NS + "title", meta.get("title"))
    for i, author in enumerate(meta.get("authors") or ()):
        a_iri = f"{iri}/author/{i}"
        b.link(iri, DCTERMS_NS + "creator", a_iri)
        b.link(a_iri, RDF_TYPE, PROV_NS + "Agent")
        b.text(a_iri, LABEL, author)
        b.integer(a_iri, ns("rank"), i)
    b.text(iri, ns("journal"), meta.get("journal"))
    if meta.get("year") is not None:
        b.add(iri, DCTERMS_NS + "issued",
              b.rdflib.Literal(f"{int(meta['year']):04d}", datatype=b.iri(XSD_NS + "gYear")))
    b.text(iri, ns("doi"), meta.get("doi"))
    if meta.get("doi"):
        b.link(iri, OWL_NS + "sameAs", _P["doi"] + quote(str(meta["doi"]), safe="/:;()._-"))
    b.text(iri, ns("pmid"), meta.get("pmid"))
    if meta.get("pmid"):
        b.link(iri, OWL_NS + "sameAs", _P["pmid"] + quote(str(meta["pmid"]), safe=""))
    b.text(iri, DCTERMS_NS + "license", meta.get("licence"))
    b.text(iri, DCTERMS_NS + "source", meta.get("source"))
    b.text(iri, ns("sha256"), meta.get("sha256"))
    b.integer(iri, ns("referenceCount"), meta.get("references"))
    b.link(GRAPH_IRI, DCTERMS_NS + "hasPart", iri)


def _sorted_nodes(g: nx.MultiDiGraph) -> list[tuple[str, Mapping[str, Any]]]:
    return sorted(g.nodes(data=True), key=lambda nd: str(nd[0]))


def _sorted_edges(g: nx.MultiDiGraph) -> list[tuple[str, str, str, Mapping[str, Any]]]:
    return sorted(g.edges(keys=True, data=True), key=lambda e: (str(e[2]), str(e[0]), str(e[1])))


def graph_to_rdf(g: nx.MultiDiGraph) -> rdflib.Graph:
    """The exokg graph as an rdflib Graph (pure; deterministic triple order; no blank nodes)."""
    return _build(g).graph()


def _build(g: nx.MultiDiGraph) -> _Builder:
    b = _Builder()
    b.link(GRAPH_IRI, RDF_TYPE, ns("KnowledgeGraph"))
    b.text(GRAPH_IRI, LABEL, g.graph.get("name", "exokg"))
    b.text(GRAPH_IRI, ns("schemaVersion"), g.graph.get("schema_version"))
    for meta in sorted(g.graph.get("documents") or (), key=lambda d: str(d.get("id"))):
        _write_document(b, meta)

    node_iri: dict[str, str] = {}
    effects: list[tuple[str, Mapping[str, Any]]] = []
    populations: list[tuple[str, Mapping[str, Any]]] = []
    for node_id, data in _sorted_nodes(g):
        if data.get("kind") == "PooledEffect":
            node_iri[node_id] = curie_iri(node_id)
            effects.append((node_id, data))
        elif data.get("kind") == POPULATION_KIND:
            node_iri[node_id] = curie_iri(node_id)
            populations.append((node_id, data))
        else:
            node_iri[node_id] = _write_entity(b, node_id, data)
    for node_id, data in populations:
        _write_population(b, node_id, data, node_iri)
    for node_id, data in effects:
        _write_effect(b, node_id, data, node_iri)
    for u, v, key, data in _sorted_edges(g):
        if is_link(data):
            continue  # written on the effect or population node (exokg:hasOutcome, biolink:in_taxon ...)
        _write_statement(b, g, u, v, key, data, node_iri)
    return b


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


def _from_ntriples(nt: str, fmt: str) -> str:
    """Turtle or JSON-LD from sorted N-Triples via pyoxigraph (fast; subjects grouped; stable order)."""
    import pyoxigraph as ox

    target = {"turtle": ox.RdfFormat.TURTLE, "json-ld": ox.RdfFormat.JSON_LD}[fmt]
    triples = list(ox.parse(nt.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))
    return ox.serialize(triples, format=target, prefixes=jsonld_context()).decode("utf-8")


def serialize(rg: Iterable[tuple[Any, Any, Any]], fmt: str) -> str:
    """Serialise triples (an rdflib Graph) to ``turtle``, ``nt`` or ``json-ld``, deterministically."""
    if fmt not in FORMATS:
        raise InputError(f"unknown RDF format {fmt!r}; known: {', '.join(FORMATS)}")
    nt = "".join(iter_ntriples(rg))
    return nt if fmt == "nt" else _from_ntriples(nt, fmt)


def write_rdf(graph: nx.MultiDiGraph, out_dir: str | Path, formats: Iterable[str] = ("turtle", "nt", "json-ld"),
              exports: Iterable[str] = ("kgx", "graphml")) -> Path:
    """Write out_dir/kg.ttl (plus kg.nt, kg.jsonld, KGX and GraphML exports); return the kg.ttl path."""
    from kg.io import write_text

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    formats = list(formats)
    if "turtle" not in formats:
        formats.insert(0, "turtle")
    for fmt in formats:
        if fmt not in FORMATS:
            raise InputError(f"unknown RDF format {fmt!r}; known: {', '.join(FORMATS)}")
    nt = "".join(iter_ntriples(_build(graph).triples))
    for fmt in formats:
        write_text(out / FORMATS[fmt], nt if fmt == "nt" else _from_ntriples(nt, fmt))
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
