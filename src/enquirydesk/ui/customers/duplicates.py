"""Possible duplicates, from the Customers page: each pair one key from Merge (Enter)
or "not the same person" (Delete), which is remembered (and undone by Ctrl+Z)."""

from __future__ import annotations

from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from enquirydesk.domain.errors import EnquiryDeskError
from enquirydesk.i18n import QT_TRANSLATE_NOOP
from enquirydesk.services import directory, duplicates
from enquirydesk.services.context import Changes, Context
from enquirydesk.ui.common.saving import Saver
from enquirydesk.ui.common.small_list_model import SmallListModel
from enquirydesk.ui.common.tasks import Tasks
from enquirydesk.ui.common.widgets import keep_readable, paragraph


class PairModel(SmallListModel):
    CONTEXT = "PairModel"
    COLUMNS = (
        ("first", QT_TRANSLATE_NOOP("PairModel", "Customer")),
        ("second", QT_TRANSLATE_NOOP("PairModel", "May be the same as")),
        ("why", QT_TRANSLATE_NOOP("PairModel", "Why")),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.people: dict[int, str] = {}

    def text(self, item: duplicates.Pair, column: str) -> str:
        if column == "why":
            return item.reason
        return self.people.get(getattr(item, column), "")

    def role_data(self, item: duplicates.Pair, row: int, column: int, role: int) -> Any:
        if role == int(Qt.ItemDataRole.ToolTipRole):  # the whole line, when it is cut short
            return self.text(item, self.COLUMNS[column][0])
        return None


def _found(ctx: Context) -> tuple[list[duplicates.Pair], dict[int, str]]:
    """The pairs and how each customer in them is shown (off the GUI thread)."""
    pairs = duplicates.pairs(ctx)
    ids = list(dict.fromkeys(i for pair in pairs for i in (pair.first, pair.second)))
    formats = ctx.formats
    shown: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        for customer_id, row in directory.rows(ctx, ids[start : start + 500]).items():
            facts = [row.name, formats.phone(row.phone) if row.phone else "", row.email]
            shown[customer_id] = " · ".join(f for f in facts if f) or f"#{customer_id}"
    return pairs, shown


class DuplicatesDialog(QDialog):
    """The pairs of customers that may be one person."""

    changed = Signal(object)  # Changes: "not the same person"
    mergeAsked = Signal(int, int)  # keep, other: the page opens its Merge dialog

    def __init__(self, ctx: Context, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = tasks
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Possible duplicates"))
        keys = QKeySequence(QKeySequence.StandardKey.Delete)  # "not the same person"
        key = keys.toString(QKeySequence.SequenceFormat.NativeText)  # as the menus name it
        self.explain = paragraph(
            self.tr(
                "Customers who may be one person: the same phone number or e-mail address; "
                "the same or a similar name with a number that differs only in its last "
                "digits; the same name with the same e-mail before the @; or the same name "
                "alone, when it is uncommon among your customers. Enter merges the selected "
                "pair; {key} says they are two people, and they are not listed again."
            ).format(key=key),
            self,
            "duplicatesExplanation",
        )
        self.model = PairModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("duplicatesTable")
        self.table.setAccessibleName(self.tr("Possible duplicates"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.merge())
        self.status = paragraph(
            self.tr("Looking for possible duplicates…"), self, "duplicatesStatus"
        )
        self.merge_button = QPushButton(self.tr("&Merge…"), self)
        self.merge_button.setObjectName("mergePairButton")
        self.merge_button.setToolTip(self.tr("Merge the two into one customer (Enter)"))
        self.merge_button.clicked.connect(self.merge)
        self.distinct_button = QPushButton(self.tr("&Not the same person"), self)
        self.distinct_button.setObjectName("notSamePersonButton")
        self.distinct_button.setToolTip(
            self.tr("They are two people: do not list them again ({key})").format(key=key)
        )
        self.distinct_button.clicked.connect(self.not_the_same)
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("closeDuplicatesButton")
        close.clicked.connect(self.reject)
        for button in (self.merge_button, self.distinct_button, close):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.distinct_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        forget = QShortcut(keys, self.table)
        forget.activated.connect(self.not_the_same)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        keep_readable(self, 110)
        self.resize(self.width(), self.fontMetrics().height() * 30)
        self._update_buttons()
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._row = 0
        self.saver = Saver(ctx, self)
        self.saver.saved.connect(self._told_apart)
        self.saver.failed.connect(self._not_told_apart)
        self.reload()

    def reload(self, select_row: int = 0) -> None:
        """Look again (after a merge or a "not the same"), off the GUI thread."""
        ctx = self.ctx

        def found(answer: tuple[list[duplicates.Pair], dict[int, str]]) -> None:
            if not shiboken6.isValid(self.model):  # closed while the search ran
                return
            pairs, shown = answer
            self.model.people = shown
            self.model.set_items(pairs)
            if pairs:
                self.status.setText(
                    self.tr("%Ln possible duplicates", "", len(pairs))
                    if len(pairs) < duplicates.SHOWN
                    else self.tr("The first %Ln possible duplicates", "", len(pairs))
                )
                self.table.selectRow(min(select_row, len(pairs) - 1))
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self.status.setText(
                    self.tr("No possible duplicates: every customer is one person.")
                )
            self._update_buttons()

        self.tasks.run(lambda: _found(ctx), found, key="duplicates")

    def selected(self) -> tuple[int, duplicates.Pair | None]:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        return row, self.model.item(row)

    def _update_buttons(self, *_: Any) -> None:
        chosen = self.selected()[1] is not None
        self.merge_button.setEnabled(chosen)
        self.distinct_button.setEnabled(chosen)

    def merge(self) -> None:
        _, pair = self.selected()
        if pair is not None:
            self.mergeAsked.emit(pair.first, pair.second)

    def not_the_same(self) -> None:
        """Remember the selected pair as two people: saved off the GUI thread (another
        program may hold the file a moment), then the list read again."""
        row, pair = self.selected()
        if pair is None or self.saver.busy:
            return
        self._row = row
        self.saver.save(partial(duplicates.not_the_same, self.ctx, pair.first, pair.second))

    def _told_apart(self, changes: Changes) -> None:
        self.changed.emit(changes)
        self.reload(self._row)

    def _not_told_apart(self, error: Exception) -> None:
        if not isinstance(error, EnquiryDeskError):
            raise error
        QMessageBox.warning(self, self.tr("Possible duplicates"), str(error))
        self.reload(self._row)

    def done(self, result: int) -> None:
        self.saver.close()
        super().done(result)

    def after_merge(self) -> None:
        row, _ = self.selected()
        self.reload(row)
