"""The program's icon on the window, the application and the tray, read from the package;
and the program, started as users start it, opening its window and quitting."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from enquirydesk import desktop
from enquirydesk.app import QUIT_AFTER_MS, create_main_window
from enquirydesk.ui.common.icon import application_icon
from enquirydesk.ui.today.reminders import tray_icon

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"


def pixels(image: QImage) -> QImage:
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def test_the_window_the_application_and_the_tray_have_the_program_icon(
    qtbot, tmp_path: Path
) -> None:
    window = create_main_window(str(tmp_path / "shop.sqlite"))
    qtbot.addWidget(window)
    app = QApplication.instance()
    assert not app.windowIcon().isNull()
    assert not window.windowIcon().isNull()
    assert {size.width() for size in app.windowIcon().availableSizes()} >= set(desktop.ICON_SIZES)
    # The drawn icon itself, not a stand-in: its 16 px picture is the PNG's.
    drawn = pixels(window.windowIcon().pixmap(16, 16).toImage())
    assert drawn == pixels(QImage(str(ICONS / desktop.png_name(16))))
    assert not tray_icon().isNull()
    assert pixels(tray_icon().pixmap(24, 24).toImage()) == pixels(
        QImage(str(ICONS / desktop.png_name(24)))
    )
    assert QGuiApplication.desktopFileName() == desktop.APP_ID


def test_without_its_icon_files_the_program_says_so_and_goes_on(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def missing(name: str) -> bytes:
        raise FileNotFoundError(2, "No such file or directory", name)

    desktop.icon_pngs.cache_clear()
    monkeypatch.setattr(desktop, "read", missing)
    try:
        assert application_icon().isNull()
    finally:
        desktop.icon_pngs.cache_clear()
    assert "EnquiryDesk's icon is missing from this installation" in capsys.readouterr().err


@pytest.mark.skipif(sys.platform == "win32", reason="the same on Windows; one is enough")
def test_the_program_opens_its_window_and_quits_when_asked(tmp_path: Path) -> None:
    """What packaging/smoke_test.sh does with the bundle, here with the source."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{QUIT_AFTER_MS: "300"})
    done = subprocess.run(
        [sys.executable, "-m", "enquirydesk", "--db", str(tmp_path / "shop.sqlite")],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "icon is missing" not in done.stderr
    assert (tmp_path / "shop.sqlite").exists()
