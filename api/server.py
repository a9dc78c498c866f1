"""Run the app with uvicorn in one process, or in several pre-forked worker processes.

One Python process answers requests on one core. To use more cores without indexing the graph once
per process, ``serve(app, workers=N)`` builds nothing itself: the caller creates the app (graph
loaded and indexed, then frozen out of the garbage collector), and this module forks N workers
from it. They share the index's memory copy-on-write and each listens on its own socket bound to
the same address with ``SO_REUSEPORT``, so the kernel spreads connections over them (one shared
socket would let whichever worker wakes first take most of the connections).

The parent only supervises: SIGINT / SIGTERM are passed on to the workers (uvicorn then shuts
each down gracefully), and a worker that dies unexpectedly is forked again. Resources that must
not cross a fork (the SPARQL store, query worker pools, threads) are opened lazily by the app, so
each worker opens its own.
"""

from __future__ import annotations

import os
import signal
import socket
import sys
import time
from typing import Any

RESTART_LIMIT = 5  # unexpected worker deaths within RESTART_WINDOW_S before the server gives up
RESTART_WINDOW_S = 60.0


def can_fork() -> bool:
    """Pre-forked workers need fork and a kernel that spreads connections over SO_REUSEPORT
    sockets (Linux; BSD kernels hand every connection to one of them)."""
    return sys.platform.startswith("linux") and hasattr(os, "fork") and hasattr(socket, "SO_REUSEPORT")


def listening_sockets(host: str, port: int, count: int) -> list[socket.socket]:
    """``count`` listening sockets on one address; port 0 picks a free port once.

    Several sockets share the address with ``SO_REUSEPORT``; a single one does not set it, so no
    other process can join its port.
    """
    family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
    sockets: list[socket.socket] = []
    try:
        for _ in range(count):
            sock = socket.socket(family, socket.SOCK_STREAM)
            sockets.append(sock)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if count > 1:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
            sock.bind((host, port))
            port = sock.getsockname()[1]  # the others join the port the first one got
            sock.listen(2048)
            sock.set_inheritable(True)
    except OSError:
        for sock in sockets:
            sock.close()
        raise
    return sockets


def serve(app: Any, host: str, port: int, *, workers: int = 1, log_level: str = "info",
          on_listening: Any = None) -> int:
    """Serve ``app`` until SIGINT / SIGTERM; returns an exit status.

    ``workers`` > 1 forks that many processes (Linux); elsewhere one process serves, and says so.
    ``on_listening(port)`` is called once the address is bound (before any request is answered).
    """
    import uvicorn

    config_args: dict[str, Any] = {"log_level": log_level, "access_log": False, "timeout_graceful_shutdown": 5}
    if workers > 1 and not can_fork():
        print(f"exokg serve: worker processes need Linux; serving with one process on {sys.platform}",
              file=sys.stderr)
    if workers <= 1 or not can_fork():
        sockets = listening_sockets(host, port, 1)
        if on_listening is not None:
            on_listening(sockets[0].getsockname()[1])
        uvicorn.Server(uvicorn.Config(app, **config_args)).run(sockets=sockets)
        return 0

    sockets = listening_sockets(host, port, workers)
    if on_listening is not None:
        on_listening(sockets[0].getsockname()[1])
    return _supervise(app, sockets, config_args)


def _run_worker(app: Any, sock: socket.socket, others: list[socket.socket], config_args: dict[str, Any]) -> None:
    """In a forked child: serve on ``sock`` and never return."""
    import uvicorn

    status = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        for other in others:
            if other is not sock:
                other.close()
        uvicorn.Server(uvicorn.Config(app, **config_args)).run(sockets=[sock])
    except BaseException:  # a worker must end here, never unwind into the parent's code
        import traceback

        traceback.print_exc()
        status = 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)


def _supervise(app: Any, sockets: list[socket.socket], config_args: dict[str, Any]) -> int:
    children: dict[int, socket.socket] = {}
    stopping = False
    deaths: list[float] = []

    def fork(sock: socket.socket) -> None:
        pid = os.fork()
        if pid == 0:
            _run_worker(app, sock, sockets, config_args)
        children[pid] = sock

    def stop(signum: int, _frame: Any) -> None:
        nonlocal stopping
        stopping = True
        for pid in list(children):
            try:
                os.kill(pid, signal.SIGTERM if signum == signal.SIGTERM else signal.SIGINT)
            except ProcessLookupError:
                pass

    previous = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
    status = 0
    try:
        for sock in sockets:
            fork(sock)
        while children:
            try:
                pid, wait_status = os.wait()
            except ChildProcessError:
                break
            except InterruptedError:
                continue
            sock = children.pop(pid, None)
            if sock is None or stopping:
                continue
            code = os.waitstatus_to_exitcode(wait_status)
            now = time.monotonic()
            deaths = [t for t in deaths if now - t < RESTART_WINDOW_S] + [now]
            if len(deaths) > RESTART_LIMIT:
                print(f"exokg serve: workers keep dying (last exit status {code}); stopping", file=sys.stderr)
                status = 1
                stop(signal.SIGTERM, None)
                continue
            print(f"exokg serve: worker {pid} ended (exit status {code}); starting another", file=sys.stderr)
            fork(sock)
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        for sock in sockets:
            sock.close()
    return status


__all__ = ["can_fork", "listening_sockets", "serve"]
