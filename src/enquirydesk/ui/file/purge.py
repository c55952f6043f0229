"""File → "Purge deleted enquiries…": the owner removes deleted enquiries for good
(`services.purge`).

The deleted enquiries are counted on the window's worker first: with none, the status
bar says so and nothing opens. Otherwise the owner's PIN is asked when one is set, and
`PurgeDialog` says how many there are and since when, that the purge is permanent, and
what backups mean for it. The purge runs on the window's worker behind the progress
dialog; the pages hear of it through the window's change announcement, and the status
bar says what was done. Like forgetting a customer, it empties the window's undo
history: it cannot be undone, nor can a change made before to a purged enquiry.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from enquirydesk.domain.errors import EnquiryDeskError
from enquirydesk.services import privacy, purge
from enquirydesk.services.context import Changes, Context
from enquirydesk.ui.common.pin import owner_allows
from enquirydesk.ui.common.progress import LongWork, run_with_progress
from enquirydesk.ui.common.widgets import heading, keep_readable, paragraph

if TYPE_CHECKING:
    from datetime import date

    from enquirydesk.ui.main_window import MainWindow


class PurgeDialog(QDialog):
    """How many deleted enquiries go, that it is for good, and what backups keep."""

    def __init__(
        self, ctx: Context, found: purge.Deleted, until: date | None, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.found = found
        self.setObjectName("purgeDialog")
        self.setWindowTitle(self.tr("Purge deleted enquiries"))
        self.setAccessibleName(self.tr("Purge deleted enquiries"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Purge deleted enquiries?"), self, 1.2))
        since = ctx.formats.long_date(found.since) if found.since is not None else ""
        for name, text in (
            (
                "purgeCountText",
                self.tr(
                    "There are %Ln deleted enquiries, the first deleted on {date}.",
                    "",
                    found.count,
                ).format(date=since),
            ),
            (
                "purgeWhatText",
                self.tr(
                    "Purging removes them for good, with their contacts, follow-ups, "
                    "purchases and feedback, and erases what was written on them from the "
                    "change log's history. Their customers stay, and every report stays "
                    "the same."
                ),
            ),
            ("purgeBackupsText", privacy.backups_sentence(ctx, until, known=True)),
        ):
            layout.addWidget(paragraph(text, self, name))
        final = paragraph(
            self.tr("This cannot be undone, and changes made before cannot be undone after it."),
            self,
            "purgeFinalText",
        )
        font = final.font()
        font.setBold(True)
        final.setFont(font)
        layout.addWidget(final)
        self.buttons = QDialogButtonBox(self)
        self.purge_button = self.buttons.addButton(
            self.tr("&Purge"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.purge_button.setObjectName("purgeButton")
        self.purge_button.setToolTip(self.tr("Remove the deleted enquiries for good"))
        self.purge_button.setAutoDefault(False)
        self.purge_button.clicked.connect(self.accept)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)  # Enter keeps them
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        cancel.setFocus()
        keep_readable(self, 60)


class PurgeDeleted(QObject):
    """The menu item, the count, the dialog, and the purge it starts."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.counting = False
        self.dialog: PurgeDialog | None = None
        self.work: LongWork | None = None
        self.action = QAction(self.tr("Purge &deleted enquiries…"), window)
        self.action.setObjectName("purgeAction")
        self.action.setToolTip(
            self.tr(
                "Remove deleted enquiries for good, with everything written on them; "
                "their customers stay"
            )
        )
        self.action.triggered.connect(lambda: self.purge())

    @property
    def busy(self) -> bool:
        return self.counting or self.dialog is not None or self.work is not None

    def purge(self) -> None:
        """Count the deleted enquiries on the worker, then ask (or say there are none)."""
        if self.busy:
            return
        if self.window.read_only:
            self._say(self.window.read_only)
            return
        ctx = self.window.ctx
        self.counting = True
        self.window.tasks.run(
            lambda: (purge.deleted(ctx), privacy.backups_hold_until(ctx)),
            self._counted,
            failed=self._failed,
        )

    def _counted(self, answer: tuple[purge.Deleted, date | None]) -> None:
        self.counting = False
        found, until = answer
        if not found.count:
            self._say(self.tr("There are no deleted enquiries to purge."))
            return
        if not owner_allows(self.window.ctx, self.window, self.tr("Purging deleted enquiries")):
            return
        dialog = PurgeDialog(self.window.ctx, found, until, self.window)
        self.dialog = dialog
        dialog.finished.connect(lambda result: self._answered(dialog, result))
        dialog.open()

    def _answered(self, dialog: PurgeDialog, result: int) -> None:
        self.dialog = None
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            self.start()

    def start(self) -> None:
        ctx = self.window.ctx
        self.work = run_with_progress(
            self.window.tasks,
            self.window,
            lambda progress: purge.purge(ctx, progress=progress),
            self._done,
            text=self.tr("Purging deleted enquiries…"),
            name="purgeProgress",
            title=self.tr("Purge deleted enquiries"),
            cancelled=self._cancelled,
            failed=self._failed,
        )

    def _done(self, changes: Changes) -> None:
        self.work = None
        if changes.operation_id is None:  # brought back by someone in the meantime
            self._say(self.tr("There are no deleted enquiries to purge."))
            return
        self.window.clear_undo()  # the changes before cannot all be undone any more
        self.window.announce(changes, self)  # not kept for undo: it is final
        self._say(self.tr("{what}. This cannot be undone.").format(what=changes.summary), 20_000)

    def _cancelled(self) -> None:
        self.work = None
        self._say(self.tr("Purging cancelled; nothing was changed."))

    def _failed(self, error: Exception) -> None:
        self.counting = False
        self.work = None
        if isinstance(error, EnquiryDeskError):
            self._say(str(error))
            QMessageBox.warning(self.window, self.tr("Purge deleted enquiries"), str(error))
        elif self.window.tasks.on_error is not None:  # a bug: the window's error hook
            self.window.tasks.on_error(error)
        else:
            raise error

    def _say(self, text: str, timeout: int = 15_000) -> None:
        self.window.statusBar().showMessage(text, timeout)


__all__ = ["PurgeDeleted", "PurgeDialog"]
