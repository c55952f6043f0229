"""The enquiries table's model: every matching enquiry's id, rows read only when drawn
(the steps are `common.id_list_model`'s; here, what the enquiries' columns show)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QColor

from enquirydesk.domain.formats import Formats
from enquirydesk.i18n import QT_TRANSLATE_NOOP
from enquirydesk.services import listing
from enquirydesk.services.context import Context
from enquirydesk.ui.common.id_list_model import FOREGROUND, TOOLTIP, IdListModel, ServiceSource
from enquirydesk.ui.common.tasks import Tasks

OVERDUE = QColor("#b3261e")
_RESPONSE = 5


#: The columns: key, and the title (translated where shown, in context "EnquiryModel").
COLUMNS = (
    ("received", QT_TRANSLATE_NOOP("EnquiryModel", "Received")),
    ("customer", QT_TRANSLATE_NOOP("EnquiryModel", "Customer")),
    ("channel", QT_TRANSLATE_NOOP("EnquiryModel", "Channel")),
    ("interest", QT_TRANSLATE_NOOP("EnquiryModel", "Interest")),
    ("taken_by", QT_TRANSLATE_NOOP("EnquiryModel", "Taken by")),
    ("response", QT_TRANSLATE_NOOP("EnquiryModel", "Response")),
    ("status", QT_TRANSLATE_NOOP("EnquiryModel", "Status")),
    ("value", QT_TRANSLATE_NOOP("EnquiryModel", "Value")),
    ("next", QT_TRANSLATE_NOOP("EnquiryModel", "Next follow-up")),
)
assert tuple(key for key, _ in COLUMNS) == listing.SORT_COLUMNS  # every column sorts

STATUS_NAMES = {
    "open": QT_TRANSLATE_NOOP("EnquiryModel", "Open"),
    "purchased": QT_TRANSLATE_NOOP("EnquiryModel", "Purchased"),
    "lost": QT_TRANSLATE_NOOP("EnquiryModel", "Lost"),
}


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
        self._matches = listing.Matches()  # what the filter matched, for sorting again

    def load(self, chosen: listing.EnquiryFilter | None = None) -> None:
        """Show the enquiries matching `chosen` (read again: the data may have changed),
        or the current ones in the current order (only the order changed)."""
        same_rows = chosen is None or chosen == self._filter
        if chosen is not None and same_rows:
            self.forget_rows()  # read again: the rows shown meanwhile too
        elif chosen is not None:
            self._filter = chosen
            self._matches = listing.Matches()
        self.show_source(
            ServiceSource(listing, self.ctx, self._filter, self._sort, self._matches), same_rows
        )

    def forget(self, ids: frozenset[int] | set[int]) -> None:
        """These enquiries changed: their rows, and what they sort by, are read again."""
        if ids:
            self._matches = listing.Matches()
        super().forget(ids)

    def forget_rows(self) -> None:
        self._matches = listing.Matches()
        super().forget_rows()

    def enquiry_id(self, row: int) -> int | None:
        """The enquiry shown in `row`, or None while that part of the list is on its way."""
        return self.id_at(row)

    def header_tip(self, section: int) -> str | None:
        if section == _RESPONSE:
            return self.tr(
                "Business time to the first response; for an unanswered enquiry, how long it "
                "has waited. Red: past the response target."
            )
        return None

    def texts(self, item: listing.ListRow, locale: QLocale) -> list[str | None]:
        formats = self.ctx.formats  # the shop's way, not Qt's locale
        return [self._text(item, key, formats) for key, _ in COLUMNS]

    def role_data(self, item: listing.ListRow, column: int, role: int) -> Any:
        if role == FOREGROUND:
            return QBrush(OVERDUE) if column == _RESPONSE and item.overdue else None
        if role != TOOLTIP:
            return None
        if column == 1:
            phone = self.ctx.formats.phone(item.phone)
            return "\n".join(filter(None, (item.customer, phone, item.email)))
        if column == _RESPONSE and not item.responded and item.outcome == "open":
            return self.tr("Waiting for a response")
        return None

    def waiting_text(self, seconds: int) -> str:
        return self.tr("waiting {time}").format(time=self.ctx.formats.duration(seconds))

    def status_texts(self) -> list[str]:
        return [self.tr("Awaiting response"), *(self._status_name(k) for k in STATUS_NAMES)]

    @staticmethod
    def _status_name(outcome: str) -> str:
        name = STATUS_NAMES.get(outcome)
        return outcome if name is None else QCoreApplication.translate("EnquiryModel", name)

    def _text(self, item: listing.ListRow, column: str, formats: Formats) -> str:
        if column == "received":
            return formats.when(item.received_at)
        if column == "customer":
            return item.customer or formats.phone(item.phone) or item.email or ""
        if column == "channel":
            return item.channel
        if column == "interest":
            return item.interest
        if column == "taken_by":
            return item.taken_by
        if column == "response":
            if item.responded:
                return formats.duration(item.response_seconds)
            if item.outcome != "open":
                return ""
            return self.waiting_text(item.response_seconds)
        if column == "status":
            if item.outcome == "open" and not item.responded:
                return self.tr("Awaiting response")
            return self._status_name(item.outcome)
        if column == "value":
            return formats.cents(item.value_cents)
        if column == "next":
            return formats.when(item.next_followup_at)
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        wanted = listing.Sort(COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder)
        if wanted != self._sort:
            self._sort = wanted
            self.load()
