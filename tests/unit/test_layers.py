"""The architecture, checked: which layer may import what (see README, For developers)."""

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
    command_line = _files("cli")
    assert PACKAGE / "cli" / "__init__.py" in command_line
    assert _offending([*command_line, PACKAGE / "paths.py"], "PySide6", "enquirydesk.ui") == {}


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


# -- what each layer may touch, beyond imports ---------------------------------------------

#: Calls that run SQL on a connection or a query: only the store makes them.
QUERY_CALLS = frozenset(
    {"execute_sql", "cursor", "atomic", "execute", "executemany", "tuples", "dicts", "iterator"}
)


def _model_names(tree: ast.AST) -> set[str]:
    """The names a module imported from the store's models (the query builders)."""
    return {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == "enquirydesk.store.models"
        for alias in node.names
    }


def _calls(path: Path) -> set[str]:
    """Query calls: a connection's, or any method called on a model class."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    models = _model_names(tree)
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            target = node.func.value
            if node.func.attr in QUERY_CALLS:
                found.add(node.func.attr)
            elif isinstance(target, ast.Name) and target.id in models:
                found.add(f"{target.id}.{node.func.attr}")
    return found


def _attributes(path: Path) -> set[str]:
    """`x.store.db`: the database object itself."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Attribute)
        and node.value.attr == "store"
    }


def _outside_store() -> list[Path]:
    return [p for p in _files(".") if "store" not in p.relative_to(PACKAGE).parts]


def test_no_relative_imports() -> None:
    relative = []
    for path in _files("."):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if any(isinstance(n, ast.ImportFrom) and n.level for n in ast.walk(tree)):
            relative.append(str(path.relative_to(PACKAGE)))
    assert relative == []


def test_sqlite_and_peewee_live_in_the_store() -> None:
    assert _offending(_outside_store(), "sqlite3", "peewee", "playhouse") == {}


def test_no_query_runs_outside_the_store() -> None:
    found = {str(path.relative_to(PACKAGE)): sorted(_calls(path)) for path in _outside_store()}
    assert {name: calls for name, calls in found.items() if calls} == {}


def test_the_window_and_the_command_line_never_hold_the_database_object() -> None:
    outside = [*_files("ui"), *_files("exports"), *_files("cli"), PACKAGE / "app.py"]
    holding = [str(p.relative_to(PACKAGE)) for p in outside if "db" in _attributes(p)]
    assert holding == []


def test_exports_render_without_the_window_or_the_store() -> None:
    assert (
        _offending(
            _files("exports"),
            "enquirydesk.ui",
            "enquirydesk.app",
            "enquirydesk.store",
            "PySide6.QtWidgets",
        )
        == {}
    )


def test_the_query_checker_sees_a_query(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from enquirydesk.store.models import Enquiry\n"
        "Enquiry.select().where(x).exists()\nctx.store.db.cursor()\nargs.db\n"
    )
    assert _calls(sample) == {"Enquiry.select", "cursor"}
    assert _attributes(sample) == {"db"}
