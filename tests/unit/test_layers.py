"""The architecture of STYLE.md, checked: which layer may import what."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "enquirydesk"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _files(folder: str) -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py"))


def _offending(paths: list[Path], *forbidden: str) -> dict[str, list[str]]:
    bad = {}
    for path in paths:
        hits = sorted(
            name
            for name in _imports(path)
            if any(name == f or name.startswith(f + ".") for f in forbidden)
        )
        if hits:
            bad[str(path.relative_to(PACKAGE))] = hits
    return bad


def test_domain_is_pure_python() -> None:
    assert (
        _offending(
            _files("domain"),
            "PySide6",
            "peewee",
            "enquirydesk.store",
            "enquirydesk.services",
            "enquirydesk.ui",
        )
        == {}
    )


@pytest.mark.parametrize("folder", ["store", "services"])
def test_only_the_ui_layer_knows_qt(folder: str) -> None:
    assert _offending(_files(folder), "PySide6", "enquirydesk.ui", "enquirydesk.app") == {}


def test_the_command_line_never_loads_qt() -> None:
    assert _offending([PACKAGE / "cli.py", PACKAGE / "paths.py"], "PySide6", "enquirydesk.ui") == {}


def test_the_ui_never_touches_models_or_peewee_directly() -> None:
    assert _offending(_files("ui"), "peewee", "enquirydesk.store") == {}


def test_the_checker_sees_a_forbidden_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport peewee\n", encoding="utf-8")
    assert sorted(_imports(sample)) == ["PySide6.QtCore", "PySide6.QtCore.QObject", "peewee"]


def test_no_second_sqlite_library_through_qt() -> None:
    """Qt's SQL module carries its own copy of SQLite; two copies in one process do not
    see each other's locks (SQLite's "How To Corrupt", section 2.3)."""
    assert _offending(_files("."), "PySide6.QtSql") == {}
