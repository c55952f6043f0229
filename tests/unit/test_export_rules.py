"""The rules every export keeps, checked without a database: neutralised text, minutes
rounded as the report rounds them, money formats that follow the currency, and sheet
names Excel accepts whatever the translation."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from enquirydesk.domain import metrics
from enquirydesk.domain.formats import Formats
from enquirydesk.exports.xlsx import sheet_name
from enquirydesk.services.export_rows import FORMULA_STARTS, minutes, neutralise


@given(st.text())
def test_neutralised_text_never_starts_a_formula_and_loses_nothing(text: str) -> None:
    shown = neutralise(text)
    assert not shown.startswith(FORMULA_STARTS)
    if text.startswith(FORMULA_STARTS):
        assert shown == "'" + text  # the apostrophe is all that was added
    else:
        assert shown == text  # ordinary text is left exactly as it was
    assert neutralise(shown) == shown


@given(st.sampled_from(FORMULA_STARTS), st.text())
def test_every_formula_start_is_caught(start: str, rest: str) -> None:
    assert neutralise(start + rest) == "'" + start + rest


def test_neutralise_examples() -> None:
    assert neutralise('=HYPERLINK("http://x","y")') == '\'=HYPERLINK("http://x","y")'
    assert neutralise("+38641123456") == "'+38641123456"
    assert neutralise("@SUM(A1)") == "'@SUM(A1)"
    assert neutralise("-2") == "'-2"
    assert neutralise("\t=1") == "'\t=1"
    assert neutralise("\r=1") == "'\r=1"
    assert neutralise("Ana = Novak") == "Ana = Novak"
    assert neutralise("") == ""
    assert neutralise("'already quoted") == "'already quoted"


@given(st.integers(min_value=-(10**9), max_value=10**9))
def test_minutes_round_as_the_report_does(seconds: int) -> None:
    assert minutes(seconds) == float(metrics.seconds_to_minutes(seconds))


def test_minutes_examples() -> None:
    assert minutes(None) is None
    assert minutes(0) == 0.0
    assert minutes(3) == 0.1  # 0.05 min: halves round away from zero
    assert minutes(2) == 0.0
    assert minutes(90) == 1.5
    assert minutes(-3) == -0.1


def test_money_formats_follow_the_currency_and_the_language() -> None:
    """The workbook's money cells take `Formats.excel_money_format`."""
    assert Formats("en", "", "EUR").excel_money_format() == '"€"#,##0.00'
    assert Formats("sl", "SI", "EUR").excel_money_format() == '#,##0.00\\ "€"'
    assert Formats("id", "ID", "IDR").excel_money_format() == '"Rp"\\ #,##0'  # no decimals
    assert Formats("en", "", "IDR").excel_money_format() == '"IDR"\\ #,##0'
    assert Formats("en", "", "USD").excel_money_format() == '"$"#,##0.00'


@given(st.text())
def test_a_translated_sheet_name_is_one_excel_accepts(text: str) -> None:
    name = sheet_name(text, "Summary", ("Enquiries",))
    assert 1 <= len(name) <= 31
    assert not set(name) & set("[]:*?/\\")
    assert not name.startswith("'") and not name.endswith("'")
    assert name.casefold() not in ("enquiries", "history")


def test_sheet_name_examples() -> None:
    assert sheet_name("Povzetek", "Summary") == "Povzetek"
    assert sheet_name("Ringkasan [bulan]: 10/2026?", "Summary") == "Ringkasan bulan 10 2026"
    assert sheet_name("x" * 40, "Summary") == "x" * 31
    assert sheet_name("'Povzetek'", "Summary") == "Povzetek"
    assert sheet_name("*?", "Summary") == "Summary"
    assert sheet_name("povzetek", "Enquiries", ("Povzetek",)) == "Enquiries"
