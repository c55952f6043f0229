"""The customer directory's model: every matching customer's id, rows read only when
drawn (the steps are `common.id_list_model`'s; a row's history counts and badges come
in blocks, one grouped query per figure); and the small table of one customer's
enquiries on their card."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from enquirydesk.domain.formats import Formats
from enquirydesk.i18n import QT_TRANSLATE_NOOP
from enquirydesk.services import directory
from enquirydesk.services.context import Context
from enquirydesk.ui.common.id_list_model import IdListModel, ServiceSource
from enquirydesk.ui.common.small_list_model import SmallListModel
from enquirydesk.ui.common.tasks import Tasks
from enquirydesk.ui.customers.texts import badge_names, badge_short_names, badge_tips, status_text

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_USER = int(Qt.ItemDataRole.UserRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

Index = QModelIndex | QPersistentModelIndex


#: The directory's columns: key, title (translated where shown, context "CustomerModel").
COLUMNS = (
    ("name", QT_TRANSLATE_NOOP("CustomerModel", "Name")),
    ("phone", QT_TRANSLATE_NOOP("CustomerModel", "Phone")),
    ("email", QT_TRANSLATE_NOOP("CustomerModel", "E-mail")),
    ("enquiries", QT_TRANSLATE_NOOP("CustomerModel", "Enquiries")),
    ("purchases", QT_TRANSLATE_NOOP("CustomerModel", "Purchases")),
    ("last", QT_TRANSLATE_NOOP("CustomerModel", "Last enquiry")),
    ("badges", QT_TRANSLATE_NOOP("CustomerModel", "Badges")),
)
#: The columns a search orders by (directory.order_column → column number).
ORDER_COLUMNS = {"name": 0, "phone": 1, "email": 2}


class CustomerModel(IdListModel):
    COLUMNS = COLUMNS
    CONTEXT = "CustomerModel"
    TASK = "customer"
    RIGHT_COLUMNS = frozenset({3, 4})

    def __init__(self, ctx: Context, tasks: Tasks, parent=None) -> None:
        super().__init__(tasks, parent)
        self.ctx = ctx
        self._text = ""
        self._descending = False
        self.order_column = "name"
        self._badge_names: dict[str, str] = {}

    @property
    def descending(self) -> bool:
        return self._descending

    def load(self, text: str | None = None, descending: bool | None = None) -> None:
        """Show the customers matching `text` (or the current search again), in order."""
        same_rows = text is None or text == self._text
        if text is not None and same_rows and descending is None:
            self.forget_rows()  # read again: the rows shown meanwhile too
        if text is not None:
            self._text = text
        if descending is not None:
            self._descending = descending
        self.order_column = directory.order_column(self.ctx, self._text)
        self._badge_names = badge_short_names()
        self.show_source(
            ServiceSource(directory, self.ctx, self._text, self._descending), same_rows
        )

    def customer_id(self, row: int) -> int | None:
        """The customer shown in `row`, or None while that part of the list is on its way."""
        return self.id_at(row)

    def texts(self, item: directory.DirectoryRow, locale: object = None) -> list[str | None]:
        formats = self.ctx.formats
        return [
            item.name or self.tr("(no name)"),
            None,  # the phone, formatted when drawn
            item.email,
            formats.count(item.enquiries),
            formats.count(item.purchases) if item.purchases else "",
            formats.date(item.last_enquiry_at),
            " · ".join(self._badge_names[b] for b in item.badges),
        ]

    def late_text(self, item: directory.DirectoryRow, column: int) -> str:
        return self.ctx.formats.phone(item.phone)

    def header_tip(self, section: int) -> str | None:
        if section == ORDER_COLUMNS.get(self.order_column):
            return self.tr("The list is in this column's order; click to reverse it")
        return self.tr(
            "The list is in order of name, or of the phone number or e-mail address "
            "being searched for"
        )

    def role_data(self, item: directory.DirectoryRow, column: int, role: int) -> Any:
        if role != _TOOLTIP:
            return None
        if column == 6 and item.badges:
            names, tips = badge_names(), badge_tips()
            return "\n".join(f"{names[b]}: {tips[b]}" for b in item.badges)
        if column == 0:
            phone = self.ctx.formats.phone(item.phone)
            return "\n".join(filter(None, (item.name, phone, item.email, item.handle)))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reverse the list when its own order column is asked for; other columns have no
        index to sort by at a million customers, so they keep the order."""
        if column == ORDER_COLUMNS.get(self.order_column):
            descending = order == Qt.SortOrder.DescendingOrder
            if descending != self._descending:
                self.load(descending=descending)


class CustomerEnquiriesModel(SmallListModel):
    """One customer's enquiries on their card (a hundred at most: no paging needed)."""

    COLUMNS = (
        ("received", QT_TRANSLATE_NOOP("CustomerModel", "Received")),
        ("interest", QT_TRANSLATE_NOOP("CustomerModel", "Interest")),
        ("status", QT_TRANSLATE_NOOP("CustomerModel", "Status")),
        ("value", QT_TRANSLATE_NOOP("CustomerModel", "Value")),
    )
    CONTEXT = "CustomerModel"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._formats = Formats()

    def set_lines(self, lines: tuple[directory.EnquiryLine, ...], formats: Formats) -> None:
        """Show `lines`, their dates and amounts written by `formats` (the shop's)."""
        self._formats = formats
        self.set_items(lines)

    def enquiry_id(self, row: int) -> int | None:
        line = self.item(row)
        return None if line is None else line.id

    def key(self, item: directory.EnquiryLine) -> int:
        return item.id

    def text(self, item: directory.EnquiryLine, column: str) -> str:
        if column == "received":
            return self._formats.date(item.received_at)
        if column == "interest":
            return item.interest or item.channel_name
        if column == "status":
            return status_text(item.status)
        return self._formats.cents(item.value_cents)

    def role_data(self, item: directory.EnquiryLine, row: int, column: int, role: int) -> Any:
        if role == _ALIGNMENT:
            return _RIGHT if column == 3 else None
        if role == _TOOLTIP:
            received = self._formats.when(item.received_at)
            return " · ".join(filter(None, (received, item.channel_name, item.interest)))
        return None
