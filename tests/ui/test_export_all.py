"""File → Export all data…: the file chosen in the save dialog written in the background,
as a workbook or a ZIP of CSV files, the status bar saying where; Cancel leaves no file."""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton

from enquirydesk.services import all_data, demo
from enquirydesk.services.context import Actor, Context
from enquirydesk.store.database import Store
from support import close_window, open_shop_window, set_up_shop


@pytest.fixture
def window(qtbot, tmp_path: Path):
    db = tmp_path / "shop.sqlite"
    set_up_shop(db, **{"shop.country": "SI", "shop.name": "Trgovina"})
    store = Store.open(db)
    try:
        demo.generate(Context(store, Actor("test")), 400, seed=2, workers=0)
    finally:
        store.close()
    shown = open_shop_window(qtbot, db)
    yield shown
    close_window(shown)


def test_export_all_writes_the_file_chosen_in_the_dialog(
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    action = window.findChild(QAction, "exportAllAction")
    assert action in window.menuBar().actions()[0].menu().actions()
    folder = tmp_path / "usb"
    folder.mkdir()
    answers = [
        (folder / "shop.xlsx", "Excel workbook (*.xlsx)"),
        (folder / "shop", "ZIP of CSV files (*.zip)"),
    ]
    asked: list[tuple[str, str]] = []

    def choose(parent, title, default, filters):
        asked.append((default, filters))
        name, chosen = answers.pop(0)
        return str(name), chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    action.trigger()
    qtbot.waitUntil(lambda: not window.export_all.busy, timeout=20_000)
    assert window.statusBar().currentMessage() == f"Saved all data to {folder / 'shop.xlsx'}"
    assert all_data.is_all_data(folder / "shop.xlsx")
    assert asked[0][1] == "Excel workbook (*.xlsx);;ZIP of CSV files (*.zip)"
    assert Path(asked[0][0]).suffix == ".xlsx"

    action.trigger()  # no extension typed: the one of the format picked
    qtbot.waitUntil(lambda: not window.export_all.busy, timeout=20_000)
    assert window.statusBar().currentMessage() == f"Saved all data to {folder / 'shop.zip'}"
    with zipfile.ZipFile(folder / "shop.zip") as archive:
        assert "enquiry.csv" in archive.namelist()
    assert Path(asked[1][0]).parent == folder  # the folder used last


def test_a_cancelled_export_of_all_data_leaves_no_file(qtbot, window, tmp_path: Path) -> None:
    gate = threading.Event()
    window.tasks.run(lambda: gate.wait(10))  # the worker is busy: the export waits
    target = tmp_path / "all.xlsx"
    window.export_all.start(target, "xlsx")
    dialog = window.findChild(QProgressDialog, "exportAllProgress")
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
    cancel.click()
    gate.set()
    qtbot.waitUntil(lambda: not window.export_all.busy, timeout=20_000)
    assert window.statusBar().currentMessage() == "Export cancelled; no file was written."
    assert not target.exists() and list(tmp_path.glob("*all.xlsx*")) == []
