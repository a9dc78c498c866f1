"""Response models of the HTTP API: they document the JSON in OpenAPI (with examples).

Fields mirror kg.graph's node and edge attributes and kg.model's ``to_dict`` forms, so the API
speaks the same vocabulary as graph.json and statements.jsonl.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

MIR21 = "mirbase.mature:MIMAT0000076"
PDCD4 = "HGNC:8763"


def _example(value: dict[str, Any]) -> ConfigDict:
    return ConfigDict(json_schema_extra={"examples": [value]})


class Problem(BaseModel):
    """An error: what went wrong, in one sentence."""

    detail: str = Field(description="what went wrong")
    model_config = _example({"detail": "SPARQL update operations are not allowed"})


class Suggestion(BaseModel):
    id: str
    label: str
    category: str
    score: float


class NotFound(BaseModel):
    """An unknown id or name, with the closest known entities."""

    detail: str
    suggestions: list[Suggestion] = Field(default_factory=list, description="close matches, best first")
    model_config = _example({"detail": "no entity 'miR-12' in the graph",
                             "suggestions": [{"id": MIR21, "label": "miR-21", "category": "biolink:MicroRNA",
                                              "score": 0.83}]})


class Ref(BaseModel):
    """A node named by id with its label and Biolink category."""

    id: str
    label: str
    category: str


class SearchHit(BaseModel):
    id: str = Field(description="CURIE of the node")
    label: str
    category: str = Field(description="Biolink class")
    kind: str = Field(description="'Entity' or 'PooledEffect'")
    degree: int = Field(description="number of edges touching the node")
    score: float = Field(description="1 for an exact match, lower for normalized, prefix and fuzzy matches")
    matched: str = Field(description="the label, synonym, CURIE or cross-reference that matched")
    match_type: str = Field(description="exact, normalized, synonym, xref, identifier, prefix, substring or fuzzy")


class SearchResults(BaseModel):
    query: str
    results: list[SearchHit]
    model_config = _example({"query": "mir21", "results": [
        {"id": MIR21, "label": "miR-21", "category": "biolink:MicroRNA", "kind": "Entity", "degree": 7,
         "score": 0.96, "matched": "miR-21", "match_type": "normalized"}]})


class Grounding(BaseModel):
    """Where the identifier comes from: its prefix (namespace), local identifier and full IRI."""

    curie: str
    prefix: str
    identifier: str
    iri: str | None = Field(description="the CURIE expanded with exokg's prefix map (null if the prefix is unknown)")


class Degree(BaseModel):
    total: int
    outgoing: int
    incoming: int


class EvidenceOut(BaseModel):
    """One sentence a statement was read from (kg.model.Evidence.to_dict)."""

    document: str
    sentence: str
    start: int
    end: int
    section: str = ""
    subject_span: list[int] | None = None
    object_span: list[int] | None = None
    citations: list[dict[str, Any]] = Field(default_factory=list)
    extractor: str = ""
    extractor_version: str = ""
    hedged: bool = False
    negated: bool = False
    rule: str = ""
    model_config = ConfigDict(extra="allow")


class StatementOut(BaseModel):
    """An assembled statement: subject -predicate-> object, its belief and its evidence."""

    id: str = Field(description="content hash of the statement (stable across builds)")
    subject: Ref
    predicate: str = Field(description="exokg predicate (ontologies/predicates.tsv)")
    biolink_predicate: str
    ro: str | None = None
    object: Ref
    polarity: str = Field(description="'+', '-' or '0'")
    qualifiers: dict[str, Any] = Field(default_factory=dict)
    belief: float | None
    support: int = Field(description="independent studies behind the statement")
    studies: list[str]
    contradicts: list[str] = Field(description="ids of statements claiming the opposite direction")
    evidence_count: int
    evidence: list[EvidenceOut]
    model_config = _example({
        "id": "3f2a9c0d1e4b5a67", "subject": {"id": MIR21, "label": "miR-21", "category": "biolink:MicroRNA"},
        "predicate": "targets", "biolink_predicate": "biolink:physically_interacts_with", "ro": "RO:0002436",
        "object": {"id": PDCD4, "label": "PDCD4", "category": "biolink:Gene"}, "polarity": "-",
        "qualifiers": {}, "belief": 0.65, "support": 1, "studies": ["doi:10.1000/example"], "contradicts": [],
        "evidence_count": 1, "evidence": [{"document": "li2025", "sentence": "miR-21 targets PDCD4.",
                                           "start": 100, "end": 121}]})


class StatementPage(BaseModel):
    total: int = Field(description="statements matching the filters (before paging)")
    limit: int
    offset: int
    statements: list[StatementOut]


class EntityDetail(BaseModel):
    """Everything known about one node: grounding, names, cross-references, degree, statements."""

    id: str
    label: str
    category: str
    kind: str
    grounding: Grounding
    synonyms: list[str]
    xrefs: list[str]
    xref_iris: dict[str, str | None] = Field(description="cross-references expanded to IRIs")
    degree: Degree
    attributes: dict[str, Any] = Field(description="other node attributes (e.g. statistics of a pooled effect)")
    statements: StatementPage
    model_config = _example({
        "id": MIR21, "label": "miR-21", "category": "biolink:MicroRNA", "kind": "Entity",
        "grounding": {"curie": MIR21, "prefix": "mirbase.mature", "identifier": "MIMAT0000076",
                      "iri": "https://identifiers.org/mirbase.mature:MIMAT0000076"},
        "synonyms": ["hsa-miR-21-5p", "miR-21-5p"], "xrefs": [], "xref_iris": {},
        "degree": {"total": 7, "outgoing": 6, "incoming": 1}, "attributes": {},
        "statements": {"total": 0, "limit": 20, "offset": 0, "statements": []}})


class NodeOut(BaseModel):
    id: str
    label: str
    category: str
    kind: str
    degree: int
    distance: int = Field(description="hops from the centre")


class EdgeOut(BaseModel):
    id: str
    source: str
    target: str
    predicate: str = Field(description="Biolink predicate")
    relation: str = Field(description="exokg predicate")
    polarity: str
    belief: float | None
    support: int
    evidence_count: int
    contradicted: bool


class Neighbourhood(BaseModel):
    """Nodes within ``depth`` hops of the centre and the edges among them."""

    center: str
    depth: int
    truncated: bool = Field(description="true when the node or edge cap cut the neighbourhood")
    node_count: int
    edge_count: int
    nodes: list[NodeOut]
    edges: list[EdgeOut]
    model_config = _example({
        "center": MIR21, "depth": 1, "truncated": False, "node_count": 2, "edge_count": 1,
        "nodes": [{"id": MIR21, "label": "miR-21", "category": "biolink:MicroRNA", "kind": "Entity",
                   "degree": 7, "distance": 0},
                  {"id": PDCD4, "label": "PDCD4", "category": "biolink:Gene", "kind": "Entity", "degree": 3,
                   "distance": 1}],
        "edges": [{"id": "3f2a9c0d1e4b5a67", "source": MIR21, "target": PDCD4,
                   "predicate": "biolink:physically_interacts_with", "relation": "targets", "polarity": "-",
                   "belief": 0.65, "support": 1, "evidence_count": 1, "contradicted": False}]})


class CytoscapeNodeData(NodeOut):
    pass


class CytoscapeEdgeData(EdgeOut):
    label: str


class CytoscapeNode(BaseModel):
    data: CytoscapeNodeData


class CytoscapeEdge(BaseModel):
    data: CytoscapeEdgeData


class CytoscapeElements(BaseModel):
    nodes: list[CytoscapeNode]
    edges: list[CytoscapeEdge]


class CytoscapeGraph(BaseModel):
    """The neighbourhood as Cytoscape.js elements: pass ``elements`` to ``cytoscape({elements})``."""

    center: str
    depth: int
    truncated: bool
    node_count: int
    edge_count: int
    elements: CytoscapeElements


class PathStep(BaseModel):
    """One hop of a mechanism path: an assembled statement, a pooled effect, (first hop only) the step
    from an entity to a narrower one the path goes on from, or (last hop only) the step from an entity
    to a broader kind it is one of, or from an outcome measure to the outcome it measures, the one asked
    about."""

    source: str
    target: str
    relation: str = Field(description="exokg predicate; 'source_of' for derived_from walked from the cell, "
                                      "'effect' for a pooled effect, 'includes' from an entity to a narrower one "
                                      "(exosome to bone marrow MSC-derived exosomes), 'is_a' from an entity to a "
                                      "broader one (neuronal apoptosis to apoptosis), 'measures' from an outcome "
                                      "measure to its outcome (BBB score to motor function)")
    polarity: str
    belief: float
    edge: str = Field(description="statement id or pooled-effect id ('includes:BROADER:NARROWER' for an includes "
                                  "step, 'is_a:NARROWER:BROADER' for an is_a step, 'measures:MEASURE:OUTCOME' for "
                                  "a measures step)")
    kind: str = Field(description="'statement', 'pooled_effect', 'narrower', 'broader' or 'measure'")
    support: int
    contradicted: bool
    label: str = ""
    setting: dict[str, str] = Field(default_factory=dict,
                                    description="the statement's qualifiers: species, preconditioning, ...")
    bias: list[str] = Field(default_factory=list, description="a pooled effect's publication-bias checks, e.g. "
                                                              "'funnel plot: asymmetry'")
    evidence: list[EvidenceOut]


class MechanismPath(BaseModel):
    """A chain of hops from source to target; ``score`` is the product of the hops' beliefs."""

    nodes: list[str]
    labels: list[str]
    score: float
    hops: int
    net_effect: str = Field(description="sign of the whole chain: '+', '-' or '0'")
    steps: list[PathStep]


class PathResults(BaseModel):
    source: Ref
    target: Ref
    max_hops: int
    complete: bool = Field(True, description="false when the search stopped at its cap on partial paths: the "
                                             "paths are real and ranked, but better ones may exist")
    paths: list[MechanismPath] = Field(description="best first (kg.explain.mechanism_paths)")
    model_config = _example({
        "source": {"id": "exokg:bmsc_exosome", "label": "BMSC-derived exosome", "category": "biolink:CellularComponent"},
        "target": {"id": "HGNC:8763", "label": "PDCD4", "category": "biolink:Gene"}, "max_hops": 3, "complete": True,
        "paths": [{"nodes": ["exokg:bmsc_exosome", MIR21, PDCD4], "labels": ["BMSC-derived exosome", "miR-21", "PDCD4"],
                   "score": 0.42, "hops": 2, "net_effect": "-", "steps": []}]})


class BiasAssessmentOut(BaseModel):
    """A check of a pooled effect for small-study effects (publication bias)."""

    method: str = Field(description="'egger', 'begg', 'funnel_plot', 'trim_and_fill', 'fail_safe_n' or 'unspecified'")
    asymmetry: bool | None = Field(default=None, description="true: asymmetry or publication bias found; false: "
                                                             "none found; null: not said")
    statistic: float | None = None
    p_value: float | None = None
    p_value_below: float | None = Field(default=None, description="the bound printed instead of the p-value "
                                                                   "(0.001 for 'P < 0.001')")
    filled: int | None = Field(default=None, description="studies trim-and-fill filled in")
    adjusted_estimate: float | None = Field(default=None, description="the estimate after trim-and-fill")
    adjusted_ci_low: float | None = None
    adjusted_ci_high: float | None = None
    fail_safe_n: int | None = Field(default=None, description="null studies that would overturn the result "
                                                              "(a fail-safe N check; computed ones are Rosenthal's)")
    source: str = Field(description="'reported' (read in a paper) or 'computed' (by exokg from study-level data)")
    evidence: EvidenceOut | None = None


class PooledEffectOut(BaseModel):
    """A pooled effect of a meta-analysis (reported by a paper or computed by exokg)."""

    id: str
    label: str
    measure: str
    estimate: float | None
    ci_low: float | None = None
    ci_high: float | None = None
    se: float | None = None
    p_value: float | None = None
    k: int | None = None
    i2: float | None = Field(default=None, description="heterogeneity I² in percent")
    tau2: float | None = None
    q: float | None = None
    model: str | None = None
    method: str | None = None
    source: str = Field(description="'reported' or 'computed'")
    subgroup: str = ""
    population: str = ""
    comparator: str = ""
    significant: bool | None = None
    intervention: Ref
    outcome: Ref
    evidence: EvidenceOut | None = None
    provenance: str = ""
    plots: list[str] = Field(default_factory=list, description="URLs of forest/funnel plots served by this API")
    bias: list[BiasAssessmentOut] = Field(default_factory=list, description="publication-bias checks of the effect")
    model_config = _example({
        "id": "exokg:effect_0123456789ab", "label": "WMD 3.21 [2.50, 3.92], k=20", "measure": "WMD",
        "estimate": 3.21, "ci_low": 2.5, "ci_high": 3.92, "k": 20, "i2": 87.0, "source": "reported",
        "intervention": {"id": "exokg:BMSC_exosome", "label": "BMSC exosome",
                         "category": "biolink:CellularComponent"},
        "outcome": {"id": "exokg:BBB_score", "label": "BBB locomotor score",
                    "category": "biolink:PhenotypicFeature"},
        "significant": True, "plots": [],
        "bias": [{"method": "funnel_plot", "asymmetry": True, "source": "reported"}]})


class EffectPage(BaseModel):
    total: int
    limit: int
    offset: int
    effects: list[PooledEffectOut]


class DocumentSummary(BaseModel):
    id: str
    title: str = ""
    authors: list[str] = Field(default_factory=list)
    journal: str | None = None
    year: int | None = None
    doi: str | None = None
    pmid: str | None = None
    licence: str | None = None
    source: str | None = None
    sha256: str | None = None
    references: int | None = None
    statements: int = Field(description="statements with evidence read in this document")
    model_config = ConfigDict(extra="ignore")


class Section(BaseModel):
    title: str
    start: int
    end: int
    level: int


class BibliographyEntry(BaseModel):
    key: str
    text: str = ""
    doi: str | None = None
    pmid: str | None = None
    year: int | None = None


class DocumentDetail(DocumentSummary):
    sections: list[Section] = Field(default_factory=list)
    bibliography: list[BibliographyEntry] = Field(default_factory=list)
    text: str | None = Field(default=None, description="full text (only with include_text=true)")


class DocumentList(BaseModel):
    total: int
    limit: int
    offset: int
    documents: list[DocumentSummary]


class EvidenceSentence(BaseModel):
    """A sentence of a document and the statement it supports."""

    statement: str = Field(description="statement id")
    subject: Ref
    predicate: str
    object: Ref
    polarity: str
    belief: float | None
    evidence: EvidenceOut


class EvidencePage(BaseModel):
    document: str
    total: int
    limit: int
    offset: int
    evidence: list[EvidenceSentence]


class BuildInfo(BaseModel):
    """Which build of the graph answers: it changes when the server takes up a rebuild."""

    id: str = Field(description="the first 16 hex digits of the SHA-256 of graph.json (the same in the "
                    "X-Exokg-Build header of every response)")
    graph_modified: str | None = Field(description="when graph.json was written (ISO 8601, UTC)")
    loaded: str = Field(description="when this server loaded it (ISO 8601, UTC)")
    finished: str | None = Field(None, description="when the build finished writing its outputs, from its "
                                 "build.json (ISO 8601, UTC; null for a folder written without one)")
    exokg_version: str | None = Field(None, description="the exokg release that made the build")
    extractor_version: str | None = Field(None, description="digest of the extractor code and vocabulary that "
                                          "read the papers (results are cached per version)")
    skipped_files: int | None = Field(None, description="input files the build left out; build.json names "
                                      "each with its reason")
    excluded_papers: int | None = Field(None, description="papers excluded in screening (exokg exclude); "
                                        "build.json names each with its reason")
    model_config = _example({"id": "5f2c9e01a7b3d448", "graph_modified": "2025-06-02T09:14:31.207Z",
                             "loaded": "2025-06-02T09:14:33.020Z", "finished": "2025-06-02T09:14:36Z",
                             "exokg_version": "0.1.0", "extractor_version": "d27076b062a876c2",
                             "skipped_files": 0, "excluded_papers": 0})


class GraphInfo(BaseModel):
    """What is being served."""

    name: str
    schema_version: str | None
    nodes: int
    edges: int
    statements: int
    pooled_effects: int
    documents: int
    categories: dict[str, int]
    predicates: dict[str, int]
    links: dict[str, str]
    build: BuildInfo
