"""``exokg build --jobs N``: documents read in worker processes give the same build as one process.

The reference is the one-process build of the same corpus: every output file must be identical
byte for byte, including which document was skipped and why.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.incremental import add
from kg.model import Document
from kg.parallel import available_jobs, use_processes
from kg.pipeline import DocumentResult, Extractor, build

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"
OUTPUTS = ["graph.json", "statements.jsonl", "mentions.jsonl", "documents.jsonl", "effects.csv", "kg.nt", "kg.ttl",
           "kg.jsonld", "kg.html", "kg.graphml", "kg_nodes.tsv", "kg_edges.tsv"]
UNREADABLE = "This paragraph cannot be read."


class MarkedFailure(Extractor):
    """The real extractor, except that it fails on one marked document, naming the process it ran in."""

    def process(self, document: Document) -> DocumentResult:
        if UNREADABLE in document.text:
            raise RuntimeError(f"refused in process {os.getpid()}")
        return super().process(document)


def _paragraph_corpus(folder: Path, count: int) -> Path:
    """``count`` one-paragraph papers cut from the bundled papers, plus one the extractor fails on."""
    folder.mkdir(parents=True)
    paragraphs = [p for path in sorted(CORPUS.glob("*.txt"))
                  for p in path.read_text(encoding="utf-8").split("\n\n") if len(p) > 400]
    for i, paragraph in enumerate(paragraphs[:count]):
        (folder / f"p{i:02d}.txt").write_text(paragraph, encoding="utf-8")
    (folder / "unreadable.txt").write_text(f"{UNREADABLE} Exosomes reduced TNF-α.", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("parallel")
    corpus = _paragraph_corpus(root / "corpus", 14)
    extractor = MarkedFailure()
    one = build(corpus, root / "one", progress=False, extractor=extractor, jobs=1)
    two = build(corpus, root / "two", progress=False, extractor=extractor, jobs=2)
    return one, two


def test_worker_processes_write_the_same_outputs(two_builds) -> None:
    one, two = two_builds
    assert two.extracted == one.extracted == 14 and len(one.statements) > 20
    for name in OUTPUTS:
        assert (two.out_dir / name).read_bytes() == (one.out_dir / name).read_bytes(), name
    from kg.store import open_store

    stores = [open_store(b.out_dir) for b in (one, two)]
    quads = [sorted(map(str, store.ox)) for store in stores]
    assert quads[0] == quads[1] and len(quads[0]) == len((one.out_dir / "kg.nt").read_text().splitlines())
    for store in stores:
        store.close()


def test_a_failing_document_is_skipped_alike_and_was_read_by_a_worker(two_builds) -> None:
    one, two = two_builds
    pid = re.compile(r"process (\d+)")
    (skipped_one,), (skipped_two,) = one.skipped, two.skipped
    assert skipped_one[0] == skipped_two[0] and skipped_one[0].endswith("unreadable.txt")
    assert skipped_one[1].startswith("extraction failed: RuntimeError: refused in process")
    assert pid.sub("", skipped_one[1]) == pid.sub("", skipped_two[1])
    assert int(pid.search(skipped_one[1]).group(1)) == os.getpid()
    assert int(pid.search(skipped_two[1]).group(1)) != os.getpid()  # read in a worker process


def test_a_rebuild_with_workers_reads_nothing_again(two_builds) -> None:
    _, two = two_builds
    again = build(two.out_dir.parent / "corpus", two.out_dir, progress=False, extractor=MarkedFailure(), jobs=2)
    assert again.extracted == 0 and again.cached == 14


def test_add_with_workers_equals_a_build_of_everything(two_builds, tmp_path: Path) -> None:
    one, _ = two_builds
    corpus = one.out_dir.parent / "corpus"
    first = tmp_path / "first"
    first.mkdir()
    later = tmp_path / "later"
    later.mkdir()
    for i, path in enumerate(sorted(corpus.iterdir())):
        (first if i < 5 else later).joinpath(path.name).write_bytes(path.read_bytes())
    extractor = MarkedFailure()
    build(first, tmp_path / "out", progress=False, extractor=extractor, jobs=1)
    outcome = add(sorted(later.iterdir()), tmp_path / "out", extractor=extractor, jobs=2)
    assert outcome.build.extracted == 9  # the later papers (one of them unreadable) and nothing else
    for name in OUTPUTS:
        assert (tmp_path / "out" / name).read_bytes() == (one.out_dir / name).read_bytes(), name


def test_jobs_are_checked_and_small_batches_stay_in_one_process() -> None:
    with pytest.raises(InputError, match="--jobs must be 0"):
        available_jobs(-1)
    assert available_jobs(0) >= 1 and available_jobs(3) == 3
    assert not use_processes(1, 1000) and not use_processes(2, 3) and use_processes(2, 8)


def _broken() -> None:
    raise InputError("this output cannot be written")


def test_every_output_task_runs_and_the_first_failure_is_raised(tmp_path: Path) -> None:
    from kg.parallel import run_in_processes

    tasks = {"first": lambda: (tmp_path / "first").write_text(str(os.getpid())), "broken": _broken,
             "last": lambda: (tmp_path / "last").write_text(str(os.getpid()))}
    with pytest.raises(InputError, match="this output cannot be written"):
        run_in_processes(tasks, 2, here=lambda: (tmp_path / "here").write_text(str(os.getpid())))
    assert int((tmp_path / "here").read_text()) == os.getpid()
    assert {int((tmp_path / name).read_text()) for name in ("first", "last")}.isdisjoint({os.getpid()})


def test_a_worker_that_dies_fails_the_run_instead_of_leaving_it_waiting() -> None:
    from concurrent.futures.process import BrokenProcessPool

    from kg.parallel import run_in_processes

    with pytest.raises(BrokenProcessPool):
        run_in_processes({"dies": lambda: os._exit(3)}, 2)
