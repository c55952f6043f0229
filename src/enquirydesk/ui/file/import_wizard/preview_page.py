"""The import wizard's preview page (`PreviewPage`): the first rows as they would be
stored, each wrong value marked with why, then every row of the file checked on the
wizard's thread (a dry run, with progress and Stop), the rows with a problem listed, the
choice to import only the good ones, and the rejected rows saved as a file.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from enquirydesk.domain import import_columns
from enquirydesk.services import catalogs, importer
from enquirydesk.services.importer import ImportResult, Inspection
from enquirydesk.ui.common.widgets import paragraph
from enquirydesk.ui.file.import_wizard.base import IMPORT_PAGE, cell, compact

if TYPE_CHECKING:
    from enquirydesk.ui.file.import_wizard.wizard import ImportWizard


PREVIEW_ROWS = 20
SHOWN_BAD = 500  # bad rows listed; the file of rejected rows has them all


def _dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Base).lightness() < 128


class PreviewPage(QWizardPage):
    """The first rows as they would be stored, then every row checked in the background."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setObjectName("importPreviewPage")
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(
            self.tr(
                "The first rows as they would be stored. The whole file is checked before "
                "anything is imported."
            )
        )
        self.setCommitPage(True)
        self.table_label = QLabel(self.tr("&Preview of the first rows:"), self)
        self.table = QTableWidget(self)
        self.table.setObjectName("importPreviewTable")
        self.table.setAccessibleName(self.tr("The first rows as they would be stored"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        compact(self.table)
        self.table_label.setBuddy(self.table)

        self.check_status = paragraph("", self, "importCheckStatus")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("importCheckProgress")
        self.progress.setAccessibleName(self.tr("Checking the whole file"))
        self.stop_button = QPushButton(self.tr("S&top checking"), self)
        self.stop_button.setObjectName("stopCheckButton")
        self.stop_button.setAccessibleName(self.tr("Stop checking"))
        self.stop_button.setToolTip(self.tr("Stop checking the file; nothing is imported"))
        self.stop_button.setAutoDefault(False)
        self.stop_button.clicked.connect(self.stop_check)
        self.again_button = QPushButton(self.tr("Check &again"), self)
        self.again_button.setObjectName("checkAgainButton")
        self.again_button.setAccessibleName(self.tr("Check again"))
        self.again_button.setToolTip(self.tr("Check the whole file again"))
        self.again_button.setAutoDefault(False)
        self.again_button.clicked.connect(self.start_check)
        checking = QHBoxLayout()
        checking.addWidget(self.check_status, 1)
        checking.addWidget(self.progress)
        checking.addWidget(self.stop_button)
        checking.addWidget(self.again_button)

        self.bad_label = QLabel(self.tr("Rows &with a problem:"), self)
        self.bad_list = QListWidget(self)
        self.bad_list.setObjectName("importBadRows")
        self.bad_list.setAccessibleName(self.tr("Rows with a problem"))
        self.bad_label.setBuddy(self.bad_list)
        self.skip_check = QCheckBox(self)
        self.skip_check.setObjectName("importSkipBadCheck")
        self.skip_check.setToolTip(
            self.tr(
                "Unticked, nothing is imported while a row has a problem: correct the file and "
                "import it again."
            )
        )
        self.skip_check.toggled.connect(lambda _on: self.completeChanged.emit())
        self.rejected_button = QPushButton(self.tr("Save the re&jected rows…"), self)
        self.rejected_button.setObjectName("saveRejectedButton")
        self.rejected_button.setAccessibleName(self.tr("Save the rejected rows"))
        self.rejected_button.setToolTip(
            self.tr(
                "The rows with a problem in a file of their own, each with why: corrected, "
                "it imports like the original"
            )
        )
        self.rejected_button.setAutoDefault(False)
        self.rejected_button.clicked.connect(lambda: self.save_rejected())
        self.saved = paragraph("", self, "importRejectedSaved")
        bad_row = QHBoxLayout()
        bad_row.addWidget(self.skip_check, 1)
        bad_row.addWidget(self.rejected_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table_label)
        layout.addWidget(self.table, 3)
        layout.addLayout(checking)
        layout.addWidget(self.bad_label)
        layout.addWidget(self.bad_list, 1)
        layout.addLayout(bad_row)
        layout.addWidget(self.saved)
        self.stop: threading.Event | None = None
        self._check_number = 0
        self.checking = False

    # -- the first rows ---------------------------------------------------------------------

    def initializePage(self) -> None:
        wizard = self.owner
        inspection = wizard.inspection
        assert inspection is not None
        self.saved.hide()
        self.skip_check.setChecked(False)
        self._fill_preview(inspection, importer.preview(wizard.ctx, inspection, PREVIEW_ROWS))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.start_check()

    def cleanupPage(self) -> None:  # Back: a check under way stops
        self.stop_check()
        super().cleanupPage()

    def _fill_preview(self, inspection: Inspection, rows: list[importer.PreviewRow]) -> None:
        columns = inspection.plan.columns or ()
        shown = [(index, field) for index, field in enumerate(columns) if field]
        if "channel" not in columns:  # every row takes the channel chosen for the file
            shown.insert(1 if shown else 0, (None, "channel"))
        headings = [self.tr("Line")]
        headings += [import_columns.label(field) for _, field in shown]
        headings.append(self.tr("Problem"))
        raw = dict(inspection.sample)
        chosen = catalogs.channel_names().get(inspection.plan.default_channel or "", "")
        table = self.table
        table.clear()
        table.setColumnCount(len(headings))
        table.setRowCount(len(rows))
        table.setHorizontalHeaderLabels(headings)
        problem_column = len(headings) - 1
        dark = _dark(table)
        bad_brush = QColor("#5c2b29" if dark else "#fbe3e4")
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for row, preview in enumerate(rows):
            table.setItem(row, 0, cell(str(preview.line)))
            cells = raw.get(preview.line, [])
            marked = False
            for number, (index, field) in enumerate(shown, 1):
                if preview.problem is None:
                    text = preview.values.get(field, "")
                    item = cell(text, text if len(text) > 30 else "")
                else:  # as written in the file, the wrong value marked
                    if index is not None:
                        text = cells[index] if index < len(cells) else ""
                    else:  # the channel chosen for the file
                        text = chosen
                    item = cell(text)
                    item.setForeground(table.palette().color(QPalette.ColorRole.PlaceholderText))
                    if field == preview.problem[0]:
                        self._mark(item, preview.problem[1], bad_brush, warning)
                        marked = True
                table.setItem(row, number, item)
            if preview.problem is not None:
                reason = preview.problem[1]
                if not marked:  # the row as a whole (too many fields, no customer)
                    self._mark(table.item(row, 0), reason, bad_brush, warning)
                table.setItem(row, problem_column, cell(reason, reason))
            else:
                table.setItem(row, problem_column, cell(""))
        table.resizeColumnsToContents()
        most = table.fontMetrics().averageCharWidth() * 30
        for column in range(problem_column):
            table.setColumnWidth(column, min(table.columnWidth(column), most))
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    @staticmethod
    def _mark(item: QTableWidgetItem, reason: str, brush: QColor, icon: Any) -> None:
        item.setBackground(brush)
        item.setIcon(icon)
        item.setToolTip(reason)

    # -- the whole file ---------------------------------------------------------------------

    def start_check(self) -> None:
        """Check every row on the wizard's thread (a dry run: nothing is written)."""
        wizard = self.owner
        inspection = wizard.inspection
        assert inspection is not None
        self.stop_check()
        self._check_number += 1
        number = self._check_number
        stop = self.stop = threading.Event()
        ctx, path, plan = wizard.ctx, wizard.path, inspection.plan
        wizard.check = None
        self.checking = True
        self._show_checking()

        def work(report: Any) -> ImportResult:
            def progress(done: int, total: int) -> bool:
                report(done, total)
                return not stop.is_set()

            return importer.import_file(ctx, path, plan, dry_run=True, progress=progress)

        wizard.tasks.run(
            work,
            lambda result: self._checked(number, result, None),
            failed=lambda error: self._checked(number, None, error),
            progress=lambda done, total: self._progressed(number, done, total),
        )

    def stop_check(self) -> None:
        if self.stop is not None:
            self.stop.set()

    def _progressed(self, number: int, done: int, total: int) -> None:
        if number == self._check_number and not self.owner.closed and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _show_checking(self) -> None:
        self.check_status.setText(
            self.tr("Checking every row of {file}…").format(file=self.owner.path.name)
        )
        self.progress.setRange(0, 0)  # busy until the first report
        self.progress.show()
        self.stop_button.show()
        self.stop_button.setEnabled(True)
        self.again_button.hide()
        for widget in (self.bad_label, self.bad_list, self.skip_check, self.rejected_button):
            widget.hide()
        self.completeChanged.emit()

    def _checked(self, number: int, result: ImportResult | None, error: Exception | None) -> None:
        if self.owner.closed or number != self._check_number or not shiboken6.isValid(self):
            return
        self.checking = False
        self.progress.hide()
        self.stop_button.hide()
        self.owner.check = result
        if result is None:
            assert error is not None
            stopped = self.stop is not None and self.stop.is_set()
            self.check_status.setText(
                self.tr("Checking stopped. The whole file is checked before anything is imported.")
                if stopped
                else self.owner.sentence(error)
            )
            self.again_button.show()
            self.completeChanged.emit()
            return
        self._show_result(result)

    def _show_result(self, result: ImportResult) -> None:
        formats = self.owner.ctx.formats
        rows = result.rows
        bad = len(result.bad)
        if rows == 0:
            said = self.tr("The file has no rows to import.")
        elif not bad:
            said = self.tr("All %Ln rows are good.", "", rows)
        elif bad == rows:
            said = self.tr("Every row has a problem (%Ln rows); none can be imported.", "", rows)
        else:
            said = self.tr("%Ln of {rows} rows have a problem.", "", bad).format(
                rows=formats.count(rows)
            )
        self.check_status.setText(said)
        self.again_button.setVisible(False)
        if bad:
            self.bad_list.clear()
            shown = result.bad[:SHOWN_BAD]
            self.bad_list.addItems([str(row) for row in shown])
            left = bad - len(shown)
            if left:
                self.bad_list.addItem(
                    self.tr("…and %Ln more: the file of rejected rows lists them all.", "", left)
                )
            self.bad_label.show()
            self.bad_list.show()
            self.rejected_button.show()
            if bad < rows:
                self.skip_check.setText(
                    self.tr("Import only the &good rows (skip the %Ln with problems)", "", bad)
                )
                self.skip_check.setAccessibleName(self.tr("Import only the good rows"))
                self.skip_check.show()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        result = self.owner.check
        if self.checking or result is None:
            return False
        good = result.rows - len(result.bad)
        return good > 0 and (not result.bad or self.skip_check.isChecked())

    def validatePage(self) -> bool:
        self.owner.skip_bad = self.skip_check.isChecked()
        return True

    def nextId(self) -> int:
        return IMPORT_PAGE

    def save_rejected(self, target: Path | None = None) -> None:
        result = self.owner.check
        if result is not None:
            self.owner.save_rejected(self, result, self.saved, target)
