"""Export all data and bring it back whole: a demo shop written as a workbook and as a ZIP
of CSV files, imported into a fresh file, comes out the same — every month's report, the
Today lists, every table row by row (ids too) — with no PIN in the file; a file that is
cut short, garbled, from a newer EnquiryDesk or meant for a database with data in it is
refused with one sentence and nothing written; a cancelled export leaves no file."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import Any

import hypothesis
import openpyxl
import pytest
from hypothesis import HealthCheck, given
from hypothesis import strategies as st
from python_calamine import CalamineWorkbook

from enquirydesk.domain.errors import ConflictError
from enquirydesk.domain.importcsv import FileProblem
from enquirydesk.domain.month import Month
from enquirydesk.services import (
    all_data,
    customer_edit,
    customers_merge,
    demo,
    duplicates,
    maintenance,
    report,
    security,
    settings,
    setup,
    today,
)
from enquirydesk.services.context import Actor, Cancelled, Context
from enquirydesk.services.enquiries import NewEnquiry, delete_enquiry, log_enquiry
from enquirydesk.services.export_rows import ExportError
from enquirydesk.store import dump
from enquirydesk.store.database import Store
from enquirydesk.store.migrations import LATEST
from support import run_cli

NOW = datetime(2026, 11, 23, 15, 30)
PIN = "482913"
#: Text a spreadsheet would take for a formula or mangle, and must come back as it was.
TRICKY_NAME = "+1+1"
TRICKY_INTEREST = "=cmd|' /C calc'!A0"
TRICKY_DETAILS = "'quoted\n  two lines, _x0041_ Zoë <Fish & Chips> 🐟  "


def opened(path: Path) -> tuple[Store, Context]:
    store = Store.open(path, now=lambda: NOW)
    return store, Context(store, Actor("all data test"), lambda: NOW)


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """18 months of demo data, and what the demo does not make: other phone numbers, a
    referral, a deleted enquiry, a merge, two customers told apart, a renamed and a hidden
    channel, text that looks like formulas, and an owner's PIN."""
    path = tmp_path_factory.mktemp("all-data") / "shop.sqlite"
    store, ctx = opened(path)
    try:
        settings.update(ctx, {"shop.country": "SI", "shop.name": '=Trgovina "Žužek"'})
        demo.generate(ctx, 3000, seed=5, workers=0)
        ana = log_enquiry(
            ctx,
            NewEnquiry(channel="phone", name="Zala Brezovar", phone="01 555 1230", interest="TV"),
        ).created_id("customer")
        customer_edit.edit_customer(
            ctx, ana, name="Zala Brezovar", phone="01 555 1230", email="ana@example.si",
            handle="@ana", notes="Calls after 17:00", referred_by=None,
            other_phones=["01 222 3330", "01 411 2220"], other_emails=["ana.k@example.com"],
        )  # fmt: skip
        log_enquiry(
            ctx,
            NewEnquiry(
                channel="chat",
                name=TRICKY_NAME,
                phone="01 299 8880",
                interest=TRICKY_INTEREST,
                details=TRICKY_DETAILS,
                referred_by=ana,
                received_at=datetime(2026, 11, 20, 10, 0, 7),
            ),
        )
        gone = log_enquiry(ctx, NewEnquiry(channel="email", name="Gone Away", email="g@x.si"))
        delete_enquiry(ctx, gone.created_id("enquiry"))
        twins = [
            log_enquiry(ctx, NewEnquiry(channel="phone", name=name, phone=phone)).created_id(
                "customer"
            )
            for name, phone in (
                ("Lan Pintar", "01 700 8000"),
                ("Lan Pintar", "01 700 8001"),
                ("Iza Zorko", "01 300 4000"),
                ("Iza Zorko", "01 300 4001"),
            )
        ]
        duplicates.not_the_same(ctx, twins[0], twins[1])
        customers_merge.merge(ctx, twins[2], twins[3])
        security.set_owner_pin(ctx, PIN)
    finally:
        store.close()
    # as a shop may have named them (the inner `connection` commits, `closing` closes)
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE channel SET name = 'Instagram' WHERE key = 'social'")
        connection.execute("UPDATE channel SET hidden = 1 WHERE key = 'other'")
    return path


def months(path: Path) -> list[Month]:
    with closing(sqlite3.connect(path)) as connection:
        first = connection.execute("SELECT min(received_at) FROM enquiry").fetchone()[0]
    month = Month.parse(first[:7])
    found = []
    while month.start <= NOW:
        found.append(month)
        month = month.next()
    return found


def table_rows(path: Path) -> dict[str, list[tuple]]:
    """Every exported table, row by row, as stored (pin hashes and secrets aside)."""
    found = {}
    with closing(sqlite3.connect(path)) as connection:
        for table in dump.TABLES:
            names = ", ".join(f'"{c}"' for c in table.column_names)
            where = " WHERE key NOT LIKE 'security.%'" if table.name == "setting" else ""
            found[table.name] = connection.execute(
                f'SELECT {names} FROM "{table.name}"{where} ORDER BY id'
            ).fetchall()
    return found


def facts(path: Path) -> dict[str, Any]:
    """What a shop sees: every month's report, the Today lists, the counts."""
    store, ctx = opened(path)
    try:
        return {
            "reports": {
                str(m): json.dumps(report.monthly(ctx, m), sort_keys=True) for m in months(path)
            },
            "today": today.lists(ctx),
            "shop": (ctx.settings.values.get("shop.name"), ctx.formats.money(1234.5)),
        }
    finally:
        store.close()


def scalar(path: Path, sql: str) -> Any:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchone()[0]


@pytest.fixture(scope="module")
def shop_facts(shop: Path) -> dict[str, Any]:
    return facts(shop)


@pytest.fixture(scope="module")
def exported(shop: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("exported")
    store, ctx = opened(shop)
    try:
        return {
            fmt: all_data.export_all(ctx, fmt, folder / f"all.{ext}")
            for fmt, ext in (("xlsx", "xlsx"), ("csv", "zip"))
        }
    finally:
        store.close()


def import_into(path: Path, source: Path, progress=None) -> all_data.AllDataResult:
    store, ctx = opened(path)
    try:
        return all_data.import_all(ctx, source, progress)
    finally:
        store.close()


@pytest.fixture(scope="module", params=["xlsx", "csv"])
def restored(
    request, exported: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, all_data.AllDataResult]:
    path = tmp_path_factory.mktemp(f"restored-{request.param}") / "new.sqlite"
    return path, import_into(path, exported[request.param])


# -- the round trip ---------------------------------------------------------------------------


def test_the_restored_shop_reports_every_month_the_same(
    shop_facts: dict[str, Any], restored: tuple[Path, all_data.AllDataResult]
) -> None:
    path, _ = restored
    again = facts(path)
    assert len(shop_facts["reports"]) >= 18
    for month, figures in shop_facts["reports"].items():
        assert again["reports"][month] == figures, month
    assert again["today"] == shop_facts["today"]
    assert again["today"].count > 0  # there is something to compare
    assert again["shop"] == shop_facts["shop"]
    assert again["shop"][0] == '=Trgovina "Žužek"' and "€" in again["shop"][1]


def test_every_row_comes_back_with_its_id(
    shop: Path, restored: tuple[Path, all_data.AllDataResult]
) -> None:
    path, result = restored
    before, after = table_rows(shop), table_rows(path)
    for table in dump.TABLES:
        assert after[table.name] == before[table.name], table.name
        assert result.counts[table.name] == len(before[table.name])
    for sql in (
        "SELECT count(*) FROM customer",
        "SELECT count(*) FROM follow_up",
        "SELECT count(*) FROM feedback",
        "SELECT count(*) FROM contact",
        "SELECT count(*) FROM enquiry WHERE referred_by_id IS NOT NULL",
        "SELECT count(*) FROM customer WHERE referred_by_id IS NOT NULL",
        "SELECT count(*) FROM customer_contact_info",
        "SELECT count(*) FROM enquiry WHERE deleted_at IS NOT NULL",
    ):
        assert scalar(path, sql) == scalar(shop, sql) > 0, sql
    assert result.enquiries == scalar(shop, "SELECT count(*) FROM enquiry")
    assert result.schema_version == LATEST and result.shop_name == '=Trgovina "Žužek"'
    assert result.changes.everything and result.changes.operation_id is not None


def test_the_restored_file_is_sound_and_searchable(
    restored: tuple[Path, all_data.AllDataResult],
) -> None:
    path, _ = restored
    assert maintenance.check(path).ok
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        # The customer word index and the enquiry text index hold every row.
        assert (
            connection.execute("SELECT count(*) FROM customer_words").fetchone()[0]
            == (connection.execute("SELECT count(*) FROM customer").fetchone()[0])
        )
        found = connection.execute(
            "SELECT rowid FROM customer_words WHERE customer_words MATCH 'phones : \"14112220\"'"
        ).fetchall()
        assert (
            found
            == connection.execute(
                "SELECT customer_id FROM customer_contact_info WHERE value = '+38614112220'"
            ).fetchall()
        )
        assert (
            connection.execute(
                "SELECT count(*) FROM enquiry_text WHERE enquiry_text MATCH '\"calc\"'"
            ).fetchone()[0]
            == 1
        )
        # Its history starts with the import.
        history = connection.execute("SELECT action, summary FROM operation").fetchall()
    assert len(history) == 1 and history[0][0] == "import"
    assert history[0][1].startswith("Imported all data from all.")


def test_tricky_text_comes_back_as_it_was(restored: tuple[Path, all_data.AllDataResult]) -> None:
    path, _ = restored
    with closing(sqlite3.connect(path)) as connection:
        row = connection.execute(
            "SELECT c.name, e.interest, e.details, e.received_at FROM enquiry e "
            "JOIN customer c ON c.id = e.customer_id WHERE c.name = ?",
            (TRICKY_NAME,),
        ).fetchone()
    assert row == (TRICKY_NAME, TRICKY_INTEREST, TRICKY_DETAILS.strip(), "2026-11-20 10:00:07")


# -- what the file holds ------------------------------------------------------------------


def every_cell(path: Path) -> Iterator[str]:
    if path.suffix == ".xlsx":
        book = CalamineWorkbook.from_path(str(path))
        for name in book.sheet_names:
            for row in book.get_sheet_by_name(name).iter_rows():
                yield from (str(cell) for cell in row)
    else:
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                text = archive.read(name).decode("utf-8-sig")
                for row in csv.reader(io.StringIO(text)):
                    yield from row


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_no_pin_and_no_history_leaves_the_shop(
    shop: Path, exported: dict[str, Path], fmt: str
) -> None:
    secrets = [
        scalar(shop, "SELECT pin_hash FROM staff WHERE role = 'owner'"),
        json.loads(scalar(shop, "SELECT value FROM setting WHERE key = 'security.recovery_key'")),
    ]
    assert all(s.startswith("scrypt$") for s in secrets)
    assert dump.is_secret_setting(security.RECOVERY)  # what the PIN keeps among the settings
    cells = list(every_cell(exported[fmt]))
    assert len(cells) > 100_000
    assert not any("scrypt$" in c or secrets[0] in c or secrets[1] in c for c in cells)
    assert "pin_hash" not in cells and "security.recovery_key" not in cells
    assert "operation" not in cells and "change" not in cells


def test_the_workbook_has_typed_cells_and_an_about_sheet(
    shop: Path, exported: dict[str, Path]
) -> None:
    book = openpyxl.load_workbook(exported["xlsx"], read_only=True)
    assert book.sheetnames == ["about", *(t.name for t in dump.TABLES)]
    about = {row[0]: row[1] for row in book["about"].iter_rows(min_row=2, values_only=True)}
    assert about["format"] == "EnquiryDesk all data"
    assert about["schema_version"] == LATEST
    assert about["exported_at"] == NOW
    assert about["shop_name"] == '=Trgovina "Žužek"'
    assert about["currency"] == "EUR"
    assert about["enquiry"] == scalar(shop, "SELECT count(*) FROM enquiry")
    header, first = list(book["enquiry"].iter_rows(max_row=2, values_only=True))
    enquiry = dict(zip(header, first, strict=True))
    assert enquiry["id"] == 1 and isinstance(enquiry["received_at"], datetime)
    assert isinstance(enquiry["customer_id"], int)
    bought = next(
        dict(zip(header, row, strict=True))
        for row in book["enquiry"].iter_rows(min_row=2, values_only=True)
        if row[header.index("purchase_value_cents")] is not None
    )
    assert isinstance(bought["purchase_value_cents"], int)
    staff = list(book["staff"].iter_rows(values_only=True))
    assert staff[0] == ("id", "name", "role", "active", "created_at")
    assert staff[1][3] is True
    # Formula-like text is text: a string cell, shown with Excel's quote prefix.
    names = [row[1] for row in book["customer"].iter_rows(min_row=2, values_only=True)]
    assert TRICKY_NAME in names


def test_the_zip_holds_a_csv_per_table_with_formulas_defused(
    shop: Path, exported: dict[str, Path]
) -> None:
    with zipfile.ZipFile(exported["csv"]) as archive:
        assert archive.namelist() == ["about.csv", *(f"{t.name}.csv" for t in dump.TABLES)]
        text = archive.read("customer.csv").decode("utf-8")
        assert text.startswith("\ufeffid,name,name_key,phone,email,")
        about = archive.read("about.csv").decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    names = [row[1] for row in rows[1:]]
    assert "'" + TRICKY_NAME in names and TRICKY_NAME not in names
    phones = [row[3] for row in rows[1:] if row[3]]
    assert phones and all(p.startswith("'+") for p in phones)
    assert "schema_version," + str(LATEST) in about
    assert "exported_at,2026-11-23 15:30:00" in about


def test_a_table_longer_than_a_sheet_goes_on_in_the_next(
    shop: Path, shop_facts, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(all_data, "SHEET_ROWS", 1_000)
    store, ctx = opened(shop)
    try:
        written = all_data.export_all(ctx, "xlsx", tmp_path / "split.xlsx")
    finally:
        store.close()
    sheets = CalamineWorkbook.from_path(str(written)).sheet_names
    assert {"enquiry", "enquiry (2)", "enquiry (3)", "enquiry (4)"} <= set(sheets)
    assert "enquiry (5)" not in sheets and "staff (2)" not in sheets
    import_into(tmp_path / "new.sqlite", written)
    assert table_rows(tmp_path / "new.sqlite") == table_rows(shop)


# -- recognising a file ---------------------------------------------------------------------


def test_is_all_data_knows_its_own_files(exported: dict[str, Path], tmp_path: Path) -> None:
    assert all_data.is_all_data(exported["xlsx"]) and all_data.is_all_data(exported["csv"])
    history = tmp_path / "history.csv"
    history.write_text("received,channel,name\n", encoding="utf-8")
    other = tmp_path / "other.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "enquiry"
    book.save(other)
    half = tmp_path / "half.xlsx"
    half.write_bytes(exported["xlsx"].read_bytes()[:5_000])
    for path in (history, other, half, tmp_path / "missing.zip"):
        assert not all_data.is_all_data(path), path.name


# -- refusals ---------------------------------------------------------------------------------


@pytest.fixture
def empty(tmp_path: Path) -> Path:
    path = tmp_path / "empty.sqlite"
    store, ctx = opened(path)
    settings.update(ctx, {"ui.language": "sl"})
    store.close()
    return path


def everything(path: Path) -> dict[str, list[tuple]]:
    with closing(sqlite3.connect(path)) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%words%' "
                "AND name NOT LIKE 'enquiry_text%' AND name NOT LIKE 'sqlite%'"
            )
        ]
        return {t: connection.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables}


def refused(path: Path, source: Path, error: type[Exception] = FileProblem) -> str:
    before = everything(path)
    store, ctx = opened(path)
    try:
        with pytest.raises(error) as caught:
            all_data.import_all(ctx, source)
    finally:
        store.close()
    assert everything(path) == before
    message = str(caught.value)
    assert "\n" not in message and message.endswith("."), message
    return message


def test_a_database_with_data_is_refused(shop: Path, exported: dict[str, Path]) -> None:
    message = refused(shop, exported["csv"], ConflictError)
    assert "already holds customers or enquiries" in message


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_a_file_cut_short_is_refused(
    empty: Path, exported: dict[str, Path], tmp_path: Path, fmt: str
) -> None:
    data = exported[fmt].read_bytes()
    cut = tmp_path / f"cut{exported[fmt].suffix}"
    cut.write_bytes(data[: len(data) * 2 // 3])
    message = refused(empty, cut)
    assert message.startswith(f"{cut.name} cannot be read whole (") and "cut short" in message


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_a_garbled_file_is_refused(
    empty: Path, exported: dict[str, Path], tmp_path: Path, fmt: str
) -> None:
    data = bytearray(exported[fmt].read_bytes())
    with zipfile.ZipFile(exported[fmt]) as archive:
        member = archive.getinfo("xl/worksheets/sheet11.xml" if fmt == "xlsx" else "enquiry.csv")
    middle = member.header_offset + 100 + member.compress_size // 2
    data[middle : middle + 64] = bytes(64)
    garbled = tmp_path / f"garbled{exported[fmt].suffix}"
    garbled.write_bytes(bytes(data))
    message = refused(empty, garbled)
    # Said when the damage is met: a row that makes no sense, or the checksum at the end.
    assert message.startswith((f"{garbled.name} cannot be read whole (", "enquiry")), message
    assert message.lower().endswith("nothing was imported."), message


def rewrite_zip(source: Path, target: Path, change: Callable[[str, str], str]) -> Path:
    """A copy of a ZIP of CSV files with `change(name, text)` made to each member."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            new.writestr(name, change(name, old.read(name).decode("utf-8-sig")))
    return target


def rewrite_csv(text: str, edit: Callable[[list[list[str]]], None]) -> str:
    rows = list(csv.reader(io.StringIO(text)))
    edit(rows)
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue()


def test_a_row_pointing_nowhere_is_named(
    empty: Path, exported: dict[str, Path], tmp_path: Path
) -> None:
    def change(name: str, text: str) -> str:
        if name != "follow_up.csv":
            return text

        def edit(rows: list[list[str]]) -> None:
            rows[7][rows[0].index("customer_id")] = "999999"

        return rewrite_csv(text, edit)

    broken = rewrite_zip(exported["csv"], tmp_path / "broken.zip", change)
    message = refused(empty, broken)
    assert message == (
        "follow_up.csv, row 8: customer_id is 999999, but there is no such row in customer; "
        "nothing was imported."
    )


def test_a_cell_that_is_not_a_time_is_named(
    empty: Path, exported: dict[str, Path], tmp_path: Path
) -> None:
    book = openpyxl.load_workbook(exported["xlsx"])
    header = [cell.value for cell in book["contact"][1]]
    book["contact"].cell(row=5, column=header.index("at") + 1, value="yesterday")
    bad = tmp_path / "bad.xlsx"
    book.save(bad)
    assert refused(empty, bad) == (
        "contact, row 5, column at: a date and time like 2026-10-01 09:15:00 is needed, not "
        "'yesterday'; nothing was imported."
    )


def test_an_id_twice_is_named(empty: Path, exported: dict[str, Path], tmp_path: Path) -> None:
    def change(name: str, text: str) -> str:
        if name != "customer.csv":
            return text

        def edit(rows: list[list[str]]) -> None:
            rows[3][0] = rows[2][0]

        return rewrite_csv(text, edit)

    twice = rewrite_zip(exported["csv"], tmp_path / "twice.zip", change)
    assert (
        refused(empty, twice)
        == "customer.csv, row 4: the id 2 is there twice; nothing was imported."
    )


def test_a_sheet_shorter_than_the_about_says_is_refused(
    empty: Path, exported: dict[str, Path], tmp_path: Path
) -> None:
    def change(name: str, text: str) -> str:
        return "".join(text.splitlines(keepends=True)[:-40]) if name == "contact.csv" else text

    short = rewrite_zip(exported["csv"], tmp_path / "short.zip", change)
    message = refused(empty, short)
    assert "rows of contact where it says" in message and "cut short" in message


def test_a_file_from_a_newer_enquirydesk_is_refused(
    empty: Path, exported: dict[str, Path], tmp_path: Path
) -> None:
    def change(name: str, text: str) -> str:
        if name == "about.csv":
            return text.replace(f"schema_version,{LATEST},", f"schema_version,{LATEST + 1},")
        return text

    newer = rewrite_zip(exported["csv"], tmp_path / "newer.zip", change)
    message = refused(empty, newer)
    assert f"newer EnquiryDesk (data version {LATEST + 1}" in message


def without_column(table: str, column: str) -> Callable[[str, str], str]:
    def change(name: str, text: str) -> str:
        if name != f"{table}.csv":
            return text

        def edit(rows: list[list[str]]) -> None:
            where = rows[0].index(column)
            for row in rows:
                del row[where]

        return rewrite_csv(text, edit)

    return change


def test_a_missing_column_is_refused_from_a_file_of_this_version(
    empty: Path, exported: dict[str, Path], tmp_path: Path
) -> None:
    lacking = rewrite_zip(
        exported["csv"], tmp_path / "lacking.zip", without_column("customer", "handle")
    )
    assert refused(empty, lacking) == "customer.csv lacks the column handle; nothing was imported."


def test_an_older_file_may_lack_columns_added_since(
    shop: Path, empty: Path, exported: dict[str, Path], tmp_path: Path
) -> None:
    lacking = without_column("customer", "handle")

    def change(name: str, text: str) -> str:
        if name == "about.csv":
            return text.replace(f"schema_version,{LATEST},", f"schema_version,{LATEST - 1},")
        return lacking(name, text)

    older = rewrite_zip(exported["csv"], tmp_path / "older.zip", change)
    result = import_into(empty, older)
    assert result.schema_version == LATEST - 1
    assert scalar(empty, "SELECT count(*) FROM customer WHERE handle != ''") == 0
    assert scalar(empty, "SELECT count(*) FROM customer") == scalar(
        shop, "SELECT count(*) FROM customer"
    )


# -- what the database keeps ----------------------------------------------------------------


def test_the_database_keeps_its_own_pin_and_settings_the_file_lacks(
    shop: Path, exported: dict[str, Path], tmp_path: Path
) -> None:
    path = tmp_path / "new-pc.sqlite"
    store, ctx = opened(path)
    try:  # the first-run page on the new PC: the owner, a PIN, a language
        setup.save(
            ctx,
            setup.Setup(
                values={"ui.first_run_done": True, "ui.language": "sl", "shop.name": "New"},
                staff=[setup.Member(id=None, name="Sarah Mitchell", role="owner")],
                owner_pin="2468",
            ),
        )
    finally:
        store.close()
    hashes = (
        scalar(path, "SELECT pin_hash FROM staff WHERE role = 'owner'"),
        scalar(path, "SELECT value FROM setting WHERE key = 'security.recovery_key'"),
    )
    store, ctx = opened(path)
    try:
        all_data.import_all(ctx, exported["xlsx"])
        assert ctx.settings.values["shop.name"] == '=Trgovina "Žužek"'  # the file's
        assert ctx.settings.values["ui.language"] == "sl"  # the database's: not in the file
        security.check_owner_pin(ctx, "2468")  # the new PC's PIN guards the shop
    finally:
        store.close()
    assert (
        scalar(path, "SELECT value FROM setting WHERE key = 'security.recovery_key'") == (hashes[1])
    )
    with closing(sqlite3.connect(path)) as connection:
        owners = connection.execute(
            "SELECT id, name, pin_hash FROM staff WHERE pin_hash IS NOT NULL"
        ).fetchall()
    assert owners == [(1, "Mojca Krajnc", hashes[0])]  # the file's owner has the PC's PIN
    after = table_rows(path)
    before = table_rows(shop)
    assert after["staff"] == before["staff"] and after["enquiry"] == before["enquiry"]


# -- progress, cancel and whole files -------------------------------------------------------


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_a_cancelled_export_leaves_no_file_and_an_old_one_as_it_was(
    shop: Path, tmp_path: Path, fmt: str
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "all.out"
    target.write_bytes(b"last week's")
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 6_000

    store, ctx = opened(shop)
    try:
        with pytest.raises(Cancelled):
            all_data.export_all(ctx, fmt, target, progress)
        assert calls[0][0] == 0 and calls[-1][0] >= 6_000
        assert [p.name for p in folder.iterdir()] == ["all.out"]
        assert target.read_bytes() == b"last week's"
        with pytest.raises(KeyboardInterrupt):  # Ctrl+C half-way
            all_data.export_all(ctx, fmt, folder / "other", _interrupt_after(5_000))
        assert [p.name for p in folder.iterdir()] == ["all.out"]
    finally:
        store.close()


def _interrupt_after(rows: int) -> Callable[[int, int], bool]:
    def progress(done: int, total: int) -> bool:
        if done >= rows:
            raise KeyboardInterrupt
        return True

    return progress


def test_an_export_that_cannot_be_written_says_so(shop: Path, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    store, ctx = opened(shop)
    try:
        with pytest.raises(ExportError, match="There is no folder"):
            all_data.export_all(ctx, "csv", tmp_path / "none" / "all.zip")
        with pytest.raises(ExportError, match="not a format for all data"):
            all_data.export_all(ctx, "pdf", tmp_path / "all.pdf")
        with pytest.raises(ExportError, match="the database itself"):
            all_data.export_all(ctx, "csv", shop)
    finally:
        store.close()
    assert list(tmp_path.iterdir()) == []


def test_text_too_long_for_excel_says_to_use_csv(tmp_path: Path) -> None:
    """Notes merged many times over can pass what an Excel cell holds: the workbook is
    refused (never cut short), the CSV files carry it whole."""
    source = tmp_path / "source.sqlite"
    store, ctx = opened(source)
    try:
        ctx.store.db.execute_sql(
            "INSERT INTO customer (name, name_key, handle, notes, created_at, updated_at) "
            "VALUES ('Long', 'long', '', ?, '2026-01-01 00:00:00', '2026-01-01 00:00:00')",
            ("word " * 8_000,),
        )
        with pytest.raises(ExportError) as refused_xlsx:
            all_data.export_all(ctx, "xlsx", tmp_path / "long.xlsx")
        written = all_data.export_all(ctx, "csv", tmp_path / "long.zip")
    finally:
        store.close()
    assert str(refused_xlsx.value) == (
        "Sheet customer, row 2 holds text longer than an Excel cell takes (40000 characters); "
        "export all data as CSV files instead."
    )
    assert not (tmp_path / "long.xlsx").exists()
    import_into(tmp_path / "new.sqlite", written)
    assert table_rows(tmp_path / "new.sqlite")["customer"] == table_rows(source)["customer"]


def test_import_progress_counts_rows_and_a_cancel_writes_nothing(
    empty: Path, exported: dict[str, Path]
) -> None:
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 4_000

    before = everything(empty)
    store, ctx = opened(empty)
    try:
        with pytest.raises(Cancelled):
            all_data.import_all(ctx, exported["csv"], progress)
    finally:
        store.close()
    assert everything(empty) == before
    assert calls[0] == (0, calls[0][1]) and calls[0][1] > 10_000
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


# -- the command line -------------------------------------------------------------------------


@pytest.fixture
def unlocked(shop: Path, tmp_path: Path) -> Path:
    """A copy of the shop without the owner's PIN, for commands run without one."""
    path = tmp_path / "copy.sqlite"
    with closing(sqlite3.connect(shop)) as source, closing(sqlite3.connect(path)) as copy:
        source.backup(copy)
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE staff SET pin_hash = NULL")
    return path


@pytest.mark.parametrize(("fmt", "name"), [("xlsx", "all.xlsx"), ("csv", "all.zip")])
def test_export_all_on_the_command_line(
    unlocked: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, name: str
) -> None:
    target = tmp_path / name
    code, out, err = run_cli(
        capsys, "--db", str(unlocked), "export", "--all", "--format", fmt, "--out", str(target)
    )
    assert (code, out, err) == (0, f"{target}\n", "")
    assert all_data.is_all_data(target)
    import_into(tmp_path / "new.sqlite", target)
    assert table_rows(tmp_path / "new.sqlite")["enquiry"] == table_rows(unlocked)["enquiry"]


def test_export_all_needs_the_owners_pin(
    shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--db", str(shop), "export", "--all", "--format", "csv", "--out"]
    code, out, err = run_cli(capsys, *argv, str(tmp_path / "a.zip"))
    assert code == 1 and out == "" and "needs the owner's PIN" in err
    code, out, _ = run_cli(capsys, *argv, str(tmp_path / "b.zip"), "--pin", PIN)
    assert code == 0 and out == f"{tmp_path / 'b.zip'}\n"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".zip"] == ["b.zip"]


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--all", "--month", "2026-03", "--format", "csv"], "leave out --month"),
        (["--all", "--format", "pdf"], "xlsx or csv, not pdf"),
        (["--format", "csv"], "required: --month"),
        (["--all", "--format", "doc"], "invalid choice"),
        (["--all", "--out", "{dir}/x.zip"], "--format"),
    ],
)
def test_export_all_usage_mistakes_are_one_sentence(
    unlocked: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], words: str
) -> None:
    if "--out" not in argv:
        argv = [*argv, "--out", "{dir}/x.zip"]
    argv = [a.replace("{dir}", str(tmp_path)) for a in argv]
    code, out, err = run_cli(capsys, "--db", str(unlocked), "export", *argv)
    lines = [line for line in err.splitlines() if line.strip()]
    assert code == 2 and out == "" and len(lines) == 1, err
    assert lines[0].startswith("enquirydesk: ") and lines[0].endswith(").")
    assert words in lines[0]
    assert not (tmp_path / "x.zip").exists()


# -- any text, time and amount comes back exactly ---------------------------------------------

#: Text as staff or a spreadsheet might leave it: formula starts, apostrophes, control
#: characters, XML's specials and Excel's own escapes, line breaks, spaces at the ends.
awkward_text = st.lists(
    st.one_of(
        st.sampled_from(["=", "+", "-", "@", "'", "\t", "\r", "\n", " ", "_x0041_", "&", "<"]),
        st.characters(blacklist_categories=("Cs",)),
    ),
    max_size=20,
).map("".join)


@hypothesis.settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    texts=st.lists(st.tuples(awkward_text, awkward_text), min_size=1, max_size=4),
    moments=st.lists(
        st.datetimes(datetime(1990, 1, 1), datetime(2099, 12, 31)).map(
            lambda d: d.replace(microsecond=0)
        ),
        min_size=1,
        max_size=4,
    ),
    cents=st.integers(-(10**15) + 1, 10**15 - 1),
)
def test_any_text_time_and_amount_comes_back_exactly(
    texts: list[tuple[str, str]], moments: list[datetime], cents: int
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "source.sqlite"
        store, ctx = opened(source)
        try:
            db = ctx.store.db
            for number, (name, notes) in enumerate(texts, 1):
                db.execute_sql(
                    "INSERT INTO customer (name, name_key, phone, email, handle, notes, "
                    "created_at, updated_at) VALUES (?, ?, NULL, NULL, ?, ?, ?, ?)",
                    (name, name.casefold(), notes[:3], notes, "2026-01-01 00:00:00",
                     str(moments[0])),
                )  # fmt: skip
                for at in moments:
                    db.execute_sql(
                        "INSERT INTO enquiry (customer_id, channel_id, received_at, interest, "
                        "details, estimated_value_cents, outcome, created_at, updated_at) "
                        "VALUES (?, 1, ?, ?, ?, ?, 'open', ?, ?)",
                        (number, str(at), name, notes, cents, str(at), str(at)),
                    )
            files = [
                all_data.export_all(ctx, fmt, Path(folder) / f"all.{fmt}")
                for fmt in ("xlsx", "csv")
            ]
        finally:
            store.close()
        expected = table_rows(source)
        for written in files:
            target = Path(folder) / f"{written.name}.sqlite"
            import_into(target, written)
            again = table_rows(target)
            for table in ("customer", "enquiry"):
                assert again[table] == expected[table], (written.name, table)
