"""Shared parameter types and OpenAPI response declarations."""

from __future__ import annotations

import json
from enum import Enum, StrEnum
from typing import Any

from starlette.responses import Response

from api.context import finite
from api.index import known_predicates
from api.schemas import NotFound, Problem

API_PREFIX = "/api/v1"
CATEGORY_PATTERN = r"^(biolink:)?[A-Za-z][A-Za-z0-9_]{0,80}$"
MAX_FILTER_VALUES = 20

PredicateName = Enum("PredicateName", {name: name for name in known_predicates()}, type=str)  # type: ignore[misc]
PredicateName.__doc__ = "An exokg predicate (ontologies/predicates.tsv), its Biolink predicate, or an effect link."


class NeighbourhoodFormat(StrEnum):
    json = "json"
    cytoscape = "cytoscape"


class Direction(StrEnum):
    both = "both"
    out = "out"
    in_ = "in"


NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": NotFound, "description": "unknown id or name"}}
# For routes whose success body is not JSON (HTML, files): their errors are still JSON.
NOT_FOUND_JSON: dict[int | str, dict[str, Any]] = {404: {
    "description": "unknown id or name",
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NotFound"}}}}}


def problem_json(description: str) -> dict[str, Any]:
    return {"description": description,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}
BAD_REQUEST: dict[int | str, dict[str, Any]] = {400: {"model": Problem, "description": "refused request"}}


def json_response(text: str, status_code: int = 200) -> Response:
    """Pre-serialized JSON (skips response-model validation on the hot paths)."""
    return Response(text, status_code=status_code, media_type="application/json")


def json_body(data: Any) -> Response:
    """Plain data as JSON (NaN/inf become null)."""
    return json_response(json.dumps(finite(data), ensure_ascii=False, allow_nan=False, separators=(",", ":")))


def categories_filter(values: list[str] | None) -> frozenset[str] | None:
    if not values:
        return None
    return frozenset(v if ":" in v else f"biolink:{v}" for v in values)


def predicates_filter(values: list[Any] | None) -> frozenset[str] | None:
    if not values:
        return None
    return frozenset(v.value if isinstance(v, Enum) else str(v) for v in values)
