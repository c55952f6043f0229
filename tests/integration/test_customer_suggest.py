"""The as-you-type customer lookup: prefixes of name, phone and e-mail, read from indexes."""

from __future__ import annotations

import pytest

from enquirydesk.services import customers, settings
from enquirydesk.services.context import Context
from enquirydesk.services.customers import phone_prefixes, suggest
from enquirydesk.services.enquiries import delete_enquiry, mark_purchased
from enquirydesk.store import queries
from enquirydesk.store.models import Customer

pytestmark = pytest.mark.both_engines


def customer_of(enquiry_id: int) -> int:
    return queries.enquiry(enquiry_id)["customer"]


@pytest.fixture
def shop(ctx: Context, log, clock) -> dict[str, int]:
    """A few customers of a Slovenian shop; name → customer id."""
    people = {}
    for name, phone, email in (
        ("Ana Novak", "041 123 456", "ana.novak@example.com"),
        ("Ana Kovač", "031 555 666", "ana.k@example.si"),
        ("Andrej Kos", "", "andrej@kos.si"),
        ("Bojan Zupan", "040 123 999", ""),
        ("", "041 124 000", "nobody@example.com"),
    ):
        clock.advance(minutes=5)
        people[name] = customer_of(log(name=name, phone=phone, email=email))
    return people


def ids(found: list[customers.Suggestion]) -> list[int]:
    return [s.id for s in found]


def test_by_the_start_of_the_name_in_any_case_and_spacing(ctx: Context, shop) -> None:
    assert ids(suggest(ctx, name="ana")) == [shop["Ana Kovač"], shop["Ana Novak"]]
    assert ids(suggest(ctx, name="  ANA   n")) == [shop["Ana Novak"]]
    assert ids(suggest(ctx, name="an")) == [
        shop["Ana Kovač"],
        shop["Ana Novak"],
        shop["Andrej Kos"],
    ]
    assert ids(suggest(ctx, name="ana ")) == [shop["Ana Kovač"], shop["Ana Novak"]]
    assert suggest(ctx, name="anab") == []
    assert suggest(ctx, name="a") == []  # one letter fits too many to help
    found = suggest(ctx, name="ana n")[0]
    assert (found.name, found.phone, found.email, found.matched) == (
        "Ana Novak",
        "+38641123456",
        "ana.novak@example.com",
        ("name",),
    )


def test_by_phone_digits_as_staff_type_them(ctx: Context, shop) -> None:
    ana, nobody, bojan = shop["Ana Novak"], shop[""], shop["Bojan Zupan"]
    for typed in ("041 12", "04112", "+386 41 12", "00386 4112", "(041) 12", "41 12"):
        assert ids(suggest(ctx, phone=typed)) == [ana, nobody], typed
    assert ids(suggest(ctx, phone="041 123")) == [ana]
    assert ids(suggest(ctx, phone="041 123 456")) == [ana]  # complete: the E.164 number
    assert ids(suggest(ctx, phone="+38641123456")) == [ana]
    assert ids(suggest(ctx, phone="040")) == [bojan]
    assert suggest(ctx, phone="041 9") == []
    assert suggest(ctx, phone="04") == []  # too few digits to narrow anything
    assert suggest(ctx, phone="ana") == []  # not a phone number at all


def test_phone_prefixes_follow_the_shops_country(ctx: Context) -> None:
    assert phone_prefixes("041 1", "SI") == ("+386411",)
    assert phone_prefixes("0812 34", "ID") == ("+6281234",)
    assert phone_prefixes("+62 812", "SI") == ("+62812",)
    assert phone_prefixes("0062 812", "SI") == ("+62812",)
    assert phone_prefixes("812 34", "ID") == ("+6281234", "+81234")
    assert phone_prefixes("0812 3456 7890", "ID") == ("+6281234567890",)  # parses: exact
    assert phone_prefixes("386 41", "") == ("+38641",)
    assert phone_prefixes("041", "") == ()  # a trunk 0 means nothing without a country


def test_an_indonesian_shop_finds_numbers_typed_with_the_trunk_zero(
    ctx: Context, log, clock
) -> None:
    settings.update(ctx, {"shop.country": "ID"})
    budi = customer_of(log(name="Budi Santoso", phone="0812-3456-7890"))
    assert queries.customer(budi)["phone"] == "+6281234567890"
    assert ids(suggest(ctx, phone="0812")) == [budi]
    assert ids(suggest(ctx, phone="0812 345")) == [budi]
    assert ids(suggest(ctx, phone="+62 812")) == [budi]
    assert suggest(ctx, phone="0813") == []


def test_by_the_start_of_the_email_address(ctx: Context, shop) -> None:
    assert ids(suggest(ctx, email="Ana.")) == [shop["Ana Kovač"], shop["Ana Novak"]]
    assert ids(suggest(ctx, email="ana.n")) == [shop["Ana Novak"]]
    assert ids(suggest(ctx, email="andrej@kos.si")) == [shop["Andrej Kos"]]
    # Any part as well, as the Customers page finds it: the starts first.
    assert ids(suggest(ctx, email="kos.si")) == [shop["Andrej Kos"]]


def test_who_fits_more_of_what_is_typed_comes_first(ctx: Context, shop) -> None:
    found = suggest(ctx, name="ana", phone="041 12")
    assert ids(found) == [shop["Ana Novak"], shop[""], shop["Ana Kovač"]]
    assert [s.matched for s in found] == [("phone", "name"), ("phone",), ("name",)]


def test_history_counts_live_enquiries_and_purchases(ctx: Context, shop, log, clock) -> None:
    received = clock.advance(days=1)
    again = log(name="Ana Novak", phone="041 123 456", interest="fridge")
    mark_purchased(ctx, again, value="500")
    clock.advance(days=1)
    gone = log(name="Ana Novak", phone="041 123 456")
    delete_enquiry(ctx, gone)
    ana = suggest(ctx, name="ana n")[0]
    assert (ana.enquiries, ana.purchases) == (2, 1)
    assert ana.last_enquiry == received  # the deleted one, a day later, does not count
    kovac = suggest(ctx, name="ana k")[0]
    assert (kovac.enquiries, kovac.purchases) == (1, 0)


def test_at_most_limit_rows(ctx: Context, log, clock) -> None:
    for number in range(12):
        clock.advance(minutes=1)
        log(name=f"Tina {number:02d}")
    assert len(suggest(ctx, name="tina")) == 8
    assert [s.name for s in suggest(ctx, name="tina", limit=3)] == ["Tina 00", "Tina 01", "Tina 02"]
    assert suggest(ctx, name="tina", limit=0) == []


def test_deleted_customers_are_not_suggested(ctx: Context, shop, clock) -> None:
    with ctx.write("test") as tx:
        tx.update(Customer, shop["Ana Kovač"], deleted_at=clock.now)
    assert ids(suggest(ctx, name="ana")) == [shop["Ana Novak"]]
    assert suggest(ctx, phone="031 555") == []


def test_nothing_typed_suggests_nobody(ctx: Context, shop) -> None:
    assert suggest(ctx) == []
    assert suggest(ctx, name=" ", phone=" ", email=" ") == []


@pytest.mark.sqlite_only
def test_the_lookups_read_the_partial_indexes(ctx: Context, store, shop) -> None:
    """At half a million customers only an index range scan answers as fast as typing."""
    for column, index in (
        ("phone", "customer_phone"),
        ("email", "customer_email"),
        ("name_key", "customer_name_key"),
    ):
        sql, params = queries.customers_from_query(column, "+3864", "+3865", 32).sql()
        plan = " ".join(
            str(row[3]) for row in store.db.execute_sql("EXPLAIN QUERY PLAN " + sql, params)
        )
        assert f"USING INDEX {index}" in plan, plan
        assert "TEMP B-TREE" not in plan, plan  # the index gives the order: no sorting
    sql, params = queries.enquiry_histories_query([shop["Ana Novak"]]).sql()
    plan = " ".join(
        str(row[3]) for row in store.db.execute_sql("EXPLAIN QUERY PLAN " + sql, params)
    )
    assert "USING INDEX enquiry_customer" in plan, plan
