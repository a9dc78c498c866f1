"""/docs (Swagger UI) and /redoc work offline: every script, style and icon comes from the app."""

from __future__ import annotations

import re

import pytest

ASSET = re.compile(r"""(?:src|href)=["']([^"']+)["']""")


@pytest.mark.parametrize("page, script, marker", [
    ("/docs", "swagger-ui-bundle.js", "SwaggerUIBundle"),
    ("/redoc", "redoc.standalone.js", "Redoc"),
])
def test_documentation_pages_load_only_local_assets(client, page: str, script: str, marker: str) -> None:
    r = client.get(page)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "http://" not in r.text and "https://" not in r.text and "//cdn" not in r.text
    assets = ASSET.findall(r.text)
    assert any(a.endswith(script) for a in assets)
    for asset in assets:
        assert asset.startswith("/") and not asset.startswith("//"), asset
        served = client.get(asset)
        assert served.status_code == 200, asset
        kind = served.headers["content-type"]
        if asset.endswith(".js"):
            assert kind.startswith("text/javascript") and marker in served.text[:5000] and len(served.content) > 100_000
        elif asset.endswith(".css"):
            assert kind.startswith("text/css") and ".swagger-ui" in served.text
        else:
            assert kind.startswith("image/")


def test_swagger_ui_reads_the_schema_and_asks_no_online_validator(client) -> None:
    text = client.get("/docs").text
    assert "url: '/openapi.json'" in text and '"validatorUrl": null' in text
    assert client.get("/docs/oauth2-redirect").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    assert not {"/docs", "/redoc"} & set(paths) and not any(p.startswith("/static") for p in paths)
    assert client.get("/static/docs/nothing.js").status_code == 404
