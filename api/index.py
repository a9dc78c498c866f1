"""A read-only in-memory index over the assembled graph, built once when the server starts.

Every request the API answers is a lookup in these tables, never a scan of the networkx graph:

- nodes and edges are numbered; per node, its incident edges are kept in one list sorted by
  belief (strongest first), so a neighbourhood walk visits the best-supported neighbours first
  and stops at the node cap without sorting anything per request;
- names (labels, synonyms, CURIEs, cross-references) sit in exact-match tables under three
  spellings (case-folded, punctuation-free, Greek letters spelled out or reduced to a Latin
  letter: ``NF-κB``, ``nf-kb``, ``NFkappaB`` all meet), plus a trigram index (numpy postings) for
  misspellings, scored with Dice overlap and re-ranked with ``difflib``;
- statements are kept in one global order (belief, then id) with per-node, per-predicate and
  per-document lists in that same order, so filtered, paginated listings need no sorting.
- mechanism paths are searched in a :class:`kg.explain.PathIndex` (the walkable graph in flat
  arrays), so ``/api/v1/paths`` costs the partial paths it looks at, not the size of the graph.

Serialized JSON fragments of nodes and edges are cached on first use: a depth-2 neighbourhood
of a million-edge graph is a walk over integer lists plus one ``str.join``.
"""

from __future__ import annotations

import difflib
import json
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from kg.explain import PathIndex
from kg.pico import EFFECT_LINKS, LINK_RELATIONS, POPULATION_LINKS
from kg.vocab import predicates

# Links of pooled effects (intervention, outcome, population, comparator) and of populations
# (organism, condition): not statements, no belief of their own.
EFFECT_RELATIONS = LINK_RELATIONS

GREEK_NAMES = {
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "ζ": "zeta", "η": "eta",
    "θ": "theta", "ι": "iota", "κ": "kappa", "λ": "lambda", "μ": "mu", "ν": "nu", "ξ": "xi",
    "ο": "omicron", "π": "pi", "ρ": "rho", "σ": "sigma", "ς": "sigma", "τ": "tau", "υ": "upsilon",
    "φ": "phi", "χ": "chi", "ψ": "psi", "ω": "omega",
}
GREEK_LETTERS = {g: ("o" if name == "omega" else name[0]) for g, name in GREEK_NAMES.items()}
_NOT_ALNUM = re.compile(r"[\W_]+", re.UNICODE)
_SPACES = re.compile(r"\s+")

# Scores of the ways a name can match a query (the highest one wins for each node).
SCORE_EXACT_CASE = 1.0
SCORE_EXACT = 0.99
SCORE_SQUASHED = 0.96
SCORE_SYNONYM = 0.95
SCORE_XREF = 0.94
FUZZY_FLOOR = 0.5
SEP = (",", ":")
RERANK = 30  # trigram candidates re-scored with difflib per query
POSTING_BUDGET = 30_000  # trigram postings merged per query at most (beyond the rarest trigram)


def fold(text: str) -> str:
    """Case- and width-insensitive form: NFKC, casefold, single spaces."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


_AS_LETTER = str.maketrans(GREEK_LETTERS)
_AS_NAME = str.maketrans(GREEK_NAMES)


def squashed_forms(text: str) -> tuple[str, ...]:
    """Punctuation-free spellings of a name: Greek letters as one Latin letter and as their names."""
    folded = fold(text)
    first = _NOT_ALNUM.sub("", folded.translate(_AS_LETTER))
    second = _NOT_ALNUM.sub("", folded.translate(_AS_NAME))
    if second == first or not second:
        return (first,) if first else ()
    return (first, second) if first else (second,)


def trigrams(key: str) -> set[str]:
    """Padded character trigrams (two leading spaces, one trailing, as pg_trgm does)."""
    padded = f"  {key} "
    return {padded[i:i + 3] for i in range(len(padded) - 2)}


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result: a node, how well it matched and through which name."""

    node: int
    score: float
    matched: str
    match_type: str


@dataclass(slots=True)
class Walk:
    """A neighbourhood: node indices with their distance from the centre, and edge indices."""

    center: int
    nodes: dict[int, int]
    edges: list[int]
    truncated: bool


@dataclass(slots=True)
class _Names:
    """Name tables: exact lookups and the trigram index over squashed keys."""

    exact: dict[str, list[tuple[int, str, str]]] = field(default_factory=lambda: defaultdict(list))
    squashed: dict[str, list[tuple[int, str, str]]] = field(default_factory=lambda: defaultdict(list))
    keys: list[str] = field(default_factory=list)
    key_node: list[int] = field(default_factory=list)
    key_name: list[str] = field(default_factory=list)


class GraphIndex:
    """Lookup tables over one graph (networkx MultiDiGraph in kg.graph's shape), never mutated."""

    def __init__(self, graph: Any, documents: Sequence[Mapping[str, Any]] | None = None) -> None:
        self.graph = graph
        self.ids: list[str] = list(graph.nodes)
        self.pos: dict[str, int] = {n: i for i, n in enumerate(self.ids)}
        self.node_attrs: list[Mapping[str, Any]] = [graph.nodes[n] for n in self.ids]
        self.labels: list[str] = [str(a.get("label") or n) for n, a in zip(self.ids, self.node_attrs, strict=True)]
        self.categories: list[str] = [str(a.get("category") or "biolink:NamedThing") for a in self.node_attrs]
        self.kinds: list[str] = [str(a.get("kind") or "Entity") for a in self.node_attrs]
        self._lower_ids: dict[str, int] = {}
        for i, n in enumerate(self.ids):
            self._lower_ids.setdefault(n.casefold(), i)

        self._index_edges(graph)
        self._index_names()
        self._index_documents(documents if documents is not None else graph.graph.get("documents", []))
        self.path_index = PathIndex.from_graph(graph)  # mechanism paths: best-first over flat arrays
        # JSON fragments of every node and edge, made once here rather than on a neighbourhood's first
        # request: a cold depth-2 neighbourhood otherwise spends half its time making them, and
        # worker processes forked after indexing share these instead of each filling its own cache.
        self._node_json: list[str] = [self._node_fragment(n) for n in range(len(self.ids))]
        self._edge_json: list[str] = [self._edge_body(e) + "}" for e in range(len(self.edge_ids))]

    # ------------------------------------------------------------------ building

    def _index_edges(self, graph: Any) -> None:
        pos = self.pos
        src: list[int] = []
        dst: list[int] = []
        attrs: list[Mapping[str, Any]] = []
        for u, v, data in graph.edges(data=True):
            src.append(pos[u])
            dst.append(pos[v])
            attrs.append(data)
        self.edge_src = src
        self.edge_dst = dst
        self.edge_attrs = attrs
        self.edge_ids: list[str] = [str(a.get("id") or i) for i, a in enumerate(attrs)]
        self.edge_pos: dict[str, int] = {e: i for i, e in enumerate(self.edge_ids)}
        self.edge_predicate: list[str] = [str(a.get("predicate") or "") for a in attrs]
        self.edge_relation: list[str] = [str(a.get("relation") or "") for a in attrs]
        # Effect links (pooled effect -> intervention/outcome) carry no belief; they rank as certain.
        self.edge_belief: list[float] = [
            1.0 if a.get("relation") in EFFECT_RELATIONS else float(a.get("belief") or 0.0) for a in attrs]
        self.edge_evidence: list[int] = [len(a.get("evidence") or ()) for a in attrs]

        # One global order for statements: strongest belief first, then most evidence, then graph
        # order (which kg.graph makes deterministic).
        m = len(attrs)
        order_array = np.lexsort((np.arange(m), -np.asarray(self.edge_evidence, dtype=np.int64),
                                  -np.asarray(self.edge_belief, dtype=np.float64))) if m else np.zeros(0, int)
        order: list[int] = order_array.tolist()
        rank_array = np.empty(m, dtype=np.int64)
        rank_array[order_array] = np.arange(m)
        self.edge_rank: list[int] = rank_array.tolist()
        self.is_statement = [rel not in EFFECT_RELATIONS for rel in self.edge_relation]
        self.statement_order: list[int] = [e for e in order if self.is_statement[e]]

        n = len(self.ids)
        incident: list[list[int]] = [[] for _ in range(n)]
        outgoing: list[list[int]] = [[] for _ in range(n)]
        incoming: list[list[int]] = [[] for _ in range(n)]
        for e in order:
            s, t = src[e], dst[e]
            outgoing[s].append(e)
            incoming[t].append(e)
            incident[s].append(e)
            if t != s:
                incident[t].append(e)
        self.incident = incident
        self.outgoing = outgoing
        self.incoming = incoming
        # Out-edges in CSR form (numpy), to find all edges among a neighbourhood's nodes at C speed.
        lengths = np.asarray([len(x) for x in outgoing], dtype=np.int64)
        self._out_ptr = np.concatenate([np.zeros(1, dtype=np.int64), np.cumsum(lengths)])
        flat = np.fromiter((e for edges in outgoing for e in edges), dtype=np.int64, count=m)
        self._out_edge = flat
        self._edge_dst = np.asarray(dst, dtype=np.int64)
        self._edge_src = np.asarray(src, dtype=np.int64)
        self._out_dst = self._edge_dst[flat] if m else np.zeros(0, dtype=np.int64)
        self._edge_belief = np.asarray(self.edge_belief, dtype=np.float64)
        self._edge_rank = rank_array
        codes: dict[str, int] = {}
        self._relation_code = np.asarray([codes.setdefault(r, len(codes)) for r in self.edge_relation], dtype=np.int32)
        self._predicate_code = np.asarray([codes.setdefault(p, len(codes)) for p in self.edge_predicate],
                                          dtype=np.int32)
        self._predicate_codes = codes

        by_predicate: dict[str, list[int]] = defaultdict(list)
        for e in self.statement_order:
            by_predicate[self.edge_relation[e]].append(e)
            if self.edge_predicate[e] != self.edge_relation[e]:
                by_predicate[self.edge_predicate[e]].append(e)
        self.by_predicate = dict(by_predicate)

        self.effect_nodes: list[int] = [i for i, k in enumerate(self.kinds) if k == "PooledEffect"]
        self.category_counts: dict[str, int] = defaultdict(int)
        for c in self.categories:
            self.category_counts[c] += 1

    def _index_names(self) -> None:
        names = _Names()
        seen_keys: dict[tuple[str, int], int] = {}

        def add(node: int, name: str, kind: str) -> None:
            if not name:
                return
            entry = (node, name, kind)
            names.exact[fold(name)].append(entry)
            for key in squashed_forms(name):
                if entry not in names.squashed[key]:
                    names.squashed[key].append(entry)
                if (key, node) in seen_keys:
                    continue
                seen_keys[(key, node)] = len(names.keys)
                names.keys.append(key)
                names.key_node.append(node)
                names.key_name.append(name)

        for i, attrs in enumerate(self.node_attrs):
            curie = self.ids[i]
            add(i, curie, "curie")
            add(i, self.labels[i], "label")
            for syn in attrs.get("synonyms") or ():
                add(i, str(syn), "synonym")
            for xref in attrs.get("xrefs") or ():
                add(i, str(xref), "xref")
            _, _, local = curie.partition(":")
            if local and self.kinds[i] != "PooledEffect":
                add(i, local, "identifier")
        self._names = names

        postings: dict[str, list[int]] = defaultdict(list)
        sizes = np.zeros(len(names.keys), dtype=np.int32)
        for k, key in enumerate(names.keys):
            grams = trigrams(key)
            sizes[k] = len(grams)
            for g in grams:
                postings[g].append(k)
        self._postings = {g: np.asarray(ks, dtype=np.int32) for g, ks in postings.items()}
        self._key_sizes = sizes
        self._key_node = np.asarray(names.key_node, dtype=np.int64)
        self._node_degree = np.asarray([len(x) for x in self.incident], dtype=np.int64)
        category_codes: dict[str, int] = {}
        self._category_code = np.asarray(
            [category_codes.setdefault(c, len(category_codes)) for c in self.categories], dtype=np.int32)
        self._category_codes = category_codes
        kind_codes: dict[str, int] = {}
        self._kind_code = np.asarray([kind_codes.setdefault(k, len(kind_codes)) for k in self.kinds], dtype=np.int32)
        self._kind_codes = kind_codes

    def _index_documents(self, documents: Iterable[Mapping[str, Any]]) -> None:
        self.documents: dict[str, Mapping[str, Any]] = {}
        for d in documents:
            if d.get("id"):
                self.documents[str(d["id"])] = d
        by_document: dict[str, list[int]] = defaultdict(list)
        for e in self.statement_order:
            evidence = self.edge_attrs[e].get("evidence") or ()
            if len(evidence) == 1:
                by_document[str(evidence[0].get("document", ""))].append(e)
                continue
            for doc in dict.fromkeys(str(ev.get("document", "")) for ev in evidence):
                by_document[doc].append(e)
        self.by_document = dict(by_document)
        self._doc_sets: dict[str, frozenset[int]] = {}
        self._doc_evidence: dict[str, list[tuple[int, int]]] = {}

    def document_evidence(self, document: str) -> list[tuple[int, int]]:
        """(edge, evidence position) pairs read in ``document``, in reading order (cached)."""
        cached = self._doc_evidence.get(document)
        if cached is None:
            pairs = [(e, k) for e in self.by_document.get(document, ())
                     for k, ev in enumerate(self.edge_attrs[e].get("evidence") or ())
                     if str(ev.get("document", "")) == document]
            attrs, rank = self.edge_attrs, self.edge_rank
            pairs.sort(key=lambda ek: (int(attrs[ek[0]]["evidence"][ek[1]].get("start") or 0), rank[ek[0]], ek[1]))
            cached = self._doc_evidence[document] = pairs
        return cached

    # ------------------------------------------------------------------ nodes and names

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def n_edges(self) -> int:
        return len(self.edge_src)

    def degree(self, node: int) -> int:
        return len(self.incident[node])

    def known_category(self, category: str) -> str:
        """``Gene`` or ``biolink:Gene`` -> ``biolink:Gene``."""
        return category if ":" in category else f"biolink:{category}"

    def lookup(self, text: str) -> int | None:
        """Exact resolution of an id or a name: CURIE, then label, synonym, cross-reference.

        Ambiguous names go to the node whose label matches, then the best-connected one.
        """
        text = text.strip()
        if not text:
            return None
        if text in self.pos:
            return self.pos[text]
        if text.casefold() in self._lower_ids:
            return self._lower_ids[text.casefold()]
        entries = self._names.exact.get(fold(text))
        if not entries:
            for key in squashed_forms(text):
                entries = self._names.squashed.get(key)
                if entries:
                    break
        if not entries:
            return None
        preference = {"label": 0, "curie": 0, "synonym": 1, "xref": 2, "identifier": 3}
        best = min(entries, key=lambda e: (e[1] != text, preference.get(e[2], 4), -self.degree(e[0]),
                                           self.ids[e[0]]))
        return best[0]

    def search(self, query: str, *, categories: Iterable[str] = (), kinds: Iterable[str] = (),
               limit: int = 10) -> list[Hit]:
        """Entities whose label, synonym, CURIE or cross-reference best match ``query``.

        Exact matches (any case, any punctuation, Greek spelled either way) score near 1;
        misspellings are found through shared trigrams and scored with difflib's ratio.
        """
        query = query.strip()
        if not query or limit <= 0:
            return []
        wanted_categories = {self.known_category(c) for c in categories if c}
        wanted_kinds = set(kinds)

        def allowed(node: int) -> bool:
            if wanted_categories and self.categories[node] not in wanted_categories:
                return False
            return not (wanted_kinds and self.kinds[node] not in wanted_kinds)

        best: dict[int, Hit] = {}

        def offer(hit: Hit) -> None:
            if not allowed(hit.node):
                return
            old = best.get(hit.node)
            if old is None or hit.score > old.score:
                best[hit.node] = hit

        folded = fold(query)
        exact_scores = {"curie": SCORE_EXACT, "label": SCORE_EXACT, "synonym": SCORE_SYNONYM,
                        "xref": SCORE_XREF, "identifier": SCORE_XREF}
        for node, name, kind in self._names.exact.get(folded, ()):
            score = SCORE_EXACT_CASE if name == query and kind in ("curie", "label") else exact_scores[kind]
            offer(Hit(node, score, name, "exact" if kind in ("curie", "label") else kind))
        keys = squashed_forms(query)
        for key in keys:
            for node, name, kind in self._names.squashed.get(key, ()):
                offer(Hit(node, min(SCORE_SQUASHED, exact_scores[kind]), name, "normalized"))

        for key in keys[:1]:
            matcher = difflib.SequenceMatcher(None, autojunk=False)
            matcher.set_seq2(key)  # the query's index is built once, candidates vary
            for k, dice in self._trigram_candidates(key, wanted_categories, wanted_kinds):
                candidate = self._names.keys[k]
                if len(key) >= 2 and candidate.startswith(key):
                    score, match_type = max(0.75 + 0.15 * len(key) / len(candidate), dice * 0.9), "prefix"
                elif len(key) >= 3 and key in candidate:
                    score, match_type = max(0.7 + 0.15 * len(key) / len(candidate), dice * 0.9), "substring"
                else:
                    matcher.set_seq1(candidate)
                    # cheap upper bounds first: most candidates cannot reach the floor
                    if matcher.real_quick_ratio() * 0.9 < FUZZY_FLOOR or matcher.quick_ratio() * 0.9 < FUZZY_FLOOR:
                        continue
                    score, match_type = max(matcher.ratio(), dice) * 0.9, "fuzzy"
                if score >= FUZZY_FLOOR:
                    offer(Hit(int(self._key_node[k]), round(score, 4), self._names.key_name[k], match_type))

        ranked = sorted(best.values(), key=lambda h: (-h.score, -self.degree(h.node), self.ids[h.node]))
        return ranked[:limit]

    def _trigram_candidates(self, key: str, categories: set[str], kinds: set[str]) -> Iterator[tuple[int, float]]:
        grams = sorted((g for g in trigrams(key) if g in self._postings), key=lambda g: len(self._postings[g]))
        if not grams:
            return
        # Rarest trigrams first, within a budget: very common trigrams ("gen" in a million gene names)
        # add cost but barely change which names are closest; difflib scores the survivors exactly.
        chosen, size = [], 0
        for g in grams:
            if chosen and size + len(self._postings[g]) > POSTING_BUDGET:
                break
            chosen.append(g)
            size += len(self._postings[g])
        # Count how often each name key occurs among the postings by sorting them: a count array over
        # every key (hundreds of thousands on a large graph) cost more than the postings themselves.
        hits = np.sort(np.concatenate([self._postings[g] for g in chosen]))
        first = np.empty(len(hits), dtype=bool)
        first[0] = True
        np.not_equal(hits[1:], hits[:-1], out=first[1:])
        starts = np.flatnonzero(first)
        keys = hits[starts].astype(np.int64)
        counts = np.diff(np.append(starts, len(hits)))
        dice = (2.0 * counts) / (len(trigrams(key)) + self._key_sizes[keys])
        if categories or kinds:
            nodes = self._key_node[keys]
            mask = np.ones(len(keys), dtype=bool)
            if categories:
                codes = [self._category_codes[c] for c in categories if c in self._category_codes]
                mask &= np.isin(self._category_code[nodes], codes)
            if kinds:
                mask &= np.isin(self._kind_code[nodes], [self._kind_codes[k] for k in kinds if k in self._kind_codes])
            keys, dice = keys[mask], dice[mask]
        n = min(RERANK, len(keys))
        if n == 0:
            return
        top = np.argpartition(-dice, n - 1)[:n] if n < len(keys) else np.arange(len(keys))
        top = top[np.lexsort((keys[top], -dice[top]))]
        for t in top:
            yield int(keys[t]), float(dice[t])

    def suggestions(self, text: str, limit: int = 5) -> list[dict[str, Any]]:
        """Close matches for an unknown id or name (for 404 answers)."""
        return [{"id": self.ids[h.node], "label": self.labels[h.node], "category": self.categories[h.node],
                 "score": h.score} for h in self.search(text[:200], limit=limit)]

    # ------------------------------------------------------------------ neighbourhoods

    def neighbourhood(self, center: int, *, depth: int = 1, categories: frozenset[str] | None = None,
                      predicates: frozenset[str] | None = None, min_belief: float = 0.0,
                      max_nodes: int = 200, max_edges: int = 1000, direction: str = "both") -> Walk:
        """Breadth-first walk from ``center`` up to ``depth`` hops, strongest edges first.

        Stops adding nodes at ``max_nodes`` and edges at ``max_edges`` (``truncated`` says so).
        ``categories`` restricts the nodes reached (the centre is always kept), ``predicates``
        the edges followed (exokg or Biolink names).
        """
        lists = {"both": self.incident, "out": self.outgoing, "in": self.incoming}[direction]
        src, dst = self.edge_src, self.edge_dst
        relation, predicate, belief = self.edge_relation, self.edge_predicate, self.edge_belief
        cats = self.categories
        reached: dict[int, int] = {center: 0}
        frontier = [center]
        truncated = False
        for d in range(1, depth + 1):
            nxt: list[int] = []
            for node in frontier:
                for e in lists[node]:
                    if belief[e] < min_belief:
                        break  # lists are sorted by belief: nothing stronger follows
                    other = dst[e] if src[e] == node else src[e]
                    if other in reached:
                        continue
                    if predicates is not None and relation[e] not in predicates and predicate[e] not in predicates:
                        continue
                    if categories is not None and cats[other] not in categories:
                        continue
                    if len(reached) >= max_nodes:
                        truncated = True
                        break
                    reached[other] = d
                    nxt.append(other)
                if truncated:
                    break
            if truncated or not nxt:
                break
            frontier = nxt

        edges, cut = self._edges_among(reached, predicates=predicates, min_belief=min_belief,
                                       direction=direction, max_edges=max_edges)
        return Walk(center, reached, edges, truncated or cut)

    def _edges_among(self, reached: Mapping[int, int], *, predicates: frozenset[str] | None, min_belief: float,
                     direction: str, max_edges: int) -> tuple[list[int], bool]:
        """Edges whose two ends were both reached (the induced subgraph), best ``max_edges`` first."""
        nodes = np.fromiter(reached, dtype=np.int64, count=len(reached))
        distance = np.full(len(self.ids), -1, dtype=np.int16)
        distance[nodes] = np.fromiter(reached.values(), dtype=np.int16, count=len(reached))
        starts = self._out_ptr[nodes]
        lengths = self._out_ptr[nodes + 1] - starts
        total = int(lengths.sum())
        if total == 0:
            return [], False
        offsets = np.repeat(starts - np.concatenate([[0], np.cumsum(lengths)[:-1]]), lengths)
        positions = offsets + np.arange(total)
        keep = distance[self._out_dst[positions]] >= 0
        edges = self._out_edge[positions[keep]]
        if min_belief > 0:
            edges = edges[self._edge_belief[edges] >= min_belief]
        if predicates is not None:
            allowed = np.zeros(len(self._predicate_codes), dtype=bool)
            allowed[[self._predicate_codes[p] for p in predicates if p in self._predicate_codes]] = True
            edges = edges[allowed[self._relation_code[edges]] | allowed[self._predicate_code[edges]]]
        if direction != "both":
            a, b = distance[self._edge_src[edges]], distance[self._edge_dst[edges]]
            edges = edges[a <= b] if direction == "out" else edges[a >= b]
        ranks = self._edge_rank[edges]
        cut = len(edges) > max_edges
        if cut:
            best = np.argpartition(ranks, max_edges - 1)[:max_edges]
            edges, ranks = edges[best], ranks[best]
        return edges[np.argsort(ranks, kind="stable")].tolist(), cut

    # ------------------------------------------------------------------ serialization

    def node_summary(self, node: int) -> dict[str, Any]:
        return {"id": self.ids[node], "label": self.labels[node], "category": self.categories[node],
                "kind": self.kinds[node], "degree": self.degree(node)}

    def edge_summary(self, edge: int) -> dict[str, Any]:
        a = self.edge_attrs[edge]
        return {
            "id": self.edge_ids[edge],
            "source": self.ids[self.edge_src[edge]],
            "target": self.ids[self.edge_dst[edge]],
            "predicate": self.edge_predicate[edge],
            "relation": self.edge_relation[edge],
            "polarity": str(a.get("polarity") or "0"),
            "belief": a.get("belief"),
            "support": int(a.get("support") or 0),
            "evidence_count": self.edge_evidence[edge],
            "contradicted": bool(a.get("contradicts")),
        }

    # JSON fragments are assembled from escaped strings (json's C string encoder) rather than
    # json.dumps of dicts: a cold depth-2 neighbourhood serializes hundreds of them.

    def _node_fragment(self, node: int) -> str:
        """A node's JSON object without its closing brace (the distance is appended per walk)."""
        return (f'{{"id":{_js(self.ids[node])},"label":{_js(self.labels[node])},'
                f'"category":{_js(self.categories[node])},"kind":{_js(self.kinds[node])},'
                f'"degree":{self.degree(node)}')

    def _edge_body(self, edge: int) -> str:
        a = self.edge_attrs[edge]
        return (f'{{"id":{_js(self.edge_ids[edge])},"source":{_js(self.ids[self.edge_src[edge]])},'
                f'"target":{_js(self.ids[self.edge_dst[edge]])},"predicate":{_js(self.edge_predicate[edge])},'
                f'"relation":{_js(self.edge_relation[edge])},"polarity":{_js(a.get("polarity") or "0")},'
                f'"belief":{_number(a.get("belief"))},"support":{int(a.get("support") or 0)},'
                f'"evidence_count":{self.edge_evidence[edge]},'
                f'"contradicted":{"true" if a.get("contradicts") else "false"}')

    def _cy_node(self, node: int) -> str:
        return '{"data":' + self._node_json[node]

    def _cy_edge(self, edge: int) -> str:
        """Cytoscape.js wants the edge's label inside its data object: the JSON fragment reopened."""
        return f'{{"data":{self._edge_json[edge][:-1]},"label":{_js(self.edge_relation[edge])}}}}}'

    def walk_json(self, walk: Walk, *, depth: int) -> str:
        """The neighbourhood as JSON text (schema ``api.schemas.Neighbourhood``)."""
        node_json, edge_json = self._node_json, self._edge_json
        nodes = ",".join([f'{node_json[n]},"distance":{d}}}' for n, d in walk.nodes.items()])
        edges = ",".join([edge_json[e] for e in walk.edges])
        head = json.dumps({"center": self.ids[walk.center], "depth": depth, "truncated": walk.truncated,
                           "node_count": len(walk.nodes), "edge_count": len(walk.edges)}, separators=SEP)[:-1]
        return f'{head},"nodes":[{nodes}],"edges":[{edges}]}}'

    def walk_cytoscape(self, walk: Walk, *, depth: int) -> str:
        """The neighbourhood as Cytoscape.js elements JSON (schema ``api.schemas.CytoscapeGraph``)."""
        nodes = ",".join(f'{self._cy_node(n)},"distance":{d}}}}}' for n, d in walk.nodes.items())
        edges = ",".join(self._cy_edge(e) for e in walk.edges)
        head = json.dumps({"center": self.ids[walk.center], "depth": depth, "truncated": walk.truncated,
                           "node_count": len(walk.nodes), "edge_count": len(walk.edges)}, separators=SEP)[:-1]
        return f'{head},"elements":{{"nodes":[{nodes}],"edges":[{edges}]}}}}'

    def subgraph(self, walk: Walk) -> Any:
        """A small networkx copy of a neighbourhood (for HTML views and exports, not for JSON)."""
        import networkx as nx

        sub = nx.MultiDiGraph()
        sub.graph.update(self.graph.graph)
        for n in walk.nodes:
            sub.add_node(self.ids[n], **self.node_attrs[n])
        for e in walk.edges:
            sub.add_edge(self.ids[self.edge_src[e]], self.ids[self.edge_dst[e]], key=self.edge_ids[e],
                         **self.edge_attrs[e])
        return sub

    # ------------------------------------------------------------------ statements

    def statements(self, *, subject: int | None = None, object: int | None = None, entity: int | None = None,
                   predicate: str | None = None, document: str | None = None,
                   min_belief: float = 0.0, qualifiers: Sequence[tuple[str, str | None]] = ()) -> list[int]:
        """Statement edges matching every given filter, in the global order (belief first).

        ``qualifiers``: (key, value) pairs the statement's setting must have (value None: any value,
        compared without regard to case)."""
        candidates: list[Sequence[int]] = []
        if subject is not None:
            candidates.append(self.outgoing[subject])
        if object is not None:
            candidates.append(self.incoming[object])
        if entity is not None:
            candidates.append(self.incident[entity])
        if predicate is not None:
            candidates.append(self.by_predicate.get(predicate, []))
        if document is not None:
            candidates.append(self.by_document.get(document, []))
        base: Sequence[int] = min(candidates, key=len) if candidates else self.statement_order
        src, dst = self.edge_src, self.edge_dst
        result = []
        for e in base:
            if not self.is_statement[e]:
                continue
            if self.edge_belief[e] < min_belief:
                break
            if subject is not None and src[e] != subject:
                continue
            if object is not None and dst[e] != object:
                continue
            if entity is not None and entity not in (src[e], dst[e]):
                continue
            if predicate is not None and predicate not in (self.edge_relation[e], self.edge_predicate[e]):
                continue
            if document is not None and e not in self._document_set(document):
                continue
            if qualifiers and not _has_qualifiers(self.edge_attrs[e].get("qualifiers") or {}, qualifiers):
                continue
            result.append(e)
        return result

    def _document_set(self, document: str) -> frozenset[int]:
        if document not in self._doc_sets:
            self._doc_sets[document] = frozenset(self.by_document.get(document, ()))
        return self._doc_sets[document]

    def statement_record(self, edge: int, evidence_limit: int | None = None) -> dict[str, Any]:
        a = self.edge_attrs[edge]
        s, t = self.edge_src[edge], self.edge_dst[edge]
        evidence = list(a.get("evidence") or ())
        return {
            "id": self.edge_ids[edge],
            "subject": self.ref(s),
            "predicate": self.edge_relation[edge],
            "biolink_predicate": self.edge_predicate[edge],
            "ro": a.get("ro"),
            "object": self.ref(t),
            "polarity": str(a.get("polarity") or "0"),
            "qualifiers": dict(a.get("qualifiers") or {}),
            "belief": a.get("belief"),
            "support": int(a.get("support") or 0),
            "studies": list(a.get("studies") or ()),
            "contradicts": list(a.get("contradicts") or ()),
            "evidence_count": len(evidence),
            "evidence": evidence if evidence_limit is None else evidence[:evidence_limit],
        }

    def ref(self, node: int) -> dict[str, str]:
        return {"id": self.ids[node], "label": self.labels[node], "category": self.categories[node]}

    # ------------------------------------------------------------------ pooled effects

    def effects(self, *, intervention: int | None = None, outcome: int | None = None,
                measure: str | None = None, source: str | None = None) -> list[int]:
        found = []
        for n in self.effect_nodes:
            a = self.node_attrs[n]
            if intervention is not None and a.get("intervention") != self.ids[intervention]:
                continue
            if outcome is not None and a.get("outcome") != self.ids[outcome]:
                continue
            if measure is not None and str(a.get("measure", "")).casefold() != measure.casefold():
                continue
            if source is not None and a.get("source") != source:
                continue
            found.append(n)
        found.sort(key=lambda n: (str(self.node_attrs[n].get("outcome")), self.ids[n]))
        return found


_encode_string = json.encoder.encode_basestring  # C implementation when available


def _js(text: Any) -> str:
    return _encode_string(str(text))


def _number(value: Any) -> str:
    """A JSON number (or null): JSON has no NaN or infinity."""
    if value is None or isinstance(value, bool):
        return "null" if value is None else ("true" if value else "false")
    if isinstance(value, int):
        return str(value)
    try:
        number = float(value)
    except (TypeError, ValueError):
        return "null"
    return repr(number) if math.isfinite(number) else "null"


def known_predicates() -> list[str]:
    """Every predicate name the API accepts as a filter: exokg names, Biolink CURIEs, effect links."""
    names: list[str] = []
    for info in predicates().values():
        names.extend([info.name, info.biolink])
    for links in (EFFECT_LINKS, POPULATION_LINKS):
        names.extend([*links, *links.values()])
    return sorted(set(names))


def _has_qualifiers(setting: Mapping[str, Any], wanted: Sequence[tuple[str, str | None]]) -> bool:
    """Whether a statement's qualifiers hold every wanted key (with the wanted value, in any case)."""
    for key, value in wanted:
        have = setting.get(key)
        if have is None or (value is not None and str(have).casefold() != value.casefold()):
            return False
    return True
