"""Customers → "Export this customer's data…": offered in the list's right-click menu and on
the card, it writes the file chosen in the save dialog (PDF or JSON) in the background,
and the status bar says where."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QPushButton

from enquirydesk.services.context import Actor, Context
from enquirydesk.services.enquiries import NewEnquiry, log_enquiry
from enquirydesk.store.database import Store
from support import close_window, open_shop_window, set_up_shop


@pytest.fixture
def shop(qtbot, tmp_path: Path):
    db = tmp_path / "shop.sqlite"
    set_up_shop(db, **{"shop.country": "SI", "shop.name": "Trgovina"})
    store = Store.open(db)
    try:
        ctx = Context(store, Actor("test"))
        ids = [
            log_enquiry(ctx, NewEnquiry(channel="phone", name=name, phone=phone)).created_id(
                "customer"
            )
            for name, phone in (("Ana Kovač", "041 123 456"), ("Marko Novak", "040 111 222"))
        ]
    finally:
        store.close()
    window = open_shop_window(qtbot, db)
    yield window, ids
    close_window(window)


def test_the_action_writes_the_customers_file(
    qtbot, shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, (ana, _marko) = shop
    window.tabs.setCurrentWidget(window.customers)
    page = window.customers.page
    qtbot.waitUntil(lambda: page.model.row_of(ana) is not None)
    page.select(ana)
    qtbot.waitUntil(lambda: page.detail.card is not None and page.detail.card.id == ana)

    action = page.findChild(QAction, "exportCustomerDataAction")
    assert action.text() == "E&xport this customer's data…"
    assert action in page.table.actions() and action in page.detail.actions()
    button = page.detail.findChild(QPushButton, "exportCustomerDataButton")
    assert button.isVisible() and button.isEnabled()

    asked: list[tuple[str, str]] = []
    answers = [
        (tmp_path / "ana.json", "JSON file for a program (*.json)"),
        (tmp_path / "ana", "PDF document to read (*.pdf)"),  # no extension: the filter's
    ]

    def choose(parent, title, default, filters):
        asked.append((default, filters))
        name, chosen = answers.pop(0)
        return str(name), chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    action.trigger()
    qtbot.waitUntil(lambda: not page.customer_data.busy, timeout=20_000)
    target = tmp_path / "ana.json"
    assert window.statusBar().currentMessage() == f"Saved the customer's data to {target}"
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["customer"]["id"] == ana and data["customer"]["name"] == "Ana Kovač"
    assert "Marko Novak" not in target.read_text(encoding="utf-8")
    default, filters = asked[0]
    assert Path(default).name.startswith("Data held about Ana Kovač ")
    assert Path(default).suffix == ".pdf"
    assert filters == "PDF document to read (*.pdf);;JSON file for a program (*.json)"

    button.click()  # the card's button does the same
    qtbot.waitUntil(lambda: not page.customer_data.busy, timeout=20_000)
    pdf = tmp_path / "ana.pdf"
    assert window.statusBar().currentMessage() == f"Saved the customer's data to {pdf}"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert Path(asked[1][0]).parent == tmp_path  # the folder used last
