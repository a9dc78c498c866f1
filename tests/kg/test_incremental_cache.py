"""The real extractor's results survive the cache exactly: a rebuild of the bundled corpus from
``out/cache`` extracts nothing and writes the same files as the fresh build (the shared
``built`` fixture)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from kg.cache import ResultCache
from kg.model import Document
from kg.pipeline import build

ROOT = Path(__file__).resolve().parents[2]
OUTPUTS = ["graph.json", "statements.jsonl", "mentions.jsonl", "documents.jsonl", "effects.csv", "kg.ttl", "kg.html"]


class CacheOnly:
    """The fresh build's extractor version, and no reading at all: every result must come from the cache."""

    def __init__(self, version: str) -> None:
        self.version = version

    def entity_table(self) -> dict[str, dict[str, Any]]:
        from extractors.lexicon import entity_table

        return entity_table()

    def process(self, document: Document) -> Any:
        raise AssertionError(f"{document.id} was extracted again instead of coming from the cache")


def test_rebuild_from_the_cache_extracts_nothing_and_matches_the_fresh_build(built, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(built.out_dir / "cache", out / "cache")
    with ResultCache(out / "cache") as cache:
        version = cache.load_state()["extractor_version"]
    again = build(ROOT / "data" / "corpus", out, progress=False, extractor=CacheOnly(version))
    assert again.extracted == 0 and again.cached == len(built.documents) == 2
    for name in OUTPUTS:
        assert (out / name).read_bytes() == (built.out_dir / name).read_bytes(), name
