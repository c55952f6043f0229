"""The short lists' model: at most a few hundred items, set in one go from a service, their
texts worked out once when they come (the view asks `data` thousands of times per paint).

Today's lists, an enquiry's timeline and a customer's enquiries are such lists; a
subclass names its columns and says what an item shows in each.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex

#: The data role holding a row's item itself.
ItemRole = Qt.ItemDataRole.UserRole + 1

DISPLAY = int(Qt.ItemDataRole.DisplayRole)
USER = int(Qt.ItemDataRole.UserRole)
ITEM = int(ItemRole)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class SmallListModel(QAbstractTableModel):
    COLUMNS: tuple[tuple[str, str], ...] = ()
    CONTEXT = "SmallListModel"  # the translation context of the column titles

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[Any] = []
        self._texts: list[tuple[str, ...]] = []

    def set_items(self, items: Sequence[Any]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.work_out()
        self.endResetModel()

    def work_out(self) -> None:
        """The shown texts of every item (again, when what they depend on moved)."""
        keys = [key for key, _ in self.COLUMNS]
        self._texts = [tuple(self.text(item, key) for key in keys) for item in self._items]

    def texts_changed(self, roles: list[Qt.ItemDataRole] | None = None) -> None:
        """Work the texts out again and have every row drawn anew."""
        self.work_out()
        if self._items:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._items) - 1, len(self.COLUMNS) - 1),
                roles or [],
            )

    def items(self) -> list[Any]:
        return list(self._items)

    def item(self, row: int) -> Any:
        return self._items[row] if 0 <= row < len(self._items) else None

    def key(self, item: Any) -> int | None:
        """An item's id (the user role), when it has one."""
        return None

    def row_of(self, key: int) -> int | None:
        for row, item in enumerate(self._items):
            if self.key(item) == key:
                return row
        return None

    def text(self, item: Any, column: str) -> str:
        raise NotImplementedError

    def role_data(self, item: Any, row: int, column: int, role: int) -> Any:
        """What an item shows for another role than its text (a colour, a tooltip)."""
        return None

    # -- Qt -----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.COLUMNS)
        ):
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section][1])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._items):
            return None
        role = int(role)
        if role == DISPLAY:
            return self._texts[row][index.column()]
        item = self._items[row]
        if role == ITEM:
            return item
        if role == USER:
            return self.key(item)
        return self.role_data(item, row, index.column(), role)
