"""Every package defines each name once per scope: a second module-level function (or method) of the same name
silently replaces the first for every caller, which tests of the callers cannot see; and no source holds a control
character, which a pattern would silently fail to match."""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CONSTANT = re.compile(r"_?[A-Z][A-Z0-9_]*")
SOURCES = sorted(p for package in ("kg", "extractors", "metaanalysis", "api") for p in (ROOT / package).rglob("*.py"))


def _redefined(body: list[ast.stmt]) -> list[str]:
    """Names a scope defines twice with ``def``, ``class`` or a plain assignment (property setters and
    ``typing.overload`` excepted)."""
    names: list[str] = []
    for node in body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            decorators = {ast.unparse(d) for d in getattr(node, "decorator_list", [])}
            if any(d.endswith((".setter", ".deleter")) or d in {"overload", "typing.overload"} for d in decorators):
                continue
            names.append(node.name)
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) \
                and CONSTANT.fullmatch(node.targets[0].id):
            names.append(node.targets[0].id)  # constants: "_NUMBER = ..." twice is the same defect
    return [name for name, n in Counter(names).items() if n > 1]


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_name_is_defined_twice_in_one_scope(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    scopes = [("module", tree.body)] + [(node.name, node.body) for node in ast.walk(tree)
                                        if isinstance(node, ast.ClassDef)]
    found = {scope: twice for scope, body in scopes if (twice := _redefined(body))}
    assert not found, f"{path.relative_to(ROOT)} defines these names twice: {found}"


# a control character in source is almost always an escape lost in a plain string literal: "\b" in a pattern
# written without the r prefix is a backspace, and the pattern silently matches nothing
CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_source_holds_a_control_character(path: Path) -> None:
    lines = [n for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1)
             if CONTROL_CHARACTER.search(line)]
    assert not lines, f"{path.relative_to(ROOT)} holds control characters on lines {lines}"
