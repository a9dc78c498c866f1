"""Safe SPARQL over the exokg store, and the ``exokg sparql`` command.

Safety, in order:

1. :func:`check_query` parses the text with rdflib's SPARQL parser and walks the parse tree and
   the algebra *before* any store sees it. Only SELECT, ASK, CONSTRUCT and DESCRIBE are accepted;
   updates (INSERT/DELETE/LOAD/CLEAR/DROP/CREATE/...), SERVICE (anywhere, also inside EXISTS or
   sub-queries) and FROM / FROM NAMED of IRIs outside exokg's own namespace are refused with a
   :class:`kg.errors.QueryError` that says why. Undeclared prefixes of the project prefix map
   (``exokg:``, ``biolink:``, ``RO:`` ...) are supplied, so short queries work as written.
2. :func:`run_query` bounds time and rows. pyoxigraph cannot cancel a running query, but it
   releases the GIL while evaluating, so the query runs in a daemon worker thread and the
   caller stops waiting at ``timeout_s`` (raising :class:`QueryTimeout`); rows are pulled one by
   one and the worker stops at ``max_rows + 1`` (the result is then marked ``truncated``) or as
   soon as the caller gave up. A query that is still computing its first row (a huge join under
   ORDER BY or COUNT) keeps its thread busy until it finishes, so the number of worker threads is
   bounded (:data:`MAX_WORKERS`): when all are taken by runaways, new queries are refused at once
   with a "busy" error instead of piling up. Callers that must reclaim the CPU immediately can
   pass ``isolation="process"``: the query then runs in a separate worker process, opened
   read-only on the on-disk store, which is killed on timeout and restarted.

Results follow the SPARQL 1.1 result formats (JSON, CSV, TSV, XML) and graphs serialise to
Turtle, N-Triples or JSON-LD.
"""

from __future__ import annotations

import argparse
import csv
import functools
import io
import json
import math
import re
import sys
import threading
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple
from xml.sax.saxutils import escape, quoteattr

from kg.errors import InputError, QueryError
from kg.vocab import prefix_map

FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
MAX_QUERY_CHARS = 50_000
MAX_WORKERS = 4
DEFAULT_TIMEOUT_S = 10.0
DEFAULT_MAX_ROWS = 10_000
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_ALLOWED_DATASET_PREFIXES = (prefix_map()["exokg"],)


class QueryTimeout(QueryError):
    """The query did not finish within its time limit."""


class QueryBusy(QueryError):
    """Every query worker is still busy (typically with runaway queries); try again later."""


# --- checking ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ParsedQuery:
    """A query that passed the safety checks: its form and the text to send to a store."""

    text: str
    form: str
    declared_prefixes: frozenset[str] = frozenset()

    def with_prefixes(self, prefixes: Mapping[str, str] | None = None) -> str:
        """The query text with PREFIX lines for map prefixes it uses but does not declare.

        For endpoints (Virtuoso, rdflib) that do not take a prefix map out of band.
        """
        prefixes = prefix_map() if prefixes is None else prefixes
        used = set(re.findall(r"(?<![\w.<:/#?$-])([A-Za-z][\w.-]*):", _strip_strings_and_iris(self.text)))
        lines = [f"PREFIX {p}: <{prefixes[p]}>" for p in sorted(used)
                 if p in prefixes and p not in self.declared_prefixes]
        return "\n".join([*lines, self.text]) if lines else self.text


def _strip_strings_and_iris(text: str) -> str:
    text = re.sub(r"<[^<>\s]*>", " ", text)
    text = re.sub(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'', " ", text)
    return re.sub(r"#[^\n]*", " ", text)


def _walk(node: Any) -> Iterator[Any]:
    """Every CompValue in an rdflib SPARQL parse tree (iterative, no recursion limit)."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            yield item
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, ParseResults)):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.values())


_PARSE_LOCK = threading.Lock()


def check_query(query: str) -> ParsedQuery:
    """Parse ``query`` and refuse anything but a read-only query over exokg's own data.

    Thread-safe (rdflib's pyparsing grammar is not, so parsing is serialised) and cached by text.
    """
    if not isinstance(query, str) or not query.strip():
        raise QueryError("empty query: give a SPARQL SELECT, ASK, CONSTRUCT or DESCRIBE query")
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"query too long ({len(query)} characters; the limit is {MAX_QUERY_CHARS})")
    return _check_cached(query)


@functools.lru_cache(maxsize=512)
def _check_cached(query: str) -> ParsedQuery:
    with _PARSE_LOCK:
        return _check(query)


def _check(query: str) -> ParsedQuery:
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        parsed = parseQuery(query)
    except Exception as exc:
        try:
            update = parseUpdate(query)
        except Exception:
            update = None
        if update is not None and getattr(update, "request", None):
            ops = ", ".join(sorted({op.name for op in update.request}))
            raise QueryError(f"updates are not allowed ({ops}): only SELECT, ASK, CONSTRUCT and DESCRIBE "
                             "queries run") from None
        if _looks_like_update(query):
            raise QueryError("updates are not allowed: only SELECT, ASK, CONSTRUCT and DESCRIBE queries run") \
                from None
        raise QueryError(f"cannot parse the SPARQL query: {_short(exc)}") from None

    body = parsed[1]
    form = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT",
            "DescribeQuery": "DESCRIBE"}.get(body.name)
    if form is None:
        raise QueryError(f"unsupported query form {body.name}; only {', '.join(FORMS)} run")
    for node in _walk(parsed):
        if node.name == "ServiceGraphPattern":
            raise QueryError("SERVICE is not allowed: queries run on the exokg graph only, never call out "
                             "to other endpoints")
    declared = frozenset(str(n.get("prefix") or "") for n in _walk(parsed[0]) if n.name == "PrefixDecl")
    try:
        translated = translateQuery(parsed, initNs=prefix_map())
    except Exception as exc:
        raise QueryError(f"invalid SPARQL query: {_short(exc)}") from None
    for clause in translated.algebra.get("datasetClause") or ():
        named = "named" in clause
        iri = clause.get("named") if named else clause.get("default")
        kind = "FROM NAMED" if named else "FROM"
        if iri is None or not str(iri).startswith(_ALLOWED_DATASET_PREFIXES):
            raise QueryError(f"{kind} <{iri}> is not allowed: only graphs under {_ALLOWED_DATASET_PREFIXES[0]} "
                             "can be named (nothing is ever fetched from outside)")
    return ParsedQuery(query, form, declared)


def _looks_like_update(query: str) -> bool:
    """True when the first keyword after the prologue is an update verb (for invalid updates)."""
    stripped = _strip_strings_and_iris(query)
    stripped = re.sub(r"(?i)\b(PREFIX\s+[\w.-]*:|BASE)", " ", stripped)
    return bool(re.match(r"\s*(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", stripped, re.I))


def _short(exc: BaseException, limit: int = 300) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


# --- result model -------------------------------------------------------------------------------------


class Term(NamedTuple):
    """An RDF term as plain data: kind is "uri", "bnode", "literal" or "triple"."""

    kind: str
    value: str
    datatype: str | None = None
    lang: str | None = None

    def to_python(self) -> Any:
        """IRIs and strings as str; numbers, booleans as Python values."""
        if self.kind != "literal" or not self.datatype or not self.datatype.startswith(XSD):
            return self.value
        local = self.datatype[len(XSD):]
        try:
            if local in {"integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                         "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong"}:
                return int(self.value)
            if local in {"decimal", "double", "float"}:
                return float(self.value.replace("INF", "inf"))
            if local == "boolean":
                return self.value.strip() in {"true", "1"}
        except ValueError:
            return self.value
        return self.value

    def n3(self) -> str:
        """N-Triples / Turtle form (used by the TSV results format)."""
        if self.kind == "uri":
            return f"<{self.value}>"
        if self.kind == "bnode":
            return f"_:{self.value}"
        if self.kind == "triple":
            return self.value
        text = (self.value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
                .replace("\r", "\\r").replace("\t", "\\t"))
        if self.lang:
            return f'"{text}"@{self.lang}'
        if self.datatype and self.datatype != XSD + "string":
            return f'"{text}"^^<{self.datatype}>'
        return f'"{text}"'


def _from_oxigraph(term: Any) -> Term | None:
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return Term("uri", term.value)
    if isinstance(term, ox.BlankNode):
        return Term("bnode", term.value)
    if isinstance(term, ox.Literal):
        lang = term.language
        return Term("literal", term.value, None if lang else term.datatype.value, lang or None)
    return Term("triple", str(term))


def _from_rdflib(term: Any) -> Term | None:
    import rdflib

    if term is None:
        return None
    if isinstance(term, rdflib.URIRef):
        return Term("uri", str(term))
    if isinstance(term, rdflib.BNode):
        return Term("bnode", str(term))
    if isinstance(term, rdflib.Literal):
        if term.language:
            return Term("literal", str(term), None, term.language)
        return Term("literal", str(term), str(term.datatype) if term.datatype else XSD + "string")
    return Term("triple", str(term))


@dataclass
class QueryResult:
    """What a query returned, in the SPARQL 1.1 result model."""

    form: str
    variables: list[str] = field(default_factory=list)
    bindings: list[tuple[Term | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[tuple[Term, Term, Term]] = field(default_factory=list)
    truncated: bool = False
    elapsed_s: float = 0.0

    @property
    def rows(self) -> list[dict[str, Any]]:
        """SELECT rows as dicts of Python values (None when a variable is unbound)."""
        return [{v: (t.to_python() if t is not None else None) for v, t in zip(self.variables, row, strict=True)}
                for row in self.bindings]

    @property
    def graph(self) -> Any:
        """CONSTRUCT/DESCRIBE result as an rdflib Graph (None for SELECT/ASK)."""
        if self.form not in {"CONSTRUCT", "DESCRIBE"}:
            return None
        import rdflib

        g = rdflib.Graph()
        for prefix, namespace in sorted(prefix_map().items()):
            g.bind(prefix, namespace, override=True, replace=True)
        for s, p, o in self.triples:
            g.add((_to_rdflib(s), _to_rdflib(p), _to_rdflib(o)))
        return g

    def __len__(self) -> int:
        if self.form == "ASK":
            return 1
        return len(self.bindings) if self.form == "SELECT" else len(self.triples)

    # SPARQL 1.1 Query Results formats

    def to_json(self) -> str:
        if self.form == "ASK":
            return json.dumps({"head": {}, "boolean": bool(self.boolean)})
        if self.form != "SELECT":
            return self.to_jsonld()
        bindings = []
        for row in self.bindings:
            item: dict[str, Any] = {}
            for var, term in zip(self.variables, row, strict=True):
                if term is None:
                    continue
                if term.kind == "literal":
                    entry: dict[str, str] = {"type": "literal", "value": term.value}
                    if term.lang:
                        entry["xml:lang"] = term.lang
                    elif term.datatype and term.datatype != XSD + "string":
                        entry["datatype"] = term.datatype
                else:
                    entry = {"type": term.kind if term.kind != "triple" else "literal", "value": term.value}
                item[var] = entry
            bindings.append(item)
        return json.dumps({"head": {"vars": self.variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False)

    def to_csv(self) -> str:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        if self.form == "ASK":
            writer.writerow(["boolean"])
            writer.writerow(["true" if self.boolean else "false"])
            return buf.getvalue()
        self._require_select("CSV")
        writer.writerow(self.variables)
        for row in self.bindings:
            writer.writerow(["" if t is None else (f"_:{t.value}" if t.kind == "bnode" else t.value) for t in row])
        return buf.getvalue()

    def to_tsv(self) -> str:
        if self.form == "ASK":
            return "?boolean\n" + ("true" if self.boolean else "false") + "\n"
        self._require_select("TSV")
        lines = ["\t".join(f"?{v}" for v in self.variables)]
        lines.extend("\t".join("" if t is None else t.n3() for t in row) for row in self.bindings)
        return "\n".join(lines) + "\n"

    def to_xml(self) -> str:
        out = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', "<head>"]
        if self.form == "ASK":
            out += ["</head>", f"<boolean>{'true' if self.boolean else 'false'}</boolean>", "</sparql>"]
            return "\n".join(out) + "\n"
        self._require_select("XML")
        out += [f"<variable name={quoteattr(v)}/>" for v in self.variables]
        out += ["</head>", "<results>"]
        for row in self.bindings:
            out.append("<result>")
            for var, t in zip(self.variables, row, strict=True):
                if t is None:
                    continue
                if t.kind == "uri":
                    value = f"<uri>{escape(t.value)}</uri>"
                elif t.kind == "bnode":
                    value = f"<bnode>{escape(t.value)}</bnode>"
                elif t.lang:
                    value = f"<literal xml:lang={quoteattr(t.lang)}>{escape(t.value)}</literal>"
                elif t.datatype and t.datatype != XSD + "string":
                    value = f"<literal datatype={quoteattr(t.datatype)}>{escape(t.value)}</literal>"
                else:
                    value = f"<literal>{escape(t.value)}</literal>"
                out.append(f"<binding name={quoteattr(var)}>{value}</binding>")
            out.append("</result>")
        out += ["</results>", "</sparql>"]
        return "\n".join(out) + "\n"

    # graph formats

    def to_turtle(self) -> str:
        self._require_graph("Turtle")
        return self.graph.serialize(format="turtle")

    def to_ntriples(self) -> str:
        self._require_graph("N-Triples")
        return "".join(sorted(f"{s.n3()} {p.n3()} {o.n3()} .\n" for s, p, o in self.triples))

    def to_jsonld(self) -> str:
        self._require_graph("JSON-LD")
        return self.graph.serialize(format="json-ld", context=dict(sorted(prefix_map().items())), indent=1,
                                    sort_keys=True)

    def serialize(self, fmt: str) -> str:
        """``json``, ``csv``, ``tsv``, ``xml`` (SELECT/ASK); ``turtle``, ``nt``, ``json-ld`` (graphs)."""
        writers = {"json": self.to_json, "csv": self.to_csv, "tsv": self.to_tsv, "xml": self.to_xml,
                   "turtle": self.to_turtle, "ttl": self.to_turtle, "nt": self.to_ntriples,
                   "ntriples": self.to_ntriples, "json-ld": self.to_jsonld, "jsonld": self.to_jsonld}
        if fmt not in writers:
            raise QueryError(f"unknown result format {fmt!r}; known: {', '.join(sorted(writers))}")
        return writers[fmt]()

    def _require_select(self, name: str) -> None:
        if self.form != "SELECT":
            raise QueryError(f"{name} results are for SELECT and ASK queries; a {self.form} query returns a "
                             "graph (use turtle, nt or json-ld)")

    def _require_graph(self, name: str) -> None:
        if self.form not in {"CONSTRUCT", "DESCRIBE"}:
            raise QueryError(f"{name} is a graph format; a {self.form} query returns a table (use json, csv, "
                             "tsv or xml)")


def _to_rdflib(term: Term) -> Any:
    import rdflib

    if term.kind == "uri":
        return rdflib.URIRef(term.value)
    if term.kind == "bnode":
        return rdflib.BNode(term.value)
    if term.lang:
        return rdflib.Literal(term.value, lang=term.lang)
    if not term.datatype or term.datatype == XSD + "string":
        return rdflib.Literal(term.value)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype))


# --- execution ----------------------------------------------------------------------------------------

_WORKERS = threading.BoundedSemaphore(MAX_WORKERS)


class _Job:
    """One query evaluation, run in a worker thread, that stops pulling rows once abandoned."""

    def __init__(self, fn: Any, parsed: ParsedQuery, max_rows: int) -> None:
        self.fn = fn
        self.parsed = parsed
        self.max_rows = max_rows
        self.abandoned = threading.Event()
        self.done = threading.Event()
        self.result: QueryResult | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.fn(self.parsed, self.max_rows, self.abandoned)
        except BaseException as exc:  # reported to the waiting caller
            self.error = exc
        finally:
            self.done.set()
            _WORKERS.release()


def _collect(rows: Iterable[Any], convert: Any, max_rows: int, abandoned: threading.Event) -> tuple[list, bool]:
    out: list = []
    for row in rows:
        if abandoned.is_set():
            break
        if len(out) >= max_rows:
            return out, True
        out.append(convert(row))
    return out, False


def _oxigraph_runner(ox_store: Any) -> Any:
    def run(parsed: ParsedQuery, max_rows: int, abandoned: threading.Event) -> QueryResult:
        import pyoxigraph as ox

        try:
            answer = ox_store.query(parsed.text, prefixes=prefix_map())
        except SyntaxError as exc:
            raise QueryError(f"the store could not parse the query: {_short(exc)}") from None
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult("ASK", boolean=bool(answer))
        if isinstance(answer, ox.QuerySolutions):
            variables = [v.value for v in answer.variables]
            rows, truncated = _collect(answer, lambda sol: tuple(_from_oxigraph(sol[v]) for v in variables),
                                       max_rows, abandoned)
            return QueryResult("SELECT", variables, rows, truncated=truncated)
        triples, truncated = _collect(
            answer, lambda t: (_from_oxigraph(t.subject), _from_oxigraph(t.predicate), _from_oxigraph(t.object)),
            max_rows, abandoned)
        return QueryResult(parsed.form, triples=triples, truncated=truncated)

    return run


def _rdflib_runner(graph: Any) -> Any:
    def run(parsed: ParsedQuery, max_rows: int, abandoned: threading.Event) -> QueryResult:
        answer = graph.query(parsed.text, initNs=prefix_map())
        if answer.type == "ASK":
            return QueryResult("ASK", boolean=bool(answer.askAnswer))
        if answer.type == "SELECT":
            variables = [str(v) for v in answer.vars]
            rows, truncated = _collect(answer, lambda r: tuple(_from_rdflib(x) for x in r), max_rows, abandoned)
            return QueryResult("SELECT", variables, rows, truncated=truncated)
        triples, truncated = _collect(answer.graph, lambda t: tuple(_from_rdflib(x) for x in t), max_rows, abandoned)
        return QueryResult(parsed.form, triples=triples, truncated=truncated)

    return run


def _runner_for(store: Any) -> Any:
    import pyoxigraph as ox

    from kg.store import Store

    if isinstance(store, Store):
        return _oxigraph_runner(store.ox)
    if isinstance(store, ox.Store):
        return _oxigraph_runner(store)
    try:
        import rdflib
    except ImportError:  # pragma: no cover - rdflib is a dependency
        rdflib = None
    if rdflib is not None and isinstance(store, rdflib.Graph):
        return _rdflib_runner(store)
    raise QueryError(f"cannot query a {type(store).__name__}; expected a kg.store.Store, a pyoxigraph Store or "
                     "an rdflib Graph")


def run_query(store: Any, query: str | ParsedQuery, *, timeout_s: float = DEFAULT_TIMEOUT_S,
              max_rows: int = DEFAULT_MAX_ROWS, isolation: str = "thread") -> QueryResult:
    """Check ``query``, run it with time and row limits, and return the result.

    ``store``: a :class:`kg.store.Store`, a ``pyoxigraph.Store`` or an ``rdflib.Graph``.
    Raises :class:`QueryError` (unsafe or invalid), :class:`QueryTimeout` or :class:`QueryBusy`.
    """
    if not (isinstance(timeout_s, int | float) and math.isfinite(timeout_s) and timeout_s > 0):
        raise QueryError(f"timeout must be a positive number of seconds, not {timeout_s!r}")
    if not isinstance(max_rows, int) or isinstance(max_rows, bool) or max_rows < 0:
        raise QueryError(f"max_rows must be a non-negative integer, not {max_rows!r}")
    parsed = query if isinstance(query, ParsedQuery) else check_query(query)
    if isolation == "process":
        from kg.store import Store

        if not isinstance(store, Store) or store.path is None:
            raise QueryError("process isolation needs an on-disk kg.store.Store (open_store(out_dir))")
        return process_pool(store.path).run(parsed, timeout_s=timeout_s, max_rows=max_rows)
    if isolation != "thread":
        raise QueryError(f"unknown isolation {isolation!r}; use 'thread' or 'process'")
    runner = _runner_for(store)
    if not _WORKERS.acquire(timeout=min(0.5, timeout_s)):
        raise QueryBusy(f"all {MAX_WORKERS} query workers are busy with earlier (possibly runaway) queries; "
                        "try again in a moment")
    job = _Job(runner, parsed, max_rows)
    started = time.perf_counter()
    try:
        worker = threading.Thread(target=job.run, name="exokg-sparql", daemon=True)
        worker.start()
    except BaseException:
        _WORKERS.release()
        raise
    if not job.done.wait(timeout_s):
        job.abandoned.set()
        raise QueryTimeout(f"query timed out after {timeout_s:g} s (limit); narrow it with more specific "
                           "patterns or a LIMIT")
    if job.error is not None:
        if isinstance(job.error, QueryError):
            raise job.error
        raise QueryError(f"query failed: {_short(job.error)}") from job.error
    assert job.result is not None
    job.result.elapsed_s = time.perf_counter() - started
    return job.result


# --- process isolation ------------------------------------------------------------------------------------


def _process_worker(path: str, conn: Any) -> None:
    """Worker process: open the store read-only and answer queries until the pipe closes."""
    import pyoxigraph as ox

    store = ox.Store.read_only(path)
    runner = _oxigraph_runner(store)
    never = threading.Event()
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        text, form, declared, max_rows = request
        try:
            result = runner(ParsedQuery(text, form, frozenset(declared)), max_rows, never)
            conn.send(("ok", result))
        except QueryError as exc:
            conn.send(("query-error", str(exc)))
        except Exception as exc:
            conn.send(("error", _short(exc)))


class ProcessPool:
    """Long-lived worker processes over one on-disk store; a worker that times out is killed."""

    def __init__(self, path: Path, size: int = 2) -> None:
        import multiprocessing as mp

        self.path = Path(path)
        self.ctx = mp.get_context("spawn")
        self.size = size
        self.idle: list[tuple[Any, Any]] = []
        self.live = 0
        self.lock = threading.Condition()

    def _spawn(self) -> tuple[Any, Any]:
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=_process_worker, args=(str(self.path), child), daemon=True,
                                name="exokg-sparql-worker")
        proc.start()
        child.close()
        return proc, parent

    def _checkout(self, timeout_s: float) -> tuple[Any, Any]:
        deadline = time.monotonic() + timeout_s
        with self.lock:
            while True:
                while self.idle:
                    proc, conn = self.idle.pop()
                    if proc.is_alive():
                        return proc, conn
                    self.live -= 1
                if self.live < self.size:
                    self.live += 1
                    break
                remaining = deadline - time.monotonic()
                if remaining <= 0 or not self.lock.wait(remaining):
                    raise QueryBusy(f"all {self.size} query worker processes are busy; try again in a moment")
        try:
            return self._spawn()
        except BaseException:
            with self.lock:
                self.live -= 1
                self.lock.notify()
            raise

    def _return(self, worker: tuple[Any, Any] | None) -> None:
        with self.lock:
            if worker is None:
                self.live -= 1
            else:
                self.idle.append(worker)
            self.lock.notify()

    def run(self, parsed: ParsedQuery, *, timeout_s: float, max_rows: int) -> QueryResult:
        started = time.perf_counter()
        proc, conn = self._checkout(timeout_s)
        try:
            conn.send((parsed.text, parsed.form, sorted(parsed.declared_prefixes), max_rows))
            remaining = max(0.0, timeout_s - (time.perf_counter() - started))
            if not conn.poll(remaining):
                proc.kill()
                proc.join(5)
                conn.close()
                self._return(None)
                raise QueryTimeout(f"query timed out after {timeout_s:g} s (limit); its worker process was "
                                   "stopped")
            status, payload = conn.recv()
        except (EOFError, OSError) as exc:
            proc.kill()
            self._return(None)
            raise QueryError(f"query worker failed: {_short(exc)}") from None
        self._return((proc, conn))
        if status == "ok":
            payload.elapsed_s = time.perf_counter() - started
            return payload
        raise QueryError(payload)

    def close(self) -> None:
        with self.lock:
            for proc, conn in self.idle:
                conn.close()
                proc.kill()
            self.idle.clear()
            self.live = 0


_POOLS: dict[str, ProcessPool] = {}
_POOLS_LOCK = threading.Lock()


def process_pool(path: Path) -> ProcessPool:
    """The shared worker-process pool of the store at ``path`` (started on first use)."""
    key = str(Path(path).resolve())
    with _POOLS_LOCK:
        if key not in _POOLS:
            _POOLS[key] = ProcessPool(Path(key))
        return _POOLS[key]


# --- shipped queries ----------------------------------------------------------------------------------


def shipped_queries() -> dict[str, Path]:
    """The example queries in ontologies/queries/, by name (file stem)."""
    from kg.vocab import ONTOLOGY_DIR

    return {p.stem: p for p in sorted((ONTOLOGY_DIR / "queries").glob("*.rq"))}


# --- command line -------------------------------------------------------------------------------------


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("query", help="a SPARQL query, a .rq file, or the name of a shipped query "
                                      "(see ontologies/queries/README.md; '--list' shows them)", nargs="?")
    parser.add_argument("--out", type=Path, default=Path("out"),
                        help="output folder of 'exokg build' holding the store (default: out/)")
    parser.add_argument("--format", default="table",
                        choices=["table", "csv", "tsv", "json", "xml", "turtle", "nt", "json-ld"],
                        help="result format (default: table; graphs from CONSTRUCT/DESCRIBE print as turtle)")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT_S, help="time limit in seconds")
    parser.add_argument("--max-rows", type=int, default=DEFAULT_MAX_ROWS, help="row limit")
    parser.add_argument("--list", action="store_true", help="list the shipped example queries and exit")


def _resolve_query_text(arg: str) -> str:
    shipped = shipped_queries()
    if arg in shipped:
        return shipped[arg].read_text(encoding="utf-8")
    candidate = Path(arg)
    if arg.endswith((".rq", ".sparql")) or (len(arg) < 4096 and "\n" not in arg and candidate.is_file()):
        if not candidate.is_file():
            raise InputError(f"{arg}: no such query file")
        return candidate.read_text(encoding="utf-8")
    return arg


def format_table(result: QueryResult, max_width: int = 60) -> str:
    """A plain-text table for the terminal (IRIs shortened with the prefix map)."""
    from kg.vocab import compress

    if result.form == "ASK":
        return "true" if result.boolean else "false"
    if result.form != "SELECT":
        return result.to_turtle()

    def cell(t: Term | None) -> str:
        if t is None:
            return ""
        text = (compress(t.value) or f"<{t.value}>") if t.kind == "uri" else t.value
        text = " ".join(text.split())
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    rows = [[cell(t) for t in row] for row in result.bindings]
    widths = [max([len(v), *(len(r[i]) for r in rows)]) for i, v in enumerate(result.variables)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(result.variables, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    if args.list:
        for name, path in shipped_queries().items():
            first = next((ln[1:].strip() for ln in path.read_text(encoding="utf-8").splitlines()
                          if ln.startswith("#") and ln[1:].strip()), "")
            print(f"{name:<32} {first}")
        return 0
    if not args.query:
        raise InputError("give a SPARQL query, a .rq file or a shipped query name (exokg sparql --list)")
    text = _resolve_query_text(args.query)
    parsed = check_query(text)
    from kg.store import open_store

    store = open_store(args.out)
    result = run_query(store, parsed, timeout_s=args.timeout, max_rows=args.max_rows)
    fmt = args.format
    if fmt == "table":
        output = format_table(result)
    elif fmt in {"csv", "tsv", "xml"} and result.form in {"CONSTRUCT", "DESCRIBE"}:
        raise QueryError(f"--format {fmt} is for SELECT/ASK; a {result.form} query returns a graph "
                         "(use turtle, nt or json-ld)")
    elif fmt == "json" and result.form in {"CONSTRUCT", "DESCRIBE"}:
        output = result.to_jsonld()
    else:
        output = result.serialize(fmt)
    sys.stdout.write(output if output.endswith("\n") else output + "\n")
    if result.truncated:
        print(f"exokg sparql: result truncated at {args.max_rows} rows (--max-rows)", file=sys.stderr)
    return 0


__all__: Sequence[str] = ["ParsedQuery", "QueryBusy", "QueryResult", "QueryTimeout", "Term", "check_query",
                          "run_query", "shipped_queries"]
