"""Automatic backups, as Anki makes them: on close and every half hour when something
changed, in the background, each verified before it counts, old ones thinned out to
12 daily, 10 weekly and 9 monthly (the shop's backup settings). File → Back up now
makes one at once; the status bar says when the last one was made.

Backups are made on the window's worker, through its own connection, by
`services.maintenance.automatic_backup`; the window never waits for one, except on
closing, when a progress dialog says why. While one is made, a bar in the status bar
shows how far it is, with Cancel beside it (nothing half-made is left).

A database on the shop's server has no file on this PC to copy: its backups are made
on the server. There the status bar, Back up now and Restore a backup say so instead.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QToolButton,
)

from enquirydesk.domain import settings as declared
from enquirydesk.domain.errors import EnquiryDeskError
from enquirydesk.services import maintenance, servers
from enquirydesk.services.context import Context
from enquirydesk.ui.common.tasks import Tasks

#: Every half hour, when something changed.
INTERVAL_MS = 30 * 60 * 1000
#: The closing backup shows its progress only when it is not over in a blink.
CLOSING_NOTICE_MS = 400


class Cancelled(Exception):
    """The user stopped the backup made on closing."""


class BackupKeeper(QObject):
    """The window's backups: the half-hour timer, the closing backup, Back up now."""

    # File → Restore a backup… on a file (the window's Session restores it).
    restoreAsked = Signal()

    def __init__(self, window: QMainWindow, ctx: Context, tasks: Tasks) -> None:
        super().__init__(window)
        self.window, self.ctx, self.tasks = window, ctx, tasks
        self.mark: int | None = None  # the change number the newest backup holds
        self.running = False
        self.skip_on_close = False  # closing to restore a backup: no copy of what goes
        self.last: tuple[datetime, Path] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(lambda: self.back_up(only_if_changed=True))
        self.status = QLabel(window)
        self.status.setObjectName("lastBackupLabel")
        self.status.setAccessibleName(self.tr("Last backup"))
        self.bar = QProgressBar(window)
        self.bar.setObjectName("backupProgress")
        self.bar.setAccessibleName(self.tr("Backing up"))
        self.bar.setMaximumWidth(window.fontMetrics().averageCharWidth() * 16)
        self.bar.hide()
        self._stop = [False]
        self.cancel_button = QToolButton(window)
        self.cancel_button.setObjectName("cancelBackupButton")
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the backup"))
        self.cancel_button.setToolTip(self.tr("Stop this backup; no half-made copy is left"))
        self.cancel_button.setAutoRaise(True)
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        self.back_up_now_action = QAction(self.tr("Back &up now"), window)
        self.back_up_now_action.setObjectName("backupNowAction")
        self.back_up_now_action.setToolTip(
            self.tr("Make a checked copy of the file in the backup folder now")
        )
        self.back_up_now_action.triggered.connect(lambda: self.back_up(only_if_changed=False))
        self.restore_action = QAction(self.tr("&Restore a backup…"), window)
        self.restore_action.setObjectName("restoreAction")
        self.restore_action.setToolTip(
            self.tr("Put a backup in place of this file; the file as it is now is kept as a copy")
        )
        self.restore_action.triggered.connect(self._restore_asked)
        if ctx.store.on_server:
            for action in (self.back_up_now_action, self.restore_action):
                action.setToolTip(self.tr("The server's backups are made on the server"))

    @property
    def on_server(self) -> bool:
        return bool(self.ctx.store.on_server)

    def server_note(self) -> str:
        """Why there are no backups on this PC of a database on a server."""
        return self.tr(
            "The shop's records are kept on its server ({where}), not in a file on this PC. "
            "Their backups are made on the server: ask whoever looks after it."
        ).format(where=servers.describe(self.ctx.store.location))

    def explain_server(self) -> None:
        QMessageBox.information(self.window, self.tr("Backups"), self.server_note())

    def _restore_asked(self) -> None:
        if self.on_server:
            self.explain_server()
        else:
            self.restoreAsked.emit()

    # -- where and how many -------------------------------------------------------------

    def folder(self) -> Path:
        return maintenance.backup_settings_folder(self.ctx.settings[declared.BACKUP_FOLDER])

    def keep(self) -> tuple[int, int, int]:
        settings = self.ctx.settings
        return (
            settings[declared.BACKUP_DAILY],
            settings[declared.BACKUP_WEEKLY],
            settings[declared.BACKUP_MONTHLY],
        )

    def _writable(self) -> bool:
        return self.ctx.store.writable and not getattr(self.window, "read_only", "")

    # -- the timer and the status bar -----------------------------------------------------

    def start(self) -> None:
        """Once the file has passed its check: find the newest backup, start the timer."""
        if self.on_server:
            self.show_last()
            return
        store, folder = self.ctx.store, self.folder()

        def newest() -> tuple[tuple[datetime, Path] | None, int]:
            latest = maintenance.latest_backup(store.path, folder)
            return latest, (maintenance.backup_facts(latest[1])[1] if latest else 0)

        def found(answer: tuple[tuple[datetime, Path] | None, int]) -> None:
            self.last, mark = answer
            if self.mark is None:
                self.mark = mark
            self.show_last()

        self.tasks.run(newest, found, key="newest backup")
        self.timer.start()

    def show_last(self) -> None:
        if self.on_server:
            self.status.setText(self.tr("Backups: on the server"))
            self.status.setToolTip(self.server_note())
            return
        if self.last is None:
            self.status.setText(self.tr("No backup yet"))
            self.status.setToolTip(self.tr("Backups go to {folder}").format(folder=self.folder()))
            return
        when, path = self.last
        formats = self.ctx.formats
        time = formats.time(when)
        if when.date() == datetime.now().date():
            text = self.tr("Backed up at {time}").format(time=time)
        else:
            text = self.tr("Last backup {day} {time}").format(day=formats.date(when), time=time)
        self.status.setText(text)
        self.status.setToolTip(str(path))

    # -- making one -------------------------------------------------------------------

    def _job(self, only_if_changed: bool, stop: list[bool] | None = None):
        store, folder, keep = self.ctx.store, self.folder(), self.keep()
        since = self.mark if only_if_changed else -1

        def work(report) -> maintenance.AutomaticBackup:
            def progress(done: int, total: int) -> None:
                if stop is not None and stop[0]:
                    raise Cancelled
                report(done, total)

            return maintenance.automatic_backup(
                store, folder=folder, keep=keep, since_mark=since, progress=progress
            )

        return work

    def back_up(self, *, only_if_changed: bool) -> None:
        """A backup on the worker (the half hour's, or Back up now's), progress in the
        status bar."""
        if self.on_server:
            if not only_if_changed:
                self.explain_server()
            return
        if self.running or not self._writable():
            if not only_if_changed:
                self.window.statusBar().showMessage(self._why_not(), 10_000)
            return
        self.running = True
        self.back_up_now_action.setEnabled(False)
        self.bar.setRange(0, 0)
        self.bar.show()
        self._stop = [False]
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.tasks.run(
            self._job(only_if_changed, self._stop),
            lambda made: self._made(made, announce=not only_if_changed),
            failed=self._failed,
            progress=self._progress,
            key="backup",
        )

    def cancel(self) -> None:
        """Stop the backup being made in the background (Cancel beside its bar)."""
        self._stop[0] = True
        self.cancel_button.setEnabled(False)

    def _why_not(self) -> str:
        if self.running:
            return self.tr("A backup is being made already.")
        return self.tr("Nothing can be backed up while the file is read-only.")

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _over(self) -> None:
        self.running = False
        self.bar.hide()
        self.cancel_button.hide()
        self.back_up_now_action.setEnabled(True)

    def _made(self, made: maintenance.AutomaticBackup, announce: bool) -> None:
        self._over()
        self.mark = made.mark
        if made.path is not None:
            self.last = (datetime.now().replace(microsecond=0), made.path)
            self.show_last()
            if announce:
                self.window.statusBar().showMessage(
                    self.tr("Backed up to {path}").format(path=made.path), 10_000
                )

    def _failed(self, error: Exception) -> None:
        self._over()
        if isinstance(error, Cancelled):
            self.window.statusBar().showMessage(
                self.tr("Backup cancelled; no copy was made."), 10_000
            )
            return
        if not isinstance(error, EnquiryDeskError):
            raise error
        self.status.setText(self.tr("Backup failed"))
        self.status.setToolTip(str(error))
        self.window.statusBar().showMessage(
            self.tr("The backup could not be made: {error}").format(error=error), 15_000
        )

    # -- on closing -------------------------------------------------------------------

    def before_close(self) -> None:
        """The closing backup, when something changed: the window waits for it with a
        progress dialog (Cancel skips it; nothing half-made is left)."""
        self.timer.stop()
        if self.on_server or self.skip_on_close or not self._writable() or not self.tasks.alive:
            return
        stop = [False]
        dialog = QProgressDialog(
            self.tr("Making a backup before closing…"), self.tr("Skip"), 0, 0, self.window
        )
        dialog.setObjectName("closingBackupDialog")
        dialog.setWindowTitle(self.tr("Backing up"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(CLOSING_NOTICE_MS)
        dialog.canceled.connect(lambda: stop.__setitem__(0, True))
        loop = QEventLoop(self)
        outcome: list[object] = []

        def finish(result: object) -> None:
            outcome.append(result)
            loop.quit()

        def progress(done: int, total: int) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1) - 1))

        self.tasks.run(self._job(True, stop), finish, failed=finish, progress=progress)
        loop.exec()
        dialog.reset()
        dialog.deleteLater()
        result = outcome[0]
        if isinstance(result, maintenance.AutomaticBackup):
            self.mark = result.mark
        elif isinstance(result, EnquiryDeskError):
            QMessageBox.warning(
                self.window,
                self.tr("Backing up"),
                self.tr("The backup could not be made: {error}").format(error=result),
            )
        elif isinstance(result, Exception) and not isinstance(result, Cancelled):
            raise result
