"""The graph as a whole: summary, mechanism paths, exports, the HTML view and the landing page."""

import html
import io
import zipfile
from collections import Counter, OrderedDict
from pathlib import Path as FilePath
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Path, Query
from starlette.concurrency import run_in_threadpool
from starlette.responses import FileResponse, HTMLResponse, Response

from api.context import ApiContext, Build
from api.errors import NotFoundError, ParamError, Unavailable
from api.index import GraphIndex, Walk
from api.routers.common import (
    API_PREFIX,
    CATEGORY_PATTERN,
    MAX_FILTER_VALUES,
    NOT_FOUND,
    NOT_FOUND_JSON,
    PredicateName,
    categories_filter,
    json_body,
    predicates_filter,
    problem_json,
)
from api.schemas import GraphInfo, PathResults
from kg.errors import ExokgError

EXPORTS: dict[str, tuple[tuple[str, ...], str]] = {
    "turtle": (("kg.ttl",), "text/turtle; charset=utf-8"),
    "jsonld": (("kg.jsonld",), "application/ld+json"),
    "ntriples": (("kg.nt",), "application/n-triples"),
    "graphml": (("kg.graphml",), "application/graphml+xml"),
    "kgx": (("kg_nodes.tsv", "kg_edges.tsv"), "application/zip"),
}
RDF_FORMATS = {"turtle": "turtle", "jsonld": "json-ld", "ntriples": "nt"}
GENERATE_LIMIT = 50_000  # whole-graph exports built on request only up to this many edges
CACHE_SIZE = 32
CACHE_MAX_ITEM = 16 * 1024 * 1024  # larger pages and exports are rebuilt rather than kept in memory


def export_bytes(graph: Any, fmt: str) -> bytes:
    """Serialize a (sub)graph with kg's exporters."""
    if fmt in RDF_FORMATS:
        from kg.rdf import graph_to_rdf, serialize

        return serialize(graph_to_rdf(graph), RDF_FORMATS[fmt]).encode("utf-8")
    if fmt == "graphml":
        import networkx as nx

        from kg.exporters.graphml import graphml_graph

        buf = io.BytesIO()
        nx.write_graphml(graphml_graph(graph), buf, encoding="utf-8", named_key_ids=True)
        return buf.getvalue()
    from kg.exporters.kgx import kgx_tables

    nodes, edges = kgx_tables(graph)
    return _zip({"kg_nodes.tsv": nodes.encode("utf-8"), "kg_edges.tsv": edges.encode("utf-8")})


def _zip(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return buf.getvalue()


class _Cache(OrderedDict[tuple, Any]):
    """A small LRU for rendered pages and exports (they are pure functions of their parameters)."""

    def get_or(self, key: tuple, make: Any) -> Any:
        if key in self:
            self.move_to_end(key)
            return self[key]
        value = make()
        if len(value) <= CACHE_MAX_ITEM:
            self[key] = value
            while len(self) > CACHE_SIZE:
                self.popitem(last=False)
        return value


def router(ctx: ApiContext) -> APIRouter:
    r = APIRouter(tags=["graph"])
    cache = _Cache()  # keys start with the build id: a rebuild's pages are made anew

    def walk(b: Build, focus: str, depth: int, category: list[str] | None, predicate: list[Any] | None,
             min_belief: float, max_nodes: int) -> Walk:
        return b.index.neighbourhood(b.entity(focus, "focus"), depth=depth, categories=categories_filter(category),
                                     predicates=predicates_filter(predicate), min_belief=min_belief,
                                     max_nodes=max_nodes, max_edges=ctx.settings.max_edges)

    def resolve(ix: GraphIndex, text: str, what: str) -> int:
        """An exact id or name, else the name rules of ``exokg explain`` (word covering), else 404."""
        node = ix.lookup(text)
        if node is not None:
            return node
        from kg.explain import resolve_entity

        try:
            return ix.pos[resolve_entity(ix.graph, text)]
        except (ExokgError, KeyError):
            raise NotFoundError(f"no {what} {text[:200]!r} in the graph (give a CURIE, label or synonym)",
                                ix.suggestions(text)) from None

    @r.get(API_PREFIX, response_model=GraphInfo, summary="What is being served: counts, links and which build")
    async def info() -> Response:
        b = ctx.current()
        ix = b.index
        predicates = Counter(ix.edge_relation[e] for e in ix.statement_order) if ix.n_edges <= 200_000 else \
            {k: len(v) for k, v in ix.by_predicate.items() if ":" not in k}
        return json_body({
            "name": str(ix.graph.graph.get("name") or "exokg"),
            "schema_version": ix.graph.graph.get("schema_version"),
            "nodes": len(ix), "edges": ix.n_edges, "statements": len(ix.statement_order),
            "pooled_effects": len(ix.effect_nodes), "documents": len(b.documents),
            "categories": dict(sorted(ix.category_counts.items())), "predicates": dict(sorted(predicates.items())),
            "links": {"docs": "/docs", "openapi": "/openapi.json", "view": "/view", "sparql": "/sparql",
                      "search": f"{API_PREFIX}/search?q=miR-21", "statements": f"{API_PREFIX}/statements",
                      "effects": f"{API_PREFIX}/effects", "documents": f"{API_PREFIX}/documents"},
            "build": b.describe(),
        })

    @r.get(f"{API_PREFIX}/paths", response_model=PathResults, responses=NOT_FOUND,
           summary="Mechanism paths between two entities, ranked by belief, with evidence")
    def paths(
        source: Annotated[str, Query(min_length=1, max_length=500, description="CURIE, label or synonym",
                                     openapi_examples={"exosome": {"value": "BMSC-derived exosome"}})],
        target: Annotated[str, Query(min_length=1, max_length=500, description="CURIE, label or synonym",
                                     openapi_examples={"outcome": {"value": "BBB score"}})],
        max_hops: Annotated[int, Query(ge=1, le=4, description="longest chain (hops)")] = 4,
        top: Annotated[int, Query(ge=1, le=50)] = 10,
    ) -> Response:
        ix = ctx.current().index
        s, t = resolve(ix, source, "source"), resolve(ix, target, "target")
        try:
            found = ix.path_index.search(ix.ids[s], ix.ids[t], max_hops=max_hops, top=top)
        except ExokgError as exc:
            raise ParamError("source", str(exc)) from None
        return json_body({"source": ix.ref(s), "target": ix.ref(t), "max_hops": max_hops,
                          "complete": found.complete, "paths": [p.to_dict(ix.graph) for p in found.paths]})

    @r.get(f"{API_PREFIX}/export/{{fmt}}", response_class=Response,
           summary="The graph, or the neighbourhood of `focus`, as Turtle, JSON-LD, N-Triples, GraphML or KGX",
           responses={200: {"description": "the export (KGX: a zip of kg_nodes.tsv and kg_edges.tsv)",
                            "content": {m.split(";")[0]: {} for _, m in EXPORTS.values()}},
                      **NOT_FOUND_JSON, 503: problem_json("whole-graph export not prebuilt")})
    async def export(
        fmt: Annotated[str, Path(pattern="^(turtle|jsonld|ntriples|graphml|kgx)$",
                                 description="turtle, jsonld, ntriples, graphml or kgx")],
        focus: Annotated[str | None, Query(min_length=1, max_length=500, description="export only the "
                                           "neighbourhood of this entity (CURIE, label or synonym)")] = None,
        depth: Annotated[int, Query(ge=1, le=3)] = 1,
        category: Annotated[list[Annotated[str, Query(pattern=CATEGORY_PATTERN)]] | None,
                            Query(max_length=MAX_FILTER_VALUES)] = None,
        predicate: Annotated[list[PredicateName] | None,  # type: ignore[valid-type]
                             Query(max_length=MAX_FILTER_VALUES)] = None,
        min_belief: Annotated[float, Query(ge=0, le=1)] = 0.0,
        max_nodes: Annotated[int, Query(ge=1, le=ctx.settings.max_nodes)] = 100,
    ) -> Response:
        b = ctx.current()
        ix = b.index
        files, media = EXPORTS[fmt]
        ext = FilePath(files[0]).suffix if len(files) == 1 else ".zip"
        if focus is None:
            name = f"exokg{ext}" if len(files) == 1 else "exokg_kgx.zip"
            prebuilt = [ctx.out_dir / f for f in files] if ctx.out_dir is not None else []
            if prebuilt and all(p.is_file() for p in prebuilt):
                if len(prebuilt) == 1:
                    return FileResponse(prebuilt[0], media_type=media, filename=name)
                data = await run_in_threadpool(
                    lambda: cache.get_or((b.id, "kgx-files"), lambda: _zip({p.name: p.read_bytes() for p in prebuilt})))
            elif ix.n_edges > GENERATE_LIMIT:
                raise Unavailable(f"no prebuilt {fmt} export in the output folder; run 'exokg build' or give focus")
            else:
                data = await run_in_threadpool(
                    lambda: cache.get_or((b.id, "all", fmt), lambda: export_bytes(ix.graph, fmt)))
        else:
            w = walk(b, focus, depth, category, predicate, min_belief, max_nodes)
            key = (b.id, "walk", fmt, ix.ids[w.center], tuple(w.nodes), tuple(w.edges))
            data = await run_in_threadpool(lambda: cache.get_or(key, lambda: export_bytes(ix.subgraph(w), fmt)))
            name = f"exokg_{_safe(ix.ids[w.center])}{ext}"
        return Response(data, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}"'})

    @r.get("/view", response_class=HTMLResponse, responses=NOT_FOUND_JSON,
           summary="Interactive HTML view of a neighbourhood (or of the whole graph)")
    async def view(
        focus: Annotated[str | None, Query(min_length=1, max_length=500, description="centre entity: CURIE, "
                                           "label or synonym", openapi_examples={"miR-21": {"value": "miR-21"}})
                         ] = None,
        depth: Annotated[int, Query(ge=1, le=3)] = 2,
        category: Annotated[list[Annotated[str, Query(pattern=CATEGORY_PATTERN)]] | None,
                            Query(max_length=MAX_FILTER_VALUES)] = None,
        predicate: Annotated[list[PredicateName] | None,  # type: ignore[valid-type]
                             Query(max_length=MAX_FILTER_VALUES)] = None,
        min_belief: Annotated[float, Query(ge=0, le=1)] = 0.0,
        max_nodes: Annotated[int, Query(ge=1, le=ctx.settings.view_max_nodes)] = 150,
    ) -> Response:
        """A self-contained page (kg.view): no outside requests, evidence shown as text."""
        from kg.view import render_html

        b = ctx.current()
        ix = b.index
        if focus is None:
            if ctx.out_dir is not None and (ctx.out_dir / "kg.html").is_file():
                return FileResponse(ctx.out_dir / "kg.html", media_type="text/html; charset=utf-8")
            if len(ix) > ctx.settings.view_max_nodes:
                raise ParamError("focus", f"the graph has {len(ix)} nodes; give a focus entity to view a "
                                 "neighbourhood")
            page = await run_in_threadpool(lambda: cache.get_or((b.id, "view-all"), lambda: render_html(
                ix.graph, title="exokg")))
            return HTMLResponse(page)
        w = walk(b, focus, depth, category, predicate, min_belief, max_nodes)
        center = ix.ids[w.center]
        title = f"exokg: {ix.labels[w.center]} (depth {depth})"
        key = (b.id, "view", center, depth, tuple(w.nodes), tuple(w.edges))
        page = await run_in_threadpool(lambda: cache.get_or(key, lambda: render_html(
            ix.subgraph(w), title=title, focus=center)))
        return HTMLResponse(page)

    @r.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def landing() -> Response:
        b = ctx.current()
        ix = b.index
        return HTMLResponse(landing_page(ix.graph.graph.get("name") or "exokg", len(ix), ix.n_edges,
                                         len(ix.statement_order), len(ix.effect_nodes), len(b.documents),
                                         example_focus(ix)))

    return r


def _safe(text: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in text)[:80]


def example_focus(ix: Any) -> str:
    """A label worth showing off: the best-connected microRNA, else the best-connected entity."""
    entities = [n for n in range(len(ix)) if ix.kinds[n] == "Entity"]
    if not entities:
        return "miR-21"
    mirnas = [n for n in entities if ix.categories[n] == "biolink:MicroRNA"]
    return ix.labels[max(mirnas or entities, key=lambda n: (ix.degree(n), -n))]


def landing_page(name: str, nodes: int, edges: int, statements: int, effects: int, documents: int,
                 focus: str = "miR-21") -> str:
    """A small self-contained page pointing at the docs, the view and the main endpoints."""
    title = html.escape(str(name))
    example = quote(focus, safe="")
    links = [
        ("/docs", "API documentation (OpenAPI, try requests in the browser)"),
        ("/redoc", "API reference (ReDoc)"),
        ("/openapi.json", "OpenAPI schema"),
        ("/view", "interactive graph view"),
        (f"/view?focus={example}&depth=2", f"view the neighbourhood of {focus}"),
        (f"{API_PREFIX}", "graph summary (JSON)"),
        (f"{API_PREFIX}/search?q={example}", "search entities"),
        (f"{API_PREFIX}/statements?limit=20", "statements, strongest first"),
        (f"{API_PREFIX}/effects", "pooled effects"),
        (f"{API_PREFIX}/documents", "documents"),
        ("/sparql?query=SELECT%20*%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D%20LIMIT%2010", "SPARQL endpoint"),
    ]
    items = "\n".join(f'<li><a href="{html.escape(href)}">{html.escape(text)}</a> '
                      f'<code>{html.escape(href)}</code></li>' for href, text in links)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>body{{font:16px/1.5 system-ui,sans-serif;max-width:46em;margin:2em auto;padding:0 1em;color:#1f1f1f}}
code{{color:#555;font-size:.85em}}</style></head>
<body><h1>{title}</h1>
<p>A knowledge graph of how mesenchymal stem cell exosomes act in spinal cord injury:
{nodes} nodes, {edges} edges ({statements} statements, {effects} pooled effects) from {documents} documents.</p>
<ul>
{items}
</ul></body></html>
"""


__all__ = ["export_bytes", "landing_page", "router"]

