"""The customers' word index filled at once (a bulk load, a schema change) holds the
very documents its triggers write one customer at a time."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from enquirydesk.services import importer
from enquirydesk.services.context import Context
from enquirydesk.services.enquiries import NewEnquiry, log_enquiry
from enquirydesk.store import customer_index
from enquirydesk.store.database import Store

HEADER = (
    "received_at,channel,customer_name,phone,email,interest,staff,source,first_response_at,"
    "outcome,outcome_at,value,purchase_channel,lost_reason,decision_factors,feedback_at,rating,"
    "expectation,nps,complaint,notes"
)

PEOPLE = [
    ("Ana Kovač", "041 123 456", "ana@example.com"),
    ("Ana Kovač", "+62 812 3456 7890", "ana@example.com"),  # her second number
    ("Budi", "041 555 555", "budi@example.com"),
    ("", "041 555 555", "budi.santoso@example.co.id"),  # his second address
    ("Citra", "", ""),
    ("", "+1 202 555 0123", ""),
    ("", "", "nobody@example.com"),
    ("Dani", "00386 1 411 22 20", "dani@example.com"),
]


def _documents(store: Store) -> list[tuple]:
    return store.db.execute_sql(
        f'SELECT rowid, name, phones, emails, locals FROM "{customer_index.TABLE}" ORDER BY rowid'
    ).fetchall()


def _written_by_the_triggers(store: Store) -> list[tuple]:
    document = customer_index._DOCUMENT.format("c.id > 0")
    return store.db.execute_sql(f"{document} ORDER BY c.id").fetchall()


def test_filling_the_index_at_once_writes_what_the_triggers_write(
    ctx: Context, store: Store, clock
) -> None:
    for day, (name, phone, email) in enumerate(PEOPLE, 1):
        log_enquiry(
            ctx,
            NewEnquiry(
                channel="phone", name=name, phone=phone, email=email,
                received_at=datetime(2026, 2, day, 10),
            ),
        )  # fmt: skip
    by_triggers = _documents(store)
    assert by_triggers == _written_by_the_triggers(store)
    assert len(by_triggers) == 6 and "62812" in by_triggers[0][2]
    assert "santoso" in by_triggers[1][3]
    # Every ending of 3 or more characters of each address's part before the @.
    assert by_triggers[0][4].split() == ["ana"]
    # (without their dots: one word each, whatever was typed between its letters)
    assert by_triggers[1][4].split() == ["budi", "udi", "budisantoso", "udisantoso",
        "disantoso", "isantoso", "santoso", "antoso", "ntoso", "toso", "oso"]  # fmt: skip
    with store.db.atomic():
        store.db.execute_sql(f'DELETE FROM "{customer_index.TABLE}"')
        customer_index.fill(store.db)
    assert _documents(store) == by_triggers


@pytest.mark.parametrize("at_once", [1, 3, 1_000])
def test_an_import_indexes_its_customers_as_it_goes_with_what_later_rows_tell(
    ctx: Context, store: Store, clock, tmp_path: Path, monkeypatch, at_once: int
) -> None:
    """Customers indexed while the import goes on, then given another number, address
    or a name by a later row, are found by them (indexed again)."""
    clock.set(datetime(2026, 11, 2, 10, 0))
    log_enquiry(ctx, NewEnquiry(channel="phone", name="Eva", phone="041 999 999"))
    monkeypatch.setattr(importer, "BATCH", 2)
    monkeypatch.setattr(customer_index, "_AT_ONCE", at_once)
    lines = [
        f"2026-10-{day:02d} 10:00,phone,{name},{phone},{email},,,,,open,,,,,,,,,,,"
        for day, (name, phone, email) in enumerate(PEOPLE, 1)
    ] + [
        "2026-10-20 10:00,chat,,,nobody@example.com,,,,,open,,,,,,,,,,,",
        "2026-10-21 10:00,chat,Nobody Atall,,nobody@example.com,,,,,open,,,,,,,,,,,",
        "2026-10-22 10:00,chat,Citra,041 777 777,,,,,,open,,,,,,,,,,,",
    ]
    path = tmp_path / "people.csv"
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    result = importer.import_file(ctx, path)
    assert (result.bad, result.imported) == ((), 11)
    assert _documents(store) == _written_by_the_triggers(store)
    store.db.execute_sql(
        f'INSERT INTO "{customer_index.TABLE}"("{customer_index.TABLE}") VALUES (\'integrity-check\')'
    )
    found = store.db.execute_sql(customer_index.MATCHING_IDS, ('name : "atall" *',)).fetchall()
    assert [row[0] for row in found] == [6]  # the address's customer, named by a later row
    found = store.db.execute_sql(customer_index.MATCHING_IDS, ('phones : "777777" *',))
    assert [row[0] for row in found.fetchall()] == [4]  # Citra's number, learned last
    found = store.db.execute_sql(customer_index.MATCHING_IDS, ('phones : "3456789" *',))
    assert [row[0] for row in found.fetchall()] == [2]  # Ana's second number
