"""One formatter: amounts, numbers, dates, waiting times and phone numbers read as the
shop's people write them, and what it writes it reads back."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from enquirydesk.domain.formats import MINUS, NBSP, Formats
from enquirydesk.domain.month import Month
from enquirydesk.domain.validation import parse_money

JAKARTA = Formats("id", "ID", "IDR")
LJUBLJANA = Formats("sl", "SI", "EUR")
ENGLISH = Formats("en", "", "EUR")
SHOPS = [JAKARTA, LJUBLJANA, ENGLISH, Formats("en", "SI", "EUR"), Formats("en", "ID", "IDR")]


def plain(text: str) -> str:
    return text.replace(NBSP, " ").replace("\u202f", " ")


def test_money_as_each_shop_writes_it() -> None:
    assert plain(JAKARTA.money(Decimal(4_500_000))) == "Rp 4.500.000"
    assert plain(LJUBLJANA.money(Decimal("1234.50"))) == "1.234,50 €"
    assert plain(ENGLISH.money(Decimal("1234.50"))) == "€1,234.50"
    assert plain(LJUBLJANA.money(Decimal("8809.30"))) == "8.809,30 €"
    assert plain(Formats("en", "", "IDR").money(Decimal(7_718_000))) == "IDR 7,718,000"


def test_a_loss_has_a_minus_and_a_gain_a_plus_when_asked() -> None:
    assert plain(LJUBLJANA.money(Decimal("-13.50"))) == f"{MINUS}13,50 €"
    assert plain(LJUBLJANA.money(Decimal("13.50"), signed=True)) == "+13,50 €"
    assert LJUBLJANA.count(-3) == f"{MINUS}3"
    assert LJUBLJANA.count(3, signed=True) == "+3"


def test_counts_and_percentages_are_grouped_and_rounded_half_up() -> None:
    assert JAKARTA.count(4000) == "4.000"
    assert ENGLISH.count(4000) == "4,000"
    assert LJUBLJANA.decimal(Decimal("3.25")) == "3,3"
    assert ENGLISH.decimal(None) == "–"
    assert plain(LJUBLJANA.percent(12.5)) == "12,5 %"
    assert ENGLISH.percent(12.5) == "12.5%"


def test_dates_and_times_are_the_local_short_ones() -> None:
    moment = datetime(2026, 12, 4, 14, 5)
    assert LJUBLJANA.when(moment) == "4. 12. 2026 14:05"
    assert JAKARTA.when(moment) == "4/12/26 14.05"
    assert plain(ENGLISH.when(moment)) == "12/4/26 2:05 PM"
    assert LJUBLJANA.month(Month(2026, 10)) == "oktober 2026"
    assert JAKARTA.month(Month(2026, 10)) == "Oktober 2026"
    assert LJUBLJANA.date(date(2026, 1, 2)) == "2. 1. 2026"
    assert LJUBLJANA.time(time(9, 5)) == "09:05"
    assert LJUBLJANA.date_pattern() == "d. M. yyyy"
    assert plain(ENGLISH.time_pattern()) == "h:mm AP"


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [
        (0, "0 min"),
        (45 * 60 + 59, "45 min"),
        (3 * 3600, "3 h"),
        (3 * 3600 + 5 * 60, "3 h 5 min"),
        (2 * 86400 + 3 * 3600 + 20 * 60, "2 d 3 h"),
        (4119 * 3600 + 37 * 60, "171 d"),
        (-60, "0 min"),
    ],
)
def test_waiting_times_read_as_people_say_them(seconds: int, expected: str) -> None:
    assert ENGLISH.duration(seconds) == expected


def test_a_change_of_a_waiting_time_reads_as_a_time_with_its_sign() -> None:
    assert ENGLISH.duration(5 * 60, signed=True) == "+5 min"
    assert ENGLISH.duration(-(70 * 60 + 59), signed=True) == "\u22121 h 10 min"
    assert ENGLISH.duration(-59, signed=True) == "0 min"  # less than a minute: no change
    assert ENGLISH.duration(-(3 * 86400), signed=True) == "\u22123 d"


def test_phone_numbers_of_the_shop_s_country_are_national_others_international() -> None:
    assert JAKARTA.phone("+6281234567890") == "0812-3456-7890"
    assert LJUBLJANA.phone("+38641123456") == "041 123 456"
    assert LJUBLJANA.phone("+6281234567890") == "+62 812-3456-7890"
    assert ENGLISH.phone("+38641123456") == "+386 41 123 456"
    assert ENGLISH.phone("") == ""


@pytest.mark.parametrize(
    ("shop", "typed", "value"),
    [
        (JAKARTA, "4.500.000", Decimal(4_500_000)),
        (JAKARTA, "Rp 4.500.000", Decimal(4_500_000)),
        (JAKARTA, "Rp4.500.000", Decimal(4_500_000)),
        (JAKARTA, "899,00", Decimal("899.00")),
        (LJUBLJANA, "1.234,50 €", Decimal("1234.50")),
        (LJUBLJANA, "899,00", Decimal("899.00")),
        (LJUBLJANA, "4.500", Decimal(4500)),
        (LJUBLJANA, "12.50", Decimal("12.50")),
        (ENGLISH, "€1,234.50", Decimal("1234.50")),
        (ENGLISH, "1,234", Decimal(1234)),
        (ENGLISH, "12,50", Decimal("12.50")),
        (ENGLISH, "1500000", Decimal(1_500_000)),
    ],
)
def test_amounts_typed_the_local_way_are_read(shop: Formats, typed: str, value: Decimal) -> None:
    assert shop.parse_money(typed) == value


@pytest.mark.parametrize("typed", ["", "€", "abc", "12a", "1.2.3", "1,2,3", "--5", "4.500.000 USD"])
def test_what_is_not_an_amount_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        LJUBLJANA.parse_money(typed)


@given(st.integers(min_value=0, max_value=10**13), st.sampled_from(SHOPS))
def test_an_amount_shown_reads_back_as_itself(cents: int, shop: Formats) -> None:
    if shop.decimals == 0:
        cents -= cents % 100
    assert shop.parse_money(shop.cents(cents)) * 100 == cents
    assert shop.parse_money(shop.amount(cents)) * 100 == cents
    assert parse_money(shop.amount(cents), "value", shop) == cents


@given(st.integers(min_value=-(10**12), max_value=10**12), st.sampled_from(SHOPS))
def test_a_count_reads_back_as_itself(n: int, shop: Formats) -> None:
    text = shop.count(n).replace(MINUS, "-")
    assert shop.parse_money(text) == n or n < 0  # negative amounts are read, then refused


def test_the_spreadsheet_format_puts_the_symbol_where_the_language_does() -> None:
    assert JAKARTA.excel_money_format() == '"Rp"\\ #,##0'
    assert LJUBLJANA.excel_money_format() == '#,##0.00\\ "€"'
    assert ENGLISH.excel_money_format() == '"€"#,##0.00'


def test_an_amount_written_no_known_way_is_explained_with_the_shops_own_example() -> None:
    from enquirydesk.domain.errors import ValidationError
    from enquirydesk.domain.formats import shop_formats

    with pytest.raises(ValidationError, match=r"write it like 1\.234,50\.$"):
        parse_money("12 eur 50", "value", shop_formats("sl", "SI", "EUR"))
    with pytest.raises(ValidationError, match=r"write it like 1\.500\.000\.$"):
        parse_money("satu juta", "value", shop_formats("id", "ID", "IDR"))
    assert parse_money("4.500.000", "value", shop_formats("id", "ID", "IDR")) == 450_000_000
