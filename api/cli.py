"""``exokg serve``: serve a build over HTTP (REST API, SPARQL endpoint, HTML view) with uvicorn.

If the output folder has no graph.json yet, the graph is built first (``exokg build``).
The server listens on 127.0.0.1 unless told otherwise. It follows rebuilds: once ``exokg build``
or ``exokg add`` has rewritten the folder, the new graph is served without a restart
(:mod:`api.reload`; ``--no-reload`` turns that off).
"""

from __future__ import annotations

import argparse
import socket
import sys
from pathlib import Path

from kg.errors import InputError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_RELOAD_INTERVAL = 2.0


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default=DEFAULT_HOST, help=f"address to listen on (default: {DEFAULT_HOST})")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default: {DEFAULT_PORT})")
    parser.add_argument("--out", type=Path, default=Path("out"),
                        help="output folder of 'exokg build' (default: out/); built first if it has no graph.json")
    parser.add_argument("--corpus", type=Path, default=None,
                        help="corpus to build from when the graph is missing (default: the bundled papers)")
    parser.add_argument("--sparql-timeout", type=float, default=10.0, metavar="SECONDS",
                        help="time limit of one SPARQL query (default: 10)")
    parser.add_argument("--sparql-max-rows", type=int, default=10_000, metavar="N",
                        help="row limit of one SPARQL result (default: 10000)")
    parser.add_argument("--workers", type=int, default=1, metavar="N",
                        help="worker processes sharing one loaded graph (default: 1; try the number of cores "
                        "for many concurrent clients)")
    parser.add_argument("--reload-interval", type=float, default=DEFAULT_RELOAD_INTERVAL, metavar="SECONDS",
                        help="how often to look for a rebuilt graph.json and serve it without a restart "
                        f"(default: {DEFAULT_RELOAD_INTERVAL:g}; 0 turns reloading off)")
    parser.add_argument("--no-reload", action="store_true",
                        help="serve the graph loaded at start-up until stopped (same as --reload-interval 0)")
    parser.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"],
                        help="server log level (default: info)")


def ensure_built(out: Path, corpus: Path | None, *, quiet: bool = False) -> bool:
    """Build the graph into ``out`` unless it already has a graph.json; True if it built."""
    if (out / "graph.json").is_file():
        return False
    from kg.pipeline import build, summary

    if not quiet:
        print(f"exokg serve: {out}/graph.json not found; building the graph first", file=sys.stderr)
    result = build(corpus, out, progress=not quiet and sys.stderr.isatty())
    if not quiet:
        print(summary(result), file=sys.stderr)
    return True


def check_listen(host: str, port: int) -> None:
    """Fail early, with one clear line, when the address cannot be listened on."""
    if not 0 <= port <= 65535:
        raise InputError(f"--port {port}: must be between 0 and 65535")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise InputError(f"--host {host!r}: cannot resolve ({exc.strerror})") from None
    family, _, _, _, address = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise InputError(f"cannot listen on {host}:{port}: {exc.strerror}") from None


def run(args: argparse.Namespace) -> int:
    if args.sparql_timeout <= 0:
        raise InputError(f"--sparql-timeout {args.sparql_timeout}: must be a positive number of seconds")
    if args.sparql_max_rows < 0:
        raise InputError(f"--sparql-max-rows {args.sparql_max_rows}: must not be negative")
    if not 1 <= args.workers <= 64:
        raise InputError(f"--workers {args.workers}: must be between 1 and 64")
    if not 0 <= args.reload_interval <= 86_400:
        raise InputError(f"--reload-interval {args.reload_interval}: must be between 0 and 86400 seconds")
    check_listen(args.host, args.port)
    ensure_built(args.out, args.corpus)

    from api.app import create_app, freeze_for_serving
    from api.context import Settings
    from api.server import serve

    settings = Settings(sparql_timeout_s=args.sparql_timeout, sparql_max_rows=args.sparql_max_rows,
                        sparql_isolation="process" if (args.out / "store").is_dir() else "thread",
                        reload_interval_s=0.0 if args.no_reload else args.reload_interval)
    app = create_app(args.out, settings=settings)
    freeze_for_serving()
    shown = f"[{args.host}]" if ":" in args.host else args.host
    workers = f", {args.workers} worker processes" if args.workers > 1 else ""

    def announce(port: int) -> None:
        print(f"exokg serve: http://{shown}:{port}/  (API docs: /docs, graph view: /view, SPARQL: /sparql"
              f"{workers})", file=sys.stderr, flush=True)

    try:
        return serve(app, args.host, args.port, workers=args.workers, log_level=args.log_level,
                     on_listening=announce)
    except OSError as exc:
        raise InputError(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}") from None
