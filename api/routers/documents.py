"""Documents (bibliographic metadata, sections, references, text) and their evidence sentences."""

from collections.abc import Mapping
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query
from starlette.responses import Response

from api.context import ApiContext, Build
from api.errors import NotFoundError
from api.routers.common import NOT_FOUND, json_body
from api.schemas import DocumentDetail, DocumentList, EvidencePage

DOCUMENT_ID = Path(min_length=1, max_length=200, description="document id (manifest id)",
                   openapi_examples={"review": {"value": "li2025"}})
SUMMARY_FIELDS = ("title", "journal", "year", "doi", "pmid", "licence", "source", "sha256", "references")


def router(ctx: ApiContext) -> APIRouter:
    r = APIRouter(tags=["documents"])

    @r.get("/documents", response_model=DocumentList, summary="The documents the graph was read from, by id")
    async def documents(limit: Annotated[int, Query(ge=1, le=1000, description="documents per page")] = 100,
                        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0) -> Response:
        b = ctx.current()
        listed = b.document_ids
        return json_body({"total": len(listed), "limit": limit, "offset": offset,
                          "documents": [_summary(b, d) for d in listed[offset:offset + limit]]})

    @r.get("/documents/{document_id}", response_model=DocumentDetail, responses=NOT_FOUND,
           summary="One document: metadata, sections, reference list and (optionally) full text")
    async def document(document_id: Annotated[str, DOCUMENT_ID],
                       include_text: Annotated[bool, Query(description="include the full text")] = False) -> Response:
        b = ctx.current()
        doc_id = _known(b, document_id)
        d = b.documents.get(doc_id, {})
        out = _summary(b, doc_id)
        out["sections"] = [_section(s) for s in d.get("sections") or ()]
        out["bibliography"] = [_bib(x) for x in d.get("bibliography") or () if isinstance(x, Mapping)]
        out["text"] = str(d.get("text")) if include_text and d.get("text") is not None else None
        return json_body(out)

    @r.get("/documents/{document_id}/evidence", response_model=EvidencePage, responses=NOT_FOUND,
           summary="Evidence sentences read in a document, in reading order, with their statements")
    async def evidence(document_id: Annotated[str, DOCUMENT_ID],
                       limit: Annotated[int, Query(ge=1, le=500)] = 50,
                       offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0) -> Response:
        b = ctx.current()
        ix = b.index
        doc_id = _known(b, document_id)
        pairs = ix.document_evidence(doc_id)
        rows = []
        for e, k in pairs[offset:offset + limit]:
            a = ix.edge_attrs[e]
            rows.append({"statement": ix.edge_ids[e], "subject": ix.ref(ix.edge_src[e]),
                         "predicate": ix.edge_relation[e], "object": ix.ref(ix.edge_dst[e]),
                         "polarity": str(a.get("polarity") or "0"), "belief": a.get("belief"),
                         "evidence": a["evidence"][k]})
        return json_body({"document": doc_id, "total": len(pairs), "limit": limit, "offset": offset,
                          "evidence": rows})

    return r


def _summary(b: Build, doc_id: str) -> dict[str, Any]:
    d: Mapping[str, Any] = b.documents.get(doc_id, {})
    out: dict[str, Any] = {"id": doc_id, **{f: d.get(f) for f in SUMMARY_FIELDS}}
    out["title"] = str(out["title"] or "")
    out["authors"] = [str(a) for a in d.get("authors") or ()]
    out["statements"] = len(b.index.by_document.get(doc_id, ()))
    for f in ("year", "references"):
        if not isinstance(out[f], int) or isinstance(out[f], bool):
            out[f] = None
    return out


def _known(b: Build, doc_id: str) -> str:
    if doc_id in b.documents or doc_id in b.index.by_document:
        return doc_id
    import difflib

    close = difflib.get_close_matches(doc_id, list(b.documents), n=5, cutoff=0.3)
    raise NotFoundError(f"no document {doc_id[:200]!r}",
                        [{"id": c, "label": str(b.documents[c].get("title") or c), "category": "document",
                          "score": round(difflib.SequenceMatcher(None, doc_id, c).ratio(), 4)} for c in close])


def _section(s: Any) -> dict[str, Any]:
    if isinstance(s, Mapping):
        return {"title": str(s.get("title", "")), "start": int(s.get("start", 0)), "end": int(s.get("end", 0)),
                "level": int(s.get("level", 1))}
    title, start, end, level = [*list(s), 1][:4]
    return {"title": str(title), "start": int(start), "end": int(end), "level": int(level)}


def _bib(b: Mapping[str, Any]) -> dict[str, Any]:
    year = b.get("year")
    return {"key": str(b.get("key", "")), "text": str(b.get("text") or ""), "doi": b.get("doi"),
            "pmid": b.get("pmid"), "year": year if isinstance(year, int) and not isinstance(year, bool) else None}
