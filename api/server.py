"""Run the app with uvicorn in one process, or in several pre-forked worker processes.

One Python process answers requests on one core. To use more cores without indexing the graph once
per process, ``serve(app, workers=N)`` builds nothing itself: the caller creates the app (graph
loaded and indexed, then frozen out of the garbage collector), and this module forks N workers
from it. They share the index's memory copy-on-write and each listens on its own socket bound to
the same address with ``SO_REUSEPORT``, so the kernel spreads connections over them (one shared
socket would let whichever worker wakes first take most of the connections).

The parent only supervises: SIGINT / SIGTERM stop the workers (uvicorn shuts each down gracefully),
and a worker that dies unexpectedly is forked again. Resources that must not cross a fork (the
SPARQL store, query worker pools, threads) are opened lazily by the app, so each worker opens its own.

Rebuilds (:mod:`api.reload`). With one process a background thread loads a rebuilt graph and swaps
it in. With workers the parent does the loading (workers never load a graph: N copies would take N
times the memory), releases the old build, freezes the new one, then forks a new worker per socket
and, once each listens, retires the old one with SIGTERM. The listening sockets stay open in the
parent all along and each new worker takes over the very socket of the worker it replaces, so no
connection is refused or dropped: what the kernel queues on a socket is accepted by whichever of
the two workers is listening (a closed SO_REUSEPORT socket would drop its queue). A retired worker
stops accepting, answers what it has, asks its keep-alive clients to close (``Connection: close``)
so they reconnect to a new worker, and exits when its connections are gone (at most ``DRAIN_S``
seconds, then uvicorn's graceful shutdown).
"""

from __future__ import annotations

import os
import select
import signal
import socket
import sys
import time
from collections.abc import Callable
from typing import Any

import uvicorn

from api.middleware import begin_draining
from api.reload import RELOADED, BuildWatcher

RESTART_LIMIT = 5  # unexpected worker deaths within RESTART_WINDOW_S before the server gives up
RESTART_WINDOW_S = 60.0
READY_TIMEOUT_S = 60.0  # a new worker that is not listening by then is given up (the old one stays)
DRAIN_S = 6.0  # longest time a retired worker keeps idle keep-alive connections (uvicorn closes them after 5 s)
POLL_S = 0.1  # the supervisor's tick: reaping workers and looking for a rebuild


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
    An app made from an output folder follows its rebuilds unless its settings say
    ``reload_interval_s=0``.
    """
    config_args: dict[str, Any] = {"log_level": log_level, "access_log": False, "timeout_graceful_shutdown": 5}
    watcher = BuildWatcher.for_context(getattr(app.state, "context", None))
    if workers > 1 and not can_fork():
        print(f"exokg serve: worker processes need Linux; serving with one process on {sys.platform}",
              file=sys.stderr)
    if workers <= 1 or not can_fork():
        sockets = listening_sockets(host, port, 1)
        if on_listening is not None:
            on_listening(sockets[0].getsockname()[1])
        if watcher is not None:
            watcher.start()
        server = OneProcessServer(uvicorn.Config(app, **config_args))
        try:
            server.run(sockets=sockets)
        finally:
            if watcher is not None:
                watcher.stop()
        if server.interrupted:
            raise KeyboardInterrupt  # Ctrl-C ends the command as interrupted (exit status 130), every time
        return 0

    sockets = listening_sockets(host, port, workers)
    if on_listening is not None:
        on_listening(sockets[0].getsockname()[1])
    return Supervisor(app, sockets, config_args, watcher).run()


class OneProcessServer(uvicorn.Server):
    """uvicorn serving in this process; remembers a SIGINT. uvicorn re-raises the signal after its graceful
    shutdown, but the event loop may finish first and swallow it, so whether Ctrl-C ended the command would
    depend on timing."""

    interrupted = False

    def handle_exit(self, sig: int, frame: Any) -> None:
        self.interrupted = self.interrupted or sig == signal.SIGINT
        super().handle_exit(sig, frame)


class WorkerServer(uvicorn.Server):
    """uvicorn in a forked worker: reports when it listens; SIGTERM drains it before it stops."""

    def __init__(self, config: uvicorn.Config, ready_fd: int | None = None) -> None:
        super().__init__(config)
        self.ready_fd = ready_fd
        self.drain_until: float | None = None

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        if self.started and self.ready_fd is not None:
            os.write(self.ready_fd, b"1")
            os.close(self.ready_fd)
            self.ready_fd = None

    def handle_exit(self, sig: int, frame: Any) -> None:
        if sig == signal.SIGTERM and self.started and not self.should_exit and self.drain_until is None:
            self.drain_until = time.monotonic() + DRAIN_S
            begin_draining()
            return
        super().handle_exit(sig, frame)

    async def on_tick(self, counter: int) -> bool:
        if self.drain_until is not None and not self.should_exit:
            for server in self.servers:  # stop accepting; the socket stays open in the other processes
                server.close()
            if not self.server_state.connections or time.monotonic() >= self.drain_until:
                self.should_exit = True
        return await super().on_tick(counter)


def _run_worker(app: Any, sock: socket.socket, others: list[socket.socket], config_args: dict[str, Any],
                ready_fd: int | None) -> None:
    """In a forked child: serve on ``sock`` and never return."""
    status = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        for other in others:
            if other is not sock:
                other.close()
        WorkerServer(uvicorn.Config(app, **config_args), ready_fd).run(sockets=[sock])
    except BaseException:  # a worker must end here, never unwind into the parent's code
        import traceback

        traceback.print_exc()
        status = 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)


class Supervisor:
    """The parent of the worker processes: one worker per socket, replaced when it dies or a rebuild comes."""

    def __init__(self, app: Any, sockets: list[socket.socket], config_args: dict[str, Any],
                 watcher: BuildWatcher | None = None) -> None:
        self.app = app
        self.sockets = sockets
        self.config_args = config_args
        self.watcher = watcher
        self.current: dict[int, int] = {}  # pid -> socket number, the workers in service
        self.retiring: set[int] = set()  # workers told to finish (their exit is expected)
        self.starting: set[int] = set()  # workers of a new build, not yet listening
        self.stopping = False
        self.status = 0
        self.deaths: list[float] = []

    def fork(self, slot: int, ready_fd: int | None = None) -> int:
        pid = os.fork()
        if pid == 0:
            _run_worker(self.app, self.sockets[slot], self.sockets, self.config_args, ready_fd)
        return pid

    def stop(self, _signum: int = signal.SIGTERM, _frame: Any = None) -> None:
        """Stop every worker (SIGINT: uvicorn's graceful shutdown, without the draining of a retirement)."""
        self.stopping = True
        for pid in [*self.current, *self.retiring, *self.starting]:
            _kill(pid, signal.SIGINT)

    def run(self) -> int:
        previous = {s: signal.signal(s, self.stop) for s in (signal.SIGINT, signal.SIGTERM)}
        try:
            for slot in range(len(self.sockets)):
                self.current[self.fork(slot)] = slot
            while self.current or self.retiring:
                for pid, code in _reaped():
                    self.ended(pid, code)
                if not self.stopping and self.watcher is not None and self.watcher.due() \
                        and self.watcher.check() == RELOADED:
                    self.watcher.release_retired()  # this process answers no request: nothing holds it
                    self.roll()
                time.sleep(POLL_S)
        finally:
            for s, handler in previous.items():
                signal.signal(s, handler)
            for sock in self.sockets:
                sock.close()
        return self.status

    def ended(self, pid: int, code: int) -> None:
        """A worker exited: expected when retiring or stopping, else it is forked again (within limits)."""
        self.retiring.discard(pid)
        slot = self.current.pop(pid, None)
        if slot is None or self.stopping:
            return
        now = time.monotonic()
        self.deaths = [t for t in self.deaths if now - t < RESTART_WINDOW_S] + [now]
        if len(self.deaths) > RESTART_LIMIT:
            print(f"exokg serve: workers keep dying (last exit status {code}); stopping", file=sys.stderr)
            self.status = 1
            self.stop()
            return
        print(f"exokg serve: worker {pid} ended (exit status {code}); starting another", file=sys.stderr)
        self.current[self.fork(slot)] = slot

    def roll(self) -> None:
        """Fork a worker per socket from the build now loaded; retire each old one once its successor listens."""
        pipes: dict[int, tuple[int, int]] = {}  # read end -> (pid, socket number)
        for slot in sorted(self.current.values()):
            read_fd, write_fd = os.pipe()
            new = self.fork(slot, write_fd)
            os.close(write_fd)
            self.starting.add(new)
            pipes[read_fd] = (new, slot)
        ready = _wait_ready(list(pipes), READY_TIMEOUT_S, lambda: self.stopping)
        old_of = {slot: pid for pid, slot in self.current.items()}
        for read_fd, (new, slot) in pipes.items():
            os.close(read_fd)
            self.starting.discard(new)
            if read_fd in ready and not self.stopping:
                old = old_of[slot]
                del self.current[old]
                self.current[new] = slot
                self.retiring.add(old)
                _kill(old, signal.SIGTERM)
            else:
                self.retiring.add(new)
                _kill(new, signal.SIGINT if self.stopping else signal.SIGKILL)
                if not self.stopping:
                    print(f"exokg serve: a worker for the new build did not start within {READY_TIMEOUT_S:.0f} s; "
                          "the worker of the previous build goes on serving", file=sys.stderr)


def _wait_ready(fds: list[int], timeout_s: float, stopping: Callable[[], bool]) -> set[int]:
    """The pipes whose worker wrote that it listens (a worker that died first closes its pipe unwritten)."""
    ready: set[int] = set()
    waiting = set(fds)
    deadline = time.monotonic() + timeout_s
    while waiting and not stopping():
        left = deadline - time.monotonic()
        if left <= 0:
            break
        readable, _, _ = select.select(list(waiting), [], [], min(left, POLL_S))
        for fd in readable:
            waiting.discard(fd)
            if os.read(fd, 1):
                ready.add(fd)
    return ready


def _reaped() -> list[tuple[int, int]]:
    """(pid, exit status) of the children that have ended, without waiting."""
    ended = []
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            break
        if pid == 0:
            break
        ended.append((pid, os.waitstatus_to_exitcode(status)))
    return ended


def _kill(pid: int, sig: int) -> None:
    try:
        os.kill(pid, sig)
    except ProcessLookupError:
        pass


__all__ = ["Supervisor", "WorkerServer", "can_fork", "listening_sockets", "serve"]
