"""The two choices about reminders: keep running in the tray when the window is
closed (a shop setting, undoable like the others), and start at login (kept by the
operating system, see `services.autostart`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from enquirydesk.domain import settings as declared
from enquirydesk.domain.errors import EnquiryDeskError
from enquirydesk.services import autostart
from enquirydesk.services import settings as settings_service
from enquirydesk.services.context import Changes, Context
from enquirydesk.ui.common.tasks import Tasks
from enquirydesk.ui.common.widgets import error_label, keep_readable, paragraph


def start_command(ctx: Context) -> list[str]:
    """How to start EnquiryDesk on this database at login: the file, or the server's
    address (without a password: that comes from this PC's keyring)."""
    store = ctx.store
    if store.on_server:
        return [*autostart.command(), "--db", store.location]
    return autostart.command(store.path)


class ReminderSettingsDialog(QDialog):
    """Saved on the worker thread; the dialog stays open with the reason if that fails."""

    def __init__(
        self,
        ctx: Context,
        tasks: Tasks,
        *,
        tray: bool,
        saved: Callable[[Changes], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.tasks, self.saved = ctx, tasks, saved
        self.setObjectName("reminderSettingsDialog")
        self.setWindowTitle(self.tr("Reminders and start-up"))
        self.keep_check = QCheckBox(
            self.tr("&Keep EnquiryDesk in the tray when the window is closed"), self
        )
        self.keep_check.setObjectName("keepInTrayCheck")
        self.keep_check.setAccessibleName(self.tr("Keep running in the tray"))
        self.keep_check.setChecked(bool(ctx.settings[declared.KEEP_IN_TRAY]))
        if tray:
            self.keep_check.setToolTip(
                self.tr("Reminders keep coming while the window is closed; Ctrl+Q quits")
            )
        else:
            self.keep_check.setEnabled(False)
            self.keep_check.setToolTip(
                self.tr("This desktop has no system tray: closing the window quits")
            )
        self.login_check = QCheckBox(self.tr("&Start EnquiryDesk when I log in"), self)
        self.login_check.setObjectName("startAtLoginCheck")
        self.login_check.setAccessibleName(self.tr("Start at login"))
        self.login_check.setToolTip(
            self.tr("So that no reminder is missed; only for your own user on this computer")
        )
        self.started_at_login = autostart.is_enabled()
        self.login_check.setChecked(self.started_at_login)
        note = paragraph(
            self.tr(
                "Every minute EnquiryDesk looks for follow-ups that came due and for enquiries "
                "waiting past the response target, and tells you once about each."
            ),
            self,
            "reminderSettingsNote",
        )
        self.error = error_label(self, "reminderSettingsError")
        buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(self.tr("Save"), self)
        self.ok_button.setObjectName("okButton")
        self.ok_button.setAccessibleName(self.tr("Save"))
        self.ok_button.setToolTip(self.tr("Save these choices (Enter)"))
        self.ok_button.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setObjectName("cancelButton")
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setToolTip(self.tr("Close without saving (Esc)"))
        cancel.setAutoDefault(False)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.keep_check)
        layout.addWidget(self.login_check)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        keep_readable(self, 60)

    def accept(self) -> None:  # Enter: save first; `_saved` closes the dialog
        self.save()

    def save(self) -> None:
        if not self.ok_button.isEnabled():
            return
        self.ok_button.setEnabled(False)
        self.error.hide()
        ctx, keep, login = self.ctx, self.keep_check.isChecked(), self.login_check.isChecked()
        was = self.started_at_login

        def work() -> Changes:
            changes = settings_service.update(ctx, {declared.KEEP_IN_TRAY.key: keep})
            if login and not was:
                autostart.enable(start_command(ctx))
            elif was and not login:
                autostart.disable()
            return changes

        self.tasks.run(work, self._saved, failed=self._refused)

    def _saved(self, changes: Changes) -> None:
        self.ctx.forget_cache()  # the worker changed the settings: read them afresh here
        if changes.operation_id is not None:
            self.saved(changes)
        super().accept()

    def _refused(self, error: Exception) -> None:
        self.ok_button.setEnabled(True)
        if not isinstance(error, EnquiryDeskError):
            raise error
        self.error.setText(str(error))
        self.error.show()
        self.started_at_login = autostart.is_enabled()
