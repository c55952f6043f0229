"""The Enquiries page: a filter bar over a lazy table of every enquiry."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from enquirydesk.services import listing
from enquirydesk.services.context import Context
from enquirydesk.ui import formatting
from enquirydesk.ui.enquiry_model import COLUMNS, EnquiryModel
from enquirydesk.ui.tasks import Tasks

SEARCH_DELAY_MS = 150
#: Shares of the width left after the columns sized to their content, until the user
#: sets widths of their own (remembered).
SHARES = {"customer": 30, "channel": 15, "interest": 35, "taken_by": 20}


class EnquiriesView(QWidget):
    enquiryActivated = Signal(int)

    def __init__(self, ctx: Context, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = EnquiryModel(ctx, tasks, self)

        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(self.tr("Search name, phone, e-mail…"))
        self.search.setAccessibleName(self.tr("Search enquiries"))
        self.search.setToolTip(
            self.tr(
                "Type the start of a name, four or more digits of a phone number, or an "
                "e-mail address (Ctrl+F)"
            )
        )
        self.search.setClearButtonEnabled(True)
        self.channel = QComboBox(self)
        self.channel.setObjectName("channelFilter")
        self.channel.setAccessibleName(self.tr("Channel filter"))
        self.channel.addItem(self.tr("All channels"), "")
        for key, name in listing.channel_choices().items():
            self.channel.addItem(name, key)
        self.status = QComboBox(self)
        self.status.setObjectName("statusFilter")
        self.status.setAccessibleName(self.tr("Status filter"))
        for key, name in (
            ("", self.tr("Any status")),
            ("awaiting", self.tr("Awaiting response")),
            ("overdue", self.tr("Overdue")),
            ("open", self.tr("Open")),
            ("purchased", self.tr("Purchased")),
            ("lost", self.tr("Lost")),
        ):
            self.status.addItem(name, key)
        self.count = QLabel(self)
        self.count.setObjectName("matchCount")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setMinimumWidth(self.fontMetrics().horizontalAdvance("0,000,000 enquiries__"))
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.channel, 1)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.count)

        self.table = QTableView(self)
        self.table.setObjectName("enquiryTable")
        self.table.setAccessibleName(self.tr("Enquiries"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never measure a million rows
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        self.columns_fitted = False  # set when the window restores remembered widths
        self.table.doubleClicked.connect(self._activated)

        self.empty = QLabel(self)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.apply)
        self.channel.currentIndexChanged.connect(self.apply)
        self.status.currentIndexChanged.connect(self.apply)
        self.model.countChanged.connect(self._counted)
        self.model.loadingChanged.connect(self._loading)
        self._restore()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.columns_fitted:
            self.columns_fitted = True
            self._fit_columns()

    def _fit_columns(self) -> None:
        """Times, durations, status and money as wide as their longest text; the rest of
        the width shared among the text columns."""
        metrics = self.table.fontMetrics()
        late = datetime(2026, 12, 31, 23, 59)
        samples = {
            "received": formatting.when(late),
            "next": formatting.when(late),
            "response": self.model.waiting_text(99 * 3600 + 59 * 60),
            "status": max(self.model.status_texts(), key=metrics.horizontalAdvance),
            "value": formatting.money(999_999_99, self.model.currency()),
        }
        header = self.table.horizontalHeader()
        used = 0
        for number, (key, title) in enumerate(COLUMNS):
            if key in samples:
                width = max(metrics.horizontalAdvance(t) for t in (samples[key], title)) + 14
                header.resizeSection(number, width)
                used += width
        left = max(0, (self.table.viewport().width() or self.width()) - used)
        total = sum(SHARES.values())
        for number, (key, _) in enumerate(COLUMNS):
            if key in SHARES:
                header.resizeSection(number, max(70, left * SHARES[key] // total))

    def chosen(self) -> listing.EnquiryFilter:
        return listing.EnquiryFilter(
            text=self.search.text(),
            channel=self.channel.currentData() or "",
            status=self.status.currentData() or "",
        )

    def apply(self) -> None:
        self._timer.stop()
        self._save()
        self.model.load(self.chosen())

    def _counted(self, count: int) -> None:
        self.count.setText(self.tr("%Ln enquiries", "", count))
        nothing = count == 0
        self.table.setVisible(not nothing)
        self.empty.setVisible(nothing)
        if nothing:
            if self.chosen() == listing.EnquiryFilter():
                self.empty.setText(self.tr("No enquiries yet. Press Ctrl+N to log the first one."))
            else:
                self.empty.setText(
                    self.tr("No enquiry matches. Clear the search or choose other filters.")
                )

    def _loading(self, busy: bool) -> None:
        if busy:
            self.count.setText(self.tr("Counting…"))

    def _activated(self, index) -> None:
        enquiry_id = self.model.enquiry_id(index.row())
        if enquiry_id is not None:
            self.enquiryActivated.emit(enquiry_id)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.enquiry_id(rows[0].row()) if rows else None

    # -- remembered between sessions ----------------------------------------------------

    def _save(self) -> None:
        state = QSettings()
        state.setValue("enquiries/search", self.search.text())
        state.setValue("enquiries/channel", self.channel.currentData() or "")
        state.setValue("enquiries/status", self.status.currentData() or "")

    def _restore(self) -> None:
        state = QSettings()
        for combo, key in ((self.channel, "channel"), (self.status, "status")):
            found = combo.findData(state.value(f"enquiries/{key}", "") or "")
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, found))
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(str(state.value("enquiries/search", "") or ""))
        self.search.blockSignals(False)
