"""Saving a form off the GUI thread, without ever losing what was typed.

A dialog hands its one service call to a `Saver`: the call runs on a thread of the
dialog's own (so it never queues behind the window's reads, nor they behind it), the
window keeps painting, and the dialog says "Saving…". When another program holds the
file (an import from the command line, a second counter) for more than a moment, the
dialog says so in plain words and the save waits its turn: SQLite's busy timeout, and
again, until the file is free; what was typed stays in the dialog throughout, and a
refusal comes back as the service's message. `SavingDialog` is what such dialogs do
alike around it (the action dialogs, the quick log).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton

from enquirydesk.domain.errors import DatabaseBusyError
from enquirydesk.services import problems
from enquirydesk.services.context import Context
from enquirydesk.ui.common.tasks import Tasks
from enquirydesk.ui.common.widgets import paragraph

#: After this long without an answer, the dialog says why it is waiting.
PATIENCE_MS = 1000


class Saver(QObject):
    """One save at a time for one dialog. `saved(result)` or `failed(error)` follow on
    the GUI thread; `waiting(True)` once the file has been held for a moment."""

    saved = Signal(object)
    failed = Signal(object)
    waiting = Signal(bool)
    progressed = Signal(int, int)  # for a save given `report` (long work: new hours)

    def __init__(self, ctx: Context, parent: QObject) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tasks: Tasks | None = None
        self.busy = False
        self._patience = QTimer(self)
        self._patience.setSingleShot(True)
        self._patience.setInterval(PATIENCE_MS)
        self._patience.timeout.connect(lambda: self.waiting.emit(True))

    def save(self, work: Callable[..., Any], *, reports: bool = False) -> bool:
        """Run `work` (the service call, its values read already; with `reports`, called
        as `work(report)` to tell its progress); False if a save is under way."""
        if self.busy:
            return False
        if self.tasks is None:
            self.tasks = Tasks(self)
            store = self.ctx.store
            self.tasks.explain = lambda error: problems.explain(error, store=store)
        self.busy = True
        self._patience.start()
        if reports:
            self.tasks.run(
                lambda report: _until_free(lambda: work(report)),
                self._done,
                failed=self._failed,
                progress=self.progressed.emit,
            )
        else:
            self.tasks.run(lambda: _until_free(work), self._done, failed=self._failed)
        return True

    def _over(self) -> None:
        self.busy = False
        self._patience.stop()
        self.waiting.emit(False)

    def _done(self, result: Any) -> None:
        self._over()
        self.saved.emit(result)

    def _failed(self, error: Exception) -> None:
        self._over()
        self.failed.emit(error)

    def close(self) -> None:
        """End the thread (its database connection with it); a save under way finishes."""
        if self.tasks is not None:
            self.tasks.shutdown(at_exit=self.ctx.store.close)
            self.tasks = None


class SavingDialog:
    """What a dialog saving through a `Saver` does alike (a mixin, named before QDialog):
    it is `saving` while its save runs; Esc and Cancel wait for the save (nothing is left
    half-done); closing ends the saver's thread; and meanwhile its `saving_button` says
    "Saving…" and, like Cancel, cannot be pressed. The dialog has a `cancel_button`, and
    makes its saver with `make_saver`."""

    saver: Saver
    saving_note: QLabel  # shown while another program holds the file
    cancel_button: QPushButton
    _idle_text = ""  # what the saving button says when no save runs

    def make_saver(
        self, ctx: Context, saved: Callable[[Any], None], failed: Callable[[Exception], None]
    ) -> None:
        """The dialog's saver, `saved(result)` or `failed(error)` after each save, and the
        note shown while the file is held (the dialog places it)."""
        self.saving_note = paragraph(waiting_text(), self, "savingNote")  # type: ignore[arg-type]
        self.saving_note.hide()
        self.saver = Saver(ctx, self)  # type: ignore[arg-type]
        self.saver.saved.connect(saved)
        self.saver.failed.connect(failed)
        self.saver.waiting.connect(self.saving_note.setVisible)

    @property
    def saving(self) -> bool:
        return self.saver.busy

    @property
    def saving_button(self) -> QPushButton:
        """The button that saves."""
        raise NotImplementedError

    def reject(self) -> None:
        if not self.saving:  # a save under way is seen through: nothing half-done
            super().reject()  # type: ignore[misc]

    def done(self, result: int) -> None:
        self.saver.close()
        super().done(result)  # type: ignore[misc]

    def _show_saving(self, saving: bool) -> None:
        button = self.saving_button
        if saving:
            self._idle_text = button.text()
        button.setText(
            QCoreApplication.translate("Saver", "Saving…") if saving else self._idle_text
        )
        self.cancel_button.setEnabled(not saving)
        self.saving_shown(saving)

    def saving_shown(self, saving: bool) -> None:
        """The saving button may be pressed again once the save is over (a dialog that
        checks its form first decides here)."""
        self.saving_button.setEnabled(not saving)


def waiting_text() -> str:
    """What a dialog says while another program holds the file."""
    return QCoreApplication.translate(
        "Saver",
        "Another program is writing to the file (another EnquiryDesk importing, perhaps); "
        "this will be saved as soon as it is done. Nothing you typed is lost.",
    )


def _until_free(work: Callable[[], Any]) -> Any:
    """Another program kept the file past SQLite's busy timeout: try again, as long as
    it takes (the user sees why, and what they typed is not lost)."""
    while True:
        try:
            return work()
        except DatabaseBusyError:
            continue
