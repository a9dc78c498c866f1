"""The interactive graph view: one self-contained, offline HTML file built with pyvis.

``render_html(graph)`` turns an exokg graph (or any neighbourhood of it) into a single HTML
document that makes no outside request: vis-network (bundled with pyvis) is inlined, pyvis's
CDN links are never emitted, and a Content-Security-Policy allows only the page's own hashed
scripts. Node and edge data, including every evidence sentence, travel as JSON inside a
``<script type="application/json">`` block (``<``, ``>`` and ``&`` escaped) and the page's script
shows paper text only through ``textContent``: a sentence is always text, never markup. Vis
tooltips (``title``) are deliberately never set, because pyvis switches them to ``innerHTML``.

Positions are computed here, in Python, so large graphs need no physics in the browser:
``spring_layout`` (fixed seed) for small graphs and a particle-mesh force layout
(:mod:`kg.view.layout`) beyond ``EXACT_LAYOUT_LIMIT`` nodes; physics is switched off beyond
``PHYSICS_LIMIT`` nodes.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import os
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

import networkx as nx

from kg.errors import QueryError
from kg.io import write_text
from kg.model import BiasAssessment
from kg.pico import EFFECT_LINKS, POPULATION_KIND, is_link

ASSET_DIR = Path(__file__).resolve().parent
PHYSICS_LIMIT = 300
"""Above this many nodes the browser runs no physics: positions are final."""
BIG_GRAPH_LIMIT = 1000
"""Above this many nodes edges are drawn straight and hidden while dragging or zooming."""
LABEL_MAX = 32
LAYOUT_SEED = 7
OVERVIEW_MAX_NODES = 3000
"""kg.html of a larger graph shows this many of its best-supported nodes (the API's /view?focus=
shows any neighbourhood): a page of every node of a 50,000-paper build would weigh hundreds of MB."""
OVERVIEW_MAX_EDGES = 15_000
"""... and at most this many of the edges between them, the best-supported first."""
OVERVIEW_MAX_EVIDENCE = 10
"""... with at most this many evidence sentences per statement (the panel says how many there are)."""


@dataclass(frozen=True, slots=True)
class Style:
    """How one kind of node looks: legend name, vis-network shape and fill colour."""

    key: str
    name: str
    shape: str
    color: str


# Colour-blind-safe palette (Okabe-Ito plus Tol's muted tones); shapes repeat only across
# clearly different colours, so either cue alone tells the kinds apart.
STYLES: tuple[Style, ...] = (
    Style("source", "MSC source", "hexagon", "#E69F00"),
    Style("vesicle", "Exosome / vesicle", "star", "#CC79A7"),
    Style("mirna", "miRNA / ncRNA", "triangle", "#0072B2"),
    Style("gene", "Gene / protein", "dot", "#56B4E9"),
    Style("pathway", "Pathway", "diamond", "#009E73"),
    Style("process", "Biological process", "square", "#C9B400"),
    Style("cell", "Cell type", "triangleDown", "#D55E00"),
    Style("outcome", "Outcome", "square", "#882255"),
    Style("disease", "Disease / injury", "diamond", "#AA4499"),
    Style("anatomy", "Anatomy", "dot", "#8C6D31"),
    Style("chemical", "Chemical", "dot", "#44AA99"),
    Style("organism", "Organism", "dot", "#7F7F7F"),
    Style("population", "Population (taxon + condition)", "hexagon", "#332288"),
    Style("comparator", "Comparator (control arm)", "triangle", "#999933"),
    Style("effect", "Pooled effect", "box", "#FFFFFF"),
    Style("other", "Other", "dot", "#B0B0B0"),
)
STYLE_BY_KEY = {s.key: s for s in STYLES}

CATEGORY_GROUPS: dict[str, str] = {
    **dict.fromkeys(["biolink:MicroRNA", "biolink:NoncodingRNAProduct", "biolink:RNAProduct",
                     "biolink:SiRNA", "biolink:RNAProductIsoform"], "mirna"),
    **dict.fromkeys(["biolink:Gene", "biolink:Protein", "biolink:GeneProduct", "biolink:GeneOrGeneProduct",
                     "biolink:Polypeptide", "biolink:ProteinFamily", "biolink:GeneFamily",
                     "biolink:MacromolecularComplex", "biolink:ProteinIsoform",
                     "biolink:GeneProductMixin"], "gene"),
    "biolink:Pathway": "pathway",
    **dict.fromkeys(["biolink:BiologicalProcess", "biolink:MolecularActivity", "biolink:PhysiologicalProcess",
                     "biolink:BiologicalProcessOrActivity", "biolink:Behavior",
                     "biolink:PathologicalProcess", "biolink:CellularProcess"], "process"),
    **dict.fromkeys(["biolink:Cell", "biolink:CellType", "biolink:CellLine"], "cell"),
    "biolink:CellularComponent": "vesicle",  # in this corpus: exosomes and other extracellular vesicles
    **dict.fromkeys(["biolink:AnatomicalEntity", "biolink:GrossAnatomicalStructure", "biolink:Tissue"],
                    "anatomy"),
    **dict.fromkeys(["biolink:Disease", "biolink:DiseaseOrPhenotypicFeature"], "disease"),
    **dict.fromkeys(["biolink:PhenotypicFeature", "biolink:ClinicalFinding", "biolink:ClinicalMeasurement",
                     "biolink:ClinicalAttribute", "biolink:Attribute", "biolink:Outcome",
                     "biolink:BehavioralFeature"], "outcome"),
    **dict.fromkeys(["biolink:ChemicalEntity", "biolink:SmallMolecule", "biolink:Drug",
                     "biolink:MolecularEntity", "biolink:MolecularMixture"], "chemical"),
    "biolink:OrganismTaxon": "organism",
    "biolink:PopulationOfIndividualOrganisms": "population",
    "biolink:StudyResult": "effect",
}
VESICLE_WORDS = ("exosome", "vesicle", "-exo")
SOURCE_WORDS = ("msc", "stem cell", "stromal cell")

POLARITY_COLOURS = {"+": "#1B7837", "-": "#C51B7D", "0": "#6F6F6F"}
EFFECT_EDGE_COLOUR = "#9A9A9A"
KIND_EDGE_COLOUR = "#B4B4B4"
KIND_RELATION = "is_a"  # a drawn link from an entity to the nearest kinds the lexicon names it one of
MEASURES_RELATION = "measures"  # a drawn link from an outcome measure to the outcome it moves with (lexicon)
EFFECT_RELATIONS = tuple(EFFECT_LINKS)
# Links that hang off an effect without being what it measures: its population and comparator,
# and a population's taxon and condition. They follow the effect in filtered views.
CONTEXT_RELATIONS = frozenset({"population", "comparator", "organism", "condition"})


def _words(label: str) -> str:
    return f" {label.lower()} "


def node_group(graph: nx.MultiDiGraph, node: str) -> str:
    """The legend group of a node: by its role in the graph first, then by its Biolink category.

    Roles win because categories are ambiguous for this domain: an MSC population and a
    microglial cell are both ``biolink:Cell``, but only the first is what vesicles derive from.
    """
    attrs = graph.nodes[node]
    if attrs.get("kind") == "PooledEffect":
        return "effect"
    if attrs.get("kind") == POPULATION_KIND:
        return "population"
    incoming = {d.get("relation") for _, _, d in graph.in_edges(node, data=True)}
    outgoing = {d.get("relation") for _, _, d in graph.out_edges(node, data=True)}
    category = str(attrs.get("category") or "")
    label = _words(str(attrs.get("label") or ""))
    if "outcome" in incoming:
        return "outcome"
    if "comparator" in incoming:
        return "comparator"
    if "derived_from" in incoming:
        return "source"
    if "derived_from" in outgoing or "carries" in outgoing:
        return "vesicle"
    group = CATEGORY_GROUPS.get(category, "other")
    if group in ("anatomy", "other") and any(w in label for w in VESICLE_WORDS):
        return "vesicle"
    if group == "cell" and any(w in label for w in SOURCE_WORDS):
        return "source"
    return group


def _iri(curie: str) -> str | None:
    from kg.vocab import expand

    try:
        iri = expand(curie)
    except (KeyError, ValueError):
        return None
    return iri if iri.startswith(("https://", "http://")) else None


def doi_url(doi: str | None) -> str | None:
    """Resolver link for a DOI (percent-encoded so the DOI stays one path)."""
    if not doi:
        return None
    doi = doi.strip()
    for lead in ("https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "doi:"):
        if doi.lower().startswith(lead):
            doi = doi[len(lead):]
    return "https://doi.org/" + quote(doi, safe="/:;()._-")


def _pmid_url(pmid: str | None) -> str | None:
    return f"https://identifiers.org/pubmed:{quote(str(pmid), safe='')}" if pmid else None


def _short(label: str, limit: int = LABEL_MAX) -> str:
    label = " ".join(label.split())
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def _number(value: Any) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _fmt(value: float | None) -> str:
    return "NA" if value is None else f"{value:.2f}"


def effect_caption(attrs: Mapping[str, Any]) -> str:
    """Two-line node label for a pooled effect: ``SMD 2.10 [1.50, 2.70]`` and its verdict."""
    estimate, low, high = (_number(attrs.get(k)) for k in ("estimate", "ci_low", "ci_high"))
    ci = f" [{_fmt(low)}, {_fmt(high)}]" if low is not None and high is not None else ""
    significant = attrs.get("significant")
    verdict = {True: "significant", False: "not significant"}.get(significant, "significance unknown")
    k = f", k={attrs['k']}" if attrs.get("k") else ""
    return f"{attrs.get('measure', '')} {_fmt(estimate)}{ci}\n{verdict}{k}"


# ---------------------------------------------------------------------------------------------
# Layout


NODE_SPACING = 120.0
"""Typical distance between neighbouring nodes, in pixels at zoom 1 (room for a label)."""


def _component_layout(sub: nx.Graph, seed: int) -> dict[Any, tuple[float, float]]:
    """Positions of one connected component, scaled so its box side is NODE_SPACING * sqrt(n)."""
    from kg.view.layout import EXACT_LAYOUT_LIMIT, force_layout

    n = sub.number_of_nodes()
    if n == 1:
        return {next(iter(sub.nodes)): (0.0, 0.0)}
    if n <= EXACT_LAYOUT_LIMIT:
        raw = nx.spring_layout(sub, k=1.8 / math.sqrt(n), seed=seed, iterations=150)
        coords = {node: (float(p[0]), float(p[1])) for node, p in raw.items()}
    else:
        coords = force_layout(sub, seed=seed)
    x0 = min(p[0] for p in coords.values())
    y0 = min(p[1] for p in coords.values())
    span = max(max(p[0] for p in coords.values()) - x0, max(p[1] for p in coords.values()) - y0, 1e-9)
    scale = NODE_SPACING * math.sqrt(n) / span
    return {node: ((x - x0) * scale, (y - y0) * scale) for node, (x, y) in coords.items()}


def positions(graph: nx.MultiDiGraph, seed: int = LAYOUT_SEED) -> dict[str, tuple[float, float]]:
    """Screen coordinates (pixels) for every node, deterministic for a given graph and seed.

    Each connected component is laid out on its own and the components are packed in rows,
    largest first, so a stray pair of nodes cannot push the main component into a corner.
    """
    if graph.number_of_nodes() == 0:
        return {}
    simple = nx.Graph()
    simple.add_nodes_from(graph.nodes)
    simple.add_edges_from((u, v) for u, v in graph.edges() if u != v)
    components = sorted(nx.connected_components(simple), key=lambda c: (-len(c), min(str(x) for x in c)))
    boxes = []
    for component in components:
        # A subgraph view of a set iterates in the set's (hash-seeded) order; lay out a copy built in
        # graph order instead, so the same graph gives the same picture in every process.
        ordered = [n for n in simple if n in component]
        sub = nx.Graph()
        sub.add_nodes_from(ordered)
        sub.add_edges_from(simple.edges(ordered))
        coords = _component_layout(sub, seed)
        width = max(x for x, _ in coords.values())
        height = max(y for _, y in coords.values())
        boxes.append((coords, width, height))
    gap = NODE_SPACING
    # Rows as wide as the main component plus a margin, so small components sit beside it.
    row_width = max(1.4 * boxes[0][1] + gap, math.sqrt(sum((w + gap) * (h + gap) for _, w, h in boxes)))
    placed: dict[str, tuple[float, float]] = {}
    cursor_x = cursor_y = row_height = 0.0
    for coords, width, height in boxes:
        if cursor_x > 0 and cursor_x + width > row_width:
            cursor_x, cursor_y, row_height = 0.0, cursor_y + row_height + gap, 0.0
        for node, (x, y) in coords.items():
            placed[node] = (x + cursor_x, y + cursor_y)
        cursor_x += width + gap
        row_height = max(row_height, height)
    xs = [p[0] for p in placed.values()]
    ys = [p[1] for p in placed.values()]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {node: (round(x - cx, 1), round(y - cy, 1)) for node, (x, y) in placed.items()}


# ---------------------------------------------------------------------------------------------
# Data for the page


def nearest_kinds(graph: nx.Graph) -> list[tuple[str, str]]:
    """(entity, kind) for each kind the lexicon names an entity one of that the graph holds, nearest
    only: M1 microglia is drawn a kind of microglia, not also of glial cell, which microglia is one of.
    So a kind no claim names still shows where it belongs."""
    pairs: list[tuple[str, str]] = []
    for node, attrs in graph.nodes(data=True):
        kinds = [str(b) for b in attrs.get("broader") or () if b in graph and b != node]
        for kind in kinds:
            if not any(kind in (graph.nodes[other].get("broader") or ()) for other in kinds if other != kind):
                pairs.append((str(node), kind))
    return sorted(pairs)


def measured_outcomes(graph: nx.Graph) -> list[tuple[str, str]]:
    """(measure, outcome) for each outcome the lexicon says an outcome measure rises and falls with (BBB score:
    motor function): drawn like a kind link, so the effects on a score show what they are evidence of."""
    return sorted((str(node), str(m)) for node, attrs in graph.nodes(data=True)
                  for m in attrs.get("measures") or () if m in graph and m != node)


def _compact(record: dict[str, Any]) -> dict[str, Any]:
    """Drop empty fields (None, "", [], {}, False): the page fills the defaults back in on load.

    Evidence is most of a big view's bytes; repeating empty keys for every sentence is waste.
    """
    return {k: v for k, v in record.items() if v is not None and v is not False and v != "" and v != [] and v != {}}


def _citation(entry: Mapping[str, Any]) -> dict[str, Any]:
    return _compact({
        "key": str(entry.get("key") or ""),
        "text": str(entry.get("text") or ""),
        "doi": entry.get("doi"),
        "url": doi_url(entry.get("doi")) or _pmid_url(entry.get("pmid")),
        "year": entry.get("year"),
    })


def _evidence(ev: Mapping[str, Any]) -> dict[str, Any]:
    return _compact({
        "document": str(ev.get("document") or ""),
        "section": str(ev.get("section") or ""),
        "sentence": str(ev.get("sentence") or ""),
        "hedged": bool(ev.get("hedged")),
        "negated": bool(ev.get("negated")),
        "citations": [_citation(c) for c in ev.get("citations") or ()],
    })


def _documents(graph: nx.MultiDiGraph) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for meta in graph.graph.get("documents", ()) or ():
        doc_id = str(meta.get("id") or "")
        if not doc_id:
            continue
        authors = list(meta.get("authors") or ())
        first = str(authors[0]) if authors else ""
        etal = " et al." if len(authors) > 1 else ""
        year = f" ({meta['year']})" if meta.get("year") else ""
        out[doc_id] = {
            "id": doc_id,
            "title": str(meta.get("title") or doc_id),
            "citation": f"{first}{etal}{year}".strip(),
            "journal": meta.get("journal"),
            "year": meta.get("year"),
            "doi": meta.get("doi"),
            "url": doi_url(meta.get("doi")) or _pmid_url(meta.get("pmid")),
        }
    return out


def _effect_info(attrs: Mapping[str, Any]) -> dict[str, Any]:
    evidence = attrs.get("evidence")
    return {
        "measure": str(attrs.get("measure") or ""),
        "estimate": _number(attrs.get("estimate")),
        "ci_low": _number(attrs.get("ci_low")),
        "ci_high": _number(attrs.get("ci_high")),
        "significant": attrs.get("significant"),
        "k": attrs.get("k"),
        "se": _number(attrs.get("se")),
        "p_value": _number(attrs.get("p_value")),
        "i2": _number(attrs.get("i2")),
        "tau2": _number(attrs.get("tau2")),
        "model": attrs.get("model"),
        "method": attrs.get("method"),
        "source": attrs.get("source"),
        "population": attrs.get("population") or "",
        "comparator": attrs.get("comparator") or "",
        "subgroup": attrs.get("subgroup") or "",
        "provenance": attrs.get("provenance") or "",
        "intervention": attrs.get("intervention"),
        "outcome": attrs.get("outcome"),
        "population_id": attrs.get("population_id"),
        "comparator_id": attrs.get("comparator_id"),
        "evidence": _evidence(evidence) if isinstance(evidence, Mapping) else None,
        "bias": [_bias(b) for b in attrs.get("bias") or () if isinstance(b, Mapping)],
    }


def _bias(check: Mapping[str, Any]) -> dict[str, Any]:
    """A publication-bias check as the side panel shows it: one line, the finding, the sentence."""
    evidence = check.get("evidence")
    return {
        "summary": BiasAssessment.from_dict(check).summary(),
        "asymmetry": check.get("asymmetry"),
        "source": check.get("source"),
        "evidence": _evidence(evidence) if isinstance(evidence, Mapping) else None,
    }


def resolve_node(graph: nx.MultiDiGraph, name: str) -> str:
    """The node a user means by ``name``: its CURIE, else a case-insensitive label or synonym."""
    if name in graph:
        return name
    wanted = name.strip().casefold()
    for key in ("label", "synonyms"):
        for node, attrs in graph.nodes(data=True):
            values = attrs.get(key)
            values = [values] if isinstance(values, str) else list(values or ())
            if any(str(v).casefold() == wanted for v in values):
                return node
    raise QueryError(f"focus {name!r} is not a node of this graph (give a CURIE, label or synonym)")


def _vis_font(size: int) -> dict[str, Any]:
    return {"size": size, "face": "Helvetica, Arial, sans-serif", "color": "#1F1F1F",
            "strokeWidth": 3, "strokeColor": "#FFFFFF"}


@dataclass(frozen=True, slots=True)
class Overview:
    """What an overview page leaves out: the whole graph's size, and the evidence shown per statement."""

    nodes: int
    edges: int
    max_evidence: int


def overview(graph: nx.MultiDiGraph, max_nodes: int = OVERVIEW_MAX_NODES, max_edges: int = OVERVIEW_MAX_EDGES,
             max_evidence: int = OVERVIEW_MAX_EVIDENCE) -> tuple[nx.MultiDiGraph, Overview | None]:
    """The part of ``graph`` a whole-graph page shows, and what it leaves out (None: all of it).

    A node's score is the support of its edges (independent studies; at least 1 an edge, so pooled
    effects and links count); the best-scored nodes are kept, then the edges between them with the
    most support and belief. Ties go by id, and kept nodes and edges stay in graph order, so the page
    is the same on every build of the same graph.
    """
    n, m = graph.number_of_nodes(), graph.number_of_edges()
    if n <= max_nodes and m <= max_edges:
        return graph, None
    score: Counter[Any] = Counter()
    for u, v, attrs in graph.edges(data=True):
        weight = max(int(attrs.get("support") or 0), 1)
        score[u] += weight
        score[v] += weight
    keep = set(sorted(graph.nodes, key=lambda node: (-score[node], str(node)))[:max_nodes])
    between = [(u, v, key) for u, v, key in graph.edges(keys=True) if u in keep and v in keep]
    if len(between) > max_edges:
        def rank(edge: tuple[Any, Any, Any]) -> tuple[Any, ...]:
            attrs = graph.edges[edge]
            return (-int(attrs.get("support") or 0), -(_number(attrs.get("belief")) or 0.0), str(attrs.get("id") or ""),
                    str(edge[0]), str(edge[1]), str(edge[2]))

        chosen = set(sorted(between, key=rank)[:max_edges])
        between = [edge for edge in between if edge in chosen]
    part = nx.MultiDiGraph()
    part.graph.update(graph.graph)
    part.add_nodes_from((node, attrs) for node, attrs in graph.nodes(data=True) if node in keep)
    part.add_edges_from((u, v, key, graph.edges[u, v, key]) for u, v, key in between)
    return part, Overview(n, m, max_evidence)


def view_data(graph: nx.MultiDiGraph, *, title: str = "exokg", focus: str | None = None,
              whole: Overview | None = None) -> dict[str, Any]:
    """Everything the page needs, as plain JSON-able data (pure: the graph is not modified).

    ``vis`` holds the pyvis-built node/edge lists and options; ``nodes``/``edges`` hold the
    full records the side panel shows (keyed by vis id); ``documents`` the reading papers.
    ``whole`` says that ``graph`` is an :func:`overview` of a larger graph: the page says so, and
    each statement carries at most ``whole.max_evidence`` sentences and the count of all of them.
    """
    from pyvis.edge import Edge
    from pyvis.network import Network
    from pyvis.node import Node

    if not isinstance(graph, nx.MultiDiGraph | nx.DiGraph | nx.Graph):
        raise TypeError(f"render_html needs a networkx graph, got {type(graph).__name__}")
    focus_id = resolve_node(graph, focus) if focus else None
    n = graph.number_of_nodes()
    physics = n <= PHYSICS_LIMIT
    big = n > BIG_GRAPH_LIMIT
    coords = positions(graph)
    degree = dict(graph.degree())
    font_size = 16 if n <= PHYSICS_LIMIT else 13

    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line", heading="")
    nodes_info: dict[str, dict[str, Any]] = {}
    groups: Counter[str] = Counter()
    for node, attrs in graph.nodes(data=True):
        node_id = str(node)
        group = node_group(graph, node)
        groups[group] += 1
        style = STYLE_BY_KEY[group]
        label = str(attrs.get("label") or node_id)
        synonyms = [str(s) for s in attrs.get("synonyms") or () if str(s) != label]
        info: dict[str, Any] = {
            "id": node_id, "label": label, "category": str(attrs.get("category") or ""), "group": group,
            "kind": attrs.get("kind") or "Entity", "iri": None if group == "effect" else _iri(node_id),
            "synonyms": synonyms,
            "xrefs": [{"curie": str(x), "iri": _iri(str(x))} for x in attrs.get("xrefs") or ()],
            "degree": degree.get(node, 0),
            # the kinds it is one of (lexicon ``broader``), where the graph holds them: the panel links them
            "broader": [str(b) for b in attrs.get("broader") or () if b in graph],
            "measures": [str(m) for m in attrs.get("measures") or () if m in graph],
        }
        x, y = coords[node]
        vis: dict[str, Any] = {"x": x, "y": y}
        if group == "effect":
            info["effect"] = _effect_info(attrs)
            significant = attrs.get("significant") is True
            vis.update({
                "color": {"background": "#FFFFFF", "border": "#222222" if significant else "#8A8A8A",
                          "highlight": {"background": "#FFF6D5", "border": "#000000"}},
                "borderWidth": 2.5 if significant else 1.5,
                "shapeProperties": {"borderDashes": False if significant else [5, 4], "borderRadius": 3},
                "font": {**_vis_font(font_size - 2), "strokeWidth": 0, "multi": False},
                "margin": 6,
            })
            shown = effect_caption(attrs)
        else:
            # Colour and border come from the group's style (options.groups): small per-node payload.
            vis.update({"group": group, "size": round(min(9.0 + 4.0 * math.sqrt(degree.get(node, 0)), 34.0), 1)})
            shown = _short(label)
        # pyvis's Node/Edge models directly: Network.add_node/add_edge check membership in a list
        # (quadratic for thousands of nodes), and every id here is already unique and present.
        net.nodes.append(Node(node_id, style.shape, label=shown, **vis).options)
        nodes_info[node_id] = info

    edges_info: dict[str, dict[str, Any]] = {}
    statement_to_vis: dict[str, str] = {}
    pair_count: Counter[tuple[str, str]] = Counter()
    edge_rows = list(graph.edges(keys=True, data=True)) if graph.is_multigraph() else [
        (u, v, i, d) for i, (u, v, d) in enumerate(graph.edges(data=True))]
    for index, (_u, _v, _key, attrs) in enumerate(edge_rows):
        vis_id = f"e{index}"
        statement_to_vis.setdefault(str(attrs.get("id") or vis_id), vis_id)
    for index, (u, v, _key, attrs) in enumerate(edge_rows):
        vis_id = f"e{index}"
        relation = str(attrs.get("relation") or "")
        polarity = str(attrs.get("polarity") or "0")
        belief = _number(attrs.get("belief"))
        is_effect_link = is_link(attrs)
        pair = (str(min(u, v)), str(max(u, v)))
        pair_count[pair] += 1
        edge_vis: dict[str, Any] = {"id": vis_id}
        if is_effect_link:
            edge_vis.update({"color": {"color": EFFECT_EDGE_COLOUR, "highlight": "#333333", "hover": "#333333"},
                             "width": 1.2, "dashes": [4, 4], "arrows": {"to": {"enabled": False}}})
        else:
            # A colour string sets all states (normal, highlight, hover); arrow heads default to "arrow".
            edge_vis.update({"color": POLARITY_COLOURS.get(polarity, POLARITY_COLOURS["0"]),
                             "width": round(0.8 + 3.2 * (belief or 0.0), 2)})
            if polarity == "-":
                edge_vis["arrows"] = {"to": {"enabled": True, "type": "bar", "scaleFactor": 0.8}}
        if not big and pair_count[pair] > 1:
            bend = 0.15 * (pair_count[pair] - 1)
            edge_vis["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": round(bend, 2)}
        # Not "directed" for pyvis: it would add arrows="to" to every edge, which options.edges sets once.
        net.edges.append(Edge(str(u), str(v), directed=False, **edge_vis).options)
        evidence = attrs.get("evidence") or ()
        edges_info[vis_id] = {
            "id": str(attrs.get("id") or vis_id), "from": str(u), "to": str(v), "relation": relation,
            "predicate": str(attrs.get("predicate") or ""), "ro": attrs.get("ro"), "polarity": polarity,
            "belief": belief, "support": attrs.get("support") or 0,
            "qualifiers": {str(k): str(val) for k, val in (attrs.get("qualifiers") or {}).items()},
            "contradicts": [statement_to_vis[c] for c in attrs.get("contradicts") or () if c in statement_to_vis],
            "effect_link": is_effect_link,
            "context_link": relation in CONTEXT_RELATIONS,
            "evidence": [_evidence(ev) for ev in (evidence[:whole.max_evidence] if whole else evidence)],
            "documents": sorted({str(ev.get("document")) for ev in evidence if ev.get("document")}),
        }
        if whole and len(evidence) > whole.max_evidence:
            edges_info[vis_id]["evidence_total"] = len(evidence)
    # links from the lexicon, not from a sentence: dotted to the nearest kinds, dashed to what a measure measures
    lexicon_links = [("k", KIND_RELATION, "skos:broader", [2, 4], nearest_kinds(graph)),
                     ("m", MEASURES_RELATION, "exokg:measures", [6, 3], measured_outcomes(graph))]
    for prefix, relation, predicate_name, dashes, pairs in lexicon_links:
        for index, (source, target) in enumerate(pairs):
            vis_id = f"{prefix}{index}"
            net.edges.append(Edge(source, target, directed=False, id=vis_id, width=1.0, dashes=dashes,
                                  color={"color": KIND_EDGE_COLOUR, "highlight": "#555555", "hover": "#555555"},
                                  arrows={"to": {"enabled": True, "type": "arrow", "scaleFactor": 0.5}}).options)
            edges_info[vis_id] = {"id": vis_id, "from": source, "to": target, "relation": relation,
                                  "predicate": predicate_name, "ro": None, "polarity": "0", "belief": None,
                                  "support": 0, "qualifiers": {}, "contradicts": [], "effect_link": False,
                                  "context_link": False, "lexicon_link": True, "evidence": [], "documents": []}
    _link_effect_documents(graph, nodes_info, edges_info)
    documents = _documents(graph)
    for info in edges_info.values():
        for doc_id in info.get("documents", ()):
            documents.setdefault(doc_id, {"id": doc_id, "title": doc_id, "citation": "", "journal": None,
                                          "year": None, "doi": None, "url": None})

    edges_info = {k: _compact(v) for k, v in edges_info.items()}
    nodes_info = {k: _compact(v) for k, v in nodes_info.items()}
    vis_nodes, vis_edges, *_ = net.get_network_data()
    options = _options(physics=physics, big=big, font_size=font_size)
    return {
        "title": title,
        "focus": None if focus_id is None else str(focus_id),
        "vis": {"nodes": vis_nodes, "edges": vis_edges, "options": options},
        "nodes": nodes_info,
        "edges": edges_info,
        "documents": documents,
        "legend": [{"key": s.key, "name": s.name, "shape": s.shape, "color": s.color, "count": groups[s.key]}
                   for s in STYLES if groups[s.key]],
        "relations": sorted(Counter(e.get("relation", "") for e in edges_info.values()
                                    if not e.get("effect_link")).items()),  # "is_a" toggles the kind links
        "stats": {"nodes": n, "edges": len(edges_info), "physics": physics, "lod": big},
        "overview": None if whole is None else {"nodes": whole.nodes, "edges": whole.edges,
                                                "max_evidence": whole.max_evidence},
    }


def _link_effect_documents(graph: nx.MultiDiGraph, nodes_info: dict[str, dict[str, Any]],
                           edges_info: dict[str, dict[str, Any]]) -> None:
    """Effect links belong to the paper that reported the effect (for the document filter); a
    population's links to the papers of the effects measured in it."""
    population_documents: dict[str, set[str]] = {}
    for info in edges_info.values():
        if not info["effect_link"]:
            continue
        effect = nodes_info.get(info["from"], {}).get("effect") or {}
        evidence = effect.get("evidence") or {}
        if evidence.get("document"):
            info["documents"] = [evidence["document"]]
            if info["relation"] == "population":
                population_documents.setdefault(info["to"], set()).add(evidence["document"])
    for info in edges_info.values():
        if info["effect_link"] and info["from"] in population_documents:
            info["documents"] = sorted(population_documents[info["from"]])


def _darker(hex_colour: str, factor: float = 0.7) -> str:
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#{:02X}{:02X}{:02X}".format(*(round(c * factor) for c in (r, g, b)))


def _group_styles() -> dict[str, Any]:
    return {
        s.key: {"shape": s.shape, "borderWidth": 1.5,
                "color": {"background": s.color, "border": _darker(s.color),
                          "highlight": {"background": s.color, "border": "#000000"},
                          "hover": {"background": s.color, "border": "#000000"}}}
        for s in STYLES if s.key != "effect"
    }


def _options(*, physics: bool, big: bool, font_size: int = 14) -> dict[str, Any]:
    return {
        "groups": _group_styles(),
        "autoResize": True,
        "layout": {"improvedLayout": False, "randomSeed": LAYOUT_SEED},
        "physics": {
            "enabled": physics,
            # ForceAtlas2 spreads hub-and-spoke graphs (one vesicle, dozens of cargos) far better
            # than Barnes-Hut, which piles the spokes into the hub.
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -90, "centralGravity": 0.012, "springLength": 110,
                                 "springConstant": 0.06, "damping": 0.5, "avoidOverlap": 0.6},
            "stabilization": {"enabled": physics, "iterations": 250, "fit": True},
            "minVelocity": 1.0,
        },
        "interaction": {"hover": True, "tooltipDelay": 300, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big,
                        "multiselect": False, "navigationButtons": False, "keyboard": False},
        "nodes": {"borderWidth": 1.5, "borderWidthSelected": 3, "font": _vis_font(font_size)},
        "edges": {"smooth": False if big else {"enabled": True, "type": "continuous", "roundness": 0.2},
                  "arrows": {"to": {"enabled": True, "type": "arrow", "scaleFactor": 0.7}},
                  "color": {"inherit": False, "opacity": 0.85},
                  "arrowStrikethrough": False, "selectionWidth": 2, "hoverWidth": 1.5},
    }


# ---------------------------------------------------------------------------------------------
# HTML


def script_json(data: Any) -> str:
    """JSON that is safe inside ``<script type="application/json">``: no ``<``, ``>`` or ``&``."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@cache
def _vis_assets() -> tuple[str, str]:
    import pyvis

    lib = Path(pyvis.__file__).resolve().parent / "templates" / "lib" / "vis-9.1.2"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    return js, css


@cache
def _own_assets() -> tuple[str, str, str]:
    return tuple(  # type: ignore[return-value]
        (ASSET_DIR / name).read_text(encoding="utf-8") for name in ("template.html", "view.js", "view.css"))


def _inline_safe(text: str, tag: str) -> str:
    if f"</{tag}" in text.lower():
        raise ValueError(f"inline {tag} would close its element early")
    return text


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def render_html(graph: nx.MultiDiGraph, *, title: str = "exokg", focus: str | None = None,
                whole: Overview | None = None) -> str:
    """One self-contained HTML document showing ``graph``; pure (no I/O beyond bundled assets).

    ``focus`` (a CURIE, label or synonym) is selected and centred when the page opens; an
    unknown focus raises :class:`kg.errors.QueryError`. Safe to serve for any neighbourhood.
    ``whole``: ``graph`` is an :func:`overview` of a larger graph (see :func:`view_data`).
    """
    from jinja2 import Environment, select_autoescape
    from markupsafe import Markup

    data = view_data(graph, title=title, focus=focus, whole=whole)
    vis_js, vis_css = _vis_assets()
    template_text, view_js, view_css = _own_assets()
    scripts = [_inline_safe(vis_js, "script"), _inline_safe(view_js, "script")]
    csp = ("default-src 'none'; script-src " + " ".join(_sha256(s) for s in scripts)
           + "; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'")
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    template = env.from_string(template_text)
    return template.render(
        title=title,
        csp=csp,
        data_json=Markup(script_json(data)),
        vis_css=Markup(_inline_safe(vis_css, "style")),
        view_css=Markup(_inline_safe(view_css, "style")),
        vis_js=Markup(scripts[0]),
        view_js=Markup(scripts[1]),
        stats=data["stats"],
        overview=data["overview"],
    )


def write_html(graph: nx.MultiDiGraph, path: str | os.PathLike[str], *, title: str = "exokg") -> None:
    """Write the view of ``graph`` to ``path`` atomically (one offline file): of all of it, or of
    its :func:`overview` when it is larger than a page can carry."""
    part, whole = overview(graph)
    write_text(path, render_html(part, title=title, whole=whole))


__all__: Iterable[str] = ["STYLES", "Overview", "node_group", "overview", "positions", "render_html", "resolve_node",
                          "script_json", "view_data", "write_html"]
