"""Starting on a file that cannot be used: a damaged or newer-version file is never
written to; the user is told in plain words and offered a backup, another file, or quitting.
And the start itself: the window first, the file's whole check in the background."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QListWidget,
    QPushButton,
)

from enquirydesk import app, paths
from enquirydesk.cli import main
from enquirydesk.domain.errors import (
    DamagedDatabaseError,
    NewerVersionError,
    NotADatabaseError,
    StoreError,
)
from enquirydesk.services import importer, maintenance
from enquirydesk.services.context import Actor, Context
from enquirydesk.services.enquiries import NewEnquiry, log_enquiry
from enquirydesk.store import migrations
from enquirydesk.store.database import Store
from enquirydesk.ui.file import problems as startup
from enquirydesk.ui.file.problems import OpenOther, OpenProblemDialog, Problem, RestoreBackup

PAGE = 4096


# -- real files --------------------------------------------------------------------------


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_shop(path: Path, names: tuple[str, ...] = ("Ana Novak",), filler: int = 3000) -> None:
    """A real EnquiryDesk file with enquiries and enough rows to damage in the middle; closed."""
    store = Store.open(path)
    ctx = Context(store, Actor("test"))
    for name in names:
        log_enquiry(ctx, NewEnquiry(channel="phone", name=name))
    store.db.execute_sql("BEGIN")
    store.db.cursor().executemany(
        "INSERT INTO customer (name, name_key, handle, notes, created_at, updated_at) "
        "VALUES (?, ?, '', ?, '2026-03-01 10:00:00', '2026-03-01 10:00:00')",
        [(f"Filler {i}", f"filler {i}", "x" * 200) for i in range(filler)],
    )
    store.db.execute_sql("COMMIT")
    store.close()
    assert not Path(f"{path}-wal").exists()


def damage(path: Path, where: str) -> str:
    """Garbage over the first page after the header (found at opening) or over pages in
    the middle (found only by the whole-file check); returns the damaged file's digest."""
    data = bytearray(path.read_bytes())
    if where == "start":
        data[100:PAGE] = b"\xa5\x5a" * ((PAGE - 100) // 2)
    else:
        middle = (len(data) // 2) // PAGE * PAGE
        data[middle : middle + 3 * PAGE] = b"\xa5\x5a" * (3 * PAGE // 2)
    path.write_bytes(bytes(data))
    return digest(path)


def make_newer(path: Path) -> None:
    make_shop(path, filler=0)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE schema_info SET version = ?", (migrations.LATEST + 1,))
    connection.commit()
    connection.close()


def names_in(ctx: Context) -> list[str]:
    rows = ctx.store.db.execute_sql(
        "SELECT c.name FROM enquiry e JOIN customer c ON c.id = e.customer_id ORDER BY e.id"
    )
    return [name for (name,) in rows.fetchall()]


def backup_at(db: Path, when: datetime) -> Path:
    return maintenance.backup(db, now=when)


class Asked:
    """A stand-in for the dialog: gives the answers in turn, remembers the problems."""

    def __init__(self, *answers) -> None:
        self.answers = list(answers)
        self.problems: list[Problem] = []

    def __call__(self, problem: Problem):
        self.problems.append(problem)
        return self.answers.pop(0)


@pytest.fixture(autouse=True)
def closed_store():
    """Whatever a test opened is closed again (the models are bound once per process)."""
    opened: list[Context] = []
    yield opened
    for ctx in opened:
        ctx.store.close()


# -- open_or_ask, without an event loop ----------------------------------------------------


def test_a_healthy_file_opens_without_asking(tmp_path: Path, closed_store) -> None:
    db = tmp_path / "shop.sqlite"
    make_shop(db)
    ctx = app.open_or_ask(db, Asked())
    closed_store.append(ctx)
    assert names_in(ctx) == ["Ana Novak"]


def test_a_newer_version_file_is_explained_and_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    make_newer(db)
    before = digest(db)
    asked = Asked(None)
    assert app.open_or_ask(db, asked) is None  # quit
    assert isinstance(asked.problems[0].error, NewerVersionError)
    assert asked.problems[0].path == db
    assert digest(db) == before
    assert not Path(f"{db}-wal").exists() and not Path(f"{db}-shm").exists()


def test_a_file_damaged_at_its_start_is_refused_and_another_opened(
    tmp_path: Path, closed_store
) -> None:
    db, other = tmp_path / "shop.sqlite", tmp_path / "other.sqlite"
    make_shop(db)
    make_shop(other, names=("Budi Santoso",), filler=0)
    damaged = damage(db, "start")
    asked = Asked(OpenOther(other))
    ctx = app.open_or_ask(db, asked)
    closed_store.append(ctx)
    assert isinstance(asked.problems[0].error, DamagedDatabaseError)
    assert ctx.store.path == other
    assert names_in(ctx) == ["Budi Santoso"]
    assert digest(db) == damaged


def test_restoring_a_backup_replaces_the_damaged_file_and_keeps_it_as_a_copy(
    tmp_path: Path, closed_store
) -> None:
    db = tmp_path / "shop.sqlite"
    make_shop(db)
    backup = backup_at(db, datetime(2026, 3, 1, 18, 0))
    damaged = damage(db, "start")
    asked = Asked(RestoreBackup(backup))
    ctx = app.open_or_ask(db, asked)
    closed_store.append(ctx)
    assert ctx.store.path == db
    assert names_in(ctx) == ["Ana Novak"]
    copies = list(paths.backup_dir().glob("shop-before-restore-*"))
    assert [digest(c) for c in copies if c.suffix == ".sqlite"] == [damaged]  # nothing lost


def test_a_backup_that_fails_is_reported_and_the_question_asked_again(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    make_shop(db)
    bad_backup = backup_at(db, datetime(2026, 3, 1, 18, 0))
    damage(bad_backup, "middle")
    damaged = damage(db, "start")
    asked = Asked(RestoreBackup(bad_backup), None)
    assert app.open_or_ask(db, asked) is None
    assert asked.problems[0].restore_error == ""
    assert "damaged" in asked.problems[1].restore_error
    assert digest(db) == damaged


def test_a_folder_or_a_text_file_is_refused_in_plain_words(tmp_path: Path) -> None:
    folder = tmp_path / "folder.sqlite"
    folder.mkdir()
    text = tmp_path / "notes.sqlite"
    text.write_text("name;phone\n", encoding="utf-8")
    asked = Asked(OpenOther(text), None)
    assert app.open_or_ask(folder, asked) is None
    assert type(asked.problems[0].error) is StoreError
    assert "cannot be read" in str(asked.problems[0].error)
    assert isinstance(asked.problems[1].error, NotADatabaseError)
    assert text.read_text(encoding="utf-8") == "name;phone\n"


# -- the dialog, driven by qtbot ---------------------------------------------------------


def problem_dialog(qtbot, problem: Problem) -> OpenProblemDialog:
    dialog = OpenProblemDialog(problem)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def damaged_problem(path: Path) -> Problem:
    return Problem(path, DamagedDatabaseError(f"{path} is damaged (page 9); restore a backup."))


def test_the_dialog_says_what_is_wrong_and_opens_another_file(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, other = tmp_path / "shop.sqlite", tmp_path / "other.sqlite"
    dialog = problem_dialog(qtbot, damaged_problem(db))
    assert dialog.objectName() == "openProblemDialog"
    assert dialog.findChild(QLabel, "problemHeading").text() == "This file is damaged"
    assert "has not changed it" in dialog.findChild(QLabel, "problemText").text()
    assert "page 9" in dialog.findChild(QLabel, "problemDetails").text()
    assert dialog.findChild(QPushButton, "restoreButton").isDefault()
    for button in dialog.findChildren(QPushButton):
        assert button.accessibleName(), button.objectName()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(other), ""))
    qtbot.mouseClick(dialog.findChild(QPushButton, "openOtherButton"), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.answer == OpenOther(other)


def test_choosing_no_other_file_keeps_the_dialog_open(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = problem_dialog(qtbot, damaged_problem(tmp_path / "shop.sqlite"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: ("", ""))
    qtbot.mouseClick(dialog.findChild(QPushButton, "openOtherButton"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.answer is None


def test_the_backups_are_listed_newest_first_and_one_is_chosen(qtbot, tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    make_shop(db, filler=0)
    older = backup_at(db, datetime(2026, 2, 27, 18, 0))
    newer = backup_at(db, datetime(2026, 3, 1, 18, 0))
    dialog = problem_dialog(qtbot, damaged_problem(db))
    qtbot.mouseClick(dialog.findChild(QPushButton, "restoreButton"), Qt.MouseButton.LeftButton)
    chooser = dialog.findChild(QDialog, "backupChooser")
    assert chooser.isVisible()
    listed = chooser.findChild(QListWidget, "backupList")
    assert [listed.item(i).toolTip() for i in range(listed.count())] == [str(newer), str(older)]
    assert listed.currentRow() == 0
    qtbot.keyClick(listed, Qt.Key.Key_Down)
    qtbot.mouseClick(
        chooser.findChild(QPushButton, "restoreChosenButton"), Qt.MouseButton.LeftButton
    )
    assert not chooser.isVisible()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.answer == RestoreBackup(older)


def test_without_backups_another_backup_file_can_be_chosen(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, elsewhere = tmp_path / "shop.sqlite", tmp_path / "usb" / "shop-copy.sqlite"
    dialog = problem_dialog(qtbot, damaged_problem(db))
    qtbot.mouseClick(dialog.findChild(QPushButton, "restoreButton"), Qt.MouseButton.LeftButton)
    chooser = dialog.findChild(QDialog, "backupChooser")
    assert chooser.findChild(QLabel, "noBackups").isVisible()
    assert str(paths.backup_dir()) in chooser.findChild(QLabel, "noBackups").text()
    assert not chooser.findChild(QPushButton, "restoreChosenButton").isEnabled()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(elsewhere), "")
    )
    qtbot.mouseClick(chooser.findChild(QPushButton, "otherBackupButton"), Qt.MouseButton.LeftButton)
    assert dialog.answer == RestoreBackup(elsewhere)


def test_quit_answers_nothing(qtbot, tmp_path: Path) -> None:
    dialog = problem_dialog(qtbot, damaged_problem(tmp_path / "shop.sqlite"))
    qtbot.mouseClick(dialog.findChild(QPushButton, "quitButton"), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.answer is None


@pytest.mark.parametrize(
    ("error", "heading", "default"),
    [
        (NewerVersionError("x"), "This file is from a newer EnquiryDesk", "quitButton"),
        (NotADatabaseError("x"), "This is not an EnquiryDesk file", "openOtherButton"),
        (StoreError("x"), "This file cannot be opened", "openOtherButton"),
    ],
)
def test_each_problem_has_its_own_words(qtbot, tmp_path: Path, error, heading, default) -> None:
    dialog = problem_dialog(qtbot, Problem(tmp_path / "shop.sqlite", error))
    assert dialog.findChild(QLabel, "problemHeading").text() == heading
    assert dialog.findChild(QPushButton, default).isDefault()
    assert not dialog.findChild(QLabel, "restoreError").isVisible()


def test_a_failed_restore_is_shown(qtbot, tmp_path: Path) -> None:
    problem = Problem(tmp_path / "a.sqlite", DamagedDatabaseError("x"), "the copy is damaged")
    dialog = problem_dialog(qtbot, problem)
    note = dialog.findChild(QLabel, "restoreError")
    assert note.isVisible() and "the copy is damaged" in note.text()


def test_the_whole_way_through_the_dialog_to_a_restored_file(
    qtbot, tmp_path: Path, closed_store
) -> None:
    """open_or_ask with the real dialog and the real restore behind its busy dialog."""
    db = tmp_path / "shop.sqlite"
    make_shop(db)
    backup_at(db, datetime(2026, 3, 1, 18, 0))
    damaged = damage(db, "start")
    shown: list[OpenProblemDialog] = []

    def ask(problem: Problem):
        dialog = problem_dialog(qtbot, problem)
        shown.append(dialog)
        qtbot.mouseClick(dialog.findChild(QPushButton, "restoreButton"), Qt.MouseButton.LeftButton)
        chooser = dialog.findChild(QDialog, "backupChooser")
        qtbot.keyClick(chooser.findChild(QListWidget, "backupList"), Qt.Key.Key_Return)
        return dialog.answer

    ctx = app.open_or_ask(db, ask, startup.restore_with_progress)
    closed_store.append(ctx)
    assert len(shown) == 1
    assert names_in(ctx) == ["Ana Novak"]
    assert damaged in {digest(c) for c in paths.backup_dir().glob("shop-before-restore-*.sqlite")}


def test_restore_with_progress_hands_back_the_error(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    make_shop(db, filler=0)
    with pytest.raises(StoreError, match="no backup file"):
        startup.restore_with_progress(db, tmp_path / "missing.sqlite")


# -- the start: window first, the whole-file check behind it -------------------------------


def test_damage_found_after_the_window_opened_makes_it_read_only(qtbot, tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    make_shop(db)
    damaged = damage(db, "middle")  # the cheap checks at opening do not see it
    session = app.Session(ask=Asked())
    assert session.start(db)
    window = session.window
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.ctx.store.writable is False  # held until the check has passed
    qtbot.waitUntil(lambda: bool(window.read_only))
    assert "damage" in window.read_only
    assert not window.new_enquiry.isEnabled()
    assert window.first_run is None
    pane = window.enquiries.detail
    assert not any(button.isEnabled() for button in pane.buttons.values())
    assert pane.buttons["markPurchased"].toolTip() == window.read_only
    with pytest.raises(StoreError):
        log_enquiry(window.ctx, NewEnquiry(channel="phone", name="Budi"))
    history = tmp_path / "history.csv"
    history.write_text("received_at,channel,customer_name\n2026-01-05 10:00,phone,Ana\n")
    with pytest.raises(StoreError, match="read-only"):  # the bulk path asks too
        importer.import_file(window.ctx, history)
    window.close()
    window.ctx.store.close()
    assert digest(db) == damaged
    # The window's check marked it: the command line does not write to it either.
    assert main(["--db", str(db), "add", "--channel", "phone", "--name", "Budi"]) == 1
    assert digest(db) == damaged


def test_a_healthy_file_is_writable_once_checked_and_a_new_one_gets_the_first_run_page(
    qtbot, tmp_path: Path
) -> None:
    """What `make run` does on the default per-user database the first time."""
    session = app.Session(ask=Asked())
    assert session.start(paths.database_path(None))
    window = session.window
    qtbot.addWidget(window)
    assert window.ctx.store.path == paths.default_database()
    qtbot.waitUntil(lambda: window.first_run is not None and window.first_run.isVisible())
    assert window.ctx.store.writable
    assert not window.read_only
    window.first_run.reject()
    window.close()
    window.ctx.store.close()


def test_an_existing_file_is_held_read_only_only_until_its_check_passes(
    qtbot, tmp_path: Path
) -> None:
    db = tmp_path / "shop.sqlite"
    make_shop(db, filler=0)
    session = app.Session(ask=Asked())
    assert session.start(db)
    window = session.window
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.ctx.store.writable)
    # The check releases writes on its own thread; its answer (and what comes after it)
    # reaches the window when the window next handles events.
    window.file_check.wait()
    # A file filled elsewhere whose shop was never confirmed: asked for it once checked.
    qtbot.waitUntil(lambda: window.first_run is not None and window.first_run.isVisible())
    assert not window.read_only
    window.first_run.reject()
    window.close()
    window.ctx.store.close()


def test_restore_from_the_read_only_window_reopens_the_restored_file(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "shop.sqlite"
    make_shop(db)
    backup = backup_at(db, datetime(2026, 3, 1, 18, 0))
    damaged = damage(db, "middle")
    session = app.Session(ask=Asked())
    assert session.start(db)
    first = session.window  # closed and deleted by the restore: not handed to qtbot
    qtbot.waitUntil(lambda: bool(first.read_only))
    offered: list[Path] = []

    def choose(database: Path, configured: str, parent) -> Path:
        offered.extend(path for _, path in maintenance.restorable_backups(database, configured))
        return backup

    monkeypatch.setattr(startup, "choose_backup", choose)
    qtbot.mouseClick(first.findChild(QPushButton, "restoreBackupButton"), Qt.MouseButton.LeftButton)
    assert offered == [backup]
    second = session.window
    assert second is not None and second is not first
    qtbot.addWidget(second)
    assert not shiboken6.isValid(first) or not first.isVisible()
    assert second.isVisible()
    qtbot.waitUntil(lambda: second.ctx.store.writable)
    assert not second.read_only
    assert names_in(second.ctx) == ["Ana Novak"]
    assert damaged in {digest(c) for c in paths.backup_dir().glob("shop-before-restore-*.sqlite")}
    second.close()
    second.ctx.store.close()
