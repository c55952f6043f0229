"""The Customers page itself: a directory searched as you type, and the selected
customer's card, with edit and merge.

Made by `customers_view.CustomersView` when the tab is first shown. Changes made
here (edit, merge) go out through `changed` to the window, which keeps them for
undo and tells every page (`show_changes`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QWidget

from enquirydesk.domain.errors import EnquiryDeskError
from enquirydesk.services.context import Changes, Context
from enquirydesk.ui.common import window_state as state
from enquirydesk.ui.common.dialogs import DialogSlot
from enquirydesk.ui.common.pin import owner_allows
from enquirydesk.ui.common.search_keys import FirstScreenful
from enquirydesk.ui.common.tasks import Tasks
from enquirydesk.ui.common.window_state import WindowState
from enquirydesk.ui.customers.customer_data import CustomerDataExport
from enquirydesk.ui.customers.forget import CustomerForgetting
from enquirydesk.ui.customers.layout import build, fit_columns, make_detail
from enquirydesk.ui.customers.model import ORDER_COLUMNS, CustomerModel

if TYPE_CHECKING:
    from enquirydesk.ui.customers.detail import CustomerDetail
    from enquirydesk.ui.enquiries.actions.base import FormDialog


class CustomersPage(QWidget, FirstScreenful):
    changed = Signal(object)  # Changes made on this page (edit, merge)
    enquiryActivated = Signal(int)  # open this enquiry on the Enquiries page

    model: CustomerModel
    _detail: CustomerDetail | None = None  # made when a customer is first shown

    def __init__(
        self, ctx: Context, tasks: Tasks, parent: QWidget | None = None, read_only: str = ""
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window_state = WindowState(ctx.store.path)
        self.tasks = tasks
        self.setObjectName("customerPage")
        self.read_only = read_only
        self.dialogs = DialogSlot(self)  # the edit or merge dialog, while one is open
        self.duplicates = None  # the possible duplicates, while shown
        self._wanted: int | None = None  # select once its row is known
        build(self)  # the search bar, the list, and the place of the card
        self.model.firstShown.connect(self._first_shown)
        self.search.textChanged.connect(self._typed)
        self.customer_data = CustomerDataExport(self)  # "Export this customer's data…"
        self.forgetting = CustomerForgetting(self)  # "Forget this customer…"
        self.apply()
        QTimer.singleShot(0, self, self.fit_columns)  # once the splitter has its sizes

    # -- the list -----------------------------------------------------------------------

    def apply(self) -> None:
        """Search for what is in the search box (now, without waiting for more typing)."""
        self._timer.stop()
        self.model.load(self.search.text())
        self.show_order()
        if self._wanted is not None:
            self.select(self._wanted)

    def show_order(self) -> None:
        """The header's arrow on the column the list is in order of."""
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(
            ORDER_COLUMNS[self.model.order_column],
            Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder,
        )
        header.blockSignals(False)

    def sort_clicked(self, column: int, order: Qt.SortOrder) -> None:
        """A header was clicked: the order column reverses; others cannot sort fast at a
        million customers, so the arrow goes back and the status line says why."""
        self.model.sort(column, order)
        self.show_order()
        if self._wanted is not None:
            self.select(self._wanted)

    def first_screenful_shown(self) -> None:
        """The customer asked for, selected once their row is there."""
        if self._wanted is not None:
            self.select(self._wanted)

    def counted(self, count: int) -> None:
        self.count.setText(self.tr("%Ln customers", "", count))
        nothing = count == 0
        self.table.setVisible(not nothing)
        self.empty.setVisible(nothing)
        self.detail_hint.setText(
            "" if nothing else self.tr("Select a customer to see their history")
        )
        if nothing:
            self.empty.setText(
                self.tr("No customer matches. Try the start of a name, phone digits or an e-mail.")
                if self.search.text().strip()
                else self.tr(
                    "No customers yet. A customer appears here with their first enquiry (Ctrl+N)."
                )
            )
        if self._wanted is not None and self.model.row_of(self._wanted) is not None:
            self.select(self._wanted)

    def loading(self, busy: bool) -> None:
        if busy:
            self.count.setText(self.tr("Counting…"))
        elif self._wanted is not None:
            self.select(self._wanted)

    def row_selected(self, current, _previous) -> None:
        customer_id = self.model.customer_id(current.row()) if current.isValid() else None
        if customer_id is not None:
            self._wanted = customer_id
            if self.detail.customer_id != customer_id:
                self.detail.show_customer(customer_id)

    def select(self, customer_id: int) -> None:
        """Show this customer's card, and select their row once it is known."""
        self._wanted = customer_id
        if self.detail.customer_id != customer_id:
            self.detail.show_customer(customer_id)
        row = self.model.row_of(customer_id)
        if row is None:
            return
        if self.selected_id() != customer_id:
            self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.customer_id(rows[0].row()) if rows else None

    @property
    def detail(self) -> CustomerDetail:
        """The card beside the list, made when first needed: the page opens without it."""
        if self._detail is None:
            self._detail = make_detail(self)
            self.customer_data.attach(self._detail)
            self.forgetting.attach(self._detail)
        return self._detail

    def row_activated(self, _index) -> None:
        """Enter on a customer: on to their enquiries, once their card is read."""
        self.detail.when_loaded(self._to_enquiries)

    def _to_enquiries(self) -> None:
        table = self.detail.enquiries
        if table.isVisible():
            table.setFocus(Qt.FocusReason.OtherFocusReason)
            table.selectRow(0)

    # -- after a change -----------------------------------------------------------------

    def show_changes(self, changes: Changes) -> None:
        """After a change anywhere: a customer changed (a name, a merge, a new one) means
        reading the list again; otherwise only the counts of the rows drawn may differ."""
        if changes.touches("customer"):
            self.reload()
        else:
            self.model.forget_rows()
            if self._detail is not None:
                self._detail.refresh()

    def reload(self) -> None:
        """Read the list and the card again (after an undo), keeping the selection."""
        self.apply()
        if self._detail is not None:
            self._detail.refresh()

    def set_read_only(self, reason: str) -> None:
        self.read_only = reason
        if self._detail is not None:
            self._detail.set_read_only(reason)

    # -- edit and merge -----------------------------------------------------------------

    def edit(self) -> None:
        from enquirydesk.ui.customers.dialogs import EditCustomerDialog  # the forms: when used

        self._open(EditCustomerDialog)

    def merge(self) -> None:
        from enquirydesk.ui.customers.dialogs import MergeDialog

        if self.dialog is None and owner_allows(self.ctx, self, self.tr("Merging customers")):
            self._open(MergeDialog)

    def show_duplicates(self) -> None:
        """The pairs of customers that may be one person, to merge or tell apart."""
        from enquirydesk.ui.customers.duplicates import DuplicatesDialog

        if self.duplicates is not None:
            self.duplicates.raise_()
            self.duplicates.activateWindow()
            return
        dialog = DuplicatesDialog(self.ctx, self.tasks, self)
        dialog.changed.connect(self.changed)
        dialog.mergeAsked.connect(self._merge_pair)
        dialog.finished.connect(lambda _result: self._duplicates_closed(dialog))
        self.duplicates = dialog
        dialog.open()

    def _duplicates_closed(self, dialog) -> None:
        self.duplicates = None
        dialog.deleteLater()

    def _merge_pair(self, keep: int, other: int) -> None:
        from enquirydesk.services import directory
        from enquirydesk.ui.customers.dialogs import MergeDialog

        parent = self.duplicates or self
        if self.read_only or not owner_allows(self.ctx, parent, self.tr("Merging customers")):
            return
        try:
            card = directory.card(self.ctx, keep)
        except EnquiryDeskError:  # merged or deleted meanwhile
            if self.duplicates is not None:
                self.duplicates.after_merge()
            return
        dialog = MergeDialog(self.ctx, card, parent)
        shown = self.duplicates.model.people if self.duplicates is not None else {}
        dialog.choose(other, shown.get(other, f"#{other}"))

        def merged(done: MergeDialog) -> None:
            self._accepted(done)
            if self.duplicates is not None:
                self.duplicates.after_merge()

        self.dialogs.open(dialog, merged)

    def _open(self, kind) -> None:
        card = self._detail.card if self._detail is not None else None
        if card is None or self.dialog is not None or self.read_only:
            return
        self.dialogs.open(kind(self.ctx, card, self), self._accepted)

    @property
    def dialog(self) -> FormDialog | None:
        return self.dialogs.current  # type: ignore[return-value]

    def _accepted(self, dialog: FormDialog) -> None:
        if dialog.changes is not None:
            self._wanted = getattr(dialog, "kept_id", self._wanted)
            self.changed.emit(dialog.changes)

    # -- column widths and the divider, remembered ---------------------------------------

    def fit_columns(self) -> None:
        """The divider and column widths as the user left them, or fitted to the width."""
        splitter = self.window_state.value(state.CUSTOMER_SPLITTER)
        if splitter is not None:
            self.splitter.restoreState(splitter)
        columns = self.window_state.value(state.CUSTOMER_COLUMNS)
        if columns is None or not self.table.horizontalHeader().restoreState(columns):
            # The page was just made: lay it out first, so the table knows its width.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            fit_columns(self)
        self.show_order()  # a remembered header brings its own arrow: the list's order wins

    def hideEvent(self, event) -> None:
        self.window_state.set(state.CUSTOMER_COLUMNS, self.table.horizontalHeader().saveState())
        self.window_state.set(state.CUSTOMER_SPLITTER, self.splitter.saveState())
        super().hideEvent(event)
