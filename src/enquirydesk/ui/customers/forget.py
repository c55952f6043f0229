"""Customers → "Forget this customer…": a customer's personal data erased for good, on
their request, the shop's figures kept (`services.privacy.forget`).

The action sits in the customer list's right-click menu and on the card (a button and
its right-click menu), Ctrl+Shift+Del. It asks for the owner's PIN when one is set,
then `ForgetDialog` says what is erased and what stays, that it cannot be undone, and
what backups mean for it, with the day the last backup holding the data is deleted;
its Forget button stays disabled until the customer's name is typed (for a customer
without one: their phone number, e-mail address or handle). The work runs on the
window's worker behind the progress dialog; the pages read again after it. Nothing
done before can be undone afterwards: the window's undo history is emptied.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from enquirydesk.domain.errors import EnquiryDeskError
from enquirydesk.services import privacy
from enquirydesk.services.context import Changes, Context
from enquirydesk.ui.common.pin import owner_allows
from enquirydesk.ui.common.progress import LongWork, run_with_progress
from enquirydesk.ui.common.widgets import heading, keep_readable, paragraph

if TYPE_CHECKING:
    from datetime import date

    from enquirydesk.ui.customers.detail import CustomerDetail
    from enquirydesk.ui.customers.page import CustomersPage

SHORTCUT = "Ctrl+Shift+Del"


class ForgetDialog(QDialog):
    """What forgetting `who` erases and keeps, and the typed confirmation."""

    def __init__(
        self, ctx: Context, who: privacy.Forgettable, until: date | None, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.who = who
        self.setObjectName("forgetCustomerDialog")
        self.setWindowTitle(self.tr("Forget this customer"))
        self.setAccessibleName(self.tr("Forget this customer"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Forget {name}?").format(name=who.label), self, 1.2))
        enquiries = who.enquiries
        for name, text in (
            (
                "forgetErasedText",
                self.tr(
                    "Their name, phone numbers, e-mail addresses, handle and notes are erased, "
                    "and what was written on their enquiries, contacts, feedback and "
                    "follow-ups: from the list, the search and the change log's history."
                ),
            ),
            (
                "forgetKeptText",
                self.tr(
                    "Their %Ln enquiries stay as anonymous records (“{label}”) with channel, "
                    "times, outcome, values and ratings, so every report stays the same.",
                    "",
                    enquiries,
                ).format(label=privacy.forgotten_label()),
            ),
            ("forgetBackupsText", privacy.backups_sentence(ctx, until, known=True)),
        ):
            layout.addWidget(paragraph(text, self, name))
        final = paragraph(
            self.tr("This cannot be undone, and changes made before cannot be undone after it."),
            self,
            "forgetFinalText",
        )
        font = final.font()
        font.setBold(True)
        final.setFont(font)
        layout.addWidget(final)

        if who.name and who.forgotten_at is None:
            asked = self.tr("Type the customer's name to confirm:")
        else:
            asked = self.tr("Type {text} to confirm:").format(text=who.confirmation)
        self.asked = QLabel(asked, self)
        self.asked.setObjectName("forgetConfirmLabel")
        self.asked.setWordWrap(True)
        self.typed = QLineEdit(self)
        self.typed.setObjectName("forgetConfirmEdit")
        self.typed.setAccessibleName(self.tr("The customer's name, to confirm"))
        self.asked.setBuddy(self.typed)
        layout.addWidget(self.asked)
        layout.addWidget(self.typed)

        self.buttons = QDialogButtonBox(self)
        self.forget_button = self.buttons.addButton(
            self.tr("Forget"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.forget_button.setObjectName("forgetButton")
        self.forget_button.setToolTip(self.tr("Erase their personal data for good"))
        self.forget_button.setEnabled(False)
        self.forget_button.clicked.connect(self.accept)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in (self.forget_button, cancel):  # Enter confirms only what is typed
            button.setAutoDefault(False)
            button.setDefault(False)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.typed.textChanged.connect(self._typed)
        self.typed.returnPressed.connect(self._enter)
        self.typed.setFocus(Qt.FocusReason.OtherFocusReason)
        keep_readable(self, 60)

    @property
    def confirmed(self) -> bool:
        return privacy.confirms(self.ctx, self.who, self.typed.text())

    def _typed(self, _text: str) -> None:
        self.forget_button.setEnabled(self.confirmed)

    def _enter(self) -> None:
        """Enter forgets only once the right name is typed; before, it does nothing."""
        if self.confirmed:
            self.accept()

    def accept(self) -> None:
        if self.confirmed:  # never without the name, whatever pressed the button
            super().accept()


class CustomerForgetting(QObject):
    """The action on the Customers page, the dialog, and the forgetting it starts."""

    def __init__(self, page: CustomersPage) -> None:
        super().__init__(page)
        self.page = page
        self.work: LongWork | None = None
        self.dialog: ForgetDialog | None = None
        self.action = QAction(self.tr("&Forget this customer…"), page)
        self.action.setObjectName("forgetCustomerAction")
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setToolTip(
            self.tr(
                "Erase this customer's personal data for good, at their request; their "
                "enquiries stay as anonymous records"
            )
        )
        self.action.triggered.connect(lambda: self.forget())
        page.table.addAction(self.action)
        page.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def attach(self, detail: CustomerDetail) -> None:
        """The card's own way to it: a button after the others, and its right-click menu."""
        self.button = QPushButton(self.tr("Forget…"), detail)
        self.button.setObjectName("forgetCustomerButton")
        self.button.setAccessibleName(self.tr("Forget this customer"))
        shown = QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        self.button.setToolTip(
            self.tr("{tip} ({keys})").format(tip=self.action.toolTip(), keys=shown)
        )
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.action.trigger)
        row = detail.privacy_row
        row.insertWidget(row.count() - 1, self.button)  # before the stretch
        detail.addAction(self.action)
        detail.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    @property
    def busy(self) -> bool:
        return self.work is not None or self.dialog is not None

    def _chosen(self) -> int | None:
        """The customer on the card, else the one selected in the list."""
        detail = self.page._detail
        card = detail.card if detail is not None else None
        return card.id if card is not None else self.page.selected_id()

    def forget(self, customer_id: int | None = None) -> None:
        """Ask for the PIN, then the typed confirmation; forget in the background."""
        if self.busy:
            return
        if self.page.read_only:
            self._say(self.page.read_only)
            return
        customer_id = customer_id if customer_id is not None else self._chosen()
        if customer_id is None:
            self._say(self.tr("Select a customer first."))
            return
        ctx = self.page.ctx
        try:
            who = privacy.describe(ctx, customer_id)
            until = privacy.backups_hold_until(ctx)
        except EnquiryDeskError as error:
            self._say(str(error))
            return
        if who.forgotten_at is not None:
            self._say(self.tr("This customer was forgotten already."))
            return
        if not owner_allows(ctx, self.page, self.tr("Forgetting a customer")):
            return
        dialog = ForgetDialog(ctx, who, until, self.page)
        self.dialog = dialog
        dialog.finished.connect(lambda result: self._answered(dialog, result))
        dialog.open()

    def _answered(self, dialog: ForgetDialog, result: int) -> None:
        self.dialog = None
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            self.start(dialog.who)

    def start(self, who: privacy.Forgettable) -> None:
        ctx = self.page.ctx
        self.work = run_with_progress(
            self.page.tasks,
            self.page,
            lambda progress: privacy.forget(ctx, [who.id], progress=progress),
            lambda changes: self._done(changes, who),
            text=self.tr("Forgetting {name}…").format(name=who.label),
            name="forgetCustomerProgress",
            title=self.tr("Forget this customer"),
            cancelled=self._cancelled,
            failed=self._failed,
        )

    def _done(self, changes: Changes, who: privacy.Forgettable) -> None:
        self.work = None
        window = self.page.window()
        self._drop_searches(window, who)
        clear_undo = getattr(window, "clear_undo", None)
        if clear_undo is not None:  # the changes before cannot be undone any more
            clear_undo()
        announce = getattr(window, "announce", None)
        if announce is not None:  # every page reads again; not kept for undo: it is final
            announce(changes, self.page)
        else:
            self.page.reload()
        self._say(self.tr("{what}. This cannot be undone.").format(what=changes.summary), 20_000)

    def _drop_searches(self, window: QWidget, who: privacy.Forgettable) -> None:
        """No search naming them is kept: typed in a box, or saved with a filter."""

        def names_them(text: str) -> bool:
            return privacy.mentions(who, text)

        enquiries = getattr(window, "enquiries", None)
        if enquiries is not None:
            enquiries.drop_searches(names_them)
        if names_them(self.page.search.text()):
            self.page.search.clear()

    def _cancelled(self) -> None:
        self.work = None
        self._say(self.tr("Forgetting cancelled; nothing was changed."))

    def _failed(self, error: Exception) -> None:
        self.work = None
        if isinstance(error, EnquiryDeskError):
            self._say(str(error))
            QMessageBox.warning(self.page, self.tr("Forget this customer"), str(error))
        elif self.page.tasks.on_error is not None:  # a bug: the window's error hook
            self.page.tasks.on_error(error)
        else:
            raise error

    def _say(self, text: str, timeout: int = 15_000) -> None:
        window = self.page.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, timeout)


__all__ = ["SHORTCUT", "CustomerForgetting", "ForgetDialog"]
