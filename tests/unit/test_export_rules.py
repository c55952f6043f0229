"""The rules every export keeps, checked without a database: neutralised text, minutes
rounded as the report rounds them, and money formats that follow the currency."""

from __future__ import annotations

from babel import Locale
from hypothesis import given
from hypothesis import strategies as st

from enquirydesk.domain import metrics
from enquirydesk.exports.xlsx import money_format
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
    assert money_format("EUR", Locale("en")) == '"€"#,##0.00'
    assert money_format("EUR", Locale("sl")) == '#,##0.00"\xa0€"'
    assert money_format("IDR", Locale("id")) == '"Rp "#,##0'  # rupiah: no decimals
    assert money_format("IDR", Locale("en")) == '"IDR "#,##0'
    assert money_format("USD", Locale("en")) == '"$"#,##0.00'
