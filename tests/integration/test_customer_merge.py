"""Merging two customers on purpose: everything moves, one operation, undone exactly."""

from __future__ import annotations

import json
from typing import Any

import pytest

from enquirydesk.domain.errors import ValidationError
from enquirydesk.services import customers_merge, directory, feedback, history
from enquirydesk.services.context import Context
from enquirydesk.services.customer_edit import edit_customer
from enquirydesk.services.enquiries import delete_enquiry, mark_purchased
from enquirydesk.store import models, queries
from enquirydesk.store.changelog import snapshot

pytestmark = pytest.mark.both_engines


def customer_of(enquiry_id: int) -> int:
    row = queries.enquiry(enquiry_id, include_deleted=True)
    assert row is not None
    return row["customer"]


def everything() -> dict[str, list[dict[str, Any]]]:
    """Every row of the user's data (not the change log), to compare before and after."""
    kept = (
        models.Customer,
        models.CustomerContactInfo,
        models.Enquiry,
        models.FollowUp,
        models.Feedback,
    )
    return {
        model._meta.table_name: [
            snapshot(model, row_id)
            for (row_id,) in model.select(model.id).order_by(model.id).tuples()
        ]
        for model in kept
    }


@pytest.fixture
def pair(ctx: Context, log, clock) -> dict[str, int]:
    """Ana Kovač (two enquiries, one bought, with feedback) and "Ana K." (another number,
    one bought enquiry with feedback, one deleted enquiry, who referred Marko)."""
    first = log(name="Ana Kovač", phone="041 111 111")
    clock.advance(minutes=5)
    second = log(name="Ana Kovač", phone="041 111 111", interest="Oven")
    mark_purchased(ctx, second, value="300")
    clock.advance(minutes=5)  # enquired again after buying: a returning buyer, once merged
    other = log(name="Ana K.", phone="041 222 222", email="ana@example.com", interest="Fridge")
    mark_purchased(ctx, other, value="900")
    clock.advance(hours=1)
    feedback.record_feedback(ctx, other, rating=5, recommend=10, comment="Great")
    gone = log(name="Ana K.", phone="041 222 222", interest="Kettle")
    delete_enquiry(ctx, gone)
    ana_k = customer_of(other)
    marko = log(name="Marko", phone="041 333 333", source="recommendation", referred_by=ana_k)
    return {
        "keep": customer_of(first),
        "other": ana_k,
        "marko_enquiry": marko,
        "marko": customer_of(marko),
        "other_enquiry": other,
        "gone": gone,
    }


def test_merge_moves_enquiries_followups_feedback_and_referrals(ctx: Context, pair) -> None:
    keep, other = pair["keep"], pair["other"]
    before = directory.card(ctx, keep)
    other_card = directory.card(ctx, other)
    followups_of_other = [
        r[0]
        for r in models.FollowUp.select(models.FollowUp.id)
        .where(models.FollowUp.customer == other)
        .tuples()
    ]
    assert followups_of_other  # the purchase's after-sales calls, the feedback's check-in
    seen = customers_merge.preview(ctx, keep, other)
    assert (seen.keep.label, seen.keep.enquiries) == ("Ana Kovač", 2)
    assert (seen.other.label, seen.other.enquiries, seen.other.referrals) == ("Ana K.", 1, 1)
    assert seen.learned == {"email": "ana@example.com"}

    changes = customers_merge.merge(ctx, keep, other)

    after = directory.card(ctx, keep)
    assert after.history.enquiries == before.history.enquiries + other_card.history.enquiries
    assert after.history.purchases == 2
    assert {line.id for line in after.enquiries} == {
        *(line.id for line in before.enquiries),
        pair["other_enquiry"],
    }
    assert customer_of(pair["gone"]) == keep  # a deleted one too: undoing its delete finds it
    assert all(
        row[0] == keep
        for row in models.FollowUp.select(models.FollowUp.customer)
        .where(models.FollowUp.id.in_(followups_of_other))
        .tuples()
    )
    assert [line.comment for line in after.feedback] == ["Great"]
    assert [p.id for p in after.referred] == [pair["marko"]]
    assert queries.enquiry(pair["marko_enquiry"])["referred_by"] == keep
    assert queries.customer(pair["marko"])["referred_by"] == keep
    assert after.email == "ana@example.com"  # learned; the kept phone stays
    assert after.phone_e164 == "+38641111111"
    assert set(after.badges) == {"returning_buyer", "repeat_buyer", "advocate"}

    merged = models.Customer.get_by_id(other)
    assert merged.merged_into_id == keep and merged.deleted_at is not None
    assert not directory.exists(other)
    assert other not in directory.ids(ctx, "")
    assert changes.summary == "Ana K. merged into Ana Kovač"
    assert changes.changed["enquiry"] >= {pair["other_enquiry"], pair["marko_enquiry"]}
    assert changes.changed["customer"] >= {keep, other, pair["marko"]}
    assert changes.changed["feedback"] and changes.changed["follow_up"]


def test_the_merge_is_one_logged_operation_and_undo_restores_both_exactly(
    ctx: Context, pair
) -> None:
    keep, other = pair["keep"], pair["other"]
    before = everything()
    operations = models.Operation.select().count()
    changes = customers_merge.merge(ctx, keep, other)
    assert models.Operation.select().count() == operations + 1
    operation = models.Operation.get_by_id(changes.operation_id)
    assert operation.action == "merge_customers"
    logged = list(models.Change.select().where(models.Change.operation == operation.id))
    retired = [c for c in logged if c.entity == "customer" and c.entity_id == other]
    assert json.loads(retired[0].after)["merged_into"] == keep
    assert everything() != before

    history.undo(ctx, changes.operation_id)

    assert everything() == before
    assert directory.exists(other)
    assert customer_of(pair["other_enquiry"]) == other
    assert directory.card(ctx, other).history.enquiries == 1


def test_a_merge_keeps_every_number_and_address_and_the_earlier_since(
    ctx: Context, log, clock
) -> None:
    """Two "Rina Wijaya": each with a number and an address of her own, one with a second
    number already; merged, nothing of either is lost, and undo gives both back."""
    older = log(name="Rina Wijaya", phone="041 100 200", email="rina@example.com")
    clock.advance(days=30)
    log(name="Rina Wijaya", phone="041 300 400", email="rina.w@shop.si")
    newer = customer_of(log(name="Rina Wijaya", phone="041 300 400", email="r.wijaya@mail.si"))
    first = customer_of(older)
    assert newer != first
    assert directory.card(ctx, newer).other_emails == ("r.wijaya@mail.si",)  # learned on return
    before = everything()

    seen = customers_merge.preview(ctx, newer, first)
    assert seen.keep.phones == ("041 300 400",)
    assert seen.keep.emails == ("rina.w@shop.si", "r.wijaya@mail.si")
    assert (seen.other.phones, seen.other.emails) == (("041 100 200",), ("rina@example.com",))
    assert seen.other.since < seen.keep.since

    changes = customers_merge.merge(ctx, newer, first)
    card = directory.card(ctx, newer)
    assert card.phone_e164 == "+38641300400" and card.other_phones == ("+38641100200",)
    assert card.email == "rina.w@shop.si"
    assert set(card.other_emails) == {"r.wijaya@mail.si", "rina@example.com"}
    assert card.created_at == seen.other.since  # a customer since the earlier date
    for typed in ("100 200", "rina@example", "r.wijaya"):  # every one of them finds her
        assert directory.ids(ctx, typed)[:1].tolist() == [newer], typed
    # Coming back with the merged-away number is recognised as the same customer.
    again = log(name="Rina Wijaya", phone="041 100 200")
    assert customer_of(again) == newer
    history.undo(ctx, models.Operation.select().order_by(models.Operation.id.desc()).get().id)

    history.undo(ctx, changes.operation_id)
    assert everything() == before
    assert directory.card(ctx, first).other_phones == ()
    assert directory.ids(ctx, "100 200").tolist() == [first]


@pytest.mark.parametrize("case", ["itself", "into deleted", "from deleted", "missing"])
def test_impossible_merges_are_refused_and_write_nothing(
    ctx: Context, pair, row_counts, case: str
) -> None:
    keep, other = pair["keep"], pair["other"]
    if case in ("into deleted", "from deleted"):
        customers_merge.merge(ctx, pair["marko"], other)  # now `other` is merged away
    counts = row_counts()
    wanted = {
        "itself": (keep, keep),
        "into deleted": (other, keep),
        "from deleted": (keep, other),
        "missing": (keep, 9999),
    }[case]
    with pytest.raises(ValidationError) as refused:
        customers_merge.merge(ctx, *wanted)
    with pytest.raises(ValidationError):
        customers_merge.preview(ctx, *wanted)
    assert row_counts() == counts
    message = str(refused.value)
    if case == "itself":
        assert refused.value.code == "merge.same"
        assert "themselves" in message
    else:
        assert refused.value.code == "merge.gone"
        assert "deleted or merged already" in message


def test_a_self_referral_left_by_a_merge_is_cleared(ctx: Context, log, clock) -> None:
    ana = customer_of(log(name="Ana", phone="041 111 111"))
    ana_k = customer_of(
        log(name="Ana K", phone="041 222 222", source="recommendation", referred_by=ana)
    )
    changes = customers_merge.merge(ctx, ana, ana_k)
    assert queries.customer(ana)["referred_by"] is None
    referred = [r for r in models.Enquiry.select().where(models.Enquiry.referred_by == ana)]
    assert referred == []
    card = directory.card(ctx, ana)
    assert card.history.referrals == 0 and "advocate" not in card.badges
    history.undo(ctx, changes.operation_id)
    assert queries.customer(ana_k)["referred_by"] == ana


def test_edit_customer_validates_and_is_one_undoable_operation(
    ctx: Context, log, row_counts
) -> None:
    ana = customer_of(log(name="Ana", phone="041 111 111"))
    marko = customer_of(log(name="Marko", phone="041 333 333"))
    fields = dict(name="Ana Kovač", phone="041 111 111", email="", handle="", notes="")
    counts = row_counts()
    for bad, field in (
        ({"phone": "12"}, "phone"),
        ({"email": "ana@"}, "email"),
        ({"name": "", "phone": ""}, "name"),
    ):
        with pytest.raises(ValidationError) as refused:
            edit_customer(ctx, ana, **{**fields, **bad}, referred_by=None)
        assert refused.value.field == field
    with pytest.raises(ValidationError):
        edit_customer(ctx, ana, **fields, referred_by=ana)
    assert row_counts() == counts

    changes = edit_customer(
        ctx,
        ana,
        **{**fields, "email": "Ana@Example.com", "notes": "Likes Gorenje"},
        referred_by=marko,
    )
    assert changes is not None
    row = queries.customer(ana)
    assert (row["name"], row["email"], row["notes"], row["referred_by"]) == (
        "Ana Kovač",
        "ana@example.com",
        "Likes Gorenje",
        marko,
    )
    assert row["name_key"] == "ana kovač"
    assert edit_customer(
        ctx, ana, **{**fields, "email": "ana@example.com", "notes": "Likes Gorenje"},
        referred_by=marko,
    ) is None  # fmt: skip
    history.undo(ctx, changes.operation_id)
    row = queries.customer(ana)
    assert (row["name"], row["email"], row["referred_by"]) == ("Ana", None, None)


def test_the_directory_searches_and_orders_from_its_indexes(ctx: Context, log) -> None:
    for name, phone, email in (
        ("Budi Santoso", "041 555 001", "budi@example.com"),
        ("Ana Novak", "041 555 002", ""),
        ("ana kovač", "051 555 003", "kovac@example.com"),
        ("", "041 555 004", "anabela@example.com"),
        ("Citra", "", "citra@example.com"),
    ):
        log(name=name, phone=phone, email=email)
    names = lambda found: [directory.rows(ctx, [i])[i].name for i in found]  # noqa: E731
    everyone = directory.ids(ctx, "")
    assert names(everyone) == ["ana kovač", "Ana Novak", "Budi Santoso", "Citra", ""]
    assert names(directory.ids(ctx, "", descending=True)) == [
        "Citra", "Budi Santoso", "Ana Novak", "ana kovač", "",
    ]  # fmt: skip
    assert list(directory.first_ids(ctx, "", 2)) == list(everyone[:2])
    assert list(directory.last_ids(ctx, "", 2)) == list(everyone[-2:])
    assert directory.count(ctx, "") == 5
    # A name start, then e-mail addresses starting so (not twice).
    assert names(directory.ids(ctx, "ana")) == ["ana kovač", "Ana Novak", ""]
    assert directory.order_column(ctx, "ana") == "name"
    assert directory.count(ctx, "ana") == 3
    assert names(directory.ids(ctx, "ana@")) == []
    assert names(directory.ids(ctx, "kovac@")) == ["ana kovač"]
    assert directory.order_column(ctx, "kovac@") == "email"
    # Phone digits as dialled, ordered by number.
    assert names(directory.ids(ctx, "041 555")) == ["Budi Santoso", "Ana Novak", ""]
    assert names(directory.ids(ctx, "+386 51")) == ["ana kovač"]
    assert directory.order_column(ctx, "041 555") == "phone"
    assert names(directory.last_ids(ctx, "041 555", 2, descending=True)) == [
        "Ana Novak",
        "Budi Santoso",
    ]


def test_rows_count_history_for_the_block_asked_only(ctx: Context, log, clock) -> None:
    first = log(name="Ana", phone="041 111 111")
    mark_purchased(ctx, first, value="10")
    clock.advance(days=2)
    again = log(name="Ana", phone="041 111 111")
    mark_purchased(ctx, again, value="20")
    deleted = log(name="Ana", phone="041 111 111")
    delete_enquiry(ctx, deleted)
    ana = customer_of(first)
    budi = customer_of(log(name="Budi", phone="041 222 222"))
    found = directory.rows(ctx, [ana])
    assert set(found) == {ana}
    row = found[ana]
    assert (row.enquiries, row.purchases, row.phone) == (2, 2, "+38641111111")
    assert directory.shown_phone(row.phone) == "+386 41 111 111"
    assert row.badges == ("returning_buyer", "repeat_buyer")
    assert directory.rows(ctx, [budi])[budi].badges == ()


def test_other_numbers_and_addresses_are_edited_checked_and_undone(ctx: Context, log) -> None:
    customer = customer_of(log(name="Budi Santoso", phone="041 555 001"))
    fields = dict(name="Budi Santoso", phone="041 555 001", email="", handle="", notes="",
                  referred_by=None)  # fmt: skip
    with pytest.raises(ValidationError) as refused:
        edit_customer(ctx, customer, **fields, other_phones=["041 555 002", "not a number"])
    assert refused.value.field == "other_phones"
    assert directory.card(ctx, customer).other_phones == ()  # nothing saved by half
    changes = edit_customer(
        ctx, customer, **fields,
        other_phones=["041 555 002", "041 555 001", "+386 41 555 002"], other_emails=["B@x.si"],
    )  # fmt: skip
    assert changes is not None
    card = directory.card(ctx, customer)
    assert (card.other_phones, card.other_emails) == (("+38641555002",), ("b@x.si",))
    assert directory.ids(ctx, "555 002").tolist() == [customer]
    assert edit_customer(ctx, customer, **fields, other_phones=["041 555 002"]) is None
    history.undo(ctx, changes.operation_id)
    assert directory.card(ctx, customer).other_phones == ()
    assert directory.ids(ctx, "555 002").tolist() == []
