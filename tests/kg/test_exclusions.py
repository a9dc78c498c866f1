"""``exokg exclude``: papers left out of a build with their reason, kept out by later builds and adds,
and brought back by ``--undo`` from the cache.

The reference for an exclusion is a build of the corpus without that paper; for an undo, the build
that never excluded it: outputs are compared byte for byte.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kg.cli import main
from kg.errors import InputError
from kg.exclusions import exclude, paper_identity, read_exclusions
from kg.incremental import add
from kg.manifest import read_manifest
from kg.pipeline import Extractor, build

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
OUTPUTS = ["graph.json", "statements.jsonl", "mentions.jsonl", "documents.jsonl", "effects.csv", "kg.nt"]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("screening") / "corpus"
    folder.mkdir()
    for name in ("pubmed_two.xml", "search_export.ris"):
        shutil.copy(FIXTURES / name, folder / name)
    return folder


def _ids(out: Path) -> list[str]:
    return [json.loads(line)["id"] for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()]


def test_papers_are_named_by_id_pmid_or_doi() -> None:
    assert paper_identity("pmid:90000002") == paper_identity("PMID: 90000002") == paper_identity("90000002") \
        == "pmid:90000002"
    assert paper_identity("https://doi.org/10.5555/EXOKG.test.6") == paper_identity("doi:10.5555/exokg.test.6") \
        == "doi:10.5555/exokg.test.6"
    assert paper_identity("li2025") == "id:li2025"


def test_an_excluded_paper_leaves_the_build_and_stays_out(corpus: Path, extractor: Extractor, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = build(corpus, out, progress=False, extractor=extractor)
    assert _ids(out) == ["doi:10.5555/exokg.test.6", "pmid:90000001", "pmid:90000002"]
    before = {name: (out / name).read_bytes() for name in OUTPUTS}

    result, unknown = exclude(["10.5555/exokg.test.6", "pmid:123"], out, reason="not spinal cord injury",
                              extractor=extractor)
    assert unknown == ["pmid:123"] and result.extracted == 0  # nothing is read again
    assert result.excluded == [("doi:10.5555/exokg.test.6", "not spinal cord injury")]
    assert _ids(out) == ["pmid:90000001", "pmid:90000002"]
    assert "exokg.test.6" not in (out / "statements.jsonl").read_text(encoding="utf-8")
    record = read_manifest(out)
    assert record is not None and record["run"] == "exclude"
    assert record["excluded"] == [{"document": "doi:10.5555/exokg.test.6", "reason": "not spinal cord injury"}]
    assert (record["flow"]["excluded"], record["flow"]["included"]) == (1, 2)
    assert [e.paper for e in read_exclusions(out)] == ["10.5555/exokg.test.6", "pmid:123"]

    # the same as building a corpus that never had the paper (the export without its record)
    without = tmp_path / "without"
    without.mkdir()
    shutil.copy(corpus / "pubmed_two.xml", without / "pubmed_two.xml")
    records = (corpus / "search_export.ris").read_text(encoding="utf-8").split("ER  - \n")
    assert "10.5555/exokg.test.6" in records[0]
    (without / "search_export.ris").write_text("ER  - \n".join(records[1:]), encoding="utf-8")
    reference = build(without, tmp_path / "reference", progress=False, extractor=extractor)
    for name in ("graph.json", "statements.jsonl", "documents.jsonl", "kg.nt"):
        assert (out / name).read_bytes() == (reference.out_dir / name).read_bytes(), name

    # a rebuild of the whole corpus and an add of the same export keep it out
    rebuilt = build(corpus, out, progress=False, extractor=extractor)
    assert rebuilt.excluded == result.excluded and "doi:10.5555/exokg.test.6" not in _ids(out)
    again = add([corpus / "search_export.ris"], out, extractor=extractor)
    assert again.build.excluded == result.excluded and "doi:10.5555/exokg.test.6" not in _ids(out)

    # --undo brings it back from the cache: the build that never excluded it
    restored, _ = exclude(["doi:10.5555/exokg.test.6"], out, undo=True, extractor=extractor)
    assert restored.extracted == 0 and restored.excluded == []
    for name in OUTPUTS:
        assert (out / name).read_bytes() == before[name], name
    assert first.out_dir == out and [e.paper for e in read_exclusions(out)] == ["pmid:123"]


def test_bad_requests_change_nothing(corpus: Path, extractor: Extractor, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    build(corpus, out, progress=False, extractor=extractor)
    graph = (out / "graph.json").read_bytes()
    with pytest.raises(InputError, match="say why with --reason"):
        exclude(["pmid:90000001"], out, extractor=extractor)
    with pytest.raises(InputError, match="would exclude every paper"):
        exclude(["pmid:90000001", "pmid:90000002", "doi:10.5555/exokg.test.6"], out, reason="all",
                extractor=extractor)
    assert not (out / "exclusions.tsv").exists() and (out / "graph.json").read_bytes() == graph
    with pytest.raises(InputError, match="no exokg build here"):
        exclude(["pmid:1"], tmp_path / "nothing", reason="x")
    (out / "exclusions.tsv").write_text("# hand-edited\npmid:90000001 without a tab\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"exclusions.tsv:2: expected 'paper<TAB>reason'"):
        build(corpus, out, progress=False, extractor=extractor)
    assert (out / "graph.json").read_bytes() == graph
    assert main(["exclude", "pmid:90000001", "--out", str(out)]) == 2
    assert "exokg exclude: error: say why with --reason" in capsys.readouterr().err


def test_screening_keeps_the_builds_unreadable_files_and_duplicates(corpus: Path, extractor: Extractor,
                                                                    tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    shutil.copytree(corpus, folder)
    shutil.copy(FIXTURES / "empty.txt", folder / "empty.txt")
    out = tmp_path / "out"
    first = build(folder, out, progress=False, extractor=extractor)
    assert first.skipped and first.merged, "the corpus has an unreadable file and a paper read twice"
    before = read_manifest(out)
    assert before is not None
    exclude(["pmid:90000002"], out, reason="wrong population", extractor=extractor)
    after = read_manifest(out)
    assert after is not None and after["run"] == "exclude"
    assert after["skipped"] == before["skipped"] and after["merged"] == before["merged"]
    assert after["flow"] == {**before["flow"], "excluded": 1, "included": before["flow"]["included"] - 1}
