"""Throughput and memory of corpus ingestion, end to end, at growing corpus sizes.

For each scale (1x, 10x, 100x a base number of synthetic abstracts, made by
``bench/gen_synthetic_corpus.py``) a fresh process runs ``exokg build`` into an empty output
folder and reports words/s and documents/s, the time spent in each stage (reading, extraction,
assembly, graph, RDF, the non-RDF exports KGX and GraphML, SPARQL store, HTML view, JSON files)
and the peak resident memory. The end-to-end figure is read + extract + assemble + graph + RDF
(kg.nt, kg.ttl, kg.jsonld); it is printed again with the KGX and GraphML exports added, and the
store, view and JSON files are reported as their own stages. It then
rebuilds the unchanged corpus (everything from the cache) and adds 1% new abstracts with
``exokg add``. Growth ratios between scales show whether cost is linear (a ratio of 10 per 10x).

CPU seconds are reported next to wall seconds: on a shared machine wall time includes waiting
for a core, CPU time does not.

Usage::

    python bench/bench_ingest.py                        # base 500: 500, 5,000 and 50,000 abstracts
    python bench/bench_ingest.py --base 100 --scales 1 10 100 --workdir /tmp/exokg-bench
    python bench/bench_ingest.py --base 200 --scales 1 --profile   # where extraction time goes
    python bench/bench_ingest.py --corpus DIR        # one cold build of a corpus folder of your own

``--corpus`` measures real text beside the synthetic abstracts: on the 201 PubMed abstracts of the
SCAI miRNA corpus (written out one abstract per .txt file; 41.5k words, 43 mentions and 2.8
statements per 1,000 words) the end-to-end rate was 41k-55k words/s (two runs on a shared machine), on the synthetic abstracts
(206 mentions and 32 statements per 1,000 words) about 23k, and on the two bundled full-text
papers (119 mentions and 38 statement sentences per 1,000 words) about 17k: the cost follows the
density of entities and claims, and papers of this field are dense. The target is set on the
synthetic corpora.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

TARGET_WORDS_PER_S = 50_000


class Stages:
    """Accumulated wall and CPU seconds per named stage, and how far each raised peak memory."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = defaultdict(float)
        self.cpu: dict[str, float] = defaultdict(float)
        self.peak_rise: dict[str, float] = defaultdict(float)

    def wrap(self, owner: Any, name: str, stage: str) -> None:
        original = getattr(owner, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            hwm = _peak_mb()
            w, c = time.perf_counter(), time.process_time()
            try:
                return original(*args, **kwargs)
            finally:
                self.wall[stage] += time.perf_counter() - w
                self.cpu[stage] += time.process_time() - c
                self.peak_rise[stage] += _peak_mb() - hwm

        setattr(owner, name, timed)

    def wrap_item(self, mapping: dict[str, Any], key: str, stage: str) -> None:
        """Time a function held in a registry (``kg.exporters.EXPORTERS``) as ``stage``."""
        holder = type("Holder", (), {"fn": staticmethod(mapping[key])})
        self.wrap(holder, "fn", stage)
        mapping[key] = holder.fn


def _status_mb(field: str) -> float:
    """A memory figure of this process from /proc (VmRSS now, VmHWM the peak so far), in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _peak_mb() -> float:
    """Peak resident memory so far (VmHWM) from getrusage: a system call, where reading /proc/self/status
    costs about 50 us, several times per document when stages are timed per call."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_mb() -> float:
    return _status_mb("VmRSS")


def _children_cpu() -> float:
    """CPU seconds of finished child processes (the extraction workers of ``--jobs``)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_one(mode: str, corpus: Path, out: Path, profile: Path | None, jobs: int = 1) -> dict[str, Any]:
    """Run one build (or add) in this process with stage timers; return the measurements."""
    import extractors.corpus
    import kg.cache
    import kg.exporters
    import kg.pipeline
    import kg.rdf
    import kg.store
    import kg.view
    from kg.incremental import add
    from kg.pipeline import Extractor, build

    stages = Stages()
    stages.wrap(extractors.corpus, "read_batch", "read")
    stages.wrap(kg.pipeline.Extractor, "process", "extract")
    stages.wrap(kg.cache.ResultCache, "get_result", "cache")
    stages.wrap(kg.cache.ResultCache, "put_result", "cache")
    stages.wrap(kg.cache.ResultCache, "put_encoded", "cache")
    stages.wrap(kg.pipeline, "assemble", "assemble")
    stages.wrap(kg.pipeline, "build_graph", "graph")
    stages.wrap(kg.rdf, "write_rdf", "rdf")
    for name in kg.exporters.EXPORTERS:  # called inside write_rdf; reported apart (not RDF)
        stages.wrap_item(kg.exporters.EXPORTERS, name, "exports")
    stages.wrap(kg.store, "build_store", "store")
    stages.wrap(kg.view, "write_html", "html")
    stages.wrap(kg.pipeline, "write_outputs", "outputs")
    stages.wrap(kg.pipeline, "build_from_records", "total")

    t_load, c_load = time.perf_counter(), time.process_time()
    extractor = Extractor()
    load = {"wall": time.perf_counter() - t_load, "cpu": time.process_time() - c_load}
    baseline_mb = _rss_mb()

    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    load_before = os.getloadavg()[0]
    children0 = _children_cpu()
    w0, c0 = time.perf_counter(), time.process_time()
    if mode == "add":
        outcome = add(sorted(corpus.iterdir()), out, extractor=extractor, jobs=jobs)
        result = outcome.build
    else:
        result = build(corpus, out, progress=False, extractor=extractor, jobs=jobs)
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    workers_cpu = _children_cpu() - children0
    if profiler:
        profiler.disable()
        profiler.dump_stats(str(profile))

    words = sum(len(d.text.split()) for d in result.documents)
    stages.wall["rdf"] -= stages.wall.get("exports", 0.0)
    stages.cpu["rdf"] -= stages.cpu.get("exports", 0.0)
    for stage in ("rdf", "exports", "store", "html"):
        stages.wall["outputs"] -= stages.wall.get(stage, 0.0)
        stages.cpu["outputs"] -= stages.cpu.get(stage, 0.0)
    outputs_wall = stages.wall.get("outputs", 0.0) + sum(stages.wall.get(s, 0.0) for s in ("rdf", "exports", "store", "html"))
    stages.wall["json"], stages.cpu["json"] = stages.wall.pop("outputs", 0.0), stages.cpu.pop("outputs", 0.0)
    stages.wall.pop("total", None)
    stages.cpu.pop("total", None)
    rises = {k: v for k, v in stages.peak_rise.items() if k not in {"outputs", "total"}}
    return {
        "mode": mode, "documents": len(result.documents), "words": words, "extracted": result.extracted,
        "cached": result.cached, "statements": len(result.statements), "effects": len(result.effects),
        "nodes": result.graph.number_of_nodes(), "edges": result.graph.number_of_edges(),
        "skipped": len(result.skipped), "wall": wall, "cpu": cpu, "load": load, "jobs": jobs,
        "workers_cpu": workers_cpu, "outputs_wall": outputs_wall,
        "worker_peak_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "stages_wall": dict(stages.wall), "stages_cpu": dict(stages.cpu),
        "baseline_rss_mb": baseline_mb, "peak_rise_mb": rises,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "loadavg": [load_before, os.getloadavg()[0]],
    }


def _child(mode: str, corpus: Path, out: Path, profile: Path | None = None, jobs: int = 1) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", mode, str(corpus), str(out), "--jobs", str(jobs)]
    if profile:
        cmd += ["--profile-to", str(profile)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=ROOT)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"benchmark run failed: {' '.join(cmd)}")
    return json.loads(done.stdout.strip().splitlines()[-1])


STAGE_ORDER = ["read", "extract", "cache", "assemble", "graph", "rdf", "exports", "store", "html", "json"]
END_TO_END = ("read", "extract", "cache", "assemble", "graph", "rdf")


def _total_cpu(r: dict[str, Any]) -> float:
    """CPU seconds of the build process and of its worker processes (``--jobs``)."""
    return r["cpu"] + r.get("workers_cpu", 0.0)


def _report(label: str, r: dict[str, Any]) -> None:
    cpu, wall, words, docs = _total_cpu(r), r["wall"], r["words"], r["documents"]
    print(f"\n{label}: {docs} documents, {words} words "
          f"({r['extracted']} extracted, {r['cached']} from cache, {r['skipped']} skipped)")
    print(f"  graph: {r['nodes']} nodes, {r['edges']} edges, {r['statements']} statements, {r['effects']} effects")
    print(f"  time: {cpu:.1f} s CPU, {wall:.1f} s wall (+ {r['load']['cpu']:.1f} s CPU loading the extractor); "
          f"1-min load average {r['loadavg'][0]:.1f} before, {r['loadavg'][1]:.1f} after")
    print(f"  rate (CPU): {words / cpu:,.0f} words/s, {docs / cpu:,.1f} documents/s"
          f"   (wall: {words / wall:,.0f} words/s, {docs / wall:,.1f} documents/s)")
    end_to_end = sum(r["stages_cpu"].get(s, 0.0) for s in END_TO_END)
    if r["jobs"] > 1:
        sw = r["stages_wall"]
        outputs = r["outputs_wall"]
        middle = sw.get("assemble", 0.0) + sw.get("graph", 0.0)
        reading = wall - outputs - middle
        print(f"  {r['jobs']} jobs: the whole build (every output file) took {wall:.1f} s wall = {words / wall:,.0f} "
              f"words/s, {docs / wall:,.1f} documents/s: reading and extraction {reading:.1f} s "
              f"({words / reading:,.0f} words/s), assembly and graph {middle:.1f} s, output files {outputs:.1f} s; "
              f"CPU of the worker processes {r['workers_cpu']:.1f} s, the largest peak RSS of one "
              f"{r['worker_peak_rss_mb']:.0f} MB (shared pages counted in full; the stage figures below are the build "
              "process's own)")
    elif end_to_end:
        exports = r["stages_cpu"].get("exports", 0.0)
        print(f"  read+extract+assemble+RDF (nt, ttl, jsonld): {words / end_to_end:,.0f} words/s CPU, "
              f"{docs / end_to_end:,.1f} documents/s (target {TARGET_WORDS_PER_S:,} words/s); "
              f"with the KGX and GraphML exports: {words / (end_to_end + exports):,.0f} words/s")
    print(f"  memory: peak RSS {r['peak_rss_mb']:.0f} MB (after loading the extractor: {r['baseline_rss_mb']:.0f} MB)")
    parts = [f"{s} {r['stages_cpu'][s]:.1f}s ({100 * r['stages_cpu'][s] / r['cpu']:.0f}%)"
             for s in STAGE_ORDER if r["stages_cpu"].get(s, 0.0) >= 0.05]
    print("  stages (CPU): " + ", ".join(parts))
    rises = [f"{s} +{r['peak_rise_mb'][s]:.0f}" for s in STAGE_ORDER if r["peak_rise_mb"].get(s, 0.0) >= 1]
    print("  peak memory raised by (MB): " + (", ".join(rises) or "nothing above the baseline"))


def _ratios(label: str, runs: list[tuple[int, dict[str, Any]]]) -> None:
    if len(runs) < 2:
        return
    print(f"\n{label}: growth between scales (linear cost = the same ratio as the corpus)")
    for (n0, a), (n1, b) in itertools.pairwise(runs):
        mem = (b["peak_rss_mb"] - b["baseline_rss_mb"]) / max(a["peak_rss_mb"] - a["baseline_rss_mb"], 1e-9)
        stage_ratios = ", ".join(
            f"{s} x{b['stages_cpu'][s] / a['stages_cpu'][s]:.1f}"
            for s in STAGE_ORDER if a["stages_cpu"].get(s, 0) > 0.05 and b["stages_cpu"].get(s, 0) > 0
        )
        print(f"  {n0} -> {n1} documents (x{n1 / n0:g}): CPU x{_total_cpu(b) / _total_cpu(a):.2f}, "
              f"wall x{b['wall'] / a['wall']:.2f}, memory above baseline x{mem:.2f}")
        print(f"    per stage: {stage_ratios}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", type=int, default=500, help="abstracts at 1x (default 500)")
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/exokg-bench"))
    parser.add_argument("--format", choices=["pubmed", "bioc-json", "text", "medline", "ris"], default="pubmed",
                        help="how the synthetic abstracts are written (medline and ris: search exports)")
    parser.add_argument("--no-rebuild", action="store_true", help="skip the warm rebuild and the add")
    parser.add_argument("--corpus", type=Path, help="measure one cold build of this corpus folder instead")
    parser.add_argument("--profile", action="store_true", help="cProfile the 1x build and print the top functions")
    parser.add_argument("--jobs", type=int, default=1,
                        help="extraction worker processes (default 1; the 50k words/s target is for one)")
    parser.add_argument("--child", nargs=3, metavar=("MODE", "CORPUS", "OUT"), help=argparse.SUPPRESS)
    parser.add_argument("--profile-to", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        mode, corpus, out = args.child
        print(json.dumps(run_one(mode, Path(corpus), Path(out), args.profile_to, args.jobs)))
        return 0

    from gen_synthetic_corpus import write_corpus

    args.workdir.mkdir(parents=True, exist_ok=True)
    if args.corpus is not None:
        out = args.workdir / "out_corpus"
        shutil.rmtree(out, ignore_errors=True)
        r = _child("build", args.corpus.resolve(), out, jobs=args.jobs)
        _report(f"build of {args.corpus}", r)
        if r["words"]:
            print(f"  density: {1000 * r['statements'] / r['words']:.1f} assembled statements per 1,000 words")
        return 0
    print(f"exokg ingestion benchmark: base {args.base} abstracts, scales {args.scales}, format {args.format}, "
          f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    cold: list[tuple[int, dict[str, Any]]] = []
    warm: list[tuple[int, dict[str, Any]]] = []
    for scale in args.scales:
        n = args.base * scale
        corpus = args.workdir / f"corpus_{args.format}_{n}"
        if not corpus.exists():
            counts = write_corpus(corpus, n, args.format)
            print(f"\ngenerated {counts['documents']} abstracts ({counts['words']} words) in {corpus}")
        out = args.workdir / f"out_{n}"
        shutil.rmtree(out, ignore_errors=True)
        profile = args.workdir / f"profile_{n}.pstats" if args.profile and scale == args.scales[0] else None
        r = _child("build", corpus, out, profile, jobs=args.jobs)
        _report(f"build, {scale}x", r)
        cold.append((n, r))
        if profile:
            import pstats

            print(f"\n  top functions by own time ({profile}):")
            pstats.Stats(str(profile)).sort_stats("tottime").print_stats(15)
        if args.no_rebuild:
            continue
        r = _child("build", corpus, out, jobs=args.jobs)
        _report(f"rebuild of the unchanged corpus, {scale}x", r)
        warm.append((n, r))
        extra = args.workdir / f"extra_{n}"
        shutil.rmtree(extra, ignore_errors=True)
        write_corpus(extra, max(1, n // 100), args.format, seed=1000 + scale, start=n)
        r = _child("add", extra, out, jobs=args.jobs)
        _report(f"add {max(1, n // 100)} new abstracts to the {scale}x build", r)
    _ratios("cold builds", cold)
    _ratios("rebuilds from the cache", warm)
    return 0


if __name__ == "__main__":
    sys.exit(main())
