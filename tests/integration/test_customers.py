"""Recognising returning customers: phone, then e-mail, then exact name; shared phones suggest."""

from __future__ import annotations

import pytest

from enquirydesk.services import customers
from enquirydesk.services.context import Context
from enquirydesk.store import models, queries

pytestmark = pytest.mark.both_engines


def customer_of(enquiry_id: int) -> int:
    row = queries.enquiry(enquiry_id)
    assert row is not None
    return row["customer"]


def typed(ctx: Context, name: str = "", phone: str = "", email: str = "") -> customers.Match:
    details = customers.validate_details(name, phone, email, "", ctx.settings.country)
    return customers.match(details)


def test_a_phone_in_other_formats_finds_the_same_customer(ctx: Context, log, clock) -> None:
    first = log(name="Ana Novak", phone="041 123 456")
    ana = customer_of(first)
    assert queries.customer(ana)["phone"] == "+38641123456"

    for phone, name in (
        ("+386 41 123 456", "Ana Novak"),
        ("00386 41-123-456", ""),
        ("(041) 123456", "ANA NOVAK"),
    ):
        clock.advance(minutes=5)
        assert typed(ctx, name, phone) == customers.Match(ana, "phone")
        assert customer_of(log(name=name, phone=phone)) == ana

    assert models.Customer.select().count() == 1
    assert models.Enquiry.select().count() == 4


def test_a_returning_customer_is_marked_as_such(ctx: Context, log) -> None:
    first = log(name="Ana", phone="041 123 456")
    again = log(name="Ana", phone="041 123 456")
    sources = {row["key"]: row["id"] for row in queries.catalog(models.Source)}
    assert queries.enquiry(first)["source"] is None
    assert queries.enquiry(again)["source"] == sources["returning"]
    told = log(name="Ana", phone="041 123 456", source="ads")  # what staff say wins
    assert queries.enquiry(told)["source"] == sources["ads"]


def test_then_the_email_address_and_the_customer_learns_the_phone(ctx: Context, log) -> None:
    ana = customer_of(log(channel="email", name="Ana Novak", email="Ana.Novak@Example.com"))
    assert queries.customer(ana)["email"] == "ana.novak@example.com"
    assert queries.customer(ana)["phone"] is None

    assert typed(ctx, "", "051 222 333", "ana.novak@EXAMPLE.com") == customers.Match(ana, "email")
    assert customer_of(log(phone="051 222 333", email="ana.novak@EXAMPLE.com")) == ana
    assert queries.customer(ana)["phone"] == "+38651222333"  # learned

    assert customer_of(log(phone="051222333")) == ana  # now known by phone too
    assert models.Customer.select().count() == 1


def test_the_phone_wins_over_the_email(ctx: Context, log) -> None:
    by_phone = customer_of(log(name="Marko", phone="041 123 456"))
    by_email = customer_of(log(channel="email", name="Petra", email="petra@example.com"))
    assert by_phone != by_email
    found = typed(ctx, "", "041 123 456", "petra@example.com")
    assert (found.customer_id, found.how) == (by_phone, "phone")


def test_then_the_exact_name_ignoring_case_and_spaces(ctx: Context, log) -> None:
    marko = customer_of(log(name="Marko Horvat", email="marko@example.com"))
    assert typed(ctx, "  marko   HORVAT ") == customers.Match(marko, "name")
    assert customer_of(log(channel="walk_in", name="  marko   HORVAT ")) == marko

    other = customer_of(log(channel="walk_in", name="Marko Horvat ml."))
    assert other != marko
    assert models.Customer.select().count() == 2


def test_the_same_name_with_another_phone_is_another_customer(ctx: Context, log) -> None:
    marko = customer_of(log(name="Marko Horvat", phone="041 123 456"))
    assert typed(ctx, "Marko Horvat", "051 222 333").customer_id is None
    assert customer_of(log(name="Marko Horvat", phone="051 222 333")) != marko


def test_a_shared_family_phone_makes_a_new_customer_and_suggests(ctx: Context, log, clock) -> None:
    marko = customer_of(log(name="Marko", phone="041 123 456"))

    found = typed(ctx, "Ana", "041 123 456")
    assert found == customers.Match(None, None, (marko,))  # suggest, never merge silently
    clock.advance(minutes=10)
    ana = customer_of(log(name="Ana", phone="+38641123456"))
    assert ana != marko
    assert queries.customer(ana)["phone"] == queries.customer(marko)["phone"] == "+38641123456"
    assert queries.customer(marko)["name"] == "Marko"  # untouched

    # Both are known now: each by name on the shared number, the other one suggested.
    assert typed(ctx, "ana", "041 123 456") == customers.Match(ana, "phone", (marko,))
    assert typed(ctx, "Marko", "041 123 456") == customers.Match(marko, "phone", (ana,))
    # Without a name, the one seen last is proposed and the other suggested.
    assert typed(ctx, "", "041 123 456") == customers.Match(ana, "phone", (marko,))
    assert customer_of(log(name="Marko", phone="041123456")) == marko
    assert models.Customer.select().count() == 2


def test_a_number_known_without_a_name_learns_the_name(ctx: Context, log) -> None:
    someone = customer_of(log(phone="041 123 456"))
    assert queries.customer(someone)["name"] == ""
    assert customer_of(log(name="Ana Novak", phone="041 123 456")) == someone
    assert queries.customer(someone)["name"] == "Ana Novak"
    assert typed(ctx, "ana novak") == customers.Match(someone, "name")


def test_a_deleted_enquiry_does_not_hide_its_customer(ctx: Context, log) -> None:
    from enquirydesk.services.enquiries import delete_enquiry

    first = log(name="Ana", phone="041 123 456")
    ana = customer_of(first)
    delete_enquiry(ctx, first)
    assert customer_of(log(name="Ana", phone="041 123 456")) == ana
