"""Sorting a searched list never blocks the window: on a file of 100,000 demo enquiries,
every header of the Enquiries and the Customers tables is clicked (both ways) while a
search is active, with the GUI thread watched (`ui.common.gui_watch`), and no block of
the program's own over 100 ms may happen. And what a search matched, kept for sorting
again, is dropped when an enquiry changes.

Only the clicks are watched (opening the window, its first paint and building the
Customers page are not what is tested), and a block counts only when the watch found
the program's own code running in it: a busy machine that does not run the test for a
while is not a freeze of the program.

Going down the same file's enquiries and customers with the keyboard, each row's card
read on the worker, never blocks the window either."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QTableView

from enquirydesk.services import listing
from enquirydesk.services.context import Context
from enquirydesk.services.enquiries import NewEnquiry, log_enquiry, mark_purchased
from enquirydesk.ui.common import gui_watch
from enquirydesk.ui.common.gui_watch import GuiWatch
from enquirydesk.ui.common.tasks import Tasks
from enquirydesk.ui.enquiries.model import EnquiryModel
from support import close_window, open_shop_window, set_up_shop

ENQUIRIES = 100_000
#: What is watched for, and the longest block allowed.
WATCH_MS = 50
LONGEST_S = 0.100
#: At a million enquiries a match of up to 100,000 is kept aside and sorted from there,
#: a larger one walks the order's index; the same share of this file is 10,000, so that
#: both ways are clicked through.
KEEP = 10_000
#: "gorenje": 33,831 enquiries (walked); "novak": 3,185, of 2,391 customers (kept);
#: "041 23": 81 (a phone number's digits).
ENQUIRY_SEARCHES = ("gorenje", "novak", "041 23")
CUSTOMER_SEARCHES = ("novak", "041 23")


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Slovenian shop's demo file of 100,000 enquiries, made once."""
    from enquirydesk.services import demo
    from enquirydesk.services.context import Actor, Context
    from enquirydesk.store.database import Store

    db = tmp_path_factory.mktemp("no_freeze") / "shop.sqlite"
    set_up_shop(db, **{"shop.country": "SI", "shop.name": "Trgovina", "shop.currency": "EUR"})
    store = Store.open(db)
    try:
        demo.generate(Context(store, Actor("test")), ENQUIRIES)
    finally:
        store.close()
    return db


def click_header(qtbot, table: QTableView, column: int) -> None:
    """A click on the middle of a column's heading, as the mouse does it."""
    header = table.horizontalHeader()
    assert not header.isSectionHidden(column)
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    assert 0 <= x < header.viewport().width(), f"column {column} is out of sight"
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def settled(qtbot, model) -> None:
    """Every id of the list read and shown."""
    qtbot.waitUntil(lambda: not model.pending and model.complete, timeout=30_000)


def search(qtbot, box, model, text: str, apply) -> None:
    box.clear()
    qtbot.keyClicks(box, text)
    apply()
    settled(qtbot, model)
    assert model.rowCount() > 0, text


def freezes(watch: GuiWatch) -> str:
    return "\n\n".join(
        block.describe() for block in watch.blocks if block.ours and block.seconds > LONGEST_S
    )


@pytest.mark.slow
def test_clicking_every_header_while_searching_never_blocks_the_window(
    qtbot, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(listing, "KEEP", KEEP)
    window = open_shop_window(qtbot, demo_file)
    window.resize(1700, 900)
    qtbot.waitExposed(window)
    view = window.enquiries
    window.tabs.setCurrentWidget(view)
    settled(qtbot, view.model)
    watch = GuiWatch(WATCH_MS)
    try:
        header = view.table.horizontalHeader()
        for text in ENQUIRY_SEARCHES:
            search(qtbot, view.search, view.model, text, view.apply)
            watch.blocks.clear()  # only the clicks
            for column in range(view.model.columnCount()):
                for _ in range(2):  # one way, then the other
                    before = (header.sortIndicatorSection(), header.sortIndicatorOrder())
                    click_header(qtbot, view.table, column)
                    after = (header.sortIndicatorSection(), header.sortIndicatorOrder())
                    assert after != before and after[0] == column
                    settled(qtbot, view.model)
            assert not freezes(watch), f"searching {text!r}:\n" + freezes(watch)

        window.tabs.setCurrentWidget(window.customers)
        page = window.customers.page
        settled(qtbot, page.model)
        for text in CUSTOMER_SEARCHES:
            search(qtbot, page.search, page.model, text, page.apply)
            watch.blocks.clear()
            for column in range(page.model.columnCount()):
                for _ in range(2):
                    click_header(qtbot, page.table, column)
                    settled(qtbot, page.model)
            assert not freezes(watch), f"customers, {text!r}:\n" + freezes(watch)
    finally:
        watch.stop()
        close_window(window)


def walk(qtbot, table: QTableView, card, rows: int) -> None:
    """Down through `rows` rows as fast as keys come (the cards of rows passed are not
    wanted), then to the last row; each time the card of the row selected is shown."""
    for _ in range(rows):
        qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: not card.pending, timeout=30_000)
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_End):
        qtbot.keyClick(table, key, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: not card.pending, timeout=30_000)


@pytest.mark.slow
def test_going_down_the_enquiries_and_customers_never_blocks_the_window(
    qtbot, demo_file: Path
) -> None:
    window = open_shop_window(qtbot, demo_file)
    window.resize(1700, 900)
    qtbot.waitExposed(window)
    view = window.enquiries
    window.tabs.setCurrentWidget(view)
    settled(qtbot, view.model)
    watch = GuiWatch(WATCH_MS)
    try:
        view.table.setFocus()
        view.table.selectRow(0)  # the pane made (its first showing is not what is tested)
        pane = view.detail
        qtbot.waitUntil(lambda: not pane.pending, timeout=30_000)
        watch.blocks.clear()
        walk(qtbot, view.table, pane, 25)
        assert pane.card is not None and pane.card.facts.id == view.selected_id()
        assert view.selected_id() == view.model.enquiry_id(view.model.rowCount() - 1)
        assert not freezes(watch), "enquiries:\n" + freezes(watch)

        window.tabs.setCurrentWidget(window.customers)
        page = window.customers.page
        settled(qtbot, page.model)
        page.table.setFocus()
        page.table.selectRow(0)
        card = page.detail
        qtbot.waitUntil(lambda: not card.pending, timeout=30_000)
        watch.blocks.clear()
        walk(qtbot, page.table, card, 25)
        assert card.card is not None and card.card.id == page.selected_id()
        assert not freezes(watch), "customers:\n" + freezes(watch)
    finally:
        watch.stop()
        close_window(window)


def test_an_enquiry_changed_is_sorted_by_its_new_value(
    qtbot, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The match of a search is kept to be sorted again; a change the list hears of
    (`forget`, as the page calls it) has it read again."""
    monkeypatch.setattr(EnquiryModel, "FIRST", 2)  # a list longer than its first screenful
    made = [
        log_enquiry(
            ctx, NewEnquiry(channel="phone", name=f"Ana {n}", interest="Fridge", estimated_value=v)
        ).created_id("enquiry")
        for n, v in enumerate(("100", "200", "300", "400"))
    ]
    tasks = Tasks()
    try:
        model = EnquiryModel(ctx, tasks)
        value = [key for key, _ in model.COLUMNS].index("value")

        def by_value(order: Qt.SortOrder) -> list[int | None]:
            model.sort(value, order)
            qtbot.waitUntil(lambda: model.complete)
            return [model.enquiry_id(row) for row in range(model.rowCount())]

        model.load(listing.EnquiryFilter(text="fridge"))
        qtbot.waitUntil(lambda: model.complete)
        assert by_value(Qt.SortOrder.DescendingOrder) == made[::-1]
        mark_purchased(ctx, made[0], value="999")
        model.forget({made[0]})
        assert by_value(Qt.SortOrder.AscendingOrder) == [*made[1:], made[0]]
    finally:
        tasks.shutdown(at_exit=ctx.store.close)  # the worker's own connection


def test_the_watch_names_a_block_of_the_program_and_where_it_was(qtbot) -> None:
    log = io.StringIO()
    watch = GuiWatch(40, log)
    tasks = Tasks()
    try:
        qtbot.wait(50)
        watch.blocks.clear()
        done: list[bool] = []
        # An answer handled on the GUI thread (in the program's code) that takes 0.2 s.
        tasks.run(lambda: None, lambda _result: done.append(time.sleep(0.2) is None))
        qtbot.waitUntil(lambda: bool(done))
        qtbot.wait(50)  # the event loop turns again: the block is over
        longest = watch.longest()
        assert longest is not None and longest.seconds >= 0.2
        assert "ui/common/tasks.py" in longest.describe()
        assert log.getvalue().startswith("GUI thread blocked for ")
        watch.blocks.clear()
        QTimer.singleShot(0, lambda: time.sleep(0.2))  # the test's own code, not the program's
        qtbot.wait(300)
        assert watch.longest(ours=False) is not None and watch.longest() is None
    finally:
        watch.stop()
        tasks.shutdown()


def test_the_watch_starts_from_the_environment(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setattr(gui_watch, "running", None)
    monkeypatch.delenv(gui_watch.THRESHOLD, raising=False)
    assert gui_watch.from_environment() is None
    monkeypatch.setenv(gui_watch.THRESHOLD, "soon")
    assert gui_watch.from_environment() is None
    assert "ENQUIRYDESK_WATCH_GUI=soon is not a number of milliseconds" in capsys.readouterr().err
    monkeypatch.setenv(gui_watch.THRESHOLD, "75")
    monkeypatch.setenv(gui_watch.LOG, str(tmp_path / "blocks.txt"))
    watch = gui_watch.from_environment()
    assert watch is not None and watch.threshold == 0.075
    try:
        qtbot.wait(20)
        QTimer.singleShot(0, lambda: time.sleep(0.15))
        qtbot.wait(250)
    finally:
        watch.stop()
        watch.log.close()
    assert (tmp_path / "blocks.txt").read_text(encoding="utf-8").startswith("GUI thread blocked")
