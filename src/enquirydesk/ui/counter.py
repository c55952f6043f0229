"""Who is at the counter: shown in the status bar and switched in two keys (Ctrl+Shift+U,
or a click). New enquiries are taken by them, and every change in the change log and on
the timeline names them. Switching to someone with a PIN asks for it (the owner's, once
set, for the owner). A shop of one person sees only its own name; a shop with no staff
yet sees nothing."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolButton

from enquirydesk.services import setup, staff
from enquirydesk.services.context import Actor, Context, user_name
from enquirydesk.ui.common import window_state as state
from enquirydesk.ui.common.pin import staff_allows
from enquirydesk.ui.common.tasks import Tasks
from enquirydesk.ui.common.window_state import WindowState


class Counter(QObject):
    """The staff picker, and the one acting (`ctx.actor`)."""

    switched = Signal()  # someone else is at the counter now

    def __init__(self, window: QMainWindow, ctx: Context, tasks: Tasks) -> None:
        super().__init__(window)
        self.window, self.ctx, self.tasks = window, ctx, tasks
        self.people: list[tuple[int, str, bool]] = []
        self.button = QToolButton(window)
        self.button.setObjectName("staffPicker")
        self.button.setAccessibleName(self.tr("Who is at the counter"))
        self.button.setToolTip(self.tr("Who is at the counter (Ctrl+Shift+U)"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setAutoRaise(True)
        self.menu = QMenu(self.button)
        self.button.setMenu(self.menu)
        self.button.hide()
        self.switch_action = QAction(self.tr("S&witch staff…"), window)
        self.switch_action.setObjectName("switchStaffAction")
        self.switch_action.setShortcut(QKeySequence("Ctrl+Shift+U"))
        self.switch_action.triggered.connect(self.open_menu)
        window.addAction(self.switch_action)
        self.kept = WindowState(ctx.store.path)

    @property
    def staff_id(self) -> int | None:
        return self.ctx.actor.staff_id

    def load(self) -> None:
        """Read who can be at the counter (at start, and after Settings changed staff)."""
        self.tasks.run(staff.at_the_counter, self._loaded, key="counter")

    def seat_owner(self) -> None:
        """The owner just named on the first-run page is the one at the counter (a shop of
        several staff would otherwise start with nobody, and log under the computer's login)."""

        def read() -> tuple[list[tuple[int, str, bool]], int | None]:
            owner = next((m for m in setup.current_staff() if m.role == "owner" and m.active), None)
            return staff.at_the_counter(), owner.id if owner is not None else None

        def seated(found: tuple[list[tuple[int, str, bool]], int | None]) -> None:
            people, owner = found
            self._loaded(people)
            name = next((n for person, n, _ in people if person == owner), None)
            if owner is not None and name is not None and self.staff_id is None:
                self.switch_to(owner, name)

        self.tasks.run(read, seated, key="counter")

    def _loaded(self, people: list[tuple[int, str, bool]]) -> None:
        self.people = people
        if not people:
            self.button.hide()
            self._act(None, "")
            return
        current = self.staff_id
        if current not in {person for person, _, _ in people}:
            current = self._first_choice()
        chosen = next((p for p in people if p[0] == current), None)
        if chosen is None:
            self._act(None, "")
        else:
            self._act(chosen[0], chosen[1])
        self._fill_menu()

    def _first_choice(self) -> int | None:
        """The one last at the counter in this file, if they need no PIN; the one person
        of a one-person shop; else nobody until someone picks themselves."""
        if len(self.people) == 1:
            return self.people[0][0]
        kept = self.kept.value(state.COUNTER_STAFF)
        for person, _, has_pin in self.people:
            if str(person) == str(kept) and not has_pin:
                return person
        return None

    def _fill_menu(self) -> None:
        self.menu.clear()
        for person, name, has_pin in self.people:
            action = self.menu.addAction(name + (" 🔒" if has_pin else ""))
            action.setCheckable(True)
            action.setChecked(person == self.staff_id)
            action.triggered.connect(lambda _=False, p=person, n=name: self.switch_to(p, n))
        one = len(self.people) == 1
        self.button.setPopupMode(
            QToolButton.ToolButtonPopupMode.DelayedPopup
            if one
            else QToolButton.ToolButtonPopupMode.InstantPopup
        )
        self.button.setMenu(None if one else self.menu)
        self.button.show()

    def open_menu(self) -> None:
        if len(self.people) > 1:
            self.button.showMenu()

    def switch_to(self, staff_id: int, name: str) -> bool:
        """Someone else at the counter (their PIN first, if they have one)."""
        if staff_id == self.staff_id:
            return True
        if not staff_allows(self.ctx, self.window, staff_id, name):
            self._fill_menu()  # the tick stays where it was
            return False
        self._act(staff_id, name)
        self._fill_menu()
        self.kept.set(state.COUNTER_STAFF, staff_id)
        self.window.statusBar().showMessage(
            self.tr("{name} is at the counter.").format(name=name), 5_000
        )
        return True

    def _act(self, staff_id: int | None, name: str) -> None:
        if staff_id is None:
            self.ctx.actor = Actor(user_name() or "EnquiryDesk")
            self.button.setText(self.tr("Who is at the counter?"))
        else:
            self.ctx.actor = Actor(name, staff_id)
            self.button.setText(name)
        self.switched.emit()
