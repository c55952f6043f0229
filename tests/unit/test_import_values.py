"""Values of imported files read as people write them: dates in three orders, amounts in
both conventions with currencies, phone cells a spreadsheet changed, outcome and
yes/no words in English, Indonesian and Slovenian."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from enquirydesk.domain.errors import ValidationError
from enquirydesk.domain.import_values import (
    DATE_ORDERS,
    OUTCOME_WORDS,
    date_orders,
    outcome_key,
    parse_amount,
    parse_moment,
    phone_text,
    word_key,
    yes_no,
)
from enquirydesk.domain.validation import MAX_MONEY_CENTS, MONEY_SCALE
from enquirydesk.i18n import every_translation

# ------------------------------------------------------------------------------ dates


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("2026-10-24", "dmy", datetime(2026, 10, 24)),
        ("2026-10-24 14:05", "mdy", datetime(2026, 10, 24, 14, 5)),
        ("2026-10-24T14:05:33", "ymd", datetime(2026, 10, 24, 14, 5, 33)),
        ("  2026-10-24 14:05  ", "dmy", datetime(2026, 10, 24, 14, 5)),
        ("24/10/2026", "dmy", datetime(2026, 10, 24)),
        ("24.10.2026", "dmy", datetime(2026, 10, 24)),
        ("24. 10. 2026", "dmy", datetime(2026, 10, 24)),
        ("24. 10. 2026.", "dmy", datetime(2026, 10, 24)),
        ("24-10-2026", "dmy", datetime(2026, 10, 24)),
        ("4.3.2026", "dmy", datetime(2026, 3, 4)),
        ("10/24/2026", "mdy", datetime(2026, 10, 24)),
        ("03/04/2026", "dmy", datetime(2026, 4, 3)),
        ("03/04/2026", "mdy", datetime(2026, 3, 4)),
        ("24.10.2026 14:05", "dmy", datetime(2026, 10, 24, 14, 5)),
        ("24.10.2026 14.05", "dmy", datetime(2026, 10, 24, 14, 5)),
        ("24.10.2026 14:05:33", "dmy", datetime(2026, 10, 24, 14, 5, 33)),
        ("24.10.2026, 14:05", "dmy", datetime(2026, 10, 24, 14, 5)),
        ("24. 10. 2026 ob 14.05", "dmy", datetime(2026, 10, 24, 14, 5)),
        ("24/10/2026 pukul 9.05", "dmy", datetime(2026, 10, 24, 9, 5)),
        ("10/24/2026 2:05 PM", "mdy", datetime(2026, 10, 24, 14, 5)),
        ("10/24/2026 12:05 am", "mdy", datetime(2026, 10, 24, 0, 5)),
        ("24.10.26", "dmy", datetime(2026, 10, 24)),
        ("26/10/24", "ymd", datetime(2026, 10, 24)),
        ("2026/10/24 14:05", "dmy", datetime(2026, 10, 24, 14, 5)),  # a year first is plain
    ],
)
def test_dates_as_people_write_them(text: str, order: str, expected: datetime) -> None:
    assert parse_moment(text, "received_at", order) == expected


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("31.04.2026", "dmy"),  # no 31 April
        ("29.02.2026", "dmy"),
        ("24.10.2026 25:00", "dmy"),
        ("24.10.2026 14:60", "dmy"),
        ("24/10/2026", "mdy"),  # no month 24
        ("24/10/2026", "ymd"),
        ("2026-02-30", "dmy"),
        ("2026-10-24 24:00", "dmy"),
        ("24.10.2026 13:05 PM", "dmy"),
        ("24/10.2026", "dmy"),  # two separators
        ("24.10.202", "dmy"),  # a three-digit year
        ("yesterday", "dmy"),
        ("24.10.2026 14", "dmy"),
        ("٢٤/١٠/٢٠٢٦", "dmy"),  # digits of another script
        ("2026-10-24 14:05+02:00", "dmy"),
        ("24.10.9999", "dmy"),  # past the last month the program keeps
    ],
)
def test_impossible_dates_are_refused(text: str, order: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_moment(text, "Tanggal", order)
    assert caught.value.code == "Tanggal.not_time"
    assert caught.value.field == "Tanggal"


def test_the_message_names_the_column_the_value_and_the_order_s_example() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_moment("31.04.2026", "Datum", "dmy")
    assert str(caught.value) == "Datum '31.04.2026' is not a date like 24.10.2026 14:05."
    with pytest.raises(ValidationError) as caught:
        parse_moment("soon", "Date", "mdy")
    assert str(caught.value) == "Date 'soon' is not a date like 10/24/2026 14:05."


@pytest.mark.parametrize("text", ["24.10.1899", "1899-12-31 23:59", "0001-01-01"])
def test_dates_before_the_first_year_are_typos(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_moment(text, "received_at")
    assert caught.value.code == "received_at.too_early"
    assert str(caught.value) == f"received_at {text!r} is before 1900."


def test_the_orders_a_column_fits() -> None:
    assert date_orders(["24/10/2026"]) == ("dmy",)
    assert date_orders(["10/24/2026"]) == ("mdy",)
    assert date_orders(["03/04/2026"]) == ("dmy", "mdy")
    assert date_orders(["03/04/2026", "13/04/2026"]) == ("dmy",)
    assert date_orders(["2026-10-24 14:05", "2026-10-25"]) == DATE_ORDERS
    assert date_orders(["2026-10-24 14:05", "03/04/2026 10:00"]) == ("dmy", "mdy")
    assert date_orders(["26/10/24"]) == ("dmy", "ymd")
    assert date_orders(["", "  ", "24.10.2026"]) == ("dmy",)
    assert date_orders([]) == DATE_ORDERS
    assert date_orders(["24/10/2026", "10/24/2026"]) == ()  # no order reads both
    assert date_orders(["31.04.2026"]) == ()
    assert date_orders(["1899-01-01"]) == ()


TIME_FORMS = ("", " %H:%M", " %H:%M:%S", " %H.%M", ", %H:%M", " ob %H.%M", " pukul %H.%M")


@st.composite
def written_dates(draw: st.DrawFn) -> tuple[str, str, datetime]:
    """(text, order, the time it stands for) in one of the forms people write."""
    form = draw(st.sampled_from(["iso", "dmy", "mdy", "year_first", "short_year"]))
    if form == "short_year":
        when = draw(st.datetimes(datetime(2000, 1, 1), datetime(2099, 12, 31)))
    else:
        when = draw(st.datetimes(datetime(1900, 1, 1), datetime(9998, 12, 31)))
    when = when.replace(microsecond=0)
    time_form = draw(st.sampled_from(TIME_FORMS))
    if "%S" not in time_form:
        when = when.replace(second=0)
    if not time_form:
        when = when.replace(hour=0, minute=0)
    if form == "iso":
        text = when.strftime(
            draw(st.sampled_from(["%Y-%m-%d", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"]))
        )
        when = datetime.fromisoformat(text)
        return text, draw(st.sampled_from(DATE_ORDERS)), when
    separator = draw(st.sampled_from(["/", ".", "-", ". "]))
    day, month = str(when.day), str(when.month)
    if draw(st.booleans()):
        day, month = day.zfill(2), month.zfill(2)
    year = f"{when.year:04d}"
    clock = when.strftime(time_form) if time_form else ""
    if form == "dmy":
        parts, order = (day, month, year), "dmy"
    elif form == "mdy":
        parts, order = (month, day, year), "mdy"
    elif form == "year_first":  # 2026/10/24: read so whatever the order
        parts, order = (year, month, day), draw(st.sampled_from(DATE_ORDERS))
    else:
        short = year[2:]
        order = draw(st.sampled_from(DATE_ORDERS))
        parts = (short, month, day) if order == "ymd" else (
            (day, month, short) if order == "dmy" else (month, day, short)
        )  # fmt: skip
    return separator.join(parts) + clock, order, when


@settings(max_examples=400)
@given(written_dates())
def test_any_time_written_in_a_supported_form_reads_back(
    written: tuple[str, str, datetime],
) -> None:
    text, order, when = written
    assert parse_moment(text, "received_at", order) == when
    assert order in date_orders([text])


@st.composite
def date_like_texts(draw: st.DrawFn) -> str:
    """Texts shaped like dates, valid or not in any order."""
    digits = st.integers(0, 9999).map(str)
    groups = [
        draw(st.one_of(digits, st.integers(0, 99).map(lambda n: f"{n:02d}"))) for _ in range(3)
    ]
    text = draw(st.sampled_from(["/", ".", "-", ". "])).join(groups)
    if draw(st.booleans()):
        text += f" {draw(st.integers(0, 30))}:{draw(st.integers(0, 70)):02d}"
    return text


@settings(max_examples=400)
@given(st.lists(st.one_of(date_like_texts(), written_dates().map(lambda w: w[0])), max_size=4))
def test_date_orders_are_the_orders_parse_moment_reads_every_value_in(texts: list[str]) -> None:
    def reads(text: str, order: str) -> bool:
        try:
            parse_moment(text, "received_at", order)
        except ValidationError:
            return False
        return True

    expected = tuple(o for o in DATE_ORDERS if all(reads(t, o) for t in texts if t.strip()))
    assert date_orders(texts) == expected


@given(st.text(max_size=40), st.sampled_from(DATE_ORDERS))
def test_any_text_is_a_time_or_a_validation_error(text: str, order: str) -> None:
    try:
        moment = parse_moment(text, "received_at", order)
    except ValidationError as error:
        assert error.code in ("received_at.not_time", "received_at.too_early")
    else:
        assert moment.year >= 1900


# ---------------------------------------------------------------------------- amounts


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("4500000", 450_000_000),
        ("4.500.000", 450_000_000),
        ("4,500,000", 450_000_000),
        ("1.234.567,89", 123_456_789),
        ("1,234,567.89", 123_456_789),
        ("1 234 567,89", 123_456_789),
        ("1\u00a0234\u00a0567,89", 123_456_789),
        ("1\u202f234\u202f567,89", 123_456_789),
        ("Rp 4.500.000", 450_000_000),
        ("Rp. 4.500.000", 450_000_000),
        ("Rp4.500.000,-", 450_000_000),
        ("4.500.000,-", 450_000_000),
        ("IDR 4,500,000", 450_000_000),
        ("4.500.000 IDR", 450_000_000),
        ("€ 12,50", 1250),
        ("12,50 €", 1250),
        ("12,50€", 1250),
        ("EUR 1.234,50", 123_450),
        ("$1,234.50", 123_450),
        ("12.5", 1250),
        ("12,5", 1250),
        ("1.500", 150_000),  # one mark before three digits: thousands
        ("1,500", 150_000),
        ("0.500", 50),  # a thousands group never follows a lone 0
        ("1234.500", 123_450),  # nor four digits: decimals, the extra one a zero
        ("12.500,00", 1_250_000),
        ("1 234.5", 123_450),  # spaces group thousands: the mark beside them is decimal
        ("4500000.0", 450_000_000),  # a number cell read as a float
        ("0", 0),
        ("-0", 0),
        ("", None),
        ("   ", None),
    ],
)
def test_amounts_as_people_write_them(text: str, cents: int | None) -> None:
    assert parse_amount(text, "value") == cents


@pytest.mark.parametrize(
    ("text", "code", "message"),
    [
        ("abc", "not_amount", "Harga 'abc' is not an amount like 4.500.000 or 1,234.50."),
        ("1.2.3", "not_amount", "Harga '1.2.3' is not an amount like 4.500.000 or 1,234.50."),
        ("12 50", "not_amount", None),
        ("1,234.567,89", "not_amount", None),
        ("1.234.56", "not_amount", None),
        ("12.", "not_amount", None),
        ("Rp", "not_amount", None),
        ("1e5", "not_amount", None),
        ("1234.567", "decimals", "Harga '1234.567' has more than two decimals."),
        ("1,234.567", "decimals", None),
        ("-5", "negative", "Harga '-5': an amount cannot be negative."),
        ("−1.500", "negative", None),
        ("Rp -4.500.000", "negative", None),
        ("-Rp 4.500.000", "negative", None),
        ("-12,50 €", "negative", None),
        ("99999999999999", "too_large", "Harga '99999999999999' is too large an amount."),
        ("10.000.000.000.000,00", "too_large", None),
        ("9" * 5000, "too_large", None),
    ],
)
def test_what_is_no_amount_is_refused(text: str, code: str, message: str | None) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_amount(text, "Harga")
    assert caught.value.code == f"Harga.{code}"
    assert caught.value.field == "Harga"
    if message is not None:
        assert str(caught.value) == message


CURRENCIES = ("", "Rp ", "Rp", "Rp. ", "IDR ", "€ ", "EUR ", "$", " €", "€", " IDR", " EUR")
GROUPINGS = ("", ".", ",", " ", "\u00a0", "\u202f")


def _written(cents: int, grouping: str, decimal: str, decimals: str, currency: str) -> str:
    units, hundredths = divmod(cents, MONEY_SCALE)
    digits = f"{units:,}".replace(",", grouping)
    if decimals == "always" or hundredths:
        digits += f"{decimal}{hundredths:02d}"
    elif decimals == "dash":
        digits += f"{decimal}-"
    return (
        currency + digits if not currency.startswith(" ") and currency != "€" else digits + currency
    )


@settings(max_examples=500)
@given(
    cents=st.one_of(st.integers(0, 10**9), st.integers(0, MAX_MONEY_CENTS - 1)),
    grouping=st.sampled_from(GROUPINGS),
    decimal=st.sampled_from([",", "."]),
    decimals=st.sampled_from(["always", "when_any", "dash"]),
    currency=st.sampled_from(CURRENCIES),
)
def test_any_amount_written_either_way_reads_back(
    cents: int, grouping: str, decimal: str, decimals: str, currency: str
) -> None:
    if grouping == decimal:
        decimal = "," if decimal == "." else "."
    text = _written(cents, grouping, decimal, decimals, currency)
    assert parse_amount(text, "value") == cents, text


@given(cents=st.integers(1, 10**11), decimal=st.sampled_from([",", "."]))
def test_a_negative_amount_is_refused_as_negative(cents: int, decimal: str) -> None:
    text = "-" + _written(cents, "", decimal, "always", "")
    with pytest.raises(ValidationError) as caught:
        parse_amount(text, "value")
    assert caught.value.code == "value.negative"


@given(st.text(max_size=30))
def test_any_text_is_an_amount_or_a_validation_error(text: str) -> None:
    try:
        cents = parse_amount(text, "value")
    except ValidationError as error:
        assert error.code.startswith("value.")
    else:
        assert cents is None or 0 <= cents < MAX_MONEY_CENTS


# ----------------------------------------------------------------------------- phones


@pytest.mark.parametrize(
    ("cell", "text"),
    [
        ("+38641123456", "+38641123456"),
        ("  041 123 456  ", "041 123 456"),
        ("'+38641123456", "+38641123456"),
        ('="+386 41 123 456"', "+386 41 123 456"),
        ('= "0812-3456-7890"', "0812-3456-7890"),
        ('"0812 3456 7890"', "0812 3456 7890"),
        ("'0812 3456 7890'", "0812 3456 7890"),
        ("6281234567.0", "6281234567"),
        ("+6281234567.00", "+6281234567"),
        ("041\u00a0123\u00a0456", "041 123 456"),
        ("6.28123E+10", "6.28123E+10"),  # digits a spreadsheet lost stay lost: refused later
        ("", ""),
    ],
)
def test_what_a_spreadsheet_did_to_a_phone_is_undone(cell: str, text: str) -> None:
    assert phone_text(cell) == text


# ------------------------------------------------------------------------------ words


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("open", "open"),
        ("purchased", "purchased"),
        ("lost", "lost"),
        ("Purchased", "purchased"),
        ("  LOST ", "lost"),
        ("bought", "purchased"),
        ("Sold", "purchased"),
        ("won", "purchased"),
        ("no sale", "lost"),
        ("Beli", "purchased"),
        ("dibeli", "purchased"),
        ("Terjual", "purchased"),
        ("batal", "lost"),
        ("Gagal", "lost"),
        ("tidak jadi", "lost"),
        ("Kupil", "purchased"),
        ("kupljeno", "purchased"),
        ("Prodano", "purchased"),
        ("izgubljeno", "lost"),
        ("ni kupil", "lost"),
        ("Ni kupil(a)", "lost"),
        ("Odprto", "open"),
        ("Terbuka", "open"),
        ("maybe", None),
        ("", None),
        ("   ", None),
    ],
)
def test_outcomes_in_words(text: str, key: str | None) -> None:
    assert outcome_key(text) == key


@pytest.mark.parametrize("context", ["ExportRows", "EnquiryModel", "CustomerTexts"])
def test_the_program_s_own_outcome_names_in_every_language(context: str) -> None:
    for key, name in (("open", "Open"), ("purchased", "Purchased"), ("lost", "Lost")):
        shown = every_translation(context, name)
        assert len(shown) == 3  # English, Indonesian, Slovenian (the catalogues are built)
        for text in shown:
            assert outcome_key(text) == key, text


def test_no_outcome_word_means_two_outcomes() -> None:
    meanings: dict[str, set[str]] = {}
    for key, words in OUTCOME_WORDS.items():
        for word in words:
            meanings.setdefault(word_key(word), set()).add(key)
    assert {word: keys for word, keys in meanings.items() if len(keys) > 1} == {}


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("yes", True), ("Y", True), ("TRUE", True), ("1", True), ("x", True), ("X", True),
        ("ya", True), ("Ya", True), ("ada", True), ("da", True), ("✓", True),
        ("no", False), ("N", False), ("false", False), ("0", False), ("tidak", False),
        ("Tidak ada", False), ("ne", False), ("-", False), ("", False), ("  ", False),
        ("maybe", None), ("2", None), ("yes please", None),
    ],
)  # fmt: skip
def test_yes_and_no_in_words(text: str, answer: bool | None) -> None:
    assert yes_no(text) is answer


def test_the_program_s_own_yes_and_no_in_every_language() -> None:
    for text in every_translation("ExportRows", "yes"):
        assert yes_no(text) is True
    for text in every_translation("ExportRows", "no"):
        assert yes_no(text) is False


def test_words_compare_without_case_accents_or_punctuation() -> None:
    assert word_key("Številka") == word_key("stevilka") == "stevilka"
    assert word_key("E-mail") == word_key("email") == "email"
    assert word_key("No. HP") == word_key("no_hp") == word_key("  NO   hp ") == "no hp"
    assert word_key("Rating (1-5)") == "rating 1 5"
