"""Retention while the window is open: once the file has passed its check, and then once
a day, customers who never bought and have not enquired for the owner's number of
months are forgotten (`services.retention.apply`) on a thread of its own: the first run
on a large file takes a while (20 s for 26,000 customers of a 300,000-enquiry file,
most of it rewriting the file once so that nothing erased is left in it), and the
pages' reads on the window's worker must not wait behind it. The status bar says how
many were forgotten (the operation's summary). Saving Settings runs it at once, so
that switching it on acts as the confirmation said.

The day is looked at every hour rather than waited for in one 24-hour timer: a
computer that slept through the night still runs it on the first hour awake.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from enquirydesk.domain.errors import EnquiryDeskError
from enquirydesk.services import problems, retention
from enquirydesk.services.context import Changes
from enquirydesk.ui.common.tasks import Tasks

if TYPE_CHECKING:
    from enquirydesk.ui.main_window import MainWindow

HOUR_MS = 60 * 60 * 1000
MESSAGE_MS = 15_000


class RetentionKeeper(QObject):
    """Runs retention at start, each new day, and after the settings change."""

    forgot = Signal(object)  # the Changes of a run that forgot someone

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.job: Tasks | None = None
        self.running = False
        self.again = False  # asked while running: once more after it
        self.last_day: date | None = None  # the day of the last finished run
        self.timer = QTimer(self)
        self.timer.setInterval(HOUR_MS)
        self.timer.timeout.connect(self._hour)
        window.changesMade.connect(self._changed)

    def start(self) -> None:
        """The file passed its check: run now, then look at the day every hour."""
        self.run()
        self.timer.start()

    def _hour(self) -> None:
        if self.last_day != self.ctx.now().date():
            self.run()

    def _changed(self, changes: Changes, initiator: object) -> None:
        # The owner's months may be new (or undone): who is due may differ.
        if initiator is not self and not changes.everything and changes.touches("setting"):
            self.run()

    def _writable(self) -> bool:
        return self.ctx.store.writable and not self.window.read_only

    def run(self) -> None:
        """Forget whoever is due now, on the window's worker (nothing when it is off)."""
        if self.running:
            self.again = True
            return
        if not self._writable() or retention.months_setting(self.ctx) <= 0:
            return
        self.running = True
        ctx = self.ctx

        def work() -> Changes | None:
            try:
                return retention.apply(ctx)
            except Exception as error:  # SQLite's words for a full disk: a plain sentence
                explained = problems.explain(error, store=ctx.store)
                if explained is error:
                    raise
                raise explained from error
            finally:
                ctx.store.close()  # this thread's connection: the thread ends with the job

        self.job = Tasks.once(self, work, self._done, failed=self._failed)

    def _over(self) -> None:
        self.running = False
        if self.again:
            self.again = False
            self.run()

    def _done(self, changes: Changes | None) -> None:
        self.last_day = self.ctx.now().date()
        if changes is not None:
            self.window.announce(changes, self)
            # The operation's summary says how many ("Forgot the personal data of 3
            # customers who never bought"), as the change log does.
            self.window.statusBar().showMessage(changes.summary, MESSAGE_MS)
            self.forgot.emit(changes)
        self._over()

    def _failed(self, error: Exception) -> None:
        self.running = False
        self.again = False
        if not isinstance(error, EnquiryDeskError):
            raise error
        # Tried again within the hour (the file may have been busy or full).
        self.window.statusBar().showMessage(
            self.tr("Customers due to be forgotten could not be: {error}").format(error=error),
            MESSAGE_MS,
        )
