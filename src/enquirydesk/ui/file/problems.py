"""What the window may need before work starts: a file that cannot be used.

`OpenProblemDialog` says in plain words why a file cannot be opened (damaged, from a
newer EnquiryDesk, not ours, unreadable) and offers to restore a backup, open another
file, or quit; it only answers, `app.open_or_ask` acts. The file in question is never
written to: a restore puts a checked backup in its place and keeps it as a safety copy
(`services.maintenance.restore`). The first start on a new file is `ui.first_run`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from enquirydesk.domain.errors import (
    DamagedDatabaseError,
    ForeignDatabaseError,
    NewerVersionError,
    NotADatabaseError,
    StoreError,
)
from enquirydesk.domain.formats import Formats
from enquirydesk.services import maintenance, security
from enquirydesk.ui.common import formatting
from enquirydesk.ui.common.pin import PinDialog
from enquirydesk.ui.common.tasks import Tasks
from enquirydesk.ui.common.widgets import heading, keep_readable, paragraph


def _file_filter() -> str:
    return QCoreApplication.translate(
        "FileProblems", "EnquiryDesk files (*.sqlite *.db);;All files (*)"
    )


# -- a file that cannot be opened ------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """Why `path` cannot be opened, and what went wrong with the last restore, if one did."""

    path: Path
    error: StoreError
    restore_error: str = ""


@dataclass(frozen=True)
class OpenOther:
    path: Path


@dataclass(frozen=True)
class RestoreBackup:
    backup: Path


Answer = OpenOther | RestoreBackup


class OpenProblemDialog(QDialog):
    """What is wrong with the file, in plain words, and the way on; `answer` after it closes."""

    def __init__(self, problem: Problem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = problem
        self.answer: Answer | None = None
        self.chooser: BackupChooser | None = None
        self.setObjectName("openProblemDialog")
        self.setWindowTitle(self.tr("EnquiryDesk cannot open this file"))
        what, text, preferred = self._explain()

        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = heading(what, self)
        title.setObjectName("problemHeading")
        explanation = paragraph(text, self, "problemText")
        where = QLabel(self)
        where.setObjectName("problemFile")
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setToolTip(str(problem.path))
        metrics = self.fontMetrics()
        shown = metrics.elidedText(
            str(problem.path), Qt.TextElideMode.ElideMiddle, metrics.averageCharWidth() * 70
        )
        where.setText(self.tr("File: {path}").format(path=shown))
        self.note = paragraph("", self, "restoreError")
        self.note.setStyleSheet("color: #b3261e;")
        if problem.restore_error:
            self.note.setText(
                self.tr("The backup was not restored: {error}").format(error=problem.restore_error)
            )
        self.note.setVisible(bool(problem.restore_error))
        details = paragraph(self.tr("Details: {error}").format(error=problem.error), self)
        details.setObjectName("problemDetails")
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        small = details.font()  # the technical words, set back from the plain ones
        small.setPointSizeF(small.pointSizeF() * 0.9)
        details.setFont(small)

        self.restore_button = QPushButton(self.tr("&Restore a backup…"), self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setAccessibleName(self.tr("Restore a backup"))
        self.restore_button.setToolTip(
            self.tr("Put a backup in place of this file; the file itself is kept as a copy")
        )
        self.open_button = QPushButton(self.tr("&Open another file…"), self)
        self.open_button.setObjectName("openOtherButton")
        self.open_button.setAccessibleName(self.tr("Open another file"))
        self.quit_button = QPushButton(self.tr("&Quit"), self)
        self.quit_button.setObjectName("quitButton")
        self.quit_button.setAccessibleName(self.tr("Quit EnquiryDesk"))
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        {"restore": self.restore_button, "open": self.open_button, "quit": self.quit_button}[
            preferred
        ].setDefault(True)
        self.restore_button.clicked.connect(self.choose_backup)
        self.open_button.clicked.connect(self.open_other)
        self.quit_button.clicked.connect(self.reject)

        words = QVBoxLayout()
        words.setSpacing(10)
        for widget in (title, explanation, self.note, where, details):
            words.addWidget(widget)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(8)
        top.addLayout(words, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        keep_readable(self, 90)

    def _explain(self) -> tuple[str, str, str]:
        """Heading, plain explanation, and which button Enter presses."""
        error, name = self.problem.error, self.problem.path.name
        if isinstance(error, DamagedDatabaseError):
            return (
                self.tr("This file is damaged"),
                self.tr(
                    "EnquiryDesk found damage in “{name}” and has not changed it. Restore a "
                    "backup to go on working, or open another file."
                ).format(name=name),
                "restore",
            )
        if isinstance(error, NewerVersionError):
            return (
                self.tr("This file is from a newer EnquiryDesk"),
                self.tr(
                    "“{name}” was saved by a newer version of EnquiryDesk than this one. Install "
                    "the newer version to open it; the file has not been changed. Restoring a "
                    "backup would put older data in its place."
                ).format(name=name),
                "quit",
            )
        if isinstance(error, NotADatabaseError | ForeignDatabaseError):
            return (
                self.tr("This is not an EnquiryDesk file"),
                self.tr(
                    "“{name}” is not an EnquiryDesk database; it may belong to another program. "
                    "It has not been changed. Open your EnquiryDesk file instead."
                ).format(name=name),
                "open",
            )
        return (
            self.tr("This file cannot be opened"),
            self.tr(
                "EnquiryDesk cannot open “{name}”, and has not changed it. The details below say "
                "why; open another file, or restore a backup."
            ).format(name=name),
            "open",
        )

    def choose_backup(self) -> None:
        self.chooser = BackupChooser(self.problem.path, parent=self)
        self.chooser.accepted.connect(self._backup_chosen)
        self.chooser.open()

    def _backup_chosen(self) -> None:
        assert self.chooser is not None and self.chooser.chosen is not None
        self.answer = RestoreBackup(self.chooser.chosen)
        self.accept()

    def open_other(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open an EnquiryDesk file"),
            str(self.problem.path.parent),
            _file_filter(),
        )
        if chosen:
            self.answer = OpenOther(Path(chosen))
            self.accept()


def ask(problem: Problem) -> Answer | None:
    """The dialog, modal, before the window exists; None means quit."""
    dialog = OpenProblemDialog(problem)
    dialog.exec()
    return dialog.answer


class BackupChooser(QDialog):
    """This file's backups, newest first, or any other backup file; `chosen` once accepted."""

    def __init__(
        self, database: Path, configured_folder: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.configured_folder = configured_folder
        self.chosen: Path | None = None
        self.setObjectName("backupChooser")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        found = maintenance.restorable_backups(database, configured_folder)
        folders = maintenance.backup_folders(database, configured_folder)

        intro = paragraph(
            self.tr(
                "Choose the backup to put in place of “{name}”. The file as it is now is kept "
                "as a copy in the backup folder, so nothing is lost."
            ).format(name=database.name),
            self,
        )
        self.list = QListWidget(self)
        self.list.setObjectName("backupList")
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        # Before the window (no shop known yet) the program's language says how dates read.
        self.formats = formatting.current()
        for when, path in found:
            item = QListWidgetItem(self._describe(self.formats, when, path), self.list)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
        self._count_enquiries([(row, path) for row, (_, path) in enumerate(found)])
        self.empty = paragraph(
            self.tr("No backups of “{name}” were found in {folders}.").format(
                name=database.name, folders=", ".join(str(f) for f in folders)
            ),
            self,
            "noBackups",
        )
        self.list.setVisible(bool(found))
        self.empty.setVisible(not found)
        if found:
            self.list.setCurrentRow(0)
            lines = min(len(found), 8)
            self.list.setMinimumHeight(self.list.sizeHintForRow(0) * lines + 8)

        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setObjectName("restoreChosenButton")
        self.restore_button.setAccessibleName(self.tr("Restore the chosen backup"))
        self.restore_button.setEnabled(bool(found))
        self.restore_button.setDefault(bool(found))
        self.file_button = QPushButton(self.tr("&Other backup file…"), self)
        self.file_button.setObjectName("otherBackupButton")
        self.file_button.setAccessibleName(self.tr("Choose another backup file"))
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setObjectName("cancelRestoreButton")
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        row = QHBoxLayout()
        row.addWidget(self.file_button)
        row.addStretch(1)
        row.addWidget(buttons)
        self.restore_button.clicked.connect(self._restore_current)
        self.list.itemActivated.connect(lambda _item: self._restore_current())
        self.file_button.clicked.connect(self._other_file)
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        keep_readable(self, 70)

    @staticmethod
    def _describe(formats: Formats, when: datetime, path: Path) -> str:
        moment = QCoreApplication.translate("BackupChooser", "{day}, {time}").format(
            day=formats.long_date(when), time=formats.time(when)
        )
        try:
            size = QLocale(formats.tag).formattedDataSize(path.stat().st_size)
        except OSError:
            return moment
        return f"{moment} · {size}"

    def _count_enquiries(self, rows: list[tuple[int, Path]]) -> None:
        """Each backup's number of enquiries, read in the background (a large backup takes
        a moment to count), added to its line as it comes."""
        if not rows:
            return
        self.tasks = Tasks(self)
        self.finished.connect(lambda _result: self.tasks.shutdown())

        def counted(row: int, facts: tuple[int, int]) -> None:
            item = self.list.item(row)
            if item is None or facts[0] < 0:
                return
            words = self.tr("%Ln enquiries", "", facts[0])
            item.setText(f"{item.text()} · {words}")
            item.setData(Qt.ItemDataRole.UserRole + 1, facts[0])

        for row, path in rows:
            self.tasks.run(
                lambda path=path: maintenance.backup_facts(path),
                lambda facts, row=row: counted(row, facts),
            )

    def _restore_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen = Path(item.data(Qt.ItemDataRole.UserRole))
        self.accept()

    def _other_file(self) -> None:
        folders = maintenance.backup_folders(self.database, self.configured_folder)
        start = next((f for f in folders if f.is_dir()), self.database.parent)
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup file"), str(start), _file_filter()
        )
        if chosen:
            self.chosen = Path(chosen)
            self.accept()


def choose_backup(database: Path, configured_folder: str, parent: QWidget) -> Path | None:
    """The chooser over the (read-only) window; the chosen backup, or None."""
    chooser = BackupChooser(database, configured_folder, parent)
    return chooser.chosen if chooser.exec() == QDialog.DialogCode.Accepted else None


class _Busy(QDialog):
    """A modal "please wait" that cannot be closed while a restore runs (it cannot stop
    halfway: the file is swapped whole, or not at all)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreProgress")
        self.setWindowTitle(self.tr("Restoring a backup"))
        self.setModal(True)
        self.finished_work = False
        label = paragraph(text, self)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("restoreProgressBar")
        self.bar.setRange(0, 0)
        self.bar.setAccessibleName(self.tr("Restoring"))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.bar)
        keep_readable(self, 60)

    def reject(self) -> None:  # Esc
        if self.finished_work:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.finished_work:
            super().closeEvent(event)
        else:
            event.ignore()


def restore_with_progress(target: Path, backup: Path, parent: QWidget | None = None) -> None:
    """`maintenance.restore` off the GUI thread, behind a modal busy dialog; raises what it raised.

    Checking and copying a large backup takes seconds to minutes: the dialog keeps painting.
    Once the owner set a PIN (in the file in place, or, when that cannot be read, in the
    backup), it is asked first.
    """
    if security.file_needs_pin(target, backup):
        asked = PinDialog(
            QCoreApplication.translate("FileProblems", "Restoring a backup needs the owner's PIN."),
            lambda pin: security.check_file_owner_pin(target, backup, pin, datetime.now()),
            parent,
        )
        if asked.exec() != QDialog.DialogCode.Accepted:
            raise StoreError(
                QCoreApplication.translate("FileProblems", "The owner's PIN was not given.")
            )
    busy = _Busy(
        QCoreApplication.translate(
            "FileProblems",
            "Restoring “{backup}” in place of “{name}”. A large file can take a minute.",
        ).format(backup=backup.name, name=target.name),
        parent,
    )
    errors: list[Exception] = []

    def finish(error: Exception | None = None) -> None:
        if error is not None:
            errors.append(error)
        busy.finished_work = True
        busy.accept()

    def progress(done: int, total: int) -> None:
        busy.bar.setRange(0, max(total, 1))
        busy.bar.setValue(done)

    Tasks.once(
        busy,
        lambda report: maintenance.restore(target, backup, progress=report),
        lambda _report: finish(),
        failed=finish,
        progress=progress,
    )
    busy.exec()  # the job's answer arrives through this loop
    if errors:
        raise errors[0]
