"""A search box above its results, the way the keyboard expects it on every page: Down
in the box goes on to the results; the table taking the keyboard (Tab, not a click)
selects its first row, so that the next Down goes to the second."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QTableView

#: A list page's search starts at once: the keystrokes of one turn of the event loop (a
#: paste, an autorepeat burst) make one search, and a newer keystroke stops the reads of
#: the one before on the worker (`IdListModel.show_source`), so no fixed pause is needed.
SEARCH_DELAY_MS = 0


class SearchKeys(QObject):
    def __init__(
        self,
        search: QLineEdit,
        table: QTableView,
        to_results: Callable[[], None],
        select_first: Callable[[], None],
    ) -> None:
        super().__init__(search)
        self.search, self.table = search, table
        self.to_results, self.select_first = to_results, select_first
        search.installEventFilter(self)
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (
            watched is self.search
            and kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and not event.modifiers()
        ):
            self.to_results()
            return True
        if (
            watched is self.table
            and kind == QEvent.Type.FocusIn
            and isinstance(event, QFocusEvent)
            and event.reason() != Qt.FocusReason.MouseFocusReason
        ):
            self.select_first()
        return False
