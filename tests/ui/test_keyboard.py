"""The keyboard lands where the user means: Enter on a Today item opens that enquiry
whatever the Enquiries page's filter, Down from a search box goes to the first result,
every Alt+letter of a window is taken once, Ctrl+Tab turns the pages from anywhere, a key
with nothing to act on says why, a typed date and time is kept as typed, and redo comes
back from anywhere. Each story is driven with keys on the widget that has the focus, in
the real window on a demo shop's file."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCalendarWidget,
    QDateTimeEdit,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QTabBar,
    QTableView,
    QWidget,
)

from enquirydesk.domain import settings as declared
from enquirydesk.services import demo, listing
from enquirydesk.services.context import Actor, Context
from enquirydesk.store import models, queries
from enquirydesk.store.database import Store
from enquirydesk.ui.main_window import MainWindow
from support import close_window, open_shop_window, set_up_shop, undone
from support import saved as wait_saved

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
COUNTRY = {"en": "SI", "sl": "SI", "id": "ID"}


def demo_shop(db: Path, lang: str = "en", enquiries: int = 300) -> None:
    """A shop of the language's country, set up, with demo history ending now."""
    set_up_shop(db, **{declared.COUNTRY.key: COUNTRY[lang], declared.SHOP_NAME.key: "Shop"})
    store = Store.open(db)
    demo.generate(Context(store, Actor("test")), enquiries, seed=3, workers=0)
    store.close()


def open_window(qtbot, db: Path, lang: str | None = None) -> MainWindow:
    window = open_shop_window(qtbot, db, lang)
    window.resize(1280, 800)
    active(qtbot, window)
    settle(qtbot, window)
    return window


@pytest.fixture
def window(qtbot, tmp_path: Path):
    db = tmp_path / "shop.sqlite"
    demo_shop(db)
    made = open_window(qtbot, db)
    yield made
    close_window(made)


def active(qtbot, window: QWidget) -> None:
    """The window has the keyboard (offscreen has no window manager to hand it over)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def settle(qtbot, window: MainWindow) -> None:
    """The worker's reads done and their answers shown (they may ask again)."""
    for _ in range(4):
        window.tasks.wait()
        qtbot.wait(1)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key(qtbot, code: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where the keyboard is."""
    qtbot.keyClick(focused(), code, modifiers)


def message(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def all_ids_read(qtbot, window: MainWindow) -> None:
    model = window.enquiries.model
    qtbot.waitUntil(lambda: model.complete)
    settle(qtbot, window)


def today_list(window: MainWindow, name: str) -> QTableView:
    found = window.today.findChild(QTableView, f"{name}List")
    assert found is not None and found.isVisible(), name
    return found


# -- 1. Enter on a Today item opens that enquiry, whatever the Enquiries page's filter --


def search_for(qtbot, window: MainWindow, text: str) -> None:
    """Ctrl+F and the text typed, searched at once (Enter)."""
    key(qtbot, Qt.Key.Key_F, CTRL)
    assert focused() is window.enquiries.search
    qtbot.keyClicks(focused(), text)
    window.enquiries.apply()
    all_ids_read(qtbot, window)


def open_from_today(qtbot, window: MainWindow, enquiry: int | None = None) -> int:
    """Alt+A to the awaiting list, Down to `enquiry`'s item (or the first), Enter: the
    enquiry it opened."""
    window.tabs.setCurrentWidget(window.today)
    settle(qtbot, window)
    key(qtbot, Qt.Key.Key_A, ALT)
    awaiting = today_list(window, "awaiting")
    assert focused() is awaiting
    model = awaiting.model()
    while enquiry is not None and model.item(awaiting.currentIndex().row()).enquiry_id != enquiry:
        key(qtbot, Qt.Key.Key_Down)
    item = awaiting.model().item(awaiting.currentIndex().row())
    key(qtbot, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.enquiries
    return item.enquiry_id


def test_enter_on_a_today_item_clears_a_search_that_hides_it(qtbot, window) -> None:
    awaiting = {item.customer for item in window.today.data.awaiting.items}
    other = next(
        c.name for c in models.Customer.select().order_by(models.Customer.id)
        if c.name and c.name.isascii() and c.name not in awaiting and not any(c.name in a for a in awaiting)
    )  # fmt: skip
    window.tabs.setCurrentWidget(window.enquiries)
    search_for(qtbot, window, other)
    shown_before = window.enquiries.model.rowCount()
    assert shown_before >= 1

    wanted = open_from_today(qtbot, window)
    all_ids_read(qtbot, window)
    view = window.enquiries
    assert view.detail.enquiry_id == wanted
    assert view.selected_id() == wanted
    assert view.search.text() == ""
    assert message(window).startswith("The search was cleared to show the enquiry from ")
    assert focused() is view.table
    key(qtbot, Qt.Key.Key_F2)  # the keys act on it
    qtbot.waitUntil(lambda: view.detail.dialog is not None)
    assert view.detail.dialog.card.facts.id == wanted
    view.detail.dialog.reject()


def test_enter_on_a_today_item_widens_only_the_filter_that_hides_it(qtbot, window) -> None:
    # QTest types ASCII only; the demo's names depend on the day it is run.
    first = next(
        item for item in window.today.data.awaiting.items if item.customer.split()[0].isascii()
    )
    view = window.enquiries
    window.tabs.setCurrentWidget(view)
    name = first.customer.split()[0]
    view.status.setFocus()
    view.status.setCurrentIndex(view.status.findData("purchased"))
    search_for(qtbot, window, name)
    assert not listing.includes(window.ctx, view.chosen(), first.enquiry_id)

    wanted = open_from_today(qtbot, window, first.enquiry_id)
    assert wanted == first.enquiry_id
    all_ids_read(qtbot, window)
    assert view.selected_id() == wanted and view.detail.enquiry_id == wanted
    assert view.search.text() == name  # the search finds it: kept
    assert view.status.currentData() == ""
    assert message(window).startswith("The filters were cleared to show the enquiry from ")


def test_enter_on_a_today_item_with_the_enquiry_listed_changes_no_filter(qtbot, window) -> None:
    wanted = open_from_today(qtbot, window)
    all_ids_read(qtbot, window)
    assert window.enquiries.selected_id() == wanted
    assert "cleared" not in message(window)


# -- 2. Down or Enter in a search box: the first result, selected ------------------------


def test_down_or_enter_in_the_enquiry_search_selects_the_first_result(qtbot, window) -> None:
    view = window.enquiries
    window.tabs.setCurrentWidget(view)
    key(qtbot, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(focused(), "a")
    qtbot.waitUntil(
        lambda: view.model.rowCount() > 2 and not view._timer.isActive() and not view.model.pending
    )
    key(qtbot, Qt.Key.Key_Down)
    assert focused() is view.table
    first = view.model.enquiry_id(0)
    assert view.selected_id() == first and view.detail.enquiry_id == first
    key(qtbot, Qt.Key.Key_Down)
    assert view.selected_id() == view.model.enquiry_id(1)

    key(qtbot, Qt.Key.Key_F, CTRL)
    key(qtbot, Qt.Key.Key_End)
    qtbot.keyClicks(focused(), "n")  # typed and Enter before the pause: searched at once
    key(qtbot, Qt.Key.Key_Return)
    assert view.search.text() == "an"
    qtbot.waitUntil(lambda: focused() is view.table)  # once the results are read
    assert view.selected_id() == view.model.enquiry_id(0)
    assert view.detail.enquiry_id == view.model.enquiry_id(0)


def test_tab_from_the_search_to_the_table_selects_the_first_row(qtbot, window) -> None:
    view = window.enquiries
    window.tabs.setCurrentWidget(view)
    key(qtbot, Qt.Key.Key_F, CTRL)
    view.table.setFocus(Qt.FocusReason.TabFocusReason)
    assert view.selected_id() == view.model.enquiry_id(0)
    key(qtbot, Qt.Key.Key_Down)
    assert view.selected_id() == view.model.enquiry_id(1)


def test_down_or_enter_in_the_customer_search_selects_the_first_customer(qtbot, window) -> None:
    window.tabs.setCurrentWidget(window.customers)
    page = window.customers.page
    qtbot.waitUntil(lambda: page.model.complete)
    assert focused() is page.search
    qtbot.keyClicks(focused(), "a")
    qtbot.waitUntil(
        lambda: page.model.rowCount() > 1 and not page._timer.isActive() and not page.model.pending
    )
    key(qtbot, Qt.Key.Key_Down)
    assert focused() is page.table
    first = page.model.customer_id(0)
    assert page.selected_id() == first and page.detail.customer_id == first

    page.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
    qtbot.keyClicks(focused(), "n")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused() is page.table)  # once the results are read
    assert page.selected_id() == page.model.customer_id(0)
    key(qtbot, Qt.Key.Key_Down)
    assert page.selected_id() == page.model.customer_id(1)


# -- 3. Every Alt+letter of a window is taken once ---------------------------------------


def accelerator(text: str) -> str | None:
    """The letter after a single & ("&&" is an ampersand), lower case."""
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def accelerators(top: QWidget) -> list[tuple[str, str]]:
    """(letter, where) of every Alt+letter the user can press on `top` now: labels with a
    buddy, buttons, group titles, tabs, the menu bar's menus — those shown and enabled."""
    texts: list[str] = []
    for widget in top.findChildren(QWidget):
        if widget.window() is not top or not widget.isVisible() or not widget.isEnabled():
            continue
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if labelled or isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(n) for n in range(widget.count())
                      if widget.isTabVisible(n) and widget.isTabEnabled(n)]  # fmt: skip
        elif isinstance(widget, QMenuBar):
            texts += [a.text() for a in widget.actions() if a.isVisible() and a.isEnabled()]
    found = [(accelerator(text), text) for text in texts]
    return [(letter, text) for letter, text in found if letter is not None]


def clashes(top: QWidget) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = {}
    for letter, text in accelerators(top):
        by_letter.setdefault(letter, []).append(text)
    return {letter: texts for letter, texts in by_letter.items() if len(texts) > 1}


def first_with(outcome: str) -> int:
    """The newest live enquiry with this outcome."""
    enquiry = models.Enquiry
    found = (
        enquiry.select(enquiry.id)
        .where(enquiry.outcome == outcome, enquiry.deleted_at.is_null())
        .order_by(enquiry.received_at.desc())
        .first()
    )
    assert found is not None, outcome
    return found.id


@pytest.mark.parametrize("lang", ["en", "id", "sl"])
def test_every_alt_letter_of_a_window_is_taken_once(qtbot, tmp_path: Path, lang: str) -> None:
    db = tmp_path / "shop.sqlite"
    demo_shop(db, lang)
    window = open_window(qtbot, db, lang)
    found: dict[str, str] = {}

    def look(where: str, top: QWidget) -> None:
        assert top.isVisible(), where
        taken = accelerators(top)
        assert taken, f"{where}: no Alt+letter at all?"
        if clash := clashes(top):  # with the letters taken, to choose a free one
            found[where] = f"{clash}, taken: {''.join(sorted({t for t, _ in taken}))}"

    # The window, page by page: the Today lists (and the reminders' bar), an enquiry in
    # the detail pane, a customer's card, the month's report.
    window.tabs.setCurrentWidget(window.today)
    look("Today", window)
    window.tabs.setCurrentWidget(window.enquiries)
    window.show_enquiry(first_with("open"))
    qtbot.waitUntil(lambda: not window.enquiries.detail.pending)  # the card, read on the worker
    look("Enquiries", window)
    window.tabs.setCurrentWidget(window.customers)
    page = window.customers.page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: not page.detail.pending)
    look("Customers", window)
    window.tabs.setCurrentWidget(window.reports)
    qtbot.waitUntil(lambda: window.reports.shown is not None)
    look("Reports", window)

    def dialog_of(slot, open_it) -> QDialog:
        open_it()
        qtbot.waitUntil(lambda: slot() is not None and slot().isVisible())
        return slot()

    # The detail pane's forms, on an open enquiry and on a purchased one.
    pane = window.enquiries.detail
    for outcome, names in (
        ("open", ("logContact", "markPurchased", "markLost", "scheduleFollowUp", "editEnquiry")),
        ("purchased", ("recordFeedback", "markPurchased")),
    ):
        window.tabs.setCurrentWidget(window.enquiries)
        window.show_enquiry(first_with(outcome))
        qtbot.waitUntil(lambda: not pane.pending)
        for name in names:
            dialog = dialog_of(lambda: pane.dialog, pane.buttons[name].click)
            look(f"{name} ({outcome})", dialog)
            dialog.reject()
            qtbot.waitUntil(lambda: pane.dialog is None)
    dialog = dialog_of(lambda: window.quick_log_dialog, window.quick_log)
    look("quick log", dialog)
    dialog.reject()
    qtbot.waitUntil(lambda: window.quick_log_dialog is None)

    # The customer's forms.
    window.tabs.setCurrentWidget(window.customers)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: not page.detail.pending)
    for opener in (page.edit, page.merge):
        dialog = dialog_of(lambda: page.dialog, opener)
        look(opener.__name__, dialog)
        dialog.reject()
        qtbot.waitUntil(lambda: page.dialog is None)

    # Today's own forms: a follow-up done, a complaint resolved (when the lists have one).
    window.tabs.setCurrentWidget(window.today)
    actions = window.today.actions
    for name, complaint in (("done", False), ("resolve", True)):
        items = [(section, item) for section in ("overdue", "today")
                 for item in window.today.sections[section].model.items()
                 if (item.kind == "complaint") == complaint and item.enquiry_id is not None]  # fmt: skip
        if not items:
            continue
        section, item = items[0]
        window.today.select(section, window.today.sections[section].model.key(item))
        dialog = dialog_of(lambda: actions.dialog, getattr(actions, name))
        look(f"Today {name}", dialog)
        dialog.reject()
        qtbot.waitUntil(lambda: actions.dialog is None)

    # Settings, page by page; the reminders' settings.
    dialog = dialog_of(lambda: window.settings_dialog, window.edit_settings)
    for settings_page in dialog.pages:
        dialog.page(settings_page.objectName())
        look(f"Settings: {settings_page.objectName()}", dialog)
    dialog.reject()
    qtbot.waitUntil(lambda: window.settings_dialog is None)
    reminders = window.reminders
    dialog = dialog_of(lambda: reminders.settings_dialog, reminders.edit_settings)
    look("Reminders and start-up", dialog)
    dialog.reject()

    # File → Import…, page by page, on a file that shows every field: dates that read
    # both ways, no channel column, a bad row (so the import leaves one out).
    history = tmp_path / "history.csv"
    history.write_text(
        "Date,Name,E-mail\n05.10.2026,Ana Kovač,ana@example.com\n03.11.2026,Ana,not an address\n",
        encoding="utf-8",
    )
    window.import_history(history)
    wizard = window.import_wizard
    qtbot.waitUntil(lambda: wizard.isVisible() and not wizard.reading)
    look("Import: the file", wizard)
    wizard.next()
    look("Import: the columns", wizard)
    wizard.columns_page.channel_combo.setCurrentIndex(1)
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.preview_page.checking)
    look("Import: the preview", wizard)
    wizard.preview_page.skip_check.setChecked(True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.import_page.outcome != "")
    look("Import: imported", wizard)
    wizard.accept()
    qtbot.waitUntil(lambda: window.import_wizard is None)
    close_window(window)

    # The first-run page: for a new file (demo or empty), and for a file filled by a command.
    for name, filled in (("new.sqlite", False), ("filled.sqlite", True)):
        path = tmp_path / name
        if filled:
            store = Store.open(path)
            demo.generate(Context(store, Actor("test")), 50, seed=1, workers=0)
            store.close()
        window = open_shop_window(qtbot, path, lang)
        window.offer_demo_if_new()
        qtbot.waitUntil(lambda w=window: w.first_run is not None and w.first_run.isVisible())
        look(f"first run ({name})", window.first_run)
        window.first_run.reject()
        close_window(window)

    assert not found, f"one Alt+letter for two things ({lang}):\n" + "\n".join(
        f"{where}: {clash}" for where, clash in found.items()
    )


# -- 4. Ctrl+Tab and Ctrl+Shift+Tab turn the pages from anywhere ---------------------------


def test_ctrl_tab_turns_the_pages_also_from_inside_a_table(qtbot, window) -> None:
    tabs = window.tabs
    tabs.setCurrentWidget(window.enquiries)
    window.enquiries.table.setFocus(Qt.FocusReason.TabFocusReason)
    assert focused() is window.enquiries.table
    key(qtbot, Qt.Key.Key_Tab, CTRL)
    assert tabs.currentWidget() is window.customers
    key(qtbot, Qt.Key.Key_Backtab, CTRL | SHIFT)
    assert tabs.currentWidget() is window.enquiries
    window.enquiries.table.setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, Qt.Key.Key_Backtab, CTRL | SHIFT)
    assert tabs.currentWidget() is window.today
    key(qtbot, Qt.Key.Key_Backtab, CTRL | SHIFT)  # round the end
    assert tabs.currentWidget() is window.reports
    key(qtbot, Qt.Key.Key_Tab, CTRL)
    assert tabs.currentWidget() is window.today
    today_list(window, "awaiting").setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, Qt.Key.Key_Tab, CTRL)
    assert tabs.currentWidget() is window.enquiries
    key(qtbot, Qt.Key.Key_F, CTRL)  # from the search box too
    key(qtbot, Qt.Key.Key_Tab, CTRL)
    assert tabs.currentWidget() is window.customers


# -- 5. A key with nothing to act on says why ---------------------------------------------

PANE_KEYS = (
    (Qt.Key.Key_K, CTRL),
    (Qt.Key.Key_B, CTRL),
    (Qt.Key.Key_L, CTRL),
    (Qt.Key.Key_U, CTRL),
    (Qt.Key.Key_F, CTRL | SHIFT),
    (Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier),
)


def test_an_action_key_with_no_enquiry_selected_says_why(qtbot, window) -> None:
    view = window.enquiries
    window.tabs.setCurrentWidget(view)
    view.status.setFocus(Qt.FocusReason.TabFocusReason)  # a filter: no row selected
    assert view.selected_id() is None
    for code, modifiers in (*PANE_KEYS, (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier)):
        window.statusBar().clearMessage()
        key(qtbot, code, modifiers)
        assert message(window) == "Select an enquiry first.", (code, modifiers)
        assert view.detail.dialog is None and view.detail.confirmation is None

    # The menu's items too: each one says why it cannot be done now.
    window.enquiry_menu.aboutToShow.emit()
    for name, action in window.pane_actions.items():
        window.statusBar().clearMessage()
        assert action.isEnabled() and action.statusTip() == "Select an enquiry first."
        action.trigger()
        assert message(window) == "Select an enquiry first.", name


def test_an_action_key_that_does_not_apply_to_the_enquiry_says_why(qtbot, window) -> None:
    view = window.enquiries
    window.tabs.setCurrentWidget(view)
    window.show_enquiry(first_with("open"))
    assert focused() is view.table
    key(qtbot, Qt.Key.Key_F, CTRL | SHIFT)  # answered once the card is read
    feedback = "Feedback is about a purchase: mark the enquiry purchased first."
    qtbot.waitUntil(lambda: message(window) == feedback)
    assert view.detail.dialog is None
    window.enquiry_menu.aboutToShow.emit()
    window.statusBar().clearMessage()
    window.pane_actions["recordFeedback"].trigger()
    assert message(window).startswith("Feedback is about a purchase")


# -- 6. A date and time typed is what is kept ---------------------------------------------


def follow_up_form(qtbot, window: MainWindow):
    """Ctrl+U on an open enquiry: the Schedule follow-up form, its Due field focused."""
    view = window.enquiries
    window.tabs.setCurrentWidget(view)
    window.show_enquiry(first_with("open"))
    key(qtbot, Qt.Key.Key_U, CTRL)
    qtbot.waitUntil(lambda: view.detail.dialog is not None and view.detail.dialog.isVisible())
    dialog = view.detail.dialog
    active(qtbot, dialog)
    (label,) = [w for w in dialog.findChildren(QLabel) if w.buddy() is dialog.due_edit]
    letter = accelerator(label.text())  # Alt+D in English
    assert letter is not None and letter.isascii()
    key(qtbot, Qt.Key(ord(letter.upper())), ALT)
    assert focused() is dialog.due_edit
    return dialog


@pytest.mark.parametrize("lang", ["en", "id", "sl"])
def test_a_due_time_typed_section_by_section_is_kept(qtbot, tmp_path: Path, lang: str) -> None:
    db = tmp_path / "shop.sqlite"
    demo_shop(db, lang)
    window = open_window(qtbot, db, lang)
    dialog = follow_up_form(qtbot, window)
    edit = dialog.due_edit
    formats = window.ctx.formats
    assert edit.displayFormat() == f"{formats.date_pattern()} {formats.time_pattern()}"
    assert "yyyy" in edit.displayFormat()  # a year typed whole, never in another century
    year = window.ctx.now().year + 1
    key(qtbot, Qt.Key.Key_Home)
    day_first = edit.displayFormat().lower().startswith("d")
    typed = f"4 12 {year} 22 30" if day_first else f"12 4 {year} 22 30"
    qtbot.keyClicks(focused(), typed)
    assert edit.dateTime().toPython() == datetime(year, 12, 4, 22, 30), edit.text()
    key(qtbot, Qt.Key.Key_Return)
    wait_saved(qtbot, dialog)
    qtbot.waitUntil(lambda: window.enquiries.detail.dialog is None)
    newest = models.FollowUp.select().order_by(models.FollowUp.id.desc()).first()
    assert newest.due_at == datetime(year, 12, 4, 22, 30)
    close_window(window)


def test_a_due_time_typed_with_the_shops_separators_is_kept(qtbot, window) -> None:
    dialog = follow_up_form(qtbot, window)
    year = window.ctx.now().year + 1
    key(qtbot, Qt.Key.Key_Home)
    qtbot.keyClicks(focused(), f"04/12/{year} 22:30")  # dd/MM/yyyy HH:mm, as shown
    assert dialog.due_edit.dateTime().toPython() == datetime(year, 12, 4, 22, 30)
    key(qtbot, Qt.Key.Key_Home)
    qtbot.keyClicks(focused(), f"31/12/{year} 9:05")  # a day the month shown has not
    assert dialog.due_edit.dateTime().toPython() == datetime(year, 12, 31, 9, 5)
    dialog.reject()


def test_a_due_time_in_the_past_stays_as_typed_and_is_refused_beside_it(qtbot, window) -> None:
    dialog = follow_up_form(qtbot, window)
    yesterday = window.ctx.now() - timedelta(days=1)
    key(qtbot, Qt.Key.Key_Home)
    qtbot.keyClicks(focused(), yesterday.strftime("%d/%m/%Y 10:15"))
    typed = yesterday.replace(hour=10, minute=15, second=0, microsecond=0)
    assert dialog.due_edit.dateTime().toPython() == typed
    key(qtbot, Qt.Key.Key_Tab)  # leaving the field changes nothing
    assert dialog.due_edit.dateTime().toPython() == typed
    dialog.accept()
    assert dialog.error_text("due_at") == "Choose a time still to come."
    assert dialog.isVisible() and focused() is dialog.due_edit
    assert dialog.due_edit.dateTime().toPython() == typed


def test_the_calendar_popup_picks_the_day_and_keeps_the_time(qtbot, window) -> None:
    dialog = follow_up_form(qtbot, window)
    edit = dialog.due_edit
    before = edit.dateTime().toPython()
    key(qtbot, Qt.Key.Key_F4)  # the calendar
    calendar = edit.calendarWidget()
    qtbot.waitUntil(lambda: calendar.isVisible())
    grid = calendar.findChild(QWidget, "qt_calendar_calendarview")
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert edit.dateTime().toPython() == before + timedelta(days=1)
    dialog.reject()


def test_the_date_editors_follow_the_shops_way_of_writing_dates(qtbot, window) -> None:
    pattern = window.ctx.formats.date_pattern()
    window.tabs.setCurrentWidget(window.enquiries)
    view = window.enquiries
    view.period.setCurrentIndex(view.period.findData("custom"))
    for edit in (view.date_from, view.date_to):
        assert isinstance(edit, QDateTimeEdit) and edit.displayFormat() == pattern
        assert edit.calendarPopup() and isinstance(edit.calendarWidget(), QCalendarWidget)
    view.date_from.setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, Qt.Key.Key_Home)
    qtbot.keyClicks(focused(), "2/3/2026")
    assert view.date_from.date().toPython() == datetime(2026, 3, 2).date()


# -- 7. Redo what undo undid, from anywhere -----------------------------------------------


def undo_keys(qtbot, window: MainWindow, code: Qt.Key, modifiers) -> None:
    key(qtbot, code, modifiers)
    undone(qtbot, window)
    settle(qtbot, window)


UNDO = (Qt.Key.Key_Z, CTRL)
REDO_KEYS = ((Qt.Key.Key_Z, CTRL | SHIFT), (Qt.Key.Key_Y, CTRL))


def undo_and_redo(qtbot, window: MainWindow, done, where) -> None:
    """Ctrl+Z undoes the last change, Ctrl+Shift+Z and Ctrl+Y each do it again, with the
    keyboard at `where()` each time (a widget to focus)."""
    assert done()
    for redo in REDO_KEYS:
        active(qtbot, window)
        where().setFocus(Qt.FocusReason.TabFocusReason)
        undo_keys(qtbot, window, *UNDO)
        assert not done(), "undone"
        assert message(window).startswith("Undone: ")
        where().setFocus(Qt.FocusReason.TabFocusReason)
        undo_keys(qtbot, window, *redo)
        assert done(), f"done again with {redo}"
        assert message(window).startswith("Done again: ")


def test_logging_an_enquiry_is_undone_and_done_again(qtbot, window) -> None:
    before = queries.count_enquiries()
    key(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.quick_log_dialog is not None)
    dialog = window.quick_log_dialog
    active(qtbot, dialog)
    key(qtbot, Qt.Key.Key_2)
    key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "Dewi Lestari")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.quick_log_dialog is None)
    window.tabs.setCurrentWidget(window.enquiries)
    undo_and_redo(
        qtbot,
        window,
        lambda: queries.count_enquiries() == before + 1,
        lambda: window.enquiries.table,
    )
    # From the search box: its own typing first, then the window's change.
    search = window.enquiries.search
    key(qtbot, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(search, "xy")
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert search.text() == "" and queries.count_enquiries() == before + 1
    undo_keys(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert queries.count_enquiries() == before
    key(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)  # the box's own redo first
    assert search.text() == "xy" and queries.count_enquiries() == before
    undo_keys(qtbot, window, Qt.Key.Key_Y, CTRL)
    assert queries.count_enquiries() == before + 1


def test_a_purchase_is_undone_and_done_again(qtbot, window) -> None:
    enquiry = first_with("open")
    view = window.enquiries
    window.tabs.setCurrentWidget(view)
    window.show_enquiry(enquiry)
    key(qtbot, Qt.Key.Key_B, CTRL)
    qtbot.waitUntil(lambda: view.detail.dialog is not None)
    dialog = view.detail.dialog
    active(qtbot, dialog)
    qtbot.keyClicks(focused(), "129")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.detail.dialog is None)
    settle(qtbot, window)
    undo_and_redo(
        qtbot,
        window,
        lambda: queries.enquiry(enquiry)["outcome"] == "purchased",
        lambda: view.table,
    )
    assert view.detail.enquiry_id == enquiry


def test_a_settings_change_is_undone_and_done_again(qtbot, window) -> None:
    key(qtbot, Qt.Key.Key_Comma, CTRL)
    qtbot.waitUntil(lambda: window.settings_dialog is not None)
    dialog = window.settings_dialog
    active(qtbot, dialog)
    name = dialog.findChild(QLineEdit, "shopNameEdit")
    name.setFocus(Qt.FocusReason.TabFocusReason)
    name.selectAll()
    qtbot.keyClicks(name, "Trgovina Novak")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.settings_dialog is None)
    settle(qtbot, window)

    def renamed() -> bool:
        window.ctx.forget_cache()
        return window.ctx.settings[declared.SHOP_NAME] == "Trgovina Novak"

    undo_and_redo(qtbot, window, renamed, lambda: today_list(window, "awaiting"))
    assert window.windowTitle().startswith("Trgovina Novak")


def test_a_merge_is_undone_and_done_again(qtbot, window) -> None:
    window.tabs.setCurrentWidget(window.customers)
    page = window.customers.page
    qtbot.waitUntil(lambda: page.model.complete)
    key(qtbot, Qt.Key.Key_Down)  # from the search box to the first customer
    keep = page.selected_id()
    assert keep is not None
    key(qtbot, Qt.Key.Key_M, CTRL)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dialog = page.dialog
    active(qtbot, dialog)
    assert focused() is dialog.picker.edit
    other_name = next(c.name for c in models.Customer.select().where(models.Customer.id != keep)
                      if c.name and c.name.isascii())  # fmt: skip
    qtbot.keyClicks(focused(), other_name)
    qtbot.waitUntil(lambda: dialog.picker.model.rowCount() > 0)
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Return)  # the first one offered
    other = dialog.picker.chosen
    assert other not in (None, keep)
    key(qtbot, Qt.Key.Key_Return)  # Merge
    qtbot.waitUntil(lambda: page.dialog is None)
    settle(qtbot, window)

    def merged() -> bool:
        return models.Customer.get_by_id(other).deleted_at is not None

    undo_and_redo(qtbot, window, merged, lambda: page.table)


def test_the_undo_and_redo_keys_are_the_usual_ones_on_every_system(window) -> None:
    # Qt's own redo keys depend on the desktop (Linux's are Ctrl+Shift+Z only): both
    # usual ones first, the one the Edit menu shows first of all.
    redo = [k.toString() for k in window.redo_action.shortcuts()]
    assert redo[:2] == ["Ctrl+Shift+Z", "Ctrl+Y"]
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert window.findChild(QAction, "redoAction") is window.redo_action


@pytest.mark.parametrize("lang", ["en", "id", "sl"])
def test_every_menu_takes_each_letter_once(qtbot, tmp_path: Path, lang: str) -> None:
    """Within an open menu a letter chooses its item at once: two items with one letter
    would only be cycled through."""
    db = tmp_path / "shop.sqlite"
    demo_shop(db, lang)
    window = open_window(qtbot, db, lang)
    found = {}
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        menu.aboutToShow.emit()  # the Enquiry menu fills itself when it opens
        letters: dict[str, list[str]] = {}
        for action in menu.actions():
            letter = accelerator(action.text().split("\t")[0])
            if letter and action.isVisible():
                letters.setdefault(letter, []).append(action.text())
        found.update({f"{menu.title()} {k}": v for k, v in letters.items() if len(v) > 1})
    assert not found, found
