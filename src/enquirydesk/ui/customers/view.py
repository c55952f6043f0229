"""The Customers tab: costs nothing when the window opens.

The window makes this small shell at start; the page itself (`customer_page`:
the directory, the card, the forms, and the services and queries behind them)
is imported and made when the tab is first shown, and reads its first
screenful then. Until then changes made elsewhere need no showing: the page
reads everything fresh when it is made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from enquirydesk.services.context import Changes, Context
from enquirydesk.ui.common.pages import ChangeAware
from enquirydesk.ui.common.tasks import Tasks

if TYPE_CHECKING:
    from enquirydesk.ui.customers.page import CustomersPage


class CustomersView(QWidget, ChangeAware):
    changed = Signal(object)  # Changes made on the page (edit, merge), for the window
    enquiryActivated = Signal(int)  # open this enquiry on the Enquiries page

    def __init__(self, ctx: Context, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = tasks
        self.setObjectName("customersView")
        self.setAccessibleName(self.tr("Customers"))
        self.page: CustomersPage | None = None
        self.read_only = ""

    @property
    def built(self) -> bool:
        return self.page is not None

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.page is None:
            self.stale = False  # built now: it reads everything
        self.ensure_built()
        self.page_shown()

    def ensure_built(self) -> CustomersPage:
        """The page, made on first use."""
        if self.page is None:
            from enquirydesk.ui.customers.page import CustomersPage

            page = CustomersPage(self.ctx, self.tasks, self, self.read_only)
            page.changed.connect(self.changed)
            page.enquiryActivated.connect(self.enquiryActivated)
            layout = QVBoxLayout(self)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(page)
            page.show()  # now, not on the next turn of the event loop
            self.page = page
        return self.page

    def take_changes(self, changes: Changes, initiator: object) -> None:
        """After a change anywhere (see `CustomersPage.show_changes`)."""
        if self.page is not None:
            self.page.show_changes(changes)

    def reread(self) -> None:
        """Read the list and the card again, keeping the selection."""
        if self.page is not None:
            self.page.reload()

    def reload(self) -> None:
        self.reread()

    def set_read_only(self, reason: str) -> None:
        """Nothing may be saved: the page's Edit and Merge say why not."""
        self.read_only = reason
        if self.page is not None:
            self.page.set_read_only(reason)
