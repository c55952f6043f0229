"""Long work behind a progress dialog with Cancel: the one way the window shows it.

`run_with_progress` runs `work(progress)` on a `Tasks` worker (the window's, or one of
its own) and shows a window-modal progress dialog once the work takes longer than a
moment. `progress(done, total)` is the services' `Progress`: the bar follows it, and it
answers False once Cancel (or Esc) was pressed, so the service stops at its next step
and raises `Cancelled`, having written nothing. The outcome comes back on the GUI
thread: `done(result)`, `cancelled()`, or `failed(error)`. The window keeps painting
throughout; until the first report the bar only says that work goes on.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from enquirydesk.services.context import Cancelled, Progress
from enquirydesk.ui.common.tasks import Tasks

#: The dialog shows only when the work is not over in a blink.
SHOW_AFTER_MS = 300


class _Dialog(QProgressDialog):
    """A progress dialog that stays until the work is over: Esc and the close button
    cancel, as Cancel does, and it says "Cancelling…" until the work has stopped."""

    running = True

    def reject(self) -> None:
        self.canceled.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            event.ignore()
            self.canceled.emit()
        else:
            super().closeEvent(event)


class LongWork(QObject):
    """One piece of long work with its progress dialog (`dialog`), until it is over."""

    def __init__(
        self, parent: QWidget, text: str, *, name: str, title: str, show_after_ms: int
    ) -> None:
        super().__init__(parent)
        self.stop = threading.Event()
        self.dialog = _Dialog(text, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setObjectName(name)
        self.dialog.setWindowTitle(title)
        self.dialog.setAccessibleName(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(show_after_ms)
        self.dialog.setAutoClose(False)  # open until the work is over, also at 100%
        self.dialog.setAutoReset(False)
        self.dialog.canceled.disconnect(self.dialog.cancel)  # which would hide it at once
        self.dialog.canceled.connect(self.cancel)
        self.cancel_button = next(iter(self.dialog.findChildren(QPushButton)), None)
        if self.cancel_button is not None:
            self.cancel_button.setAccessibleName(self.tr("Cancel"))
            self.cancel_button.setToolTip(self.tr("Stop; nothing is changed (Esc)"))
        self.dialog.setValue(0)  # starts the dialog's clock: shown after `show_after_ms`
        self.running = True

    def cancel(self) -> None:
        """Ask the work to stop at its next step (as Cancel and Esc do)."""
        if self.stop.is_set() or not self.running:
            return
        self.stop.set()
        self.dialog.setLabelText(self.tr("Cancelling…"))
        if self.cancel_button is not None:
            self.cancel_button.setEnabled(False)

    def progress(self, done: int, total: int) -> None:
        """The GUI thread hears of the work's progress."""
        if self.running and total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(max(done, 0), total))

    def over(self) -> None:
        self.running = False
        self.dialog.running = False
        self.dialog.close()
        self.dialog.deleteLater()
        self.deleteLater()


def run_with_progress(
    tasks: Tasks,
    parent: QWidget,
    work: Callable[[Progress], Any],
    done: Callable[[Any], None],
    *,
    text: str,
    name: str,
    title: str,
    cancelled: Callable[[], None] | None = None,
    failed: Callable[[Exception], None] | None = None,
    show_after_ms: int = SHOW_AFTER_MS,
) -> LongWork:
    """Run `work(progress)` on `tasks` behind a progress dialog named `name`.

    `cancelled()` follows when the user cancelled and the work raised `Cancelled`;
    any other error goes to `failed` (else to the worker's `on_error`)."""
    long_work = LongWork(parent, text, name=name, title=title, show_after_ms=show_after_ms)
    stop = long_work.stop

    def run(report: Callable[[int, int], None]) -> Any:
        def progress(done_so_far: int, total: int) -> bool:
            report(done_so_far, total)
            return not stop.is_set()

        return work(progress)

    def succeeded(result: Any) -> None:
        long_work.over()
        done(result)

    def went_wrong(error: Exception) -> None:
        long_work.over()
        if isinstance(error, Cancelled) and stop.is_set():
            if cancelled is not None:
                cancelled()
        elif failed is not None:
            failed(error)
        elif tasks.on_error is not None:
            tasks.on_error(error)
        else:
            raise error

    tasks.run(run, succeeded, failed=went_wrong, progress=long_work.progress)
    return long_work


__all__ = ["SHOW_AFTER_MS", "LongWork", "run_with_progress"]
