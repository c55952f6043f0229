"""Importing the files shops have: their own headers and languages, their code pages,
dates and amounts, workbooks, rows newest first; the rejected rows and the mapping kept."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest
import xlsxwriter

from enquirydesk.cli import main
from enquirydesk.domain import settings as declared
from enquirydesk.domain.importcsv import FileProblem
from enquirydesk.domain.month import Month
from enquirydesk.services import importer, report, settings
from enquirydesk.services.context import Context


@pytest.fixture
def shop(ctx: Context, clock) -> Context:
    clock.set(datetime(2026, 11, 2, 10, 0))
    return ctx


def rows(db: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(db)) as connection:
        return connection.execute(sql).fetchall()


def workbook(path: Path, header: list[str], body: list[list[object]], sheet: str = "Data") -> Path:
    book = xlsxwriter.Workbook(str(path))
    sheet_ = book.add_worksheet(sheet)
    stamp = book.add_format({"num_format": "dd.mm.yyyy hh:mm"})
    sheet_.write_row(0, 0, header)
    for number, cells in enumerate(body, 1):
        for column, value in enumerate(cells):
            if isinstance(value, datetime):
                sheet_.write_datetime(number, column, value, stamp)
            elif value is not None:
                sheet_.write(number, column, value)
    book.close()
    return path


# -- a Ljubljana shop's spreadsheet: Windows-1250, semicolons, Slovenian words ---------------

SLOVENIAN = (
    "Datum;Ime in priimek;Telefon;Kanal;Zanimanje;Izid;Znesek\r\n"
    "24.10.2026 09:15;Žiga Čuk;041 123 456;Telefon;Hladilnik;Kupljeno;1.234,50\r\n"
    "25.10.2026 10:00;Ana Šuštar;'+386 31 222 333;Osebno;Pečica;Izgubljeno;\r\n"
    "27.10.2026;Žiga Čuk;041 123 456;E-pošta;Sušilni stroj;;899,00\r\n"
)


def test_a_slovenian_spreadsheet_in_windows_1250(shop: Context, db_path: Path, tmp_path) -> None:
    settings.update(shop, {declared.COUNTRY.key: "SI"})
    path = tmp_path / "povpraševanja.csv"
    path.write_bytes(SLOVENIAN.encode("cp1250"))

    inspection = importer.inspect(shop, path)
    assert inspection.source.layout.encoding == "cp1250"
    assert inspection.source.layout.delimiter == ";"
    assert inspection.plan.columns == (
        "received_at", "customer_name", "phone", "channel", "interest", "outcome", "value",
    )  # fmt: skip
    assert inspection.plan.date_order == "dmy" and inspection.problem is None
    # The preview shows each row's amount where the file has it, the bought one's too.
    shown = [row.values.get("value") for row in importer.preview(shop, inspection)]
    assert shown == [shop.formats.cents(123450), "", shop.formats.cents(89900)]

    result = importer.import_file(shop, path)
    assert [str(bad) for bad in result.bad] == []
    assert (result.imported, result.new_customers) == (3, 2)
    assert rows(db_path, "SELECT name, phone FROM customer ORDER BY id") == [
        ("Žiga Čuk", "+38641123456"),
        ("Ana Šuštar", "+38631222333"),
    ]
    figures = report.monthly(shop, Month(2026, 10))
    assert figures["enquiries"]["total"] == 3
    assert figures["enquiries"]["by_channel"]["phone"] == 1
    assert figures["enquiries"]["by_channel"]["walk_in"] == 1
    assert figures["enquiries"]["by_channel"]["email"] == 1
    assert (figures["outcomes"]["purchased"], figures["outcomes"]["lost"]) == (1, 1)
    assert figures["sales"]["revenue"] == "1234.50"
    # Žiga's second enquiry is from a returning customer; the open one keeps its estimate.
    assert figures["sources"]["returning"] == 1
    assert rows(db_path, "SELECT estimated_value_cents FROM enquiry WHERE id = 3") == [(89900,)]


# -- a Jakarta shop's workbook: Indonesian headers, Rupiah, no channel column ----------------


def test_an_indonesian_workbook_with_rupiah_and_no_channel(
    shop: Context, db_path: Path, tmp_path: Path
) -> None:
    settings.update(shop, {declared.COUNTRY.key: "ID"})
    path = workbook(
        tmp_path / "pertanyaan.xlsx",
        ["Tanggal", "Nama", "No. HP", "Produk", "Status", "Nilai"],
        [
            [datetime(2026, 10, 3, 9, 0), "Budi Santoso", "0812-3456-7890", "Kulkas", "Beli",
             "Rp 4.500.000"],
            ["05/10/2026 13:30", "Siti", 6281298765432, "TV", "Batal", None],
            [datetime(2026, 10, 6, 11, 0), "Budi Santoso", "0812-3456-7890", "AC", "", 3250000],
        ],
    )  # fmt: skip
    inspection = importer.inspect(shop, path)
    assert inspection.source.layout.sheet == "Data"
    assert "channel" not in inspection.plan.columns
    assert "channel" in (inspection.problem or "")
    with pytest.raises(FileProblem, match="channel"):
        importer.import_file(shop, path)

    plan = importer.ImportPlan(default_channel="walk_in")
    result = importer.import_file(shop, path, plan)
    assert (result.imported, result.bad) == (3, ())
    figures = report.monthly(shop, Month(2026, 10))
    assert figures["currency"] == "IDR"
    assert figures["enquiries"]["by_channel"]["walk_in"] == 3
    assert figures["sales"]["revenue"] == "4500000.00"
    assert rows(db_path, "SELECT phone FROM customer ORDER BY id") == [
        ("+6281234567890",),
        ("+6281298765432",),
    ]
    assert rows(db_path, "SELECT received_at FROM enquiry WHERE id = 2") == [
        ("2026-10-05 13:30:00",)
    ]


# -- order of rows --------------------------------------------------------------------------


def test_returning_is_decided_by_received_time_not_row_order(
    shop: Context, db_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "newest-first.csv"
    path.write_text(
        "received_at,channel,customer_name,phone\n"
        "2026-10-20 10:00,phone,Ana Novak,+38641123456\n"
        "2026-10-10 10:00,phone,Ana Novak,+38641123456\n"
        "2026-10-01 10:00,phone,Ana Novak,+38641123456\n"
        "2026-10-05 10:00,chat,Bor Kralj,+38641999888\n",
        encoding="utf-8",
    )
    assert importer.import_file(shop, path).imported == 4
    returning = rows(
        db_path,
        "SELECT e.received_at, s.key FROM enquiry e LEFT JOIN source s ON s.id = e.source_id "
        "ORDER BY e.received_at",
    )
    assert returning == [
        ("2026-10-01 10:00:00", None),
        ("2026-10-05 10:00:00", None),
        ("2026-10-10 10:00:00", "returning"),
        ("2026-10-20 10:00:00", "returning"),
    ]
    # An older enquiry of a known customer imported later is their first: not returning.
    older = tmp_path / "older.csv"
    older.write_text(
        "received_at,channel,phone\n2026-09-01 10:00,phone,+38641999888\n", encoding="utf-8"
    )
    importer.import_file(shop, older)
    assert rows(
        db_path,
        "SELECT source_id FROM enquiry WHERE received_at = '2026-09-01 10:00:00'",
    ) == [(None,)]


# -- rejected rows, the mapping remembered and saved ------------------------------------------


def test_bad_rows_go_to_a_file_that_imports_once_fixed(
    shop: Context, db_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "mixed.csv"
    path.write_text(
        "Date,Name,Phone,Channel\n"
        "2026-10-01 09:00,Ana,+38641123456,phone\n"
        "2026-10-02 09:00,Bor,12,phone\n"
        "2026-10-03 09:00,Cene,+38641555666,fax\n",
        encoding="utf-8",
    )
    result = importer.import_file(shop, path)
    assert result.imported == 0 and [b.line for b in result.bad] == [3, 4]
    rejected = importer.write_rejected(result, tmp_path / "rejected.csv")
    text = rejected.read_text(encoding="utf-8-sig").splitlines()
    assert text[0] == "Date,Name,Phone,Channel,Why it was not imported"
    assert text[1].startswith("2026-10-02 09:00,Bor,12,phone,") and "12 is not a phone" in text[1]
    assert "'fax' is not known" in text[2]

    skipped = importer.import_file(shop, path, skip_bad=True)
    assert skipped.imported == 1
    fixed = rejected.read_text(encoding="utf-8-sig").replace(",12,", ",+38640777888,")
    rejected.write_text(fixed.replace(",fax,", ",chat,"), encoding="utf-8")
    again = importer.inspect(shop, rejected)
    assert again.plan.columns[-1] is None  # the reason column is left out
    assert importer.import_file(shop, rejected).imported == 2
    assert rows(db_path, "SELECT COUNT(*) FROM enquiry") == [(3,)]


def test_a_mapping_chosen_once_is_used_for_the_next_file_of_that_shape(
    shop: Context, tmp_path: Path
) -> None:
    header = "Kdaj,Kdo,Kje,Kaj\n"
    first = tmp_path / "a.csv"
    first.write_text(header + "03/04/2026 10:00,Ana,phone,TV\n", encoding="utf-8")
    assert importer.inspect(shop, first).plan.columns == (None, None, None, None)
    assert importer.inspect(shop, first).dates_ambiguous is False  # no date column yet
    plan = importer.ImportPlan(
        columns=("received_at", "customer_name", "channel", "interest"), date_order="mdy"
    )
    assert importer.inspect(shop, first, plan).dates_ambiguous is True
    importer.import_file(shop, first, plan)

    second = tmp_path / "b.csv"
    second.write_text(header + "05/06/2026 11:00,Bor,chat,Radio\n", encoding="utf-8")
    inspection = importer.inspect(shop, second)
    assert inspection.remembered
    assert inspection.plan.columns == plan.columns and inspection.plan.date_order == "mdy"
    importer.import_file(shop, second)
    shown = importer.preview(shop, inspection)[0]
    assert shown.problem is None and shown.values["customer_name"] == "Bor"


def test_the_command_line_reads_a_saved_mapping_and_writes_rejected_rows(
    shop: Context, db_path: Path, tmp_path: Path, capsys
) -> None:
    path = tmp_path / "shop.csv"
    path.write_text(
        "Kdaj;Kdo;Kaj\n24.10.2026 10:00;Ana;TV\n25.10.2026 11:00;;Radio\n", encoding="utf-8"
    )
    mapping = tmp_path / "map.json"
    mapping.write_text(
        json.dumps({"columns": {"Kdaj": "received_at", "Kdo": "customer_name", "Kaj": "interest"},
                    "default_channel": "walk_in"}),
        encoding="utf-8",
    )  # fmt: skip
    # The plan round-trips through its JSON form (asked before the commands below run: each
    # binds the models to a store of its own, as the one store of its process).
    inspection = importer.inspect(shop, path, importer.load_plan(mapping, path))
    saved = tmp_path / "saved.json"
    saved.write_text(json.dumps(inspection.plan.to_json(inspection.header)), encoding="utf-8")
    assert importer.load_plan(saved, path) == inspection.plan
    rejected = tmp_path / "bad.csv"
    argv = ["--db", str(db_path), "import", str(path), "--map", str(mapping)]
    code = main([*argv, "--rejected", str(rejected)])
    _, err = capsys.readouterr()
    assert code == 1 and "line 3: the row names no customer" in err
    assert rejected.exists()
    assert main([*argv, "--skip-bad"]) == 0
    assert rows(db_path, "SELECT interest FROM enquiry") == [("TV",)]


def test_a_mapping_file_that_is_not_one_is_one_sentence(db_path: Path, tmp_path, capsys) -> None:
    path = tmp_path / "h.csv"
    path.write_text("received_at,channel,phone\n", encoding="utf-8")
    mapping = tmp_path / "map.json"
    mapping.write_text('{"colours": []}', encoding="utf-8")
    code = main(["--db", str(db_path), "import", str(path), "--map", str(mapping)])
    err = capsys.readouterr().err
    assert code == 1 and len(err.strip().splitlines()) == 1 and "not one this program wrote" in err


def test_an_ambiguous_date_is_read_the_shops_way_and_said(db_path: Path, tmp_path, capsys) -> None:
    path = tmp_path / "h.csv"
    path.write_text("Date,Channel,Name\n03/04/2026 10:00,phone,Ana\n", encoding="utf-8")
    assert main(["--db", str(db_path), "import", str(path)]) == 0
    assert "read as dmy" in capsys.readouterr().err
    assert rows(db_path, "SELECT received_at FROM enquiry") == [("2026-04-03 10:00:00",)]


# -- the program's own monthly exports, imported as they are --------------------------------


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_a_monthly_export_imports_as_it_is(tmp_path: Path, capsys, kind: str) -> None:
    """The Enquiries sheet of a monthly workbook (after its Summary), or the CSV, read
    without telling the program which sheet or which columns."""
    from enquirydesk.services import demo
    from enquirydesk.services.context import Actor
    from enquirydesk.store.database import Store

    shop_file, new_file = tmp_path / "shop.sqlite", tmp_path / "new.sqlite"
    now = datetime(2026, 11, 20, 12, 0)
    store = Store.open(shop_file, now=lambda: now)
    try:
        ctx = Context(store, Actor("t"), lambda: now)
        settings.update(ctx, {declared.COUNTRY.key: "SI"})
        demo.generate(ctx, 400, 5, workers=0)
        month = report.monthly(ctx, Month(2026, 10))
    finally:
        store.close()
    out = tmp_path / f"2026-10.{kind}"
    argv = ["--db", str(shop_file), "export", "--month", "2026-10", "--format", kind]
    assert main([*argv, "--out", str(out)]) == 0
    capsys.readouterr()
    assert main(["--db", str(new_file), "import", str(out)]) == 0, capsys.readouterr().err
    imported = rows(new_file, "SELECT COUNT(*) FROM enquiry")[0][0]
    assert imported == month["enquiries"]["total"] > 0
    channels = dict(
        rows(
            new_file,
            "SELECT c.key, COUNT(*) FROM enquiry e JOIN channel c ON c.id = e.channel_id "
            "GROUP BY c.key",
        )
    )
    assert channels == {k: v for k, v in month["enquiries"]["by_channel"].items() if v}


# -- an OpenDocument spreadsheet (LibreOffice's own format) ------------------------------


def opendocument(path: Path, sheet: str, rows: list[list[object]]) -> Path:
    """A minimal .ods as LibreOffice writes one: typed date and number cells, text cells."""
    import zipfile
    from xml.sax.saxutils import escape

    def cell(value: object) -> str:
        if isinstance(value, datetime):
            stamp = value.isoformat()
            return (
                f'<table:table-cell office:value-type="date" office:date-value="{stamp}">'
                f"<text:p>{stamp}</text:p></table:table-cell>"
            )
        if isinstance(value, int | float):
            return (
                f'<table:table-cell office:value-type="float" office:value="{value}">'
                f"<text:p>{value}</text:p></table:table-cell>"
            )
        return (
            f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}'
            "</text:p></table:table-cell>"
        )

    body = "".join(
        "<table:table-row>" + "".join(cell(v) for v in row) + "</table:table-row>" for row in rows
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="{sheet}">{body}'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as book:
        book.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        book.writestr("META-INF/manifest.xml", manifest)
        book.writestr("content.xml", content)
    return path


def test_an_opendocument_spreadsheet_with_indonesian_headers(
    shop: Context, db_path: Path, tmp_path
) -> None:
    settings.update(shop, {declared.COUNTRY.key: "ID", declared.CURRENCY.key: "IDR"})
    path = opendocument(
        tmp_path / "pertanyaan.ods",
        "Pertanyaan",
        [
            ["Tanggal", "Nama", "No. HP", "Saluran", "Produk", "Status", "Nilai"],
            [datetime(2026, 10, 3, 9, 5), "Budi Santoso", "0812 3456 7890", "Telepon",
             "Kulkas", "Membeli", 4500000],
            [datetime(2026, 10, 4, 14, 30), "Siti Rahma", "0813-1111-2222", "Datang langsung",
             "Mesin cuci", "Tidak membeli", 3200000],
        ],
    )  # fmt: skip
    inspection = importer.inspect(shop, path)
    assert inspection.problem is None
    assert inspection.plan.columns == (
        "received_at", "customer_name", "phone", "channel", "interest", "outcome", "value",
    )  # fmt: skip
    result = importer.import_file(shop, path)
    assert [str(bad) for bad in result.bad] == [] and result.imported == 2
    assert rows(db_path, "SELECT name, phone FROM customer ORDER BY id") == [
        ("Budi Santoso", "+6281234567890"),
        ("Siti Rahma", "+6281311112222"),
    ]
    assert rows(db_path, "SELECT received_at FROM enquiry ORDER BY id") == [
        ("2026-10-03 09:05:00",),
        ("2026-10-04 14:30:00",),
    ]
    figures = report.monthly(shop, Month(2026, 10))
    assert (figures["outcomes"]["purchased"], figures["outcomes"]["lost"]) == (1, 1)
    assert figures["sales"]["revenue"] == "4500000.00"
    assert figures["enquiries"]["by_channel"]["walk_in"] == 1
