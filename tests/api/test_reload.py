"""Following rebuilds in one process: a rewritten output folder is served without a restart.

The output folder is written as ``exokg build`` writes it (graph.json, then documents.jsonl, then
build.json once every other output is in place, each renamed into place); the rebuild adds a
microRNA and its target gene. Checks are triggered by
calling :meth:`api.reload.BuildWatcher.check`, so no test waits for the interval.
"""

from __future__ import annotations

import gc
import os
import threading
import time
import weakref
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.context import Settings
from api.reload import FAILED, PENDING, RELOADED, UNCHANGED, BuildWatcher
from kg.io import write_text

MIR146A, TRAF6 = "mirbase.mature:MIMAT0000449", "HGNC:12036"  # the entities the rebuild adds (conftest)


@pytest.fixture
def served(tmp_path: Path, build_writer):
    """(output folder, app, watcher whose interval never elapses by itself, its log lines)."""
    build_writer(tmp_path)
    app = create_app(tmp_path)
    lines: list[str] = []
    return tmp_path, app, BuildWatcher(app.state.context, interval_s=3600, log=lines.append), lines


def test_a_rebuild_is_served_and_a_request_under_way_finishes_on_the_old_build(served, build_writer) -> None:
    out, app, watcher, lines = served
    context = app.state.context
    with TestClient(app) as http:
        before = http.get("/api/v1")
        old_id = before.json()["build"]["id"]
        assert before.headers["x-exokg-build"] == old_id
        assert http.get("/api/v1/entities/TRAF6").status_code == 404
        assert watcher.check() == UNCHANGED

        # A neighbourhood request is held inside the old index while the rebuild is swapped in.
        old_index = context.build.index
        inside, go_on = threading.Event(), threading.Event()
        original = {"neighbourhood": old_index.neighbourhood}

        def held(*args, **kwargs):
            inside.set()
            go_on.wait(10)
            return original["neighbourhood"](*args, **kwargs)

        old_index.neighbourhood = held
        with ThreadPoolExecutor(1) as pool:
            under_way = pool.submit(http.get, "/api/v1/entities/BMSC-Exo/neighbourhood")
            assert inside.wait(10)
            build_writer(out, rebuilt=True)
            assert watcher.check() == RELOADED
            go_on.set()
            answered = under_way.result(10)
        assert answered.status_code == 200 and answered.headers["x-exokg-build"] == old_id
        assert MIR146A not in {n["id"] for n in answered.json()["nodes"]}
        old_graph = weakref.ref(old_index.graph)
        assert watcher.release_retired() == 1 and len(old_graph()) > 0  # still in use here: left alone
        original.clear()
        del old_index.neighbourhood, old_index
        assert watcher.release_retired() == 0 and old_graph() is None  # freed by reference counting

        after = http.get("/api/v1")
        new_id = after.json()["build"]["id"]
        assert new_id != old_id and after.headers["x-exokg-build"] == new_id
        assert after.json()["nodes"] == before.json()["nodes"] + 2
        assert after.json()["statements"] == before.json()["statements"] + 2
        assert after.json()["build"]["graph_modified"] != before.json()["build"]["graph_modified"]
        walk_now = http.get("/api/v1/entities/BMSC-Exo/neighbourhood").json()
        assert MIR146A in {n["id"] for n in walk_now["nodes"]}
        assert http.get("/api/v1/entities/TRAF6").json()["id"] == TRAF6
        assert http.get("/api/v1/search", params={"q": "mir146a"}).json()["results"][0]["id"] == MIR146A
        text = http.get("/api/v1/documents/li2025", params={"include_text": True}).json()["text"]
        assert "miR-146a targets TRAF6." in text  # documents.jsonl was taken up with graph.json
        assert watcher.check() == UNCHANGED
    assert len(lines) == 1 and f"build {new_id}" in lines[0] and f"instead of build {old_id}" in lines[0]


def test_a_build_still_writing_or_a_broken_graph_keeps_the_old_build_in_service(served, build_writer) -> None:
    out, app, watcher, lines = served
    graph_path, documents_path, record_path = out / "graph.json", out / "documents.jsonl", out / "build.json"

    def build_finished() -> None:  # what a build writes after graph.json
        write_text(documents_path, documents_path.read_text(encoding="utf-8"))
        write_text(record_path, record_path.read_text(encoding="utf-8"))

    with TestClient(app) as http:
        old_id = http.get("/api/v1").json()["build"]["id"]

        def still_old() -> None:
            r = http.get("/api/v1/search", params={"q": "miR-21"})
            assert r.status_code == 200 and r.headers["x-exokg-build"] == old_id
            assert http.get("/api/v1/entities/TRAF6").status_code == 404

        # graph.json rewritten, documents.jsonl not yet (older): the build is still writing.
        build_writer(out, rebuilt=True, documents=False)
        graph_time = os.stat(graph_path).st_mtime_ns
        for older in (documents_path, record_path):
            os.utime(older, ns=(graph_time - 10**9, graph_time - 10**9))
        assert watcher.check() == PENDING
        still_old()
        # documents.jsonl too, but no build.json yet: the RDF, store and view are still being written.
        build_writer(out, rebuilt=True, record=False)
        os.utime(record_path, ns=(graph_time - 10**9, graph_time - 10**9))
        assert watcher.check() == PENDING
        still_old()

        # A truncated graph.json: one line naming the file and the problem, said once.
        whole = graph_path.read_text(encoding="utf-8")
        write_text(graph_path, whole[: len(whole) // 2])
        build_finished()
        assert watcher.check() == FAILED
        assert watcher.check() == UNCHANGED
        assert len(lines) == 1
        assert f"{graph_path}: not an exokg graph.json" in lines[0] and f"still serving build {old_id}" in lines[0]
        still_old()

        # Valid JSON that is no graph: the same, once it changed again.
        write_text(graph_path, '{"nodes": 3}\n')
        build_finished()
        assert watcher.check() == FAILED and len(lines) == 2 and str(graph_path) in lines[1]
        still_old()

        # A broken documents.jsonl is named too.
        build_writer(out, rebuilt=True, documents=False)
        write_text(documents_path, '{"id": "li2025"}\n{"id": \n')
        build_finished()
        assert watcher.check() == FAILED and len(lines) == 3 and f"{documents_path}:2: not valid JSON" in lines[2]
        still_old()

        # And a build.json that is not a build record.
        build_writer(out, rebuilt=True)
        write_text(record_path, '{"finished": "today"}\n')
        assert watcher.check() == FAILED and len(lines) == 4
        assert f"{record_path}: not an exokg build record" in lines[3]
        still_old()

        build_writer(out, rebuilt=True)
        assert watcher.check() == RELOADED
        assert http.get("/api/v1/entities/TRAF6").status_code == 200


def test_the_build_record_is_described_and_a_folder_without_one_follows_documents_jsonl(tmp_path: Path,
                                                                                        build_writer) -> None:
    build_writer(tmp_path)
    app = create_app(tmp_path)
    watcher = BuildWatcher(app.state.context, interval_s=3600, log=lambda line: None)
    with TestClient(app) as http:
        build = http.get("/api/v1").json()["build"]
        assert (build["finished"], build["extractor_version"], build["skipped_files"], build["excluded_papers"]) == (
            "2025-06-02T09:14:36Z", "first", 1, 0)
        # A folder an older exokg wrote has no build.json: documents.jsonl not older than graph.json will do.
        (tmp_path / "build.json").unlink()
        build_writer(tmp_path, rebuilt=True, record=False)
        assert watcher.check() == RELOADED
        build = http.get("/api/v1").json()["build"]
        assert build["finished"] is None and build["skipped_files"] is None
        assert http.get("/api/v1/entities/TRAF6").status_code == 200


def test_checks_come_at_the_interval_and_can_be_turned_off(tmp_path: Path, build_writer, reference_graph) -> None:
    build_writer(tmp_path)
    now = [100.0]
    app = create_app(tmp_path, settings=Settings(reload_interval_s=2.0))
    watcher = BuildWatcher(app.state.context, clock=lambda: now[0], log=lambda line: None)
    assert not watcher.due()
    now[0] += 2.0
    assert watcher.due()
    watcher.check()
    assert not watcher.due()
    assert BuildWatcher.for_context(app.state.context) is not None
    assert BuildWatcher.for_context(create_app(tmp_path, settings=Settings(reload_interval_s=0)).state.context) is None
    assert BuildWatcher.for_context(create_app(graph=reference_graph).state.context) is None  # nothing to follow


def test_the_background_thread_serves_a_rebuild_frees_the_old_and_freezes_the_new(tmp_path: Path, build_writer) -> None:
    build_writer(tmp_path)
    app = create_app(tmp_path, settings=Settings(reload_interval_s=0.05))
    context = app.state.context
    watcher = BuildWatcher.for_context(context, log=lambda line: None)
    assert watcher is not None
    old_graph = weakref.ref(context.build.index.graph)
    gc.freeze()  # as freeze_for_serving leaves a serving process: from now on no collection sees the old graph
    try:
        watcher.start()
        build_writer(tmp_path, rebuilt=True)
        deadline = time.monotonic() + 20
        while (context.build.index.lookup("TRAF6") is None or old_graph() is not None) \
                and time.monotonic() < deadline:
            time.sleep(0.02)
        watcher.stop()
        assert context.build.index.lookup("TRAF6") is not None, "the rebuild was not served"
        assert old_graph() is None, "the old graph was not freed"
        assert gc.get_freeze_count() > 0
        assert not any(o is context.build for o in gc.get_objects())  # frozen: out of the collector's generations
    finally:
        watcher.stop()
        gc.unfreeze()
