"""SPARQL 1.1 Protocol endpoint (query operation only) over the build's store.

GET ``/sparql?query=...`` or POST (``application/x-www-form-urlencoded`` with ``query=...``, or the
query itself as ``application/sparql-query``). Every query goes through
:func:`kg.sparql.check_query` first: updates, LOAD, SERVICE and FROM of outside graphs are refused
with 400 and the reason; time and rows are bounded (a timeout is a 400 with the limit, a result cut
at the row limit carries ``X-Exokg-Truncated: true``). The result format comes from ``format`` or
the Accept header: JSON, CSV, TSV or XML for SELECT/ASK; Turtle, JSON-LD or N-Triples for
CONSTRUCT/DESCRIBE.
"""

import threading
from enum import StrEnum
from functools import lru_cache
from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Header, Query, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from api.context import ApiContext
from api.errors import BadRequest, ParamError, TooBusy, Unsupported
from api.schemas import Problem
from kg.errors import QueryError
from kg.sparql import (
    MAX_QUERY_CHARS,
    MAX_WORKERS,
    ParsedQuery,
    QueryBusy,
    QueryTimeout,
    check_query,
    run_query,
)

_PARSER_LOCK = threading.Lock()  # rdflib's SPARQL parser (pyparsing) is not safe to run in two threads at once


@lru_cache(maxsize=512)
def checked(text: str) -> ParsedQuery:
    """:func:`kg.sparql.check_query`, one thread at a time, remembered for repeated queries."""
    with _PARSER_LOCK:
        return check_query(text)


class ResultFormat(StrEnum):
    json = "json"
    csv = "csv"
    tsv = "tsv"
    xml = "xml"
    turtle = "turtle"
    jsonld = "jsonld"
    ntriples = "ntriples"


MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "xml": "application/sparql-results+xml",
    "turtle": "text/turtle; charset=utf-8",
    "jsonld": "application/ld+json",
    "ntriples": "application/n-triples",
}
ACCEPTED = {
    "application/sparql-results+json": "json", "application/json": "json",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/turtle": "turtle", "application/x-turtle": "turtle", "application/ld+json": "jsonld",
    "application/n-triples": "ntriples",
}
TABLE_FORMATS = frozenset({"json", "csv", "tsv", "xml"})
GRAPH_FORMATS = frozenset({"turtle", "jsonld", "ntriples"})
SERIALIZERS = {"json": "to_json", "csv": "to_csv", "tsv": "to_tsv", "xml": "to_xml", "turtle": "to_turtle",
               "jsonld": "to_jsonld", "ntriples": "to_ntriples"}

EXAMPLE_QUERY = ("SELECT ?mirna ?label WHERE { ?mirna a biolink:MicroRNA ; rdfs:label ?label } "
                 "ORDER BY ?label LIMIT 10")
PROBLEM = {"model": Problem}
RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"description": "query results (SPARQL 1.1 result formats, or RDF for CONSTRUCT/DESCRIBE)",
          "content": {m.split(";")[0]: {} for m in MEDIA_TYPES.values()},
          "headers": {"X-Exokg-Truncated": {"description": "true when the row limit cut the result",
                                            "schema": {"type": "string"}}}},
    400: {**PROBLEM, "description": "refused or invalid query (the reason is in detail), or time limit hit"},
    429: {**PROBLEM, "description": "all query workers are busy; retry shortly"},
    503: {**PROBLEM, "description": "no SPARQL store was built"},
}
POST_BODY = {
    "required": True,
    "content": {
        "application/x-www-form-urlencoded": {
            "schema": {"type": "object", "required": ["query"],
                       "properties": {"query": {"type": "string", "minLength": 1, "maxLength": MAX_QUERY_CHARS}}},
            "example": {"query": EXAMPLE_QUERY}},
        "application/sparql-query": {"schema": {"type": "string", "minLength": 1, "maxLength": MAX_QUERY_CHARS},
                                     "example": EXAMPLE_QUERY},
    },
}


def negotiate(form: str, requested: str | None, accept: str | None) -> str:
    """The result format: the ``format`` parameter, else the best Accept match, else the default."""
    graph = form in ("CONSTRUCT", "DESCRIBE")
    if requested:
        if requested == "json" and graph:
            return "jsonld"
        if graph and requested in TABLE_FORMATS:
            raise BadRequest(f"format={requested} is for SELECT and ASK; a {form} query returns a graph "
                             "(use turtle, jsonld or ntriples)")
        if not graph and requested in GRAPH_FORMATS:
            raise BadRequest(f"format={requested} is a graph format; a {form} query returns a table "
                             "(use json, csv, tsv or xml)")
        return requested
    allowed = GRAPH_FORMATS if graph else TABLE_FORMATS
    for media in _accept_order(accept or ""):
        fmt = ACCEPTED.get(media)
        if fmt == "json" and graph:
            fmt = "jsonld"
        if fmt in allowed:
            return fmt
    return "turtle" if graph else "json"


def _accept_order(accept: str) -> list[str]:
    entries = []
    for i, part in enumerate(accept.split(",")[:32]):
        media, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        if media and q > 0:
            entries.append((-q, i, media.lower()))
    return [m for _, _, m in sorted(entries)]


def router(ctx: ApiContext) -> APIRouter:
    r = APIRouter(tags=["SPARQL"])
    settings = ctx.settings
    # Queries beyond the store's worker count wait their turn (up to the time limit) instead of
    # being refused at once: a burst of queries becomes latency, not errors.
    gate = threading.BoundedSemaphore(MAX_WORKERS)

    def execute(text: str, requested: str | None, accept: str | None) -> Response:
        try:
            parsed = checked(text)
        except QueryError as exc:
            raise BadRequest(str(exc)) from None
        fmt = negotiate(parsed.form, requested, accept)  # refuse a bad format before running anything
        store = ctx.store()
        if not gate.acquire(timeout=settings.sparql_timeout_s):
            raise TooBusy("too many SPARQL queries are running; try again in a moment", headers={"Retry-After": "2"})
        try:
            result = run_query(store, parsed, timeout_s=settings.sparql_timeout_s, max_rows=settings.sparql_max_rows,
                               isolation=settings.sparql_isolation)
        except QueryBusy as exc:
            raise TooBusy(str(exc), headers={"Retry-After": "2"}) from None
        except QueryTimeout as exc:
            raise BadRequest(str(exc)) from None
        except QueryError as exc:
            raise BadRequest(str(exc)) from None
        finally:
            gate.release()
        try:
            body = getattr(result, SERIALIZERS[fmt])()
        except QueryError as exc:
            raise BadRequest(str(exc)) from None
        headers = {"X-Exokg-Truncated": "true" if result.truncated else "false", "Vary": "Accept"}
        return Response(body, media_type=MEDIA_TYPES[fmt], headers=headers)

    @r.get("/sparql", responses={**RESPONSES, 414: {**PROBLEM, "description": "URL too long: send the query by POST"}},
           response_class=Response, summary="SPARQL 1.1 query (GET)")
    async def sparql_get(
        query: Annotated[str, Query(min_length=1, max_length=MAX_QUERY_CHARS, description="a SELECT, ASK, "
                                    "CONSTRUCT or DESCRIBE query; exokg's prefixes (biolink:, exokg:, RO: ...) "
                                    "need no PREFIX lines", openapi_examples={"miRNAs": {"value": EXAMPLE_QUERY}})],
        format: Annotated[ResultFormat | None, Query(description="result format; overrides Accept")] = None,
        accept: Annotated[str | None, Header(max_length=1000, include_in_schema=False)] = None,
    ) -> Response:
        return await run_in_threadpool(execute, query, format.value if format else None, accept)

    @r.post("/sparql", responses={**RESPONSES, 413: {**PROBLEM, "description": "request body too large"},
                                  415: {**PROBLEM, "description": "unsupported body type"}},
            response_class=Response, openapi_extra={"requestBody": POST_BODY}, summary="SPARQL 1.1 query (POST)")
    async def sparql_post(
        request: Request,
        format: Annotated[ResultFormat | None, Query(description="result format; overrides Accept")] = None,
    ) -> Response:
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        raw = await request.body()
        try:
            decoded = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise BadRequest("the request body is not UTF-8 text") from None
        if content_type == "application/sparql-query":
            text = decoded
        elif content_type == "application/x-www-form-urlencoded":
            try:
                fields = parse_qs(decoded, keep_blank_values=True, max_num_fields=20)
            except ValueError:
                raise BadRequest("too many form fields (send query=... and nothing else)") from None
            if "update" in fields:
                raise BadRequest("SPARQL updates are not accepted by this endpoint (read-only)")
            values = fields.get("query") or []
            if len(values) != 1 or not values[0]:
                raise ParamError("query", "give exactly one non-empty 'query' field", location="body")
            text = values[0]
        else:
            raise Unsupported(f"unsupported content type {content_type or '(none)'!r}: send "
                              "application/x-www-form-urlencoded (query=...) or application/sparql-query")
        if len(text) > MAX_QUERY_CHARS:
            raise ParamError("query", f"query too long ({len(text)} characters; the limit is {MAX_QUERY_CHARS})",
                             location="body")
        return await run_in_threadpool(execute, text, format.value if format else None,
                                       request.headers.get("accept"))

    @r.api_route("/sparql", methods=["PUT", "PATCH", "DELETE", "OPTIONS"], include_in_schema=False)
    async def sparql_other_methods() -> Response:
        return Response('{"detail":"Method Not Allowed"}', status_code=405, media_type="application/json",
                        headers={"Allow": "GET, POST"})

    return r
