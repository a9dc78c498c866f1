"""Pooled effects (by outcome or intervention) and their forest/funnel plots."""

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query
from starlette.responses import FileResponse, Response

from api.context import PLOT_TYPES, ApiContext
from api.errors import NotFoundError
from api.index import GraphIndex
from api.routers.common import API_PREFIX, NOT_FOUND, NOT_FOUND_JSON, json_body
from api.schemas import EffectPage, PooledEffectOut

EFFECT_FIELDS = ("measure", "estimate", "ci_low", "ci_high", "se", "p_value", "k", "i2", "tau2", "q", "model",
                 "method", "source", "subgroup", "population", "comparator", "significant", "provenance")


def router(ctx: ApiContext) -> APIRouter:
    r = APIRouter(tags=["pooled effects"])

    def record(ix: GraphIndex, node: int) -> dict[str, Any]:
        a = ix.node_attrs[node]
        out: dict[str, Any] = {"id": ix.ids[node], "label": ix.labels[node]}
        out.update({f: a.get(f) for f in EFFECT_FIELDS})
        out["measure"] = str(out["measure"] or "")
        out["source"] = str(out["source"] or "")
        out["subgroup"] = str(out["subgroup"] or "")
        out["population"] = str(out["population"] or "")
        out["comparator"] = str(out["comparator"] or "")
        out["provenance"] = str(out["provenance"] or "")
        for role in ("intervention", "outcome"):
            target = ix.pos.get(str(a.get(role)))
            out[role] = ix.ref(target) if target is not None else {"id": str(a.get(role)), "label": "",
                                                                     "category": "biolink:NamedThing"}
        evidence = a.get("evidence")
        out["evidence"] = evidence if isinstance(evidence, dict) else None
        out["plots"] = ctx.plot_urls(a.get("plots") or (), API_PREFIX)
        out["bias"] = [b for b in a.get("bias") or () if isinstance(b, dict)]
        return out

    @r.get("/effects", response_model=EffectPage, responses=NOT_FOUND,
           summary="Pooled effects, filtered by outcome, intervention, measure or source")
    async def effects(
        outcome: Annotated[str | None, Query(min_length=1, max_length=500, description="outcome: CURIE, label "
                                             "or synonym", openapi_examples={"BBB": {"value": "BBB score"}})] = None,
        intervention: Annotated[str | None, Query(min_length=1, max_length=500,
                                                  description="intervention: CURIE, label or synonym")] = None,
        measure: Annotated[str | None, Query(pattern=r"^[A-Za-z0-9]{1,12}$", description="MD, WMD, SMD, OR, RR ...")
                           ] = None,
        source: Annotated[str | None, Query(pattern="^(reported|computed)$")] = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 100,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    ) -> Response:
        b = ctx.current()
        found = b.index.effects(
            outcome=b.entity(outcome, "outcome") if outcome is not None else None,
            intervention=b.entity(intervention, "intervention") if intervention is not None else None,
            measure=measure, source=source)
        page = found[offset:offset + limit]
        return json_body({"total": len(found), "limit": limit, "offset": offset,
                          "effects": [record(b.index, n) for n in page]})

    @r.get("/effects/{effect_id:path}", response_model=PooledEffectOut, responses=NOT_FOUND,
           summary="One pooled effect with its statistics, evidence and plots")
    async def effect(effect_id: Annotated[str, Path(min_length=1, max_length=200,
                                                    openapi_examples={"id": {"value": "exokg:effect_0123456789ab"}})]
                     ) -> Response:
        ix = ctx.current().index
        node = ix.pos.get(effect_id)
        if node is None or ix.kinds[node] != "PooledEffect":
            raise NotFoundError(f"no pooled effect {effect_id[:200]!r}",
                                [s for s in ix.suggestions(effect_id) if s["category"] == "biolink:StudyResult"])
        return json_body(record(ix, node))

    @r.get("/plots/{name}", response_class=FileResponse, summary="A forest or funnel plot file (PNG, SVG, PDF)",
           responses={200: {"content": {t: {} for t in PLOT_TYPES.values()}, "description": "the plot"},
                      **NOT_FOUND_JSON})
    async def plot(name: Annotated[str, Path(min_length=1, max_length=220, description="file name from an "
                                             "effect's plots list")]) -> Response:
        path = ctx.plot_path(name)
        if path is None:
            raise NotFoundError(f"no plot {name[:200]!r} (plots are listed in each effect's 'plots')")
        return FileResponse(path, media_type=PLOT_TYPES[path.suffix[1:].lower()])

    return r

