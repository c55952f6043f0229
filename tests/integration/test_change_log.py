"""Every change is one logged operation; refused or failed changes leave nothing; undo."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from enquirydesk.domain.errors import ConflictError, NotFoundError, ValidationError
from enquirydesk.services import enquiries, feedback, followups, history, staff
from enquirydesk.services.context import Actor, Context
from enquirydesk.services.enquiries import NewEnquiry
from enquirydesk.store import models, queries

pytestmark = pytest.mark.both_engines


def operations() -> list[dict]:
    return list(models.Operation.select().order_by(models.Operation.id).dicts())


def changes_of(operation_id: int) -> list[dict]:
    return list(models.Change.select().where(models.Change.operation == operation_id).dicts())


# -- the change log --------------------------------------------------------------------


def test_every_write_is_one_operation_with_its_changes(ctx: Context, clock) -> None:
    maja_id = staff.add_staff(ctx, "Maja").created_id("staff")
    maja = ctx.with_actor(Actor("Maja", maja_id))

    def log() -> int:
        new = NewEnquiry(channel="phone", name="Ana", phone="041 123 456")
        return enquiries.log_enquiry(maja, new).created_id("enquiry")

    eid = None
    steps = [
        ("log_enquiry", log),
        ("record_contact", lambda: enquiries.record_contact(maja, eid, "call")),
        ("mark_purchased", lambda: enquiries.mark_purchased(maja, eid, value="10")),
        ("record_feedback", lambda: feedback.record_feedback(maja, eid, rating=1)),
        ("edit_enquiry", lambda: enquiries.edit_enquiry(maja, eid, interest="TV")),
        ("followup_schedule", lambda: followups.schedule(maja, eid, clock.now, "call back")),
        ("delete_enquiry", lambda: enquiries.delete_enquiry(maja, eid)),
    ]
    for action, run in steps:
        clock.advance(minutes=7)
        before = operations()
        result = run()
        if eid is None:
            eid = result
        after = operations()
        assert len(after) == len(before) + 1, action
        op = after[-1]
        assert (op["action"], op["actor"], op["staff"], op["at"]) == (
            action,
            "Maja",
            maja_id,
            clock.now,
        )
        assert op["summary"], action
        logged = changes_of(op["id"])
        assert logged, action
        for change in logged:
            assert change["kind"] in ("create", "update", "delete")
            model = models.BY_ENTITY[change["entity"]]
            if change["kind"] != "delete":
                current = model.select().where(model._meta.primary_key == change["entity_id"])
                assert current.exists(), (action, change)
    assert queries.enquiry(eid, include_deleted=True)["taken_by"] == maja_id


def test_changes_record_the_values_before_and_after(ctx: Context, log, clock) -> None:
    eid = log(name="Ana", interest="fridge", answered_now=True)
    clock.advance(minutes=1)
    changes = enquiries.edit_enquiry(ctx, eid, interest="freezer")
    (change,) = [c for c in changes_of(changes.operation_id) if c["entity"] == "enquiry"]
    assert change["entity_id"] == eid and change["kind"] == "update"
    before, after = json.loads(change["before"]), json.loads(change["after"])
    assert before == {"interest": "fridge", "updated_at": "2026-03-02 10:00:00"}
    assert after == {"interest": "freezer", "updated_at": "2026-03-02 10:01:00"}
    assert changes.changed == {"enquiry": frozenset({eid})}


# -- nothing half done -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"name": "Ana", "phone": "12"}, "phone"),
        ({"name": "Ana", "phone": "041 12"}, "phone"),
        ({"name": "Ana", "phone": "ana at home"}, "phone"),
        ({"name": "Ana", "email": "ana@"}, "email"),
        ({"name": "Ana", "email": "ana example.com"}, "email"),
        ({"name": "Ana", "phone": "041 123 456", "email": "not-an-address"}, "email"),
        ({"name": "   "}, "name"),
        ({"name": "Ana", "channel": "pigeon"}, "channel"),
        ({"name": "Ana", "source": "tv"}, "source"),
        ({"name": "Ana", "estimated_value": "1,234.5"}, "estimated value"),  # not as in SI
        ({"name": "Ana", "staff_id": 999}, "staff"),
        ({"name": "Ana", "referred_by": 999}, "referred_by"),
    ],
)
def test_a_refused_enquiry_saves_nothing(ctx: Context, row_counts, fields, field) -> None:
    before = row_counts()
    fields.setdefault("channel", "phone")
    with pytest.raises(ValidationError) as caught:
        enquiries.log_enquiry(ctx, NewEnquiry(**fields))
    assert caught.value.field == field
    assert caught.value.message
    assert row_counts() == before


def test_an_invalid_phone_says_what_is_wrong(ctx: Context, row_counts) -> None:
    before = row_counts()
    with pytest.raises(ValidationError, match="041 12") as caught:
        enquiries.log_enquiry(ctx, NewEnquiry(channel="phone", name="Ana", phone="041 12"))
    assert caught.value.code.startswith("phone.")
    assert row_counts() == before


def test_an_error_inside_the_transaction_leaves_no_trace(ctx: Context, row_counts) -> None:
    """Choosing a customer that does not exist fails after the operation row was written."""
    before = row_counts()
    with pytest.raises(NotFoundError):
        enquiries.log_enquiry(ctx, NewEnquiry(channel="phone", name="Ana", customer_id=999))
    assert row_counts() == before


def test_an_exception_in_a_write_block_rolls_everything_back(
    ctx: Context, log, row_counts, clock
) -> None:
    eid = log(name="Ana", phone="041 123 456")
    before = row_counts()
    with pytest.raises(RuntimeError, match="power cut"), ctx.write("test", "half") as tx:
        tx.insert(models.Staff, name="Ghost", created_at=clock.now)
        tx.update(models.Enquiry, eid, interest="changed")
        assert models.Operation.select().count() == before["operation"] + 1  # inside: visible
        raise RuntimeError("power cut")
    assert row_counts() == before
    assert queries.enquiry(eid)["interest"] == ""
    assert not ctx.store.db.in_transaction()


# -- soft delete and undo --------------------------------------------------------------


def test_delete_hides_the_enquiry_and_its_follow_ups_and_undo_brings_them_back(
    ctx: Context, log, clock
) -> None:
    eid = log(name="Ana", phone="041 123 456")
    kept = log(name="Bojan", phone="051 222 333")
    assert {i["enquiry"] for i in followups.list_open(ctx)} == {eid, kept}
    ids = queries.live_followup_ids(eid)

    clock.advance(minutes=5)
    deleted = enquiries.delete_enquiry(ctx, eid)
    assert queries.enquiry(eid) is None
    assert queries.enquiry(eid, include_deleted=True)["deleted_at"] == clock.now  # soft
    assert queries.count_enquiries() == 1
    assert {i["enquiry"] for i in followups.list_open(ctx)} == {kept}
    assert queries.live_followup_ids(eid) == []
    with pytest.raises(NotFoundError):
        enquiries.record_contact(ctx, eid, "call")

    history.undo(ctx, deleted.operation_id)
    assert queries.enquiry(eid)["deleted_at"] is None
    assert queries.count_enquiries() == 2
    assert {i["enquiry"] for i in followups.list_open(ctx)} == {eid, kept}
    assert sorted(queries.live_followup_ids(eid)) == sorted(ids)
    undone = models.Operation.get_by_id(deleted.operation_id)
    assert undone.undone_by_id is not None
    assert models.Operation.get_by_id(undone.undone_by_id).undo_of_id == deleted.operation_id


def test_undo_of_logging_removes_what_it_created_and_redo_restores_it(
    ctx: Context, log, row_counts
) -> None:
    empty = row_counts()
    logged = enquiries.log_enquiry(
        ctx, NewEnquiry(channel="phone", name="Ana", phone="041 123 456")
    )
    eid = logged.created_id("enquiry")
    full = row_counts()

    undo = history.undo(ctx, logged.operation_id)
    after_undo = row_counts()
    for table in ("customer", "enquiry", "follow_up"):
        assert after_undo[table] == empty[table], table
    assert undo.changed["enquiry"] == frozenset({eid})

    history.undo(ctx, undo.operation_id)  # undo the undo
    after_redo = row_counts()
    for table in ("customer", "enquiry", "follow_up"):
        assert after_redo[table] == full[table], table
    assert queries.enquiry(eid)["customer"] == logged.created_id("customer")
    assert queries.open_followups(eid, ("respond",))


def test_undo_of_a_purchase_reopens_the_cadence(ctx: Context, log, clock) -> None:
    eid = log(name="Ana", answered_now=True)
    clock.advance(minutes=10)
    bought = enquiries.mark_purchased(ctx, eid, value="20", factors=["brand"])
    history.undo(ctx, bought.operation_id)
    row = queries.enquiry(eid)
    assert (row["outcome"], row["purchase_value_cents"], row["outcome_at"]) == ("open", None, None)
    assert [i["kind"] for i in queries.open_followups(eid)] == ["decision"]
    assert models.EnquiryFactor.select().count() == 0
    assert row["next_followup_at"] == datetime(2026, 3, 4, 10, 0)


def test_undo_after_a_later_change_is_a_conflict(ctx: Context, log, clock, row_counts) -> None:
    eid = log(name="Ana", answered_now=True)
    clock.advance(minutes=5)
    edit = enquiries.edit_enquiry(ctx, eid, interest="fridge")
    clock.advance(minutes=5)
    enquiries.edit_enquiry(ctx, eid, interest="freezer")
    before = row_counts()
    with pytest.raises(ConflictError, match="changed again"):
        history.undo(ctx, edit.operation_id)
    assert row_counts() == before  # the refused undo is not logged either
    assert queries.enquiry(eid)["interest"] == "freezer"
    assert models.Operation.get_by_id(edit.operation_id).undone_by_id is None


def test_undo_of_a_contact_after_a_later_contact_is_a_conflict(ctx: Context, log, clock) -> None:
    eid = log(name="Ana", phone="041 123 456")
    clock.advance(minutes=5)
    first = enquiries.record_contact(ctx, eid, "call")
    clock.advance(hours=1)
    enquiries.record_contact(ctx, eid, "message")
    with pytest.raises(ConflictError):
        history.undo(ctx, first.operation_id)
    assert queries.enquiry(eid)["first_response_at"] == datetime(2026, 3, 2, 10, 5)


def test_undo_of_logging_after_later_work_is_a_conflict(ctx: Context, log, clock) -> None:
    logged = enquiries.log_enquiry(ctx, NewEnquiry(channel="phone", name="Ana"))
    eid = logged.created_id("enquiry")
    clock.advance(minutes=5)
    enquiries.record_contact(ctx, eid, "call")
    with pytest.raises(ConflictError):
        history.undo(ctx, logged.operation_id)
    assert queries.enquiry(eid) is not None
    assert len(queries.contacts(eid)) == 1


def test_undo_twice_and_undo_of_nothing_are_refused(ctx: Context, log, clock) -> None:
    eid = log(name="Ana", answered_now=True)
    edit = enquiries.edit_enquiry(ctx, eid, interest="fridge")
    history.undo(ctx, edit.operation_id)
    assert queries.enquiry(eid)["interest"] == ""
    with pytest.raises(ConflictError, match="undone already"):
        history.undo(ctx, edit.operation_id)
    with pytest.raises(NotFoundError):
        history.undo(ctx, 99_999)
