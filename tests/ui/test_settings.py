"""The owner sets up the shop in the window: Settings page by page, the owner's PIN before
what it guards, and who is at the counter."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QToolButton,
)

from enquirydesk.domain import settings as declared
from enquirydesk.services import demo, settings, setup
from enquirydesk.services.context import Actor, Context
from enquirydesk.services.enquiries import NewEnquiry, log_enquiry
from enquirydesk.services.setup import Member, Setup
from enquirydesk.store import models, queries
from enquirydesk.store.database import Store
from support import close_window as close
from support import open_shop_window as open_window
from support import saved as wait_saved
from support import set_up_shop as shop
from support import undone


def settings_dialog(qtbot, window):
    window.findChild(QAction, "settingsAction").trigger()
    qtbot.waitUntil(lambda: window.settings_dialog is not None)
    return window.settings_dialog


def save(qtbot, window, dialog) -> None:
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveSettingsButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.settings_dialog is None)
    window.ctx.forget_cache()


def answer_pin(qtbot, pins: list[str], seen: list[str]) -> None:
    """Type each PIN in turn into the PIN dialog when it comes up (a modal loop)."""

    def type_one() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "pinDialog":
            QTimer.singleShot(10, type_one)
            return
        seen.append(dialog.findChild(QLineEdit, "pinEdit").objectName())
        pin = pins.pop(0)
        if pin is None:
            dialog.reject()
            return
        dialog.findChild(QLineEdit, "pinEdit").setText(pin)
        qtbot.mouseClick(dialog.findChild(QPushButton, "pinOkButton"), Qt.MouseButton.LeftButton)
        if pins and dialog.isVisible():
            QTimer.singleShot(10, type_one)

    QTimer.singleShot(0, type_one)


def test_every_page_is_there_and_a_change_is_one_undoable_operation(qtbot, tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    shop(db)
    window = open_window(qtbot, db)
    assert window.findChild(QAction, "settingsAction").shortcut().toString() == "Ctrl+,"
    dialog = settings_dialog(qtbot, window)
    assert dialog.objectName() == "settingsDialog"
    for name in ("shopPage", "hoursPage", "targetsPage", "channelsPage", "reasonsPage",
                 "staffPage", "securityPage", "backupsPage"):  # fmt: skip
        assert dialog.page(name).isVisible(), name
    dialog.page("shopPage")
    dialog.findChild(QLineEdit, "shopNameEdit").setText("Toko Jaya")
    country = dialog.findChild(QComboBox, "countryCombo")
    country.setCurrentIndex(country.findData("ID"))
    assert dialog.findChild(QComboBox, "currencyCombo").currentData() == "IDR"
    dialog.page("targetsPage")
    dialog.findChild(QSpinBox, "responseTargetSpin").setValue(30)
    save(qtbot, window, dialog)
    shop_now = window.ctx.settings
    assert shop_now[declared.SHOP_NAME] == "Toko Jaya" and shop_now.country == "ID"
    assert shop_now[declared.RESPONSE_TARGET] == 30
    assert window.windowTitle().startswith("Toko Jaya")
    last = models.Operation.select().order_by(models.Operation.id.desc()).first()
    assert last.summary.startswith("Settings changed: Shop name, Country")
    window.undo()
    undone(qtbot, window)
    assert window.ctx.settings[declared.SHOP_NAME] == ""
    assert window.ctx.settings[declared.RESPONSE_TARGET] == 60
    close(window)


def test_a_lunch_break_and_a_closed_day_from_the_hours_page(qtbot, tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    shop(db)
    window = open_window(qtbot, db)
    dialog = settings_dialog(qtbot, window)
    page = dialog.page("hoursPage")
    monday = page.days[0]
    qtbot.mouseClick(monday.break_check, Qt.MouseButton.LeftButton)  # 09–12 and 13–18
    assert monday.periods() == [["09:00", "12:00"], ["13:00", "18:00"]]
    qtbot.mouseClick(page.days[5].open_check, Qt.MouseButton.LeftButton)  # Saturday closed
    page.closed_date.setDate(page.closed_date.date().fromString("2026-12-24", "yyyy-MM-dd"))
    qtbot.mouseClick(page.findChild(QPushButton, "addClosedDayButton"), Qt.MouseButton.LeftButton)
    save(qtbot, window, dialog)
    spec = window.ctx.settings[declared.HOURS]
    assert spec["mon"] == [["09:00", "12:00"], ["13:00", "18:00"]]
    assert spec["sat"] == [] and spec["holidays"] == ["2026-12-24"]
    close(window)


def test_recomputing_response_times_shows_progress_and_cancel_saves_nothing(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "shop.sqlite"
    shop(db)
    store = Store.open(db)
    demo.generate(Context(store, Actor("test")), 11_000, seed=3)  # two batches to reprice
    before = [r.response_business_seconds for r in models.Enquiry.select().limit(50)]
    store.close()
    window = open_window(qtbot, db)
    batches, go_on = [], threading.Event()
    write = settings.bulk.set_business_seconds

    def held_write(pairs) -> None:  # the second batch waits until the test has cancelled
        batches.append(1)
        if len(batches) == 2:
            go_on.wait(10)
        write(pairs)

    monkeypatch.setattr(settings.bulk, "set_business_seconds", held_write)
    dialog = settings_dialog(qtbot, window)
    page = dialog.page("hoursPage")
    qtbot.mouseClick(page.days[0].break_check, Qt.MouseButton.LeftButton)  # new hours
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveSettingsButton"), Qt.MouseButton.LeftButton)
    bar = dialog.findChild(QProgressBar, "settingsProgress")
    qtbot.waitUntil(lambda: bar.isVisible() and bar.value() == 5000)
    cancel = dialog.findChild(QPushButton, "cancelSettingsButton")
    assert "Stop recomputing" in cancel.toolTip()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # as Cancel: stops, the dialog stays
    assert dialog.isVisible() and not cancel.isEnabled()
    go_on.set()
    qtbot.waitUntil(lambda: not dialog.saver.busy)

    assert dialog.isVisible() and not bar.isVisible() and cancel.isEnabled()
    assert "Saving was stopped; nothing was changed" in page.findChild(QLabel, "hoursError").text()
    assert page.days[0].periods() == [["09:00", "12:00"], ["13:00", "18:00"]]  # still there
    assert models.Operation.select().where(models.Operation.action == "settings").count() == 1
    assert [r.response_business_seconds for r in models.Enquiry.select().limit(50)] == before
    window.ctx.forget_cache()
    assert window.ctx.settings[declared.HOURS]["mon"] == [["09:00", "18:00"]]
    dialog.reject()
    close(window)


def test_a_whatsapp_channel_is_picked_in_the_quick_log_by_its_digit(qtbot, tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    shop(db)
    window = open_window(qtbot, db)
    dialog = settings_dialog(qtbot, window)
    page = dialog.page("channelsPage")
    qtbot.mouseClick(page.findChild(QPushButton, "addChannelButton"), Qt.MouseButton.LeftButton)
    listing = page.findChild(type(page.channel_list), "channelList")
    item = listing.currentItem()
    listing.closePersistentEditor(item)
    item.setText("WhatsApp")
    assert listing.count() == 8
    save(qtbot, window, dialog)
    window.quick_log()
    log = window.quick_log_dialog
    qtbot.keyClick(log.channel_combo, Qt.Key.Key_8)
    assert log.channel_combo.currentData() == "whatsapp"
    assert log.channel_combo.currentText() == "8  WhatsApp"
    log.name_edit.setText("Ana Novak")
    log.save()
    wait_saved(qtbot, log)
    assert queries.enquiry(1)["channel"] == queries.catalog_ids(models.Channel)["whatsapp"]
    close(window)


def test_the_owners_pin_guards_settings_deleting_merging_and_exports(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "shop.sqlite"
    shop(db)
    window = open_window(qtbot, db)
    dialog = settings_dialog(qtbot, window)
    staff = dialog.page("staffPage")
    staff.add("Ana Kovač")
    staff.make_owner()
    dialog.page("securityPage")
    dialog.findChild(QLineEdit, "ownerPinEdit").setText("482913")
    dialog.findChild(QLineEdit, "ownerPinRepeatEdit").setText("482913")
    keys: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: keys.append(text))
    save(qtbot, window, dialog)
    assert keys and "recovery key" in keys[0]
    owner = queries.owner()
    assert owner["pin_hash"].startswith("scrypt$")

    seen: list[str] = []
    answer_pin(qtbot, ["1111"] * 1 + [None], seen)  # a wrong PIN, then Cancel
    window.edit_settings()
    assert window.settings_dialog is None and seen
    answer_pin(qtbot, ["482913"], seen)
    window.edit_settings()
    assert window.settings_dialog is not None  # the right PIN opens it
    window.settings_dialog.reject()
    qtbot.waitUntil(lambda: window.settings_dialog is None)

    enquiry = log_enquiry(window.ctx, NewEnquiry(channel="phone", name="Budi"))
    window.enquiries.detail.show_enquiry(enquiry.created_id("enquiry"))
    answer_pin(qtbot, [None], seen)
    window.enquiries.detail.delete_enquiry()
    assert window.enquiries.detail.confirmation is None  # no PIN: not even asked to confirm
    answer_pin(qtbot, [None], seen)
    window.reports._output_for().export(window.reports.month(), "csv")
    assert not window.reports._output_for().busy
    # Importing and exporting all data ask first too: cancelled, nothing opens or runs.
    asked = len(seen)
    answer_pin(qtbot, [None], seen)
    window.findChild(QAction, "importAction").trigger()
    assert window.import_wizard is None and len(seen) == asked + 1
    answer_pin(qtbot, [None], seen)
    window.export_all.action.trigger()
    assert not window.export_all.busy and len(seen) == asked + 2
    close(window)


def test_who_is_at_the_counter_takes_the_enquiry_and_is_in_the_change_log(
    qtbot, tmp_path: Path
) -> None:
    db = tmp_path / "shop.sqlite"
    shop(db)
    store = Store.open(db)
    ctx = Context(store, Actor("test"))
    setup.save(ctx, Setup(staff=[Member(None, "Ana Kovač", "owner"), Member(None, "Budi"),
                                 Member(None, "Siti", pin="2468")]))  # fmt: skip
    store.close()
    window = open_window(qtbot, db)
    picker = window.findChild(QToolButton, "staffPicker")
    qtbot.waitUntil(lambda: picker.isVisible())
    assert picker.text() == "Who is at the counter?"
    budi = next(p for p in window.counter.people if p[1] == "Budi")
    assert window.counter.switch_to(budi[0], "Budi")
    assert picker.text() == "Budi" and window.ctx.actor.name == "Budi"
    seen: list[str] = []
    siti = next(p for p in window.counter.people if p[1] == "Siti")
    answer_pin(qtbot, ["0000", None], seen)
    assert not window.counter.switch_to(siti[0], "Siti")  # wrong PIN, then Cancel
    assert window.ctx.actor.name == "Budi"
    mine = window.findChild(QCheckBox, "mineCheck")
    assert mine.isVisible()

    window.quick_log()
    log = window.quick_log_dialog
    assert log.findChild(QComboBox, "takenByCombo").currentText() == "Budi"
    log.name_edit.setText("Ana Novak")
    log.save()
    wait_saved(qtbot, log)
    enquiry = queries.enquiry(1)
    assert queries.staff_by_id(enquiry["taken_by"])["name"] == "Budi"
    last = models.Operation.select().order_by(models.Operation.id.desc()).first()
    assert last.actor == "Budi" and last.staff_id == budi[0]
    close(window)


def test_a_one_person_shop_sees_only_its_own_name(qtbot, tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    shop(db)
    store = Store.open(db)
    setup.save(Context(store, Actor("t")), Setup(staff=[Member(None, "Ana", "owner")]))
    store.close()
    window = open_window(qtbot, db)
    picker = window.findChild(QToolButton, "staffPicker")
    qtbot.waitUntil(picker.isVisible)
    assert picker.text() == "Ana" and window.ctx.actor.name == "Ana"
    assert picker.menu() is None
    assert not window.findChild(QCheckBox, "mineCheck").isVisible()
    window.quick_log()
    log = window.quick_log_dialog
    assert not log.findChild(QComboBox, "takenByCombo").isVisible()
    log.reject()
    close(window)


def test_a_demo_file_asks_for_the_shop_and_then_reads_local_numbers_in_rupiah(
    qtbot, tmp_path: Path
) -> None:
    """Tried as a new user would: `enquirydesk demo` on a new file, then the window."""
    db = tmp_path / "shop.sqlite"
    store = Store.open(db)
    ctx = Context(store, Actor("t"))
    settings.update(ctx, {declared.COUNTRY.key: "ID"})  # `demo` after a shop's country
    demo.generate(ctx, 600, seed=3)  # an Indonesian demo shop, its currency still unset
    store.close()
    window = open_window(qtbot, db)
    window.offer_demo_if_new()
    qtbot.waitUntil(lambda: window.first_run is not None)
    page = window.first_run
    country = page.findChild(QComboBox, "countryCombo")
    country.setCurrentIndex(country.findData("ID"))
    owner = page.findChild(QLineEdit, "ownerNameEdit").text()
    assert owner == "Hendra Wijaya"  # the demo's owner, among its several staff
    qtbot.mouseClick(page.findChild(QPushButton, "startEmptyButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.first_run is None)
    window.ctx.forget_cache()
    assert window.ctx.settings[declared.CURRENCY] == "IDR"
    # Whoever just set the shop up is at the counter: what they log is taken by them.
    picker = window.findChild(QToolButton, "staffPicker")
    qtbot.waitUntil(lambda: picker.text() == owner)
    assert window.ctx.actor.name == owner and window.ctx.actor.staff_id is not None
    someone = queries.customers_from("phone", "+62812", "+62813", 1)[0]["phone"]
    # An Indonesian mobile number, +62 812 xx…, as staff would dial it: 0812 xx
    typed, stored = f"0812 {someone[6:8]}", someone[:8]
    window.find()
    qtbot.keyClicks(window.enquiries.search, typed)
    window.enquiries.apply()  # at once, not after the pause in typing
    model = window.enquiries.model
    qtbot.waitUntil(lambda: model.complete, timeout=5000)
    assert model.rowCount() > 0
    facts = [model.row_facts(row) for row in range(min(model.rowCount(), 20))]
    phones = [found[0].phone or "" for found in facts if found is not None]
    assert phones and all(phone.startswith(stored) for phone in phones), phones
    window.enquiries.search.clear()
    window.enquiries.apply()
    qtbot.waitUntil(lambda: model.complete, timeout=5000)  # read off the GUI thread
    values = [model.data(model.index(row, 7)) for row in range(min(model.rowCount(), 60))]
    money = [text for text in values if text]
    # Rupiah as Indonesians write them: Rp 4.500.000, without decimals.
    assert money and all(text.startswith("Rp\u00a0") and "," not in text for text in money)
    close(window)


def test_restoring_and_merging_need_the_owners_pin_too(qtbot, tmp_path: Path) -> None:
    from enquirydesk.domain.errors import StoreError
    from enquirydesk.services import maintenance
    from enquirydesk.ui.file import problems

    db = tmp_path / "shop.sqlite"
    shop(db)
    store = Store.open(db)
    ctx = Context(store, Actor("t"))
    setup.save(ctx, Setup(staff=[Member(None, "Ana", "owner")], owner_pin="482913"))
    log_enquiry(ctx, NewEnquiry(channel="phone", name="Budi"))
    log_enquiry(ctx, NewEnquiry(channel="phone", name="Budi S."))
    store.close()
    backup = maintenance.backup(db, tmp_path / "b.sqlite")
    seen: list[str] = []
    answer_pin(qtbot, [None], seen)
    with pytest.raises(StoreError, match="PIN was not given"):
        problems.restore_with_progress(db, backup)
    answer_pin(qtbot, ["482913"], seen)
    problems.restore_with_progress(db, backup)  # the right PIN: restored
    assert len(seen) == 2

    window = open_window(qtbot, db)
    window.tabs.setCurrentWidget(window.customers)
    page = window.customers.page
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.dialog is None and page._detail is not None)
    answer_pin(qtbot, [None], seen)
    page.merge()
    assert page.dialog is None and len(seen) == 3
    close(window)
