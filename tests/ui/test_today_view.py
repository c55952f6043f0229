"""The Today page: what waits, one key from its action, with reminders once each.

The window runs on the test's clock (Monday 2 March 2026, 10:00; open Monday to
Saturday 09:00–18:00, answers due within 60 business minutes); the minute tick is
triggered by hand, never waited for.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QPushButton, QTableView

from enquirydesk.domain import settings as declared
from enquirydesk.services import enquiries, staff, today
from enquirydesk.services import settings as settings_service
from enquirydesk.services.context import Context
from enquirydesk.services.enquiries import NewEnquiry
from enquirydesk.store import models, queries
from enquirydesk.ui.main_window import MainWindow
from enquirydesk.ui.today import model as today_model
from enquirydesk.ui.today.model import AwaitingModel, FollowUpModel
from support import saved as wait_saved
from support import undone

MON = datetime(2026, 3, 2, 10, 0, 0)


def settle(window: MainWindow) -> None:
    """Let the worker finish and its answers reach the window (they may ask again)."""
    for _ in range(4):
        assert window.tasks.wait()
        QApplication.processEvents()


@pytest.fixture
def log(ctx: Context) -> Callable[..., int]:
    def log_one(**fields) -> int:
        fields.setdefault("channel", "phone")
        return enquiries.log_enquiry(ctx, NewEnquiry(**fields)).created_id("enquiry")

    return log_one


@pytest.fixture
def open_window(qtbot, ctx: Context) -> Callable[[], MainWindow]:
    def make() -> MainWindow:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1100, 760)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()  # offscreen has no window manager to hand it over
        qtbot.waitUntil(window.isActiveWindow)
        settle(window)
        return window

    return make


def view(window: MainWindow, name: str) -> QTableView:
    found = window.today.findChild(QTableView, f"{name}List")
    assert found is not None, name
    return found


def texts(window: MainWindow, name: str, column: int = 1) -> list[str]:
    model = view(window, name).model()
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def minute(window: MainWindow, clock, when: datetime) -> None:
    """The clock moves to `when` and the minute tick comes."""
    clock.set(when)
    window.reminders.minute()
    settle(window)


def press(qtbot, window: MainWindow, name: str, key: Qt.Key, row: int = 0) -> None:
    """Select a row of a Today list with the keyboard's focus on it, then press `key`."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    table = view(window, name)
    table.setFocus(Qt.FocusReason.TabFocusReason)
    table.setCurrentIndex(table.model().index(row, 0))
    qtbot.keyClick(table, key)


def menu_shown(qtbot, name: str) -> QMenu:
    qtbot.waitUntil(lambda: any(m.isVisible() for m in QApplication.topLevelWidgets()
                                if isinstance(m, QMenu) and m.objectName() == name))  # fmt: skip
    return next(m for m in QApplication.topLevelWidgets()
                if isinstance(m, QMenu) and m.objectName() == name and m.isVisible())  # fmt: skip


def test_today_is_the_first_page_and_says_when_all_is_done(open_window) -> None:
    window = open_window()
    page = window.tabs.widget(0)
    assert page is window.today and page.objectName() == "todayView"
    assert window.tabs.currentWidget() is page
    for kind, name in ((QPushButton, "newEnquiryButton"), (QPushButton, "demoButton"),
                       (QLabel, "summaryLabel"), (QLabel, "shopHeading")):  # fmt: skip
        assert page.findChild(kind, name) is not None, name
    assert window.tabs.tabText(0) == "&Today"
    assert window.windowTitle() == "Test shop — EnquiryDesk"
    empty = page.findChild(QLabel, "todayEmptyState")
    assert empty.isVisible() and empty.text().startswith("All done.")
    assert not view(window, "awaiting").isVisible()
    assert page.findChild(QLabel, "summaryLabel").text().startswith("No enquiries yet")
    assert page.findChild(QPushButton, "demoButton").isVisible()


def test_an_unanswered_enquiry_waits_and_turns_overdue_at_the_right_minute(
    qtbot, open_window, log, clock
) -> None:
    clock.set(datetime(2026, 3, 2, 17, 30))  # 30 minutes before closing
    enquiry = log(name="Ana Novak", interest="Fridge")
    window = open_window()
    assert texts(window, "awaiting") == ["Ana Novak"]
    assert texts(window, "awaiting", 0) == ["0 min"]
    assert window.tabs.tabText(0) == "&Today (1)"
    assert window.windowTitle() == "Test shop (1) — EnquiryDesk"
    assert not window.today.findChild(QLabel, "todayEmptyState").isVisible()
    model = view(window, "awaiting").model()
    announced = []
    window.reminders.announced.connect(announced.append)

    minute(window, clock, datetime(2026, 3, 2, 17, 59))
    assert texts(window, "awaiting", 0) == ["29 min"]  # the clock moved without a read
    minute(window, clock, datetime(2026, 3, 3, 9, 29))  # Tuesday: 59 business minutes
    assert texts(window, "awaiting", 0) == ["59 min"]
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert announced == []

    minute(window, clock, datetime(2026, 3, 3, 9, 30))
    assert texts(window, "awaiting", 0) == ["1 h"]  # Formats.duration: "1 h", "2 d 3 h"
    brush = model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color() == today_model.OVERDUE
    assert "1 past the target" in window.today.findChild(QLabel, "awaitingCaption").text()
    assert len(announced) == 1  # no tray here: the bar at the top of Today says it
    bar = window.today.notice
    assert bar.isVisible()
    assert bar.text.text() == "Still waiting for an answer: Ana Novak · Fridge"

    bar.hide()
    minute(window, clock, datetime(2026, 3, 3, 9, 31))
    assert len(announced) == 1 and not bar.isVisible()  # once only
    bar.show_button.click()  # the bar leads to the enquiry
    assert window.tabs.currentWidget() is window.enquiries
    assert window.enquiries.detail.enquiry_id == enquiry


def test_what_came_due_while_closed_is_one_notice(open_window, log, clock) -> None:
    for name in ("Ana", "Budi", "Citra"):
        log(name=name, answered_now=True)
    clock.set(datetime(2026, 3, 5, 9, 0))  # the three decision checks came due yesterday
    window = open_window()
    assert window.today.notice.text.text() == (
        "Since EnquiryDesk last ran: 3 follow-ups came due. They are on the Today page."
    )
    assert texts(window, "overdue") == ["Check their decision"] * 3


def test_keys_log_a_response_from_today_and_undo_brings_it_back(
    qtbot, open_window, log, clock
) -> None:
    enquiry = log(name="Ana Novak")
    window = open_window()
    assert window.enquiries.detail is not None  # its Ctrl+K sleeps while the pane is hidden
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    table = view(window, "awaiting")
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    actions = window.today.actions
    qtbot.waitUntil(lambda: actions.dialog is not None and actions.dialog.isVisible())
    dialog = actions.dialog
    assert dialog.objectName() == "logContactDialog"
    qtbot.keyClicks(dialog.text_box, "Quoted 499")
    qtbot.keyClick(dialog.text_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: actions.dialog is None)
    settle(window)
    assert queries.enquiry(enquiry)["first_response_at"] == MON
    assert texts(window, "awaiting") == [] and window.tabs.tabText(0) == "&Today"

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.tabs, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    undone(qtbot, window)
    settle(window)
    assert texts(window, "awaiting") == ["Ana Novak"]


def test_snooze_and_done_from_the_keyboard(qtbot, open_window, log, clock) -> None:
    enquiry = log(name="Ana", answered_now=True)  # decision check Wednesday 10:00
    clock.set(datetime(2026, 3, 4, 11, 0))
    window = open_window()
    assert texts(window, "overdue") == ["Check their decision"]

    press(qtbot, window, "overdue", Qt.Key.Key_S)
    qtbot.keyClick(menu_shown(qtbot, "snoozeMenu"), Qt.Key.Key_H)  # for an hour
    settle(window)
    assert texts(window, "overdue") == [] and texts(window, "today") == ["Check their decision"]
    assert texts(window, "today", 0) == ["12:00"]
    tip = view(window, "today").model().index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "snoozed until" in tip

    press(qtbot, window, "today", Qt.Key.Key_D)
    actions = window.today.actions
    qtbot.waitUntil(lambda: actions.dialog is not None and actions.dialog.isVisible())
    dialog = actions.dialog
    assert dialog.objectName() == "doneDialog"
    qtbot.keyClicks(dialog.result_edit, "Comes on Saturday")
    qtbot.keyClick(dialog.result_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: actions.dialog is None)
    settle(window)
    assert window.today.findChild(QLabel, "todayEmptyState").isVisible()
    (done,) = [f for f in models.FollowUp.select().dicts() if f["kind"] == "decision"]
    assert done["result"] == "Comes on Saturday" and done["done_at"] == clock.now
    assert queries.enquiry(enquiry)["next_followup_at"] is None


def test_reassign_from_the_keyboard(qtbot, open_window, ctx: Context, log, clock) -> None:
    staff.add_staff(ctx, "Maja")
    log(name="Ana", answered_now=True)
    clock.set(datetime(2026, 3, 4, 8, 0))
    window = open_window()
    assert texts(window, "today", 4) == [""]
    press(qtbot, window, "today", Qt.Key.Key_A)
    qtbot.keyClick(menu_shown(qtbot, "assignMenu"), Qt.Key.Key_1)
    settle(window)
    assert texts(window, "today", 4) == ["Maja"]


def test_after_sales_comes_three_days_after_a_purchase_and_a_bad_rating_a_complaint(
    qtbot, open_window, ctx: Context, log, clock
) -> None:
    enquiry = log(name="Ana", interest="Washer", answered_now=True)
    enquiries.mark_purchased(ctx, enquiry, value="499")
    window = open_window()
    assert window.today.data.count == 0
    minute(window, clock, datetime(2026, 3, 4, 23, 59))
    assert texts(window, "today") == []
    minute(window, clock, datetime(2026, 3, 5, 0, 0))  # Thursday: read again at midnight
    assert texts(window, "today") == ["After-sales check-in"]

    press(qtbot, window, "today", Qt.Key.Key_F)  # they say it rattles
    actions = window.today.actions
    qtbot.waitUntil(lambda: actions.dialog is not None and actions.dialog.isVisible())
    dialog = actions.dialog
    assert dialog.objectName() == "feedbackDialog"
    dialog.rating_combo.setCurrentIndex(dialog.rating_combo.findData("2"))
    qtbot.keyClicks(dialog.comment_edit, "It rattles")
    qtbot.keyClick(dialog.comment_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: actions.dialog is None)
    settle(window)
    assert texts(window, "today") == []  # the check-in is done by the feedback
    minute(window, clock, datetime(2026, 3, 6, 8, 0))  # the complaint: Friday at opening
    assert texts(window, "today") == ["Complaint · It rattles"]
    row = view(window, "today").model().index(0, 1)
    assert row.data(Qt.ItemDataRole.FontRole).bold()  # priority

    press(qtbot, window, "today", Qt.Key.Key_D)  # a complaint is resolved, not just done
    settle(window)
    assert actions.dialog is None
    assert "Resolve complaint (R)" in actions.actions["done"].toolTip()
    press(qtbot, window, "today", Qt.Key.Key_R)
    qtbot.waitUntil(lambda: actions.dialog is not None and actions.dialog.isVisible())
    dialog = actions.dialog
    dialog.accept()  # nothing said: refused beside the field, nothing saved
    wait_saved(qtbot, dialog)
    assert dialog.error_text("resolution") == "Say how the complaint was resolved."
    qtbot.keyClicks(dialog.how_edit, "Replaced the drum bearing")
    qtbot.keyClick(dialog.how_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: actions.dialog is None)
    settle(window)
    (said,) = queries.feedback_of_enquiry(enquiry)
    assert said["resolution"] == "Replaced the drum bearing"
    assert said["complaint_resolved_at"] == clock.now
    assert texts(window, "today") == []


def test_enter_opens_the_enquiry_and_the_rest_of_a_long_list_is_on_enquiries(
    qtbot, open_window, log, clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(today, "LIMIT", 2)
    made = []
    for n in range(3):
        made.append(log(name=f"Customer {n}"))
        clock.advance(minutes=1)
    window = open_window()
    assert texts(window, "awaiting") == ["Customer 0", "Customer 1"]
    more = window.today.findChild(QPushButton, "awaitingMoreButton")
    assert more.isVisible() and more.text() == "and 1 more — see Enquiries"
    press(qtbot, window, "awaiting", Qt.Key.Key_Return, row=1)
    assert window.tabs.currentWidget() is window.enquiries
    assert window.enquiries.detail.enquiry_id == made[1]
    window.tabs.setCurrentWidget(window.today)
    more.click()
    assert window.tabs.currentWidget() is window.enquiries
    assert window.enquiries.status.currentData() == "awaiting"


def test_the_context_menu_and_tooltips_show_the_keys(qtbot, open_window, log) -> None:
    log(name="Ana")
    window = open_window()
    table = view(window, "awaiting")
    assert "K contact" in table.toolTip()
    window.today.actions.context_menu(table, table.visualRect(table.model().index(0, 0)).center())
    menu = menu_shown(qtbot, "todayContextMenu")
    shown = {a.objectName(): a for a in menu.actions() if a.objectName()}
    contact = shown["todayContactAction"]
    assert contact.isEnabled() and contact.shortcut().toString() == "K"
    assert contact.toolTip().startswith("Log response or contact (K)")
    assert not shown["todayDoneAction"].isEnabled()  # answering is what takes it off
    assert shown["todayOpenAction"].text().endswith("\tEnter")
    menu.close()


def test_read_only_leaves_only_looking(qtbot, open_window, log) -> None:
    log(name="Ana")
    window = open_window()
    window.set_read_only("This file is damaged.")
    qtbot.waitUntil(lambda: view(window, "awaiting").isVisible())
    press(qtbot, window, "awaiting", Qt.Key.Key_K)
    settle(window)
    assert window.today.actions.dialog is None
    assert window.today.actions.actions["contact"].toolTip() == "This file is damaged."
    assert window.today.actions.actions["open"].isEnabled()


def test_the_models_pass_the_model_tester(qtmodeltester, ctx: Context, log, clock) -> None:
    log(name="Ana", phone="041 123 456", interest="Fridge")
    log(name="Budi", answered_now=True)
    clock.set(datetime(2026, 3, 4, 12, 0))
    lists = today.lists(ctx)
    waiting = AwaitingModel()
    waiting.set_items(lists.awaiting.items, lists.now, lists.hours)
    qtmodeltester.check(waiting)
    waiting.set_now(datetime(2026, 3, 4, 12, 1))
    qtmodeltester.check(waiting)
    items = FollowUpModel()
    qtmodeltester.check(items)
    items.set_items(lists.overdue.items, lists.now, lists.hours)
    qtmodeltester.check(items)
    assert items.rowCount() == 1 and waiting.rowCount() == 1


def test_keeping_in_the_tray_and_starting_at_login(
    qtbot, open_window, ctx: Context, home: Path
) -> None:
    window = open_window()
    window.reminders.settings_action.trigger()
    dialog = window.reminders.settings_dialog
    assert dialog is not None and dialog.objectName() == "reminderSettingsDialog"
    assert not dialog.keep_check.isEnabled()  # offscreen: no tray to keep it in
    assert not dialog.login_check.isChecked()
    dialog.login_check.setChecked(True)
    dialog.keep_check.setChecked(False)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.reminders.settings_dialog is None)
    assert (home / "autostart" / "enquirydesk.desktop").is_file()
    assert ctx.settings[declared.KEEP_IN_TRAY] is False
    window.undo()  # the shop setting is undoable; the login entry is the system's
    undone(qtbot, window)
    assert ctx.settings[declared.KEEP_IN_TRAY] is True


class UserClose:
    """A close event as the window manager sends it (tests cannot make a real one)."""

    def spontaneous(self) -> bool:
        return True


class FakeTray:
    """Stands in for a system tray (offscreen has none)."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []
        self.shown = True

    def isVisible(self) -> bool:
        return self.shown

    def hide(self) -> None:
        self.shown = False

    def showMessage(self, title: str, text: str, *args) -> None:
        self.messages.append((title, text))


def test_with_a_tray_closing_keeps_it_running_and_reminders_go_there(
    qtbot, open_window, log, clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    tray = FakeTray()
    monkeypatch.setattr(window.reminders, "tray", tray)
    monkeypatch.setattr(QApplication, "quit", lambda: None)
    # The program closing it (Quit, a restore) closes it; the user closing it hides it.
    assert not window.reminders.window_closing(QCloseEvent())
    assert window.isVisible() and not tray.messages
    assert window.reminders.window_closing(UserClose())
    assert not window.isVisible() and window.tasks.alive  # still working
    assert tray.messages[0][0] == "EnquiryDesk is still running"
    log(name="Ana")
    minute(window, clock, datetime(2026, 3, 2, 11, 0))
    assert tray.messages[-1] == ("Still waiting for an answer", "Ana")
    assert not window.today.notice.isVisible()
    window.reminders.open(window.reminders._target)  # the message clicked
    assert window.isVisible() and window.tabs.currentWidget() is window.enquiries
    window.reminders.quit()
    assert not window.isVisible() and not tray.shown


def test_without_the_setting_closing_the_window_closes_it(
    open_window, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    monkeypatch.setattr(window.reminders, "tray", FakeTray())
    settings_service.update(ctx, {declared.KEEP_IN_TRAY.key: False})
    assert not window.reminders.window_closing(UserClose())
