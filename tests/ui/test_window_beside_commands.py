"""The window and the command line on one file at the same time, as a shop uses them: the
window starts as `make run` starts it (its background check and timers running) while two
command-line `add` loops and the window's own quick log write the same file. Every enquiry
that was acknowledged (an id printed, a quick log closed) is in the file exactly once, and
the file passes its check."""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from enquirydesk import app
from enquirydesk.services import maintenance
from enquirydesk.services.context import Actor, Context
from enquirydesk.services.enquiries import NewEnquiry, log_enquiry
from enquirydesk.store.database import Store

ROUND_S = float(os.environ.get("ENQUIRYDESK_STRESS_S", "60"))

# A shell loop, as a script or a second terminal runs it: one process per enquiry, so
# each one opens and closes the file (and may be the last to close it).
ADDER = """
import subprocess, sys
worker = sys.argv[1]
i = 0
while True:
    i += 1
    done = subprocess.run(
        [sys.executable, "-m", "enquirydesk", "add", "--channel", "chat",
         "--name", f"{worker} {i}", "--interest", "stress"],
        capture_output=True, text=True,
    )
    sys.stderr.write(done.stderr)
    if done.returncode != 0:
        sys.exit(done.returncode)
    print(done.stdout.split()[-1], flush=True)
"""


def make_shop(path: Path) -> None:
    store = Store.open(path)
    ctx = Context(store, Actor("test"))
    for n in range(3000):
        log_enquiry(ctx, NewEnquiry(channel="phone", name=f"Earlier {n}", interest="x" * 40))
    store.close()


def enquiries(path: Path) -> dict[int, list[str]]:
    """id → the customer names of every row with that id, read past any index."""
    found: dict[int, list[str]] = {}
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        rows = connection.execute(
            "SELECT e.id, c.name FROM enquiry e NOT INDEXED JOIN customer c ON c.id = e.customer_id"
        )
        for enquiry_id, name in rows:
            found.setdefault(enquiry_id, []).append(name)
    connection.close()
    return found


def start_adders(db: Path, round_: int) -> list[subprocess.Popen]:
    env = dict(os.environ, ENQUIRYDESK_DB=str(db), PYTHONUNBUFFERED="1")
    return [
        subprocess.Popen(
            [sys.executable, "-c", ADDER, f"Command {round_}.{n}"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for n in range(2)
    ]


def stop_adders(adders: list[subprocess.Popen]) -> dict[int, str]:
    acknowledged: dict[int, str] = {}
    for adder in adders:
        adder.send_signal(signal.SIGKILL)
    for adder in adders:
        out, err = adder.communicate(timeout=60)
        assert "Traceback" not in err and "locked" not in err, err
        assert adder.returncode == -signal.SIGKILL, err  # still adding when stopped
        worker = adder.args[-1]
        lines = out.split("\n")[:-1]  # a line cut off by the kill was not acknowledged
        for i, line in enumerate(lines, start=1):
            acknowledged[int(line)] = f"{worker} {i}"
    return acknowledged


class QuickLogger:
    """Logs an enquiry through the window's quick log every few milliseconds, as a second
    member of staff at the counter would, remembering each one the dialog saved."""

    def __init__(self, window, round_: int, acknowledged: dict[int, str]) -> None:
        self.window, self.round, self.acknowledged = window, round_, acknowledged
        self.logged = 0
        self.timer = QTimer(window)
        self.timer.timeout.connect(self.log_one)
        self.timer.start(50)

    def log_one(self) -> None:
        window = self.window
        open_now = window.quick_log_dialog
        if open_now is not None:
            if not open_now.saving:  # refused (the file was still being checked): again
                open_now.reject()
            return
        if not window.ctx.store.writable:
            return  # the file is still being checked
        window.quick_log()
        dialog = window.quick_log_dialog
        name = f"Window {self.round}.{self.logged}.{id(dialog)}"
        dialog.name_edit.setText(name)
        dialog.finished.connect(lambda result: self.finished(dialog, name, result))
        dialog.save()

    def finished(self, dialog, name: str, result: int) -> None:
        if result and dialog.changes is not None:
            self.acknowledged[dialog.changes.created_id("enquiry")] = name
            self.logged += 1


def run_round(qtbot, db: Path, round_: int, acknowledged: dict[int, str]) -> int:
    """One round: the loops write when the window starts; returns what the window logged."""
    adders = start_adders(db, round_)
    time.sleep(0.5)
    session = app.Session(ask=lambda problem: pytest.fail(str(problem.error)))
    assert session.start(db)
    window = session.window  # closed and deleted by the session: not handed to qtbot
    assert window is not None
    logger = QuickLogger(window, round_, acknowledged)
    deadline = time.monotonic() + ROUND_S
    while time.monotonic() < deadline:
        qtbot.wait(200)
        for adder in adders:
            assert adder.poll() is None, adder.communicate()[1]
    logger.timer.stop()
    qtbot.waitUntil(lambda: window.quick_log_dialog is None or not window.quick_log_dialog.saving)
    acknowledged.update(stop_adders(adders))
    assert not window.read_only, window.read_only
    window.reminders.quit()
    session._close(window)
    QApplication.processEvents()
    return logger.logged


@pytest.mark.slow
def test_window_quick_log_and_two_add_loops_lose_nothing(qtbot, tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    make_shop(db)
    acknowledged: dict[int, str] = {}
    for round_ in range(3):
        logged = run_round(qtbot, db, round_, acknowledged)
        assert logged > 10
        found = enquiries(db)
        missing = {i: n for i, n in acknowledged.items() if found.get(i) != [n]}
        assert not missing, f"round {round_}: {len(missing)} of {len(acknowledged)} lost or doubled"
        result = maintenance.check(db)
        assert result.ok, result.problems
    print(f"acknowledged {len(acknowledged):,} enquiries over three rounds")


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="reads Linux's memory map")
def test_the_window_process_has_one_sqlite_library(qtbot, tmp_path: Path) -> None:
    window = app.create_main_window(str(tmp_path / "shop.sqlite"))
    qtbot.addWidget(window)
    window.file_check.wait()
    window.tabs.setCurrentWidget(window.reports)
    window.tabs.setCurrentWidget(window.customers)
    QApplication.processEvents()
    with open("/proc/self/maps", encoding="utf-8") as maps:
        libraries = {
            line.split()[-1]
            for line in maps
            if "sqlite" in line.lower() and (".so" in line or "qsql" in line.lower())
        }
    engines = {name for name in libraries if "_sqlite3" not in name}  # Python's binding
    assert len(engines) <= 1, engines
    window.tasks.shutdown(at_exit=window.ctx.store.db.close)
    window.ctx.store.close()
