"""Forgetting a customer: every figure of every month stays, and nothing of the person is
left: not in the file's bytes, the search, the change log, nor anything undo can do.

The shop is a demo shop with customers whose names, numbers, addresses and words are
strings found nowhere else, so that finding one of them anywhere is a leak. It is
written with ``secure_delete`` off, as an older EnquiryDesk (or a SQLite built without
it) wrote files: old copies of the customer's rows lie in its free space, and only the
first forgetting's rewrite of the file takes them out.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from enquirydesk.cli import main
from enquirydesk.domain.errors import ConflictError, EnquiryDeskError, NotFoundError
from enquirydesk.domain.month import Month
from enquirydesk.exports import files as export_files
from enquirydesk.services import (
    customers,
    customers_merge,
    demo,
    directory,
    followups,
    history,
    listing,
    maintenance,
    privacy,
    report,
    security,
    today,
)
from enquirydesk.services import settings as settings_service
from enquirydesk.services import timeline as timeline_service
from enquirydesk.services.context import Actor, Cancelled, Context
from enquirydesk.services.customer_edit import edit_customer
from enquirydesk.services.enquiries import (
    NewEnquiry,
    log_enquiry,
    mark_purchased,
    record_contact,
)
from enquirydesk.services.feedback import record_feedback, resolve_complaint
from enquirydesk.store import files, sqlite
from enquirydesk.store import privacy as store_privacy
from enquirydesk.store.database import Store

NOW = datetime(2026, 3, 2, 10, 0, 0)
PIN = "864213"

#: Everything that would betray her or the record merged into her, as it may be stored:
#: as typed, lower-cased (the word index), E.164, the digits a number is dialled or
#: indexed by, as the shop writes it.
SECRETS = (
    "Zorislava", "zorislava", "Qwertyuiop", "qwertyuiop", "Hrustalnik", "hrustalnik",
    "Xaverij", "xaverij", "Xylofonski", "xylofonski",
    "+38641987654", "041987654", "41987654", "041 987 654",
    "+38670123987", "070123987", "70123987",
    "+38631876543", "031876543", "31876543",
    "zorislava.q@example.si", "zq@quarzwerk.example", "xaverij.x@example.org",
    "@zoriqq", "zoriqq",
    "Quarzwerk", "quarzwerk", "Blendomatic", "blendomatic", "Hyperbolika", "hyperbolika",
)  # fmt: skip

pytestmark = pytest.mark.both_engines
#: Forms never stored as such (only the E.164 number and its endings are; words inside
#: enquiries are indexed as three-letter pieces): looked for all the same.
NEVER_STORED = {"041987654", "070123987", "031876543", "041 987 654", "blendomatic", "hyperbolika"}
#: The one she referred: not forgotten, her name stays.
REFERRED = "Kunigunda Vrtiljak"


@dataclass(frozen=True)
class Shop:
    path: Path
    zorislava: int
    xaverij: int  # his record, merged into hers
    referred: int
    enquiries: tuple[int, ...]
    operations: tuple[int, ...]  # every operation that made or changed their rows


def days(n: float) -> timedelta:
    return timedelta(days=n)


@contextmanager
def old_program() -> Iterator[None]:
    """Connections as an older EnquiryDesk made them: deleted content left in place."""
    kept = sqlite.PRAGMAS
    sqlite.PRAGMAS = (*(p for p in kept if p[0] != "secure_delete"), ("secure_delete", 0))
    try:
        yield
    finally:
        sqlite.PRAGMAS = kept


def make_shop(path: Path) -> Shop:
    operations: list[int] = []
    with old_program():
        store = Store.open(path, now=lambda: NOW)
        try:
            ctx = Context(store, Actor("test"), lambda: NOW)
            settings_service.update(ctx, {"shop.country": "SI", "shop.name": "Trgovina"})
            demo.generate(ctx, 2500, seed=3, workers=0)

            def did(changes: Any) -> Any:
                operations.append(changes.operation_id)
                return changes

            def log(**fields: Any) -> Any:
                fields.setdefault("channel", "phone")
                return did(log_enquiry(ctx, NewEnquiry(**fields)))

            first = log(
                name="Zorislava Qwertyuiop", phone="041 987 654", email="zorislava.q@example.si",
                interest="Blendomatic 3000", details="Zorislava wants the Quarzwerk attachment",
                estimated_value="450", received_at=NOW - days(40),
            )  # fmt: skip
            her, bought = first.created_id("customer"), first.created_id("enquiry")
            did(record_contact(ctx, bought, "call", text="Called Zorislava about Quarzwerk",
                               at=NOW - days(39)))  # fmt: skip
            did(mark_purchased(ctx, bought, value="429.90", factors=["price"], at=NOW - days(38)))
            complaint = did(record_feedback(
                ctx, bought, rating=2, recommend=3, comment="Quarzwerk attachment rattles",
                complaint=True, at=NOW - days(30),
            )).created_id("feedback")  # fmt: skip
            did(resolve_complaint(ctx, complaint, "Replaced the Quarzwerk", at=NOW - days(29)))
            did(followups.schedule(ctx, bought, NOW + days(2), note="Ask Zorislava about it"))
            second = log(
                channel="email", name="Zorislava Qwertyuiop", phone="041 987 654",
                interest="Quarzwerk filter", received_at=NOW - days(10),
            ).created_id("enquiry")  # fmt: skip
            # Logged by mistake and undone: its text is in the change log alone.
            mistake = log(name="Zorislava Qwertyuiop", phone="041 987 654",
                          details="Hyperbolika typed twice", received_at=NOW - days(9))  # fmt: skip
            did(history.undo(ctx, mistake.operation_id))
            his = log(
                channel="walk_in", name="Xaverij Xylofonski", phone="031 876 543",
                email="xaverij.x@example.org", interest="Quarzwerk spare", details="Xaverij",
                received_at=NOW - days(60),
            )  # fmt: skip
            xaverij = his.created_id("customer")
            did(customers_merge.merge(ctx, her, xaverij))
            for step in range(3):  # renamed back and forth: old copies of her row pile up
                did(edit_customer(
                    ctx, her, name=f"Zorislava Qwertyuiop{'-Hrustalnik' * step}",
                    phone="041 987 654", email="zorislava.q@example.si", handle="@zoriqq",
                    notes="Prefers Quarzwerk " * (step + 1), referred_by=None,
                    other_phones=["070 123 987"], other_emails=["zq@quarzwerk.example"],
                ))  # fmt: skip
            referred = log(
                channel="chat", name=REFERRED, phone="051 246 802", referred_by=her,
                interest="Kettle", received_at=NOW - days(3),
            ).created_id("customer")  # fmt: skip
            listing.index_for_search(ctx)  # her words are in the enquiry text index too
        finally:
            store.close()
    return Shop(
        path,
        her,
        xaverij,
        referred,
        (bought, second, his.created_id("enquiry")),
        tuple(operations),
    )


@pytest.fixture(scope="module")
def shop_file(tmp_path_factory: pytest.TempPathFactory) -> Shop:
    return make_shop(tmp_path_factory.mktemp("forget") / "shop.sqlite")


@pytest.fixture
def shop(shop_file: Shop, tmp_path: Path) -> Shop:
    """A byte-for-byte copy of the shop for one test (free space and all)."""
    copy = tmp_path / "shop.sqlite"
    copy.write_bytes(shop_file.path.read_bytes())
    return Shop(copy, *[getattr(shop_file, f) for f in list(Shop.__dataclass_fields__)[1:]])


@pytest.fixture
def ctx(shop: Shop) -> Iterator[Context]:
    store = Store.open(shop.path, now=lambda: NOW)
    yield Context(store, Actor("test"), lambda: NOW)
    store.close()


def raw_bytes(path: Path) -> bytes:
    """The database file and its ``-wal``, as on the disk (read without breaking the
    locks of this process's connections)."""
    found = b""
    for name in (path, Path(f"{path}-wal")):
        if name.exists():
            found += files.read_bytes(name, name.stat().st_size)
    return found


def leaked(data: bytes) -> list[str]:
    return [secret for secret in SECRETS if secret.encode() in data]


def months(ctx: Context) -> list[Month]:
    first = Month(NOW.year - 2, NOW.month)
    found, month = [], first
    while month.start <= NOW:
        found.append(month)
        month = month.next()
    return found


def figures(ctx: Context) -> dict[str, str]:
    return {str(m): json.dumps(report.monthly(ctx, m), sort_keys=True) for m in months(ctx)}


def log_texts(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        rows = connection.execute(
            "SELECT coalesce(before, '') || coalesce(after, '') FROM change "
            "UNION ALL SELECT summary FROM operation"
        ).fetchall()
    return "\n".join(row[0] for row in rows)


# -- the figures and the bytes ------------------------------------------------------------


def test_every_figure_stays_and_no_byte_of_her_is_left(ctx: Context, shop: Shop) -> None:
    assert set(leaked(raw_bytes(shop.path))) == set(SECRETS) - NEVER_STORED  # there before
    before = figures(ctx)
    assert not ctx.store.db.execute_sql("PRAGMA user_version").fetchone()[0]

    changes = privacy.forget(ctx, [shop.zorislava])

    assert figures(ctx) == before
    assert changes.summary.startswith("Forgot the personal data of 1 customer")
    assert set(changes.changed["customer"]) == {shop.zorislava, shop.xaverij}
    assert set(shop.enquiries) <= changes.changed["enquiry"]
    assert leaked(raw_bytes(shop.path)) == []
    ctx.store.close()
    assert leaked(raw_bytes(shop.path)) == []
    assert REFERRED.encode() in raw_bytes(shop.path)  # nobody else's data went


def test_a_second_forgetting_needs_no_rewrite_and_leaves_nothing_either(
    ctx: Context, shop: Shop
) -> None:
    """Once the file is marked zeroed, SQLite's own zeroing and the index merge do it."""
    privacy.forget(ctx, [shop.referred])
    assert ctx.store.db.execute_sql("PRAGMA user_version").fetchone()[0] & store_privacy.ZEROED
    assert not store_privacy.compact_once(ctx.store.db)
    before = figures(ctx)
    privacy.forget(ctx, [shop.zorislava], reason="retention")
    assert figures(ctx) == before
    assert leaked(raw_bytes(shop.path)) == []


def test_the_rows_stay_as_anonymous_records_with_every_figure(ctx: Context, shop: Shop) -> None:
    with closing(sqlite3.connect(shop.path)) as connection:
        facts = "SELECT id, customer_id, channel_id, received_at, outcome, outcome_at, " \
            "purchase_value_cents, estimated_value_cents, referred_by_id, taken_by_id, " \
            "response_seconds, deleted_at FROM enquiry ORDER BY id"  # fmt: skip
        enquiries = connection.execute(facts).fetchall()
        ratings = connection.execute(
            "SELECT id, rating, recommend, complaint, complaint_resolved_at FROM feedback"
        ).fetchall()
    privacy.forget(ctx, [shop.zorislava])
    with closing(sqlite3.connect(shop.path)) as connection:
        assert connection.execute(facts).fetchall() == enquiries
        assert (
            connection.execute(
                "SELECT id, rating, recommend, complaint, complaint_resolved_at FROM feedback"
            ).fetchall()
            == ratings
        )
        her = connection.execute(
            "SELECT name, name_key, phone, email, handle, notes, forgotten_at, referred_by_id "
            "FROM customer WHERE id = ?",
            (shop.zorislava,),
        ).fetchone()
        assert her == ("", "", None, None, "", "", "2026-03-02 10:00:00", None)
        assert connection.execute(
            "SELECT count(*) FROM customer_contact_info WHERE customer_id IN (?, ?)",
            (shop.zorislava, shop.xaverij),
        ).fetchone() == (0,)
        referred = connection.execute(
            "SELECT c.referred_by_id, e.referred_by_id FROM customer c "
            "JOIN enquiry e ON e.customer_id = c.id WHERE c.id = ?",
            (shop.referred,),
        ).fetchone()
    assert referred == (shop.zorislava, shop.zorislava)  # who brought whom stays


def test_everywhere_she_is_shown_as_a_forgotten_customer(ctx: Context, shop: Shop) -> None:
    label = privacy.forgotten_label()
    assert label == "Forgotten customer"
    privacy.forget(ctx, [shop.zorislava])
    assert directory.rows(ctx, [shop.zorislava])[shop.zorislava].name == label
    card = directory.card(ctx, shop.zorislava)
    assert (card.name, card.phone, card.email, card.handle, card.notes) == (label, "", "", "", "")
    assert card.forgotten_at == NOW
    assert directory.card(ctx, shop.referred).referred_by.label == label
    assert {row.customer for row in listing.rows(ctx, shop.enquiries).values()} == {label}
    assert timeline_service.enquiry_card(ctx, shop.enquiries[0]).customer.name == label
    waiting = [w for w in today.lists(ctx).awaiting.items if w.enquiry_id == shop.enquiries[1]]
    assert [w.customer for w in waiting] == [label]  # her unanswered e-mail
    rows = {row[0]: row for row in export_files_rows(ctx, Month(2026, 1))}
    assert rows[shop.enquiries[0]][2] == label
    referred_rows = [r for r in export_files_rows(ctx, Month(2026, 2)) if r[7]]
    assert label in {r[7] for r in referred_rows}


def export_files_rows(ctx: Context, month: Month) -> list[tuple]:
    from enquirydesk.services import export_rows

    with ctx.store.snapshot():
        return list(export_rows.month_rows(ctx, month))


# -- search -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    ["Zorislava", "qwertyuiop", "Hrustalnik", "041 987 654", "987 654", "123 987",
     "zorislava.q@", "quarzwerk.example", "Quarzwerk"],
)  # fmt: skip
def test_searching_finds_her_before_and_nothing_after(ctx: Context, shop: Shop, typed: str) -> None:
    def found() -> set[int]:
        enquiries = listing.ids(ctx, listing.EnquiryFilter(text=typed))
        return set(directory.ids(ctx, typed)) | {
            row.customer_id for row in listing.rows(ctx, enquiries).values()
        }

    assert found() & {shop.zorislava, shop.xaverij}
    privacy.forget(ctx, [shop.zorislava])
    assert found() == set()


def test_her_words_are_not_found_inside_enquiries_and_she_is_not_suggested(
    ctx: Context, shop: Shop
) -> None:
    words = listing.EnquiryFilter(text="Quarzwerk")
    assert listing.count(ctx, words) >= 3
    privacy.forget(ctx, [shop.zorislava])
    assert listing.count(ctx, words) == 0
    assert customers.suggest(ctx, name="Zorislava", phone="041 987 654") == []
    # Coming back, she is a new customer: nothing links her to the anonymous record.
    again = log_enquiry(ctx, NewEnquiry(channel="phone", name="Z", phone="041 987 654"))
    assert again.created_id("customer") != shop.zorislava


# -- the change log and undo -------------------------------------------------------------


def test_the_change_log_and_undo_cannot_bring_her_back(ctx: Context, shop: Shop) -> None:
    assert set(leaked(log_texts(shop.path).encode())) >= {"Zorislava", "Quarzwerk"}
    forgotten = privacy.forget(ctx, [shop.zorislava])
    assert leaked(log_texts(shop.path).encode()) == []
    summaries = log_texts(shop.path)
    assert "Customer Forgotten customer edited" in summaries
    assert "Xaverij" not in summaries and "Forgotten customer merged into" in summaries

    with pytest.raises(ConflictError, match="forgetting a customer is final"):
        history.undo(ctx, forgotten.operation_id)
    for operation in reversed(shop.operations):  # whatever each undo does, she stays gone
        with suppress(ConflictError, NotFoundError):
            history.undo(ctx, operation)
    with closing(sqlite3.connect(shop.path)) as connection:
        her = connection.execute(
            "SELECT name, phone, email, handle, notes, forgotten_at FROM customer "
            "WHERE id IN (?, ?)",
            (shop.zorislava, shop.xaverij),
        ).fetchall()
        texts = connection.execute(
            "SELECT interest || details FROM enquiry WHERE customer_id IN (?, ?)",
            (shop.zorislava, shop.xaverij),
        ).fetchall()
    assert all(row[:5] == ("", None, None, "", "") and row[5] for row in her)
    assert {text for (text,) in texts} <= {""}
    ctx.store.close()
    assert leaked(raw_bytes(shop.path)) == []


def test_a_cancelled_forgetting_changes_nothing(ctx: Context, shop: Shop) -> None:
    before = log_texts(shop.path)
    for stop in (1, 2, 5):
        heard: list[int] = []

        def progress(done: int, total: int, heard: list[int] = heard, stop: int = stop) -> bool:
            heard.append(done)
            return len(heard) < stop

        with pytest.raises(Cancelled):
            privacy.forget(ctx, [shop.zorislava], progress=progress)
        assert log_texts(shop.path) == before
    assert directory.card(ctx, shop.zorislava).name.startswith("Zorislava")


def test_unknown_customers_are_refused_and_merged_ones_stand_for_the_kept_one(
    ctx: Context, shop: Shop
) -> None:
    with pytest.raises(NotFoundError, match="There is no customer number 999999"):
        privacy.forget(ctx, [shop.zorislava, 999999])
    assert directory.card(ctx, shop.zorislava).name.startswith("Zorislava")
    assert privacy.find_customer(ctx, customer_id=shop.xaverij) == shop.zorislava
    who = privacy.describe(ctx, shop.xaverij)
    assert (who.id, who.enquiries, who.merged) == (shop.zorislava, 3, 1)
    assert who.label.startswith("Zorislava Qwertyuiop")
    assert privacy.confirms(ctx, who, "  zorislava   QWERTYUIOP-hrustalnik-hrustalnik ")
    assert not privacy.confirms(ctx, who, "Zorislava")
    changes = privacy.forget(ctx, [shop.xaverij])
    assert set(changes.changed["customer"]) == {shop.zorislava, shop.xaverij}
    assert privacy.describe(ctx, shop.zorislava).label == "Forgotten customer"


def test_a_customer_without_a_name_is_confirmed_by_their_number(ctx: Context) -> None:
    made = log_enquiry(ctx, NewEnquiry(channel="phone", phone="041 555 777"))
    who = privacy.describe(ctx, made.created_id("customer"))
    assert who.confirmation == "041 555 777"
    assert privacy.confirms(ctx, who, "+386 41 555 777")
    assert not privacy.confirms(ctx, who, "041 555 778")
    privacy.forget(ctx, [who.id])
    assert privacy.describe(ctx, who.id).confirmation == str(who.id)


# -- backups ----------------------------------------------------------------------------


def simulated(stamps: list[datetime], today: date, keep: tuple[int, int, int]) -> date:
    """The day the last of `stamps` is pruned, a backup being made every day from today
    on at noon and pruned as `maintenance.prune_backups` does."""
    found = sorted(stamps)
    old = set(found)
    day = today
    while old & set(found):
        found.append(datetime.combine(day, datetime.min.time()) + timedelta(hours=12))
        kept = maintenance.backups_to_keep(found, *keep) | {max(found)}
        found = [s for s in found if s in kept]
        if not old & set(found):
            return day
        day += timedelta(days=1)
    return today


@pytest.mark.parametrize("keep", [(12, 10, 9), (3, 2, 1), (0, 0, 2), (7, 0, 0), (0, 0, 0)])
@pytest.mark.parametrize(
    "ago",
    [[0], [0, 1, 2], [1], [3, 40, 200], [6, 13, 20, 27, 34], list(range(0, 300, 5)), [400]],
)
def test_the_day_the_last_backup_holding_her_goes(keep: tuple[int, int, int], ago: list[int]):
    today = date(2026, 3, 4)  # a Wednesday
    stamps = [datetime(2026, 3, 4, 8, 0) - timedelta(days=n) for n in ago]
    assert privacy.hold_until(stamps, today, *keep) == simulated(stamps, today, keep)
    assert privacy.hold_until([], today, *keep) is None


def test_the_backups_sentence_names_the_day(ctx: Context, tmp_path: Path) -> None:
    assert privacy.backups_hold_until(ctx) is None
    assert "No backups of this file were found" in privacy.backups_sentence(ctx)
    folder = tmp_path / "backups"
    folder.mkdir()
    settings_service.update(ctx, {"backup.folder": str(folder)})
    maintenance.backup(ctx.store.path, folder, now=NOW - days(3))
    assert privacy.backups_hold_until(ctx) == date(2026, 11, 1)  # 9 monthly backups kept
    assert "deleted on 1 November 2026" in privacy.backups_sentence(ctx)


# -- the command line -------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], shop: Shop, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(shop.path), "--lang", "en", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def name_of(shop: Shop, customer_id: int) -> str:
    with closing(sqlite3.connect(shop.path)) as connection:
        return connection.execute(
            "SELECT name FROM customer WHERE id = ?", (customer_id,)
        ).fetchone()[0]


def test_the_command_line_forgets_with_yes_and_refuses_without_a_terminal(
    shop: Shop, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ENQUIRYDESK_PIN", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, printed, err = run(capsys, shop, "forget", "--phone", "041 987 654")
    assert code == 2
    assert err.strip() == (
        "enquirydesk: Forgetting cannot be undone: give --yes to forget customer "
        f"{shop.zorislava} without being asked."
    )
    assert name_of(shop, shop.zorislava).startswith("Zorislava")

    code, printed, err = run(capsys, shop, "forget", "--email", "ZQ@quarzwerk.example", "--yes")
    assert (code, err) == (0, "")
    lines = printed.splitlines()
    assert lines[0].startswith(f"#{shop.zorislava}  Zorislava Qwertyuiop")
    assert lines[0].endswith("3 enquiries")
    assert lines[1] == f"Forgot customer {shop.zorislava}: 3 enquiries kept as anonymous records."
    assert lines[2].startswith("No backups of this file were found")
    assert name_of(shop, shop.zorislava) == ""
    assert leaked(raw_bytes(shop.path)) == []


def test_the_command_line_asks_for_the_name_on_a_terminal(
    shop: Shop, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ENQUIRYDESK_PIN", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    answers = iter(["Zorislava", "zorislava qwertyuiop-hrustalnik-hrustalnik"])
    asked: list[str] = []
    monkeypatch.setattr("builtins.input", lambda q: asked.append(q) or next(answers))
    code, _, err = run(capsys, shop, "forget", "--customer", str(shop.zorislava))
    assert code == 1 and "nobody was forgotten" in err
    assert asked == ["Type the customer's name to confirm: "]
    assert name_of(shop, shop.zorislava).startswith("Zorislava")
    code, printed, err = run(capsys, shop, "forget", "--customer", str(shop.zorislava))
    assert (code, err) == (0, "")
    assert "This cannot be undone." in printed
    assert name_of(shop, shop.zorislava) == ""


@pytest.mark.parametrize(
    ("argv", "code", "said"),
    [
        (["--phone", "041 765 432"], 1, "No customer has the phone number 041 765 432."),
        (["--email", "nobody@example.com"], 1, "No customer has the e-mail address"),
        (["--customer", "999999"], 1, "There is no customer number 999999."),
        (["--phone", "12"], 1, "phone number"),
        ([], 2, "One of the arguments --phone --email --customer is required"),
    ],
)
def test_the_command_line_says_in_one_sentence_when_it_cannot(
    shop: Shop, capsys: pytest.CaptureFixture[str], argv: list[str], code: int, said: str
) -> None:
    got, printed, err = run(capsys, shop, "forget", *argv, "--yes")
    lines = [line for line in err.splitlines() if line.strip()]
    assert (got, printed, len(lines)) == (code, "", 1)
    assert said in lines[0] and "Traceback" not in err


def test_the_command_line_finds_several_with_one_number(
    shop: Shop, capsys: pytest.CaptureFixture[str]
) -> None:
    store = Store.open(shop.path, now=lambda: NOW)
    try:
        ctx = Context(store, Actor("test"), lambda: NOW)
        for name in ("Luka Breznik", "Nina Breznik"):  # a family phone
            log_enquiry(ctx, NewEnquiry(channel="phone", name=name, phone="041 999 000"))
    finally:
        store.close()
    code, _, err = run(capsys, shop, "forget", "--phone", "041 999 000", "--yes")
    assert code == 1
    assert "Several customers have the phone number 041 999 000" in err
    assert "--customer" in err


def test_the_command_line_needs_the_owners_pin_once_set(
    shop: Shop, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ENQUIRYDESK_PIN", raising=False)
    store = Store.open(shop.path, now=lambda: NOW)
    try:
        security.set_owner_pin(Context(store, Actor("test"), lambda: NOW), PIN)
    finally:
        store.close()
    asked = ["forget", "--phone", "041 987 654", "--yes"]
    code, _, err = run(capsys, shop, *asked)
    assert code == 1 and err.strip() == "enquirydesk: This needs the owner's PIN."
    assert name_of(shop, shop.zorislava).startswith("Zorislava")
    code, _, err = run(capsys, shop, *asked, "--pin", PIN)
    assert code == 0, err
    assert name_of(shop, shop.zorislava) == ""


def test_an_export_of_a_month_names_no_forgotten_customer(
    ctx: Context, shop: Shop, tmp_path: Path
) -> None:
    privacy.forget(ctx, [shop.zorislava])
    written = export_files.export(ctx, Month(2026, 1), "csv", tmp_path / "january.csv")
    text = written.read_text(encoding="utf-8-sig")
    assert "Forgotten customer" in text
    assert leaked(text.encode()) == []


def test_nothing_is_forgotten_in_a_read_only_file(ctx: Context, shop: Shop) -> None:
    ctx.store.writable = False
    with pytest.raises(EnquiryDeskError):
        privacy.forget(ctx, [shop.zorislava])
    ctx.store.writable = True
    assert directory.card(ctx, shop.zorislava).name.startswith("Zorislava")
