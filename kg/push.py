"""``exokg push``: load the graph into a SPARQL 1.1 Graph Store (Virtuoso, Fuseki, GraphDB ...).

The embedded store is enough for one machine; for a shared server the same triples go to a
store that speaks the SPARQL 1.1 Graph Store HTTP Protocol. The graph is sent as N-Triples
(valid Turtle, so every store accepts it as ``text/turtle``) in chunks of ``--chunk`` triples:
the first chunk replaces the target graph (HTTP PUT), the others are appended (HTTP POST), so
a large graph never needs one huge request and a push is a clean replace. Digest or basic
authentication; only the Python standard library is used.

Virtuoso: the endpoint is ``http://HOST:8890/sparql-graph-crud-auth`` (digest auth, user with
SPARQL_UPDATE rights such as ``dba``). Note Virtuoso caps SELECT results at ``ResultSetMaxRows``
in its ini file without saying so; compare counts when you query it.
"""

from __future__ import annotations

import argparse
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError

DEFAULT_GRAPH = "https://w3id.org/exokg/graph"
DEFAULT_CHUNK = 50_000
CONTENT_TYPE = "text/turtle; charset=utf-8"


@dataclass
class PushReport:
    endpoint: str
    graph: str
    triples: int
    chunks: int
    seconds: float

    @property
    def rate(self) -> float:
        return self.triples / self.seconds if self.seconds > 0 else float("inf")

    def summary(self) -> str:
        return (f"exokg push: {self.triples} triples in {self.chunks} chunk(s) to <{self.graph}> at "
                f"{self.endpoint} in {self.seconds:.2f} s ({self.rate:,.0f} triples/s)")


def ntriples_lines(source: str | Path) -> list[str]:
    """N-Triples lines of an output folder (kg.nt, else kg.ttl) or of an RDF file."""
    path = Path(source)
    if path.is_dir():
        for name in ("kg.nt", "kg.ttl"):
            if (path / name).is_file():
                path = path / name
                break
        else:
            raise InputError(f"{source}: no kg.nt or kg.ttl; run 'exokg build --out {source}' first")
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    if path.suffix == ".nt":
        return [ln + "\n" for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()
                and not ln.lstrip().startswith("#")]
    from kg.rdf import iter_ntriples, read_rdf

    return list(iter_ntriples(read_rdf(path)))


def chunks(lines: list[str], size: int) -> Iterator[list[str]]:
    if size <= 0:
        raise InputError(f"--chunk must be a positive number of triples, not {size}")
    for i in range(0, len(lines), size):
        yield lines[i:i + size]


def _opener(endpoint: str, user: str | None, password: str | None, auth: str) -> urllib.request.OpenerDirector:
    handlers: list[urllib.request.BaseHandler] = []
    if user is not None:
        manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        manager.add_password(None, endpoint, user, password or "")
        if auth == "digest":
            handlers.append(urllib.request.HTTPDigestAuthHandler(manager))
        elif auth == "basic":
            handlers.append(urllib.request.HTTPBasicAuthHandler(manager))
        else:
            raise InputError(f"unknown --auth {auth!r}; use digest or basic")
    return urllib.request.build_opener(*handlers)


def graph_url(endpoint: str, graph: str | None) -> str:
    """Graph Store Protocol URL with indirect graph identification (``?graph=`` or ``?default``)."""
    sep = "&" if "?" in endpoint else "?"
    if graph:
        return f"{endpoint}{sep}{urllib.parse.urlencode({'graph': graph})}"
    return f"{endpoint}{sep}default"


def push_lines(lines: list[str], endpoint: str, graph: str | None = DEFAULT_GRAPH, *, user: str | None = None,
               password: str | None = None, auth: str = "digest", chunk: int = DEFAULT_CHUNK,
               replace: bool = True, timeout_s: float = 300.0) -> PushReport:
    """Send N-Triples lines to a Graph Store endpoint (first chunk PUT when ``replace``, then POST)."""
    if not endpoint.startswith(("http://", "https://")):
        raise InputError(f"--endpoint must be an http(s) URL, not {endpoint!r}")
    opener = _opener(endpoint, user, password, auth)
    url = graph_url(endpoint, graph)
    started = time.perf_counter()
    sent = n_chunks = 0
    parts: Iterable[list[str]] = chunks(lines, chunk) if lines else [[]]
    for i, part in enumerate(parts):
        method = "PUT" if (i == 0 and replace) else "POST"
        body = "".join(part).encode("utf-8")
        request = urllib.request.Request(url, data=body, method=method, headers={"Content-Type": CONTENT_TYPE})
        try:
            with opener.open(request, timeout=timeout_s) as response:
                response.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read(500).decode("utf-8", "replace").strip()
            raise InputError(f"{endpoint}: {method} of chunk {i + 1} failed with HTTP {exc.code} {exc.reason}"
                             f"{': ' + detail if detail else ''}") from None
        except (urllib.error.URLError, OSError) as exc:
            raise InputError(f"{endpoint}: cannot reach the graph store: {getattr(exc, 'reason', exc)}") from None
        sent += len(part)
        n_chunks += 1
    return PushReport(endpoint, graph or "(default graph)", sent, n_chunks, time.perf_counter() - started)


def push(source: str | Path, endpoint: str, graph: str | None = DEFAULT_GRAPH, **options: object) -> PushReport:
    """Push an output folder's graph (or an RDF file) to a Graph Store endpoint."""
    return push_lines(ntriples_lines(source), endpoint, graph, **options)  # type: ignore[arg-type]


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--endpoint", required=True,
                        help="SPARQL 1.1 Graph Store URL, e.g. http://localhost:8890/sparql-graph-crud-auth")
    parser.add_argument("--graph", default=DEFAULT_GRAPH, help=f"target named graph IRI (default: {DEFAULT_GRAPH})")
    parser.add_argument("--default-graph", action="store_true", help="write to the store's default graph instead")
    parser.add_argument("--out", type=Path, default=Path("out"), help="output folder of 'exokg build' (default: out/)")
    parser.add_argument("--file", type=Path, help="push this RDF file instead of the output folder's graph")
    parser.add_argument("--user", help="user name (digest or basic auth)")
    parser.add_argument("--password", help="password (or set EXOKG_PUSH_PASSWORD)")
    parser.add_argument("--auth", choices=["digest", "basic"], default="digest", help="HTTP auth scheme")
    parser.add_argument("--chunk", type=int, default=DEFAULT_CHUNK, help="triples per request (default: 50000)")
    parser.add_argument("--append", action="store_true", help="add to the graph instead of replacing it")


def run(args: argparse.Namespace) -> int:
    import os

    password = args.password if args.password is not None else os.environ.get("EXOKG_PUSH_PASSWORD")
    report = push(args.file or args.out, args.endpoint, None if args.default_graph else args.graph,
                  user=args.user, password=password, auth=args.auth, chunk=args.chunk, replace=not args.append)
    print(report.summary())
    return 0


# --- querying a remote endpoint --------------------------------------------------------------------

SELECT_ACCEPT = "application/sparql-results+json"
GRAPH_ACCEPT = "text/turtle"


def remote_query(endpoint: str, query: str, *, default_graph: str | None = DEFAULT_GRAPH,
                 result_cap: int | None = None, timeout_s: float = 60.0) -> object:
    """Run a checked query on a remote SPARQL endpoint; return a :class:`kg.sparql.QueryResult`.

    The same safety check as the embedded store applies. Virtuoso silently cuts results at its
    ``ResultSetMaxRows`` and then sends an ``X-SPARQL-MaxRows`` header: such a result (or one
    reaching ``result_cap`` rows) is marked ``truncated`` rather than passed off as complete.
    """
    import json

    from kg.errors import QueryError
    from kg.sparql import QueryResult, Term, check_query

    parsed = check_query(query)
    params = {"query": parsed.with_prefixes()}
    if default_graph:
        params["default-graph-uri"] = default_graph
    accept = SELECT_ACCEPT if parsed.form in {"SELECT", "ASK"} else GRAPH_ACCEPT
    request = urllib.request.Request(endpoint, data=urllib.parse.urlencode(params).encode("utf-8"), method="POST",
                                     headers={"Accept": accept,
                                              "Content-Type": "application/x-www-form-urlencoded"})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=timeout_s) as response:
            body = response.read().decode("utf-8")
            capped = response.headers.get("X-SPARQL-MaxRows")
    except urllib.error.HTTPError as exc:
        detail = " ".join(exc.read(400).decode("utf-8", "replace").split())
        raise QueryError(f"{endpoint}: HTTP {exc.code} {exc.reason}: {detail}") from None
    except (urllib.error.URLError, OSError) as exc:
        raise QueryError(f"{endpoint}: cannot reach the endpoint: {getattr(exc, 'reason', exc)}") from None
    elapsed = time.perf_counter() - started
    if parsed.form in {"CONSTRUCT", "DESCRIBE"}:
        import rdflib

        from kg.sparql import _from_rdflib

        g = rdflib.Graph().parse(data=body, format="turtle")
        triples = [tuple(_from_rdflib(x) for x in t) for t in g]
        truncated = capped is not None or (result_cap is not None and len(triples) >= result_cap)
        return QueryResult(parsed.form, triples=triples, truncated=truncated, elapsed_s=elapsed)  # type: ignore[arg-type]
    data = json.loads(body)
    if parsed.form == "ASK":
        return QueryResult("ASK", boolean=bool(data.get("boolean")), elapsed_s=elapsed)
    variables = list(data.get("head", {}).get("vars", []))
    rows = []
    for binding in data.get("results", {}).get("bindings", []):
        row = []
        for var in variables:
            cell = binding.get(var)
            if cell is None:
                row.append(None)
            elif cell["type"] in {"literal", "typed-literal"}:
                lang = cell.get("xml:lang")
                datatype = None if lang else cell.get("datatype", "http://www.w3.org/2001/XMLSchema#string")
                row.append(Term("literal", cell["value"], datatype, lang))
            else:
                row.append(Term("bnode" if cell["type"] == "bnode" else "uri", cell["value"]))
        rows.append(tuple(row))
    truncated = capped is not None or (result_cap is not None and len(rows) >= result_cap)
    return QueryResult("SELECT", variables, rows, truncated=truncated, elapsed_s=elapsed)
