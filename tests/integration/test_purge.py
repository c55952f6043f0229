"""The owner's purge of deleted enquiries: they go for good with every row of theirs, their
customers and every figure of every month stay, nothing written on them is left in the
change log or the file's bytes, and undo refuses the purge and older changes to them.

The enquiries to purge carry words found nowhere else, so that finding one of them
anywhere afterwards is a leak.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from enquirydesk.cli import main
from enquirydesk.domain.errors import ConflictError, StoreError, ValidationError
from enquirydesk.domain.month import Month
from enquirydesk.services import (
    customer_data,
    demo,
    directory,
    followups,
    history,
    listing,
    privacy,
    purge,
    report,
    security,
    staff,
)
from enquirydesk.services.context import Actor, Cancelled, Context
from enquirydesk.services.enquiries import (
    NewEnquiry,
    delete_enquiry,
    edit_enquiry,
    log_enquiry,
    mark_purchased,
    record_contact,
)
from enquirydesk.services.feedback import record_feedback, resolve_complaint
from enquirydesk.store import files, models
from enquirydesk.store.database import Store
from support import FakeClock

pytestmark = pytest.mark.both_engines

#: Written only on the enquiries that are purged: their interest, notes, contacts,
#: feedback, complaint resolution, follow-up note and result, and an old interest.
SECRETS = (
    "Zephyrinox", "Brzozvrtnik", "Quollmantra", "Kumquatrix", "Vrtoglavica",
    "Ptarmigrad", "Xylotrompet", "Oblomovka", "Snegovilka", "Jabberwokk",
)  # fmt: skip
PIN = "864213"
NOW = datetime(2026, 3, 2, 10, 0, 0)  # the tests' clock (tests/conftest.py)
#: The tables a purged enquiry's rows are in.
OWNED = (
    models.Enquiry, models.EnquiryFactor, models.Contact, models.Feedback, models.FollowUp
)  # fmt: skip


@dataclass(frozen=True)
class Shop:
    customer: int  # Ana: one enquiry deleted, one kept
    other: int  # Marko: his only enquiry deleted later
    gone: int  # Ana's deleted enquiry, with everything on it
    later: int  # Marko's, deleted ten days after hers
    kept: int  # Ana's enquiry that stays
    operations: dict[str, int]


def make_shop(ctx: Context, clock: FakeClock) -> Shop:
    done: dict[str, int] = {}

    def did(name: str, changes: Any) -> Any:
        done[name] = changes.operation_id
        return changes

    start = clock.now
    clock.set(start - timedelta(days=40))
    first = did("logged", log_enquiry(ctx, NewEnquiry(
        channel="phone", name="Ana Kovač", phone="041 123 456",
        interest="Jabberwokk blender", details="Brzozvrtnik wants the big one",
    )))  # fmt: skip
    ana, gone = first.created_id("customer"), first.created_id("enquiry")
    did("edited", edit_enquiry(ctx, gone, interest="Zephyrinox blender"))
    did("contact", record_contact(ctx, gone, "call", text="Called about Quollmantra"))
    mistake = did("mistake", record_contact(ctx, gone, "note", text="Xylotrompet typed twice"))
    did("undone", history.undo(ctx, mistake.operation_id))
    did("bought", mark_purchased(ctx, gone, value="429.90", factors=["price", "brand"]))
    clock.set(start - timedelta(days=30))
    feedback = did("feedback", record_feedback(
        ctx, gone, rating=2, recommend=10, comment="Kumquatrix rattles", complaint=True,
    )).created_id("feedback")  # fmt: skip
    did("resolved", resolve_complaint(ctx, feedback, "Vrtoglavica replaced"))
    scheduled = did("scheduled", followups.schedule(
        ctx, gone, clock.now + timedelta(days=2), note="Ask about Ptarmigrad"
    )).created_id("follow_up")  # fmt: skip
    did("completed", followups.complete(ctx, scheduled, result="Oblomovka is fine"))
    kept = did("kept", log_enquiry(ctx, NewEnquiry(
        channel="email", name="Ana Kovač", phone="041 123 456", interest="Kettle",
    ))).created_id("enquiry")  # fmt: skip
    clock.set(start - timedelta(days=20))
    did("deleted", delete_enquiry(ctx, gone))
    marko = did("marko", log_enquiry(ctx, NewEnquiry(
        channel="walk_in", name="Marko Novak", phone="040 111 222",
        interest="Snegovilka heater", referred_by=ana,
    )))  # fmt: skip
    later = marko.created_id("enquiry")
    clock.set(start - timedelta(days=10))
    did("deleted later", delete_enquiry(ctx, later))
    clock.set(start)
    listing.index_for_search(ctx)  # their words are in the words-inside index too
    return Shop(ana, marko.created_id("customer"), gone, later, kept, done)


@pytest.fixture
def shop(ctx: Context, clock: FakeClock) -> Shop:
    return make_shop(ctx, clock)


def rows_of(enquiry_ids: list[int]) -> dict[str, int]:
    """How many rows of each table point at (or are) these enquiries."""
    found = {}
    for model in OWNED:
        column = model.id if model is models.Enquiry else model.enquiry
        found[model._meta.table_name] = model.select().where(column.in_(enquiry_ids)).count()
    return found


def log_texts() -> str:
    """Every copy in the change log and every summary, as one text."""
    copies = models.Change.select(models.Change.before, models.Change.after).tuples()
    summaries = models.Operation.select(models.Operation.summary).tuples()
    return "\n".join(
        [f"{before or ''}{after or ''}" for before, after in copies]
        + [summary for (summary,) in summaries]
    )


def leaked(text: str | bytes) -> list[str]:
    data = text.encode() if isinstance(text, str) else text
    return [secret for secret in SECRETS if secret.encode() in data]


# -- what goes and what stays -------------------------------------------------------------


def test_deleted_enquiries_go_with_every_row_of_theirs_and_customers_stay(
    ctx: Context, shop: Shop
) -> None:
    assert purge.deleted(ctx) == purge.Deleted(2, ctx.now() - timedelta(days=20))
    there = rows_of([shop.gone, shop.later])
    assert there["enquiry"] == 2 and all(there.values())  # a row in every table
    kept_before = rows_of([shop.kept])
    customers = models.Customer.select().count()

    changes = purge.purge(ctx)

    assert changes.summary == "Purged 2 deleted enquiries"
    assert rows_of([shop.gone, shop.later]) == dict.fromkeys(there, 0)
    assert rows_of([shop.kept]) == kept_before
    assert models.Customer.select().count() == customers
    assert set(changes.changed["enquiry"]) == {shop.gone, shop.later}
    assert set(changes.changed) == set(there)  # the pages hear of every table
    card = directory.card(ctx, shop.customer)
    assert card.name == "Ana Kovač"
    assert directory.card(ctx, shop.other).referred_by.label == "Ana Kovač"  # who brought whom
    assert purge.deleted(ctx) == purge.Deleted(0, None)
    assert purge.purge(ctx).operation_id is None  # nothing left: nothing written
    assert models.Operation.select().where(models.Operation.action == "purge_deleted").count() == 1
    # The customer's data still exports, without the purged enquiry.
    data = customer_data.customer_data(ctx, shop.customer)
    assert [e["id"] for e in data["enquiries"]] == [shop.kept]


def test_only_those_deleted_more_than_the_days_ago(ctx: Context, shop: Shop) -> None:
    assert purge.deleted(ctx, 15) == purge.Deleted(1, ctx.now() - timedelta(days=20))
    assert purge.deleted(ctx, 25).count == 0
    assert purge.purge(ctx, 25).operation_id is None
    changes = purge.purge(ctx, 15)
    assert changes.summary.startswith("Purged 1 deleted enquir")  # (singular in English)
    assert rows_of([shop.gone])["enquiry"] == 0
    assert rows_of([shop.later])["enquiry"] == 1
    with pytest.raises(ValidationError, match="0 or more"):
        purge.deleted(ctx, -1)


def test_nothing_deleted_writes_nothing(ctx: Context) -> None:
    log_enquiry(ctx, NewEnquiry(channel="phone", name="Ana Kovač", interest="Kettle"))
    operations = models.Operation.select().count()
    assert purge.deleted(ctx) == purge.Deleted(0, None)
    changes = purge.purge(ctx)
    assert (changes.operation_id, changes.summary) == (None, "")
    assert models.Operation.select().count() == operations


# -- the change log and undo ---------------------------------------------------------------


def test_the_change_log_keeps_nothing_written_on_them_and_undo_refuses(
    ctx: Context, shop: Shop
) -> None:
    assert set(leaked(log_texts())) == set(SECRETS)
    purged = purge.purge(ctx)
    assert leaked(log_texts()) == []
    assert "Kettle" in log_texts()  # what stays is untouched

    entries = list(
        models.Change.select(models.Change.entity, models.Change.kind, models.Change.before)
        .where(models.Change.operation == purged.operation_id)
        .tuples()
    )
    assert {(entity, kind) for entity, kind, _ in entries} == {
        (t, "delete") for t in ("enquiry", "enquiry_factor", "contact", "feedback", "follow_up")
    }
    assert all(set(json.loads(before)) <= {"customer", "enquiry"} for *_, before in entries)

    with pytest.raises(ConflictError) as refused:
        history.undo(ctx, purged.operation_id)
    assert str(refused.value) == (
        "“Purged 2 deleted enquiries” cannot be undone: purging deleted enquiries is final."
    )
    for name in ("deleted", "edited", "contact", "undone", "bought", "feedback", "resolved",
                 "scheduled", "completed", "deleted later", "marko"):  # fmt: skip
        with pytest.raises(ConflictError, match="the enquiry it changed was purged") as refused:
            history.undo(ctx, shop.operations[name])
        assert "\n" not in str(refused.value)
    # A change to what stays is undone as before.
    kept = history.undo(ctx, shop.operations["kept"])
    assert kept.changed["enquiry"] == {shop.kept}
    assert rows_of([shop.gone, shop.later])["enquiry"] == 0
    assert leaked(log_texts()) == []


def test_forgetting_the_customer_afterwards_still_finds_the_log_of_a_purged_enquiry(
    ctx: Context, shop: Shop
) -> None:
    """Forgetting the customer of a purged enquiry later renames the change log's
    summaries about it too ("Enquiry 1 logged (Ana Kovač)")."""
    purge.purge(ctx)
    assert "Ana Kovač" in log_texts()
    privacy.forget(ctx, [shop.customer])
    assert "Ana Kovač" not in log_texts()
    assert "Marko Novak" in log_texts()


def test_a_cancelled_purge_changes_nothing(ctx: Context, shop: Shop) -> None:
    before = log_texts()
    for stop in (1, 2, 5):
        heard: list[int] = []

        def progress(done: int, total: int, heard: list[int] = heard, stop: int = stop) -> bool:
            heard.append(done)
            return len(heard) < stop

        with pytest.raises(Cancelled):
            purge.purge(ctx, progress=progress)
        assert log_texts() == before
        assert rows_of([shop.gone])["enquiry"] == 1


def test_nothing_is_purged_in_a_read_only_file(ctx: Context, shop: Shop) -> None:
    ctx.store.writable = False
    with pytest.raises(StoreError, match="read-only"):
        purge.purge(ctx)
    ctx.store.writable = True
    assert rows_of([shop.gone])["enquiry"] == 1


# -- every figure of every month ----------------------------------------------------------


def figures(ctx: Context) -> dict[str, str]:
    now = ctx.now()
    month, last = Month(now.year - 2, now.month), Month(now.year, now.month).next().next()
    found = {}
    while month != last:
        found[str(month)] = json.dumps(report.monthly(ctx, month), sort_keys=True, default=str)
        month = month.next()
    return found


def test_every_figure_of_every_month_of_a_demo_stays(ctx: Context) -> None:
    demo.generate(ctx, 1200, seed=4, workers=0)
    enquiry, feedback = models.Enquiry, models.Feedback
    promoters = [
        row[0]
        for row in feedback.select(feedback.enquiry)
        .where(feedback.recommend >= 9)
        .order_by(feedback.id)
        .tuples()
    ]
    every = [row[0] for row in enquiry.select(enquiry.id).order_by(enquiry.id).tuples()]
    doomed = sorted(set(promoters[::2]) | set(every[::7]))
    for enquiry_id in doomed:
        delete_enquiry(ctx, enquiry_id)
    assert {models.Contact, models.Feedback, models.FollowUp, models.EnquiryFactor} <= {
        model for model in OWNED[1:] if model.select().where(model.enquiry.in_(doomed)).count()
    }
    before = figures(ctx)

    changes = purge.purge(ctx)

    assert 1 < len(doomed) < 1000
    assert changes.summary == f"Purged {len(doomed)} deleted enquiries"
    assert figures(ctx) == before


def test_a_deleted_purchase_makes_nobody_an_advocate(ctx: Context, clock: FakeClock) -> None:
    """Would-recommend given on a purchase that was deleted counts for nothing: not in the
    journey of the month of the buyer's other purchase, nor in their badges."""
    clock.set(datetime(2026, 1, 10, 10, 0))
    first = log_enquiry(ctx, NewEnquiry(channel="phone", name="Ana Kovač", phone="041 123 456"))
    ana, bought = first.created_id("customer"), first.created_id("enquiry")
    mark_purchased(ctx, bought, value="100")
    record_feedback(ctx, bought, rating=5, recommend=10)
    clock.set(datetime(2026, 2, 10, 10, 0))
    again = log_enquiry(ctx, NewEnquiry(channel="phone", name="Ana Kovač", phone="041 123 456"))
    mark_purchased(ctx, again.created_id("enquiry"), value="50")
    clock.set(datetime(2026, 3, 2, 10, 0))
    assert report.monthly(ctx, Month(2026, 2))["journey"]["advocates"] == 1
    delete_enquiry(ctx, bought)
    deleted = figures(ctx)
    assert report.monthly(ctx, Month(2026, 2))["journey"]["advocates"] == 0
    assert "advocate" not in directory.card(ctx, ana).badges
    purge.purge(ctx)
    assert figures(ctx) == deleted


# -- the file --------------------------------------------------------------------------------


def raw_bytes(path: Path) -> bytes:
    found = b""
    for name in (path, Path(f"{path}-wal")):
        if name.exists():
            found += files.read_bytes(name, name.stat().st_size)
    return found


@pytest.mark.sqlite_only
def test_no_byte_of_what_was_written_on_them_is_left_in_the_file(
    ctx: Context, shop: Shop, db_path: Path
) -> None:
    assert leaked(raw_bytes(db_path))  # there before
    purge.purge(ctx)
    assert leaked(raw_bytes(db_path)) == []
    database = ctx.store.db
    database.execute_sql("INSERT INTO enquiry_text (enquiry_text) VALUES ('integrity-check')")
    ctx.store.close()
    assert leaked(raw_bytes(db_path)) == []
    with closing(sqlite3.connect(db_path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        kept = connection.execute("SELECT interest FROM enquiry WHERE id = ?", (shop.kept,))
        assert kept.fetchone() == ("Kettle",)


# -- the command line -------------------------------------------------------------------


Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db_path: Path, ctx: Context
) -> Run:
    monkeypatch.delenv("ENQUIRYDESK_PIN", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    ctx.store.close()  # the command opens the file itself

    def command(*argv: str) -> tuple[int, str, str]:
        code = main(["--db", str(db_path), "--lang", "en", "purge", *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return command


def still_there(db_path: Path) -> int:
    store = Store.open(db_path)
    try:
        return purge.deleted(Context(store, Actor("test"))).count
    finally:
        store.close()


@pytest.mark.sqlite_only
def test_the_command_line_purges_with_yes_and_refuses_without_a_terminal(
    shop: Shop, run: Run, db_path: Path
) -> None:
    code, printed, err = run()
    assert code == 2
    assert printed.splitlines()[0].startswith("2 deleted enquiries would be purged")
    assert err.strip() == (
        "enquirydesk: Purging cannot be undone: give --yes to purge them without being asked."
    )
    assert still_there(db_path) == 2

    # The command's clock is the real one: the days since halfway between the two.
    days = str((datetime.now() - (NOW - timedelta(days=15))).days)
    code, printed, err = run("--older-than", days, "--yes")
    assert (code, err) == (0, "")
    lines = printed.splitlines()
    assert lines[0].startswith("1 deleted enquiry would be purged (deleted on ")
    assert lines[1].startswith("Purged 1 deleted enquiry") and "enquiries" not in lines[1]
    assert lines[2].startswith("No backups of this file were found")
    assert still_there(db_path) == 1

    code, printed, err = run("--older-than", days)
    assert (code, printed, err) == (
        0, f"No enquiry was deleted more than {days} days ago; nothing was purged.\n", ""
    )  # fmt: skip


@pytest.mark.sqlite_only
def test_the_command_line_asks_on_a_terminal(
    shop: Shop, run: Run, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    answers = iter(["n", "y"])
    asked: list[str] = []
    monkeypatch.setattr("builtins.input", lambda q: asked.append(q) or next(answers))
    code, printed, _ = run()
    assert code == 0 and printed.splitlines()[-1] == "Nothing was purged."
    assert "This cannot be undone. [y/N]" in asked[0]
    assert still_there(db_path) == 2
    code, printed, _ = run()
    assert code == 0 and "Purged 2 deleted enquiries." in printed
    assert still_there(db_path) == 0
    code, printed, err = run()
    assert (code, printed, err) == (0, "There are no deleted enquiries; nothing was purged.\n", "")


@pytest.mark.sqlite_only
def test_the_command_line_needs_the_owners_pin_once_set(
    shop: Shop, run: Run, db_path: Path
) -> None:
    store = Store.open(db_path)
    try:
        owner = Context(store, Actor("test"))
        staff.add_staff(owner, "Vesna", role="owner")
        security.set_owner_pin(owner, PIN)
    finally:
        store.close()
    code, printed, err = run("--yes")
    assert (code, printed) == (1, "")
    assert err.strip() == "enquirydesk: This needs the owner's PIN."
    assert still_there(db_path) == 2
    code, _, err = run("--yes", "--pin", PIN)
    assert code == 0, err
    assert still_there(db_path) == 0


@pytest.mark.sqlite_only
@pytest.mark.parametrize("days", ["0", "-3", "many"])
def test_the_command_line_says_a_wrong_number_of_days_in_one_sentence(
    shop: Shop, run: Run, days: str
) -> None:
    code, printed, err = run("--older-than", days, "--yes")
    lines = [line for line in err.splitlines() if line.strip()]
    assert (code, printed, len(lines)) == (2, "", 1)
    assert "--older-than" in lines[0] and "Traceback" not in err
