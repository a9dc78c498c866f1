"""Entity search, entity detail and neighbourhoods (JSON or Cytoscape.js)."""

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query
from starlette.responses import Response

from api.context import ApiContext
from api.routers.common import (
    CATEGORY_PATTERN,
    MAX_FILTER_VALUES,
    NOT_FOUND,
    Direction,
    NeighbourhoodFormat,
    PredicateName,
    categories_filter,
    json_body,
    json_response,
    predicates_filter,
)
from api.schemas import CytoscapeGraph, EntityDetail, Neighbourhood, SearchResults
from kg.vocab import expand

ENTITY_ID = Path(min_length=1, max_length=500, description="CURIE, label or synonym (exact, any case)",
                 openapi_examples={"CURIE": {"value": "mirbase.mature:MIMAT0000076"},
                                   "label": {"value": "miR-21"}})
NODE_ATTRIBUTES_SHOWN_ELSEWHERE = {"id", "label", "category", "kind", "synonyms", "xrefs"}


def iri(curie: str) -> str | None:
    try:
        return expand(curie)
    except (KeyError, ValueError):
        return None


def router(ctx: ApiContext) -> APIRouter:
    r = APIRouter(tags=["entities"])

    @r.get("/search", response_model=SearchResults, summary="Find entities by label, synonym or CURIE")
    async def search(
        q: Annotated[str, Query(min_length=1, max_length=200, description="text to look for; spelling and case "
                                "tolerant (miR21, mir-21, NF-kB, nfkappab ...)",
                                openapi_examples={"miRNA": {"value": "mir21"}, "pathway": {"value": "PI3K/AKT"},
                                                  "CURIE": {"value": "HGNC:8763"}})],
        category: Annotated[list[Annotated[str, Query(pattern=CATEGORY_PATTERN)]] | None,
                            Query(max_length=MAX_FILTER_VALUES, description="Biolink categories to keep "
                                  "(Gene or biolink:Gene); repeat for several")] = None,
        kind: Annotated[str | None, Query(pattern="^(Entity|PooledEffect)$",
                                          description="Entity or PooledEffect")] = None,
        limit: Annotated[int, Query(ge=1, le=100)] = 10,
    ) -> Response:
        """Best matches first. ``score`` is 1 for an exact match (same case), a little lower for the
        same name in another case or spelling, and lower still for prefix and fuzzy matches."""
        ix = ctx.current().index
        hits = ix.search(q, categories=list(categories_filter(category) or ()), kinds=[kind] if kind else (),
                         limit=limit)
        results = [{**ix.node_summary(h.node), "score": h.score, "matched": h.matched, "match_type": h.match_type}
                   for h in hits]
        return json_body({"query": q, "results": results})

    @r.get("/entities/{entity_id:path}/neighbourhood", response_model=Neighbourhood | CytoscapeGraph,
           responses=NOT_FOUND, summary="Nodes and edges around an entity (JSON or Cytoscape.js)")
    async def neighbourhood(
        entity_id: Annotated[str, ENTITY_ID],
        depth: Annotated[int, Query(ge=1, le=3, description="hops from the entity")] = 1,
        category: Annotated[list[Annotated[str, Query(pattern=CATEGORY_PATTERN)]] | None,
                            Query(max_length=MAX_FILTER_VALUES, description="keep only nodes of these Biolink "
                                  "categories (the centre is always kept)")] = None,
        predicate: Annotated[list[PredicateName] | None,  # type: ignore[valid-type]
                             Query(max_length=MAX_FILTER_VALUES, description="follow only these predicates "
                                   "(exokg or Biolink names)")] = None,
        min_belief: Annotated[float, Query(ge=0, le=1, description="drop statements below this belief")] = 0.0,
        max_nodes: Annotated[int, Query(ge=1, le=ctx.settings.max_nodes, description="node cap")] = 100,
        max_edges: Annotated[int, Query(ge=0, le=ctx.settings.max_edges, description="edge cap")] = 500,
        direction: Annotated[Direction, Query(description="follow edges both ways, only outgoing or only "
                                              "incoming")] = Direction.both,
        format: Annotated[NeighbourhoodFormat, Query(description="json (nodes + edges) or cytoscape "
                                                     "(Cytoscape.js elements)")] = NeighbourhoodFormat.json,
    ) -> Response:
        """Breadth-first, strongest edges first, up to ``max_nodes`` nodes; the edges are all edges among
        those nodes (best ``max_edges``). ``truncated`` says whether a cap cut the answer."""
        b = ctx.current()
        ix = b.index
        center = b.entity(entity_id)
        walk = ix.neighbourhood(center, depth=depth, categories=categories_filter(category),
                                predicates=predicates_filter(predicate), min_belief=min_belief,
                                max_nodes=max_nodes, max_edges=max_edges, direction=direction.value)
        if format is NeighbourhoodFormat.cytoscape:
            return json_response(ix.walk_cytoscape(walk, depth=depth))
        return json_response(ix.walk_json(walk, depth=depth))

    @r.get("/entities/{entity_id:path}", response_model=EntityDetail, responses=NOT_FOUND,
           summary="One entity: grounding, IRI, synonyms, cross-references, degree and statements")
    async def entity(
        entity_id: Annotated[str, ENTITY_ID],
        statements_limit: Annotated[int, Query(ge=0, le=200, description="statements to include")] = 20,
        statements_offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
        evidence_limit: Annotated[int, Query(ge=0, le=100, description="evidence sentences per statement")] = 3,
    ) -> Response:
        b = ctx.current()
        ix = b.index
        node = b.entity(entity_id)
        curie = ix.ids[node]
        attrs = ix.node_attrs[node]
        prefix, _, identifier = curie.partition(":")
        statements = ix.statements(entity=node)
        page = statements[statements_offset:statements_offset + statements_limit]
        xrefs = [str(x) for x in attrs.get("xrefs") or ()]
        body: dict[str, Any] = {
            "id": curie,
            "label": ix.labels[node],
            "category": ix.categories[node],
            "kind": ix.kinds[node],
            "grounding": {"curie": curie, "prefix": prefix, "identifier": identifier, "iri": iri(curie)},
            "synonyms": [str(s) for s in attrs.get("synonyms") or ()],
            "xrefs": xrefs,
            "xref_iris": {x: iri(x) for x in xrefs},
            "degree": {"total": ix.degree(node), "outgoing": len(ix.outgoing[node]),
                       "incoming": len(ix.incoming[node])},
            "attributes": {k: v for k, v in attrs.items() if k not in NODE_ATTRIBUTES_SHOWN_ELSEWHERE},
            "statements": {"total": len(statements), "limit": statements_limit, "offset": statements_offset,
                           "statements": [ix.statement_record(e, evidence_limit) for e in page]},
        }
        return json_body(body)

    return r

