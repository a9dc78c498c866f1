"""``exokg explain A B``: the mechanism paths from A to B in the built graph, ranked, with evidence.

A path is a chain of assembled statements, e.g. bone marrow MSC -> BMSC exosomes -> miR-124-3p
-> Ern1 -> macrophage polarization. Each hop is one graph edge read in the direction of the
claim, with two exceptions that make mechanism chains walkable:

- ``derived_from`` is walked from the source cell to the vesicle preparation ("BM-MSCs
  release BMSC exosomes"), i.e. against the edge;
- a pooled effect (a meta-analysis result such as "WMD 3.47 [3.31, 3.63], k = 30") is a hop
  from its intervention to its outcome; its weight is ``EFFECT_BELIEF_SIGNIFICANT`` when the
  confidence interval excludes no effect and ``EFFECT_BELIEF_NOT_SIGNIFICANT`` otherwise,
  and its sign is the sign of the estimate.

Paths are simple (no node twice), at most ``max_hops`` long, and ranked by the product of
their hops' beliefs (higher first), then by length (shorter first), then by name so the order
is stable. Between two nodes only the highest-belief statement edge (and the best pooled effect)
is used for a hop. The net effect of a path is the product of the hop signs ((-)(-) = +; an
unsigned hop makes it unsigned; ``source_of``, ``carries`` and ``marker_for`` pass the sign on).

Pure functions over the networkx graph (:func:`resolve_entity`, :func:`mechanism_paths`) are
what the API reuses; :func:`run` is the command line.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from collections import deque
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path as FilePath
from typing import Any

from kg.errors import InputError, QueryError
from kg.model import Polarity

EFFECT_BELIEF_SIGNIFICANT = 0.95
EFFECT_BELIEF_NOT_SIGNIFICANT = 0.5
DEFAULT_MAX_HOPS = 4
DEFAULT_TOP = 10
REVERSED = {"derived_from": "source_of"}  # relations walked against the edge, and the name of the walk
NOT_WALKED = {"intervention", "outcome"}  # a pooled effect's own edges: walked as one effect hop instead

Graph = Any  # networkx.MultiDiGraph; kept loose so importing this module stays light


@dataclass(frozen=True, slots=True)
class Hop:
    """One step of a path: an assembled statement or a pooled effect."""

    source: str
    target: str
    relation: str  # exokg predicate ("source_of" for a derived_from edge walked backwards, "effect")
    polarity: str  # "+", "-", "0"
    belief: float
    edge_id: str
    kind: str = "statement"  # "statement" | "pooled_effect"
    support: int = 0
    contradicted: bool = False
    evidence: tuple[Mapping[str, Any], ...] = ()
    label: str = ""  # a pooled effect's "WMD 3.47 [3.31, 3.63], k=30"

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source, "target": self.target, "relation": self.relation, "polarity": self.polarity,
            "belief": self.belief, "edge": self.edge_id, "kind": self.kind, "support": self.support,
            "contradicted": self.contradicted, "label": self.label, "evidence": [dict(e) for e in self.evidence],
        }


@dataclass(frozen=True, slots=True)
class Path:
    """A mechanism path and its score (product of hop beliefs)."""

    nodes: tuple[str, ...]
    hops: tuple[Hop, ...]
    score: float
    polarity: str = field(default="0")

    @property
    def length(self) -> int:
        return len(self.hops)

    def to_dict(self, graph: Graph | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {"nodes": list(self.nodes), "score": round(self.score, 4), "hops": self.length,
                               "net_effect": self.polarity, "steps": [h.to_dict() for h in self.hops]}
        if graph is not None:
            out["labels"] = [graph.nodes[n].get("label", n) for n in self.nodes]
        return out


# ---------------------------------------------------------------------------------------------
# Resolving names


def _norm(text: str) -> str:
    return re.sub(r"[^0-9a-zα-ω]+", "", text.casefold())


def _tokens(text: str) -> frozenset[str]:
    """Words of a name, plural -s dropped: "BMSC exosomes" -> {bmsc, exosome}."""
    words = re.findall(r"[0-9a-zα-ω]+", text.casefold())
    return frozenset(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words)


def _names(graph: Graph) -> Iterator[tuple[str, str, int]]:
    """(node, name, rank) for every id, label and synonym; lower rank wins a tie."""
    for node, data in graph.nodes(data=True):
        if data.get("kind") == "PooledEffect":
            continue
        yield node, node, 0
        if data.get("label"):
            yield node, data["label"], 1
        for syn in data.get("synonyms") or ():
            yield node, syn, 2


def resolve_entity(graph: Graph, text: str) -> str:
    """The node a user means by ``text``: a CURIE, label or synonym (case-insensitive).

    Raises :class:`QueryError` naming the closest matches when nothing (or more than one thing)
    fits.
    """
    wanted = (text or "").strip()
    if not wanted:
        raise QueryError("give an entity: a label, synonym or CURIE")
    exact: dict[str, int] = {}
    loose: dict[str, int] = {}
    key = _norm(wanted)
    names: list[tuple[str, str, int]] = list(_names(graph))
    for node, name, rank in names:
        if name.casefold() == wanted.casefold():
            exact[node] = min(rank, exact.get(node, rank))
        elif key and _norm(name) == key:
            loose[node] = min(rank, loose.get(node, rank))
    tokens = _tokens(wanted)
    covering: dict[str, int] = {}
    if tokens:
        for node, name, _ in names:
            name_tokens = _tokens(name)
            if tokens <= name_tokens:
                extra = len(name_tokens - tokens)
                covering[node] = min(extra, covering.get(node, extra))
    for found in (exact, loose, covering):
        if found:
            best = min(found.values())
            nodes = sorted(n for n, r in found.items() if r == best)
            if len(nodes) == 1:
                return nodes[0]
            listed = ", ".join(f"{graph.nodes[n].get('label', n)} ({n})" for n in nodes[:8])
            raise QueryError(f"{wanted!r} is ambiguous: {listed}; give a CURIE")
    choices = {name.casefold(): node for node, name, _ in names}
    close = difflib.get_close_matches(wanted.casefold(), list(choices), n=12, cutoff=0.5)
    containing = [name for name in choices if key and key in _norm(name)]
    nodes = list(dict.fromkeys(choices[s] for s in [*close, *containing]))[:6]
    hint = ("; close matches: " + ", ".join(f"{graph.nodes[n].get('label', n)} ({n})" for n in nodes)) if nodes else ""
    raise QueryError(f"no entity named {wanted!r} in the graph{hint}")


# ---------------------------------------------------------------------------------------------
# Paths


def _effect_hops(graph: Graph) -> Iterator[Hop]:
    for node, data in graph.nodes(data=True):
        if data.get("kind") != "PooledEffect" or not data.get("intervention") or not data.get("outcome"):
            continue
        estimate = data.get("estimate")
        ratio = str(data.get("measure", "")).upper() in {"OR", "RR", "HR", "IRR", "ROM"}
        null = 1.0 if ratio else 0.0
        sign = "0" if estimate is None or estimate == null else ("+" if estimate > null else "-")
        significant = data.get("significant")
        weight = EFFECT_BELIEF_SIGNIFICANT if significant else EFFECT_BELIEF_NOT_SIGNIFICANT
        evidence = (data["evidence"],) if data.get("evidence") else ()
        yield Hop(data["intervention"], data["outcome"], "effect", sign if significant is not False else "0",
                  weight, node, kind="pooled_effect", support=int(data.get("k") or 0), evidence=evidence,
                  label=str(data.get("label", "")))


def _evidence_rank(ev: Mapping[str, Any]) -> tuple:
    """Best evidence first: not negated, not hedged, most reliable rule, cited, then document order."""
    from kg.assemble import rule_reliability

    return (bool(ev.get("negated")), bool(ev.get("hedged")), -rule_reliability(str(ev.get("rule", ""))),
            not ev.get("citations"), ev.get("document", ""), ev.get("start", 0))


def walk_edges(graph: Graph) -> dict[str, dict[str, Hop]]:
    """The walkable graph: source -> slot -> the best hop (one statement and one pooled effect per pair).

    A slot is the target node id, or ``target + "\\x00effect"`` for a pooled-effect hop.
    """
    best: dict[str, dict[str, Hop]] = {}

    def keep(hop: Hop) -> None:
        slot = hop.target if hop.kind == "statement" else f"{hop.target}\x00effect"
        current = best.setdefault(hop.source, {}).get(slot)
        if current is None or (hop.belief, hop.edge_id) > (current.belief, current.edge_id):
            best[hop.source][slot] = hop

    for u, v, data in graph.edges(data=True):
        relation = data.get("relation", "")
        if relation in NOT_WALKED or data.get("belief") is None:
            continue
        source, target, name = (v, u, REVERSED[relation]) if relation in REVERSED else (u, v, relation)
        evidence = tuple(sorted(data.get("evidence") or (), key=_evidence_rank))
        keep(Hop(source, target, name, data.get("polarity", "0"), float(data["belief"]), data.get("id", ""),
                 support=int(data.get("support") or 0), contradicted=bool(data.get("contradicts")),
                 evidence=evidence))
    for hop in _effect_hops(graph):
        keep(hop)
    return best


TRANSPARENT = {"source_of", "carries", "marker_for"}  # hops that pass a sign through unchanged


def _compose(hops: tuple[Hop, ...]) -> str:
    """Net sign of a path: signed hops multiply, unsigned ones make it unsigned, structural ones pass."""
    out = Polarity.POSITIVE
    for hop in hops:
        if hop.relation in TRANSPARENT:
            continue
        out = out.compose(Polarity(hop.polarity))
    return out.value


def mechanism_paths(graph: Graph, source_id: str, target_id: str, max_hops: int = DEFAULT_MAX_HOPS,
                    top: int = DEFAULT_TOP) -> list[Path]:
    """The ``top`` best simple paths of at most ``max_hops`` hops from ``source_id`` to ``target_id``."""
    if max_hops < 1:
        raise QueryError(f"max hops must be at least 1, got {max_hops}")
    if top < 1:
        raise QueryError(f"top must be at least 1, got {top}")
    for node in (source_id, target_id):
        if node not in graph:
            raise QueryError(f"{node} is not a node of the graph")
    if source_id == target_id:
        return []
    edges = walk_edges(graph)
    # hops needed from each node to reach the target (backwards breadth-first search), for pruning
    incoming: dict[str, list[str]] = {}
    for u, slots in edges.items():
        for hop in slots.values():
            incoming.setdefault(hop.target, []).append(u)
    distance = {target_id: 0}
    queue = deque([target_id])
    while queue:
        v = queue.popleft()
        for u in incoming.get(v, ()):
            if u not in distance:
                distance[u] = distance[v] + 1
                queue.append(u)
    if source_id not in distance or distance[source_id] > max_hops:
        return []
    found: list[Path] = []
    stack: list[tuple[str, tuple[str, ...], tuple[Hop, ...], float]] = [(source_id, (source_id,), (), 1.0)]
    while stack:
        node, nodes, hops, score = stack.pop()
        if node == target_id:
            found.append(Path(nodes, hops, score, _compose(hops)))
            continue
        left = max_hops - len(hops)
        for hop in edges.get(node, {}).values():
            nxt = hop.target
            if nxt in nodes or distance.get(nxt, max_hops + 1) > left - 1:
                continue
            stack.append((nxt, (*nodes, nxt), (*hops, hop), score * hop.belief))

    def label(n: str) -> str:
        return str(graph.nodes[n].get("label", n)).casefold()

    found.sort(key=lambda p: (-round(p.score, 12), p.length, [label(n) for n in p.nodes]))
    return found[:top]


# ---------------------------------------------------------------------------------------------
# Text output


def _citation(ev: Mapping[str, Any]) -> str:
    cites = []
    for c in ev.get("citations") or ():
        if c.get("doi"):
            cites.append(f"doi:{c['doi']}")
        elif c.get("pmid"):
            cites.append(f"PMID {c['pmid']}")
        else:
            cites.append(str(c.get("key", "")))
    return "; ".join(x for x in cites if x)


def format_paths(graph: Graph, source_id: str, target_id: str, paths: list[Path], max_hops: int,
                 evidence_per_hop: int = 1) -> str:
    """Human-readable listing: each path, each hop with its best evidence sentence and citation."""

    def name(n: str) -> str:
        return f"{graph.nodes[n].get('label', n)} ({n})"

    lines = [f"exokg explain: {name(source_id)} -> {name(target_id)}"]
    if not paths:
        lines.append(f"no mechanism path within {max_hops} hops")
        return "\n".join(lines)
    lines.append(f"{len(paths)} path(s), ranked by product of beliefs, then length")
    for i, path in enumerate(paths, start=1):
        lines.append("")
        lines.append(f"{i}. score {path.score:.3f}, {path.length} hop(s), net effect {path.polarity}")
        for hop in path.hops:
            what = hop.label if hop.kind == "pooled_effect" else hop.relation
            extra = "pooled effect" if hop.kind == "pooled_effect" else f"{hop.support} stud{'y' if hop.support == 1 else 'ies'}"
            flag = ", contradicted" if hop.contradicted else ""
            lines.append(f"   {graph.nodes[hop.source].get('label', hop.source)} --{what} [{hop.polarity}] "
                         f"(belief {hop.belief:.2f}, {extra}{flag})--> "
                         f"{graph.nodes[hop.target].get('label', hop.target)}")
            for ev in hop.evidence[:evidence_per_hop]:
                sentence = " ".join(str(ev.get("sentence", "")).split())
                where = ", ".join(x for x in (ev.get("document", ""), ev.get("section", "")) if x)
                cite = _citation(ev)
                marks = "".join([" (hedged)" if ev.get("hedged") else ""])
                lines.append(f"      \"{sentence}\"{marks}")
                lines.append(f"      -- {where}" + (f"; cites {cite}" if cite else ""))
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Command line


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", metavar="A", help="where the mechanism starts: label, synonym or CURIE")
    parser.add_argument("target", metavar="B", help="where it ends: label, synonym or CURIE")
    parser.add_argument("--out", type=FilePath, default=FilePath("out"),
                        help="folder holding graph.json (built there from the bundled corpus if missing)")
    parser.add_argument("--max-hops", type=int, default=DEFAULT_MAX_HOPS, help="longest path (default: 4)")
    parser.add_argument("--top", type=int, default=DEFAULT_TOP, help="how many paths to list (default: 10)")
    parser.add_argument("--json", action="store_true", help="print the paths as one JSON document")


def load_graph(out_dir: FilePath) -> Graph:
    """``out_dir/graph.json``, building the graph from the bundled corpus first if it is missing."""
    from kg.graph import from_node_link

    path = out_dir / "graph.json"
    if not path.exists():
        from kg.pipeline import build

        print(f"exokg explain: {path} not found; building the graph first", file=sys.stderr)
        build(None, out_dir, progress=False)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: not a readable graph ({exc})") from None
    return from_node_link(data)


def run(args: argparse.Namespace) -> int:
    graph = load_graph(args.out)
    source = resolve_entity(graph, args.source)
    target = resolve_entity(graph, args.target)
    paths = mechanism_paths(graph, source, target, args.max_hops, args.top)
    if args.json:
        doc = {"source": source, "target": target, "max_hops": args.max_hops,
               "paths": [p.to_dict(graph) for p in paths]}
        print(json.dumps(doc, ensure_ascii=False, indent=1))
    else:
        print(format_paths(graph, source, target, paths, args.max_hops))
    return 0
