"""``exokg serve``: a real uvicorn process on 127.0.0.1 (random free port), and its start-up checks."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import httpx
import pytest

from kg.cli import main


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(out: Path, *options: str) -> tuple[subprocess.Popen, str]:
    """``exokg serve`` in a child process, once it answers; (process, base URL)."""
    port = free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--out", str(out), "--port", str(port),
                             "--log-level", "warning", *options],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        if proc.poll() is not None:
            pytest.fail(f"exokg serve exited: {proc.stdout.read().decode(errors='replace')}")
        try:
            if httpx.get(f"{base}/api/v1", timeout=2).status_code == 200:
                break
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail("exokg serve did not answer within 60 s")
        time.sleep(0.2)
    return proc, base


def stop(proc: subprocess.Popen) -> int:
    proc.send_signal(signal.SIGINT)
    try:
        return proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        pytest.fail("exokg serve did not stop within 15 s of SIGINT")


def children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            if int(stat[1]) == pid and stat[0] != "Z":
                found.add(int(entry.name))
    return found


@pytest.fixture(scope="module")
def server(api_out: Path):
    proc, base = start(api_out)
    yield base
    stop(proc)


def test_real_server_answers_over_http(server: str) -> None:
    with httpx.Client(base_url=server, timeout=30) as http:
        hit = http.get("/api/v1/search", params={"q": "mir21"}).json()["results"][0]
        assert hit["label"] == "miR-21"
        walk = http.get(f"/api/v1/entities/{hit['id']}/neighbourhood", params={"depth": 2}).json()
        assert walk["center"] == hit["id"] and len(walk["nodes"]) > 3
        r = http.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s a biolink:MicroRNA }"},
                     headers={"accept": "text/csv"})
        assert r.status_code == 200 and r.text.split() == ["n", "2"]
        refused = http.post("/sparql", data={"query": "DROP ALL"})
        assert refused.status_code == 400
        assert http.get("/view", params={"focus": "miR-21"}).headers["content-type"].startswith("text/html")
        assert http.get("/").status_code == 200 and http.get("/docs").status_code == 200
        assert http.get("/api/v1/entities/nothing:here").status_code == 404
        assert float(r.headers["server-timing"].split("dur=")[1]) >= 0


@pytest.mark.skipif(not Path("/proc").is_dir() or not hasattr(os, "fork"), reason="needs Linux /proc and fork")
def test_worker_processes_share_the_port_and_are_replaced_when_they_die(api_out: Path) -> None:
    proc, base = start(api_out, "--workers", "2")
    try:
        workers = children(proc.pid)
        assert len(workers) == 2
        clients = [httpx.Client(base_url=base, timeout=30) for _ in range(12)]
        try:
            for client in clients:  # one keep-alive connection each, spread over the workers by the kernel
                walk = client.get("/api/v1/entities/miR-21/neighbourhood", params={"depth": 2})
                assert walk.status_code == 200 and walk.json()["node_count"] > 3
        finally:
            for client in clients:
                client.close()
        victim = min(workers)
        os.kill(victim, signal.SIGKILL)
        deadline = time.monotonic() + 30
        while (children(proc.pid) - {victim}) == workers - {victim} and time.monotonic() < deadline:
            time.sleep(0.1)
        replaced = children(proc.pid)
        assert victim not in replaced and len(replaced) == 2
        for _ in range(6):  # fresh connections reach both the survivor and the new worker
            assert httpx.get(f"{base}/api/v1/search", params={"q": "PTEN"}, timeout=30).status_code == 200
    finally:
        status = stop(proc)
    assert status == 0
    assert not children(proc.pid)


BURST = 32  # concurrent one-request connections while a rebuild is switched in


@pytest.mark.skipif(not Path("/proc").is_dir() or not hasattr(os, "fork"), reason="needs Linux /proc and fork")
@pytest.mark.parametrize("workers", [1, 2])
def test_a_rebuild_is_served_without_a_restart_or_a_failed_request(tmp_path: Path, build_writer, workers: int) -> None:
    """With workers, each is replaced by one forked from the rebuild; with one process, the graph is swapped."""
    build_writer(tmp_path)
    proc, base = start(tmp_path, "--workers", str(workers), "--reload-interval", "0.2")
    served: Counter[str] = Counter()
    failures: list[str] = []
    done = threading.Event()
    give_up = time.monotonic() + 90

    def running() -> bool:
        return not done.is_set() and time.monotonic() < give_up

    def keep_alive_loop() -> None:
        """Requests back to back on one keep-alive connection (httpx reconnects when told to close)."""
        with httpx.Client(base_url=base, timeout=20) as http:
            while running():
                try:
                    r = http.get("/api/v1/search", params={"q": "miR-21"})
                except httpx.HTTPError as exc:
                    failures.append(f"{type(exc).__name__}: {exc}")
                    continue
                if r.status_code != 200 or r.json()["results"][0]["label"] != "miR-21":
                    failures.append(f"{r.status_code}: {r.text[:200]}")
                else:
                    served[r.headers["x-exokg-build"]] += 1

    async def new_connections() -> None:
        """One request per connection, BURST at a time: enough to keep connections queued on the sockets."""
        request = f"GET /api/v1/search?q=miR-21 HTTP/1.1\r\nHost: {base[7:]}\r\nConnection: close\r\n\r\n".encode()

        async def one_after_another() -> None:
            while running():
                try:
                    reader, writer = await asyncio.open_connection(*base[7:].split(":"))
                    writer.write(request)
                    answer = await asyncio.wait_for(reader.read(), 20)
                    writer.close()
                except (OSError, TimeoutError) as exc:
                    failures.append(f"new connection: {exc!r}")
                    continue
                head = answer.split(b"\r\n\r\n", 1)[0].decode("latin-1").lower()
                if not head.startswith("http/1.1 200") or "x-exokg-build: " not in head:
                    failures.append(f"new connection: {head[:200]}")
                else:
                    served[head.split("x-exokg-build: ", 1)[1].split("\r\n", 1)[0]] += 1

        await asyncio.gather(*(one_after_another() for _ in range(BURST)))

    def switched() -> bool:
        if workers > 1:  # both old workers gone, two new ones serving
            now = children(proc.pid)
            return len(now) == workers and not now & old_workers
        return httpx.get(f"{base}/api/v1", timeout=20).json()["build"]["id"] != old_id

    try:
        old_workers = children(proc.pid)
        assert len(old_workers) == (workers if workers > 1 else 0)
        old_id = httpx.get(f"{base}/api/v1", timeout=20).json()["build"]["id"]
        loops = [threading.Thread(target=keep_alive_loop), threading.Thread(target=keep_alive_loop),
                 threading.Thread(target=asyncio.run, args=(new_connections(),))]
        for loop in loops:
            loop.start()
        time.sleep(0.3)
        build_writer(tmp_path, rebuilt=True)
        deadline = time.monotonic() + 30
        while not switched() and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)
        done.set()
        for loop in loops:
            loop.join(30)
        assert switched(), "the rebuild was not served within 30 s"
        assert failures == []
        new_ids = set(served) - {old_id}
        assert served[old_id] > 0 and len(new_ids) == 1, served
        for _ in range(6):  # new connections (spread over the workers): all answered from the rebuild
            r = httpx.get(f"{base}/api/v1/entities/TRAF6", timeout=20)
            assert r.status_code == 200 and r.headers["x-exokg-build"] in new_ids
    finally:
        done.set()
        status = stop(proc)
    assert status == (0 if workers > 1 else 130) and not children(proc.pid)  # one process: ended by SIGINT
    log = proc.stdout.read().decode(errors="replace")
    assert log.count("serving the rebuilt") == 1 and "Traceback" not in log


def test_serve_refuses_a_port_in_use(api_out: Path, capsys) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert main(["serve", "--out", str(api_out), "--port", str(port)]) == 2
    assert f"cannot listen on 127.0.0.1:{port}" in capsys.readouterr().err


def test_serve_rejects_bad_options(api_out: Path, capsys) -> None:
    assert main(["serve", "--out", str(api_out), "--port", "70000"]) == 2
    assert "--port 70000" in capsys.readouterr().err
    assert main(["serve", "--out", str(api_out), "--sparql-timeout", "0"]) == 2
    assert "--sparql-timeout" in capsys.readouterr().err
    assert main(["serve", "--out", str(api_out), "--workers", "0"]) == 2
    assert "--workers 0" in capsys.readouterr().err
    assert main(["serve", "--out", str(api_out), "--reload-interval", "-1"]) == 2
    assert "--reload-interval -1" in capsys.readouterr().err


def test_rebuilds_are_followed_unless_told_not_to(api_out: Path, monkeypatch) -> None:
    import gc

    from api.reload import BuildWatcher

    served = []
    monkeypatch.setattr("api.server.serve", lambda app, *args, **kwargs: served.append(app.state.context) or 0)
    try:
        for options in ([], ["--reload-interval", "0.5"], ["--no-reload"], ["--reload-interval", "0"]):
            assert main(["serve", "--out", str(api_out), "--port", "0", *options]) == 0
    finally:
        gc.unfreeze()  # 'exokg serve' froze this process's objects for serving
    intervals = [c.settings.reload_interval_s for c in served]
    assert intervals == [2.0, 0.5, 0.0, 0.0]
    assert [BuildWatcher.for_context(c) is not None for c in served] == [True, True, False, False]


def test_missing_graph_is_built_first(api_out: Path, tmp_path: Path, monkeypatch) -> None:
    from api import cli

    calls = []

    def fake_build(corpus, out, progress=True):
        calls.append((corpus, Path(out)))
        Path(out).mkdir(parents=True, exist_ok=True)
        shutil.copy(api_out / "graph.json", Path(out) / "graph.json")
        return None

    monkeypatch.setattr("kg.pipeline.build", fake_build)
    monkeypatch.setattr("kg.pipeline.summary", lambda result: "built")
    out = tmp_path / "fresh"
    assert cli.ensure_built(out, Path("corpus"), quiet=True) is True
    assert calls == [(Path("corpus"), out)]
    assert cli.ensure_built(out, None, quiet=True) is False  # already there: nothing rebuilt
    assert len(calls) == 1
