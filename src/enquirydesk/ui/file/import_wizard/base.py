"""What the import wizard's pages share: their numbers, a table cell shown read-only,
tables with rows as high as a line of text, and the dialog that chooses the file to
import (the folder used last comes first).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QTableWidget, QTableWidgetItem, QWidget

from enquirydesk.domain import import_columns
from enquirydesk.ui.common import window_state as state
from enquirydesk.ui.common.window_state import WindowState

FILE_PAGE, WHOLE_SHOP_PAGE, COLUMNS_PAGE, PREVIEW_PAGE, IMPORT_PAGE = range(5)
DATE_FIELDS = tuple(field for field in import_columns.FIELDS if field.endswith("_at"))


def cell(text: str, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if tip:
        item.setToolTip(tip)
    return item


def compact(table: QTableWidget) -> None:
    """Rows as high as a line of text, as the window's own tables."""
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setStretchLastSection(True)


def choose_file(parent: QWidget, folder_of: Path) -> Path | None:
    """Ask which file to import; the folder used last comes first."""
    kept = WindowState(folder_of)
    folder = kept.value(state.IMPORT_FOLDER, "") or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    )
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportWizard", "Import history"),
        str(folder),
        QCoreApplication.translate(
            "ImportWizard", "Spreadsheets and CSV (*.csv *.txt *.xlsx *.xls *.ods *.zip)"
        ),
    )
    if not name:
        return None
    kept.set(state.IMPORT_FOLDER, str(Path(name).parent))
    return Path(name)
