"""The owner sets up the shop: opening hours with a lunch break and closed days (public
holidays too), the shop's own channels and reasons, staff, and the owner's PIN — each
saved as one undoable operation."""

from __future__ import annotations

import csv
import sqlite3
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

import pytest

from enquirydesk.cli import main
from enquirydesk.domain import settings as declared
from enquirydesk.domain.errors import ValidationError
from enquirydesk.domain.month import Month
from enquirydesk.domain.public_holidays import public_holidays
from enquirydesk.exports import files as export_files
from enquirydesk.services import enquiries, history, importer, report, security, setup
from enquirydesk.services.context import Actor, Context
from enquirydesk.services.enquiries import NewEnquiry, log_enquiry
from enquirydesk.services.setup import ListItem, Member, Setup
from enquirydesk.store import queries
from enquirydesk.store.database import Store
from support import FakeClock

MARCH = "2026-03"
LUNCH_BREAK = [["09:00", "12:00"], ["13:00", "17:00"]]


def answered(ctx: Context, received: datetime, replied: datetime, name: str) -> int:
    enquiry = log_enquiry(
        ctx, NewEnquiry(channel="email", name=name, received_at=received)
    ).created_id("enquiry")
    enquiries.record_contact(ctx, enquiry, "email", at=replied)
    return enquiry


def response(ctx: Context) -> dict:
    return report.monthly(ctx, MARCH)["response"]


def test_hours_with_a_lunch_break_and_a_closed_day_reprice_every_response(
    ctx: Context, clock: FakeClock
) -> None:
    clock.set(datetime(2026, 3, 31, 12, 0))
    # Worked out by hand. Default hours: Monday to Saturday 09:00–18:00.
    answered(ctx, datetime(2026, 3, 2, 11, 30), datetime(2026, 3, 2, 13, 30), "A")  # 120 min
    answered(ctx, datetime(2026, 3, 3, 16, 30), datetime(2026, 3, 4, 9, 30), "B")  # 90 + 30
    answered(ctx, datetime(2026, 3, 7, 10, 0), datetime(2026, 3, 7, 10, 45), "C")  # Saturday 45
    before = response(ctx)
    assert (before["median_business_minutes"], before["p90_business_minutes"]) == (120.0, 120.0)
    assert before["within_target_pct"] == 33.3

    # Weekdays 09:00–12:00 and 13:00–17:00, closed on Saturdays and on Wednesday 4 March.
    hours = {day: LUNCH_BREAK for day in ("mon", "tue", "wed", "thu", "fri")}
    hours["holidays"] = ["2026-03-04"]
    saved = setup.save(ctx, Setup(values={declared.HOURS.key: hours}))
    after = response(ctx)
    # A: 11:30–12:00 and 13:00–13:30 = 60. B: 16:30–17:00 = 30, Wednesday closed adds
    # nothing. C: received on a closed Saturday, answered before Monday's opening = 0.
    assert (after["median_business_minutes"], after["p90_business_minutes"]) == (30.0, 60.0)
    assert after["within_target_pct"] == 100.0

    history.undo(ctx, saved.changes.operation_id)
    assert response(ctx) == before


def test_public_holidays_of_the_shops_country_close_the_shop(
    ctx: Context, clock: FakeClock
) -> None:
    """Indonesia: Idul Fitri on 21 and 22 March 2026 (a Saturday and a Sunday) — and
    Nyepi, Thursday 19 March."""
    assert date(2026, 3, 19) in public_holidays("ID") and date(2026, 3, 21) in public_holidays("ID")
    assert date(2026, 2, 8) in public_holidays("SI")  # Prešernov dan
    clock.set(datetime(2026, 3, 31, 12, 0))
    answered(ctx, datetime(2026, 3, 18, 17, 0), datetime(2026, 3, 20, 9, 30), "Budi")
    assert response(ctx)["median_business_minutes"] == 60 + 9 * 60 + 30  # Thursday open
    setup.save(
        ctx,
        Setup(values={declared.COUNTRY.key: "ID", declared.PUBLIC_HOLIDAYS.key: True}),
    )
    assert response(ctx)["median_business_minutes"] == 60 + 30  # Nyepi closed
    assert ctx.settings[declared.CURRENCY] == "IDR"  # never chosen: the country's own


def test_the_shops_own_channel_is_picked_counted_exported_and_imported(
    ctx: Context, clock: FakeClock, tmp_path: Path
) -> None:
    channels = setup.current_list("channel")
    assert [item.key for item in channels][:2] == ["phone", "walk_in"]
    setup.save(ctx, Setup(lists={"channel": [ListItem(None, "WhatsApp"), *channels]}))
    ctx.forget_cache()
    from enquirydesk.services import catalogs

    assert next(iter(catalogs.channel_names())) == "whatsapp"  # the quick log's digit 1
    assert catalogs.channel_names()["whatsapp"] == "WhatsApp"
    clock.set(datetime(2026, 3, 10, 10, 0))
    log_enquiry(ctx, NewEnquiry(channel="whatsapp", name="Ana Novak", phone="041 123 456"))
    figures = report.monthly(ctx, MARCH)
    assert figures["enquiries"]["by_channel"]["whatsapp"] == 1
    assert figures["response"]["by_channel"]["whatsapp"] == {
        "median_business_minutes": None,
        "p90_business_minutes": None,
    }
    out = tmp_path / "march.csv"
    export_files.export(ctx, Month(2026, 3), "csv", out)
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["Channel"] == "WhatsApp"

    # Into another shop that has the same channel: by its name or its key.
    other_path = tmp_path / "other.sqlite"
    other = Context(Store.open(other_path, now=clock), Actor("t"), clock)
    try:
        setup.save(other, Setup(lists={"channel": [*setup.current_list("channel"),
                                                   ListItem(None, "WhatsApp")]}))  # fmt: skip
        history_file = tmp_path / "history.csv"
        history_file.write_text(
            "received_at,channel,customer_name\n2026-03-09 10:00,WhatsApp,Ana\n"
            "2026-03-10 09:00,whatsapp,Budi\n",
            encoding="utf-8",
        )
        result = importer.import_file(other, history_file)
        assert result.imported == 2 and not result.bad
        assert report.monthly(other, MARCH)["enquiries"]["by_channel"]["whatsapp"] == 2
    finally:
        other.store.close()


def test_lists_are_renamed_reordered_and_hidden_never_deleted(ctx: Context, log) -> None:
    enquiry = log(name="Ana", channel="social")
    reasons = setup.current_list("reason")
    renamed = [ListItem(r.key, "Too dear" if r.key == "price" else r.name) for r in reasons]
    channels = [
        ListItem(c.key, c.name, hidden=c.key == "social") for c in setup.current_list("channel")
    ]
    saved = setup.save(ctx, Setup(lists={"reason": renamed[::-1], "channel": channels}))
    ctx.forget_cache()
    from enquirydesk.services import catalogs

    assert catalogs.lost_reason_names()["price"] == "Too dear"
    assert next(iter(catalogs.lost_reason_names())) == renamed[-1].key
    assert "social" not in catalogs.channel_names()  # not offered for new enquiries
    assert "social" in report.monthly(ctx, "2026-03")["enquiries"]["by_channel"]  # counted
    assert queries.enquiry(enquiry) is not None
    history.undo(ctx, saved.changes.operation_id)
    ctx.forget_cache()
    assert catalogs.lost_reason_names()["price"] != "Too dear"
    assert "social" in catalogs.channel_names()


def test_a_list_must_keep_a_name_for_each_and_one_shown(ctx: Context) -> None:
    channels = setup.current_list("channel")
    with pytest.raises(ValidationError, match="twice"):
        setup.save(ctx, Setup(lists={"channel": [*channels, ListItem(None, "phone")]}))
    with pytest.raises(ValidationError, match="at least one"):
        setup.save(ctx, Setup(lists={"channel": [ListItem(c.key, c.name, True) for c in channels]}))


def test_staff_are_added_renamed_deactivated_and_one_is_the_owner(ctx: Context) -> None:
    setup.save(ctx, Setup(staff=[Member(None, "Ana Kovač", "owner"), Member(None, "Budi")]))
    members = setup.current_staff()
    assert [(m.name, m.role, m.active) for m in members] == [
        ("Ana Kovač", "owner", True),
        ("Budi", "staff", True),
    ]
    ana, budi = members
    setup.save(ctx, Setup(staff=[ana, Member(budi.id, "Budi Santoso", active=False)]))
    assert queries.staff_by_id(budi.id)["name"] == "Budi Santoso"
    assert not queries.staff_by_id(budi.id)["active"]
    with pytest.raises(ValidationError, match="Only one"):
        setup.save(ctx, Setup(staff=[ana, Member(budi.id, "Budi", "owner")]))
    with pytest.raises(ValidationError, match="cannot be deactivated"):
        setup.save(ctx, Setup(staff=[Member(ana.id, "Ana Kovač", "owner", active=False)]))


# -- the owner's PIN -----------------------------------------------------------------------


@pytest.fixture
def owned(ctx: Context) -> Context:
    setup.save(ctx, Setup(staff=[Member(None, "Ana Kovač", "owner")]))
    return ctx


def test_the_pin_is_kept_only_as_a_slow_hash_and_a_recovery_key_is_given(
    owned: Context, db_path: Path
) -> None:
    saved = setup.save(owned, Setup(owner_pin="482913"))
    assert saved.recovery_key and len(saved.recovery_key) == 23
    assert security.owner_pin_set()
    owned.store.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    data = db_path.read_bytes() + Path(f"{db_path}-wal").read_bytes()
    assert b"482913" not in data and saved.recovery_key.encode() not in data
    assert security.owner()["pin_hash"].startswith("scrypt$")
    security.check_owner_pin(owned, "482913")
    with pytest.raises(security.PinRefused, match="not the owner's PIN"):
        security.check_owner_pin(owned, "000000")


def test_wrong_pins_are_slowed_down(owned: Context, clock: FakeClock) -> None:
    setup.save(owned, Setup(owner_pin="482913"))
    for _ in range(4):
        with pytest.raises(security.PinRefused, match=r"more tr(y|ies)"):
            security.check_owner_pin(owned, "1111")
    with pytest.raises(security.PinRefused, match="try again in 30 seconds"):
        security.check_owner_pin(owned, "1111")
    with pytest.raises(security.PinRefused, match="try again in"):  # even the right one
        security.check_owner_pin(owned, "482913")
    clock.advance(seconds=31)
    with pytest.raises(security.PinRefused, match="try again in 60 seconds"):
        security.check_owner_pin(owned, "2222")  # the wait grows
    clock.advance(seconds=61)
    security.check_owner_pin(owned, "482913")
    security.check_owner_pin(owned, "482913")  # the count starts again


def test_a_forgotten_pin_is_removed_with_the_recovery_key(owned: Context) -> None:
    key = setup.save(owned, Setup(owner_pin="482913")).recovery_key
    with pytest.raises(security.PinRefused, match="recovery key"):
        security.reset_owner_pin(owned, "AAAAA-BBBBB-CCCCC-DDDDD")
    security.reset_owner_pin(owned, key.lower().replace("-", " "))
    assert not security.owner_pin_set()


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_line_asks_for_the_pin(
    owned: Context, db_path: Path, tmp_path: Path, capsys, monkeypatch, clock: FakeClock
) -> None:
    key = setup.save(owned, Setup(owner_pin="482913")).recovery_key
    log_enquiry(owned, NewEnquiry(channel="phone", name="Ana", received_at=clock.now))
    owned.store.close()
    monkeypatch.delenv("ENQUIRYDESK_PIN", raising=False)
    out = tmp_path / "m.csv"
    export = ["--db", str(db_path), "export", "--month", MARCH, "--format", "csv", "--out"]
    code, _, err = cli(capsys, *export, str(out))
    assert code == 1 and err.strip() == "enquirydesk: This needs the owner's PIN."
    code, _, err = cli(capsys, *export, str(out), "--pin", "1234")
    assert code == 1 and "not the owner's PIN" in err
    assert not out.exists()
    code, printed, err = cli(capsys, *export, str(out), "--pin", "482913")
    assert code == 0, err
    history_file = tmp_path / "h.csv"
    history_file.write_text("received_at,channel,customer_name\n2026-03-01 10:00,phone,B\n")
    code, _, err = cli(capsys, "--db", str(db_path), "import", str(history_file))
    assert code == 1 and err.strip() == "enquirydesk: This needs the owner's PIN."
    monkeypatch.setenv("ENQUIRYDESK_PIN", "482913")
    assert cli(capsys, "--db", str(db_path), "import", str(history_file))[0] == 0
    backup = tmp_path / "b.sqlite"
    assert cli(capsys, "--db", str(db_path), "backup", "--out", str(backup))[0] == 0
    monkeypatch.delenv("ENQUIRYDESK_PIN")
    code, _, err = cli(capsys, "--db", str(db_path), "restore", str(backup))
    assert code == 1 and "needs the owner's PIN" in err
    assert cli(capsys, "--db", str(db_path), "restore", str(backup), "--pin", "482913")[0] == 0
    code, printed, _ = cli(capsys, "--db", str(db_path), "reset-pin", "--recovery-key", key)
    assert code == 0 and "removed" in printed
    assert cli(capsys, *export, str(tmp_path / "n.csv"))[0] == 0  # no PIN any more


def test_import_teaches_a_shop_without_a_country_its_country(tmp_path: Path, clock) -> None:
    store = Store.open(tmp_path / "new.sqlite", now=clock)
    ctx = Context(store, Actor("t"), clock)
    try:
        history_file = tmp_path / "h.csv"
        history_file.write_text(
            "received_at,channel,customer_name,phone\n"
            "2026-03-01 10:00,phone,Budi,+62 812 3456 7890\n"
            "2026-03-01 11:00,phone,Siti,+62 813 1111 2222\n"
            "2026-03-01 12:00,phone,Ana,+386 41 123 456\n",
            encoding="utf-8",
        )
        importer.import_file(ctx, history_file)
        assert ctx.settings.country == "ID"
        assert ctx.settings[declared.CURRENCY] == "IDR"
    finally:
        store.close()


def test_nothing_changed_is_no_operation(ctx: Context) -> None:
    saved = setup.save(ctx, Setup(lists={"channel": setup.current_list("channel")}))
    assert saved.changes.operation_id is None


def test_a_lists_order_is_kept_in_whole_steps(ctx: Context) -> None:
    wanted = setup.current_list("source")[::-1]
    setup.save(ctx, Setup(lists={"source": wanted}))
    assert setup.current_list("source") == wanted
    with closing(sqlite3.connect(f"file:{ctx.store.path}?mode=ro", uri=True)) as connection:
        orders = [o for (o,) in connection.execute("SELECT sort_order FROM source ORDER BY id")]
    assert sorted(orders) == list(range(1, len(orders) + 1))
