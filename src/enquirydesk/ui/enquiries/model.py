"""The enquiries table's model: every matching id, rows read only when drawn.

The ids of a filter come in steps, so the table is drawn at once and never waits
for a million ids: the first and the last screenful (two `LIMIT` queries of a
millisecond, both ends of one index), the count (from the background thread, or
kept when only the order changed), then every id from the background thread.
Until then a row in the middle shows "…". Row facts are read in blocks around
the row being drawn and kept in a bounded cache.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from enquirydesk.domain import settings as declared
from enquirydesk.services import listing
from enquirydesk.services.context import Context
from enquirydesk.ui.common import formatting
from enquirydesk.ui.common.tasks import Tasks

#: Ids read at once, at each end, before the full list: two screenfuls of a tall window.
#: A search matching few of a million rows walks the index until it has these, so
#: fewer is faster per keystroke (60 rather than 100: 40% less walking).
FIRST = 60
BLOCK = 100  # rows read at a time while scrolling
CACHED = 5_000  # rows kept

OVERDUE = QColor("#b3261e")

# Roles and flags as plain values, made once: `data` runs for every cell painted.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_USER = int(Qt.ItemDataRole.UserRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_RIGHT_COLUMNS = frozenset({5, 7})  # response, value
_RESPONSE = 5

Index = QModelIndex | QPersistentModelIndex


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


class EnquiryModel(QAbstractTableModel):
    countChanged = Signal(int)  # matching enquiries, once known
    loadingChanged = Signal(bool)

    def __init__(self, ctx: Context, tasks: Tasks, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = tasks
        self._head = array("q")  # the first ids
        self._tail = array("q")  # the last ids, once the count is known
        self._count: int | None = None
        self._ids: array | None = None  # every id, once read
        #: id → (the row, its shown texts): formatted once, drawn many times.
        self._rows: OrderedDict[int, tuple[listing.ListRow, tuple[str, ...]]] = OrderedDict()
        self._filter = listing.EnquiryFilter()
        self._sort = listing.Sort()
        self._generation = 0

    @property
    def complete(self) -> bool:
        return self._ids is not None

    # -- loading ------------------------------------------------------------------------

    def load(self, chosen: listing.EnquiryFilter | None = None) -> None:
        """Show the enquiries matching `chosen` (or the current filter again)."""
        same_rows = chosen is None or chosen == self._filter
        known = self.rowCount() if same_rows and self._count is not None else None
        if chosen is not None:
            self._filter = chosen
        self._generation += 1
        generation = self._generation
        chosen, sort, ctx = self._filter, self._sort, self.ctx
        head = listing.first_ids(ctx, chosen, FIRST, sort)
        self.beginResetModel()
        self._rows.clear()
        self._head, self._tail, self._ids = head, array("q"), None
        self._count = None
        if len(head) < FIRST:
            self._ids, self._count = head, len(head)
        elif known is not None:  # only the order changed: the count stands
            self._tail = listing.last_ids(ctx, chosen, FIRST, sort)
            self._count = known
        self.endResetModel()
        if self._ids is not None:
            self.countChanged.emit(len(self._ids))
            return
        self.loadingChanged.emit(True)
        if self._count is not None:
            self.countChanged.emit(self._count)
        counted = self._count is not None
        # The rest is read once the first screenful is drawn: a background read of many
        # ids holds the interpreter now and then, and the screen comes first.
        QTimer.singleShot(0, self, lambda: self._read_rest(generation, chosen, sort, counted))

    def _read_rest(
        self, generation: int, chosen: listing.EnquiryFilter, sort: listing.Sort, counted: bool
    ) -> None:
        if generation != self._generation:  # another filter came first
            return
        ctx = self.ctx
        if not counted:
            self.tasks.run(
                lambda: (listing.count(ctx, chosen), listing.last_ids(ctx, chosen, FIRST, sort)),
                lambda found: self._counted(generation, *found),
                key="enquiry-count",
            )
        self.tasks.run(
            lambda: listing.ids(ctx, chosen, sort),
            lambda ids: self._all_ids(generation, ids),
            key="enquiry-ids",
        )

    def _counted(self, generation: int, count: int, tail: array) -> None:
        if generation != self._generation or self._ids is not None:
            return
        shown = len(self._head)
        if count > shown:
            self.beginInsertRows(QModelIndex(), shown, count - 1)
            self._count, self._tail = count, tail
            self.endInsertRows()
        self.countChanged.emit(count)

    def _all_ids(self, generation: int, ids: array) -> None:
        if generation != self._generation:
            return
        before = self.rowCount()
        matches = ids[: len(self._head)] == self._head and (
            not self._tail or ids[len(ids) - len(self._tail) :] == self._tail
        )
        if matches and len(ids) == before:
            self._ids = ids  # the middle rows can now be drawn
            if before > len(self._head) + len(self._tail):
                self.dataChanged.emit(
                    self.index(len(self._head), 0),
                    self.index(before - len(self._tail) - 1, len(COLUMNS) - 1),
                )
        elif matches and before == len(self._head):
            self.beginInsertRows(QModelIndex(), before, len(ids) - 1)
            self._ids = ids
            self.endInsertRows()
        else:  # something changed in between: start from what is there now
            self.beginResetModel()
            self._ids = ids
            self._rows.clear()
            self.endResetModel()
        self._count = len(ids)
        self.loadingChanged.emit(False)
        self.countChanged.emit(len(ids))

    def enquiry_id(self, row: int) -> int | None:
        """The enquiry shown in `row`, or None while that part of the list is on its way."""
        if self._ids is not None:
            return self._ids[row] if 0 <= row < len(self._ids) else None
        if 0 <= row < len(self._head):
            return self._head[row]
        if self._count is not None and self._tail:
            start = self._count - len(self._tail)
            if start <= row < self._count:
                return self._tail[row - start]
        return None

    def row_of(self, enquiry_id: int) -> int | None:
        ids = self._ids if self._ids is not None else self._head
        try:
            return ids.index(enquiry_id)
        except ValueError:
            return None

    def forget(self, enquiry_ids: frozenset[int] | set[int]) -> None:
        """Re-read these rows when next drawn (after a change touched them)."""
        for enquiry_id in enquiry_ids:
            if self._rows.pop(enquiry_id, None) is not None:
                row = self.row_of(enquiry_id)
                if row is not None:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def _row(self, row: int) -> tuple[listing.ListRow, tuple[str, ...]] | None:
        enquiry_id = self.enquiry_id(row)
        if enquiry_id is None:
            return None
        found = self._rows.get(enquiry_id)
        if found is None:
            start = max(0, row - BLOCK // 4)
            near = (self.enquiry_id(r) for r in range(start, min(start + BLOCK, self.rowCount())))
            wanted = [i for i in near if i is not None and i not in self._rows]
            currency, locale = self.ctx.settings[declared.CURRENCY], QLocale()
            for key, item in listing.rows(self.ctx, wanted).items():
                texts = tuple(self._text(item, c, currency, locale) for c, _ in COLUMNS)
                self._rows[key] = (item, texts)
            while len(self._rows) > CACHED:
                self._rows.popitem(last=False)
            found = self._rows.get(enquiry_id)
        return found

    # -- Qt -----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid():
            return 0
        if self._ids is not None:
            return len(self._ids)
        return self._count if self._count is not None else len(self._head)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section][1])
        if role == Qt.ItemDataRole.ToolTipRole and section == 5:
            return _tr(
                "Business time to the first response; for an unanswered enquiry, how long it "
                "has waited. Red: past the response target."
            )
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        role = int(role)
        if role not in (_DISPLAY, _FOREGROUND, _TOOLTIP, _ALIGNMENT, _USER):
            return None
        row = index.row()
        if not index.isValid() or not 0 <= row < self.rowCount():
            return None
        if role == _USER:
            return self.enquiry_id(row)
        column = index.column()
        if role == _ALIGNMENT:
            return _RIGHT if column in _RIGHT_COLUMNS else None
        found = self._row(row)
        if found is None:  # on its way, or deleted since the ids were read
            return "…" if role == _DISPLAY and column == 0 else None
        item, texts = found
        if role == _DISPLAY:
            return texts[column]
        if role == _FOREGROUND:
            return QBrush(OVERDUE) if column == _RESPONSE and item.overdue else None
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
