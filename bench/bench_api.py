"""Load test of the HTTP API on loopback: latency (p50/p99) and throughput at 50 concurrent clients.

For each graph (the real build in ``out/`` and a synthetic graph of ``--synthetic-edges`` edges made by
``bench/gen_synthetic_graph.py``) this starts a server as ``exokg serve --workers N`` does (``--workers``,
default one per CPU: the graph is loaded once and the worker processes are forked from it) on 127.0.0.1
(a free port), then runs three scenarios with a fixed number of requests and a time cap each:

- ``search``: ``/api/v1/search?q=...`` with labels of random entities, a third of them misspelt;
- ``neighbourhood``: ``/api/v1/entities/{id}/neighbourhood?depth=2`` around random entities
  (default caps: 100 nodes, 500 edges);
- ``sparql``: one SELECT query on ``/sparql``.

``--concurrency`` clients (asyncio streams speaking HTTP/1.1, see :class:`Connection`), each a separate
user with its own keep-alive connection
(opened during the warm-up, so connection set-up is not in the figures). The warm-up (``--warmup``
requests per scenario, on other entities than the measured ones) matters with worker processes: a
worker forked from the loaded graph shares its memory until it writes to it, and Python writes
reference counts on every object a request reads, so during its first few thousand requests a
worker also copies those pages (about 0.7 GB per worker on the 1M-edge graph), which makes those
requests slower than the steady state measured here. By default the loop is
closed: a client sends its next request as soon as the previous one is answered, so the server is
saturated and a request's latency includes waiting behind the others (Little's law: latency ~
clients / throughput). ``--rate R`` paces all clients together at R requests/s instead, latency counted
from when each request was due. The server's own time per request (``Server-Timing`` header) and the
CPU spent per request by the server process and by this load generator are reported beside it, with
the load average (other work on the machine slows everything). Any non-2xx answer or transport
failure counts as an error.

The synthetic graph's SPARQL store is built from a smaller synthetic graph (``--synthetic-store-edges``):
converting a million edges to RDF with kg.rdf (about 42 triples per statement through rdflib) would
take over half an hour and tens of GB, so the SPARQL scenario there measures the endpoint on a store
of that smaller size (its triple count is printed).

    .venv/bin/python bench/bench_api.py                        # real out/ and 1M synthetic edges
    .venv/bin/python bench/bench_api.py --cache /tmp/exokg-bench --rate 200   # paced; keeps the 1M graph
    .venv/bin/python bench/bench_api.py --skip-synthetic --requests 3000
    .venv/bin/python bench/bench_api.py --skip-real --synthetic-edges 200000
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import pickle
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

HOST = "127.0.0.1"  # loopback only
SPARQL_QUERY = "SELECT ?s ?label WHERE { ?s a biolink:MicroRNA ; rdfs:label ?label } LIMIT 50"


@dataclass
class Outcome:
    name: str
    latencies: list[float] = field(default_factory=list)
    server_ms: list[float] = field(default_factory=list)
    errors: int = 0
    error_samples: list[str] = field(default_factory=list)
    elapsed: float = 0.0
    capped: bool = False
    client_cpu_s: float = 0.0
    server_cpu_s: float = 0.0

    @property
    def done(self) -> int:
        return len(self.latencies) + self.errors


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


class Connection:
    """One client's keep-alive HTTP/1.1 connection, spoken directly over an asyncio stream.

    A general-purpose client (httpx) spends about as much CPU per request as the server does, and
    on a 2-core machine the load generator then takes the cores it is meant to measure. This one
    writes a GET, reads the status line and headers, and reads the body by Content-Length (or
    chunked), reconnecting when the server closes; that costs a few tens of microseconds.
    """

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def connect(self) -> None:
        self.reader, self.writer = await asyncio.open_connection(self.host, self.port)

    async def get(self, target: str) -> tuple[int, dict[str, str], bytes]:
        if self.writer is None or self.writer.is_closing():
            await self.connect()
        assert self.reader is not None and self.writer is not None
        self.writer.write(f"GET {target} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode("latin-1"))
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        headers = {}
        for line in lines[1:]:
            if line:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
        if "content-length" in headers:
            body = await self.reader.readexactly(int(headers["content-length"]))
        elif headers.get("transfer-encoding", "").lower() == "chunked":
            parts = []
            while size := int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16):
                parts.append(await self.reader.readexactly(size))
                await self.reader.readexactly(2)
            await self.reader.readuntil(b"\r\n")
            body = b"".join(parts)
        else:
            body = await self.reader.read()
            headers["connection"] = "close"
        if headers.get("connection", "").lower() == "close":
            await self.close()
        return status, headers, body

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            try:
                await self.writer.wait_closed()
            except OSError:
                pass
            self.writer = None


async def load(clients: list[Connection], name: str, urls: list[str], *, time_cap: float,
               rate: float | None = None) -> Outcome:
    """Send every URL once, one request at a time per client, or stop at ``time_cap`` seconds.

    Without ``rate`` each client sends its next request as soon as it has its answer (closed loop:
    the server is saturated). With ``rate`` (requests per second over all clients) request ``i`` is
    due at ``i / rate`` and its latency is counted from that moment, so a server (or client) that
    falls behind is charged for the wait.
    """
    outcome = Outcome(name)
    position = 0
    started = time.perf_counter()

    async def worker(client: Connection) -> None:
        nonlocal position
        while position < len(urls):
            if time.perf_counter() - started > time_cap:
                outcome.capped = True
                return
            url = urls[position]
            due = started + position / rate if rate else 0.0
            position += 1
            if rate:
                await asyncio.sleep(max(0.0, due - time.perf_counter()))
            t0 = due if rate else time.perf_counter()
            try:
                status, headers, body = await asyncio.wait_for(client.get(url), 60)
            except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError,
                    ValueError, IndexError) as exc:
                await client.close()
                outcome.errors += 1
                if len(outcome.error_samples) < 3:
                    outcome.error_samples.append(f"{type(exc).__name__}: {url[:80]}")
                continue
            elapsed = time.perf_counter() - t0
            if status >= 300:
                outcome.errors += 1
                if len(outcome.error_samples) < 3:
                    outcome.error_samples.append(f"{status}: {url[:80]} {body[:120]!r}")
                continue
            outcome.latencies.append(elapsed)
            timing = headers.get("server-timing", "")
            if "dur=" in timing:
                outcome.server_ms.append(float(timing.split("dur=")[1].split(",")[0]))

    await asyncio.gather(*(worker(c) for c in clients))
    outcome.elapsed = time.perf_counter() - started
    return outcome


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def _stat(pid: int | str) -> list[str] | None:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process and all its descendants (Linux /proc): the server, its
    worker processes and their SPARQL query processes."""
    stats = {int(e.name): f for e in Path("/proc").iterdir() if e.name.isdigit() and (f := _stat(e.name))}
    tree, grew = {pid}, True
    while grew:
        more = {p for p, f in stats.items() if int(f[1]) in tree} - tree
        tree |= more
        grew = bool(more)
    total = sum(int(stats[p][11]) + int(stats[p][12]) for p in tree if p in stats)
    return total / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


class Server:
    """A uvicorn child process on loopback; stopped with SIGINT (then killed if it lingers)."""

    def __init__(self, argv: list[str], port: int, ready_timeout: float) -> None:
        self.port = port
        self.base = f"http://{HOST}:{port}"
        self.log = tempfile.TemporaryFile()
        started = time.perf_counter()
        self.proc = subprocess.Popen(argv, stdout=self.log, stderr=subprocess.STDOUT, cwd=ROOT)
        self.startup_s = self._wait(ready_timeout) - started

    def _wait(self, timeout: float) -> float:
        import httpx

        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited:\n{self.output()}")
            try:
                if httpx.get(f"{self.base}/api/v1", timeout=5).status_code == 200:
                    return time.perf_counter()
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        self.stop()
        raise RuntimeError(f"server not ready after {timeout:.0f} s:\n{self.output()}")

    def output(self) -> str:
        self.log.seek(0)
        return self.log.read().decode(errors="replace")[-3000:]

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def sample_entities(base: str, n: int, seed: int) -> list[tuple[str, str]]:
    """(id, label) of entities met in random pages of statements (the API samples its own graph)."""
    import httpx

    rng = random.Random(seed)
    with httpx.Client(base_url=base, timeout=60) as http:
        total = http.get("/api/v1/statements", params={"limit": 1}).json()["total"]
        seen: dict[str, str] = {}
        for _ in range(8):
            offset = rng.randrange(max(1, total - 500))
            page = http.get("/api/v1/statements", params={"limit": 500, "offset": offset, "evidence_limit": 0})
            for st in page.json()["statements"]:
                for end in (st["subject"], st["object"]):
                    seen.setdefault(end["id"], end["label"])
    entities = sorted(seen.items())
    rng.shuffle(entities)
    return [entities[i % len(entities)] for i in range(n)]


def misspell(text: str, rng: random.Random) -> str:
    if len(text) < 4:
        return text
    i = rng.randrange(1, len(text) - 1)
    return text[:i] + text[i + 1] + text[i] + text[i + 2:]  # swap two neighbouring letters


def scenarios(entities: list[tuple[str, str]], n: int, seed: int) -> dict[str, list[str]]:
    rng = random.Random(seed)
    search = []
    for _, label in entities[:n]:
        q = misspell(label, rng) if rng.random() < 1 / 3 else label
        search.append(f"/api/v1/search?q={quote(q[:200])}")
    walks = [f"/api/v1/entities/{quote(curie, safe=':')}/neighbourhood?depth=2" for curie, _ in entities[:n]]
    sparql = [f"/sparql?query={quote(SPARQL_QUERY)}"] * n
    return {"search": search, "neighbourhood": walks, "sparql": sparql}


def run_target(label: str, server: Server, args: argparse.Namespace) -> list[dict[str, Any]]:
    warmup = max(args.warmup, args.concurrency)
    entities = sample_entities(server.base, args.requests + warmup, args.seed)
    plans = scenarios(entities[:args.requests], args.requests, args.seed)
    warm_plans = scenarios(entities[args.requests:], warmup, args.seed + 1)  # other entities than those measured
    try:
        import uvloop
    except ImportError:  # the standard event loop works too, at some more CPU per request
        return asyncio.run(_run_plans(label, server, plans, warm_plans, args))
    return uvloop.run(_run_plans(label, server, plans, warm_plans, args))


async def _run_plans(label: str, server: Server, plans: dict[str, list[str]], warm_plans: dict[str, list[str]],
                     args: argparse.Namespace) -> list[dict[str, Any]]:
    """All scenarios with the same clients: each client is a separate user with its own keep-alive
    connection, opened (with the warm-up requests) before anything is measured."""
    clients = [Connection(HOST, server.port) for _ in range(args.concurrency)]
    rows = []
    try:
        for name, urls in plans.items():
            await load(clients, name, warm_plans[name], time_cap=120)
            server_cpu, client_cpu = cpu_seconds(server.proc.pid), time.process_time()
            outcome = await load(clients, name, urls, time_cap=args.time_cap, rate=args.rate)
            server_cpu, client_cpu = cpu_seconds(server.proc.pid) - server_cpu, time.process_time() - client_cpu
            ms = [x * 1000 for x in outcome.latencies]
            rows.append({
                "graph": label, "scenario": name, "requests": outcome.done, "errors": outcome.errors,
                "p50_ms": percentile(ms, 0.5), "p99_ms": percentile(ms, 0.99), "max_ms": max(ms, default=float("nan")),
                "rps": outcome.done / outcome.elapsed if outcome.elapsed else 0.0,
                "server_p50_ms": percentile(outcome.server_ms, 0.5),
                "server_p99_ms": percentile(outcome.server_ms, 0.99),
                "mean_ms": statistics.fmean(ms) if ms else float("nan"), "capped": outcome.capped,
                "error_samples": outcome.error_samples,
                "server_cpu_ms": 1000 * server_cpu / max(1, outcome.done),
                "client_cpu_ms": 1000 * client_cpu / max(1, outcome.done),
            })
            print(f"  {label:<10} {name:<14} done", file=sys.stderr)
    finally:
        for client in clients:
            await client.close()
    return rows


def print_table(rows: list[dict[str, Any]], notes: list[str], args: argparse.Namespace) -> None:
    pacing = f"paced at {args.rate:g} requests/s" if args.rate else "closed loop (each client sends on answer)"
    print(f"\nexokg API load test: {args.concurrency} concurrent clients on {HOST}, {args.workers} server worker "
          f"process(es), {pacing}, {args.requests} "
          f"requests per scenario (after {args.warmup} warm-up), time cap {args.time_cap:g} s")
    print(f"load average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs "
          "(other work on the machine slows every figure)")
    print("server p50/p99: time inside the app (Server-Timing); CPU ms/req: CPU spent per request by the server "
          "process and by the load generator")
    header = (f"{'graph':<10} {'scenario':<14} {'requests':>8} {'errors':>6} {'p50 ms':>8} {'p99 ms':>8} "
              f"{'max ms':>8} {'req/s':>8} {'server p50':>10} {'server p99':>10} {'srv CPU':>8} {'cli CPU':>8}")
    print(header)
    print("-" * len(header))
    for r in rows:
        flag = " (time cap hit)" if r["capped"] else ""
        print(f"{r['graph']:<10} {r['scenario']:<14} {r['requests']:>8} {r['errors']:>6} {r['p50_ms']:>8.1f} "
              f"{r['p99_ms']:>8.1f} {r['max_ms']:>8.1f} {r['rps']:>8.0f} {r['server_p50_ms']:>10.2f} "
              f"{r['server_p99_ms']:>10.2f} {r['server_cpu_ms']:>8.2f} {r['client_cpu_ms']:>8.2f}{flag}")
        for sample in r["error_samples"]:
            print(f"    error: {sample}")
    for note in notes:
        print(note)
    walk = [r for r in rows if r["graph"] == "synthetic" and r["scenario"] == "neighbourhood"]
    if walk:
        w = walk[0]
        verdict = "met" if w["p99_ms"] < 50 and w["errors"] == 0 else "NOT met"
        print(f"target depth-2 neighbourhood p99 < 50 ms on the synthetic graph, zero errors: {verdict} "
              f"(p99 {w['p99_ms']:.1f} ms end to end, {w['server_p99_ms']:.2f} ms in the server; "
              f"{w['errors']} errors)")


# --------------------------------------------------------------------------------------------- child


def serve_synthetic(args: argparse.Namespace) -> int:
    """Child process: generate the synthetic graph, index it and serve it (never returns until stopped)."""
    from api.app import create_app, freeze_for_serving
    from api.context import Settings
    from api.server import serve
    from bench.gen_synthetic_graph import synthetic_graph
    from kg.store import build_store, open_store

    t0 = time.perf_counter()
    cache = Path(args.cache) if args.cache else None
    pickled = cache / f"synthetic_{args.serve_synthetic}_{args.seed}.pickle" if cache else None
    from_cache = pickled is not None and pickled.is_file()
    if pickled is not None and from_cache:
        with pickled.open("rb") as fh:
            graph = pickle.load(fh)
    else:
        graph = synthetic_graph(args.serve_synthetic, args.seed)
        if pickled is not None:
            pickled.parent.mkdir(parents=True, exist_ok=True)
            with pickled.open("wb") as fh:
                pickle.dump(graph, fh, protocol=pickle.HIGHEST_PROTOCOL)
    t1 = time.perf_counter()
    store_dir = cache / f"store_{args.synthetic_store_edges}_{args.seed}" if cache else Path(args.store_dir)
    if not (store_dir / "store").is_dir():
        build_store(synthetic_graph(args.synthetic_store_edges, args.seed), store_dir)
    store_triples = len(open_store(store_dir))  # each worker opens the store itself, after the fork
    t2 = time.perf_counter()
    app = create_app(store_dir, graph=graph, settings=Settings())
    freeze_for_serving()
    t3 = time.perf_counter()
    info = {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(), "generate_s": t1 - t0,
            "from_cache": from_cache,
            "store_s": t2 - t1, "index_s": t3 - t2, "store_triples": store_triples}
    (Path(args.store_dir) / "info.json").write_text(json.dumps(info))
    return serve(app, HOST, args.port, workers=args.workers, log_level="warning")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "out", help="build to serve as the real graph")
    parser.add_argument("--synthetic-edges", type=int, default=1_000_000)
    parser.add_argument("--synthetic-store-edges", type=int, default=20_000)
    parser.add_argument("--requests", type=int, default=2000, help="measured requests per scenario")
    parser.add_argument("--warmup", type=int, default=3000,
                        help="unmeasured requests before each scenario, on other entities than the measured ones")
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--time-cap", type=float, default=60.0, help="seconds per scenario")
    parser.add_argument("--rate", type=float, help="pace all clients together at this many requests/s "
                        "(default: closed loop, as fast as answers come)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                        help="server worker processes, as 'exokg serve --workers' (default: one per CPU)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--skip-real", action="store_true")
    parser.add_argument("--skip-synthetic", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument("--cache", type=Path, help="keep the generated synthetic graph and store here for later runs")
    parser.add_argument("--serve-synthetic", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--store-dir", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve_synthetic:
        return serve_synthetic(args)

    rows: list[dict[str, Any]] = []
    notes: list[str] = []
    if not args.skip_real:
        port = free_port()
        server = Server([sys.executable, "-m", "kg.cli", "serve", "--out", str(args.out), "--port", str(port),
                         "--host", HOST, "--log-level", "warning", "--workers", str(args.workers)], port,
                        ready_timeout=900)
        try:
            import httpx

            info = httpx.get(f"{server.base}/api/v1", timeout=30).json()
            notes.append(f"real graph ({args.out}): {info['nodes']} nodes, {info['edges']} edges; server ready in "
                         f"{server.startup_s:.1f} s, RSS {rss_mb(server.proc.pid):.0f} MB")
            rows += run_target("real", server, args)
        finally:
            server.stop()
    if not args.skip_synthetic:
        port = free_port()
        with tempfile.TemporaryDirectory(prefix="exokg-bench-") as tmp:
            server = Server([sys.executable, str(Path(__file__).resolve()), "--serve-synthetic",
                             str(args.synthetic_edges), "--synthetic-store-edges", str(args.synthetic_store_edges),
                             "--seed", str(args.seed), "--port", str(port), "--store-dir", tmp,
                             "--workers", str(args.workers),
                             *(["--cache", str(args.cache.resolve())] if args.cache else [])], port,
                            ready_timeout=3600)
            try:
                info = json.loads((Path(tmp) / "info.json").read_text())
                notes.append(
                    f"synthetic graph: {info['nodes']} nodes, {info['edges']} edges "
                    f"({'loaded from the cache' if info.get('from_cache') else 'generated'} in "
                    f"{info['generate_s']:.0f} s, indexed in {info['index_s']:.1f} s); server RSS "
                    f"{rss_mb(server.proc.pid):.0f} MB; SPARQL store from {args.synthetic_store_edges} synthetic edges "
                    f"({info['store_triples']} triples)")
                rows += run_target("synthetic", server, args)
            finally:
                server.stop()
    print_table(rows, notes, args)
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "notes": notes}, indent=1))
    return 1 if any(r["errors"] for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
