"""What staff type: phone numbers, e-mail, money, times, months, names."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from decimal import Decimal

import phonenumbers
import pytest
from email_validator import EmailNotValidError, validate_email
from hypothesis import given, settings
from hypothesis import strategies as st
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from enquirydesk.domain import validation
from enquirydesk.domain.errors import ValidationError
from enquirydesk.domain.validation import (
    MAX_LINE,
    MAX_MONEY_CENTS,
    MAX_TEXT,
    clean_name,
    clean_text,
    format_cents,
    name_key,
    normalise_email,
    normalise_phone,
    parse_money,
    parse_month,
    parse_time,
)


def refused(function, *args) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        function(*args)
    error = caught.value
    # One human sentence on one line, ending with a full stop.
    assert error.message.endswith("."), error.message
    assert "\n" not in error.message
    assert str(error) == error.message
    return error


# -- phone numbers --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "e164"),
    [
        ("040 123 456", "SI", "+38640123456"),
        ("040-123-456", "si", "+38640123456"),
        ("(01) 234 56 78", "SI", "+38612345678"),
        ("+386 40 123 456", "", "+38640123456"),
        ("+386 40 123 456", "ID", "+38640123456"),
        ("00386 40 123 456", "SI", "+38640123456"),
        ("0812-3456-789", "ID", "+628123456789"),
        ("+62 812 3456 789", "SI", "+628123456789"),
        ("  0812 3456 789  ", "ID", "+628123456789"),
        # "00" is read as the international prefix even where phonenumbers does not know it.
        ("0062 812 3456 789", "", "+628123456789"),
        ("0062 812 3456 789", "ID", "+628123456789"),
        ("00386 40 123 456", "US", "+38640123456"),
    ],
)
def test_normalise_phone(text, country, e164):
    assert normalise_phone(text, country) == e164


REGIONS = ("ID", "SI", "DE", "US", "GB", "AU", "HR", "IT")


@settings(max_examples=80)
@given(
    region=st.sampled_from(REGIONS),
    kind=st.sampled_from([PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE]),
    other=st.sampled_from(("", *REGIONS)),
    separator=st.sampled_from([" ", "-", "", ".", "  "]),
)
def test_every_way_of_writing_a_number_gives_the_same_e164(region, kind, other, separator):
    number = phonenumbers.example_number_for_type(region, kind)
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    international = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    assert normalise_phone(national.replace(" ", separator), region) == e164
    assert normalise_phone(international, other) == e164
    assert normalise_phone(e164, other) == e164
    assert normalise_phone("00" + e164[1:], other) == e164
    # Idempotent: a stored number normalises to itself whatever the shop's country.
    assert normalise_phone(normalise_phone(national, region), other) == e164


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("", "SI", "phone.empty"),
        ("   ", "SI", "phone.empty"),
        ("abc", "SI", "phone.not_number"),
        ("abc", "", "phone.not_number"),
        ("12", "SI", "phone.not_number"),
        ("040 123 456 ext 5", "SI", "phone.not_number"),
        ("+999 123 456", "SI", "phone.not_number"),
        ("040 123 456", "", "phone.no_country"),
        ("+386 40 12", "SI", "phone.invalid"),
        ("+386 40 123 456 789 012", "SI", "phone.invalid"),
        ("0812-3456-789", "SI", "phone.invalid"),
    ],
)
def test_bad_phone_numbers(text, country, code):
    error = refused(normalise_phone, text, country)
    assert (error.field, error.code) == ("phone", code)
    if text.strip():
        assert text.strip() in error.message


def test_phone_without_country_explains_why():
    error = refused(normalise_phone, "040 123 456", "")
    assert "country code" in error.message


# -- e-mail ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ana@example.com", "ana@example.com"),
        ("  Ana.Novak@Example.COM ", "ana.novak@example.com"),
        ("BUDI+shop@Mail.co.id", "budi+shop@mail.co.id"),
    ],
)
def test_normalise_email(text, expected):
    assert normalise_email(text) == expected


@given(
    local=st.from_regex(r"[A-Za-z0-9]([A-Za-z0-9._+-]{0,20}[A-Za-z0-9])?", fullmatch=True).filter(
        lambda s: ".." not in s
    ),
    # "ab--" is reserved for Punycode (xn--) and refused, rightly, by email-validator
    domain=st.from_regex(r"[A-Za-z][A-Za-z0-9-]{0,15}[A-Za-z0-9]", fullmatch=True).filter(
        lambda s: s[2:4] != "--"
    ),
    tld=st.sampled_from(["com", "ID", "si", "Co.Id", "org"]),
)
def test_email_is_case_blind_and_idempotent(local, domain, tld):
    text = f"{local}@{domain}.{tld}"
    result = normalise_email(text)
    assert result == text.lower()
    assert normalise_email(text.upper()) == result
    assert normalise_email(result) == result


@settings(max_examples=500)
@given(
    address=st.from_regex(validation._PLAIN_EMAIL, fullmatch=True),
    upper=st.lists(st.booleans(), min_size=1),
)
def test_plain_addresses_get_the_answer_email_validator_gives(address, upper):
    """The fast path for plain addresses agrees with email-validator, character for
    character, whenever it answers at all."""
    text = "".join(ch.upper() if upper[i % len(upper)] else ch for i, ch in enumerate(address))
    try:
        expected = validate_email(text, check_deliverability=False).normalized.lower()
    except EmailNotValidError:
        expected = None
    if validation._plainly_valid(text.lower()):
        assert expected == text.lower()
    normalise_email.cache_clear()
    if expected is None:
        with pytest.raises(ValidationError):
            normalise_email(text)
    else:
        assert normalise_email(text) == expected


@pytest.mark.parametrize(
    "text", ["ana@ab--c.com", "ana@shop.test", "ana@my.localhost", "a@" + "b" * 40 + ".com"]
)
def test_addresses_outside_the_plain_form_are_asked_of_email_validator(text):
    assert not validation._plainly_valid(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "email.empty"),
        ("  ", "email.empty"),
        ("ana", "email.invalid"),
        ("ana@", "email.invalid"),
        ("@example.com", "email.invalid"),
        ("ana@example", "email.invalid"),
        ("ana@@example.com", "email.invalid"),
        ("ana novak@example.com", "email.invalid"),
    ],
)
def test_bad_email(text, code):
    error = refused(normalise_email, text)
    assert (error.field, error.code) == ("email", code)
    if text.strip():
        assert text.strip() in error.message


# -- money ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("0", 0),
        ("1500000", 150_000_000),
        ("12.50", 1250),
        ("12,50", 1250),
        ("12.5", 1250),
        ("12,5", 1250),
        ("0.05", 5),
        (" 7 ", 700),
        ("1 500 000", 150_000_000),  # spaces are unambiguous, so they are allowed
        (12, 1200),
        (Decimal("12.34"), 1234),
        (Decimal("12.340"), 1234),  # a Decimal's trailing zero is not a third decimal
        (None, None),
        ("", None),
        ("   ", None),
    ],
)
def test_parse_money(text, cents):
    assert parse_money(text) == cents


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # Thousands separators are refused rather than guessed.
        ("1,500,000", "value.not_amount"),
        ("1.500.000", "value.not_amount"),
        ("1.500", "value.decimals"),
        ("1,500", "value.decimals"),
        ("1.500,00", "value.not_amount"),
        # Float-looking junk.
        ("1e5", "value.not_amount"),
        ("1.5E3", "value.not_amount"),
        ("inf", "value.not_amount"),
        ("nan", "value.not_amount"),
        ("0x10", "value.not_amount"),
        ("12.", "value.not_amount"),
        (".5", "value.not_amount"),
        ("12.5.3", "value.not_amount"),
        ("Rp 15000", "value.not_amount"),
        ("€12", "value.not_amount"),
        ("12 EUR", "value.not_amount"),
        ("+5", "value.not_amount"),
        (True, "value.not_amount"),
        (Decimal("NaN"), "value.not_amount"),
        (Decimal("sNaN"), "value.not_amount"),
        (Decimal("Infinity"), "value.not_amount"),
        # Three decimals.
        ("12.345", "value.decimals"),
        ("0.001", "value.decimals"),
        (Decimal("0.001"), "value.decimals"),
        # Negative.
        ("-5", "value.negative"),
        ("-12.50", "value.negative"),
        (-1, "value.negative"),
        (Decimal("-0.01"), "value.negative"),
        # Too large.
        ("10000000000000", "value.too_large"),
        (10**13, "value.too_large"),
    ],
)
def test_bad_money(text, code):
    error = refused(parse_money, text)
    assert (error.field, error.code) == ("value", code)


def test_money_error_kinds_have_distinct_codes_and_messages():
    errors = {
        text: refused(parse_money, text) for text in ("1,500,000", "12.345", "-5", "10000000000000")
    }
    assert len({e.code for e in errors.values()}) == 4
    assert len({e.message for e in errors.values()}) == 4
    assert "thousands separators" in errors["1,500,000"].message
    assert "two decimals" in errors["12.345"].message
    assert "negative" in errors["-5"].message
    assert "too large" in errors["10000000000000"].message


def test_money_error_names_its_field():
    error = refused(parse_money, "lots", "estimated value")
    assert error.field == "estimated value"
    assert error.code == "estimated value.not_amount"
    assert "lots" in error.message


cents_values = st.integers(0, MAX_MONEY_CENTS - 1)


@given(cents_values)
def test_format_then_parse_gives_back_the_cents(cents):
    text = format_cents(cents)
    assert re.fullmatch(r"\d+\.\d\d", text)
    assert Decimal(text) * 100 == cents
    assert parse_money(text) == cents
    assert parse_money(text.replace(".", ",")) == cents
    assert parse_money(Decimal(text)) == cents


@given(
    units=st.integers(0, 10**12),
    decimals=st.one_of(st.just(""), st.from_regex(r"[.,][0-9]{1,2}", fullmatch=True)),
)
def test_parse_then_format_is_canonical(units, decimals):
    text = f"{units}{decimals}"
    cents = parse_money(text)
    assert isinstance(cents, int)
    fraction = decimals[1:].ljust(2, "0") if decimals else "00"
    assert format_cents(cents) == f"{units}.{fraction}"


@given(
    head=st.integers(1, 999),
    groups=st.lists(st.integers(0, 999), min_size=1, max_size=4),
    separator=st.sampled_from([".", ","]),
)
def test_thousands_separators_are_never_guessed(head, groups, separator):
    text = str(head) + "".join(f"{separator}{group:03d}" for group in groups)
    error = refused(parse_money, text)
    assert error.code in ("value.not_amount", "value.decimals")


@given(st.floats(allow_nan=True, allow_infinity=True).map(repr).filter(lambda t: "e" in t.lower()))
def test_float_notation_is_refused(text):
    assert refused(parse_money, text).code in ("value.not_amount", "value.negative")


@pytest.mark.parametrize(
    ("cents", "text"),
    [(0, "0.00"), (5, "0.05"), (50, "0.50"), (1250, "12.50"), (150_000_000, "1500000.00")],
)
def test_format_cents(cents, text):
    assert format_cents(cents) == text


# -- times and months -----------------------------------------------------------------


@given(
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(9999, 12, 31, 23, 59, 59)).map(
        lambda moment: moment.replace(microsecond=0)
    ),
    st.sampled_from([" ", "T"]),
)
def test_parse_time_round_trip(moment, separator):
    assert parse_time(moment.strftime(f"%Y-%m-%d{separator}%H:%M:%S"), "received_at") == moment
    assert parse_time(
        f"  {moment:%Y-%m-%d}{separator}{moment:%H:%M}  ", "received_at"
    ) == moment.replace(second=0)


BAD_TIMES = [
    "",
    "2026-10-31",  # a date without the time
    "31.10.2026 14:05",
    "2026/10/31 14:05",
    "2026-02-30 10:00",
    "2026-10-31 24:00",
    "2026-10-31 14:05:60",
    "2026-10-31 14:05:00.5",
    "2026-10-31 14:05 +01:00",
    "yesterday",
]


@pytest.mark.parametrize("text", BAD_TIMES)
def test_bad_times(text):
    error = refused(parse_time, text, "received_at")
    assert (error.field, error.code) == ("received_at", "received_at.not_time")
    assert repr(text.strip()) in error.message
    assert "2026-10-31 14:05" in error.message  # shows what is wanted


@given(year=st.integers(1900, 9998), month=st.integers(1, 12))
def test_parse_month_round_trip(year, month):
    assert parse_month(f"{year:04d}-{month:02d}") == (year, month)
    assert parse_month(f" {year:04d}-{month:02d}\n") == (year, month)


@pytest.mark.parametrize(
    "text", ["", "2026-13", "2026-00", "2026-1", "26-10", "2026/10", "2026-10-01", "oct"]
)
def test_bad_months(text):
    error = refused(parse_month, text)
    assert (error.field, error.code) == ("month", "month.invalid")
    assert "2026-10" in error.message


@pytest.mark.parametrize("text", ["1899-12", "0001-01", "9999-12"])
def test_months_no_calendar_can_report_are_refused_in_one_sentence(text):
    """9999-12 ends in the year 10000, which no date reaches."""
    error = refused(parse_month, text)
    assert (error.field, error.code) == ("month", "month.range")
    assert (
        error.message == f"'{text}' is outside the months EnquiryDesk keeps (1900-01 to 9998-12)."
    )


# -- text and names -------------------------------------------------------------------


def test_clean_text_examples():
    assert clean_text(None, "interest") == ""
    assert clean_text("  washing \t machine\r\n 7 kg  ", "interest") == "washing machine 7 kg"
    assert clean_text("a\x00b\x1bc", "interest") == "a b c"
    # Long texts keep their line breaks; tabs and other controls become spaces.
    multi = clean_text("  first line\nsecond\tline  \n", "details", MAX_TEXT)
    assert multi == "first line\nsecond line"
    # Decomposed letters are composed, so "č" typed two ways is one "č".
    assert clean_text("c\u030c", "interest") == "\u010d"


@given(st.text(max_size=300))
def test_clean_single_line_text(text):
    try:
        cleaned = clean_text(text, "interest")
    except ValidationError as error:
        assert error.code == "interest.too_long"
        assert str(MAX_LINE) in error.message
        assert len(" ".join(unicodedata.normalize("NFC", text).split())) > MAX_LINE
        return
    assert len(cleaned) <= MAX_LINE
    assert cleaned == cleaned.strip()
    assert "  " not in cleaned
    assert not any(unicodedata.category(ch) in ("Cc", "Zl", "Zp") for ch in cleaned)
    assert clean_text(cleaned, "interest") == cleaned


@given(st.text(max_size=400))
def test_clean_long_text_keeps_line_breaks_only(text):
    cleaned = clean_text(text, "details", MAX_TEXT)
    assert cleaned == cleaned.strip()
    assert not any(unicodedata.category(ch) in ("Cc", "Zl", "Zp") and ch != "\n" for ch in cleaned)
    assert cleaned.count("\n") <= text.count("\n")
    assert clean_text(cleaned, "details", MAX_TEXT) == cleaned


def test_clean_text_too_long():
    assert clean_text("x" * MAX_LINE, "interest") == "x" * MAX_LINE
    error = refused(clean_text, "x" * (MAX_LINE + 1), "interest")
    assert (error.field, error.code) == ("interest", "interest.too_long")
    assert refused(clean_name, "y" * 121).code == "name.too_long"
    assert clean_name("  Ana   Novak ") == "Ana Novak"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ana Novak", "  ana   NOVAK "),
        ("Budi Santoso", "budi\tsantoso"),
        ("Straße", "STRASSE"),
        ("Žan Čebulj", "žan čebulj"),
        ("Žan Čebulj", "Z\u030can C\u030cebulj"),  # decomposed carons
        ("Ｓｉｔｉ", "siti"),  # full-width letters
    ],
)
def test_name_key_is_case_and_spacing_blind(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(("a", "b"), [("Ana Novak", "Ana Novakova"), ("Ana Novak", "Anan Ovak")])
def test_name_key_keeps_different_names_apart(a, b):
    assert name_key(a) != name_key(b)


@given(
    words=st.lists(st.from_regex(r"[A-Za-zčšžČŠŽ]{1,10}", fullmatch=True), min_size=1, max_size=4),
    gaps=st.lists(st.sampled_from([" ", "  ", "\t", "\u00a0", " \n "]), min_size=5, max_size=5),
)
def test_name_key_ignores_spacing_and_case(words, gaps):
    spaced = gaps[0] + "".join(w + gaps[i % 4 + 1] for i, w in enumerate(words))
    assert name_key(spaced.upper()) == name_key(" ".join(words).lower()) == " ".join(words).lower()
