"""Helpers shared by tests (importable because tests/conftest.py puts tests/ on sys.path)."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest


class FakeClock:
    """A clock tests move by hand: `clock.now`, `clock.advance(minutes=5)`, `clock.set(...)`."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def set(self, when: datetime) -> None:
        self.now = when

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


def can_mount() -> bool:
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or not shutil.which("mount"):
        return False
    probe = Path(tempfile.mkdtemp())
    try:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(probe)], capture_output=True
        )
        if done.returncode != 0:
            return False
        subprocess.run(["umount", str(probe)], check=True)
        return True
    finally:
        probe.rmdir()


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """`folder` cannot be written to: its permissions for an ordinary user; for root, who
    may write anywhere, a read-only view of it mounted over it."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    if not can_mount():
        pytest.skip("root without mount cannot make a folder read-only")
    subprocess.run(["mount", "--bind", str(folder), str(folder)], check=True)
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], check=True)
        yield
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """The command line in this process: (exit status, stdout, stderr)."""
    from enquirydesk.cli import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def undone(qtbot, window) -> None:
    """Wait for an undo (or redo): it runs on the window's worker, like every write."""
    qtbot.waitUntil(lambda: not window._undoing)
    window.tasks.wait()
    qtbot.wait(1)  # the pages' reads report back


def saved(qtbot, dialog) -> None:
    """Wait for a form's save: it runs on a thread of the dialog's own, off the window's."""
    qtbot.waitUntil(lambda: not dialog.saving)


def qt_tool(name: str) -> str:
    """A Qt Linguist tool (``lrelease``, ``lupdate``) as PySide6 ships it."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "bin" / name):
        if candidate.exists():
            return str(candidate)
    raise FileNotFoundError(f"PySide6 has no {name} in {folder}")


def compile_catalogue(ts_text: str, folder: Path, name: str = "test_sl") -> Path:
    """A .qm compiled by Qt's lrelease from the .ts given as text."""
    source = folder / f"{name}.ts"
    source.write_text(ts_text, encoding="utf-8")
    target = folder / f"{name}.qm"
    subprocess.run(
        [qt_tool("lrelease"), "-silent", "-nounfinished", str(source), "-qm", str(target)],
        check=True,
    )
    return target


def set_up_shop(db: Path, **values: object) -> None:
    """A shop file set up by hand (no first-run page), with `values` as its settings."""
    from enquirydesk.domain import settings as declared
    from enquirydesk.services import setup
    from enquirydesk.services.context import Actor, Context
    from enquirydesk.store.database import Store

    store = Store.open(db)
    ctx = Context(store, Actor("test"))
    setup.save(ctx, setup.Setup(values={declared.FIRST_RUN_DONE.key: True, **values}))
    store.close()


def open_shop_window(qtbot, db: Path, lang: str | None = None):
    """The window as `make run` opens it on `db` (in `lang`), shown, its file checked."""
    from enquirydesk.app import create_main_window

    window = create_main_window(str(db), lang)
    qtbot.addWidget(window)
    window.show()
    window.file_check.wait()
    window.tasks.wait()
    qtbot.wait(5)
    return window


def fits_its_content(dialog) -> None:
    """The dialog is at least as big as its layout needs at its width: no line of text
    overlaps another widget or is cut off at the bottom."""
    from PySide6.QtWidgets import QLabel

    layout = dialog.layout()
    assert dialog.width() >= layout.totalMinimumSize().width()
    assert dialog.height() >= layout.totalMinimumHeightForWidth(dialog.width())
    for label in dialog.findChildren(QLabel):
        if label.isVisibleTo(dialog) and label.wordWrap() and label.text():
            assert label.height() >= label.heightForWidth(label.width()), label.objectName()


def close_window(window) -> None:
    window.close()
    window.ctx.store.close()


class _PlainServerConnection:
    """A psycopg connection read like an `sqlite3` one: ``?`` parameters, times as the
    text SQLite keeps them in, truth values as 0/1, and SQLite's checks of a file
    answered as for a sound one (the server keeps its own consistency)."""

    def __init__(self, address: str) -> None:
        import psycopg

        self.connection = psycopg.connect(address, autocommit=True)
        self.row_factory = None  # set (to sqlite3.Row): rows read by column name too

    def execute(self, sql: str, params=()):
        from enquirydesk.store.postgres import portable

        if sql.startswith("PRAGMA"):
            return _Rows([("ok",)] if "integrity_check" in sql or "quick_check" in sql else [])
        cursor = self.connection.execute(portable(sql), params or None)
        rows = cursor.fetchall() if cursor.description else []
        plain = [tuple(_as_sqlite(v) for v in row) for row in rows]
        if self.row_factory is not None and cursor.description:
            names = {column.name: n for n, column in enumerate(cursor.description)}
            plain = [_Row(row, names) for row in plain]
        return _Rows(plain)

    def close(self) -> None:
        self.connection.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        return None


class _Row(tuple):
    """A row read by position or by column name, as `sqlite3.Row`."""

    def __new__(cls, values, names):
        row = super().__new__(cls, values)
        row.names = names
        return row

    def __getitem__(self, key):
        if isinstance(key, str):
            return super().__getitem__(self.names[key])
        return super().__getitem__(key)

    def keys(self):
        return list(self.names)


class _Rows(list):
    def fetchall(self):
        return list(self)

    def fetchone(self):
        return self[0] if self else None


def _as_sqlite(value):
    if isinstance(value, datetime):
        return value.isoformat(" ", "seconds")
    if isinstance(value, bool):
        return int(value)
    return value


def plain_connection(where):
    """A plain DB-API connection to a shop database, whichever engine holds it: `where` is
    a file (sqlite3) or a server's address (psycopg, made to read the same)."""
    import sqlite3

    if str(where).startswith("postgresql://"):
        return _PlainServerConnection(str(where))
    return sqlite3.connect(where)
