"""Mechanism-path queries (``kg.explain.PathIndex``, behind ``/api/v1/paths``) on a large graph.

Builds (or loads) a graph, indexes it once, then times ``--queries`` searches between random
mechanism-like pairs (a cell, exosome or microRNA to an outcome, pathway, process or gene) with
``--max-hops`` and ``--top`` as the API's defaults: pairs connected within ``--max-hops`` (the
source drawn among the nodes that reach the target), then unconstrained random pairs. It prints
the index build time, latency percentiles, how many partial paths the searches generated and
how many stopped at the cap.
``--api`` sends the same queries through the HTTP app in-process (FastAPI TestClient), JSON and
all, after the API's own start-up indexing.

    .venv/bin/python bench/bench_paths.py                          # 1M-edge synthetic graph (seed 1)
    .venv/bin/python bench/bench_paths.py --synthetic-edges 100000 --api
    .venv/bin/python bench/bench_paths.py --graph out/graph.json   # an exokg build (or a .pickle)
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SOURCE_CATEGORIES = {"biolink:Cell", "biolink:CellularComponent", "biolink:MicroRNA"}
TARGET_CATEGORIES = {"biolink:ClinicalFinding", "biolink:PhenotypicFeature", "biolink:Pathway",
                     "biolink:BiologicalProcess", "biolink:Gene"}
ANCHORS = [("CL:0002540", "exokg:bbb_score"), ("CL:0002540", "GO:0043491")]  # in every synthetic graph


def load_graph(args: argparse.Namespace) -> Any:
    if args.graph is None:
        from bench.gen_synthetic_graph import synthetic_graph

        return synthetic_graph(args.synthetic_edges, args.seed)
    if args.graph.suffix == ".pickle":
        with args.graph.open("rb") as fh:
            return pickle.load(fh)
    from kg.graph import from_node_link

    return from_node_link(json.loads(args.graph.read_text(encoding="utf-8")))


def pick_pairs(graph: Any, index: Any, n: int, seed: int, max_hops: int, connected: bool) -> list[tuple[str, str]]:
    """Random source -> target pairs of mechanism categories (anchors first).

    ``connected``: the source is drawn among the nodes that reach the target within ``max_hops``
    (random pairs of a large sparse graph mostly have no path at all, which is cheap to say).
    """
    rng = random.Random(seed)
    sources = sorted(n for n, c in graph.nodes(data="category") if c in SOURCE_CATEGORIES)
    targets = sorted(n for n, c in graph.nodes(data="category") if c in TARGET_CATEGORIES)
    if not sources or not targets:
        raise SystemExit("the graph has no nodes of the source or target categories")
    pairs = [(s, t) for s, t in ANCHORS if s in graph and t in graph] if connected else []
    source_set = set(sources)
    is_source = [node in source_set for node in index.ids]
    tries = 0
    while len(pairs) < n and tries < 100 * n:
        tries += 1
        target = rng.choice(targets)
        if not connected:
            pairs.append((rng.choice(sources), target))
            continue
        dist = index.distances_to(index.pos[target], max_hops).tolist()
        reaching = [i for i, d in enumerate(dist) if 0 < d <= max_hops and is_source[i]]
        if reaching:
            pairs.append((index.ids[rng.choice(reaching)], target))
    return pairs[:n]


def run_queries(name: str, graph: Any, index: Any, pairs: list[tuple[str, str]], args: argparse.Namespace) -> None:
    latencies, generated, found, capped = [], [], 0, 0
    for source, target in pairs:
        start = time.perf_counter()
        result = index.search(source, target, args.max_hops, args.top)
        body = json.dumps([p.to_dict(graph) for p in result.paths])
        latencies.append(time.perf_counter() - start)
        generated.append(result.generated)
        found += bool(result.paths)
        capped += not result.complete
        del body
    report(f"{name}: PathIndex.search + JSON (max_hops {args.max_hops}, top {args.top})", latencies)
    print(f"  {found} queries with paths; partial paths generated per query: median {statistics.median(generated)}, "
          f"max {max(generated)}; stopped at the cap: {capped}")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def report(name: str, latencies: list[float]) -> None:
    ms = [x * 1000 for x in latencies]
    print(f"{name}: {len(ms)} queries, p50 {percentile(ms, 0.5):.1f} ms, p90 {percentile(ms, 0.9):.1f} ms, "
          f"p99 {percentile(ms, 0.99):.1f} ms, max {max(ms):.1f} ms, mean {statistics.fmean(ms):.1f} ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--graph", type=Path, help="graph.json (node-link) or a pickled graph; default: synthetic")
    parser.add_argument("--synthetic-edges", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--max-hops", type=int, default=4)
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--api", action="store_true", help="also query /api/v1/paths through the app in-process")
    args = parser.parse_args(argv)

    from kg.explain import PathIndex

    t0 = time.perf_counter()
    graph = load_graph(args)
    t1 = time.perf_counter()
    index = PathIndex.from_graph(graph)
    t2 = time.perf_counter()
    print(f"graph: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges (loaded in {t1 - t0:.1f} s); "
          f"path index: {len(index)} hops, built in {t2 - t1:.2f} s")

    connected = pick_pairs(graph, index, args.queries, args.seed, args.max_hops, connected=True)
    run_queries("connected pairs", graph, index, connected, args)
    run_queries("random pairs", graph, index, pick_pairs(graph, index, args.queries, args.seed, args.max_hops,
                                                         connected=False), args)

    if args.api:
        from fastapi.testclient import TestClient

        from api.app import create_app

        t3 = time.perf_counter()
        app = create_app(graph=graph)
        print(f"API start-up (all indexes): {time.perf_counter() - t3:.1f} s")
        latencies = []
        with TestClient(app) as client:
            for source, target in connected:
                start = time.perf_counter()
                r = client.get("/api/v1/paths", params={"source": source, "target": target,
                                                        "max_hops": args.max_hops, "top": args.top})
                latencies.append(time.perf_counter() - start)
                if r.status_code != 200:
                    print(f"  {source} -> {target}: HTTP {r.status_code} {r.text[:200]}")
        report("connected pairs: GET /api/v1/paths (in-process)", latencies)
    return 0


if __name__ == "__main__":
    sys.exit(main())
