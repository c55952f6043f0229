"""The Enquiries page: a filter bar over a lazy table of every enquiry."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from enquirydesk.domain import validation
from enquirydesk.domain.errors import EnquiryDeskError
from enquirydesk.services import listing
from enquirydesk.services.context import Changes, Context
from enquirydesk.ui.common import window_state as state
from enquirydesk.ui.common.date_edits import date_edit
from enquirydesk.ui.common.pages import ChangeAware
from enquirydesk.ui.common.search_keys import SEARCH_DELAY_MS, FirstScreenful, SearchKeys
from enquirydesk.ui.common.widgets import fit_columns, list_beside_detail
from enquirydesk.ui.common.window_state import WindowState
from enquirydesk.ui.enquiries.keys import pane_keys
from enquirydesk.ui.enquiries.model import COLUMNS, EnquiryModel

if TYPE_CHECKING:
    from enquirydesk.ui.enquiries.detail_pane import DetailPane
from enquirydesk.ui.common.tasks import Tasks

#: Shares of the width left after the columns sized to their content, until the user
#: sets widths of their own (remembered).
SHARES = {"customer": 30, "channel": 15, "interest": 35, "taken_by": 20}


class EnquiriesView(QWidget, ChangeAware, FirstScreenful):
    _wanted: int | None = None  # the enquiry to select once the list is read again
    _showing: int | None = None  # the enquiry asked for, selected once its row is read
    _reselect: int | None = None  # the one selected before the list was read again
    enquiryActivated = Signal(int)
    changed = Signal(object)  # Changes made from the detail pane
    said = Signal(str)  # a sentence for the status bar (why a key did nothing)

    def __init__(self, ctx: Context, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window_state = WindowState(ctx.store.path)
        self.tasks = tasks
        self.model = EnquiryModel(ctx, tasks, self)
        self._build_search()
        self._build_filters()
        self._build_table()
        self._build_detail_box()
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_bar())
        self.splitter = list_beside_detail(
            self, "enquirySplitter", [self.table, self.empty], self.detail_box, (3, 1)
        )
        layout.addWidget(self.splitter, 1)

        self._connect()
        self._bind_pane_keys()
        self._restore()

    def _build_search(self) -> None:
        """What to look for, the saved filters, and how many match."""
        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(self.tr("Search name, phone, e-mail, interest…"))
        self.search.setAccessibleName(self.tr("Search enquiries"))
        self.search.setToolTip(
            self.tr(
                "Type the start of a name, three or more digits of a phone number, an "
                "e-mail address, or a word from the interest or notes (Ctrl+F)"
            )
        )
        self.search.setClearButtonEnabled(True)
        self.saved = QToolButton(self)
        self.saved.setObjectName("savedFilters")
        self.saved.setText(self.tr("Saved"))
        self.saved.setAccessibleName(self.tr("Saved filters"))
        self.saved.setToolTip(self.tr("Keep this search and these filters, or use a kept one"))
        self.saved.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.saved.setMenu(QMenu(self.saved))
        self.saved.menu().aboutToShow.connect(self._fill_saved_menu)
        self.count = QLabel(self)
        self.count.setObjectName("matchCount")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        widest = self.tr("%Ln enquiries", "", 8_888_888)
        self.count.setMinimumWidth(self.fontMetrics().horizontalAdvance(widest + "__"))
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _build_filters(self) -> None:
        """Channel, status, who took it, when it came in."""
        self.channel = QComboBox(self)
        self.channel.setObjectName("channelFilter")
        self.channel.setAccessibleName(self.tr("Channel filter"))
        self.channel.addItem(self.tr("All channels"), "")
        for key, name in listing.channel_choices().items():
            self.channel.addItem(name, key)
        self.status = QComboBox(self)
        self.status.setObjectName("statusFilter")
        self.status.setAccessibleName(self.tr("Status filter"))
        for key, name in zip(
            listing.STATUSES,
            (
                self.tr("Any status"),
                self.tr("Awaiting response"),
                self.tr("Overdue"),
                self.tr("Open"),
                self.tr("Purchased"),
                self.tr("Lost"),
            ),
            strict=True,
        ):
            self.status.addItem(name, key)
        self.staff = QComboBox(self)
        self.staff.setObjectName("staffFilter")
        self.staff.setAccessibleName(self.tr("Staff filter"))
        self.staff.setToolTip(self.tr("Only the enquiries this person took"))
        self.staff.addItem(self.tr("Anyone"), None)
        for staff_id, name in listing.staff_choices().items():
            self.staff.addItem(name, staff_id)
        self.period = QComboBox(self)
        self.period.setObjectName("periodFilter")
        self.period.setAccessibleName(self.tr("Received in"))
        self.period.setToolTip(self.tr("Only the enquiries received in this period"))
        for key, name in zip(
            listing.PERIODS,
            (
                self.tr("Any time"),
                self.tr("Today"),
                self.tr("Last 7 days"),
                self.tr("This month"),
                self.tr("Last month"),
                self.tr("Between…"),
            ),
            strict=True,
        ):
            self.period.addItem(name, key)
        today = QDate.currentDate()
        self.date_from = date_edit(self.ctx.formats, today.addDays(-30), self)
        self.date_to = date_edit(self.ctx.formats, today, self)
        for edit, name in ((self.date_from, "fromDate"), (self.date_to, "toDate")):
            edit.setObjectName(name)
            edit.setVisible(False)
        self.date_from.setAccessibleName(self.tr("Received from"))
        self.date_to.setAccessibleName(self.tr("Received until"))
        self._show_formats()

    def _show_formats(self) -> None:
        """The dates as the shop writes them (again after the settings changed)."""
        pattern = self.ctx.formats.date_pattern()
        for edit in (self.date_from, self.date_to):
            if edit.displayFormat() != pattern:
                edit.setDisplayFormat(pattern)

    def _filter_bar(self) -> QVBoxLayout:
        # Two rows, so that longer languages fit at 1024 pixels: what to look for, then
        # the filters.
        bar = QVBoxLayout()
        first = QHBoxLayout()
        first.addWidget(self.search, 1)
        first.addWidget(self.saved)
        first.addWidget(self.count)
        second = QHBoxLayout()
        for widget in (self.channel, self.status, self.staff, self.period):
            second.addWidget(widget)
        second.addWidget(self.date_from)
        second.addWidget(self.date_to)
        second.addStretch(1)
        bar.addLayout(first)
        bar.addLayout(second)
        return bar

    def _build_table(self) -> None:
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
        # The pane shows the selected row: a row only made current (as Qt does when the
        # table takes the focus) is not what the user chose.
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.model.modelReset.connect(self._nothing_selected)

        self.empty = QLabel(self)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()

    def _build_detail_box(self) -> None:
        # The detail pane is made when first needed: the window opens without it.
        self._detail: DetailPane | None = None
        self.detail_box = QWidget(self)
        self.detail_box.setObjectName("detailBox")
        box = QVBoxLayout(self.detail_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.detail_hint = QLabel(
            self.tr("Select an enquiry to see its customer, timeline and actions"),
            self.detail_box,
        )
        self.detail_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_hint.setWordWrap(True)
        box.addWidget(self.detail_hint)

    def _connect(self) -> None:
        """Typing searches at once (`SEARCH_DELAY_MS`); a filter applies at once too."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply)
        self.search.textChanged.connect(self._timer.start)
        self.search.textChanged.connect(self._typed)
        self.search.returnPressed.connect(self.to_results)
        self.search_keys = SearchKeys(self.search, self.table, self.to_results, self.select_first)
        for combo in (self.channel, self.status, self.staff, self.period):
            combo.currentIndexChanged.connect(self.apply)
        self.date_from.dateChanged.connect(self.apply)
        self.date_to.dateChanged.connect(self.apply)
        self.model.countChanged.connect(self._counted)
        self.model.loadingChanged.connect(self._loading)
        self.model.countChanged.connect(lambda _count: self._select_showing())
        self.model.loadingChanged.connect(lambda _busy: self._select_showing())
        self.model.firstShown.connect(self._first_shown)

    def _bind_pane_keys(self) -> None:
        """The detail pane's keys, bound here: they work (or say why not) while this page
        is shown, also before the pane is first made."""
        for name, keys in pane_keys().items():
            shortcut = QShortcut(keys, self, context=Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda n=name: self._pane_key(n))

    def _pane_key(self, name: str) -> None:
        if self._detail is None:  # nothing was ever selected
            self.said.emit(QCoreApplication.translate("DetailPane", "Select an enquiry first."))
        else:
            self._detail.press(name)

    def results_taken(self) -> None:
        self._showing = None  # the first result, not the enquiry asked for before

    def row_on_its_way(self) -> bool:
        return self._showing is not None

    def first_screenful_shown(self) -> None:
        self._select_showing()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.columns_fitted:
            self.columns_fitted = True
            QTimer.singleShot(0, self._fit_columns)  # once the splitter has its sizes
        self.page_shown()

    def _fit_columns(self) -> None:
        """Times, durations, status and money as wide as their longest text; the rest of
        the width shared among the text columns."""
        metrics = self.table.fontMetrics()
        formats = self.ctx.formats
        late = datetime(2026, 12, 31, 23, 59)
        samples = {
            "received": formats.when(late),
            "next": formats.when(late),
            "response": self.model.waiting_text(9 * 3600 + 59 * 60),
            "status": max(self.model.status_texts(), key=metrics.horizontalAdvance),
            "value": formats.cents(999_999_99),
        }
        keys = [key for key, _title in COLUMNS]
        fit_columns(
            self.table,
            {keys.index(key): text for key, text in samples.items()},
            {keys.index(key): share for key, share in SHARES.items()},
            readable={keys.index("customer"): 14, keys.index("interest"): 16},
            most=1 / 6,
        )

    def chosen(self) -> listing.EnquiryFilter:
        period = self.period.currentData() or ""
        if period == "custom":
            first, last = self.date_from.date().toPython(), self.date_to.date().toPython()
        else:
            first, last = listing.period_dates(period, self.ctx.now().date())
        return listing.EnquiryFilter(
            text=self.search.text(),
            channel=self.channel.currentData() or "",
            status=self.status.currentData() or "",
            staff_id=self.staff.currentData(),
            received_from=first,
            received_to=last,
        )

    def apply(self) -> None:
        self._timer.stop()
        custom = self.period.currentData() == "custom"
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        self._save()
        self.model.load(self.chosen())

    def index_for_search(self) -> None:
        """Take the newest enquiries (logged since the last start, imported, or all of
        them in a file just upgraded) into the words search, a batch at a time, so the
        table's own reads never wait long behind it. (First the phone libraries are
        loaded, which the first search by number would otherwise wait for.)"""
        ctx = self.ctx

        def more(waiting: int) -> None:
            if waiting:
                self.tasks.run(work, more, key="search-index", failed=stop)

        def stop(error: Exception) -> None:  # a read-only file: searches read the rows
            if not isinstance(error, EnquiryDeskError) and self.tasks.on_error is not None:
                self.tasks.on_error(error)

        def work() -> int:
            return listing.index_for_search(ctx)

        self.tasks.run(lambda: validation.warm_up(ctx.settings.country), key="warm-up")
        more(1)

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

    @property
    def detail(self) -> DetailPane:
        if self._detail is None:
            from enquirydesk.ui.enquiries.detail_pane import DetailPane

            self._detail = DetailPane(self.ctx, self.tasks, self.detail_box, keys=False)
            self._detail.changed.connect(self.changed)
            self._detail.refused.connect(self.said)
            self.detail_hint.hide()
            self.detail_box.layout().addWidget(self._detail)
            self._detail.show()  # now: its keys work at once
            table_width, pane_width = self.splitter.sizes()
            wanted = max(pane_width, self._detail.minimumWidth())
            self.splitter.setSizes([table_width + pane_width - wanted, wanted])
        return self._detail

    def _nothing_selected(self) -> None:
        if self._detail is not None and self._showing is None and self._reselect is None:
            self._detail.show_enquiry(None)

    def _selected(self, _selected=None, _deselected=None) -> None:
        """A row chosen: the pane shows it. (With none, the pane keeps what it shows: an
        enquiry asked for whose row is still on its way.)"""
        enquiry_id = self.selected_id()
        if enquiry_id is None:
            return
        self._showing = self._reselect = None  # chosen now: one on its way is not wanted
        self.detail.show_enquiry(enquiry_id)

    def open_enquiry(self, enquiry_id: int) -> str:
        """This enquiry selected and in the detail pane (Enter on a Today item, a
        customer's enquiry, a reminder). When the search or the filters hide it they are
        cleared — only what hides it — so that it is in the list; returns the sentence
        that says so ("" when nothing was cleared; while the pane still reads the card,
        whose customer it names, `said` says it once the card is there)."""
        said = self._widen_for(enquiry_id)
        self._showing = enquiry_id
        self.select(enquiry_id)
        if self.selected_id() != enquiry_id:  # its row is still on its way, or it is gone
            self.table.selectionModel().clear()
            self.detail.show_enquiry(enquiry_id)
        if not said:
            return ""
        if self.detail.pending:  # its card is read on the worker: said once it is there
            self.detail.when_loaded(lambda: self.said.emit(self._named(said, enquiry_id)))
            return ""
        return self._named(said, enquiry_id)

    def _named(self, said: str, enquiry_id: int) -> str:
        """`said` with the customer of the enquiry shown in the detail pane."""
        card = self.detail.card
        who = ""
        if card is not None and card.facts.id == enquiry_id:
            person = card.customer
            who = person.name or self.ctx.formats.phone(person.phone) or person.email or ""
        return said.format(name=who or f"#{enquiry_id}")

    def _widen_for(self, enquiry_id: int) -> str:
        """Clear the search, the filters, or both — the least that lists the enquiry;
        the sentence that says which (with {name} to fill), or ""."""
        chosen = self.chosen()
        everything = listing.EnquiryFilter()
        if chosen == everything or listing.includes(self.ctx, chosen, enquiry_id):
            return ""
        if not listing.includes(self.ctx, everything, enquiry_id):
            return ""  # deleted: no filter lists it
        searched = bool(chosen.text)
        filtered = chosen != listing.EnquiryFilter(text=chosen.text)
        if searched and filtered:
            if listing.includes(self.ctx, replace(chosen, text=""), enquiry_id):
                filtered = False  # the filters list it: only the search goes
            elif listing.includes(self.ctx, listing.EnquiryFilter(text=chosen.text), enquiry_id):
                searched = False  # the search finds it: only the filters go
        if searched:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
        if filtered:
            self.set_state({"search": self.search.text()})
        self.apply()
        if searched and filtered:
            return self.tr("The search and filters were cleared to show the enquiry from {name}.")
        if searched:
            return self.tr("The search was cleared to show the enquiry from {name}.")
        return self.tr("The filters were cleared to show the enquiry from {name}.")

    def _select_showing(self) -> None:
        """The enquiry asked for (or selected before the list was read again), selected
        once its row is read, and forgotten once every id is read without it."""
        if self.model.pending:  # the rows shown are the list before
            return
        again = self._reselect
        if again is not None:
            if self.model.row_of(again) is not None:
                self._reselect = None
                self.select(again)
            elif self.model.complete:
                self._reselect = None
                if self._detail is not None and self._showing is None:
                    self._detail.show_enquiry(None)  # not in the list any more
        wanted = self._showing
        if wanted is None:
            return
        if self.model.row_of(wanted) is not None:
            self.select(wanted)
        elif self.model.complete:
            self._showing = None

    def on_changes(self, changes: Changes, initiator: object) -> None:
        created = changes.created.get("enquiry", ())
        if created:  # selected once the list is read again, now or when next shown
            self._wanted = created[0]
        super().on_changes(changes, initiator)

    def take_changes(self, changes: Changes, initiator: object) -> None:
        """A new enquiry means reading the list again (and selecting it); a changed one is
        read again where it stands, and so is the detail pane (unless it made the
        change: it has read itself again already)."""
        if changes.everything or changes.touches("setting"):
            self._show_formats()
            self.reread()
            return
        shown = self._detail.enquiry_id if self._detail is not None else None
        if changes.created.get("enquiry") or (
            shown is not None and not self.detail.exists(shown)  # deleted
        ):
            self.reread()
            return
        self.model.forget(set(changes.changed.get("enquiry", ())))
        if self._detail is not None and initiator is not self:
            self._detail.refresh()

    def reread(self) -> None:
        """Read the list again with the same enquiry selected (or the one just made), if it
        is still there, and the detail pane read again too."""
        wanted, self._wanted = self._wanted or self.selected_id(), None
        self.apply()
        if wanted is not None:
            self._reselect = wanted  # once its row is read
            self._select_showing()
        if self._detail is not None:
            self._detail.refresh()

    def reload_keeping_selection(self) -> None:
        self.reread()

    def select(self, enquiry_id: int) -> None:
        """Select this enquiry's row if it is among the rows read so far (of the list
        asked for last: not while the rows shown are still the list before)."""
        if self.model.pending:
            return
        row = self.model.row_of(enquiry_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.enquiry_id(rows[0].row()) if rows else None

    # -- remembered between sessions, and saved filters ---------------------------------

    def state(self) -> dict[str, Any]:
        """The filter bar as plain values (a period stays relative: "last 7 days")."""
        return {
            "search": self.search.text(),
            "channel": self.channel.currentData() or "",
            "status": self.status.currentData() or "",
            "staff": self.staff.currentData(),
            "period": self.period.currentData() or "",
            "from": self.date_from.date().toString(Qt.DateFormat.ISODate),
            "to": self.date_to.date().toString(Qt.DateFormat.ISODate),
        }

    def set_state(self, state: dict[str, Any]) -> None:
        widgets = (self.search, self.channel, self.status, self.staff, self.period,
                   self.date_from, self.date_to)  # fmt: skip
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.search.setText(str(state.get("search") or ""))
            for combo, key in (
                (self.channel, "channel"),
                (self.status, "status"),
                (self.staff, "staff"),
                (self.period, "period"),
            ):
                value = state.get(key)
                combo.setCurrentIndex(max(0, combo.findData(value)) if value else 0)
            for edit, key in ((self.date_from, "from"), (self.date_to, "to")):
                day = QDate.fromString(str(state.get(key) or ""), Qt.DateFormat.ISODate)
                if day.isValid():
                    edit.setDate(day)
        finally:
            for widget in widgets:
                widget.blockSignals(False)

    def _save(self) -> None:
        self.window_state.set(state.ENQUIRY_FILTER, json.dumps(self.state()))

    def _restore(self) -> None:
        try:
            kept = json.loads(str(self.window_state.value(state.ENQUIRY_FILTER, "") or "{}"))
        except ValueError:
            kept = {}
        if isinstance(kept, dict):
            self.set_state(kept)

    def saved_filters(self) -> dict[str, dict[str, Any]]:
        try:
            found = json.loads(str(self.window_state.value(state.SAVED_FILTERS, "") or "{}"))
        except ValueError:
            return {}
        return found if isinstance(found, dict) else {}

    def keep_filter(self, name: str) -> None:
        kept = self.saved_filters()
        kept[name] = self.state()
        self.window_state.set(state.SAVED_FILTERS, json.dumps(kept))

    def use_filter(self, name: str) -> None:
        state = self.saved_filters().get(name)
        if state is not None:
            self.set_state(state)
            self.apply()

    def drop_searches(self, names_them: Callable[[str], bool]) -> None:
        """Searches that name a customer just forgotten go: the one in the box, and the
        saved filters that hold one (they are kept in a settings file beside the data)."""
        kept = self.saved_filters()
        left = {name: f for name, f in kept.items() if not names_them(str(f.get("search", "")))}
        if left != kept:
            self.window_state.set(state.SAVED_FILTERS, json.dumps(left))
            self._fill_saved_menu()
        if names_them(self.search.text()):
            self.search.clear()
            self.apply()
        self._save()

    def forget_filter(self, name: str) -> None:
        kept = self.saved_filters()
        kept.pop(name, None)
        self.window_state.set(state.SAVED_FILTERS, json.dumps(kept))

    def _fill_saved_menu(self) -> None:
        menu = self.saved.menu()
        menu.clear()
        kept = self.saved_filters()
        for name in sorted(kept, key=str.casefold):
            menu.addAction(name, lambda n=name: self.use_filter(n))
        if kept:
            menu.addSeparator()
        menu.addAction(self.tr("Keep this filter…"), self._ask_keep)
        if kept:
            forget = menu.addMenu(self.tr("Forget"))
            for name in sorted(kept, key=str.casefold):
                forget.addAction(name, lambda n=name: self.forget_filter(n))

    def _ask_keep(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Keep this filter"), self.tr("Name for this search and filters:")
        )
        if ok and name.strip():
            self.keep_filter(name.strip())
