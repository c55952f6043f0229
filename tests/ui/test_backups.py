"""Backups from the window, as a shop owner meets them: made on close and every half hour
when something changed, verified, kept in the folder chosen in Settings; Back up now and
Restore a backup in the File menu; the status bar says when the last one was made. And
what the window tells about the file itself: a disk nearly full, a network drive."""

from __future__ import annotations

import sqlite3
import stat
import threading
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QToolButton,
)

from enquirydesk import app, paths
from enquirydesk.app import create_main_window
from enquirydesk.domain import settings as declared
from enquirydesk.domain.storage import Risk
from enquirydesk.services import location, maintenance
from enquirydesk.services.enquiries import NewEnquiry, log_enquiry
from enquirydesk.store import health, sqlite
from enquirydesk.ui.enquiries import quick_log as quick_log_module
from support import saved as wait_saved
from support import undone


def names(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        rows = connection.execute(
            "SELECT c.name FROM enquiry e JOIN customer c ON c.id = e.customer_id ORDER BY e.id"
        )
        return [name for (name,) in rows]


def backups(db: Path, folder: Path | None = None) -> list[Path]:
    return [path for _, path in maintenance.backups_of(db, folder or paths.backup_dir())]


def open_window(qtbot, db: Path):
    window = create_main_window(str(db))
    qtbot.addWidget(window)
    window.show()
    window.file_check.wait()
    qtbot.waitUntil(lambda: window.backups.mark is not None)
    return window


def close(window) -> None:
    window.close()
    window.ctx.store.close()


def log(window, name: str) -> None:
    log_enquiry(window.ctx, NewEnquiry(channel="phone", name=name))


def test_closing_after_a_change_leaves_a_verified_backup(qtbot, tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    window = open_window(qtbot, db)
    assert window.findChild(QLabel, "lastBackupLabel").text() == "No backup yet"
    log(window, "Ana Novak")
    close(window)
    made = backups(db)
    assert len(made) == 1
    assert sqlite.integrity_problems(made[0]) == []
    assert names(made[0]) == ["Ana Novak"]
    assert stat.S_IMODE(made[0].stat().st_mode) == 0o600
    assert not list(paths.backup_dir().glob("*.partial"))

    again = open_window(qtbot, db)  # nothing changed since: no second copy
    assert again.findChild(QLabel, "lastBackupLabel").text().startswith("Backed up at")
    close(again)
    assert backups(db) == made


def test_the_half_hour_backup_is_made_only_when_something_changed(qtbot, tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    window = open_window(qtbot, db)
    assert window.backups.timer.isActive()
    assert window.backups.timer.interval() == 30 * 60 * 1000
    log(window, "Ana Novak")
    window.backups.timer.timeout.emit()
    qtbot.waitUntil(lambda: len(backups(db)) == 1 and not window.backups.running)
    window.backups.timer.timeout.emit()  # nothing new since
    window.tasks.wait()
    qtbot.wait(10)
    assert len(backups(db)) == 1
    assert window.findChild(QLabel, "lastBackupLabel").text().startswith("Backed up at")
    close(window)
    assert len(backups(db)) == 1  # closing adds none either


def test_back_up_now_from_the_file_menu(qtbot, tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    window = open_window(qtbot, db)
    log(window, "Ana Novak")
    action = window.findChild(QAction, "backupNowAction")
    assert action in window.menuBar().actions()[0].menu().actions()
    action.trigger()
    qtbot.waitUntil(lambda: "Backed up to" in window.statusBar().currentMessage())
    made = backups(db)
    assert len(made) == 1 and names(made[0]) == ["Ana Novak"]
    close(window)


def test_a_backup_under_way_shows_its_progress_and_can_be_cancelled(qtbot, tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    window = open_window(qtbot, db)
    log(window, "Ana Novak")
    gate = threading.Event()
    window.tasks.run(lambda: gate.wait(10))  # a large file: the backup takes a while
    window.findChild(QAction, "backupNowAction").trigger()
    bar = window.findChild(QProgressBar, "backupProgress")
    cancel = window.findChild(QToolButton, "cancelBackupButton")
    assert bar.isVisible() and cancel.isVisible() and cancel.accessibleName()
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: not window.backups.running)
    assert not bar.isVisible() and not cancel.isVisible()
    assert "Backup cancelled" in window.statusBar().currentMessage()
    assert backups(db) == [] and not any(paths.unfinished_dir().glob("*"))
    window.findChild(QAction, "backupNowAction").trigger()  # again, to the end
    qtbot.waitUntil(lambda: "Backed up to" in window.statusBar().currentMessage())
    assert len(backups(db)) == 1
    close(window)


def test_the_backup_folder_and_retention_are_chosen_in_settings_and_undoable(
    qtbot, tmp_path: Path
) -> None:
    db = tmp_path / "shop.sqlite"
    window = open_window(qtbot, db)
    window.findChild(QAction, "settingsAction").trigger()
    dialog = window.settings_dialog
    assert dialog.objectName() == "settingsDialog"
    page = dialog.page("backupsPage")
    assert page.isVisible()
    chosen = tmp_path / "usb stick"
    page.findChild(QLineEdit, "backupFolderEdit").setText(str(chosen))
    page.findChild(QSpinBox, "keepDailySpin").setValue(3)
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveSettingsButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.settings_dialog is None)
    assert window.ctx.settings[declared.BACKUP_FOLDER] == str(chosen)
    assert window.ctx.settings[declared.BACKUP_DAILY] == 3
    log(window, "Ana Novak")
    window.findChild(QAction, "backupNowAction").trigger()
    qtbot.waitUntil(lambda: len(backups(db, chosen)) == 1)
    assert stat.S_IMODE(chosen.stat().st_mode) == 0o700
    window.undo()  # the settings change, like any other
    undone(qtbot, window)
    window.ctx.forget_cache()
    assert window.ctx.settings[declared.BACKUP_FOLDER] == ""
    assert window.ctx.settings[declared.BACKUP_DAILY] == 12
    close(window)


def test_a_folder_that_cannot_take_backups_is_refused_beside_the_field(
    qtbot, tmp_path: Path
) -> None:
    db = tmp_path / "shop.sqlite"
    window = open_window(qtbot, db)
    window.edit_settings()
    dialog = window.settings_dialog
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x", encoding="utf-8")
    dialog.findChild(QLineEdit, "backupFolderEdit").setText(str(a_file))
    dialog.save()
    error = dialog.findChild(QLabel, "backupsError")
    assert error.isVisible() and error.text() == "That is a file, not a folder."
    assert window.settings_dialog is dialog
    dialog.reject()
    close(window)


def test_restore_from_the_file_menu_reopens_the_window_on_the_backup(qtbot, tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    session = app.Session(ask=lambda problem: pytest.fail(str(problem.error)))
    assert session.start(db)
    first = session.window
    first.file_check.wait()
    qtbot.waitUntil(lambda: first.backups.mark is not None)
    log(first, "Ana Novak")
    first.findChild(QAction, "backupNowAction").trigger()
    qtbot.waitUntil(lambda: len(backups(db)) == 1)
    log(first, "Budi Santoso")  # after the backup: the restore takes it back
    seen: dict[str, object] = {}

    def choose_the_newest() -> None:
        chooser = QApplication.activeModalWidget()
        listing = chooser.findChild(QListWidget, "backupList")
        qtbot.waitUntil(lambda: "1 enquiry" in listing.item(0).text())
        seen["line"] = listing.item(0).text()
        qtbot.keyClick(listing, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose_the_newest)
    first.findChild(QAction, "restoreAction").trigger()
    second = session.window
    assert second is not None and second is not first
    qtbot.addWidget(second)
    assert "1 enquiry" in str(seen["line"])
    second.file_check.wait()
    qtbot.waitUntil(lambda: second.ctx.store.writable)
    assert names(db) == ["Ana Novak"]
    safety = list(paths.backup_dir().glob("shop-before-restore-*.sqlite"))
    assert len(safety) == 1 and names(safety[0]) == ["Ana Novak", "Budi Santoso"]
    close(second)


# -- the disk and the place ----------------------------------------------------------------


def test_a_nearly_full_disk_is_shown_and_what_was_typed_stays(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "shop.sqlite"
    window = open_window(qtbot, db)
    real = health.shutil.disk_usage
    free = [health.RESERVE_BYTES // 4]

    def usage(path):
        total, used, _ = real(path)
        return type(real(path))(total, used, free[0])

    monkeypatch.setattr(health.shutil, "disk_usage", usage)
    window.file_watch.look_at_space()
    qtbot.waitUntil(lambda: window.file_watch.space_banner is not None)
    banner = window.file_watch.space_banner
    assert banner.isVisible() and "almost full" in banner.label.text()
    window.quick_log()
    dialog = window.quick_log_dialog
    assert isinstance(dialog, quick_log_module.QuickLogDialog)
    dialog.name_edit.setText("Ana Novak")
    dialog.save()
    wait_saved(qtbot, dialog)
    error = dialog.findChild(QLabel, "formError")
    assert error.isVisible() and error.text() == health.DISK_FULL
    assert dialog.isVisible() and dialog.name_edit.text() == "Ana Novak"
    assert names(db) == []
    free[0] = 10 * health.RESERVE_BYTES  # space freed: saving works again
    window.file_watch.look_at_space()
    qtbot.waitUntil(lambda: not banner.isVisible())
    dialog.save()
    wait_saved(qtbot, dialog)
    assert names(db) == ["Ana Novak"]
    close(window)


@pytest.mark.parametrize(
    ("risk", "words"),
    [
        (Risk("cloud", "Dropbox"), "This file is in a Dropbox folder"),
        (Risk("network", "a network drive (nfs)"), "This file is on a network drive (nfs)"),
    ],
)
def test_a_file_on_a_network_drive_or_in_a_sync_folder_gets_a_warning(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, risk: Risk, words: str
) -> None:
    monkeypatch.setattr(location, "storage_risk", lambda path: risk)
    window = open_window(qtbot, tmp_path / "shop.sqlite")
    qtbot.waitUntil(lambda: window.file_watch.place_banner is not None)
    banner = window.file_watch.place_banner
    assert banner.isVisible() and banner.label.text().startswith(words)
    qtbot.mouseClick(
        banner.findChild(QPushButton, "dismissStorageButton"), Qt.MouseButton.LeftButton
    )
    assert not banner.isVisible()
    close(window)


def test_sqlite_s_own_words_never_reach_the_status_bar(qtbot, tmp_path: Path) -> None:
    """Background work that meets a read-only file says so in plain words (it used to show
    SQLite's "attempt to write a readonly database")."""
    db = tmp_path / "shop.sqlite"
    window = open_window(qtbot, db)

    def write_read_only() -> None:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as connection:
            connection.execute("INSERT INTO staff (name, role, active) VALUES ('x', 'staff', 1)")

    window.tasks.run(write_read_only)
    qtbot.waitUntil(lambda: bool(window.statusBar().currentMessage()))
    message = window.statusBar().currentMessage()
    assert "readonly" not in message and "nothing was saved" in message
    close(window)
