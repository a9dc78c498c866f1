"""``exokg explain A B``: the mechanism paths from A to B in the built graph, ranked, with evidence.

A path is a chain of assembled statements, e.g. bone marrow MSC -> BMSC exosomes -> miR-124-3p
-> Ern1 -> macrophage polarization. Each hop is one graph edge read in the direction of the
claim, with two exceptions that make mechanism chains walkable:

- ``derived_from`` is walked from the source cell to the vesicle preparation ("BM-MSCs
  release BMSC exosomes"), i.e. against the edge;
- a pooled effect (a meta-analysis result such as "WMD 3.47 [3.31, 3.63], k = 30") is a hop
  from its intervention to its outcome; its weight is ``EFFECT_BELIEF_SIGNIFICANT`` when the
  confidence interval excludes no effect and ``EFFECT_BELIEF_NOT_SIGNIFICANT`` otherwise,
  and its sign is the sign of the estimate;
- a path may open with an ``includes`` hop from an entity to a narrower one, a preparation the
  lexicon names a kind of it (graph attribute ``broader``): "exosome includes bone marrow MSC-derived
  exosomes", "MSC-derived exosomes includes umbilical cord MSC-derived exosomes". Its belief is 1 and
  it passes the sign on, so asking from "MSC exosomes" also finds what each MSC source's exosomes do.
  Only the first hop of a path may be one: a claim about MSC exosomes is never read as one about the
  exosomes of a particular source;
- a path may close with an ``is_a`` hop from an entity to a kind it is one of (the same ``broader``
  attribute: GO's classes among the lexicon's processes and pathways), so "BMSC exosomes decrease
  neuronal apoptosis, which is a kind of apoptosis" answers a question about apoptosis. Its belief is
  1 and it passes the sign on. Only the last hop may be one (what holds of neuronal apoptosis is not
  passed on as a claim about apoptosis in general), and never right after an ``includes`` hop (a
  path of kinds alone says nothing);
- a path may close with a ``measures`` hop from an outcome measure to the outcome it rises and falls
  with (graph attribute ``measures``: BBB score measures motor function, Evans blue extravasation
  blood-spinal cord barrier disruption), so the pooled effect on BBB scores answers a question about
  motor function. Its belief is 1, it passes the sign on, and it is a last hop as ``is_a`` is.

Paths are simple (no node twice), at most ``max_hops`` long, and ranked by the product of
their hops' beliefs (higher first), then by length (shorter first), then by node labels, then by
edge ids, so the order is stable. Between two nodes only the highest-belief statement edge (and
the best pooled effect) is used for a hop. The net effect of a path is the product of the hop
signs ((-)(-) = +; an unsigned hop makes it unsigned; ``source_of``, ``carries`` and
``marker_for`` pass the sign on).

The search is best-first over a :class:`PathIndex` (the walkable graph in flat arrays, built once
per graph): partial paths are taken in ranking order and the first ``top`` complete ones are the
answer, so a query on a million-edge graph looks at a few thousand partial paths rather than all
of them; a cap on generated partial paths (``DEFAULT_MAX_GENERATED``) bounds the rest.

:func:`resolve_entity`, :class:`PathIndex` and :func:`mechanism_paths` are what the API reuses
(it builds the index once at start-up); :func:`run` is the command line.
"""

from __future__ import annotations

import argparse
import difflib
import gc
import heapq
import itertools
import json
import math
import re
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path as FilePath
from typing import Any

import numpy as np

from kg.errors import InputError, QueryError
from kg.model import BiasAssessment, Polarity

EFFECT_BELIEF_SIGNIFICANT = 0.95
EFFECT_BELIEF_NOT_SIGNIFICANT = 0.5
DEFAULT_MAX_HOPS = 4
DEFAULT_TOP = 10
DEFAULT_MAX_GENERATED = 40_000  # partial paths one search generates at most (~0.3 s) before answering
REVERSED = {"derived_from": "source_of"}  # relations walked against the edge, and the name of the walk
# a pooled effect's own edges (walked as one effect hop instead); where vesicles go, which moves nothing
NOT_WALKED = {"intervention", "outcome", "taken_up_by"}

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
    kind: str = "statement"  # "statement" | "pooled_effect" | "narrower" | "broader" | "measure"
    support: int = 0
    contradicted: bool = False
    evidence: tuple[Mapping[str, Any], ...] = ()
    label: str = ""  # a pooled effect's "WMD 3.47 [3.31, 3.63], k=30"
    setting: tuple[tuple[str, str], ...] = ()  # the statement's qualifiers: species, preconditioning, ...
    bias: tuple[str, ...] = ()  # a pooled effect's publication-bias checks, one line each

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source, "target": self.target, "relation": self.relation, "polarity": self.polarity,
            "belief": self.belief, "edge": self.edge_id, "kind": self.kind, "support": self.support,
            "contradicted": self.contradicted, "label": self.label, "setting": dict(self.setting),
            "bias": list(self.bias), "evidence": [dict(e) for e in self.evidence],
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
                  label=str(data.get("label", "")),
                  bias=tuple(BiasAssessment.from_dict(b).summary() for b in data.get("bias") or ()))


INCLUDES = "includes"  # the relation of a hop from an entity to a narrower one
KIND_OF = "is_a"  # the relation of a hop from an entity to a broader one
MEASURES = "measures"  # the relation of a hop from an outcome measure to the outcome it moves with


def _kind_hops(graph: Graph) -> Iterator[Hop]:
    """For every entity a node names as ``broader`` (and the graph holds), an ``includes`` hop from it to
    the node and an ``is_a`` hop back; for every outcome a measure ``measures``, a ``measures`` hop to it."""
    for node, data in graph.nodes(data=True):
        for broader in data.get("broader") or ():
            if broader != node and broader in graph:
                yield Hop(broader, node, INCLUDES, "+", 1.0, f"{INCLUDES}:{broader}:{node}", kind="narrower")
                yield Hop(node, broader, KIND_OF, "+", 1.0, f"{KIND_OF}:{node}:{broader}", kind="broader")
        for outcome in data.get("measures") or ():
            if outcome != node and outcome in graph:
                yield Hop(node, outcome, MEASURES, "+", 1.0, f"{MEASURES}:{node}:{outcome}", kind="measure")


def _evidence_rank(ev: Mapping[str, Any]) -> tuple:
    """Best evidence first: not negated, not hedged, most reliable rule, cited, then document order."""
    from kg.assemble import rule_reliability

    return (bool(ev.get("negated")), bool(ev.get("hedged")), -rule_reliability(str(ev.get("rule", ""))),
            not ev.get("citations"), ev.get("document", ""), ev.get("start", 0))


def _statement_hop(source: str, target: str, data: Mapping[str, Any]) -> Hop:
    """The hop of one statement edge (``source``/``target`` already in walking order)."""
    relation = data.get("relation", "")
    evidence = tuple(sorted(data.get("evidence") or (), key=_evidence_rank))
    setting = tuple(sorted((str(k), str(v)) for k, v in (data.get("qualifiers") or {}).items()))
    return Hop(source, target, REVERSED.get(relation, relation), data.get("polarity", "0"), float(data["belief"]),
               data.get("id", ""), support=int(data.get("support") or 0), contradicted=bool(data.get("contradicts")),
               evidence=evidence, setting=setting)


_SLOT_SUFFIX = {"pooled_effect": "effect", "narrower": "narrower", "broader": "broader",
                "measure": "measure"}  # hops with a slot beside a statement's
_SLOT_NUMBER = {kind: i for i, kind in enumerate(_SLOT_SUFFIX, start=1)}  # PathIndex: slot i * nodes + target


def walk_edges(graph: Graph) -> dict[str, dict[str, Hop]]:
    """The walkable graph: source -> slot -> the best hop (one statement and one pooled effect per pair).

    A slot is the target node id, or ``target + "\\x00effect"`` for a pooled-effect hop and
    ``target + "\\x00narrower"`` for an ``includes`` hop (usable as a path's first hop only) and
    ``target + "\\x00broader"`` for an ``is_a`` hop and ``target + "\\x00measure"`` for a ``measures`` hop
    (its last hop only).
    """
    best: dict[str, dict[str, Hop]] = {}

    def keep(hop: Hop) -> None:
        slot = hop.target if hop.kind == "statement" else f"{hop.target}\x00{_SLOT_SUFFIX[hop.kind]}"
        current = best.setdefault(hop.source, {}).get(slot)
        if current is None or (hop.belief, hop.edge_id) > (current.belief, current.edge_id):
            best[hop.source][slot] = hop

    for u, v, data in graph.edges(data=True):
        relation = data.get("relation", "")
        if relation in NOT_WALKED or data.get("belief") is None:
            continue
        source, target = (v, u) if relation in REVERSED else (u, v)
        keep(_statement_hop(source, target, data))
    for hop in itertools.chain(_effect_hops(graph), _kind_hops(graph)):
        keep(hop)
    return best


TRANSPARENT = {"source_of", "carries", "marker_for", INCLUDES, KIND_OF, MEASURES}  # hops that pass a sign through unchanged


def _compose(hops: tuple[Hop, ...]) -> str:
    """Net sign of a path: signed hops multiply, unsigned ones make it unsigned, structural ones pass."""
    out = Polarity.POSITIVE
    for hop in hops:
        if hop.relation in TRANSPARENT:
            continue
        out = out.compose(Polarity(hop.polarity))
    return out.value


@dataclass(frozen=True, slots=True)
class PathSearch:
    """The answer of one search: the ranked paths, and whether the search ran to the end.

    ``complete`` is False when the search stopped at its cap on generated partial paths: the
    paths listed first are still the best ones in the exact order, but fewer than ``top`` may have
    been proven best, and the rest are the best found so far (a strongest-first depth-first walk
    adds some when ties kept the best-first search from completing any).
    """

    paths: list[Path]
    complete: bool
    generated: int


class PathIndex:
    """The walkable graph of :func:`walk_edges` in compact arrays, built once and searched many times.

    Nodes are numbered; each node's hops (the best statement and the best pooled effect per
    neighbour) sit in one slice of flat numpy arrays, strongest belief first, with the reverse
    adjacency beside them for the backward breadth-first search that bounds a query. Hops are
    turned into :class:`Hop` objects (evidence sorted) only for the paths that are returned, so a
    query costs the partial paths it looks at, not the size of the graph.

    A search is best-first: partial paths leave a priority queue in the order of the final
    ranking key (score rounded to 12 digits descending, then length, then node labels, then edge
    ids). Beliefs lie in [0, 1], so extending a path never raises its score and never shortens
    it: the key of a partial path bounds the keys of all its extensions, and the first ``top``
    complete paths to leave the queue are the ``top`` best. A cap on generated partial paths
    bounds the work of a query whatever the graph.
    """

    def __init__(self, graph: Graph) -> None:
        # a million small tuples are made and dropped below, none of them cyclic: without this, the
        # collector would walk the whole graph again and again (2.5x slower on a million edges)
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            self._build(graph)
        finally:
            if was_enabled:
                gc.enable()

    def _build(self, graph: Graph) -> None:
        ids: list[str] = list(graph.nodes)
        pos = {n: i for i, n in enumerate(ids)}
        self.graph = graph
        self.ids = ids
        self.pos = pos
        folded = [str(graph.nodes[n].get("label", n)).casefold() for n in ids]
        ranks = {name: r for r, name in enumerate(sorted(set(folded)))}
        self.label_rank: list[int] = [ranks[name] for name in folded]

        # best hop per (source, slot), exactly as walk_edges keeps it: highest (belief, edge id), first wins a tie
        best: dict[tuple[int, int], tuple[float, str, Any]] = {}
        n = len(ids)
        for u, v, data in graph.edges(data=True):
            relation = data.get("relation", "")
            if relation in NOT_WALKED or data.get("belief") is None:
                continue
            belief = _checked_belief(data["belief"], data.get("id", ""))
            source, target = (v, u) if relation in REVERSED else (u, v)
            key = (pos[source], pos[target])
            edge_id = data.get("id", "")
            current = best.get(key)
            if current is None or (belief, edge_id) > current[:2]:
                best[key] = (belief, edge_id, data)
        for hop in itertools.chain(_effect_hops(graph), _kind_hops(graph)):
            if hop.source not in pos or hop.target not in pos:
                continue
            # a pooled effect, an includes, an is_a and a measures hop each have a slot of their own
            key = (pos[hop.source], _SLOT_NUMBER[hop.kind] * n + pos[hop.target])
            current = best.get(key)
            if current is None or (hop.belief, hop.edge_id) > current[:2]:
                best[key] = (hop.belief, hop.edge_id, hop)

        m = len(best)
        src = np.fromiter((k[0] for k in best), dtype=np.int64, count=m)
        dst = np.fromiter((k[1] % n for k in best), dtype=np.int64, count=m)
        belief = np.fromiter((b[0] for b in best.values()), dtype=np.float64, count=m)
        order = np.lexsort((-belief, src))  # by source, strongest first within a source
        values = list(best.values())
        del best
        self.hop_edge_id: list[str] = [values[i][1] for i in order.tolist()]
        self.hop_ref: list[Any] = [values[i][2] for i in order.tolist()]  # edge attributes, or an effect Hop
        del values
        # includes hops: a path's first hop only; is_a and measures hops: its last hop only, never after an
        # includes hop
        self.first_only: list[bool] = [isinstance(ref, Hop) and ref.kind == "narrower" for ref in self.hop_ref]
        self.last_only: list[bool] = [isinstance(ref, Hop) and ref.kind in {"broader", "measure"}
                                      for ref in self.hop_ref]
        self.out_dst = dst[order]
        self.out_belief = belief[order]
        self.out_ptr = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.bincount(src, minlength=n), out=self.out_ptr[1:])
        back = np.argsort(self.out_dst, kind="stable")
        self.in_src = src[order][back]
        self.in_ptr = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.bincount(self.out_dst, minlength=n), out=self.in_ptr[1:])

    @classmethod
    def from_graph(cls, graph: Graph) -> PathIndex:
        """Index ``graph`` (kg.graph's MultiDiGraph); reuse the index for every query on that graph."""
        return cls(graph)

    def __len__(self) -> int:
        return len(self.hop_ref)

    def distances_to(self, target: int, max_hops: int) -> np.ndarray:
        """Hops needed from every node to reach ``target`` (``max_hops + 1`` when more than ``max_hops``)."""
        far = max_hops + 1
        dist = np.full(len(self.ids), far, dtype=np.int64)
        dist[target] = 0
        frontier = np.asarray([target], dtype=np.int64)
        for level in range(1, max_hops + 1):
            starts, ends = self.in_ptr[frontier], self.in_ptr[frontier + 1]
            lengths = ends - starts
            total = int(lengths.sum())
            if not total:
                break
            offsets = np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(total)
            found = self.in_src[offsets]
            found = np.unique(found[dist[found] == far])
            if not found.size:
                break
            dist[found] = level
            frontier = found
        return dist

    def hop(self, index: int, source: int, target: int) -> Hop:
        """The :class:`Hop` of hop ``index`` between node numbers ``source`` and ``target``."""
        ref = self.hop_ref[index]
        if isinstance(ref, Hop):
            return ref
        return _statement_hop(self.ids[source], self.ids[target], ref)

    def search(self, source_id: str, target_id: str, max_hops: int = DEFAULT_MAX_HOPS, top: int = DEFAULT_TOP,
               max_generated: int = DEFAULT_MAX_GENERATED) -> PathSearch:
        """The ``top`` best simple paths of at most ``max_hops`` hops, best-first (see the class)."""
        _check_query(self.pos, source_id, target_id, max_hops, top)
        if max_generated < 1:
            raise QueryError(f"the cap on generated paths must be at least 1, got {max_generated}")
        if source_id == target_id:
            return PathSearch([], True, 0)
        source, target = self.pos[source_id], self.pos[target_id]
        dist = self.distances_to(target, max_hops)
        if dist[source] > max_hops:
            return PathSearch([], True, 0)
        ptr, out_dst, out_belief, edge_ids, ranks = self.out_ptr, self.out_dst, self.out_belief, self.hop_edge_id, \
            self.label_rank
        takes = self._takes
        # queue entries: (-rounded score, hops, label ranks, edge ids, tie, score, node, nodes, hop indices)
        queue: list[tuple] = [(-1.0, 0, (ranks[source],), (), 0, 1.0, source, (source,), ())]
        done: list[tuple] = []
        best_scores: list[float] = []  # rounded scores of the best complete paths generated so far (min-heap)
        generated = 0
        complete = True
        while queue:
            entry = heapq.heappop(queue)
            neg, length, _, _, _, score, node, nodes, hops = entry
            if node == target:
                done.append(entry)
                if len(done) == top:
                    break
                continue
            if len(best_scores) == top and -neg < best_scores[0]:
                continue  # top complete paths already beat it and everything it leads to
            if generated >= max_generated:
                heapq.heappush(queue, entry)
                complete = False
                break
            left = max_hops - length
            a, b = int(ptr[node]), int(ptr[node + 1])
            neighbours = out_dst[a:b]
            usable = np.flatnonzero(dist[neighbours] < left).tolist()
            if not usable:
                continue
            targets = neighbours[usable].tolist()
            beliefs = out_belief[a:b][usable].tolist()
            entry_ranks, entry_edges = entry[2], entry[3]
            for k, nxt, belief in zip(usable, targets, beliefs, strict=True):
                if not takes(a + k, nxt, target, nodes, hops):
                    continue
                value = score * belief
                rounded = round(value, 12)
                if len(best_scores) == top and rounded < best_scores[0]:
                    break  # hops are strongest first: the rest score lower still
                generated += 1
                hop_index = a + k
                heapq.heappush(queue, (-rounded, length + 1, (*entry_ranks, ranks[nxt]),
                                       (*entry_edges, edge_ids[hop_index]), generated, value, nxt, (*nodes, nxt),
                                       (*hops, hop_index)))
                if nxt == target:
                    if len(best_scores) < top:
                        heapq.heappush(best_scores, rounded)
                    elif rounded > best_scores[0]:
                        heapq.heapreplace(best_scores, rounded)
        if not complete and len(done) < top:
            # stopped at the cap: add the complete paths already generated and, as many ties can keep
            # best-first from reaching any, a strongest-first depth-first walk's; rank them all
            taken = {e[8] for e in done}
            extra = [e for e in queue if e[6] == target]
            extra += self._depth_first(source, target, dist, max_hops, top, max(100, max_generated // 4))
            rest: dict[tuple[int, ...], tuple] = {}
            for e in sorted(extra):
                if e[8] not in taken:
                    rest.setdefault(e[8], e)
            done.extend(list(rest.values())[:top - len(done)])
        return PathSearch([self._path(e[7], e[8], e[5]) for e in done], complete, generated)

    def _depth_first(self, source: int, target: int, dist: np.ndarray, max_hops: int, want: int,
                     budget: int) -> list[tuple]:
        """Up to ``want`` complete paths, strongest hops first, in at most ``budget`` generated steps."""
        ptr, out_dst, out_belief, edge_ids, ranks = self.out_ptr, self.out_dst, self.out_belief, self.hop_edge_id, \
            self.label_rank
        found: list[tuple] = []
        stack: list[tuple[int, tuple[int, ...], tuple[int, ...], float]] = [(source, (source,), (), 1.0)]
        generated = 0
        while stack and len(found) < want and generated < budget:
            node, nodes, hops, score = stack.pop()
            if node == target:
                found.append((-round(score, 12), len(hops), tuple(ranks[n] for n in nodes),
                              tuple(edge_ids[h] for h in hops), 0, score, node, nodes, hops))
                continue
            a, b = int(ptr[node]), int(ptr[node + 1])
            neighbours = out_dst[a:b]
            usable = np.flatnonzero(dist[neighbours] < max_hops - len(hops)).tolist()
            children = [(nxt, a + k, belief) for k, nxt, belief in zip(
                usable, neighbours[usable].tolist(), out_belief[a:b][usable].tolist(), strict=True)
                if self._takes(a + k, nxt, target, nodes, hops)]
            generated += len(children)
            for nxt, hop_index, belief in reversed(children):  # the strongest is taken first
                stack.append((nxt, (*nodes, nxt), (*hops, hop_index), score * belief))
        return found

    def _takes(self, hop_index: int, nxt: int, target: int, nodes: tuple[int, ...], hops: tuple[int, ...]) -> bool:
        """Whether a path (``nodes`` by ``hops``) may go on by hop ``hop_index`` to ``nxt``: simple paths; an
        includes hop first only; an is_a or measures hop last only (into the target), never right after an
        includes hop."""
        if nxt in nodes or (hops and self.first_only[hop_index]):
            return False
        return not self.last_only[hop_index] or (nxt == target and not (len(hops) == 1 and self.first_only[hops[0]]))

    def _path(self, nodes: tuple[int, ...], hops: tuple[int, ...], score: float) -> Path:
        made = tuple(self.hop(h, nodes[i], nodes[i + 1]) for i, h in enumerate(hops))
        return Path(tuple(self.ids[n] for n in nodes), made, score, _compose(made))


def _checked_belief(value: Any, edge_id: str) -> float:
    """A statement's belief as a float in [0, 1] (the search relies on it), else a clear error."""
    try:
        belief = float(value)
    except (TypeError, ValueError):
        belief = math.nan
    if not 0.0 <= belief <= 1.0:
        raise InputError(f"edge {edge_id or '?'}: belief {value!r} is not a number between 0 and 1")
    return belief


def _check_query(nodes: Any, source_id: str, target_id: str, max_hops: int, top: int) -> None:
    if max_hops < 1:
        raise QueryError(f"max hops must be at least 1, got {max_hops}")
    if top < 1:
        raise QueryError(f"top must be at least 1, got {top}")
    for node in (source_id, target_id):
        if node not in nodes:
            raise QueryError(f"{node} is not a node of the graph")


def mechanism_paths(graph: Graph, source_id: str, target_id: str, max_hops: int = DEFAULT_MAX_HOPS,
                    top: int = DEFAULT_TOP, *, index: PathIndex | None = None,
                    max_generated: int = DEFAULT_MAX_GENERATED) -> list[Path]:
    """The ``top`` best simple paths of at most ``max_hops`` hops from ``source_id`` to ``target_id``.

    Pass ``index`` (a :class:`PathIndex` of ``graph``) when asking more than one question of the
    same graph; without it the graph is indexed for this one call.
    """
    _check_query(graph, source_id, target_id, max_hops, top)
    if source_id == target_id:
        return []
    if index is None:
        index = PathIndex.from_graph(graph)
    return index.search(source_id, target_id, max_hops, top, max_generated).paths


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
            if hop.kind == "narrower":
                lines.append(f"   {graph.nodes[hop.source].get('label', hop.source)} --includes--> "
                             f"{graph.nodes[hop.target].get('label', hop.target)} (a kind of it, in the lexicon)")
                continue
            if hop.kind == "broader":
                lines.append(f"   {graph.nodes[hop.source].get('label', hop.source)} --is_a--> "
                             f"{graph.nodes[hop.target].get('label', hop.target)} (a kind it is one of, in the lexicon)")
                continue
            if hop.kind == "measure":
                lines.append(f"   {graph.nodes[hop.source].get('label', hop.source)} --measures--> "
                             f"{graph.nodes[hop.target].get('label', hop.target)} (the outcome it rises and falls with, "
                             "in the lexicon)")
                continue
            extra = "pooled effect" if hop.kind == "pooled_effect" else f"{hop.support} stud{'y' if hop.support == 1 else 'ies'}"
            flag = ", contradicted" if hop.contradicted else ""
            setting = "".join(f", {k} {v}" for k, v in hop.setting)  # "species rat", "preconditioning hypoxia"
            lines.append(f"   {graph.nodes[hop.source].get('label', hop.source)} --{what} [{hop.polarity}] "
                         f"(belief {hop.belief:.2f}, {extra}{flag}{setting})--> "
                         f"{graph.nodes[hop.target].get('label', hop.target)}")
            if hop.bias:
                lines.append(f"      publication bias: {'; '.join(hop.bias)}")
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
