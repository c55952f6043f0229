"""The long lists' model: every matching id, rows read only when drawn (as Anki's browser
keeps ids and fetches rows as they are painted).

The ids of a query come in steps from the background thread, so the window never
waits for a query and the table never waits for a million ids: the first screenful
(with its rows), then the count and the last screenful (only the last when the order
changed: the count is kept), then every id. Until the first screenful is there the table
goes on showing the rows it had (`pending`; `firstShown` says when it is there); until
every id is, a row in the middle shows "…". Answers to a request that a newer one
replaced are dropped. Row facts are read in blocks around the row being drawn (a
query by primary key of a hundred ids: about a millisecond at a million enquiries,
10–20 ms from a cold disk) and kept, with their shown texts, in a bounded cache.

A subclass names its columns and turns a row into texts; what it lists comes from an
`IdSource`, one query's view of the store.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, Protocol

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

from enquirydesk.ui.common.tasks import Tasks

Index = QModelIndex | QPersistentModelIndex

#: Ids read at once, at each end, before the full list: two screenfuls of a tall window.
#: A search matching few of a million rows walks the index until it has these, so fewer
#: is faster per keystroke.
FIRST = 60
BLOCK = 100  # rows read at a time while scrolling
CACHED = 5_000  # rows kept

# Roles and flags as plain values, made once: `data` runs for every cell painted.
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
USER = int(Qt.ItemDataRole.UserRole)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class IdSource(Protocol):
    """One query, as the model asks it: its ids in order, how many, and rows by id."""

    def first_ids(self, limit: int) -> array: ...

    def last_ids(self, limit: int) -> array: ...

    def count(self) -> int: ...

    def all_ids(self) -> array: ...

    def rows(self, ids: list[int]) -> dict[int, Any]: ...


class ServiceSource:
    """An `IdSource` from a listing service (`services.listing`, `services.directory`):
    its `first_ids`, `last_ids`, `count`, `ids` and `rows` for one query in one order.
    With `matches`, what the service keeps of earlier answers (`listing.Matches`), and
    the service's reads stop once `wanted()` says their answer is not wanted any more
    (the model sets it)."""

    def __init__(self, service: Any, ctx: Any, query: Any, order: Any, matches: Any = None) -> None:
        self.service, self.ctx, self.query, self.order = service, ctx, query, order
        self.matches = matches
        self.wanted: Callable[[], bool] | None = None

    @property
    def _kept(self) -> dict[str, Any]:
        return {} if self.matches is None else {"matches": self.matches, "wanted": self.wanted}

    def first_ids(self, limit: int) -> array:
        return self.service.first_ids(self.ctx, self.query, limit, self.order, **self._kept)

    def last_ids(self, limit: int) -> array:
        return self.service.last_ids(self.ctx, self.query, limit, self.order, **self._kept)

    def count(self) -> int:
        return self.service.count(self.ctx, self.query, **self._kept)

    def all_ids(self) -> array:
        return self.service.ids(self.ctx, self.query, self.order, **self._kept)

    def counts_apart(self) -> bool:
        """Whether counting comes much sooner than every id (else the count is theirs)."""
        ask = getattr(self.service, "counts_apart", None)
        return True if ask is None else ask(self.query)

    def keep_aside(self) -> None:
        """Let the service keep this query's match for the next order asked (when it can)."""
        keep = getattr(self.service, "keep_aside", None)
        if keep is not None and self.matches is not None:
            keep(self.ctx, self.query, self.matches, self.wanted)

    def rows(self, ids: list[int]) -> dict[int, Any]:
        return self.service.rows(self.ctx, ids)


def find(ids: array, wanted: int) -> int | None:
    """The position of `wanted` in `ids`: a byte search (milliseconds over a million ids,
    where `array.index` makes a Python number of each id it passes)."""
    data = ids.tobytes()
    needle = array(ids.typecode, [wanted]).tobytes()
    position = data.find(needle)
    while position != -1 and position % ids.itemsize:  # inside two neighbours: go on
        position = data.find(needle, position + 1)
    return None if position == -1 else position // ids.itemsize


class IdListModel(QAbstractTableModel):
    """Ids in steps, rows on demand. Subclasses set `COLUMNS`, `CONTEXT`, `TASK` and
    `RIGHT_COLUMNS` and write `texts` (and `role_data` for other roles)."""

    countChanged = Signal(int)  # matching rows, once known
    loadingChanged = Signal(bool)  # True from a request until every id is read
    firstShown = Signal()  # the newest request's first screenful is in the model

    COLUMNS: tuple[tuple[str, str], ...] = ()
    CONTEXT = "IdListModel"  # the translation context of the column titles
    TASK = "ids"  # the background jobs' key
    RIGHT_COLUMNS: frozenset[int] = frozenset()
    ROLES = frozenset({DISPLAY, TOOLTIP, ALIGNMENT, USER})
    FIRST = FIRST
    BLOCK = BLOCK

    def __init__(self, tasks: Tasks, parent=None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.source: IdSource | None = None
        self._head = array("q")  # the first ids
        self._tail = array("q")  # the last ids, once the count is known
        self._count: int | None = None
        self._ids: array | None = None  # every id, once read
        #: id → (the row, its shown texts): worked out once, drawn many times.
        self._rows: OrderedDict[int, tuple[Any, list[str | None]]] = OrderedDict()
        self._generation = 0
        self._newest = [0]  # the generation, as the worker's reads ask it
        self._pending = False  # the newest request's first screenful is on its way
        self._known: int | None = None  # how many the newest request lists, once known
        self._changed: set[int] | None = set()  # rows changed while pending (None: all)

    @property
    def complete(self) -> bool:
        """Every id of the newest request is read (and shown)."""
        return self._ids is not None and not self._pending

    @property
    def pending(self) -> bool:
        """The newest request's first screenful is on its way: the rows shown are the
        ones before it (`firstShown` follows)."""
        return self._pending

    def tr_column(self, text: str) -> str:
        return QCoreApplication.translate(self.CONTEXT, text)

    # -- loading ------------------------------------------------------------------------

    def show_source(self, source: IdSource, same_rows: bool) -> None:
        """List what `source` finds. `same_rows`: the same rows as the request before, in
        another order or after a change (their count is kept while the ids are read).
        Asked of the background thread; the rows shown stay until the answer is there."""
        known = self._known if same_rows else None
        self._known = known
        self._generation += 1
        generation = self._generation
        newest = self._newest
        newest[0] = generation
        if isinstance(source, ServiceSource):  # its reads stop once a newer one is asked
            source.wanted = lambda: newest[0] == generation
        self._pending = True
        self._changed = set()
        for step in ("count", "ids", "keep"):  # the older request's: not begun, or stopped
            self.tasks.cancel(f"{self.TASK}-{step}")
        first = self.FIRST

        def work() -> tuple[array, dict[int, Any]]:
            head = source.first_ids(first)
            return head, source.rows(list(head))

        self.tasks.run(
            work,
            lambda found: self._first(generation, source, known, *found),
            key=f"{self.TASK}-first",
            failed=lambda error: self._failed(generation, error),
        )
        self.loadingChanged.emit(True)
        if known is not None:
            self.countChanged.emit(known)

    def _failed(self, generation: int, error: Exception) -> None:
        """A read went wrong: the rows shown stay, and the window says why (not for a
        request a newer one replaced: that one reads again)."""
        if generation != self._generation:
            return
        self._pending = False
        self.loadingChanged.emit(False)
        handler = self.tasks.on_error
        if handler is None:
            raise error
        handler(error)

    def _first(
        self,
        generation: int,
        source: IdSource,
        known: int | None,
        head: array,
        rows: dict[int, Any],
    ) -> None:
        if generation != self._generation:  # a newer request came first
            return
        self._pending = False
        self.source = source
        self.beginResetModel()
        self._rows.clear()
        changed, self._changed = self._changed, set()
        if changed is not None:  # the rows read along, unless changed since
            locale = QLocale()
            for key, item in rows.items():
                if key not in changed:
                    self._rows[key] = (item, self.texts(item, locale))
        self._head, self._tail, self._ids, self._count = head, array("q"), None, None
        if len(head) < self.FIRST:
            self._ids, self._count = head, len(head)
        elif known is not None:
            self._count = known  # its last screenful follows
        self.endResetModel()
        self.firstShown.emit()
        if self._ids is not None:
            self._known = len(self._ids)
            self.countChanged.emit(len(self._ids))
            self.loadingChanged.emit(False)
            return
        # The rest once the first screenful is drawn: a background read of many ids
        # holds the interpreter now and then, and the screen comes first.
        QTimer.singleShot(0, self, lambda: self._read_rest(generation, source, known))

    def _read_rest(self, generation: int, source: IdSource, known: int | None) -> None:
        if generation != self._generation:  # another query came first
            return
        apart = getattr(source, "counts_apart", None)
        if apart is None or apart():
            self._read_count(generation, source, known)
        self.tasks.run(
            source.all_ids,
            lambda ids: self._all_ids(generation, ids),
            key=f"{self.TASK}-ids",
            failed=lambda error: self._failed(generation, error),
        )

    def _read_count(self, generation: int, source: IdSource, known: int | None) -> None:
        """The count and the last screenful before every id: the scroll bar and the end of
        a long list at once."""
        self.tasks.run(
            lambda: (source.count() if known is None else known, source.last_ids(self.FIRST)),
            lambda found: self._counted(generation, *found),
            key=f"{self.TASK}-count",
            failed=lambda error: self._failed(generation, error),
        )

    def _counted(self, generation: int, count: int, tail: array) -> None:
        if generation != self._generation or self._ids is not None:
            return
        self._known = count
        shown = len(self._head)
        if self._count is not None:  # the count was kept: the last rows come now
            self._tail = tail if count == self._count else array("q")
            if self._tail:
                start = self._count - len(self._tail)
                self.dataChanged.emit(
                    self.index(start, 0), self.index(self._count - 1, len(self.COLUMNS) - 1)
                )
            return
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
                    self.index(before - len(self._tail) - 1, len(self.COLUMNS) - 1),
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
        self._count = self._known = len(ids)
        self.loadingChanged.emit(False)
        self.countChanged.emit(len(ids))
        keep = getattr(self.source, "keep_aside", None)
        if keep is not None:  # after the list has settled, ready for a header click
            self.tasks.run(
                keep,
                key=f"{self.TASK}-keep",
                failed=lambda error: self._failed(generation, error),
            )

    # -- ids and rows -------------------------------------------------------------------

    def id_at(self, row: int) -> int | None:
        """The id shown in `row`, or None while that part of the list is on its way."""
        if self._ids is not None:
            return self._ids[row] if 0 <= row < len(self._ids) else None
        if 0 <= row < len(self._head):
            return self._head[row]
        if self._count is not None and self._tail:
            start = self._count - len(self._tail)
            if start <= row < self._count:
                return self._tail[row - start]
        return None

    def row_of(self, wanted: int) -> int | None:
        """The row of `wanted` among the ids shown (both ends before the rest; while
        `pending`, those of the request before)."""
        for ids, start in (
            (self._ids, 0),
            (self._head, 0),
            (self._tail, (self._count or 0) - len(self._tail)),
        ):
            if ids is not None and (found := find(ids, wanted)) is not None:
                return start + found
        return None

    def forget(self, ids: frozenset[int] | set[int]) -> None:
        """Read these rows again when next drawn (after a change touched them)."""
        if self._pending and self._changed is not None:
            self._changed.update(ids)  # not taken from the answer on its way either
        for row_id in ids:
            if self._rows.pop(row_id, None) is not None:
                row = self.row_of(row_id)
                if row is not None:
                    self.dataChanged.emit(
                        self.index(row, 0), self.index(row, len(self.COLUMNS) - 1)
                    )

    def forget_rows(self) -> None:
        """Read every row again when next drawn."""
        if self._pending:
            self._changed = None
        self._rows.clear()
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, len(self.COLUMNS) - 1)
            )

    def row_facts(self, row: int) -> tuple[Any, list[str | None]] | None:
        """The facts of `row` and its shown texts, read with the block around it."""
        row_id = self.id_at(row)
        if row_id is None or self.source is None:
            return None
        found = self._rows.get(row_id)
        if found is None:
            start = max(0, row - self.BLOCK // 4)
            end = min(start + self.BLOCK, self.rowCount())
            near = (self.id_at(r) for r in range(start, end))
            wanted = [i for i in near if i is not None and i not in self._rows]
            locale = QLocale()
            for key, item in self.source.rows(wanted).items():
                self._rows[key] = (item, self.texts(item, locale))
            while len(self._rows) > CACHED:
                self._rows.popitem(last=False)
            found = self._rows.get(row_id)
        return found

    def texts(self, item: Any, locale: QLocale) -> list[str | None]:
        """A row's shown texts, one per column; None for one worked out when drawn."""
        raise NotImplementedError

    def late_text(self, item: Any, column: int) -> str:
        """A text `texts` left for when it is drawn (costly, and often never needed)."""
        return ""

    def role_data(self, item: Any, column: int, role: int) -> Any:
        """What a row shows for another role than the text (a tooltip, a colour)."""
        return None

    def header_tip(self, section: int) -> str | None:
        return None

    # -- Qt -----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid():
            return 0
        if self._ids is not None:
            return len(self._ids)
        return self._count if self._count is not None else len(self._head)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr_column(self.COLUMNS[section][1])
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole heading, when it is cut short
            title = self.tr_column(self.COLUMNS[section][1])
            tip = self.header_tip(section)
            return f"{title}: {tip}" if tip else title
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        role = int(role)
        if role not in self.ROLES:
            return None
        row = index.row()
        if not index.isValid() or not 0 <= row < self.rowCount():
            return None
        if role == USER:
            return self.id_at(row)
        column = index.column()
        if role == ALIGNMENT:
            return RIGHT if column in self.RIGHT_COLUMNS else None
        found = self.row_facts(row)
        if found is None:  # on its way, or gone since the ids were read
            return "…" if role == DISPLAY and column == 0 else None
        item, texts = found
        if role == DISPLAY:
            text = texts[column]
            if text is None:
                text = texts[column] = self.late_text(item, column)
            return text
        return self.role_data(item, column, role)
