"""Settings: one page per subject, each saying what it changes. A change is saved on the
worker through `services.settings.update`, so it is in the change log and undoable
like any other.

Pages so far: **Backups** (where the automatic backups go and how many are kept).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from enquirydesk import paths
from enquirydesk.domain import settings as declared
from enquirydesk.domain.errors import EnquiryDeskError, ValidationError
from enquirydesk.services import settings as settings_service
from enquirydesk.services.context import Changes, Context
from enquirydesk.ui.common.tasks import Tasks
from enquirydesk.ui.common.widgets import error_label, heading, paragraph
from enquirydesk.ui.file.backups import BackupKeeper


class BackupsPage(QWidget):
    """Where the automatic backups go, and how many of them are kept."""

    def __init__(self, ctx: Context, backups: BackupKeeper, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("backupsPage")
        self.backups = backups
        settings = ctx.settings
        intro = paragraph(
            self.tr(
                "EnquiryDesk copies the shop's file when it closes and every half hour while "
                "something changes, checks each copy, and keeps the newest of each of the last "
                "days, weeks and months. Keep the folder on another disk or a USB stick if you "
                "can: a copy on the same disk does not survive that disk."
            ),
            self,
        )
        self.folder_edit = QLineEdit(settings[declared.BACKUP_FOLDER], self)
        self.folder_edit.setObjectName("backupFolderEdit")
        self.folder_edit.setAccessibleName(self.tr("Backup folder"))
        self.folder_edit.setPlaceholderText(str(paths.backup_dir()))
        self.folder_edit.setToolTip(self.tr("Empty: the EnquiryDesk Backups folder in Documents"))
        self.browse = QPushButton(self.tr("C&hoose…"), self)
        self.browse.setObjectName("chooseBackupFolderButton")
        self.browse.setAccessibleName(self.tr("Choose the backup folder"))
        self.browse.clicked.connect(self._choose)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse)
        self.daily = self._spin(
            "keepDailySpin", self.tr("Daily backups to keep"), 365, self.tr(" days")
        )
        self.weekly = self._spin(
            "keepWeeklySpin", self.tr("Weekly backups to keep"), 520, self.tr(" weeks")
        )
        self.monthly = self._spin(
            "keepMonthlySpin", self.tr("Monthly backups to keep"), 240, self.tr(" months")
        )
        self.daily.setValue(settings[declared.BACKUP_DAILY])
        self.weekly.setValue(settings[declared.BACKUP_WEEKLY])
        self.monthly.setValue(settings[declared.BACKUP_MONTHLY])
        self.error = error_label(self, "backupsError")
        now = QPushButton(self.tr("Back &up now"), self)
        now.setObjectName("backupNowButton")
        now.setAccessibleName(self.tr("Back up now"))
        now.setToolTip(backups.back_up_now_action.toolTip())
        now.clicked.connect(backups.back_up_now_action.trigger)
        self.last = paragraph(backups.status.text(), self, "backupsLast")

        form = QFormLayout()
        folder_label = QLabel(self.tr("&Folder:"), self)
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)
        form.addRow(self.tr("Keep one a &day for the last:"), self.daily)
        form.addRow(self.tr("one a &week for the last:"), self.weekly)
        form.addRow(self.tr("one a &month for the last:"), self.monthly)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Backups"), self, 1.15))
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addWidget(self.last, 1)
        row.addWidget(now)
        layout.addLayout(row)
        layout.addStretch(1)

    def _spin(self, name: str, accessible: str, high: int, unit: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setAccessibleName(accessible)
        spin.setRange(0, high)
        spin.setSuffix(unit)
        spin.setMinimumWidth(self.fontMetrics().averageCharWidth() * 14)
        spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        spin.setToolTip(self.tr("0 keeps none of these; the newest backup is always kept"))
        return spin

    def _choose(self) -> None:
        start = self.folder_edit.text().strip() or str(paths.backup_dir())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), start)
        if chosen:
            self.folder_edit.setText(chosen)

    def values(self) -> dict[str, Any]:
        """What the page holds, as settings; raises ValidationError for a folder that
        cannot take backups (the check is cheap: it runs before the worker is asked)."""
        folder = self.folder_edit.text().strip()
        if folder:
            where = Path(folder).expanduser()
            if where.exists() and not where.is_dir():
                raise ValidationError(
                    "folder", "folder.file", self.tr("That is a file, not a folder.")
                )
            parent = next((p for p in (where, *where.parents) if p.exists()), None)
            if parent is None or not os.access(parent, os.W_OK):
                raise ValidationError(
                    "folder",
                    "folder.read_only",
                    self.tr("EnquiryDesk cannot write to that folder."),
                )
        return {
            declared.BACKUP_FOLDER.key: folder,
            declared.BACKUP_DAILY.key: self.daily.value(),
            declared.BACKUP_WEEKLY.key: self.weekly.value(),
            declared.BACKUP_MONTHLY.key: self.monthly.value(),
        }

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))


class SettingsDialog(QDialog):
    """The pages beside a list of them; Save stores every page at once."""

    saved = Signal(object)  # Changes

    def __init__(
        self, ctx: Context, tasks: Tasks, backups: BackupKeeper, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.tasks = ctx, tasks
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.backups_page = BackupsPage(ctx, backups, self)
        self.pages: list[QWidget] = [self.backups_page]
        self.list = QListWidget(self)
        self.list.setObjectName("settingsPages")
        self.list.setAccessibleName(self.tr("Settings pages"))
        self.stack = QStackedWidget(self)
        for page, title in ((self.backups_page, self.tr("Backups")),):
            self.list.addItem(title)
            self.stack.addWidget(page)
        self.list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.list.setCurrentRow(0)
        self.list.setMaximumWidth(self.fontMetrics().averageCharWidth() * 22)
        self.list.setVisible(len(self.pages) > 1)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveSettingsButton")
        self.save_button.setAccessibleName(self.tr("Save the settings"))
        self.save_button.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setObjectName("cancelSettingsButton")
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)

    def save(self) -> None:
        try:
            values = self.backups_page.values()
        except ValidationError as error:
            self.backups_page.show_error(error.message)
            return
        self.backups_page.show_error("")
        self.save_button.setEnabled(False)
        self.save_button.setText(self.tr("Saving…"))
        ctx = self.ctx
        self.tasks.run(
            lambda: settings_service.update(ctx, values), self._saved, failed=self._failed
        )

    def _saved(self, changes: Changes) -> None:
        if changes.operation_id is not None:
            self.saved.emit(changes)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        self.save_button.setText(self.tr("Save"))
        if not isinstance(error, EnquiryDeskError):
            raise error
        self.backups_page.show_error(str(error))
