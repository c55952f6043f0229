"""Which enquiries an export holds and what each row says, on a small hand-made file."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from enquirydesk.domain.month import Month
from enquirydesk.services import export_rows, history, staff
from enquirydesk.services.context import Context
from enquirydesk.services.enquiries import (
    NewEnquiry,
    delete_enquiry,
    log_enquiry,
    mark_lost,
    mark_purchased,
    set_first_response,
)
from enquirydesk.services.feedback import record_feedback
from enquirydesk.store import queries

pytestmark = pytest.mark.both_engines

MARCH = Month(2026, 3)


def rows(ctx: Context, month: Month = MARCH) -> list[dict[str, object]]:
    with ctx.store.snapshot():
        return [
            dict(zip(export_rows.HEADINGS, row, strict=True))
            for row in export_rows.month_rows(ctx, month)
        ]


@pytest.fixture
def clock_after(clock):
    clock.set(datetime(2026, 4, 20, 12, 0))
    return clock


def test_the_month_is_received_in_it_and_not_deleted(ctx: Context, log, clock_after) -> None:
    at = {
        "before": datetime(2026, 2, 28, 23, 59, 59),
        "first": datetime(2026, 3, 1, 0, 0, 0),
        "deleted": datetime(2026, 3, 10, 10, 0),
        "last": datetime(2026, 3, 31, 23, 59, 59),
        "after": datetime(2026, 4, 1, 0, 0, 0),
    }
    ids = {name: log(name=name, received_at=moment) for name, moment in at.items()}
    delete_enquiry(ctx, ids["deleted"])
    found = rows(ctx)
    assert [r["Customer"] for r in found] == ["first", "last"]
    assert [r["Enquiry"] for r in found] == [ids["first"], ids["last"]]
    assert found[0]["Received"] == at["first"]
    assert [r["Customer"] for r in rows(ctx, Month(2026, 2))] == ["before"]


def test_a_row_carries_every_fact(ctx: Context, log, clock_after) -> None:
    ana = staff.add_staff(ctx, "Ana Kovač").created_id("staff")
    friend = log(name="Friend", received_at=datetime(2026, 3, 1, 9, 0))
    eid = log_enquiry(
        ctx,
        NewEnquiry(
            channel="email",
            name="Budi Santoso",
            phone="041 123 456",
            email="Budi@Example.com",
            interest="Gorenje fridge",
            details="Wants it delivered\nbefore Friday",
            source="recommendation",
            referred_by=queries.enquiry(friend)["customer"],
            received_at=datetime(2026, 3, 2, 8, 0),  # Monday, before opening at 9:00
            estimated_value="900",
            staff_id=ana,
        ),
    ).created_id("enquiry")
    set_first_response(ctx, eid, datetime(2026, 3, 2, 9, 30), how="email", staff_id=ana)
    mark_purchased(
        ctx,
        eid,
        value="1234.50",
        purchase_channel="delivery",
        factors=["brand", "price"],
        at=datetime(2026, 3, 5, 15, 0),
    )
    record_feedback(ctx, eid, rating=3, at=datetime(2026, 3, 9, 10, 0))
    latest = record_feedback(
        ctx,
        eid,
        rating=5,
        expectation="better",
        recommend=10,
        comment="Great",
        at=datetime(2026, 3, 20, 10, 0),
    )
    row = next(r for r in rows(ctx) if r["Enquiry"] == eid)
    assert row == row | {
        "Received": datetime(2026, 3, 2, 8, 0),
        "Customer": "Budi Santoso",
        "Phone": "+38641123456",
        "E-mail": "budi@example.com",
        "Channel": "E-mail",
        "Source": "Recommendation",
        "Referred by": "Friend",
        "Interest": "Gorenje fridge",
        "Details": "Wants it delivered\nbefore Friday",
        "First response": datetime(2026, 3, 2, 9, 30),
        "Answered how": "E-mail",
        "Response (clock min)": 90.0,
        "Response (business min)": 30.0,  # the clock starts at opening
        "Outcome": "Purchased",
        "Outcome at": datetime(2026, 3, 5, 15, 0),
        "Estimated value": Decimal("900.00"),
        "Purchase value": Decimal("1234.50"),
        "Purchase channel": "Delivery",
        "Lost reason": "",
        "Why they chose us": "Cheapest price; Famous brand",  # the catalogue's order
        "Feedback at": datetime(2026, 3, 20, 10, 0),
        "Rating (1-5)": 5,
        "Expectation": "Better than expected",
        "Would recommend (0-10)": 10,
        "Complaint": "no",
        "Complaint resolved": None,
        "Feedback comment": "Great",
    }
    assert row["Taken by"] == row["Answered by"] == "Ana Kovač"
    # Undo the latest feedback: the earlier one is the latest again.
    history.undo(ctx, latest.operation_id)
    row = next(r for r in rows(ctx) if r["Enquiry"] == eid)
    assert (row["Feedback at"], row["Rating (1-5)"], row["Expectation"]) == (
        datetime(2026, 3, 9, 10, 0),
        3,
        "",
    )


def test_open_and_lost_rows_leave_the_purchase_cells_empty(ctx: Context, log, clock_after) -> None:
    waiting = log(name="Waiting", received_at=datetime(2026, 3, 3, 10, 0))
    lost = log(name="Lost", received_at=datetime(2026, 3, 3, 11, 0), answered_now=True)
    mark_lost(ctx, lost, reason="competitor", at=datetime(2026, 3, 4, 10, 0))
    by_id = {r["Enquiry"]: r for r in rows(ctx)}
    assert by_id[waiting] == by_id[waiting] | {
        "Outcome": "Open",
        "First response": None,
        "Response (clock min)": None,
        "Purchase value": None,
        "Why they chose us": "",
        "Feedback at": None,
        "Complaint": "",
    }
    assert by_id[lost] == by_id[lost] | {
        "Outcome": "Lost",
        "Lost reason": "Bought elsewhere",
        "Response (clock min)": 0.0,
        "Purchase value": None,
    }
