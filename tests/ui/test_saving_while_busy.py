"""Saving while another program holds the file: the window keeps turning, says why it
waits, and saves what was typed as soon as the file is free."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from enquirydesk.app import create_main_window
from enquirydesk.store import queries

HOLD_S = 5.0

HOLDER = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
connection.execute("BEGIN IMMEDIATE")
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
connection.execute("COMMIT")
connection.close()
"""


class Gaps:
    """The longest time the GUI thread went without turning its event loop."""

    def __init__(self, parent) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self.timer = QTimer(parent)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now


def test_the_quick_log_waits_for_a_busy_file_without_freezing(qtbot, tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    window = create_main_window(str(db))
    qtbot.addWidget(window)
    window.show()
    window.file_check.wait()
    qtbot.wait(50)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db), str(HOLD_S)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout.readline().strip() == "holding"
    started = time.monotonic()
    window.quick_log()
    dialog = window.quick_log_dialog
    dialog.name_edit.setText("Ana Novak")
    gaps = Gaps(window)
    dialog.save()
    note = dialog.findChild(QLabel, "savingNote")
    qtbot.waitUntil(note.isVisible, timeout=3_000)
    assert "Another program is writing to the file" in note.text()
    assert dialog.name_edit.text() == "Ana Novak" and dialog.saving
    assert queries.count_enquiries() == 0
    qtbot.waitUntil(lambda: window.quick_log_dialog is None, timeout=int(HOLD_S * 1000) + 30_000)
    assert time.monotonic() - started >= HOLD_S - 0.5  # saved once the file was free
    assert holder.wait(timeout=30) == 0
    holder.stdout.close()
    gaps.timer.stop()
    assert queries.count_enquiries() == 1
    assert gaps.longest < 0.1, f"the window froze for {gaps.longest * 1000:.0f} ms"
    window.close()
    window.ctx.store.close()
