"""The Reports page's ways out: export the month to a file, or print it.

Exports run `exports.files.export` on the window's one worker (`ui.tasks`), behind the
window's progress dialog with Cancel (`ui.common.progress`); the GUI thread only hears
progress through a queued signal and never waits. Printing paints the very pages of the PDF
(`exports.pdf.paint_report`) in Qt's print preview.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from enquirydesk.domain.errors import EnquiryDeskError
from enquirydesk.domain.month import Month
from enquirydesk.services.context import Cancelled, Context
from enquirydesk.services.report_charts import MonthSummary
from enquirydesk.ui.common import window_state as state
from enquirydesk.ui.common.pin import owner_allows
from enquirydesk.ui.common.progress import LongWork, run_with_progress
from enquirydesk.ui.common.tasks import Tasks
from enquirydesk.ui.common.window_state import WindowState

#: Export formats: the key `exports.files.export` takes → file extension.
EXTENSIONS = {"csv": "csv", "xlsx": "xlsx", "pdf": "pdf"}


class ReportOutput(QObject):
    finished = Signal(str)  # what happened, for the status bar

    def __init__(self, ctx: Context, tasks: Tasks, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = tasks
        self.page = parent
        self.work: LongWork | None = None  # the export under way, with its dialog
        self.preview = None  # the open print preview, if any
        self.window_state = WindowState(ctx.store.path)

    @property
    def busy(self) -> bool:
        return self.work is not None

    # -- export -------------------------------------------------------------------------

    def default_path(self, month: Month, fmt: str) -> Path:
        """A name like "EnquiryDesk 2026-10.xlsx" in the folder used last, else in the
        documents folder."""
        folder = self.window_state.value(
            state.EXPORT_FOLDER, ""
        ) or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(str(folder)) / f"EnquiryDesk {month}.{EXTENSIONS[fmt]}"

    def _filters(self) -> dict[str, str]:
        return {
            "csv": self.tr("CSV files (*.csv)"),
            "xlsx": self.tr("Excel workbooks (*.xlsx)"),
            "pdf": self.tr("PDF documents (*.pdf)"),
        }

    def choose_path(self, month: Month, fmt: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self.page,
            self.tr("Export {month}").format(month=self.ctx.formats.month(month)),
            str(self.default_path(month, fmt)),
            self._filters()[fmt],
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != f".{EXTENSIONS[fmt]}":
            path = path.with_name(f"{path.name}.{EXTENSIONS[fmt]}")
        self.window_state.set(state.EXPORT_FOLDER, str(path.parent))
        return path

    def export(self, month: Month, fmt: str) -> None:
        """Ask where, then write the file in the background with a progress dialog."""
        if self.busy or not owner_allows(self.ctx, self.page, self.tr("Exporting")):
            return
        path = self.choose_path(month, fmt)
        if path is not None:
            self.start_export(month, fmt, path)

    def start_export(self, month: Month, fmt: str, path: Path) -> None:
        from enquirydesk.exports import files

        ctx = self.ctx
        self.work = run_with_progress(
            self.tasks,
            self.page,
            lambda progress: files.export(ctx, month, fmt, path, progress),
            lambda _result: self._exported(path, None),
            text=self.tr("Writing {name}…").format(name=path.name),
            name="exportProgress",
            title=self.tr("Export"),
            cancelled=lambda: self._exported(path, Cancelled()),
            failed=lambda error: self._exported(path, error),
        )

    def _exported(self, path: Path, error: Exception | None) -> None:
        self.work = None
        if error is None:
            self._say(self.tr("Saved {path}").format(path=path))
        elif isinstance(error, Cancelled):
            self._say(self.tr("Export cancelled; no file was written."))
        elif isinstance(error, EnquiryDeskError):
            self._say(str(error))
            QMessageBox.warning(self.page, self.tr("Export"), str(error))
        elif self.tasks.on_error is not None:  # a bug: the window's error hook
            self.tasks.on_error(error)
        else:
            raise error

    def cancel(self) -> None:
        if self.work is not None:
            self.work.cancel()

    def _say(self, text: str) -> None:
        self.finished.emit(text)
        window = self.page.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 15_000)

    # -- print --------------------------------------------------------------------------

    def print_preview(self, summary: MonthSummary) -> None:
        """Qt's print preview of the PDF's pages; its Print button prints them."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from enquirydesk.exports.pdf import paint_report, setup_page

        if self.preview is not None:
            self.preview.close()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        setup_page(printer)
        printer.setDocName(f"EnquiryDesk {summary.month}")
        dialog = QPrintPreviewDialog(printer, self.page)
        dialog.setObjectName("printPreview")
        formats = self.ctx.formats
        dialog.setWindowTitle(
            self.tr("Print the report for {month}").format(month=formats.month(summary.month))
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.paintRequested.connect(lambda device: paint_report(device, summary, formats=formats))
        dialog.destroyed.connect(self._preview_closed)
        self.preview = dialog
        dialog.open()

    @Slot()
    def _preview_closed(self) -> None:
        self.preview = None


__all__ = ["EXTENSIONS", "ReportOutput"]
