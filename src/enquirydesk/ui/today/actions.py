"""What staff do with an item of the Today page, each one key away.

The keys work while a Today list has the focus (and show in its context menu and
tooltips): Enter opens the enquiry; K logs the response or a contact, B marks it
purchased, L lost, F records feedback (the detail pane's Ctrl+K, Ctrl+B, Ctrl+L and
Ctrl+Shift+F work too); D marks a follow-up done with a note, S snoozes it (an hour,
tomorrow, next week), A assigns it to someone, R resolves a complaint.

The forms are the detail pane's own (`ui.actions`); the enquiry's card they need is
read on the worker thread first. Quick changes (snooze, assign) run there too. Every
change is announced with `changed`, so the window keeps it for undo.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

from enquirydesk.services.context import Changes, Context
from enquirydesk.services.today import Item, Waiting
from enquirydesk.ui.common.dialogs import DialogSlot
from enquirydesk.ui.common.tasks import Tasks

if TYPE_CHECKING:  # the forms load when first used: the window opens without them
    from enquirydesk.services.timeline import EnquiryCard
    from enquirydesk.ui.enquiries.actions import ActionDialog

Target = Waiting | Item | None

SNOOZES = ("hour", "tomorrow", "week")


class TodayActions(QObject):
    """The actions on the current item of the Today lists."""

    changed = Signal(object)  # Changes
    openRequested = Signal(int)  # an enquiry id

    def __init__(
        self, ctx: Context, tasks: Tasks, page: QWidget, current: Callable[[], Target]
    ) -> None:
        super().__init__(page)
        self.ctx, self.tasks, self.page, self.current = ctx, tasks, page, current
        self.read_only = ""
        self.dialogs = DialogSlot(self)  # the action's dialog, while one is open
        self.staff: dict[int, str] = {}  # who items can be assigned to (with the lists)
        self.actions: dict[str, QAction] = {}
        self._tips: dict[str, str] = {}
        specs: list[tuple[str, str, str, list[str], Callable[[], None]]] = [
            ("open", self.tr("&Open in Enquiries"),
             self.tr("The enquiry with its customer, timeline and every action"),
             [], self.open),
            ("contact", self.tr("&Log response or contact…"),
             self.tr("A call, message, e-mail, visit or quote; the first one to the customer "
                     "is the response"), ["K", "Ctrl+K"], self.log_contact),
            ("purchased", self.tr("Mark &purchased…"), self.tr("They bought"),
             ["B", "Ctrl+B"], self.mark_purchased),
            ("lost", self.tr("Mark los&t…"), self.tr("They did not buy"),
             ["L", "Ctrl+L"], self.mark_lost),
            ("feedback", self.tr("Record &feedback…"),
             self.tr("What the buyer said about the purchase"),
             ["F", "Ctrl+Shift+F"], self.record_feedback),
            ("done", self.tr("&Done…"), self.tr("The follow-up is done: note what came of it"),
             ["D"], self.done),
            ("snooze", self.tr("&Snooze"),
             self.tr("Out of sight for an hour, until tomorrow or next week"),
             ["S"], self.snooze_menu),
            ("assign", self.tr("&Assign to"), self.tr("Who does it"), ["A"], self.assign_menu),
            ("resolve", self.tr("&Resolve complaint…"),
             self.tr("Say how the complaint was put right"), ["R"], self.resolve),
        ]  # fmt: skip
        for name, text, tip, keys, slot in specs:
            action = QAction(text, self)
            action.setObjectName(f"today{name[0].upper()}{name[1:]}Action")
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            shown = keys[0] if keys else self.tr("Enter")
            self._tips[name] = self.tr("{action} ({keys}): {tip}").format(
                action=text.replace("&", "").rstrip("…"), keys=shown, tip=tip
            )
            if not keys:  # Enter is the list's own "activated"
                action.setText(f"{text}\t{shown}")
            self.actions[name] = action
        self.snoozes: dict[str, QAction] = {}
        for choice, text in zip(
            SNOOZES,
            (
                self.tr("For an &hour"),
                self.tr("Until &tomorrow morning"),
                self.tr("Until next &week"),
            ),
            strict=True,
        ):
            action = QAction(text, self)
            action.setObjectName(f"snooze_{choice}")
            action.triggered.connect(lambda _=False, c=choice: self.snooze(c))
            self.snoozes[choice] = action
        self.popup: QMenu | None = None  # the snooze or assign menu, while open

    def attach(self, view: QAbstractItemView) -> None:
        """The keys work while `view` has the focus; its context menu shows them."""
        view.addActions(list(self.actions.values()))
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(lambda pos: self.context_menu(view, pos))
        view.activated.connect(lambda _index: self.open())

    # -- what applies -------------------------------------------------------------------

    def why_not(self, item: Target) -> dict[str, str | None]:
        """Each action → None when it applies to `item`, else why not (its tooltip)."""
        reasons: dict[str, str | None] = dict.fromkeys(self.actions)
        if item is None:
            return dict.fromkeys(self.actions, self.tr("Select an item first."))
        outcome = "open" if isinstance(item, Waiting) else item.outcome
        if item.enquiry_id is None:
            for name in ("open", "contact", "purchased", "lost", "feedback", "resolve"):
                reasons[name] = self.tr("This follow-up belongs to no enquiry.")
        if outcome != "open":
            reasons["purchased"] = reasons["lost"] = self.tr("The enquiry is decided already.")
        if outcome != "purchased":
            reasons["feedback"] = self.tr("Feedback is about a purchase.")
        if isinstance(item, Waiting):
            answer = self.tr("Answer it (K): that takes it off this list.")
            reasons["done"] = reasons["snooze"] = answer
            if item.respond_id is None:
                reasons["assign"] = self.tr("Nobody was asked to answer it.")
            reasons["resolve"] = self.tr("Only a complaint is resolved.")
        else:
            if item.kind == "complaint":
                reasons["done"] = self.tr(
                    "A complaint is done when it is resolved: Resolve complaint (R)."
                )
            if item.feedback_id is None:
                reasons["resolve"] = self.tr("Only a complaint is resolved.")
        if self.read_only:
            reasons = {name: reasons[name] if name == "open" else self.read_only
                       for name in reasons}  # fmt: skip
        return reasons

    def update(self) -> None:
        for name, reason in self.why_not(self.current()).items():
            action = self.actions[name]
            action.setEnabled(reason is None)
            action.setToolTip(reason if reason is not None else self._tips[name])
            action.setStatusTip(action.toolTip())

    def tip(self) -> str:
        """The keys, for the lists' tooltips."""
        return self.tr(
            "Enter opens · K contact · B purchased · L lost · F feedback · D done · S snooze · "
            "A assign · R resolve complaint"
        )

    def context_menu(self, view: QAbstractItemView, pos: QPoint) -> None:
        index = view.indexAt(pos)
        if index.isValid():
            view.setCurrentIndex(index)
        self.update()
        menu = QMenu(view)
        menu.setObjectName("todayContextMenu")
        menu.setToolTipsVisible(True)
        for name, action in self.actions.items():
            if name in ("done", "feedback"):
                menu.addSeparator()
            if name == "snooze":
                sub = menu.addMenu(self.tr("&Snooze"))
                sub.setEnabled(action.isEnabled())
                sub.addActions(list(self.snoozes.values()))
            elif name == "assign":
                sub = menu.addMenu(self.tr("&Assign to"))
                sub.setEnabled(action.isEnabled())
                self._fill_assign(sub)
            else:
                menu.addAction(action)
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(view.viewport().mapToGlobal(pos))
        self.popup = menu

    # -- acting -------------------------------------------------------------------------

    def _allowed(self, name: str) -> Any:
        """The current item if `name` applies to it, else None (a key pressed anyway)."""
        self.update()
        return self.current() if self.actions[name].isEnabled() else None

    def open(self) -> None:
        item = self._allowed("open")
        if item is not None and item.enquiry_id is not None:
            self.openRequested.emit(item.enquiry_id)

    def log_contact(self) -> None:
        self._form("contact", "LogContactDialog")

    def mark_purchased(self) -> None:
        self._form("purchased", "PurchaseDialog")

    def mark_lost(self) -> None:
        self._form("lost", "LostDialog")

    def record_feedback(self) -> None:
        self._form("feedback", "FeedbackDialog")

    def done(self) -> None:
        from enquirydesk.ui.today.notes import DoneDialog

        item = self._allowed("done")
        if isinstance(item, Item):
            self._form_with(item, lambda card: DoneDialog(self.ctx, card, item, self.page))

    def resolve(self) -> None:
        from enquirydesk.ui.today.notes import ResolveDialog

        item = self._allowed("resolve")
        if isinstance(item, Item) and item.feedback_id is not None:
            self._form_with(item, lambda card: ResolveDialog(self.ctx, card, item, self.page))

    def _form(self, name: str, form: str) -> None:
        """One of the detail pane's forms (`ui.actions`), by its class name."""
        from enquirydesk.ui.enquiries import actions

        kind: type[ActionDialog] = getattr(actions, form)
        item = self._allowed(name)
        if item is not None:
            self._form_with(item, lambda card: kind(self.ctx, card, self.page))

    def _form_with(self, item: Waiting | Item, make: Callable[[EnquiryCard], ActionDialog]) -> None:
        """Read the enquiry's card on the worker, then open the form made from it."""
        from enquirydesk.services import timeline

        if self.dialog is not None or item.enquiry_id is None:
            return
        ctx, enquiry_id = self.ctx, item.enquiry_id
        self.tasks.run(
            lambda: timeline.enquiry_card(ctx, enquiry_id), lambda card: self._open(make(card))
        )

    @property
    def dialog(self) -> ActionDialog | None:
        return self.dialogs.current  # type: ignore[return-value]

    def _open(self, dialog: ActionDialog) -> None:
        # A second key press while the card was read: the slot refuses it.
        self.dialogs.open(dialog, self._accepted)

    def _accepted(self, dialog: ActionDialog) -> None:
        if dialog.changes is not None:
            self.changed.emit(dialog.changes)

    def _change(self, work: Callable[[], Changes]) -> None:
        """A quick change on the worker thread; a refusal goes to the status bar."""
        self.tasks.run(work, self.changed.emit)

    def snooze_menu(self) -> None:
        if self._allowed("snooze") is not None:
            menu = QMenu(self.page)
            menu.setObjectName("snoozeMenu")
            menu.addActions(list(self.snoozes.values()))
            self._popup(menu)

    def snooze(self, choice: str) -> None:
        item = self._allowed("snooze")
        if isinstance(item, Item):
            ctx, followup_id = self.ctx, item.followup_id
            self._change(lambda: _followups().snooze(ctx, followup_id, choice))

    def assign_menu(self) -> None:
        if self._allowed("assign") is not None:
            menu = QMenu(self.page)
            menu.setObjectName("assignMenu")
            self._fill_assign(menu)
            self._popup(menu)

    def _fill_assign(self, menu: QMenu) -> None:
        item = self.current()
        current = item.assigned_to if item is not None else None
        choices: list[tuple[int | None, str]] = [(None, self.tr("&Nobody in particular"))]
        for number, (staff_id, name) in enumerate(self.staff.items(), start=1):
            choices.append((staff_id, f"&{number} {name}" if number < 10 else name))
        for staff_id, text in choices:
            action = menu.addAction(text)
            action.setObjectName(f"assign_{staff_id or 0}")
            action.setCheckable(True)
            action.setChecked(staff_id == current)
            action.triggered.connect(lambda _=False, s=staff_id: self.assign(s))

    def assign(self, staff_id: int | None) -> None:
        item = self._allowed("assign")
        followup_id = None
        if isinstance(item, Waiting):
            followup_id = item.respond_id
        elif isinstance(item, Item):
            followup_id = item.followup_id
        if followup_id is not None:
            ctx = self.ctx
            self._change(lambda: _followups().reassign(ctx, followup_id, staff_id))

    def _popup(self, menu: QMenu) -> None:
        """A menu of choices at the current item, picked with its underlined keys."""
        view = self.page.focusWidget()
        where = self.page.mapToGlobal(self.page.rect().center())
        if isinstance(view, QAbstractItemView) and view.currentIndex().isValid():
            rect = view.visualRect(view.currentIndex())
            where = view.viewport().mapToGlobal(rect.bottomLeft())
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(where)
        self.popup = menu


def _followups() -> Any:
    """`services.followups`, loaded with the first snooze or assignment (not at start)."""
    from enquirydesk.services import followups

    return followups
