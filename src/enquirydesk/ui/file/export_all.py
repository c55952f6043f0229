"""File → Export all data…: every record of the shop in one Excel workbook or a ZIP of CSV
files (`services.all_data`), to move to another PC, keep a copy or leave for another tool.

The file is written on the window's worker behind the window's progress dialog with
Cancel (`ui.common.progress`); a cancelled or failed export leaves no file. The status
bar says where the file went.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from enquirydesk.domain.errors import EnquiryDeskError
from enquirydesk.services.context import Cancelled, Context
from enquirydesk.ui.common import window_state as state
from enquirydesk.ui.common.pin import owner_allows
from enquirydesk.ui.common.progress import LongWork, run_with_progress
from enquirydesk.ui.common.tasks import Tasks
from enquirydesk.ui.common.window_state import WindowState

#: The formats offered: the key `all_data.export_all` takes → the file's extension.
EXTENSIONS = {"xlsx": "xlsx", "csv": "zip"}


class ExportAll(QObject):
    """The menu item and the export it starts."""

    def __init__(self, window: QMainWindow, ctx: Context, tasks: Tasks) -> None:
        super().__init__(window)
        self.window, self.ctx, self.tasks = window, ctx, tasks
        self.work: LongWork | None = None
        self.window_state = WindowState(ctx.store.path)
        self.action = QAction(self.tr("&Export all data…"), window)
        self.action.setObjectName("exportAllAction")
        self.action.setToolTip(
            self.tr(
                "Every record in one Excel workbook or a ZIP of CSV files: to move to another "
                "PC, keep a copy or use another program (PINs are not exported)"
            )
        )
        self.action.triggered.connect(self.export)

    @property
    def busy(self) -> bool:
        return self.work is not None

    def _filters(self) -> dict[str, str]:
        return {
            "xlsx": self.tr("Excel workbook (*.xlsx)"),
            "csv": self.tr("ZIP of CSV files (*.zip)"),
        }

    def default_path(self) -> Path:
        folder = self.window_state.value(
            state.EXPORT_FOLDER, ""
        ) or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        day = self.ctx.now().date().isoformat()
        name = self.tr("EnquiryDesk all data {date}").format(date=day)
        return Path(str(folder)) / f"{name}.xlsx"

    def choose(self) -> tuple[Path, str] | None:
        """The file and the format the user chose (by the name's extension, else by the
        filter picked), or None when they cancelled."""
        filters = self._filters()
        name, chosen = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export all data"),
            str(self.default_path()),
            ";;".join(filters.values()),
        )
        if not name:
            return None
        path = Path(name)
        by_suffix = {f".{ext}": fmt for fmt, ext in EXTENSIONS.items()}
        fmt = by_suffix.get(path.suffix.lower())
        if fmt is None:
            fmt = next((f for f, text in filters.items() if text == chosen), "xlsx")
            path = path.with_name(f"{path.name}.{EXTENSIONS[fmt]}")
        self.window_state.set(state.EXPORT_FOLDER, str(path.parent))
        return path, fmt

    def export(self) -> None:
        """Ask where, then write the file in the background with a progress dialog."""
        if self.busy or not owner_allows(self.ctx, self.window, self.tr("Exporting all data")):
            return
        chosen = self.choose()
        if chosen is not None:
            self.start(*chosen)

    def start(self, path: Path, fmt: str) -> None:
        from enquirydesk.services import all_data

        ctx = self.ctx
        self.work = run_with_progress(
            self.tasks,
            self.window,
            lambda progress: all_data.export_all(ctx, fmt, path, progress),
            lambda _written: self._over(path, None),
            text=self.tr("Writing {name}…").format(name=path.name),
            name="exportAllProgress",
            title=self.tr("Export all data"),
            cancelled=lambda: self._over(path, Cancelled()),
            failed=lambda error: self._over(path, error),
        )

    def _over(self, path: Path, error: Exception | None) -> None:
        self.work = None
        if error is None:
            self._say(self.tr("Saved all data to {path}").format(path=path))
        elif isinstance(error, Cancelled):
            self._say(self.tr("Export cancelled; no file was written."))
        elif isinstance(error, EnquiryDeskError):
            self._say(str(error))
            QMessageBox.warning(self.window, self.tr("Export all data"), str(error))
        elif self.tasks.on_error is not None:  # a bug: the window's error hook
            self.tasks.on_error(error)
        else:
            raise error

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 15_000)


__all__ = ["EXTENSIONS", "ExportAll"]
