"""Customers → "Forget this customer…": offered in the list's right-click menu and on the
card, it asks for the owner's PIN when set, explains what goes and what stays, and
forgets only once the customer's name is typed; the pages then show an anonymous
record, and nothing before it can be undone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QPushButton

from enquirydesk import paths
from enquirydesk.services.context import Actor, Context
from enquirydesk.services.customer_edit import edit_customer
from enquirydesk.services.enquiries import NewEnquiry, log_enquiry
from enquirydesk.store.database import Store
from enquirydesk.ui.customers import forget as forget_module
from support import close_window, open_shop_window, set_up_shop


@pytest.fixture
def shop(qtbot, tmp_path: Path):
    db = tmp_path / "shop.sqlite"
    set_up_shop(db, **{"shop.country": "SI", "shop.name": "Trgovina"})
    store = Store.open(db)
    try:
        ctx = Context(store, Actor("test"))
        ids = [
            log_enquiry(
                ctx, NewEnquiry(channel="phone", name=name, phone=phone, interest=interest)
            ).created_id("customer")
            for name, phone, interest in (
                ("Ana Kovač", "041 123 456", "Quarzwerk blender"),
                ("Marko Novak", "040 111 222", "Kettle"),
                ("", "031 555 777", "Toaster"),
            )
        ]
    finally:
        store.close()
    window = open_shop_window(qtbot, db)
    yield window, ids
    close_window(window)


def shown(qtbot, window, customer_id: int):
    window.tabs.setCurrentWidget(window.customers)
    page = window.customers.page
    qtbot.waitUntil(lambda: page.model.row_of(customer_id) is not None)
    page.select(customer_id)
    qtbot.waitUntil(lambda: page.detail.card is not None and page.detail.card.id == customer_id)
    return page


def texts(dialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_forget_waits_for_the_name_then_leaves_an_anonymous_record(qtbot, shop) -> None:
    window, (ana, marko, _nameless) = shop
    page = shown(qtbot, window, ana)
    # A change of this session, in the undo history before the forgetting.
    window.done(edit_customer(
        window.ctx, ana, name="Ana Kovač", phone="041 123 456", email="ana@example.si",
        handle="", notes="Likes blue", referred_by=None,
    ))  # fmt: skip
    assert window.undo_action.isEnabled()
    qtbot.waitUntil(lambda: not page.detail.pending)  # the card read again, on the worker
    # Searches that name her, kept by the window in its settings file: typed and saved.
    view = window.enquiries
    view.search.setText("kovač")
    view.keep_filter("Ana's")
    view.search.setText("Kettle")
    view.keep_filter("kettles")
    view.search.setText("123 456")
    page.search.setText("ana@exam")

    action = page.findChild(QAction, "forgetCustomerAction")
    assert action.text() == "&Forget this customer…"
    assert action.shortcut() == QKeySequence("Ctrl+Shift+Del")
    assert action in page.table.actions() and action in page.detail.actions()
    button = page.detail.findChild(QPushButton, "forgetCustomerButton")
    assert button.isVisible() and button.isEnabled()

    button.click()
    dialog = page.forgetting.dialog
    assert dialog is not None and dialog.objectName() == "forgetCustomerDialog"
    said = texts(dialog)
    assert "Forget Ana Kovač?" in said
    assert "stays as an anonymous record (“Forgotten customer”)" in said  # one enquiry
    assert "This cannot be undone" in said
    assert "No backups of this file were found" in said
    assert "Type the customer's name to confirm:" in said
    forget = dialog.findChild(QPushButton, "forgetButton")
    typed = dialog.typed
    assert not forget.isEnabled()
    for wrong in ("Ana", "Ana Kovac", "Marko Novak"):
        typed.setText(wrong)
        assert not forget.isEnabled()
        qtbot.keyClick(typed, Qt.Key.Key_Return)  # Enter does nothing until it is right
        assert dialog.isVisible()
    typed.setText("  ana   KOVAČ ")
    assert forget.isEnabled()
    forget.click()
    qtbot.waitUntil(lambda: not page.forgetting.busy, timeout=20_000)

    said = window.statusBar().currentMessage()
    assert said.startswith("Forgot the personal data of 1 customer")
    assert said.endswith(", as asked. This cannot be undone.")
    qtbot.waitUntil(lambda: getattr(page.detail.card, "forgotten_at", None) is not None)
    assert page.detail.name_label.text() == "Forgotten customer"
    assert not page.detail.edit_button.isEnabled() and not page.detail.merge_button.isEnabled()
    row = page.model.row_of(ana)
    assert page.model.data(page.model.index(row, 0)) == "Forgotten customer"
    assert not window.undo_action.isEnabled()  # what was done before is final too
    # No search that names her is kept; the others are.
    assert view.search.text() == "" and page.search.text() == ""
    assert list(view.saved_filters()) == ["kettles"]
    ini = (paths.config_dir() / "window.ini").read_text(encoding="utf-8")
    assert "kovač" not in ini.lower() and "123 456" not in ini and "ana@exam" not in ini

    page.forgetting.forget(ana)  # a second time: said, not asked
    assert page.forgetting.dialog is None
    assert window.statusBar().currentMessage() == "This customer was forgotten already."
    assert page.model.row_of(marko) is not None  # nobody else went


def test_cancel_forgets_nobody_and_a_nameless_customer_is_confirmed_by_number(qtbot, shop) -> None:
    window, (ana, _marko, nameless) = shop
    page = shown(qtbot, window, ana)
    page.forgetting.action.trigger()
    dialog = page.forgetting.dialog
    dialog.typed.setText("Ana Kovač")
    dialog.reject()
    qtbot.waitUntil(lambda: page.forgetting.dialog is None)
    assert not page.forgetting.busy
    assert page.detail.card.name == "Ana Kovač"

    page = shown(qtbot, window, nameless)
    page.forgetting.forget()
    dialog = page.forgetting.dialog
    assert "Type 031 555 777 to confirm:" in texts(dialog)
    dialog.typed.setText("+386 31 555 777")
    qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.forgetting.busy, timeout=20_000)
    qtbot.waitUntil(lambda: getattr(page.detail.card, "forgotten_at", None) is not None)
    assert page.detail.name_label.text() == "Forgotten customer"


def test_the_owners_pin_is_asked_first(qtbot, shop, monkeypatch: pytest.MonkeyPatch) -> None:
    window, (ana, _marko, _nameless) = shop
    page = shown(qtbot, window, ana)
    asked: list[str] = []

    def refuse(ctx, parent, what: str) -> bool:
        asked.append(what)
        return False

    monkeypatch.setattr(forget_module, "owner_allows", refuse)
    page.forgetting.forget()
    assert asked == ["Forgetting a customer"]
    assert page.forgetting.dialog is None and not page.forgetting.busy
    assert page.detail.card.name == "Ana Kovač"
