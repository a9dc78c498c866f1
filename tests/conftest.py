"""Shared fixtures: the bundled corpus is built once per test session."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "data" / "corpus"
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def require_binary(name: str) -> str:
    """Path of an external program the test needs: skip locally when missing, fail in CI."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (CI installs it via .ci/run)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory):
    """The knowledge graph built from the bundled papers (kg.pipeline.BuildResult)."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("out")
    return build(CORPUS, out, progress=False)
