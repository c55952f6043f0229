"""Customers → "Export this customer's data…": what the shop holds about one customer, for
them, as a PDF to read or a JSON file for a program (`exports.customer_data`).

The action sits in the customer list's right-click menu and on the card (a button and
its right-click menu). It asks for the owner's PIN when one is set (the file holds a
person's contact details), then where to save, offering PDF and JSON; the file is
written on the window's worker behind the progress dialog with Cancel
(`ui.common.progress`), whole or not at all, and the status bar says where it went.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QPushButton, QWidget

from enquirydesk.domain.errors import EnquiryDeskError
from enquirydesk.services.context import Cancelled
from enquirydesk.ui.common import window_state as state
from enquirydesk.ui.common.pin import owner_allows
from enquirydesk.ui.common.progress import LongWork, run_with_progress

if TYPE_CHECKING:
    from enquirydesk.ui.customers.detail import CustomerDetail
    from enquirydesk.ui.customers.page import CustomersPage

#: The formats offered: the key → the file's extension.
EXTENSIONS = {"pdf": "pdf", "json": "json"}


class CustomerDataExport(QObject):
    """The action on the Customers page, and the export it starts."""

    def __init__(self, page: CustomersPage) -> None:
        super().__init__(page)
        self.page = page
        self.work: LongWork | None = None
        self.action = QAction(self.tr("E&xport this customer's data…"), page)
        self.action.setObjectName("exportCustomerDataAction")
        self.action.setToolTip(
            self.tr(
                "Everything the shop holds about this customer, for them: a PDF to read "
                "or a JSON file for a program"
            )
        )
        self.action.triggered.connect(lambda: self.export())
        page.table.addAction(self.action)
        page.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def attach(self, detail: CustomerDetail) -> None:
        """The card's own way to it: a button beside Edit and Merge, and its right-click
        menu."""
        self.button = QPushButton(self.tr("Export data…"), detail)
        self.button.setObjectName("exportCustomerDataButton")
        self.button.setAccessibleName(self.tr("Export this customer's data"))
        self.button.setToolTip(self.action.toolTip())
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.action.trigger)
        row = detail.privacy_row
        row.insertWidget(row.count() - 1, self.button)  # before the stretch
        QWidget.setTabOrder(detail.merge_button, self.button)  # after Merge, in the tab order
        detail.addAction(self.action)
        detail.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    @property
    def busy(self) -> bool:
        return self.work is not None

    def customer(self) -> tuple[int, str] | None:
        """(id, name) of the customer shown on the card, else of the one selected."""
        detail = self.page._detail
        card = detail.card if detail is not None else None
        if card is not None:
            return card.id, card.label
        selected = self.page.selected_id()
        return None if selected is None else (selected, f"#{selected}")

    def default_path(self, name: str, fmt: str) -> Path:
        folder = self.page.window_state.value(
            state.EXPORT_FOLDER, ""
        ) or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        day = self.page.ctx.now().date().isoformat()
        # A name for a file: no slashes or other marks a file system refuses.
        safe = "".join(c for c in name if c.isalnum() or c in " .-_'").strip() or "customer"
        title = self.tr("Data held about {name} {date}").format(name=safe, date=day)
        return Path(str(folder)) / f"{title}.{EXTENSIONS[fmt]}"

    def _filters(self) -> dict[str, str]:
        return {
            "pdf": self.tr("PDF document to read (*.pdf)"),
            "json": self.tr("JSON file for a program (*.json)"),
        }

    def choose(self, name: str) -> Path | None:
        """The file the user chose, its format by its name's extension, else by the
        filter picked; None when they cancelled."""
        filters = self._filters()
        chosen_name, chosen = QFileDialog.getSaveFileName(
            self.page,
            self.tr("Export this customer's data"),
            str(self.default_path(name, "pdf")),
            ";;".join(filters.values()),
        )
        if not chosen_name:
            return None
        path = Path(chosen_name)
        if path.suffix.lower() not in {f".{ext}" for ext in EXTENSIONS.values()}:
            fmt = next((f for f, text in filters.items() if text == chosen), "pdf")
            path = path.with_name(f"{path.name}.{EXTENSIONS[fmt]}")
        self.page.window_state.set(state.EXPORT_FOLDER, str(path.parent))
        return path

    def export(self, customer_id: int | None = None, name: str = "") -> None:
        """Ask for the PIN and where, then write the file in the background."""
        if self.busy:
            return
        if customer_id is None:
            shown = self.customer()
            if shown is None:
                self._say(self.tr("Select a customer first."))
                return
            customer_id, name = shown
        if not owner_allows(self.page.ctx, self.page, self.tr("Exporting a customer's data")):
            return
        path = self.choose(name)
        if path is not None:
            self.start(customer_id, path)

    def start(self, customer_id: int, path: Path) -> None:
        from enquirydesk.exports import customer_data

        ctx = self.page.ctx
        self.work = run_with_progress(
            self.page.tasks,
            self.page,
            lambda progress: customer_data.write(ctx, customer_id, path, progress),
            lambda _written: self._over(path, None),
            text=self.tr("Writing {name}…").format(name=path.name),
            name="customerDataProgress",
            title=self.tr("Export this customer's data"),
            cancelled=lambda: self._over(path, Cancelled()),
            failed=lambda error: self._over(path, error),
        )

    def _over(self, path: Path, error: Exception | None) -> None:
        self.work = None
        if error is None:
            self._say(self.tr("Saved the customer's data to {path}").format(path=path))
        elif isinstance(error, Cancelled):
            self._say(self.tr("Export cancelled; no file was written."))
        elif isinstance(error, EnquiryDeskError):
            self._say(str(error))
            QMessageBox.warning(self.page, self.tr("Export this customer's data"), str(error))
        elif self.page.tasks.on_error is not None:  # a bug: the window's error hook
            self.page.tasks.on_error(error)
        else:
            raise error

    def _say(self, text: str) -> None:
        window = self.page.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 15_000)


__all__ = ["EXTENSIONS", "CustomerDataExport"]
