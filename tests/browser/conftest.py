"""Headless Chromium (Debian ``chromium`` driven by Playwright) for the view's browser tests.

Locally the tests skip with a reason when chromium or Playwright is missing; with ``CI=true``
they fail instead, so CI cannot silently pass without running them. Every page is opened with
the network blocked: any request that is not ``file://`` is recorded and aborted, and CSP
violations (requests the page's policy refused before they left) are recorded as well.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ARTIFACTS = ROOT / "test-artifacts"
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]

RECORD_CSP = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);
});
"""


def load_sample_graph_module() -> ModuleType:
    """tests/browser/sample_graph.py, loaded by path (the test tree is not a package)."""
    spec = importlib.util.spec_from_file_location("exokg_view_sample_graph", HERE / "sample_graph.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _unavailable(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"{reason} (required when CI=true)")
    pytest.skip(reason)


def chromium_path() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        _unavailable("chromium is not installed (apt-get install -y chromium)")
    return path  # type: ignore[return-value]


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium for the whole session."""
    executable = chromium_path()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install -e '.[test]')")
    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)
        yield instance
        instance.close()


@pytest.fixture(scope="session")
def sample() -> ModuleType:
    return load_sample_graph_module()


@dataclass
class OpenedView:
    """A loaded view and everything it tried to do that it should not."""

    page: Any
    external_requests: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def csp_violations(self) -> list[str]:
        return self.page.evaluate("window.__cspViolations")


@pytest.fixture
def open_view(browser: Any) -> Iterator[Callable[..., OpenedView]]:
    """Open an HTML file in a fresh page with the network blocked; wait until it is interactive."""
    contexts: list[Any] = []

    def _open(path: Path, *, width: int = 1400, height: int = 850, timeout_ms: int = 30_000,
              bypass_csp: bool = False) -> OpenedView:
        context = browser.new_context(viewport={"width": width, "height": height}, service_workers="block",
                                      bypass_csp=bypass_csp)
        contexts.append(context)
        page = context.new_page()
        view = OpenedView(page)

        def route(r: Any) -> None:
            url = r.request.url
            if url.startswith("file://"):
                r.continue_()
            else:
                view.external_requests.append(url)
                r.abort()

        context.route("**/*", route)
        page.on("request", lambda req: view.requests.append(req.url))
        page.on("pageerror", lambda exc: view.errors.append(str(exc)))
        page.on("console", lambda msg: view.errors.append(msg.text) if msg.type == "error" else None)
        page.on("dialog", lambda d: (view.dialogs.append(d.message), d.dismiss()))
        page.add_init_script(RECORD_CSP)
        page.goto(path.resolve().as_uri())
        wait_until(page, "!!(window.exokgView && exokgView.ready && exokgView.drawn && exokgView.stable)",
                   timeout_ms=timeout_ms)
        return view

    yield _open
    for context in contexts:
        context.close()


def wait_until(page: Any, expression: str, *, timeout_ms: int = 30_000) -> None:
    """Poll a page expression from Python.

    ``page.wait_for_function`` evaluates its predicate with ``eval`` inside the page, which the
    view's Content-Security-Policy forbids; ``page.evaluate`` is not subject to it.
    """
    deadline = time.monotonic() + timeout_ms / 1000
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout_ms} ms waiting for {expression}")
        time.sleep(0.02)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
