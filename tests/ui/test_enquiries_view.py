"""The Enquiries page: a lazy table over every enquiry, searched as you type."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView

from enquirydesk.app import create_main_window
from enquirydesk.services import listing
from enquirydesk.services.context import Context
from enquirydesk.services.enquiries import NewEnquiry, log_enquiry
from enquirydesk.ui.common.tasks import Tasks
from enquirydesk.ui.enquiries import model as enquiry_model
from enquirydesk.ui.enquiries.model import EnquiryModel


def fill(ctx: Context, clock, count: int) -> list[int]:
    made = []
    for n in range(count):
        name = "Ana Novak" if n == 3 else f"Customer {n:03d}"
        made.append(
            log_enquiry(ctx, NewEnquiry(channel="phone", name=name, interest=f"Fridge {n}"))
            .created_id("enquiry")
        )  # fmt: skip
        clock.advance(minutes=1)
    return made


@pytest.fixture
def tasks(qapp, store):
    runner = Tasks()
    yield runner
    runner.shutdown(at_exit=store.close)  # the worker's own connection


def test_the_model_passes_qt_model_tester_while_ids_arrive_in_two_steps(
    qtbot, qtmodeltester, ctx: Context, clock, tasks, monkeypatch
) -> None:
    monkeypatch.setattr(enquiry_model.EnquiryModel, "FIRST", 5)
    monkeypatch.setattr(enquiry_model.EnquiryModel, "BLOCK", 4)
    made = fill(ctx, clock, 23)
    model = EnquiryModel(ctx, tasks)
    counted = []
    model.countChanged.connect(counted.append)
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.countChanged):
        model.load(listing.EnquiryFilter())
    assert model.rowCount() >= 5
    qtbot.waitUntil(lambda: model.complete)
    assert counted[-1] == model.rowCount() == 23
    assert [model.enquiry_id(r) for r in range(23)] == made[::-1]
    last = model.index(22, 1)
    assert model.data(last) == "Customer 000"
    assert model.data(model.index(22, 6)) == "Awaiting response"
    model.sort(0, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: model.complete)
    assert model.enquiry_id(0) == made[0]
    qtmodeltester.check(model)


def test_search_as_you_type_finds_a_customer_by_three_letters(qtbot, tmp_path: Path) -> None:
    window = create_main_window(str(tmp_path / "shop.sqlite"))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.enquiries.model.complete)  # read before the test writes
    ctx = window.ctx
    for name in ("Budi Santoso", "Ana Novak", "Citra Dewi"):
        log_enquiry(ctx, NewEnquiry(channel="walk_in", name=name))
    window.find()
    assert window.tabs.currentWidget() is window.enquiries
    search = window.findChild(QLineEdit, "searchBox")
    table = window.findChild(QTableView, "enquiryTable")
    count = window.findChild(QLabel, "matchCount")
    qtbot.keyClicks(search, "ana")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=2000)
    assert table.model().data(table.model().index(0, 1)) == "Ana Novak"
    assert count.text().split()[0] == "1"
    search.clear()
    qtbot.keyClicks(search, "zzz")
    empty = window.findChild(QLabel, "emptyState")
    qtbot.waitUntil(lambda: empty.isVisibleTo(window.enquiries), timeout=2000)
    assert "No enquiry matches" in empty.text()


def test_words_of_the_interest_are_found_as_typed_and_indexed_in_the_background(
    qtbot, tmp_path: Path
) -> None:
    from enquirydesk.store import search_index

    window = create_main_window(str(tmp_path / "shop.sqlite"))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.enquiries.model.complete)  # read before the test writes
    ctx = window.ctx
    fryer = log_enquiry(ctx, NewEnquiry(channel="chat", name="Budi", interest="Air fryer Philips"))
    log_enquiry(ctx, NewEnquiry(channel="chat", name="Ana", interest="Fridge"))
    assert search_index.waiting(ctx.store.db) == 2
    window.enquiries.index_for_search()
    qtbot.waitUntil(lambda: search_index.waiting(ctx.store.db) == 0, timeout=5000)
    window.find()
    search = window.findChild(QLineEdit, "searchBox")
    table = window.findChild(QTableView, "enquiryTable")
    qtbot.keyClicks(search, "FRYER")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=2000)
    assert window.enquiries.model.enquiry_id(0) == fryer.created_id("enquiry")
    assert table.model().data(table.model().index(0, 3)) == "Air fryer Philips"


def test_the_filters_are_remembered_between_sessions(qtbot, tmp_path: Path) -> None:
    path = str(tmp_path / "shop.sqlite")
    first = create_main_window(path)
    qtbot.addWidget(first)
    first.enquiries.status.setCurrentIndex(first.enquiries.status.findData("purchased"))
    first.enquiries.search.setText("ana")
    first.enquiries.apply()
    first.close()
    second = create_main_window(path)
    qtbot.addWidget(second)
    assert second.enquiries.chosen() == listing.EnquiryFilter(text="ana", status="purchased")


def test_both_ends_of_the_table_show_before_every_id_is_read(
    qtbot, qtmodeltester, ctx: Context, clock, tasks, monkeypatch
) -> None:
    import threading

    monkeypatch.setattr(enquiry_model.EnquiryModel, "FIRST", 5)
    made = fill(ctx, clock, 23)
    release = threading.Event()
    every = listing.ids

    def held(*args, **kwargs):
        release.wait(10)
        return every(*args, **kwargs)

    monkeypatch.setattr(listing, "ids", held)
    model = EnquiryModel(ctx, tasks)
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.countChanged, check_params_cb=lambda n: n == 23):
        model.load(listing.EnquiryFilter())
    assert not model.complete and model.rowCount() == 23
    assert model.enquiry_id(22) == made[0]  # the end, before the middle
    assert model.data(model.index(22, 1)) == "Customer 000"
    assert model.data(model.index(10, 0)) == "…"  # the middle, on its way
    release.set()
    qtbot.waitUntil(lambda: model.complete)
    assert [model.enquiry_id(r) for r in range(23)] == made[::-1]
    assert model.data(model.index(10, 0)) != "…"

    release.clear()
    with qtbot.waitSignal(model.firstShown):  # read off the GUI thread: shown once there
        model.sort(7, Qt.SortOrder.DescendingOrder)  # only the order changes: the count stands
    assert model.rowCount() == 23 and model.enquiry_id(0) is not None
    qtbot.waitUntil(lambda: model.enquiry_id(22) is not None)  # the end, before the middle
    assert not model.complete
    release.set()
    qtbot.waitUntil(lambda: model.complete)
    qtmodeltester.check(model)


def test_staff_period_and_saved_filters(qtbot, tmp_path: Path) -> None:
    from datetime import timedelta

    from enquirydesk.services.staff import add_staff

    window = create_main_window(str(tmp_path / "shop.sqlite"))
    qtbot.addWidget(window)
    ctx = window.ctx
    maja = add_staff(ctx, "Maja").created_id("staff")
    log_enquiry(ctx, NewEnquiry(channel="phone", name="Ana", staff_id=maja))
    log_enquiry(
        ctx,
        NewEnquiry(channel="phone", name="Budi", received_at=ctx.now() - timedelta(days=40)),
    )
    window.close()  # a new window knows the new staff member
    window = create_main_window(str(tmp_path / "shop.sqlite"))
    qtbot.addWidget(window)
    view = window.enquiries
    model = view.model
    view.staff.setCurrentIndex(view.staff.findData(maja))
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.data(model.index(0, 1)) == "Ana"
    view.staff.setCurrentIndex(0)
    view.period.setCurrentIndex(view.period.findData("7days"))
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.data(model.index(0, 1)) == "Ana"
    view.period.setCurrentIndex(view.period.findData("custom"))
    assert view.date_from.isVisibleTo(view) and view.date_to.isVisibleTo(view)

    view.period.setCurrentIndex(view.period.findData("7days"))
    view.keep_filter("This week")
    view.period.setCurrentIndex(0)
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    view.use_filter("This week")
    assert view.period.currentData() == "7days"
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    view.forget_filter("This week")
    assert view.saved_filters() == {}
