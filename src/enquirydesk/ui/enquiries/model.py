"""The enquiries table's model: every matching enquiry's id, rows read only when drawn
(the steps are `common.id_list_model`'s; here, what the enquiries' columns show)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QColor

from enquirydesk.domain import settings as declared
from enquirydesk.services import listing
from enquirydesk.services.context import Context
from enquirydesk.ui.common import formatting
from enquirydesk.ui.common.id_list_model import FOREGROUND, TOOLTIP, IdListModel, ServiceSource
from enquirydesk.ui.common.tasks import Tasks

OVERDUE = QColor("#b3261e")
_RESPONSE = 5


def _tr(text: str) -> str:
    return QCoreApplication.translate("EnquiryModel", text)


COLUMNS = (
    ("received", "Received"),
    ("customer", "Customer"),
    ("channel", "Channel"),
    ("interest", "Interest"),
    ("taken_by", "Taken by"),
    ("response", "Response"),
    ("status", "Status"),
    ("value", "Value"),
    ("next", "Next follow-up"),
)
assert tuple(key for key, _ in COLUMNS) == listing.SORT_COLUMNS  # every column sorts

STATUS_NAMES = {"open": "Open", "purchased": "Purchased", "lost": "Lost"}


class EnquiryModel(IdListModel):
    COLUMNS = COLUMNS
    CONTEXT = "EnquiryModel"
    TASK = "enquiry"
    RIGHT_COLUMNS = frozenset({5, 7})  # response, value
    ROLES = IdListModel.ROLES | {FOREGROUND}

    def __init__(self, ctx: Context, tasks: Tasks, parent=None) -> None:
        super().__init__(tasks, parent)
        self.ctx = ctx
        self._filter = listing.EnquiryFilter()
        self._sort = listing.Sort()

    def load(self, chosen: listing.EnquiryFilter | None = None) -> None:
        """Show the enquiries matching `chosen` (or the current filter again)."""
        same_rows = chosen is None or chosen == self._filter
        if chosen is not None:
            self._filter = chosen
        self.show_source(ServiceSource(listing, self.ctx, self._filter, self._sort), same_rows)

    def enquiry_id(self, row: int) -> int | None:
        """The enquiry shown in `row`, or None while that part of the list is on its way."""
        return self.id_at(row)

    def header_tip(self, section: int) -> str | None:
        if section == _RESPONSE:
            return _tr(
                "Business time to the first response; for an unanswered enquiry, how long it "
                "has waited. Red: past the response target."
            )
        return None

    def texts(self, item: listing.ListRow, locale: QLocale) -> list[str | None]:
        currency = self.currency()
        return [self._text(item, key, currency, locale) for key, _ in COLUMNS]

    def role_data(self, item: listing.ListRow, column: int, role: int) -> Any:
        if role == FOREGROUND:
            return QBrush(OVERDUE) if column == _RESPONSE and item.overdue else None
        if role != TOOLTIP:
            return None
        if column == 1:
            return "\n".join(filter(None, (item.customer, item.phone, item.email)))
        if column == _RESPONSE and not item.responded and item.outcome == "open":
            return _tr("Waiting for a response")
        return None

    def currency(self) -> str:
        return str(self.ctx.settings[declared.CURRENCY])

    @staticmethod
    def waiting_text(seconds: int) -> str:
        return _tr("waiting {time}").format(time=formatting.duration(seconds))

    @staticmethod
    def status_texts() -> list[str]:
        return [_tr("Awaiting response"), *(_tr(name) for name in STATUS_NAMES.values())]

    def _text(self, item: listing.ListRow, column: str, currency: str, locale: QLocale) -> str:
        if column == "received":
            return formatting.when(item.received_at, locale)
        if column == "customer":
            return item.customer or item.phone or item.email or ""
        if column == "channel":
            return item.channel
        if column == "interest":
            return item.interest
        if column == "taken_by":
            return item.taken_by
        if column == "response":
            if item.responded:
                return formatting.duration(item.response_seconds)
            if item.outcome != "open":
                return ""
            return self.waiting_text(item.response_seconds)
        if column == "status":
            if item.outcome == "open" and not item.responded:
                return _tr("Awaiting response")
            return _tr(STATUS_NAMES.get(item.outcome, item.outcome))
        if column == "value":
            return formatting.money(item.value_cents, currency, locale)
        if column == "next":
            return formatting.when(item.next_followup_at, locale)
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        wanted = listing.Sort(COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder)
        if wanted != self._sort:
            self._sort = wanted
            self.load()
