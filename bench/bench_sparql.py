"""Measure RDF export, store loading and the shipped SPARQL queries: pyoxigraph vs rdflib.

    .venv/bin/python bench/bench_sparql.py                      # real graph in out/ + synthetic >= 1M triples
    .venv/bin/python bench/bench_sparql.py --real out --synthetic-edges 24000 --repeat 5
    .venv/bin/python bench/bench_sparql.py --synthetic-edges 0  # real graph only

For each graph it prints: export throughput (graph -> triples, N-Triples, Turtle, JSON-LD), load
throughput (pyoxigraph on-disk bulk load, rdflib parse), and the median latency of every shipped
query on the embedded store and on rdflib's memory store. rdflib runs in a child process that is
killed after --rdflib-timeout seconds per query (reported as "> N s"), so a slow engine cannot
stall the benchmark.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _timed(fn: Any, *args: Any) -> tuple[Any, float]:
    started = time.perf_counter()
    value = fn(*args)
    return value, time.perf_counter() - started


def _rate(n: int, seconds: float) -> str:
    return f"{n / seconds:>12,.0f} triples/s" if seconds > 0 else "n/a"


def _rdflib_worker(nt_path: str, queries: dict[str, str], repeat: int, conn: Any) -> None:
    import rdflib

    from kg.sparql import run_query

    started = time.perf_counter()
    g = rdflib.Graph()
    g.parse(nt_path, format="nt")
    conn.send(("load", time.perf_counter() - started, len(g)))
    for name, text in queries.items():
        times = []
        rows = 0
        for _ in range(repeat):
            result, seconds = _timed(lambda q=text: run_query(g, q, timeout_s=3600, max_rows=10**9))
            times.append(seconds)
            rows = len(result)
        conn.send(("query", name, statistics.median(times), rows))
    conn.send(("done",))


def _run_rdflib(nt_path: Path, queries: dict[str, str], repeat: int, timeout_s: float,
                results: dict[str, tuple[float, int] | None], timed_out: set[str],
                max_restarts: int = 3) -> float | None:
    """Run the queries on rdflib in a child process; a query over its time limit is killed and
    the remaining ones run in a fresh child (at most ``max_restarts`` times)."""
    ctx = mp.get_context("spawn")
    pending = dict(queries)
    load_time = None
    for _ in range(max_restarts + 1):
        if not pending:
            break
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_rdflib_worker, args=(str(nt_path), pending, repeat, child), daemon=True)
        proc.start()
        child.close()
        if not parent.poll(1800):
            proc.kill()
            break
        _, load_time, _ = parent.recv()
        for name in list(pending):
            if not parent.poll(timeout_s * repeat):
                pending.pop(name)  # timed out: reported as "> timeout"
                timed_out.add(name)
                break
            msg = parent.recv()
            results[msg[1]] = (msg[2], msg[3])
            pending.pop(msg[1])
        proc.kill()
        proc.join(10)
    return load_time


def bench_graph(label: str, graph: Any, repeat: int, rdflib_timeout: float, rdflib_max_triples: int) -> None:
    from kg.rdf import _from_ntriples, ntriples_lines, ntriples_to_rdflib
    from kg.sparql import run_query, shipped_queries
    from kg.store import build_store, open_store

    print(f"\n== {label}: {graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} edges")
    lines, t_build = _timed(ntriples_lines, graph)  # generated, deduplicated and sorted
    n = len(lines)
    nt, t_nt = _timed("".join, lines)
    del lines
    ttl, t_ttl = _timed(_from_ntriples, nt, "turtle")
    _, t_jsonld = _timed(_from_ntriples, nt, "json-ld")
    rdflib_graph, t_rdflib_graph = _timed(ntriples_to_rdflib, nt)
    print(f"triples: {n:,}")
    print("export")
    print(f"  graph -> sorted N-Triples   {t_build:8.2f} s {_rate(n, t_build)}")
    print(f"  N-Triples -> rdflib.Graph   {t_rdflib_graph:8.2f} s {_rate(n, t_rdflib_graph)}")
    print(f"  N-Triples text (join)       {t_nt:8.2f} s {_rate(n, t_nt)}")
    print(f"  Turtle (pyoxigraph)         {t_ttl:8.2f} s {_rate(n, t_ttl)}")
    print(f"  JSON-LD (pyoxigraph)        {t_jsonld:8.2f} s {_rate(n, t_jsonld)}")
    del rdflib_graph

    queries = {name: path.read_text(encoding="utf-8") for name, path in shipped_queries().items()}
    with tempfile.TemporaryDirectory(prefix="exokg-bench-") as tmp:
        nt_path = Path(tmp) / "kg.nt"
        nt_path.write_text(nt, encoding="utf-8")
        ttl_path = Path(tmp) / "kg.ttl"
        ttl_path.write_text(ttl, encoding="utf-8")
        _, t_load_nt = _timed(build_store, nt_path, Path(tmp) / "a")
        _, t_load_ttl = _timed(build_store, ttl_path, Path(tmp) / "b")
        store = open_store(Path(tmp) / "a")
        print("load")
        print(f"  pyoxigraph store <- N-Triples {t_load_nt:6.2f} s {_rate(n, t_load_nt)}")
        print(f"  pyoxigraph store <- Turtle    {t_load_ttl:6.2f} s {_rate(n, t_load_ttl)}")

        ox_results: dict[str, tuple[float, int]] = {}
        for name, text in queries.items():
            run_query(store, text, timeout_s=3600, max_rows=10**9)  # warm the caches
            times, rows = [], 0
            for _ in range(repeat):
                result, seconds = _timed(lambda q=text: run_query(store, q, timeout_s=3600, max_rows=10**9))
                times.append(seconds)
                rows = len(result)
            ox_results[name] = (statistics.median(times), rows)

        rd_results: dict[str, tuple[float, int] | None] = dict.fromkeys(queries)
        rd_load = None
        timed_out: set[str] = set()
        if n > rdflib_max_triples:
            print(f"  rdflib: skipped above {rdflib_max_triples:,} triples (--rdflib-max-triples)")
        else:
            rd_load = _run_rdflib(nt_path, queries, repeat, rdflib_timeout, rd_results, timed_out)
            if rd_load is not None:
                print(f"  rdflib memory <- N-Triples    {rd_load:6.2f} s {_rate(n, rd_load)}")
        print(f"queries (median of {repeat}; rows)     pyoxigraph          rdflib   speed-up")
        for name in queries:
            ox_t, ox_rows = ox_results[name]
            rd = rd_results.get(name)
            if rd is None:
                rd_text, ratio = (f"> {rdflib_timeout:g} s" if name in timed_out
                           else "skipped" if n > rdflib_max_triples else "not run"), ""
            else:
                rd_text = f"{rd[0] * 1000:9.1f} ms"
                ratio = f"{rd[0] / ox_t:8.0f}x" if ox_t > 0 else ""
                if rd[1] != ox_rows:
                    ratio += f"  (rows differ: {ox_rows} vs {rd[1]})"
            print(f"  {name:<24} {ox_rows:>6}  {ox_t * 1000:9.1f} ms  {rd_text:>14}  {ratio}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="exokg RDF/SPARQL benchmark (prints figures)")
    parser.add_argument("--real", type=Path, default=ROOT / "out",
                        help="output folder of 'exokg build' (graph.json) or a graph.json file (default: out/)")
    parser.add_argument("--synthetic-edges", type=int, default=24_000,
                        help="statements in the synthetic graph (~42 triples each; default 24000 -> ~1M triples)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--rdflib-timeout", type=float, default=120.0, help="per rdflib query run, seconds")
    parser.add_argument("--rdflib-max-triples", type=int, default=2_000_000)
    args = parser.parse_args(argv)

    from kg.graph import from_node_link

    real = args.real / "graph.json" if args.real.is_dir() else args.real
    if real.is_file():
        graph = from_node_link(json.loads(real.read_text(encoding="utf-8")))
        bench_graph(f"real graph ({real})", graph, args.repeat, args.rdflib_timeout, args.rdflib_max_triples)
    else:
        print(f"real graph: {real} not found (run 'exokg build' first); skipped")
    if args.synthetic_edges > 0:
        from gen_synthetic_graph import synthetic_graph

        graph, seconds = _timed(synthetic_graph, args.synthetic_edges, args.seed)
        print(f"\nsynthetic graph generated in {seconds:.1f} s")
        bench_graph(f"synthetic graph (seed {args.seed})", graph, args.repeat, args.rdflib_timeout,
                    args.rdflib_max_triples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
