"""Settings → Privacy in the window: retention off by default, the preview of who would be
forgotten, the question before saving it switched on, the run at start; and the consent
checkbox with its date in the customer's form and on their card."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QPushButton, QSpinBox

from enquirydesk.domain import settings as declared
from enquirydesk.services import directory, settings
from enquirydesk.services.context import Actor, Context
from enquirydesk.services.enquiries import NewEnquiry, log_enquiry, mark_purchased
from enquirydesk.store import models, queries
from enquirydesk.store.database import Store
from enquirydesk.ui.customers.dialogs import EditCustomerDialog
from enquirydesk.ui.settings.privacy_page import PreviewDialog
from support import FakeClock
from support import close_window as close
from support import open_shop_window as open_window
from support import saved as wait_saved
from support import set_up_shop as shop


def fill(db: Path, months: int = 0) -> dict[str, int]:
    """Two customers quiet for 400 days (one bought), one who enquired last week; their
    customer ids by name. The dates follow the real clock, as the window's does."""
    now = datetime.now().replace(microsecond=0)
    clock = FakeClock(now - timedelta(days=400))
    shop(db, **{"shop.country": "SI", "shop.name": "Test shop"})
    store = Store.open(db, now=clock)
    ids: dict[str, int] = {}
    try:
        ctx = Context(store, Actor("test"), clock)
        for name, phone in (("Quiet Kovač", "041 100 100"), ("Buyer Horvat", "041 300 300")):
            changes = log_enquiry(ctx, NewEnquiry(channel="phone", name=name, phone=phone))
            ids[name] = customer_of(changes.created_id("enquiry"))
            if name.startswith("Buyer"):
                mark_purchased(ctx, changes.created_id("enquiry"), value="100")
        clock.set(now - timedelta(days=7))
        recent = log_enquiry(ctx, NewEnquiry(channel="phone", name="Recent", phone="041 400 400"))
        ids["Recent"] = customer_of(recent.created_id("enquiry"))
        if months:
            settings.update(ctx, {declared.FORGET_AFTER_MONTHS.key: months})
    finally:
        store.close()
    return ids


def customer_of(enquiry_id: int) -> int:
    row = queries.enquiry(enquiry_id)
    assert row is not None
    return row["customer"]


def settings_dialog(qtbot, window):
    window.findChild(QAction, "settingsAction").trigger()
    qtbot.waitUntil(lambda: window.settings_dialog is not None)
    return window.settings_dialog


def answer(qtbot, box_name: str, button_name: str, seen: list[str]) -> None:
    """Press `button_name` in the message box `box_name` when it comes up (a modal loop);
    its text goes into `seen`."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if box is None or box.objectName() != box_name:
            QTimer.singleShot(10, press)
            return
        seen.append(box.text())
        box.findChild(QPushButton, button_name).click()

    QTimer.singleShot(0, press)


def forgotten() -> list[int]:
    return [
        row.id
        for row in models.Customer.select(models.Customer.id)
        .where(models.Customer.forgotten_at.is_null(False))
        .order_by(models.Customer.id)
    ]


def test_the_page_previews_who_would_be_forgotten_and_asks_before_saving(
    qtbot, qtmodeltester, tmp_path: Path
) -> None:
    db = tmp_path / "shop.sqlite"
    ids = fill(db)
    window = open_window(qtbot, db)
    dialog = settings_dialog(qtbot, window)
    page = dialog.page("privacyPage")
    forget = page.findChild(QCheckBox, "forgetAfterCheck")
    months = page.findChild(QSpinBox, "forgetAfterMonthsSpin")
    consent = page.findChild(QCheckBox, "offersNeedConsentCheck")
    assert not forget.isChecked() and not months.isEnabled() and not consent.isChecked()
    assert months.value() == 24 and months.suffix() == " months"
    explanation = page.findChild(QLabel, "retentionExplanation").text()
    assert "every figure" in explanation and "cannot be undone" in explanation
    assert "Backups" in explanation

    # The preview, before switching it on: with 24 months nobody, with 12 the quiet one.
    qtbot.mouseClick(
        page.findChild(QPushButton, "retentionPreviewButton"), Qt.MouseButton.LeftButton
    )
    preview = page.preview_dialog
    assert isinstance(preview, PreviewDialog)
    qtbot.waitUntil(lambda: preview.candidates is not None)
    assert preview.model.rowCount() == 0
    assert preview.count.text().startswith("Nobody would be forgotten now")
    preview.close()
    qtbot.waitUntil(lambda: page.preview_dialog is None)
    months.setValue(12)
    qtbot.mouseClick(
        page.findChild(QPushButton, "retentionPreviewButton"), Qt.MouseButton.LeftButton
    )
    preview = page.preview_dialog
    qtbot.waitUntil(lambda: preview.candidates is not None)
    model = preview.model
    qtmodeltester.check(model)
    assert [model.key(item) for item in model.items()] == [ids["Quiet Kovač"]]
    assert [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            for c in range(3)] == ["Customer", "Last enquiry", "Enquiries"]  # fmt: skip
    assert model.data(model.index(0, 0)) == "Quiet Kovač"
    assert model.data(model.index(0, 2)) == "1"
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert model.data(model.index(0, 2), Qt.ItemDataRole.TextAlignmentRole) == int(right)
    assert preview.count.text().startswith("1 customer who never bought would be forgotten")
    preview.close()

    # Switched on: Save asks first, saying how many; Cancel saves nothing.
    qtbot.mouseClick(forget, Qt.MouseButton.LeftButton)
    assert months.isEnabled()
    qtbot.mouseClick(consent, Qt.MouseButton.LeftButton)
    seen: list[str] = []
    answer(qtbot, "retentionQuestion", "retentionCancelButton", seen)
    save_button = dialog.findChild(QPushButton, "saveSettingsButton")
    qtbot.mouseClick(save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen) and save_button.isEnabled())
    assert seen[0].startswith("1 customer who never bought would be forgotten now")
    assert window.settings_dialog is dialog and dialog.isVisible()
    window.ctx.forget_cache()
    assert window.ctx.settings[declared.FORGET_AFTER_MONTHS] == 0
    close(window)


def test_saving_it_on_forgets_at_once_and_the_status_bar_says_how_many(
    qtbot, tmp_path: Path
) -> None:
    db = tmp_path / "shop.sqlite"
    ids = fill(db)
    window = open_window(qtbot, db)
    dialog = settings_dialog(qtbot, window)
    page = dialog.page("privacyPage")
    page.findChild(QCheckBox, "forgetAfterCheck").setChecked(True)
    page.findChild(QSpinBox, "forgetAfterMonthsSpin").setValue(12)
    seen: list[str] = []
    answer(qtbot, "retentionQuestion", "retentionConfirmButton", seen)
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveSettingsButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.settings_dialog is None)
    window.ctx.forget_cache()
    assert window.ctx.settings[declared.FORGET_AFTER_MONTHS] == 12
    qtbot.waitUntil(lambda: forgotten() == [ids["Quiet Kovač"]])
    qtbot.waitUntil(lambda: not window.retention.running)
    message = window.statusBar().currentMessage()
    assert message.startswith("Forgot the personal data of 1 customer")
    close(window)


def test_the_window_forgets_at_start_when_it_is_on(qtbot, tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    ids = fill(db, months=12)
    window = open_window(qtbot, db)
    qtbot.waitUntil(lambda: forgotten() == [ids["Quiet Kovač"]])
    qtbot.waitUntil(lambda: window.retention.last_day is not None)
    assert window.retention.timer.isActive()
    # Once a day: the same day again does nothing more.
    window.retention._hour()
    assert not window.retention.running
    close(window)


def test_the_consent_checkbox_records_the_date_and_the_card_shows_it(qtbot, tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    ids = fill(db)
    window = open_window(qtbot, db)
    window.tabs.setCurrentWidget(window.customers)
    view = window.customers.page
    qtbot.waitUntil(lambda: view.model.complete or view.model.rowCount() > 0)
    customer = ids["Recent"]
    view.select(customer)
    qtbot.waitUntil(lambda: view.detail.customer_id == customer)
    qtbot.waitUntil(lambda: not view.detail.pending)  # the card read on the worker
    view.edit()
    qtbot.waitUntil(lambda: isinstance(view.dialog, EditCustomerDialog))
    form = view.dialog
    check = form.findChild(QCheckBox, "customerConsentCheck")
    since = form.findChild(QLabel, "customerConsentSince")
    assert check.text() == "Agreed to be contacted &with offers"
    assert not check.isChecked() and not since.isVisible()
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Space)
    assert check.isChecked() and since.isVisible()
    today = window.ctx.formats.long_date(datetime.now())
    assert since.text() == f"since {today}"
    with qtbot.waitSignal(view.changed):
        form.accept()
    wait_saved(qtbot, form)
    card = directory.card(window.ctx, customer)
    assert card.consent_at is not None and card.consent_at.date() == datetime.now().date()
    qtbot.waitUntil(lambda: "agreed to be contacted with offers since" in view.detail.since.text())
    assert today in view.detail.since.text()
    operation = models.Operation.select().order_by(models.Operation.id.desc()).first()
    assert operation.action == "edit_customer"

    # Unticked: no longer agreed, and the card no longer says so.
    qtbot.waitUntil(lambda: not view.detail.pending)
    view.edit()
    qtbot.waitUntil(lambda: isinstance(view.dialog, EditCustomerDialog) and view.dialog is not form)
    form = view.dialog
    check = form.findChild(QCheckBox, "customerConsentCheck")
    assert check.isChecked()
    assert form.findChild(QLabel, "customerConsentSince").text() == f"since {today}"
    check.setChecked(False)
    with qtbot.waitSignal(view.changed):
        form.accept()
    assert directory.card(window.ctx, customer).consent_at is None
    qtbot.waitUntil(lambda: "agreed" not in view.detail.since.text())
    close(window)
