"""A search box above its results, the way the keyboard expects it on every page: Down
in the box goes on to the results; the table taking the keyboard (Tab, not a click)
selects its first row, so that the next Down goes to the second. On a list page over an
`IdListModel` (Enquiries, Customers) the newest results may still be on their way:
`FirstScreenful` then does either once their first screenful is there."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QTableView

if TYPE_CHECKING:
    from enquirydesk.ui.common.id_list_model import IdListModel

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


class FirstScreenful:
    """Down or Enter in the search box, and the table taking the keyboard, on a list page
    whose newest results may still be on their way (a mixin of the page).

    The page has `table`, `model`, `_timer` (the pause after typing) and `apply`, hands
    `to_results` and `select_first` to its `SearchKeys`, and connects the search box's
    `textChanged` to `_typed` and the model's `firstShown` to `_first_shown`. What is its
    own it says in `results_taken`, `row_on_its_way` and `first_screenful_shown`."""

    table: QTableView
    model: IdListModel
    _timer: QTimer
    _to_results = False  # Down or Enter in the search: done once the results are there
    _first_row = False  # the table took the keyboard: its first row once it is there

    def apply(self) -> None:
        raise NotImplementedError

    def to_results(self) -> None:
        """Down or Enter in the search box: search now if the typing pause is not over,
        then the keyboard to the table, on the first result."""
        if self._timer.isActive():
            self.apply()
        self._to_results = self.model.pending  # the results are on their way: then
        if self._to_results or self.model.rowCount() == 0 or self.model.id_at(0) is None:
            return
        self.results_taken()
        self.table.selectRow(0)
        self.table.scrollToTop()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def select_first(self) -> None:
        """The table takes the keyboard with no row chosen: the first row, selected (so
        that Down goes to the second), unless a row asked for is on its way."""
        self._first_row = self.model.pending
        if (
            not self.row_on_its_way()
            and not self.table.selectionModel().hasSelection()
            and self.model.rowCount() > 0
            and self.model.id_at(0) is not None
        ):
            self.table.selectRow(0)

    def _typed(self, _text: str) -> None:
        self._to_results = False  # typing goes on: the results asked for are not these

    def _first_shown(self) -> None:
        """The first screenful of the newest list is there: what waited for it."""
        if self._to_results:
            self.to_results()
        elif self._first_row and self.table.hasFocus():
            self.select_first()
        self._first_row = False
        self.first_screenful_shown()

    def results_taken(self) -> None:
        """The keyboard goes to the first result (a row asked for before gives way)."""

    def row_on_its_way(self) -> bool:
        """Whether a row asked for will be selected once read (the first row waits)."""
        return False

    def first_screenful_shown(self) -> None:
        """The page's own, once the first screenful is there (a row asked for, selected)."""
