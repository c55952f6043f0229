"""The long lists' shared model (`ui/common/id_list_model.py`), as the Enquiries and the
Customers pages use it: `row_of` finds an id at either end of the list before every id
has arrived, so that a row chosen there (the last one, a customer just merged) is
selected at once instead of after a read of a million ids."""

from __future__ import annotations

import threading

import pytest

from enquirydesk.services import directory, listing
from enquirydesk.services.context import Context
from enquirydesk.services.enquiries import NewEnquiry, log_enquiry
from enquirydesk.ui.common.id_list_model import IdListModel
from enquirydesk.ui.common.tasks import Tasks
from enquirydesk.ui.customers.model import CustomerModel
from enquirydesk.ui.enquiries.model import EnquiryModel

ROWS = 23
FIRST = 5  # ids at each end before the rest: the last five rows are the tail


@pytest.fixture
def tasks(qapp, store):
    runner = Tasks()
    yield runner
    runner.shutdown(at_exit=store.close)  # the worker's own connection


def enquiries_model(ctx: Context, tasks: Tasks, made: list[tuple[int, int]]):
    """The Enquiries page's model, newest first, and its ids in the order shown."""
    model = EnquiryModel(ctx, tasks)
    return model, lambda: model.load(listing.EnquiryFilter()), [e for e, _ in made][::-1]


def customers_model(ctx: Context, tasks: Tasks, made: list[tuple[int, int]]):
    """The Customers page's model, by name, and its ids in the order shown."""
    model = CustomerModel(ctx, tasks)
    return model, lambda: model.load(""), [c for _, c in made]


@pytest.mark.parametrize(
    ("make", "service"),
    [(enquiries_model, listing), (customers_model, directory)],
    ids=["enquiries", "customers"],
)
def test_row_of_finds_an_id_of_the_tail_before_every_id_is_read(
    qtbot, qtmodeltester, ctx: Context, clock, tasks: Tasks, monkeypatch, make, service
) -> None:
    made = []
    for n in range(ROWS):
        changes = log_enquiry(ctx, NewEnquiry(channel="phone", name=f"Customer {n:03d}"))
        made.append((changes.created_id("enquiry"), changes.created_id("customer")))
        clock.advance(minutes=1)
    release = threading.Event()
    every = service.ids

    def held(*args, **kwargs):  # every id waits: only both ends are there
        release.wait(10)
        return every(*args, **kwargs)

    monkeypatch.setattr(service, "ids", held)
    model, load, shown = make(ctx, tasks, made)
    assert isinstance(model, IdListModel)
    monkeypatch.setattr(model, "FIRST", FIRST)
    try:
        with qtbot.waitSignal(model.countChanged, check_params_cb=lambda n: n == ROWS):
            load()
        qtbot.waitUntil(lambda: model.id_at(ROWS - 1) is not None)  # the tail is in
        assert not model.complete and model.rowCount() == ROWS
        assert model.row_of(shown[-1]) == ROWS - 1  # the last row, from the tail
        assert model.row_of(shown[ROWS - FIRST]) == ROWS - FIRST  # the tail's first
        assert model.row_of(shown[0]) == 0  # the head
        assert model.row_of(shown[10]) is None  # the middle: not read yet
        qtmodeltester.check(model)
    finally:
        release.set()
    qtbot.waitUntil(lambda: model.complete)
    assert [model.id_at(row) for row in range(ROWS)] == shown
    assert model.row_of(shown[10]) == 10 and model.row_of(shown[-1]) == ROWS - 1
