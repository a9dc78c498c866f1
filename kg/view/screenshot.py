"""Render a view file to a PNG in headless Chromium (the README image): ``python -m kg.view.screenshot``.

Needs Debian ``chromium`` and Playwright (the ``test`` extra). The page is opened with every
non-file request aborted, one node is selected so the side panel shows its evidence (and forest
plot for an outcome), and the camera is zoomed so labels are readable.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

from kg.errors import ExokgError, InputError

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def screenshot(html: Path, png: Path, *, focus: str | None = None, scale: float | None = None,
               width: int = 1600, height: int = 900) -> None:
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise InputError("chromium is not installed (apt-get install -y chromium)")
    if not html.is_file():
        raise InputError(f"{html}: no such view file (run `exokg build` first)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=ARGS)
        page = browser.new_page(viewport={"width": width, "height": height})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://") else r.abort())
        page.goto(html.resolve().as_uri())
        deadline = time.monotonic() + 60
        while not page.evaluate("!!(window.exokgView && exokgView.drawn && exokgView.stable)"):
            if time.monotonic() > deadline:
                raise InputError(f"{html}: the view did not finish drawing within 60 s")
            time.sleep(0.05)
        if focus:
            found = page.evaluate("(q) => exokgView.search(q)[0] || null", focus)
            if found is None:
                raise InputError(f"no node matches {focus!r}")
            page.evaluate("(id) => exokgView.focusNode(id, false)", found)
        page.evaluate("exokgView.network.fit({animation: false})")
        if scale:
            page.evaluate("""(s) => { const net = exokgView.network; const id = exokgView.focused;
                const options = {scale: s, animation: false};
                if (id) { options.position = net.getPositions([id])[id]; }
                net.moveTo(options); }""", scale)
        page.wait_for_timeout(400)
        png.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(png))
        browser.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Save a PNG of an exokg view (kg.html).")
    parser.add_argument("html", type=Path, nargs="?", default=Path("out/kg.html"))
    parser.add_argument("png", type=Path, nargs="?", default=Path("docs/screenshot.png"))
    parser.add_argument("--focus", help="node to select (label, synonym or CURIE); its panel is shown")
    parser.add_argument("--scale", type=float, help="zoom after fitting the graph (1 = labels at full size)")
    parser.add_argument("--width", type=int, default=1600)
    parser.add_argument("--height", type=int, default=900)
    args = parser.parse_args(argv)
    try:
        screenshot(args.html, args.png, focus=args.focus, scale=args.scale, width=args.width, height=args.height)
    except ExokgError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"wrote {args.png}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
