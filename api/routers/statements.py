"""Statements filtered by subject, object, entity, predicate, document or setting (qualifiers), paginated."""

from collections.abc import Sequence
from typing import Annotated

from fastapi import APIRouter, Path, Query
from pydantic import StringConstraints
from starlette.responses import Response

from api.context import ApiContext
from api.errors import NotFoundError
from api.routers.common import NOT_FOUND, PredicateName, json_body
from api.schemas import StatementOut, StatementPage

ENTITY = {"min_length": 1, "max_length": 500}
# KEY or KEY:VALUE, both non-empty; said in the schema, so a request the schema allows is one the API takes
QualifierFilter = Annotated[str, StringConstraints(min_length=1, max_length=200, pattern=r"^[^:]+(:[\s\S]+)?$")]


def router(ctx: ApiContext) -> APIRouter:
    r = APIRouter(tags=["statements"])

    @r.get("/statements", response_model=StatementPage, responses=NOT_FOUND,
           summary="Statements matching all given filters, strongest belief first")
    async def statements(
        subject: Annotated[str | None, Query(**ENTITY, description="subject: CURIE, label or synonym",
                                             openapi_examples={"miR-21": {"value": "miR-21"}})] = None,
        object: Annotated[str | None, Query(**ENTITY, description="object: CURIE, label or synonym")] = None,
        entity: Annotated[str | None, Query(**ENTITY, description="either end of the statement")] = None,
        predicate: Annotated[PredicateName | None,  # type: ignore[valid-type]
                             Query(description="exokg or Biolink predicate")] = None,
        document: Annotated[str | None, Query(min_length=1, max_length=200,
                                              description="id of a document the evidence was read in")] = None,
        min_belief: Annotated[float, Query(ge=0, le=1)] = 0.0,
        qualifier: Annotated[list[QualifierFilter] | None, Query(
            min_length=1, max_length=10,
            description="the setting a statement holds in, as KEY or KEY:VALUE (repeat for several): "
                        "species:rat, cell_type:microglia, cell_line:BV-2, preconditioning:hypoxia, vesicle_source, dose",
            openapi_examples={"hypoxia-preconditioned vesicles": {"value": ["preconditioning:hypoxia"]}})] = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
        evidence_limit: Annotated[int, Query(ge=0, le=100, description="evidence sentences per statement")] = 5,
    ) -> Response:
        """``total`` counts all matches; ``limit``/``offset`` page through them in a stable order
        (belief, then number of evidence sentences, then graph order)."""
        b = ctx.current()
        ix, documents = b.index, b.documents
        if document is not None and document not in ix.by_document and document not in documents:
            raise NotFoundError(f"no document {document[:200]!r}",
                                [{"id": d, "label": str(documents.get(d, {}).get("title") or d),
                                  "category": "document", "score": 0.0} for d in sorted(documents)[:5]])
        found = ix.statements(
            subject=b.entity(subject, "subject") if subject is not None else None,
            object=b.entity(object, "object") if object is not None else None,
            entity=b.entity(entity) if entity is not None else None,
            predicate=predicate.value if predicate is not None else None,
            document=document, min_belief=min_belief, qualifiers=_qualifier_filters(qualifier or ()))
        page = found[offset:offset + limit]
        return json_body({"total": len(found), "limit": limit, "offset": offset,
                          "statements": [ix.statement_record(e, evidence_limit) for e in page]})

    @r.get("/statements/{statement_id}", response_model=StatementOut, responses=NOT_FOUND,
           summary="One statement with all its evidence")
    async def statement(statement_id: Annotated[str, Path(min_length=1, max_length=200,
                                                          description="statement id (content hash)")]) -> Response:
        ix = ctx.current().index
        e = ix.edge_pos.get(statement_id)
        if e is None or not ix.is_statement[e]:
            raise NotFoundError(f"no statement {statement_id[:200]!r}")
        return json_body(ix.statement_record(e))

    return r


def _qualifier_filters(given: Sequence[str]) -> list[tuple[str, str | None]]:
    """"species:rat" -> ("species", "rat"); "dose" -> ("dose", None). The schema has checked the form (see
    QualifierFilter); spaces around either part are dropped unless nothing else is left."""
    out: list[tuple[str, str | None]] = []
    for item in given:
        key, sep, value = item.partition(":")
        out.append((key.strip() or key, (value.strip() or value) if sep else None))
    return out
