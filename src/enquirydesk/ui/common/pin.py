"""Asking for a PIN: the owner's, before what it guards (Settings, deleting, merging,
exports, restoring a backup, switching to the owner), or a staff member's to switch to
them. A wrong PIN is said beside the field; after too many the dialog counts down the
wait before the next try."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from enquirydesk.services import security
from enquirydesk.services.context import Context
from enquirydesk.ui.common.widgets import error_label, keep_readable, paragraph


class PinDialog(QDialog):
    """One PIN, checked by `check(pin)` (which raises `security.PinRefused`)."""

    def __init__(
        self, text: str, check: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.check = check
        self.setObjectName("pinDialog")
        self.setWindowTitle(self.tr("PIN"))
        self.pin_edit = QLineEdit(self)
        self.pin_edit.setObjectName("pinEdit")
        self.pin_edit.setAccessibleName(self.tr("PIN"))
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(12)
        self.error = error_label(self, "pinError")
        self.ok_button = QPushButton(self.tr("OK"), self)
        self.ok_button.setObjectName("pinOkButton")
        self.ok_button.setAccessibleName(self.tr("Check the PIN"))
        self.ok_button.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setObjectName("pinCancelButton")
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.clicked.connect(self.try_pin)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(text, self, "pinText"))
        layout.addWidget(self.pin_edit)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        keep_readable(self, 50)
        self._wait = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)

    def try_pin(self) -> None:
        if self._wait:
            return
        try:
            self.check(self.pin_edit.text())
        except security.PinRefused as refused:
            self.pin_edit.clear()
            self._say(str(refused))
            if refused.wait_s:
                self._wait = refused.wait_s
                self.ok_button.setEnabled(False)
                self._timer.start()
            return
        self.accept()

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _tick(self) -> None:
        self._wait -= 1
        if self._wait > 0:
            self._say(self.tr("Too many wrong PINs; try again in %Ln seconds.", "", self._wait))
            return
        self._timer.stop()
        self.ok_button.setEnabled(True)
        self._say("")
        self.pin_edit.setFocus()


def owner_allows(ctx: Context, parent: QWidget, what: str) -> bool:
    """True when no owner's PIN is set, or the right one was typed for `what`."""
    if not security.needs_owner_pin():
        return True
    dialog = PinDialog(
        QCoreApplication.translate("PinDialog", "{what} needs the owner's PIN.").format(what=what),
        lambda pin: security.check_owner_pin(ctx, pin),
        parent,
    )
    return dialog.exec() == QDialog.DialogCode.Accepted


def staff_allows(ctx: Context, parent: QWidget, staff_id: int, name: str) -> bool:
    """Switching to a staff member with a PIN (the owner's, for the owner)."""
    if not security.staff_has_pin(staff_id):
        return True
    dialog = PinDialog(
        QCoreApplication.translate("PinDialog", "Switching to {name} needs their PIN.").format(
            name=name
        ),
        lambda pin: security.check_staff_pin(ctx, staff_id, pin),
        parent,
    )
    return dialog.exec() == QDialog.DialogCode.Accepted
