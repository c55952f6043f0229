"""The window as it stands: opens on a database, shows what waits, asks a new shop the
first-run questions, and turns read-only when its file must not be written."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
)

from enquirydesk import paths
from enquirydesk.app import create_main_window
from enquirydesk.domain import settings as declared
from enquirydesk.domain.errors import StoreError
from enquirydesk.services import setup
from enquirydesk.services.enquiries import NewEnquiry, log_enquiry
from enquirydesk.store import models
from enquirydesk.ui import main_window
from enquirydesk.ui.common import window_state
from enquirydesk.ui.common.window_state import WindowState
from enquirydesk.ui.settings import shop_fields
from support import undone


def first_run_page(window) -> QDialog:
    shown = [p for p in window.findChildren(QDialog, "firstRunPage") if p.isVisible()]
    assert len(shown) == 1
    return shown[0]


def offer(qtbot, window) -> None:
    """The window decides on its worker whether the shop is new; then the page opens."""
    window.offer_demo_if_new()
    window.tasks.wait()
    qtbot.wait(5)


def summary_text(window) -> str:
    return window.findChild(QLabel, "summaryLabel").text()


def settings_operations() -> int:
    return models.Operation.select().where(models.Operation.action == "settings").count()


@pytest.fixture
def window(qtbot, tmp_path: Path):
    made = create_main_window(str(tmp_path / "shop.sqlite"))
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def test_window_on_a_new_database(qtbot, tmp_path: Path) -> None:
    window = create_main_window(str(tmp_path / "new.sqlite"))
    qtbot.addWidget(window)
    assert window.objectName() == "mainWindow"
    assert not window.isVisible()
    assert summary_text(window) == "…"  # the counts come from the worker thread
    qtbot.waitUntil(lambda: "No enquiries yet" in summary_text(window))
    assert window.findChild(QPushButton, "demoButton").isVisibleTo(window)
    assert (tmp_path / "new.sqlite").exists()


def test_first_start_shows_the_first_run_page_and_loads_demo_data(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(main_window, "DEMO_SIZE", 300)
    before = settings_operations()
    offer(qtbot, window)
    page = first_run_page(window)
    qtbot.keyClicks(page.findChild(QLineEdit, "shopNameEdit"), "Toko Jaya")
    country = page.findChild(QComboBox, "countryCombo")
    country.setCurrentIndex(country.findData("ID"))
    assert page.findChild(QComboBox, "currencyCombo").currentData() == "IDR"  # follows the country
    qtbot.mouseClick(page.findChild(QPushButton, "startDemoButton"), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: window.first_run is None)
    qtbot.waitUntil(lambda: summary_text(window).startswith("300 enquiries"))
    assert not window.findChild(QPushButton, "demoButton").isVisibleTo(window)
    shop = window.ctx.settings
    assert (shop[declared.SHOP_NAME], shop[declared.COUNTRY], shop[declared.CURRENCY]) == (
        "Toko Jaya",
        "ID",
        "IDR",
    )
    assert shop[declared.FIRST_RUN_DONE] is True
    assert settings_operations() == before + 1  # one operation for all four settings
    assert window.windowTitle().startswith("Toko Jaya")
    offer(qtbot, window)
    assert window.first_run is None  # only on the first start


def test_demo_data_shows_its_progress_and_cancel_leaves_the_file_empty(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    from enquirydesk.services import demo

    monkeypatch.setattr(main_window, "DEMO_SIZE", 1500)
    monkeypatch.setattr(demo, "CHUNK", 500)  # about three chunks of whole days
    second_chunk, go_on = threading.Event(), threading.Event()
    make = demo._make

    def held_make(plan, chunk, tick=None):
        if chunk.index == 1:  # the first chunk is written; the test cancels now
            second_chunk.set()
            go_on.wait(10)
        return make(plan, chunk, tick)

    monkeypatch.setattr(demo, "_make", held_make)
    offer(qtbot, window)
    page = first_run_page(window)
    qtbot.keyClicks(page.findChild(QLineEdit, "shopNameEdit"), "Toko Jaya")
    qtbot.mouseClick(page.findChild(QPushButton, "startDemoButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.first_run is None)

    dialog = window.findChild(QProgressDialog, "demoProgress")
    assert dialog is not None and dialog.isModal()
    # The window paints the first chunk's enquiries: 500 and the rest of its last day.
    qtbot.waitUntil(lambda: dialog.isVisible() and second_chunk.is_set() and dialog.value() > 0)
    assert 500 <= dialog.value() < 1500 and dialog.maximum() == 1500
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.labelText() == "Cancelling…"  # until it has stopped
    go_on.set()
    qtbot.waitUntil(lambda: window.demo_work is None)

    assert models.Enquiry.select().count() == 0 and models.Customer.select().count() == 0
    assert "Demo data cancelled" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: "No enquiries yet" in summary_text(window))
    assert window.findChild(QPushButton, "demoButton").isVisibleTo(window)
    window.ctx.forget_cache()
    shop = window.ctx.settings
    assert (shop[declared.SHOP_NAME], shop[declared.FIRST_RUN_DONE]) == ("Toko Jaya", True)

    monkeypatch.setattr(demo, "_make", make)
    qtbot.mouseClick(window.findChild(QPushButton, "demoButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.demo_work is None)  # tried again, to the end
    qtbot.waitUntil(lambda: summary_text(window).startswith("1,500 enquiries"))


def test_the_first_run_page_works_with_the_keyboard_alone(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shop_fields, "system_country", lambda: "SI")
    offer(qtbot, window)
    page = first_run_page(window)
    name = page.findChild(QLineEdit, "shopNameEdit")
    assert page.focusWidget() is name
    country = page.findChild(QComboBox, "countryCombo")
    assert country.currentData() == "SI"  # from the system's locale
    assert page.findChild(QComboBox, "currencyCombo").currentData() == "EUR"
    qtbot.keyClicks(name, "Trgovina Novak")
    qtbot.keyClick(name, Qt.Key.Key_Return)  # the default button: start empty

    qtbot.waitUntil(lambda: window.first_run is None)
    window.ctx.forget_cache()
    shop = window.ctx.settings
    assert shop[declared.SHOP_NAME] == "Trgovina Novak"
    assert (shop[declared.COUNTRY], shop[declared.CURRENCY]) == ("SI", "EUR")
    assert shop[declared.FIRST_RUN_DONE] is True
    qtbot.waitUntil(lambda: "No enquiries yet" in summary_text(window))


def test_every_control_on_the_first_run_page_has_a_name_for_screen_readers(qtbot, window) -> None:
    offer(qtbot, window)
    page = first_run_page(window)
    controls = [*page.findChildren(QAbstractButton), *page.findChildren(QLineEdit)]
    controls += page.findChildren(QComboBox)
    assert len(controls) == 7  # with "Connect to the shop's server…"
    for control in controls:
        assert control.accessibleName(), control.objectName()
    for name in ("shopNameEdit", "countryCombo", "currencyCombo", "ownerNameEdit"):
        field = page.findChild(QLineEdit, name) or page.findChild(QComboBox, name)
        buddies = [label for label in page.findChildren(QLabel) if label.buddy() is field]
        assert buddies, name  # its label names it, and Alt+letter reaches it


def test_closing_the_first_run_page_saves_nothing_and_it_comes_back(qtbot, window) -> None:
    offer(qtbot, window)
    page = first_run_page(window)
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert not page.isVisible()
    assert window.ctx.settings[declared.FIRST_RUN_DONE] is False
    offer(qtbot, window)
    assert first_run_page(window) is not page


def test_a_file_filled_by_demo_or_import_is_asked_for_its_shop_too(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its shop was never confirmed: a Jakarta shop must not go on in euros."""
    log_enquiry(window.ctx, NewEnquiry(channel="phone", name="Ana Novak"))
    offer(qtbot, window)
    page = first_run_page(window)
    assert page.findChild(QPushButton, "startDemoButton") is None  # no demo: it has data
    country = page.findChild(QComboBox, "countryCombo")
    country.setCurrentIndex(country.findData("ID"))
    qtbot.keyClicks(page.findChild(QLineEdit, "ownerNameEdit"), "Budi Santoso")
    qtbot.mouseClick(page.findChild(QPushButton, "startEmptyButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.first_run is None)
    window.ctx.forget_cache()
    shop = window.ctx.settings
    assert (shop[declared.COUNTRY], shop[declared.CURRENCY]) == ("ID", "IDR")
    assert shop[declared.FIRST_RUN_DONE] is True and shop[declared.PUBLIC_HOLIDAYS] is True
    assert shop.hours.is_open(datetime(2026, 3, 1, 20, 0))  # a Sunday evening in Jakarta
    assert [(m.name, m.role) for m in setup.current_staff()] == [("Budi Santoso", "owner")]


def test_read_only_disables_every_write_and_offers_a_backup(qtbot, window) -> None:
    offer(qtbot, window)
    page = first_run_page(window)
    window.set_read_only("This file is damaged.", details="shop.sqlite is damaged (page 7)")

    assert not page.isVisible()  # nothing is saved from the first-run page either
    assert not window.findChild(QAction, "newEnquiryAction").isEnabled()
    assert not window.findChild(QPushButton, "newEnquiryButton").isEnabled()
    assert not window.findChild(QPushButton, "demoButton").isEnabled()
    assert not window.findChild(QAction, "undoAction").isEnabled()
    banner = window.findChild(QFrame, "readOnlyBanner")
    qtbot.waitUntil(lambda: banner.isVisible() and window.tabs.isVisible())
    assert window.findChild(QLabel, "readOnlyText").text() == "This file is damaged."
    assert "page 7" in window.statusBar().currentMessage()
    with pytest.raises(StoreError):
        log_enquiry(window.ctx, NewEnquiry(channel="phone", name="Ana Novak"))
    restore = window.findChild(QPushButton, "restoreBackupButton")
    assert restore.accessibleName()
    with qtbot.waitSignal(window.restoreRequested):
        qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    offer(qtbot, window)
    assert window.first_run is None


# -- one way for a change to travel ------------------------------------------------------


def test_changes_undo_and_redo_are_announced_on_one_path(qtbot, window) -> None:
    heard: list[tuple[object, object]] = []
    window.changesMade.connect(lambda changes, initiator: heard.append((changes, initiator)))
    made = log_enquiry(window.ctx, NewEnquiry(channel="phone", name="Ana"))
    window.done(made, window.today)
    assert heard[-1] == (made, window.today)
    window.undo()
    undone(qtbot, window)
    undo, initiator = heard[-1]
    assert initiator is window and undo.operation_id not in (None, made.operation_id)
    assert undo.changed["enquiry"] == {made.created_id("enquiry")}
    assert models.Enquiry.select().count() == 0
    assert window.redo_action.isEnabled() and window.redo_action.text() == f"&Redo {made.summary}"
    window.redo_action.trigger()
    undone(qtbot, window)
    again, _ = heard[-1]
    assert again.created["enquiry"] == (made.created_id("enquiry"),)
    assert models.Enquiry.select().count() == 1
    assert window.undo_action.isEnabled() and not window.redo_action.isEnabled()


def test_a_hidden_page_reads_again_only_when_shown(qtbot, window, monkeypatch) -> None:
    window.tabs.setCurrentWidget(window.customers)  # built on first sight
    page = window.customers.page
    reads: list[str] = []
    monkeypatch.setattr(page, "reload", lambda: reads.append("reload"))
    monkeypatch.setattr(page, "show_changes", lambda changes: reads.append("changes"))
    window.tabs.setCurrentWidget(window.today)
    window.done(log_enquiry(window.ctx, NewEnquiry(channel="phone", name="Ana")))
    assert reads == [] and window.customers.stale
    window.tabs.setCurrentWidget(window.customers)
    assert reads == ["reload"] and not window.customers.stale
    window.done(log_enquiry(window.ctx, NewEnquiry(channel="phone", name="Budi")))
    assert reads == ["reload", "changes"]  # shown: only what the change touched


def test_each_file_keeps_its_own_search_and_the_window_its_size(qtbot, tmp_path: Path) -> None:
    def opened(name: str):
        made = create_main_window(str(tmp_path / name))
        qtbot.addWidget(made)
        made.file_check.wait()
        return made

    first = opened("a.sqlite")
    first.enquiries.search.setText("ana")
    first.enquiries.apply()
    first.enquiries.keep_filter("Ana's")
    first.resize(900, 640)
    first.close()
    first.ctx.store.close()

    other = opened("b.sqlite")
    assert other.enquiries.search.text() == "" and other.enquiries.saved_filters() == {}
    kept = WindowState(other.ctx.store.path)
    assert kept.value(window_state.GEOMETRY) is not None  # the window is the same window
    assert '"search": ""' in kept.value(window_state.ENQUIRY_FILTER)  # the search: the file's
    other.close()
    other.ctx.store.close()

    again = opened("a.sqlite")
    assert again.enquiries.search.text() == "ana"
    assert list(again.enquiries.saved_filters()) == ["Ana's"]
    assert (paths.config_dir() / "window.ini").is_file()  # under ENQUIRYDESK_HOME in tests
    again.close()
    again.ctx.store.close()
