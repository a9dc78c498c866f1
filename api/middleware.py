"""Plain ASGI middleware (no per-request task overhead): request body cap, Server-Timing, build stamp.

The body cap reads a request body completely, up to ``max_body_bytes``, before the app sees it;
anything larger is answered with 413 at once, whether or not it announced its length. URLs
(path and query string) longer than ``max_url_bytes`` get 414.
``Server-Timing: app;dur=<ms>`` tells a client (and bench/bench_api.py) how long the server
itself spent on a request, apart from queueing and the network.
``X-Exokg-Build: <id>`` names the build a response was made from: the one current when the request
arrived, which is also the one the routes read (:meth:`api.context.ApiContext.current`).
While a worker process is being retired (:func:`begin_draining`), responses carry
``Connection: close`` so keep-alive clients reconnect, to a worker that goes on serving.
"""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from api.context import SERVED, ApiContext

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

_draining = False  # set once in a worker process that is being replaced


def begin_draining() -> None:
    """From now on every response of this process asks its client to close the connection."""
    global _draining
    _draining = True


async def _too_large(send: Send, limit: int, what: str = "request body", status: int = 413) -> None:
    body = json.dumps({"detail": f"{what} too large (limit {limit} bytes)"}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


class LimitAndTime:
    """Refuse oversized bodies (413) and stamp every response with Server-Timing."""

    def __init__(self, app: ASGIApp, max_body_bytes: int, max_url_bytes: int = 256 * 1024,
                 context: ApiContext | None = None) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.max_url_bytes = max_url_bytes
        self.context = context

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        if len(scope.get("query_string") or b"") + len(scope.get("raw_path") or b"") > self.max_url_bytes:
            await _too_large(send, self.max_url_bytes, "URL", 414)
            return
        limit = self.max_body_bytes
        for name, value in scope.get("headers") or ():
            if name == b"content-length":
                try:
                    announced = int(value)
                except ValueError:
                    announced = limit + 1
                if announced > limit or announced < 0:
                    await _too_large(send, limit)
                    return

        if scope.get("method") in ("POST", "PUT", "PATCH"):
            chunks: list[bytes] = []
            size = 0
            more = True
            while more:
                message = await receive()
                if message["type"] == "http.disconnect":
                    return
                chunk = message.get("body", b"")
                size += len(chunk)
                if size > limit:
                    await _too_large(send, limit)
                    return
                chunks.append(chunk)
                more = message.get("more_body", False)
            body = b"".join(chunks)
            replayed = False

            async def replay() -> Message:
                nonlocal replayed
                if not replayed:
                    replayed = True
                    return {"type": "http.request", "body": body, "more_body": False}
                return await receive()

            downstream_receive: Receive = replay
        else:
            downstream_receive = receive

        build = self.context.build if self.context is not None else None

        async def timed_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                elapsed = (time.perf_counter() - started) * 1000
                headers = list(message.get("headers") or [])
                headers.append((b"server-timing", f"app;dur={elapsed:.2f}".encode()))
                if build is not None:
                    headers.append((b"x-exokg-build", build.header))
                if _draining:
                    headers.append((b"connection", b"close"))
                message["headers"] = headers
            await send(message)

        if build is None:
            await self.app(scope, downstream_receive, timed_send)
            return
        token = SERVED.set(build)
        try:
            await self.app(scope, downstream_receive, timed_send)
        finally:
            SERVED.reset(token)
