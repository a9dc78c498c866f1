"""The FastAPI application: ``create_app(out_dir)`` serves one build of the graph, read-only.

Routes (all documented at /docs and /openapi.json):

- ``/`` landing page, ``/view`` interactive HTML view, ``/sparql`` SPARQL 1.1 Protocol;
- ``/api/v1`` summary; ``/api/v1/search``; ``/api/v1/entities/{id}`` and ``.../neighbourhood``;
  ``/api/v1/paths``; ``/api/v1/statements``; ``/api/v1/effects`` and ``/api/v1/plots/{name}``;
  ``/api/v1/documents`` and ``.../evidence``; ``/api/v1/export/{fmt}``.

The graph is indexed once at start-up (:class:`api.index.GraphIndex`); requests only read it.
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

from fastapi import FastAPI

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
    app = FastAPI(title="exokg API", version=API_VERSION, description=DESCRIPTION,
                  openapi_tags=[{"name": "entities"}, {"name": "statements"}, {"name": "pooled effects"},
                                {"name": "documents"}, {"name": "graph"}, {"name": "SPARQL"}])
    app.state.context = context
    app.add_exception_handler(ApiError, api_error_handler)
    app.include_router(graph_routes.router(context))
    for module in (entities, statements, effects, documents_routes):
        app.include_router(module.router(context), prefix=common.API_PREFIX)
    app.include_router(sparql.router(context))
    app.add_middleware(LimitAndTime, max_body_bytes=context.settings.max_body_bytes,
                       max_url_bytes=context.settings.max_url_bytes)
    return app


def freeze_for_serving() -> None:
    """Exclude everything loaded so far (graph, index) from garbage-collection passes.

    A served graph lives as long as the process; without this a full collection walks its tens of
    millions of objects and stalls every request for a moment (the p99 spikes of a large graph).
    Call once, after ``create_app``, in a process that serves one graph.
    """
    gc.collect()
    gc.freeze()
