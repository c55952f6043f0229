"""File → Import…: a shop's own files, as shops write them, brought in through the wizard
in the real window on a real database — page by page, with the keyboard where the user
would use it, and the database counted afterwards."""

from __future__ import annotations

import csv
import json
import threading
from datetime import datetime
from pathlib import Path

import pytest
import xlsxwriter
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget, QWizard

from enquirydesk.domain import settings as declared
from enquirydesk.services import importer
from enquirydesk.store import models
from enquirydesk.ui.file.import_wizard import (
    COLUMNS_PAGE,
    FILE_PAGE,
    IMPORT_PAGE,
    PREVIEW_PAGE,
    WHOLE_SHOP_PAGE,
    ImportWizard,
)
from enquirydesk.ui.main_window import MainWindow
from support import close_window, open_shop_window, set_up_shop

SLOVENIAN = (
    "Datum;Ime;Telefon;Kanal;Zanimanje;Znesek\n"
    "24.10.2026 14:05;Ana Kovač;041 123 456;Telefon;Pralni stroj;499,90\n"
    "25.10.2026 09:30;Žiga Šmid;031 555 123;E-pošta;Hladilnik Gorenje;\n"
    "26.10.2026;Mojca Čeh;040 222 333;Telefon;Sušilni stroj;1.299,00\n"
)


def shop_window(qtbot, tmp_path: Path, country: str) -> MainWindow:
    db = tmp_path / "shop.sqlite"
    set_up_shop(db, **{declared.COUNTRY.key: country, declared.SHOP_NAME.key: "Shop"})
    return open_shop_window(qtbot, db)


@pytest.fixture
def ljubljana(qtbot, tmp_path: Path):
    window = shop_window(qtbot, tmp_path, "SI")
    yield window
    close_wizard(window)
    close_window(window)


@pytest.fixture
def jakarta(qtbot, tmp_path: Path):
    window = shop_window(qtbot, tmp_path, "ID")
    yield window
    close_wizard(window)
    close_window(window)


def close_wizard(window: MainWindow) -> None:
    if window.import_wizard is not None:
        window.import_wizard.reject()


def slovenian_file(tmp_path: Path, text: str = SLOVENIAN) -> Path:
    """Saved as Excel saves "CSV" on a Slovenian Windows: semicolons, code page 1250."""
    path = tmp_path / "zgodovina.csv"
    path.write_bytes(text.replace("\n", "\r\n").encode("cp1250"))
    return path


def enquiries() -> int:
    return models.Enquiry.select().count()


def open_wizard(qtbot, window: MainWindow, path: Path) -> ImportWizard:
    window.import_history(path)
    wizard = window.import_wizard
    assert isinstance(wizard, ImportWizard)
    qtbot.waitUntil(wizard.isVisible)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: not wizard.reading)
    return wizard


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def enter(qtbot, wizard: ImportWizard) -> None:
    """Enter where the keyboard is: the wizard's default button (Next, Import, Finish)."""
    target = focused() if focused().window() is wizard else wizard
    qtbot.keyClick(target, Qt.Key.Key_Return)


def checked(qtbot, wizard: ImportWizard) -> None:
    qtbot.waitUntil(lambda: wizard.check is not None or not wizard.preview_page.checking)


def imported(qtbot, wizard: ImportWizard) -> None:
    qtbot.waitUntil(lambda: wizard.import_page.outcome != "", timeout=20_000)
    wizard.tasks.wait()
    qtbot.wait(1)


def mapping(wizard: ImportWizard) -> list[str | None]:
    return list(wizard.columns_page.mapping())


def table_texts(wizard: ImportWizard) -> list[list[str]]:
    table = wizard.preview_page.table
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def headings(wizard: ImportWizard) -> list[str]:
    table = wizard.preview_page.table
    return [table.horizontalHeaderItem(n).text() for n in range(table.columnCount())]


def button(wizard: ImportWizard, which: QWizard.WizardButton) -> QPushButton:
    found = wizard.button(which)
    assert isinstance(found, QPushButton)
    return found


def pick(combo, data: str) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


# -- a Slovenian shop's file, all the way, with the keyboard ----------------------------------


def test_a_slovenian_code_page_file_is_imported_page_by_page_with_enter(
    qtbot, ljubljana: MainWindow, tmp_path: Path
) -> None:
    path = slovenian_file(tmp_path)
    wizard = open_wizard(qtbot, ljubljana, path)
    assert wizard.objectName() == "importWizard"

    # 1. The file: read as code page 1250 with semicolons, the names whole.
    page = wizard.file_page
    assert wizard.currentId() == FILE_PAGE
    assert page.encoding_combo.isVisible() and page.delimiter_combo.isVisible()
    assert not page.sheet_combo.isVisible()
    assert page.encoding_combo.currentData() == "cp1250"
    assert page.encoding_combo.currentText() == "Windows Central European (1250)"
    assert page.delimiter_combo.currentData() == ";"
    raw = page.raw_table
    assert raw.horizontalHeaderItem(1).text() == "Ime"
    assert raw.item(0, 1).text() == "Ana Kovač" and raw.item(1, 1).text() == "Žiga Šmid"
    assert button(wizard, QWizard.WizardButton.NextButton).isDefault()
    enter(qtbot, wizard)

    # 2. The columns, recognised from the Slovenian headings; Tab goes down the column.
    assert wizard.currentId() == COLUMNS_PAGE
    columns = wizard.columns_page
    assert mapping(wizard) == [
        "received_at",
        "customer_name",
        "phone",
        "channel",
        "interest",
        "value",
    ]
    assert columns.combos[0].currentText() == "Received"
    assert focused() is columns.combos[0]
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is columns.combos[1]
    assert not columns.dates_combo.isVisible()  # 24.10. can only be day first
    assert columns.dates_text.text() == "Dates are read as day.month.year (24.10.2026)."
    assert not columns.channel_combo.isVisible()  # the file has a channel column
    assert not columns.problem.isVisible()
    assert not columns.remembered.isVisible()
    enter(qtbot, wizard)

    # 3. The preview: the rows as stored; the whole file checked.
    assert wizard.currentId() == PREVIEW_PAGE
    checked(qtbot, wizard)
    preview = wizard.preview_page
    assert headings(wizard) == [
        "Line", "Received", "Customer name", "Phone", "Channel", "Interest",
        "Value (estimated or paid)", "Problem",
    ]  # fmt: skip
    rows = table_texts(wizard)
    assert [row[0] for row in rows] == ["2", "3", "4"]
    assert rows[0][2] == "Ana Kovač" and rows[0][4] == "Phone" and rows[1][4] == "E-mail"
    assert rows[0][1] == ljubljana.ctx.formats.when(datetime(2026, 10, 24, 14, 5))
    assert rows[0][6] == ljubljana.ctx.formats.cents(49_990)
    assert rows[2][6] == ljubljana.ctx.formats.cents(129_900)
    assert all(row[-1] == "" for row in rows)
    assert preview.check_status.text() == "All 3 rows are good."
    assert not preview.bad_list.isVisible() and not preview.skip_check.isVisible()
    commit = button(wizard, QWizard.WizardButton.CommitButton)
    assert commit.isVisible() and commit.isEnabled() and commit.text() == "&Import"
    assert enquiries() == 0
    enter(qtbot, wizard)

    # 4. Imported: counted in the database, said on the page, shown by the window's pages.
    assert wizard.currentId() == IMPORT_PAGE
    imported(qtbot, wizard)
    assert wizard.import_page.outcome == "imported"
    assert enquiries() == 3
    assert models.Customer.select().count() == 3
    said = wizard.import_page.status.text()
    assert "3 enquiries imported from zgodovina.csv." in said
    assert "3 new customers" in said
    assert not wizard.import_page.rejected_button.isVisible()
    assert ljubljana.statusBar().currentMessage() == "Imported 3 enquiries from zgodovina.csv"
    assert ljubljana.enquiries.stale  # hidden behind the wizard: read again when shown
    ljubljana.tabs.setCurrentWidget(ljubljana.enquiries)
    qtbot.waitUntil(lambda: ljubljana.enquiries.model.rowCount() == 3)
    finish = button(wizard, QWizard.WizardButton.FinishButton)
    assert finish.isVisible() and finish.isEnabled()
    enter(qtbot, wizard)
    qtbot.waitUntil(lambda: ljubljana.import_wizard is None)


def test_the_next_file_like_it_comes_with_the_columns_chosen_last_time(
    qtbot, ljubljana: MainWindow, tmp_path: Path
) -> None:
    path = slovenian_file(tmp_path)
    wizard = open_wizard(qtbot, ljubljana, path)
    wizard.next()
    pick(wizard.columns_page.combos[4], "notes")  # Zanimanje: kept as a note, this shop says
    wizard.next()
    checked(qtbot, wizard)
    wizard.next()
    imported(qtbot, wizard)
    wizard.accept()
    qtbot.waitUntil(lambda: ljubljana.import_wizard is None)

    again = tmp_path / "november.csv"
    again.write_bytes(
        "Datum;Ime;Telefon;Kanal;Zanimanje;Znesek\r\n"
        "02.11.2026;Nina Zupan;041 999 888;Telefon;Štedilnik;\r\n".encode("cp1250")
    )
    wizard = open_wizard(qtbot, ljubljana, again)
    wizard.next()
    assert mapping(wizard)[4] == "notes"
    assert wizard.columns_page.remembered.isVisible()
    assert wizard.columns_page.remembered.text() == "Columns as last time for files like this."
    pick(wizard.columns_page.combos[4], "interest")
    assert not wizard.columns_page.remembered.isVisible()


# -- an Indonesian shop's workbook without a channel column ------------------------------------


def indonesian_workbook(tmp_path: Path) -> Path:
    path = tmp_path / "riwayat.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Riwayat")
    book.add_worksheet("Catatan").write(0, 0, "Catatan toko")
    when = book.add_format({"num_format": "dd/mm/yyyy hh:mm"})
    sheet.write_row(0, 0, ["Tanggal", "Nama", "No. HP", "Produk", "Nilai"])
    rows = [
        (datetime(2026, 10, 24, 14, 5), "Budi Santoso", "0812-3456-7890", "TV LED 55\"", "Rp 4.500.000"),
        (datetime(2026, 10, 25, 10, 0), "Siti Rahayu", "0813 1111 2222", "Kulkas 2 pintu", "Rp 3.250.000"),
        (datetime(2026, 10, 26, 19, 45), "Agus Wijaya", "+62 815 7777 8888", "Mesin cuci", ""),
    ]  # fmt: skip
    for number, (at, name, phone, product, value) in enumerate(rows, 1):
        sheet.write_datetime(number, 0, at, when)
        sheet.write_row(number, 1, [name, phone, product, value])
    book.close()
    return path


def test_a_workbook_without_a_channel_column_waits_for_the_channel(
    qtbot, jakarta: MainWindow, tmp_path: Path
) -> None:
    wizard = open_wizard(qtbot, jakarta, indonesian_workbook(tmp_path))
    page = wizard.file_page
    assert page.sheet_combo.isVisible() and not page.encoding_combo.isVisible()
    assert [page.sheet_combo.itemText(n) for n in range(page.sheet_combo.count())] == [
        "Riwayat",
        "Catatan",
    ]
    assert page.sheet_combo.currentText() == "Riwayat"
    assert page.raw_table.item(0, 1).text() == "Budi Santoso"
    wizard.next()

    columns = wizard.columns_page
    assert mapping(wizard) == ["received_at", "customer_name", "phone", "interest", "value"]
    # A workbook's dates are cells, not text: there is no order of day and month to ask.
    assert not columns.dates_combo.isVisible()
    assert columns.channel_combo.isVisible()
    assert columns.channel_combo.currentData() == ""  # nothing is guessed
    assert columns.problem.isVisible()
    assert "no channel column" in columns.problem.text()
    next_button = button(wizard, QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    enter(qtbot, wizard)
    assert wizard.currentId() == COLUMNS_PAGE  # Enter does not get past it either

    pick(columns.channel_combo, "chat")
    assert not columns.problem.isVisible()
    assert next_button.isEnabled()
    enter(qtbot, wizard)

    checked(qtbot, wizard)
    assert headings(wizard)[:3] == ["Line", "Received", "Channel"]
    rows = table_texts(wizard)
    assert [row[2] for row in rows] == ["Chat app"] * 3
    assert rows[0][-2] == jakarta.ctx.formats.cents(450_000_000)
    assert rows[0][1] == jakarta.ctx.formats.when(datetime(2026, 10, 24, 14, 5))
    assert wizard.preview_page.check_status.text() == "All 3 rows are good."
    wizard.next()
    imported(qtbot, wizard)
    assert enquiries() == 3
    by_chat = (
        models.Enquiry.select()
        .join(models.Channel)
        .where(models.Channel.key == "chat", models.Enquiry.estimated_value_cents == 450_000_000)
    )
    assert by_chat.count() == 1


def test_another_sheet_is_read_when_chosen(qtbot, jakarta: MainWindow, tmp_path: Path) -> None:
    wizard = open_wizard(qtbot, jakarta, indonesian_workbook(tmp_path))
    page = wizard.file_page
    pick(page.sheet_combo, "Catatan")
    qtbot.waitUntil(lambda: not wizard.reading)
    assert wizard.inspection is not None and wizard.inspection.header == ["Catatan toko"]
    assert wizard.asked.sheet == "Catatan"
    wizard.next()
    assert wizard.columns_page.problem.isVisible()  # a note is no history
    assert not button(wizard, QWizard.WizardButton.NextButton).isEnabled()


# -- the columns -----------------------------------------------------------------------------------


def test_a_column_given_another_field_changes_the_preview(
    qtbot, ljubljana: MainWindow, tmp_path: Path
) -> None:
    wizard = open_wizard(qtbot, ljubljana, slovenian_file(tmp_path))
    wizard.next()
    columns = wizard.columns_page
    pick(columns.combos[4], "notes")  # Zanimanje: notes, not the interest
    pick(columns.combos[5], "")  # Znesek: not imported
    wizard.next()
    checked(qtbot, wizard)
    shown = headings(wizard)
    assert "Notes" in shown and "Interest" not in shown
    assert "Value (estimated or paid)" not in shown
    assert table_texts(wizard)[0][shown.index("Notes")] == "Pralni stroj"

    wizard.back()
    pick(columns.combos[4], "interest")
    wizard.next()
    checked(qtbot, wizard)
    assert "Interest" in headings(wizard) and "Notes" not in headings(wizard)


def test_a_field_chosen_for_a_second_column_moves_there(
    qtbot, ljubljana: MainWindow, tmp_path: Path
) -> None:
    wizard = open_wizard(qtbot, ljubljana, slovenian_file(tmp_path))
    wizard.next()
    columns = wizard.columns_page
    pick(columns.combos[1], "phone")  # Ime as the phone: Telefon gives it up
    assert mapping(wizard)[:3] == ["received_at", "phone", None]
    assert columns.combos[2].currentText() == "— not imported —"
    assert columns.moved.isVisible()
    assert columns.moved.text() == (
        "Phone moved here from the column Telefon, which is not imported now."
    )
    assert not columns.problem.isVisible()  # a phone is enough to know the customer
    wizard.next()
    checked(qtbot, wizard)
    # Names are no phone numbers: each row's cell is marked, with why.
    table = wizard.preview_page.table
    phone = headings(wizard).index("Phone")
    item = table.item(0, phone)
    assert item.text() == "Ana Kovač"
    assert not item.icon().isNull() and item.toolTip()
    assert table.item(0, table.columnCount() - 1).text() == item.toolTip()
    assert (
        wizard.preview_page.check_status.text()
        == "Every row has a problem (3 rows); none can be imported."
    )
    assert not wizard.preview_page.skip_check.isVisible()
    assert not button(wizard, QWizard.WizardButton.CommitButton).isEnabled()

    wizard.back()
    pick(columns.combos[1], "")  # no name, no phone, no e-mail column: nothing to know them by
    assert columns.problem.isVisible()
    assert columns.problem.text() == "Choose a column with the customer's name, phone or e-mail."
    assert not wizard.columns_page.isComplete()


def test_dates_that_read_both_ways_are_asked_about(
    qtbot, ljubljana: MainWindow, tmp_path: Path
) -> None:
    text = (
        "Datum;Ime;Telefon;Kanal\n"
        "05.10.2026;Ana Kovač;041 123 456;Telefon\n"
        "03.11.2026;Žiga Šmid;031 555 123;Telefon\n"
    )
    wizard = open_wizard(qtbot, ljubljana, slovenian_file(tmp_path, text))
    wizard.next()
    columns = wizard.columns_page
    assert columns.dates_combo.isVisible() and not columns.dates_text.isVisible()
    assert columns.dates_combo.currentData() == "dmy"  # as a Slovenian shop writes them
    assert columns.dates_combo.itemText(1) == "month/day/year (10/24/2026)"
    wizard.next()
    checked(qtbot, wizard)
    formats = ljubljana.ctx.formats
    assert table_texts(wizard)[0][1] == formats.when(datetime(2026, 10, 5))
    wizard.back()
    pick(columns.dates_combo, "mdy")
    wizard.next()
    checked(qtbot, wizard)
    assert table_texts(wizard)[0][1] == formats.when(datetime(2026, 5, 10))


def test_the_mapping_is_saved_for_the_command_line(
    qtbot, ljubljana: MainWindow, tmp_path: Path
) -> None:
    path = slovenian_file(tmp_path)
    wizard = open_wizard(qtbot, ljubljana, path)
    wizard.next()
    pick(wizard.columns_page.combos[4], "notes")
    target = wizard.columns_page.save_mapping(tmp_path / "map.json")
    assert target is not None
    saved = json.loads(target.read_text(encoding="utf-8"))
    assert saved["columns"]["Zanimanje"] == "notes"
    assert saved["encoding"] == "cp1250" and saved["delimiter"] == ";"
    plan = importer.load_plan(target, path)
    assert plan.columns == wizard.inspection.plan.columns
    assert wizard.columns_page.saved.text() == f"Saved {target}"


# -- the first page: how the file reads ----------------------------------------------------------


def test_another_encoding_reads_the_file_again(
    qtbot, ljubljana: MainWindow, tmp_path: Path
) -> None:
    wizard = open_wizard(qtbot, ljubljana, slovenian_file(tmp_path))
    page = wizard.file_page
    pick(page.encoding_combo, "utf-8")
    qtbot.waitUntil(lambda: not wizard.reading)
    assert page.error.isVisible()
    assert "cannot be read as utf-8 text" in page.error.text()
    assert not page.isComplete()
    assert not button(wizard, QWizard.WizardButton.NextButton).isEnabled()
    assert page.encoding_combo.isVisible()  # to choose again

    pick(page.encoding_combo, "cp1252")  # reads, but with other letters
    qtbot.waitUntil(lambda: not wizard.reading)
    assert not page.error.isVisible()
    assert page.raw_table.item(0, 1).text() == "Ana Kova\u00e8"

    pick(page.encoding_combo, "cp1250")
    qtbot.waitUntil(lambda: not wizard.reading)
    assert page.raw_table.item(0, 1).text() == "Ana Kovač"
    pick(page.delimiter_combo, ",")  # each row one value: no date, no customer
    qtbot.waitUntil(lambda: not wizard.reading)
    assert wizard.inspection is not None and len(wizard.inspection.header) == 1
    wizard.next()
    assert wizard.columns_page.problem.isVisible()


def test_a_file_that_is_no_workbook_is_one_sentence(
    qtbot, ljubljana: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 this is no workbook")
    wizard = open_wizard(qtbot, ljubljana, path)
    page = wizard.file_page
    assert page.error.isVisible()
    assert page.error.text().startswith("broken.xlsx is not a workbook this program can read")
    assert "\n" not in page.error.text()
    assert not button(wizard, QWizard.WizardButton.NextButton).isEnabled()


# -- bad rows: all or nothing, unless asked ---------------------------------------------------------


def test_bad_rows_are_shown_and_import_only_when_asked_to_skip_them(
    qtbot, ljubljana: MainWindow, tmp_path: Path
) -> None:
    text = SLOVENIAN.replace("25.10.2026 09:30", "32.10.2026 09:30")
    text += "27.10.2026 11:00;Rok Kos;041 777 888;Golob;Mikrovalovka;\n"  # no such channel
    wizard = open_wizard(qtbot, ljubljana, slovenian_file(tmp_path, text))
    wizard.next()
    wizard.next()
    checked(qtbot, wizard)
    preview = wizard.preview_page

    # The row as written, its date marked, why beside it and as the cell's tooltip.
    table = preview.table
    row = table_texts(wizard)[1]
    assert row[:3] == ["3", "32.10.2026 09:30", "Žiga Šmid"]
    date = table.item(1, 1)
    assert not date.icon().isNull()
    assert "32.10.2026 09:30" in date.toolTip() and "is not a date" in date.toolTip()
    assert row[-1] == date.toolTip()
    assert table.item(1, 2).icon().isNull()  # only the wrong cell is marked
    assert table.item(0, 1).icon().isNull()

    assert preview.check_status.text() == "2 of 4 rows have a problem."
    assert preview.bad_list.isVisible()
    listed = [preview.bad_list.item(n).text() for n in range(preview.bad_list.count())]
    assert listed[0] == f"line 3: {date.toolTip()}"
    assert listed[1].startswith("line 5: Kanal 'Golob' is not known")
    commit = button(wizard, QWizard.WizardButton.CommitButton)
    assert preview.skip_check.isVisible() and not preview.skip_check.isChecked()
    assert preview.skip_check.text() == "Import only the &good rows (skip the 2 with problems)"
    assert not commit.isEnabled()  # all or nothing
    enter(qtbot, wizard)
    assert wizard.currentId() == PREVIEW_PAGE and enquiries() == 0

    preview.skip_check.setChecked(True)
    assert commit.isEnabled()
    enter(qtbot, wizard)
    imported(qtbot, wizard)
    assert enquiries() == 2
    page = wizard.import_page
    assert "2 enquiries imported" in page.status.text()
    assert "2 rows with a problem skipped." in page.status.text()

    # The rows left out, in a file of their own that reads back like the original.
    assert page.rejected_button.isVisible()
    rejected = tmp_path / "rejected.csv"
    page.save_rejected(rejected)
    qtbot.waitUntil(lambda: page.saved.text() == f"Saved {rejected}")
    with rejected.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle, delimiter=";"))
    assert lines[0] == [
        "Datum", "Ime", "Telefon", "Kanal", "Zanimanje", "Znesek", "Why it was not imported",
    ]  # fmt: skip
    assert lines[1][:2] == ["32.10.2026 09:30", "Žiga Šmid"]
    assert lines[2][:2] == ["27.10.2026 11:00", "Rok Kos"]
    assert len(lines) == 3


def test_the_rejected_rows_can_be_saved_before_importing(
    qtbot, ljubljana: MainWindow, tmp_path: Path
) -> None:
    text = SLOVENIAN.replace(";Telefon;Pralni", ";Golob;Pralni")  # no such channel
    wizard = open_wizard(qtbot, ljubljana, slovenian_file(tmp_path, text))
    wizard.next()
    wizard.next()
    checked(qtbot, wizard)
    preview = wizard.preview_page
    channel = headings(wizard).index("Channel")
    assert not preview.table.item(0, channel).icon().isNull()
    assert "Golob" in preview.table.item(0, channel).toolTip()
    target = tmp_path / "to fix.csv"
    preview.save_rejected(target)
    qtbot.waitUntil(lambda: preview.saved.text() == f"Saved {target}")
    assert "Golob" in target.read_text(encoding="utf-8-sig")
    assert enquiries() == 0


# -- cancelled: nothing imported -------------------------------------------------------------------


def test_cancelling_the_wizard_imports_nothing(
    qtbot, ljubljana: MainWindow, tmp_path: Path
) -> None:
    wizard = open_wizard(qtbot, ljubljana, slovenian_file(tmp_path))
    wizard.next()
    wizard.next()
    checked(qtbot, wizard)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: ljubljana.import_wizard is None)
    assert enquiries() == 0


@pytest.mark.parametrize("how", ["progress dialog", "wizard"])
def test_cancelling_the_import_part_way_leaves_the_database_as_it_was(
    qtbot, ljubljana: MainWindow, tmp_path: Path, how: str
) -> None:
    wizard = open_wizard(qtbot, ljubljana, slovenian_file(tmp_path))
    wizard.next()
    wizard.next()
    checked(qtbot, wizard)
    gate = threading.Event()
    wizard.tasks.run(lambda: gate.wait(10))  # the import waits its turn behind this
    wizard.next()
    dialog = wizard.findChild(QProgressDialog, "importProgress")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert not button(wizard, QWizard.WizardButton.FinishButton).isEnabled()
    if how == "wizard":  # Esc or the close button: the import is cancelled, the wizard stays
        wizard.reject()
        assert wizard.isVisible()
    else:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # as Cancel
    gate.set()
    imported(qtbot, wizard)
    assert wizard.import_page.outcome == "cancelled"
    assert wizard.import_page.status.text() == "Import cancelled; nothing was imported."
    assert enquiries() == 0 and models.Customer.select().count() == 0
    assert button(wizard, QWizard.WizardButton.FinishButton).isEnabled()


def test_stopping_the_check_keeps_the_import_closed_until_checked_again(
    qtbot, ljubljana: MainWindow, tmp_path: Path
) -> None:
    wizard = open_wizard(qtbot, ljubljana, slovenian_file(tmp_path))
    gate = threading.Event()
    wizard.next()
    wizard.tasks.run(lambda: gate.wait(10))  # the check waits behind this
    wizard.next()
    preview = wizard.preview_page
    assert preview.checking and preview.stop_button.isVisible()
    preview.stop_button.click()
    gate.set()
    qtbot.waitUntil(lambda: not preview.checking)
    assert preview.check_status.text().startswith("Checking stopped.")
    assert not button(wizard, QWizard.WizardButton.CommitButton).isEnabled()
    preview.again_button.click()
    checked(qtbot, wizard)
    assert preview.check_status.text() == "All 3 rows are good."
    assert button(wizard, QWizard.WizardButton.CommitButton).isEnabled()


def test_rows_that_went_bad_since_the_check_stop_the_import(
    qtbot, ljubljana: MainWindow, tmp_path: Path
) -> None:
    wizard = open_wizard(qtbot, ljubljana, slovenian_file(tmp_path))
    wizard.next()
    wizard.next()
    checked(qtbot, wizard)
    assert wizard.preview_page.check_status.text() == "All 3 rows are good."
    # Meanwhile two of the rows come in another way (a colleague's import).
    first = tmp_path / "first rows.csv"
    first.write_text("\n".join(SLOVENIAN.splitlines()[:3]) + "\n", encoding="utf-8")
    assert importer.import_file(ljubljana.ctx, first).imported == 2
    wizard.next()
    imported(qtbot, wizard)
    page = wizard.import_page
    assert page.outcome == "refused"
    assert page.status.text().startswith("Nothing was imported: 2 rows have a problem now")
    assert page.rejected_button.isVisible()
    assert enquiries() == 2


# -- the window --------------------------------------------------------------------------------------


def test_the_file_menu_offers_import_with_ctrl_i(ljubljana: MainWindow) -> None:
    from PySide6.QtGui import QAction

    action = ljubljana.findChild(QAction, "importAction")
    assert action is not None and action.text() == "&Import…"
    assert action.shortcut().toString() == "Ctrl+I"
    file_menu = ljubljana.menuBar().actions()[0].menu()
    assert action in file_menu.actions()


def test_one_unreadable_date_does_not_hide_the_question_of_the_order(
    qtbot, ljubljana: MainWindow, tmp_path: Path
) -> None:
    text = (
        "Datum;Ime;Telefon;Kanal\n"
        "05.10.2026;Ana Kovač;041 123 456;Telefon\n"
        "yesterday;Žiga Šmid;031 555 123;Telefon\n"
        "03.11.2026;Mojca Čeh;040 222 333;Telefon\n"
    )
    wizard = open_wizard(qtbot, ljubljana, slovenian_file(tmp_path, text))
    wizard.next()
    columns = wizard.columns_page
    assert columns.dates_combo.isVisible()
    pick(columns.dates_combo, "mdy")
    wizard.next()
    checked(qtbot, wizard)
    assert table_texts(wizard)[2][1] == ljubljana.ctx.formats.when(datetime(2026, 3, 11))
    assert [bad.line for bad in wizard.check.bad] == [3]


# -- a whole shop exported by EnquiryDesk ------------------------------------------------------------


def exported_shop(tmp_path: Path) -> tuple[Path, int]:
    """A demo shop's every record, as File → Export all data… writes it."""
    from enquirydesk.services import all_data, demo
    from enquirydesk.services.context import Actor, Context
    from enquirydesk.store.database import Store

    store = Store.open(tmp_path / "old shop.sqlite")
    ctx = Context(store, Actor("test"))
    demo.generate(ctx, 40, seed=2, workers=0)
    count = models.Enquiry.select().count()
    target = all_data.export_all(ctx, "xlsx", tmp_path / "everything.xlsx")
    store.close()
    return target, count


def test_a_whole_exported_shop_is_brought_back_without_mapping(qtbot, tmp_path: Path) -> None:
    path, count = exported_shop(tmp_path / "old")
    window = shop_window(qtbot, tmp_path, "SI")
    try:
        wizard = open_wizard(qtbot, window, path)
        assert wizard.kind == "shop"
        assert not wizard.file_page.encoding_combo.isVisible()
        assert not wizard.file_page.sheet_combo.isVisible()
        enter(qtbot, wizard)
        assert wizard.currentId() == WHOLE_SHOP_PAGE
        said = wizard.shop_page.text.text()
        assert said.startswith("everything.xlsx is a whole shop exported by EnquiryDesk")
        assert "must still be empty" in said
        assert button(wizard, QWizard.WizardButton.CommitButton).isEnabled()
        enter(qtbot, wizard)
        assert wizard.currentId() == IMPORT_PAGE
        imported(qtbot, wizard)
        assert wizard.import_page.outcome == "imported"
        assert enquiries() == count
        assert wizard.import_page.status.text().startswith("Imported all data from everything.xlsx")

        # Again, into a database that holds it now: refused in one sentence, nothing added.
        wizard.accept()
        qtbot.waitUntil(lambda: window.import_wizard is None)
        wizard = open_wizard(qtbot, window, path)
        wizard.next()
        wizard.next()
        imported(qtbot, wizard)
        assert wizard.import_page.outcome == "failed"
        assert wizard.import_page.error.isVisible()
        assert "\n" not in wizard.import_page.error.text()
        assert enquiries() == count
    finally:
        close_wizard(window)
        close_window(window)
