"""Settings → Backups: where the automatic backups go, and how many are kept. On a
database on the shop's server there are none on this PC: the page says so instead."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from enquirydesk import paths
from enquirydesk.domain import settings as declared
from enquirydesk.domain.errors import ValidationError
from enquirydesk.services.context import Context
from enquirydesk.services.setup import Setup
from enquirydesk.ui.common.widgets import paragraph
from enquirydesk.ui.file.backups import BackupKeeper
from enquirydesk.ui.settings.page import SettingsPage, count_unit


class BackupsPage(SettingsPage):
    """Where the automatic backups go, and how many of them are kept."""

    def __init__(self, ctx: Context, backups: BackupKeeper, parent: QWidget) -> None:
        super().__init__(
            "backupsPage",
            self.tr("Backups"),
            self.tr(
                "EnquiryDesk copies the shop's file when it closes and every half hour while "
                "something changes, checks each copy, and keeps the newest of each of the last "
                "days, weeks and months. Keep the folder on another disk or a USB stick if you "
                "can: a copy on the same disk does not survive that disk."
            ),
            parent,
        )
        self.backups = backups
        settings = ctx.settings
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
        self.daily = self._spin("keepDailySpin", self.tr("Daily backups to keep"), 365)
        self.weekly = self._spin("keepWeeklySpin", self.tr("Weekly backups to keep"), 520)
        self.monthly = self._spin("keepMonthlySpin", self.tr("Monthly backups to keep"), 240)
        self.daily.setValue(settings[declared.BACKUP_DAILY])
        self.weekly.setValue(settings[declared.BACKUP_WEEKLY])
        self.monthly.setValue(settings[declared.BACKUP_MONTHLY])
        count_unit(self.daily, lambda n: self.tr("%n days", "", n))
        count_unit(self.weekly, lambda n: self.tr("%n weeks", "", n))
        count_unit(self.monthly, lambda n: self.tr("%n months", "", n))
        now = QPushButton(self.tr("Back &up now"), self)
        now.setObjectName("backupNowButton")
        now.setAccessibleName(self.tr("Back up now"))
        now.setToolTip(backups.back_up_now_action.toolTip())
        now.clicked.connect(backups.back_up_now_action.trigger)
        self.last = paragraph(backups.status.text(), self, "backupsLast")

        form = self.form()
        folder_label = QLabel(self.tr("&Folder:"), self)
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)
        form.addRow(self.tr("Keep one a &day for the last:"), self.daily)
        form.addRow(self.tr("one a &week for the last:"), self.weekly)
        form.addRow(self.tr("one a &month for the last:"), self.monthly)
        row = QHBoxLayout()
        row.addWidget(self.last, 1)
        row.addWidget(now)
        self.body.addLayout(row)
        self.finish()
        if backups.on_server:  # nothing to copy on this PC; the settings stay as they are
            self.explanation.setText(backups.server_note())
            for number in range(form.rowCount()):
                form.setRowVisible(number, False)
            for widget in (self.last, now):
                widget.hide()

    def _spin(self, name: str, accessible: str, high: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setAccessibleName(accessible)
        spin.setRange(0, high)
        spin.setMinimumWidth(self.fontMetrics().averageCharWidth() * 14)
        spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        spin.setToolTip(self.tr("0 keeps none of these; the newest backup is always kept"))
        return spin

    def _choose(self) -> None:
        start = self.folder_edit.text().strip() or str(paths.backup_dir())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), start)
        if chosen:
            self.folder_edit.setText(chosen)

    def fill(self, setup: Setup) -> None:
        setup.values.update(self.values())

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
