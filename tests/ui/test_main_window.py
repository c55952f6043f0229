"""The window as it stands: opens on a database, shows what waits, offers demo data."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from enquirydesk.app import create_main_window
from enquirydesk.ui import main_window


def test_window_on_a_new_database(qtbot, tmp_path: Path) -> None:
    window = create_main_window(str(tmp_path / "new.sqlite"))
    qtbot.addWidget(window)
    assert window.objectName() == "mainWindow"
    assert not window.isVisible()
    summary = window.findChild(QLabel, "summaryLabel")
    assert "No enquiries yet" in summary.text()
    assert window.findChild(QPushButton, "demoButton").isVisibleTo(window)
    assert (tmp_path / "new.sqlite").exists()


def test_first_start_offers_demo_data_once(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(main_window, "DEMO_SIZE", 300)
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[1])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window = create_main_window(str(tmp_path / "shop.sqlite"))
    qtbot.addWidget(window)
    window.offer_demo_if_new()
    assert len(asked) == 1
    summary = window.findChild(QLabel, "summaryLabel").text()
    assert summary.startswith("300 enquiries")
    assert not window.findChild(QPushButton, "demoButton").isVisibleTo(window)
    window.offer_demo_if_new()
    assert len(asked) == 1  # only on the first start
