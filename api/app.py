"""The FastAPI application: ``create_app(out_dir)`` serves one build of the graph, read-only.

Routes (all documented at /docs and /openapi.json):

- ``/`` landing page, ``/view`` interactive HTML view, ``/sparql`` SPARQL 1.1 Protocol;
- ``/api/v1`` summary; ``/api/v1/search``; ``/api/v1/entities/{id}`` and ``.../neighbourhood``;
  ``/api/v1/paths``; ``/api/v1/statements``; ``/api/v1/effects`` and ``/api/v1/plots/{name}``;
  ``/api/v1/documents`` and ``.../evidence``; ``/api/v1/export/{fmt}``.

The graph is indexed when it is loaded (:class:`api.index.GraphIndex`); requests only read it.
``exokg serve`` follows rebuilds of the output folder (:mod:`api.reload`): a new graph.json is
loaded and indexed beside the one being served, then swapped in; requests under way finish on
the build they started with.
/docs (Swagger UI) and /redoc load their scripts and styles from the app itself (the assets the
``fastapi-offline`` package ships, under ``/static/docs``), so the documentation works offline.
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.staticfiles import StaticFiles
from starlette.responses import HTMLResponse

from api.context import ApiContext, Settings, context_for_graph, load_context
from api.errors import ApiError, api_error_handler
from api.middleware import LimitAndTime
from api.routers import common, effects, entities, sparql, statements
from api.routers import documents as documents_routes
from api.routers import graph as graph_routes

API_VERSION = "1.0.0"
DESCRIPTION = """\
Read-only access to the exokg knowledge graph of mesenchymal stem cell (MSC) exosomes in spinal cord
injury: entities, mechanism statements with their evidence sentences, pooled effects of meta-analyses,
documents, SPARQL and exports.

Entities are named by CURIE (`mirbase.mature:MIMAT0000076`) or, wherever an entity is expected, by an
exact label or synonym in any case (`miR-21`). Unknown names answer 404 with the closest matches;
invalid parameters answer 422 naming the parameter.

The server follows rebuilds: after `exokg build` or `exokg add` has rewritten the output folder, the
new graph is loaded in the background and answers from then on, without a restart (a request under
way finishes on the build it started with). Every response names the build it was made from in the
`X-Exokg-Build` header; `GET /api/v1` describes that build under `build` (its id, when graph.json
was written, when the build finished and when it was loaded, the exokg and extractor versions that
made it, and how many input files it left out). A client paging through results can compare the header to
see whether the graph changed between two pages.
"""


def create_app(out_dir: str | Path | None = None, *, graph: Any = None, store: Any = None,
               documents: list[dict[str, Any]] | None = None, settings: Settings | None = None,
               context: ApiContext | None = None) -> FastAPI:
    """The API over ``out_dir`` (an ``exokg build`` output folder), or over an in-memory ``graph``."""
    if context is None:
        if graph is not None:
            context = context_for_graph(graph, out_dir=out_dir, store=store, documents=documents, settings=settings)
        elif out_dir is not None:
            context = load_context(out_dir, settings)
            if store is not None:
                context._store = store
        else:
            raise ValueError("create_app needs an output folder or a graph")
    app = FastAPI(title="exokg API", version=API_VERSION, description=DESCRIPTION, docs_url=None, redoc_url=None,
                  openapi_tags=[{"name": "entities"}, {"name": "statements"}, {"name": "pooled effects"},
                                {"name": "documents"}, {"name": "graph"}, {"name": "SPARQL"}])
    app.state.context = context
    app.add_exception_handler(ApiError, api_error_handler)
    app.include_router(graph_routes.router(context))
    for module in (entities, statements, effects, documents_routes):
        app.include_router(module.router(context), prefix=common.API_PREFIX)
    app.include_router(sparql.router(context))
    add_offline_docs(app)
    app.add_middleware(LimitAndTime, max_body_bytes=context.settings.max_body_bytes,
                       max_url_bytes=context.settings.max_url_bytes, context=context)
    return app


DOCS_ASSETS = "/static/docs"  # Swagger UI and ReDoc files, served from the installed fastapi-offline package
SWAGGER_UI_PARAMETERS = {"validatorUrl": None}  # no badge fetched from the online validator


def add_offline_docs(app: FastAPI) -> None:
    """/docs and /redoc with their scripts, styles and icon served by the app: no CDN, no web fonts.

    Plain routes, as FastAPI registers its own documentation pages (not API operations).
    """
    app.mount(DOCS_ASSETS, StaticFiles(packages=[("fastapi_offline", "static")]), name="docs-assets")
    openapi_url = app.openapi_url or "/openapi.json"
    redirect_url = app.swagger_ui_oauth2_redirect_url

    async def swagger_ui(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "")
        return get_swagger_ui_html(
            openapi_url=f"{root}{openapi_url}", title=f"{app.title} - Swagger UI",
            oauth2_redirect_url=f"{root}{redirect_url}" if redirect_url else None,
            swagger_js_url=f"{root}{DOCS_ASSETS}/swagger-ui-bundle.js",
            swagger_css_url=f"{root}{DOCS_ASSETS}/swagger-ui.css",
            swagger_favicon_url=f"{root}{DOCS_ASSETS}/favicon.png",
            swagger_ui_parameters={**(app.swagger_ui_parameters or {}), **SWAGGER_UI_PARAMETERS})

    async def swagger_ui_redirect(request: Request) -> HTMLResponse:
        return get_swagger_ui_oauth2_redirect_html()

    async def redoc(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "")
        return get_redoc_html(openapi_url=f"{root}{openapi_url}", title=f"{app.title} - ReDoc",
                              redoc_js_url=f"{root}{DOCS_ASSETS}/redoc.standalone.js",
                              redoc_favicon_url=f"{root}{DOCS_ASSETS}/favicon.png", with_google_fonts=False)

    app.add_route("/docs", swagger_ui, include_in_schema=False)
    if redirect_url:
        app.add_route(redirect_url, swagger_ui_redirect, include_in_schema=False)
    app.add_route("/redoc", redoc, include_in_schema=False)


def freeze_for_serving() -> None:
    """Exclude everything loaded so far (graph, index) from garbage-collection passes.

    A served graph lives until a rebuild replaces it; without this a full collection walks its tens
    of millions of objects and stalls every request for a moment (the p99 spikes of a large graph).
    Call after ``create_app`` in a process that serves a graph; :mod:`api.reload` freezes each new
    build again once the old one is released.
    """
    gc.collect()
    gc.freeze()
