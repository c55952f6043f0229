"""The customer directory's model: every matching id, rows read only when drawn; and the
small table of one customer's enquiries on their card.

As in the enquiries table (`enquiry_model`), the ids come in steps so the list
is drawn at once at a million customers: the first and the last screenful (two
`LIMIT` queries on one index), the count and then every id from the background
thread. A row's facts, its history counts and badges included, are read in
blocks of ids around the row being drawn, one grouped query per figure, and
kept in a bounded cache.
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

from enquirydesk.services import directory
from enquirydesk.services.context import Context
from enquirydesk.ui.common import formatting
from enquirydesk.ui.common.tasks import Tasks
from enquirydesk.ui.customers.texts import (
    badge_names,
    badge_short_names,
    badge_tips,
    day,
    status_text,
)

FIRST = 100  # rows read before the full id list
BLOCK = 100  # rows read at a time while scrolling
CACHED = 5_000  # rows kept

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_USER = int(Qt.ItemDataRole.UserRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("CustomerModel", text)


COLUMNS = (
    ("name", "Name"),
    ("phone", "Phone"),
    ("email", "E-mail"),
    ("enquiries", "Enquiries"),
    ("purchases", "Purchases"),
    ("last", "Last enquiry"),
    ("badges", "Badges"),
)
_RIGHT_COLUMNS = frozenset({3, 4})
#: The columns a search orders by (directory.order_column → column number).
ORDER_COLUMNS = {"name": 0, "phone": 1, "email": 2}


def _find(ids: array, wanted: int) -> int | None:
    """The position of `wanted` in `ids`: a byte search (milliseconds over a million ids,
    where `array.index` makes a Python number of each id it passes)."""
    data = ids.tobytes()
    needle = array(ids.typecode, [wanted]).tobytes()
    position = data.find(needle)
    while position != -1 and position % ids.itemsize:  # inside two neighbours: go on
        position = data.find(needle, position + 1)
    return None if position == -1 else position // ids.itemsize


class CustomerModel(QAbstractTableModel):
    countChanged = Signal(int)  # matching customers, once known
    loadingChanged = Signal(bool)

    def __init__(self, ctx: Context, tasks: Tasks, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = tasks
        self._head = array("q")
        self._tail = array("q")
        self._count: int | None = None
        self._ids: array | None = None
        #: id → (the row, its shown texts): formatted once (the phone when first drawn).
        self._rows: OrderedDict[int, tuple[directory.DirectoryRow, list[str | None]]] = (
            OrderedDict()
        )
        self._text = ""
        self._descending = False
        self._generation = 0
        self.order_column = "name"

    @property
    def complete(self) -> bool:
        return self._ids is not None

    @property
    def descending(self) -> bool:
        return self._descending

    # -- loading ------------------------------------------------------------------------

    def load(self, text: str | None = None, descending: bool | None = None) -> None:
        """Show the customers matching `text` (or the current search again), in order."""
        same_rows = text is None or text == self._text
        known = self.rowCount() if same_rows and self._count is not None else None
        if text is not None:
            self._text = text
        if descending is not None:
            self._descending = descending
        self._generation += 1
        generation, text, backwards, ctx = (
            self._generation,
            self._text,
            self._descending,
            self.ctx,
        )
        self.order_column = directory.order_column(ctx, text)
        head = directory.first_ids(ctx, text, FIRST, backwards)
        self.beginResetModel()
        self._rows.clear()
        self._head, self._tail, self._ids, self._count = head, array("q"), None, None
        if len(head) < FIRST:
            self._ids, self._count = head, len(head)
        elif known is not None:  # the same customers again (order, or after a change)
            self._tail = directory.last_ids(ctx, text, FIRST, backwards)
            self._count = known
        self.endResetModel()
        if self._ids is not None:
            self.countChanged.emit(len(self._ids))
            self.loadingChanged.emit(False)
            return
        self.loadingChanged.emit(True)
        if self._count is not None:
            self.countChanged.emit(self._count)
        counted = self._count is not None
        # The rest once the first screenful is drawn: the screen comes first.
        QTimer.singleShot(0, self, lambda: self._read_rest(generation, text, backwards, counted))

    def _read_rest(self, generation: int, text: str, backwards: bool, counted: bool) -> None:
        if generation != self._generation:
            return
        ctx = self.ctx
        if not counted:
            self.tasks.run(
                lambda: (
                    directory.count(ctx, text),
                    directory.last_ids(ctx, text, FIRST, backwards),
                ),
                lambda found: self._counted(generation, *found),
                key="customer-count",
            )
        self.tasks.run(
            lambda: directory.ids(ctx, text, backwards),
            lambda ids: self._all_ids(generation, ids),
            key="customer-ids",
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

    def customer_id(self, row: int) -> int | None:
        """The customer shown in `row`, or None while that part of the list is on its way."""
        if self._ids is not None:
            return self._ids[row] if 0 <= row < len(self._ids) else None
        if 0 <= row < len(self._head):
            return self._head[row]
        if self._count is not None and self._tail:
            start = self._count - len(self._tail)
            if start <= row < self._count:
                return self._tail[row - start]
        return None

    def row_of(self, customer_id: int) -> int | None:
        """The row of this customer among the ids read so far."""
        for ids, start in (
            (self._ids, 0),
            (self._head, 0),
            (self._tail, (self._count or 0) - len(self._tail)),
        ):
            if ids is not None and (found := _find(ids, customer_id)) is not None:
                return start + found
        return None

    def forget_rows(self) -> None:
        """Read every row again when next drawn (after a change touched some history)."""
        self._rows.clear()
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, len(COLUMNS) - 1)
            )

    def _row(self, row: int) -> tuple[directory.DirectoryRow, list[str | None]] | None:
        customer_id = self.customer_id(row)
        if customer_id is None:
            return None
        found = self._rows.get(customer_id)
        if found is None:
            start = max(0, row - BLOCK // 4)
            near = (self.customer_id(r) for r in range(start, min(start + BLOCK, self.rowCount())))
            wanted = [i for i in near if i is not None and i not in self._rows]
            locale = QLocale()
            names = badge_short_names()
            for key, item in directory.rows(self.ctx, wanted).items():
                self._rows[key] = (item, self._texts(item, locale, names))
            while len(self._rows) > CACHED:
                self._rows.popitem(last=False)
            found = self._rows.get(customer_id)
        return found

    @staticmethod
    def _texts(
        item: directory.DirectoryRow, locale: QLocale, names: dict[str, str]
    ) -> list[str | None]:
        return [
            item.name or _tr("(no name)"),
            None,  # the phone, formatted when drawn
            item.email,
            locale.toString(item.enquiries),
            locale.toString(item.purchases) if item.purchases else "",
            day(item.last_enquiry_at, locale),
            " · ".join(names[b] for b in item.badges),
        ]

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
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == ORDER_COLUMNS.get(self.order_column):
                return _tr("The list is in this column's order; click to reverse it")
            return _tr(
                "The list is in order of name, or of the phone number or e-mail address "
                "being searched for"
            )
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        role = int(role)
        if role not in (_DISPLAY, _TOOLTIP, _ALIGNMENT, _USER):
            return None
        row = index.row()
        if not index.isValid() or not 0 <= row < self.rowCount():
            return None
        if role == _USER:
            return self.customer_id(row)
        column = index.column()
        if role == _ALIGNMENT:
            return _RIGHT if column in _RIGHT_COLUMNS else None
        found = self._row(row)
        if found is None:  # on its way, or merged or deleted since the ids were read
            return "…" if role == _DISPLAY and column == 0 else None
        item, texts = found
        if role == _DISPLAY:
            if texts[column] is None:
                texts[column] = directory.shown_phone(item.phone)
            return texts[column]
        if column == 6 and item.badges:
            names, tips = badge_names(), badge_tips()
            return "\n".join(f"{names[b]}: {tips[b]}" for b in item.badges)
        if column == 0:
            phone = directory.shown_phone(item.phone)
            return "\n".join(filter(None, (item.name, phone, item.email, item.handle)))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reverse the list when its own order column is asked for; other columns have no
        index to sort by at a million customers, so they keep the order."""
        if column == ORDER_COLUMNS.get(self.order_column):
            descending = order == Qt.SortOrder.DescendingOrder
            if descending != self._descending:
                self.load(descending=descending)


class CustomerEnquiriesModel(QAbstractTableModel):
    """One customer's enquiries on their card (a hundred at most: no paging needed)."""

    COLUMNS = (("received", "Received"), ("interest", "Interest"), ("status", "Status"),
               ("value", "Value"))  # fmt: skip

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._lines: tuple[directory.EnquiryLine, ...] = ()
        self._currency = ""

    def set_lines(self, lines: tuple[directory.EnquiryLine, ...], currency: str) -> None:
        self.beginResetModel()
        self._lines, self._currency = lines, currency
        self.endResetModel()

    def enquiry_id(self, row: int) -> int | None:
        return self._lines[row].id if 0 <= row < len(self._lines) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.COLUMNS)
        ):
            return _tr(self.COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        role = int(role)
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        if role == _USER:
            return line.id
        if role == _ALIGNMENT:
            return _RIGHT if index.column() == 3 else None
        if role == _TOOLTIP:
            received = formatting.when(line.received_at)
            return " · ".join(filter(None, (received, line.channel_name, line.interest)))
        if role != _DISPLAY:
            return None
        column = self.COLUMNS[index.column()][0]
        if column == "received":
            return day(line.received_at)
        if column == "interest":
            return line.interest or line.channel_name
        if column == "status":
            return status_text(line.status)
        return formatting.money(line.value_cents, self._currency)
