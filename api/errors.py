"""Errors the API answers with, always as JSON that names the problem.

- :class:`NotFoundError` -> 404 with the closest known entities (``suggestions``);
- :class:`ParamError` -> 422 in FastAPI's own validation shape, naming the parameter;
- :class:`BadRequest` -> 400 (a refused or unparsable SPARQL query, with the reason);
- :class:`Unavailable` -> 503 (a part of the build that is missing, e.g. no SPARQL store).
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse


class ApiError(Exception):
    status_code = 400

    def __init__(self, detail: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.headers = headers

    def body(self) -> dict[str, Any]:
        return {"detail": self.detail}


class NotFoundError(ApiError):
    status_code = 404

    def __init__(self, detail: str, suggestions: list[dict[str, Any]] | None = None) -> None:
        super().__init__(detail)
        self.suggestions = suggestions or []

    def body(self) -> dict[str, Any]:
        return {"detail": self.detail, "suggestions": self.suggestions}


class ParamError(ApiError):
    """A parameter that passed type checks but makes no sense (unknown value, wrong combination)."""

    status_code = 422

    def __init__(self, name: str, message: str, *, location: str = "query", value: Any = None) -> None:
        super().__init__(message)
        self.loc = [location, name]
        self.value = value

    def body(self) -> dict[str, Any]:
        return {"detail": [{"type": "value_error", "loc": self.loc, "msg": self.detail, "input": self.value}]}


class BadRequest(ApiError):
    status_code = 400


class TooBusy(ApiError):
    status_code = 429


class Unavailable(ApiError):
    status_code = 503


class Unsupported(ApiError):
    status_code = 415


async def api_error_handler(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return JSONResponse(exc.body(), status_code=exc.status_code, headers=exc.headers)
