"""The Today page, the first the window shows: the shop at a glance, and what waits.

At the top the shop's name, the big "New enquiry" button and a line of figures;
then three lists: enquiries awaiting a response (oldest first, with a
live "waiting for" clock, red once past the target), follow-ups due later today,
and overdue follow-ups. Each item is one key away from its action (see
`ui.today_actions`). When nothing waits, a friendly line says so.

The lists are read on the worker thread (`services.today`, a few milliseconds even
on a million enquiries) after the window is up, again after every change, and
when an item crosses a boundary: an awaiting enquiry reaching its target, a
follow-up reaching its time, midnight. The clocks themselves move every minute
without reading anything (`tick`).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from enquirydesk.services.context import Changes, Context
from enquirydesk.ui.common.tasks import Tasks
from enquirydesk.ui.common.widgets import heading
from enquirydesk.ui.today.reminders import NoticeBar

if TYPE_CHECKING:  # loaded with the first lists (see `_build`), not with the window
    from enquirydesk.services import today
    from enquirydesk.ui.today.actions import Target, TodayActions
    from enquirydesk.ui.today.model import SectionModel

SECTIONS = ("awaiting", "today", "overdue")


@dataclass
class Section:
    name: str
    caption: QLabel
    view: QTableView
    model: SectionModel
    nothing: QLabel
    more: QPushButton


class TodayView(QWidget):
    changed = Signal(object)  # Changes made from this page
    openEnquiry = Signal(int)
    showEnquiries = Signal(str)  # "awaiting", "today" or "overdue": the rest of a list
    counted = Signal(object)  # the TodayLists just shown (the tab and the title count)

    def __init__(self, ctx: Context, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.tasks = ctx, tasks
        self.setObjectName("todayView")
        self.data: today.TodayLists | None = None
        self.total: int | None = None  # live enquiries in the file
        self._view: QTableView | None = None  # the list acted on (the last one focused)
        self._focused_once = False

        self.heading = heading("", self, 1.6)
        self.heading.setObjectName("shopHeading")
        self.summary = QLabel(self)
        self.summary.setObjectName("summaryLabel")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.log_button = QPushButton(self.tr("New enquiry (Ctrl+N)"), self)
        self.log_button.setObjectName("newEnquiryButton")
        self.log_button.setAccessibleName(self.tr("New enquiry"))
        self.log_button.setToolTip(self.tr("Log an enquiry that just came in (Ctrl+N)"))
        self.log_button.setMinimumHeight(self.fontMetrics().height() * 3)
        big = self.log_button.font()
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.log_button.setFont(big)
        self.demo_button = QPushButton(self.tr("Load demo data…"), self)
        self.demo_button.setObjectName("demoButton")
        self.demo_button.setAccessibleName(self.tr("Load demo data"))
        self.demo_button.setToolTip(
            self.tr("Fill this new database with realistic example enquiries")
        )
        self.demo_button.hide()  # until the file is known to be empty
        self.mine_check = QCheckBox(self.tr("&Mine only"), self)
        self.mine_check.setObjectName("mineCheck")
        self.mine_check.setAccessibleName(self.tr("Show only what is mine"))
        self.mine_check.setToolTip(
            self.tr("Only enquiries you took and follow-ups given to you (Alt+M)")
        )
        self.mine_check.hide()  # until someone is at the counter of a shop of several
        self.mine_check.toggled.connect(lambda _on: self.reload())
        self.notice = NoticeBar(self)
        self.empty = QLabel(
            self.tr(
                "All done. Nobody is waiting for an answer and no follow-up is due today.\n"
                "New enquiries and reminders will appear here."
            ),
            self,
        )
        self.empty.setObjectName("todayEmptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        font = self.empty.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.empty.setFont(font)
        self.empty.hide()

        # The lists and their actions are made when their first items come (after the
        # window is up): the window opens without them.
        self.actions: TodayActions | None = None
        self.sections: dict[str, Section] = {}
        self.read_only = ""

        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.summary)
        titles.addWidget(self.mine_check)
        top.addLayout(titles, 1)
        top.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.log_button, 0, Qt.AlignmentFlag.AlignTop)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(top)
        self._layout.addSpacing(self.fontMetrics().height() // 2)
        self._layout.addWidget(self.notice)
        self._layout.addWidget(self.empty, 1)
        self._layout.addStretch(0)  # short lists keep to the top; the space goes to long ones

    def _build(self) -> None:
        """The three lists and the actions on their items."""
        from enquirydesk.ui.today.actions import TodayActions
        from enquirydesk.ui.today.model import AwaitingModel, FollowUpModel, ItemRole

        self._item_role = ItemRole
        self.actions = TodayActions(self.ctx, self.tasks, self, self.current)
        self.actions.changed.connect(self.changed)
        self.actions.openRequested.connect(self.openEnquiry)
        self.actions.read_only = self.read_only
        self.sections = {
            "awaiting": self._section("awaiting", AwaitingModel(self)),
            "today": self._section("today", FollowUpModel(self)),
            "overdue": self._section("overdue", FollowUpModel(self)),
        }
        at = self._layout.count() - 1  # before the closing stretch
        for section in self.sections.values():
            row = QHBoxLayout()
            row.addWidget(section.caption, 1)
            row.addWidget(section.more)
            self._layout.insertLayout(at, row)
            self._layout.insertWidget(at + 1, section.view, 1)
            self._layout.insertWidget(at + 2, section.nothing)
            at += 3
        # Tab goes from list to list.
        views = [section.view for section in self.sections.values()]
        for first, second in itertools.pairwise(views):
            QWidget.setTabOrder(first, second)

    def _section(self, name: str, model: SectionModel) -> Section:
        view = QTableView(self)
        view.setObjectName(f"{name}List")
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)  # Tab goes on to the next list
        view.setWordWrap(False)
        view.setShowGrid(False)
        view.setAlternatingRowColors(True)
        view.setToolTip(self.actions.tip())
        rows = view.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setResizeContentsPrecision(40)  # columns fit the first rows, not all 200
        for number, (key, _) in enumerate(model.COLUMNS):
            fits = key in ("waiting", "due", "channel", "assigned")
            header.setSectionResizeMode(
                number,
                QHeaderView.ResizeMode.ResizeToContents if fits else QHeaderView.ResizeMode.Stretch,
            )
        view.installEventFilter(self)
        view.selectionModel().currentRowChanged.connect(lambda *_: self.actions.update())
        self.actions.attach(view)
        caption = QLabel(self)
        caption.setObjectName(f"{name}Caption")
        bold = caption.font()
        bold.setBold(True)
        caption.setFont(bold)
        caption.setBuddy(view)
        nothing = QLabel(self)
        nothing.setObjectName(f"{name}Nothing")
        nothing.setTextFormat(Qt.TextFormat.PlainText)
        palette = nothing.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
        )
        nothing.setPalette(palette)
        nothing.setText(
            {
                "awaiting": self.tr("Nobody is waiting for an answer."),
                "today": self.tr("No more follow-ups due today."),
                "overdue": self.tr("No follow-up is overdue."),
            }[name]
        )
        nothing.hide()
        more = QPushButton(self)
        more.setObjectName(f"{name}MoreButton")
        more.setFlat(True)
        more.setAccessibleName(self.tr("See the rest on the Enquiries page"))
        more.setToolTip(
            self.tr("This list shows the first items; the Enquiries page shows them all")
        )
        more.clicked.connect(lambda: self.showEnquiries.emit(name))
        more.hide()
        return Section(name, caption, view, model, nothing, more)

    def _caption_texts(self) -> None:
        data = self.data
        counted = self._counted
        awaiting = self.tr("&Awaiting a response")
        due = self.tr("Follow-ups due later to&day")
        overdue = self.tr("&Overdue follow-ups")
        if data is not None:
            late = (
                self.tr("%Ln past the target", "", data.awaiting_late) if data.awaiting_late else ""
            )
            awaiting = self.tr("{list} ({count})").format(
                list=awaiting,
                count=" · ".join(p for p in (counted(data.awaiting), late) if p),
            )
            due = self.tr("{list} ({count})").format(list=due, count=counted(data.due_today))
            overdue = self.tr("{list} ({count})").format(list=overdue, count=counted(data.overdue))
        for name, text in zip(SECTIONS, (awaiting, due, overdue), strict=True):
            caption = self.sections[name].caption
            caption.setText(text)
            self.sections[name].view.setAccessibleName(text.replace("&", ""))

    # -- loading ------------------------------------------------------------------------

    def mine(self) -> int | None:
        """The staff member whose own items are shown, or None for everyone's."""
        if self.mine_check.isVisible() and self.mine_check.isChecked():
            return self.ctx.actor.staff_id
        return None

    def offer_mine(self, several: bool) -> None:
        """ "Mine only" for a shop of several, once someone is at the counter."""
        shown = several and self.ctx.actor.staff_id is not None
        was = self.mine() is not None
        self.mine_check.setVisible(shown)
        if was or (shown and self.mine_check.isChecked()):
            self.reload()

    def on_changes(self, changes: Changes, initiator: object) -> None:
        """Any change may move what waits: read again, shown or not (the tab and the title
        bar count what waits)."""
        self.reload()

    def reload(self) -> None:
        """Read the lists again (in the background), then the number of enquiries."""
        if self.total is None and not self.summary.text():
            self.summary.setText("…")  # the first figures take a moment on a big file
        ctx, mine = self.ctx, self.mine()
        self.tasks.run(lambda: _lists(ctx, mine), self._show, key="today")
        self.tasks.run(lambda: _total(ctx), self._show_total, key="today-total")

    def _show(self, data: today.TodayLists) -> None:
        if not self.sections:
            self._build()
        assert self.actions is not None
        self.data = data
        self.actions.staff = dict(data.staff)
        parts = {"awaiting": data.awaiting, "today": data.due_today, "overdue": data.overdue}
        focused = next((s.view for s in self.sections.values() if s.view.hasFocus()), None)
        formats = self.ctx.formats
        for name, section in self.sections.items():
            part = parts[name]
            view, model = section.view, section.model
            current = model.item(view.currentIndex().row())
            key = model.key(current) if current is not None else None
            row = view.currentIndex().row()
            model.set_items(part.items, data.now, data.hours, formats)
            if key is not None:
                found = model.row_of(key)
                row = found if found is not None else min(row, model.rowCount() - 1)
                if row >= 0:
                    view.setCurrentIndex(model.index(row, 0))
            view.setVisible(bool(part.items))
            self._fit(view)
            section.nothing.setVisible(not part.items)
            section.more.setVisible(part.more > 0)
            # The number as counted ("1.000+" when capped); the words agree with it.
            more = formats.count(part.more) + ("+" if part.capped else "")
            section.more.setText(
                self.tr("and {n} more — see Enquiries", "", part.more).format(n=more)
            )
        self._caption_texts()
        nothing = data.count == 0
        self.empty.setVisible(nothing)
        for section in self.sections.values():
            section.caption.setVisible(not nothing)
            if nothing:
                section.view.hide()
                section.nothing.hide()
        self._show_summary()
        if focused is not None and not focused.isVisible():  # its last item went: the next
            self._focus_a_list()
        self.actions.update()
        self._focus_first_time()
        self.counted.emit(data)

    @staticmethod
    def _fit(view: QTableView) -> None:
        """As tall as its rows and no taller (three rows at least before it scrolls)."""
        rows = view.model().rowCount()
        row = view.verticalHeader().defaultSectionSize()
        frame = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
        view.setMinimumHeight(frame + row * min(rows, 3))
        view.setMaximumHeight(frame + row * max(rows, 1))

    def _show_total(self, total: int) -> None:
        self.total = total
        self.demo_button.setVisible(total == 0)
        self._show_summary()

    def _show_summary(self) -> None:
        data, total = self.data, self.total
        if data is None or total is None:
            return
        if total == 0:
            self.summary.setText(
                self.tr("No enquiries yet. Log your first one, or load demo data to look around.")
            )
            return
        # Each figure its own words, agreeing with its number (shown "1.000+" when capped).
        awaiting, due, overdue = data.awaiting, data.due_today, data.overdue
        parts = (
            self.tr("%Ln enquiries", "", total),
            self.tr("{count} awaiting a response", "", awaiting.total).format(
                count=self._counted(awaiting)
            ),
            self.tr("{count} due later today", "", due.total).format(count=self._counted(due)),
            self.tr("{count} overdue", "", overdue.total).format(count=self._counted(overdue)),
        )
        self.summary.setText(" · ".join(parts))

    def _counted(self, section: today.Section[Any]) -> str:
        """How many, with "+" when there are more than were counted."""
        return self.ctx.formats.count(section.total) + ("+" if section.capped else "")

    def _focus_first_time(self) -> None:
        """Once, when the page is on screen and nothing else took the keyboard: the first
        list with items, so arrow keys and the one-key actions work at once."""
        if self._focused_once or not self.isVisible():
            return
        self._focused_once = True
        if self.window().focusWidget() in (None, self.log_button):
            self._focus_a_list()

    def _focus_a_list(self) -> None:
        """The keyboard to the first list with items (its first item current)."""
        for section in self.sections.values():
            if section.view.isVisibleTo(self):
                section.view.setFocus(Qt.FocusReason.OtherFocusReason)
                if not section.view.currentIndex().isValid():
                    section.view.setCurrentIndex(section.model.index(0, 0))
                return

    # -- the minute -----------------------------------------------------------------------

    def tick(self) -> None:
        """A minute passed: move the clocks on; read again if an item crossed a line."""
        data = self.data
        if data is None:
            return
        now = self.ctx.now()
        for section in self.sections.values():
            section.model.set_now(now)
        crossed = now >= data.tomorrow or any(
            data.now < item.due_at <= now for item in data.awaiting.items
        )
        crossed = crossed or any(item.remind_at <= now for item in data.due_today.items)
        if crossed:
            self.reload()

    # -- the current item -----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QTableView):
            self._view = watched
            if self.actions is not None:
                self.actions.update()
        return super().eventFilter(watched, event)

    def current(self) -> Target:
        """The selected item of the list last focused (what the keys act on)."""
        view = self._view
        if view is None or not view.isVisible():
            return None
        index = view.currentIndex()
        return index.data(self._item_role) if index.isValid() else None

    def select(self, section: str, key: int) -> bool:
        """Make this item current in its list and give the list the keyboard."""
        found = self.sections[section]
        row = found.model.row_of(key)
        if row is None:
            return False
        found.view.setCurrentIndex(found.model.index(row, 0))
        found.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._view = found.view
        return True

    def set_read_only(self, reason: str) -> None:
        self.read_only = reason
        if self.actions is not None:
            self.actions.read_only = reason
            self.actions.update()


# The worker reads the lists (and loads what reads them, so the window opens without it).


def _lists(ctx: Context, mine: int | None) -> today.TodayLists:
    from enquirydesk.services import today

    return today.lists(ctx, today.LIMIT, mine=mine)


def _total(ctx: Context) -> int:
    from enquirydesk.services import today

    return today.enquiry_total(ctx)
